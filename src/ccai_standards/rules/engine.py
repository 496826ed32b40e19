"""Run the rules over a batch: local rules at once, cross-record rules at the end."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from .. import resources
from ..findings import Finding, Severity
from ..parsers import Document
from . import CROSS_RULES, LOCAL_RULES, CrossRule, LocalRule, Violation, load_all
from .facts import Facts

_SEVERITY = {"must": Severity.ERROR, "should": Severity.WARNING}


def requirement_levels() -> dict[str, str]:
    return {r["code"]: r["level"] for r in resources.load_json("standard.json")["requirements"]}


class RuleEngine:
    """One engine per batch. `cross=False` skips the rules that compare records (and their memory)."""

    def __init__(self, cross: bool = True, ignore: frozenset[str] = frozenset()) -> None:
        load_all()
        levels = requirement_levels()
        self._severity = {code: _SEVERITY[level] for code, level in levels.items() if level in _SEVERITY}
        self._local = [r for r in LOCAL_RULES.values() if r.code in self._severity and r.code not in ignore]
        self._cross = [r for r in CROSS_RULES.values() if r.code in self._severity and r.code not in ignore] if cross else []
        self._by_kind: dict[tuple[str, ...], tuple[list[LocalRule], list[CrossRule]]] = {}
        self._facts = Facts()
        self._questions: list[tuple[CrossRule, Any, Document, str | None]] = []

    def _rules_for(self, kinds: tuple[str, ...]) -> tuple[list[LocalRule], list[CrossRule]]:
        if kinds not in self._by_kind:
            self._by_kind[kinds] = (
                [r for r in self._local if set(r.record_types) & set(kinds)],
                [r for r in self._cross if set(r.record_types) & set(kinds)],
            )
        return self._by_kind[kinds]

    def _finding(self, code: str, violation: Violation, document: Document, record_id: str | None) -> Finding:
        return Finding(code, self._severity[code], violation.message, document.location(violation.path),
                       violation.hint, record_id)

    def check(self, document: Document, record_type: str) -> Iterator[Finding]:
        """Local findings for a structurally valid document; remember what cross rules need."""
        data = document.data
        ancestors = resources.schema_index()["classes"][record_type]["ancestors"]
        kinds = (record_type, *ancestors)
        record_id = data.get("id") if isinstance(data.get("id"), str) else None
        local, cross = self._rules_for(kinds)
        for rule in local:
            for violation in rule.check(data):
                yield self._finding(rule.code, violation, document, record_id)
        if self._cross:
            self._facts.add(kinds, data)
            if cross:
                where = replace(document, data=None)
                for rule in cross:
                    for question in rule.ask(data):
                        self._questions.append((rule, question, where, record_id))

    def finish(self) -> Iterator[Finding]:
        """Findings of the cross-record rules, once every record of the batch has been seen."""
        seen: set[tuple[str, str, Any, str]] = set()
        for rule, question, where, record_id in self._questions:
            violation = rule.judge(question, self._facts)
            if violation is None:
                continue
            key = (rule.code, where.source, (where.index, violation.path), violation.message)
            if key in seen:
                continue
            seen.add(key)
            yield self._finding(rule.code, violation, where, record_id)
        self._questions.clear()
