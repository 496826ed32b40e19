"""The spark engine gives the findings of the local engine, on Spark `local[2]` (slow: one session for all).

The example batches (written as JSON Lines, and the valid one as Parquet) and a generated
batch of at most 20,000 records with forward references, duplicates, wrong types and
uncovered uses are checked by both engines; every finding must be the same, in the same order.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DATA, ROOT, load_record, require

pytestmark = pytest.mark.slow

from ccai_standards import Validator  # noqa: E402


@pytest.fixture(scope="session")
def spark():
    require("pyspark", "the spark engine needs it")
    require("pyarrow", "the spark engine needs it")
    from pyspark.sql import SparkSession

    session = (SparkSession.builder.master("local[2]").appName("ccai tests").config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false").config("spark.sql.shuffle.partitions", "4")
               .config("spark.sql.files.maxPartitionBytes", str(256 * 1024))  # files of several blocks
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _key(finding) -> tuple:
    return finding.code, finding.severity, finding.message, finding.location, finding.hint, finding.record_id


def _same(spark, path: Path, **options) -> list:
    local = [_key(f) for f in Validator(engine="python", **options).validate([path])]
    validator = Validator(engine="spark", spark=spark, **options)
    distributed = [_key(f) for f in validator.validate([path])]
    assert distributed == local, path.name
    return local


def _records(folder: str) -> list:
    return [r for r in (load_record(p) for p in sorted((DATA / folder).glob("*.yaml"))) if isinstance(r, dict)]


def _jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _parquet(path: Path, records) -> Path:
    import pyarrow.parquet as pq

    from ccai_standards import resources
    from ccai_standards.tables.layout import table_of

    pq.write_table(table_of(records, lambda r: resources.schema_index()["classes"]), path, row_group_size=500)
    return path


def test_the_example_batches_give_the_same_findings(spark, tmp_path):
    valid, invalid = _records("valid"), _records("invalid")
    in_lines = _same(spark, _jsonl(tmp_path / "valid.jsonl", valid))
    assert _same(spark, _jsonl(tmp_path / "invalid.jsonl", invalid))
    from ccai_standards.convert import convert

    parquet = tmp_path / "valid.parquet"
    parquet.write_bytes(convert(valid, to="parquet").data())
    in_rows = _same(spark, parquet)
    assert [(f[0], f[3].path, f[3].document) for f in in_rows] == [(f[0], f[3].path, f[3].document) for f in in_lines]


def test_a_generated_batch_gives_the_same_findings_as_json_lines_and_parquet(spark, tmp_path):
    sys.path.insert(0, str(ROOT / "tests"))
    from test_engines import _messy_batch

    path = _messy_batch(tmp_path / "messy.jsonl", 12_000, seed=4)
    records = [json.loads(line) for line in path.read_text().splitlines()]
    assert len(records) <= 20_000
    found = _same(spark, path)
    assert {"REF-duplicate-id", "REF-type", "REF-unresolved", "CCAI-CONSENT-003", "SCHEMA-pattern"} <= {f[0] for f in found}
    in_parquet = _same(spark, _parquet(tmp_path / "messy.parquet", records))
    # the same findings, at rows instead of lines
    assert [(f[0], f[3].path, f[3].document) for f in in_parquet] == [(f[0], f[3].path, f[3].document) for f in found]
    assert any("(row group " in f[2] for f in in_parquet if f[0] == "REF-duplicate-id")
    assert {f[3].row_group for f in in_parquet} >= {0, 1, 2}
    for options in ({"refs": "off"}, {"refs": "warn", "ignore": ["CCAI-CONSENT-003"]}):
        _same(spark, path, **options)
    validator = Validator(engine="spark", spark=spark, refs="off")
    validator.validate([path])
    assert validator.summary.documents == len(records) and "CCAI-CONSENT-003" in validator.summary.skipped_rules


def test_bytes_that_are_not_utf8_are_reported_not_replaced(spark, tmp_path):
    record = json.dumps(load_record(DATA / "valid" / "Person-voice-actor-maya-okafor.yaml")).encode()
    path = tmp_path / "bytes.jsonl"
    path.write_bytes(record + b"\n" + record.replace(b"Maya", b"M\xffya") + b"\n\n" + record + b"\n")
    found = _same(spark, path)
    assert [f[0] for f in found if f[0].startswith("INPUT")] == ["INPUT-encoding"]


def test_files_the_spark_engine_does_not_read_are_refused(spark):
    with pytest.raises(Exception, match="JSON Lines"):
        Validator(engine="spark", spark=spark).validate([DATA / "valid" / "Person-voice-actor-maya-okafor.yaml"])
    with pytest.raises(Exception, match="files"):
        Validator(engine="spark", spark=spark).validate([b"{}"])


def test_the_command_line_runs_on_spark(tmp_path):
    require("pyspark", "the spark engine needs it")
    path = _jsonl(tmp_path / "valid.jsonl", _records("valid"))
    local = subprocess.run([sys.executable, "-m", "ccai_standards.cli", "validate", "--format", "json", str(path)],
                           capture_output=True, text=True)
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable}
    distributed = subprocess.run([sys.executable, "-m", "ccai_standards.cli", "validate", "--format", "json",
                                  "--engine", "spark", "--spark-master", "local[2]", str(path)], capture_output=True,
                                 text=True, env=env, timeout=300)
    assert distributed.returncode == local.returncode, distributed.stderr[-2000:]
    assert json.loads(distributed.stdout)["findings"] == json.loads(local.stdout)["findings"]
