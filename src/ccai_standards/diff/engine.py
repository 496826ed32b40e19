"""Run a diff from end to end: load both sides, detect, judge, and decide the version bump."""

from __future__ import annotations

from pathlib import Path

from . import versions
from .changes import IMPACT_ORDER, Change, Report, Side
from .compare_schema import SchemaComparison, new_elements
from .compare_standard import compare_standards
from .loading import Snapshot, load_snapshot
from .rules import judge_all
from .sources import DiffInputError

_SUBJECT_ORDER = ("schema", "standard", "pillar", "requirement", "class", "field", "slot", "enum", "value", "type")


def _sort_key(change: Change) -> tuple[int, int, str]:
    impact = IMPACT_ORDER.index(change.impact) if change.impact else len(IMPACT_ORDER)
    subject = _SUBJECT_ORDER.index(change.subject) if change.subject in _SUBJECT_ORDER else len(_SUBJECT_ORDER)
    return impact, subject, change.label


def compare_snapshots(old: Snapshot, new: Snapshot) -> Report:
    """Every change from OLD to NEW, judged, with the bump NEW's version needs."""
    for side in (old, new):
        try:
            versions.parse(side.version or "")
        except ValueError as exc:
            raise DiffInputError(f"{side.label}: {exc}") from None
    comparison = SchemaComparison(old.schema, new.schema)
    changes = comparison.run()
    standard_changes, notes = compare_standards(old, new)
    changes += standard_changes
    judge_all(changes, old, new, comparison.class_renames)
    problems: list[str] = []
    if new.overrules:
        from .overrules import apply

        problems, overrule_notes = apply(changes, new.overrules, new.overrules_source)
        notes += overrule_notes
    changes.sort(key=_sort_key)

    bump = versions.required_bump(changes, old.version)
    minimum = versions.bumped(old.version, bump)
    enough = versions.is_at_least(new.version, minimum)
    expected = new.version if enough else minimum
    for label, added_in in new_elements(old.schema, new.schema):
        if added_in != expected:
            notes.append(f"{label} is new but says `added_in: {added_in}`; it first ships in {expected}")
    return Report(Side(old.label, old.kind, old.version), Side(new.label, new.kind, new.version), changes,
                  bump, minimum, enough, list(dict.fromkeys([*old.notes, *new.notes, *notes])), problems)


def compare(old: str, new: str, cwd: Path | None = None) -> Report:
    """`ccai diff OLD NEW` as a function: OLD and NEW as the user would type them."""
    return compare_snapshots(load_snapshot(old, cwd), load_snapshot(new, cwd))
