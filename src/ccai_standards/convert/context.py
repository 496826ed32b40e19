"""What a converter is handed: the records (or raw input) and the options of one call."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .results import ConversionError, Warnings


@dataclass
class Batch:
    """The CCAI records of one conversion; references between them resolve inside it."""

    records: list[dict[str, Any]]

    def of_type(self, *record_types: str) -> list[dict[str, Any]]:
        return [r for r in self.records if r.get("type") in record_types]

    def one(self, record_type: str) -> dict[str, Any]:
        """The single record of this type; converting two at once would merge their meanings."""
        found = self.of_type(record_type)
        if not found:
            kinds = ", ".join(sorted({str(r.get("type")) for r in self.records})) or "nothing"
            raise ConversionError(f"this conversion needs a {record_type} record; the input holds {kinds}")
        if len(found) > 1:
            ids = ", ".join(str(r.get("id")) for r in found)
            raise ConversionError(f"this conversion takes one {record_type} at a time; the input holds "
                                  f"{len(found)} ({ids}); convert them one by one")
        return found[0]

    def source_type_of(self, record: dict[str, Any], what: str) -> str | None:
        """The digital source type of the works `record` names, as given in the CreativeWork
        records of the batch (None when none is given); `what` describes the one file it is for."""
        works = [self.by_id(w) for w in record.get("works") or []]
        types = sorted({w["digital_source_type"] for w in works if w and w.get("digital_source_type")})
        if len(types) > 1:
            raise ConversionError(f"{what} describes one file, but the works given have different digital source "
                                  f"types ({', '.join(types)}); convert with one CreativeWork at a time")
        return types[0] if types else None

    def by_id(self, record_id: Any) -> dict[str, Any] | None:
        for record in self.records:
            if record.get("id") == record_id:
                return record
        return None


@dataclass
class Source:
    """Raw input in an external format, as text; `json()` parses it when the format is JSON."""

    text: str
    name: str = "<input>"
    data: Any = None

    def json(self, what: str) -> Any:
        """The input as JSON, read with the same policy as records (duplicate keys, depth, numbers)."""
        if self.data is not None:
            return self.data
        from ..document import Document
        from ..reading.parsers import parse_json_text

        parsed = parse_json_text(self.text, self.name)
        if not isinstance(parsed, Document):
            where = f" at line {parsed.location.line}" if parsed.location.line else ""
            if parsed.location.column:
                where += f", column {parsed.location.column}"
            raise ConversionError(f"{self.name} cannot be read as JSON ({parsed.message}{where}); {what} is a "
                                  "JSON document")
        self.data = parsed.data
        return self.data


@dataclass
class Context:
    """Options of the call (see `api.convert`) and the warnings collected while converting."""

    options: dict[str, Any] = field(default_factory=dict)
    warnings: Warnings = field(default_factory=Warnings)

    def option(self, name: str, default: Any = None) -> Any:
        value = self.options.get(name)
        return default if value is None else value

    def warn(self, code: str, message: str, path: Any = (), record_id: str | None = None,
             use: str | None = None) -> None:
        self.warnings.add(code, message, path, record_id, use)
