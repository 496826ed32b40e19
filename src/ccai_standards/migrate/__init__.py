"""`ccai migrate`: move records to a newer version of the standard, by the migration maps.

Records say which version they follow in ``conforms_to``. Each version the package knows
(``ccai_standards.standard_versions``) ships, beside its runtime artefacts, a
``migration.json``: the map from the release before it (`maps` describes the format). A
record is moved up one map at a time, from its version to the target; it is never moved
down. Then ``conforms_to`` names the target::

    from ccai_standards.migrate import migrate_record
    result = migrate_record(record, to="0.2.0")
    result.record, result.changes, result.problems

What a map can say: a record type renamed; a field of a class (and its subclasses) renamed;
a field moved into or out of an inlined object; an enumeration value renamed, wherever a
field of that enumeration is, at any depth; a value for a new required field whose default
is known; and an element removed with no replacement, with the reason, which migrate
reports as not migratable. What it cannot say: a value transformed (a date reformatted, a
number rescaled, a text split), a single value turned into a list or back, one field split
into several or several merged, a reference turned into an inlined object, or what to write
where a constraint became tighter (a narrower pattern, a higher minimum). The record is
then checked against the target's schema index: a field, value or record type the target
does not know, and no step dealt with, is reported too. What remains — the constraints and
the standard's rules — is for ``ccai validate`` to judge.

It runs on the runtime only: no linkml, pydantic, rdflib or jsonschema.
"""

from __future__ import annotations

import argparse

from .engine import (
    MigrationChange,
    MigrationError,
    MigrationProblem,
    MigrationResult,
    Migrator,
    UnknownVersion,
    Versions,
    migrate_record,
    package_versions,
)
from .maps import FORMAT, MapError, MigrationMap, Step, parse_map

__all__ = ["FORMAT", "MapError", "MigrationChange", "MigrationError", "MigrationMap", "MigrationProblem",
           "MigrationResult", "Migrator", "Step", "UnknownVersion", "Versions", "add_parser", "migrate_record",
           "package_versions", "parse_map"]


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add `ccai migrate` to the `ccai` command."""
    from .command import add_parser as add

    return add(subparsers)
