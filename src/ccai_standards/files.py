"""Writing files so that nothing is ever left half written.

A file is written next to its target under a temporary name, flushed to disk, then renamed
over the target in one step: a run killed at any moment leaves the old file or the new one,
never a piece of either, and a temporary file it leaves behind is never taken for output.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path


def _mode_for(target: Path) -> int:
    """The mode the written file gets: the old file's, or what a plain open() would give (0666 less the umask).

    mkstemp makes its files private (0600); left as they are, every output would silently lose
    the permissions its reader expects.
    """
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _create_new(temporary: str, target: Path) -> None:
    """Move `temporary` to `target` only if `target` does not exist, with no window for a race (a hard link)."""
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise FileExistsError(f"{target} already exists") from None
    except OSError:  # a file system without hard links: the plain check, then the rename
        if target.exists():
            raise FileExistsError(f"{target} already exists") from None
        os.replace(temporary, target)
        return
    os.unlink(temporary)


def write_atomically(target: str | os.PathLike[str], content: bytes | str, *, overwrite: bool = True) -> None:
    """Write `content` (text is UTF-8 with LF line ends) to `target` in one step.

    :raises FileExistsError: `target` exists and `overwrite` is False.
    """
    target = Path(target)
    if not overwrite and (target.exists() or target.is_symlink()):
        raise FileExistsError(f"{target} already exists")
    if target.is_symlink():  # rewrite the file the link points to, and keep the link
        target = Path(os.path.realpath(target))
    data = content.encode("utf-8") if isinstance(content, str) else content
    folder = target.parent if str(target.parent) else Path(".")
    mode = _mode_for(target)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fchmod(out.fileno(), mode)
            os.fsync(out.fileno())
        if overwrite:
            os.replace(temporary, target)
        else:
            _create_new(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_all_atomically(files: Mapping[Path, bytes]) -> None:
    """Write several files so that, short of a kill between two renames, all of them change or none."""
    staged: list[tuple[str, Path]] = []
    try:
        for target, data in files.items():
            mode = _mode_for(target)
            handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
            staged.append((temporary, target))
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fchmod(out.fileno(), mode)
                os.fsync(out.fileno())
        for temporary, target in staged:
            os.replace(temporary, target)
    except BaseException:
        for temporary, _ in staged:
            Path(temporary).unlink(missing_ok=True)
        raise
