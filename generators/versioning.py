"""The one version number: read it, find the releases, and move it (``bump-version``).

The version is typed in ``schema/ccai.yaml``; ``standards/standard.yaml`` repeats it as the
standard's version (and as the version its own record conforms to). Moving one without the
other would make the standard contradict itself, so they are only ever rewritten together,
line by line, keeping comments and quoting as the author wrote them.
"""

from __future__ import annotations

import re
from pathlib import Path

from ccai_standards.diff import versions
from ccai_standards.files import write_atomically

from . import paths

RELEASE_FILE = re.compile(r"^((0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*))\.yaml$")
_SCHEMA_VERSION = re.compile(r"(?m)^(version:\s*)(['\"]?)([0-9]+\.[0-9]+\.[0-9]+)(['\"]?)(\s*(#.*)?)$")
_STANDARD_KEYS = ("standard_version", "conforms_to")


class VersionError(Exception):
    """The version cannot be read or moved as asked (exit code 2)."""


def releases_dir(root: Path | None = None) -> Path:
    return (root or paths.ROOT) / "releases"


def schema_root(root: Path | None = None) -> Path:
    return (root or paths.ROOT) / "schema" / "ccai.yaml"


def parameters_file(root: Path | None, version: str) -> Path:
    """Where a release's parameters are frozen."""
    return releases_dir(root) / f"{version}.parameters.yaml"


def standard_file(root: Path | None = None) -> Path:
    return (root or paths.ROOT) / "standards" / "standard.yaml"


def schema_version(root: Path | None = None) -> str:
    text = schema_root(root).read_text(encoding="utf-8")
    found = _SCHEMA_VERSION.findall(text)
    if len(found) != 1:
        raise VersionError(f"{schema_root(root)}: expected exactly one `version: X.Y.Z` line, found {len(found)}")
    return found[0][2]


def _standard_pattern(key: str) -> re.Pattern[str]:
    return re.compile(rf"(?m)^({key}:\s*)(['\"]?)([0-9]+\.[0-9]+\.[0-9]+)(['\"]?)(\s*(#.*)?)$")


def standard_version(root: Path | None = None) -> str | None:
    path = standard_file(root)
    if not path.exists():
        return None
    found = _standard_pattern("standard_version").findall(path.read_text(encoding="utf-8"))
    return found[0][2] if found else None


def released_versions(root: Path | None = None) -> list[str]:
    """Every version with a snapshot in releases/, oldest first."""
    folder = releases_dir(root)
    if not folder.is_dir():
        return []
    found = [m.group(1) for p in folder.iterdir() if (m := RELEASE_FILE.match(p.name))]
    return sorted(found, key=versions.parse)


def last_release(root: Path | None = None) -> str | None:
    released = released_versions(root)
    return released[-1] if released else None


def set_version(new: str, root: Path | None = None) -> list[Path]:
    """Write `new` into the schema root and the standard record; return the files changed."""
    versions.parse(new)
    changed: list[Path] = []
    targets = [(schema_root(root), [_SCHEMA_VERSION])]
    if standard_file(root).exists():
        targets.append((standard_file(root), [_standard_pattern(k) for k in _STANDARD_KEYS]))
    for path, patterns in targets:
        text = path.read_text(encoding="utf-8")
        updated = text
        for pattern in patterns:
            updated = pattern.sub(lambda m: f"{m.group(1)}{m.group(2)}{new}{m.group(4)}{m.group(5)}", updated)
        if updated != text:
            write_atomically(path, updated)
            changed.append(path)
    return changed


def target_version(spec: str, current: str, released: str | None) -> str:
    """What `bump-version SPEC` means: a part bumps the last release (or, before any, the current version)."""
    if spec in ("major", "minor", "patch"):
        return versions.bumped(released or current, spec)
    try:
        versions.parse(spec)
    except ValueError:
        raise VersionError(f"{spec!r} is neither major, minor, patch nor a MAJOR.MINOR.PATCH version") from None
    if released and versions.parse(spec) <= versions.parse(released):
        raise VersionError(f"{spec} is not newer than the last release, {released}")
    return spec


def required_by_diff(root: Path | None = None) -> str:
    """The bump the changes since the last release need (`bump-version` without an argument)."""
    from ccai_standards.diff import compare

    released = last_release(root)
    if released is None:
        raise VersionError("there is no release in releases/ to compare with; say which part to bump "
                           "(major, minor or patch) or give the version")
    from ccai_standards.diff import DiffInputError

    try:
        report = compare(str(releases_dir(root) / f"{released}.yaml"), str(root or paths.ROOT))
    except DiffInputError as exc:
        raise VersionError(str(exc)) from None
    return report.required_bump


def bump(spec: str | None, root: Path | None = None) -> int:
    """`python -m generators bump-version [major|minor|patch|X.Y.Z]`; without SPEC, what the diff requires."""
    current = schema_version(root)
    declared = standard_version(root)
    released = last_release(root)
    if spec in (None, "auto"):
        spec = required_by_diff(root)
        print(f"the changes since {released} need a {spec} bump")
        if spec == "none":
            print(f"nothing to bump: the version stays {current}")
            return 0
    target = target_version(spec, current, released)
    if versions.parse(current) >= versions.parse(target) and declared in (None, current):
        print(f"the version is already {current}, which is at least {target}: nothing to do")
        return 0
    changed = set_version(target, root)
    for path in changed:
        print(f"  {path.relative_to(root or paths.ROOT)}: {target}")
    print(f"version {current} → {target}. Regenerate what carries it: python -m generators build")
    return 0
