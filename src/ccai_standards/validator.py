"""The validator: a straight pipeline from inputs to findings.

    inputs.expand -> read in chunks -> checker.check_chunk -> batch (ids, references, cross-record rules)
                     (parse, structure, one-record rules;
                      in worker processes with jobs > 1)

Every input of one call is one batch: references resolve across all of it. Per-document
findings come out as chunks are checked, in input order; findings that compare records
come out at the end. With ``refs="off"`` neither references nor cross-record rules are
kept, so memory stays flat however long the input.
"""

from __future__ import annotations

import io
import os
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .batch import Batch
from .checker import ChunkResult, check_chunk
from .findings import Finding, Severity
from .inputs import Source, expand
from .parsers import (
    JSONL_SUFFIXES,
    MAX_DOCUMENT_BYTES,
    MAX_FILE_BYTES,
    Document,
    input_finding,
    parse_bytes,
    parse_json_line,
    syntax_for,
)
from .rules.engine import RuleEngine

REFS_MODES = ("error", "warn", "off")
CHUNK_BYTES = 1 << 20  # JSON Lines are checked in blocks of about a megabyte
FILES_PER_CHUNK = 64


@dataclass
class Summary:
    """What one run looked at and found."""

    files: int = 0
    documents: int = 0
    errors: int = 0
    warnings: int = 0
    by_code: dict[str, int] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)  # display names of the inputs read

    def count(self, finding: Finding) -> None:
        if finding.severity is Severity.ERROR:
            self.errors += 1
        else:
            self.warnings += 1
        self.by_code[finding.code] = self.by_code.get(finding.code, 0) + 1


# -- work done per chunk, in this process or in a worker --------------------------------------

_WORKER: dict[str, Any] = {}


def _worker_init(refs: str, ignore: tuple[str, ...], in_pool: bool = True) -> None:
    _WORKER["engine"] = RuleEngine(cross=refs != "off", ignore=ignore)
    _WORKER["refs"] = refs
    _WORKER["in_pool"] = in_pool


def _check_task(task: tuple) -> ChunkResult:
    """Parse and check one chunk; `task` is small and picklable."""
    kind, source, display, syntax, payload, first_line, first_index, keep_texts = task
    items: list[Document | Finding] = []
    if kind == "range":  # (path, offset, length) of whole lines in a JSON Lines file: read it here
        path, offset, length = payload
        with open(path, "rb") as handle:
            handle.seek(offset)
            payload = handle.read(length).splitlines(keepends=True)
        kind = "lines"
    if kind == "lines":
        for offset, raw in enumerate(payload):
            number = first_line + offset
            raw = raw.rstrip(b"\r\n")
            if not raw or raw.isspace():
                continue
            if len(raw) > MAX_DOCUMENT_BYTES:
                items.append(input_finding("too-large", f"line {number} is larger than {MAX_DOCUMENT_BYTES // 2**20} MiB",
                                           display, number, 1, "One record is never that large; split the input.",
                                           number - 1))
                continue
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            items.append(parse_json_line(raw, display, number - 1, number))
    else:
        items.extend(parse_bytes(payload, display, syntax))
    return check_chunk(items, source, _WORKER["engine"], _WORKER["refs"] != "off", keep_texts, _WORKER["in_pool"])


class Validator:
    """Checks CCAI records: structure, the standard's rules, and references across the batch.

    :param refs: "error" (default), "warn" or "off" for references that point nowhere. "off"
        also turns off the rules that compare records with each other.
    :param ignore: finding codes to drop, such as ``REF-unresolved`` or a requirement id.
    :param include: glob patterns of files to read inside folders.
    :param exclude: glob patterns of files or folders to skip inside folders.
    :param jobs: worker processes for checking chunks (1 checks in this process).
    """

    def __init__(self, *, refs: str = "error", ignore: Iterable[str] = (), include: Iterable[str] = (),
                 exclude: Iterable[str] = (), jobs: int = 1,
                 progress: Callable[[int, int], None] | None = None) -> None:
        if refs not in REFS_MODES:
            raise ValueError(f"refs must be one of {REFS_MODES}, not {refs!r}")
        if jobs < 1:
            raise ValueError("jobs must be at least 1")
        self.refs = refs
        self.ignore = frozenset(ignore)
        self.include = tuple(include)
        self.exclude = tuple(exclude)
        self.jobs = jobs
        self.progress = progress
        self.summary = Summary()

    # -- public API ------------------------------------------------------------------------

    def validate(self, inputs: Any) -> list[Finding]:
        """Every finding for `inputs`: paths, "-" for stdin, or records (dicts) already parsed."""
        return list(self.iter_findings(inputs))

    def iter_findings(self, inputs: Any) -> Iterator[Finding]:
        self.summary = Summary()
        for finding in self._run(_as_list(inputs)):
            if finding.code in self.ignore:
                continue
            self.summary.count(finding)
            yield finding

    # -- pipeline --------------------------------------------------------------------------

    def _run(self, inputs: list[Any]) -> Iterator[Finding]:
        _worker_init(self.refs, tuple(self.ignore), in_pool=False)
        engine: RuleEngine = _WORKER["engine"]
        batch = Batch(engine, self.refs)
        sources: list[tuple[str, Path | None, str]] = []
        records = [i for i in inputs if isinstance(i, dict)]
        if records:
            sources.append(("<records>", None, "json"))
            items = [Document(r, f"<record {n}>", n, 1, b"", "json") for n, r in enumerate(records)]
            yield from self._absorb(check_chunk(items, 0, engine, self.refs != "off", True), batch)
        paths = [i for i in inputs if not isinstance(i, dict)]
        started = time.monotonic()
        tasks = self._tasks(paths, sources)
        if self.jobs > 1:
            import multiprocessing

            context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
            with context.Pool(self.jobs, _worker_init, (self.refs, tuple(self.ignore))) as pool:
                for result in pool.imap(_check_task, tasks, chunksize=1):  # in input order
                    yield from self._absorb(result, batch)
                    self._tick(started)
        else:
            for task in tasks:
                yield from self._absorb(_check_task(task), batch)
                self._tick(started)
        for finding in self._pending_findings:
            yield finding
        yield from batch.finish(sources)

    def _tick(self, started: float) -> None:
        if self.progress is not None:
            self.progress(self.summary.documents, time.monotonic() - started)

    def _absorb(self, result: ChunkResult, batch: Batch) -> Iterator[Finding]:
        self.summary.documents += result.documents
        if result.texts:
            batch.keep_texts(result.source, result.texts)
        batch.absorb(result)
        yield from result.findings

    def _tasks(self, paths: list[Any], sources: list[tuple[str, Path | None, str]]) -> Iterator[Any]:
        """Chunks to check: blocks of JSON Lines, or groups of small files. Skipped inputs become findings."""
        self._pending_findings: list[Finding] = []
        for item in expand(paths, self.include, self.exclude):
            if isinstance(item, Finding):
                self._pending_findings.append(item)
                continue
            self.summary.files += 1
            self.summary.sources.append(item.display)
            yield from self._tasks_for(item, sources)

    def _tasks_for(self, source: Source, sources: list[tuple[str, Path | None, str]]) -> Iterator[tuple]:
        index = len(sources)
        if source.is_stdin:
            raw = sys.stdin.buffer.read()
            syntax = syntax_for(source.display, raw[:4096])
            sources.append((source.display, None, syntax))
            if syntax == "jsonl":
                yield from self._line_tasks(index, source.display, raw, keep_texts=True)
            else:
                yield ("bytes", index, source.display, syntax, raw, 1, 0, True)
            return
        path: Path = source.path  # type: ignore[assignment]
        syntax = "jsonl" if path.name.lower().endswith(JSONL_SUFFIXES) else None
        try:
            if syntax == "jsonl":
                sources.append((source.display, path, "jsonl"))
                yield from self._range_tasks(index, source.display, path)
                return
            size = os.path.getsize(path)
            if size > MAX_FILE_BYTES:
                sources.append((source.display, path, "json"))
                self._pending_findings.append(input_finding(
                    "too-large", f"the file is {size // 2**20} MiB, over the limit of {MAX_FILE_BYTES // 2**20} MiB "
                    "for a YAML or JSON file", source.display,
                    hint="Put many records in a JSON Lines file (.jsonl), which is read line by line."))
                return
            raw = path.read_bytes()
        except OSError as exc:
            sources.append((source.display, path, "json"))
            self._pending_findings.append(input_finding("unreadable", f"cannot read the file: {exc.strerror or exc}",
                                                        source.display))
            return
        syntax = syntax_for(path.name, raw[:4096])
        sources.append((source.display, path, syntax))
        yield ("bytes", index, source.display, syntax, raw, 1, 0, False)

    @staticmethod
    def _range_tasks(index: int, display: str, path: Path) -> Iterator[tuple]:
        """Blocks of whole lines of a JSON Lines file, as byte ranges the checker reads itself."""
        first_line, any_content = 1, False
        with open(path, "rb") as handle:
            for offset, block in _blocks(handle.read):
                any_content = any_content or not block.isspace()
                yield ("range", index, display, "jsonl", (str(path), offset, len(block)), first_line, first_line - 1,
                       False)
                first_line += block.count(b"\n")
        if not any_content:
            yield ("bytes", index, display, "jsonl", b"", 1, 0, False)

    @staticmethod
    def _line_tasks(index: int, display: str, raw: bytes, keep_texts: bool) -> Iterator[tuple]:
        """Blocks of the lines of JSON Lines held in memory (stdin). A line's document index is its number - 1."""
        first_line, any_content = 1, False
        for _, block in _blocks(io.BytesIO(raw).read):
            any_content = any_content or not block.isspace()
            lines = block.splitlines(keepends=True)
            yield ("lines", index, display, "jsonl", lines, first_line, first_line - 1, keep_texts)
            first_line += len(lines)
        if not any_content:
            yield ("bytes", index, display, "jsonl", b"", 1, 0, keep_texts)


def _blocks(read: Callable[[int], bytes]) -> Iterator[tuple[int, bytes]]:
    """(offset, block of whole lines) from successive reads of about CHUNK_BYTES; the last may lack a newline."""
    offset, rest = 0, b""
    while True:
        piece = read(CHUNK_BYTES)
        if not piece:
            break
        piece = rest + piece
        cut = piece.rfind(b"\n") + 1
        if cut == 0:
            rest = piece
            continue
        yield offset, piece[:cut]
        offset, rest = offset + cut, piece[cut:]
    if rest:
        yield offset, rest


def _as_list(inputs: Any) -> list[Any]:
    if isinstance(inputs, (str, os.PathLike, dict)):
        return [inputs]
    return list(inputs)
