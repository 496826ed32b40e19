"""IETF AIPREF Content-Usage: pinned to draft-ietf-aipref-vocab-08 and draft-ietf-aipref-attach-05."""

from __future__ import annotations

import pytest
from convert_helpers import FIXTURES, IMPORT_CONTEXT, VALID, record

from ccai_standards.convert import aipref
from ccai_standards.convert.api import convert
from ccai_standards.convert.results import ConversionError

PODCASTER = VALID / "UsagePreference-podcaster-catalogue-opt-out.yaml"


def test_pinned_drafts():
    assert aipref.VOCAB_DRAFT == "draft-ietf-aipref-vocab-08"
    assert aipref.ATTACH_DRAFT == "draft-ietf-aipref-attach-05"
    assert set(aipref.LABELS) == {"train-ai", "ai-use", "search"}


def test_header_and_robots_export():
    assert convert(record(PODCASTER), to="aipref-header").output == \
        "Content-Usage: train-ai=n, ai-use=n\n"  # search=y would allow training inside search applications
    assert convert(record(PODCASTER), to="robots").output == \
        "User-Agent: *\nContent-Usage: / train-ai=n, ai-use=n\n"


def test_robots_example_of_the_draft():
    result = convert((FIXTURES / "aipref" / "robots.txt").read_text(), frm="robots", to="ccai",
                     base_url="https://example.com", **IMPORT_CONTEXT)
    by_location = {r["locations"][0]: r["use_preferences"] for r in result.output}
    assert by_location == {
        "https://example.com/*": [{"use": "generative_ai_training", "permission": "not_allowed"}],
        "https://example.com/ai-ok/*": [{"use": "generative_ai_training", "permission": "allowed"}],
        # Disallow: /never/ keeps crawlers out; CCAI records that as refusing every use there
        "https://example.com/never/*": [{"use": "data_mining", "permission": "not_allowed"},
                                        {"use": "ai_inference", "permission": "not_allowed"},
                                        {"use": "search_indexing", "permission": "not_allowed"}],
    }
    assert any(w.code == "CONVERT-lossy" and "examplebot" in w.message for w in result.warnings)


def test_identical_paths_combine_to_the_most_restrictive():
    result = convert((FIXTURES / "aipref" / "robots-conflict.txt").read_text(), frm="robots", to="ccai",
                     base_url="https://example.com", **IMPORT_CONTEXT)
    got = {r["use"]: r["permission"] for r in result.output["use_preferences"]}
    assert got == {"generative_ai_training": "not_allowed", "ai_inference": "not_allowed", "search_indexing": "allowed"}
    codes = [w.code for w in result.warnings]
    assert "CONVERT-conflict" in codes and "CONVERT-unknown" in codes  # tdm is not an -08 label


def test_header_field_lines_are_one_dictionary():
    result = convert((FIXTURES / "aipref" / "response-headers.txt").read_text(), frm="aipref-header", to="ccai",
                     **IMPORT_CONTEXT)
    got = {r["use"]: r["permission"] for r in result.output["use_preferences"]}
    assert got == {"generative_ai_training": "not_allowed", "ai_inference": "not_allowed", "search_indexing": "allowed"}


def test_constrained_is_written_n_with_a_warning():
    source = record(VALID / "UsagePreference-news-site-investigations-path.yaml")
    result = convert(source, to="aipref-header")
    # ai-use=n would refuse retrieval, which the record allows under a condition: it is left out, and
    # search=y would allow training inside search applications: left out too
    assert result.output == "Content-Usage: train-ai=n\n"
    assert any(w.code == "CONVERT-lossy" and w.use == "ai_inference" for w in result.warnings)
    assert any(w.code == "CONVERT-lossy" and w.use == "search_indexing" for w in result.warnings)


@pytest.mark.parametrize("value, message", [
    ((FIXTURES / "aipref" / "bad-header.txt").read_text(), "lower-case key"),
    ("Content-Usage: train-ai=n,", "trailing comma"),
    ("Content-Usage: train-ai=\"n", "unterminated string"),
    ("X-Other: 1\nY: 2", "no Content-Usage"),
])
def test_malformed_headers(value, message):
    with pytest.raises(ConversionError, match=message):
        convert(value, frm="aipref-header", to="ccai", **IMPORT_CONTEXT)


def test_values_other_than_y_or_n_are_unknown():
    result = convert("train-ai=?1, search=\"y\", ai-use=n", frm="aipref-header", to="ccai", **IMPORT_CONTEXT)
    assert [r["use"] for r in result.output["use_preferences"]] == ["ai_inference"]
    assert [w.code for w in result.warnings].count("CONVERT-unknown") == 2
