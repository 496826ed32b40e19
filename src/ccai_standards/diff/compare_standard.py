"""Detect differences in the standard itself: its record, its pillars and its requirements.

Requirements are compared by their stable code. Whitespace in texts is normalised first,
because YAML's folded and literal forms change line breaks without changing a word.
"""

from __future__ import annotations

from typing import Any

from .changes import Change
from .loading import Snapshot

# Bookkeeping that changes with every release, or is folded into another change.
_STANDARD_SKIP = {"type", "id", "conforms_to", "standard_version", "standard_status", "released_on", "pillars"}
_REQUIREMENT_SKIP = {"type", "id", "conforms_to", "requirement_code", "requirement_status", "parameters"}
_VALUE_KEYS = ("value", "whole_number", "day", "words")
_WITHDRAWAL = {"withdrawn_in", "withdrawal_reason", "replaced_by"}


RULE_CODE_NOTE = ("the diff compares what the standard says (requirement texts, levels, parameters and "
                  "check descriptions); it cannot see the rules' code, so a change in how a check is implemented "
                  "shows here only if its check_description or parameters say so")


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):
        return [_norm(v) for v in value]
    if isinstance(value, dict):
        return {k: _norm(v) for k, v in value.items()}
    return value


def _attribute_changes(old: dict[str, Any], new: dict[str, Any], skip: set[str]) -> list[tuple[str, Any, Any]]:
    keys = sorted((old.keys() | new.keys()) - skip)
    return [(k, _norm(old.get(k)), _norm(new.get(k))) for k in keys if _norm(old.get(k)) != _norm(new.get(k))]


def parameters_of(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """{name: {value, stricter_when, unit}} from a requirement's `parameters` (file or frozen form)."""
    found: dict[str, dict[str, Any]] = {}
    for entry in record.get("parameters") or []:
        if not isinstance(entry, dict) or not entry.get("parameter_name"):
            continue
        value = next((entry[k] for k in _VALUE_KEYS if entry.get(k) is not None), None)
        found[str(entry["parameter_name"])] = {"value": str(value) if hasattr(value, "isoformat") else value,
                                               "stricter_when": entry.get("stricter_when"), "unit": entry.get("unit")}
    return found


def _parameter_changes(code: str, before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    old, new = parameters_of(before), parameters_of(after)
    changes = []
    for name in sorted(old.keys() | new.keys()):
        was, now = old.get(name), new.get(name)
        if was is not None and now is not None and _norm(was["value"]) == _norm(now["value"]) \
                and was["stricter_when"] == now["stricter_when"]:
            continue
        action = "added" if was is None else "removed" if now is None else "changed"
        if action == "changed" and was["stricter_when"] != now["stricter_when"]:
            # Which way is stricter is part of the requirement: flipping it could present a
            # stricter value as a looser one, so the flip is a change of its own.
            changes.append(Change("requirement", code, "changed", f"parameter {name} stricter_when",
                                  was["stricter_when"], now["stricter_when"], parameter=("", "redirected")))
        if action != "changed" or _norm(was["value"]) != _norm(now["value"]):
            # A value is judged by the direction the released version gave it.
            changes.append(Change("requirement", code, "changed", f"parameter {name}",
                                  None if was is None else was["value"], None if now is None else now["value"],
                                  parameter=(str((was or now or {}).get("stricter_when") or ""), action)))
    return changes


def _status(record: dict[str, Any]) -> str:
    return str(record.get("requirement_status") or "active")


def compare_standards(old: Snapshot, new: Snapshot) -> tuple[list[Change], list[str]]:
    """Changes to the standard and its requirements, and notes when one side has none to compare."""
    if not old.has_standard or not new.has_standard:
        missing = [s.label for s in (old, new) if not s.has_standard]
        return [], [f"requirements not compared: {', '.join(missing)} holds no standard (give a repository "
                    "root or a release snapshot to compare requirements too)"]
    changes: list[Change] = []
    old_std, new_std = old.standard or {}, new.standard or {}
    for attribute, before, after in _attribute_changes(old_std, new_std, _STANDARD_SKIP):
        changes.append(Change("standard", attribute, "changed", attribute, before, after))
    old_pillars = {str(p.get("pillar")): p for p in old_std.get("pillars") or [] if isinstance(p, dict)}
    new_pillars = {str(p.get("pillar")): p for p in new_std.get("pillars") or [] if isinstance(p, dict)}
    for code in sorted(old_pillars.keys() - new_pillars.keys()):
        changes.append(Change("pillar", code, "removed"))
    for code in sorted(new_pillars.keys() - old_pillars.keys()):
        changes.append(Change("pillar", code, "added"))
    for code in sorted(old_pillars.keys() & new_pillars.keys()):
        for attribute, before, after in _attribute_changes(old_pillars[code], new_pillars[code], {"pillar"}):
            changes.append(Change("pillar", code, "changed", attribute, before, after))

    old_reqs, new_reqs = old.requirements or {}, new.requirements or {}
    for code in sorted(old_reqs.keys() - new_reqs.keys()):
        changes.append(Change("requirement", code, "removed", old=old_reqs[code].get("level")))
    for code in sorted(new_reqs.keys() - old_reqs.keys()):
        changes.append(Change("requirement", code, "added", new=new_reqs[code].get("level")))
    for code in sorted(old_reqs.keys() & new_reqs.keys()):
        before, after = old_reqs[code], new_reqs[code]
        skip = set(_REQUIREMENT_SKIP)
        if _status(before) != _status(after):
            action = "withdrawn" if _status(after) == "withdrawn" else "reinstated"
            changes.append(Change("requirement", code, action, "requirement_status", _status(before),
                                  _status(after)))
            skip |= _WITHDRAWAL
        for attribute, old_value, new_value in _attribute_changes(before, after, skip):
            changes.append(Change("requirement", code, "changed", attribute, old_value, new_value))
        if _status(after) == "active":
            changes.extend(_parameter_changes(code, before, after))
    return changes, [RULE_CODE_NOTE]
