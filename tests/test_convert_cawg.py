"""CAWG training-and-data-mining assertion: fixtures written from CAWG 1.1 and the legacy C2PA 1.x
definition, and the exported manifest definition signed and read back with c2pa-python."""

from __future__ import annotations

import json

import pytest
from convert_helpers import FIXTURES, IMPORT_CONTEXT, VALID, record, sign_and_read

from ccai_standards.convert import cawg
from ccai_standards.convert.api import convert
from ccai_standards.convert.results import ConversionError


def imported(name: str, **options):
    return convert((FIXTURES / "cawg" / name).read_text(), frm="cawg", to="ccai", **IMPORT_CONTEXT, **options)


def rules(result) -> dict[str, dict]:
    return {r["use"]: r for r in result.output["use_preferences"]}


def test_cawg_labels_and_constrained_without_info():
    result = imported("manifest-definition-cawg.json")
    got = rules(result)
    assert got["data_mining"] == {"use": "data_mining", "permission": "constrained",
                                  "constraint_info": "may only be mined on days whose names end in 'y'"}
    assert got["ai_inference"]["permission"] == "not_allowed"  # constrained with no information
    # cawg.ai_training (non-generative) is allowed, generative training refused: the refusal stays, and
    # CCAI cannot allow training under a constrained data_mining, so it says so
    assert got["generative_ai_training"]["permission"] == "not_allowed"
    assert "ai_training" not in got
    assert any(w.code == "CONVERT-more-restrictive" and w.use == "ai_training" for w in result.warnings)
    assert result.output["published_via"] == ["cawg_training_mining"]


def test_independent_categories_do_not_import_into_a_record_that_allows_under_a_refusal():
    """CAWG's categories are independent: data mining refused with training allowed is a valid assertion;
    the CCAI record refuses training too (CCAI's data_mining holds training) and warns, and passes PREF-002."""
    import ccai_standards

    text = json.dumps({"label": "cawg.training-mining", "data": {"entries": {
        "cawg.data_mining": {"use": "notAllowed"}, "cawg.ai_training": {"use": "allowed"},
        "cawg.ai_generative_training": {"use": "allowed"}}}})
    result = convert(text, frm="cawg", to="ccai", **IMPORT_CONTEXT, works=["https://example.org/works/1"])
    assert rules(result) == {"data_mining": {"use": "data_mining", "permission": "not_allowed"}}
    assert {w.use for w in result.warnings if w.code == "CONVERT-more-restrictive"} >= {"ai_training"}
    assert [f for f in ccai_standards.validate(result.output, refs="off") if f.is_error] == []


def test_legacy_c2pa_labels_keys_at_the_top_and_constraints_info_spelling():
    got = rules(imported("legacy-c2pa-assertion.json"))
    assert got["ai_inference"] == {"use": "ai_inference", "permission": "constrained",
                                   "constraint_info": "Licence required: https://licensing.example/ai"}
    assert got["ai_training"]["permission"] == "not_allowed"
    assert got["data_mining"]["permission"] == "allowed"


def test_manifest_store_both_labels_most_restrictive_wins_and_custom_keys_are_reported():
    result = imported("manifest-store.json")
    got = rules(result)
    assert got["data_mining"]["permission"] == "not_allowed"  # cawg says notAllowed, legacy says allowed
    codes = {(w.code, w.path) for w in result.warnings}
    assert any(code == "CONVERT-conflict" for code, _ in codes)
    assert ("CONVERT-unknown", '$.manifests["urn:c2pa:3fad1ead-8ed5-44d0-873b-ea5f58adea82"].assertions[1].data'
            '.entries["com.example.style_transfer"]') in codes


def test_cawg_entry_keys_match_the_schema_annotations():
    import yaml

    core = yaml.safe_load((FIXTURES.parents[2] / "schema" / "core.yaml").read_text(encoding="utf-8"))
    values = core["enums"]["AiUseEnum"]["permissible_values"]
    annotated = {use: v["annotations"]["cawg_entry"] for use, v in values.items()
                 if "cawg_entry" in (v.get("annotations") or {})}
    assert annotated == cawg.ENTRY_OF_USE


@pytest.mark.parametrize("name, message", [
    ("bad-use-value.json", "allowed, notAllowed or constrained"),
    ("bad-entries.json", "keyed by category"),
])
def test_malformed_assertions_get_clear_errors(name, message):
    with pytest.raises(ConversionError, match=message) as error:
        imported(name)
    assert error.value.path is not None and error.value.path.startswith("$")


def test_no_assertion_and_not_json():
    with pytest.raises(ConversionError, match="no cawg.training-mining"):
        convert(json.dumps({"assertions": [{"label": "c2pa.actions.v2", "data": {}}]}), frm="cawg", to="ccai",
                **IMPORT_CONTEXT)
    with pytest.raises(ConversionError, match="not valid JSON"):
        convert("{nope", frm="cawg", to="ccai", **IMPORT_CONTEXT)


@pytest.mark.parametrize("path", sorted(VALID.glob("UsagePreference-*.yaml")) +
                         sorted((FIXTURES / "ccai").glob("UsagePreference-*.yaml")), ids=lambda p: p.stem)
def test_manifest_definition_is_signed_and_read_back_by_c2pa(path):
    manifest = convert(record(path), to="cawg", digital_source_type="digital_capture").output
    # A default Builder (no intent) takes it: the first action is c2pa.created with a digital source type.
    store, reader = sign_and_read(manifest)
    active = store["manifests"][store["active_manifest"]]
    found = [a for a in active["assertions"] if a["label"] == cawg.LABEL]
    assert found and found[0]["data"] == manifest["assertions"][1]["data"]
    assert store["validation_state"] in ("Valid", "Trusted")
    problems = [s for s in store.get("validation_status", []) if s["code"] != "signingCredential.untrusted"]
    assert problems == []
    # and what a reader prints comes back in
    back = convert(store, frm="cawg", to="ccai", **IMPORT_CONTEXT).output
    assert back["use_preferences"]


@pytest.mark.parametrize("store, refused", [
    ({"validation_state": "Invalid"}, True),
    ({"validation_state": "Valid", "validation_status": [{"code": "assertion.dataHash.mismatch"}]}, True),
    ({"validation_state": "Valid", "validation_results": {"activeManifest": {"failure": [
        {"code": "claimSignature.mismatch"}]}}}, True),
    ({"validation_state": "Valid", "validation_status": [{"code": "signingCredential.untrusted"}]}, False),
    ({"validation_state": "Trusted"}, False),
    # odd shapes are read, never a traceback
    ({"validation_state": "Valid", "validation_status": "broken", "active_manifest": ["x"]}, False),
])
def test_a_manifest_store_that_did_not_validate_is_refused(store, refused):
    from ccai_standards.convert.results import ConversionError

    data = json.loads((FIXTURES / "cawg" / "manifest-store.json").read_text())
    data.update(store)
    if refused:
        with pytest.raises(ConversionError, match="did not validate"):
            convert(data, frm="cawg", to="ccai", **IMPORT_CONTEXT)
        result = convert(data, frm="cawg", to="ccai", **IMPORT_CONTEXT, invalid_manifest="warn")
        assert any("did not validate" in w.message for w in result.warnings)
    else:  # (an active_manifest that is not a label falls back to the store's only manifest)
        assert convert(data, frm="cawg", to="ccai", **IMPORT_CONTEXT).output["use_preferences"]
