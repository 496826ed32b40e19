"""A reviewer's overrule of how the diff classed one change, with the reason, committed in the tree.

The diff cannot tell a reworded MUST from a new demand, so it counts the rewording as
breaking; a reviewer who reads it may judge it editorial. The overrule is a file in the
repository (``review/overrules.yaml``), so it is reviewed like any other change, and it is
keyed by the change's stable key (``ccai diff --format json`` prints it), so it counts for
that change only. What a machine can judge for certain is never overruled: a removal, a
rename that drops the old name, a new MUST or a SHOULD turned MUST, and any narrowing of
what a record may hold.
"""

from __future__ import annotations

from dataclasses import dataclass

from .changes import Change, Impact
from .sources import DiffInputError, Tree

OVERRULES_FILE = "review/overrules.yaml"
# Attributes whose change a machine judges for certain: what records may hold, and how binding a requirement is.
_CERTAIN = {"required", "pattern", "range", "multivalued", "minimum_value", "maximum_value", "minimum_cardinality",
            "maximum_cardinality", "identifier", "designates_type", "is_a", "mixins", "inlined", "inlined_as_list",
            "any_of", "exactly_one_of", "level", "requirement_status", "abstract", "type"}


@dataclass(frozen=True)
class Overrule:
    key: str
    fingerprint: str
    impact: Impact
    reason: str
    reviewer: str
    line: int


def read_overrules(tree: Tree, folder: str) -> list[Overrule]:
    path = f"{folder}/{OVERRULES_FILE}" if folder else OVERRULES_FILE
    if not tree.is_file(path):
        return []
    from ..reading import load_yaml

    where = tree.display(path)
    try:
        data = load_yaml(tree.read_text(path), where)
    except Exception as exc:  # an InputError with the position: say it as a diff input error
        finding = getattr(exc, "finding", None)
        raise DiffInputError(f"{where}: {finding.message if finding else exc}") from None
    entries = (data or {}).get("overrules") if isinstance(data, dict) else None
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise DiffInputError(f"{where}: `overrules` must be a list")
    found = []
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) and entry[k].strip()
                                                  for k in ("change", "fingerprint", "impact", "reason")):
            raise DiffInputError(f"{where}: overrule {number} needs `change` (the change's key), `fingerprint` (both "
                                 "shown by `ccai diff`), `impact` (breaking, compatible or editorial) and `reason`")
        try:
            impact = Impact(entry["impact"])
        except ValueError:
            raise DiffInputError(f"{where}: overrule {number}: impact must be breaking, compatible or editorial, "
                                 f"not {entry['impact']!r}") from None
        found.append(Overrule(entry["change"].strip(), entry["fingerprint"].strip(), impact,
                              " ".join(entry["reason"].split()),
                              str(entry.get("reviewer") or ""), number))
    return found


def why_not_overrulable(change: Change) -> str | None:
    """Why a machine's judgement of this change stands whatever a reviewer says, or None."""
    if change.action == "removed" or (change.action == "renamed" and not change.old_name_kept):
        return "a removal is breaking for certain"
    if change.subject == "requirement" and change.action in ("added", "reinstated") and change.new == "must" \
            or change.attribute == "level" and change.new == "must":
        return "a new MUST is breaking for certain"
    if change.action == "added":
        return "an addition is judged for certain"
    if change.parameter and change.parameter[1] in ("added", "removed", "redirected"):
        return "a parameter added, removed or turned round changes what a MUST demands for certain"
    if change.attribute == "applies_to" and change.impact is Impact.BREAKING:
        return "a MUST that applies to more parties is breaking for certain"
    if change.attribute in _CERTAIN and change.impact is Impact.BREAKING:
        return "a narrowing of what records may hold is breaking for certain"
    if change.parameter and change.parameter[1] == "changed" and change.impact is Impact.BREAKING \
            and "cannot tell" not in change.reason:
        return "a stricter parameter is breaking for certain"
    return None


def apply(changes: list[Change], overrules: list[Overrule], source: str) -> tuple[list[str], list[str]]:
    """Apply each overrule to its change; return (problems, notes). A refused overrule is a problem."""
    by_key = {c.key: c for c in changes}
    problems, notes = [], []
    for overrule in overrules:
        change = by_key.get(overrule.key)
        if change is None:
            notes.append(f"{source}: overrule {overrule.line} ({overrule.key!r}) matches no change; remove it")
            continue
        if overrule.fingerprint != change.fingerprint:
            problems.append(f"{source}: overrule {overrule.line} was written for another version of {change.label} "
                            f"(fingerprint {overrule.fingerprint}, now {change.fingerprint}); read the change again "
                            "and renew the overrule if it still holds")
            continue
        refusal = why_not_overrulable(change)
        if refusal:
            problems.append(f"{source}: overrule {overrule.line} of {change.label} refused: {refusal}")
            continue
        change.overruled = {"impact": change.impact.value if change.impact else "", "reason": overrule.reason,
                            "source": source, **({"reviewer": overrule.reviewer} if overrule.reviewer else {})}
        change.impact = overrule.impact
        change.reason = f"overruled by a reviewer ({overrule.reason}); the tool judged it {change.overruled['impact']}"
    return problems, notes


