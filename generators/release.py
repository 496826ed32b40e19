"""``python -m generators release``: cut the current version as a release, in one resumable step.

A release writes, once and never again (``pr-check`` fails any later edit):

* ``releases/<v>.yaml`` — the merged, normalised schema: the baseline ``ccai diff`` and
  ``pr-check`` compare against, since a clean clone may have no tags;
* ``releases/<v>.requirements.yaml`` — the standard record and every requirement;
* ``releases/<v>.parameters.yaml`` — the numbers and word lists its rules apply;
* ``releases/<v>.migration.yaml`` — how records of the previous release become records of
  this one (``ccai migrate``), when there is a previous release;
* ``releases/<v>/examples/`` — the examples as they were, so later tests can prove that
  records of this release keep validating as this release;
* ``src/ccai_standards/artifacts/releases/<v>/`` — the runtime artefacts the validator
  judges records claiming ``conforms_to: <v>`` by.

It also moves the ``[Unreleased]`` changelog entries under the version with its date, sets
``released_on`` and ``standard_status: released`` in ``standards/standard.yaml``, empties
the reviewers' overrules (they judged the changes up to this release), commits, and tags
``v<version>``.

Every change is recorded first in a journal (``releases/.release-<v>.json``), so that an
interrupted release can be completed (``--resume``) or undone (``--rollback``). A release
made by an older version of this command (0.1.0 wrote only the two snapshots) is completed
by ``--resume`` from the commit that cut it.
"""

from __future__ import annotations

import datetime
import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ccai_standards.files import write_atomically

from . import paths, versioning

_HEADER = ("# CCAI Standards {version}: {what}.\n"
           "# Written by `python -m generators release`; a release file is never edited or rewritten.\n")
# The runtime artefacts frozen per release: what judging a record by that version needs, and
# what users download for it. The pydantic models and the merged schema are the current
# version's only (the schema snapshot in releases/ is the merged schema).
_FROZEN_ARTEFACTS = re.compile(r"^(ccai\.schema\.json|jsonschema/.+\.json|schema-index\.json|standard\.json|"
                               r"ccai\.context\.jsonld|ccai\.(shacl|owl)\.ttl|migration\.json)$")


class ReleaseError(Exception):
    """The release cannot be made, resumed or undone as asked (exit code 2); nothing more was written."""


def git(root: Path, *args: str, check: bool = True) -> str:
    return _git_output(root, args, check).decode("utf-8").strip()


def _git_output(root: Path, args: tuple[str, ...], check: bool = True) -> bytes:
    """What git prints, as bytes (a file's content at a commit is not always text); failures are ReleaseErrors."""
    try:
        result = subprocess.run(["git", *args], cwd=root, capture_output=True)
    except FileNotFoundError:
        raise ReleaseError("git is not installed; a release is a git commit and tag") from None
    if check and result.returncode != 0:
        message = (result.stderr or result.stdout).decode("utf-8", "replace").strip()
        raise ReleaseError(f"`git {' '.join(args)}` failed: {message}")
    return result.stdout if result.returncode == 0 else b""


def cut_commit(root: Path, version: str) -> str | None:
    """The commit that added `releases/<version>.yaml`: the release as git remembers it, tags or not."""
    found = git(root, "log", "--diff-filter=A", "--format=%H", "--", f"releases/{version}.yaml", check=False)
    return found.splitlines()[-1] if found else None


# --- what a release writes ----------------------------------------------------------------


def requirements_snapshot(root: Path) -> bytes:
    from ccai_standards.diff.loading import standards_snapshot
    from ccai_standards.diff.sources import LocalTree

    snapshot = standards_snapshot(LocalTree(root), "standards")
    body = yaml.safe_dump(snapshot, sort_keys=False, allow_unicode=True, width=100)
    return body.encode("utf-8")


def schema_snapshot(root: Path) -> bytes:
    from .artifacts import merged_schema_yaml
    from .schema_source import SchemaSource

    return merged_schema_yaml(SchemaSource(root=versioning.schema_root(root)))


def parameters_snapshot(root: Path) -> bytes:
    from .standard_source import StandardSource

    body = yaml.safe_dump(StandardSource(root=root / "standards").parameters(), sort_keys=True, allow_unicode=True,
                          width=100, default_flow_style=None)
    return body.encode("utf-8")


def frozen_artefacts(root: Path, version: str) -> dict[str, bytes]:
    """The runtime artefacts of the tree as it is: what `artifacts/releases/<version>/` holds."""
    from .artifacts import build_all
    from .schema_source import SchemaSource
    from .standard_source import StandardSource

    files = build_all(SchemaSource(root=versioning.schema_root(root)), StandardSource(root=root / "standards"))
    return {f"src/ccai_standards/artifacts/releases/{version}/{rel}": content
            for rel, content in files.items() if _FROZEN_ARTEFACTS.match(rel)}


def verify_release(root: Path, version: str, built: dict[str, bytes]) -> list[str]:
    """Problems with the release files of `version` in the tree: each must be what the tree builds.

    `built` is the current build (`artifacts.build_all()`). A snapshot, parameters file or frozen
    artefact that differs was not written by the release command from this tree, and would move
    every later judgement.
    """
    expected = {f"src/ccai_standards/artifacts/releases/{version}/{rel}": content
                for rel, content in built.items() if _FROZEN_ARTEFACTS.match(rel)}
    # The snapshot is made as the release makes it: the merged schema of a fresh load. (The
    # artefact ccai.linkml.yaml is dumped after the generators ran, which adds `domain_of`.)
    expected[f"releases/{version}.yaml"] = schema_snapshot(root)
    expected[f"releases/{version}.requirements.yaml"] = requirements_snapshot(root)
    expected[f"releases/{version}.parameters.yaml"] = parameters_snapshot(root)
    previous = _previous_release(root, version)
    if previous is not None:
        from .migration_map import migration_map_yaml

        expected[f"releases/{version}.migration.yaml"] = migration_map_yaml(
            versioning.releases_dir(root) / f"{previous}.yaml", root)
    problems = []
    for rel, content in sorted(expected.items()):
        path = root / rel
        if not path.exists():
            problems.append(f"{rel} is missing from the release of {version}")
            continue
        found = path.read_bytes()
        if rel.startswith("releases/") and rel.endswith(".yaml"):
            found = found.split(b"\n", 2)[2] if found.startswith(b"#") else found  # the two-line header
        if found != content:
            problems.append(f"{rel} is not what the release command writes from this tree; a release is cut with "
                            "`python -m generators release`, never by hand")
    frozen = root / "src" / "ccai_standards" / "artifacts" / "releases" / version
    extra = sorted(p.relative_to(root).as_posix() for p in frozen.rglob("*") if p.is_file()
                   and p.relative_to(root).as_posix() not in expected) if frozen.is_dir() else []
    problems += [f"{rel} is not an artefact of the release of {version}" for rel in extra]
    return problems


def examples(root: Path, version: str, commit: str | None) -> dict[str, bytes]:
    """tests/data/{valid,invalid}/*.yaml as of `commit` (the working tree when None), under releases/<v>/examples/."""
    found: dict[str, bytes] = {}
    for kind in ("valid", "invalid"):
        if commit is None:
            sources = {p.name: p.read_bytes() for p in sorted((root / "tests" / "data" / kind).glob("*.yaml"))}
        else:
            names = git(root, "ls-tree", "--name-only", commit, f"tests/data/{kind}/").splitlines()
            sources = {Path(n).name: _git_output(root, ("show", f"{commit}:{n}")) for n in names if n.endswith(".yaml")}
        for name, content in sources.items():
            found[f"releases/{version}/examples/{kind}/{name}"] = content
    return found


def changelog_moved(text: str, version: str, day: str) -> str:
    """The changelog with the entries under `## [Unreleased]` moved under `## [version] - day`."""
    if re.search(rf"(?m)^## \[{re.escape(version)}\]", text):
        return text  # already moved (a resumed release)
    match = re.search(r"(?m)^## \[Unreleased\][^\n]*\n", text)
    if match is None:
        raise ReleaseError("CHANGELOG.md has no `## [Unreleased]` section to release")
    following = re.search(r"(?m)^## ", text[match.end():])
    end = match.end() + following.start() if following else len(text)
    body = text[match.end():end].strip("\n")
    if not body.strip():
        body = "No change was recorded for this version."
    return text[:match.start()] + f"## [Unreleased]\n\n## [{version}] - {day}\n\n{body}\n\n" + text[end:].lstrip("\n")


def standard_released(text: str, day: str) -> str:
    """standards/standard.yaml with `standard_status: released` and `released_on`, edited line by line."""
    for key, value in (("standard_status", "released"), ("released_on", f'"{day}"')):
        if re.search(rf"(?m)^{key}:", text):
            text = re.sub(rf"(?m)^{key}:.*$", f"{key}: {value}", text)
        else:
            text = re.sub(r"(?m)^(standard_version:.*)$", rf"\1\n{key}: {value}", text, count=1)
    return text


def overrules_emptied(text: str) -> str:
    """review/overrules.yaml with its header comment kept and no overrule left."""
    header = "".join(line for line in text.splitlines(keepends=True) if line.startswith("#"))
    return header + "overrules: []\n"


# --- the journal -------------------------------------------------------------------------


@dataclass
class Journal:
    """What a release has changed so far: enough to finish it or to undo it."""

    version: str
    day: str
    written: list[str] = field(default_factory=list)  # files this release created
    edited: dict[str, str] = field(default_factory=dict)  # file -> its text before the release
    path: Path | None = None

    @classmethod
    def location(cls, root: Path, version: str) -> Path:
        return versioning.releases_dir(root) / f".release-{version}.json"

    @classmethod
    def load(cls, root: Path, version: str) -> Journal | None:
        path = cls.location(root, version)
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["version"], data["day"], data["written"], data["edited"], path)

    def save(self, root: Path) -> None:
        self.path = self.location(root, self.version)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.path, json.dumps({"version": self.version, "day": self.day, "written": self.written,
                                                "edited": self.edited}, indent=2, sort_keys=True) + "\n")


# --- the command -------------------------------------------------------------------------


def _refusal(root: Path, version: str) -> str | None:
    """Why this version cannot be released now, or None."""
    if Journal.location(root, version).exists():
        return (f"a release of {version} was interrupted; finish it with `python -m generators release --resume` "
                "or undo it with `--rollback`")
    declared = versioning.standard_version(root)
    if declared is not None and declared != version:
        return (f"the schema says {version} but standards/standard.yaml says {declared}; "
                "run `python -m generators bump-version <version>` to set both")
    branch = git(root, "rev-parse", "--abbrev-ref", "HEAD", check=False)
    if branch != "main":
        return f"a release is cut on the main branch only, and this is {branch or 'not a git checkout'}"
    if git(root, "status", "--porcelain", "--untracked-files=normal"):
        return "the working tree has uncommitted changes; commit or stash them first"
    existing = sorted(p.name for p in versioning.releases_dir(root).glob(f"{version}.*"))
    if existing:
        return (f"releases/{existing[0]} already exists and a release is never rewritten; bump the version first "
                "(python -m generators bump-version), or finish an interrupted release with --resume")
    last = versioning.last_release(root)
    if last is not None:
        from ccai_standards.diff import DiffInputError, compare, versions

        if versions.parse(version) <= versions.parse(last):
            return f"{version} is not newer than the last release, {last}"
        try:
            report = compare(str(versioning.releases_dir(root) / f"{last}.yaml"), str(root))
        except DiffInputError as exc:
            return f"cannot compare with the last release: {exc}"
        if not report.bumped_enough:
            return (f"the changes since {last} need a {report.required_bump} bump (at least "
                    f"{report.minimum_version}); see `ccai diff releases/{last}.yaml .`")
    from .artifacts import build_all, stale
    from .schema_source import SchemaSource
    from .standard_source import StandardSource

    artefacts = root / "src" / "ccai_standards" / "artifacts"
    built = (artefacts / "schema-index.json").exists()  # a checkout with the package (not a bare schema)
    drift = stale(build_all(SchemaSource(root=versioning.schema_root(root)), StandardSource(root=root / "standards")),
                  artefacts) if built else []
    if drift:
        return (f"{len(drift)} committed artefact(s) differ from the schema ({drift[0]} …); run "
                "`python -m generators build` and commit, so the release is what the package ships")
    return None


def _previous_release(root: Path, version: str) -> str | None:
    from ccai_standards.diff import versions

    older = [v for v in versioning.released_versions(root) if versions.parse(v) < versions.parse(version)]
    return older[-1] if older else None


def _create(root: Path, journal: Journal, rel: str, content: bytes) -> None:
    """Write a new release file; an existing one must already hold exactly this (a resumed release)."""
    path = root / rel
    if path.exists():
        if path.read_bytes() != content:
            raise ReleaseError(f"{rel} exists and differs from what this release would write; a release file is "
                               "never rewritten (undo the release with --rollback, or remove the file by hand)")
        return
    if rel not in journal.written:
        journal.written.append(rel)
        journal.save(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, content)


def _edit(root: Path, journal: Journal, rel: str, new_text: str) -> None:
    path = root / rel
    old = path.read_text(encoding="utf-8")
    if old == new_text:
        return
    journal.edited.setdefault(rel, old)
    journal.save(root)
    write_atomically(path, new_text)


def _release_files(root: Path, version: str, day: str, journal: Journal, commit: str | None) -> None:
    """Every step, in an order where each depends only on the ones before it; each is skipped when done."""
    header = _HEADER.format
    snapshot = root / "releases" / f"{version}.yaml"
    if commit is not None and snapshot.read_bytes().split(b"\n", 2)[2] != schema_snapshot(root):
        raise ReleaseError(f"the schema has changed since {version} was cut (commit {commit[:12]}), so its artefacts "
                           "cannot be made from this tree; resume from a checkout of that commit")
    _edit(root, journal, "standards/standard.yaml",
          standard_released((root / "standards/standard.yaml").read_text(encoding="utf-8"), day))
    _edit(root, journal, "CHANGELOG.md",
          changelog_moved((root / "CHANGELOG.md").read_text(encoding="utf-8"), version, day))
    overrules = root / "review" / "overrules.yaml"
    if overrules.exists():  # they judged the changes up to this release; the next release starts afresh
        _edit(root, journal, "review/overrules.yaml", overrules_emptied(overrules.read_text(encoding="utf-8")))
    if commit is None:  # a new release: its snapshots come from the tree
        _create(root, journal, f"releases/{version}.yaml",
                header(version=version, what="the merged schema of this release").encode() + schema_snapshot(root))
        _create(root, journal, f"releases/{version}.requirements.yaml",
                header(version=version, what="the standard and its requirements").encode()
                + requirements_snapshot(root))
    frozen = versioning.parameters_file(root, version)
    if not frozen.exists():
        _create(root, journal, f"releases/{version}.parameters.yaml",
                header(version=version, what="the numbers and word lists its rules apply, by requirement").encode()
                + parameters_snapshot(root))
    previous = _previous_release(root, version)
    if previous is not None:
        from .migration_map import migration_map_yaml

        _create(root, journal, f"releases/{version}.migration.yaml",
                header(version=version, what=f"how records of {previous} become records of {version}").encode()
                + migration_map_yaml(versioning.releases_dir(root) / f"{previous}.yaml", root))
    for rel, content in sorted(examples(root, version, commit).items()):
        _create(root, journal, rel, content)
    for rel, content in sorted(frozen_artefacts(root, version).items()):
        _create(root, journal, rel, content)


def release(root: Path | None = None, resume: bool = False, rollback: bool = False,
            today: datetime.date | None = None) -> int:
    """`python -m generators release [--resume | --rollback]`; exit 2, with the reason, when it may not."""
    root = root or paths.ROOT
    version = versioning.schema_version(root)
    try:
        if rollback:
            return _rollback(root, version)
        journal = Journal.load(root, version)
        commit = cut_commit(root, version) if resume else None
        if not resume:
            refusal = _refusal(root, version)
            if refusal:
                raise ReleaseError(refusal)
        elif journal is None and commit is None and not (root / "releases" / f"{version}.yaml").exists():
            raise ReleaseError(f"there is no interrupted release of {version} to resume; run without --resume")
        elif git(root, "rev-parse", "--abbrev-ref", "HEAD", check=False) != "main":
            raise ReleaseError("a release is finished on the main branch only")
        if journal is None:
            day = today or (_commit_day(root, commit) if commit else datetime.date.today())
            journal = Journal(version, day.isoformat())
            journal.save(root)
        _release_files(root, version, journal.day, journal, commit)
        changed = sorted(set(journal.written) | set(journal.edited))
        present = [rel for rel in changed if (root / rel).exists()]
        if present:
            git(root, "add", "--", *present)
            if git(root, "diff", "--cached", "--name-only", "--", *present):  # else its commit was already made
                git(root, "commit", "--quiet", "-m", f"Release {version}", "--", *present)
        tag = f"v{version}"
        if not git(root, "tag", "--list", tag):
            git(root, "tag", "-a", tag, "-m", f"CCAI Standards {version}")
        journal.path.unlink()  # type: ignore[union-attr]
    except ReleaseError as exc:
        print(f"error: cannot release {version}: {exc}", file=sys.stderr)
        return 2
    for rel in changed:
        print(f"  {rel}")
    print(f"released {version} on {journal.day}: committed and tagged {tag}. Push both: git push --follow-tags")
    return 0


def _commit_day(root: Path, commit: str) -> datetime.date:
    return datetime.date.fromisoformat(git(root, "show", "-s", "--format=%cs", commit))


def _rollback(root: Path, version: str) -> int:
    """Undo what an interrupted release changed, from its journal; a finished (tagged) release stays."""
    journal = Journal.load(root, version)
    if journal is None:
        raise ReleaseError(f"there is no interrupted release of {version} to undo (no {Journal.location(root, version)})")
    if git(root, "tag", "--list", f"v{version}"):
        raise ReleaseError(f"{version} is released and tagged v{version}; a published release is never undone")
    if git(root, "log", "-1", "--format=%s", check=False) == f"Release {version}":
        git(root, "reset", "--quiet", "--soft", "HEAD~1")
    for rel in journal.written:
        git(root, "rm", "--quiet", "--cached", "--ignore-unmatch", "--", rel, check=False)
        (root / rel).unlink(missing_ok=True)
    for rel, text in journal.edited.items():
        write_atomically(root / rel, text)
        git(root, "reset", "--quiet", "--", rel, check=False)
    for folder in sorted({(root / rel).parent for rel in journal.written}, key=lambda p: -len(p.parts)):
        while folder != root and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
    journal.path.unlink()  # type: ignore[union-attr]
    print(f"rolled back the release of {version}: {len(journal.written)} file(s) removed, "
          f"{len(journal.edited)} restored")
    return 0
