"""A standards author follows CONTRIBUTING.md, step by step, on a copy of the repository.

The schema edit, the example and the changelog entry are taken from CONTRIBUTING.md's own
code blocks, and every command the test runs must appear there verbatim, so the guide and
this test cannot drift apart. The change (a new allowed value) must get the verdict "minor".
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, require

SKIP = {".git", "site", ".venv", "venv", ".ci-venv", "__pycache__", ".pytest_cache", "test-artifacts", "build",
        "dist"}


def _copy_repository(target: Path) -> Path:
    shutil.copytree(ROOT, target, ignore=lambda folder, names: [n for n in names if n in SKIP
                                                                or n.endswith(".egg-info")])
    return target


def _blocks(text: str, after: str) -> list[str]:
    """The fenced code blocks of the paragraph that starts with `after`, up to the next step."""
    start = text.index(after)
    end = text.find("\n**", start + len(after))
    section = text[start: end if end != -1 else len(text)]
    return re.findall(r"```[a-z]*\n(.*?)```", section, re.S)


class Author:
    """Runs the guide's commands in the copy, with the copy's own package and generators."""

    def __init__(self, repo: Path) -> None:
        self.repo = repo
        self.guide = (repo / "CONTRIBUTING.md").read_text(encoding="utf-8")
        self.env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(repo / "src"), str(repo)]),
                    "NO_MKDOCS_2_WARNING": "1"}
        self.env.pop("CI", None)

    def run(self, command: str) -> subprocess.CompletedProcess:
        assert command in self.guide, f"CONTRIBUTING.md does not say `{command}`"
        args = command.split()
        if args[0] == "python":
            args[0] = sys.executable
        return subprocess.run(args, cwd=self.repo, env=self.env, capture_output=True, text=True, timeout=600)

    def diff(self, release: str, *extra: str) -> subprocess.CompletedProcess:
        """`ccai diff releases/<last>.yaml .`, run as the guide says to before `ccai` is installed."""
        command = f"python -m ccai_standards.diff releases/{release}.yaml ."
        assert "python -m ccai_standards.diff releases/0.1.0.yaml ." in self.guide
        assert "ccai diff releases/0.1.0.yaml ." in self.guide
        args = [sys.executable, *command.split()[1:], *extra]
        return subprocess.run(args, cwd=self.repo, env=self.env, capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_contributing_walkthrough_adds_an_enum_value_and_gets_minor(tmp_path):
    require("linkml_runtime", "the walkthrough regenerates the artefacts")
    author = Author(_copy_repository(tmp_path / "checkout"))
    repo, guide = author.repo, author.guide

    # The baseline a maintainer made (CONTRIBUTING.md, "Releases").
    from generators import versioning

    if versioning.last_release(repo) is None:
        result = author.run("python -m generators release")
        assert result.returncode == 0, result.stdout + result.stderr
    release = versioning.last_release(repo)

    # 1. Change the schema: the snippet from the guide, into OrganizationKindEnum.
    (snippet,) = _blocks(guide, "**1. Change the schema.**")
    value_lines = [line for line in snippet.splitlines() if not line.lstrip().startswith("#")]
    core = repo / "schema" / "core.yaml"
    text = core.read_text(encoding="utf-8")
    anchor = text.index("  OrganizationKindEnum:")
    insert_at = text.index("    permissible_values:\n", anchor) + len("    permissible_values:\n")
    core.write_text(text[:insert_at] + "\n".join(value_lines) + "\n" + text[insert_at:], encoding="utf-8")

    # 2. Add the example from the guide.
    (example,) = _blocks(guide, "**2. Add examples.**")[:1]
    example_file = repo / "tests" / "data" / "valid" / "Organization-comic-publisher-inkwell-press.yaml"
    example_file.write_text(example, encoding="utf-8")

    # 4. The changelog entry from the guide, under [Unreleased].
    (entry,) = _blocks(guide, "**4. Add a changelog entry**")
    bullet = next(line for line in entry.splitlines() if line.startswith("- "))
    changelog = repo / "CHANGELOG.md"
    log = changelog.read_text(encoding="utf-8")
    unreleased = log.index("## [Unreleased]")
    next_release = log.find("\n## [", unreleased + 1)
    cut = next_release if next_release != -1 else len(log)
    changelog.write_text(log[:cut].rstrip("\n") + f"\n{bullet}\n" + log[cut:], encoding="utf-8")

    # Before the artefacts are regenerated the example is rejected: the check can fail.
    before = author.run("python -m generators examples")
    assert example_file.name in before.stdout

    # 5. Regenerate the artefacts and check the examples.
    build = author.run("python -m generators build --artifacts-only")
    assert build.returncode == 0, build.stdout + build.stderr
    examples = author.run("python -m generators examples")
    assert "examples:" in examples.stdout, examples.stderr
    assert example_file.name not in examples.stdout, "the new example must validate"

    # 6. The diff against the last release: a compatible addition, verdict minor. Right after a
    # release the tree still has the released version and must be bumped; once the next version
    # is being prepared (its number already in the tree), the change simply joins it.
    from ccai_standards.diff import versions

    expected = versions.bumped(release, "minor")
    prepared = versioning.schema_version(repo) == expected
    diff = author.diff(release)
    assert diff.returncode == (0 if prepared else 1), diff.stdout + diff.stderr
    assert "OrganizationKindEnum.comic_publisher  added" in diff.stdout
    report = json.loads(author.diff(release, "--format", "json").stdout)
    assert report["verdict"] == "minor" and report["bumped_enough"] is prepared
    assert ("OrganizationKindEnum.comic_publisher", "compatible") in [(c["element"], c["impact"])
                                                                       for c in report["changes"]]

    # 7. Bump the version as the verdict asks (nothing to do when it is already the next one), and regenerate.
    bump = author.run("python -m generators bump-version")
    assert bump.returncode == 0, bump.stdout + bump.stderr
    assert versioning.schema_version(repo) == expected == versioning.standard_version(repo)
    build = author.run("python -m generators build --artifacts-only")
    assert build.returncode == 0, build.stdout + build.stderr
    assert f'STANDARD_VERSION = "{expected}"' in (repo / "src/ccai_standards/artifacts/__init__.py").read_text()

    # The diff now passes; 8. pr-check runs the same diff (CI too).
    diff = author.diff(release, "--format", "json")
    assert diff.returncode == 0, diff.stdout + diff.stderr
    report = json.loads(diff.stdout)
    assert report["verdict"] == "minor" and report["bumped_enough"] is True
    assert "python -m generators pr-check" in guide
