"""What a pull request is judged against, and whether it left the released files alone.

The baseline must not come from the pull request's own tree: a branch that edits
``releases/0.1.0.yaml``, or runs ``release`` itself, would move the yardstick and judge a
breaking change "none". So it is read from git:

1. the target branch (``--base REF``, or ``$GITHUB_BASE_REF`` in a pull request's CI run): its
   newest release snapshot;
2. where no target branch can be read (a push to main, a merge queue, a shallow clone with
   one parent), the previous commit: its newest snapshot whose version is below the current
   one (so the release commit itself is judged against the release before it);
3. with no history at all, the working tree's own snapshots, and a note that the released
   files could not be checked (an error in CI, where the checkout must fetch history).

Released files (``releases/`` and ``src/ccai_standards/artifacts/releases/``) that exist in
the baseline commit must be unchanged in the working tree: any edit or removal fails.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from ccai_standards.diff import versions

from . import versioning

PROTECTED = ("releases", "src/ccai_standards/artifacts/releases")
_STATUS = {"M": "edited", "D": "removed", "T": "changed type", "R": "renamed"}
# The version a release file belongs to: releases/<v>.*, releases/<v>/…, artifacts/releases/<v>/…
_RELEASE_PATH = re.compile(r"^(?:releases|src/ccai_standards/artifacts/releases)/"
                           r"((?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*))(?:/|\.[a-z]+\.yaml$|\.yaml$)")


def _git(root: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True)
    except FileNotFoundError:
        return None
    return result.stdout.strip() if result.returncode == 0 else None


def _resolves(root: Path, ref: str) -> bool:
    return _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}") is not None


@dataclass
class Baseline:
    """The release a change is judged against, and where it was read."""

    version: str | None  # None: no release yet
    spec: str | None  # what `ccai diff` reads as OLD
    ref: str | None  # the commit the baseline comes from; None when read from the working tree
    source: str  # in words, for the report
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # the baseline asked for cannot be read

    def protection_problems(self, root: Path) -> list[str]:
        """Released files the tree edited or removed, and release files it added for another version.

        Files the release command adds for the current version are allowed here; `verify_release`
        proves that they are what the tree builds.
        """
        if self.ref is None:
            return []
        current = versioning.schema_version(root)
        listing = _git(root, "diff", "--name-status", "--no-renames", self.ref, "--", *PROTECTED) or ""
        untracked = _git(root, "ls-files", "--others", "--exclude-standard", "--", *PROTECTED) or ""
        entries = [line.partition("\t")[::2] for line in listing.splitlines()]
        entries += [("A", path) for path in untracked.splitlines()]
        problems = []
        for status, path in entries:
            what = _STATUS.get(status[:1])
            if what:
                problems.append(f"{path} is {what}, but a released file is never edited (it is as released at "
                                f"{self.source}); make the change in the schema or the standard instead, for the "
                                "next version")
            elif status.startswith("A"):
                match = _RELEASE_PATH.match(path)
                if match is None or match.group(1) != current:
                    problems.append(f"{path} is added, but release files are written only by the release command, "
                                    f"for the version being released ({current})")
        return problems


def _released_at(root: Path, ref: str) -> list[str]:
    names = _git(root, "ls-tree", "--name-only", ref, "releases/") or ""
    found = [m.group(1) for n in names.splitlines() if (m := versioning.RELEASE_FILE.match(Path(n).name))]
    return sorted(found, key=versions.parse)


def find_baseline(root: Path, base: str | None = None) -> Baseline:
    current = versioning.schema_version(root)
    notes: list[str] = []
    target = base or os.environ.get("GITHUB_BASE_REF") or None
    candidates = [] if not target else [target] if base else [f"origin/{target}", target]
    for ref in candidates:
        if _resolves(root, ref):
            released = _released_at(root, ref)
            return _baseline(released[-1] if released else None, ref, f"the target branch {ref}", notes)
    if target:  # asked for, and unreadable: never fall back to the branch's own history
        return Baseline(None, None, None, f"the target branch {target}", notes,
                        [f"the target branch {' or '.join(candidates)} cannot be read here; fetch it (check out "
                         "with `fetch-depth: 0`) so the change is judged against it"])
    if _resolves(root, "HEAD~1"):
        released = [v for v in _released_at(root, "HEAD~1") if versions.parse(v) < versions.parse(current)]
        return _baseline(released[-1] if released else None, "HEAD~1", "the previous commit", notes)
    notes.append("no git history to take the baseline from: the released files cannot be checked against it")
    released = [v for v in versioning.released_versions(root) if versions.parse(v) <= versions.parse(current)]
    last = released[-1] if released else None
    spec = str(versioning.releases_dir(root) / f"{last}.yaml") if last else None
    return Baseline(last, spec, None, "the working tree (no history)", notes)


def _baseline(version: str | None, ref: str, source: str, notes: list[str]) -> Baseline:
    spec = f"{ref}:releases/{version}.yaml" if version else None
    return Baseline(version, spec, ref, source, notes)
