"""Where things live in a checkout. One place, so that tests can point the tools elsewhere."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = ROOT / "schema"
SCHEMA_ROOT = SCHEMA_DIR / "ccai.yaml"
STANDARDS_DIR = ROOT / "standards"
ARTIFACTS_DIR = ROOT / "src" / "ccai_standards" / "artifacts"
DOCS_DIR = ROOT / "docs"
EXAMPLES_DIR = ROOT / "tests" / "data"
SITE_DIR = ROOT / "site"
NPM_DIR = ROOT / "npm"  # the npm package @ccai/standards, generated (generators/npm_package.py)
