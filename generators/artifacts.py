"""Build every artefact in memory, write them, or compare them with what is committed.

The artefact folder (``src/ccai_standards/artifacts/``) is wholly generated: ``write``
replaces its content, and ``stale`` lists every file that differs from a fresh build. Its
``releases/`` folder is the exception: each release's artefacts, frozen there by the release
command, are never regenerated (``pr-check`` fails any edit to them).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from linkml_runtime.dumpers import yaml_dumper

from ccai_standards.files import write_atomically

from . import date_order
from .canonical import canonical_json
from .jsonschema_artifacts import artifact_base_url, build_json_schemas
from .pydantic_artifact import build_pydantic
from .rdf_artifacts import build_context, build_owl, build_shacl
from .schema_source import SchemaSource
from .standard_source import StandardSource

# Keys LinkML adds while loading that depend on the machine or the moment, not the schema.
_VOLATILE_SCHEMA_KEYS = ("source_file", "source_file_date", "source_file_size", "generation_date", "metamodel_version")


def merged_schema_yaml(source: SchemaSource) -> bytes:
    """The merged, normalised LinkML schema: what the release snapshot and `ccai diff` read."""
    data = yaml.safe_load(yaml_dumper.dumps(source.fresh_schema()))
    for key in _VOLATILE_SCHEMA_KEYS:
        data.pop(key, None)
    for slot in (data.get("slots") or {}).values():
        # SchemaView fills in `domain_of` as other generators ask it about classes: derived, and
        # present or not depending on what ran before. Without it the dump is the same every time.
        if isinstance(slot, dict):
            slot.pop("domain_of", None)
    return yaml.safe_dump(data, sort_keys=True, allow_unicode=True, width=100).encode("utf-8")


def schema_index(source: SchemaSource) -> dict[str, Any]:
    """A compact description of the schema for the runtime, which must not import linkml.

    It tells the validator which fields hold references to other records (and to which
    record types), which hold inlined objects, and how AI uses nest inside each other.
    """
    view = source.view
    classes: dict[str, Any] = {}
    for name in sorted(view.all_classes()):
        cls = view.get_class(name)
        if cls.abstract:
            continue
        fields: dict[str, Any] = {}
        for slot in view.class_induced_slots(name):
            entry: dict[str, Any] = {"multivalued": bool(slot.multivalued), "range": slot.range}
            if slot.required:
                entry["required"] = True
            if source.is_reference(slot):
                entry["kind"] = "reference"
                entry["targets"] = sorted(
                    c for c in view.class_descendants(slot.range) if not view.get_class(c).abstract
                )
            elif source.is_inlined_object(slot):
                entry["kind"] = "object"
            elif slot.range in view.all_enums():
                entry["kind"] = "enum"
            else:
                entry["kind"] = "value"
            fields[slot.name] = entry
        classes[name] = {"fields": fields, "ancestors": [a for a in view.class_ancestors(name) if a != name]}
        order = date_order.declarations(view, name)
        if order is not None:
            classes[name]["dates_in_order"] = order["clauses"]
    enums: dict[str, Any] = {}
    for name in sorted(view.all_enums()):
        enum = view.get_enum(name)
        enums[name] = {
            value: {"broader": pv.is_a} if pv.is_a else {} for value, pv in enum.permissible_values.items()
        }
    own = str(view.schema.id)
    types = {
        name: {"description": " ".join((typ.description or "").split()), "pattern": typ.pattern}
        for name, typ in sorted(view.all_types().items())
        if str(typ.from_schema or "").startswith(own)
    }
    return {
        "schema_id": source.schema_id,
        "types": types,
        "version": source.version,
        "artifact_base_url": artifact_base_url(source),
        "document_types": source.document_types,
        "classes": classes,
        "enums": enums,
    }


def _package_init(source: SchemaSource) -> bytes:
    return (
        f'"""Artefacts generated from the CCAI Standards schema {source.version}. Do not edit.\n\n'
        'Regenerate with `python -m generators build`; `python -m generators check` proves they\n'
        'match the schema.\n"""\n\n'
        f'STANDARD_VERSION = "{source.version}"\n'
    ).encode("utf-8")


def build_all(source: SchemaSource | None = None, standard: StandardSource | None = None) -> dict[str, bytes]:
    """Every artefact of the current version as {relative path: bytes}."""
    source = source or SchemaSource()
    standard = standard or StandardSource()
    files: dict[str, bytes] = {"__init__.py": _package_init(source)}
    schemas = build_json_schemas(source)
    for path, schema in schemas.items():
        files[path] = canonical_json(schema)
    files["ccai.authorisation.schema.json"] = canonical_json(authorisation_schema(schemas["ccai.schema.json"]))
    files["ccai.owl.ttl"] = build_owl(source)
    files["ccai.shacl.ttl"] = build_shacl(source)
    files["ccai.context.jsonld"] = canonical_json(build_context(source))
    files["models.py"] = build_pydantic(source)
    files["ccai.linkml.yaml"] = merged_schema_yaml(source)
    files["schema-index.json"] = canonical_json(schema_index(source))
    files["standard.json"] = canonical_json(standard.runtime_summary())
    from .migration_map import current_migration_json

    migration = current_migration_json(source.root.resolve().parent.parent)  # schema/ccai.yaml -> the repository
    if migration is not None:
        files["migration.json"] = migration
    return dict(sorted(files.items()))


def authorisation_schema(bundle: dict) -> dict:
    """The JSON Schema of the CCAI assertion in C2PA manifests, with the schema's AI uses."""
    from ccai_standards.provenance.assertion import json_schema

    base_url = bundle["$id"].rsplit("/", 1)[0] + "/"
    return json_schema(list(bundle["$defs"]["AiUseEnum"]["enum"]), base_url)


FROZEN = "releases"  # artifacts/releases/<version>/: written once by the release command, never built


def _existing(target: Path, owned_elsewhere: tuple[str, ...] = (FROZEN + "/",)) -> dict[str, Path]:
    """The files under `target`, without those another tool owns (paths starting with `owned_elsewhere`)."""
    if not target.exists():
        return {}
    found = {p.relative_to(target).as_posix(): p for p in target.rglob("*")
             if p.is_file() and "__pycache__" not in p.parts}
    return {rel: p for rel, p in found.items() if not rel.startswith(owned_elsewhere)}


def write(files: dict[str, bytes], target: Path, owned_elsewhere: tuple[str, ...] = (FROZEN + "/",)) -> list[str]:
    """Make `target` hold exactly `files` (besides what others own); return the paths that changed."""
    changed = stale(files, target, owned_elsewhere)
    for rel, path in _existing(target, owned_elsewhere).items():
        if rel not in files:
            path.unlink()
    for rel, content in files.items():
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_bytes() != content:
            write_atomically(path, content)
    return changed


def stale(files: dict[str, bytes], target: Path, owned_elsewhere: tuple[str, ...] = (FROZEN + "/",)) -> list[str]:
    """Paths under `target` that are missing, differ from `files`, or should not be there."""
    existing = _existing(target, owned_elsewhere)
    problems = [rel for rel, content in files.items() if rel not in existing or existing[rel].read_bytes() != content]
    problems += [rel for rel in existing if rel not in files]
    return sorted(problems)
