"""TypeScript declarations of the record types, generated from the JSON Schema artefact.

They are written from the JSON Schema, not with LinkML's TypeScript generator, because the
two must agree on what a valid record is: linkml 1.12's generator types a multivalued enum
slot (`permitted_uses`) as a single `string`, and an enum slot as any string, so code that
compiles would build records the schema refuses. Here each property has the type the JSON
Schema checks: enumerations are unions of their values, lists are arrays, a field the schema
lets be null is optional and may be null. What TypeScript cannot say (patterns, formats,
minimums, at-least-one lists) stays in the JSDoc and is checked by `validate()`.
"""

from __future__ import annotations

import json
import re
from typing import Any

HEADER = """\
// TypeScript types of the CCAI standard {version}, generated from ccai.schema.json by
// `python -m generators build`. Do not edit: change the schema and rebuild.
// A value of these types may still break a pattern, a format or a rule: validate() checks
// structure, and `ccai validate` (or `ccai serve`) the standard's rules and references.

"""

_IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")


def _doc(text: str | None, tags: list[str], indent: str = "") -> list[str]:
    lines = [line for line in (text or "").strip().splitlines() if line.strip()] + tags
    if not lines:
        return []
    safe = [line.replace("*/", "*\\/") for line in lines]
    if len(safe) == 1:
        return [f"{indent}/** {safe[0]} */"]
    return [f"{indent}/**", *[f"{indent} * {line}" for line in safe], f"{indent} */"]


def _tags(schema: dict[str, Any]) -> list[str]:
    tags = []
    if "format" in schema:
        tags.append(f"@format {schema['format']}")
    if "pattern" in schema and schema["pattern"] != "\\S":
        tags.append(f"@pattern {schema['pattern']}")
    if "minimum" in schema:
        tags.append(f"@minimum {schema['minimum']}")
    if "minItems" in schema:
        tags.append(f"@minItems {schema['minItems']}")
    if "maxItems" in schema:
        tags.append(f"@maxItems {schema['maxItems']}")
    return tags


def _literal(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


_SCALARS = {"string": "string", "integer": "number", "number": "number", "boolean": "boolean", "null": "null",
            "object": "Record<string, unknown>"}


def type_of(schema: dict[str, Any]) -> str:
    """The TypeScript type of one JSON Schema (the subset the LinkML generator writes)."""
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "enum" in schema:
        return " | ".join(_literal(v) for v in schema["enum"])
    if "const" in schema:
        return _literal(schema["const"])
    kinds = schema.get("type", [])
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    parts: list[str] = []
    for kind in kinds:
        if kind == "array":
            item = type_of(schema.get("items", {}))
            parts.append(f"({item})[]" if " " in item else f"{item}[]")
        elif kind in _SCALARS:
            parts.append(_SCALARS[kind])
        else:
            raise ValueError(f"no TypeScript type for JSON Schema type {kind!r}")
    if "anyOf" in schema or "oneOf" in schema:
        parts.extend(type_of(s) for s in schema.get("anyOf", schema.get("oneOf", [])))
    return " | ".join(dict.fromkeys(parts)) or "unknown"


def _property(name: str, schema: dict[str, Any], required: bool) -> list[str]:
    key = name if _IDENTIFIER.match(name) else _literal(name)
    kind = type_of(schema)
    optional = "" if required else "?"
    return [*_doc(schema.get("description"), _tags(schema), "  "), f"  {key}{optional}: {kind};"]


def declarations(schema: dict[str, Any], document_types: list[str], version: str) -> str:
    """The .d.ts text: every enumeration and class of `$defs`, and the union of document types."""
    out = [HEADER.format(version=version)]
    definitions = schema["$defs"]
    for name in sorted(definitions):
        definition = definitions[name]
        if "enum" in definition:
            values = definition["enum"]
            out += _doc(definition.get("description"), [])
            out.append(f"export type {name} =")
            out += [f"  | {_literal(v)}" for v in values]
            out[-1] += ";"
            out.append("")
            continue
        if definition.get("type") != "object":
            out += _doc(definition.get("description"), _tags(definition))
            out.append(f"export type {name} = {type_of(definition)};")
            out.append("")
            continue
        required = set(definition.get("required", []))
        out += _doc(definition.get("description"), [])
        out.append(f"export interface {name} {{")
        for prop in sorted(definition.get("properties", {}), key=lambda p: (p != "type", p not in required, p)):
            out += _property(prop, definition["properties"][prop], prop in required)
        out.append("}")
        out.append("")
    out.append("/** The name of each kind of record a CCAI document can be. */")
    out.append("export type DocumentType =")
    out += [f"  | {_literal(name)}" for name in document_types]
    out[-1] += ";"
    out.append("")
    out.append("/** Every kind of CCAI document, told apart by its `type`. */")
    out.append("export type CcaiDocument =")
    out += [f"  | {name}" for name in document_types]
    out[-1] += ";"
    out.append("")
    out.append("/** The record type of each document type name: `DocumentTypes[\"ConsentRecord\"]`. */")
    out.append("export interface DocumentTypes {")
    out += [f"  {name}: {name};" for name in document_types]
    out.append("}")
    return "\n".join(out) + "\n"
