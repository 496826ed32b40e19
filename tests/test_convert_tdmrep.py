"""W3C TDMRep: tdmrep.json, headers and the ODRL Offer policy, from the final report's examples."""

from __future__ import annotations

import pytest
from convert_helpers import FIXTURES, IMPORT_CONTEXT, VALID, expand, record

from ccai_standards.convert import tdmrep
from ccai_standards.convert.api import convert
from ccai_standards.convert.results import ConversionError

NEWS = VALID / "UsagePreference-news-site-investigations-path.yaml"
ODRL = "http://www.w3.org/ns/odrl/2/"


def test_one_bit_reserves_when_any_mining_use_is_refused():
    source = {"type": "UsagePreference", "conforms_to": "0.1.0", "id": "https://example.org/p",
              "declared_by": "https://example.org/party", "declared_at": "2025-01-01T00:00:00Z",
              "locations": ["https://example.org/blog/*"],
              "use_preferences": [{"use": "data_mining", "permission": "allowed"},
                                  {"use": "generative_ai_training", "permission": "not_allowed"}]}
    result = convert(source, to="tdmrep")
    # a CCAI pattern ending in * is a prefix; in TDMRep (robots.txt matching) a path is already one
    assert result.output == [{"location": "/blog/", "tdm-reservation": 1}]
    assert [(w.code, w.path) for w in result.warnings if w.path.startswith("$.use_preferences")] == [
        ("CONVERT-more-restrictive", "$.use_preferences[0]")]


def test_import_the_reports_example():
    result = convert((FIXTURES / "tdmrep" / "tdmrep.json").read_text(), frm="tdmrep", to="ccai",
                     base_url="https://provider.example", **IMPORT_CONTEXT)
    by_location = {r["locations"][0]: r for r in result.output}
    assert by_location["https://provider.example/directory-a/*"]["use_preferences"] == [
        {"use": "data_mining", "permission": "not_allowed"}]
    assert by_location["https://provider.example/directory-b/html/*"]["use_preferences"][0]["policy"] == \
        "https://provider.example/policies/policy.json"
    assert by_location["https://provider.example/directory-b/images/*.jpg*"]["use_preferences"][0]["permission"] == \
        "allowed"
    assert result.media_type == "application/x-ndjson"


def test_headers_round_trip():
    headers = convert(record(NEWS), to="tdmrep-headers").output
    assert headers == "tdm-reservation: 1\ntdm-policy: https://www.ledgerreview.example/legal/tdm-policy.json\n"
    back = convert((FIXTURES / "tdmrep" / "response-headers.txt").read_text(), frm="tdmrep-headers", to="ccai",
                   locations=["https://provider.example/page.html"], **IMPORT_CONTEXT).output
    assert back["use_preferences"] == [{"use": "data_mining", "permission": "not_allowed",
                                        "policy": "https://provider.example/policies/policy.json"}]


def test_policy_has_the_required_contexts_type_and_profile():
    policy = convert(record(NEWS), to="tdmrep-policy").output
    assert policy["@context"] == ["http://www.w3.org/ns/odrl.jsonld", {"tdm": "http://www.w3.org/ns/tdmrep#"}]
    assert policy["@type"] == "Offer" and policy["profile"] == "http://www.w3.org/ns/tdmrep"
    assert policy["uid"].startswith("https://") and policy["assigner"]["uid"]
    assert policy["permission"][0]["action"] == "tdm:mine"
    (node,) = expand(policy)
    assert node["@type"] == [ODRL + "Offer"]
    assert node[ODRL + "profile"] == [{"@id": "http://www.w3.org/ns/tdmrep"}]
    (permission,) = node[ODRL + "permission"]
    assert permission[ODRL + "action"] == [{"@id": "http://www.w3.org/ns/tdmrep#mine"}]
    assert permission[ODRL + "duty"][0][ODRL + "action"] == [{"@id": ODRL + "obtainConsent"}]


@pytest.mark.parametrize("name, message", [("bad-reservation.json", "0 or 1"), ("not-an-array.json", "JSON array")])
def test_malformed_files(name, message):
    with pytest.raises(ConversionError, match=message):
        convert((FIXTURES / "tdmrep" / name).read_text(), frm="tdmrep", to="ccai", base_url="https://x.example",
                **IMPORT_CONTEXT)


def test_paths_need_a_site_and_a_preference_needs_locations():
    with pytest.raises(ConversionError, match="base_url"):
        convert((FIXTURES / "tdmrep" / "tdmrep.json").read_text(), frm="tdmrep", to="ccai", **IMPORT_CONTEXT)
    source = record(NEWS)
    del source["locations"]
    source["works"] = ["https://example.org/w"]
    with pytest.raises(ConversionError, match="no `locations`"):
        convert(source, to="tdmrep")
    assert tdmrep.SPEC.startswith("W3C TDM Reservation Protocol")


def test_one_response_with_tdm_and_content_usage_is_read_together():
    response = "HTTP/1.1 200 OK\ntdm-reservation: 0\nContent-Usage: train-ai=n\n"
    result = convert(response, frm="http-headers", to="ccai", **IMPORT_CONTEXT, locations=["https://x.example/a"])
    got = {r["use"]: r["permission"] for r in result.output["use_preferences"]}
    # TDMRep allows mining, AIPREF refuses generative training: both hold, the stricter wins
    assert got == {"data_mining": "allowed", "generative_ai_training": "not_allowed"}
    assert result.output["published_via"] == ["tdmrep", "aipref_content_usage"]


def test_two_imports_of_one_response_get_different_ids():
    response = "tdm-reservation: 1\nContent-Usage: train-ai=n\n"
    ids = {convert(response, frm=fmt, to="ccai", **IMPORT_CONTEXT).output["id"]
           for fmt in ("tdmrep-headers", "aipref-header", "http-headers")}
    assert len(ids) == 3


def test_one_id_for_several_imported_statements_is_refused():
    rules = '[{"location": "/a/", "tdm-reservation": 1}, {"location": "/b/", "tdm-reservation": 0}]'
    with pytest.raises(ConversionError, match="each gets its own id"):
        convert(rules, frm="tdmrep", to="ccai", base_url="https://x.example", **IMPORT_CONTEXT,
                id="https://x.example/pref")
    records = convert(rules, frm="tdmrep", to="ccai", base_url="https://x.example", **IMPORT_CONTEXT).output
    assert len({r["id"] for r in records}) == 2
