"""Read the standard (``standards/``): the Standard record and one Requirement per file.

The files are records of the schema's own classes, so they are validated like any other
CCAI record; this module only loads and orders them for the generators.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from . import paths

PILLAR_ORDER = ["transparency_consent_compensation", "job_protection", "guardrails", "human_creativity"]
# Within a pillar, areas are read in this order (then any other area alphabetically).
AREA_ORDER = ["CONSENT", "COMP", "TRANSP", "PREF", "CONFORM", "WORK", "REPLICA", "LABEL", "MISUSE", "AUTHOR"]


def requirement_sort_key(record: dict[str, Any]) -> tuple[int, int, str, str]:
    area = record["requirement_code"].split("-")[1]
    rank = AREA_ORDER.index(area) if area in AREA_ORDER else len(AREA_ORDER)
    return PILLAR_ORDER.index(record["pillar"]), rank, area, record["requirement_code"]


def parameter_entry(parameter: dict[str, Any]) -> dict[str, Any]:
    """One `parameters` item of a requirement file in the form a release freezes: value, unit, stricter_when."""
    given = [k for k in ("whole_number", "day", "words") if parameter.get(k) is not None]
    if len(given) != 1:
        raise ValueError(f"the parameter {parameter.get('parameter_name')} needs exactly one value (whole_number, day "
                         f"or words), and has {len(given)}")
    value = parameter[given[0]]
    entry = {"value": str(value) if parameter.get("day") is not None else value}
    for key in ("unit", "stricter_when"):
        if parameter.get(key) is not None:
            entry[key] = parameter[key]
    return entry


@dataclass
class StandardSource:
    root: Path = paths.STANDARDS_DIR

    @cached_property
    def standard(self) -> dict[str, Any]:
        return yaml.safe_load((self.root / "standard.yaml").read_text(encoding="utf-8"))

    @cached_property
    def requirements(self) -> list[dict[str, Any]]:
        """Every requirement, in pillar order and then by code."""
        records = [yaml.safe_load(p.read_text(encoding="utf-8"))
                   for p in sorted((self.root / "requirements").glob("*.yaml"))]
        return sorted(records, key=requirement_sort_key)

    def requirement_files(self) -> dict[str, Path]:
        return {p.stem: p for p in sorted((self.root / "requirements").glob("*.yaml"))}

    @property
    def version(self) -> str:
        return str(self.standard["standard_version"])

    def parameters(self) -> dict[str, dict[str, Any]]:
        """{requirement code: {parameter name: {value, unit, stricter_when}}}: the numbers and word lists rules apply.

        They are written in each requirement's `parameters`. A release made before requirements
        had them (0.1.0) keeps them in `releases/<version>.parameters.yaml` instead.
        """
        from .versioning import parameters_file

        found = {r["requirement_code"]: {p["parameter_name"]: parameter_entry(p) for p in r["parameters"]}
                 for r in self.requirements if r.get("parameters")}
        frozen = parameters_file(self.root.parent, self.version)
        if not found and frozen.exists():
            return yaml.safe_load(frozen.read_text(encoding="utf-8")) or {}
        return found

    def runtime_summary(self) -> dict[str, Any]:
        """What the validator needs at run time: versions, each requirement's level, status and parameters."""
        from .versioning import released_versions

        parameters = self.parameters()
        known = sorted(set(released_versions(self.root.parent)) | {self.version},
                       key=lambda v: tuple(int(x) for x in v.split(".")))
        return {
            "standard_version": self.version,
            # Records written for an earlier release stay valid records of that release.
            "known_versions": known,
            "requirements": [
                {
                    "code": r["requirement_code"],
                    "title": r["title"],
                    "pillar": r["pillar"],
                    "level": r["level"],
                    "machine_checkable": r["machine_checkable"],
                    "status": r["requirement_status"],
                    **({"parameters": {name: p["value"] for name, p in parameters[r["requirement_code"]].items()}}
                       if r["requirement_code"] in parameters else {}),
                }
                for r in self.requirements
            ],
        }
