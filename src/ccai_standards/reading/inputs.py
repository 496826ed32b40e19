"""What a batch reads: files, folders, stdin, document text and records already parsed.

The kinds are told apart by type, never guessed from a string's content: a path is an
``os.PathLike`` (``pathlib.Path``), standard input is `STDIN`, ``bytes`` and ``str`` are
document text, an object with a ``read`` method is a file opened for reading (its bytes
are document text), and dicts (or lists of dicts) and the package's typed models are
records. The command line turns its arguments into paths and `STDIN`.

Folders are walked in a stable order. Symbolic links to folders are followed, and a link
back to a folder already being walked is reported instead of looping. Anything the walk
does not read is reported: a file whose suffix is not a record format (a note, unless
``--include`` chose the files), a hidden entry, a loop, a pipe or socket (opening one
could block forever), a dangling link or an unreadable folder.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union

from ..findings import Finding, Severity
from .columnar import COLUMNAR_SUFFIXES
from .parsers import KNOWN_SUFFIXES, input_finding
from .sniff import holds_records, set_aside

DEFAULT_INCLUDE = tuple(f"*{suffix}" for suffix in KNOWN_SUFFIXES + COLUMNAR_SUFFIXES)


class UsageError(Exception):
    """A problem with how the command was called (exit code 2)."""


class _Stdin:
    """The marker for standard input; ``"-"`` on the command line."""

    def __repr__(self) -> str:
        return "STDIN"


STDIN = _Stdin()


@dataclass(frozen=True)
class FileInput:
    path: Path
    display: str


@dataclass(frozen=True)
class StdinInput:
    display: str = "<stdin>"


@dataclass(frozen=True)
class TextInput:
    """Document text handed over in memory (bytes, or a str encoded as UTF-8).

    `name` is the file name it came with (an open file's, an upload's), whose suffix picks the
    reader as a file's does; without one the content does.
    """

    data: bytes
    display: str
    name: str = ""


@dataclass(frozen=True)
class RecordsInput:
    """Records handed over as data: each one is a document of its own."""

    records: tuple[Any, ...]
    display: str


Input = Union[FileInput, StdinInput, TextInput, RecordsInput]


def _is_file(item: Any) -> bool:
    """A file object (open(..., "rb"), io.BytesIO, a text file, a socket's makefile)."""
    return callable(getattr(item, "read", None)) and not isinstance(item, (str, bytes, bytearray, os.PathLike))


def _is_model(item: Any) -> bool:
    """One of the package's typed records (`ccai_standards.load`), a pydantic model."""
    return type(item).__module__ == "ccai_standards.artifacts.models" and callable(getattr(item, "model_dump", None))


def as_inputs(inputs: Any) -> list[Any]:
    """The items of one call: a single input, or an iterable of them.

    A file object and a typed model are single inputs, though both can be iterated.
    """
    if isinstance(inputs, (str, bytes, bytearray, os.PathLike, dict)) or inputs is STDIN \
            or _is_file(inputs) or _is_model(inputs):
        return [inputs]
    try:
        return list(inputs)
    except TypeError:
        raise UsageError(f"cannot read {type(inputs).__name__}: pass a path (pathlib.Path), STDIN, document "
                         "text (str or bytes), a file opened for reading, a record (dict or typed model) "
                         "or a list of these") from None


def expand(inputs: Iterable[Any], include: Iterable[str] = (), exclude: Iterable[str] = (),
           records_only: bool = False) -> Iterator[Input | Finding]:
    """Yield every input to read, in a stable order, and findings for entries not read.

    With `records_only`, files that certainly hold no CCAI record are set aside with a note
    (`reading.sniff`): a hook is handed configuration files too.
    """
    chosen = tuple(include)
    exclude = tuple(exclude)
    texts = records = files = 0
    pending: list[Any] = []

    def flush() -> Iterator[Input]:
        nonlocal records
        if pending:
            records += 1
            yield RecordsInput(tuple(pending), "<records>" if records == 1 else f"<records {records}>")
            pending.clear()

    for item in inputs:
        if isinstance(item, dict):
            pending.append(item)
            continue
        if _is_model(item):
            pending.append(_model_record(item))
            continue
        if isinstance(item, list) and all(isinstance(r, dict) or _is_model(r) for r in item):
            pending.extend(_model_record(r) if _is_model(r) else r for r in item)
            continue
        yield from flush()
        if item is STDIN:
            yield StdinInput()
        elif isinstance(item, TextInput):  # named text, from within the package (an upload to `ccai serve`)
            yield item
        elif isinstance(item, (bytes, bytearray, str)):
            texts += 1
            data = item.encode("utf-8", "surrogatepass") if isinstance(item, str) else bytes(item)
            yield TextInput(data, "<text>" if texts == 1 else f"<text {texts}>")
        elif isinstance(item, os.PathLike):
            for found in _path(Path(item), chosen, exclude):
                if records_only and isinstance(found, FileInput) and not holds_records(found.path, found.display):
                    yield set_aside(found.display)
                else:
                    yield found
        elif _is_file(item):
            files += 1
            yield _file_object(item, files)
        else:
            raise UsageError(f"cannot read {type(item).__name__}: pass a path (pathlib.Path), STDIN, document "
                             "text (str or bytes), a file opened for reading, or a record (dict or typed model)")
    yield from flush()


def _model_record(model: Any) -> dict[str, Any]:
    """A typed record as the data it stands for, as `ccai_standards.dump` writes it."""
    from ..typed import to_dict

    return to_dict(model)


def _file_object(item: Any, number: int) -> TextInput:
    """All of an open file's bytes (it is read, not closed); a text file's characters as UTF-8."""
    name = getattr(item, "name", None)
    display = name if isinstance(name, str) and name else ("<file>" if number == 1 else f"<file {number}>")
    try:
        data = item.read()
    except (OSError, ValueError) as exc:  # closed, not readable, a socket that failed
        raise UsageError(f"{display}: cannot be read ({exc})") from None
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    elif not isinstance(data, (bytes, bytearray, memoryview)):
        raise UsageError(f"{display}: read() gave {type(data).__name__}, not bytes or str")
    return TextInput(bytes(data), display, name if isinstance(name, str) else "")


def _display(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def _path(path: Path, include: tuple[str, ...], exclude: tuple[str, ...]) -> Iterator[Input | Finding]:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file or folder") from None
    except PermissionError:
        raise UsageError(f"{path}: permission denied") from None
    except OSError as exc:  # e.g. a symlink loop given directly
        raise UsageError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(mode):
        yield from _walk(path, include, exclude)
    elif stat.S_ISREG(mode):
        yield FileInput(path, _display(path))
    else:
        raise UsageError(f"{path}: not a regular file or folder (a pipe or device?); "
                         "pass its content on stdin with `-` instead")


def _matches(rel: str, patterns: Iterable[str], fold: bool = False) -> bool:
    name = rel.rsplit("/", 1)[-1]
    if fold:
        rel, name = rel.lower(), name.lower()
    return any(fnmatch.fnmatchcase(rel, p) or fnmatch.fnmatchcase(name, p) for p in patterns)


def _note(code: str, message: str, path: Path, hint: str = "", severity: Severity = Severity.NOTE) -> Finding:
    return input_finding(code, message, _display(path), hint=hint, severity=severity)


def _walk(root: Path, include: tuple[str, ...], exclude: tuple[str, ...]) -> Iterator[Input | Finding]:
    """Every file to read under `root`, sorted, after the findings for what is not read."""
    found: list[Path] = []
    skipped: list[Finding] = []
    files_seen: dict[tuple[int, int], Path] = {}  # a file reached twice through links is read once
    active: set[tuple[int, int]] = set()  # folders on the current path, by device and inode

    def visit(folder: Path, rel: str) -> None:
        try:
            info = folder.stat()
        except OSError as exc:
            skipped.append(_note("unreadable", f"cannot read this folder: {exc.strerror or exc}", folder,
                                 severity=Severity.ERROR))
            return
        key = (info.st_dev, info.st_ino)
        if key in active:
            skipped.append(_note("link-loop", "skipped: this symbolic link leads back to a folder already being read",
                                 folder, "Remove the link, or pass the folder it points to once.",
                                 Severity.WARNING))
            return
        active.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            skipped.append(_note("unreadable", f"cannot read this folder: {exc.strerror or exc}", folder,
                                 severity=Severity.ERROR))
            active.discard(key)
            return
        for entry in entries:
            child_rel = f"{rel}/{entry.name}" if rel else entry.name
            path = folder / entry.name
            if _matches(child_rel, exclude):
                continue
            try:
                status = os.stat(path)
            except OSError as exc:
                skipped.append(_note("unreadable", f"skipped: {exc.strerror or exc} (a dangling or looping symbolic "
                                     "link?)", path, severity=Severity.ERROR))
                continue
            mode = status.st_mode
            if entry.name.startswith("."):
                skipped.append(_note("skipped", "skipped: hidden " + ("folder" if stat.S_ISDIR(mode) else "file"),
                                     path, "Pass it by name to read it."))
                continue
            if stat.S_ISDIR(mode):
                visit(path, child_rel)
            elif not stat.S_ISREG(mode):
                named_as_record = _matches(child_rel, include) if include else _matches(child_rel, DEFAULT_INCLUDE,
                                                                                         fold=True)
                skipped.append(_note("not-a-file", "skipped: not a regular file (a named pipe, socket or device)",
                                     path, "Only regular files are read; pass a pipe's content on stdin with -.",
                                     Severity.ERROR if named_as_record else Severity.NOTE))
            elif _matches(child_rel, include) if include else _matches(child_rel, DEFAULT_INCLUDE, fold=True):
                identity = (status.st_dev, status.st_ino)
                if identity in files_seen:
                    skipped.append(_note("skipped", f"skipped: the same file as {_display(files_seen[identity])}, "
                                         "reached through a symbolic link", path))
                else:
                    files_seen[identity] = path
                    found.append(path)
            elif not include:
                skipped.append(_note("skipped", "skipped: not a record file (YAML, JSON, JSON-LD or JSON Lines)",
                                     path, "Pass it by name, or choose files with --include, to read it."))
        active.discard(key)

    visit(root, "")
    yield from skipped
    for path in found:
        yield FileInput(path, _display(path))
