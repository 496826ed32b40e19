"""Checking records: structure, the standard's rules and references, one batch at a time.

    validator   the pipeline and its `Summary`
    checker     one chunk of documents -> `ChunkResult` (a pure function of the chunk)
    structure   the generated JSON Schema, with findings written for people
    batch       ids, references and cross-record rules across the chunks
    pool        worker processes for ``--jobs``, in input order, surviving dead workers
"""

from __future__ import annotations

from .validator import REFS_MODES, Summary, Validator

__all__ = ["REFS_MODES", "Summary", "Validator"]
