"""The npm package @ccai/standards: its own tests pass under Node (structure with Ajv, types with
tsc), and it publishes what a user needs and nothing of its tests."""

from __future__ import annotations

import json
import subprocess

import pytest

from conftest import ROOT, require_npm_package

PACKAGE = ROOT / "npm"


@pytest.mark.slow
def test_the_packages_own_tests_pass_under_node():
    require_npm_package()
    run = subprocess.run(["npm", "test", "--silent"], cwd=PACKAGE, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "# fail 0" in run.stdout
    examples = json.loads((PACKAGE / "test" / "examples.json").read_text(encoding="utf-8"))
    assert f"# pass {len(examples) + 4}" in run.stdout, "every example ran, and the four checks of the API"


def test_the_tarball_holds_the_package_and_not_its_tests():
    require_npm_package()
    run = subprocess.run(["npm", "pack", "--dry-run", "--json"], cwd=PACKAGE, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    (packed,) = json.loads(run.stdout)
    names = {f["path"] for f in packed["files"]}
    assert {"index.js", "index.d.ts", "types.d.ts", "package.json", "ccai.context.jsonld", "README.md",
            "schemas/ccai.schema.json", "schemas/ConsentRecord.schema.json",
            "schemas/releases/0.1.0/ccai.schema.json"} <= names
    assert not any(n.startswith(("test/", "node_modules/")) for n in names)
    print(f"npm package: {packed['size']:,} bytes packed, {packed['unpackedSize']:,} unpacked, {len(names)} files")


def test_the_package_version_and_schemas_are_the_pythons():
    from ccai_standards import __version__

    manifest = json.loads((PACKAGE / "package.json").read_text(encoding="utf-8"))
    assert manifest["version"] == __version__
    assert (PACKAGE / "schemas" / "ccai.schema.json").read_bytes() == (
        ROOT / "src" / "ccai_standards" / "artifacts" / "ccai.schema.json").read_bytes()
