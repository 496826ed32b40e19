"""Check one chunk of documents: everything that needs only the documents themselves.

A chunk is some lines of a JSON Lines file or some whole files. Checking a chunk gives its
findings (input, structure and the rules that look at one record) and what the batch needs
to compare records with each other: ids, references, facts and questions for cross-record
rules. It is a pure function of the chunk, so chunks can be checked in worker processes
(``--jobs``) with exactly the same results as in one process.

An *origin* is a plain tuple ``(input number, document index, line, prefix)``: enough to
find a document again at the end of the batch without keeping its text.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from typing import Any

from . import resources
from .findings import Finding
from .parsers import Document
from .rules.engine import RuleEngine
from .structure import check_envelope, check_structure

Origin = tuple  # (source, index, line, prefix)


@dataclass(slots=True)
class ChunkResult:
    source: int = 0  # the input the chunk came from
    findings: list[Finding] = field(default_factory=list)
    origins: list[Origin] = field(default_factory=list)  # one per document with an id or a reference
    # (id, record type, origin number): every record with an id, in document order
    records: list[tuple[str, str, int]] = field(default_factory=list)
    # (target id, allowed types, origin number, path, record id). Most references point to
    # records already seen, so the batch first checks the distinct (target, allowed types)
    # pairs, and reads the details only for a chunk where one of them is not settled yet.
    references: list[tuple[str, tuple[str, ...], int, tuple[Any, ...], str | None]] = field(default_factory=list)
    targets: set[tuple[str, tuple[str, ...]]] = field(default_factory=set)
    facts: list[tuple[str, Any]] = field(default_factory=list)  # (record id, facts) for cross-record rules
    questions: list[tuple[str, Any, int, str | None]] = field(default_factory=list)  # (rule, question, origin number, id)
    documents: int = 0
    # texts of documents from inputs that cannot be read twice (stdin), keyed by (index, line)
    texts: dict[tuple[int, int], tuple[str | bytes, str, int, tuple[Any, ...]]] = field(default_factory=dict)
    details: bytes = b""  # the references, pickled: only unpacked when the batch needs them

    def reference_details(self) -> list[tuple[str, tuple[str, ...], int, tuple[Any, ...], str | None]]:
        return pickle.loads(self.details) if self.details else self.references


class _ReferencePlan:
    """Per record type, the fields that hold references, compiled once from the schema index."""

    def __init__(self) -> None:
        self._classes = resources.schema_index()["classes"]
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


_PLAN: list[_ReferencePlan] = []


def _plan() -> _ReferencePlan:
    if not _PLAN:
        _PLAN.append(_ReferencePlan())
    return _PLAN[0]


def normalise_jsonld(data: Any) -> Any:
    """JSON-LD in compact form is our JSON plus `@context`; `@type`/`@id` may stand for `type`/`id`."""
    if type(data) is dict and ("@context" in data or "@type" in data or "@id" in data):
        data = {("type" if k == "@type" else "id" if k == "@id" else k): v for k, v in data.items() if k != "@context"}
    return data


def check_chunk(items: list[Document | Finding], source: int, engine: RuleEngine, with_references: bool,
                keep_texts: bool = False, pack_details: bool = False) -> ChunkResult:
    """Check parsed documents (and pass through input findings) of one input."""
    result = ChunkResult(source=source)
    findings, origins, records = result.findings, result.origins, result.records
    references, facts, questions = result.references, result.facts, result.questions
    plan = _plan()
    found: list[tuple[tuple[Any, ...], str, tuple[str, ...]]] = []
    for item in items:
        if type(item) is not Document:
            findings.append(item)
            continue
        result.documents += 1
        data = item.data = normalise_jsonld(item.data)
        record_type, problems = check_envelope(item)
        if problems:
            findings.extend(problems)
        if record_type is None:
            continue
        structural = check_structure(item, record_type)
        if structural:
            findings.extend(structural)
        else:
            local = engine.check(item, record_type)
            if local:
                findings.extend(local)
        if not with_references:
            continue
        record_id = data.get("id")
        if type(record_id) is not str:
            record_id = None
        number = len(origins)
        origins.append((source, item.index, item.line, item.prefix))
        if record_id is not None:
            records.append((record_id, record_type, number))
        found.clear()
        plan.collect(data, record_type, (), found)
        for path, target, targets in found:
            references.append((target, targets, number, path, record_id))
            result.targets.add((target, targets))
        if not structural:
            kinds = engine.kinds(record_type)
            fact = engine.fact(kinds, data)
            if fact is not None:
                facts.append(fact)
            for code, question in engine.questions(kinds, data):
                questions.append((code, question, number, record_id))
        if keep_texts:
            result.texts[(item.index, item.line)] = (item.text, item.syntax, item.line, item.prefix)
    if references and pack_details:  # going back to the main process: one bytes object is cheap to send
        result.details = pickle.dumps(references, protocol=pickle.HIGHEST_PROTOCOL)
        result.references = []
    return result
