"""Run the rules: local rules on each record, cross-record rules once the batch is known.

The engine is split so that chunks can be checked in worker processes: `check` gives the
local findings, `fact` and `questions` give what the cross-record rules need, and `judge`
answers a question against the facts gathered from the whole batch.

Which rules apply, at what severity and with which parameters depends on the version a
record is judged by (docs/architecture.md, "Versions"): a `RuleSet` holds that for one
version, and the engine builds one per version it meets. The rule code is the same for
every version.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Iterable
from typing import Any

from ..document import Document
from ..findings import Finding, Location, Severity
from ..standard_versions import StandardVersion, current, for_version
from . import CROSS_RULES, LOCAL_RULES, CrossRule, LocalRule, Violation, load_all
from .dates import declared, order_check
from .facts import Facts, extract_fact

_SEVERITY = {"must": Severity.ERROR, "should": Severity.WARNING}


@functools.lru_cache(maxsize=None)  # rule functions are few and live as long as the process
def parameter_names(function: Any) -> frozenset[str]:
    """The parameters a rule function takes besides the record: the names its requirement gives values to."""
    return frozenset(list(inspect.signature(function).parameters)[1:])


class RuleSet:
    """The rules in force for records judged by one version: active requirements, their levels and parameters."""

    def __init__(self, version: StandardVersion, cross: bool, ignore: frozenset[str]) -> None:
        self.version = version
        requirements = version.requirements
        self.severity = {code: _SEVERITY[r["level"]] for code, r in requirements.items()
                         if r["level"] in _SEVERITY and r.get("status", "active") == "active"}
        self.parameters = {code: version.parameters(code) for code in self.severity}
        wanted = [r for r in LOCAL_RULES.values() if r.code in self.severity and r.code not in ignore]
        self._local = [(r, self._bound(r.code, r.check)) for r in wanted]
        self._cross = [(r, self._bound(r.code, r.ask)) for r in CROSS_RULES.values()
                       if cross and r.code in self.severity and r.code not in ignore]
        self._dates = self._date_rules(version, ignore)
        self._kinds: dict[str, tuple[str, ...]] = {}
        self._for_kinds: dict[tuple[str, ...], tuple[list, list]] = {}

    def _date_rules(self, version: StandardVersion, ignore: frozenset[str]) -> dict[str, list]:
        """{record type: date-order rules}, from this version's declarations or, for a version made
        before there were any, the current version's (rules/dates.py says why)."""
        clauses = declared(version.schema_index) or declared(current().schema_index)
        found: dict[str, list] = {}
        for record_type, declared_clauses in clauses.items():
            by_code: dict[str, list] = {}
            for clause in declared_clauses:
                if clause["requirement"] in self.severity and clause["requirement"] not in ignore:
                    by_code.setdefault(clause["requirement"], []).append(clause)
            checks = {code: order_check(code_clauses) for code, code_clauses in by_code.items()}
            found[record_type] = [(LocalRule(code, (record_type,), check), check) for code, check in checks.items()]
        return found

    def _bound(self, code: str, function: Any) -> Any:
        """The rule function with this version's parameters filled in (a rule without any is called as is).

        A version made before a parameter existed (a check its text implies, whose figure or word
        list the standard states only later) is read with the value the current version gives:
        no number or word list of a requirement lives in code, not even for old versions.
        """
        names = parameter_names(function)
        if not names:
            return function
        values = dict(current().parameters(code)) if names - set(self.parameters.get(code, {})) else {}
        values.update(self.parameters.get(code, {}))
        missing = sorted(names - set(values))
        if missing:
            raise KeyError(f"{code} in version {self.version.version} gives no value for {', '.join(missing)}")
        values = {name: values[name] for name in names}
        return lambda record: function(record, **values)

    def kinds(self, record_type: str) -> tuple[str, ...]:
        """The record type and its ancestors, which decide the rules that apply."""
        if record_type not in self._kinds:
            ancestors = self.version.schema_index["classes"][record_type]["ancestors"]
            self._kinds[record_type] = (record_type, *ancestors)
        return self._kinds[record_type]

    def rules_for(self, kinds: tuple[str, ...]) -> tuple[list, list]:
        if kinds not in self._for_kinds:
            wanted = set(kinds)
            # Date-order rules are declared per concrete type, inherited clauses included: kinds[0] only.
            self._for_kinds[kinds] = ([(r, f) for r, f in self._local if wanted & set(r.record_types)]
                                      + self._dates.get(kinds[0], []),
                                      [(r, f) for r, f in self._cross if wanted & set(r.record_types)])
        return self._for_kinds[kinds]


class RuleEngine:
    """The rules in force for one run: those of each version met, minus `ignore`d codes."""

    def __init__(self, cross: bool = True, ignore: Iterable[str] = ()) -> None:
        load_all()
        self.cross = cross
        self.ignore = frozenset(ignore)
        self._sets: dict[str, RuleSet] = {}
        self._cross_rules: dict[str, CrossRule] = dict(CROSS_RULES) if cross else {}

    def rules(self, version: StandardVersion) -> RuleSet:
        found = self._sets.get(version.version)
        if found is None:
            found = self._sets[version.version] = RuleSet(version, self.cross, self.ignore)
        return found

    def finding(self, code: str, violation: Violation, location: Location, record_id: str | None,
                version: str | None = None) -> Finding:
        judged = (for_version(version) if version else None) or current()
        severity = Severity.NOTE if violation.unchecked else self.rules(judged).severity.get(code, Severity.ERROR)
        return Finding(code, severity, violation.message, location, violation.hint, record_id, judged.version)

    def check(self, document: Document, record_type: str, rules: RuleSet | None = None) -> list[Finding]:
        """Findings of the local rules for one structurally valid document."""
        rules = rules or self.rules(current())
        data = document.data
        record_id = data.get("id") if isinstance(data.get("id"), str) else None
        severity = rules.severity
        version = rules.version.version
        found = []
        for rule, check in rules.rules_for(rules.kinds(record_type))[0]:
            for violation in check(data):
                found.append(Finding(rule.code, severity[rule.code], violation.message,
                                     document.location(violation.path), violation.hint, record_id, version))
        return found

    def fact(self, kinds: tuple[str, ...], data: dict[str, Any]) -> tuple[str, Any] | None:
        return extract_fact(kinds, data) if self.cross else None

    def questions(self, kinds: tuple[str, ...], data: dict[str, Any],
                  rules: RuleSet | None = None) -> list[tuple[str, Any]]:
        rules = rules or self.rules(current())
        return [(rule.code, q) for rule, ask in rules.rules_for(kinds)[1] for q in ask(data)]

    def judge(self, code: str, question: Any, facts: Facts) -> Violation | None:
        return self._cross_rules[code].judge(question, facts)
