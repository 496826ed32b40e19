"""Line and column of a JSON path in the text a document was parsed from.

One `PositionIndex` per document, built on its first lookup: YAML positions come from the
node tree the reader kept (composed once per file when the text has to be read again), JSON
positions from a single scan of the text. The cost is then linear in the text, however many
findings point into it. When a path runs past what the text holds (a missing field), the
position of the deepest existing parent is given.
"""

from __future__ import annotations

import bisect
import json
import re
from typing import Any

import yaml

_WS = re.compile(r"[ \t\r\n]*")
_SCALAR_END = re.compile(r"[^,}\] \t\r\n]*")
_scanstring = json.decoder.scanstring  # type: ignore[attr-defined]
_SMALL = 4096  # below this, scanning to the one path wanted is cheaper than indexing every value


class PositionIndex:
    """Finds ``(line, column)`` of paths in one document; both 1-based, column None if unknown."""

    def __init__(self, text: str | bytes, syntax: str, first_line: int | None, node: Any = None,
                 index: int = 0, first_column: int = 1) -> None:
        self._first_column = first_column  # where the text starts on its first line (an element of an array)
        self._text = text
        self._syntax = syntax
        self._first_line = first_line
        self._node = node
        self._document_index = index
        self._offsets: dict[tuple[Any, ...], int] | None = None
        self._newlines: list[int] | None = None

    def locate(self, path: tuple[Any, ...]) -> tuple[int | None, int | None]:
        try:
            if self._syntax == "yaml":
                return self._locate_yaml(path)
            return self._locate_json(path)
        except (ValueError, IndexError, KeyError, TypeError, yaml.YAMLError, RecursionError):
            # A position is a courtesy (the text may be gone or not match): never hide the finding.
            return self._first_line, None

    # -- YAML ------------------------------------------------------------------------------

    def _locate_yaml(self, path: tuple[Any, ...]) -> tuple[int | None, int | None]:
        node = self._node
        if node is None:
            text = self._text.decode("utf-8") if isinstance(self._text, bytes) else self._text
            if not text:
                return self._first_line, None
            nodes = list(yaml.compose_all(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
            node = self._node = nodes[self._document_index]
        for part in path:
            child = None
            if isinstance(node, yaml.MappingNode):
                for key_node, value_node in node.value:
                    if key_node.value == part:
                        child = value_node
                        break
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
                child = node.value[part]
            if child is None:
                break
            node = child
        mark = node.start_mark
        return mark.line + 1, mark.column + 1

    # -- JSON ------------------------------------------------------------------------------

    def _json_text(self) -> str:
        if isinstance(self._text, bytes):
            self._text = self._text.decode("utf-8")
        return self._text

    def _locate_json(self, path: tuple[Any, ...]) -> tuple[int | None, int | None]:
        text = self._json_text()
        if not text:
            return self._first_line, None
        if len(text) < _SMALL:
            offset = _scan_to(text, path)
        else:
            if self._offsets is None:
                self._offsets = _index_all(text)
            offset = 0
            for depth in range(len(path), -1, -1):
                found = self._offsets.get(path[:depth])
                if found is not None:
                    offset = found
                    break
        return self._line_column(text, offset)

    def _line_column(self, text: str, offset: int) -> tuple[int, int]:
        if len(text) < _SMALL:
            line = text.count("\n", 0, offset)
            start = text.rfind("\n", 0, offset) + 1
        else:
            if self._newlines is None:
                self._newlines = [m.start() for m in re.finditer("\n", text)]
            line = bisect.bisect_left(self._newlines, offset)
            start = self._newlines[line - 1] + 1 if line else 0
        column = offset - start + 1 + (self._first_column - 1 if line == 0 else 0)
        return (self._first_line or 1) + line, column


def _skip_ws(text: str, i: int) -> int:
    return _WS.match(text, i).end()  # type: ignore[union-attr]


def _skip_value(text: str, i: int) -> int:
    """Index just after the JSON value starting at `i`."""
    char = text[i]
    if char == '"':
        return _scanstring(text, i + 1)[1]
    if char in "{[":
        depth = 0
        while True:
            char = text[i]
            if char == '"':
                i = _scanstring(text, i + 1)[1]
                continue
            if char in "{[":
                depth += 1
            elif char in "}]":
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
    return _SCALAR_END.match(text, i).end()  # type: ignore[union-attr]


def _scan_to(text: str, path: tuple[Any, ...]) -> int:
    """Offset of the value at `path` (or of its deepest existing parent), scanning only what is needed."""
    i = _skip_ws(text, 0)
    for part in path:
        if text[i] == "{" and isinstance(part, str):
            j = _skip_ws(text, i + 1)
            found = None
            while j < len(text) and text[j] == '"':
                key, j = _scanstring(text, j + 1)
                j = _skip_ws(text, _skip_ws(text, j) + 1)  # past ':'
                if key == part:
                    found = j
                    break
                j = _skip_ws(text, _skip_value(text, j))
                if j < len(text) and text[j] == ",":
                    j = _skip_ws(text, j + 1)
            if found is None:
                break
            i = found
        elif text[i] == "[" and isinstance(part, int):
            j = _skip_ws(text, i + 1)
            for _ in range(part):
                j = _skip_ws(text, _skip_value(text, j))
                if text[j] != ",":
                    break
                j = _skip_ws(text, j + 1)
            else:
                i = j
                continue
            break
        else:
            break
    return i


def _index_all(text: str) -> dict[tuple[Any, ...], int]:
    """The offset of every value in a JSON text, keyed by its path, in one pass."""
    offsets: dict[tuple[Any, ...], int] = {}
    # Each open container: [path, is_object, next array index]
    stack: list[list[Any]] = []
    i = _skip_ws(text, 0)
    path: tuple[Any, ...] = ()
    n = len(text)
    while i < n:
        offsets[path] = i
        char = text[i]
        if char == "{" or char == "[":
            is_object = char == "{"
            i = _skip_ws(text, i + 1)
            if i < n and text[i] == ("}" if is_object else "]"):
                i += 1
            else:
                stack.append([path, is_object, 0])
                if is_object:
                    key, i = _scanstring(text, i + 1)
                    i = _skip_ws(text, _skip_ws(text, i) + 1)
                    path = path + (key,)
                else:
                    path = path + (0,)
                continue
        elif char == '"':
            i = _scanstring(text, i + 1)[1]
        else:
            i = _SCALAR_END.match(text, i).end()  # type: ignore[union-attr]
        # after a value: close containers, or move to the next member
        while stack:
            i = _skip_ws(text, i)
            if i >= n:
                return offsets
            top = stack[-1]
            if text[i] == ",":
                i = _skip_ws(text, i + 1)
                if top[1]:
                    key, i = _scanstring(text, i + 1)
                    i = _skip_ws(text, _skip_ws(text, i) + 1)
                    path = top[0] + (key,)
                else:
                    top[2] += 1
                    path = top[0] + (top[2],)
                break
            i += 1  # the closing bracket
            path = top[0]
            stack.pop()
        else:
            return offsets
    return offsets
