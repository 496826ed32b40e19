"""Typed records: read CCAI documents into the generated pydantic models, and write them back.

Pydantic and the models are imported on first use only, so the validator never pays for
them. ``load`` reads with the same strict parser as the validator; it checks types, not the
standard's rules (use ``validate`` for those).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from .findings import Finding, InputError
from .parsers import Document, parse_bytes, syntax_for


def _models() -> Any:
    try:
        from .artifacts import models
    except ImportError as exc:  # pydantic missing
        raise ImportError("typed records need pydantic: pip install 'ccai-standards[models]'") from exc
    return models


def model_for(record_type: str) -> Any:
    """The pydantic class of a document type, such as ConsentRecord."""
    models = _models()
    cls = getattr(models, record_type, None)
    from . import resources

    if cls is None or record_type not in resources.schema_index()["document_types"]:
        known = ", ".join(resources.schema_index()["document_types"])
        raise ValueError(f"{record_type!r} is not a CCAI document type; known types: {known}")
    return cls


def from_dict(data: dict[str, Any]) -> Any:
    """One record (a dict with `type`) as an instance of its model; raises pydantic's ValidationError."""
    if not isinstance(data, dict) or "type" not in data:
        raise ValueError("a record is an object with a `type` field")
    return model_for(str(data["type"])).model_validate(data)


def load(source: str | os.PathLike[str] | bytes) -> list[Any]:
    """Every record in a file (YAML, JSON, JSON-LD, JSON Lines), or in bytes, as typed models.

    Raises InputError (with a finding: file, line, column) when the input cannot be read.
    """
    if isinstance(source, bytes):
        raw, name = source, "<bytes>"
    else:
        raw, name = Path(source).read_bytes(), os.fspath(source)
    records = []
    for item in parse_bytes(raw, name, syntax_for(name, raw[:4096])):
        if isinstance(item, Finding):
            if item.is_error:
                raise InputError(item)
            continue
        assert isinstance(item, Document)
        from .checker import normalise_jsonld

        records.append(from_dict(normalise_jsonld(item.data)))
    return records


def to_dict(record: Any) -> dict[str, Any]:
    """A model as plain JSON data: absent fields left out, enum values and dates as strings."""
    return record.model_dump(mode="json", exclude_none=True)


def dump(records: Any, format: str = "yaml") -> str:
    """Records as YAML (documents separated by ---), JSON (one record, or an array) or JSON Lines."""
    items = records if isinstance(records, (list, tuple)) else [records]
    data = [to_dict(r) for r in items]
    if format == "yaml":
        import yaml

        return "---\n".join(yaml.safe_dump(d, sort_keys=False, allow_unicode=True) for d in data)
    if format == "json":
        return json.dumps(data[0] if len(data) == 1 else data, indent=2, ensure_ascii=False) + "\n"
    if format == "jsonl":
        return "".join(json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n" for d in data)
    raise ValueError(f"format must be yaml, json or jsonl, not {format!r}")
