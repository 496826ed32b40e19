"""`ccai diff`: what a change to the schema or the standard does to everyone's data.

It lists every change between two versions (schema files, folders, release snapshots or
git refs), classes each as breaking, compatible or editorial with its reason, states the
smallest semantic-version bump that covers them, and says whether NEW's version has it::

    from ccai_standards.diff import compare
    report = compare("releases/0.1.0.yaml", ".")
    report.verdict, report.bumped_enough

It reads YAML with the runtime dependencies only; linkml is never imported.
"""

from __future__ import annotations

from .changes import Change, Impact, Report
from .engine import compare, compare_snapshots
from .loading import Snapshot, load_snapshot
from .sources import DiffInputError

__all__ = ["Change", "DiffInputError", "Impact", "Report", "Snapshot", "compare", "compare_snapshots",
           "load_snapshot"]
