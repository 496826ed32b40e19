"""The version is typed once and agrees everywhere; the built wheel carries the artefacts."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import venv
import zipfile

import pytest
import yaml

from conftest import ARTIFACTS, ROOT, require


def test_version_agrees_everywhere():
    import ccai_standards
    from importlib.metadata import version

    schema_version = yaml.safe_load((ROOT / "schema" / "ccai.yaml").read_text())["version"]
    assert ccai_standards.__version__ == schema_version
    assert version("ccai-standards") == schema_version
    assert json.loads((ARTIFACTS / "schema-index.json").read_text())["version"] == schema_version
    bundle = json.loads((ARTIFACTS / "ccai.schema.json").read_text())
    assert f"/{schema_version}/" in bundle["$id"]
    assert f'version = "{schema_version}"' in (ARTIFACTS / "models.py").read_text()


def test_ccai_version_prints_package_and_standard_versions():
    import ccai_standards

    result = subprocess.run([sys.executable, "-m", "ccai_standards.cli", "--version"], capture_output=True,
                            text=True)
    assert result.returncode == 0
    assert re.search(rf"ccai-standards {re.escape(ccai_standards.__version__)}\b", result.stdout)
    assert f"CCAI standard {ccai_standards.STANDARD_VERSION}" in result.stdout


@pytest.mark.slow
def test_built_wheel_installs_with_its_artifacts(tmp_path):
    require("build", "builds the wheel")
    dist = tmp_path / "dist"
    result = subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    (wheel,) = dist.glob("ccai_standards-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    committed = {f"ccai_standards/artifacts/{p.relative_to(ARTIFACTS).as_posix()}"
                 for p in ARTIFACTS.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    assert committed <= names, f"missing from the wheel: {sorted(committed - names)}"

    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    install = subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "--no-index", str(wheel)],
                             capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    probe = ("import ccai_standards, ccai_standards.resources as r, pathlib;"
             "p = r.ARTIFACTS; assert 'site-packages' in str(p), p;"
             "names = sorted(x.name for x in p.iterdir());"
             "print(ccai_standards.__version__, names)")
    run = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "ccai.schema.json" in run.stdout and "ccai.shacl.ttl" in run.stdout and "models.py" in run.stdout
    assert (env_dir / "bin" / "ccai").exists()


def test_install_instructions_work_before_the_package_is_published():
    """Until the first release is on PyPI, `pip install ccai-standards` fails: every place that
    names it must say it works once published, and give the command for a clone."""
    import re

    places = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md")), *sorted((ROOT / "src").rglob("*.py"))]
    pattern = re.compile(r"pip install ['\"]?ccai-standards")
    offending = []
    for path in places:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line) and "once" not in line:
                offending.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offending == [], "\n".join(offending)
