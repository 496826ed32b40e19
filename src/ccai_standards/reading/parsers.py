"""Turn bytes into documents: YAML (one document or a stream), JSON, JSON-LD and JSON Lines.

Reading is strict on purpose, because a record that two tools read differently is worse
than a record that is refused:

* YAML is read with the YAML 1.2 core schema: only ``true``/``false`` are booleans (``NO``
  stays the country code), ``012`` is twelve (``0o12`` is octal), dates and times stay
  strings, ``1:30`` is not a number, ``<<`` is a key like any other;
* duplicate keys, anchors and aliases, and tags that would build other objects are refused;
* every reader refuses duplicate keys (however they are spelled), NaN and infinity, integers
  beyond 64 bits and strings holding lone surrogates;
* nesting deeper than ``MAX_DEPTH`` is refused, as are oversized documents;
* JSON-LD is CCAI JSON plus the CCAI ``@context``: ``@type``/``@id`` stand for ``type``/``id``,
  both spellings at once are refused, and so is any other context.

Every problem becomes an input finding with file, line and column; nothing raises.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import yaml

from ..document import Document
from ..findings import Finding, Location, Severity

try:  # orjson is a fast path only; everything works without it
    import orjson as _orjson
except ImportError:  # pragma: no cover
    _orjson = None
_SLOW = object()

MAX_DEPTH = 64
MAX_DOCUMENT_BYTES = 16 * 1024 * 1024  # one record; a JSON Lines stream may hold any number
MAX_FILE_BYTES = 256 * 1024 * 1024  # a YAML or JSON file (or stdin) is read whole
MAX_INTEGER = 2**63 - 1  # CCAI integers are counts; larger ones read differently in other languages

YAML_SUFFIXES = (".yaml", ".yml")
JSON_SUFFIXES = (".json", ".jsonld")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
KNOWN_SUFFIXES = YAML_SUFFIXES + JSON_SUFFIXES + JSONL_SUFFIXES

_DEPTH_HINT = f"CCAI records are never nested more than {MAX_DEPTH} levels; this input is malformed or hostile."
_INTEGER_HINT = "Integers in CCAI records are counts of at most 18 digits; write other numbers as text in quotes."
_DUPLICATE_HINT = "Keep one of them; tools disagree on which one wins."


def size_text(size: int) -> str:
    """`256 MiB`, `16 MiB`, `1,000 bytes`: a size or a limit as people write it."""
    return f"{size // 2**20:,} MiB" if size >= 2**20 else f"{size:,} bytes"


def input_finding(code: str, message: str, source: str, line: int | None = None, column: int | None = None,
                  hint: str = "", index: int = 0, severity: Severity = Severity.ERROR) -> Finding:
    return Finding(f"INPUT-{code}", severity, message, Location(source, line, column, "$", index), hint)


class _Refused(Exception):
    def __init__(self, code: str, message: str, line: int | None = None, column: int | None = None,
                 hint: str = "") -> None:
        super().__init__(message)
        self.code, self.message, self.line, self.column, self.hint = code, message, line, column, hint

    def at(self, line: int, column: int) -> _Refused:
        self.line, self.column = line, column
        return self


def _too_large_integer(text: str) -> _Refused:
    shown = text if len(text) <= 24 else text[:20] + f"… ({len(text)} digits)"
    return _Refused("number", f"the integer {shown} is too large", hint=_INTEGER_HINT)


# --- YAML 1.2 (core schema) -------------------------------------------------------------

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_YAML12_RESOLVERS = [
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
     list("-+.0123456789")),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
]


_CORE_BOOL = re.compile(_YAML12_RESOLVERS[0][1])
_CORE_INT = re.compile(_YAML12_RESOLVERS[1][1])
_CORE_FLOAT = re.compile(_YAML12_RESOLVERS[2][1])


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _StrictYamlLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """SafeLoader with YAML 1.2 core scalars, no duplicate keys, no aliases, plain data only."""

    yaml_implicit_resolvers: dict = {}
    yaml_constructors: dict = {}

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects or node in self.recursive_objects:
            raise _Refused("yaml-alias", "YAML anchors and aliases (&name, *name) are not allowed in CCAI records",
                           *_mark(node), "Write the value out in full at each place it is used.")
        return super().construct_object(node, deep=deep)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        # No flatten_mapping: merge keys (`<<`) are YAML 1.1; in YAML 1.2 `<<` is a plain key.
        if not isinstance(node, yaml.MappingNode):
            raise _Refused("yaml-tag", "`!!map` is given to a value that is not an object", *_mark(node),
                           "Remove the tag; CCAI records need no explicit YAML tags.")
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if type(key) is not str:
                raise _Refused("yaml-key", f"the key {_show_key(key)} is not a string", *_mark(key_node),
                               "Field names are words such as `title`; put quotes around other keys.")
            if key in mapping:
                raise _Refused("duplicate-key", f"the key `{key}` appears twice in the same object",
                               *_mark(key_node), _DUPLICATE_HINT)
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_yaml_map(self, node: yaml.MappingNode) -> Iterator[dict[Any, Any]]:
        data: dict[Any, Any] = {}
        yield data
        data.update(self.construct_mapping(node))

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        """YAML 1.2 core: decimal (leading zeros allowed: `012` is twelve), `0o` octal, `0x` hex."""
        text = self._scalar(node, _CORE_INT, "an integer")
        digits = text.lstrip("+-")
        if len(digits) > 20:
            raise _too_large_integer(text).at(*_mark(node))
        if digits.startswith("0o"):
            value = int(digits[2:], 8)
        elif digits.startswith("0x"):
            value = int(digits[2:], 16)
        else:
            value = int(digits, 10)
        value = -value if text.startswith("-") else value
        if abs(value) > MAX_INTEGER:
            raise _too_large_integer(text).at(*_mark(node))
        return value

    def construct_yaml_float(self, node: yaml.ScalarNode) -> float:
        text = self._scalar(node, _CORE_FLOAT, "a number")
        value = float("nan") if ".nan" in text.lower() or ".inf" in text.lower() else float(text)
        if value != value or value in (float("inf"), float("-inf")):
            raise _Refused("number", f"`{node.value}` is not a finite number", *_mark(node),
                           "CCAI records never hold NaN or infinity.")
        return value

    def construct_yaml_bool(self, node: yaml.ScalarNode) -> bool:
        return self._scalar(node, _CORE_BOOL, "true or false").lower() == "true"

    def _scalar(self, node: yaml.Node, pattern: re.Pattern[str], what: str) -> str:
        """The text of a scalar that must match the core schema (an explicit tag such as `!!int` can ask for any)."""
        if not isinstance(node, yaml.ScalarNode) or not pattern.match(node.value):
            shown = node.value if isinstance(node, yaml.ScalarNode) else "a list or object"
            raise _Refused("yaml-tag", f"{_show_key(shown)} is not {what} as YAML 1.2 writes it", *_mark(node),
                           "Remove the tag, or write the value in its plain form.")
        return node.value

    def construct_undefined(self, node: yaml.Node) -> Any:
        raise _Refused("yaml-tag", f"the YAML tag {node.tag} is not allowed", *_mark(node),
                       "Records hold plain strings, numbers, booleans, lists and objects; remove the tag.")


def _show_key(key: Any) -> str:
    text = repr(key)
    return text if len(text) <= 40 else text[:39] + "…"


for _tag, _regexp, _first in _YAML12_RESOLVERS:
    _StrictYamlLoader.add_implicit_resolver(_tag, re.compile(_regexp), _first)
for _tag, _method in [
    ("tag:yaml.org,2002:null", yaml.SafeLoader.construct_yaml_null),
    ("tag:yaml.org,2002:bool", _StrictYamlLoader.construct_yaml_bool),
    ("tag:yaml.org,2002:int", _StrictYamlLoader.construct_yaml_int),
    ("tag:yaml.org,2002:float", _StrictYamlLoader.construct_yaml_float),
    ("tag:yaml.org,2002:str", yaml.SafeLoader.construct_yaml_str),
    ("tag:yaml.org,2002:seq", yaml.SafeLoader.construct_yaml_seq),
    ("tag:yaml.org,2002:map", _StrictYamlLoader.construct_yaml_map),
    (None, _StrictYamlLoader.construct_undefined),
]:
    _StrictYamlLoader.add_constructor(_tag, _method)


def _yaml_problem(exc: BaseException, source: str, index: int) -> Finding:
    if isinstance(exc, _Refused):
        return input_finding(exc.code, exc.message, source, exc.line, exc.column, exc.hint, index)
    if isinstance(exc, RecursionError):
        return input_finding("too-deep", f"nesting is deeper than {MAX_DEPTH} levels", source, hint=_DEPTH_HINT,
                             index=index)
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        message = " ".join(str(x) for x in (exc.context, exc.problem) if x) or str(exc)
        if "nesting depth" in message:
            return input_finding("too-deep", "nesting is too deep to read", source, line, column, _DEPTH_HINT, index)
        return input_finding("syntax", f"this is not valid YAML: {message}", source, line, column,
                             "Check the indentation and the quotes around the reported place.", index)
    return input_finding("syntax", f"this is not valid YAML: {exc}", source, index=index)


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
                yield from _envelope(Document(data, source, index, line, text, "yaml", node=node))
            index += 1
    except (_Refused, yaml.YAMLError, RecursionError) as exc:
        problem = _yaml_problem(exc, source, index)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:  # a tag that asks for a shape the node has not
        problem = input_finding("yaml-tag", f"a tagged YAML value cannot be read ({_show_key(str(exc))})", source,
                                hint="Remove explicit tags such as !!map or !!int; CCAI records need none.",
                                index=index)
    finally:
        loader.dispose()
    if problem is not None:
        yield problem
    elif index == 0:
        yield input_finding("empty", "the file holds no record", source, 1, 1,
                            "A CCAI file holds one record with at least `type`, `conforms_to` and `id`.")


def yaml_value(node: yaml.Node) -> Any:
    """The value of one node of a document already read, built with the records' YAML policy."""
    return _StrictYamlLoader("").construct_object(node, deep=True)


def load_yaml(text: str, source: str) -> Any:
    """One YAML document as plain data, with the same policy as records; raises InputError.

    For YAML that is not a record (schemas, requirement files), so it needs no envelope.
    """
    from ..findings import InputError

    if len(text) > MAX_FILE_BYTES:
        raise InputError(input_finding("too-large", f"the file is over {size_text(MAX_FILE_BYTES)}", source))
    loader = _StrictYamlLoader(text)
    try:
        data = loader.get_single_data()
        problem = _check_depth(data)
        if problem:
            raise _Refused("too-deep", problem, hint=_DEPTH_HINT)
        return data
    except (_Refused, yaml.YAMLError, RecursionError) as exc:
        raise InputError(_yaml_problem(exc, source, 0)) from None
    finally:
        loader.dispose()


# --- JSON -----------------------------------------------------------------------------------


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Refused("duplicate-key", f"the key `{key}` appears twice in the same object",
                               hint=_DUPLICATE_HINT)
            seen.add(key)
    return result


def _refuse_constant(name: str) -> Any:
    raise _Refused("number", f"`{name}` is not a JSON number", hint="CCAI records never hold NaN or infinity.")


# Numbers are made by the C scanner (hooks for them would cost a Python call each) and checked
# afterwards, in the same walk that measures the depth.
_decoder = json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_constant=_refuse_constant)
_INFINITE = (float("inf"), float("-inf"))
_SURROGATE_ESCAPE = re.compile(r"\\[uU][dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_depth(data: Any) -> str | None:
    """What is wrong with parsed JSON that its parser let through: nesting too deep, or a number too large."""
    if type(data) is not dict and type(data) is not list:
        return None
    stack = [(data, 1)]
    pop, push = stack.pop, stack.append
    while stack:
        node, depth = pop()
        if depth > MAX_DEPTH:
            return f"nesting is deeper than {MAX_DEPTH} levels"
        for value in (node.values() if type(node) is dict else node):
            kind = type(value)
            if kind is dict or kind is list:
                push((value, depth + 1))
            elif kind is int and not -MAX_INTEGER <= value <= MAX_INTEGER:
                raise _too_large_integer(str(value))
            elif kind is float and value in _INFINITE:
                raise _Refused("number", "a number is too large to be a finite number",
                               hint="CCAI records never hold infinity; check the exponent.")
    return None


def _lone_surrogate(data: Any) -> bool:
    """Whether any string (key or value) holds half of a UTF-16 pair, which no UTF-8 text can carry."""
    stack = [data]
    while stack:
        node = stack.pop()
        if type(node) is str:
            if _SURROGATE.search(node):
                return True
        elif type(node) is dict:
            stack.extend(node.keys())
            stack.extend(node.values())
        elif type(node) is list:
            stack.extend(node)
    return False


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
                             _INTEGER_HINT, index)
    try:
        problem = _check_depth(data)
    except _Refused as exc:
        return input_finding(exc.code, exc.message, source, first_line, None, exc.hint, index)
    if problem:
        return input_finding("too-deep", problem, source, first_line, None, _DEPTH_HINT, index)
    if ("\\ud" in text or "\\uD" in text) and _SURROGATE_ESCAPE.search(text) and _lone_surrogate(data):
        return input_finding("encoding", "a string holds a lone surrogate escape (such as \\ud800), which is not "
                             "a character", source, first_line, None,
                             "Write the character itself, or both halves of its UTF-16 pair.", index)
    return Document(data, source, index, first_line, text, "json")


# 19 digits in a row: maybe a number beyond 64 bits. Digits are mapped to "9" and the run is
# looked for as a plain substring, which costs a third of a regular expression per line.
_DIGITS_AS_NINES = bytes.maketrans(b"0123456789", b"9" * 10)
_NINETEEN_DIGITS = b"9" * 19
_ESCAPED_COLON = re.compile(rb"\\u003[aA]")


def parse_json_line(raw: bytes, source: str, index: int, line: int) -> Document | Finding:
    """Parse one line of JSON Lines, fast, with exactly the strictness of `parse_json_text`.

    orjson does the parsing, but it keeps the last of two duplicate keys and reads integers
    too long for 64 bits as floats. Its result is trusted only when it provably lost nothing:
    it re-serialises to the same bytes, or to as many colons as the line has. A colon outside
    strings separates a key from its value, and orjson writes colons inside strings as they
    are, so a lost duplicate always shows as a missing colon, unless the line spells a colon
    as ``\\u003a``; then, and for long numbers, the strict decoder reads it again.
    """
    if _orjson is not None:
        try:
            data = _orjson.loads(raw)
        except _orjson.JSONDecodeError:
            data = _SLOW
        if data is not _SLOW and raw.count(b"{") + raw.count(b"[") <= MAX_DEPTH:
            again = _orjson.dumps(data)
            # A number of 19 digits or more may lie outside 64-bit integers, which orjson reads
            # (up to 2**64 - 1) although the standard does not: the strict decoder decides.
            if (again == raw or (again.count(b":") == raw.count(b":") and not _ESCAPED_COLON.search(raw))) \
                    and _NINETEEN_DIGITS not in raw.translate(_DIGITS_AS_NINES):
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
    line_start = text.rfind("\n", 0, position) + 1  # kept up to date segment by segment: linear however long a line
    for index, item in enumerate(whole.data):
        start = position
        while text[start] in " \t\r\n":
            start += 1
        _, end = plain.raw_decode(text, start)
        line += text.count("\n", position, start)
        line_start = max(line_start, text.rfind("\n", position, start) + 1)
        column = start - line_start + 1
        yield from _envelope(Document(item, source, index, line, text[start:end], "json", offset=start, column=column))
        line += text.count("\n", start, end)
        line_start = max(line_start, text.rfind("\n", start, end) + 1)
        position = end
        while text[position] in " \t\r\n":
            position += 1
        position += 1  # the comma (or the closing bracket after the last element)


# --- JSON Lines: the one reader -----------------------------------------------------------


def json_lines(lines: Iterable[bytes], source: str, first_line: int = 1) -> Iterator[Document | Finding]:
    """Documents of JSON Lines, one per non-blank line; a line's document index is its number - 1.

    Each line is limited in size, the stream is not: memory does not grow with the file.
    """
    for number, raw in enumerate(lines, start=first_line):
        raw = raw.rstrip(b"\r\n")
        if not raw or raw.isspace():
            continue
        if len(raw) > MAX_DOCUMENT_BYTES:
            yield too_large_line(source, number, len(raw))
            continue
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        parsed = parse_json_line(raw, source, number - 1, number)
        if type(parsed) is Document and type(parsed.data) is dict and (
                "@context" in parsed.data or "@type" in parsed.data or "@id" in parsed.data):
            yield from _envelope(parsed)
        else:
            yield parsed


def too_large_line(source: str, number: int, size: int) -> Finding:
    return input_finding("too-large", f"line {number} is {size:,} bytes, over the limit of "
                         f"{size_text(MAX_DOCUMENT_BYTES)} for one record", source, number, 1,
                         "One record is never that large; the line was not read. Split the input.", number - 1)


# --- JSON-LD envelope -----------------------------------------------------------------------

_KEYWORDS = {"@type": "type", "@id": "id"}


def _envelope(document: Document) -> Iterator[Document | Finding]:
    """JSON-LD in compact form is CCAI JSON plus the CCAI `@context`: give the plain form.

    `@type`/`@id` may stand for `type`/`id`, but not beside them: which one a tool reads
    would then decide what is validated. A context other than CCAI's can give every field
    another meaning, so it is refused rather than ignored.
    """
    data = document.data
    if type(data) is not dict or not ("@context" in data or "@type" in data or "@id" in data):
        yield document
        return
    problem = None
    for keyword, plain in _KEYWORDS.items():
        if keyword in data and plain in data:
            problem = input_finding("jsonld-keyword", f"the record has both `{plain}` and `{keyword}`",
                                    document.source, document.line, None,
                                    f"Keep one of them; `{keyword}` is the JSON-LD spelling of `{plain}`.",
                                    document.index)
            break
    if problem is None and "@context" in data and not is_ccai_context(data["@context"]):
        problem = input_finding("jsonld-context", "the `@context` is not the CCAI context, so the fields may mean "
                                "something else than the standard says", document.source, document.line, None,
                                f"Use \"@context\": \"{_context_urls()[0]}\", or leave `@context` out.",
                                document.index)
    if problem is not None:
        yield problem
        return
    document.data = {_KEYWORDS.get(k, k): v for k, v in data.items() if k != "@context"}
    yield document


@lru_cache(maxsize=1)
def _context_urls() -> tuple[str, ...]:
    """The published context address of every version the package knows, the current one first."""
    from ..standard_versions import current, for_version, known_versions

    versions = [current()] + [for_version(v) for v in reversed(known_versions()) if v != current().version]
    urls = [v.schema_index["artifact_base_url"] + "ccai.context.jsonld" for v in versions if v is not None]
    return tuple(urls) + tuple(url.replace("https://", "http://", 1) for url in urls)


def is_ccai_context(value: Any) -> bool:
    """The published address of a CCAI context, or the packaged context itself (inlined), of any known version."""
    if type(value) is list and len(value) == 1:
        value = value[0]
    if type(value) is str:
        return value in _context_urls()
    if type(value) is dict:
        return any(value == terms or value == {"@context": terms} for terms in _inline_contexts())
    return False


def _inline_contexts() -> Iterator[Any]:
    """The context of every version the package knows, as a record would write it inline, current first."""
    from ..standard_versions import current, for_version, known_versions

    yield current().load_json("ccai.context.jsonld")["@context"]
    for version in reversed(known_versions()):
        other = for_version(version)
        if other is not None and version != current().version:
            yield other.load_json("ccai.context.jsonld")["@context"]


def envelope(data: Any, source: str, index: int) -> Document | Finding:
    """A record handed over as data, read like a parsed one (JSON-LD keywords included)."""
    return next(_envelope(Document(data, source, index, None, b"", "json")))


# --- Whole texts ------------------------------------------------------------------------------


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
    if stripped.startswith(b"["):
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
        text = raw[: exc.start].decode("utf-8", "replace")
        line = text.count("\n") + 1
        column = exc.start - (text.rfind("\n") + 1) + 1
        return None, [input_finding("encoding", f"the file is not valid UTF-8 (byte {exc.start + 1})", source,
                                    line, column, "Save the file as UTF-8.")]


def parse_bytes(raw: bytes, source: str, syntax: str) -> Iterator[Document | Finding]:
    """Parse a whole YAML, JSON or JSON Lines text held in memory."""
    if len(raw) > MAX_FILE_BYTES:
        yield input_finding("too-large", f"the input is {size_text(len(raw))}, over the limit of "
                            f"{size_text(MAX_FILE_BYTES)} for a YAML or JSON text", source,
                            hint="Put many records in a JSON Lines file (.jsonl), which is read line by line.")
        return
    if not raw.strip(b"\xef\xbb\xbf \t\r\n"):
        yield input_finding("empty", "the file is empty", source, 1, 1,
                            "A CCAI file holds one record with at least `type`, `conforms_to` and `id`.")
        return
    if syntax == "jsonl":
        yield from json_lines(raw.splitlines(keepends=True), source)
        return
    text, notes = decode_text(raw, source)
    yield from notes
    if text is None:
        return
    if syntax == "json":
        if text.lstrip().startswith("["):
            yield from _parse_json_array(text, source)
        else:
            parsed = parse_json_text(text, source)
            yield from (_envelope(parsed) if type(parsed) is Document else (parsed,))
    else:
        yield from _parse_yaml(text, source)
