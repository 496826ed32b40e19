"""The validator: a straight pipeline from inputs to findings.

    inputs.expand -> parsers -> structure (JSON Schema) -> rules (one per requirement)
                                                         -> references and cross-record rules (whole batch)

Every input of one call is one batch: references resolve across all of it. Findings come
out as they are found (streaming), except those that compare records, which come at the end.
With ``refs="off"`` neither references nor cross-record rules are kept, so memory stays flat
however long the input.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .findings import Finding, Severity
from .inputs import Source, expand
from .parsers import (
    JSONL_SUFFIXES,
    MAX_FILE_BYTES,
    Document,
    input_finding,
    iter_json_lines,
    parse_bytes,
    syntax_for,
)
from .references import PendingReference, ReferenceBook, iter_references
from .rules.engine import RuleEngine
from .structure import check_envelope, check_structure

REFS_MODES = ("error", "warn", "off")


@dataclass
class Summary:
    """What one run looked at and found."""

    files: int = 0
    documents: int = 0
    errors: int = 0
    warnings: int = 0
    by_code: dict[str, int] = field(default_factory=dict)

    def count(self, finding: Finding) -> None:
        if finding.severity is Severity.ERROR:
            self.errors += 1
        else:
            self.warnings += 1
        self.by_code[finding.code] = self.by_code.get(finding.code, 0) + 1


class Validator:
    """Checks CCAI records: structure, then references across the whole batch.

    :param refs: "error" (default), "warn" or "off" for references that point nowhere.
    :param ignore: finding codes to drop, such as ``REF-unresolved`` or a requirement id.
    :param include: glob patterns of files to read inside folders.
    :param exclude: glob patterns of files or folders to skip inside folders.
    """

    def __init__(self, *, refs: str = "error", ignore: Iterable[str] = (), include: Iterable[str] = (),
                 exclude: Iterable[str] = ()) -> None:
        if refs not in REFS_MODES:
            raise ValueError(f"refs must be one of {REFS_MODES}, not {refs!r}")
        self.refs = refs
        self.ignore = frozenset(ignore)
        self.include = tuple(include)
        self.exclude = tuple(exclude)
        self.summary = Summary()

    # -- public API ------------------------------------------------------------------------

    def validate(self, inputs: Any) -> list[Finding]:
        """Every finding for `inputs`: paths, "-" for stdin, or records (dicts) already parsed."""
        return list(self.iter_findings(inputs))

    def iter_findings(self, inputs: Any) -> Iterator[Finding]:
        self.summary = Summary()
        book = ReferenceBook()
        engine = RuleEngine(cross=self.refs != "off", ignore=self.ignore)
        for finding in self._run(_as_list(inputs), book, engine):
            if finding.code in self.ignore:
                continue
            self.summary.count(finding)
            yield finding

    # -- pipeline --------------------------------------------------------------------------

    def _run(self, inputs: list[Any], book: ReferenceBook, engine: RuleEngine) -> Iterator[Finding]:
        records = [i for i in inputs if isinstance(i, dict)]
        paths = [i for i in inputs if not isinstance(i, dict)]
        for number, record in enumerate(records):
            self.summary.documents += 1
            yield from self._check(Document(record, f"<record {number}>", 0, 1, "", "json"), book, engine)
        for item in expand(paths, self.include, self.exclude):
            if isinstance(item, Finding):
                yield item
                continue
            self.summary.files += 1
            for parsed in self._read(item):
                if isinstance(parsed, Finding):
                    yield parsed
                    continue
                self.summary.documents += 1
                yield from self._check(parsed, book, engine)
        if self.refs != "off":
            severity = Severity.ERROR if self.refs == "error" else Severity.WARNING
            yield from book.resolve(severity)
        yield from engine.finish()

    def _read(self, source: Source) -> Iterator[Document | Finding]:
        if source.is_stdin:
            raw = sys.stdin.buffer.read()
            yield from parse_bytes(raw, source.display, syntax_for(source.display, raw[:4096]))
            return
        path: Path = source.path  # type: ignore[assignment]
        try:
            if path.name.lower().endswith(JSONL_SUFFIXES):
                with open(path, "rb") as handle:
                    yield from iter_json_lines(iter(handle), source.display)
                return
            size = os.path.getsize(path)
            if size > MAX_FILE_BYTES:
                yield input_finding("too-large", f"the file is {size // 2**20} MiB, over the limit of "
                                    f"{MAX_FILE_BYTES // 2**20} MiB for a YAML or JSON file", source.display, hint=
                                    "Put many records in a JSON Lines file (.jsonl), which is read line by line.")
                return
            raw = path.read_bytes()
        except OSError as exc:
            yield input_finding("unreadable", f"cannot read the file: {exc.strerror or exc}", source.display)
            return
        yield from parse_bytes(raw, source.display, syntax_for(path.name, raw[:4096]))

    def _check(self, document: Document, book: ReferenceBook, engine: RuleEngine) -> Iterator[Finding]:
        record_type, problems = check_envelope(document)
        yield from problems
        if record_type is None:
            return
        structural = check_structure(document, record_type)
        yield from structural
        if not structural:
            yield from engine.check(document, record_type)
        data = document.data
        record_id = data.get("id") if isinstance(data.get("id"), str) else None
        if self.refs == "off":
            return
        where = replace(document, data=None)
        if record_id is not None:
            duplicate = book.add_record(record_id, record_type, where)
            if duplicate:
                yield duplicate
        for path, target, targets in iter_references(data, record_type):
            book.add_reference(PendingReference(target, targets, where, path, record_id))


def _as_list(inputs: Any) -> list[Any]:
    if isinstance(inputs, (str, os.PathLike, dict)):
        return [inputs]
    return list(inputs)
