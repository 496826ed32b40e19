"""Pydantic models, made to accept exactly what the JSON Schema accepts.

gen-pydantic's models are looser than the schema in three ways, mended here on the
generated source (each replacement is checked to have happened):

* a ``Timestamp`` must carry a UTC offset: ``datetime`` becomes pydantic's ``AwareDatetime``;
* booleans and integers are JSON types, not strings: ``bool``/``int`` become ``StrictBool``/
  ``StrictInt`` (pydantic's lax mode would take "yes" or "3");
* the model module records the standard version it was generated from.
"""

from __future__ import annotations

import re

from linkml.generators.pydanticgen import PydanticGenerator
from linkml.generators.pydanticgen.pydanticgen import MetadataMode

from .schema_source import SchemaSource

_FIELD_LINE = re.compile(r"^(    \w+: )(.*?)( = Field\()", re.M)
_WORD_SWAPS = {"datetime": "AwareDatetime", "bool": "StrictBool", "int": "StrictInt"}


def _tighten_annotation(match: re.Match[str]) -> str:
    annotation = match.group(2)
    for loose, strict in _WORD_SWAPS.items():
        annotation = re.sub(rf"\b{loose}\b", strict, annotation)
    return f"{match.group(1)}{annotation}{match.group(3)}"


def build_pydantic(source: SchemaSource) -> bytes:
    code = PydanticGenerator(source.fresh_schema(), metadata_mode=MetadataMode.NONE).serialize()
    tightened, count = _FIELD_LINE.subn(_tighten_annotation, code)
    if count == 0:
        raise RuntimeError("gen-pydantic output changed shape: no field lines found to tighten")
    marker = "from pydantic import ("
    if marker not in tightened:
        raise RuntimeError("gen-pydantic output changed shape: no pydantic import found")
    tightened = tightened.replace(marker, f"{marker}\n    AwareDatetime,\n    StrictBool,\n    StrictInt,", 1)
    header = (
        f'"""Pydantic models of the CCAI Standards {source.version}. Generated: do not edit."""\n\n'
    )
    return (header + tightened.rstrip() + "\n").encode("utf-8")
