"""Every engine gives the same findings in the same order (DESIGN contract 15).

The in-process engine is the reference; DuckDB (and Spark, in test_spark.py) must agree with
it on every example batch, on each invalid example alone, and on generated batches with
forward references, duplicates, wrong types and uncovered uses spread over many chunks.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

from conftest import DATA, ROOT, examples, load_record, require

require("duckdb", "the duckdb engine needs it")
require("pyarrow", "the duckdb engine needs it")

from ccai_standards import Validator  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from data import records as generated  # noqa: E402


def _key(finding) -> tuple:
    return finding.code, finding.severity, finding.message, finding.location, finding.hint, finding.record_id


def _both(inputs, **options) -> tuple[list, list]:
    python = [_key(f) for f in Validator(engine="python", **options).validate(inputs)]
    duckdb = [_key(f) for f in Validator(engine="duckdb", **options).validate(inputs)]
    return python, duckdb


def test_the_example_batches_give_the_same_findings():
    for folder in ("valid", "invalid"):
        python, duckdb = _both([DATA / folder])
        assert python == duckdb, folder
        assert python, folder  # the invalid batch has findings at the end of the batch, too


@pytest.mark.parametrize("example", [e for e in examples("invalid") if e.expected_rule], ids=str)
def test_each_invalid_example_alone_gives_the_same_findings(example):
    python, duckdb = _both([example.path])
    assert python == duckdb


def _messy_batch(path: Path, entries: int, seed: int) -> Path:
    """Generated records, shuffled in blocks, with forward references, duplicates and wrong types."""
    rng = random.Random(seed)
    items = list(generated(entries, max(1, entries // 20), entries // 2, seed=seed))
    blocks = [items[i:i + 500] for i in range(0, len(items), 500)]
    rng.shuffle(blocks)  # entries before their consents and manifest, in other chunks
    items = [item for block in blocks for item in block]
    for index in rng.sample(range(len(items)), 40):
        other = items[rng.randrange(len(items))]
        items[index] = {**items[index], "id": other["id"]}  # a duplicate id (and, for some, a dangling reference)
    for index in rng.sample(range(len(items)), 20):
        if items[index]["type"] == "ManifestEntry":
            items[index] = {**items[index], "work": items[index]["consents"][0]}  # points to a consent: wrong type
    path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    return path


@pytest.mark.parametrize("jobs", [1, 2])
def test_generated_batches_give_the_same_findings_with_any_split(tmp_path, jobs):
    path = _messy_batch(tmp_path / "messy.jsonl", 6_000, seed=jobs)
    python, duckdb = _both([path], jobs=jobs)
    assert python == duckdb
    codes = {finding[0] for finding in python}
    assert {"REF-duplicate-id", "REF-type", "CCAI-CONSENT-003", "SCHEMA-pattern"} <= codes, codes


def test_refs_modes_and_ignored_codes_give_the_same_findings(tmp_path):
    path = _messy_batch(tmp_path / "messy.jsonl", 2_000, seed=5)
    for options in ({"refs": "warn"}, {"ignore": ["REF-unresolved", "CCAI-CONSENT-003"]}):
        python, duckdb = _both([path], **options)
        assert python == duckdb, options


def test_an_answer_never_depends_on_where_the_dataset_is(tmp_path):
    """A manifest without `generated_by` is used by its dataset's publisher, even if the dataset comes last."""
    version, base = "0.2.0", "https://x.example"
    consent = load_record(sorted((DATA / "valid").glob("ConsentRecord-*.yaml"))[0])
    head = [
        {"type": "Person", "conforms_to": version, "id": f"{base}/p", "name": "P"},
        {"type": "Organization", "conforms_to": version, "id": f"{base}/lab", "name": "Lab",
         "organization_kind": "ai_developer"},
        {"type": "Organization", "conforms_to": version, "id": f"{base}/other", "name": "Other",
         "organization_kind": "ai_developer"},
        {"type": "CreativeWork", "conforms_to": version, "id": f"{base}/w", "title": "W", "work_kind": "article",
         "creators": [f"{base}/p"], "url": "https://x.example/w"},
        {**consent, "id": f"{base}/c", "subject": f"{base}/p", "granted_by": f"{base}/p", "grantor_capacity": "subject",
         "granted_to": [f"{base}/other"], "works": [f"{base}/w"], "permitted_uses": ["generative_ai_training"]},
        {"type": "DatasetManifest", "conforms_to": version, "id": f"{base}/m", "dataset": f"{base}/d",
         "generated_at": "2025-06-01T00:00:00Z", "entry_count": 1},
        {"type": "ManifestEntry", "conforms_to": version, "id": "urn:uuid:0b3b0a4e-1d4b-4d50-9f39-0d6f9d7b6a51",
         "manifest": f"{base}/m", "work": f"{base}/w", "basis": "consent", "consents": [f"{base}/c"],
         "uses": ["generative_ai_training"], "added_at": "2025-05-01T12:00:00Z"}]
    padding = [{"type": "CreativeWork", "conforms_to": version, "id": f"{base}/w{i}", "title": "W" * 60,
                "work_kind": "article", "creators": [f"{base}/p"], "url": f"https://x.example/w{i}"} for i in range(8000)]
    dataset = {"type": "Dataset", "conforms_to": version, "id": f"{base}/d", "name": "D", "dataset_types": ["text"],
               "publisher": f"{base}/lab"}
    first, last = tmp_path / "dataset-first.jsonl", tmp_path / "dataset-last.jsonl"
    first.write_text("".join(json.dumps(r) + "\n" for r in [dataset, *head, *padding]))
    last.write_text("".join(json.dumps(r) + "\n" for r in [*head, *padding, dataset]))  # the dataset in a later chunk
    for path in (first, last):
        for engine in ("python", "duckdb"):
            found = [f for f in Validator(engine=engine).validate([path]) if f.code == "CCAI-CONSENT-003"]
            assert len(found) == 1 and "not to https://x.example/lab" in found[0].message, (path.name, engine)


def test_auto_picks_duckdb_only_for_inputs_too_large_for_the_python_engine(tmp_path, monkeypatch):
    from ccai_standards.validation import engines

    small = tmp_path / "small.jsonl"
    small.write_text("{}\n")
    assert engines.choose("auto", [small]) == "python"
    monkeypatch.setattr(engines, "LARGE_INPUT_BYTES", 1)
    assert engines.choose("auto", [small]) == "duckdb"
    assert engines.choose("auto", [b"{}"]) == "python"  # text cannot be read twice to locate findings
    assert engines.choose("python", [small]) == "python"


def test_the_duckdb_engine_leaves_nothing_behind(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    path = _messy_batch(tmp_path / "messy.jsonl", 500, seed=3)
    validator = Validator(engine="duckdb")
    iterator = validator.iter_findings([path])
    next(iterator)
    iterator.close()  # stopped early, as --max-errors does
    Validator(engine="duckdb").validate([path])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["messy.jsonl"]


def _in_order(folder: Path, batch: dict[str, dict], order: list[str]) -> list[Path]:
    import yaml

    folder.mkdir()
    paths = []
    for number, name in enumerate(order):  # one file per record: each is a chunk of its own
        path = folder / f"{number:03d}-{name}"
        path.write_text(yaml.safe_dump(batch[name]), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize("capacity, grantor", [
    ("union", "https://id.ccai-registry.example/orgs/usvpg"),
    ("authorised_representative", "https://id.ccai-registry.example/people/thomas-ashcombe"),
    ("estate", "https://id.ccai-registry.example/estates/vivian-ashcombe"),
])
def test_where_the_estate_comes_never_changes_a_deceased_performers_consent(tmp_path, capacity, grantor):
    """CONSENT-008 looks for any estate of the subject: the Estate record may come after the consent."""
    batch = {p.name: load_record(p) for p in sorted((DATA / "valid").glob("*.yaml"))}
    consent, estate = "ConsentRecord-estate-deceased-performer.yaml", "Estate-vivian-ashcombe.yaml"
    batch[consent] = {**batch[consent], "grantor_capacity": capacity, "granted_by": grantor}
    rest = [name for name in batch if name not in (consent, estate)]
    found = []
    for label, order in (("estate first", [*rest, estate, consent]), ("estate last", [*rest, consent, estate])):
        for engine in ("python", "duckdb"):
            paths = _in_order(tmp_path / f"{label}-{engine}".replace(" ", "-"), batch, order)
            found.append(sorted((f.code, f.location.path, f.message) for f in
                                Validator(engine=engine).validate(paths) if f.code == "CCAI-CONSENT-008"))
    assert all(one == found[0] for one in found), found
    assert bool(found[0]) == (capacity == "union")  # only a union is refused when the estate can be asked


def test_no_order_of_the_example_batch_changes_its_findings(tmp_path):
    batch = {p.name: load_record(p) for p in sorted((DATA / "valid").glob("*.yaml"))}
    rng = random.Random(11)
    seen = set()
    for attempt in range(4):
        order = list(batch)
        rng.shuffle(order)
        paths = _in_order(tmp_path / str(attempt), batch, order)
        seen.add(tuple(sorted((f.code, f.record_id, f.location.path, f.message)
                              for f in Validator(engine="python").validate(paths))))
    assert len(seen) == 1, seen


def test_inputs_given_as_a_generator_are_read_once_and_whole():
    records = [load_record(p) for p in sorted((DATA / "valid").glob("*.yaml"))]
    for engine in ("auto", "python", "duckdb"):
        validator = Validator(engine=engine)
        assert [_key(f) for f in validator.validate(r for r in records)] == \
            [_key(f) for f in Validator(engine=engine).validate(records)]
        assert validator.summary.documents == len(records)


def test_a_null_in_the_join_leaves_the_row_to_the_rule_never_settles_it():
    """With no terms for the entry's version, the plain-coverage test is NULL: the row must not count as covered."""
    import duckdb

    from ccai_standards.validation.engines import DUCKDB_SQL
    from ccai_standards.validation.tables import COVERAGE_JOINS, covered_sql

    db = duckdb.connect()
    db.execute("""
        CREATE TABLE coverage AS SELECT 'c' AS consent, 'm' AS manifest, '|ai_training|' AS uses, 'w' AS work,
            NULL::VARCHAR AS removed, 10::BIGINT AS added_micros, '9.9.9' AS version;
        CREATE TABLE consents AS SELECT 'c' AS id, 'given' AS status, ['ai_training'] AS uses, []::VARCHAR[] AS users,
            NULL::BIGINT AS valid_from, NULL::BIGINT AS valid_until, true AS plain;
        CREATE TABLE consent_works AS SELECT 'c' AS consent, 'w' AS work;
        CREATE TABLE manifests AS SELECT 'm' AS id, NULL::VARCHAR[] AS users, NULL::BIGINT AS generated;
        CREATE TABLE terms AS SELECT '0.2.0' AS version, ['given'] AS in_force;""")
    select = f"SELECT count(*) FROM coverage q {COVERAGE_JOINS} WHERE NOT coalesce(({covered_sql(DUCKDB_SQL)}), false)"
    assert db.execute(select).fetchone()[0] == 1  # no terms for 9.9.9: left to the rule
    db.execute("UPDATE coverage SET version = '0.2.0'")
    assert db.execute(select).fetchone()[0] == 0  # plainly covered: settled by the join
