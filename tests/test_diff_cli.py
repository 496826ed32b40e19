"""`ccai diff` as users call it: the input forms, the three formats, exit codes, errors, git refs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ccai_standards.diff import versions
from ccai_standards.diff.changes import Change, Impact
from ccai_standards.diff.cli import main
from ccai_standards.diff.rules import alternatives, judge_pattern
from diff_helpers import edit, make_repository, set_version


@pytest.fixture
def pair(tmp_path) -> tuple[Path, Path]:
    """OLD (0.1.0) and NEW with one compatible change: an added enum value."""
    old = make_repository(tmp_path / "old")
    new = tmp_path / "new"
    shutil.copytree(old, new)
    with edit(new / "schema" / "consent.yaml") as doc:
        doc["enums"]["MediaEnum"]["permissible_values"]["holograms"] = {
            "description": "Holographic displays.", "annotations": {"added_in": "0.2.0"}}
    return old, new


def test_exit_code_says_whether_the_version_is_bumped_enough(pair, capsys):
    old, new = pair
    assert main([str(old), str(new)]) == 1
    out = capsys.readouterr().out
    assert "MediaEnum.holograms  added" in out and "NOT bumped enough" in out
    set_version(new, "0.2.0")
    assert main([str(old), str(new)]) == 0
    assert "verdict: minor" in capsys.readouterr().out


def test_markdown_has_a_verdict_line_and_a_table_per_kind(pair, capsys):
    old, new = pair
    with edit(new / "schema" / "consent.yaml") as doc:
        doc["slots"]["valid_until"]["description"] = "Reworded | with a pipe."
    main([str(old), str(new), "--format", "markdown"])
    out = capsys.readouterr().out
    first = out.splitlines()[0]
    assert first.startswith("### ❌ ccai diff verdict: **minor**") and "0.2.0" in first
    assert "#### Compatible additions and loosenings (1)" in out and "#### Editorial changes (1)" in out
    assert "#### Breaking changes" not in out
    assert "| Element | Change | Before | After | Why |" in out
    assert "Reworded \\| with a pipe." in out, "pipes inside cells are escaped"


def test_json_is_complete_and_machine_readable(pair, capsys):
    old, new = pair
    main([str(old), str(new), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] == "minor" and data["bumped_enough"] is False and data["minimum_version"] == "0.2.0"
    assert data["counts"] == {"breaking": 0, "compatible": 1, "editorial": 0}
    (change,) = data["changes"]
    assert change["element"] == "MediaEnum.holograms" and change["impact"] == "compatible" and change["reason"]


def test_release_snapshot_brings_its_requirements(pair, tmp_path, capsys):
    """releases/<v>.yaml + releases/<v>.requirements.yaml, as the release command writes them."""
    import yaml

    from ccai_standards.diff.loading import standards_snapshot
    from ccai_standards.diff.sources import LocalTree

    old, new = pair
    releases = tmp_path / "releases"
    releases.mkdir()
    shutil.copy(Path(__file__).resolve().parent.parent / "src/ccai_standards/artifacts/ccai.linkml.yaml",
                releases / "0.1.0.yaml")
    snapshot = standards_snapshot(LocalTree(old), "standards")
    (releases / "0.1.0.requirements.yaml").write_text(yaml.safe_dump(snapshot), encoding="utf-8")
    (new / "standards" / "requirements" / "CCAI-TEST-001.yaml").unlink()
    main([str(releases / "0.1.0.yaml"), str(new), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert data["old"]["kind"] == "release snapshot"
    assert {c["element"] for c in data["changes"] if c["subject"] == "requirement"} == {"CCAI-TEST-001"}


def test_git_refs_and_ref_paths(pair, tmp_path, monkeypatch, capsys):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    old, new = pair
    repo = tmp_path / "repo"
    shutil.copytree(old, repo)

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)

    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "add", "-A")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "0.1.0")
    git("tag", "v0.1.0")
    shutil.rmtree(repo / "schema")
    shutil.copytree(new / "schema", repo / "schema")
    set_version(repo, "0.2.0")
    monkeypatch.chdir(repo)
    assert main(["v0.1.0", "."]) == 0
    assert "MediaEnum.holograms  added" in capsys.readouterr().out
    assert main(["v0.1.0:schema/ccai.yaml", "schema", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["old"]["source"] == "v0.1.0:schema/ccai.yaml" and data["verdict"] == "minor"


@pytest.mark.parametrize("setup, message", [
    (lambda d: None, "no such file or folder, and not a git tag"),
    (lambda d: (d / "bad.yaml").write_text("id: x\nclasses: [\n"), "bad.yaml:3:1: not valid YAML"),
    (lambda d: (d / "bad.yaml").write_text("id: x\nimports: [missing]\n"), "imports missing"),
    (lambda d: (d / "bad.yaml").write_text("just: data\n"), "not a LinkML schema"),
    (lambda d: (d / "bad.yaml").write_text("id: x\nclasses: {}\n"), "has no `version`"),
    (lambda d: (d / "bad.yaml").mkdir(), "no LinkML schema here"),
])
def test_input_errors_exit_2_with_a_message_and_no_traceback(tmp_path, monkeypatch, capsys, setup, message):
    monkeypatch.chdir(tmp_path)
    setup(tmp_path)
    assert main(["bad.yaml", "bad.yaml"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("ccai diff: error: ") and message in err and "Traceback" not in err


def test_usage_error_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--format", "html", "a", "b"])
    assert exc.value.code == 2


def test_diff_never_imports_linkml(pair):
    old, new = pair
    probe = ("import sys; from ccai_standards.diff.cli import main; code = main([sys.argv[1], sys.argv[2]]);"
             "heavy = [m for m in sys.modules"
             "         if m.split('.')[0] in ('linkml', 'linkml_runtime', 'rdflib', 'pydantic')];"
             "assert not heavy, heavy; sys.exit(code)")
    result = subprocess.run([sys.executable, "-c", probe, str(old), str(new)], capture_output=True, text=True)
    assert result.returncode == 1, result.stderr
    assert "MediaEnum.holograms" in result.stdout


# ---- units the verdict rests on ------------------------------------------------------------

@pytest.mark.parametrize("old, impact, expected", [
    ("0.4.2", Impact.BREAKING, "minor"), ("1.4.2", Impact.BREAKING, "major"),
    ("1.4.2", Impact.COMPATIBLE, "minor"), ("1.4.2", Impact.EDITORIAL, "patch"),
])
def test_bump_rules(old, impact, expected):
    assert versions.required_bump([Change("class", "X", "added", impact=impact)], old) == expected


def test_minimum_version_and_ordering():
    assert versions.bumped("0.4.2", "minor") == "0.5.0" and versions.bumped("1.4.2", "major") == "2.0.0"
    assert versions.is_at_least("0.10.0", "0.9.0") and not versions.is_at_least("0.1.9", "0.2.0")
    with pytest.raises(ValueError):
        versions.parse("1.0")


@pytest.mark.parametrize("old, new, impact", [
    ("^(A|B)$", "^(A|B|C)$", Impact.COMPATIBLE),
    ("^(A|B|C)$", "^(A|B)$", Impact.BREAKING),
    ("^(x|[a|b])$", "^(x|[a|b]|c)$", Impact.COMPATIBLE),  # | inside a class is not an alternative
    ("^(x|[a|b])$", "^(x|[a|b])|c$", Impact.BREAKING),    # here the anchors bind to single alternatives
    ("^A$", "A", Impact.BREAKING),               # anchors dropped: not comparable
    (None, "^A$", Impact.BREAKING),
    ("^A$", None, Impact.COMPATIBLE),
])
def test_pattern_judgement(old, new, impact):
    assert judge_pattern(old, new)[0] is impact


def test_alternatives_respect_escapes_classes_groups_and_anchor_scope():
    assert alternatives(r"^(a\|b|(c|d))$") == ("^", "$", frozenset({r"a\|b", "(c|d)"}))
    assert alternatives("^([a|b]|c)$") == ("^", "$", frozenset({"[a|b]", "c"}))
    assert alternatives("^a|b$") == ("", "", frozenset({"^a", "b$"}))
