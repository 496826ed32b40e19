"""Run the rules: local rules on each record, cross-record rules once the batch is known.

The engine is split so that chunks can be checked in worker processes: `check` gives the
local findings, `fact` and `questions` give what the cross-record rules need, and `judge`
answers a question against the facts gathered from the whole batch.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .. import resources
from ..document import Document
from ..findings import Finding, Location, Severity
from . import CROSS_RULES, LOCAL_RULES, CrossRule, LocalRule, Violation, load_all
from .facts import Facts, extract_fact

_SEVERITY = {"must": Severity.ERROR, "should": Severity.WARNING}


def requirement_levels() -> dict[str, str]:
    return {r["code"]: r["level"] for r in resources.load_json("standard.json")["requirements"]}


class RuleEngine:
    """The rules in force for one run: those of the standard, minus `ignore`d codes."""

    def __init__(self, cross: bool = True, ignore: Iterable[str] = ()) -> None:
        load_all()
        ignore = frozenset(ignore)
        self.severity = {code: _SEVERITY[level] for code, level in requirement_levels().items() if level in _SEVERITY}
        self._local = [r for r in LOCAL_RULES.values() if r.code in self.severity and r.code not in ignore]
        self._cross = {r.code: r for r in CROSS_RULES.values()
                       if cross and r.code in self.severity and r.code not in ignore}
        self._kinds: dict[str, tuple[str, ...]] = {}
        self._for_kinds: dict[tuple[str, ...], tuple[list[LocalRule], list[CrossRule]]] = {}

    def kinds(self, record_type: str) -> tuple[str, ...]:
        """The record type and its ancestors, which decide the rules that apply."""
        if record_type not in self._kinds:
            ancestors = resources.schema_index()["classes"][record_type]["ancestors"]
            self._kinds[record_type] = (record_type, *ancestors)
        return self._kinds[record_type]

    def _rules_for(self, kinds: tuple[str, ...]) -> tuple[list[LocalRule], list[CrossRule]]:
        if kinds not in self._for_kinds:
            wanted = set(kinds)
            self._for_kinds[kinds] = ([r for r in self._local if wanted & set(r.record_types)],
                                      [r for r in self._cross.values() if wanted & set(r.record_types)])
        return self._for_kinds[kinds]

    def finding(self, code: str, violation: Violation, location: Location, record_id: str | None) -> Finding:
        return Finding(code, self.severity[code], violation.message, location, violation.hint, record_id)

    def check(self, document: Document, record_type: str) -> list[Finding]:
        """Findings of the local rules for one structurally valid document."""
        data = document.data
        record_id = data.get("id") if isinstance(data.get("id"), str) else None
        found = []
        for rule in self._rules_for(self.kinds(record_type))[0]:
            for violation in rule.check(data):
                found.append(self.finding(rule.code, violation, document.location(violation.path), record_id))
        return found

    def fact(self, kinds: tuple[str, ...], data: dict[str, Any]) -> tuple[str, Any] | None:
        return extract_fact(kinds, data) if self._cross else None

    def questions(self, kinds: tuple[str, ...], data: dict[str, Any]) -> list[tuple[str, Any]]:
        return [(rule.code, q) for rule in self._rules_for(kinds)[1] for q in rule.ask(data)]

    def judge(self, code: str, question: Any, facts: Facts) -> Violation | None:
        return self._cross[code].judge(question, facts)
