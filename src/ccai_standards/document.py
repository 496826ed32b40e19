"""The record a reader produces: one document, with what is needed to point back into its text.

Every reader (YAML, JSON, JSON-LD, JSON Lines, records handed over as dicts) gives
`Document` objects, and every checker, converter and typed loader takes them. Positions
are looked up on demand, through an index built once per document (`reading.positions`),
so a document with thousands of findings costs one pass over its text, not one per finding.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .findings import Location
from .positions import PositionIndex

JsonPath = tuple[Any, ...]
_PLAIN_KEY = re.compile(r"[A-Za-z_@][A-Za-z0-9_]*")


@dataclass(slots=True)
class Document:
    """One record as parsed.

    ``text`` is what it was parsed from: the whole file, one JSON line (kept as bytes until a
    position is needed) or one element of a JSON array. ``offset`` and ``column`` say where
    that text starts in its file, so that an array element can be found again without
    reading the whole array. ``node`` is the YAML node tree, kept so that positions need no
    second parse.
    """

    data: Any
    source: str
    index: int  # position of the document in its file, from 0
    line: int | None  # line of the file where the document starts, from 1 (None: not from a text)
    text: str | bytes = b""
    syntax: str = "json"  # "yaml" or "json"
    node: Any = None
    offset: int = 0  # characters before `text` in its file
    column: int = 1  # column of the file where `text` starts
    row_group: int | None = None  # a row of a Parquet or Arrow file: its row group, and its row in the file
    row: int | None = None
    _positions: PositionIndex | None = field(default=None, repr=False, compare=False)

    def location(self, path: JsonPath = ()) -> Location:
        if self.row is not None:
            return Location(self.source, None, None, json_path(path), self.index, self.row_group, self.row)
        if self._positions is None:
            self._positions = PositionIndex(self.text, self.syntax, self.line, self.node, self.index, self.column)
        line, column = self._positions.locate(tuple(path))
        return Location(self.source, line, column, json_path(path), self.index)


class Origin(NamedTuple):
    """Enough to find a document again at the end of a batch without keeping its text.

    The field order of the origins a batch keeps; on the hot path they are plain tuples in
    this order (see `validation.checker`).
    """

    source: int  # the input's number in the batch
    index: int
    line: int | None
    offset: int = 0  # characters before the document's text in its file (an element of a JSON array)
    column: int = 1


class KeptText(NamedTuple):
    """The text of a document whose input cannot be read twice (stdin, text handed over)."""

    text: str | bytes
    syntax: str
    line: int | None
    column: int = 1


def json_path(path: JsonPath) -> str:
    """``$.works[0].title``: a path as JSONPath, the form every finding shows."""
    out = "$"
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _PLAIN_KEY.fullmatch(str(part)):
            out += f".{part}"
        else:
            out += "[" + json.dumps(str(part)) + "]"
    return out
