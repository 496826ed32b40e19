"""Rules for consent records (pillar 1)."""

from __future__ import annotations

from datetime import timedelta
from functools import lru_cache
from typing import Any

from . import Violation, cross_rule, rule
from .facts import AT_END, ConsentFacts, Facts, OrganizationFacts, PersonFacts, consent_facts
from .values import Day, Instant, add_years, civil_from_days, items, listed, present, timestamp



@rule("CCAI-CONSENT-001", "ManifestEntry")
def entry_cites_consent(record: dict[str, Any], licensed_bases: list[str]):
    """The basis is a claim: consent must be cited, and a licence recorded, or the entry shows no basis at all."""
    if record.get("basis") == "consent" and not listed(record, "consents"):
        path = ("consents",) if "consents" in record else ()
        yield Violation(path, "the work is used on the basis of consent, but the entry cites no consent record",
                        "List the ids of the consent records that cover this work in `consents`.")
    if record.get("basis") in licensed_bases and not present(record.get("licence")):
        yield Violation(("basis",), f"the work is used under a {record.get('basis')}, but the entry does not record it",
                        "Give the licence's address in `licence`.")


@rule("CCAI-CONSENT-002", "ConsentRecord")
def consent_names_its_scope(record: dict[str, Any]):
    if not listed(record, "works") and not listed(record, "persona_attributes"):
        yield Violation((), "the consent names neither works nor persona attributes, so it covers nothing in particular",
                        "Add `works` (ids of creative works) or `persona_attributes` (such as voice).")


@rule("CCAI-CONSENT-004", "ConsentRecord")
def consent_status_agrees_with_its_history(record: dict[str, Any], in_force_statuses: list[str]):
    """The pairs of dates are the schema's declarations (rules/dates.py); here the status and its history.

    The status is a claim: the latest entry of the history, and an end date passed before the
    record was last written, are the evidence it must agree with.
    """
    previous: Instant | None = None
    latest: tuple[Instant, Any] | None = None
    for index, change in items(record, "status_history"):
        moment = timestamp(change.get("changed_at")) if isinstance(change, dict) else None
        if moment and previous and moment < previous:
            yield Violation(("status_history", index, "changed_at"), "the status history is not in time order",
                            "List status changes oldest first.")
        if moment and (latest is None or moment >= latest[0]):
            latest = (moment, change.get("consent_status"))
        previous = moment or previous
    status = record.get("consent_status")
    if latest is not None and latest[1] is not None and latest[1] != status:
        yield Violation(("consent_status",), f"the status is {status}, but the latest change in `status_history` "
                        f"({latest[0]}) made it {latest[1]}", "Make `consent_status` the status of the latest change.")
    ends, written = timestamp(record.get("valid_until")), last_written(record)
    if status in in_force_statuses and ends and written and ends <= written:
        yield Violation(("consent_status",), f"the consent ended at {ends}, before the record was last written "
                        f"({written}), but its status is still {status}", "Set `consent_status: expired` (or renew the "
                        "consent with a new record).")


def last_written(record: dict[str, Any]) -> Instant | None:
    """The latest moment the record itself shows it was written or changed: what its status must be true at."""
    revocation = record.get("revocation")
    moments = [timestamp(record.get("recorded_at")),
               timestamp(revocation.get("revoked_at")) if isinstance(revocation, dict) else None]
    moments += [timestamp(c.get("changed_at")) for c in listed(record, "status_history") if isinstance(c, dict)]
    known = [m for m in moments if m is not None]
    return max(known) if known else None


@rule("CCAI-CONSENT-005", "ConsentRecord")
def consent_states_term_and_territory(record: dict[str, Any]):
    missing = [f for f in ("valid_until", "territories") if not record.get(f)]
    if missing:
        yield Violation((), f"the consent does not state {' or '.join('`' + m + '`' for m in missing)}",
                        "Name when the consent ends and where it applies, unless an open scope was agreed knowingly.")


@rule("CCAI-CONSENT-006", "ConsentRecord")
def withdrawal_is_recorded_and_prompt(record: dict[str, Any], withdrawal_within_days: int,
                                      withdrawal_statuses: list[str], in_force_statuses: list[str]):
    """A withdrawal is judged by its dates, whatever the status says; the status must agree with them."""
    status, revocation = record.get("consent_status"), record.get("revocation")
    if status not in withdrawal_statuses:
        if isinstance(revocation, dict) and status in in_force_statuses:
            effective, written = timestamp(revocation.get("effective_at")), last_written(record)
            if effective and written and effective <= written:
                yield Violation(("consent_status",), f"the withdrawal took effect at {effective}, but the status is "
                                f"still {status}", "Set `consent_status` to withdrawn (by the person) or revoked (by "
                                "someone else); no new use is allowed from that time.")
        if isinstance(revocation, dict):
            yield from _prompt(revocation, withdrawal_within_days)
        return
    if not isinstance(revocation, dict):
        yield Violation((), f"the consent is {status} but has no `revocation`",
                        "Add `revocation` with who asked, when, when it takes effect and the actions owed.")
        return
    yield from _prompt(revocation, withdrawal_within_days)


def _prompt(revocation: dict[str, Any], withdrawal_within_days: int):
    asked, effective = timestamp(revocation.get("revoked_at")), timestamp(revocation.get("effective_at"))
    if asked and effective and effective - asked > timedelta(days=withdrawal_within_days):
        yield Violation(("revocation", "effective_at"),
                        f"the withdrawal takes effect more than {withdrawal_within_days} days after it was asked for",
                        f"A withdrawal must take effect within {withdrawal_within_days} days of the request.")


def _granted_at(record: dict[str, Any]) -> Any:
    """When the consent was given: its signature, else its start."""
    obtained = record.get("obtained")
    signed = obtained.get("signed_at") if isinstance(obtained, dict) else None
    return signed if isinstance(signed, str) else record.get("valid_from")


def _subject_question(record: dict[str, Any]):
    """The subject and grantor (the records whose facts answer), the capacity claimed, and the dates."""
    subject, grantor = record.get("subject"), record.get("granted_by")
    if isinstance(subject, str):
        yield ((subject, grantor if isinstance(grantor, str) else None), record.get("grantor_capacity"),
               _granted_at(record), record.get("valid_from"), record.get("valid_until"))


def _minor_question(record: dict[str, Any], minor_consent_max_years: int, age_of_majority_years: int):
    """The subject question, with the longest term of a minor's consent and the age of majority of this version."""
    for question in _subject_question(record):
        yield (*question, minor_consent_max_years, age_of_majority_years)


def age_on(born: Day, on: Day) -> int:
    """Whole years of age on a date."""
    (by, bm, bd), (oy, om, od) = civil_from_days(born.days), civil_from_days(on.days)
    return oy - by - ((om, od) < (bm, bd))


def _judge_minor(question: Any, facts: Facts) -> Violation | None:
    """Whether the subject was a minor is computed from the date of birth when it is known; the flag is a claim."""
    (subject, grantor), capacity, granted, start, end, max_years, majority = question
    person = facts.people.get(subject)
    if person is None:
        return None
    granted_at = timestamp(granted)
    age = age_on(person.date_of_birth, granted_at.date()) if person.date_of_birth and granted_at else None
    if age is not None and person.date_of_birth > granted_at.date():
        return Violation(("subject",), f"the subject's person record gives a date of birth ({person.date_of_birth}) after "
                         "the consent was given", "Correct `date_of_birth` in the person record, or the consent's dates.")
    if age is not None and person.is_minor is not None and person.is_minor != (age < majority):
        return Violation(("subject",), f"the subject's person record says is_minor: {str(person.is_minor).lower()}, "
                         f"but born on {person.date_of_birth} they were {age} when the consent was given",
                         "Correct `is_minor` or `date_of_birth` in the person record; a minor's consent needs a parent "
                         "or guardian and a shorter term.")
    if not (age < majority if age is not None else person.is_minor is True):
        return None
    if capacity != "parent_or_guardian":
        return Violation(("grantor_capacity",), "the subject is a minor, but the consent was not given by a parent or guardian",
                         "Set `grantor_capacity: parent_or_guardian` and `granted_by` to the parent or guardian.")
    if grantor == subject:
        return Violation(("granted_by",), "the minor is named as their own parent or guardian",
                         "Set `granted_by` to the id of the parent or guardian's own person record.")
    guardian = facts.party(grantor)
    if grantor is not None and facts.knows(grantor) and not isinstance(guardian, PersonFacts):
        return Violation(("granted_by",), f"{grantor} gives consent as the minor's parent or guardian, but is not a person",
                         "A parent or guardian is a person: point `granted_by` to their person record.")
    if isinstance(guardian, PersonFacts):
        guardian_age = age_on(guardian.date_of_birth, granted_at.date()) if guardian.date_of_birth and granted_at else None
        if guardian.is_minor is True or (guardian_age is not None and guardian_age < majority):
            return Violation(("granted_by",), f"{grantor}, who gives consent as the parent or guardian, is a minor too",
                             "Consent for a minor is given by an adult parent or legal guardian.")
        if person.represented_by and grantor not in person.represented_by:
            return Violation(("granted_by",), f"{grantor} gives consent as the minor's parent or guardian, but the minor's "
                             "person record does not list them in `represented_by`", "Add the parent or guardian to the "
                             "minor's `represented_by`, or have the consent given by one who is listed.")
    begins, ends = timestamp(start), timestamp(end)
    if ends is None:
        return Violation((), "a consent for a minor has no end date",
                         f"Add `valid_until`, at most {max_years} years after `valid_from`.")
    if begins and ends > add_years(begins, max_years):
        return Violation(("valid_until",), f"a consent for a minor lasts more than {max_years} years",
                         f"Set `valid_until` to at most {max_years} years after `valid_from`.")
    return None


def _judge_deceased(question: Any, facts: Facts) -> Violation | None:
    """A capacity to act for a deceased person must be shown by records: the estate, its representatives, the union."""
    (_, subject, grantor), capacity, _, _, _, deceased_capacities = question
    person = facts.people.get(subject)
    if person is None:
        return None
    if not person.deceased:
        if capacity == "estate":
            return Violation(("grantor_capacity",), "the consent is given as the estate, but the subject's person record "
                             "does not say they have died", "Correct `grantor_capacity`, or the person record's `deceased`.")
        return None
    if capacity not in deceased_capacities:
        return Violation(("grantor_capacity",), f"the subject has died, but the consent was given as `{capacity}`",
                         "Consent for a deceased person comes from their estate, an authorised representative or their union.")
    estates = [i for i, e in facts.estates.items() if e.estate_of == subject]
    party = facts.party(grantor)
    if capacity == "estate" and grantor not in estates:
        shown = f"{grantor} is not an estate of {subject}" if grantor in facts.estates or party else \
            f"the batch holds no estate record {grantor}"
        return Violation(("granted_by",), f"the consent is given as the estate, but {shown}",
                         f"Include the Estate record of the deceased person (`estate_of: {subject}`) and point `granted_by` "
                         "to it.")
    if capacity == "authorised_representative" and not any(grantor in facts.estates[e].representatives for e in estates):
        return Violation(("granted_by",), f"{grantor} gives consent as an authorised representative of a deceased person, "
                         "but no estate record of the person names it among its `authorised_representatives`",
                         f"Include the Estate record of {subject} listing {grantor} in `authorised_representatives`; an "
                         "agent of the living person does not act for them after death.")
    if capacity == "union":
        if not (isinstance(party, OrganizationFacts) and party.kind == "guild_or_union"):
            return Violation(("granted_by",), f"the consent is given as the union, but {grantor} is not shown to be a guild "
                             "or union", "Point `granted_by` to the union's organisation record (`organization_kind: "
                             "guild_or_union`).")
        if person.unions and grantor not in person.unions:
            return Violation(("granted_by",), f"{grantor} gives consent as the deceased person's union, but was not their "
                             "union", "Only the union the person belonged to (`union_memberships`) can act for them.")
        if estates:
            return Violation(("grantor_capacity",), f"the consent is given by the union, but the batch holds the estate "
                             f"{estates[0]}, which can be asked", "A union acts for a deceased person only where no estate "
                             "or representative can be found: ask the estate.")
    return None


cross_rule("CCAI-CONSENT-007", "ConsentRecord", judge=_judge_minor)(_minor_question)


def _deceased_question(record: dict[str, Any], deceased_capacities: list[str]):
    """Asked at the end of the batch: the judge looks for any estate of the subject, which the consent does not name,
    so an answer given before the estate's record is read would depend on the order of the input."""
    for (subject, grantor), *rest in _subject_question(record):
        yield ((*AT_END, subject, grantor), *rest, tuple(deceased_capacities))


cross_rule("CCAI-CONSENT-008", "ConsentRecord", judge=_judge_deceased)(_deceased_question)


def _in_force(consent: ConsentFacts, at: Instant | None, statuses: tuple[tuple[str, ...], tuple[str, ...]]) -> str | None:
    """Why the consent was not in force at the time of a use, judged by its dated events, or None.

    The status is a claim; the revocation, the term and the suspensions are the evidence. A
    consent that has ended still covers uses its dates show came before the end; a use without
    a date cannot be shown to.
    """
    in_force, ended = statuses
    if consent.status not in in_force and consent.status not in ended:
        return f"is {consent.status}, not given"
    effective = consent.withdrawal_effective
    if consent.withdrawn and (effective is None or at is None or at >= effective):
        when = f" (in effect from {effective})" if effective else ""
        return f"was withdrawn{when} before the use" if at is not None else \
            f"was withdrawn{when}, and the use has no date to show it came before"
    if consent.status in ended and effective is None and consent.valid_until is None:
        return f"is {consent.status}, and the record does not say from when"
    if consent.valid_until and (at is None or at >= consent.valid_until):
        return f"had ended ({consent.valid_until}) at the time of the use" if at else \
            f"ended at {consent.valid_until}, and the use has no date to show it came before"
    if at is not None:
        if consent.valid_from and at < consent.valid_from:
            return "had not started at the time of the use"
        for begins, ends in consent.suspensions:
            if at >= begins and (ends is None or at < ends):
                return f"was suspended from {begins} at the time of the use"
    return None


def _covers(consent: ConsentFacts, uses: Any, work: str | None, users: frozenset[str] | None,
            persona_uses: frozenset[str]) -> str | None:
    """Why `consent` does not cover the use (its uses, work and user), or None when it does; times are _in_force's.

    `users` are the parties making the use (None or empty: not known from this batch, so not compared).
    """
    missing = [u for u in uses if u not in consent.uses]
    if missing:
        return f"does not permit {', '.join(missing)} (it permits {', '.join(sorted(consent.uses)) or 'nothing'})"
    persona_use = all(u in persona_uses for u in uses)
    if work is not None and work not in consent.works and not (persona_use and consent.persona):
        return f"does not cover the work {work}"
    if users:  # a manifest that names no user is reported once, on the manifest (_judge_manifest_users)
        if consent.users and not users & consent.users:
            return f"was granted to {', '.join(sorted(consent.users))}, not to {', '.join(sorted(users))}, who uses it"
    return None


def _coverage_questions(record: dict[str, Any], persona_uses: list[str], in_force_statuses: list[str],
                        ended_statuses: list[str]):
    """One question per citation and time of use: (ids that answer, path, uses, work, time, users, terms).

    It runs once per manifest entry of inputs with billions of them, so an entry's questions are
    built in one step, and the terms are one shared tuple per version.
    """
    terms = _terms(tuple(persona_uses), tuple(in_force_statuses), tuple(ended_statuses))
    if record.get("type") == "ManifestEntry":
        consents = record.get("consents")
        if type(consents) is not list:
            return ()
        manifest = record.get("manifest")
        manifest = manifest if type(manifest) is str else None
        uses, work, at = tuple(listed(record, "uses")), record.get("work"), (record.get("added_at"), record.get("removed_at"))
        # The entry is in use when added and, unless removed before, whenever its manifest was generated.
        return [((consent, manifest), ("consents", index), uses, work, at, (), terms)
                for index, consent in enumerate(consents) if type(consent) is str]
    return [(*question, terms) for question in _citations(record)]


@lru_cache(maxsize=64)
def _terms(*terms: tuple[str, ...]) -> tuple[Any, ...]:
    """The same tuple for the same terms, so that millions of questions share one (and pickle it once per chunk)."""
    return (frozenset(terms[0]), frozenset(terms[1]), frozenset(terms[2]))


def _citations(record: dict[str, Any]):
    kind = record.get("type")
    if kind == "DatasetManifest":
        if isinstance(record.get("id"), str):
            yield (AT_END, (), (), None, None, record["id"])  # see _judge_manifest_users
        return
    if kind == "UsageReport":
        user = record.get("reported_by")
        for index, line in items(record, "report_lines"):
            if isinstance(line, dict) and isinstance(line.get("consent"), str):
                times = [line[f] for f in ("first_used_at", "last_used_at") if f in line] or [None]
                for moment in times:
                    yield (line["consent"], ("report_lines", index, "consent"), (line.get("use"),), line.get("work"),
                           moment, (user,))
        return
    if kind == "DigitalReplica":
        if isinstance(record.get("creation_consent"), str):
            # A vendor may make a replica for the grantee: either party may hold the consent.
            yield (record["creation_consent"], ("creation_consent",), ("replica_creation",), None,
                   record.get("created_at"), (record.get("created_by"), record.get("created_for")))
        return
    if kind == "DigitalAlteration":
        if isinstance(record.get("consent"), str):
            yield (record["consent"], ("consent",), (), None, record.get("altered_at"), (record.get("altered_by"),))
        return


def _judge_manifest_users(manifest: str, facts: Facts) -> Violation | None:
    """Entries that cite consents need a manifest that says who uses its works, or no grantee can be compared."""
    if facts.entries.get(manifest, (0, 0))[1] and facts.users_of_manifest(manifest) == frozenset():
        return Violation((), "entries of this manifest cite consents, but it names neither `generated_by` nor a dataset "
                         "with a `publisher`, so no consent can be matched to the party that uses the works",
                         "Add `generated_by` (or the dataset's `publisher`): the party whose use the consents must cover.")
    return None


def _judge_coverage(question: Any, facts: Facts) -> Violation | None:
    if question[0] == AT_END:
        return _judge_manifest_users(question[5], facts)  # (AT_END, …, manifest id, terms)
    key, path, uses, work, at, users_named, terms = question
    consent_id, manifest = key if type(key) is tuple else (key, None)
    consent = facts.consents.get(consent_id)
    if consent is None:
        return None  # not in the batch: the reference check reports it
    users = facts.users_of_manifest(manifest) if manifest else frozenset(u for u in users_named if isinstance(u, str))
    persona_uses, in_force, ended = terms
    if type(at) is tuple and _plainly_covered(consent, uses, work, users, in_force, at, manifest, facts):
        return None
    reason = _covers(consent, [u for u in uses if u] if None in uses or "" in uses else uses, work, users, persona_uses)
    if reason is not None:
        return Violation(path, f"the cited consent {consent_id} {reason}", _COVER_HINT)
    moments = [timestamp(at)]
    if type(at) is tuple:  # a manifest entry: (added, removed)
        added, removed = timestamp(at[0]), timestamp(at[1])
        listed_in = facts.manifests.get(manifest)
        generated = listed_in.generated_at if listed_in else None
        moments = [added]
        if generated and added and generated > added and (removed is None or removed > generated) and (
                consent.withdrawn or consent.suspensions or (consent.valid_until and generated >= consent.valid_until)):
            moments.append(generated)  # only a consent that ends (or pauses) can fail at the later time
    for moment in moments:
        reason = _in_force(consent, moment, (in_force, ended))
        if reason is not None:
            break
    return None if reason is None else Violation(path, f"the cited consent {consent_id} {reason}", _COVER_HINT)


def _plainly_covered(consent: ConsentFacts, uses: Any, work: Any, users: Any, in_force: frozenset[str], at: tuple,
                     manifest: str | None, facts: Facts) -> bool:
    """The common case of a manifest entry, decided in one expression: a consent in force that plainly covers it.

    It answers millions of questions in the main process, where the batch is judged; anything
    it cannot confirm goes to the full judgement, which also words the finding.
    """
    added = timestamp(at[0])
    if added is None or at[1] is not None or consent.withdrawn or consent.suspensions:
        return False
    listed_in = facts.manifests.get(manifest)
    latest = listed_in.generated_at if listed_in is not None and listed_in.generated_at is not None else added
    start, end = consent.valid_from, consent.valid_until
    return (consent.status in in_force and consent.uses.issuperset(uses) and (work is None or work in consent.works)
            and (not users or not consent.users or not users.isdisjoint(consent.users))
            and (start is None or added.micros >= start.micros)
            and (end is None or (added.micros < end.micros and latest.micros < end.micros)))


def use_allowed(record: dict[str, Any], uses: list[str], at: str | None, users: tuple[str, ...] = (),
                work: str | None = None) -> tuple[str, str] | None:
    """Why the consent `record` does not allow `uses` at the time `at` (by `users`, of `work`): ("use", why)
    when it does not cover them, ("time", why) when it was not in force then; None when it allows them.

    CCAI-CONSENT-003's judgement of one use outside a batch (`ccai bind` and `ccai verify` ask it),
    with the figures of the version the record claims, as in a batch.
    """
    from ..standard_versions import current, for_version

    claimed = record.get("conforms_to")
    judged = (for_version(claimed) if isinstance(claimed, str) else None) or current()
    terms = {**current().parameters("CCAI-CONSENT-003"), **judged.parameters("CCAI-CONSENT-003")}
    consent = consent_facts(record)
    reason = _covers(consent, list(uses), work, frozenset(u for u in users if isinstance(u, str)),
                     frozenset(terms["persona_uses"]))
    if reason is not None:
        return "use", reason
    reason = _in_force(consent, timestamp(at), (frozenset(terms["in_force_statuses"]),
                                                frozenset(terms["ended_statuses"])))
    return None if reason is None else ("time", reason)


_COVER_HINT = ("Cite a consent granted to the party that makes this use, covering this work and use at that time, or "
               "stop the use.")


cross_rule("CCAI-CONSENT-003", "ManifestEntry", "UsageReport", "DigitalReplica", "DigitalAlteration", "DatasetManifest",
           judge=_judge_coverage)(_coverage_questions)


def _receipt_question(record: dict[str, Any]):
    if isinstance(record.get("consent"), str):
        yield (record["consent"], listed(record, "permitted_uses"), listed(record, "works"),
               listed(record, "persona_attributes"), record.get("valid_from"), record.get("valid_until"))


_SAME = "A receipt repeats the consent record's terms; correct whichever of the two is wrong."


def _judge_receipt(question: Any, facts: Facts) -> Violation | None:
    """The receipt must repeat the consent's terms both ways: nothing more, nothing left out, the same term."""
    consent_id, uses, works, attributes, starts, ends = question
    consent = facts.consents.get(consent_id)
    if consent is None:
        return None
    for field, given, kept, word in (("permitted_uses", uses, consent.uses, "use"), ("works", works, consent.works, "work"),
                                     ("persona_attributes", attributes, consent.persona_attributes, "persona attribute")):
        for index, value in enumerate(given):
            if value not in kept:
                return Violation((field, index), f"the receipt lists the {word} `{value}`, which the consent record does "
                                 "not give", _SAME)
        left_out = sorted(set(kept) - set(given))
        if left_out:
            return Violation((field,) if given else (), f"the receipt leaves out the {word} `{left_out[0]}` that the "
                             "consent record gives", _SAME)
    for field, given, kept in (("valid_from", starts, consent.valid_from), ("valid_until", ends, consent.valid_until)):
        if timestamp(given) != kept:
            return Violation((field,) if given is not None else (), f"the receipt's `{field}` ({given}) is not the consent "
                             f"record's ({kept})", _SAME)
    return None


cross_rule("CCAI-CONSENT-010", "ConsentReceipt", judge=_judge_receipt)(_receipt_question)
