"""Shared test helpers: the example catalogue and honest handling of optional tools.

A test that needs an optional tool (linkml, pyshacl, chromium…) calls `require(...)`: it
skips with a visible reason on a developer machine, and fails when CI=true, so a missing
dependency can never pass CI silently.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
ARTIFACTS = ROOT / "src" / "ccai_standards" / "artifacts"
IN_CI = os.environ.get("CI", "").lower() == "true"

if str(ROOT) not in sys.path:  # `generators` is run from a checkout, not installed
    sys.path.insert(0, str(ROOT))


def pytest_addoption(parser):
    parser.addoption("--fuzz-seconds", type=float, default=None,
                     help="time budget of the fuzz test (default: 120 with CI=true, 20 otherwise)")


def require(module: str, why: str = ""):
    """Import an optional dependency, or skip (fail in CI) with the reason."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        message = f"{module} is not installed{': ' + why if why else ''} ({exc})"
        if IN_CI:
            pytest.fail(f"CI=true and {message}")
        pytest.skip(message)


def require_npm_package() -> Path:
    """The npm package's folder, with its dependencies installed; skip (fail in CI) without Node."""
    import shutil

    package = ROOT / "npm"
    missing = ("node and npm are not installed" if shutil.which("node") is None or shutil.which("npm") is None else
               "npm/node_modules is missing (run `npm ci` in npm/)" if not (package / "node_modules").exists()
               else None)
    if missing:
        if IN_CI:
            pytest.fail(f"CI=true and {missing}")
        pytest.skip(missing)
    return package


def require_history(why: str) -> None:
    """Skip when this checkout is a shallow clone: the commits that cut the releases are not in it.

    That is the checkout's nature, not a missing tool, so it skips in CI too, saying so.
    """
    import subprocess

    result = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--is-shallow-repository"], capture_output=True,
                            text=True)
    if result.returncode == 0 and result.stdout.strip() == "true":
        pytest.skip(f"this checkout is a shallow clone, without the commits that cut the releases: {why}")


_HEADER = re.compile(r"^#\s*(demonstrates|expect|wrong):\s*(.*?)\s*$")


@dataclass(frozen=True)
class Example:
    path: Path
    valid: bool
    demonstrates: tuple[str, ...]
    expect: str | None  # "schema", or "<REQUIREMENT-ID> at <JSON path>"

    @property
    def record_type(self) -> str:
        return self.path.name.split("-", 1)[0]

    @property
    def expects_schema(self) -> bool:
        return self.expect == "schema"

    @property
    def expected_rule(self) -> tuple[str, str] | None:
        if self.expect and " at " in self.expect:
            code, path = self.expect.split(" at ", 1)
            return code.strip(), path.strip()
        return None

    def __str__(self) -> str:
        return f"{'valid' if self.valid else 'invalid'}/{self.path.name}"


def read_example(path: Path) -> Example:
    headers: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _HEADER.match(line)
        if not match:
            if line.startswith("#"):
                continue
            break
        headers[match.group(1)] = match.group(2)
    demonstrates = headers.get("demonstrates", "")
    ids = tuple(x.strip() for x in demonstrates.split(",") if x.strip() and x.strip() != "-")
    return Example(path, path.parent.name == "valid", ids, headers.get("expect"))


def examples(kind: str | None = None) -> list[Example]:
    folders = ["valid", "invalid"] if kind is None else [kind]
    return [read_example(p) for folder in folders for p in sorted((DATA / folder).glob("*.yaml"))]


def load_record(path: Path):
    """Parse an example with the package's own strict reader (timestamps stay strings)."""
    from ccai_standards.document import Document
    from ccai_standards.reading.parsers import parse_bytes

    (document,) = [d for d in parse_bytes(path.read_bytes(), str(path), "yaml") if isinstance(d, Document)]
    return document.data


def failing(findings) -> list:
    """The findings that fail a run: errors and warnings, not the notes that say what a batch could not check."""
    from ccai_standards.findings import Severity

    return [f for f in findings if f.severity is not Severity.NOTE]
