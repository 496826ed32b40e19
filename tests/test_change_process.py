"""The change process holds its baseline: pr-check judges a branch by the target branch's release,
released files cannot be edited, reviewers' overrules are bounded, parameters and the
deprecation window are judged."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
import yaml

from conftest import ARTIFACTS, ROOT
from diff_helpers import edit, load, make_repository, save, set_version
from generators import paths, pr_check
from generators.deprecation import earliest_removal

from ccai_standards.diff import compare


REAL_VERSION = re.search(r"(?m)^version: .*$", (ROOT / "schema" / "ccai.yaml").read_text()).group(0)


def git(repo, *args):
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True).stdout.strip()


@pytest.fixture
def repository(tmp_path, monkeypatch):
    for key in ("GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"):
        monkeypatch.setenv(key, "Change Test")
    for key in ("GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"):
        monkeypatch.setenv(key, "change@example.org")
    monkeypatch.delenv("GITHUB_BASE_REF", raising=False)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    repo = make_repository(tmp_path / "repo")
    monkeypatch.setattr(paths, "ROOT", repo)
    git(repo, "init", "-q", "-b", "main")
    return repo


def release_snapshot(repo, version):
    """releases/<version>.yaml and .requirements.yaml as the tree is now (the merged schema of the real tree)."""
    from ccai_standards.diff.loading import standards_snapshot
    from ccai_standards.diff.sources import LocalTree
    from generators.release import schema_snapshot

    folder = repo / "releases"
    folder.mkdir(exist_ok=True)
    unchanged = all((ROOT / "schema" / p.name).read_text() == re.sub(r"(?m)^version: .*$", REAL_VERSION, p.read_text())
                    for p in (repo / "schema").glob("*.yaml"))
    if unchanged:  # the real schema's merged form, already built: much faster than merging again
        merged = re.sub(r"(?m)^version: .*$", f"version: {version}", (ARTIFACTS / "ccai.linkml.yaml").read_text())
        body = merged.encode()
    else:
        body = schema_snapshot(repo)
    (folder / f"{version}.yaml").write_bytes(b"# a release\n# never edited\n" + body)
    (folder / f"{version}.requirements.yaml").write_text(yaml.safe_dump(standards_snapshot(LocalTree(repo),
                                                                                           "standards")))


def commit(repo, message):
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


def released_main(repo):
    release_snapshot(repo, "0.1.0")
    commit(repo, "release 0.1.0")


def make_breaking(repo):
    with edit(repo / "schema" / "consent.yaml") as doc:
        doc["slots"]["valid_until"]["required"] = True


# ---- the baseline ----------------------------------------------------------------------------


def test_a_branch_that_edits_a_released_snapshot_fails_and_says_why(repository, capsys):
    released_main(repository)
    git(repository, "checkout", "-qb", "feature")
    snapshot = repository / "releases" / "0.1.0.yaml"
    snapshot.write_text(snapshot.read_text().replace("valid_until", "valid_until", 1) + "# touched\n")
    (repository / "releases" / "0.1.0.requirements.yaml").unlink()
    commit(repository, "edit the release")
    ok, detail = pr_check.PrCheck(base="main").diff()
    out = capsys.readouterr().out
    assert not ok and "2 problem(s)" in detail
    assert "releases/0.1.0.yaml is edited, but a released file is never edited" in out
    assert "releases/0.1.0.requirements.yaml is removed" in out


def test_frozen_artefacts_of_a_release_are_protected_too(repository, capsys):
    frozen = repository / "src" / "ccai_standards" / "artifacts" / "releases" / "0.1.0"
    frozen.mkdir(parents=True)
    (frozen / "standard.json").write_text("{}\n")
    released_main(repository)
    (frozen / "standard.json").write_text('{"edited": true}\n')
    ok, _ = pr_check.PrCheck(base="main").diff()
    assert not ok and "artifacts/releases/0.1.0/standard.json is edited" in capsys.readouterr().out


def test_a_branch_that_releases_itself_is_still_judged_by_the_target_branch(repository, capsys):
    released_main(repository)
    git(repository, "checkout", "-qb", "feature")
    make_breaking(repository)
    set_version(repository, "0.1.1")
    release_snapshot(repository, "0.1.1")  # the branch moves its own baseline: it must not count
    commit(repository, "breaking, and released on the branch")
    for base in ("main", None):  # the target branch, or the previous commit
        ok, detail = pr_check.PrCheck(base=base).diff()
        assert not ok, base
        assert "against 0.1.0" in detail and "NOT bumped enough" in detail, detail
    from ccai_standards.diff import compare as plain

    assert plain(str(repository / "releases" / "0.1.1.yaml"), str(repository)).required_bump == "none", \
        "judged by its own snapshot, the branch would have passed"


def test_the_target_branch_comes_from_the_pull_request_environment(repository, monkeypatch):
    released_main(repository)
    git(repository, "checkout", "-qb", "feature")
    make_breaking(repository)
    commit(repository, "breaking")
    monkeypatch.setenv("GITHUB_BASE_REF", "main")  # no origin/main here: main itself is read
    ok, detail = pr_check.PrCheck().diff()
    assert not ok and "the target branch main" in detail


def test_the_release_commit_on_main_is_judged_against_the_release_before(repository):
    released_main(repository)
    with edit(repository / "schema" / "consent.yaml") as doc:
        doc["enums"]["MediaEnum"]["permissible_values"]["holograms"] = {"description": "Holograms.",
                                                                        "annotations": {"added_in": "0.2.0"}}
    set_version(repository, "0.2.0")
    release_snapshot(repository, "0.2.0")
    (repository / "CHANGELOG.md").write_text("## [Unreleased]\n\n- holograms\n")
    commit(repository, "Release 0.2.0")
    ok, detail = pr_check.PrCheck().diff()
    assert ok and "against 0.1.0 on the previous commit" in detail, detail


def test_without_history_the_working_tree_is_used_and_said(tmp_path, monkeypatch, capsys):
    repo = make_repository(tmp_path / "nogit")
    monkeypatch.setattr(paths, "ROOT", repo)
    release_snapshot(repo, "0.1.0")
    ok, _ = pr_check.PrCheck().diff()
    assert ok and "no git history" in capsys.readouterr().out
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    ok, _ = pr_check.PrCheck().diff()
    assert not ok and "fetch-depth: 0" in capsys.readouterr().out


def test_the_pull_request_comment_is_one_marked_markdown_file(repository, tmp_path):
    released_main(repository)
    make_breaking(repository)
    check = pr_check.PrCheck(base="main", comment_file=tmp_path / "comment.md")
    check.outcomes.append(pr_check.Outcome("diff", *check.diff()))
    check._write_comment(check.comment_file)
    text = check.comment_file.read_text()
    assert text.startswith(pr_check.COMMENT_MARKER) and "ccai diff verdict" in text
    assert "key: `field valid_until changed required`" in text


# ---- overrules -------------------------------------------------------------------------------


def overrule(repo, *entries):
    (repo / "review").mkdir(exist_ok=True)
    save(repo / "review" / "overrules.yaml", {"overrules": list(entries)})


def reworded_must(repo):
    path = repo / "standards" / "requirements" / "CCAI-TEST-001.yaml"
    record = load(path)
    record["statement"] = "Consent MUST always be recorded before training."
    save(path, record)


def test_a_reviewer_overrules_a_reworded_must_and_it_shows(repository):
    release_snapshot(repository, "0.1.0")
    reworded_must(repository)
    report = compare(str(repository / "releases" / "0.1.0.yaml"), str(repository))
    assert report.required_bump == "minor", "a reworded MUST is breaking unless a reviewer says otherwise"
    key, fingerprint = report.changes[0].key, report.changes[0].fingerprint
    assert key == "requirement CCAI-TEST-001 changed statement"
    overrule(repository, {"change": key, "fingerprint": fingerprint, "impact": "editorial",
                          "reason": "One word added; same demand.", "reviewer": "@reviewer"})
    report = compare(str(repository / "releases" / "0.1.0.yaml"), str(repository))
    assert report.required_bump == "patch" and not report.problems
    change = report.changes[0]
    assert change.overruled == {"impact": "breaking", "reason": "One word added; same demand.",
                                "source": str(repository / "review" / "overrules.yaml"), "reviewer": "@reviewer"}
    from ccai_standards.diff.renderers import render_json, render_markdown, render_text

    assert "overruled by a reviewer (One word added; same demand.)" in render_text(report)
    assert "overruled by a reviewer" in render_markdown(report)
    assert '"overruled"' in render_json(report)

    # The statement changes again: the overrule was for the first rewording only.
    path = repository / "standards" / "requirements" / "CCAI-TEST-001.yaml"
    record = load(path)
    record["statement"] = "Consent MUST always be recorded before training, and MUST be renewed every year."
    save(path, record)
    report = compare(str(repository / "releases" / "0.1.0.yaml"), str(repository))
    assert report.required_bump == "minor" and report.changes[0].overruled is None
    assert "was written for another version of requirement CCAI-TEST-001" in report.problems[0]


@pytest.mark.parametrize("change, why", [
    ("new MUST", "a new MUST is breaking for certain"),
    ("narrowing", "a narrowing of what records may hold is breaking for certain"),
    ("removal", "a removal is breaking for certain"),
    ("stricter parameter", "a stricter parameter is breaking for certain"),
    ("addition", "an addition is judged for certain"),
])
def test_what_a_machine_judges_for_certain_cannot_be_overruled(repository, change, why):
    release_snapshot(repository, "0.1.0")
    requirements = repository / "standards" / "requirements"
    if change == "new MUST":
        save(requirements / "CCAI-TEST-004.yaml", {**load(requirements / "CCAI-TEST-001.yaml"),
                                                    "requirement_code": "CCAI-TEST-004",
                                                    "id": "https://w3id.org/ccai/requirements/CCAI-TEST-004"})
    elif change == "narrowing":
        make_breaking(repository)
    elif change == "removal":
        with edit(repository / "schema" / "consent.yaml") as doc:
            doc["enums"]["MediaEnum"]["permissible_values"].popitem()
    elif change == "addition":
        with edit(repository / "schema" / "consent.yaml") as doc:
            doc["enums"]["MediaEnum"]["permissible_values"]["holograms"] = {
                "description": "Holograms.", "annotations": {"added_in": "0.2.0"}}
    else:
        add_parameter(repository / "releases", requirements, 48, 72)
    before = compare(str(repository / "releases" / "0.1.0.yaml"), str(repository))
    target = next(c for c in before.changes if c.impact.value in ("breaking", "compatible"))
    overrule(repository, {"change": target.key, "fingerprint": target.fingerprint, "impact": "editorial",
                          "reason": "I say so."})
    after = compare(str(repository / "releases" / "0.1.0.yaml"), str(repository))
    assert after.required_bump == before.required_bump
    assert len(after.problems) == 1 and why in after.problems[0]


def test_an_overrule_that_matches_no_change_is_named(repository):
    release_snapshot(repository, "0.1.0")
    overrule(repository, {"change": "class Nothing changed description", "fingerprint": "00000000",
                          "impact": "editorial", "reason": "Old."})
    report = compare(str(repository / "releases" / "0.1.0.yaml"), str(repository))
    assert any("matches no change; remove it" in note for note in report.notes)


def test_a_malformed_overrules_file_is_an_input_error(repository):
    from ccai_standards.diff import DiffInputError

    release_snapshot(repository, "0.1.0")
    overrule(repository, {"change": "x", "fingerprint": "0", "impact": "trivial", "reason": "r"})
    with pytest.raises(DiffInputError, match="impact must be breaking, compatible or editorial"):
        compare(str(repository / "releases" / "0.1.0.yaml"), str(repository))


# ---- parameters ------------------------------------------------------------------------------


def add_parameter(releases, requirements, old, new, stricter_when="larger", name="notice_hours", version="0.1.0"):
    """The MUST CCAI-TEST-001 applies `name`: `old` frozen with the release, `new` in the tree."""
    frozen = {"CCAI-TEST-001": {name: {"value": old, "unit": "hours", "stricter_when": stricter_when}}}
    (releases / f"{version}.parameters.yaml").write_text(yaml.safe_dump(frozen))
    path = requirements / "CCAI-TEST-001.yaml"
    record = load(path)
    key = "words" if isinstance(new, list) else "whole_number"
    record["parameters"] = [{"parameter_name": name, "description": "d", key: new, "unit": "hours",
                             "stricter_when": stricter_when}]
    save(path, record)


@pytest.mark.parametrize("stricter_when, old, new, impact", [
    ("larger", 48, 72, "breaking"),
    ("larger", 72, 48, "compatible"),
    ("smaller", 30, 7, "breaking"),
    ("smaller", 7, 30, "compatible"),
    ("more_values", ["a"], ["a", "b"], "breaking"),
    ("more_values", ["a", "b"], ["a"], "compatible"),
    ("fewer_values", ["a", "b"], ["a"], "breaking"),
    ("fewer_values", ["a"], ["b"], "breaking"),
])
def test_a_stricter_parameter_is_breaking_and_a_looser_one_compatible(repository, stricter_when, old, new, impact):
    release_snapshot(repository, "0.1.0")
    add_parameter(repository / "releases", repository / "standards" / "requirements", old, new, stricter_when)
    report = compare(str(repository / "releases" / "0.1.0.yaml"), str(repository))
    changes = [c for c in report.changes if c.subject == "requirement"]
    assert [(c.key, c.impact.value) for c in changes] == [
        ("requirement CCAI-TEST-001 changed parameter notice_hours", impact)]


def test_turning_a_parameter_round_is_breaking_and_its_value_judged_the_old_way(repository):
    """30 → 10 days with `smaller` turned into `larger` is stricter, whatever the new direction says."""
    release_snapshot(repository, "0.1.0")
    add_parameter(repository / "releases", repository / "standards" / "requirements", 30, 10, "smaller")
    path = repository / "standards" / "requirements" / "CCAI-TEST-001.yaml"
    record = load(path)
    record["parameters"][0]["stricter_when"] = "larger"
    save(path, record)
    report = compare(str(repository / "releases" / "0.1.0.yaml"), str(repository))
    judged = {c.key: c.impact.value for c in report.changes if c.subject == "requirement"}
    assert judged == {"requirement CCAI-TEST-001 changed parameter notice_hours": "breaking",
                      "requirement CCAI-TEST-001 changed parameter notice_hours stricter_when": "breaking"}
    flip = next(c for c in report.changes if c.attribute == "parameter notice_hours stricter_when")
    overrule(repository, {"change": flip.key, "fingerprint": flip.fingerprint, "impact": "editorial",
                          "reason": "Trust me."})
    assert compare(str(repository / "releases" / "0.1.0.yaml"), str(repository)).problems


def test_equal_parameters_are_no_change_and_the_rule_code_blind_spot_is_said(repository):
    release_snapshot(repository, "0.1.0")
    add_parameter(repository / "releases", repository / "standards" / "requirements", 48, 48)
    report = compare(str(repository / "releases" / "0.1.0.yaml"), str(repository))
    assert not [c for c in report.changes if c.subject == "requirement"]
    assert any("cannot see the rules' code" in note for note in report.notes)


def test_a_changed_check_description_of_a_must_is_breaking(repository):
    release_snapshot(repository, "0.1.0")
    path = repository / "standards" / "requirements" / "CCAI-TEST-001.yaml"
    record = load(path)
    record["check_description"] = "Now also checks the receipt."
    save(path, record)
    report = compare(str(repository / "releases" / "0.1.0.yaml"), str(repository))
    change = next(c for c in report.changes if c.attribute == "check_description")
    assert change.impact.value == "breaking" and "how a MUST is checked changed" in change.reason


# ---- the deprecation window -----------------------------------------------------------------


def deprecate_value(repo, value="holograms"):
    with edit(repo / "schema" / "consent.yaml") as doc:
        values = doc["enums"]["MediaEnum"]["permissible_values"]
        values[value] = {"description": "Holograms.", "annotations": {"added_in": "0.1.0"},
                         "deprecated": "Holograms are video."}


def remove_value(repo, value="holograms"):
    with edit(repo / "schema" / "consent.yaml") as doc:
        del doc["enums"]["MediaEnum"]["permissible_values"][value]


@pytest.mark.parametrize("removed_in, allowed", [("0.2.0", False), ("0.3.0", False), ("0.4.0", True),
                                                  ("1.0.0", True)])
def test_a_deprecated_term_is_kept_for_two_minor_releases(repository, capsys, removed_in, allowed):
    deprecate_value(repository)
    released_main(repository)
    remove_value(repository)
    set_version(repository, removed_in)
    ok, detail = pr_check.PrCheck(base="main").diff()
    out = capsys.readouterr().out
    assert ok is allowed, out
    if not allowed:
        assert "deprecated in 0.1.0 and is kept for two minor releases: it may be removed from 0.4.0 on" in out
    assert earliest_removal("0.3.0") == "0.6.0", "the governance page's own example"


def test_a_term_removed_without_deprecation_is_a_note_in_a_draft_and_an_error_from_1_0(repository, capsys):
    with edit(repository / "schema" / "consent.yaml") as doc:
        doc["enums"]["MediaEnum"]["permissible_values"]["holograms"] = {
            "description": "Holograms.", "annotations": {"added_in": "0.1.0"}}
    set_version(repository, "1.0.0")
    released_main(repository)
    remove_value(repository)
    set_version(repository, "2.0.0")
    ok, _ = pr_check.PrCheck(base="main").diff()
    assert not ok and "in one step; deprecate it first" in capsys.readouterr().out


def test_the_version_numbers_here_are_computed_not_typed():
    """Guard for the tests above: they use the real schema, whose version moves with each release."""
    text = (ARTIFACTS / "ccai.linkml.yaml").read_text(encoding="utf-8")
    assert re.search(r"(?m)^version: [0-9]+\.[0-9]+\.[0-9]+$", text)


@pytest.mark.slow
def test_release_files_for_another_version_or_not_from_this_tree_fail(repository, capsys):
    from generators import artifacts
    from generators.schema_source import SchemaSource
    from generators.standard_source import StandardSource

    released_main(repository)
    set_version(repository, "0.2.0")
    commit(repository, "0.2.0 begins")
    git(repository, "checkout", "-qb", "feature")
    fake = repository / "src" / "ccai_standards" / "artifacts" / "releases" / "0.1.1"
    fake.mkdir(parents=True)
    (fake / "standard.json").write_text('{"requirements": []}\n')  # a release with no rules at all
    ok, _ = pr_check.PrCheck(base="main").diff()
    out = capsys.readouterr().out
    assert not ok and "releases/0.1.1/standard.json is added, but release files are written only by the release " \
                      "command, for the version being released (0.2.0)" in out
    shutil.rmtree(fake)

    release_snapshot(repository, "0.2.0")  # a snapshot of the right version, but of another tree
    with edit(repository / "schema" / "consent.yaml") as doc:
        doc["slots"]["valid_until"]["description"] = "Changed after the snapshot was taken."
    check = pr_check.PrCheck(base="main")
    check.files = artifacts.build_all(SchemaSource(root=repository / "schema" / "ccai.yaml"),
                                      StandardSource(root=repository / "standards"))
    ok, _ = check.diff()
    out = capsys.readouterr().out
    assert not ok and "releases/0.2.0.yaml is not what the release command writes from this tree" in out
    assert "src/ccai_standards/artifacts/releases/0.2.0/standard.json is missing" in out


def test_an_unreadable_target_branch_is_an_error_not_a_fallback(repository, capsys, monkeypatch):
    released_main(repository)
    snapshot = repository / "releases" / "0.1.0.yaml"
    snapshot.write_text(snapshot.read_text() + "# edited\n")
    commit(repository, "edit the release")
    commit_docs = repository / "README.md"
    commit_docs.write_text("docs\n")
    commit(repository, "docs")  # HEAD~1 already has the edit: a fallback to it would see nothing
    ok, detail = pr_check.PrCheck(base="upstream/main").diff()
    assert not ok and "cannot be read here" in capsys.readouterr().out
    monkeypatch.setenv("GITHUB_BASE_REF", "nope")
    ok, _ = pr_check.PrCheck().diff()
    assert not ok
