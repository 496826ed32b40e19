"""Converters between CCAI records and the formats the industry already reads.

`api.convert(records, to=..., frm=...)` does one conversion and returns the output with a
warning for everything the target format cannot carry; `registry.CONVERTERS` lists the
conversions; `cli.add_parser` adds `ccai convert`. Every format lives in its own module and
is imported only when used, so importing this package stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .api import convert
    from .results import ConversionError, ConversionResult, ConversionWarning

__all__ = ["ConversionError", "ConversionResult", "ConversionWarning", "convert"]


def __getattr__(name: str) -> Any:
    if name == "convert":
        from .api import convert

        return convert
    if name in ("ConversionError", "ConversionResult", "ConversionWarning"):
        from . import results

        return getattr(results, name)
    raise AttributeError(name)
