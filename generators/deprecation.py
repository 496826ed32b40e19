"""The deprecation window of the governance page, enforced on what the diff reports removed.

A term deprecated in 0.3.0 stays accepted in 0.4.0 and 0.5.0 and may be removed from 0.6.0 on
(the third minor release after its deprecation, or the next major). Removing it earlier is an
error. While the major number is 0 the standard is a draft, and a term may still be removed
without a deprecation first, as a breaking minor release; that is named in a note. From 1.0.0
on, a term is never removed in one step.
"""

from __future__ import annotations

from pathlib import Path

from ccai_standards.diff import Report, load_snapshot, versions

from . import versioning
from .history import change_keys, inventory

_TERMS = ("class", "slot", "field", "enum", "value", "type")
WINDOW = 3  # minor releases from the deprecation to the earliest removal


def earliest_removal(deprecated_in: str) -> str:
    major, minor, _ = versions.parse(deprecated_in)
    return f"{major}.{minor + WINDOW}.0"


def _deprecations(root: Path) -> dict[str, str]:
    """{element key: the first release in which it is deprecated}."""
    first: dict[str, str] = {}
    for version in versioning.released_versions(root):
        snapshot = load_snapshot(str(versioning.releases_dir(root) / f"{version}.yaml"))
        for key, state in inventory(snapshot).items():
            if state.deprecated:
                first.setdefault(key, version)
    return first


def window_problems(report: Report, root: Path) -> tuple[list[str], list[str]]:
    """(problems, notes) for every term the report removes."""
    removed = [c for c in report.changes if c.subject in _TERMS
               and (c.action == "removed" or c.action == "renamed" and not c.old_name_kept)]
    if not removed:
        return [], []
    deprecated = _deprecations(root)
    new = report.new.version
    problems, notes = [], []
    for change in removed:
        keys = change_keys(change)
        since = next((deprecated[k] for k in keys if k in deprecated), None)
        what = f"{change.label} is {'removed' if change.action == 'removed' else 'renamed without keeping its name'}"
        if since is None:
            if versions.parse(new)[0] >= 1:
                problems.append(f"{what} in one step; deprecate it first and remove it from "
                                f"{earliest_removal(new)} on (governance: deprecation)")
            else:
                notes.append(f"{what} without a deprecation first: allowed only while the major number is 0")
            continue
        earliest = earliest_removal(since)
        if versions.parse(new)[0] == versions.parse(since)[0] and versions.parse(new) < versions.parse(earliest):
            problems.append(f"{what} in {new}, but it was deprecated in {since} and is kept for two minor releases: "
                            f"it may be removed from {earliest} on (governance: deprecation)")
    return problems, notes
