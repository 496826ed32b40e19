"""The build is deterministic and the drift check catches stale or hand-edited artefacts."""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys

import pytest

from conftest import ARTIFACTS, ROOT, require

pytestmark = pytest.mark.slow


def _generators(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generators", *args], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONHASHSEED": "random"})


def _tree(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()
                  and "__pycache__" not in p.parts)


def test_two_builds_are_byte_identical(tmp_path):
    require("linkml", "the generators need it")
    first, second = tmp_path / "first", tmp_path / "second"
    for target in (first, second):
        result = _generators("build", "--artifacts-only", "--artifacts-dir", str(target), "--npm-dir",
                             str(target / "npm"))
        assert result.returncode == 0, result.stdout + result.stderr
    assert _tree(first) == _tree(second)
    assert len(_tree(first)) > 10
    mismatch = [rel for rel in _tree(first) if not filecmp.cmp(first / rel, second / rel, shallow=False)]
    assert mismatch == []


def test_committed_artifacts_match_the_schema():
    require("linkml", "the generators need it")
    result = _generators("check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_drift_check_names_a_hand_edited_artifact(tmp_path):
    require("linkml", "the generators need it")
    copy = tmp_path / "artifacts"
    shutil.copytree(ARTIFACTS, copy, ignore=shutil.ignore_patterns("__pycache__"))
    edited = copy / "jsonschema" / "ConsentRecord.schema.json"
    edited.write_text(edited.read_text().replace('"minItems": 1', '"minItems": 0', 1))
    (copy / "stray.json").write_text("{}")
    (copy / "ccai.owl.ttl").unlink()
    result = _generators("check", "--artifacts-dir", str(copy))
    assert result.returncode == 1
    assert "stale: jsonschema/ConsentRecord.schema.json" in result.stdout
    assert "stale: stray.json" in result.stdout
    assert "stale: ccai.owl.ttl" in result.stdout
    assert "stale: ccai.schema.json" not in result.stdout


def test_drift_check_names_a_hand_edited_file_of_the_npm_package(tmp_path):
    require("linkml", "the generators need it")
    copy = tmp_path / "npm"
    shutil.copytree(ROOT / "npm", copy, ignore=shutil.ignore_patterns("node_modules"))
    (copy / "node_modules").mkdir()
    (copy / "node_modules" / "x.js").write_text("// npm's")
    (copy / "package-lock.json").write_text("{}")
    edited = copy / "types.d.ts"
    edited.write_text(edited.read_text().replace("permitted_uses: AiUseEnum[];", "permitted_uses: string;", 1))
    (copy / "index.js").unlink()
    result = _generators("check", "--npm-dir", str(copy))
    assert result.returncode == 1
    assert "stale: npm/types.d.ts" in result.stdout and "stale: npm/index.js" in result.stdout
    assert "node_modules" not in result.stdout and "package-lock" not in result.stdout, "npm's own files are left alone"
