"""`ccai convert` on the command line: output, files, warnings and exit codes, never a traceback."""

from __future__ import annotations

import argparse
import io
import json
import sys

import pytest
from convert_helpers import FIXTURES, VALID

from ccai_standards.convert.cli import add_parser

PODCASTER = str(VALID / "UsagePreference-podcaster-catalogue-opt-out.yaml")


def run(argv, stdin: bytes = b"", monkeypatch=None, capsys=None):
    parser = argparse.ArgumentParser(prog="ccai")
    add_parser(parser.add_subparsers(dest="command", required=True))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    args = parser.parse_args(["convert", *argv])
    code = args.func(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_stdout_and_warnings_on_stderr(monkeypatch, capsys):
    code, out, err = run(["--to", "aipref-header", PODCASTER], monkeypatch=monkeypatch, capsys=capsys)
    assert code == 0 and out == "Content-Usage: train-ai=n, ai-use=n\n"
    assert "warning CONVERT-lossy" in err and "$.use_preferences[0]" in err


def test_stdin_import_with_json_warnings(monkeypatch, capsys):
    robots = (FIXTURES / "aipref" / "robots.txt").read_bytes()
    code, out, err = run(["--from", "robots", "--to", "ccai", "--base-url", "https://example.com", "--declared-by",
                          "https://example.com/owner", "--declared-at", "2025-01-01T00:00:00Z", "--warnings", "json",
                          "-"], stdin=robots, monkeypatch=monkeypatch, capsys=capsys)
    assert code == 0
    assert [json.loads(line)["type"] for line in out.splitlines()] == ["UsagePreference"] * 3  # the Disallow path too
    assert json.loads(err.splitlines()[0])["code"] == "CONVERT-lossy"


def test_output_file_is_never_overwritten_without_force(tmp_path, monkeypatch, capsys):
    target = tmp_path / "tdmrep.json"
    assert run(["--to", "tdmrep", "-o", str(target), "-q", PODCASTER], monkeypatch=monkeypatch, capsys=capsys)[0] == 0
    assert json.loads(target.read_text())[0]["tdm-reservation"] == 1
    target.write_text("keep me")
    code, _, err = run(["--to", "tdmrep", "-o", str(target), PODCASTER], monkeypatch=monkeypatch, capsys=capsys)
    assert code == 2 and "already exists" in err and target.read_text() == "keep me"
    assert run(["--to", "tdmrep", "-o", str(target), "--force", "-q", PODCASTER], monkeypatch=monkeypatch,
               capsys=capsys)[0] == 0
    assert target.read_text() != "keep me"


def test_strict_writes_nothing_when_something_is_lost(tmp_path, monkeypatch, capsys):
    target = tmp_path / "out.json"
    code, out, err = run(["--to", "cawg", "--strict", "--digital-source-type", "digital_capture", "-o", str(target),
                          PODCASTER], monkeypatch=monkeypatch,
                         capsys=capsys)
    assert code == 1 and not target.exists() and "--strict" in err


@pytest.mark.parametrize("argv, stdin, message", [
    (["--to", "cawg", "missing.yaml"], b"", "no such file"),
    (["--to", "cawg", str(VALID)], b"", "is a folder"),
    (["--to", "nope", PODCASTER], b"", "no converter from ccai to `nope`"),
    (["--from", "nope", "--to", "ccai", "-"], b"x", "no converter from `nope`"),
    (["--from", "cawg", "--to", "xmp", "-"], b"{}", "convert to ccai first"),
    (["--to", "cawg", "-"], b"type: UsagePreference\n  bad: [", "not valid YAML"),
    (["--to", "cawg", "-"], b"type: UsagePreference\nid: x\n", "not a valid CCAI record"),
    (["--to", "cawg", str(VALID / "Dataset-licensed-voice-corpus.yaml")], b"", "needs a UsagePreference"),
    (["--from", "tdmrep", "--to", "ccai", "--declared-by", "https://x.example/p", "-"], b"[1,", "not valid JSON"),
    (["--from", "xmp", "--to", "ccai", "--declared-by", "https://x.example/p", "-"], b"\xff\xfe", "not UTF-8"),
])
def test_bad_input_exits_2_with_a_clear_message(argv, stdin, message, monkeypatch, capsys):
    code, out, err = run(argv, stdin=stdin, monkeypatch=monkeypatch, capsys=capsys)
    assert code == 2 and out == ""
    assert err.startswith("ccai convert: error: ") and message in err and "Traceback" not in err
