"""How to install an optional extra, in the words every "needs …" message uses.

Until the package is published on PyPI it is installed from a clone, so the message gives
that command first.
"""

from __future__ import annotations


def install_hint(extra: str) -> str:
    return (f"pip install '.[{extra}]' in a clone of the repository "
            f"(pip install 'ccai-standards[{extra}]' once the package is published)")
