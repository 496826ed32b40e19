"""Access to the generated artefacts of the current version shipped inside the package.

Other versions' artefacts: `standard_versions.for_version`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .standard_versions import ARTIFACTS, current


def artifact_path(name: str) -> Path:
    return ARTIFACTS / name


def load_json(name: str) -> Any:
    return current().load_json(name)


def json_schema() -> dict[str, Any]:
    """The bundle that validates any document, dispatching on its `type`."""
    return load_json("ccai.schema.json")


def schema_index() -> dict[str, Any]:
    """Which fields are references, objects or enums, per class; how enum values nest."""
    return load_json("schema-index.json")


def jsonld_context() -> dict[str, Any]:
    return load_json("ccai.context.jsonld")
