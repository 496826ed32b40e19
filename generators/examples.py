"""Check the example folders by the example contract (docs/architecture.md, "Examples").

* ``tests/data/valid`` is one batch and must give no error or warning (notes, which say
  what a partial batch could not check, never fail a run);
* each file in ``tests/data/invalid`` is checked together with the valid batch (so its
  references resolve) and must give what its header promises: a structural finding for
  ``# expect: schema``, or exactly the finding ``<ID> at <path>``.

The examples each release froze (``releases/<version>/examples/``) are held to the same
contract, judged as the version they claim: records of an old release keep validating as
what they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ccai_standards.findings import Severity
from ccai_standards.standard_versions import known_versions
from ccai_standards.validation import Validator

from . import paths, versioning

_EXPECT = re.compile(r"^#\s*expect:\s*(.+?)\s*$", re.M)
# Frozen invalid examples whose expectation later facts overtook: the reason, and the test of
# whether the fact holds in this checkout. While it holds, the example runs as a strict expected
# failure (one that fails as its header says again must leave this list); otherwise as usual.
OVERTAKEN: dict[str, tuple[str, Callable[[], bool]]] = {
    "0.1.0/Organization-conforms-to-unreleased-version.yaml":
        ("it claims 0.2.0, which did not exist when 0.1.0 was cut", lambda: "0.2.0" in known_versions()),
}


def expectation(text: str) -> str | None:
    match = _EXPECT.search("\n".join(text.splitlines()[:5]))
    return match.group(1) if match else None


def _unmet(path: Path, valid_dir: Path) -> str | None:
    """Why an invalid example does not fail as its header says, or None when it does."""
    expect = expectation(path.read_text(encoding="utf-8"))
    own = [f for f in Validator().validate([valid_dir, path]) if f.location.file.endswith(path.name)]
    if expect is None:
        return "no `# expect:` header"
    if expect == "schema":
        if not any(f.code.startswith("SCHEMA-") and f.is_error for f in own):
            return f"expected a structural error, got {[str(f) for f in own]}"
        return None
    code, _, where = expect.partition(" at ")
    got = [(f.code, f.location.path) for f in own]
    return None if (code.strip(), where.strip()) in got else f"expected {code} at {where}, got {got}"


def check_examples(folder: Path | None = None, label: str = "") -> list[str]:
    """Problems with the examples in `folder` (valid/ and invalid/); empty when they behave as their headers say."""
    folder = folder or paths.EXAMPLES_DIR
    valid_dir = folder / "valid"
    problems = [f"{label}valid batch: {f}" for f in Validator().validate([valid_dir]) if f.severity is not Severity.NOTE]
    for path in sorted((folder / "invalid").glob("*.yaml")):
        unmet = _unmet(path, valid_dir)
        reason, holds = OVERTAKEN.get(f"{label.rstrip('/: ')}/{path.name}", ("", None)) if label else ("", None)
        overtaken = reason if holds is not None and holds() else None
        if overtaken and unmet is None:
            problems.append(f"{label}{path.name} fails as its header says again: remove it from OVERTAKEN")
        elif unmet and not overtaken:
            problems.append(f"{label}{path.name}: {unmet}")
    return problems


def frozen_example_folders(root: Path | None = None) -> dict[str, Path]:
    """{version: releases/<version>/examples} for every release that froze its examples."""
    found = {v: versioning.releases_dir(root) / v / "examples" for v in versioning.released_versions(root)}
    return {v: folder for v, folder in found.items() if folder.is_dir()}


def run() -> int:
    problems = check_examples()
    frozen = frozen_example_folders()
    for version, folder in frozen.items():
        problems += check_examples(folder, f"{version}/")
    for problem in problems:
        print(problem)
    valid = len(list((paths.EXAMPLES_DIR / "valid").glob("*.yaml")))
    invalid = len(list((paths.EXAMPLES_DIR / "invalid").glob("*.yaml")))
    if problems:
        print(f"examples: {len(problems)} problem(s)")
        return 1
    print(f"examples: {valid} valid records validate as one batch; {invalid} invalid records fail as expected"
          + (f"; so do the frozen examples of {', '.join(frozen)}" if frozen else ""))
    return 0
