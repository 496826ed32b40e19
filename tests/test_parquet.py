"""Parquet and Arrow input: the same findings as the records' own text, with rows in place of lines.

Every example is written to Parquet, as `ccai convert --to parquet` writes it (valid ones)
or as pyarrow writes any records (invalid ones), and read back by `ccai validate`: the
findings must be those of the YAML file. Then the hostile files: not Parquet at all, cut
short, binary columns, no rows, columns the record type lacks.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DATA, examples, load_record, require

pa = require("pyarrow", "Parquet input needs it")
pq = require("pyarrow.parquet", "Parquet input needs it")

from ccai_standards import validate  # noqa: E402
from ccai_standards.convert import convert  # noqa: E402


def _same(finding) -> tuple:
    return finding.code, finding.severity, finding.location.path, finding.message, finding.hint


def _has_null(value) -> bool:
    if value is None:
        return True
    if isinstance(value, dict):
        return any(_has_null(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_null(v) for v in value)
    return False


def _write(records, path: Path, rows_per_group: int | None = None) -> Path:
    pq.write_table(pa.Table.from_pylist(records), path, row_group_size=rows_per_group)
    return path


@pytest.mark.parametrize("example", examples("valid"), ids=str)
def test_a_valid_example_reads_back_from_parquet_with_the_same_findings(example, tmp_path):
    written = tmp_path / "record.parquet"
    written.write_bytes(convert(example.path.read_bytes(), to="parquet").data())
    original = validate(example.path, refs="off")
    again = validate(written, refs="off")
    assert [_same(f) for f in again] == [_same(f) for f in original]
    for finding in again:
        assert finding.location.line is None and finding.location.row == 0 and finding.location.row_group == 0


def test_every_invalid_example_gives_its_findings_from_parquet(tmp_path):
    compared = unwritable = 0
    for example in examples("invalid"):
        record = load_record(example.path)
        if not isinstance(record, dict) or _has_null(record):
            continue  # Parquet has no null apart from an absent field
        try:
            written = _write([record], tmp_path / f"{example.path.stem}.parquet")
        except (pa.ArrowException, TypeError, ValueError):
            unwritable += 1  # a value no Parquet column can hold (a list of numbers and text, say)
            continue
        original = [_same(f) for f in validate(example.path)]
        assert [_same(f) for f in validate(written)] == original, example
        assert original, example
        compared += 1
    assert compared >= 60 and unwritable <= compared // 4, (compared, unwritable)


def test_the_example_batch_from_parquet_gives_the_batch_findings_with_rows(tmp_path):
    paths = sorted((DATA / "valid").glob("*.yaml"))
    records = [load_record(p) for p in paths]
    written = tmp_path / "batch.parquet"
    written.write_bytes(convert(records, to="parquet").data())
    from_yaml = validate(paths)
    from_parquet = validate(written)
    assert [_same(f) for f in from_parquet] == [_same(f) for f in from_yaml]
    assert from_yaml
    names = [p.name for p in paths]
    for in_yaml, in_parquet in zip(from_yaml, from_parquet):
        assert in_parquet.location.row == names.index(Path(in_yaml.location.file).name)


def test_locations_give_row_group_and_row_in_every_format(tmp_path):
    records = [load_record(p) for p in sorted((DATA / "valid").glob("CreativeWork-*.yaml"))][:3]
    records = records * 3
    records[7] = {**records[7], "id": "urn:uuid:0b3b0a4e-1d4b-4d50-9f39-0d6f9d7b6a51", "work_kind": "sonnet sequence"}
    written = _write(records, tmp_path / "works.parquet", rows_per_group=3)
    (finding,) = [f for f in validate(written, refs="off") if f.code.startswith("SCHEMA")]
    assert (finding.location.row_group, finding.location.row, finding.location.document) == (2, 7, 7)
    assert finding.location.path == "$.work_kind" and finding.location.line is None
    assert str(finding).startswith(f"{written} (row group 2, row 7): error SCHEMA-")
    duplicates = [f for f in validate(written) if f.code == "REF-duplicate-id"]
    assert [(f.location.row_group, f.location.row) for f in duplicates][:2] == [(1, 3), (1, 4)]
    cli = subprocess.run([sys.executable, "-m", "ccai_standards.cli", "validate", "--refs", "off", "--format",
                          "sarif", str(written)], capture_output=True, text=True)
    (result,) = [r for r in json.loads(cli.stdout)["runs"][0]["results"] if r["ruleId"].startswith("SCHEMA")]
    assert result["locations"][0]["properties"] == {"row": 7, "rowGroup": 2}
    assert "region" not in result["locations"][0]["physicalLocation"]


def test_jobs_split_row_groups_and_give_the_same_findings(tmp_path):
    records = [load_record(p) for p in sorted((DATA / "valid").glob("*.yaml"))]
    broken = [{**r, "conforms_to": "zero"} for r in records[:5]]
    written = _write(records + broken, tmp_path / "mixed.parquet", rows_per_group=7)
    one = validate(written)
    assert [_same(f) for f in validate(written, jobs=2)] == [_same(f) for f in one]
    assert len({f.location.row_group for f in one}) >= 2


def test_arrow_ipc_files_and_streams_are_read_like_parquet(tmp_path):
    records = [load_record(p) for p in sorted((DATA / "valid").glob("Person-*.yaml"))]
    records.append({**records[0], "id": "not an id"})
    table = pa.Table.from_pylist(records)
    ipc_file, ipc_stream = tmp_path / "people.arrow", tmp_path / "people.arrows"
    with pa.ipc.new_file(ipc_file, table.schema) as writer:
        for batch in table.to_batches(max_chunksize=2):
            writer.write_batch(batch)
    with pa.ipc.new_stream(ipc_stream, table.schema) as writer:
        writer.write_table(table)
    parquet = _write(records, tmp_path / "people.parquet")
    expected = [_same(f) for f in validate(parquet, refs="off")]
    assert expected
    for path in (ipc_file, ipc_stream):
        found = validate(path, refs="off")
        assert [_same(f) for f in found] == expected, path
    last = len(records) - 1
    assert {(f.location.row_group, f.location.row) for f in validate(ipc_file, refs="off")} == {(last // 2, last)}
    assert {(f.location.row_group, f.location.row) for f in validate(ipc_stream, refs="off")} == {(None, last)}


def test_parquet_bytes_are_read_from_memory_and_from_stdin(tmp_path):
    record = load_record(DATA / "valid" / "Person-voice-actor-maya-okafor.yaml")
    buffer = io.BytesIO()
    pq.write_table(pa.Table.from_pylist([{**record, "conforms_to": "9"}]), buffer)
    data = buffer.getvalue()
    (finding,) = [f for f in validate(data, refs="off") if f.code.startswith("SCHEMA")]
    assert finding.location.row == 0 and finding.location.file == "<text>"
    cli = subprocess.run([sys.executable, "-m", "ccai_standards.cli", "validate", "--refs", "off", "-"], input=data,
                         capture_output=True)
    assert cli.returncode == 1 and b"<stdin> (row group 0, row 0): error SCHEMA-" in cli.stdout, cli.stdout


@pytest.mark.parametrize("name, content, code", [
    ("notes.parquet", b"this is not parquet at all", "INPUT-unreadable"),
    ("cut.parquet", None, "INPUT-unreadable"),
    ("empty.parquet", "empty", "INPUT-empty"),
    ("blob.parquet", "binary", "INPUT-binary-column"),
    ("nested-blob.parquet", "nested binary", "INPUT-binary-column"),
    ("twice.parquet", "duplicate", "INPUT-duplicate-column"),
    ("unsigned.parquet", "uint64", "INPUT-column-type"),
    ("map.parquet", "map", "INPUT-column-type"),
])
def test_a_file_that_is_not_parquet_records_is_refused_with_a_finding(tmp_path, name, content, code):
    path = tmp_path / name
    record = load_record(DATA / "valid" / "Person-voice-actor-maya-okafor.yaml")
    if content is None:
        whole = io.BytesIO()
        pq.write_table(pa.Table.from_pylist([record] * 50), whole)
        path.write_bytes(whole.getvalue()[: len(whole.getvalue()) // 2])
    elif content == "empty":
        pq.write_table(pa.Table.from_pylist([record]).slice(0, 0), path)
    elif content == "binary":
        pq.write_table(pa.Table.from_pylist([{**record, "name": record["name"].encode()}]), path)
    elif content == "nested binary":
        pq.write_table(pa.Table.from_pylist([{**record, "roles": [b"writer"]}]), path)
    elif content == "duplicate":  # two `name` columns: a reader keeping either would hide the other
        table = pa.Table.from_pylist([record])
        pq.write_table(table.append_column("name", pa.array(["Someone else"])), path)
    elif content == "map":  # a map may hold the key `name` twice
        table = pa.Table.from_pylist([record])
        pq.write_table(table.append_column("extra", pa.array([[("a", "1"), ("a", "2")]], pa.map_(pa.string(),
                                                                                                  pa.string()))), path)
    elif content == "uint64":
        table = pa.Table.from_pylist([record])
        pq.write_table(table.append_column("entry_count", pa.array([2**64 - 1], pa.uint64())), path)
    else:
        path.write_bytes(content)
    cli = subprocess.run([sys.executable, "-m", "ccai_standards.cli", "validate", str(path)], capture_output=True,
                         text=True)
    assert cli.returncode == 2, (cli.stdout, cli.stderr)
    assert code in cli.stdout and "Traceback" not in cli.stdout + cli.stderr


def test_a_column_the_record_type_lacks_is_reported_not_dropped(tmp_path):
    record = load_record(DATA / "valid" / "Person-voice-actor-maya-okafor.yaml")
    path = _write([{**record, "favourite_colour": "green"}], tmp_path / "extra.parquet")
    codes = {f.code for f in validate(path, refs="off")}
    assert "SCHEMA-additionalProperties" in codes, codes


def test_arrow_timestamps_and_dates_are_read_as_text_and_a_missing_offset_is_found(tmp_path):
    import datetime

    record = load_record(sorted((DATA / "valid").glob("ManifestEntry-*.yaml"))[0])
    aware = datetime.datetime(2025, 5, 1, 12, tzinfo=datetime.timezone.utc)
    good = _write([{**record, "added_at": aware}], tmp_path / "aware.parquet")
    assert not [f for f in validate(good, refs="off") if f.code.startswith("SCHEMA")]
    naive = _write([{**record, "added_at": aware.replace(tzinfo=None)}], tmp_path / "naive.parquet")
    (finding,) = [f for f in validate(naive, refs="off") if f.code.startswith("SCHEMA")]
    assert finding.location.path == "$.added_at"


def test_convert_to_parquet_refuses_what_it_cannot_write_back_exactly(tmp_path):
    from ccai_standards.convert.results import ConversionError
    from ccai_standards.tables.layout import LayoutError, table_of
    from ccai_standards import resources

    record = load_record(DATA / "valid" / "Person-voice-actor-maya-okafor.yaml")
    with pytest.raises(LayoutError, match="favourite_colour"):
        table_of([{**record, "favourite_colour": "green"}], lambda r: resources.schema_index()["classes"])
    with pytest.raises(ConversionError):
        convert({**record, "favourite_colour": "green"}, to="parquet")
    out = tmp_path / "person.parquet"
    cli = subprocess.run([sys.executable, "-m", "ccai_standards.cli", "convert", "--to", "parquet", "-o", str(out),
                          str(DATA / "valid" / "Person-voice-actor-maya-okafor.yaml")], capture_output=True)
    assert cli.returncode == 0 and out.read_bytes().startswith(b"PAR1")
    again = subprocess.run([sys.executable, "-m", "ccai_standards.cli", "convert", "--to", "parquet", "-o", str(out),
                            str(DATA / "valid" / "Person-voice-actor-maya-okafor.yaml")], capture_output=True, text=True)
    assert again.returncode == 2 and "already exists" in again.stderr


def test_the_written_layout_is_the_documented_one_whatever_fields_a_record_has(tmp_path):
    from ccai_standards import resources
    from ccai_standards.tables.layout import describe_fields

    records = [load_record(p) for p in sorted((DATA / "valid").glob("ConsentRecord-*.yaml"))]
    schema = pq.read_schema(io.BytesIO(convert(records[:1], to="parquet").data()))
    documented = describe_fields(resources.schema_index()["classes"], "ConsentRecord")
    assert [(f.name, str(f.type)) for f in schema] == documented
    assert pq.read_schema(io.BytesIO(convert(records, to="parquet").data())) == schema


def test_a_text_file_is_read_as_text_whatever_its_first_bytes(tmp_path):
    path = tmp_path / "record.yaml"
    path.write_bytes(b"PAR1: not parquet\n")
    codes = [f.code for f in validate(path)]
    assert codes and not any(code.startswith("INPUT-unreadable") for code in codes), codes
