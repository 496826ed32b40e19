"""Parquet and Arrow IPC input: one read task per row group, one document per row.

Manifests of billions of entries are kept in Parquet, written by pyarrow from records, so
columns are fields and nested fields are structs and lists (`tables.layout` gives the
layout `ccai convert --to parquet` writes). A row group is the unit of work: tasks are cut
per row group (per record batch of an Arrow IPC file) and can be checked in worker
processes like blocks of JSON Lines. A finding points to the file, the row group and the
row (both counted from 0, as pyarrow and DuckDB count them) and the field's JSON path.

A file is refused as a whole, with a finding, when it is not Parquet or Arrow, when pyarrow
is missing, or when a column could not be read as a field without a loss: binary data
(no CCAI field is binary), unsigned 64-bit integers (beyond the integers a record may hold),
maps (which may repeat a key), or two columns (or two fields of a part) with the same name,
which a reader would merge.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import Any

from ..document import Document
from ..findings import Finding, Location
from .parsers import KNOWN_SUFFIXES, envelope, input_finding

PARQUET_SUFFIXES = (".parquet", ".pq")
ARROW_FILE_SUFFIXES = (".arrow", ".feather")
ARROW_STREAM_SUFFIXES = (".arrows",)
COLUMNAR_SUFFIXES = PARQUET_SUFFIXES + ARROW_FILE_SUFFIXES + ARROW_STREAM_SUFFIXES
SYNTAXES = ("parquet", "arrow", "arrows")
PARQUET_MAGIC = b"PAR1"
ARROW_MAGIC = b"ARROW1"
ROWS_PER_STEP = 16_384  # rows turned into records at a time, so a large row group is never all dicts at once


def syntax_of(name: str, head: bytes) -> str | None:
    """"parquet", "arrow" (IPC file), "arrows" (IPC stream) or None, from the suffix or the magic bytes.

    A file named as a text format (`.yaml`, `.json`, …) is read as that format whatever its first bytes.
    """
    lower = name.lower()
    if lower.endswith(KNOWN_SUFFIXES):
        return None
    if lower.endswith(PARQUET_SUFFIXES) or head.startswith(PARQUET_MAGIC):
        return "parquet"
    if lower.endswith(ARROW_FILE_SUFFIXES) or head.startswith(ARROW_MAGIC):
        return "arrow"
    if lower.endswith(ARROW_STREAM_SUFFIXES) or head.startswith(b"\xff\xff\xff\xff"):
        return "arrows"
    return None


def where(row_starts: tuple[int, ...] | None, index: int) -> tuple[int | None, int]:
    """(row group, row) of the row `index` of a file whose row groups start at `row_starts`."""
    if not row_starts:
        return None, index
    return bisect.bisect_right(row_starts, index) - 1, index


def located(location: Location, row_starts: tuple[int, ...] | None) -> Location:
    """A location in a columnar file given its row group and row (its line and column are meaningless)."""
    group, row = where(row_starts, location.document)
    return Location(location.file, None, None, location.path, location.document, group, row)


# --- planning ----------------------------------------------------------------------------------

class _Refused(Exception):
    def __init__(self, code: str, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.code, self.message, self.hint = code, message, hint


def _open(source: Any, syntax: str) -> Any:
    """The pyarrow reader of a file (a path, or bytes in memory)."""
    from ..tables.layout import ArrowUnavailable, pyarrow

    try:
        pa = pyarrow()
        import pyarrow.parquet as pq
    except (ArrowUnavailable, ImportError) as exc:
        raise _Refused("unsupported", str(exc)) from None
    handle = pa.BufferReader(source) if isinstance(source, (bytes, bytearray)) else source
    try:
        if syntax == "parquet":
            return pq.ParquetFile(handle)
        if syntax == "arrow":
            return pa.ipc.open_file(handle)
        return pa.ipc.open_stream(handle)
    except (pa.ArrowException, OSError, ValueError) as exc:
        kind = {"parquet": "Parquet", "arrow": "Arrow IPC", "arrows": "Arrow IPC stream"}[syntax]
        raise _Refused("unreadable", f"the file cannot be read as {kind}: {str(exc).splitlines()[0][:200]}",
                       "Write it with pyarrow (or `ccai convert --to parquet`), or check that it was copied whole.") \
            from None


def _arrow_schema(reader: Any, syntax: str) -> Any:
    return reader.schema_arrow if syntax == "parquet" else reader.schema


def _check_columns(schema: Any) -> None:
    """Refuse a file whose columns could not be read as CCAI fields without losing or changing something."""
    import pyarrow as pa

    def refused(arrow_type: Any, name: str) -> _Refused | None:
        types = pa.types
        if types.is_binary(arrow_type) or types.is_large_binary(arrow_type) or types.is_fixed_size_binary(arrow_type) \
                or getattr(types, "is_binary_view", lambda _: False)(arrow_type):
            return _Refused("binary-column", f"the column `{name}` holds binary data ({arrow_type}); every CCAI "
                            "field is text, a number, a boolean, a part or a list of them",
                            "Write text columns as strings (UTF-8); `ccai convert --to parquet` writes the layout the "
                            "site documents.")
        if types.is_map(arrow_type):  # a map may repeat a key, and a record is made of named fields
            return _Refused("column-type", f"the column `{name}` is a map ({arrow_type}); the parts of a CCAI record "
                            "are structs with named fields", "Write parts as structs, as `ccai convert --to parquet` "
                            "does.")
        if types.is_uint64(arrow_type):
            return _Refused("column-type", f"the column `{name}` holds unsigned 64-bit integers, which can exceed "
                            "the largest integer a CCAI record may hold (2^63 - 1)", "Write counts as int64.")
        if types.is_struct(arrow_type):
            names = [arrow_type.field(i).name for i in range(arrow_type.num_fields)]
            duplicate = next((n for n in names if names.count(n) > 1), None)
            if duplicate is not None:
                return _Refused("duplicate-column", f"the part `{name}` has two fields named `{duplicate}`",
                                "Keep one of them; readers disagree on which one wins.")
        for i in range(arrow_type.num_fields):  # the members of structs, lists and maps
            found = refused(arrow_type.field(i).type, f"{name}.{arrow_type.field(i).name}"
                            if types.is_struct(arrow_type) else name)
            if found is not None:
                return found
        return None

    names = [field.name for field in schema]
    duplicate = next((n for n in names if names.count(n) > 1), None)
    if duplicate is not None:
        raise _Refused("duplicate-column", f"the file has two columns named `{duplicate}`",
                       "Keep one of them; readers disagree on which one wins.")
    for field in schema:
        problem = refused(field.type, field.name)
        if problem is not None:
            raise problem


def plan(source: Any, syntax: str, display: str) -> tuple[list[tuple[int, int, int]], tuple[int, ...] | None]:
    """(row group, first row, rows) of every row group, and the first rows of the groups.

    :raises _Refused: the file cannot be read as records.
    """
    reader = _open(source, syntax)
    _check_columns(_arrow_schema(reader, syntax))
    if syntax == "arrows":  # a stream is read in one go: its batches are only known on the way
        return [(0, 0, -1)], None
    if syntax == "parquet":
        counts = [reader.metadata.row_group(i).num_rows for i in range(reader.num_row_groups)]
    else:
        counts = [reader.get_batch(i).num_rows for i in range(reader.num_record_batches)]
    groups, starts, first = [], [], 0
    for number, count in enumerate(counts):
        groups.append((number, first, count))
        starts.append(first)
        first += count
    return groups, tuple(starts)


def tasks(number: int, display: str, syntax: str, path: str | None, data: bytes | None) -> tuple[
        list[Any], tuple[int, ...] | None]:
    """The read tasks of one columnar input and the first rows of its row groups; or a finding."""
    from .chunks import ReadTask

    try:
        groups, starts = plan(data if data is not None else path, syntax, display)
    except _Refused as exc:
        return [input_finding(exc.code, exc.message, display, hint=exc.hint)], None
    if not any(count for _, _, count in groups):
        return [input_finding("empty", "the file holds no record (no rows)", display,
                              hint="A Parquet or Arrow file of CCAI records holds one record per row.")], starts
    rereadable = path is not None
    return [ReadTask(number, display, syntax, path=path, data=None if rereadable else data, offset=group,
                     first_line=first, lines=count, rereadable=rereadable)
            for group, first, count in groups if count], starts


# --- parsing -----------------------------------------------------------------------------------

def parse(task: Any) -> Iterator[Document | Finding]:
    """The documents of one row group (or of a whole Arrow stream), one per row."""
    from ..tables.layout import rows

    try:
        reader = _open(task.data if task.data is not None else task.path, task.syntax)
    except _Refused as exc:
        yield input_finding(exc.code, exc.message, task.display, hint=exc.hint)
        return
    if task.syntax == "parquet":
        batches = reader.iter_batches(batch_size=ROWS_PER_STEP, row_groups=[task.offset], use_threads=False)
    elif task.syntax == "arrow":
        batches = iter([reader.get_batch(task.offset)])
    else:
        batches = iter(reader)
    group, index = (None if task.syntax == "arrows" else task.offset), task.first_line
    for batch in batches:
        for record in rows(batch):
            item = envelope(record, task.display, index)
            if type(item) is Document:
                item.row_group = group
                item.row = index
            else:
                item = Finding(item.code, item.severity, item.message,
                               Location(task.display, None, None, "$", index, group, index), item.hint)
            yield item
            index += 1
