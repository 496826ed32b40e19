"""Structural checks with the generated JSON Schema (formats on), reported for people.

jsonschema-rs does the checking; this module turns each of its errors into a finding
whose code is ``SCHEMA-<keyword>`` and whose message names the field, says what was
expected in the words of the schema's own descriptions, and suggests a fix.
"""

from __future__ import annotations

import difflib
import json
from typing import Any

import jsonschema_rs

from ..document import Document
from ..findings import Finding, Severity
from ..rules.values import present
from ..standard_versions import StandardVersion, current

_BUILTIN_EXPECTATIONS = {
    "string": "text",
    "integer": "a whole number",
    "boolean": "true or false",
    "date": "a date in the form YYYY-MM-DD, such as 2025-03-14",
    "uri": "an absolute web address",
}
_JSON_TYPE_WORDS = {
    "string": "text in quotes",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object with fields",
    "null": "nothing (null)",
}


_VALIDATORS: dict[str, dict[str, Any]] = {}  # version -> record type -> compiled validator


def _validator(version: StandardVersion, record_type: str) -> Any:
    schema = version.load_json(f"jsonschema/{record_type}.schema.json")
    validator = jsonschema_rs.validator_for(schema, validate_formats=True)
    _VALIDATORS.setdefault(version.version, {})[record_type] = validator
    return validator


_BLANKABLE: dict[tuple[str, str], tuple[tuple[str, ...], ...]] = {}


def _blankable(version: StandardVersion, record_type: str) -> tuple[tuple[str, ...], ...]:
    """Paths of the required text fields that a version's own schema lets be blank.

    From 0.2.0 every text field has the `Text` type, whose pattern refuses blanks; a version
    made before (0.1.0) only said "required", and a blank does not give what is required.
    `[]` in a path stands for every item of a list of inlined objects.
    """
    key = (version.version, record_type)
    found = _BLANKABLE.get(key)
    if found is None:
        definitions = version.load_json(f"jsonschema/{record_type}.schema.json")["$defs"]
        paths: list[tuple[str, ...]] = []

        def walk(name: str, at: tuple[str, ...], seen: frozenset[str]) -> None:
            definition = definitions.get(name, {})
            properties, required = definition.get("properties", {}), set(definition.get("required", ()))
            for field, spec in sorted(properties.items()):
                target = spec.get("$ref") or spec.get("items", {}).get("$ref") if isinstance(spec, dict) else None
                if target and target.startswith("#/$defs/") and target[8:] not in seen:
                    step = (field, "[]") if "items" in spec else (field,)
                    walk(target[8:], at + step, seen | {target[8:]})
                elif field in required and spec.get("type") == "string" and not {"pattern", "enum", "format"} & set(spec):
                    paths.append(at + (field,))

        walk(record_type, (), frozenset({record_type}))
        found = _BLANKABLE[key] = tuple(paths)
    return found


def _blanks(value: Any, steps: tuple[str, ...], at: tuple[Any, ...] = ()):
    """The paths where a required text field holds only spaces or invisible characters."""
    if not steps:
        if isinstance(value, str) and not present(value):
            yield at
        return
    if steps[0] == "[]":
        for index, item in enumerate(value if isinstance(value, list) else []):
            yield from _blanks(item, steps[1:], (*at, index))
    elif isinstance(value, dict) and steps[0] in value:
        yield from _blanks(value[steps[0]], steps[1:], (*at, steps[0]))


def check_blanks(document: Document, blankable: tuple[tuple[str, ...], ...]) -> list[Finding]:
    """A required text field that is blank is not given, in every version (the newer ones say so in their schema)."""
    found = []
    data = document.data
    for steps in blankable:
        if len(steps) == 1:  # a field of the record itself: the common case, decided without a walk
            value = data.get(steps[0])
            if type(value) is not str or value[:1].isalnum() or present(value):
                continue
        for path in _blanks(data, steps):
            found.append(Finding("SCHEMA-required", Severity.ERROR, f"the required field `{path[-1]}` is blank",
                                 document.location(path), "Write what the field asks for; spaces alone do not give a "
                                 "required value.", _record_id(document)))
    return found


def _show(value: Any, limit: int = 60) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _field_info(index: dict[str, Any], record_type: str,
                path: tuple[Any, ...]) -> tuple[str, str | None, dict[str, Any] | None]:
    """Walk `path` through the record's classes: (class owning the last field, field, its info)."""
    classes = index["classes"]
    owner, field, info = record_type, None, None
    for part in path:
        if isinstance(part, int):
            continue
        if field is not None:
            if info is None or info["kind"] != "object":
                return owner, part, None
            owner = info["range"]
        field = part
        info = classes.get(owner, {}).get("fields", {}).get(part)
    return owner, field, info


def _class_of_object(index: dict[str, Any], record_type: str, path: tuple[Any, ...]) -> str:
    """The class of the object found at `path` (the record itself for the empty path)."""
    _, field, info = _field_info(index, record_type, path)
    if field is None:
        return record_type
    return info["range"] if info and info["kind"] == "object" else record_type


def a_list(names: list[str] | tuple[str, ...], conjunction: str = "or") -> str:
    """"an Estate, Organization or Person": record types in running text."""
    names = list(names)
    text = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {conjunction} {names[-1]}"
    return ("an " if text[:1] in "AEIOU" else "a ") + text


def _first_sentence(text: str) -> str:
    sentence = text.split(". ")[0].rstrip(".")
    return sentence[:1].lower() + sentence[1:]


def _expectation(index: dict[str, Any], info: dict[str, Any] | None) -> str:
    """What a field expects, in a few words a reader understands."""
    if not info:
        return ""
    rng = info["range"]
    if rng in index["types"]:
        return _first_sentence(index["types"][rng]["description"])
    if info["kind"] == "reference":
        return f"the id of {a_list(info['targets'])} record (https://… or urn:uuid:…)"
    if info["kind"] == "enum":
        values = ", ".join(index["enums"][rng])
        return f"{'one or more' if info['multivalued'] else 'one'} of: {values}"
    return _BUILTIN_EXPECTATIONS.get(rng, "")


def _suggest(word: str, options: list[str]) -> str:
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f"Did you mean `{close[0]}`?" if close else ""


def _explain(version: StandardVersion, record_type: str, error: Any) -> tuple[str, str, tuple[Any, ...]]:
    """Message, hint and path for one jsonschema-rs error."""
    index = version.schema_index
    path = tuple(error.instance_path)
    kind = error.kind
    name = type(kind).__name__
    value = error.instance
    if name == "Required":
        missing = kind.property
        cls = _class_of_object(index, record_type, path)
        info = index["classes"].get(cls, {}).get("fields", {}).get(missing)
        expected = _expectation(index, info)
        hint = f"Add `{missing}`" + (f", {expected}." if expected else ".")
        return f"the required field `{missing}` is missing from this {cls}", hint, path
    if name == "AdditionalProperties":
        cls = _class_of_object(index, record_type, path)
        fields = sorted(index["classes"].get(cls, {}).get("fields", {}))
        (unexpected, *_rest) = kind.unexpected
        newer = _newer_version_with_field(version, cls, unexpected)
        if newer:
            return (f"`{unexpected}` is not a field of {cls} in version {version.version}, which this record "
                    f"is judged by", f"`{unexpected}` is a field of {cls} from version {newer}: set "
                    f"`conforms_to: \"{newer}\"` to use it (`ccai migrate --to {newer}` upgrades the record), "
                    "or leave the field out.", path + (unexpected,))
        hint = _suggest(unexpected, fields) or f"The fields of {cls} are: {', '.join(fields)}."
        return f"`{unexpected}` is not a field of {cls}", hint, path + (unexpected,)
    cls, field, info = _field_info(index, record_type, path)
    label = f"`{field}`" if field else "this value"
    if path and isinstance(path[-1], int) and field:
        label = f"an entry of `{field}`"
    if name == "Enum":
        options = [o for o in kind.options if isinstance(o, str)]
        hint = _suggest(str(value), options) if isinstance(value, str) else ""
        hint = (hint + " " if hint else "") + f"Allowed values: {', '.join(options)}."
        return f"{label} is {_show(value)}, which is not one of its allowed values", hint, path
    if name in ("Pattern", "Format"):
        expected = _expectation(index, info) or f"a value matching {getattr(kind, 'pattern', getattr(kind, 'format', ''))}"
        return f"{label} is {_show(value)}, which is not valid", f"Expected {expected}.", path
    if name == "Type":
        wanted = [t for t in (kind.types if hasattr(kind, "types") else []) if str(t) != "null"]
        words = " or ".join(_JSON_TYPE_WORDS.get(str(t), str(t)) for t in wanted) or "another type"
        expected = _expectation(index, info)
        hint = f"Expected {expected}." if expected else ""
        if isinstance(value, str) and "boolean" in [str(t) for t in wanted]:
            hint = "Write true or false without quotes."
        return f"{label} is {_show(value)}, but it must be {words}", hint, path
    if name == "MinItems":
        expected = _expectation(index, info)
        return (f"{label} is an empty list, but it must hold at least one value",
                f"Give {expected}." if expected else "", path)
    if name in ("Minimum", "ExclusiveMinimum"):
        return f"{label} is {_show(value)}, which is below the minimum of {kind.limit}", "", path
    return f"{label}: {error.message}", "", path


def _keyword(error: Any) -> str:
    schema_path = [p for p in error.schema_path if isinstance(p, str)]
    return schema_path[-1] if schema_path else "invalid"


def _newer_version_with_field(version: StandardVersion, cls: str, field: str) -> str | None:
    """The current version, when a record judged by an older one uses a field that only the current one has."""
    now = current()
    if version.version == now.version:
        return None
    return now.version if field in now.schema_index["classes"].get(cls, {}).get("fields", {}) else None


def check_structure(document: Document, record_type: str, version: StandardVersion | None = None) -> list[Finding]:
    """Every structural problem of one document whose `type` is known in the version it is judged by."""
    version = version or current()
    validator = _VALIDATORS.get(version.version, {}).get(record_type) or _validator(version, record_type)
    if validator.is_valid(document.data):
        blankable = _blankable(version, record_type)
        return check_blanks(document, blankable) if blankable else []
    explained: dict[tuple[Any, ...], list[tuple[str, str, str]]] = {}
    for error in validator.iter_errors(document.data):
        message, hint, path = _explain(version, record_type, error)
        keyword = _keyword(error)
        seen = explained.setdefault(path, [])
        # A timestamp without offset breaks both its pattern and its format: say it once.
        if keyword == "format" and any(k == "pattern" for k, _, _ in seen):
            continue
        seen.append((keyword, message, hint))
    findings = [
        Finding(f"SCHEMA-{keyword}", Severity.ERROR, message, document.location(path), hint, _record_id(document))
        for path, items in explained.items()
        for keyword, message, hint in items
    ]
    findings.sort(key=lambda f: (f.location.line or 0, f.location.column or 0))
    return findings


def _record_id(document: Document) -> str | None:
    data = document.data
    return data.get("id") if isinstance(data, dict) and isinstance(data.get("id"), str) else None


def check_envelope(document: Document, version: StandardVersion | None = None) -> tuple[str | None, list[Finding]]:
    """Check what every document must have to be checked at all: an object with a type its version knows."""
    version = version or current()
    data = document.data
    if type(data) is dict:
        record_type = data.get("type")
        if type(record_type) is str and record_type in version.document_types:
            return record_type, []
    known = version.schema_index["document_types"]
    if not isinstance(data, dict):
        words = _JSON_TYPE_WORDS.get(_json_type(data), type(data).__name__)
        hint = "Each file (or JSON line) holds one record."
        if isinstance(data, str) and document.source.startswith("<text"):
            hint += (" A str handed to ccai_standards is document text, never a file name: to read the file "
                     f"{_show(data)}, pass pathlib.Path({_show(data)}).")
        return None, [Finding("SCHEMA-type", Severity.ERROR, f"a document must be an object with fields, not {words}",
                              document.location(), hint)]
    record_type = data.get("type")
    if record_type is None:
        return None, [Finding("SCHEMA-required", Severity.ERROR, "the document has no `type`",
                              document.location(), f"Add `type:` with one of: {', '.join(known)}.",
                              _record_id(document))]
    if type(record_type) is not str:
        words = _JSON_TYPE_WORDS.get(_json_type(record_type), type(record_type).__name__)
        return None, [Finding("SCHEMA-type", Severity.ERROR,
                              f"`type` is {_show(record_type)}, but it must be text: the name of one record type",
                              document.location(("type",)), f"Write one of: {', '.join(known)} (not {words}).",
                              _record_id(document))]
    newer = current()
    if version.version != newer.version and record_type in newer.document_types:
        return None, [Finding("SCHEMA-unknown-type", Severity.ERROR,
                              f"{_show(record_type)} is not a record type of version {version.version}, which this "
                              "record is judged by", document.location(("type",)),
                              f"{record_type} is a record type from version {newer.version}: set "
                              f"`conforms_to: \"{newer.version}\"` to use it.", _record_id(document))]
    hint = _suggest(record_type, known)
    hint = (hint + " " if hint else "") + f"Known types: {', '.join(known)}."
    return None, [Finding("SCHEMA-unknown-type", Severity.ERROR,
                          f"{_show(record_type)} is not a known record type", document.location(("type",)),
                          hint, _record_id(document))]


def _json_type(value: Any) -> str:
    """The JSON name of a Python value's type (`list` is an array, `str` a string …)."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    return {"str": "string", "float": "number", "list": "array", "dict": "object",
            "NoneType": "null"}.get(type(value).__name__, type(value).__name__)
