"""Each term's and requirement's history (generators/history.py) and the changelog page per version.

The repository has one release so far, so the history is tested on a synthetic one: a copy
of the real release 0.1.0, a release 0.2.0 made from it by hand (a field renamed through a
deprecation, a class added, an allowed value removed, a requirement reworded), and a
working tree at 0.3.0, not released, that removes the deprecated field and withdraws a
requirement. The working tree's schema is the merged schema in one file, which the diff
reads like the source modules.
"""

from __future__ import annotations

import copy
import functools
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT

from generators import history, versioning

RENAMED_IN = ("ConformanceClaim", "ConsentReceipt", "ConsentRecord", "UsagePreference")  # list the slot
FIELD_IN = (*RENAMED_IN, "ReplicaAuthorisation")  # and the class that inherits it
NEW_STATEMENT = ("A user MUST NOT use a work, or a person's voice or likeness, for any AI use unless the rights "
                 "holder or the person has given consent to that use in writing.")
CHANGELOG = """# Changelog

Intro text.

## [Unreleased]

### Removed

- The deprecated `valid_until` field; see [governance](docs/governance.md).

## [0.2.0] - 2025-05-01

### Changed

- `valid_until` is now called `consent_expires_at`. Notes written by hand for 0.2.0.

## [0.1.0] - 2025-01-15

### Added

- Everything, written by hand for 0.1.0.

[0.2.0]: https://example.org/compare/v0.1.0...v0.2.0
"""


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    """The diff refuses YAML aliases, so never write one."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _dump(path: Path, data: Any, header: str = "") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(header + yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100),
                    encoding="utf-8")


def _added_in(version: str) -> dict[str, Any]:
    return {"added_in": {"tag": "added_in", "value": version}}


def _release_020(schema: dict[str, Any], standard: dict[str, Any]) -> None:
    """0.1.0 → 0.2.0: rename valid_until via deprecation, add a class, remove a value (and deprecate one),
    reword a requirement."""
    schema["version"] = "0.2.0"
    slots = schema["slots"]
    replacement = copy.deepcopy(slots["valid_until"])
    replacement.pop("slot_uri", None)
    replacement.update(name="consent_expires_at", annotations=_added_in("0.2.0"))
    slots["consent_expires_at"] = replacement
    slots["valid_until"]["deprecated"] = "Renamed to consent_expires_at; removed in 0.4.0."
    slots["valid_until"]["deprecated_element_has_exact_replacement"] = "consent_expires_at"
    for name in RENAMED_IN:
        definition = schema["classes"][name]
        definition["slots"].insert(definition["slots"].index("valid_until") + 1, "consent_expires_at")
        usage = (definition.get("slot_usage") or {}).get("valid_until")
        if usage:
            definition["slot_usage"]["consent_expires_at"] = {**copy.deepcopy(usage), "name": "consent_expires_at"}
    schema["classes"]["ConsentWitness"] = {
        "name": "ConsentWitness", "description": "A person who saw the consent being given.",
        "slots": ["name"], "annotations": _added_in("0.2.0"), "from_schema": "https://w3id.org/ccai/schema"}
    del schema["enums"]["MediaEnum"]["permissible_values"]["ai_products"]
    schema["enums"]["MediaEnum"]["permissible_values"]["radio"]["deprecated"] = "Use podcasts."

    standard["standard"]["standard_version"] = "0.2.0"
    for record in standard["requirements"]:
        if record["requirement_code"] == "CCAI-CONSENT-001":
            record["statement"] = NEW_STATEMENT


def _tree_030(schema: dict[str, Any], standard: dict[str, Any]) -> None:
    """0.2.0 → 0.3.0 (not released): the deprecated field goes, a deprecation is taken back, a requirement is
    withdrawn, a type is added."""
    schema["version"] = "0.3.0"
    del schema["slots"]["valid_until"]
    for name in RENAMED_IN:
        definition = schema["classes"][name]
        definition["slots"].remove("valid_until")
        (definition.get("slot_usage") or {}).pop("valid_until", None)
    del schema["enums"]["MediaEnum"]["permissible_values"]["radio"]["deprecated"]  # a change of mind
    # Its author claims the wrong version: the history must say so.
    schema["types"]["WitnessCode"] = {"name": "WitnessCode", "typeof": "string", "description": "A code.",
                                      "pattern": "^W[0-9]+$", "annotations": _added_in("0.2.0"),
                                      "from_schema": "https://w3id.org/ccai/schema"}
    standard["standard"]["standard_version"] = "0.3.0"
    for record in standard["requirements"]:
        if record["requirement_code"] == "CCAI-CONSENT-002":
            record.update(requirement_status="withdrawn", withdrawn_in="0.3.0",
                          withdrawal_reason="Folded into CCAI-CONSENT-001.")


def _write_release(root: Path, version: str, schema: dict[str, Any], standard: dict[str, Any]) -> None:
    header = f"# CCAI Standards {version}: a synthetic release for the tests.\n"
    _dump(root / "releases" / f"{version}.yaml", schema, header)
    _dump(root / "releases" / f"{version}.requirements.yaml", standard, header)


def _write_tree(root: Path, schema: dict[str, Any], standard: dict[str, Any]) -> None:
    for folder in ("schema", "standards"):
        shutil.rmtree(root / folder, ignore_errors=True)
    _dump(root / "schema" / "ccai.yaml", schema)
    _dump(root / "standards" / "standard.yaml", standard["standard"])
    for record in standard["requirements"]:
        _dump(root / "standards" / "requirements" / f"{record['requirement_code']}.yaml", record)


@functools.cache
def _release_010() -> tuple[dict[str, Any], dict[str, Any]]:
    load = functools.partial(yaml.load, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return (load((ROOT / "releases" / "0.1.0.yaml").read_text(encoding="utf-8")),
            load((ROOT / "releases" / "0.1.0.requirements.yaml").read_text(encoding="utf-8")))


def make_history_repository(root: Path, tree: str = "0.3.0") -> Path:
    """Releases 0.1.0 (the real one) and 0.2.0, and a working tree: "0.3.0", "0.2.0" (= the release) or "0.2.0+"."""
    schema, standard = copy.deepcopy(_release_010())
    (root / "releases").mkdir(parents=True)
    for name in ("0.1.0.yaml", "0.1.0.requirements.yaml"):
        shutil.copy(ROOT / "releases" / name, root / "releases" / name)
    _release_020(schema, standard)
    _write_release(root, "0.2.0", schema, standard)
    if tree == "0.3.0":
        _tree_030(schema, standard)
    elif tree == "0.2.0+":  # changed since 0.2.0, but the version was not bumped
        _tree_030(schema, standard)
        schema["version"] = "0.2.0"
        standard["standard"]["standard_version"] = "0.2.0"
    _write_tree(root, schema, standard)
    (root / "CHANGELOG.md").write_text(CHANGELOG, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def repository(tmp_path_factory) -> Path:
    return make_history_repository(tmp_path_factory.mktemp("history") / "repo")


@pytest.fixture(scope="module")
def data(repository) -> dict[str, Any]:
    return history.history(repository)


@pytest.fixture(scope="module")
def files(repository) -> dict[str, str | bytes]:
    return history.site_files(repository)


def _kinds(entry: dict[str, Any], version: str) -> list[tuple[str, str | None, str]]:
    """(action, attribute, impact) of each change of one element in one version."""
    return [(c["action"], c.get("attribute"), c["impact"])
            for step in entry["changed_in"] if step["version"] == version for c in step["changes"]]


# ---- the history --------------------------------------------------------------------------

def test_the_walk_covers_every_release_then_the_unreleased_tree(repository, data):
    assert versioning.released_versions(repository) == ["0.1.0", "0.2.0"]
    assert [(v["label"], v["released"], v["source"], v["previous"]) for v in data["versions"]] == [
        ("0.1.0", True, "releases/0.1.0.yaml", None),
        ("0.2.0", True, "releases/0.2.0.yaml", "0.1.0"),
        ("0.3.0", False, "working tree", "0.2.0")]
    assert data["current"] == {"label": "0.3.0", "version": "0.3.0", "released": False}


def test_the_history_reports_exactly_the_changes_made(data):
    """Every element that is not simply "added in 0.1.0 and never touched since" is one the test changed."""
    touched = {key: entry for key, entry in data["elements"].items()
               if entry["added_in"] != "0.1.0" or entry["changed_in"] or entry.get("deprecated_in")
               or entry["removed_in"] or entry.get("withdrawn_in") or entry["renamed_to"] or entry["renamed_from"]}
    expected = {
        "slot valid_until", "slot consent_expires_at", "class ConsentWitness", "field ConsentWitness.name",
        "value MediaEnum.ai_products", "value MediaEnum.radio", "requirement CCAI-CONSENT-001", "requirement CCAI-CONSENT-002",
        "type WitnessCode",
        *(f"field {c}.valid_until" for c in FIELD_IN), *(f"field {c}.consent_expires_at" for c in FIELD_IN),
    }
    assert set(touched) == expected


def test_a_field_renamed_through_a_deprecation(data):
    elements = data["elements"]
    for cls in FIELD_IN:
        old, new = elements[f"field {cls}.valid_until"], elements[f"field {cls}.consent_expires_at"]
        assert (old["added_in"], old["deprecated_in"], old["removed_in"]) == ("0.1.0", "0.2.0", "0.3.0")
        assert old["renamed_to"] == {"key": f"field {cls}.consent_expires_at", "version": "0.2.0"}
        assert _kinds(old, "0.2.0") == [("renamed", None, "compatible")]
        assert [s["version"] for s in old["changed_in"]] == ["0.2.0"], "the removal is removed_in, not a change"
        assert (new["added_in"], new["deprecated_in"], new["removed_in"], new["changed_in"]) == (
            "0.2.0", None, None, [])
        assert new["renamed_from"] == {"key": f"field {cls}.valid_until", "version": "0.2.0"}
    slot = elements["slot valid_until"]
    assert (slot["added_in"], slot["deprecated_in"], slot["removed_in"]) == ("0.1.0", "0.2.0", "0.3.0")
    assert slot["declared_added_in"] == "0.1.0"
    rename = slot["changed_in"][0]["changes"][0]
    assert rename["classes"] == sorted(FIELD_IN) and rename["renamed_to"] == "consent_expires_at"
    assert rename["old_name_kept"] is True
    assert elements["slot consent_expires_at"]["added_in"] == "0.2.0"


def test_an_added_class_and_a_removed_value(data):
    elements = data["elements"]
    cls = elements["class ConsentWitness"]
    assert (cls["added_in"], cls["declared_added_in"], cls["changed_in"], cls["removed_in"]) == (
        "0.2.0", "0.2.0", [], None)
    assert elements["field ConsentWitness.name"]["added_in"] == "0.2.0"
    assert "declared_added_in" not in elements["field ConsentWitness.name"], "a field has no claim of its own"
    assert elements["slot name"]["changed_in"] == [], "the slot itself did not change"
    value = elements["value MediaEnum.ai_products"]
    assert (value["added_in"], value["removed_in"], value["changed_in"]) == ("0.1.0", "0.2.0", [])
    assert elements["enum MediaEnum"]["changed_in"] == []


def test_a_deprecation_taken_back_leaves_no_deprecated_in(data):
    radio = data["elements"]["value MediaEnum.radio"]
    assert radio["deprecated_in"] is None
    assert [(s["version"], [(c["attribute"], c["old"], c["new"]) for c in s["changes"]]) for s in radio["changed_in"]] == [
        ("0.2.0", [("deprecated", None, "Use podcasts.")]), ("0.3.0", [("deprecated", "Use podcasts.", None)])]


def test_a_reworded_and_a_withdrawn_requirement(data):
    elements = data["elements"]
    reworded = elements["requirement CCAI-CONSENT-001"]
    assert [s["version"] for s in reworded["changed_in"]] == ["0.2.0"]
    change = reworded["changed_in"][0]["changes"][0]
    assert (change["action"], change["attribute"], change["new"]) == ("changed", "statement", NEW_STATEMENT)
    assert change["impact"] in ("breaking", "compatible", "editorial") and change["reason"]
    assert reworded["changed_in"][0]["impact"] == change["impact"]
    assert (reworded["withdrawn_in"], reworded["removed_in"]) == (None, None)
    assert "deprecated_in" not in reworded
    withdrawn = elements["requirement CCAI-CONSENT-002"]
    assert (withdrawn["withdrawn_in"], withdrawn["removed_in"]) == ("0.3.0", None)
    assert _kinds(withdrawn, "0.3.0") == [("withdrawn", "requirement_status", "compatible")]


def test_a_wrong_added_in_claim_is_a_problem(data):
    assert data["elements"]["type WitnessCode"]["added_in"] == "0.3.0"
    assert data["problems"] == ["type WitnessCode: says `added_in: 0.2.0`, but it first appears in 0.3.0"]


def test_an_unbumped_working_tree_is_labelled_unreleased(tmp_path):
    data = history.history(make_history_repository(tmp_path / "repo", tree="0.2.0+"))
    assert [(v["label"], v["version"], v["released"]) for v in data["versions"]][-1] == ("unreleased", "0.2.0", False)
    assert data["elements"]["field ConsentRecord.valid_until"]["removed_in"] == "unreleased"
    assert any("still says version 0.2.0" in p for p in data["problems"])
    assert not any("WitnessCode" in p for p in data["problems"]), "no version to hold the claim against yet"


def test_a_working_tree_equal_to_the_last_release_adds_no_version(tmp_path):
    data = history.history(make_history_repository(tmp_path / "repo", tree="0.2.0"))
    assert [v["label"] for v in data["versions"]] == ["0.1.0", "0.2.0"]
    assert data["current"] == {"label": "0.2.0", "version": "0.2.0", "released": True}
    assert data["problems"] == []


def test_history_json_is_canonical_and_the_same_wherever_the_checkout_is(repository, files, tmp_path):
    first = history.history_json(repository)
    assert first == history.history_json(repository) == files[history.HISTORY_PATH]
    moved = tmp_path / "elsewhere"
    shutil.copytree(repository, moved)
    assert history.history_json(moved) == first, "no absolute path or other accident of the machine"
    assert first == (json.dumps(json.loads(first), indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()
    assert str(repository) not in first.decode()


def test_the_real_repository_history_is_consistent():
    data = history.history(ROOT)
    labels = [v["label"] for v in data["versions"]]
    assert labels[: len(versioning.released_versions(ROOT))] == versioning.released_versions(ROOT)
    assert data["current"]["version"] == versioning.schema_version(ROOT)
    assert {e["added_in"] for e in data["elements"].values()} <= set(labels)
    assert "class ConsentRecord" in data["elements"] and "requirement CCAI-CONSENT-001" in data["elements"]


# ---- the changelog pages -----------------------------------------------------------------

def test_a_page_per_version_and_a_list_of_them(files):
    pages = sorted(p for p in files if p.startswith("changelog/"))
    assert pages == ["changelog/0.1.0.md", "changelog/0.2.0.md", "changelog/0.3.0.md", "changelog/versions.md"]
    assert "changelog/index.md" not in files, "it would be served where changelog.md is"
    index = files["changelog/versions.md"]
    rows = [line for line in index.splitlines() if line.startswith("| [")]
    assert [r.split("]")[0] for r in rows] == ["| [0.3.0", "| [0.2.0", "| [0.1.0"], "newest first"
    assert "not yet released" in rows[0] and "released 2025-05-01" in rows[1] and "first release" in rows[2]
    assert "(../schema/history.json)" in index


def test_the_page_of_a_release_lists_its_changes_and_its_notes(files):
    page = files["changelog/0.2.0.md"]
    assert page.startswith("# Version 0.2.0\n") and "Released on 2025-05-01." in page
    assert "Compared with [version 0.1.0](0.1.0.md)" in page
    assert "Not released yet" not in page
    assert "Renamed: the field `valid_until` of " in page and "is now called `consent_expires_at`" in page
    assert "Removed: the value `ai_products` of the list [`MediaEnum`](../reference/enums/MediaEnum.md)" in page
    assert "New part of a record [`ConsentWitness`](../reference/ConsentWitness.md)" in page
    assert NEW_STATEMENT in page, "a reworded requirement is quoted in full"
    assert "Notes written by hand for 0.2.0." in page
    assert "written by hand for 0.1.0" not in page and "example.org/compare" not in page
    sections = [line for line in page.splitlines() if line.startswith("## ")]
    assert sections[-1] == "## Notes from the changelog"
    assert all(s.split(" (")[0] in ("## Breaking changes", "## Compatible additions and loosenings",
                                    "## Editorial changes") for s in sections[:-1])
    # the rename is compatible, the removed value breaking
    breaking = page.split("## Breaking changes")[1].split("\n## ")[0]
    assert "ai_products" in breaking and "consent_expires_at" not in breaking


def test_the_first_release_has_only_its_notes(files):
    page = files["changelog/0.1.0.md"]
    assert "first release" in page and "no earlier version" in page
    assert "Everything, written by hand for 0.1.0." in page
    assert "## Breaking" not in page and "## Compatible" not in page


def test_the_unreleased_version_is_marked_and_has_the_unreleased_notes(files):
    page = files["changelog/0.3.0.md"]
    assert page.startswith("# Version 0.3.0 (not yet released)\n")
    assert '!!! note "Not released yet"' in page
    assert "The deprecated `valid_until` field; see [governance](../governance.md)." in page
    assert "Withdrawn: requirement [CCAI-CONSENT-002]" in page
    assert "Removed: the field `valid_until` of " in page


def test_a_version_without_notes_says_so(tmp_path, repository):
    run = history.walk(repository)
    pages = history.ChangelogPages(run, "# Changelog\n\n## [0.1.0]\n\n- Only this.\n")
    assert "wrote no notes for this version" in pages.pages()["changelog/0.2.0.md"]
    assert "wrote no notes for this version" in pages.pages()["changelog/0.3.0.md"]
    assert "Only this." in pages.pages()["changelog/0.1.0.md"]
    assert pages.problems == ["CHANGELOG.md: no notes under `## [0.2.0]` for version 0.2.0",
                              "CHANGELOG.md: no notes under `## [Unreleased]` for version 0.3.0"]


def test_the_whole_changelog_page_links_to_the_pages_per_version():
    page = history.with_version_links("# Changelog\n\nAll notable changes.\n")
    assert page.startswith("# Changelog\n\nThe changes of each version")
    assert "(changelog/versions.md)" in page and page.endswith("All notable changes.\n")
