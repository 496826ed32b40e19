"""Records are judged by the version they claim: its schema, requirement levels and parameters."""

from __future__ import annotations

import json
import shutil

import pytest
import yaml

import ccai_standards
from ccai_standards import standard_versions
from ccai_standards.cli import main
from ccai_standards.validation import Validator
from conftest import ROOT, failing
from generators.examples import OVERTAKEN, check_examples, frozen_example_folders

CURRENT = standard_versions.CURRENT
RELEASED = [v for v in standard_versions.known_versions() if v != CURRENT]
OLDEST = standard_versions.known_versions()[0]


def codes(findings):
    return [f.code for f in findings]


@pytest.fixture
def fake_release(tmp_path, monkeypatch):
    """A copy of the oldest release's frozen artefacts, to change one version without touching the package."""
    folder = tmp_path / "releases"
    shutil.copytree(standard_versions.RELEASED_ARTIFACTS, folder)
    monkeypatch.setattr(standard_versions, "RELEASED_ARTIFACTS", folder)
    standard_versions.known_versions.cache_clear()
    standard_versions._LOADED.clear()
    yield folder / OLDEST
    standard_versions.known_versions.cache_clear()
    standard_versions._LOADED.clear()


def test_the_package_knows_every_release_and_the_current_version():
    versions = standard_versions.known_versions()
    assert CURRENT in versions and RELEASED, "at least one release ships in the package"
    for version in RELEASED:
        folder = standard_versions.RELEASED_ARTIFACTS / version
        for name in ("ccai.schema.json", "schema-index.json", "standard.json", "ccai.context.jsonld",
                     "ccai.shacl.ttl", "ccai.owl.ttl"):
            assert (folder / name).is_file(), (version, name)
        assert json.loads((folder / "schema-index.json").read_text())["version"] == version


@pytest.mark.parametrize("version", list(frozen_example_folders()))
def test_the_frozen_examples_of_every_release_still_behave_as_their_headers_say(version):
    folder = frozen_example_folders()[version]
    assert check_examples(folder, f"{version}/") == []
    claimed = {yaml.safe_load(p.read_text()).get("conforms_to") for p in (folder / "valid").glob("*.yaml")}
    assert claimed == {version}


def test_every_overtaken_expectation_names_a_frozen_example():
    for name in OVERTAKEN:
        version, _, file = name.partition("/")
        assert (ROOT / "releases" / version / "examples" / "invalid" / file).is_file(), name


def test_a_record_claiming_an_old_version_is_judged_by_that_version():
    requirement = yaml.safe_load((ROOT / "standards" / "requirements" / "CCAI-REPLICA-002.yaml").read_text())
    assert requirement.get("parameters"), "the current version names the requirement's parameters"
    old = {**requirement, "conforms_to": OLDEST}
    findings = Validator(refs="off").validate([old])
    if "parameters" not in json.loads((standard_versions.RELEASED_ARTIFACTS / OLDEST / "schema-index.json")
                                      .read_text())["classes"]["Requirement"]["fields"]:
        assert codes(findings) == ["SCHEMA-additionalProperties"]
        assert f"in version {OLDEST}" in findings[0].message
        assert f'conforms_to: "{CURRENT}"' in findings[0].hint and "ccai migrate" in findings[0].hint
    assert Validator(refs="off").validate([requirement]) == []


def test_a_type_that_only_a_newer_version_has_is_named_so(fake_release):
    index = json.loads((fake_release / "schema-index.json").read_text())
    index["document_types"].remove("Estate")
    (fake_release / "schema-index.json").write_text(json.dumps(index))
    estate = yaml.safe_load(next((ROOT / "tests" / "data" / "valid").glob("Estate-*.yaml")).read_text())
    findings = Validator(refs="off").validate([{**estate, "conforms_to": OLDEST}])
    assert codes(findings) == ["SCHEMA-unknown-type"]
    assert f"not a record type of version {OLDEST}" in findings[0].message and CURRENT in findings[0].hint


def test_levels_and_parameters_come_from_the_judged_version_with_one_job_or_two(fake_release, tmp_path):
    standard = json.loads((fake_release / "standard.json").read_text())
    for requirement in standard["requirements"]:
        if requirement["code"] == "CCAI-CONSENT-008":
            requirement["level"] = "should"
        if requirement["code"] == "CCAI-CONSENT-006":
            requirement["parameters"] = {"withdrawal_within_days": 200}
    (fake_release / "standard.json").write_text(json.dumps(standard))
    invalid = ROOT / "tests" / "data" / "invalid"
    for name in ("ConsentRecord-deceased-performer-studio-as-rights-holder.yaml",
                 "ConsentRecord-withdrawal-effective-after-82-days.yaml"):
        text = (invalid / name).read_text().replace(f'conforms_to: "{CURRENT}"', f'conforms_to: "{OLDEST}"')
        (tmp_path / name).write_text(text)
    inputs = [ROOT / "tests" / "data" / "valid", tmp_path]
    one, two = (Validator(jobs=jobs).validate(inputs) for jobs in (1, 2))
    assert [str(f) for f in one] == [str(f) for f in two], "the same findings with one job or two"
    by_code = {f.code: f for f in one}
    assert by_code["CCAI-CONSENT-008"].severity.value == "warning", "the judged version's level"
    assert "CCAI-CONSENT-006" not in by_code, "the judged version's 200 days allow 82"
    now = Validator(as_version=CURRENT).validate(inputs)
    assert {f.code: f.severity.value for f in now}["CCAI-CONSENT-008"] == "error"
    assert "CCAI-CONSENT-006" in codes(now), "--as-version judges by the current 30 days"


def test_a_batch_mixes_versions_and_references_resolve_across_them(tmp_path):
    valid = sorted((ROOT / "tests" / "data" / "valid").glob("*.yaml"))
    old = ROOT / "releases" / OLDEST / "examples" / "valid"
    if not old.is_dir():
        pytest.skip("no frozen examples")
    # the current manifest entries cite consents; judge the consents as the old release
    for path in valid:
        text = path.read_text()
        if text.startswith("#") and "type: ConsentRecord" in text:
            text = text.replace(f'conforms_to: "{CURRENT}"', f'conforms_to: "{OLDEST}"')
        (tmp_path / path.name).write_text(text)
    validator = Validator()
    assert failing(validator.validate([tmp_path])) == []
    assert set(validator.summary.versions) == {OLDEST, CURRENT}


def test_the_summary_names_the_versions_seen(tmp_path, capsys):
    person = {"type": "Person", "id": "https://people.example/a", "name": "A"}
    (tmp_path / "old.json").write_text(json.dumps({**person, "conforms_to": OLDEST}))
    (tmp_path / "new.json").write_text(json.dumps({**person, "id": "https://people.example/b",
                                                   "conforms_to": CURRENT}))
    assert main(["validate", str(tmp_path)]) == 0
    assert f"judged by versions {OLDEST} (1) and {CURRENT} (1)" in capsys.readouterr().out
    assert main(["validate", "--format", "json", str(tmp_path)]) == 0
    assert json.loads(capsys.readouterr().out)["summary"]["versions"] == {OLDEST: 1, CURRENT: 1}
    assert main(["validate", "--as-version", OLDEST, str(tmp_path)]) == 0
    assert f"judged by version {OLDEST}" in capsys.readouterr().out


def test_an_unknown_version_is_a_usage_error_or_a_finding_that_lists_the_known_ones(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["validate", "--as-version", "9.9.9", str(ROOT / "tests" / "data" / "valid")])
    assert stop.value.code == 2 and CURRENT in capsys.readouterr().err
    with pytest.raises(ValueError, match="known versions"):
        Validator(as_version="9.9.9")
    findings = ccai_standards.validate([{"type": "Person", "conforms_to": "9.9.9", "id": "https://p.example/a",
                                         "name": "A"}])
    assert codes(findings) == ["CCAI-CONFORM-004"]
    assert all(v in findings[0].hint for v in standard_versions.known_versions())


@pytest.mark.parametrize("claim", [" 0.1.0", "0.1.0\n", "v0.1.0", 1, 0.1, ["0.1.0"], None, {"v": "0.1.0"}])
def test_odd_claims_are_structural_errors_judged_by_the_current_version(claim):
    record = {"type": "Person", "id": "https://p.example/a", "name": "A", "conforms_to": claim}
    validator = Validator()
    findings = validator.validate([record])
    assert findings and all(f.is_error for f in findings)
    assert validator.summary.versions == {CURRENT: 1}


def test_many_distinct_claims_do_not_grow_a_cache():
    records = [{"type": "Person", "id": f"https://p.example/{i}", "name": "A", "conforms_to": f"7.{i}.0"}
               for i in range(500)]
    Validator().validate(records)
    assert len(standard_versions._LOADED) <= len(standard_versions.known_versions())


def test_json_ld_with_an_old_release_s_context_reads_by_address_or_inline():
    context = json.loads((standard_versions.RELEASED_ARTIFACTS / OLDEST / "ccai.context.jsonld").read_text())
    index = json.loads((standard_versions.RELEASED_ARTIFACTS / OLDEST / "schema-index.json").read_text())
    person = {"@type": "Person", "conforms_to": OLDEST, "@id": "https://p.example/a", "name": "A"}
    for given in (index["artifact_base_url"] + "ccai.context.jsonld", context["@context"]):
        text = json.dumps({"@context": given, **person})
        assert ccai_standards.validate(text) == [], given if isinstance(given, str) else "inline"
