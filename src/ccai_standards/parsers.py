"""Turn bytes into documents: YAML (one document or a stream), JSON, JSON-LD and JSON Lines.

Reading is strict on purpose, because a record that two tools read differently is worse
than a record that is refused:

* YAML is read with YAML 1.2 rules: only ``true``/``false`` are booleans (``NO`` stays the
  country code), dates and times stay strings, ``1:30`` is not a number;
* duplicate keys, anchors and aliases, and tags that would build other objects are refused;
* JSON refuses duplicate keys, NaN and Infinity, and integers too long to convert;
* nesting deeper than ``MAX_DEPTH`` is refused, as are oversized documents.

Every problem becomes an input finding with file, line and column; nothing raises.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import yaml

from .findings import Finding, Location, Severity

try:  # orjson is a fast path only; everything works without it
    import orjson as _orjson
except ImportError:  # pragma: no cover
    _orjson = None
_SLOW = object()

MAX_DEPTH = 64
MAX_DOCUMENT_BYTES = 16 * 1024 * 1024  # one record; a JSON Lines file may hold any number
MAX_FILE_BYTES = 256 * 1024 * 1024  # a YAML or JSON file is read whole

YAML_SUFFIXES = (".yaml", ".yml")
JSON_SUFFIXES = (".json", ".jsonld")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
KNOWN_SUFFIXES = YAML_SUFFIXES + JSON_SUFFIXES + JSONL_SUFFIXES


@dataclass(slots=True)
class Document:
    """One record as parsed, with what is needed to point back into its text."""

    data: Any
    source: str
    index: int  # position of the document in its file, from 0
    line: int  # line of the file where the document starts, from 1
    text: str | bytes  # what it was parsed from: the whole file, or one JSON line (kept as bytes until needed)
    syntax: str  # "yaml" or "json"
    prefix: tuple[Any, ...] = ()  # where the document sits in its text: (i,) for the i-th element of a JSON array

    def location(self, path: tuple[Any, ...] = ()) -> Location:
        from .positions import locate

        line, column = locate(self, self.prefix + tuple(path))
        return Location(self.source, line, column, json_path(path), self.index)


def json_path(path: tuple[Any, ...]) -> str:
    out = "$"
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_@][A-Za-z0-9_]*", str(part)):
            out += f".{part}"
        else:
            out += "[" + json.dumps(str(part)) + "]"
    return out


def input_finding(code: str, message: str, source: str, line: int | None = None, column: int | None = None,
                  hint: str = "", index: int = 0, severity: Severity = Severity.ERROR) -> Finding:
    return Finding(f"INPUT-{code}", severity, message, Location(source, line, column, "$", index), hint)


class _Refused(Exception):
    def __init__(self, code: str, message: str, line: int | None = None, column: int | None = None,
                 hint: str = "") -> None:
        super().__init__(message)
        self.code, self.message, self.line, self.column, self.hint = code, message, line, column, hint


# --- YAML -----------------------------------------------------------------------------------

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_YAML12_RESOLVERS = [
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
     list("-+.0123456789")),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
]


class _StrictYamlLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """SafeLoader with YAML 1.2 scalars, no duplicate keys, no aliases, plain data only."""

    yaml_implicit_resolvers: dict = {}
    yaml_constructors: dict = {}

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects or node in self.recursive_objects:
            mark = node.start_mark
            raise _Refused("yaml-alias", "YAML anchors and aliases (&name, *name) are not allowed in CCAI records",
                           mark.line + 1, mark.column + 1, "Write the value out in full at each place it is used.")
        return super().construct_object(node, deep=deep)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        self.flatten_mapping(node)
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                mark = key_node.start_mark
                raise _Refused("yaml-key", f"the key {key!r} is not a string", mark.line + 1, mark.column + 1,
                               "Field names are words such as `title`; put quotes around other keys.")
            if key in mapping:
                mark = key_node.start_mark
                raise _Refused("duplicate-key", f"the key `{key}` appears twice in the same object",
                               mark.line + 1, mark.column + 1, "Keep one of them; tools disagree on which one wins.")
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_yaml_map(self, node: yaml.MappingNode) -> Iterator[dict[Any, Any]]:
        data: dict[Any, Any] = {}
        yield data
        data.update(self.construct_mapping(node))

    def construct_yaml_float(self, node: yaml.ScalarNode) -> float:
        value = yaml.SafeLoader.construct_yaml_float(self, node)
        if value != value or value in (float("inf"), float("-inf")):
            mark = node.start_mark
            raise _Refused("number", f"`{node.value}` is not a finite number", mark.line + 1, mark.column + 1,
                           "CCAI records never hold NaN or infinity.")
        return value

    def construct_undefined(self, node: yaml.Node) -> Any:
        mark = node.start_mark
        raise _Refused("yaml-tag", f"the YAML tag {node.tag} is not allowed", mark.line + 1, mark.column + 1,
                       "Records hold plain strings, numbers, booleans, lists and objects; remove the tag.")


for _tag, _regexp, _first in _YAML12_RESOLVERS:
    _StrictYamlLoader.add_implicit_resolver(_tag, re.compile(_regexp), _first)
for _tag, _method in [
    ("tag:yaml.org,2002:null", yaml.SafeLoader.construct_yaml_null),
    ("tag:yaml.org,2002:bool", yaml.SafeLoader.construct_yaml_bool),
    ("tag:yaml.org,2002:int", yaml.SafeLoader.construct_yaml_int),
    ("tag:yaml.org,2002:float", _StrictYamlLoader.construct_yaml_float),
    ("tag:yaml.org,2002:str", yaml.SafeLoader.construct_yaml_str),
    ("tag:yaml.org,2002:seq", yaml.SafeLoader.construct_yaml_seq),
    ("tag:yaml.org,2002:map", _StrictYamlLoader.construct_yaml_map),
    (None, _StrictYamlLoader.construct_undefined),
]:
    _StrictYamlLoader.add_constructor(_tag, _method)


def _parse_yaml(text: str, source: str) -> Iterator[Document | Finding]:
    loader = _StrictYamlLoader(text)
    index = 0
    problem: Finding | None = None
    try:
        while loader.check_node():
            node = loader.get_node()
            line = node.start_mark.line + 1 if node is not None else 1
            data = loader.construct_document(node)
            too_deep = _check_depth(data)
            if too_deep:
                yield input_finding("too-deep", too_deep, source, line, None, _DEPTH_HINT, index)
            else:
                yield Document(data, source, index, line, text, "yaml")
            index += 1
    except _Refused as exc:
        problem = input_finding(exc.code, exc.message, source, exc.line, exc.column, exc.hint, index)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        message = " ".join(str(x) for x in (exc.context, exc.problem) if x) or str(exc)
        if "nesting depth" in message:
            problem = input_finding("too-deep", "nesting is too deep to read", source, line, column, _DEPTH_HINT,
                                    index)
        else:
            problem = input_finding("syntax", f"this is not valid YAML: {message}", source, line, column,
                                    "Check the indentation and the quotes around the reported place.", index)
    except yaml.YAMLError as exc:
        problem = input_finding("syntax", f"this is not valid YAML: {exc}", source, index=index)
    except RecursionError:
        problem = input_finding("too-deep", f"nesting is deeper than {MAX_DEPTH} levels", source, hint=_DEPTH_HINT,
                                index=index)
    finally:
        loader.dispose()
    if problem is not None:
        yield problem
    elif index == 0:
        yield input_finding("empty", "the file holds no record", source, 1, 1,
                            "A CCAI file holds one record with at least `type`, `conforms_to` and `id`.")


# --- JSON -----------------------------------------------------------------------------------

_DEPTH_HINT = f"CCAI records are never nested more than {MAX_DEPTH} levels; this input is malformed or hostile."


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Refused("duplicate-key", f"the key `{key}` appears twice in the same object",
                           hint="Keep one of them; tools disagree on which one wins.")
        result[key] = value
    return result


def _refuse_constant(name: str) -> Any:
    raise _Refused("number", f"`{name}` is not a JSON number", hint="CCAI records never hold NaN or infinity.")


_decoder = json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_constant=_refuse_constant)


def _check_depth(data: Any) -> str | None:
    stack = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            return f"nesting is deeper than {MAX_DEPTH} levels"
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node if isinstance(v, (dict, list)))
    return None


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def parse_json_text(text: str, source: str, index: int = 0, first_line: int = 1) -> Document | Finding:
    """Parse one JSON document; `first_line` is where `text` starts in its file."""
    try:
        data = _decoder.decode(text)
    except json.JSONDecodeError as exc:
        return input_finding("syntax", f"this is not valid JSON: {exc.msg}", source, first_line + exc.lineno - 1,
                             exc.colno, "Check for a missing comma, quote or bracket just before this place.", index)
    except _Refused as exc:
        return input_finding(exc.code, exc.message, source, first_line, None, exc.hint, index)
    except RecursionError:
        return input_finding("too-deep", f"nesting is deeper than {MAX_DEPTH} levels", source, first_line,
                             None, _DEPTH_HINT, index)
    except ValueError as exc:  # e.g. an integer with thousands of digits
        return input_finding("number", f"a number cannot be read: {exc}", source, first_line, None,
                             "Integers in CCAI records are counts; write them with at most 18 digits.", index)
    problem = _check_depth(data)
    if problem:
        return input_finding("too-deep", problem, source, first_line, None, _DEPTH_HINT, index)
    return Document(data, source, index, first_line, text, "json")


_LONG_NUMBER = re.compile(rb"[:,\[]\s*-?[0-9]{19}")


def parse_json_line(raw: bytes, source: str, index: int, line: int) -> Document | Finding:
    """Parse one line of JSON Lines, fast, with the same strictness as `parse_json_text`.

    orjson does the parsing, but it keeps the last of two duplicate keys and reads integers
    too long for 64 bits as floats. So the line is read again with the strict decoder unless
    it has few enough brackets to be shallow, and either re-serialises to exactly the same
    bytes (compact JSON, the usual case) or has as many keys (`":`) once re-serialised and
    no number of 19 digits or more.
    """
    if _orjson is not None:
        try:
            data = _orjson.loads(raw)
        except _orjson.JSONDecodeError:
            data = _SLOW
        if data is not _SLOW and raw.count(b"{") + raw.count(b"[") <= MAX_DEPTH:
            again = _orjson.dumps(data)
            if again == raw or (again.count(b'":') == raw.count(b'":') and not _LONG_NUMBER.search(raw)):
                return Document(data, source, index, line, raw, "json")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return input_finding("encoding", f"line {line} is not valid UTF-8 (byte {exc.start + 1})", source, line,
                             exc.start + 1, "Save the file as UTF-8.", index)
    return parse_json_text(text, source, index, line)


def _parse_json_array(text: str, source: str) -> Iterator[Document | Finding]:
    """A JSON array of records, one element at a time, so each document keeps only its own text.

    Positions in findings then cost nothing per element, however long the array.
    """
    whole = parse_json_text(text, source)  # strict checks (duplicates, NaN, depth) on the whole file first
    if not isinstance(whole, Document):
        yield whole
        return
    if not whole.data:
        yield input_finding("empty", "the JSON array holds no record", source, 1, 1,
                            "Put one record per element, or one record in the file.")
        return
    plain = json.JSONDecoder()
    position = text.index("[") + 1
    line = text.count("\n", 0, position) + 1
    for index, item in enumerate(whole.data):
        start = position
        while text[start] in " \t\r\n":
            start += 1
        _, end = plain.raw_decode(text, start)
        line += text.count("\n", position, start)
        yield Document(item, source, index, line, text[start:end], "json")
        line += text.count("\n", start, end)
        position = end
        while text[position] in " \t\r\n":
            position += 1
        position += 1  # the comma (or the closing bracket after the last element)


def iter_json_lines(lines: Iterator[bytes], source: str) -> Iterator[Document | Finding]:
    """Parse a JSON Lines stream one line at a time, so memory does not grow with the file."""
    index = 0
    for number, raw in enumerate(lines, start=1):
        if len(raw) > MAX_DOCUMENT_BYTES:
            yield input_finding("too-large", f"line {number} is larger than {MAX_DOCUMENT_BYTES // 2**20} MiB",
                                source, number, 1, "One record is never that large; split the input.", index)
            index += 1
            continue
        if not raw.strip():
            continue
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        yield parse_json_line(raw.rstrip(b"\r\n"), source, index, number)
        index += 1
    if index == 0:
        yield input_finding("empty", "the file holds no record", source, 1, 1,
                            "A JSON Lines file holds one JSON record per line.")


# --- Dispatch -------------------------------------------------------------------------------


def syntax_for(name: str, head: bytes) -> str:
    """Pick a reader from the file name, or from the content for stdin and unknown suffixes."""
    lower = name.lower()
    if lower.endswith(YAML_SUFFIXES):
        return "yaml"
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(JSON_SUFFIXES):
        return "json"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        first_line = stripped.split(b"\n", 1)
        if len(first_line) > 1 and first_line[0].rstrip().endswith(b"}") and first_line[1].lstrip().startswith(b"{"):
            return "jsonl"
        return "json"
    return "yaml"


def decode_text(raw: bytes, source: str) -> tuple[str | None, list[Finding]]:
    """Bytes to text, refusing binary data and encodings other than UTF-8."""
    notes: list[Finding] = []
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [input_finding("encoding", "the file is UTF-16, not UTF-8", source, 1, 1,
                                    "Save the file as UTF-8.")]
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
        notes.append(input_finding("bom", "the file starts with a byte-order mark", source, 1, 1,
                                   "Save it as UTF-8 without a BOM; JSON forbids one and some tools choke on it.",
                                   severity=Severity.WARNING))
    if b"\x00" in raw[:8192]:
        return None, [input_finding("binary", "the file is binary, not a text record", source, 1, 1,
                                    "Pass YAML, JSON, JSON-LD or JSON Lines files only.")]
    try:
        return raw.decode("utf-8"), notes
    except UnicodeDecodeError as exc:
        line, column = _line_col(raw[: exc.start].decode("utf-8", "replace"), exc.start)
        return None, [input_finding("encoding", f"the file is not valid UTF-8 (byte {exc.start + 1})", source,
                                    line, column, "Save the file as UTF-8.")]


def parse_bytes(raw: bytes, source: str, syntax: str) -> Iterator[Document | Finding]:
    """Parse a whole YAML or JSON file held in memory."""
    if not raw.strip(b"\xef\xbb\xbf \t\r\n"):
        yield input_finding("empty", "the file is empty", source, 1, 1,
                            "A CCAI file holds one record with at least `type`, `conforms_to` and `id`.")
        return
    if syntax == "jsonl":
        yield from iter_json_lines(iter(raw.splitlines(keepends=True)), source)
        return
    text, notes = decode_text(raw, source)
    yield from notes
    if text is None:
        return
    if syntax == "json":
        if text.lstrip().startswith("["):
            yield from _parse_json_array(text, source)
        else:
            yield parse_json_text(text, source)
    else:
        yield from _parse_yaml(text, source)
