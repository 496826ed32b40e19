"""Check one chunk of documents: everything that needs only the documents themselves.

A chunk is the documents of one read task: some lines of a JSON Lines file or one whole
file. Checking it gives its findings (input, structure and the rules that look at one
record) and what the batch needs to compare records with each other: ids, references,
facts and questions for cross-record rules. It is a pure function of the chunk and the
`CheckOptions`, so chunks can be checked in worker processes (``--jobs``) with exactly the
same results as in one process.

A fault of this package while checking one document becomes an ``INTERNAL-error`` finding
on that document; the other documents are still checked.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field, replace
from typing import Any

from ..document import Document, KeptText, Origin
from ..findings import Finding
from ..reading.chunks import ReadTask, internal_error, parse_task
from ..rules.engine import RuleEngine
from ..rules.facts import tally_entry
from ..standard_versions import StandardVersion, current, for_version
from .structure import check_envelope, check_structure

# Rows of a chunk result. They are plain tuples, not named ones, because a batch of a
# billion entries builds several per record and sends them between processes (a named
# tuple costs ten times as much to make and to unpickle); the field names are given here,
# once, and origins follow the field order of `document.Origin`.
RecordRow = tuple  # (id, record type, origin number): every record with an id, in document order
ReferenceRow = tuple  # (target id, allowed types, origin number, JSON path, id of the record holding it)
QuestionRow = tuple  # (requirement id, question, origin number, record id, version judged by) for a cross-record rule


@dataclass(frozen=True)
class CheckOptions:
    """What decides a check, apart from the documents. Small and hashable, so workers get it with each task."""

    refs: str = "error"  # "error", "warn" or "off" (no references, no cross-record rules)
    ignore: tuple[str, ...] = ()
    rules: bool = True  # False: input and structure only (what converters need)
    as_version: str | None = None  # judge every record by this version instead of the one it claims
    tables: bool = False  # pack what the batch needs as Arrow tables (validation.tables), for a joining engine

    @property
    def with_references(self) -> bool:
        return self.refs != "off"


@dataclass(slots=True)
class ChunkResult:
    """What checking one chunk gives the batch."""

    source: int = 0  # the input the chunk came from
    findings: list[Finding] = field(default_factory=list)
    origins: list[Origin] = field(default_factory=list)  # one per document with an id or a reference
    records: list[RecordRow] = field(default_factory=list)
    # Most references point to records already seen, so the batch first checks the distinct
    # (target, allowed types) pairs, and reads the details only for a chunk where one of them
    # is not settled yet.
    references: list[ReferenceRow] = field(default_factory=list)
    targets: set[tuple[str, tuple[str, ...]]] = field(default_factory=set)
    facts: list[tuple[str, Any]] = field(default_factory=list)  # (record id, facts) for cross-record rules
    tallies: dict[str, list[int]] = field(default_factory=dict)  # manifest -> counts of its entries (rules/facts.py)
    questions: list[QuestionRow] = field(default_factory=list)
    documents: int = 0
    versions: dict[str, int] = field(default_factory=dict)  # documents judged by each version
    # texts of documents from inputs that cannot be read twice (stdin, text), by origin number
    texts: dict[int, KeptText] = field(default_factory=dict)
    details: bytes = b""  # the references, pickled: only unpacked when the batch needs them
    # Packed for an engine that joins tables (validation.tables): Arrow record batches by name, the
    # terms of the coverage rows by version, and `questions` then holds (position, row) pairs.
    tables: dict[str, Any] = field(default_factory=dict)
    terms: dict[str, Any] = field(default_factory=dict)
    packed: bool = False

    def reference_details(self) -> list[ReferenceRow]:
        return pickle.loads(self.details) if self.details else self.references


class _ReferencePlan:
    """Per record type, the fields that hold references, compiled once from one version's schema index."""

    def __init__(self, version: StandardVersion) -> None:
        self._classes = version.schema_index["classes"]
        self._plans: dict[str, list[tuple[str, bool, Any]]] = {}

    def plan(self, cls: str) -> list[tuple[str, bool, Any]]:
        """(field, is a reference (else an inlined object), allowed types or object class)."""
        steps = self._plans.get(cls)
        if steps is None:
            steps = []
            for name, info in self._classes.get(cls, {}).get("fields", {}).items():
                if info["kind"] == "reference":
                    steps.append((name, True, tuple(info["targets"])))
                elif info["kind"] == "object":
                    steps.append((name, False, info["range"]))
            self._plans[cls] = steps
        return steps

    def collect(self, data: dict[str, Any], cls: str, prefix: tuple[Any, ...], out: list) -> None:
        """Append (path, target id, allowed types) for every reference in `data`."""
        for name, is_reference, target in self.plan(cls):
            value = data.get(name)
            if value is None:
                continue
            if type(value) is list:
                for position, item in enumerate(value):
                    if is_reference:
                        if type(item) is str:
                            out.append((prefix + (name, position), item, target))
                    elif type(item) is dict:
                        self.collect(item, target, prefix + (name, position), out)
            elif is_reference:
                if type(value) is str:
                    out.append((prefix + (name,), value, target))
            elif type(value) is dict:
                self.collect(value, target, prefix + (name,), out)


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: it counts the documents of each version
class _Judged:
    """One version, with what checking a document by it needs, compiled once."""

    version: StandardVersion
    rules: Any  # the engine's RuleSet for the version, or None without rules
    collect: Any  # the version's reference plan


class DocumentChecker:
    """Checks chunks with one set of options; holds the compiled rules and reference plans."""

    def __init__(self, options: CheckOptions = CheckOptions()) -> None:
        self.options = options
        self.engine = RuleEngine(cross=options.with_references, ignore=options.ignore) if options.rules else None
        if options.as_version and for_version(options.as_version) is None:
            raise ValueError(f"there is no version {options.as_version} of the standard")
        self._judged: dict[str, _Judged] = {}  # by version number: only known versions, so it stays small

    def judged_by(self, data: Any) -> _Judged:
        """What a document is judged by: `--as-version`, else the version it claims, else the current one.

        A claim of an unknown version is judged by the current version (CCAI-CONFORM-004 reports the claim).
        """
        claimed = self.options.as_version or (data.get("conforms_to") if type(data) is dict else None)
        judged = self._judged.get(claimed) if type(claimed) is str else None
        if judged is None:
            version = (for_version(claimed) if type(claimed) is str else None) or current()
            judged = self._judged.get(version.version)
            if judged is None:
                judged = self._judged[version.version] = _Judged(
                    version, self.engine.rules(version) if self.engine is not None else None,
                    _ReferencePlan(version).collect)
        return judged

    def run(self, task: ReadTask, pack_details: bool = False) -> ChunkResult:
        """Parse and check one read task."""
        result = self.check(parse_task(task), task.source, keep_texts=not task.rereadable,
                            pack_details=pack_details and not self.options.tables)
        if self.options.tables and self.options.with_references:
            from .tables import pack

            pack(result)
        return result

    def check(self, items: list[Document | Finding], source: int, keep_texts: bool = False,
              pack_details: bool = False) -> ChunkResult:
        """Check parsed documents (and pass through input findings) of one input.

        The loop is written out, with its names bound once per chunk, because it runs once
        per record of inputs with billions of them.
        """
        result = ChunkResult(source=source)
        findings, origins, records = result.findings, result.origins, result.records
        references, targets_seen, facts, questions = result.references, result.targets, result.facts, result.questions
        engine = self.engine
        with_references = self.options.with_references and engine is not None
        versions: dict[_Judged, int] = {}
        found: list[tuple[tuple[Any, ...], str, tuple[str, ...]]] = []
        for item in items:
            if type(item) is not Document:
                findings.append(item)
                continue
            result.documents += 1
            try:
                judged = self.judged_by(item.data)
                version = judged.version
                versions[judged] = versions.get(judged, 0) + 1
                record_type, problems = check_envelope(item, version)
                if problems:
                    findings.extend(judged_as(problems, version.version))
                if record_type is None:
                    continue
                data = item.data
                structural = check_structure(item, record_type, version)
                rules = judged.rules
                if structural:
                    findings.extend(judged_as(structural, version.version))
                elif engine is not None:
                    local = engine.check(item, record_type, rules)
                    if local:
                        findings.extend(local)
                if not with_references:
                    continue
                record_id = data.get("id")
                if type(record_id) is not str:
                    record_id = None
                number = len(origins)
                origins.append((source, item.index, item.line, item.offset, item.column))  # an Origin
                if record_id is not None:
                    records.append((record_id, record_type, number))
                found.clear()
                judged.collect(data, record_type, (), found)
                for path, target, targets in found:
                    references.append((target, targets, number, path, record_id))
                    targets_seen.add((target, targets))
                if not structural:
                    kinds = rules.kinds(record_type)  # type: ignore[union-attr]
                    fact = engine.fact(kinds, data)  # type: ignore[union-attr]
                    if fact is not None:
                        facts.append(fact)
                    elif record_type == "ManifestEntry":
                        tally_entry(result.tallies, data)
                    for code, question in engine.questions(kinds, data, rules):  # type: ignore[union-attr]
                        questions.append((code, question, number, record_id, version.version))
                if keep_texts:
                    result.texts[number] = KeptText(item.text, item.syntax, item.line, item.column)
            except Exception as exc:  # a fault of ours: report it on this document and go on
                record_id = item.data.get("id") if type(item.data) is dict else None
                findings.append(internal_error(exc, item.location(), record_id if type(record_id) is str else None))
        result.versions = {judged.version.version: count for judged, count in versions.items()}
        if references and pack_details:  # going back to the main process: one bytes object is cheap
            result.details = pickle.dumps(references, protocol=pickle.HIGHEST_PROTOCOL)
            result.references = []
        return result


def judged_as(findings: list[Finding], version: str) -> list[Finding]:
    """Findings of a document's structure, marked with the version it was judged by (only
    findings pay for this: a valid record makes none)."""
    return [replace(finding, version=version) for finding in findings]


_CHECKERS: dict[CheckOptions, DocumentChecker] = {}


def checker_for(options: CheckOptions) -> DocumentChecker:
    """The checker for these options in this process, built once (a worker checks many chunks)."""
    checker = _CHECKERS.get(options)
    if checker is None:
        checker = _CHECKERS[options] = DocumentChecker(options)
    return checker
