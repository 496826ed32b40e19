"""CCAI Standards: the machine-readable standards of the Creators Coalition on AI.

The package ships the artefacts generated from the schema (JSON Schema, OWL, SHACL,
JSON-LD context, pydantic models) and a fast validator that never imports linkml::

    from pathlib import Path
    import ccai_standards
    findings = ccai_standards.validate([Path("records/")])    # every finding, as objects
    consent, = ccai_standards.load(Path("consent.yaml"))       # typed record (pydantic)

Inputs are told apart by type: paths (``os.PathLike``), `STDIN`, document text (``str`` or
``bytes``, never a file name), files opened for reading, and records (dicts or the typed
models of `load`).

The package version and the version of the standard are the same number, typed once in
the schema's root file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from .artifacts import STANDARD_VERSION

__version__ = STANDARD_VERSION

if TYPE_CHECKING:  # pragma: no cover
    from .findings import Finding, Location, Severity
    from .standard_versions import known_versions
    from .validation import Validator

__all__ = ["STANDARD_VERSION", "STDIN", "Finding", "Location", "Severity", "Validator", "__version__",
           "aiter_findings", "dump", "iter_findings", "known_versions", "load", "validate"]


def __getattr__(name: str) -> Any:
    # Imported lazily so that `import ccai_standards` stays cheap.
    if name == "Validator":
        from .validation import Validator

        return Validator
    if name in ("Finding", "Location", "Severity"):
        from . import findings

        return getattr(findings, name)
    if name == "known_versions":
        from .standard_versions import known_versions

        return known_versions
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


def validate(inputs: Any, **options: Any) -> list[Finding]:
    """Validate files, folders, text, open files or records in one batch and return every finding.

    `options` are those of `Validator` (refs, ignore, jobs, as_version, engine, …).
    """
    from .validation import Validator

    return Validator(**options).validate(inputs)


def iter_findings(inputs: Any, **options: Any) -> Iterator[Finding]:
    """The findings of `validate`, streamed as they are found."""
    from .validation import Validator

    return Validator(**options).iter_findings(inputs)


def aiter_findings(inputs: Any, **options: Any) -> AsyncIterator[Finding]:
    """The findings of `validate` as an async iterator (``async for``), checked in a thread."""
    from .validation import Validator

    return Validator(**options).aiter_findings(inputs)
