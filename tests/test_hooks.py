"""The pre-commit hooks, the GitHub Action and the publishing workflow, used as the docs show them."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import ccai_standards
from ccai_standards.reading.sniff import SNIFF_LIMIT, holds_records
from conftest import ROOT, require

EXAMPLES = ROOT / "docs" / "examples"
GUIDE = ROOT / "docs" / "guides" / "validate.md"

NOT_RECORDS = {
    ".pre-commit-config.yaml": "repos:\n  - repo: https://example.org/x\n    rev: v1\n    hooks:\n      - id: a\n",
    "ci.yml": "on: push\njobs:\n  a: &job\n    runs-on: ubuntu-latest\n  b: *job\n",
    "package.json": '{"name": "x", "type": "module", "version": "1.0.0"}',
    "schema.json": '{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"}',
    "openapi.yaml": "openapi: 3.1.0\ninfo: {title: x, version: '1'}\n",
    "empty.yaml": "",
    "notes.jsonl": '{"event": "x"}\n{"event": "y"}\n',
    "broken-config.yaml": "key: [unclosed\n",
}

STILL_CHECKED = {
    "typo.yaml": ("type: ConsentRecrod\nid: x\n", "SCHEMA-unknown-type"),
    "lower.yaml": ("type: consentrecord\nid: x\n", "SCHEMA-unknown-type"),
    "no-type.yaml": ('conforms_to: "0.2.0"\nid: https://x.example/p\nname: P\n', "SCHEMA-required"),
    "broken.yaml": ('type: Person\nconforms_to: "0.2.0"\nid: https://x.example/p\nname: [P\n', "INPUT-syntax"),
    "broken.json": ('{"type": "Person", "conforms_to": "0.2.0", ', "INPUT-syntax"),
    "prefixed.jsonld": ('{"@type": "ccai:Person", "id": "https://x.example/p"}', None),
    "second.yaml": ("a: 1\n---\ntype: Person\nid: x\n", None),
}


def _write(folder: Path, files: dict[str, str]) -> list[Path]:
    paths = []
    for name, text in files.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_records_only_sets_aside_configuration_files_and_nothing_that_may_be_a_record(tmp_path):
    others = _write(tmp_path, NOT_RECORDS)
    for path in others:
        assert not holds_records(path, path.name), path.name
    for name, (text, _) in STILL_CHECKED.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert holds_records(path, name), name
    assert holds_records(EXAMPLES / "maya.yaml", "maya.yaml")
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"padding": "x" * (SNIFF_LIMIT + 1)}), encoding="utf-8")
    assert holds_records(big, "big.json"), "a file too large to look through is checked"


def test_records_only_reports_what_it_set_aside_and_fails_broken_records(tmp_path):
    others = _write(tmp_path, NOT_RECORDS)
    checked = {name: text for name, (text, _) in STILL_CHECKED.items()}
    records = _write(tmp_path, checked)
    findings = ccai_standards.validate(others + records + [EXAMPLES / "maya.yaml"], records_only=True)
    aside = sorted(Path(f.location.file).name for f in findings if f.code == "INPUT-not-a-record")
    assert aside == sorted(NOT_RECORDS)
    assert all(f.severity.value == "note" for f in findings if f.code == "INPUT-not-a-record")
    for name, (_, code) in STILL_CHECKED.items():
        if code:
            assert any(f.code == code and f.location.file.endswith(name) for f in findings), name
    # Without the option nothing is set aside: the configuration files are findings.
    plain = ccai_standards.validate(others)
    assert not any(f.code == "INPUT-not-a-record" for f in plain) and any(f.is_error for f in plain)


def test_the_hooks_file_uses_records_only_for_changed_files():
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert "--records-only" in hooks["ccai-validate"]["entry"]
    assert "--allow-empty" in hooks["ccai-validate"]["entry"], "a commit of configuration files only is fine"
    assert re.search(hooks["ccai-validate"]["files"], "records/consent.yaml")
    assert "--records-only" not in hooks["ccai-validate-all"]["entry"], "a folder chosen by name is checked whole"


def _documented_rev() -> str:
    text = GUIDE.read_text(encoding="utf-8")
    (rev,) = set(re.findall(r"^\s+rev: (\S+)$", text, re.M))
    return rev


def test_the_documented_rev_is_this_version():
    assert _documented_rev() == f"v{ccai_standards.__version__}"
    assert f"@v{ccai_standards.__version__}" in GUIDE.read_text(encoding="utf-8")


def _guide_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)


def _git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def hook_repository(tmp_path_factory) -> Path:
    """This checkout's files (committed or not) as a repository of their own, tagged with the documented rev."""
    if shutil.which("git") is None:
        pytest.fail("git is needed")
    clone = tmp_path_factory.mktemp("ccai-standards")
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, capture_output=True,
                            check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (clone / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, clone / name)
    _git(clone, "init", "-q")
    _git(clone, "add", "-A")
    _git(clone, "commit", "-q", "-m", "snapshot")
    _git(clone, "tag", _documented_rev())
    return clone


def _pre_commit(data: Path, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run([sys.executable, "-m", "pre_commit", "run", "--all-files"], cwd=data, env=env,
                          capture_output=True, text=True)


@pytest.mark.slow
def test_pre_commit_runs_the_hook_exactly_as_documented(hook_repository, tmp_path):
    require("pre_commit", "runs the hook as a data repository would")
    config, extra = [b for b in _guide_blocks("yaml") if "id: ccai-validate" in b][:2]
    data = tmp_path / "data"
    (data / "records").mkdir(parents=True)
    _git(data, "init", "-q")
    # The documented configuration, with the repository's address pointing at the local clone.
    (data / ".pre-commit-config.yaml").write_text(
        config.replace("https://github.com/ccai-standards/ccai-standards", str(hook_repository)), encoding="utf-8")
    (data / ".github" / "workflows").mkdir(parents=True)
    (data / ".github" / "workflows" / "ci.yml").write_text(NOT_RECORDS["ci.yml"], encoding="utf-8")
    (data / "package.json").write_text(NOT_RECORDS["package.json"], encoding="utf-8")
    shutil.copy(EXAMPLES / "maya.yaml", data / "records" / "maya.yaml")
    _git(data, "add", "-A")
    home = tmp_path / "pre-commit-home"
    green = _pre_commit(data, home)
    assert green.returncode == 0, green.stdout + green.stderr

    shutil.copy(EXAMPLES / "maya-typo.yaml", data / "records" / "maya-typo.yaml")
    _git(data, "add", "-A")
    red = _pre_commit(data, home)
    assert red.returncode == 1, red.stdout + red.stderr
    assert "SCHEMA-enum" in red.stdout and "maya-typo.yaml" in red.stdout

    # The batch hook, added as the guide shows, checks the folder whole.
    (data / "records" / "maya-typo.yaml").unlink()
    (data / ".pre-commit-config.yaml").write_text(
        (data / ".pre-commit-config.yaml").read_text(encoding="utf-8") + extra, encoding="utf-8")
    _git(data, "add", "-A")
    both = _pre_commit(data, home)
    assert both.returncode == 0, both.stdout + both.stderr
    assert "Validate all CCAI records as one batch" in both.stdout


# ---- the GitHub Action and the publishing workflow ------------------------------------------

ACTION = ROOT / "action.yml"
PUBLISH = ROOT / ".github" / "workflows" / "publish.yml"


def _check(schema: str, path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, str(path)],
                          capture_output=True, text=True)


def test_action_and_publish_workflow_are_valid_for_github(tmp_path):
    require("check_jsonschema", "validates them against the schemas GitHub's files follow")
    assert _check("vendor.github-actions", ACTION).returncode == 0
    assert _check("vendor.github-workflows", PUBLISH).returncode == 0
    broken = tmp_path / "action.yml"
    broken.write_text(ACTION.read_text(encoding="utf-8").replace("using: composite", "using: compost"))
    assert _check("vendor.github-actions", broken).returncode == 1, "the check must be able to fail"


def test_publishing_uses_trusted_publishing_and_no_stored_secret():
    text = PUBLISH.read_text(encoding="utf-8")
    workflow = yaml.safe_load(text)
    assert workflow[True]["push"]["tags"] == ["v*.*.*"]  # YAML 1.1 reads the key `on` as true
    assert "secrets." not in text, "trusted publishing needs no token in the repository"
    jobs = workflow["jobs"]
    for name in ("pypi", "npm"):
        assert jobs[name]["permissions"]["id-token"] == "write"
        assert jobs[name]["needs"] == "build"
    assert any(s.get("uses", "").startswith("pypa/gh-action-pypi-publish") for s in jobs["pypi"]["steps"])
    assert any("npm publish" in s.get("run", "") and "--provenance" in s["run"] for s in jobs["npm"]["steps"])
    build = " ".join(s.get("run", "") for s in jobs["build"]["steps"])
    assert "python -m build" in build and "npm test" in build and "GITHUB_REF_NAME" in build


def _validate_step() -> str:
    steps = yaml.safe_load(ACTION.read_text(encoding="utf-8"))["runs"]["steps"]
    return next(s for s in steps if s.get("id") == "validate")["run"]


@pytest.mark.parametrize("example,exit_code", [("maya.yaml", "0"), ("maya-typo.yaml", "1")])
def test_the_actions_validate_step_writes_sarif_and_its_exit_code(tmp_path, example, exit_code):
    if shutil.which("bash") is None:
        pytest.fail("bash is needed")
    records = tmp_path / "records"
    records.mkdir()
    shutil.copy(EXAMPLES / example, records / example)
    output = tmp_path / "github-output"
    output.write_text("")
    bin_dir = Path(sys.executable).parent  # `ccai` and `python` of this environment
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "GITHUB_OUTPUT": str(output),
           "CCAI_PATHS": "records/", "CCAI_ARGS": "--refs warn", "CCAI_SARIF": "ccai.sarif"}
    run = subprocess.run(["bash", "-e", "-c", _validate_step()], cwd=tmp_path, env=env, capture_output=True,
                         text=True)
    assert run.returncode == 0, run.stderr  # the step itself passes: the last step fails the job
    assert output.read_text().strip() == f"exit-code={exit_code}"
    log = json.loads((tmp_path / "ccai.sarif").read_text(encoding="utf-8"))
    assert log["version"] == "2.1.0"
    results = log["runs"][0]["results"]
    if exit_code == "1":
        assert [r["ruleId"] for r in results] == ["SCHEMA-enum"]
        assert "records/maya-typo.yaml:5: error SCHEMA-enum" in run.stdout
    else:
        assert results == [] and run.stdout == ""
