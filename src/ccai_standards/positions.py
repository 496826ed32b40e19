"""Find the line and column of a JSON path in the text a document was parsed from.

Positions are only needed for documents that have findings, so they are computed on
demand: YAML is composed again with marks, JSON is scanned with a small tokenizer.
When a path runs past what the text holds (a missing field), the position of the deepest
existing parent is given.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:  # pragma: no cover
    from .parsers import Document

_WS = " \t\r\n"


def locate(document: Document, path: tuple[Any, ...]) -> tuple[int | None, int | None]:
    try:
        if document.syntax == "yaml":
            return _locate_yaml(document, path)
        text = document.text.decode("utf-8") if isinstance(document.text, bytes) else document.text
        line, column = _locate_json(text, path)
        return document.line + line - 1, column
    except Exception:  # a position is a courtesy; never let it hide the finding itself
        return document.line, None


def _locate_yaml(document: Document, path: tuple[Any, ...]) -> tuple[int | None, int | None]:
    nodes = list(yaml.compose_all(document.text, Loader=yaml.SafeLoader))
    node = nodes[document.index]
    for part in path:
        child = None
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if key_node.value == part:
                    child = value_node
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
        if child is None:
            break
        node = child
    mark = node.start_mark
    return mark.line + 1, mark.column + 1


def _skip_ws(text: str, i: int) -> int:
    while i < len(text) and text[i] in _WS:
        i += 1
    return i


def _skip_value(text: str, i: int) -> int:
    """Index just after the JSON value starting at `i`."""
    i = _skip_ws(text, i)
    char = text[i]
    if char == '"':
        _, end = json.decoder.scanstring(text, i + 1)
        return end
    if char in "{[":
        depth = 0
        while True:
            char = text[i]
            if char == '"':
                _, i = json.decoder.scanstring(text, i + 1)
                continue
            if char in "{[":
                depth += 1
            elif char in "}]":
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
    while i < len(text) and text[i] not in ",}] \t\r\n":
        i += 1
    return i


def _locate_json(text: str, path: tuple[Any, ...]) -> tuple[int, int]:
    i = _skip_ws(text, 0)
    for part in path:
        if text[i] == "{" and isinstance(part, str):
            j = _skip_ws(text, i + 1)
            found = None
            while j < len(text) and text[j] != "}":
                key, j = json.decoder.scanstring(text, j + 1)
                j = _skip_ws(text, j)  # at ':'
                j = _skip_ws(text, j + 1)
                if key == part:
                    found = j
                    break
                j = _skip_ws(text, _skip_value(text, j))
                if text[j] == ",":
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
    line = text.count("\n", 0, i) + 1
    return line, i - (text.rfind("\n", 0, i) + 1) + 1
