"""``python -m generators release``: freeze the current version as the baseline for later diffs.

A release writes two files, both committed and never rewritten:

* ``releases/<version>.yaml`` — the merged, normalised schema (the content of the
  ``ccai.linkml.yaml`` artefact under a two-line header), which ``ccai diff`` and
  ``pr-check`` compare against, since a clean clone may have no tags;
* ``releases/<version>.requirements.yaml`` — the standard record and every requirement, so
  requirement changes can be diffed too.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from ccai_standards.files import write_all_atomically

from . import paths, versioning

_HEADER = ("# CCAI Standards {version}: {what}.\n"
           "# Written by `python -m generators release`; a release file is never edited or rewritten.\n")


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


def _refusal(root: Path, version: str) -> str | None:
    """Why this version cannot be released now, or None."""
    declared = versioning.standard_version(root)
    if declared is not None and declared != version:
        return (f"the schema says {version} but standards/standard.yaml says {declared}; "
                "run `python -m generators bump-version <version>` to set both")
    folder = versioning.releases_dir(root)
    existing = [p.name for p in (folder / f"{version}.yaml", folder / f"{version}.requirements.yaml") if p.exists()]
    if existing:
        return (f"releases/{existing[0]} already exists and a release is never rewritten; "
                "bump the version first (python -m generators bump-version)")
    last = versioning.last_release(root)
    if last is not None:
        from ccai_standards.diff import DiffInputError, compare, versions

        if versions.parse(version) <= versions.parse(last):
            return f"{version} is not newer than the last release, {last}"
        try:
            report = compare(str(folder / f"{last}.yaml"), str(root))
        except DiffInputError as exc:
            return f"cannot compare with the last release: {exc}"
        if not report.bumped_enough:
            return (f"the changes since {last} need a {report.required_bump} bump (at least "
                    f"{report.minimum_version}); see `ccai diff releases/{last}.yaml .`")
    return None


def release(root: Path | None = None) -> int:
    """Write the release files for the current version; exit 2 (writing nothing) when it may not."""
    root = root or paths.ROOT
    version = versioning.schema_version(root)
    refusal = _refusal(root, version)
    if refusal:
        print(f"error: cannot release {version}: {refusal}", file=sys.stderr)
        return 2
    files = {
        f"{version}.yaml": _HEADER.format(version=version, what="the merged schema of this release").encode()
        + schema_snapshot(root),
        f"{version}.requirements.yaml": _HEADER.format(version=version, what="the standard and its requirements")
        .encode() + requirements_snapshot(root),
    }
    folder = versioning.releases_dir(root)
    folder.mkdir(exist_ok=True)
    write_all_atomically({folder / name: content for name, content in files.items()})
    for name in files:
        print(f"  releases/{name}")
    print(f"released {version}: commit both files and tag the commit v{version}")
    return 0
