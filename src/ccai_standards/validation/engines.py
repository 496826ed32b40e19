"""Engines for the batch-wide phase: ids, references and cross-record questions, resolved as data.

Every engine takes the same chunk results and gives the same findings in the same order
(docs/architecture.md, "The batch and the engine"):

- ``python``: `batch.Batch`, in this process, settling what it can as chunks arrive. It
  needs nothing beyond the standard library and is the one for small batches.
- ``duckdb``: `DuckDbBatch`, the chunks' tables (`validation.tables`) appended to an
  embedded DuckDB database in a temporary folder, which spills to disk beyond its memory
  limit, and joined once at the end. Workers pack the tables, so the main process holds
  and pickles almost nothing per record.
- ``spark``: `validation.spark`, the same joins in Spark SQL over a cluster.

``auto`` picks ``duckdb`` for inputs so large that the python engine's ids would crowd
memory (it keeps about 400 bytes per record), when DuckDB and pyarrow are installed, and
``python`` otherwise: below that, DuckDB is the slower of the two (packing tables costs more
than settling rows in process) and holds more memory (its own buffer of up to 1 GB).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from typing import Any

from ..document import Origin
from ..extras import install_hint
from ..findings import Finding
from ..reading.chunks import InputInfo
from ..reading.inputs import UsageError
from ..rules.engine import RuleEngine
from .batch import Batch
from .checker import ChunkResult
from .tables import (COVERAGE_JOINS, SqlDialect, consent_rows, coverage_question, covered_sql, manifest_rows, reference,
                     schemas)

DUCKDB_SQL = SqlDialect(contains=lambda a, b: f"list_contains({a}, {b})", has_all=lambda a, b: f"list_has_all({a}, {b})",
                        has_any=lambda a, b: f"list_has_any({a}, {b})", size=lambda a: f"len({a})",
                        names=lambda t: f"string_split({t}[2:-2], '|')")

ENGINES = ("auto", "python", "duckdb", "spark")
TABLES_EXTRA = install_hint("tables")
#: Inputs of at least this many bytes make `auto` choose DuckDB: about ten million records of JSON Lines.
LARGE_INPUT_BYTES = 4 * 1024 ** 3
MEMORY_LIMIT = "1GB"  # DuckDB's own, beyond which it spills to its temporary folder
FLUSH_ROWS = 1_000_000  # rows of chunk tables held before they are appended to the database
_TABLES = ("origins", "ids", "refs", "coverage")


class EngineUnavailable(UsageError):
    """The engine asked for needs a library that is not installed (exit 2, with the pip command)."""


def duckdb_available() -> bool:
    try:
        import duckdb  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def choose(engine: str, paths: Iterable[Any]) -> str:
    """The engine to run: the one asked for, or for ``auto`` the one the input's size calls for."""
    if engine != "auto":
        if engine == "duckdb" and not duckdb_available():
            raise EngineUnavailable(f"the duckdb engine needs duckdb and pyarrow: {TABLES_EXTRA}")
        return engine
    size = 0
    for path in paths:
        if not isinstance(path, os.PathLike):
            return "python"  # text, records or stdin: cannot be read again to locate findings
        try:
            size += os.path.getsize(path) if os.path.isfile(path) else 0
        except OSError:
            pass
    return "duckdb" if size >= LARGE_INPUT_BYTES and duckdb_available() else "python"


_CREATE = """
CREATE TABLE origins (chunk INTEGER, source INTEGER, number INTEGER, "index" BIGINT, line BIGINT, "offset" BIGINT,
                      "column" BIGINT);
CREATE TABLE ids (chunk INTEGER, source INTEGER, number INTEGER, id VARCHAR, type VARCHAR);
CREATE TABLE refs (chunk INTEGER, source INTEGER, number INTEGER, position INTEGER, target VARCHAR,
                   allowed VARCHAR, path VARCHAR, record_id VARCHAR);
CREATE TABLE coverage (chunk INTEGER, source INTEGER, number INTEGER, position INTEGER, consent VARCHAR,
                       manifest VARCHAR, citation INTEGER, uses VARCHAR, work VARCHAR, added VARCHAR,
                       removed VARCHAR, added_micros BIGINT, record_id VARCHAR, version VARCHAR);
"""
_ORIGIN = 'o.source, o."index", o.line, o."offset", o."column"'
_JOIN_ORIGIN = "JOIN origins o ON o.chunk = {t}.chunk AND o.number = {t}.number"


class DuckDbBatch(Batch):
    """The batch-wide phase as joins in DuckDB: chunks are appended as tables, and settled at the end."""

    def __init__(self, engine: RuleEngine, refs: str) -> None:
        super().__init__(engine, refs)
        import duckdb

        # In memory, spilling to a temporary folder beyond the limit: nothing is kept after the run.
        self._folder = tempfile.mkdtemp(prefix="ccai-batch-")
        self.db = duckdb.connect(":memory:", config={
            "temp_directory": self._folder, "memory_limit": MEMORY_LIMIT,
            "autoinstall_known_extensions": False, "autoload_known_extensions": False})
        self.db.execute(_CREATE)
        self._chunks = 0
        self._pending: dict[str, list[Any]] = {name: [] for name in _TABLES}  # appended in bulk: one insert costs ms
        self._pending_rows = 0
        self._questions: list[tuple[int, int, Origin, Any]] = []  # (chunk, position, origin, question row)
        self._terms: dict[str, Any] = {}

    def absorb(self, chunk: ChunkResult) -> None:
        number = self._chunks
        self._chunks += 1
        for record_id, fact in chunk.facts:
            self.facts.add(record_id, fact)
        if chunk.tallies:
            self.facts.add_tallies(chunk.tallies)
        if not chunk.packed:
            from .tables import pack

            pack(chunk)
        self._terms.update(chunk.terms)
        origins = chunk.tables["origins"]
        for name in _TABLES:
            rows = chunk.tables[name]
            if rows.num_rows:
                self._pending[name].append((number, chunk.source, rows))
                self._pending_rows += rows.num_rows
        if self._pending_rows >= FLUSH_ROWS:
            self._flush()
        for position, row in chunk.questions:
            self._questions.append((number, position, self._origin(chunk.source, origins, row[2]), row))
        for at, kept in chunk.texts.items():  # input that cannot be read twice: keep its texts for the end
            self.texts[self._origin(chunk.source, origins, at)] = kept

    def _flush(self) -> None:
        """Append the chunks' tables held so far to the database, one insert per table."""
        import pyarrow as pa

        for name, held in self._pending.items():
            if not held:
                continue
            batches = [rows.add_column(0, "chunk", pa.array([number] * rows.num_rows, pa.int32()))
                       .add_column(1, "source", pa.array([source] * rows.num_rows, pa.int32()))
                       for number, source, rows in held]
            self.db.register("chunk_rows", pa.Table.from_batches(batches))
            self.db.execute(f"INSERT INTO {name} SELECT * FROM chunk_rows")
            self.db.unregister("chunk_rows")
            held.clear()
        self._pending_rows = 0

    @staticmethod
    def _origin(source: int, origins: Any, number: int) -> Origin:
        return (source, *(origins.column(name)[number].as_py() for name in ("index", "line", "offset", "column")))

    def finish(self, sources: list[InputInfo]) -> Iterator[Finding]:
        try:
            self._settle()
            yield from super().finish(sources)
        finally:
            self.close()

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            shutil.rmtree(self._folder, ignore_errors=True)

    def _rows(self, sql: str) -> Iterator[tuple[Any, ...]]:
        cursor = self.db.execute(sql)
        while True:
            rows = cursor.fetchmany(10_000)
            if not rows:
                return
            yield from rows

    def _settle(self) -> None:
        """Everything the chunks left for the end, as `Batch.finish` expects it, in the in-process order."""
        self._flush()
        db = self.db
        db.execute("CREATE TEMP TABLE firsts AS SELECT id, arg_min(type, ((chunk::BIGINT << 32) | number)) AS type, "
                   "min(((chunk::BIGINT << 32) | number)) AS seq FROM ids GROUP BY id")
        for source, index, line, offset, column, record_id, *first in self._rows(
                f"SELECT {_ORIGIN}, i.id, f.source, f.\"index\", f.line, f.\"offset\", f.\"column\" FROM ids i "
                f"{_JOIN_ORIGIN.format(t='i')} JOIN (SELECT firsts.id, firsts.seq, p.* FROM firsts JOIN origins p ON "
                "((p.chunk::BIGINT << 32) | p.number) = firsts.seq) f ON f.id = i.id "
                "WHERE ((i.chunk::BIGINT << 32) | i.number) <> f.seq ORDER BY i.chunk, i.number"):
            self.keep_duplicate((source, index, line, offset, column), record_id, tuple(first))
        for source, index, line, offset, column, target, allowed, path, record_id, found in self._rows(
                f"SELECT {_ORIGIN}, r.target, r.allowed, r.path, r.record_id, f.type FROM refs r "
                f"{_JOIN_ORIGIN.format(t='r')} LEFT JOIN firsts f ON f.id = r.target "
                "WHERE f.id IS NULL OR NOT contains(r.allowed, '|' || f.type || '|') ORDER BY r.chunk, r.position"):
            self.keep_reference((source, index, line, offset, column), target, *reference(allowed, path), record_id,
                                found)
        questions, self._questions = self._questions, []
        questions.extend(self._open_coverage())
        self.answer_at_end(questions)

    def _open_coverage(self) -> Iterator[tuple[int, int, Origin, Any]]:
        """The coverage rows a join cannot settle, as questions for the rule."""
        import pyarrow as pa

        db = self.db
        if not db.execute("SELECT count(*) FROM coverage").fetchone()[0]:
            return
        in_force = {version: sorted(terms[1]) for version, terms in self._terms.items()}
        consents, works = consent_rows(self.facts)
        manifests = {m for (m,) in db.execute("SELECT DISTINCT manifest FROM coverage").fetchall()}
        text_list = pa.list_(pa.string())
        db.register("consents", pa.table({
            "id": pa.array(consents["id"], pa.string()), "status": pa.array(consents["status"], pa.string()),
            "uses": pa.array(consents["uses"], text_list), "users": pa.array(consents["users"], text_list),
            "valid_from": pa.array(consents["valid_from"], pa.int64()),
            "valid_until": pa.array(consents["valid_until"], pa.int64()),
            "plain": pa.array(consents["plain"], pa.bool_())}))
        db.register("consent_works", pa.table({"consent": pa.array(works["consent"], pa.string()),
                                               "work": pa.array(works["work"], pa.string())}))
        listed = manifest_rows(self.facts, manifests)
        db.register("manifests", pa.table({"id": pa.array(listed["id"], pa.string()),
                                           "users": pa.array(listed["users"], text_list),
                                           "generated": pa.array(listed["generated"], pa.int64())}))
        db.register("terms", pa.table({"version": pa.array(list(in_force), pa.string()),
                                       "in_force": pa.array(list(in_force.values()), text_list)}))
        covered = covered_sql(DUCKDB_SQL)
        names = [field.name for field in schemas()["coverage"]]
        columns = ", ".join(f"q.{name}" for name in names)
        for row in self._rows(
                f"SELECT q.chunk, {_ORIGIN}, {columns} FROM coverage q {_JOIN_ORIGIN.format(t='q')} "
                f"{COVERAGE_JOINS} WHERE NOT coalesce(({covered}), false) ORDER BY q.chunk, q.position"):
            chunk, origin, values = row[0], tuple(row[1:6]), dict(zip(names, row[6:]))
            question = coverage_question(values, self._terms)
            yield chunk, values["position"], origin, (
                "CCAI-CONSENT-003", question, values["number"], values["record_id"], values["version"])


def batch_for(engine: str, rules: RuleEngine, refs: str) -> Batch:
    """The batch of a run with this (chosen) engine."""
    if engine == "duckdb":
        return DuckDbBatch(rules, refs)
    return Batch(rules, refs)


__all__ = ["DuckDbBatch", "ENGINES", "EngineUnavailable", "batch_for", "choose"]
