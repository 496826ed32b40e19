"""Semantic versions as the standard uses them (the change policy in CONTRIBUTING.md).

A breaking change bumps the major number, except while it is 0, when it bumps the minor;
a compatible change bumps the minor; an editorial change bumps the patch.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .changes import Change, Impact

BUMPS = ("none", "patch", "minor", "major")
_VERSION = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")


def parse(version: str) -> tuple[int, int, int]:
    match = _VERSION.match(str(version).strip())
    if not match:
        raise ValueError(f"{version!r} is not a MAJOR.MINOR.PATCH version")
    major, minor, patch = (int(g) for g in match.groups())
    return major, minor, patch


def bump_for(impact: Impact, old_version: str) -> str:
    if impact is Impact.BREAKING:
        return "minor" if parse(old_version)[0] == 0 else "major"
    return "minor" if impact is Impact.COMPATIBLE else "patch"


def required_bump(changes: Iterable[Change], old_version: str) -> str:
    """The smallest bump that covers every change."""
    needed = [bump_for(c.impact, old_version) for c in changes if c.impact is not None]
    return max(needed, key=BUMPS.index, default="none")


def bumped(version: str, bump: str) -> str:
    major, minor, patch = parse(version)
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    if bump == "patch":
        return f"{major}.{minor}.{patch + 1}"
    if bump == "none":
        return version
    raise ValueError(f"unknown bump {bump!r}; use one of {', '.join(BUMPS[1:])}")


def is_at_least(version: str, minimum: str) -> bool:
    return parse(version) >= parse(minimum)
