"""The standard is data, traced to the schema and to the examples (issue: the standard itself).

* every requirement file is a valid Requirement record, named by its stable id;
* every requirement names schema elements that exist, and every document type is governed;
* every machine-checkable requirement has a rule, examples that meet it and break it, and
  every rule belongs to a machine-checkable requirement;
* every other requirement says in one sentence why a machine cannot check it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from conftest import ARTIFACTS, DATA, ROOT, examples, failing

STANDARDS = ROOT / "standards"
REQUIREMENT_FILES = sorted((STANDARDS / "requirements").glob("*.yaml"))
REQUIREMENTS = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in REQUIREMENT_FILES}
STANDARD = yaml.safe_load((STANDARDS / "standard.yaml").read_text(encoding="utf-8"))
INDEX = json.loads((ARTIFACTS / "schema-index.json").read_text(encoding="utf-8"))
CHECKABLE = sorted(code for code, r in REQUIREMENTS.items() if r["machine_checkable"])
PILLARS = ["transparency_consent_compensation", "job_protection", "guardrails", "human_creativity"]


def test_standard_and_requirements_are_valid_records():
    from ccai_standards.validation import Validator

    findings = Validator().validate([STANDARDS])
    assert [str(f) for f in findings] == []


def test_requirement_files_are_named_by_their_stable_id():
    for path in REQUIREMENT_FILES:
        record = REQUIREMENTS[path.stem]
        assert record["requirement_code"] == path.stem
        assert record["id"] == f"https://w3id.org/ccai/requirements/{path.stem}"
    codes = [r["requirement_code"] for r in REQUIREMENTS.values()]
    assert len(codes) == len(set(codes))


def test_standard_version_is_the_schema_version():
    schema_version = yaml.safe_load((ROOT / "schema" / "ccai.yaml").read_text())["version"]
    assert STANDARD["standard_version"] == schema_version
    assert STANDARD["version_policy"].strip()


def test_coverage_of_the_four_pillars():
    active = [r for r in REQUIREMENTS.values() if r["requirement_status"] == "active"]
    assert len(active) >= 40
    per_pillar = Counter(r["pillar"] for r in active)
    checkable = Counter(r["pillar"] for r in active if r["machine_checkable"])
    assert sum(checkable.values()) >= 15
    for pillar in PILLARS:
        assert per_pillar[pillar] >= 6, (pillar, per_pillar[pillar])
        assert checkable[pillar] >= 2, (pillar, checkable[pillar])
    assert {p["pillar"] for p in STANDARD["pillars"]} == set(PILLARS)


def _element_exists(element: str) -> bool:
    head, _, tail = element.partition(".")
    if head in INDEX["enums"]:
        return not tail or tail in INDEX["enums"][head]
    if head == "Document":
        return not tail or tail in INDEX["classes"]["Person"]["fields"]
    classes = INDEX["classes"]
    abstract_users = [c for c, info in classes.items() if head in info["ancestors"]]
    if head not in classes and not abstract_users:
        return False
    owners = [head] if head in classes else abstract_users
    return not tail or all(tail in classes[c]["fields"] for c in owners)


@pytest.mark.parametrize("code", sorted(REQUIREMENTS))
def test_requirement_names_schema_elements_that_exist(code):
    missing = [e for e in REQUIREMENTS[code]["carried_by"] if not _element_exists(e)]
    assert missing == [], f"{code} names elements the schema does not have: {missing}"


def test_every_document_type_is_governed_by_a_requirement():
    governed = set()
    for record in REQUIREMENTS.values():
        for element in record["carried_by"]:
            head = element.split(".")[0]
            governed.add(head)
            governed.update(c for c, info in INDEX["classes"].items() if head in info["ancestors"])
    assert sorted(set(INDEX["document_types"]) - governed) == []


@pytest.mark.parametrize("code", sorted(REQUIREMENTS))
def test_checkability_is_explained(code):
    record = REQUIREMENTS[code]
    if record["machine_checkable"]:
        assert record.get("check_description", "").strip(), f"{code} must describe its check"
        assert "not_checkable_reason" not in record
    else:
        reason = " ".join(record.get("not_checkable_reason", "").split())
        assert reason, f"{code} must say why a machine cannot check it"
        assert reason.endswith(".") and not re.search(r"\.\s+[A-Z]", reason), f"{code}: one sentence, please: {reason}"


def test_every_checkable_requirement_has_a_rule_and_every_rule_a_requirement():
    from ccai_standards.rules import CROSS_RULES, LOCAL_RULES, load_all

    load_all()
    rules = set(LOCAL_RULES) | set(CROSS_RULES)
    assert sorted(set(CHECKABLE) - rules) == [], "machine-checkable requirements without a rule"
    assert sorted(rules - set(CHECKABLE)) == [], "rules without a machine-checkable requirement"


@pytest.mark.parametrize("code", CHECKABLE)
def test_checkable_requirement_is_demonstrated_both_ways(code):
    valid = [e for e in examples("valid") if code in e.demonstrates]
    invalid = [e for e in examples("invalid") if code in e.demonstrates]
    assert valid, f"no valid example says `# demonstrates: {code}`"
    assert invalid, f"no invalid example says `# demonstrates: {code}`"
    assert any(e.expected_rule and e.expected_rule[0] == code for e in invalid), \
        f"no invalid example says `# expect: {code} at <path>`"


RULE_EXAMPLES = [e for e in examples("invalid") if e.expected_rule]


@pytest.mark.parametrize("example", RULE_EXAMPLES, ids=str)
def test_invalid_example_gets_exactly_its_finding(example):
    from ccai_standards.validation import Validator

    code, path = example.expected_rule
    findings = [f for f in Validator().validate([DATA / "valid", example.path])
                if Path(f.location.file).name == example.path.name]
    assert [(f.code, f.location.path) for f in failing(findings) if f.code == code] == [(code, path)]
    others = [str(f) for f in findings if f.code != code and f.is_error]
    assert others == [], "the example must break only the rule it demonstrates"


def test_valid_examples_break_no_rule():
    from ccai_standards.validation import Validator

    findings = Validator().validate([DATA / "valid"])
    assert [str(f) for f in failing(findings)] == []


def test_withdrawn_requirements_keep_their_files():
    for snapshot in sorted((ROOT / "releases").glob("*.requirements.yaml")):
        released = yaml.safe_load(snapshot.read_text(encoding="utf-8"))
        for record in released.get("requirements", []):
            assert record["requirement_code"] in REQUIREMENTS, \
                f"{record['requirement_code']} was released in {snapshot.name}; mark it withdrawn instead of deleting it"
