"""Telling CCAI record files from the other YAML and JSON files of a repository (``--records-only``).

A pre-commit hook is handed every changed ``.yaml`` and ``.json`` file: workflow files,
``.pre-commit-config.yaml``, package manifests. Those must not fail the hook, but a record
that is broken must never be waved through as "not a record". So a file is set aside only
when the answer is certain: it is small, and none of its documents carries any mark of a
CCAI record. Everything else is read and checked as usual:

- a document with ``conforms_to``, or the CCAI JSON-LD context;
- a ``type`` (or ``@type``) that names a CCAI document type of any known version, in any
  case, or is a near miss of one (``ConsentRecrod``), which the validator then reports;
- a file that cannot be parsed, when its text mentions any of these marks;
- a file too large to look through (over `SNIFF_LIMIT`), and Parquet or Arrow data.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..findings import Finding, Severity
from .columnar import COLUMNAR_SUFFIXES
from .parsers import input_finding, is_ccai_context, parse_bytes, syntax_for

SNIFF_LIMIT = 1024 * 1024  # configuration files are small; a larger file is read and checked whatever it holds


@lru_cache(maxsize=1)
def _document_types() -> dict[str, str]:
    """Every document type of every known version, by its lower-case name."""
    from ..standard_versions import for_version, known_versions

    names: set[str] = set()
    for version in known_versions():
        judged = for_version(version)
        if judged is not None:
            names |= set(judged.document_types)
    return {name.lower(): name for name in names}


def _names_a_type(value: Any) -> bool:
    if type(value) is not str or not value.strip():
        return False
    word = value.strip().rsplit(":", 1)[-1].rsplit("/", 1)[-1].lower()  # ccai:ConsentRecord, an IRI
    known = _document_types()
    return word in known or bool(difflib.get_close_matches(word, list(known), n=1, cutoff=0.8))


def looks_like_record(data: Any) -> bool:
    """Whether one parsed document carries a mark of a CCAI record (see the module's list)."""
    if type(data) is not dict:
        return False
    return ("conforms_to" in data or is_ccai_context(data.get("@context"))
            or _names_a_type(data.get("type")) or _names_a_type(data.get("@type")))


_MARKS = re.compile(r"conforms_to|w3id\.org/ccai|[\"']?@?type[\"']?\s*:\s*[\"']?([A-Za-z:/._-]+)")


def _text_mentions_a_record(raw: bytes) -> bool:
    """For text that does not parse: any mark of a record in it keeps the file (and its error)."""
    text = raw.decode("utf-8", "replace")
    for match in _MARKS.finditer(text):
        if match.group(1) is None or _names_a_type(match.group(1)):
            return True
    return False


def holds_records(path: Path, display: str) -> bool:
    """False only when `path` certainly holds no CCAI record, so it may be set aside."""
    if path.suffix.lower() in COLUMNAR_SUFFIXES:
        return True
    try:
        if path.stat().st_size > SNIFF_LIMIT:
            return True
        raw = path.read_bytes()
    except OSError:
        return True  # reading it again reports why it cannot be read
    try:
        syntax = syntax_for(path.name, raw[:16])
    except Exception:
        return True
    unreadable = False
    for item in parse_bytes(raw, display, syntax):
        if isinstance(item, Finding):
            unreadable = unreadable or item.is_error
        elif looks_like_record(item.data):
            return True
    return unreadable and _text_mentions_a_record(raw)


def set_aside(display: str) -> Finding:
    return input_finding("not-a-record", "skipped: no document here is marked as a CCAI record (no CCAI `type`, "
                         "no `conforms_to`, no CCAI context), and --records-only was given", display,
                         hint="If this file is a record, give each document its `type` and `conforms_to`.",
                         severity=Severity.NOTE)
