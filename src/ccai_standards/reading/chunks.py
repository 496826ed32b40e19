"""Cut inputs into read tasks, and parse a task into documents.

A task is small and picklable: a byte range of a JSON Lines file, a whole file named by its
path, or bytes held in memory (stdin, text handed over). Parsing a task is a pure function,
so the validator can run it in a worker process; `read` runs the same steps in order.

JSON Lines are cut into blocks of whole lines of about `BLOCK_BYTES`. A line longer than
`MAX_DOCUMENT_BYTES` is reported and skipped without being held in memory, so a stream has
no total limit and is never cut short without a word. YAML and JSON are read whole, up to
`MAX_FILE_BYTES`, stdin included.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

from ..document import Document
from ..findings import Finding, Location, Severity
from . import columnar
from .inputs import FileInput, Input, RecordsInput, StdinInput, TextInput
from .parsers import (
    JSONL_SUFFIXES,
    MAX_DOCUMENT_BYTES,
    MAX_FILE_BYTES,
    envelope,
    input_finding,
    json_lines,
    parse_bytes,
    size_text,
    syntax_for,
    too_large_line,
)

BLOCK_BYTES = 1 << 20


class InputInfo(NamedTuple):
    """What the end of a batch needs to point into an input again."""

    display: str
    path: Path | None  # None when the input cannot be read twice
    syntax: str
    row_starts: tuple[int, ...] | None = None  # a Parquet or Arrow file: the first row of each row group


@dataclass(frozen=True, slots=True)
class ReadTask:
    """One piece of one input, to be parsed (and checked) on its own."""

    source: int  # the input's number in the batch
    display: str
    syntax: str  # "yaml", "json", "jsonl"; or "parquet", "arrow", "arrows" (reading.columnar)
    path: str | None = None  # read from this file ...
    offset: int = 0  # (columnar: the row group)
    length: int | None = None  # ... this many bytes from `offset` (None: the whole file)
    data: bytes | None = None  # ... or parse these bytes
    first_line: int = 1  # (columnar: the first row, from 0)
    lines: int = 0  # for a block of JSON Lines: how many lines it holds (columnar: rows)
    records: tuple[Any, ...] = ()  # records handed over as data
    oversize: int = 0  # the line `first_line` is this long and is not read
    rereadable: bool = True  # False: keep the texts of documents that the batch may point into later
    empty: bool = False  # the input holds nothing at all

    @property
    def columnar(self) -> bool:
        return self.syntax in columnar.SYNTAXES

    def describe(self) -> str:
        """Where the task's documents are, for messages about the task as a whole."""
        if self.records:
            return f"records 1–{len(self.records)} of {self.display}"
        if self.columnar:
            if self.lines > 0:
                return f"rows {self.first_line}–{self.first_line + self.lines - 1} (row group {self.offset}) of " \
                       f"{self.display}"
            return f"the rows of {self.display}"
        if self.lines:
            return f"lines {self.first_line}–{self.first_line + self.lines - 1} of {self.display}"
        return self.display

    def location(self) -> Location:
        """Where the task's first document is, for findings about the task as a whole."""
        if self.columnar:
            group = None if self.syntax == "arrows" else self.offset
            return Location(self.display, None, None, "$", self.first_line, group, self.first_line)
        return Location(self.display, self.first_line, None, "$", self.first_line - 1)


def _columnar_tasks(number: int, display: str, syntax: str, path: Path | None, data: bytes | None,
                    infos: list[InputInfo]) -> Iterator[ReadTask | Finding]:
    found, starts = columnar.tasks(number, display, syntax, None if path is None else str(path), data)
    infos.append(InputInfo(display, path, syntax, starts))
    yield from found


def tasks_for(item: Input, number: int, infos: list[InputInfo]) -> Iterator[ReadTask | Finding]:
    """The read tasks of one input, in order; `infos` gains the input's entry."""
    if isinstance(item, RecordsInput):
        infos.append(InputInfo(item.display, None, "json"))
        yield ReadTask(number, item.display, "json", records=item.records, first_line=1, rereadable=False)
        return
    if isinstance(item, TextInput):
        syntax = columnar.syntax_of(item.name, item.data[:8]) or syntax_for(item.name, item.data[:4096])
        if syntax in columnar.SYNTAXES:
            yield from _columnar_tasks(number, item.display, syntax, None, item.data, infos)
            return
        infos.append(InputInfo(item.display, None, syntax))
        yield from _memory_tasks(number, item.display, syntax, item.data)
        return
    if isinstance(item, StdinInput):
        yield from _stdin_tasks(number, item.display, infos)
        return
    assert isinstance(item, FileInput)
    path = item.path
    if path.name.lower().endswith(JSONL_SUFFIXES):
        infos.append(InputInfo(item.display, path, "jsonl"))
        try:
            with open(path, "rb") as handle:
                yield from _line_tasks(number, item.display, handle.read, str(path))
        except OSError as exc:
            yield input_finding("unreadable", f"cannot read the file: {exc.strerror or exc}", item.display)
        return
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError as exc:
        infos.append(InputInfo(item.display, path, "json"))
        yield input_finding("unreadable", f"cannot read the file: {exc.strerror or exc}", item.display)
        return
    syntax = columnar.syntax_of(path.name, head[:8]) or syntax_for(path.name, head)
    if syntax in columnar.SYNTAXES:
        yield from _columnar_tasks(number, item.display, syntax, path, None, infos)
        return
    infos.append(InputInfo(item.display, path, syntax))
    if size > MAX_FILE_BYTES:
        yield _too_large_file(item.display, size)
        return
    if syntax == "jsonl":  # content sniffed as JSON Lines in a file with another suffix
        with open(path, "rb") as handle:
            yield from _line_tasks(number, item.display, handle.read, str(path))
        return
    yield ReadTask(number, item.display, syntax, path=str(path))


def _too_large_file(display: str, size: int | None) -> Finding:
    amount = size_text(size) if size is not None else "larger than that"
    return input_finding("too-large", f"the input is {amount}, over the limit of {size_text(MAX_FILE_BYTES)} for "
                         "a YAML or JSON text", display,
                         hint="Put many records in a JSON Lines file (.jsonl), which is read line by line.")


def _memory_tasks(number: int, display: str, syntax: str, data: bytes) -> Iterator[ReadTask | Finding]:
    if syntax == "jsonl":
        import io

        yield from _line_tasks(number, display, io.BytesIO(data).read, None)
    else:
        yield ReadTask(number, display, syntax, data=data, rereadable=False)


def _stdin_tasks(number: int, display: str, infos: list[InputInfo]) -> Iterator[ReadTask | Finding]:
    stream: BinaryIO = sys.stdin.buffer
    head = stream.read(4096)
    syntax = columnar.syntax_of("", head[:8]) or syntax_for(display, head)
    if syntax not in columnar.SYNTAXES:
        infos.append(InputInfo(display, None, syntax))
    if syntax == "jsonl":
        pending = [head]

        def read(size: int) -> bytes:
            if pending:
                return pending.pop()
            return stream.read(size)

        yield from _line_tasks(number, display, read, None)
        return
    rest = stream.read(MAX_FILE_BYTES + 1 - len(head)) if len(head) == 4096 else b""
    data = head + rest
    if len(data) > MAX_FILE_BYTES:
        if syntax in columnar.SYNTAXES:
            infos.append(InputInfo(display, None, syntax))
        yield _too_large_file(display, None)
        return
    if syntax in columnar.SYNTAXES:
        yield from _columnar_tasks(number, display, syntax, None, data, infos)
        return
    yield ReadTask(number, display, syntax, data=data, rereadable=False)


def _line_tasks(number: int, display: str, read: Callable[[int], bytes], path: str | None) -> Iterator[ReadTask]:
    """Blocks of whole lines: byte ranges of a file (read again by whoever parses them), or bytes."""
    first_line, any_content = 1, False
    offset, rest = 0, b""
    skipping = 0  # bytes of an oversize line read so far, while looking for its end
    while True:
        piece = read(BLOCK_BYTES)
        if not piece:
            break
        if skipping:
            end = piece.find(b"\n")
            if end < 0:
                skipping += len(piece)
                offset += len(piece)
                continue
            yield ReadTask(number, display, "jsonl", first_line=first_line, oversize=skipping + end, rereadable=False)
            any_content = True
            first_line += 1
            offset += end + 1
            piece, skipping = piece[end + 1:], 0
        piece = rest + piece
        cut = piece.rfind(b"\n") + 1
        if cut == 0:
            rest = piece
            if len(rest) > MAX_DOCUMENT_BYTES:  # a line that is already too long: stop keeping it
                skipping, rest = len(rest), b""
                offset += skipping
            continue
        block, rest = piece[:cut], piece[cut:]
        any_content = any_content or not block.isspace()
        yield _block_task(number, display, path, offset, block, first_line)
        first_line += block.count(b"\n")
        offset += cut
        if len(rest) > MAX_DOCUMENT_BYTES:
            skipping, rest = len(rest), b""
            offset += skipping
    if skipping:
        yield ReadTask(number, display, "jsonl", first_line=first_line, oversize=skipping, rereadable=False)
        any_content = True
    elif rest:
        any_content = any_content or not rest.isspace()
        yield _block_task(number, display, path, offset, rest, first_line)
    if not any_content:
        yield ReadTask(number, display, "jsonl", data=b"", empty=True)


def _block_task(number: int, display: str, path: str | None, offset: int, block: bytes, first_line: int) -> ReadTask:
    lines = block.count(b"\n") + (not block.endswith(b"\n"))
    if path is not None:
        return ReadTask(number, display, "jsonl", path=path, offset=offset, length=len(block), first_line=first_line,
                        lines=lines)
    return ReadTask(number, display, "jsonl", data=block, first_line=first_line, lines=lines, rereadable=False)


def parse_task(task: ReadTask) -> list[Document | Finding]:
    """Every document (and input finding) of one task. Never raises."""
    try:
        return list(_parse(task))
    except Exception as exc:  # a fault of this package, not of the input: say so, keep the batch going
        return [internal_error(exc, Location(task.display, task.first_line, None, "$", 0))]


def _parse(task: ReadTask) -> Iterator[Document | Finding]:
    if task.records:
        for offset, record in enumerate(task.records):
            number = task.first_line - 1 + offset
            yield envelope(record, f"<record {number + 1}>" if task.display == "<records>" else
                           f"{task.display} #{number + 1}", number)
        return
    if task.columnar:
        yield from columnar.parse(task)
        return
    if task.oversize:
        yield too_large_line(task.display, task.first_line, task.oversize)
        return
    if task.empty:
        yield input_finding("empty", "the file holds no record", task.display, 1, 1,
                            "A JSON Lines file holds one JSON record per line.")
        return
    data = task.data
    if data is None:
        try:
            with open(task.path, "rb") as handle:  # type: ignore[arg-type]
                handle.seek(task.offset)
                data = handle.read(MAX_FILE_BYTES + 1 if task.length is None else task.length)
        except OSError as exc:
            yield input_finding("unreadable", f"cannot read the file: {exc.strerror or exc}", task.display)
            return
        if task.length is None and len(data) > MAX_FILE_BYTES:
            yield _too_large_file(task.display, len(data))
            return
    if task.syntax == "jsonl":
        yield from json_lines(data.splitlines(keepends=True), task.display, task.first_line)
    else:
        yield from parse_bytes(data, task.display, task.syntax)


def internal_error(exc: BaseException, location: Location, record_id: str | None = None) -> Finding:
    """A fault of this package met while reading or checking one document: reported, never raised."""
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" in {Path(frame.filename).name}:{frame.lineno}" if frame else ""
    return Finding("INTERNAL-error", Severity.ERROR,
                   f"ccai failed on this document ({type(exc).__name__}{where}: {str(exc)[:200]})", location,
                   "This is a fault of ccai, not necessarily of the record: please report it with the record "
                   "that caused it.", record_id)
