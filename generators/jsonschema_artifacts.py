"""JSON Schema artefacts: one bundle that dispatches on `type`, and one file per document type.

gen-json-schema's output is reshaped so that plain JSON Schema validators in any language
give useful errors and agree with the other artefacts:

* ``anyOf: [X, {type: null}]`` (LinkML's way of saying "optional") becomes
  ``if: {not: {type: null}}, then: X``. The meaning is unchanged (null is the same as an
  absent field, everywhere in this standard), but a validator now reports the real fault
  inside X instead of "not valid under any of the given schemas".
* The top level dispatches on ``type`` with ``if``/``then``, so a record is checked against
  exactly one class and an unknown ``type`` is reported as such.
* Each document type also gets a self-contained schema holding only the definitions it uses.
"""

from __future__ import annotations

import json
from typing import Any

from linkml.generators.jsonschemagen import JsonSchemaGenerator

from .schema_source import SchemaSource

DRAFT = "https://json-schema.org/draft/2019-09/schema"


def artifact_base_url(source: SchemaSource) -> str:
    """Artefact URLs carry the version; term IRIs do not."""
    return f"{source.schema_id}/{source.version}/"


def _is_null_schema(node: Any) -> bool:
    return isinstance(node, dict) and node == {"type": "null"}


def _rewrite_optional(node: Any) -> Any:
    """Recursively replace the anyOf-with-null idiom by if/then (see module docstring)."""
    if isinstance(node, list):
        return [_rewrite_optional(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: _rewrite_optional(value) for key, value in node.items()}
    any_of = node.get("anyOf")
    if isinstance(any_of, list) and len(any_of) == 2 and any(_is_null_schema(x) for x in any_of):
        (target,) = [x for x in any_of if not _is_null_schema(x)]
        del node["anyOf"]
        node["if"] = {"not": {"type": "null"}}
        node["then"] = target
    return node


def _referenced_defs(schema: Any, defs: dict[str, Any], found: set[str]) -> set[str]:
    """Names of every $defs entry reachable from `schema`."""
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            name = ref[len("#/$defs/") :]
            if name not in found:
                found.add(name)
                _referenced_defs(defs[name], defs, found)
        for value in schema.values():
            _referenced_defs(value, defs, found)
    elif isinstance(schema, list):
        for item in schema:
            _referenced_defs(item, defs, found)
    return found


def _dispatch(document_types: list[str]) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["type"],
        "properties": {
            "type": {
                "description": "The kind of record this document is.",
                "enum": document_types,
            }
        },
        "allOf": [
            {
                "if": {"properties": {"type": {"const": name}}, "required": ["type"]},
                "then": {"$ref": f"#/$defs/{name}"},
            }
            for name in document_types
        ],
    }


def build_json_schemas(source: SchemaSource) -> dict[str, dict[str, Any]]:
    """Return {relative path: schema} for the bundle and every per-type schema."""
    raw = json.loads(JsonSchemaGenerator(source.fresh_schema(), include_range_class_descendants=False).serialize())
    defs = _rewrite_optional(raw["$defs"])
    # Abstract classes are never instantiated on their own; they are not documents.
    view = source.view
    defs = {name: body for name, body in defs.items() if not (view.get_class(name) and view.get_class(name).abstract)}
    base = artifact_base_url(source)
    schema = view.schema
    out: dict[str, dict[str, Any]] = {}

    bundle = {
        "$schema": DRAFT,
        "$id": f"{base}ccai.schema.json",
        "title": f"{schema.title} {source.version}",
        "description": (
            f"{schema.description} Validates any CCAI document; the `type` field selects the "
            "record class. An optional field may be omitted or set to null; both mean the same."
        ),
        **_dispatch(source.document_types),
        "$defs": defs,
    }
    out["ccai.schema.json"] = bundle

    for name in source.document_types:
        used = sorted(_referenced_defs(defs[name], defs, {name}))
        out[f"jsonschema/{name}.schema.json"] = {
            "$schema": DRAFT,
            "$id": f"{base}jsonschema/{name}.schema.json",
            "title": f"{name} ({schema.title} {source.version})",
            "description": defs[name].get("description", ""),
            "$ref": f"#/$defs/{name}",
            "$defs": {key: defs[key] for key in used},
        }
    return out
