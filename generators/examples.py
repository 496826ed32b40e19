"""Check the example folders by the example contract (docs/architecture.md, "Examples").

* ``tests/data/valid`` is one batch and must give no finding at all;
* each file in ``tests/data/invalid`` is checked together with the valid batch (so its
  references resolve) and must give what its header promises: a structural finding for
  ``# expect: schema``, or exactly the finding ``<ID> at <path>``.
"""

from __future__ import annotations

import re

from ccai_standards.validation import Validator

from . import paths

_EXPECT = re.compile(r"^#\s*expect:\s*(.+?)\s*$", re.M)


def expectation(text: str) -> str | None:
    match = _EXPECT.search("\n".join(text.splitlines()[:5]))
    return match.group(1) if match else None


def check_examples() -> list[str]:
    """Problems with the examples; empty when they all behave as their headers say."""
    valid_dir = paths.EXAMPLES_DIR / "valid"
    problems = [f"valid batch: {f}" for f in Validator().validate([valid_dir])]
    for path in sorted((paths.EXAMPLES_DIR / "invalid").glob("*.yaml")):
        expect = expectation(path.read_text(encoding="utf-8"))
        own = [f for f in Validator().validate([valid_dir, path]) if f.location.file.endswith(path.name)]
        if expect is None:
            problems.append(f"{path.name}: no `# expect:` header")
        elif expect == "schema":
            if not any(f.code.startswith("SCHEMA-") and f.is_error for f in own):
                problems.append(f"{path.name}: expected a structural error, got {[str(f) for f in own]}")
        else:
            code, _, where = expect.partition(" at ")
            got = [(f.code, f.location.path) for f in own]
            if (code.strip(), where.strip()) not in got:
                problems.append(f"{path.name}: expected {code} at {where}, got {got}")
    return problems


def run() -> int:
    problems = check_examples()
    for problem in problems:
        print(problem)
    valid = len(list((paths.EXAMPLES_DIR / "valid").glob("*.yaml")))
    invalid = len(list((paths.EXAMPLES_DIR / "invalid").glob("*.yaml")))
    if problems:
        print(f"examples: {len(problems)} problem(s)")
        return 1
    print(f"examples: {valid} valid records validate as one batch; {invalid} invalid records fail as expected")
    return 0
