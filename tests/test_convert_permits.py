"""Contract 16 as a property: no export permits what the record refuses, over the whole preference space.

Records are generated over every combination of uses, permissions, conditions, default and
scope. For each export format, what the output says is read back the way the format's
specification reads it (`read_export`), activity by activity (`permits`), and:

* anything the output permits beyond the record is named in a CONVERT-more-permissive warning
  (and the converters are built so that this never happens);
* where the output refuses more, a CONVERT-more-restrictive warning names the use;
* where it says nothing or loses a condition, a CONVERT-lossy warning names the use;
* where nothing differs, the import of the output gives the record's statements back.

The number of records per format is CCAI_PROPERTY_EXAMPLES (default 120 in CI); set it to
thousands for a long run.
"""

from __future__ import annotations

import os

import pytest
from convert_helpers import IMPORT_CONTEXT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ccai_standards.convert import aipref, cawg, content_signals, iptc_plus, rsl, tdmrep
from ccai_standards.convert.api import convert
from ccai_standards.convert.permits import (
    ACTIVITIES,
    ALL_ACTIVITIES,
    differences,
    permits,
    reading_activities,
    record_activities,
)
from ccai_standards.convert.preferences import ai_uses
from ccai_standards.convert.results import ConversionError

EXAMPLES = int(os.environ.get("CCAI_PROPERTY_EXAMPLES", "120"))
SITE = "https://site.example"
CONDITIONS = [(None, "https://licensing.example/terms"), ("Only with a licence.", None),
              ("Credit the author.", "https://licensing.example/credit")]


@st.composite
def preferences(draw):
    uses = draw(st.lists(st.sampled_from(ai_uses()), min_size=1, max_size=6, unique=True))
    rules = []
    for use in uses:
        permission = draw(st.sampled_from(["allowed", "not_allowed", "constrained"]))
        rule = {"use": use, "permission": permission}
        if permission == "constrained" and draw(st.booleans()):
            info, policy = draw(st.sampled_from(CONDITIONS))
            rule.update({k: v for k, v in (("constraint_info", info), ("policy", policy)) if v})
        rules.append(rule)
    record = {"type": "UsagePreference", "conforms_to": "0.2.0", "id": "https://id.example/pref/1",
              "declared_by": "https://id.example/people/author", "use_preferences": rules,
              "declared_at": "2026-01-01T00:00:00Z"}
    default = draw(st.sampled_from([None, "allowed", "not_allowed", "constrained"]))
    if default:
        record["default_permission"] = default
    scope = draw(st.sampled_from(["works", "catalogue", "locations"]))
    if scope == "works":
        record["works"] = ["https://id.example/works/1"]
    elif scope == "catalogue":
        record["catalogue_of"] = "https://id.example/people/author"
    record["locations"] = draw(st.lists(st.sampled_from([f"{SITE}/*", f"{SITE}/shows/*", f"{SITE}/about"]),
                                        min_size=1, max_size=2, unique=True))
    return record


#: format -> (what any reader of the output sees, how to import it back, options of the import)
FORMATS = {
    "aipref-header": (aipref.VOCABULARY, aipref.read_export, {}),
    "robots": (aipref.VOCABULARY, aipref.read_export, {"base_url": SITE}),
    "tdmrep": (tdmrep.VOCABULARY, tdmrep.read_export, {"base_url": SITE}),
    "tdmrep-headers": (tdmrep.VOCABULARY, tdmrep.read_export, {}),
    "xmp": (iptc_plus.VOCABULARY, iptc_plus.read_export, {}),
    "cawg": (cawg.VOCABULARY, cawg.read_export, {}),
    "content-signals": (content_signals.VOCABULARY, content_signals.read_export, {"base_url": SITE}),
    "rsl": (rsl.ACTIVITY_READING, rsl.read_export, {}),
}
EXPORT_OPTIONS = {"cawg": {"digital_source_type": "digital_capture"}}


def _named(warnings, code: str, activity: str) -> bool:
    return any(w.code == code and w.use and activity in ACTIVITIES[w.use] for w in warnings)


def _exported(fmt: str, record: dict):
    try:
        return convert(record, to=fmt, **EXPORT_OPTIONS.get(fmt, {}))
    except ConversionError as exc:  # a record the format cannot speak of at all must say so plainly
        assert exc.message and "Traceback" not in exc.message
        return None


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_no_export_permits_more_than_the_record(fmt):
    vocabulary, read, options = FORMATS[fmt]

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(preferences())
    def check(record):
        result = _exported(fmt, record)
        if result is None:
            return
        reading = read(result.output)
        found = differences(record_activities(record), reading_activities(vocabulary, reading))
        for item in found:
            code = {"more": "CONVERT-more-permissive", "stricter": "CONVERT-more-restrictive"}.get(item.kind,
                                                                                                  "CONVERT-lossy")
            assert _named(result.warnings, code, item.activity), \
                f"{fmt}: {item.kind} for {item.activity} ({item.source} -> {item.output}) without a {code} warning"
            assert item.kind != "more", f"{fmt} permits more than the record for {item.activity}"
        inside = [item for item in found if item.activity in vocabulary.activities]
        if inside or not reading:  # nothing to give back when the output says nothing (and loses nothing)
            return
        back = convert(result.output if not isinstance(result.output, str) else result.text(), frm=fmt, to="ccai",
                       **{**IMPORT_CONTEXT, **options}).output
        backs = back if isinstance(back, list) else [back]
        mine = record_activities(record)
        for item in backs[:1]:
            again = record_activities(item)
            for activity in sorted(vocabulary.activities):
                before, after = mine[activity], again[activity]
                same = (before is None) == (after is None) and (before is None or (
                    before.permission == after.permission and
                    (before.permission != "constrained" or before.same_meaning(after))))
                assert same, \
                    f"{fmt}: exact output, but {activity} came back as {after} instead of {before}"

    check()


def test_an_exporter_that_refuses_everything_fails_the_property():
    """The property is not empty: refusing everything is caught (it refuses more without saying so)."""
    record = {"use_preferences": [{"use": "data_mining", "permission": "allowed"}]}
    everything = {"tdm": tdmrep.meaning(1, None)["tdm"]}
    found = differences(record_activities(record), reading_activities(tdmrep.VOCABULARY, everything),
                        tdmrep.VOCABULARY.activities)
    assert {item.kind for item in found} == {"stricter"}
    assert {item.activity for item in found} == ACTIVITIES["data_mining"]


def test_permits_says_what_any_part_of_each_use_is_given():
    # AIPREF search=y allows processing inside search applications, training included, whatever train-ai says
    said = permits(aipref.VOCABULARY, aipref.read_export("Content-Usage: train-ai=n, search=y"))
    assert said["search_indexing"] == "allowed" and said["generative_ai_training"] == "allowed"
    assert said["replica_creation"] is None
    said = permits(aipref.VOCABULARY, aipref.read_export("Content-Usage: train-ai=n"))
    assert said["generative_ai_training"] == "not_allowed" and said["ai_training"] == "not_allowed"
    assert said["data_mining"] == "not_allowed" and said["search_indexing"] is None


def test_a_use_the_format_has_no_category_for_is_reported_lost():
    record = {"type": "UsagePreference", "conforms_to": "0.2.0", "id": "https://id.example/pref/2",
              "declared_by": "https://id.example/people/author", "declared_at": "2026-01-01T00:00:00Z",
              "works": ["https://id.example/works/1"],
              "use_preferences": [{"use": "generative_ai_training", "permission": "not_allowed"},
                                  {"use": "voice_cloning", "permission": "not_allowed"}]}
    for fmt in ("aipref-header", "tdmrep-headers", "xmp", "cawg"):
        warnings = convert(record, to=fmt, **EXPORT_OPTIONS.get(fmt, {})).warnings
        assert any(w.code == "CONVERT-lossy" and w.use == "voice_cloning" and w.path == "$.use_preferences[1]"
                   for w in warnings), fmt


def test_every_use_is_made_of_activities_that_follow_the_hierarchy():
    from ccai_standards.convert.preferences import broader

    assert set(ACTIVITIES) == set(ai_uses())
    for use in ai_uses():
        assert ACTIVITIES[use] and ACTIVITIES[use] <= set(ALL_ACTIVITIES)
        for wider in broader(use):
            assert ACTIVITIES[use] <= ACTIVITIES[wider], f"{use} is under {wider} but not inside it"


READERS = {  # format -> generated input text
    "aipref-header": lambda d: "Content-Usage: " + ", ".join(f"{k}={'y' if v else 'n'}" for k, v in d.items()),
    "tdmrep-headers": lambda d: f"tdm-reservation: {int(not d.get('train-ai', True))}",
}


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_import_then_export_never_permits_more_than_the_input(fmt):
    vocabulary, read, options = FORMATS[fmt]

    @settings(max_examples=EXAMPLES, deadline=None)
    @given(st.dictionaries(st.sampled_from(["train-ai", "ai-use", "search"]), st.booleans(), min_size=1))
    def check(said):
        text = READERS[fmt](said)
        given_reading = read(text)
        try:
            record = convert(text, frm=fmt, to="ccai", **IMPORT_CONTEXT, locations=[f"{SITE}/*"]).output
        except ConversionError:
            return
        record_said = record_activities(record)
        # the imported record never permits more than the input
        for item in differences(record_said, reading_activities(vocabulary, given_reading)):
            assert item.kind != "stricter", f"{fmt}: the import permits more for {item.activity}"
        result = _exported(fmt, record)
        if result is None:
            return
        for item in differences(record_said, reading_activities(vocabulary, read(result.output)),
                                vocabulary.activities):
            assert item.kind != "more", f"{fmt}: import then export permits more for {item.activity}"

    check()
