"""CCAI Standards: the machine-readable standards of the Creators Coalition on AI.

The package ships the artefacts generated from the schema (JSON Schema, OWL, SHACL,
JSON-LD context, pydantic models) and a fast validator that never imports linkml::

    import ccai_standards
    findings = ccai_standards.validate(["records/"])

The package version and the version of the standard are the same number, typed once in
the schema's root file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .artifacts import STANDARD_VERSION

__version__ = STANDARD_VERSION

if TYPE_CHECKING:  # pragma: no cover
    from .findings import Finding
    from .validator import Validator

__all__ = ["STANDARD_VERSION", "Finding", "Validator", "__version__", "validate"]


def __getattr__(name: str) -> Any:
    # Imported lazily so that `import ccai_standards` stays cheap.
    if name == "Validator":
        from .validator import Validator

        return Validator
    if name == "Finding":
        from .findings import Finding

        return Finding
    raise AttributeError(name)


def validate(paths: Any, **options: Any) -> list[Finding]:
    """Validate files, folders or parsed records in one batch and return every finding."""
    from .validator import Validator

    return Validator(**options).validate(paths)
