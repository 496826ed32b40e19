"""Build schema pairs for the diff tests: a copy of the real schema plus a small standard.

Each test copies the baseline, applies one edit, and compares. The standard is a fixture
of its own (three requirements at MUST, SHOULD and MAY), so the tests do not move when
the real standard's text does.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from conftest import ROOT

REQUIREMENTS = {
    "CCAI-TEST-001": ("must", "Consent MUST be recorded before training."),
    "CCAI-TEST-002": ("should", "A receipt SHOULD be sent to the person who consented."),
    "CCAI-TEST-003": ("may", "A record MAY name the lawyer who advised the person."),
}


def requirement(code: str, level: str, statement: str, version: str = "0.1.0") -> dict[str, Any]:
    return {
        "type": "Requirement", "conforms_to": version, "id": f"https://w3id.org/ccai/requirements/{code}",
        "requirement_code": code, "title": f"Test requirement {code}", "pillar": "transparency_consent_compensation",
        "level": level, "statement": statement, "rationale": "Tests need a requirement.",
        "carried_by": ["ConsentRecord"], "machine_checkable": False,
        "not_checkable_reason": "It is a test.", "requirement_status": "active", "introduced_in": version,
    }


def make_repository(target: Path, version: str = "0.1.0") -> Path:
    """A repository root with the real schema and the test standard."""
    shutil.copytree(ROOT / "schema", target / "schema")
    requirements = target / "standards" / "requirements"
    requirements.mkdir(parents=True)
    standard = {
        "type": "Standard", "conforms_to": version, "id": "https://w3id.org/ccai/standard",
        "name": "Test standard", "standard_version": version, "standard_status": "draft",
        "version_policy": "While the major number is 0, a breaking change bumps the minor.",
        "pillars": [{"pillar": "transparency_consent_compensation", "title": "Pillar 1", "summary": "Consent."}],
    }
    save(target / "standards" / "standard.yaml", standard)
    for code, (level, statement) in REQUIREMENTS.items():
        save(requirements / f"{code}.yaml", requirement(code, level, statement, version))
    set_version(target, version)
    return target


def load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def save(path: Path, data: Any) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


@contextmanager
def edit(path: Path) -> Iterator[Any]:
    """Load a YAML file, let the test change it, write it back."""
    data = load(path)
    yield data
    save(path, data)


def set_version(repository: Path, version: str) -> None:
    root = repository / "schema" / "ccai.yaml"
    text = root.read_text(encoding="utf-8")
    lines = [f"version: {version}" if line.startswith("version:") else line for line in text.splitlines()]
    root.write_text("\n".join(lines) + "\n", encoding="utf-8")
    standard = repository / "standards" / "standard.yaml"
    if standard.exists():
        with edit(standard) as doc:
            doc["standard_version"] = version


def rename_slot_everywhere(doc: dict[str, Any], old: str, new: str, version: str = "0.2.0") -> None:
    """Rename a slot of one schema module by deprecation: the new slot replaces the old in every class."""
    slots = doc["slots"]
    slots[new] = dict(slots[old], annotations={"added_in": version})
    slots[old]["deprecated"] = "Renamed."
    slots[old]["deprecated_element_has_exact_replacement"] = new
    for cls in doc["classes"].values():
        cls["slots"] = [new if s == old else s for s in cls.get("slots", [])]
        if old in (cls.get("slot_usage") or {}):
            cls["slot_usage"][new] = cls["slot_usage"].pop(old)
        annotations = cls.get("annotations") or {}
        if isinstance(annotations.get("dates_in_order"), str):  # the declared order of dates names fields too
            annotations["dates_in_order"] = re.sub(rf"(?<![\w.]){re.escape(old)}(?!\w)", new, annotations["dates_in_order"])
