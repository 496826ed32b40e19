"""What a batch reads: files, folders, stdin, document text and records already parsed.

The kinds are told apart by type, never guessed from a string's content: a path is an
``os.PathLike`` (``pathlib.Path``), standard input is `STDIN`, ``bytes`` and ``str`` are
document text, and dicts (or lists of dicts) are records. The command line turns its
arguments into paths and `STDIN`.

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
    """Document text handed over in memory (bytes, or a str encoded as UTF-8)."""

    data: bytes
    display: str


@dataclass(frozen=True)
class RecordsInput:
    """Records handed over as data: each one is a document of its own."""

    records: tuple[Any, ...]
    display: str


Input = Union[FileInput, StdinInput, TextInput, RecordsInput]


def as_inputs(inputs: Any) -> list[Any]:
    """The items of one call: a single input, or an iterable of them."""
    if isinstance(inputs, (str, bytes, bytearray, os.PathLike, dict)) or inputs is STDIN:
        return [inputs]
    try:
        return list(inputs)
    except TypeError:
        raise UsageError(f"cannot read {type(inputs).__name__}: pass a path (pathlib.Path), STDIN, document "
                         "text (str or bytes), a record (dict) or a list of these") from None


def expand(inputs: Iterable[Any], include: Iterable[str] = (), exclude: Iterable[str] = ()) -> Iterator[Input | Finding]:
    """Yield every input to read, in a stable order, and findings for entries not read."""
    chosen = tuple(include)
    exclude = tuple(exclude)
    texts = records = 0
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
        if isinstance(item, list) and all(isinstance(r, dict) for r in item):
            pending.extend(item)
            continue
        yield from flush()
        if item is STDIN:
            yield StdinInput()
        elif isinstance(item, (bytes, bytearray, str)):
            texts += 1
            data = item.encode("utf-8", "surrogatepass") if isinstance(item, str) else bytes(item)
            yield TextInput(data, "<text>" if texts == 1 else f"<text {texts}>")
        elif isinstance(item, os.PathLike):
            yield from _path(Path(item), chosen, exclude)
        else:
            raise UsageError(f"cannot read {type(item).__name__}: pass a path (pathlib.Path), STDIN, document "
                             "text (str or bytes) or a record (dict)")
    yield from flush()


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
