"""The validator: a straight pipeline from inputs to findings.

    reading.read_tasks -> DocumentChecker.run (per task) -> Batch (ids, references, cross-record rules)
                          (parse, structure, one-record rules;
                           in worker processes with jobs > 1)

Every input of one call is one batch: references resolve across all of it. Per-document
findings come out as tasks are checked, in input order; findings that compare records
come out at the end. With ``refs="off"`` neither references nor cross-record rules are
kept, so memory stays flat however long the input.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import AsyncIterator, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Any, Callable

from ..findings import Finding, Severity
from ..reading import InputInfo, ReadTask, read_tasks
from ..reading.inputs import as_inputs
from ..standard_versions import for_version, known_versions
from .batch import Batch
from .checker import CheckOptions, ChunkResult, DocumentChecker
from .engines import ENGINES, batch_for, choose
from .pool import WorkerDeath, WorkerPool

REFS_MODES = ("error", "warn", "off")
_UNCHECKED = ("INPUT-", "INTERNAL-")  # error codes that mean a document or input was not checked


def skipped_cross_rules(versions: Iterable[str], ignore: frozenset[str]) -> tuple[str, ...]:
    """The codes of the cross-record rules in force in any of these versions, less those ignored."""
    from ..rules import CROSS_RULES, load_all

    load_all()
    codes = set()
    for version in versions:
        judged = for_version(version)
        if judged is not None:
            codes.update(code for code in CROSS_RULES if code not in ignore
                         and judged.requirements.get(code, {}).get("status") == "active")
    return tuple(sorted(codes))


@dataclass
class Summary:
    """What one run looked at and found."""

    files: int = 0
    documents: int = 0
    errors: int = 0
    warnings: int = 0
    notes: int = 0
    by_code: dict[str, int] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)  # display names of the inputs read
    versions: dict[str, int] = field(default_factory=dict)  # documents judged by each version of the standard
    # Cross-record rules in force for the versions seen that this run did not apply (refs="off"):
    # said, so that a run that compared nothing is not read as one that found nothing.
    skipped_rules: tuple[str, ...] = ()

    incomplete: int = 0  # errors that mean something was not checked: unreadable input, a fault of ccai

    def count(self, finding: Finding) -> None:
        if finding.severity is Severity.ERROR:
            self.errors += 1
            if finding.code.startswith(_UNCHECKED):
                self.incomplete += 1
        elif finding.severity is Severity.WARNING:
            self.warnings += 1
        else:
            self.notes += 1
        self.by_code[finding.code] = self.by_code.get(finding.code, 0) + 1


class Validator:
    """Checks CCAI records: structure, the standard's rules, and references across the batch.

    :param refs: "error" (default), "warn" or "off" for references that point nowhere. "off"
        also turns off the rules that compare records with each other.
    :param ignore: finding codes to drop, such as ``REF-unresolved`` or a requirement id.
    :param include: glob patterns of files to read inside folders.
    :param exclude: glob patterns of files or folders to skip inside folders.
    :param jobs: worker processes for checking chunks (1 checks in this process).
    :param as_version: judge every record by this version of the standard instead of the one
        its `conforms_to` names (one of `ccai_standards.known_versions()`).
    :param engine: what resolves the batch-wide phase (`validation.engines`): "auto" (default),
        "python", "duckdb" or "spark". Every engine gives the same findings in the same order.
    :param spark: for ``engine="spark"``, the `SparkSession` to run on (else one is started
        with `spark_master`).
    :param records_only: set aside, with a note, files that certainly hold no CCAI record
        (configuration files handed over by a hook; see `reading.sniff`).
    """

    def __init__(self, *, refs: str = "error", ignore: Iterable[str] = (), include: Iterable[str] = (),
                 exclude: Iterable[str] = (), jobs: int = 1, as_version: str | None = None,
                 progress: Callable[[int, float], None] | None = None, engine: str = "auto",
                 spark: Any = None, spark_master: str | None = None, records_only: bool = False) -> None:
        if refs not in REFS_MODES:
            raise ValueError(f"refs must be one of {REFS_MODES}, not {refs!r}")
        if jobs < 1:
            raise ValueError("jobs must be at least 1")
        if as_version is not None and for_version(as_version) is None:
            raise ValueError(f"there is no version {as_version!r} of the standard; the known versions are "
                             f"{', '.join(known_versions())}")
        if engine not in ENGINES:
            raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
        self.options = CheckOptions(refs=refs, ignore=tuple(sorted(set(ignore))), as_version=as_version)
        self.engine = engine
        self.spark, self.spark_master = spark, spark_master
        self.ignore = frozenset(ignore)
        self.include = tuple(include)
        self.exclude = tuple(exclude)
        self.records_only = records_only
        self.jobs = jobs
        self.progress = progress
        self.summary = Summary()

    @property
    def refs(self) -> str:
        return self.options.refs

    # -- public API ------------------------------------------------------------------------

    def validate(self, inputs: Any) -> list[Finding]:
        """Every finding for `inputs`: paths, STDIN, document text (str, bytes), open files, or
        records (dicts, typed models); one of these or a list of them."""
        return list(self.iter_findings(inputs))

    async def aiter_findings(self, inputs: Any, *, batch: int = 256) -> AsyncIterator[Finding]:
        """The findings of `iter_findings`, for asyncio pipelines: the checking runs in a thread
        of its own, so the event loop goes on while a large batch is read.

        Findings come `batch` at a time from the thread. Leaving the loop early stops the run
        and closes its worker processes and temporary files.
        """
        if batch < 1:
            raise ValueError("batch must be at least 1")
        loop = asyncio.get_running_loop()
        findings = self.iter_findings(inputs)

        def take() -> list[Finding]:
            return list(itertools.islice(findings, batch))

        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="ccai-validate") as thread:
            try:
                while True:
                    taken = await loop.run_in_executor(thread, take)
                    for finding in taken:
                        yield finding
                    if len(taken) < batch:
                        return
            finally:
                await loop.run_in_executor(thread, findings.close)

    def iter_findings(self, inputs: Any) -> Iterator[Finding]:
        """The findings for `inputs` as they are found: per document in input order, then those
        that compare records. `summary` counts them once the iteration is over."""
        summary = self.summary = Summary()
        for finding in self._run(inputs, summary):
            if finding.code in self.ignore:
                # Ignoring hides the finding, but what was not checked still was not checked:
                # `--ignore INTERNAL-worker` must not turn a lost chunk into a green run.
                if finding.is_error and finding.code.startswith(_UNCHECKED):
                    summary.incomplete += 1
                continue
            summary.count(finding)
            yield finding

    # -- pipeline --------------------------------------------------------------------------

    def _run(self, inputs: Any, summary: Summary) -> Iterator[Finding]:
        inputs = as_inputs(inputs)  # once: a generator of records can be read only once
        if self.engine == "spark":
            yield from self._spark(inputs, summary)
            return
        engine = choose(self.engine, inputs) if self.options.with_references else "python"
        options = replace(self.options, tables=engine == "duckdb")
        checker = DocumentChecker(options)  # this run's own: two validators never share state
        batch = batch_for(engine, checker.engine, self.refs)  # type: ignore[arg-type]
        try:
            yield from self._batch(inputs, summary, checker, batch, options)
        finally:
            batch.close()

    def _batch(self, inputs: Any, summary: Summary, checker: DocumentChecker, batch: Batch,
               options: CheckOptions) -> Iterator[Finding]:
        infos: list[InputInfo] = []
        skipped: list[Finding] = []
        started = time.monotonic()

        def tasks() -> Iterator[ReadTask]:
            for task in read_tasks(inputs, self.include, self.exclude, infos, self.records_only):
                if isinstance(task, Finding):
                    skipped.append(task)
                    continue
                if task.source == len(summary.sources):
                    summary.sources.append(task.display)
                    summary.files += 1
                yield task

        if self.jobs > 1:
            with WorkerPool(self.jobs, options) as pool:
                for outcome in pool.run(tasks()):
                    yield from self._absorb(outcome, batch, summary)
                    self._tick(summary, started)
        else:
            for task in tasks():
                yield from self._absorb(checker.run(task), batch, summary)
                self._tick(summary, started)
        yield from skipped
        yield from batch.finish(infos)
        if not self.options.with_references:
            summary.skipped_rules = skipped_cross_rules(summary.versions, self.ignore)

    def _spark(self, inputs: Any, summary: Summary) -> Iterator[Finding]:
        """The spark engine: the same chunk check on executors, the same end of the batch (validation.spark)."""
        from .spark import SparkRun

        options = replace(self.options, tables=True)
        run = SparkRun(options, self.spark, self.spark_master)
        try:
            yield from run.run(inputs, self.include, self.exclude, self.records_only,
                               Batch(DocumentChecker(options).engine, self.refs), summary)  # type: ignore[arg-type]
        finally:
            run.close()
        if not self.options.with_references:
            summary.skipped_rules = skipped_cross_rules(summary.versions, self.ignore)

    def _tick(self, summary: Summary, started: float) -> None:
        if self.progress is not None:
            self.progress(summary.documents, time.monotonic() - started)

    @staticmethod
    def _absorb(outcome: ChunkResult | WorkerDeath, batch: Batch, summary: Summary) -> Iterator[Finding]:
        if isinstance(outcome, WorkerDeath):
            task = outcome.task
            yield Finding("INTERNAL-worker", Severity.ERROR,
                          f"the worker process checking {task.describe()} {outcome.cause()}; these documents were "
                          "not checked", task.location(),
                          "Run again, with fewer --jobs or more memory; if it happens again with the same input, "
                          "please report it.")
            return
        summary.documents += outcome.documents
        for version, count in outcome.versions.items():
            summary.versions[version] = summary.versions.get(version, 0) + count
        batch.absorb(outcome)
        yield from outcome.findings
