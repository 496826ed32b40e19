"""CCAI Standards: the machine-readable standards of the Creators Coalition on AI.

The package ships the artefacts generated from the schema (JSON Schema, OWL, SHACL,
JSON-LD context, pydantic models) and a fast validator that never imports linkml::

    from pathlib import Path
    import ccai_standards
    findings = ccai_standards.validate([Path("records/")])    # every finding, as objects
    consent, = ccai_standards.load(Path("consent.yaml"))       # typed record (pydantic)

Inputs are told apart by type: paths (``os.PathLike``), `STDIN`, document text (``str`` or
``bytes``, never a file name) and records (dicts).

The package version and the version of the standard are the same number, typed once in
the schema's root file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .artifacts import STANDARD_VERSION

__version__ = STANDARD_VERSION

if TYPE_CHECKING:  # pragma: no cover
    from .findings import Finding
    from .validation import Validator

__all__ = ["STANDARD_VERSION", "STDIN", "Finding", "Validator", "__version__", "dump", "load", "validate"]


def __getattr__(name: str) -> Any:
    # Imported lazily so that `import ccai_standards` stays cheap.
    if name == "Validator":
        from .validation import Validator

        return Validator
    if name == "Finding":
        from .findings import Finding

        return Finding
    if name == "STDIN":
        from .reading import STDIN

        return STDIN
    raise AttributeError(name)


def load(source: Any) -> list[Any]:
    """Read the records of a path, document text or dicts as typed pydantic models; needs the `models` extra."""
    from .typed import load as _load

    return _load(source)


def dump(records: Any, format: str = "yaml") -> str:
    """Write typed records back as YAML, JSON or JSON Lines."""
    from .typed import dump as _dump

    return _dump(records, format)


def validate(paths: Any, **options: Any) -> list[Finding]:
    """Validate files, folders or parsed records in one batch and return every finding."""
    from .validation import Validator

    return Validator(**options).validate(paths)
