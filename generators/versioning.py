"""The one version number: read it, find the releases, and move it (``bump-version``).

The version is typed in ``schema/ccai.yaml``; ``standards/standard.yaml`` repeats it as the
standard's version (and as the version its own record conforms to). Moving one without the
other would make the standard contradict itself, so they are only ever rewritten together,
line by line, keeping comments and quoting as the author wrote them. The examples and the
requirement records name the version they follow, so they move with it.
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


def example_files(root: Path | None = None) -> list[Path]:
    """Records that follow the current version: the examples, the docs' examples and the requirements."""
    root = root or paths.ROOT
    found = [p for folder in (root / "tests" / "data", root / "docs" / "examples") if folder.is_dir()
             for p in folder.rglob("*.yaml")]
    found += sorted((root / "standards" / "requirements").glob("*.yaml"))
    return sorted(found)


def _example_pattern(key: str, version: str) -> re.Pattern[str]:
    return re.compile(rf"(?m)^(\s*{key}:\s*)(['\"]?){re.escape(version)}(['\"]?)(\s*(#.*)?)$")


def _rewrite_example(text: str, old: str, new: str) -> str:
    """`conforms_to: old` becomes `new`; so does the version a conformance claim is made against."""
    keys = ["conforms_to"] + (["standard_version"] if re.search(r"(?m)^type:\s*ConformanceClaim\s*$", text) else [])
    for key in keys:
        text = _example_pattern(key, old).sub(lambda m: f"{m.group(1)}{m.group(2)}{new}{m.group(3)}{m.group(4)}", text)
    return text


def _standard_as_draft(text: str) -> str:
    """A new version is a draft until it is released: no `released_on`, `standard_status: draft`."""
    text = re.sub(r"(?m)^released_on:.*\n", "", text)
    return re.sub(r"(?m)^standard_status:.*$", "standard_status: draft", text)


def set_version(new: str, root: Path | None = None) -> list[Path]:
    """Write `new` into the schema root, the standard record and every example; return the files changed.

    The examples move with the version, so a bump never breaks examples nobody touched; the
    examples of a release stay frozen under releases/<version>/examples/.
    """
    versions.parse(new)
    old = schema_version(root)
    changed: list[Path] = []
    targets = [(schema_root(root), [_SCHEMA_VERSION])]
    if standard_file(root).exists():
        targets.append((standard_file(root), [_standard_pattern(k) for k in _STANDARD_KEYS]))
    for path, patterns in targets:
        text = path.read_text(encoding="utf-8")
        updated = text
        for pattern in patterns:
            updated = pattern.sub(lambda m: f"{m.group(1)}{m.group(2)}{new}{m.group(4)}{m.group(5)}", updated)
        if path == standard_file(root) and updated != text:
            updated = _standard_as_draft(updated)
        if updated != text:
            write_atomically(path, updated)
            changed.append(path)
    if old != new:
        for path in example_files(root):
            text = path.read_text(encoding="utf-8")
            updated = _rewrite_example(text, old, new)
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
    from .migration_map import reset_unreleased

    if reset_unreleased(root or paths.ROOT):
        print("  migrations/unreleased.yaml: emptied (its steps shipped with the last release)")
    examples = [p for p in changed if p not in (schema_root(root), standard_file(root))]
    for path in [p for p in changed if p not in examples]:
        print(f"  {path.relative_to(root or paths.ROOT)}: {target}")
    if examples:
        print(f"  {len(examples)} example and requirement record(s): conforms_to {current} → {target}")
    print(f"version {current} → {target}. Regenerate what carries it: python -m generators build")
    return 0
