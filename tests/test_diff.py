"""`ccai diff` on schema pairs: the real schema against a copy with one change each.

Every test names the change it makes and asserts the change found, its class (breaking,
compatible or editorial), the verdict (the smallest bump) and whether the version is enough.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ccai_standards.diff import Impact, Report, compare_snapshots, load_snapshot
from ccai_standards.diff.changes import Change
from diff_helpers import edit, make_repository, rename_slot_everywhere, requirement, save, set_version

B, C, E = Impact.BREAKING, Impact.COMPATIBLE, Impact.EDITORIAL


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> Path:
    return make_repository(tmp_path_factory.mktemp("baseline") / "repo")


@pytest.fixture(scope="module")
def old(baseline):
    return load_snapshot(str(baseline))


@pytest.fixture
def new(baseline, tmp_path) -> Path:
    """A fresh copy of the baseline for the test to change."""
    target = tmp_path / "new"
    shutil.copytree(baseline, target)
    return target


def run(old, new: Path, version: str | None = None) -> Report:
    if version:
        set_version(new, version)
    return compare_snapshots(old, load_snapshot(str(new)))


def only(report: Report, **match) -> Change:
    """The single change that matches; fails listing every change otherwise."""
    found = [c for c in report.changes if all(getattr(c, k) == v for k, v in match.items())]
    assert len(found) == 1, f"expected one change with {match}, got:\n" + "\n".join(
        f"  {c.impact.value}: {c.label} {c.summary} {c.old!r} → {c.new!r}" for c in report.changes)
    return found[0]


def schema(new: Path, module: str) -> Path:
    return new / "schema" / f"{module}.yaml"


# ---- no change ---------------------------------------------------------------------------

def test_identical_sides_have_no_changes_and_need_no_bump(old, new):
    report = run(old, new)
    assert report.changes == []
    assert report.verdict == "none" and report.bumped_enough


def test_release_snapshot_and_its_source_compare_equal():
    """The merged, normalised artefact and the source folder load into the same model."""
    from conftest import ARTIFACTS, ROOT

    report = compare_snapshots(load_snapshot(str(ARTIFACTS / "ccai.linkml.yaml")), load_snapshot(str(ROOT / "schema")))
    assert report.changes == [], [c.label for c in report.changes]


# ---- cardinality and required --------------------------------------------------------------

def test_optional_to_required_is_breaking(old, new):
    with edit(schema(new, "consent")) as doc:
        doc["slots"]["valid_until"]["required"] = True
    report = run(old, new)
    change = only(report, attribute="required", element="valid_until")
    assert (change.impact, change.old, change.new) == (B, False, True)
    assert "ConsentRecord" in change.classes and "UsagePreference" in change.classes
    assert report.verdict == "minor" and not report.bumped_enough
    assert report.minimum_version == "0.2.0"
    assert run(old, new, "0.2.0").bumped_enough


def test_required_to_optional_is_compatible(old, new):
    with edit(schema(new, "consent")) as doc:
        doc["slots"]["commercial"]["required"] = False
    change = only(run(old, new), attribute="required", element="commercial")
    assert change.impact is C and change.old is True


def test_single_to_multivalued_is_breaking(old, new):
    with edit(schema(new, "consent")) as doc:
        doc["slots"]["valid_until"]["multivalued"] = True
    report = run(old, new)
    assert only(report, attribute="multivalued", element="valid_until").impact is B
    assert report.verdict == "minor"


def test_multivalued_to_single_is_breaking(old, new):
    with edit(schema(new, "consent")) as doc:
        doc["slots"]["media"]["multivalued"] = False
    assert only(run(old, new), attribute="multivalued", element="media").impact is B


def test_higher_minimum_and_lower_maximum_cardinality_are_breaking(old, new):
    with edit(schema(new, "consent")) as doc:
        doc["classes"]["ConsentRecord"]["slot_usage"]["permitted_uses"]["minimum_cardinality"] = 2
        doc["classes"]["ConsentRecord"]["slot_usage"]["permitted_uses"]["maximum_cardinality"] = 5
    report = run(old, new)
    assert only(report, attribute="minimum_cardinality", element="permitted_uses").impact is B
    maximum = only(report, attribute="maximum_cardinality", element="permitted_uses")
    assert maximum.impact is B and "ConsentRecord" in maximum.classes
    assert "ReplicaAuthorisation" in maximum.classes, "a subclass inherits the slot_usage"


def test_higher_maximum_cardinality_is_compatible(old, new, baseline):
    with edit(schema(new, "consent")) as doc:
        doc["classes"]["ConsentRecord"]["slot_usage"]["permitted_uses"]["maximum_cardinality"] = 5
    tight = load_snapshot(str(new))
    looser = new.parent / "looser"
    shutil.copytree(new, looser)
    with edit(schema(looser, "consent")) as doc:
        doc["classes"]["ConsentRecord"]["slot_usage"]["permitted_uses"]["maximum_cardinality"] = 9
    assert only(compare_snapshots(tight, load_snapshot(str(looser))), attribute="maximum_cardinality").impact is C


# ---- patterns ---------------------------------------------------------------------------

def test_narrower_type_pattern_is_breaking_and_names_the_fields_it_affects(old, new):
    with edit(schema(new, "core")) as doc:
        doc["types"]["TerritoryCode"]["pattern"] = "^(EU|[A-Z]{2}(-[A-Z0-9]{1,3})?)$"  # WORLD dropped
    report = run(old, new)
    change = only(report, subject="type", attribute="pattern")
    assert change.element == "TerritoryCode" and change.impact is B
    assert "narrower" in change.reason and "WORLD" in change.reason
    assert any(a.endswith(".territories") for a in change.affects)
    assert not [c for c in report.changes if c.subject == "field"], "fields inherit the type's change"


def test_wider_type_pattern_is_compatible(old, new):
    with edit(schema(new, "core")) as doc:
        doc["types"]["TerritoryCode"]["pattern"] = "^(WORLD|EU|UN|[A-Z]{2}(-[A-Z0-9]{1,3})?)$"
    report = run(old, new)
    assert only(report, subject="type", attribute="pattern").impact is C
    assert report.verdict == "minor"


def test_new_pattern_on_a_field_is_breaking(old, new):
    with edit(schema(new, "consent")) as doc:
        doc["slots"]["intended_use_description"]["pattern"] = "^[A-Z]"
    change = only(run(old, new), attribute="pattern", element="intended_use_description")
    assert change.impact is B and change.old == "\\S"  # the Text type's: some text that is not blank


def test_changed_pattern_that_cannot_be_compared_is_breaking(old, new):
    with edit(schema(new, "core")) as doc:
        doc["types"]["CurrencyCode"]["pattern"] = "^[A-Z]{3,4}$"
    change = only(run(old, new), subject="type", attribute="pattern")
    assert change.impact is B and "cannot prove" in change.reason


# ---- ranges -----------------------------------------------------------------------------

def test_narrower_class_range_is_breaking(old, new):
    with edit(schema(new, "consent")) as doc:
        doc["slots"]["granted_by"]["range"] = "Person"  # was Party: Person, Organization, Estate
    change = only(run(old, new), attribute="range", element="granted_by")
    assert change.impact is B and "narrower" in change.reason


def test_wider_class_range_is_compatible(old, new):
    with edit(schema(new, "consent")) as doc:
        doc["slots"]["granted_by"]["range"] = "Document"
    assert only(run(old, new), attribute="range", element="granted_by").impact is C


def test_narrower_type_range_is_breaking_and_its_pattern_is_not_reported_twice(old, new):
    with edit(schema(new, "consent")) as doc:
        doc["slots"]["intended_use_description"]["range"] = "LanguageTag"
    report = run(old, new)
    assert only(report, attribute="range", element="intended_use_description").impact is B
    assert not [c for c in report.changes if c.attribute == "pattern"]


def test_type_range_widened_to_its_base_type_is_compatible(old, new):
    with edit(schema(new, "consent")) as doc:
        doc["slots"]["valid_until"]["range"] = "datetime"  # Timestamp is a datetime with an offset
    change = only(run(old, new), attribute="range", element="valid_until")
    assert change.impact is C and "wider" in change.reason


def test_enum_range_with_fewer_values_is_breaking(old, new):
    with edit(schema(new, "core")) as doc:
        doc["enums"]["SmallMediaEnum"] = {"description": "Fewer media.", "annotations": {"added_in": "0.2.0"},
                                          "permissible_values": {"film": {"description": "Film."}}}
    with edit(schema(new, "consent")) as doc:
        doc["slots"]["media"]["range"] = "SmallMediaEnum"
    change = only(run(old, new), attribute="range", element="media")
    assert change.impact is B and "no longer allowed" in change.reason


# ---- enumerations ---------------------------------------------------------------------------

def _first_value(path: Path, enum: str) -> str:
    import yaml

    return next(iter(yaml.safe_load(path.read_text())["enums"][enum]["permissible_values"]))


def test_removed_enum_value_is_breaking(old, new):
    value = _first_value(schema(new, "consent"), "MediaEnum")
    with edit(schema(new, "consent")) as doc:
        del doc["enums"]["MediaEnum"]["permissible_values"][value]
    report = run(old, new)
    change = only(report, subject="value", action="removed")
    assert change.element == f"MediaEnum.{value}" and change.impact is B
    assert report.verdict == "minor"


def test_added_enum_value_is_a_compatible_addition(old, new):
    with edit(schema(new, "consent")) as doc:
        doc["enums"]["MediaEnum"]["permissible_values"]["holograms"] = {
            "description": "Holographic displays.", "annotations": {"added_in": "0.2.0"}}
    report = run(old, new)
    change = only(report, subject="value", action="added")
    assert (change.element, change.impact) == ("MediaEnum.holograms", C)
    assert report.verdict == "minor" and not report.bumped_enough
    bumped = run(old, new, "0.2.0")
    assert bumped.bumped_enough and bumped.notes == [n for n in bumped.notes if "added_in" not in n]


def test_added_in_that_does_not_match_the_release_is_noted(old, new):
    with edit(schema(new, "consent")) as doc:
        doc["enums"]["MediaEnum"]["permissible_values"]["holograms"] = {
            "description": "Holographic displays.", "annotations": {"added_in": "0.1.0"}}
    report = run(old, new, "0.2.0")
    assert any("MediaEnum.holograms" in n and "0.2.0" in n for n in report.notes)


def test_enum_value_renamed_with_exact_replacement_keeps_the_old_value(old, new):
    value = _first_value(schema(new, "consent"), "MediaEnum")
    with edit(schema(new, "consent")) as doc:
        values = doc["enums"]["MediaEnum"]["permissible_values"]
        values[f"{value}_new"] = dict(values[value], annotations={"added_in": "0.2.0"})
        values[value]["deprecated"] = "Use the new name."
        values[value]["deprecated_element_has_exact_replacement"] = f"MediaEnum.{value}_new"
    report = run(old, new)
    change = only(report, subject="value", action="renamed")
    assert change.renamed_to == f"{value}_new" and change.rename_basis == "exact replacement"
    assert change.old_name_kept and change.impact is C
    assert len(report.changes) == 1, "the deprecation is part of the rename"
    assert report.verdict == "minor"


def test_enum_value_renamed_by_identical_definition_is_breaking(old, new):
    value = _first_value(schema(new, "consent"), "MediaEnum")
    with edit(schema(new, "consent")) as doc:
        values = doc["enums"]["MediaEnum"]["permissible_values"]
        values[f"{value}_renamed"] = values.pop(value)
    change = only(run(old, new), subject="value", action="renamed")
    assert change.rename_basis == "identical definition" and not change.old_name_kept
    assert change.impact is B


def test_slot_renamed_with_exact_replacement_everywhere_is_breaking_but_recognised(old, new):
    with edit(schema(new, "consent")) as doc:
        rename_slot_everywhere(doc, "valid_until", "consent_expires_at")
    report = run(old, new)
    change = only(report, subject="field", action="renamed")
    assert (change.element, change.renamed_to, change.rename_basis) == (
        "valid_until", "consent_expires_at", "exact replacement")
    assert change.impact is B and not change.old_name_kept
    assert "ConsentRecord" in change.classes
    assert not [c for c in report.changes if c.action in ("added", "removed") and c.subject == "field"]


def test_class_renamed_with_an_identical_definition_is_recognised(old, new):
    with edit(schema(new, "consent")) as doc:
        doc["classes"]["ConsentReceiptRenamed"] = doc["classes"].pop("ConsentReceipt")
    report = run(old, new)
    change = only(report, subject="class", action="renamed")
    assert (change.element, change.renamed_to, change.rename_basis) == (
        "ConsentReceipt", "ConsentReceiptRenamed", "identical definition")
    assert change.impact is B


# ---- classes, fields and IRIs ------------------------------------------------------------

def test_added_optional_field_is_compatible_and_a_required_one_breaking(old, new):
    with edit(schema(new, "consent")) as doc:
        doc["slots"]["witness"] = {"description": "Who saw it.", "annotations": {"added_in": "0.2.0"}}
        doc["slots"]["notary"] = {"description": "Who sealed it.", "annotations": {"added_in": "0.2.0"}}
        doc["classes"]["ConsentRecord"]["slots"] += ["witness", "notary"]
        doc["classes"]["ConsentRecord"]["slot_usage"]["notary"] = {"required": True}
    report = run(old, new)
    assert only(report, action="added", element="witness").impact is C
    assert only(report, action="added", element="notary").impact is B


def test_removed_field_and_removed_class_are_breaking(old, new):
    with edit(schema(new, "consent")) as doc:
        doc["classes"]["ConsentRecord"]["slots"].remove("conditions")
        del doc["classes"]["ConsentReceipt"]
    report = run(old, new)
    assert only(report, action="removed", element="conditions").classes == ("ConsentRecord", "ReplicaAuthorisation")
    assert only(report, subject="class", action="removed").element == "ConsentReceipt"
    assert all(c.impact is B for c in report.changes if c.action == "removed")


def test_added_class_is_compatible(old, new):
    with edit(schema(new, "consent")) as doc:
        doc["classes"]["ConsentWitness"] = {"is_a": "Document", "description": "A witness statement.",
                                            "slots": ["subject"], "annotations": {"added_in": "0.2.0"}}
    report = run(old, new, "0.2.0")
    assert only(report, subject="class", action="added").impact is C
    assert report.verdict == "minor" and report.bumped_enough


@pytest.mark.parametrize("module, section, name, key, value", [
    ("consent", "classes", "ConsentRecord", "class_uri", "ccai:Permission"),
    ("consent", "slots", "valid_until", "slot_uri", "schema:expires"),
])
def test_changed_iri_is_breaking(old, new, module, section, name, key, value):
    with edit(schema(new, module)) as doc:
        doc[section][name][key] = value
    change = only(run(old, new), attribute=key)
    assert change.impact is B and str(change.new).endswith(value.split(":")[1])


def test_changed_value_meaning_is_breaking(old, new):
    value = _first_value(schema(new, "consent"), "MediaEnum")
    with edit(schema(new, "consent")) as doc:
        doc["enums"]["MediaEnum"]["permissible_values"][value]["meaning"] = "schema:Movie"
    change = only(run(old, new), attribute="meaning")
    assert change.impact is B and change.new == "http://schema.org/Movie"


def test_deprecation_is_compatible(old, new):
    with edit(schema(new, "consent")) as doc:
        doc["slots"]["intended_use_description"]["deprecated"] = "Use conditions instead."
    change = only(run(old, new), attribute="deprecated")
    assert change.impact is C


def test_class_made_abstract_is_breaking_and_new_parent_that_keeps_ancestors_is_compatible(old, new):
    with edit(schema(new, "consent")) as doc:
        doc["classes"]["ConsentReceipt"]["abstract"] = True
    assert only(run(old, new), attribute="abstract").impact is B


# ---- editorial ----------------------------------------------------------------------------

def test_pure_description_edit_is_editorial_and_needs_a_patch(old, new):
    with edit(schema(new, "consent")) as doc:
        doc["slots"]["valid_until"]["description"] = "When the consent ends. Empty means until it is withdrawn."
        doc["classes"]["ConsentRecord"]["description"] += " Reworded."
    report = run(old, new)
    assert {c.impact for c in report.changes} == {E}
    assert {c.attribute for c in report.changes} == {"description"}
    assert report.verdict == "patch" and report.minimum_version == "0.1.1" and not report.bumped_enough
    assert run(old, new, "0.1.1").bumped_enough


# ---- requirements ----------------------------------------------------------------------------

def _requirement_file(new: Path, code: str) -> Path:
    return new / "standards" / "requirements" / f"{code}.yaml"


def test_new_must_requirement_is_breaking(old, new):
    save(_requirement_file(new, "CCAI-TEST-004"), requirement("CCAI-TEST-004", "must", "Records MUST be signed."))
    report = run(old, new)
    change = only(report, subject="requirement", action="added")
    assert change.impact is B and "MUST" in change.reason
    assert report.verdict == "minor"


def test_new_should_requirement_is_compatible(old, new):
    save(_requirement_file(new, "CCAI-TEST-004"), requirement("CCAI-TEST-004", "should", "Records SHOULD be signed."))
    assert only(run(old, new), subject="requirement").impact is C


def test_should_turned_must_is_breaking(old, new):
    with edit(_requirement_file(new, "CCAI-TEST-002")) as doc:
        doc["level"] = "must"
    change = only(run(old, new), subject="requirement", attribute="level")
    assert (change.old, change.new, change.impact) == ("should", "must", B)


def test_must_turned_should_is_compatible(old, new):
    with edit(_requirement_file(new, "CCAI-TEST-001")) as doc:
        doc["level"] = "should"
    assert only(run(old, new), subject="requirement", attribute="level").impact is C


def test_withdrawn_requirement_is_compatible_and_deleting_one_is_breaking(old, new):
    with edit(_requirement_file(new, "CCAI-TEST-001")) as doc:
        doc.update(requirement_status="withdrawn", withdrawn_in="0.2.0", withdrawal_reason="Merged into 004.")
    _requirement_file(new, "CCAI-TEST-003").unlink()
    report = run(old, new)
    withdrawn = only(report, subject="requirement", action="withdrawn")
    assert withdrawn.element == "CCAI-TEST-001" and withdrawn.impact is C
    deleted = only(report, subject="requirement", action="removed")
    assert deleted.element == "CCAI-TEST-003" and deleted.impact is B
    assert len(report.changes) == 2, "withdrawn_in and the reason are part of the withdrawal"


def test_reworded_must_statement_is_breaking_but_reflowed_text_is_no_change(old, new):
    with edit(_requirement_file(new, "CCAI-TEST-001")) as doc:
        doc["statement"] = "Consent MUST be recorded\n   before training."
    assert run(old, new).changes == []
    with edit(_requirement_file(new, "CCAI-TEST-001")) as doc:
        doc["statement"] = "Consent MUST be recorded and kept before training."
    assert only(run(old, new), attribute="statement").impact is B


def test_rationale_edit_is_editorial(old, new):
    with edit(_requirement_file(new, "CCAI-TEST-002")) as doc:
        doc["rationale"] = "Better words."
    report = run(old, new)
    assert only(report, attribute="rationale").impact is E and report.verdict == "patch"


def test_requirements_are_skipped_with_a_note_when_one_side_has_none(old, new):
    report = compare_snapshots(old, load_snapshot(str(new / "schema" / "ccai.yaml")))
    assert report.changes == []
    assert any("requirements not compared" in n for n in report.notes)


def test_identifier_property_change_is_editorial(old, new):
    """An identifier becomes the node IRI of its record, so its slot_uri is never written in RDF."""
    with edit(schema(new, "core")) as doc:
        doc["slots"]["id"]["slot_uri"] = "schema:identifier"
    change = only(run(old, new), attribute="slot_uri", element="id")
    assert change.impact is E and "Document" in change.classes


def test_slot_renamed_keeping_the_old_name_as_alias_is_compatible(old, new):
    with edit(schema(new, "consent")) as doc:
        slots = doc["slots"]
        slots["consent_expires_at"] = dict(slots["valid_until"], annotations={"added_in": "0.2.0"})
        slots["valid_until"]["deprecated"] = "Renamed; removed in 0.4.0."
        slots["valid_until"]["deprecated_element_has_exact_replacement"] = "consent_expires_at"
        doc["classes"]["ConsentRecord"]["slots"].append("consent_expires_at")
    report = run(old, new)
    change = only(report, subject="field", action="renamed")
    assert change.old_name_kept and change.impact is C and "ConsentRecord" in change.classes
    assert report.verdict == "minor" and not [c for c in report.changes if c.impact is not C]
    assert not [c for c in report.changes if c.attribute == "deprecated" and "ConsentRecord" in c.classes]


def test_enum_added_is_compatible_and_enum_removed_is_breaking(old, new):
    with edit(schema(new, "core")) as doc:
        doc["enums"]["WorkStatusEnum"] = {"description": "New.", "annotations": {"added_in": "0.2.0"},
                                          "permissible_values": {"draft": {"description": "A draft."}}}
    report = run(old, new)
    assert only(report, subject="enum", action="added").element == "WorkStatusEnum"
    assert report.verdict == "minor"
    with edit(schema(new, "core")) as doc:
        del doc["enums"]["WorkStatusEnum"]
        doc["enums"].pop("PersonaAttributeEnum")
    with edit(schema(new, "consent")) as doc:
        doc["slots"]["persona_attributes"]["range"] = "string"
    report = run(old, new)
    assert only(report, subject="enum", action="removed").impact is B
    assert only(report, attribute="range", element="persona_attributes").impact is B


def test_unused_slot_definition_added_or_removed(old, new):
    with edit(schema(new, "consent")) as doc:
        doc["slots"]["spare_note"] = {"description": "Not used yet.", "annotations": {"added_in": "0.2.0"}}
    change = only(run(old, new), subject="slot", action="added")
    assert change.element == "spare_note" and change.impact is C
