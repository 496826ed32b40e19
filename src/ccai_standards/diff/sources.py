"""Where the files of one side of a diff come from: the working tree, or a git commit.

``ccai diff`` compares releases that may exist only as files (``releases/0.1.0.yaml``) or
only in history (a tag). Both are read through the same small interface, so the loaders
never care which one they got.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath


class DiffInputError(Exception):
    """OLD or NEW cannot be read or understood (exit code 2, no traceback)."""


class Tree:
    """Read-only access to files by POSIX path relative to the tree's root."""

    label: str

    def read_text(self, path: str) -> str:
        raise NotImplementedError

    def is_file(self, path: str) -> bool:
        raise NotImplementedError

    def is_dir(self, path: str) -> bool:
        raise NotImplementedError

    def list_dir(self, path: str) -> list[str]:
        """Names of the files directly inside `path`, sorted."""
        raise NotImplementedError

    def display(self, path: str) -> str:
        """How to name a file in messages."""
        raise NotImplementedError


@dataclass
class LocalTree(Tree):
    root: Path

    @property
    def label(self) -> str:
        return str(self.root)

    def _path(self, path: str) -> Path:
        return self.root / path if path else self.root

    def read_text(self, path: str) -> str:
        target = self._path(path)
        try:
            _refuse_oversize(target, target.stat().st_size)
            return target.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise DiffInputError(f"{target}: no such file") from None
        except UnicodeDecodeError:
            raise DiffInputError(f"{target}: not UTF-8 text") from None
        except OSError as exc:
            raise DiffInputError(f"{target}: cannot be read ({exc.strerror or exc})") from None

    def is_file(self, path: str) -> bool:
        return self._path(path).is_file()

    def is_dir(self, path: str) -> bool:
        return self._path(path).is_dir()

    def list_dir(self, path: str) -> list[str]:
        folder = self._path(path)
        return sorted(p.name for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []

    def display(self, path: str) -> str:
        return str(self._path(path))


@dataclass
class GitTree(Tree):
    """The tree of one commit, read with git itself (no checkout, no working-tree changes)."""

    repo: Path
    ref: str
    _files: set[str] = field(default_factory=set, init=False, repr=False)
    _dirs: set[str] = field(default_factory=set, init=False, repr=False)
    _cache: dict[str, str] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        listing = _git(self.repo, "ls-tree", "-r", "--name-only", "-z", self.ref)
        self._files = {name for name in listing.split("\0") if name}
        for name in self._files:
            for parent in PurePosixPath(name).parents:
                self._dirs.add(parent.as_posix())
        self._dirs.discard(".")
        self._dirs.add("")

    @property
    def label(self) -> str:
        return self.ref

    def read_text(self, path: str) -> str:
        if path not in self._files:
            raise DiffInputError(f"{self.ref}:{path}: no such file at that commit")
        if path not in self._cache:
            text = _git(self.repo, "show", f"{self.ref}:{path}")
            _refuse_oversize(f"{self.ref}:{path}", len(text))
            self._cache[path] = text
        return self._cache[path]

    def is_file(self, path: str) -> bool:
        return path in self._files

    def is_dir(self, path: str) -> bool:
        return path.strip("/") in self._dirs

    def list_dir(self, path: str) -> list[str]:
        prefix = f"{path.strip('/')}/" if path.strip("/") else ""
        return sorted(name[len(prefix):] for name in self._files
                      if name.startswith(prefix) and "/" not in name[len(prefix):])

    def display(self, path: str) -> str:
        return f"{self.ref}:{path}"


def _git(repo: Path, *args: str) -> str:
    result = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, encoding="utf-8")
    if result.returncode != 0:
        raise DiffInputError(f"git {' '.join(args[:2])} failed: {result.stderr.strip() or result.returncode}")
    return result.stdout


def _git_toplevel(start: Path) -> Path | None:
    if shutil.which("git") is None:
        return None
    result = subprocess.run(["git", "-C", str(start), "rev-parse", "--show-toplevel"],
                            capture_output=True, text=True)
    return Path(result.stdout.strip()) if result.returncode == 0 else None


def _is_commit(repo: Path, ref: str) -> bool:
    result = subprocess.run(["git", "-C", str(repo), "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"],
                            capture_output=True, text=True)
    return result.returncode == 0


def open_spec(spec: str, cwd: Path | None = None) -> tuple[Tree, str]:
    """Turn OLD or NEW as typed into (tree, path inside the tree).

    A path that exists wins; otherwise ``REF`` (a tag, branch or commit: the repository
    root at that commit) or ``REF:path`` (a file or folder at that commit).
    """
    cwd = cwd or Path.cwd()
    local = Path(spec) if Path(spec).is_absolute() else cwd / spec
    if local.exists():
        local = local.resolve()
        if local.is_dir():
            return LocalTree(local), ""
        return LocalTree(local.parent), local.name
    repo = _git_toplevel(cwd)
    ref, _, inner = spec.partition(":")
    if repo is not None and ref and _is_commit(repo, ref):
        tree = GitTree(repo, ref)
        inner = inner.strip("/")
        if inner and not (tree.is_file(inner) or tree.is_dir(inner)):
            raise DiffInputError(f"{spec}: {inner} does not exist at {ref}")
        return tree, inner
    hint = "" if repo is not None else " (and this is not inside a git repository, so it is not a git ref either)"
    raise DiffInputError(f"{spec}: no such file or folder, and not a git tag, branch or commit{hint}")


def _refuse_oversize(name: object, size: int) -> None:
    """Schema and standard files are small; a huge one is a mistake or an attack, never read whole."""
    from ..reading import MAX_DOCUMENT_BYTES

    if size > MAX_DOCUMENT_BYTES:
        raise DiffInputError(f"{name}: {size // 2**20} MiB is over the limit of {MAX_DOCUMENT_BYTES // 2**20} MiB "
                             "for a schema or standard file")
