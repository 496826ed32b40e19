"""Usage-preference semantics shared by every format, and round trips ours -> format -> ours.

A round trip must give back the input except where a warning says what was lost; it must
never allow more than the input did.
"""

from __future__ import annotations

import pytest
from convert_helpers import IMPORT_CONTEXT

from ccai_standards.convert.api import convert
from ccai_standards.convert.preferences import effective, explicit


def pref(*rules, default=None):
    data = {"type": "UsagePreference", "use_preferences": [dict(zip(("use", "permission", "constraint_info"), r))
                                                           for r in rules]}
    if default:
        data["default_permission"] = default
    return data


def test_a_refusal_covers_the_narrower_uses():
    applies = effective(pref(("ai_training", "not_allowed")))
    assert applies["generative_ai_training"].permission == "not_allowed"
    assert applies["fine_tuning"].permission == "not_allowed"
    assert applies["data_mining"] is None and applies["ai_inference"] is None


def test_the_most_restrictive_statement_wins():
    applies = effective(pref(("data_mining", "not_allowed"), ("generative_ai_training", "allowed")))
    assert applies["generative_ai_training"].permission == "not_allowed"


def test_the_default_applies_to_uses_not_listed_only():
    applies = effective(pref(("search_indexing", "allowed"), default="not_allowed"))
    assert applies["search_indexing"].permission == "allowed"
    assert applies["ai_inference"].permission == "not_allowed"


def test_constrained_without_a_condition_means_not_allowed():
    assert explicit(pref(("data_mining", "constrained")))["data_mining"].permission == "not_allowed"
    assert explicit(pref(("data_mining", "constrained", "with a licence")))["data_mining"].permission == "constrained"


# Round trips and "never permits more" are properties over generated records: test_convert_permits.py.


def test_imports_need_to_know_who_declared():
    from ccai_standards.convert.results import ConversionError

    with pytest.raises(ConversionError, match="declared_by"):
        convert("Content-Usage: train-ai=n", frm="aipref-header", to="ccai")


def test_imported_records_are_valid_ccai_records():
    from convert_helpers import FIXTURES

    import ccai_standards

    imported = [
        convert((FIXTURES / "cawg" / "manifest-definition-cawg.json").read_text(), frm="cawg", to="ccai",
                **IMPORT_CONTEXT, works=["https://photographer.example/works/harbour-at-dawn"]).output,
        *convert((FIXTURES / "tdmrep" / "tdmrep.json").read_text(), frm="tdmrep", to="ccai", **IMPORT_CONTEXT,
                 base_url="https://provider.example").output,
        *convert((FIXTURES / "aipref" / "robots.txt").read_text(), frm="robots", to="ccai", **IMPORT_CONTEXT,
                 base_url="https://provider.example").output,
    ]
    findings = [f for f in ccai_standards.validate(imported, refs="off") if f.is_error]
    assert findings == []
