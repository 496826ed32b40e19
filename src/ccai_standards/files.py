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


def write_atomically(target: str | os.PathLike[str], content: bytes | str, *, overwrite: bool = True) -> None:
    """Write `content` (text is UTF-8 with LF line ends) to `target` in one step.

    :raises FileExistsError: `target` exists and `overwrite` is False.
    """
    target = Path(target)
    if not overwrite and target.exists():
        raise FileExistsError(f"{target} already exists")
    data = content.encode("utf-8") if isinstance(content, str) else content
    folder = target.parent if str(target.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_all_atomically(files: Mapping[Path, bytes]) -> None:
    """Write several files so that, short of a kill between two renames, all of them change or none."""
    staged: list[tuple[str, Path]] = []
    try:
        for target, data in files.items():
            handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
            staged.append((temporary, target))
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        for temporary, target in staged:
            os.replace(temporary, target)
    except BaseException:
        for temporary, _ in staged:
            Path(temporary).unlink(missing_ok=True)
        raise
