"""Exports of consent, disclosure and dataset records, checked with the target formats' own tools."""

from __future__ import annotations

import io
import json

import pytest
from convert_helpers import VALID, expand, record, sign_and_read, text, to_graph
from conftest import examples, require

import ccai_standards
from ccai_standards.convert.api import convert
from ccai_standards.convert.results import ConversionError

ODRL = "http://www.w3.org/ns/odrl/2/"
CONSENTS = sorted(VALID.glob("ConsentRecord-*.yaml"))
OKAFOR = VALID / "ConsentRecord-voice-actor-generative-training.yaml"


@pytest.mark.parametrize("path", CONSENTS, ids=lambda p: p.stem)
def test_odrl_agreement_expands_with_permissions_and_compensation_duties(path):
    source = record(path)
    (policy,) = expand(convert(source, to="odrl").output)
    assert policy["@type"] == [ODRL + "Agreement"]
    assert policy["@id"] == f"{source['id']}#agreement"
    assert policy[ODRL + "assigner"] == [{"@id": source["granted_by"]}]
    assert len(policy[ODRL + "permission"]) == len(source["permitted_uses"])
    duties = policy[ODRL + "permission"][0].get(ODRL + "duty", [])
    assert len(duties) == len(source.get("compensation") or [])
    for duty in duties:
        assert duty[ODRL + "action"] == [{"@id": ODRL + "compensate"}]


def test_odrl_money_time_and_place_use_odrl_terms():
    """Currency is the payAmount constraint's unit (an IRI), "paid within N days" is elapsedTime lteq
    (delayPeriod is a delay before an action, with eq, gt or gteq only), and spatial operands are IRIs."""
    source = record(OKAFOR)
    source["territories"] = ["US", "EU"]
    source["compensation"] = [{"compensation_model": "flat_fee", "amount": "1250.00", "currency": "EUR",
                               "trigger": "on_signing", "payee": source["granted_by"], "payment_due_days": 30}]
    (policy,) = expand(convert(source, to="odrl").output)
    permission = policy[ODRL + "permission"][0]
    (duty,) = permission[ODRL + "duty"]
    refinements = {r[ODRL + "leftOperand"][0]["@id"].rsplit("/", 1)[-1]: r for r in duty[ODRL + "refinement"]}
    assert refinements["payAmount"][ODRL + "unit"] == [
        {"@id": "http://publications.europa.eu/resource/authority/currency/EUR"}]
    assert refinements["elapsedTime"][ODRL + "operator"] == [{"@id": ODRL + "lteq"}]
    assert "delayPeriod" not in refinements
    assert not any("priceCurrency" in key for key in duty)
    (spatial,) = [c for c in permission[ODRL + "constraint"] if c[ODRL + "leftOperand"][0]["@id"] == ODRL + "spatial"]
    assert all("@id" in operand for operand in spatial[ODRL + "rightOperand"])


def test_odrl_period_ends_at_the_revocation():
    source = record(VALID / "ConsentRecord-voice-actor-withdrawn-voice-clone.yaml")
    constraints = convert(source, to="odrl").output["permission"][0]["constraint"]
    ends = [c["rightOperand"]["@value"] for c in constraints if c["operator"] == "lt"]
    assert ends == [source["revocation"]["effective_at"]]


def test_consent_receipt_digest_is_rfc8785_and_the_receipt_validates():
    rfc8785 = require("rfc8785", "the receipt digest is checked against the reference JCS implementation")
    import hashlib

    source = record(OKAFOR)
    result = convert(source, to="consent-receipt", issued_at="2025-01-31T19:50:00Z")
    receipt = result.output
    assert receipt["consent_sha256"] == hashlib.sha256(rfc8785.dumps(source)).hexdigest()
    assert [f for f in ccai_standards.validate([receipt, source], refs="off") if f.is_error] == []


@pytest.mark.parametrize("path", sorted(VALID.glob("*.yaml")), ids=lambda p: p.stem)
def test_canonical_json_matches_rfc8785(path):
    rfc8785 = require("rfc8785", "the receipt digest is checked against the reference JCS implementation")
    from ccai_standards.convert.canonical import canonical_json

    assert canonical_json(record(path)).encode("utf-8") == rfc8785.dumps(record(path))


def test_dpv_receipt_expands_to_dpv_terms():
    dpv = "https://w3id.org/dpv#"
    result = convert(record(OKAFOR), to="dpv-receipt", issued_at="2025-01-31T19:50:00Z")
    (receipt,) = expand(result.output)
    assert dpv + "ConsentReceipt" in receipt["@type"]
    assert {"@id": "https://w3id.org/dpv/schema/dpv-27560#receipt"} in receipt["http://purl.org/dc/terms/conformsTo"]
    (node,) = receipt[dpv + "hasRecordOfActivity"]
    assert node["@type"] == [dpv + "ConsentRecord"]
    assert node["http://purl.org/dc/terms/conformsTo"] == [{"@id": "https://w3id.org/dpv/schema/dpv-27560#record"}]
    assert node[dpv + "hasDataSubject"] == [{"@id": "https://id.ccai-registry.example/people/maya-okafor"}]
    # the mandatory fields the source has are filled: withdrawal, notice, jurisdiction, personal data
    source = record(OKAFOR)
    assert node[dpv + "hasConsentControl"][0]["http://purl.org/dc/terms/description"][0]["@value"] == \
        source["how_to_withdraw"]
    assert dpv + "hasNotice" in node
    if set(source.get("territories") or []) - {"WORLD"}:
        assert dpv + "hasJurisdiction" in node
    else:
        assert any("Jurisdiction" in w.message for w in result.warnings)
    if source.get("persona_attributes"):
        assert dpv + "hasPersonalData" in node
    # and those it lacks are named
    assert any("Storage Condition" in w.message for w in result.warnings)
    (status,) = node[dpv + "hasConsentStatus"]
    assert status["@type"] == [dpv + "ConsentGiven"]


def test_receipt_needs_withdrawal_instructions():
    source = record(OKAFOR)
    del source["how_to_withdraw"]
    with pytest.raises(ConversionError, match="how_to_withdraw"):
        convert(source, to="consent-receipt")


@pytest.mark.parametrize("path", sorted(VALID.glob("AiUseDisclosure-*.yaml")), ids=lambda p: p.stem)
def test_c2pa_actions_are_signed_and_read_back(path):
    manifest = convert(record(path), to="c2pa-actions").output
    store, _ = sign_and_read(manifest)
    active = store["manifests"][store["active_manifest"]]
    (actions,) = [a["data"]["actions"] for a in active["assertions"] if a["label"] == "c2pa.actions.v2"]
    assert actions[0]["action"] == "c2pa.created"
    assert all(a["digitalSourceType"].startswith("http://cv.iptc.org/newscodes/digitalsourcetype/") for a in actions)
    assert [s for s in store.get("validation_status", []) if s["code"] != "signingCredential.untrusted"] == []


def test_a_work_made_by_people_with_ai_elements_is_not_labelled_wholly_generated():
    source = record(VALID / "AiUseDisclosure-television-series-lighthouse-children.yaml")
    result = convert(source, to="c2pa-actions")
    (assertion,) = result.output["assertions"]
    actions = assertion["data"]["actions"]
    dst = "http://cv.iptc.org/newscodes/digitalsourcetype/"
    assert actions[0] == {"action": "c2pa.created", "digitalSourceType": dst + "compositeSynthetic",
                          "description": "The work as a whole."}
    assert all(a["action"] == "c2pa.edited" for a in actions[1:])
    assert dst + "trainedAlgorithmicMedia" not in {a["digitalSourceType"] for a in actions}
    assert any(w.code == "CONVERT-approximate" and w.path == "$.works" for w in result.warnings)
    # the work's own record decides when it is given
    work = {"type": "CreativeWork", "conforms_to": "0.2.0", "id": source["works"][0], "title": "Episode 4",
            "work_kind": "video", "digital_source_type": "digital_creation"}
    (assertion,) = convert([{**source, "works": source["works"][:1]}, work], to="c2pa-actions").output["assertions"]
    assert assertion["data"]["actions"][0]["digitalSourceType"] == dst + "digitalCreation"


def test_eu_summary_follows_the_template_sections():
    batch = text(VALID / "TrainingDataDisclosure-corvid-aria-2.yaml", VALID / "Organization-ai-developer-corvid-labs.yaml")
    result = convert(batch, to="eu-summary")
    summary = result.output
    assert "C(2025) 5235 final" in summary["template"]
    numbers = [s["section"] for s in summary["sections"]]
    # 2.2.1 (licensed by rightsholders) and 2.2.2 (other third parties) are separate sections of the template
    assert numbers == ["1.1", "1.2", "1.3", "2.1", "2.2.1", "2.2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "CCAI"]
    # every template field CCAI does not record is named
    said = " ".join(w.message for w in result.warnings)
    for number in ("1.1", "1.2", "1.3", "3.1"):
        assert f"section {number} of the template" in said
    crawled = next(s for s in summary["sections"] if s["section"] == "2.3")
    assert crawled["sources"][0]["crawler_names"] == ["CorvidBot/2.1"]
    markdown = convert(batch, to="eu-summary-md").output
    assert markdown.startswith("# Public summary of training content: Corvid Aria 2.0")
    for heading in ("## 1. General information", "### 2.3 Data crawled", "### 3.1 Respect of reservation",
                    "### 2.2 Private non-publicly", "#### 2.2.1 Datasets commercially licensed"):
        assert heading in markdown


SPDX_BATCH = [VALID / n for n in ("TrainingDataDisclosure-corvid-aria-2.yaml", "Dataset-licensed-voice-corpus.yaml",
                                  "Dataset-public-domain-spoken-word.yaml", "Organization-ai-developer-corvid-labs.yaml",
                                  "Organization-archive-meridian-sound-archive.yaml")]


def test_spdx_document_loads_with_the_spdx_model():
    spdx_model = require("spdx_python_model", "SPDX 3 output is loaded with spdx-python-model")
    from spdx_python_model import v3_0_1 as spdx

    document = convert(text(*SPDX_BATCH), to="spdx").output
    _, objects = spdx_model.load_data(document)
    spdx.JSONLDSerializer().write(objects, io.BytesIO())  # re-writing checks every required property
    by_type = {}
    for item in objects.objects:
        by_type.setdefault(item.get_type().rsplit("/", 1)[-1], []).append(item)
    (model,) = by_type["AIPackage"]
    assert model.name == "Corvid Aria" and model.software_packageVersion == "2.0"
    assert len(by_type["DatasetPackage"]) == 2
    (relation,) = by_type["Relationship"]
    assert relation.relationshipType.endswith("trainedOn") and len(relation.to) == 2
    assert objects.link() == set()  # every reference resolves inside the document


def test_spdx_with_datasets_known_only_by_id():
    spdx_model = require("spdx_python_model", "SPDX 3 output is loaded with spdx-python-model")
    result = convert(record(VALID / "TrainingDataDisclosure-corvid-aria-1-5.yaml"), to="spdx")
    spdx_model.load_data(result.output)
    assert any(w.code == "CONVERT-missing" and w.path == "$.datasets[0]" for w in result.warnings)


@pytest.mark.parametrize("path", sorted(VALID.glob("Dataset-*.yaml")), ids=lambda p: p.stem)
def test_croissant_loads_with_mlcroissant(path):
    mlc = require("mlcroissant", "Croissant output is loaded with mlcroissant")
    document = convert(record(path), to="croissant").output
    dataset = mlc.Dataset(jsonld=document)
    assert dataset.metadata.name == record(path)["name"]
    rai = "http://mlcommons.org/croissant/RAI/"
    (node,) = expand(document)
    assert node[rai + "dataCollection"] and node[rai + "dataBiases"]


def _comparable(findings):
    return sorted((f.code, f.severity.value, f.location.path, f.message) for f in findings)


@pytest.mark.parametrize("example", [e for e in examples() if e.record_type in
                                     ("UsagePreference", "ConsentRecord", "Dataset", "TrainingDataDisclosure")],
                         ids=str)
def test_jsonld_validates_like_its_source(example, tmp_path):
    converted = tmp_path / "record.jsonld"
    converted.write_text(convert(example.path.read_bytes(), to="jsonld").text(), encoding="utf-8")
    assert _comparable(ccai_standards.validate([converted])) == _comparable(ccai_standards.validate([example.path]))


def test_jsonld_expands_and_turtle_parses_to_the_same_graph():
    rdflib = require("rdflib", "Turtle output is parsed back")
    from rdflib.compare import isomorphic

    source = record(VALID / "UsagePreference-podcaster-catalogue-opt-out.yaml")
    from_jsonld = to_graph(convert(source, to="jsonld").output)
    inline = convert(source, to="jsonld", context="inline").output
    assert isinstance(inline["@context"], dict)
    from_turtle = rdflib.Graph().parse(data=convert(source, to="turtle").output, format="turtle")
    assert len(from_turtle) > 10 and isomorphic(from_jsonld, from_turtle)


def test_several_records_become_json_lines():
    result = convert(text(*CONSENTS[:2]), to="jsonld")
    lines = result.text().splitlines()
    assert len(lines) == 2 and all(json.loads(line)["@context"] for line in lines)
