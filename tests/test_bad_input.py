"""Bad input gets a clear finding or error (exit 1 or 2), never a traceback, hang or blow-up,
and inputs are never modified."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest
from conftest import DATA

PERSON = 'type: Person\nconforms_to: "0.1.0"\nid: https://ids.example/people/a\nname: A\n'


def run_ccai(*args: str, stdin: bytes | None = None, cwd=None, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ccai_standards.cli", "validate", *args], input=stdin,
                          capture_output=True, timeout=timeout, cwd=cwd)


def assert_clean_failure(result: subprocess.CompletedProcess, code: str | None = None, exit_codes=(1, 2)) -> str:
    out = result.stdout.decode() + result.stderr.decode()
    assert result.returncode in exit_codes, out
    assert "Traceback" not in out, out
    if code:
        assert code in out, out
    return out


@pytest.mark.parametrize(
    ("name", "content", "code", "where"),
    [
        ("broken.yaml", b"type: Person\nname: [unclosed\n", "INPUT-syntax", "broken.yaml:3"),
        ("broken.json", b'{"type": "Person",\n "name": }', "INPUT-syntax", "broken.json:2:10"),
        ("dup.yaml", PERSON.encode() + b"name: B\n", "INPUT-duplicate-key", "dup.yaml:5:1"),
        ("dup.json", b'{"type": "Person", "name": "a", "name": "b"}', "INPUT-duplicate-key", "dup.json"),
        ("tag.yaml", b"type: !!python/object/apply:os.system ['echo hacked']\n", "INPUT-yaml-tag", "tag.yaml:1:7"),
        ("bomb.yaml", b'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n'
                      b'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n'
                      b'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n'
                      b'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n',
         "INPUT-yaml-alias", "bomb.yaml:1:4"),
        ("nan.json", b'{"type": "Person", "x": NaN}', "INPUT-number", "nan.json"),
        ("inf.json", b'{"type": "Person", "x": -Infinity}', "INPUT-number", "inf.json"),
        ("bigint.json", b'{"type": "Person", "x": ' + b"9" * 5000 + b"}", "INPUT-number", "bigint.json"),
        ("nan.yaml", b"type: Person\nx: .nan\n", "INPUT-number", "nan.yaml:2:4"),
        ("latin1.yaml", PERSON.encode() + b"description: caf\xe9\n", "INPUT-encoding", "latin1.yaml:5"),
        ("utf16.json", '{"type": "Person"}'.encode("utf-16"), "INPUT-encoding", "utf16.json"),
        ("empty.yaml", b"", "INPUT-empty", "empty.yaml"),
        ("blank.json", b"  \n\n", "INPUT-empty", "blank.json"),
        ("comments.yaml", b"# only a comment\n", "INPUT-empty", "comments.yaml"),
        ("binary.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "INPUT-binary", "binary.yaml"),
        ("deep.json", b"[" * 5000 + b"]" * 5000, "INPUT-too-deep", "deep.json"),
        ("deep.yaml", b"a:\n" + b"".join(b"  " * i + b"- \n" for i in range(1, 200)), "INPUT-too-deep", "deep.yaml"),
        ("deepflow.yaml", b"[" * 3000 + b"]" * 3000, "INPUT-too-deep", "deepflow.yaml"),
        ("list.json", b"[1, 2]", "SCHEMA-type", "list.json"),
    ],
)
def test_bad_file_gets_a_clear_finding(tmp_path, name, content, code, where):
    path = tmp_path / name
    path.write_bytes(content)
    out = assert_clean_failure(run_ccai(str(path)), code)
    assert where in out, out


def test_byte_order_mark_is_a_warning_and_the_record_is_still_read(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + PERSON.encode())
    result = run_ccai(str(path))
    out = result.stdout.decode()
    assert result.returncode == 0, out
    assert "warning INPUT-bom" in out
    result = run_ccai("--strict", str(path))
    assert result.returncode == 1


def test_yaml_keeps_norway_and_timestamps_as_strings():
    from ccai_standards.document import Document
    from ccai_standards.reading.parsers import parse_bytes

    (doc,) = list(parse_bytes(b"t: [NO, yes, on]\nwhen: 2025-01-01T00:00:00Z\nday: 2025-01-01\nd: 1:30\n",
                              "x.yaml", "yaml"))
    assert isinstance(doc, Document)
    assert doc.data == {"t": ["NO", "yes", "on"], "when": "2025-01-01T00:00:00Z", "day": "2025-01-01",
                        "d": "1:30"}


def test_missing_path_is_a_usage_error(tmp_path):
    result = run_ccai(str(tmp_path / "nope.yaml"))
    out = assert_clean_failure(result, exit_codes=(2,))
    assert "no such file or folder" in out


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    # CI runs as root, who can read anything, so the refusal is simulated at the OS boundary.

    from ccai_standards.validation import Validator

    path = tmp_path / "secret.yaml"
    path.write_text(PERSON)

    from ccai_standards.reading import chunks

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(args[0]))

    monkeypatch.setattr(chunks, "open", refuse, raising=False)
    findings = Validator().validate([tmp_path])
    assert [(f.code, f.message) for f in findings] == [("INPUT-unreadable", "cannot read the file: Permission denied")]


def test_symlink_loop_and_named_pipe_in_a_folder_are_skipped_with_a_finding(tmp_path):
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "person.yaml").write_text(PERSON)
    (folder / "loop.yaml").symlink_to(folder / "loop.yaml")
    (folder / "sub").mkdir()
    (folder / "sub" / "back").symlink_to(folder, target_is_directory=True)
    os.mkfifo(folder / "pipe.yaml")
    result = run_ccai(str(folder), timeout=30)
    out = assert_clean_failure(result, exit_codes=(2,))
    assert "loop.yaml" in out and "INPUT-unreadable" in out
    assert "pipe.yaml" in out and "INPUT-not-a-file" in out
    assert "checked 1 document(s) in 1 file(s)" in out


def test_named_pipe_given_directly_is_a_usage_error(tmp_path):
    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)
    out = assert_clean_failure(run_ccai(str(pipe), timeout=30), exit_codes=(2,))
    assert "not a regular file" in out


def test_file_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    from ccai_standards.reading import chunks, parsers
    from ccai_standards.validation import Validator

    monkeypatch.setattr(chunks, "MAX_FILE_BYTES", 100)
    path = tmp_path / "big.yaml"
    path.write_text(PERSON + "description: " + "x" * 200 + "\n")
    findings = Validator().validate([path])
    assert [f.code for f in findings] == ["INPUT-too-large"]
    assert "JSON Lines" in findings[0].hint
    assert parsers.MAX_FILE_BYTES > 100  # the module constant itself is untouched


def test_stdin_yaml_and_json_lines(tmp_path):
    result = run_ccai("-", stdin=PERSON.encode())
    assert result.returncode == 0, result.stdout.decode()
    lines = b'{"type":"Person","conforms_to":"0.1.0","id":"https://ids.example/p/1","name":"A"}\n' \
            b'{"type":"Person","conforms_to":"0.1.0","id":"https://ids.example/p/1","name":"B"}\n'
    out = assert_clean_failure(run_ccai("-", stdin=lines), "REF-duplicate-id")
    assert "<stdin>:2" in out


def test_inputs_are_never_modified(tmp_path):
    def digest(folder):
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}

    before = digest(DATA)
    run_ccai(str(DATA / "valid"), str(DATA / "invalid"))
    run_ccai("--format", "json", str(DATA))
    assert digest(DATA) == before
