"""Each defect found by mutated records, signals and converters at their limits, held by a test.

The tests go through the public doors (the `ccai` command, `validate`, `convert`, `load`)
wherever they can, so that they hold whatever the code behind them becomes.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from conftest import DATA, ROOT

import ccai_standards
from ccai_standards.cli import main
from ccai_standards.findings import InputError
from ccai_standards.reading import STDIN, chunks

PERSON = {"type": "Person", "conforms_to": "0.1.0", "id": "https://ids.example/people/a", "name": "A"}
CONSENT = DATA / "valid" / "ConsentRecord-voice-actor-generative-training.yaml"


def ccai(*args: str, stdin: bytes | None = None, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "ccai_standards.cli", *args], input=stdin, capture_output=True,
                            timeout=timeout, **kwargs)
    assert b"Traceback" not in result.stderr + result.stdout, result.stderr.decode()
    return result


def codes(findings) -> list[str]:
    return [f.code for f in findings]


def consent(**changes) -> dict:
    record = yaml.safe_load(CONSENT.read_text())
    record.update(changes)
    return record


# -- silently accepted, changed or lost ----------------------------------------------------------


def test_convert_refuses_stdin_over_the_limit_instead_of_converting_a_prefix(monkeypatch, capsys):
    monkeypatch.setattr(chunks, "MAX_FILE_BYTES", 64)
    text = json.dumps(PERSON).encode() + b" " * 100
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
    assert main(["convert", "--to", "jsonld"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "over the limit" in captured.err


def test_import_refuses_stdin_over_the_limit(monkeypatch, capsys):
    from ccai_standards import reading

    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 10)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'[{"location": "/", "tdm-reservation": 1}]')))
    assert main(["convert", "--from", "tdmrep", "--to", "ccai", "--declared-by", "https://x.example/a"]) == 2
    assert "nothing was converted" in capsys.readouterr().err


@pytest.mark.slow
def test_convert_refuses_a_real_stdin_of_the_limit_plus_one_byte():
    from ccai_standards.reading import MAX_FILE_BYTES

    head = json.dumps(PERSON).encode()
    result = ccai("convert", "--to", "jsonld", stdin=head + b" " * (MAX_FILE_BYTES + 1 - len(head)), timeout=120)
    assert result.returncode == 2 and result.stdout == b""


@pytest.mark.parametrize("line", [
    b'{"type":"Person","conforms_to":"0.1.0","id":"https://i.example/a","name" :"A","name":"B"}',
    b'{"type":"Person","conforms_to":"0.1.0","id":"https://i.example/a","name":"A","na\\u006de":"B"}',
    b'{"type":"Person","conforms_to":"0.1.0","id":"https://i.example/a","name":"A:\\u003a","name":"B"}',
    b'{"type": "Person", "conforms_to": "0.1.0", "id": "https://i.example/a", "name": "A", "name": "B"}',
    b'{"type":"Person","conforms_to":"0.1.0","id":"https://i.example/a","name":"x\\u0022","name":"B"}',
    b'{"type":"Person","conforms_to":"0.1.0","id":"https://i.example/a","name":"A","alias":{"a":1,"a" : 2}}',
])
def test_json_lines_refuse_duplicate_keys_as_json_does(line):
    as_lines = ccai_standards.validate([line + b"\n" + json.dumps(PERSON).encode()])
    as_json = ccai_standards.validate([line])
    assert "INPUT-duplicate-key" in codes(as_lines)
    assert "INPUT-duplicate-key" in codes(as_json)


def test_json_lines_fast_path_agrees_with_the_strict_reader_on_random_lines():
    hypothesis = pytest.importorskip("hypothesis")
    from hypothesis import strategies as st

    from ccai_standards.document import Document
    from ccai_standards.reading.parsers import parse_json_line, parse_json_text

    keys = st.sampled_from(["a", "b", "a:b", 'q"', "\u00e9", "n\\u006d"])
    scalars = st.one_of(st.integers(-2**70, 2**70), st.text(alphabet=':"\\ab\u00e9{}[],', max_size=6),
                        st.booleans(), st.none())
    values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                          | st.lists(st.tuples(keys, inner), max_size=3), max_leaves=8)

    def render(value, spaced):
        sep = ", " if spaced else ","
        colon = " : " if spaced else ":"
        if isinstance(value, list) and value and all(isinstance(v, tuple) for v in value):
            return "{" + sep.join(json.dumps(k) + colon + render(v, spaced) for k, v in value) + "}"
        if isinstance(value, list):
            return "[" + sep.join(render(v, spaced) for v in value) + "]"
        return json.dumps(value)

    @hypothesis.given(st.lists(st.tuples(keys, values), min_size=1, max_size=4), st.booleans())
    @hypothesis.settings(max_examples=300, deadline=None)
    def agree(pairs, spaced):
        raw = render(pairs, spaced).encode()
        fast = parse_json_line(raw, "x", 0, 1)
        strict = parse_json_text(raw.decode(), "x", 0, 1)
        assert type(fast) is type(strict), raw
        if isinstance(fast, Document):
            assert fast.data == strict.data
        else:
            assert fast.code == strict.code

    agree()


def test_leap_second_and_year_zero_keep_the_date_rules_on():
    leap = consent(valid_from="2016-12-31T23:59:60Z", valid_until="2016-06-30T23:59:60Z")
    assert "CCAI-CONSENT-004" in codes(ccai_standards.validate(leap, refs="off"))
    year_zero = consent(valid_from="0000-06-01T00:00:00Z", valid_until="0000-03-01T00:00:00Z")
    assert "CCAI-CONSENT-004" in codes(ccai_standards.validate(year_zero, refs="off"))


def test_dates_at_the_end_of_year_9999_are_judged_not_crashed():
    late = consent(valid_from="9999-12-31T20:00:00-05:00", valid_until="9999-12-31T23:59:59-05:00")
    findings = ccai_standards.validate(late, refs="off")
    assert not [f for f in findings if f.code.startswith("INTERNAL")], findings
    reversed_late = consent(valid_from="9999-12-31T23:59:59-05:00", valid_until="9999-12-31T20:00:00-05:00")
    assert "CCAI-CONSENT-004" in codes(ccai_standards.validate(reversed_late, refs="off"))


@pytest.mark.parametrize(("text", "value"), [("012", 12), ("08", 8), ("0o12", 10), ("0x1F", 31), ("-007", -7)])
def test_yaml_integers_follow_the_yaml_1_2_core_schema(text, value):
    from ccai_standards.reading import read

    (document,) = list(read(f"n: {text}\n"))
    assert document.data == {"n": value}


def test_an_isni_written_unquoted_by_safe_dump_is_a_clear_type_finding():
    record = {"type": "Person", "conforms_to": "0.1.0", "id": "https://i.example/a", "name": "A",
              "isni": "0000000122819550"}
    text = yaml.safe_dump(record)
    assert "isni: 0000000122819550" in text  # YAML 1.1 writes it bare: under YAML 1.2 it is a number
    (finding,) = ccai_standards.validate(text)
    assert finding.code == "SCHEMA-type" and finding.location.path == "$.isni"


@pytest.mark.parametrize("tagged", ["!!int abc", "!!int 1_000", "!!bool maybe", "!!bool yes", "!!float x",
                                    "!!map x", "!!seq x", "!!int 0x"])
def test_explicit_yaml_tags_cannot_smuggle_values_past_the_core_schema(tagged):
    text = f'type: Person\nconforms_to: "0.1.0"\nid: https://i.example/a\nname: A\nalternate_names: [{tagged}]\n'
    assert [f.code for f in ccai_standards.validate(text)] in (["INPUT-yaml-tag"], ["INPUT-syntax"])


def test_yaml_merge_keys_are_plain_keys():
    text = 'type: Person\nconforms_to: "0.1.0"\nid: https://i.example/a\n<<: {name: A}\n'
    assert "SCHEMA-additionalProperties" in codes(ccai_standards.validate(text))


@pytest.mark.parametrize("clash", [{"@type": "Person"}, {"@id": "https://i.example/b"}])
def test_json_ld_keywords_beside_their_plain_names_are_refused(clash):
    record = {"@context": "https://w3id.org/ccai/schema/0.1.0/ccai.context.jsonld", **PERSON, **clash}
    assert codes(ccai_standards.validate(record)) == ["INPUT-jsonld-keyword"]


def test_a_foreign_json_ld_context_is_refused_and_the_ccai_one_accepted():
    foreign = {"@context": {"name": "http://evil.example/notAName"}, **PERSON}
    assert codes(ccai_standards.validate(foreign)) == ["INPUT-jsonld-context"]
    ours = {"@context": "https://w3id.org/ccai/schema/0.1.0/ccai.context.jsonld", **PERSON}
    assert ccai_standards.validate(ours) == []


def test_folder_walk_reads_upper_case_suffixes_follows_linked_folders_and_reports_skips(tmp_path):
    folder = tmp_path / "records"
    (folder / "sub").mkdir(parents=True)
    other = tmp_path / "elsewhere"
    other.mkdir()
    (folder / "A.YAML").write_text(yaml.safe_dump(PERSON | {"id": "https://i.example/1"}))
    (other / "b.Json").write_text(json.dumps(PERSON | {"id": "https://i.example/2"}))
    (folder / "sub" / "linked").symlink_to(other, target_is_directory=True)
    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "notes.txt").write_text("not a record")
    result = ccai("validate", "--format", "json", str(folder))
    report = json.loads(result.stdout)
    assert report["summary"]["documents"] == 2, report
    found = {(f["code"], Path(f["location"]["file"]).name) for f in report["findings"]}
    assert ("INPUT-link-loop", "loop") in found
    assert ("INPUT-skipped", "notes.txt") in found
    assert result.returncode == 0  # a note or a loop warning does not fail the run
    assert ccai("validate", "--strict", str(folder)).returncode == 1  # … unless warnings count


def test_a_run_that_checked_nothing_exits_2_unless_allowed(tmp_path):
    (tmp_path / "README.md").write_text("no records here")
    result = ccai("validate", str(tmp_path))
    assert result.returncode == 2 and b"no document was checked" in result.stderr
    assert ccai("validate", "--allow-empty", str(tmp_path)).returncode == 0


def test_a_closed_stdout_exits_141_not_0(tmp_path):
    many = tmp_path / "many.jsonl"
    many.write_text("".join(json.dumps({"type": "Person", "id": f"x{n}"}) + "\n" for n in range(3000)))
    command = f"{sys.executable} -m ccai_standards.cli validate {many} | head -c 100 >/dev/null; " \
              "echo ${PIPESTATUS[0]}"
    result = subprocess.run(["bash", "-c", command], capture_output=True, timeout=120)
    assert result.stdout.decode().strip() == "141", result.stderr.decode()
    assert b"Traceback" not in result.stderr


def test_a_full_disk_on_stdout_exits_2_with_a_message():
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "ccai_standards.cli", "validate", str(DATA / "invalid")],
                                stdout=full, stderr=subprocess.PIPE, timeout=120)
    assert result.returncode == 2
    assert b"cannot write the output" in result.stderr and b"Traceback" not in result.stderr


def test_an_empty_record_does_not_convert_to_json_ld():
    with pytest.raises(ccai_standards.convert.ConversionError, match="no `type`"):
        ccai_standards.convert.convert({}, to="jsonld")


def test_an_invalid_record_converts_to_json_ld_only_with_a_warning():
    result = ccai_standards.convert.convert(PERSON | {"name": 5}, to="jsonld")
    assert [w.code for w in result.warnings] == ["invalid-record"]


# -- tracebacks -----------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [["Person"], {"a": "Person"}, 5, True])
def test_a_type_that_is_not_text_is_a_finding(value):
    (finding,) = ccai_standards.validate(PERSON | {"type": value})
    assert finding.code == "SCHEMA-type" and finding.location.path == "$.type"


@pytest.mark.parametrize("text", [
    '{"type": "Person", "n": ' + "9" * 4301 + "}",
    "type: Person\nn: " + "9" * 4301 + "\n",
    '{"type": "Person", "n": 123456789012345678901234567890}',
    '{"type": "Person", "n": 1e400}',
])
def test_huge_numbers_are_input_findings(text):
    findings = ccai_standards.validate(text)
    assert codes(findings) == ["INPUT-number"], findings


def test_a_lone_surrogate_is_an_input_finding():
    assert codes(ccai_standards.validate('{"type": "Person", "name": "\\ud800"}')) == ["INPUT-encoding"]
    line = b'{"type": "Person", "name": "\\udc00x"}\n' + json.dumps(PERSON).encode()
    assert "INPUT-encoding" in codes(ccai_standards.validate(line))


def test_turtle_export_of_an_id_rdflib_cannot_write_is_a_conversion_error():
    with pytest.raises(ccai_standards.convert.ConversionError):
        ccai_standards.convert.convert(PERSON | {"id": "https://i.example/a b<>"}, to="turtle")


BOMB = "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
DEEP = "[" * 100000 + "]" * 100000


@pytest.mark.parametrize("source", ["cawg", "tdmrep"])
@pytest.mark.parametrize("text", [BOMB, DEEP, '{"a": ' + "9" * 5000 + "}", '{"a": 1e999}', '{"a": 1, "a": 2}'])
def test_importers_refuse_hostile_documents_with_a_conversion_error(source, text):
    with pytest.raises(ccai_standards.convert.ConversionError):
        ccai_standards.convert.convert(text, frm=source, to="ccai", declared_by="https://x.example/a")


def test_diff_refuses_alias_bombs_and_oversized_files(tmp_path):
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("id: https://x\n" + BOMB)
    result = ccai("diff", str(bomb), str(bomb))
    assert result.returncode == 2 and b"alias" in result.stderr
    from ccai_standards.reading import MAX_DOCUMENT_BYTES

    big = tmp_path / "big.yaml"
    big.write_bytes(b"id: https://x\n" + b"#" * (MAX_DOCUMENT_BYTES + 1) + b"\n")
    result = ccai("diff", str(big), str(big))
    assert result.returncode == 2 and b"over the limit" in result.stderr


def test_stdin_over_the_limit_is_refused_not_read_until_memory_runs_out(monkeypatch):
    monkeypatch.setattr(chunks, "MAX_FILE_BYTES", 100)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(yaml.safe_dump(PERSON).encode() * 10)))
    assert codes(ccai_standards.validate(STDIN)) == ["INPUT-too-large"]


def test_a_json_lines_line_over_the_limit_is_reported_and_the_rest_still_read(monkeypatch):
    from ccai_standards.reading import parsers

    monkeypatch.setattr(chunks, "MAX_DOCUMENT_BYTES", 1000)
    monkeypatch.setattr(chunks, "BLOCK_BYTES", 256)
    monkeypatch.setattr(parsers, "MAX_DOCUMENT_BYTES", 1000)
    good = json.dumps(PERSON).encode()
    huge = json.dumps(PERSON | {"id": "https://i.example/huge", "name": "x" * 5000}).encode()
    text = good.replace(b"/a", b"/1") + b"\n" + huge + b"\n" + good.replace(b"/a", b"/3") + b"\n"
    findings = ccai_standards.validate(text)
    assert [(f.code, f.location.line) for f in findings] == [("INPUT-too-large", 2)]


def test_one_bad_file_never_costs_the_findings_of_the_others(tmp_path, monkeypatch):
    from ccai_standards.validation import structure

    real = structure.check_structure

    def explode(document, record_type, version=None):
        if document.data.get("name") == "boom":
            raise RuntimeError("a fault of ours")
        return real(document, record_type, version)

    monkeypatch.setattr("ccai_standards.validation.checker.check_structure", explode)
    (tmp_path / "a.yaml").write_text(yaml.safe_dump(PERSON | {"name": "boom"}))
    (tmp_path / "b.yaml").write_text(yaml.safe_dump(PERSON | {"id": "https://i.example/b", "name": 5}))
    findings = ccai_standards.validate([tmp_path])
    assert codes(findings) == ["INTERNAL-error", "SCHEMA-type"]
    assert "RuntimeError" in findings[0].message


# -- hangs and positions ----------------------------------------------------------------------------


def test_positions_of_thousands_of_findings_need_one_parse_per_file(tmp_path, monkeypatch):
    """3,000 findings in one YAML file: the text is composed once, not once per finding."""
    composed = []
    real = yaml.compose_all

    def counting(*args, **kwargs):
        composed.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(yaml, "compose_all", counting)
    record = PERSON | {"alternate_names": [n for n in range(3000)]}  # each must be text
    path = tmp_path / "many.yaml"
    path.write_text(yaml.safe_dump(record))
    started = time.perf_counter()
    findings = ccai_standards.validate([path])
    elapsed = time.perf_counter() - started
    assert len(findings) >= 3000
    assert len({f.location.line for f in findings}) >= 3000  # each finding has its own position
    assert len(composed) <= 1
    assert elapsed < 60  # a loose bound: the quadratic version took minutes


def test_positions_in_a_large_json_document_are_right(tmp_path):
    record = PERSON | {"alternate_names": [f"n{n}" if n % 2 else n for n in range(2000)]}
    path = tmp_path / "many.json"
    path.write_text(json.dumps(record, indent=1))
    lines = path.read_text().splitlines()
    findings = ccai_standards.validate([path])
    assert len(findings) == 1000
    for finding in findings:
        index = int(finding.location.path.rsplit("[", 1)[1].rstrip("]"))
        assert lines[finding.location.line - 1].strip() == f"{index},", finding


def test_two_validators_interleaved_keep_their_own_findings():
    first = ccai_standards.Validator().iter_findings([DATA / "invalid"])
    second = ccai_standards.Validator(ignore=["SCHEMA-type"]).iter_findings([DATA / "invalid"])
    mixed_first, mixed_second = [], []
    for a, b in itertools.zip_longest(first, second):
        if a is not None:
            mixed_first.append(a)
        if b is not None:
            mixed_second.append(b)
    assert mixed_first == ccai_standards.validate([DATA / "invalid"])
    assert mixed_second == ccai_standards.validate([DATA / "invalid"], ignore=["SCHEMA-type"])


# -- inputs by type ---------------------------------------------------------------------------------


def test_str_and_bytes_are_document_text_and_paths_are_paths():
    text = CONSENT.read_text()
    assert ccai_standards.validate(text, refs="off") == ccai_standards.validate(CONSENT, refs="off")
    assert ccai_standards.validate(text.encode(), refs="off") == ccai_standards.validate(CONSENT, refs="off")
    (finding,) = ccai_standards.validate(str(CONSENT))
    assert "pathlib.Path" in finding.hint


def test_load_reads_paths_text_and_records_alike():
    pytest.importorskip("pydantic")
    from_path = ccai_standards.load(CONSENT)
    assert ccai_standards.load(CONSENT.read_bytes()) == from_path
    assert ccai_standards.load(CONSENT.read_text()) == from_path
    with pytest.raises(InputError):
        ccai_standards.load(b'{"type": "Person", "a": 1, "a": 2}')


# -- no network, no orphans -------------------------------------------------------------------------


def test_turtle_export_never_fetches_a_nested_context(monkeypatch):
    import socket
    import urllib.request

    def no_network(*args, **kwargs):
        raise AssertionError("the converter tried to fetch something")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    for context in ("http://127.0.0.1:9/context.jsonld", "file:///etc/passwd"):
        record = PERSON | {"alternate_names": [{"@context": context, "name": "x"}]}
        with pytest.raises(ccai_standards.convert.ConversionError, match="JSON-LD keyword"):
            ccai_standards.convert.convert(record, to="turtle")


def test_no_docstring_points_to_a_design_file_outside_the_repository():
    offenders = [str(p.relative_to(ROOT)) for folder in ("src", "generators", "tests")
                 for p in (ROOT / folder).rglob("*.py") if "DESIGN.md" in p.read_text(encoding="utf-8")
                 and p.name != "test_hardening.py"]
    assert offenders == []


def test_interrupted_release_leaves_no_half_file(tmp_path, monkeypatch):
    from ccai_standards import files

    target = tmp_path / "0.9.0.yaml"
    target.write_bytes(b"old")

    def killed(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        files.write_all_atomically({target: b"new" * 1000, tmp_path / "0.9.0.requirements.yaml": b"new"})
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["0.9.0.yaml"]


def test_end_of_batch_findings_in_a_large_json_array_point_at_their_values(tmp_path):
    """Each element is read again on its own, never the whole array once per finding."""
    entries = [{"type": "ManifestEntry", "conforms_to": "0.1.0", "id": f"https://i.example/e/{n}",
                "manifest": "https://i.example/m", "work": f"https://i.example/w/{n}", "basis": "own_work"}
               for n in range(5000)]
    path = tmp_path / "entries.json"
    path.write_text("[\n" + ",\n".join("  " + json.dumps(e) for e in entries) + "\n]\n")
    lines = path.read_text().splitlines()
    started = time.perf_counter()
    findings = [f for f in ccai_standards.validate([path]) if f.code == "REF-unresolved"]
    assert time.perf_counter() - started < 60  # a loose bound: once per finding over the whole array took minutes
    assert len(findings) == 10000
    for finding in findings[::97]:
        at = lines[finding.location.line - 1][finding.location.column - 1:]
        assert at.startswith('"https://i.example/'), (finding, at[:40])


def test_a_fault_in_a_cross_record_rule_is_an_internal_finding_not_a_traceback(monkeypatch):
    from ccai_standards.rules import CROSS_RULES, CrossRule, load_all

    load_all()

    def broken(question, facts):
        raise ZeroDivisionError("a fault of ours")

    for code, rule in list(CROSS_RULES.items()):
        monkeypatch.setitem(CROSS_RULES, code, CrossRule(rule.code, rule.record_types, rule.ask, broken))
    findings = ccai_standards.validate([DATA / "valid"])
    assert findings and {f.code for f in findings} == {"INTERNAL-error"}
    assert all(f.location.file.startswith("tests/data/valid") or "valid" in f.location.file for f in findings)


def test_a_json_array_on_one_line_is_read_in_linear_time_with_true_columns(tmp_path):
    people = [PERSON | {"id": f"https://i.example/p/{n}", "name": 5 if n % 10 == 0 else "A"} for n in range(30000)]
    path = tmp_path / "one-line.json"
    path.write_text(json.dumps(people))
    text = path.read_text()
    started = time.perf_counter()
    findings = ccai_standards.validate([path])
    assert time.perf_counter() - started < 60  # quadratic, this took minutes
    assert len(findings) == 3000
    for finding in findings[::101]:
        assert finding.location.line == 1 and text[finding.location.column - 1] == "5", finding


def test_ignoring_an_unread_input_hides_it_but_never_makes_the_run_green(tmp_path, capsys):
    (tmp_path / "ok.yaml").write_text(yaml.safe_dump(PERSON))
    (tmp_path / "foreign.json").write_text(json.dumps({"@context": {"name": "http://evil.example/x"},
                                                       **PERSON, "id": "https://i.example/b"}))
    assert main(["validate", "--ignore", "INPUT-jsonld-context", str(tmp_path)]) == 2
    assert "INPUT-jsonld-context" not in capsys.readouterr().out
