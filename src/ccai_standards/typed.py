"""Typed records: read CCAI documents into the generated pydantic models, and write them back.

Pydantic and the models are imported on first use only, so the validator never pays for
them. ``load`` reads with the same strict parser as the validator; it checks types, not the
standard's rules (use ``validate`` for those).
"""

from __future__ import annotations

import json
from typing import Any

from .findings import Finding, InputError


def _models() -> Any:
    try:
        from .artifacts import models
    except ImportError as exc:  # pydantic missing
        from .extras import install_hint

        raise ImportError(f"typed records need pydantic: {install_hint('models')}") from exc
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


def load(source: Any) -> list[Any]:
    """Every record of one input as typed models.

    `source` is what `ccai_standards.reading.read` takes: a path (``os.PathLike``), document
    text (``str`` or ``bytes``: YAML, JSON, JSON-LD or JSON Lines) or records (dicts). A plain
    ``str`` is text, never a file name: pass ``pathlib.Path("consent.yaml")`` to read a file.

    Raises InputError (with a finding: file, line, column) when the input cannot be read, and
    pydantic's ValidationError when a record does not fit its model.
    """
    from .reading import UsageError, read

    records = []
    try:
        items = list(read(source))
    except UsageError as exc:
        from .reading.parsers import input_finding

        raise InputError(input_finding("unreadable", str(exc), str(source)[:200])) from None
    for item in items:
        if isinstance(item, Finding):
            if item.is_error:
                raise InputError(item)
            continue
        if not isinstance(item.data, dict):
            from .validation.structure import check_envelope

            raise InputError(check_envelope(item)[1][0])
        records.append(from_dict(item.data))
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
