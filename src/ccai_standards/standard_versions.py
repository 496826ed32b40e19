"""Every version of the standard this package can judge records by, and the artefacts of each.

A record names the version it follows in `conforms_to`, and is judged by that version's
schema, requirement levels and parameters (docs/architecture.md, "Versions"). The current version's artefacts
live in ``artifacts/``, where they always were; each released version's are frozen in
``artifacts/releases/<version>/`` by ``python -m generators release`` and never rewritten.
The rule code is shared: it is the current implementation of every version's texts, so a
fixed rule applies to old records too.
"""

from __future__ import annotations

import json
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from .artifacts import STANDARD_VERSION

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
RELEASED_ARTIFACTS = ARTIFACTS / "releases"
CURRENT = STANDARD_VERSION


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


class StandardVersion:
    """One version's artefacts, loaded when first asked for (a run may see only one version)."""

    def __init__(self, version: str, folder: Path) -> None:
        self.version = version
        self.folder = folder
        self._json: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"StandardVersion({self.version!r})"

    def load_json(self, name: str) -> Any:
        loaded = self._json.get(name)
        if loaded is None:
            with open(self.folder / name, "rb") as handle:
                loaded = self._json[name] = json.load(handle)
        return loaded

    def path(self, name: str) -> Path:
        return self.folder / name

    @property
    def schema_index(self) -> dict[str, Any]:
        return self.load_json("schema-index.json")

    @property
    def standard(self) -> dict[str, Any]:
        return self.load_json("standard.json")

    @cached_property
    def document_types(self) -> frozenset[str]:
        return frozenset(self.schema_index["document_types"])

    @cached_property
    def requirements(self) -> dict[str, dict[str, Any]]:
        return {r["code"]: r for r in self.standard["requirements"]}

    def parameters(self, code: str) -> dict[str, Any]:
        """The numbers and word lists the rule of `code` applies in this version, by name."""
        return self.requirements.get(code, {}).get("parameters", {})


@lru_cache(maxsize=1)
def known_versions() -> tuple[str, ...]:
    """Every version the package can judge by, oldest first: each release, and the current version."""
    released = {p.name for p in RELEASED_ARTIFACTS.iterdir() if p.is_dir() and (p / "standard.json").is_file()} \
        if RELEASED_ARTIFACTS.is_dir() else set()
    return tuple(sorted(released | {CURRENT}, key=version_key))


def describe_known() -> str:
    """"0.1.0 (released) and 0.2.0 (in preparation)": the versions, for messages."""
    released = {p.name for p in RELEASED_ARTIFACTS.iterdir() if p.is_dir()} if RELEASED_ARTIFACTS.is_dir() else set()
    words = [f"{v} ({'released' if v in released else 'in preparation'})" for v in known_versions()]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


_LOADED: dict[str, StandardVersion] = {}


def for_version(version: str) -> StandardVersion | None:
    """The artefacts of `version`, or None when the package does not know it.

    Only known versions are remembered: records may claim any string, and a billion distinct
    claims must not become a billion cache entries.
    """
    found = _LOADED.get(version) if type(version) is str else None
    if found is None:
        if type(version) is not str or version not in known_versions():
            return None
        folder = ARTIFACTS if version == CURRENT else RELEASED_ARTIFACTS / version
        found = _LOADED[version] = StandardVersion(version, folder)
    return found


def current() -> StandardVersion:
    return for_version(CURRENT)  # type: ignore[return-value]
