"""Find the inputs of a batch: files, folders (recursive, with include and exclude globs) and stdin.

Folders are walked without following symbolic links to folders, so a link loop cannot
trap the walk; anything that is not a regular file (a pipe, a socket, a dangling or looping
link) is reported and skipped rather than opened, because opening a pipe can block forever.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .findings import Finding
from .parsers import KNOWN_SUFFIXES, input_finding

DEFAULT_INCLUDE = tuple(f"*{suffix}" for suffix in KNOWN_SUFFIXES)
STDIN = "-"


class UsageError(Exception):
    """A problem with how the command was called (exit code 2)."""


@dataclass(frozen=True)
class Source:
    """One input: a file path, or stdin."""

    path: Path | None  # None for stdin
    display: str

    @property
    def is_stdin(self) -> bool:
        return self.path is None


def _matches(rel: str, patterns: Iterable[str]) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(name, p) for p in patterns)


def _display(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def expand(inputs: Iterable[str | os.PathLike[str]], include: Iterable[str] = (),
           exclude: Iterable[str] = ()) -> Iterator[Source | Finding]:
    """Yield every source to read, in a stable order, and findings for entries skipped."""
    include = tuple(include) or DEFAULT_INCLUDE
    exclude = tuple(exclude)
    for item in inputs:
        if str(item) == STDIN:
            yield Source(None, "<stdin>")
            continue
        path = Path(item)
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            raise UsageError(f"{item}: no such file or folder") from None
        except PermissionError:
            raise UsageError(f"{item}: permission denied") from None
        except OSError as exc:  # e.g. a symlink loop given directly
            raise UsageError(f"{item}: cannot be read ({exc.strerror or exc})") from None
        if stat.S_ISDIR(mode):
            yield from _walk(path, include, exclude)
        elif stat.S_ISREG(mode):
            yield Source(path, _display(path))
        else:
            raise UsageError(f"{item}: not a regular file or folder (a pipe or device?); "
                             "pass its content on stdin with `-` instead")


def _walk(root: Path, include: tuple[str, ...], exclude: tuple[str, ...]) -> Iterator[Source | Finding]:
    found: list[tuple[str, Path]] = []
    skipped: list[Finding] = []

    def on_error(exc: OSError) -> None:
        skipped.append(input_finding("unreadable", f"cannot read this folder: {exc.strerror or exc}",
                                     _display(Path(exc.filename or root))))

    for folder, dirs, files in os.walk(root, onerror=on_error, followlinks=False):
        dirs.sort()
        base = Path(folder)
        dirs[:] = [d for d in dirs if not _matches((base / d).relative_to(root).as_posix(), exclude)]
        for name in sorted(files):
            path = base / name
            rel = path.relative_to(root).as_posix()
            if _matches(rel, exclude) or not _matches(rel, include):
                continue
            try:
                mode = path.stat().st_mode
            except OSError as exc:
                skipped.append(input_finding("unreadable", f"skipped: {exc.strerror or exc} (a dangling or "
                                             "looping symbolic link?)", _display(path)))
                continue
            if stat.S_ISREG(mode):
                found.append((str(path), path))
            elif not stat.S_ISDIR(mode):
                skipped.append(input_finding("not-a-file", "skipped: not a regular file (a named pipe, socket or "
                                             "device)", _display(path), hint="Only regular files are read."))
    yield from skipped
    for _, path in sorted(set(found)):
        yield Source(path, _display(path))
