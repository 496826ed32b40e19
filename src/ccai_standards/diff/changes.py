"""The model of a diff: one `Change` per difference, and the `Report` that sums them up.

Changes are detected first (``compare_schema``, ``compare_standard``) and judged afterwards
(``rules``), so a renderer or a test sees detection and judgement side by side.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class Impact(str, enum.Enum):
    """What a change does to the people who use the standard."""

    BREAKING = "breaking"      # data valid before may now be invalid, or a term's meaning changed
    COMPATIBLE = "compatible"  # an addition or a loosening: everything valid before stays valid
    EDITORIAL = "editorial"    # wording and metadata only

    @property
    def title(self) -> str:
        return {"breaking": "Breaking changes", "compatible": "Compatible additions and loosenings",
                "editorial": "Editorial changes"}[self.value]


IMPACT_ORDER = (Impact.BREAKING, Impact.COMPATIBLE, Impact.EDITORIAL)


@dataclass
class Change:
    """One difference between OLD and NEW.

    subject: schema, class, field, slot, enum, value, type, requirement, pillar or standard.
    element: the name in OLD (for added elements, in NEW); a value is `Enum.value`.
    classes: for fields, every class in which the same change applies.
    old, new: the values of `attribute`; for an added or renamed field, `new` says whether
    the field is required, and for an added requirement, its level.
    """

    subject: str
    element: str
    action: str                     # added | removed | renamed | changed
    attribute: str | None = None    # for `changed`: which property, e.g. required, pattern, level
    old: Any = None
    new: Any = None
    classes: tuple[str, ...] = ()
    renamed_to: str | None = None
    rename_basis: str | None = None  # exact replacement | identical definition
    old_name_kept: bool = False      # a rename that keeps the old name as a deprecated alias
    affects: tuple[str, ...] = ()    # e.g. the fields whose pattern comes from a changed type
    impact: Impact | None = None
    reason: str = ""
    parameter: tuple[str, str] | None = None  # for a requirement's parameter: (stricter_when, added|removed|changed)
    overruled: dict[str, str] | None = None  # {"impact": judged before, "reason": the reviewer's, "source": file}

    @property
    def key(self) -> str:
        """Stable across runs and machines: what a reviewer's overrule names (element and kind of change)."""
        parts = [self.subject, self.element, self.action] + ([self.attribute] if self.attribute else [])
        return " ".join(parts)

    @property
    def fingerprint(self) -> str:
        """Eight hex digits of the values before and after: an overrule holds for exactly this change.

        If the element changes again, the key stays and the fingerprint moves, so an overrule
        written for one rewording never covers the next.
        """
        import hashlib
        import json

        values = json.dumps([self.old, self.new, self.renamed_to, list(self.classes)], sort_keys=True, default=str)
        return hashlib.sha256(values.encode("utf-8")).hexdigest()[:8]

    @property
    def label(self) -> str:
        """The element as a reader looks for it: `ConsentRecord.granted_to`, `type Timestamp`…"""
        name = self.element if not self.renamed_to else f"{self.element} → {self.renamed_to}"
        if self.subject == "field":
            if len(self.classes) == 1:
                return f"{self.classes[0]}.{name}"
            shown = ", ".join(self.classes[:4]) + (f" and {len(self.classes) - 4} more" if len(self.classes) > 4
                                                    else "")
            return f"{name} (in {shown})"
        if self.subject in ("class", "enum", "value"):
            return name
        return f"{self.subject} {name}"

    @property
    def summary(self) -> str:
        """What happened, in a few words."""
        if self.action == "renamed":
            basis = f" ({self.rename_basis})" if self.rename_basis else ""
            kept = ", old name kept as a deprecated alias" if self.old_name_kept else ""
            return f"renamed{basis}{kept}"
        if self.action == "changed":
            return f"{self.attribute} changed"
        return self.action

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "key": self.key, "fingerprint": self.fingerprint, "subject": self.subject, "element": self.element, "action": self.action,
            "label": self.label, "impact": self.impact.value if self.impact else None, "reason": self.reason,
        }
        if self.attribute is not None:
            data.update(attribute=self.attribute, old=self.old, new=self.new)
        if self.classes:
            data["classes"] = list(self.classes)
        if self.renamed_to:
            data.update(renamed_to=self.renamed_to, rename_basis=self.rename_basis,
                        old_name_kept=self.old_name_kept)
        if self.affects:
            data["affects"] = list(self.affects)
        if self.overruled:
            data["overruled"] = dict(self.overruled)
        return data


@dataclass
class Side:
    label: str
    kind: str
    version: str


@dataclass
class Report:
    """The whole diff: the changes, the bump they need, and whether NEW's version has it."""

    old: Side
    new: Side
    changes: list[Change]
    required_bump: str          # none | patch | minor | major
    minimum_version: str        # the lowest version NEW may carry
    bumped_enough: bool
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # overrules refused: the change process fails on them

    def by_impact(self, impact: Impact) -> list[Change]:
        return [c for c in self.changes if c.impact is impact]

    def counts(self) -> dict[str, int]:
        return {impact.value: len(self.by_impact(impact)) for impact in IMPACT_ORDER}

    @property
    def verdict(self) -> str:
        return self.required_bump

    def as_json(self) -> dict[str, Any]:
        return {
            "old": {"source": self.old.label, "kind": self.old.kind, "version": self.old.version},
            "new": {"source": self.new.label, "kind": self.new.kind, "version": self.new.version},
            "verdict": self.verdict,
            "minimum_version": self.minimum_version,
            "bumped_enough": self.bumped_enough,
            "counts": self.counts(),
            "changes": [c.as_json() for c in self.changes],
            "notes": list(self.notes),
            "problems": list(self.problems),
        }
