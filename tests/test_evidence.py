"""Rules judge evidence, not labels: edits a careless or dishonest producer would make get a finding.

Each test edits the valid batch (as records in memory) the way such a producer would and
requires the requirement's finding on the edited record. The examples in tests/data show one
case of each class; these tests cover the variants, records of the 0.1.0 format, and a
property-based search over such edits.
"""

from __future__ import annotations

import copy
import hashlib
import json

import pytest
import yaml
from conftest import DATA, failing
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ccai_standards.findings import Severity
from ccai_standards.validation import Validator

VALID = {p.name: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((DATA / "valid").glob("*.yaml"))}
WITHDRAWN = "ConsentRecord-voice-actor-withdrawn-voice-clone.yaml"
TRAINING = "ConsentRecord-voice-actor-generative-training.yaml"
GUARDIAN = "ConsentRecord-guardian-child-actor.yaml"
ESTATE = "ConsentRecord-estate-deceased-performer.yaml"
REPLICA_AUTHORISATION = "ReplicaAuthorisation-estate-ashcombe-lighthouse-children.yaml"


def records(**changes) -> dict[str, dict]:
    """A copy of the valid batch; `changes` maps a file name (dots as __) to its new record, or None to drop it."""
    batch = copy.deepcopy(VALID)
    for name, record in changes.items():
        name = name.replace("__", ".")
        if record is None:
            batch.pop(name)
        else:
            batch[name] = record
    return batch


def run(batch: dict[str, dict], **options) -> list:
    return failing(Validator(**options).validate(list(batch.values())))


def codes_at(findings, record_id: str) -> list[tuple[str, str]]:
    return [(f.code, f.location.path) for f in findings if f.record_id == record_id]


def edited(name: str, **fields) -> dict:
    record = copy.deepcopy(VALID[name])
    for key, value in fields.items():
        if value is None:
            record.pop(key, None)
        else:
            record[key] = value
    return record


def test_the_valid_batch_is_clean():
    assert run(records()) == []


# ---- time and status ------------------------------------------------------------------------

def _entry(consent: str, work: str, use: str, added_at: str, manifest: str | None = None) -> dict:
    number = int(hashlib.sha256((added_at + consent).encode()).hexdigest()[:12], 16) % 10**12
    return {"type": "ManifestEntry", "conforms_to": "0.2.0", "id": f"urn:uuid:00000000-0000-4000-8000-{number:012d}",
            "manifest": manifest or "https://data.corvidlabs.example/manifests/licensed-voice-corpus/3.0", "work": work,
            "basis": "consent", "consents": [consent], "uses": [use], "added_at": added_at}


def test_a_withdrawal_in_effect_decides_whatever_the_status_says():
    consent = edited(WITHDRAWN, consent_status="given",
                     status_history=VALID[WITHDRAWN]["status_history"][:1], recorded_at="2025-03-20T09:00:00Z")
    work = "https://id.ccai-registry.example/works/the-glass-orchard-narration"
    after = _entry(consent["id"], work, "voice_cloning", "2025-04-01T10:00:00Z")
    before = _entry(consent["id"], work, "voice_cloning", "2025-03-01T10:00:00Z")
    before.update(removed_at="2025-03-16T00:00:00Z", reason="Withdrawn by the performer on 10 March 2025.")
    kept = _entry(consent["id"], work, "voice_cloning", "2025-03-02T10:00:00Z")  # never removed
    findings = run(records(**{WITHDRAWN.replace(".", "__"): consent, "after": after, "before": before, "kept": kept}))
    assert ("CCAI-CONSENT-006", "$.consent_status") in codes_at(findings, consent["id"])
    assert codes_at(findings, after["id"]) == [("CCAI-CONSENT-003", "$.consents[0]")]
    assert "withdrawn (in effect from 2025-03-17T00:00:00Z)" in next(f.message for f in findings if f.record_id == after["id"])
    assert codes_at(findings, before["id"]) == []  # a use before the withdrawal took effect stays covered
    # …but a work still listed when the manifest was generated, after the withdrawal, is in use then
    assert codes_at(findings, kept["id"]) == [("CCAI-CONSENT-003", "$.consents[0]")]


def test_a_use_after_the_end_or_during_a_suspension_is_not_covered():
    authorisation = edited(REPLICA_AUTHORISATION, suspensions=[
        {"suspension_reason": "strike", "suspended_from": "2026-07-01T00:00:00Z", "suspended_until": "2026-09-01T00:00:00Z"}])
    report = copy.deepcopy(VALID["UsageReport-studio-to-estate-2025-q3.yaml"])
    line = report["report_lines"][0]
    line.update(consent=authorisation["id"], use="voice_cloning",
                work="https://id.ccai-registry.example/works/harbour-of-small-lights/performance-nora-quill")
    line.pop("last_used_at", None)
    line["first_used_at"] = "2026-07-15T10:00:00-07:00"
    report.update(period_start="2026-07-01", period_end="2026-09-30", id=report["id"] + "-suspended")
    report["report_lines"] = [line]
    report.pop("total_amount", None)
    findings = Validator().validate(list(records(**{REPLICA_AUTHORISATION.replace(".", "__"): authorisation,
                                                    "report": report}).values()))
    messages = [f.message for f in findings if f.record_id == report["id"] and f.code == "CCAI-CONSENT-003"]
    assert any("was suspended from" in m for m in messages), messages


@pytest.mark.parametrize(("field", "value", "path"), [
    ("obtained", {"method": "electronic_signature", "signed_at": "2028-02-01T00:00:00Z"}, "$.obtained.signed_at"),
    ("revocation", {"revoked_at": "2025-03-10T00:00:00Z", "revoked_by": "https://id.ccai-registry.example/people/maya-okafor",
                    "effective_at": "2025-03-01T00:00:00Z"}, "$.revocation.effective_at"),
])
def test_dates_out_of_order_are_found_by_the_declared_order(field, value, path):
    consent = edited(TRAINING, **{field: value})
    if field == "revocation":
        consent.update(consent_status="withdrawn")
        consent["status_history"] = [*consent["status_history"],
                                     {"consent_status": "withdrawn", "changed_at": "2025-03-10T00:00:00Z"}]
    findings = run(records(**{TRAINING.replace(".", "__"): consent}))
    assert ("CCAI-CONSENT-004", path) in codes_at(findings, consent["id"])


def test_the_order_of_dates_in_list_items_is_compared_item_by_item():
    report = copy.deepcopy(VALID["UsageReport-studio-to-estate-2025-q3.yaml"])
    report["report_lines"][0]["first_used_at"], report["report_lines"][0]["last_used_at"] = \
        report["report_lines"][0].get("last_used_at", "2025-09-20T10:00:00-07:00"), "2025-07-02T10:00:00-07:00"
    findings = run(records(**{"UsageReport-studio-to-estate-2025-q3__yaml": report}))
    assert ("CCAI-COMP-004", "$.report_lines[0].last_used_at") in codes_at(findings, report["id"])


def test_a_status_left_in_force_after_the_end_date_is_a_finding():
    consent = edited(TRAINING, valid_until="2025-02-01T12:00:00Z", recorded_at="2025-03-01T00:00:00Z",
                     obtained={**VALID[TRAINING]["obtained"], "signed_at": "2025-01-31T19:42:00Z"})
    findings = run(records(**{TRAINING.replace(".", "__"): consent}))
    assert ("CCAI-CONSENT-004", "$.consent_status") in codes_at(findings, consent["id"])


# ---- parties and capacity -------------------------------------------------------------------

def test_is_minor_must_agree_with_the_date_of_birth():
    person = edited("Person-child-actor-leo-marchetti.yaml", is_minor=False, date_of_birth="2015-06-01")
    findings = run(records(**{"Person-child-actor-leo-marchetti__yaml": person}))
    assert ("CCAI-CONSENT-007", "$.subject") in codes_at(findings, VALID[GUARDIAN]["id"])


def test_an_adult_by_date_of_birth_is_not_held_to_the_minor_rules():
    person = edited("Person-child-actor-leo-marchetti.yaml", is_minor=None, date_of_birth="1990-01-01")
    consent = edited(GUARDIAN, grantor_capacity="subject",
                     granted_by="https://id.ccai-registry.example/people/leo-marchetti")
    findings = run(records(**{"Person-child-actor-leo-marchetti__yaml": person, GUARDIAN.replace(".", "__"): consent}))
    assert [c for c, _ in codes_at(findings, consent["id"]) if c == "CCAI-CONSENT-007"] == []


@pytest.mark.parametrize(("capacity", "grantor"), [
    ("union", "https://id.ccai-registry.example/orgs/brightwater-artists"),       # an agency is not a union
    ("estate", "https://id.ccai-registry.example/estates/edmund-fairweather"),    # another person's estate
    ("authorised_representative", "https://id.ccai-registry.example/people/thomas-ashcombe-missing"),
])
def test_a_capacity_for_the_deceased_must_be_shown_by_records(capacity, grantor):
    consent = edited(ESTATE, grantor_capacity=capacity, granted_by=grantor)
    findings = Validator().validate(list(records(**{ESTATE.replace(".", "__"): consent}).values()))
    assert ("CCAI-CONSENT-008", "$.granted_by") in codes_at(findings, consent["id"])


def test_an_estate_for_a_living_person_is_a_finding():
    consent = edited(TRAINING, grantor_capacity="estate")
    findings = run(records(**{TRAINING.replace(".", "__"): consent}))
    assert ("CCAI-CONSENT-008", "$.grantor_capacity") in codes_at(findings, consent["id"])


def test_a_consent_covers_the_parties_it_may_be_passed_to():
    entry = yaml.safe_load((DATA / "invalid" / "ManifestEntry-cites-consent-granted-to-another-developer.yaml").read_text())
    findings = run(records(entry=entry))
    assert codes_at(findings, entry["id"]) == [("CCAI-CONSENT-003", "$.consents[0]")]
    consent = edited(TRAINING, transferable_to=["https://id.ccai-registry.example/orgs/halyard-ai"])
    findings = run(records(entry=entry, **{TRAINING.replace(".", "__"): consent}))
    assert [c for c in codes_at(findings, entry["id"]) if c[0] == "CCAI-CONSENT-003"] == []


def test_a_tool_entered_as_an_organisation_is_still_an_ai_tool():
    statement = copy.deepcopy(VALID["AuthorshipStatement-writers-room-lighthouse-children-s1e01.yaml"])
    tool = {"type": "Organization", "conforms_to": "0.2.0", "id": "https://id.ccai-registry.example/orgs/quillmate-research-3",
            "name": "Quillmate Research 3", "organization_kind": "other"}
    statement["contributions"].append({"contributor": tool["id"], "contribution_role": "research_by", "ai_assistance": "none"})
    findings = run(records(tool=tool, **{"AuthorshipStatement-writers-room-lighthouse-children-s1e01__yaml": statement}))
    assert ("CCAI-AUTHOR-001", f"$.contributions[{len(statement['contributions']) - 1}].contributor") in \
        codes_at(findings, statement["id"])


# ---- computed claims and companion records --------------------------------------------------

def test_more_entries_than_the_manifest_counts_is_found():
    manifest = edited("DatasetManifest-halyard-archive-recitations-1.yaml", entry_count=1)
    findings = Validator().validate(list(records(**{"DatasetManifest-halyard-archive-recitations-1__yaml": manifest}).values()))
    assert ("CCAI-TRANSP-003", "$.entry_count") in codes_at(findings, manifest["id"])


def test_a_partial_batch_says_the_coverage_was_not_checked():
    findings = Validator().validate(list(records(**{"ManifestEntry-own-work-halyard-test-reading__yaml": None}).values()))
    notes = [f for f in findings if f.code == "CCAI-TRANSP-002" and f.record_id.endswith("tern-0.1")]
    assert notes and all(f.severity is Severity.NOTE for f in notes)
    assert "1 of 2 entries" in notes[0].message


def test_a_performer_in_an_advert_disclosed_without_a_label_is_found():
    name = "AiUseDisclosure-advertisement-tidewell-first-light.yaml"
    disclosure = edited(name, labels=None)
    findings = run(records(**{name.replace(".", "__"): disclosure}))
    wren = VALID["SyntheticPerformer-advertisement-tidewell-wren.yaml"]["id"]
    assert ("CCAI-LABEL-001", "$.projects") in codes_at(findings, wren)


def test_dropping_the_disclosure_of_an_advert_is_found():
    findings = run(records(**{"AiUseDisclosure-advertisement-tidewell-first-light__yaml": None}))
    wren = VALID["SyntheticPerformer-advertisement-tidewell-wren.yaml"]["id"]
    assert ("CCAI-LABEL-002", "$.projects") in codes_at(findings, wren)


def test_with_refs_off_the_summary_names_the_rules_not_run():
    validator = Validator(refs="off")
    validator.validate(list(VALID.values()))
    assert "CCAI-CONSENT-003" in validator.summary.skipped_rules
    assert Validator().summary.skipped_rules == ()


# ---- placeholders ---------------------------------------------------------------------------

def test_blank_required_text_fails_in_every_version():
    for version, code in (("0.1.0", "SCHEMA-required"), ("0.2.0", "SCHEMA-pattern")):
        person = {"type": "Person", "conforms_to": version, "id": "https://x.example/p", "name": "  \t"}
        invisible = {"type": "Person", "conforms_to": version, "id": "https://x.example/q", "name": " \u200b "}
        statement = copy.deepcopy(VALID["AuthorshipStatement-screenplay-the-lantern-keeper.yaml"])
        statement["conforms_to"] = version
        statement["credit_lines"][0]["credit_text"] = " "
        findings = Validator(refs="off").validate([person, statement, invisible])
        assert (code, "$.name") in [(f.code, f.location.path) for f in findings], version
        if version == "0.1.0":  # 0.2.0's pattern \S takes a zero-width space for text (see the note on issue 13)
            assert ("SCHEMA-required", "$.name") in [(f.code, f.location.path) for f in findings
                                                      if f.record_id == invisible["id"]]
        assert (code, "$.credit_lines[0].credit_text") in [(f.code, f.location.path) for f in findings], version


def test_a_rate_or_stated_consideration_pays_but_zero_does_not():
    consent = edited(TRAINING)
    for term in consent["compensation"]:
        term["amount"] = "0.00"
    findings = run(records(**{TRAINING.replace(".", "__"): consent}))
    assert ("CCAI-COMP-001", "$.compensation") in codes_at(findings, consent["id"])
    consent["compensation"][0]["non_monetary_consideration"] = "A producer credit and 2 % of the model's equity."
    findings = run(records(**{TRAINING.replace(".", "__"): consent}))
    assert [c for c in codes_at(findings, consent["id"]) if c[0] == "CCAI-COMP-001"] == []


# ---- records of the 0.1.0 format ------------------------------------------------------------

OLD_FORMAT_CASES = [
    "ConsentRecord-withdrawal-in-effect-status-still-given.yaml", "ConsentRecord-signed-after-it-expired.yaml",
    "ConsentRecord-status-contradicts-its-history.yaml", "ConsentRecord-commercial-grant-pays-zero.yaml",
    "ConsentRecord-minor-by-birth-date-ten-year-licence.yaml", "ConsentRecord-minor-consents-as-own-guardian.yaml",
    "ConsentRecord-deceased-performer-former-agency-as-representative.yaml",
    "ConsentRecord-deceased-performer-agency-labelled-estate.yaml",
    "ManifestEntry-cites-consent-granted-to-another-developer.yaml",
    "TrainingDataDisclosure-claims-consent-its-manifest-does-not-show.yaml",
    "ReplicaAuthorisation-blanket-intended-use.yaml", "WorkforceImpactAssessment-without-deployment-date.yaml",
    "AuthorshipStatement-ai-material-handed-to-writer-undisclosed.yaml", "SyntheticPerformer-in-advert-never-disclosed.yaml",
]


@pytest.mark.parametrize("name", OLD_FORMAT_CASES)
def test_the_failure_classes_are_caught_in_records_of_the_0_1_0_format(name):
    """A record that claims 0.1.0 is judged by 0.1.0's requirements, and still cannot pass with these faults."""
    path = DATA / "invalid" / name
    text = path.read_text(encoding="utf-8")
    expect = next(line.split("expect:", 1)[1].strip() for line in text.splitlines() if line.startswith("# expect:"))
    code, _, where = expect.partition(" at ")
    record = yaml.safe_load(text)
    record["conforms_to"] = "0.1.0"
    findings = Validator().validate(list(records(case=record).values()))
    mine = [(f.code, f.location.path) for f in findings if f.record_id == record["id"]]
    assert (code, where) in mine, mine
    assert all(f.location.document is not None for f in findings)


# ---- a search over dishonest edits ----------------------------------------------------------

def _relabel_withdrawn(batch, draw):
    consent = batch[WITHDRAWN]
    consent["consent_status"] = draw(st.sampled_from(["given", "renewed"]))
    consent["status_history"] = consent["status_history"][:1]
    consent["recorded_at"] = "2025-03-20T09:00:00Z"
    return consent["id"]


def _relabel_capacity(batch, draw):
    name = draw(st.sampled_from([GUARDIAN, ESTATE, "ConsentRecord-guardian-child-voice-actor-ada.yaml"]))
    consent = batch[name]
    allowed = {"parent_or_guardian"} if "guardian" in name else {"estate"}
    consent["grantor_capacity"] = draw(st.sampled_from(sorted({"subject", "estate", "authorised_representative", "union",
                                                               "parent_or_guardian", "rights_holder"} - allowed)))
    return consent["id"]


def _drop_companion(batch, draw):
    batch.pop("AiUseDisclosure-advertisement-tidewell-first-light.yaml")
    return VALID["SyntheticPerformer-advertisement-tidewell-wren.yaml"]["id"]


def _zero_amounts(batch, draw):
    name = draw(st.sampled_from([TRAINING, GUARDIAN, ESTATE]))
    consent = batch[name]
    for term in consent["compensation"]:
        for key in ("amount", "rate"):
            if key in term:
                term[key] = draw(st.sampled_from(["0", "0.00", "0.000000"]))
    return consent["id"]


def _move_signature_past_the_end(batch, draw):
    consent = batch[draw(st.sampled_from([TRAINING, GUARDIAN, ESTATE, WITHDRAWN]))]
    from datetime import datetime, timedelta

    end = datetime.fromisoformat(consent["valid_until"].replace("Z", "+00:00"))
    moved = end + timedelta(days=draw(st.integers(0, 4000)), seconds=draw(st.integers(0, 86399)))
    consent["obtained"]["signed_at"] = moved.isoformat().replace("+00:00", "Z")
    return consent["id"]


def _move_entry_past_the_consent(batch, draw):
    entry = batch["ManifestEntry-consent-okafor-session-1.yaml"]
    from datetime import datetime, timedelta

    end = datetime.fromisoformat(batch[TRAINING]["valid_until"].replace("Z", "+00:00"))
    entry["added_at"] = (end + timedelta(days=draw(st.integers(0, 4000)))).isoformat().replace("+00:00", "Z")
    return entry["id"]


EDITS = [_relabel_withdrawn, _relabel_capacity, _drop_companion, _zero_amounts, _move_signature_past_the_end,
         _move_entry_past_the_consent]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_no_dishonest_edit_of_a_valid_batch_passes(data):
    batch = copy.deepcopy(VALID)
    edit = data.draw(st.sampled_from(EDITS), label="edit")
    record_id = edit(batch, data.draw)
    findings = run(batch)
    errors = [f for f in findings if f.record_id == record_id and f.severity is Severity.ERROR]
    assert errors, f"{edit.__name__} of {record_id} passed: {json.dumps([str(f) for f in findings])[:400]}"


def test_the_old_format_cases_name_real_examples():
    assert all((DATA / "invalid" / name).is_file() for name in OLD_FORMAT_CASES)


# ---- what an adversarial review found, one case each ----------------------------------------

def _receipt_without_a_work(batch):
    receipt = batch["ConsentReceipt-voice-actor-generative-training.yaml"]
    receipt["works"] = receipt["works"][:1]
    return receipt["id"], "CCAI-CONSENT-010", "$.works"


def _plain_consent_to_a_replica(batch):
    consent = batch[TRAINING]
    consent["permitted_uses"] = ["replica_creation"]
    consent["intended_use_description"] = "Any and all uses, in perpetuity, throughout the universe, " * 3
    return consent["id"], "CCAI-REPLICA-001", "$.intended_use_description"


def _guardian_not_listed(batch):
    consent = batch[GUARDIAN]
    consent["granted_by"] = "https://id.ccai-registry.example/people/ruth-calloway"
    return consent["id"], "CCAI-CONSENT-007", "$.granted_by"


def _union_while_the_estate_exists(batch):
    consent = batch[ESTATE]
    consent.update(grantor_capacity="union", granted_by="https://id.ccai-registry.example/orgs/usvpg")
    return consent["id"], "CCAI-CONSENT-008", "$.grantor_capacity"


def _licence_not_recorded(batch):
    entry = batch["ManifestEntry-licence-harbourline-episode.yaml"]
    entry.pop("licence")
    return entry["id"], "CCAI-CONSENT-001", "$.basis"


def _paying_the_user(batch):
    consent = batch[TRAINING]
    for term in consent["compensation"]:
        term["payee"] = "https://id.ccai-registry.example/orgs/corvid-labs"
    return consent["id"], "CCAI-COMP-001", "$.compensation[0].payee"


def _jobs_at_risk_relabelled(batch):
    assessment = batch["WorkforceImpactAssessment-studio-northlight-localisation.yaml"]
    for role in assessment["affected_roles"]:
        if role.get("jobs_at_risk"):
            role["expected_change"] = "no_change"
    assessment.pop("workers_notified_at")
    return assessment["id"], "CCAI-WORK-003", "$"


def _tool_brand_in_a_credit(batch):
    statement = batch["AuthorshipStatement-writers-room-lighthouse-children-s1e01.yaml"]
    statement["credit_lines"][1]["credit_text"] = "Written by Ruth Calloway & Imogen Tarrant & Quillmate"
    return statement["id"], "CCAI-AUTHOR-001", "$.credit_lines[1].credit_text"


def _well_known_tool_in_a_credit(batch):
    statement = batch["AuthorshipStatement-screenplay-the-lantern-keeper.yaml"]
    statement["credit_lines"][0]["credit_text"] = "Written by Ruth Calloway and ChatGPT"
    return statement["id"], "CCAI-AUTHOR-001", "$.credit_lines[0].credit_text"


def _ai_system_name_on_an_organisation(batch):
    statement = batch["AuthorshipStatement-screenplay-the-lantern-keeper.yaml"]
    org = {"type": "Organization", "conforms_to": "0.2.0", "id": "https://id.ccai-registry.example/orgs/aria-two",
           "name": "Aria 2.0", "organization_kind": "other"}
    batch["org"] = org
    statement["contributions"].append({"contributor": org["id"], "contribution_role": "research_by", "ai_assistance": "none"})
    return statement["id"], "CCAI-AUTHOR-001", "$.contributions[1].contributor"


def _consultation_ends_before_it_starts(batch):
    assessment = batch["WorkforceImpactAssessment-studio-northlight-localisation.yaml"]
    consultation = assessment["consultations"][0]
    consultation["consultation_concluded_at"] = "2026-11-01T10:00:00-08:00"
    return assessment["id"], "CCAI-WORK-002", "$.consultations[0].consultation_concluded_at"


@pytest.mark.parametrize("edit", [_receipt_without_a_work, _plain_consent_to_a_replica, _guardian_not_listed,
                                  _union_while_the_estate_exists, _licence_not_recorded, _paying_the_user,
                                  _jobs_at_risk_relabelled, _tool_brand_in_a_credit, _well_known_tool_in_a_credit,
                                  _ai_system_name_on_an_organisation, _consultation_ends_before_it_starts],
                         ids=lambda f: f.__name__.strip("_"))
def test_each_door_the_review_found_is_closed(edit):
    batch = copy.deepcopy(VALID)
    record_id, code, path = edit(batch)
    findings = run(batch)
    assert (code, path) in codes_at(findings, record_id), codes_at(findings, record_id)


def test_a_manifest_that_names_no_user_is_reported_once_on_the_manifest():
    manifest = edited("DatasetManifest-licensed-voice-corpus-v3.yaml", generated_by=None)
    dataset = edited("Dataset-licensed-voice-corpus.yaml", publisher=None)
    findings = run(records(**{"DatasetManifest-licensed-voice-corpus-v3__yaml": manifest,
                              "Dataset-licensed-voice-corpus__yaml": dataset}))
    assert [c for c in codes_at(findings, manifest["id"]) if c[0] == "CCAI-CONSENT-003"] == [("CCAI-CONSENT-003", "$")]
    entries = [r["id"] for r in VALID.values() if r.get("type") == "ManifestEntry"]
    assert not [f for f in findings if f.record_id in entries and f.code == "CCAI-CONSENT-003"]


def test_amounts_without_any_currency_do_not_add_up():
    report = copy.deepcopy(VALID["UsageReport-studio-to-estate-2025-q3.yaml"])
    report.pop("currency", None)
    for line in report["report_lines"]:
        line.pop("currency", None)
    findings = run(records(**{"UsageReport-studio-to-estate-2025-q3__yaml": report}))
    assert ("CCAI-COMP-004", "$.report_lines[0].amount") in codes_at(findings, report["id"])
