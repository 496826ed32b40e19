"""Rules for digital replicas, synthetic media and misuse (pillar 3)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from . import Violation, cross_rule, rule
from .facts import AT_END, Facts
from .values import listed, plain, present, timestamp



def for_a_replica(record: dict[str, Any], replica_uses: list[str]) -> bool:
    """A replica authorisation, or any consent that permits creating or using a replica: it is one, whatever its type."""
    return record.get("type") == "ReplicaAuthorisation" or bool(set(listed(record, "permitted_uses")) & set(replica_uses))


@rule("CCAI-REPLICA-001", "ConsentRecord")
def specific_intended_use(record: dict[str, Any], min_description_characters: int, boilerplate_phrases: list[str],
                          min_distinct_words: int, replica_uses: list[str]):
    """Length is a floor; blanket wording ("any and all uses … in perpetuity") and repetition are never specific."""
    if not for_a_replica(record, replica_uses):
        return
    projects = listed(record, "projects")
    if len(projects) != 1:
        yield Violation(("projects",) if "projects" in record else (), f"the consent to a replica names {len(projects)} "
                        "projects, not one", "Authorise one named project; a new project needs a new authorisation.")
    text = plain(record.get("intended_use_description"))
    if len(text) < min_description_characters:
        yield Violation(("intended_use_description",),
                        f"the intended use is described in {len(text)} characters, too few to be reasonably specific",
                        "Say what will be made with the replica, in which scenes or products, and how it will be seen "
                        "or heard.")
        return
    blanket = [p for p in boilerplate_phrases if plain(p) in text]
    distinct = len({word.strip(".,;:!?()\"'") for word in text.split()} - {""})
    if not blanket and distinct < min_distinct_words:
        yield Violation(("intended_use_description",), f"the intended use is described with only {distinct} different "
                        "words, too few to say what will be made", "Say what will be made with the replica, in which "
                        "scenes or products, and how it will be seen or heard.")
    if blanket:
        yield Violation(("intended_use_description",), f"the intended use is described in blanket terms (\"{blanket[0]}\"), "
                        "not as one specific use", "Describe the one use in this project: what will be made, in which "
                        "scenes or products, and how it will be seen or heard; a new use needs a new authorisation.")


@rule("CCAI-REPLICA-002", "ConsentRecord")
def notice_before_signature(record: dict[str, Any], notice_hours: int, replica_uses: list[str]):
    if not for_a_replica(record, replica_uses):
        return
    obtained = record.get("obtained") or {}
    notice, signed = timestamp(obtained.get("notice_given_at")), timestamp(obtained.get("signed_at"))
    if notice is None or signed is None:
        yield Violation(("obtained",), "the authorisation does not record both when notice was given and when it was signed",
                        "Record `obtained.notice_given_at` and `obtained.signed_at`.")
    elif signed - notice < timedelta(hours=notice_hours):
        yield Violation(("obtained", "notice_given_at"),
                        f"notice came only {(signed - notice).total_seconds() / 3600:.0f} hours before signature",
                        f"Give the performer the intended use at least {notice_hours} hours before asking them to "
                        "sign.")


@rule("CCAI-REPLICA-003", "ConsentRecord")
def paid_for_creation_and_use(record: dict[str, Any], creation_triggers: list[str], use_triggers: list[str],
                              creation_uses: list[str], replica_uses: list[str]):
    if record.get("commercial") is not True or not for_a_replica(record, creation_uses + replica_uses):
        return
    uses = set(listed(record, "permitted_uses"))
    triggers = {t.get("trigger") for t in listed(record, "compensation") if isinstance(t, dict)}
    path = ("compensation",) if "compensation" in record else ()
    if uses & set(creation_uses) and not triggers & set(creation_triggers):
        yield Violation(path, "creating the replica is allowed but not paid for",
                        "Add a compensation term with trigger on_replica_creation.")
    if uses & set(replica_uses) and not triggers & set(use_triggers):
        yield Violation(path, "using the replica is allowed but not paid for",
                        "Add a compensation term paid per use, per output, on release or periodically.")


def _replica_question(record: dict[str, Any]):
    if isinstance(record.get("subject"), str):
        yield record["subject"], record.get("subject_status")


def _judge_status(question: Any, facts: Facts) -> Violation | None:
    subject, status = question
    person = facts.people.get(subject)
    if person is None:
        return None
    if (status == "deceased") != person.deceased:
        actual = "deceased" if person.deceased else "living"
        return Violation(("subject_status",), f"the replica says its subject is {status}, but their person record says {actual}",
                         "Correct whichever record is wrong, so the right person or estate is asked for consent.")
    return None


cross_rule("CCAI-REPLICA-004", "DigitalReplica", judge=_judge_status)(_replica_question)


@rule("CCAI-REPLICA-005", "ReplicaAuthorisation")
def counsel_or_union(record: dict[str, Any]):
    if record.get("replaces_in_person_work") is not True:
        return
    obtained = record.get("obtained") or {}
    if obtained.get("represented_by_counsel") is not True and obtained.get("covered_by_union_agreement") is not True:
        yield Violation(("obtained",), "the replica replaces in-person work but the performer had neither a lawyer nor a "
                        "union agreement", "Such a clause needs counsel or a union agreement (California Labor Code 927).")


@rule("CCAI-REPLICA-006", "DigitalAlteration")
def alteration_needs_consent(record: dict[str, Any]):
    if record.get("exemption") == "not_exempt" and not record.get("consent"):
        yield Violation(("consent",) if "consent" in record else (), "the alteration is not exempt but cites no consent",
                        "Obtain the performer's consent and cite it in `consent`.")


@rule("CCAI-REPLICA-007", "SyntheticPerformer")
def synthetic_performer_is_synthetic(record: dict[str, Any]):
    if record.get("recognisability") != "not_identifiable":
        yield Violation(("recognisability",), "a synthetic performer must not be identifiable as a real person",
                        "If a real person can be identified, it is a digital replica and needs their consent.")
    if "union_notified_at" not in record:
        yield Violation((), "the performers' union was not notified", "Notify the union and record `union_notified_at`.")


def _performer_in_projects(record: dict[str, Any], kinds: list[str]):
    if isinstance(record.get("id"), str):
        projects = tuple(p for p in listed(record, "projects") if isinstance(p, str))
        if projects:
            yield AT_END, record["id"], projects, tuple(kinds)


def _disclosure_question(record: dict[str, Any], disclosed_project_kinds: list[str]):
    yield from _performer_in_projects(record, disclosed_project_kinds)


def _label_question(record: dict[str, Any], labelled_project_kinds: list[str]):
    yield from _performer_in_projects(record, labelled_project_kinds)


def _adverts(projects: tuple[str, ...], kinds: tuple[str, ...], facts: Facts) -> list[str]:
    """The projects of the kinds named (advertisements: content that reaches its audience as soon as it runs).

    Other productions owe the disclosure at release, which no record dates yet; for them the
    disclosure is not demanded of a batch.
    """
    return [p for p in projects if (found := facts.projects.get(p)) is not None and found.kind in kinds]


def _judge_disclosed(question: Any, facts: Facts) -> Violation | None:
    """A synthetic performer in an advertisement needs its companion: an AI-use disclosure that names it."""
    _, performer, projects, kinds = question
    adverts = _adverts(projects, kinds, facts)
    if adverts and performer not in facts.disclosed:
        return Violation(("projects",), f"the synthetic performer appears in the advertisement {adverts[0]}, but no "
                         "AI-use disclosure in the batch names it", "Include the advert's AiUseDisclosure, with this "
                         "performer in `synthetic_performers` and an `audience_statement`.")
    return None


def _judge_advert_labelled(question: Any, facts: Facts) -> Violation | None:
    """In an advertisement the disclosure must also point to the label the media carries."""
    _, performer, projects, kinds = question
    adverts = _adverts(projects, kinds, facts)
    if adverts and performer in facts.disclosed and not facts.disclosed[performer]:
        return Violation(("projects",), f"the synthetic performer appears in the advertisement {adverts[0]}, but no "
                         "disclosure that names it points to a synthetic-media label", "Label the advert's media "
                         "(SyntheticMediaLabel) and list the label in the AI-use disclosure's `labels`.")
    return None


cross_rule("CCAI-LABEL-002", "SyntheticPerformer", judge=_judge_disclosed)(_disclosure_question)
cross_rule("CCAI-LABEL-001", "SyntheticPerformer", judge=_judge_advert_labelled)(_label_question)


@rule("CCAI-LABEL-001", "SyntheticMediaLabel")
def machine_readable_label(record: dict[str, Any], synthetic_source_types: list[str], machine_readable_marks: list[str]):
    if record.get("digital_source_type") not in synthetic_source_types:
        yield Violation(("digital_source_type",), f"`{record.get('digital_source_type')}` does not say the media is synthetic",
                        f"Use one of: {', '.join(synthetic_source_types)}.")
    marks = set(listed(record, "machine_readable_marks"))
    if not marks & set(machine_readable_marks):
        yield Violation(("machine_readable_marks",), "the media has no C2PA manifest or IPTC metadata",
                        "Mark it with a C2PA manifest or the IPTC digital source type.")


@rule("CCAI-LABEL-002", "AiUseDisclosure")
def synthetic_people_disclosed(record: dict[str, Any]):
    if (listed(record, "synthetic_performers") or listed(record, "replicas")) and not present(record.get("audience_statement")):
        yield Violation((), "the content contains a synthetic performer or a replica but says nothing to its audience",
                        "Add `audience_statement`, the disclosure as people will read or hear it.")


@rule("CCAI-LABEL-003", "SyntheticMediaLabel")
def deepfake_label_is_visible(record: dict[str, Any], visible_placements: list[str]):
    if record.get("depicts_real_people") is True and not set(listed(record, "label_placements")) & set(visible_placements):
        yield Violation(("label_placements",), "a deepfake of real people is labelled only out of sight",
                        "Show the label on screen or announce it in the audio.")


@rule("CCAI-MISUSE-002", "TakedownRequest")
def takedown_deadline(record: dict[str, Any], removal_within_hours: int):
    asked, due = timestamp(record.get("requested_at")), timestamp(record.get("removal_due_by"))
    if asked and due and due - asked > timedelta(hours=removal_within_hours):
        yield Violation(("removal_due_by",), f"the removal deadline is {(due - asked).total_seconds() / 3600:.0f} hours "
                        "after the request", f"Set a deadline no more than {removal_within_hours} hours after the "
                        "request.")


@rule("CCAI-MISUSE-003", "MisuseReport")
def misuse_acknowledged(record: dict[str, Any], acknowledge_within_hours: int):
    reported, acknowledged = timestamp(record.get("reported_at")), timestamp(record.get("acknowledged_at"))
    if acknowledged is None:
        if record.get("request_status") not in (None, "received"):
            yield Violation((), "the report was handled but never acknowledged", "Record `acknowledged_at`.")
    elif reported and acknowledged - reported > timedelta(hours=acknowledge_within_hours):
        yield Violation(("acknowledged_at",),
                        f"the report was acknowledged more than {acknowledge_within_hours} hours after it was made",
                        f"Acknowledge misuse reports within {acknowledge_within_hours} hours.")
