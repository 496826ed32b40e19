"""Rules for consent records (pillar 1)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from . import Violation, cross_rule, rule
from .facts import ConsentFacts, Facts
from .values import Instant, add_years, items, listed, timestamp

IN_FORCE = {"given", "renewed"}
ENDED_BY_WITHDRAWAL = {"withdrawn", "revoked"}
# Uses of a person's persona: covered by a consent to their persona attributes, whatever work carries them.
PERSONA_USES = {"replica_creation", "replica_use", "voice_cloning", "style_imitation"}


@rule("CCAI-CONSENT-001", "ManifestEntry")
def entry_cites_consent(record: dict[str, Any]):
    if record.get("basis") == "consent" and not listed(record, "consents"):
        path = ("consents",) if "consents" in record else ()
        yield Violation(path, "the work is used on the basis of consent, but the entry cites no consent record",
                        "List the ids of the consent records that cover this work in `consents`.")


@rule("CCAI-CONSENT-002", "ConsentRecord")
def consent_names_its_scope(record: dict[str, Any]):
    if not listed(record, "works") and not listed(record, "persona_attributes"):
        yield Violation((), "the consent names neither works nor persona attributes, so it covers nothing in particular",
                        "Add `works` (ids of creative works) or `persona_attributes` (such as voice).")


@rule("CCAI-CONSENT-004", "ConsentRecord")
def consent_dates_are_consistent(record: dict[str, Any]):
    start, end = timestamp(record.get("valid_from")), timestamp(record.get("valid_until"))
    if start and end and end <= start:
        yield Violation(("valid_until",), "the consent ends before (or when) it starts",
                        "`valid_until` must be later than `valid_from`.")
    obtained = record.get("obtained") or {}
    notice, signed = timestamp(obtained.get("notice_given_at")), timestamp(obtained.get("signed_at"))
    if notice and signed and notice > signed:
        yield Violation(("obtained", "notice_given_at"), "notice of the intended use was given after the consent was signed",
                        "Notice comes first; check `notice_given_at` and `signed_at`.")
    revocation = record.get("revocation") or {}
    asked, effective = timestamp(revocation.get("revoked_at")), timestamp(revocation.get("effective_at"))
    if asked and effective and effective < asked:
        yield Violation(("revocation", "effective_at"), "the withdrawal takes effect before it was asked for",
                        "`effective_at` must not be earlier than `revoked_at`.")
    previous: Instant | None = None
    for index, change in items(record, "status_history"):
        moment = timestamp(change.get("changed_at")) if isinstance(change, dict) else None
        if moment and previous and moment < previous:
            yield Violation(("status_history", index, "changed_at"), "the status history is not in time order",
                            "List status changes oldest first.")
        previous = moment or previous


@rule("CCAI-CONSENT-005", "ConsentRecord")
def consent_states_term_and_territory(record: dict[str, Any]):
    missing = [f for f in ("valid_until", "territories") if not record.get(f)]
    if missing:
        yield Violation((), f"the consent does not state {' or '.join('`' + m + '`' for m in missing)}",
                        "Name when the consent ends and where it applies, unless an open scope was agreed knowingly.")


@rule("CCAI-CONSENT-006", "ConsentRecord")
def withdrawal_is_recorded_and_prompt(record: dict[str, Any], withdrawal_within_days: int):
    if record.get("consent_status") not in ENDED_BY_WITHDRAWAL:
        return
    revocation = record.get("revocation")
    if not isinstance(revocation, dict):
        yield Violation((), f"the consent is {record.get('consent_status')} but has no `revocation`",
                        "Add `revocation` with who asked, when, when it takes effect and the actions owed.")
        return
    asked, effective = timestamp(revocation.get("revoked_at")), timestamp(revocation.get("effective_at"))
    if asked and effective and effective - asked > timedelta(days=withdrawal_within_days):
        yield Violation(("revocation", "effective_at"),
                        f"the withdrawal takes effect more than {withdrawal_within_days} days after it was asked for",
                        f"A withdrawal must take effect within {withdrawal_within_days} days of the request.")


def _subject_question(record: dict[str, Any]):
    subject = record.get("subject")
    if isinstance(subject, str):
        yield (subject, record.get("grantor_capacity"), record.get("valid_from"), record.get("valid_until"),
               "valid_until" in record)


def _minor_question(record: dict[str, Any], minor_consent_max_years: int):
    """The subject question, with the longest term this version allows a minor's consent."""
    for question in _subject_question(record):
        yield (*question, minor_consent_max_years)


def _judge_minor(question: Any, facts: Facts) -> Violation | None:
    subject, capacity, start, end, has_end, max_years = question
    person = facts.people.get(subject)
    if person is None or not person.is_minor:
        return None
    if capacity != "parent_or_guardian":
        return Violation(("grantor_capacity",), "the subject is a minor, but the consent was not given by a parent or guardian",
                         "Set `grantor_capacity: parent_or_guardian` and `granted_by` to the parent or guardian.")
    begins, ends = timestamp(start), timestamp(end)
    if not has_end or ends is None:
        return Violation((), "a consent for a minor has no end date",
                         f"Add `valid_until`, at most {max_years} years after `valid_from`.")
    if begins and ends > add_years(begins, max_years):
        return Violation(("valid_until",), f"a consent for a minor lasts more than {max_years} years",
                         f"Set `valid_until` to at most {max_years} years after `valid_from`.")
    return None


def _judge_deceased(question: Any, facts: Facts) -> Violation | None:
    subject, capacity, *_ = question
    person = facts.people.get(subject)
    if person is None or not person.deceased:
        return None
    if capacity not in ("estate", "authorised_representative", "union"):
        return Violation(("grantor_capacity",), f"the subject has died, but the consent was given as `{capacity}`",
                         "Consent for a deceased person comes from their estate, an authorised representative or their union.")
    return None


cross_rule("CCAI-CONSENT-007", "ConsentRecord", judge=_judge_minor)(_minor_question)
cross_rule("CCAI-CONSENT-008", "ConsentRecord", judge=_judge_deceased)(_subject_question)


def _covers(consent: ConsentFacts, uses: list[str], work: str | None, at: Instant | None) -> str | None:
    """Why `consent` does not cover the use, or None when it does."""
    missing = [u for u in uses if u not in consent.uses]
    if missing:
        return f"does not permit {', '.join(missing)} (it permits {', '.join(sorted(consent.uses)) or 'nothing'})"
    persona_use = all(u in PERSONA_USES for u in uses)
    if work is not None and work not in consent.works and not (persona_use and consent.persona):
        return f"does not cover the work {work}"
    if consent.status in ENDED_BY_WITHDRAWAL:
        if consent.withdrawal_effective is None or (at is not None and at >= consent.withdrawal_effective):
            return f"was {consent.status} before the use"
    elif consent.status == "expired":
        if consent.valid_until is None or (at is not None and at >= consent.valid_until):
            return "had expired at the time of the use"
    elif consent.status not in IN_FORCE:
        return f"is {consent.status}, not given"
    if at is not None:
        if consent.valid_from and at < consent.valid_from:
            return "had not started at the time of the use"
        if consent.valid_until and at >= consent.valid_until:
            return "had ended at the time of the use"
    return None


def _coverage_questions(record: dict[str, Any]):
    if record.get("type") == "UsageReport":
        for index, line in items(record, "report_lines"):
            if isinstance(line, dict) and isinstance(line.get("consent"), str):
                for field in ("first_used_at", "last_used_at"):
                    yield (line["consent"], ("report_lines", index, "consent"), (line.get("use"),), line.get("work"),
                           line.get(field))
        return
    uses = tuple(listed(record, "uses"))
    for index, consent in items(record, "consents"):
        if isinstance(consent, str):
            yield (consent, ("consents", index), uses, record.get("work"), record.get("added_at"))


def _judge_coverage(question: Any, facts: Facts) -> Violation | None:
    consent_id, path, uses, work, at = question
    consent = facts.consents.get(consent_id)
    if consent is None:
        return None  # not in the batch: the reference check reports it
    reason = _covers(consent, [u for u in uses if u], work, timestamp(at))
    if reason is None:
        return None
    return Violation(path, f"the cited consent {consent_id} {reason}",
                     "Cite a consent that covers this work and use at that time, or stop the use.")


cross_rule("CCAI-CONSENT-003", "ManifestEntry", "UsageReport", judge=_judge_coverage)(_coverage_questions)


def _receipt_question(record: dict[str, Any]):
    if isinstance(record.get("consent"), str):
        yield record["consent"], listed(record, "permitted_uses"), listed(record, "works")


def _judge_receipt(question: Any, facts: Facts) -> Violation | None:
    consent_id, uses, works = question
    consent = facts.consents.get(consent_id)
    if consent is None:
        return None
    for index, use in enumerate(uses):
        if use not in consent.uses:
            return Violation(("permitted_uses", index), f"the receipt lists `{use}`, which the consent record does not permit",
                             "A receipt repeats the consent record's terms; correct whichever of the two is wrong.")
    for index, work in enumerate(works):
        if work not in consent.works:
            return Violation(("works", index), f"the receipt lists the work {work}, which the consent record does not cover",
                             "A receipt repeats the consent record's terms; correct whichever of the two is wrong.")
    return None


cross_rule("CCAI-CONSENT-010", "ConsentReceipt", judge=_judge_receipt)(_receipt_question)
