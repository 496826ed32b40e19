"""The one way records are read: from any input to `Document` objects and input findings.

    inputs.expand      what to read: paths, folders, STDIN, text (str, bytes), records (dicts)
      -> chunks.tasks_for   cut each input into small, picklable read tasks
      -> chunks.parse_task  parse a task: parsers (YAML 1.2, JSON, JSON Lines, JSON-LD envelope)

`read` runs these in order in this process. The validator runs the same steps, with the
parsing (and checking) of tasks spread over worker processes; `ccai convert`, the typed
loader and the web validator call `read`. Nothing here raises for bad input: every problem
is a finding with file, line and column.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..document import Document
from ..findings import Finding
from .chunks import InputInfo, ReadTask, parse_task, tasks_for
from .inputs import STDIN, UsageError, as_inputs, expand
from .parsers import MAX_DEPTH, MAX_DOCUMENT_BYTES, MAX_FILE_BYTES, load_yaml

__all__ = ["MAX_DEPTH", "MAX_DOCUMENT_BYTES", "MAX_FILE_BYTES", "STDIN", "Document", "InputInfo", "ReadTask",
           "UsageError", "load_yaml", "read", "read_bytes", "read_tasks"]


def read_tasks(inputs: Any, include: Iterable[str] = (), exclude: Iterable[str] = (),
               infos: list[InputInfo] | None = None, records_only: bool = False) -> Iterator[ReadTask | Finding]:
    """Read tasks for every input, in order, and findings for what is not read.

    :raises UsageError: an input that does not exist or cannot be read at all.
    """
    infos = [] if infos is None else infos
    for item in expand(as_inputs(inputs), include, exclude, records_only):
        if isinstance(item, Finding):
            yield item
        else:
            yield from tasks_for(item, len(infos), infos)


def read(inputs: Any, include: Iterable[str] = (), exclude: Iterable[str] = ()) -> Iterator[Document | Finding]:
    """Every document of `inputs`, in order, with the findings of what could not be read."""
    for task in read_tasks(inputs, include, exclude):
        if isinstance(task, Finding):
            yield task
        else:
            yield from parse_task(task)


def read_bytes(item: Any, limit: int | None = None) -> tuple[bytes, str]:
    """All of one file (a path) or of STDIN, with its display name; for formats read whole.

    Input over `limit` is refused, never cut short.

    :raises UsageError: no such file, a folder, a pipe, or input over the limit.
    """
    import os
    import sys
    from pathlib import Path

    from .parsers import size_text

    limit = MAX_FILE_BYTES if limit is None else limit
    if item is STDIN:
        data = sys.stdin.buffer.read(limit + 1)
        display = "<stdin>"
    else:
        path = Path(item)
        display = os.fspath(item)
        if path.is_dir():
            raise UsageError(f"{display} is a folder; convert one file at a time")
        if not path.exists():
            raise UsageError(f"{display}: no such file")
        if not path.is_file():
            raise UsageError(f"{display}: not a regular file; pass its content on stdin with -")
        try:
            with open(path, "rb") as handle:
                data = handle.read(limit + 1)
        except OSError as exc:
            raise UsageError(f"{display}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise UsageError(f"{display} is larger than {size_text(limit)}, the limit for input read whole; "
                         "nothing was converted")
    return data, display
