"""RSL 1.0 licences and Content Signals: the two formats users meet today, in and out with their losses."""

from __future__ import annotations

import pytest
from convert_helpers import FIXTURES, IMPORT_CONTEXT, VALID, record

import ccai_standards
from ccai_standards.convert import content_signals, rsl
from ccai_standards.convert.api import convert
from ccai_standards.convert.results import ConversionError

NEWS = VALID / "UsagePreference-news-site-investigations-path.yaml"
PODCASTER = VALID / "UsagePreference-podcaster-catalogue-opt-out.yaml"


def uses(result_or_record) -> dict[str, str]:
    data = result_or_record.output if hasattr(result_or_record, "output") else result_or_record
    return {r["use"]: r["permission"] for r in data["use_preferences"]}


def valid(records) -> None:
    records = records if isinstance(records, list) else [records]
    assert [f.message for f in ccai_standards.validate(records, refs="off") if f.is_error] == []


def test_the_rsl_collective_licence_is_read_as_paid_ai_use():
    result = convert((FIXTURES / "rsl" / "rsl-collective-royalty.xml").read_text(), frm="rsl", to="ccai",
                     base_url="https://example.com", **IMPORT_CONTEXT)
    got = result.output
    # a permits list is closed: search and non-AI mining are not licensed; every AI use is, with payment
    assert uses(got)["search_indexing"] == "not_allowed" and uses(got)["data_mining"] == "not_allowed"
    rules = {r["use"]: r for r in got["use_preferences"]}
    assert rules["ai_inference"]["permission"] == "constrained"
    assert rules["ai_inference"]["policy"] == "https://rslcollective.org/license"
    assert got["licence_terms"][0]["compensation_model"] == "per_use"
    assert got["licence_terms"][0]["trigger"] == "per_generated_output"
    # CCAI's data_mining holds training, so the paid training licence is recorded as refused, and said so
    assert any(w.code == "CONVERT-more-restrictive" for w in result.warnings)
    valid(got)


def test_licences_are_alternatives_and_the_narrower_usage_decides():
    result = convert((FIXTURES / "rsl" / "full-features.xml").read_text(), frm="rsl", to="ccai",
                     base_url="https://example.com", **IMPORT_CONTEXT)
    got = {r["use"]: r for r in result.output["use_preferences"]}
    # licence 1 allows search and AI input for attribution, licence 2 training for a fee: either may be taken
    assert got["search_indexing"]["permission"] == "constrained"
    assert got["ai_inference"]["constraint_info"] == "Attribution: credit with a link."
    # other mining is licensed by neither; CCAI's refusal of data mining holds training, so the paid training
    # licence cannot be recorded without losing that refusal: training is recorded refused, and said so
    assert got["data_mining"]["permission"] == "not_allowed"
    assert {w.use for w in result.warnings if w.code == "CONVERT-more-restrictive"} >= {"ai_training"}
    terms = result.output["licence_terms"]
    assert any(t.get("amount") == "0.015" and t.get("currency") == "USD" and t["trigger"] == "per_training_run"
               for t in terms)
    assert result.output["licensing_contact"] == "https://example.com/contact"
    valid(result.output)


@pytest.mark.parametrize("text, message", [
    ('<rsl xmlns="https://rslstandard.org/rsl"><content url="/"></content></rsl>', "at least one <license>"),
    ('<rsl><content url="/"/></rsl>', "RSL namespace"),
    ('<!DOCTYPE x><rsl xmlns="https://rslstandard.org/rsl"/>', "document type"),
    ('<rsl xmlns="https://rslstandard.org/rsl"><content url="x"><license/></content></rsl>', "neither an address"),
    ("not xml", "not well-formed"),
])
def test_bad_rsl_documents_get_clear_errors(text, message):
    with pytest.raises(ConversionError, match=message):
        convert(text, frm="rsl", to="ccai", base_url="https://example.com", **IMPORT_CONTEXT)


def test_unknown_usage_tokens_and_user_limits_are_reported():
    text = ('<rsl xmlns="https://rslstandard.org/rsl"><content url="/"><license><permits type="usage">train-ai '
            'search</permits><permits type="user">education</permits></license></content></rsl>')
    result = convert(text, frm="rsl", to="ccai", base_url="https://example.com", **IMPORT_CONTEXT)
    codes = {(w.code, w.message.split(" ")[0]) for w in result.warnings}
    assert ("CONVERT-unknown", "`train-ai`") in codes
    assert uses(result)["search_indexing"] == "constrained"  # limited to some users: not plainly allowed


def test_rsl_export_never_permits_more_and_pays_as_the_terms_say():
    source = record(NEWS)
    source["licence_terms"] = [{"compensation_model": "per_use", "trigger": "per_generated_output", "amount": "0.02",
                                "currency": "EUR", "payee": source["declared_by"]}]
    result = convert(source, to="rsl")
    assert '<payment type="use"><amount currency="EUR">0.02</amount>' in result.output
    back = convert(result.output, frm="rsl", to="ccai", **IMPORT_CONTEXT).output
    assert uses(back)["ai_inference"] == "constrained" and uses(back)["search_indexing"] == "allowed"
    assert uses(back)["data_mining"] == "not_allowed"  # the record's refusal of generative training holds


def test_the_robots_txt_license_line_points_to_the_document():
    out = convert(record(PODCASTER), to="rsl-robots", licence_url="https://saltroad.example/license.xml").output
    assert out == "License: https://saltroad.example/license.xml\n"
    with pytest.raises(ConversionError, match="licence_url"):
        convert(record(PODCASTER), to="rsl-robots")


def test_content_signals_from_the_policy_site_examples():
    result = convert((FIXTURES / "content-signals" / "robots.txt").read_text(), frm="content-signals", to="ccai",
                     base_url="https://example.com", **IMPORT_CONTEXT)
    by_location = {r["locations"][0]: uses(r) for r in result.output}
    assert by_location["https://example.com/*"] == {"ai_training": "not_allowed", "ai_inference": "allowed",
                                                    "search_indexing": "allowed"}
    assert by_location["https://example.com/blog/*"] == {"ai_training": "not_allowed", "ai_inference": "not_allowed",
                                                         "search_indexing": "allowed"}
    assert any("googlebot" in w.message for w in result.warnings)
    valid(result.output)


def test_content_signals_export_carries_the_policy_and_never_says_yes_beyond_the_record():
    out = convert(record(PODCASTER), to="content-signals").output
    assert out.startswith(content_signals.POLICY_TEXT)
    assert out.endswith("Content-Signal: / search=yes, ai-input=no, ai-train=no\n")
    # a conditional use is never "yes"
    news = convert(record(NEWS), to="content-signals")
    assert "ai-input=yes" not in news.output
    assert any(w.use == "ai_inference" for w in news.warnings)


def test_unknown_signals_and_values_are_reported():
    result = convert("Content-Signal: search=yes, ai-train=maybe, use=reference", frm="content-signals", to="ccai",
                     **IMPORT_CONTEXT)
    assert uses(result) == {"search_indexing": "allowed"}
    assert [w.code for w in result.warnings].count("CONVERT-unknown") == 2


def test_the_aipref_robots_import_points_to_the_other_mechanisms_lines():
    text = "User-Agent: *\nContent-Usage: train-ai=n\nContent-Signal: ai-train=no\nLicense: https://x.example/l.xml\n"
    result = convert(text, frm="robots", to="ccai", base_url="https://x.example", **IMPORT_CONTEXT)
    said = " ".join(w.message for w in result.warnings if w.code == "CONVERT-unknown")
    assert "--from content-signals" in said and "--from rsl" in said


def test_vocabularies_name_their_specifications():
    assert "RSL-SPEC-1.0" in rsl.SPEC and "24 September 2025" in content_signals.POLICY
