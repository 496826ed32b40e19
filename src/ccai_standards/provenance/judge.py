"""Whether the consents cited for an asset allow what the asset embodies, at the times that matter.

Both `ccai bind` (before it signs) and `ccai verify` (after it has checked the signature and
the digests) ask the same question, with the validator's own coverage rule
(`rules.consent.use_allowed`, the judgement of CCAI-CONSENT-003):

- the consent is about the person the assertion names (`subject`);
- it is not limited to other projects than the assertion's;
- it permits every use the asset embodies, to the party that makes it;
- it was in force when the asset was bound, and is in force at the time asked about (now,
  or `--at`): not withdrawn, not expired, not suspended, not yet to start.

One consent that passes all of this authorises the asset; the reasons the others fail are
kept, so a "not authorised" verdict says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..rules.consent import use_allowed


@dataclass(frozen=True)
class Reason:
    """Why a verdict is what it is: a stable code, the words, and how to fix it."""

    code: str
    message: str
    hint: str = ""
    record_id: str | None = None


@dataclass(frozen=True)
class Moment:
    """A time the consent must be in force at, and what it is (for the words of a reason)."""

    label: str  # "when the asset was bound", "now", "at the time asked about"
    at: str


def judge_consent(record: dict[str, Any], uses: tuple[str, ...], subject: str | None, project: str | None,
                  users: tuple[str, ...], moments: tuple[Moment, ...]) -> list[Reason]:
    """Every reason `record` does not authorise the use; empty when it does."""
    consent_id = record.get("id") if isinstance(record.get("id"), str) else None
    reasons = []
    if subject and record.get("subject") != subject:
        reasons.append(Reason("PROV-subject", f"the consent {consent_id} is about {record.get('subject')}, not about "
                              f"{subject}, whom the asset uses", "Bind the consent of the person the asset uses.",
                              consent_id))
    projects = [p for p in record.get("projects") or [] if isinstance(p, str)]
    if projects and project not in projects:
        where = f"the project {project}" if project else "an asset bound to no project"
        reasons.append(Reason("PROV-project", f"the consent {consent_id} is limited to {', '.join(projects)}, not to "
                              f"{where}", "Bind the asset with the project the consent names (--project), or obtain "
                              "a consent for this project.", consent_id))
    seen: set[str] = set()
    for moment in moments:
        answer = use_allowed(record, list(uses), moment.at, users)
        if answer is None:
            continue
        kind, why = answer
        if kind == "use":
            if why not in seen:
                reasons.append(Reason("PROV-use", f"the consent {consent_id} {why}",
                                      "Obtain a consent that permits this use, or do not publish the asset.",
                                      consent_id))
                seen.add(why)
        elif record.get("revocation"):
            reasons.append(Reason("PROV-withdrawn", f"the consent {consent_id} {why} ({moment.label}: {moment.at})",
                                  "A withdrawn consent authorises nothing made or used after the withdrawal takes "
                                  "effect; stop using the asset.", consent_id))
        else:
            reasons.append(Reason("PROV-not-in-force", f"the consent {consent_id} {why} ({moment.label}: {moment.at})",
                                  "A consent must be in force when the asset is made and while it is used.",
                                  consent_id))
    return reasons


def judge(consents: list[dict[str, Any]], uses: tuple[str, ...], subject: str | None, project: str | None,
          users: tuple[str, ...], moments: tuple[Moment, ...]) -> tuple[dict[str, Any] | None, list[Reason]]:
    """The first consent that authorises the use, or None with the reasons each one fails."""
    if not consents:
        return None, [Reason("PROV-no-consent", "no consent record is cited for the asset",
                             "Bind the asset with the consent records that authorise it.")]
    reasons: list[Reason] = []
    for record in consents:
        found = judge_consent(record, uses, subject, project, users, moments)
        if not found:
            return record, []
        reasons.extend(found)
    return None, reasons
