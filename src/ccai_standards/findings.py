"""Findings: what the validator reports, one object per problem, ready for any reporter."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"  # something the run did not read or check, worth knowing; never fails a run


@dataclass(frozen=True)
class Location:
    """Where a finding is: the file (or "<stdin>"), 1-based line and column, and JSON path.

    In a Parquet or Arrow file, which has no lines, the row group and the row (both from 0,
    as pyarrow and DuckDB count them) take the place of line and column.
    """

    file: str
    line: int | None = None
    column: int | None = None
    path: str = "$"
    document: int = 0  # 0-based index of the document in its file (JSON Lines, YAML streams, rows)
    row_group: int | None = None
    row: int | None = None

    @property
    def where(self) -> str:
        """`file:line:column`, or `file (row group G, row R)` in a columnar file."""
        if self.row is not None:
            group = f"row group {self.row_group}, " if self.row_group is not None else ""
            return f"{self.file} ({group}row {self.row})"
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return where


@dataclass(frozen=True)
class Finding:
    """One problem. `code` is stable: a requirement id, or SCHEMA-<keyword> for structure.

    `version` is the version of the standard the record was judged by, for findings of its
    structure and of the requirements; findings about reading the input and references
    between records (INPUT-, REF-, INTERNAL-) come from the runtime and carry none.
    """

    code: str
    severity: Severity
    message: str
    location: Location
    hint: str = ""
    record_id: str | None = None
    version: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["severity"] = self.severity.value
        if not self.extra:
            data.pop("extra")
        return data

    def __str__(self) -> str:
        loc = self.location
        text = f"{loc.where}: {self.severity.value} {self.code} at {loc.path}: {self.message}"
        return f"{text} {self.hint}".rstrip()


class InputError(Exception):
    """Input that cannot be read as records at all (exit code 2), with a finding to show."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(str(finding))
        self.finding = finding
