"""All five validators agree on every example: valid ones pass everywhere, and every
`# expect: schema` example is rejected everywhere (docs/architecture.md, "Examples")."""

from __future__ import annotations

import pytest
import yaml

from conftest import DATA, ROOT, examples, load_record
from validators import ALL

KNOWN_SHACL_GAPS = yaml.safe_load((ROOT / "tests" / "shacl_known_gaps.yaml").read_text(encoding="utf-8")) or {}

VALID = examples("valid")
SCHEMA_INVALID = [e for e in examples("invalid") if e.expects_schema]


def _params(items, validators):
    params = []
    for example in items:
        for validator in validators:
            marks = []
            if validator.name == "shacl" and example.path.name in KNOWN_SHACL_GAPS:
                marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_SHACL_GAPS[example.path.name]))
            params.append(pytest.param(example, validator, id=f"{validator.name}:{example}", marks=marks))
    return params


@pytest.mark.parametrize(("example", "validator"), _params(VALID, ALL))
def test_valid_example_accepted(example, validator):
    problems = validator.check(load_record(example.path))
    assert problems == [], f"{validator.name} rejects {example}: {problems}"


@pytest.mark.parametrize(("example", "validator"), _params(SCHEMA_INVALID, ALL))
def test_schema_invalid_example_rejected(example, validator):
    problems = validator.check(load_record(example.path))
    assert problems, f"{validator.name} accepts {example}, which says `# expect: schema`"


def test_every_document_type_has_enough_examples():
    import json

    index = json.loads((ROOT / "src/ccai_standards/artifacts/schema-index.json").read_text())
    for record_type in index["document_types"]:
        valid = [e for e in VALID if e.record_type == record_type]
        invalid = [e for e in SCHEMA_INVALID if e.record_type == record_type]
        assert len(valid) >= 2, f"{record_type}: {len(valid)} valid example(s), need 2"
        assert len(invalid) >= 2, f"{record_type}: {len(invalid)} `expect: schema` example(s), need 2"


def test_known_gaps_name_real_examples():
    for name in KNOWN_SHACL_GAPS:
        assert (DATA / "invalid" / name).exists(), f"shacl_known_gaps.yaml names a missing example: {name}"
