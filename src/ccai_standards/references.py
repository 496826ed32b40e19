"""References across a batch: ids are unique, and every reference points to a record of a
fitting type somewhere in the batch.

References may point forward (a manifest entry before the work it lists), so they are
collected while the batch is read and resolved at the end. The book keeps, per record, only
its id and a small integer; per reference, the id and where it was written; so it scales
to millions of records.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from . import resources
from .findings import Finding, Location, Severity
from .parsers import Document, json_path
from .structure import a_list


def iter_references(data: dict[str, Any], record_type: str) -> Iterator[tuple[tuple[Any, ...], str, tuple[str, ...]]]:
    """(path, referenced id, allowed record types) for every reference in a document."""
    classes = resources.schema_index()["classes"]

    def walk(obj: dict[str, Any], cls: str, prefix: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str, tuple[str, ...]]]:
        fields = classes.get(cls, {}).get("fields", {})
        for name, value in obj.items():
            info = fields.get(name)
            if info is None or value is None:
                continue
            kind = info["kind"]
            if kind not in ("reference", "object"):
                continue
            items = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
            for position, item in items:
                path = prefix + ((name,) if position is None else (name, position))
                if kind == "reference" and isinstance(item, str):
                    yield path, item, tuple(info["targets"])
                elif kind == "object" and isinstance(item, dict):
                    yield from walk(item, info["range"], path)

    yield from walk(data, record_type, ())


@dataclass
class PendingReference:
    """A reference to resolve later; its position is only worked out if it fails."""

    target: str
    targets: tuple[str, ...]
    where: Document  # the document it was written in, without its data
    path: tuple[Any, ...]
    record_id: str | None

    @property
    def location(self) -> Location:
        return self.where.location(self.path)


class ReferenceBook:
    """Ids seen so far and references waiting to be resolved at the end of the batch."""

    def __init__(self) -> None:
        self._types: dict[str, int] = {}
        self._type_names: list[str] = []
        self._first_seen: dict[str, Document] = {}
        self._pending: list[PendingReference] = []

    def _type_code(self, name: str) -> int:
        try:
            return self._type_names.index(name)
        except ValueError:
            self._type_names.append(name)
            return len(self._type_names) - 1

    def add_record(self, record_id: str, record_type: str, where: Document) -> Finding | None:
        """Register a record's id; `where` is its document without data (for positions)."""
        if record_id in self._types:
            first = self._first_seen[record_id].location(("id",))
            at = f"{first.file}:{first.line}" if first.line else first.file
            return Finding("REF-duplicate-id", Severity.ERROR, f"the id {record_id} is already used by the record at {at}",
                           where.location(("id",)), "Every record needs its own id; give this one a new id.",
                           record_id)
        self._types[record_id] = self._type_code(record_type)
        self._first_seen[record_id] = where
        return None

    def add_reference(self, pending: PendingReference) -> None:
        self._pending.append(pending)

    def type_of(self, record_id: str) -> str | None:
        code = self._types.get(record_id)
        return None if code is None else self._type_names[code]

    def resolve(self, severity: Severity) -> Iterator[Finding]:
        """Findings for references that point nowhere, or to a record of the wrong type."""
        for ref in self._pending:
            found = self.type_of(ref.target)
            if found is None:
                yield Finding("REF-unresolved", severity,
                              f"{ref.target} does not match the id of any record in this batch",
                              ref.location,
                              f"Expected the id of {a_list(ref.targets)}; validate it together with the records "
                              "it points to, or fix the id.", ref.record_id)
            elif found not in ref.targets:
                yield Finding("REF-type", Severity.ERROR,
                              f"{ref.target} is {a_list([found])}, but this field needs {a_list(ref.targets)}",
                              ref.location, "Point this field to a record of the right type.", ref.record_id)
        self._pending.clear()


__all__ = ["PendingReference", "ReferenceBook", "iter_references", "json_path"]
