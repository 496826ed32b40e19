"""`python -m generators pr-check`: every step runs and reports; any failure fails the check."""

from __future__ import annotations

import re

import pytest
import yaml

from conftest import ARTIFACTS
from diff_helpers import edit, make_repository, set_version
from generators import paths, pr_check, versioning


class FakeSteps(pr_check.PrCheck):
    """The real control flow with stand-in steps, so it runs in milliseconds."""

    def __init__(self, results, **kwargs):
        super().__init__(**kwargs)
        self.results = results
        self.ran: list[str] = []

    def steps(self):
        def make(name, result):
            def step():
                self.ran.append(name)
                if isinstance(result, Exception):
                    raise result
                return result
            return step
        return [(name, make(name, result)) for name, result in self.results.items()]


def test_all_steps_run_and_one_failure_fails_the_check(capsys):
    check = FakeSteps({"lint": (True, ""), "build": (True, "38 artefacts"), "drift": (False, "2 stale"),
                       "examples": (True, ""), "diff": (True, "verdict: minor")})
    assert check.run() == 1
    assert check.ran == ["lint", "build", "drift", "examples", "diff"]
    out = capsys.readouterr().out
    assert "── 3/5 drift" in out and "drift     FAILED" in out and "1 of 5 steps failed: drift" in out


def test_a_crashing_step_is_reported_and_the_others_still_run(capsys, monkeypatch):
    monkeypatch.delenv("CCAI_DEBUG", raising=False)
    check = FakeSteps({"lint": (True, ""), "build": ValueError("the schema cannot be processed"),
                       "diff": (True, "")})
    assert check.run() == 1
    assert check.ran == ["lint", "build", "diff"]
    assert "error: the schema cannot be processed" in capsys.readouterr().out


def test_passing_steps_exit_0_and_write_a_markdown_summary(tmp_path):
    summary = tmp_path / "summary.md"
    check = FakeSteps({"lint": (True, ""), "diff": (True, "no | pipes break the table")}, summary_file=summary)
    assert check.run() == 0
    text = summary.read_text()
    assert "| lint | ✅ |" in text and "no \\| pipes" in text


@pytest.fixture
def repository(tmp_path, monkeypatch):
    repo = make_repository(tmp_path / "repo")
    monkeypatch.setattr(paths, "ROOT", repo)
    return repo


def _release(repo, version):
    from ccai_standards.diff.loading import standards_snapshot
    from ccai_standards.diff.sources import LocalTree

    (repo / "releases").mkdir(exist_ok=True)
    snapshot = (ARTIFACTS / "ccai.linkml.yaml").read_text(encoding="utf-8")
    # the merged schema of the tree, released as `version` (whatever the tree's own version is)
    (repo / "releases" / f"{version}.yaml").write_text(re.sub(r"(?m)^version: .*$", f"version: {version}", snapshot),
                                                       encoding="utf-8")
    (repo / "releases" / f"{version}.requirements.yaml").write_text(
        yaml.safe_dump(standards_snapshot(LocalTree(repo), "standards")))


def test_diff_step_passes_without_a_release(repository):
    ok, detail = pr_check.PrCheck().diff()
    assert ok and "no release on" in detail and "yet" in detail


def test_diff_step_compares_with_the_highest_release_and_fails_when_not_bumped(repository, capsys):
    _release(repository, "0.1.0")
    assert versioning.released_versions(repository) == ["0.1.0"]
    with edit(repository / "schema" / "consent.yaml") as doc:
        doc["enums"]["MediaEnum"]["permissible_values"]["holograms"] = {
            "description": "Holograms.", "annotations": {"added_in": "0.2.0"}}
    check = pr_check.PrCheck()
    ok, detail = check.diff()
    assert not ok and "against 0.1.0" in detail and "verdict: minor" in detail
    assert "CHANGELOG.md has no entry under [Unreleased]" in capsys.readouterr().out
    set_version(repository, "0.2.0")
    assert pr_check.PrCheck().diff()[0]
    # 0.10.0 sorts above 0.9.0: the baseline is the highest version, not the last name
    for version in ("0.9.0", "0.10.0"):
        _release(repository, version)
    assert versioning.last_release(repository) == "0.10.0"


def test_unreleased_entries_reads_only_the_unreleased_section(tmp_path):
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## [Unreleased]\n\n### Added\n\n- one\n- two\n\n"
                         "## [0.1.0] - 2026-01-01\n\n- old\n")
    assert pr_check.unreleased_entries(changelog) == ["one", "two"]
