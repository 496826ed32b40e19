"""The Python API: every input kind, the async form, typed signatures, and the guide's examples."""

from __future__ import annotations

import asyncio
import doctest
import inspect
import io
import json
import multiprocessing
import subprocess
import sys

import pytest

import ccai_standards
from ccai_standards.findings import Finding, Location
from ccai_standards.links import requirement_url
from ccai_standards.reading import UsageError
from conftest import ROOT, require


EXAMPLES = ROOT / "docs" / "examples"
TYPO = EXAMPLES / "maya-typo.yaml"
TUTORIAL = EXAMPLES / "tutorial"


def codes(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(f.code, f.location.path) for f in findings]


def test_binary_and_text_file_objects_read_like_the_file():
    expected = codes(ccai_standards.validate(TYPO))
    assert expected, "the typo example must give a finding"
    with open(TYPO, "rb") as binary:
        found = ccai_standards.validate(binary)
        assert not binary.closed, "the caller's file is left open"
    assert codes(found) == expected
    assert found[0].location.file == str(TYPO) and found[0].location.line == 5
    with open(TYPO, encoding="utf-8") as text:
        assert codes(ccai_standards.validate(text)) == expected
    assert codes(ccai_standards.validate(io.BytesIO(TYPO.read_bytes()))) == expected
    assert ccai_standards.validate(io.BytesIO(TYPO.read_bytes()))[0].location.file == "<file>"


def test_file_objects_in_one_batch_resolve_references_between_them():
    files = [open(p, "rb") for p in sorted(TUTORIAL.iterdir())]
    try:
        assert codes(ccai_standards.validate(files)) == codes(ccai_standards.validate(sorted(TUTORIAL.iterdir())))
    finally:
        for f in files:
            f.close()


def test_a_parquet_file_object_is_read_by_its_magic_bytes(tmp_path):
    require("pyarrow", "Parquet input")
    out = tmp_path / "people.parquet"
    run = subprocess.run([sys.executable, "-m", "ccai_standards.cli", "convert", "--to", "parquet",
                          str(EXAMPLES / "maya.yaml"), "-o", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    with open(out, "rb") as f:
        assert ccai_standards.validate(f) == []


def test_a_closed_or_unreadable_file_is_a_usage_error_not_a_traceback():
    closed = open(TYPO, "rb")
    closed.close()
    with pytest.raises(UsageError, match="cannot be read"):
        ccai_standards.validate(closed)

    class Odd:
        name = "odd"

        def read(self):
            return 42

    with pytest.raises(UsageError, match="not bytes or str"):
        ccai_standards.validate(Odd())


def test_typed_models_are_records():
    require("pydantic", "typed records")
    maya, = ccai_standards.load(EXAMPLES / "maya.yaml")
    assert ccai_standards.validate(maya) == []
    assert ccai_standards.validate([maya, {"type": "Person", "conforms_to": "0.2.0", "id": "https://x.example/p",
                                           "name": "P"}]) == []
    # A model built without validation is judged by what it holds, never waved through.
    broken = type(maya).model_construct(**{**maya.model_dump(), "roles": ["voice actor"]})
    found = ccai_standards.validate(broken)
    assert [f.code for f in found] == ["SCHEMA-enum"]
    # Two models with one id in a batch are a duplicate: each is its own record.
    assert [f.code for f in ccai_standards.validate([maya, maya])] == ["REF-duplicate-id"]


def test_a_model_is_one_input_although_pydantic_models_iterate():
    require("pydantic", "typed records")
    maya, = ccai_standards.load(EXAMPLES / "maya.yaml")
    assert list(iter(maya)), "pydantic models iterate over their fields"
    assert ccai_standards.validate(maya) == []


def test_aiter_findings_gives_what_iter_findings_gives():
    async def collect() -> list[Finding]:
        return [f async for f in ccai_standards.aiter_findings(TUTORIAL)]

    expected = ccai_standards.validate(TUTORIAL)
    assert len(expected) > 3
    assert asyncio.run(collect()) == expected

    async def small_batches() -> list[Finding]:
        validator = ccai_standards.Validator()
        return [f async for f in validator.aiter_findings(TUTORIAL, batch=1)]

    assert asyncio.run(small_batches()) == expected


def test_leaving_aiter_findings_early_closes_the_workers():
    async def first() -> Finding:
        validator = ccai_standards.Validator(jobs=2)
        stream = validator.aiter_findings(TUTORIAL, batch=1)
        async for finding in stream:
            await stream.aclose()
            return finding
        raise AssertionError("no finding")

    assert asyncio.run(first()).code
    assert multiprocessing.active_children() == []


def test_aiter_findings_does_not_block_the_event_loop():
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    async def main() -> int:
        task = asyncio.create_task(ticker())
        found = [f async for f in ccai_standards.aiter_findings([TUTORIAL] * 20)]
        task.cancel()
        return len(found)

    assert asyncio.run(main()) > 0
    assert ticks > 1, "the loop ran other tasks while the batch was checked"


def test_findings_carry_the_version_they_were_judged_by():
    (finding,) = ccai_standards.validate(TYPO)
    assert finding.version == "0.2.0"
    old = TYPO.read_text(encoding="utf-8").replace('conforms_to: "0.2.0"', 'conforms_to: "0.1.0"')
    assert [f.version for f in ccai_standards.validate(old)] == ["0.1.0"]
    rules = ccai_standards.validate(TUTORIAL)
    assert {f.version for f in rules if f.code.startswith("CCAI-")} == {"0.2.0"}
    assert {f.version for f in rules if f.code.startswith("REF-")} == {None}


def test_requirement_links_follow_each_versions_site():
    from generators.standard_pages import requirement_page_path

    assert requirement_url("CCAI-CONSENT-003", "0.2.0").endswith(
        "/0.2.0/" + requirement_page_path("CCAI-CONSENT-003").removesuffix(".md") + "/")
    assert requirement_url("CCAI-CONSENT-003", "0.1.0") == (
        "https://w3id.org/ccai/schema/0.1.0/standard/transparency-consent-compensation/#CCAI-CONSENT-003")
    assert requirement_url("SCHEMA-enum", "0.2.0") is None
    assert requirement_url("CCAI-NOT-A-CODE") is None


def test_json_and_sarif_output_give_version_and_link(tmp_path):
    record = tmp_path / "draft.yaml"
    record.write_text((TUTORIAL / "disclosure-draft.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "ccai_standards.cli", "validate", "--format", "json", str(record)],
                         capture_output=True, text=True)
    findings = json.loads(run.stdout)["findings"]
    requirement = next(f for f in findings if f["code"].startswith("CCAI-"))
    assert requirement["version"] == "0.2.0"
    assert requirement["url"] == requirement_url(requirement["code"], "0.2.0")
    sarif = subprocess.run([sys.executable, "-m", "ccai_standards.cli", "validate", "--format", "sarif", str(record)],
                           capture_output=True, text=True)
    log = json.loads(sarif.stdout)
    rule = next(r for r in log["runs"][0]["tool"]["driver"]["rules"] if r["id"] == requirement["code"])
    assert rule["helpUri"] == requirement["url"]
    result = next(r for r in log["runs"][0]["results"] if r["ruleId"] == requirement["code"])
    assert result["properties"]["standardVersion"] == "0.2.0"
    assert result["properties"]["hint"] and result["properties"]["hint"] not in result["message"]["text"]


def _public_callables():
    for name in ccai_standards.__all__:
        value = getattr(ccai_standards, name)
        if inspect.isfunction(value):
            yield name, value
    for name, value in inspect.getmembers(ccai_standards.Validator, inspect.isfunction):
        if not name.startswith("_") or name == "__init__":
            yield f"Validator.{name}", value


@pytest.mark.parametrize("name,function", list(_public_callables()), ids=lambda v: v if isinstance(v, str) else "")


def test_every_public_function_is_typed(name, function):
    hints = inspect.signature(function)
    missing = [p.name for p in hints.parameters.values()
               if p.name != "self" and p.annotation is inspect.Parameter.empty]
    assert not missing, f"{name}: parameters without a type: {missing}"
    assert hints.return_annotation is not inspect.Signature.empty, f"{name} has no return type"


def test_finding_fields_are_typed():
    for cls in (Finding, Location):
        for field in cls.__dataclass_fields__.values():
            assert field.type and field.type != "Any", f"{cls.__name__}.{field.name} has no precise type"


@pytest.mark.slow


def test_mypy_reads_the_packages_types(tmp_path):
    require("mypy", "checks that py.typed ships and the API is typed")
    assert (ROOT / "src" / "ccai_standards" / "py.typed").exists()
    user = tmp_path / "user.py"
    user.write_text(
        "from pathlib import Path\n"
        "import ccai_standards\n"
        "from ccai_standards import Finding, Validator\n"
        "found: list[Finding] = ccai_standards.validate([Path('records')])\n"
        "line: int | None = found[0].location.line\n"
        "version: str | None = found[0].version\n"
        "async def stream() -> list[str]:\n"
        "    return [f.code async for f in Validator(jobs=2).aiter_findings(Path('x'))]\n"
        "wrong: int = ccai_standards.validate(Path('x'))\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--no-incremental",
                          "--cache-dir", str(tmp_path / "cache"), str(user)], capture_output=True, text=True)
    # The one deliberate mistake is found, and nothing else: the package's types are seen.
    assert run.stdout.count("error:") == 1, run.stdout
    assert "user.py:9" in run.stdout and 'incompatible types in assignment' in run.stdout.lower(), run.stdout


def test_the_api_guide_runs(monkeypatch):
    require("pydantic", "the guide loads typed records")
    monkeypatch.chdir(EXAMPLES)
    guide = ROOT / "docs" / "guides" / "python-api.md"
    result = doctest.testfile(str(guide), module_relative=False, report=True,
                              optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 15
    assert result.failed == 0, f"{result.failed} example(s) of the guide give other output"
