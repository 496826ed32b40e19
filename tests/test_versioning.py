"""One version everywhere; bump-version moves it; release freezes it; CI runs the PR check."""

from __future__ import annotations

import datetime
import json
import re
import shutil
import subprocess
import sys

import pytest
import yaml

from conftest import ARTIFACTS, ROOT, require
from diff_helpers import edit, make_repository
from generators import release, versioning

VERSION = re.compile(r"\b(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\b")


def test_version_agrees_across_schema_package_artefacts_standard_and_docs():
    version = versioning.schema_version()
    # package metadata: hatch reads the version with this pattern from this file
    pyproject = (ROOT / "pyproject.toml").read_text()
    hatch = pyproject[pyproject.index("[tool.hatch.version]"):].split("\n[", 1)[0]
    path = re.search(r'(?m)^path = "(.+)"$', hatch).group(1)
    pattern = re.search(r'(?m)^pattern = "(.+)"$', hatch).group(1).replace("\\\\", "\\")
    match = re.search(pattern, (ROOT / path).read_text())
    assert match and match.group("version") == version
    import ccai_standards

    assert ccai_standards.__version__ == version == ccai_standards.STANDARD_VERSION
    # artefacts
    assert json.loads((ARTIFACTS / "schema-index.json").read_text())["version"] == version
    assert f"/{version}/" in json.loads((ARTIFACTS / "ccai.schema.json").read_text())["$id"]
    assert yaml.safe_load((ARTIFACTS / "ccai.linkml.yaml").read_text())["version"] == version
    standard_json = ARTIFACTS / "standard.json"
    if standard_json.exists():
        assert json.loads(standard_json.read_text())["standard_version"] == version
    # the standard
    standard = yaml.safe_load((ROOT / "standards" / "standard.yaml").read_text())
    assert str(standard["standard_version"]) == version
    assert str(standard["conforms_to"]) == version
    # the docs: no line of mkdocs.yml about a version names another one, and the downloads page links this one
    version_lines = [line for line in (ROOT / "mkdocs.yml").read_text().splitlines() if "version" in line.lower()]
    assert {m.group(0) for line in version_lines for m in VERSION.finditer(line)} <= {version}
    require("linkml_runtime", "the docs pages are generated from the schema")
    from generators.docs_pages import ReferenceBuilder
    from generators.schema_source import SchemaSource

    downloads = ReferenceBuilder(SchemaSource()).pages()["downloads.md"]
    linked = {m.group(1) for m in re.finditer(r"schema/([0-9]+\.[0-9]+\.[0-9]+)/", downloads)}
    assert linked == {version}


def test_version_is_not_older_than_the_last_release():
    from ccai_standards.diff import versions

    last = versioning.last_release()
    if last is not None:
        assert versions.parse(versioning.schema_version()) >= versions.parse(last)


def test_every_schema_element_has_added_in():
    from ccai_standards.diff.loading import load_schema
    from ccai_standards.diff.sources import LocalTree

    model = load_schema(LocalTree(ROOT / "schema"), "ccai.yaml")
    missing = [f"{kind} {name}" for kind, elements in
               (("class", model.classes), ("slot", model.slots), ("enum", model.enums), ("type", model.types))
               for name, definition in elements.items() if "added_in" not in definition.get("annotations", {})]
    missing += [f"value {enum}.{value}" for enum in model.enums for value, definition in
                model.enum_values(enum).items() if "added_in" not in definition.get("annotations", {})]
    assert not missing, missing


# ---- bump-version -------------------------------------------------------------------------

@pytest.fixture
def repository(tmp_path):
    repo = make_repository(tmp_path / "repo")
    (repo / "standards" / "standard.yaml").write_text(
        "# The standard.\ntype: Standard\nconforms_to: \"0.1.0\"\nstandard_version: \"0.1.0\"  # typed with quotes\n"
        "name: Test\n", encoding="utf-8")
    return repo


def _released(repo, version="0.1.0"):
    """A release baseline: the merged artefact (equal to the real schema) and the standard."""
    from ccai_standards.diff.loading import standards_snapshot
    from ccai_standards.diff.sources import LocalTree

    folder = repo / "releases"
    folder.mkdir(exist_ok=True)
    shutil.copy(ARTIFACTS / "ccai.linkml.yaml", folder / f"{version}.yaml")
    snapshot = standards_snapshot(LocalTree(repo), "standards")
    (folder / f"{version}.requirements.yaml").write_text(yaml.safe_dump(snapshot))


def test_set_version_rewrites_schema_and_standard_together_keeping_quotes_and_comments(repository):
    changed = versioning.set_version("0.3.0", repository)
    assert {p.name for p in changed} == {"ccai.yaml", "standard.yaml", "CCAI-TEST-001.yaml", "CCAI-TEST-002.yaml",
                                         "CCAI-TEST-003.yaml"}, "the requirement records follow the version"
    assert versioning.schema_version(repository) == "0.3.0"
    text = (repository / "standards" / "standard.yaml").read_text()
    assert 'standard_version: "0.3.0"  # typed with quotes' in text and 'conforms_to: "0.3.0"' in text
    assert text.startswith("# The standard.")
    root_text = (repository / "schema" / "ccai.yaml").read_text()
    assert "imports:" in root_text and root_text.startswith("# The root of the CCAI Standards schema")


def test_bump_parts_count_from_the_last_release_and_never_go_back(repository, capsys):
    _released(repository)
    assert versioning.bump("minor", repository) == 0
    assert versioning.schema_version(repository) == "0.2.0"
    assert versioning.bump("minor", repository) == 0, "a second PR after the same release"
    assert versioning.schema_version(repository) == "0.2.0"
    assert "already 0.2.0" in capsys.readouterr().out
    assert versioning.bump("1.0.0", repository) == 0 and versioning.standard_version(repository) == "1.0.0"
    with pytest.raises(versioning.VersionError, match="not newer than the last release"):
        versioning.bump("0.1.0", repository)
    with pytest.raises(versioning.VersionError, match="neither major"):
        versioning.bump("next", repository)


def test_bump_without_argument_applies_the_diff_verdict(repository, capsys):
    _released(repository)
    assert versioning.bump(None, repository) == 0
    assert versioning.schema_version(repository) == "0.1.0" and "nothing to bump" in capsys.readouterr().out
    with edit(repository / "schema" / "consent.yaml") as doc:
        doc["slots"]["valid_until"]["description"] = "Reworded."
    assert versioning.bump(None, repository) == 0
    assert versioning.schema_version(repository) == "0.1.1"


def test_bump_without_argument_needs_a_release(repository):
    with pytest.raises(versioning.VersionError, match="no release"):
        versioning.bump(None, repository)


# ---- release ------------------------------------------------------------------------------

def _committed(repo):
    """The repository as a git checkout on main with everything committed, as a release needs it."""
    (repo / "CHANGELOG.md").write_text("# Changelog\n\n## [Unreleased]\n\n### Added\n\n- Everything.\n",
                                      encoding="utf-8")
    for kind in ("valid", "invalid"):
        (repo / "tests" / "data" / kind).mkdir(parents=True, exist_ok=True)
    (repo / "tests" / "data" / "valid" / "Person-x.yaml").write_text("type: Person\n", encoding="utf-8")
    for command in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "start"]):
        _git(repo, *command)
    return repo


def _git(repo, *args):
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True).stdout.strip()


@pytest.fixture
def git_identity(monkeypatch):
    for key in ("GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"):
        monkeypatch.setenv(key, "Release Test")
    for key in ("GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"):
        monkeypatch.setenv(key, "release@example.org")


@pytest.mark.slow
def test_release_writes_every_file_commits_tags_and_never_overwrites(repository, capsys, git_identity):
    require("linkml_runtime", "the release snapshot is the merged schema")
    standard = repository / "standards" / "standard.yaml"
    standard.write_text(standard.read_text().replace('standard_version: "0.1.0"', 'standard_version: "0.2.0"'))
    _committed(repository)
    assert release.release(repository) == 2, "the schema says 0.1.0 but the standard 0.2.0"
    assert "standards/standard.yaml says 0.2.0" in capsys.readouterr().err
    assert not (repository / "releases").exists()
    versioning.set_version("0.1.0", repository)
    assert release.release(repository) == 2, "uncommitted changes"
    assert "uncommitted" in capsys.readouterr().err
    _git(repository, "commit", "-qam", "version")
    _git(repository, "checkout", "-qb", "feature")
    assert release.release(repository) == 2, "not on main"
    assert "main branch only" in capsys.readouterr().err
    _git(repository, "checkout", "-q", "main")

    assert release.release(repository, today=datetime.date(2026, 12, 1)) == 0
    folder = repository / "releases"
    schema_file, requirements_file = folder / "0.1.0.yaml", folder / "0.1.0.requirements.yaml"
    written = schema_file.read_bytes(), requirements_file.read_bytes()
    assert yaml.safe_load(written[0])["version"] == "0.1.0"
    snapshot = yaml.safe_load(written[1])
    assert [r["requirement_code"] for r in snapshot["requirements"]] == ["CCAI-TEST-001", "CCAI-TEST-002",
                                                                         "CCAI-TEST-003"]
    assert snapshot["standard"]["standard_status"] == "released"
    assert str(snapshot["standard"]["released_on"]) == "2026-12-01"
    assert (folder / "0.1.0.parameters.yaml").exists()
    assert (folder / "0.1.0" / "examples" / "valid" / "Person-x.yaml").read_text() == "type: Person\n"
    frozen = repository / "src" / "ccai_standards" / "artifacts" / "releases" / "0.1.0"
    assert {p.name for p in frozen.iterdir()} >= {"ccai.schema.json", "schema-index.json", "standard.json",
                                                  "ccai.context.jsonld", "ccai.shacl.ttl", "ccai.owl.ttl",
                                                  "jsonschema"}
    changelog = (repository / "CHANGELOG.md").read_text()
    assert "## [Unreleased]\n\n## [0.1.0] - 2026-12-01\n\n### Added\n\n- Everything." in changelog
    assert _git(repository, "status", "--porcelain") == "", "the release commits all it wrote"
    assert _git(repository, "tag", "--list") == "v0.1.0"
    assert _git(repository, "log", "-1", "--format=%s") == "Release 0.1.0"
    assert not list(folder.glob(".release-*")), "the journal is gone once the release is done"
    from ccai_standards.diff import compare

    assert compare(str(schema_file), str(repository)).changes == [], "a release equals its source"

    assert release.release(repository) == 2
    assert "never rewritten" in capsys.readouterr().err
    assert (schema_file.read_bytes(), requirements_file.read_bytes()) == written
    assert release.release(repository, rollback=True) == 2, "a tagged release is never undone"

    with edit(repository / "schema" / "consent.yaml") as doc:
        doc["slots"]["valid_until"]["required"] = True
    versioning.set_version("0.1.1", repository)
    _git(repository, "commit", "-qam", "breaking")
    assert release.release(repository) == 2, "a breaking change released as a patch"
    assert "need a minor bump" in capsys.readouterr().err
    assert not (repository / "releases" / "0.1.1.yaml").exists()


@pytest.mark.slow
def test_an_interrupted_release_is_resumed_or_rolled_back(repository, capsys, git_identity, monkeypatch):
    require("linkml_runtime", "the release snapshot is the merged schema")
    _committed(repository)
    before = {p: p.read_bytes() for p in repository.rglob("*") if p.is_file() and ".git" not in p.parts}

    def interrupted(root, journal, rel, content):
        if "artifacts/releases" in rel:
            raise KeyboardInterrupt  # the machine stops half way
        return real(root, journal, rel, content)

    real = release._create
    monkeypatch.setattr(release, "_create", interrupted)
    with pytest.raises(KeyboardInterrupt):
        release.release(repository)
    monkeypatch.setattr(release, "_create", real)
    assert (repository / "releases" / ".release-0.1.0.json").exists()
    assert release.release(repository) == 2, "a second plain release refuses: the first is half done"
    assert "--resume" in capsys.readouterr().err

    assert release.release(repository, rollback=True) == 0
    after = {p: p.read_bytes() for p in repository.rglob("*") if p.is_file() and ".git" not in p.parts}
    assert after == before, "a rollback leaves the tree as it was"
    assert _git(repository, "status", "--porcelain") == ""

    monkeypatch.setattr(release, "_create", interrupted)
    with pytest.raises(KeyboardInterrupt):
        release.release(repository)
    monkeypatch.setattr(release, "_create", real)
    assert release.release(repository, resume=True) == 0
    assert _git(repository, "tag", "--list") == "v0.1.0"
    assert _git(repository, "status", "--porcelain") == ""
    assert (repository / "src" / "ccai_standards" / "artifacts" / "releases" / "0.1.0" / "standard.json").exists()


# ---- CI -------------------------------------------------------------------------------------

WORKFLOW = ROOT / ".github" / "workflows" / "pr-check.yml"


def _check_workflow(path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                           str(path)], capture_output=True, text=True)


def test_ci_workflow_is_a_valid_github_workflow_running_pr_check(tmp_path):
    require("check_jsonschema", "validates the workflow against the GitHub-workflows schema")
    result = _check_workflow(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr
    workflow = yaml.safe_load(WORKFLOW.read_text())
    assert {"pull_request", "push", "merge_group"} <= set(workflow[True])  # YAML 1.1 reads the key `on` as true
    steps = [s for job in workflow["jobs"].values() for s in job["steps"]]
    commands = [s.get("run", "") for s in steps]
    assert any(c.startswith("python -m generators pr-check") and "--comment" in c for c in commands)
    assert any("python -m pytest" in c for c in commands), "the workflow runs the test suite"
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0, "the baseline is read from history"
    from generators.pr_check import COMMENT_MARKER

    assert COMMENT_MARKER in WORKFLOW.read_text(), "the comment job finds the one comment by its marker"
    release = ROOT / ".github" / "workflows" / "release.yml"
    assert _check_workflow(release).returncode == 0
    assert "python -m generators site --all-versions" in release.read_text()
    broken = tmp_path / "broken.yml"
    broken.write_text(WORKFLOW.read_text().replace("runs-on: ubuntu-latest", "runs_on: ubuntu-latest"))
    assert _check_workflow(broken).returncode == 1, "the check must be able to fail"


@pytest.mark.slow
def test_a_release_interrupted_between_commit_and_tag_is_resumed(repository, capsys, git_identity, monkeypatch):
    require("linkml_runtime", "the release snapshot is the merged schema")
    _committed(repository)
    real = release.git

    def no_tag(root, *args, check=True):
        if args[:1] == ("tag",) and "-a" in args:
            raise KeyboardInterrupt  # killed after the commit, before the tag
        return real(root, *args, check=check)

    monkeypatch.setattr(release, "git", no_tag)
    with pytest.raises(KeyboardInterrupt):
        release.release(repository)
    monkeypatch.setattr(release, "git", real)
    assert _git(repository, "log", "-1", "--format=%s") == "Release 0.1.0" and not _git(repository, "tag", "--list")
    assert release.release(repository, resume=True) == 0
    assert _git(repository, "tag", "--list") == "v0.1.0"
    assert _git(repository, "log", "--format=%s").splitlines().count("Release 0.1.0") == 1


@pytest.mark.slow
def test_a_release_refuses_stale_artefacts(repository, capsys, git_identity):
    require("linkml_runtime", "the release builds the artefacts")
    from generators import artifacts
    from generators.schema_source import SchemaSource
    from generators.standard_source import StandardSource

    target = repository / "src" / "ccai_standards" / "artifacts"
    artifacts.write(artifacts.build_all(SchemaSource(root=repository / "schema" / "ccai.yaml"),
                                        StandardSource(root=repository / "standards")), target)
    with edit(repository / "schema" / "consent.yaml") as doc:
        doc["slots"]["valid_until"]["description"] = "Changed without rebuilding."
    _committed(repository)
    assert release.release(repository) == 2
    assert "differ from the schema" in capsys.readouterr().err
