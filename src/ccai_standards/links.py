"""Addresses on the documentation site, so that a finding can point a reader at its requirement.

The published site keeps every version side by side (``<version>/…``, see
generators/multisite.py). Each version is built from its own tree, so the address of a
requirement is the one that version's site used: 0.1.0 listed requirements on their
pillar's page, later versions give each requirement a page of its own.
"""

from __future__ import annotations

from .standard_versions import current, for_version

SITE = "https://w3id.org/ccai/schema/"

# How a version's site addressed a requirement, for versions that did not use the current form.
_REQUIREMENT_ADDRESS = {"0.1.0": "standard/{pillar}/#{code}"}
_CURRENT_FORM = "standard/{code}/"


def requirement_url(code: str, version: str | None = None) -> str | None:
    """The page of requirement `code` in the site of `version` (the current one if None);
    None when the code is not a requirement of that version (SCHEMA-, REF-, INPUT- codes)."""
    judged = (for_version(version) if version else None) or current()
    requirement = judged.requirements.get(code)
    if requirement is None:
        return None
    form = _REQUIREMENT_ADDRESS.get(judged.version, _CURRENT_FORM)
    pillar = str(requirement.get("pillar", "")).replace("_", "-")
    return SITE + f"{judged.version}/" + form.format(code=code, pillar=pillar)
