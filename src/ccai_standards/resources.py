"""Access to the generated artefacts shipped inside the package."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def artifact_path(name: str) -> Path:
    return ARTIFACTS / name


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    with open(ARTIFACTS / name, "rb") as handle:
        return json.load(handle)


def json_schema() -> dict[str, Any]:
    """The bundle that validates any document, dispatching on its `type`."""
    return load_json("ccai.schema.json")


def schema_index() -> dict[str, Any]:
    """Which fields are references, objects or enums, per class; how enum values nest."""
    return load_json("schema-index.json")


def jsonld_context() -> dict[str, Any]:
    return load_json("ccai.context.jsonld")
