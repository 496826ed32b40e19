"""What a conversion gives back: the output, and a warning for every piece of meaning lost.

A warning is an object, like a validator finding: a stable code, a message written for the
person who has to decide whether the loss matters, and the JSON path of the source field
that could not be carried. Codes:

* ``CONVERT-lossy`` — the target format has no place for the field or value; it is dropped.
* ``CONVERT-more-restrictive`` — the target can only say something stricter than the source,
  so the output refuses more than the source did.
* ``CONVERT-more-permissive`` — the output permits something the source does not. The
  converters are built never to do this; the code exists so that, if one ever did, the
  difference is named and ``--strict`` refuses it.
* ``CONVERT-approximate`` — the closest term in the target has a different scope.
* ``CONVERT-conflict`` — the input says two things about one use; the most restrictive wins.
* ``CONVERT-unknown`` — the input holds a key or value the converter does not know; ignored.
* ``CONVERT-missing`` — the source lacks something the target needs; what was done instead.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from ..document import json_path

LOSSY = "CONVERT-lossy"
MORE_RESTRICTIVE = "CONVERT-more-restrictive"
MORE_PERMISSIVE = "CONVERT-more-permissive"
APPROXIMATE = "CONVERT-approximate"
CONFLICT = "CONVERT-conflict"
UNKNOWN = "CONVERT-unknown"
MISSING = "CONVERT-missing"
CODES = (LOSSY, MORE_RESTRICTIVE, MORE_PERMISSIVE, APPROXIMATE, CONFLICT, UNKNOWN, MISSING)


@dataclass(frozen=True)
class ConversionWarning:
    """One loss of meaning, pointing at the source field it came from, and the AI use it is about."""

    code: str
    message: str
    path: str = "$"
    record_id: str | None = None
    use: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    def __str__(self) -> str:
        where = f"{self.record_id} " if self.record_id else ""
        return f"warning {self.code} at {where}{self.path}: {self.message}"


class ConversionError(Exception):
    """The input cannot be converted at all (the CLI exits with 2)."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message if path is None else f"{path}: {message}")
        self.message = message
        self.path = path


@dataclass
class ConversionResult:
    """The converted document and the warnings about what it could not carry.

    `output` is a JSON-ready object (dict or list), or text for text formats
    (XMP, Turtle, Markdown, header and robots.txt lines). `media_type` says which.
    """

    output: Any
    warnings: list[ConversionWarning] = field(default_factory=list)
    media_type: str = "application/json"

    @property
    def binary(self) -> bool:
        return isinstance(self.output, bytes)

    def data(self) -> bytes:
        """The output as the bytes of a file: the text as UTF-8, or a binary format (Parquet) as it is."""
        return self.output if isinstance(self.output, bytes) else self.text().encode("utf-8")

    def text(self) -> str:
        """The output as it would be written to a file (a binary output has no text: use `data`)."""
        if isinstance(self.output, bytes):
            raise TypeError(f"the output is binary ({self.media_type}); use data()")
        if isinstance(self.output, str):
            return self.output if self.output.endswith("\n") else self.output + "\n"
        if self.media_type == "application/x-ndjson":
            return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in self.output)
        return json.dumps(self.output, ensure_ascii=False, indent=2) + "\n"


class Warnings:
    """Collects the warnings of one conversion; converters call `add`."""

    def __init__(self) -> None:
        self.items: list[ConversionWarning] = []

    def add(self, code: str, message: str, path: tuple[Any, ...] | str = (), record_id: str | None = None,
            use: str | None = None) -> None:
        where = path if isinstance(path, str) else json_path(tuple(path))
        item = ConversionWarning(code, message, where, record_id, use)
        if item not in self.items:
            self.items.append(item)


def shown(value: object, limit: int = 60) -> str:
    """A piece of the input inside a message: short, so an error never echoes a whole file."""
    text = value if isinstance(value, str) else repr(value)
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + f"… ({len(text):,} characters)"
