"""The spark engine: chunks checked on a cluster's executors, the batch-wide phase as Spark SQL joins.

    input (JSON Lines, Parquet) -> DataFrame of rows -> mapInArrow(check a chunk) -> one table of
      chunk rows (findings, facts, counts: pickled) + id, ref and coverage rows (the chunk's tables)
    -> joins in Spark SQL (duplicates, references, coverage) -> the few rows with a finding -> driver

The chunk check is `DocumentChecker.check`, the same function as in every other engine, and
the end of the batch is `Batch.finish`, so the findings are the same objects, in the same
order. The driver never holds records: only findings, counts and the facts of the records
that others are compared with (consents, people, manifests; never manifest entries).

Line numbers of JSON Lines are counted by Spark, block by block (`SparkRun._numbered_lines`),
over lines read as bytes, so that bytes that are not UTF-8 are reported as they are locally. Parquet rows
carry their row index (`_metadata.row_index`); the row groups come from the file's footer,
read on the driver.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..extras import install_hint
from ..findings import Finding
from ..reading.chunks import InputInfo
from ..reading.inputs import FileInput, UsageError, expand
from .batch import Batch
from .checker import CheckOptions, checker_for
from .tables import COVERAGE_JOINS, SqlDialect, consent_rows, coverage_question, covered_sql, manifest_rows, reference

SPARK_SQL = SqlDialect(contains=lambda a, b: f"array_contains({a}, {b})",
                       has_all=lambda a, b: f"size(array_except({b}, {a})) = 0",  # nothing of b is left without a
                       has_any=lambda a, b: f"arrays_overlap({a}, {b})", size=lambda a: f"size({a})",
                       names=lambda t: f"split(substr({t}, 2, length({t}) - 2), '[|]')")

SPARK_EXTRA = install_hint("spark")
ORDER_STRIDE = 1 << 40  # `ord` = source * ORDER_STRIDE + document index: the input order of every document

OUTPUT_SCHEMA = (
    "kind string, ord long, position int, source int, `index` long, line long, `offset` long, `column` long, "
    "id string, type string, target string, allowed string, path string, record_id string, consent string, "
    "manifest string, citation int, uses string, work string, added string, removed string, added_micros long, "
    "version string, payload binary")


class Uri(os.PathLike):
    """A path only Spark reads (``s3a://…``, ``hdfs://…``): handed to the spark engine as it is."""

    def __init__(self, uri: str) -> None:
        self.uri = uri

    def __fspath__(self) -> str:
        return self.uri

    def __repr__(self) -> str:
        return f"Uri({self.uri!r})"


def _output_arrow_schema() -> Any:
    import pyarrow as pa

    types = {"string": pa.string(), "long": pa.int64(), "int": pa.int32(), "binary": pa.binary()}
    fields = []
    for part in OUTPUT_SCHEMA.split(", "):
        name, kind = part.split(" ")
        fields.append(pa.field(name.strip("`"), types[kind]))
    return pa.schema(fields)


def _emit(result: Any, source: int, first: int, options: CheckOptions) -> Iterator[Any]:
    """A checked chunk as output batches: one chunk row, and the rows of its tables."""
    import pyarrow as pa
    import pyarrow.compute as pc

    schema = _output_arrow_schema()
    questions = []
    if options.with_references:
        origins = result.tables["origins"]
        columns = {name: origins.column(name).to_pylist() for name in ("index", "line", "offset", "column")}
        for position, row in result.questions:
            number = row[2]
            origin = (source, columns["index"][number], columns["line"][number], columns["offset"][number],
                      columns["column"][number])
            questions.append((position, row, origin))
    payload = pickle.dumps((result.findings, result.facts, result.tallies, questions, result.documents,
                            result.versions, result.terms), protocol=pickle.HIGHEST_PROTOCOL)
    given = {"kind": "chunk", "ord": source * ORDER_STRIDE + first, "source": source, "payload": payload}
    yield pa.RecordBatch.from_arrays([pa.array([given.get(f.name)], f.type) for f in schema], schema=schema)
    if not options.with_references:
        return
    origins = result.tables["origins"]
    for kind, name in (("id", "ids"), ("ref", "refs"), ("cov", "coverage")):
        rows = result.tables[name]
        if not rows.num_rows:
            continue
        numbers = rows.column("number")
        index = origins.column("index").take(numbers)
        data = {"kind": pa.array([kind] * rows.num_rows, pa.string()),
                "ord": pc.add(index, source * ORDER_STRIDE),
                "source": pa.array([source] * rows.num_rows, pa.int32()), "index": index,
                **{c: origins.column(c).take(numbers) for c in ("line", "offset", "column")}}
        for field in rows.schema:
            if field.name != "number":
                data[field.name] = rows.column(field.name)
        yield pa.RecordBatch.from_arrays([data[f.name] if f.name in data else pa.nulls(rows.num_rows, f.type)
                                          for f in schema], schema=schema)


def _check_lines(display: str, source: int, options: CheckOptions):
    """The mapInArrow function of a JSON Lines input: (index, raw) rows in, output batches out."""

    def check(batches: Iterator[Any]) -> Iterator[Any]:
        from ..reading.parsers import json_lines
        from .tables import pack

        checker = checker_for(options)
        for batch in batches:
            indices, lines = batch.column("index").to_pylist(), batch.column("raw").to_pylist()
            if not indices:
                continue
            documents = []
            for index, raw in zip(indices, lines):
                documents.extend(json_lines([raw], display, index + 1))
            result = checker.check(documents, source)
            if options.with_references:
                pack(result)
            yield from _emit(result, source, indices[0], options)

    return check


def _check_rows(display: str, source: int, options: CheckOptions, row_starts: tuple[int, ...] | None):
    """The mapInArrow function of a Parquet input: the file's columns and `row_index` in, output batches out."""

    def check(batches: Iterator[Any]) -> Iterator[Any]:
        from ..document import Document
        from ..reading.columnar import where
        from ..reading.parsers import envelope
        from ..tables.layout import rows
        from .tables import pack

        checker = checker_for(options)
        for batch in batches:
            if not batch.num_rows:
                continue
            indices = batch.column("ccai_row_index").to_pylist()
            records = batch.drop_columns(["ccai_row_index"])
            documents = []
            for index, record in zip(indices, rows(records)):
                item = envelope(record, display, index)
                if type(item) is Document:
                    item.row_group, item.row = where(row_starts, index)
                documents.append(item)
            result = checker.check(documents, source)
            if options.with_references:
                pack(result)
            yield from _emit(result, source, indices[0], options)

    return check


class SparkRun:
    """One validation on Spark: inputs planned on the driver, chunks checked on executors."""

    def __init__(self, options: CheckOptions, session: Any = None, master: str | None = None) -> None:
        try:
            from pyspark.sql import SparkSession
        except ImportError:
            from .engines import EngineUnavailable

            raise EngineUnavailable(f"the spark engine needs pyspark and pyarrow: {SPARK_EXTRA}") from None
        self.options = options
        self.own_session = session is None
        if session is None:
            session = (SparkSession.builder.master(master or "local[*]").appName("ccai validate")
                       .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
                       .config("spark.sql.shuffle.partitions", "8").getOrCreate())
            session.sparkContext.setLogLevel("ERROR")
        self.spark = session

    def close(self) -> None:
        if self.own_session:
            self.spark.stop()

    # -- planning ----------------------------------------------------------------------------

    def inputs(self, inputs: list[Any], include: tuple[str, ...], exclude: tuple[str, ...],
               infos: list[InputInfo], skipped: list[Finding], records_only: bool = False
               ) -> list[tuple[int, str, str, Any]]:
        """(source, display, syntax, DataFrame) of every input, in order; `infos` gains theirs."""
        from pyspark.sql import functions as F

        from ..reading.columnar import PARQUET_SUFFIXES, plan
        from ..reading.parsers import JSONL_SUFFIXES

        planned = []
        local = [i for i in inputs if not isinstance(i, Uri)]
        items: list[Any] = [i for i in inputs if isinstance(i, Uri)]
        for item in expand(local, include, exclude, records_only):
            if isinstance(item, Finding):
                skipped.append(item)
            elif isinstance(item, FileInput):
                items.append(item)
            else:
                raise UsageError("the spark engine reads files (JSON Lines and Parquet), not standard input, text "
                                 "or records; use --engine python for those")
        for item in items:
            display = item.uri if isinstance(item, Uri) else item.display
            address = item.uri if isinstance(item, Uri) else str(item.path)
            lower = display.lower()
            source = len(infos)
            if lower.endswith(JSONL_SUFFIXES):
                infos.append(InputInfo(display, None if isinstance(item, Uri) else item.path, "jsonl"))
                planned.append((source, display, "jsonl", self._numbered_lines(address)))
            elif lower.endswith(PARQUET_SUFFIXES):
                try:
                    _, starts = plan(address, "parquet", display)
                except Exception as exc:  # refused by the same rules as locally (binary columns, not Parquet)
                    from ..reading.parsers import input_finding

                    infos.append(InputInfo(display, None, "parquet"))
                    skipped.append(input_finding(getattr(exc, "code", "unreadable"), getattr(exc, "message", str(exc)),
                                                 display, hint=getattr(exc, "hint", "")))
                    continue
                infos.append(InputInfo(display, None if isinstance(item, Uri) else item.path, "parquet", starts))
                frame = self.spark.read.parquet(address).select("*", F.col("_metadata.row_index").alias(
                    "ccai_row_index"))
                planned.append((source, display, "parquet", frame))
            else:
                raise UsageError(f"{display}: the spark engine reads JSON Lines (.jsonl, .ndjson) and Parquet "
                                 "(.parquet, .pq); check other files with --engine python")
        return planned

    def _numbered_lines(self, address: str) -> Any:
        """The lines of a JSON Lines file as (index, raw bytes), numbered by Spark itself.

        Lines are read as bytes (cast from the text source, which does not decode them), so
        bytes that are not UTF-8 are found as they are locally. Each split of the file is a
        block of consecutive rows (`monotonically_increasing_id` counts them); a first pass
        counts each block's rows, and a row's index is the rows of the blocks before it plus
        its place in its block. Only one row per block reaches the driver.
        """
        from pyspark.sql import functions as F

        text = self.spark.read.text(address).select(
            F.col("value").cast("binary").alias("raw"), F.col("_metadata.file_block_start").alias("block"),
            F.monotonically_increasing_id().alias("mid"))
        blocks, first = [], 0
        for row in text.groupBy("block").agg(F.min("mid").alias("first_mid"), F.count(F.lit(1)).alias("rows")) \
                .orderBy("block").collect():
            blocks.append((row["block"], row["first_mid"], first))
            first += row["rows"]
        if not blocks:
            blocks.append((0, 0, 0))
        starts = self.spark.createDataFrame(blocks, "block long, first_mid long, first_index long")
        return text.join(F.broadcast(starts), "block").select(
            (F.col("first_index") + F.col("mid") - F.col("first_mid")).alias("index"), "raw")

    # -- running -----------------------------------------------------------------------------

    def run(self, inputs: list[Any], include: tuple[str, ...], exclude: tuple[str, ...], records_only: bool,
            batch: Batch, summary: Any) -> Iterator[Finding]:
        from pyspark import StorageLevel

        infos: list[InputInfo] = []
        skipped: list[Finding] = []
        planned = self.inputs(inputs, include, exclude, infos, skipped, records_only)
        options = self.options
        outputs = []
        for source, display, syntax, frame in planned:
            check = (_check_lines(display, source, options) if syntax == "jsonl"
                     else _check_rows(display, source, options, infos[source].row_starts))
            outputs.append(frame.mapInArrow(check, OUTPUT_SCHEMA))
        for info in infos:
            summary.sources.append(info.display)
            summary.files += 1
        if not outputs:
            yield from skipped
            return
        out = outputs[0]
        for more in outputs[1:]:
            out = out.unionByName(more)
        out = out.persist(StorageLevel.MEMORY_AND_DISK)
        try:
            out.createOrReplaceTempView("ccai_out")
            questions: list[tuple[int, int, Any, Any]] = []
            terms: dict[str, Any] = {}
            chunks = self.spark.sql("SELECT ord, payload FROM ccai_out WHERE kind = 'chunk' ORDER BY ord")
            for ord_, payload in chunks.toLocalIterator():
                findings, facts, tallies, asked, documents, versions, chunk_terms = pickle.loads(payload)
                summary.documents += documents
                for version, count in versions.items():
                    summary.versions[version] = summary.versions.get(version, 0) + count
                for record_id, fact in facts:
                    batch.facts.add(record_id, fact)
                if tallies:
                    batch.facts.add_tallies(tallies)
                terms.update(chunk_terms)
                for position, row, origin in asked:
                    questions.append((origin[0] * ORDER_STRIDE + origin[1], position, origin, row))
                yield from findings
            yield from skipped
            if options.with_references:
                self._settle(batch, questions, terms)
            yield from batch.finish(infos)
        finally:
            out.unpersist()

    def _rows(self, sql: str) -> Iterator[Any]:
        return self.spark.sql(sql).toLocalIterator()

    def _settle(self, batch: Batch, questions: list[tuple[int, int, Any, Any]], terms: dict[str, Any]) -> None:
        """The joins, in Spark SQL: what `DuckDbBatch._settle` does, with the same order of the results."""
        spark = self.spark
        spark.sql("SELECT * FROM ccai_out WHERE kind = 'id'").createOrReplaceTempView("ccai_ids")
        spark.sql("SELECT id, min_by(type, ord) AS type, min(ord) AS ord FROM ccai_ids GROUP BY id") \
            .createOrReplaceTempView("ccai_firsts")
        for row in self._rows(
                "SELECT i.source, i.`index`, i.line, i.`offset`, i.`column`, i.id, p.source AS s, p.`index` AS x, "
                "p.line AS l, p.`offset` AS o, p.`column` AS c FROM ccai_ids i JOIN ccai_firsts f ON f.id = i.id "
                "JOIN ccai_ids p ON p.ord = f.ord AND p.id = f.id WHERE i.ord <> f.ord ORDER BY i.ord"):
            batch.keep_duplicate(tuple(row[:5]), row[5], tuple(row[6:]))
        for row in self._rows(
                "SELECT r.source, r.`index`, r.line, r.`offset`, r.`column`, r.target, r.allowed, r.path, "
                "r.record_id, f.type FROM ccai_out r LEFT JOIN ccai_firsts f ON f.id = r.target WHERE r.kind = 'ref' "
                "AND (f.id IS NULL OR instr(r.allowed, concat('|', f.type, '|')) = 0) ORDER BY r.ord, r.position"):
            batch.keep_reference(tuple(row[:5]), row[5], *reference(row[6], row[7]), row[8], row[9])
        questions.extend(self._open_coverage(batch, terms))
        batch.answer_at_end(questions)

    def _open_coverage(self, batch: Batch, terms: dict[str, Any]) -> Iterator[tuple[int, int, Any, Any]]:
        spark = self.spark
        if not spark.sql("SELECT 1 FROM ccai_out WHERE kind = 'cov' LIMIT 1").take(1):
            return
        in_force = {version: sorted(version_terms[1]) for version, version_terms in terms.items()}
        consents, works = consent_rows(batch.facts)
        manifests = {row[0] for row in spark.sql("SELECT DISTINCT manifest FROM ccai_out WHERE kind = 'cov'").collect()}
        listed = manifest_rows(batch.facts, manifests)
        spark.createDataFrame(list(zip(*consents.values())) or [],
                              "id string, status string, uses array<string>, users array<string>, valid_from long, "
                              "valid_until long, plain boolean").createOrReplaceTempView("consents")
        spark.createDataFrame(list(zip(works["consent"], works["work"])) or [], "consent string, work string") \
            .createOrReplaceTempView("consent_works")
        spark.createDataFrame(list(zip(*listed.values())) or [], "id string, users array<string>, generated long") \
            .createOrReplaceTempView("manifests")
        spark.createDataFrame(list(in_force.items()) or [], "version string, in_force array<string>") \
            .createOrReplaceTempView("terms")
        covered = covered_sql(SPARK_SQL)
        names = ["consent", "manifest", "citation", "uses", "work", "added", "removed", "record_id", "version"]
        for row in self._rows(
                "SELECT q.ord, q.position, q.source, q.`index`, q.line, q.`offset`, q.`column`, "
                + ", ".join(f"q.{n}" for n in names) + f" FROM ccai_out q {COVERAGE_JOINS} "
                f"WHERE q.kind = 'cov' AND NOT coalesce(({covered}), false) ORDER BY q.ord, q.position"):
            values = dict(zip(names, row[7:]))
            question = coverage_question(values, terms)
            yield row[0], row[1], tuple(row[2:7]), ("CCAI-CONSENT-003", question, None, values["record_id"],
                                                    values["version"])


def as_uri(argument: str) -> Any:
    """A command-line path: a `Uri` when it names a scheme (``s3a://…``), else a local `Path`."""
    return Uri(argument) if "://" in argument else Path(argument)
