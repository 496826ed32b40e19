"""Usage-preference semantics shared by every format, and round trips ours -> format -> ours.

A round trip must give back the input except where a warning says what was lost; it must
never allow more than the input did.
"""

from __future__ import annotations

import pytest
from convert_helpers import IMPORT_CONTEXT, PREFERENCE_FILES, record

from ccai_standards.convert.api import convert
from ccai_standards.convert.preferences import RANK, effective, explicit
from ccai_standards.document import json_path


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


FORMATS = {  # format -> options the import needs besides who declared and when
    "cawg": {}, "xmp": {}, "aipref-header": {}, "tdmrep": {"base_url": "SITE"}, "robots": {"base_url": "SITE"},
}


def _site(source: dict) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(source["locations"][0])
    return f"{parts.scheme}://{parts.netloc}"


@pytest.mark.parametrize("path", PREFERENCE_FILES, ids=lambda p: p.stem)
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_round_trip_gives_back_the_input_except_what_is_reported(fmt, path):
    source = record(path)
    exported = convert(source, to=fmt)
    options = {k: (_site(source) if v == "SITE" else v) for k, v in FORMATS[fmt].items()}
    context = {**IMPORT_CONTEXT, "declared_by": source["declared_by"], "declared_at": source["declared_at"],
               "id": source["id"]}
    back = convert(exported.output, frm=fmt, to="ccai", **context, **options).output
    backs = back if isinstance(back, list) else [back]
    warned = {w.path for w in exported.warnings}
    before = effective(source)
    for item in backs:
        after = effective(item)
        for use, stated in explicit(source).items():
            where = json_path(stated.path)
            now = after[use]
            assert now is None or now.rank >= before[use].rank, f"{fmt} allows more for {use}"
            kept = now is not None and now.rank == before[use].rank and all(
                getattr(now, f) == getattr(before[use], f) for f in ("constraint_info", "policy")
                if getattr(before[use], f))
            if not kept:
                assert where in warned, f"{fmt}: {use} changed ({before[use]} -> {now}) without a warning at {where}"
    for field, value in source.items():
        if field in ("use_preferences", "published_via", "locations") or field in ("type", "conforms_to"):
            continue
        if any(item.get(field) != value for item in backs):
            assert f"$.{field}" in warned, f"{fmt}: `{field}` changed without a warning"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_exports_never_allow_more_than_the_source(fmt):
    for path in PREFERENCE_FILES:
        source = record(path)
        for warning in convert(source, to=fmt).warnings:
            assert warning.code in ("CONVERT-lossy", "CONVERT-more-restrictive", "CONVERT-approximate",
                                    "CONVERT-missing")
    assert set(RANK) == {"allowed", "constrained", "not_allowed"}


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
