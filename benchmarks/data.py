"""Synthetic, realistic CCAI records for benchmarks: works, consents and manifest entries.

One record in a hundred is invalid, half of them structurally (a timestamp without its
UTC offset) and half by a rule (a manifest entry citing a consent that does not cover its use).
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

VERSION = "0.1.0"
BASE = "https://ids.bench.example"


def _uid(rng: random.Random) -> str:
    return f"urn:uuid:{uuid.UUID(int=rng.getrandbits(128), version=4)}"


def records(entries: int, consents: int, works: int, seed: int = 7) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    yield {"type": "Organization", "conforms_to": VERSION, "id": f"{BASE}/orgs/lab", "name": "Bench Labs",
           "organization_kind": "ai_developer"}
    yield {"type": "Person", "conforms_to": VERSION, "id": f"{BASE}/people/creator", "name": "A. Creator",
           "roles": ["writer"]}
    yield {"type": "Dataset", "conforms_to": VERSION, "id": f"{BASE}/datasets/d1", "name": "Bench dataset",
           "dataset_types": ["text"]}
    yield {"type": "DatasetManifest", "conforms_to": VERSION, "id": f"{BASE}/manifests/m1",
           "dataset": f"{BASE}/datasets/d1", "generated_at": "2025-06-01T00:00:00Z", "entry_count": entries,
           "generated_by": f"{BASE}/orgs/lab"}
    work_ids = [f"{BASE}/works/{i}" for i in range(works)]
    for i, wid in enumerate(work_ids):
        yield {"type": "CreativeWork", "conforms_to": VERSION, "id": wid, "title": f"Work number {i}",
               "work_kind": "article", "creators": [f"{BASE}/people/creator"], "url": f"https://news.bench.example/a/{i}",
               "date_published": "2024-03-01"}
    consent_ids = [f"{BASE}/consents/{i}" for i in range(consents)]
    per_consent = max(1, works // max(1, consents))
    for i, cid in enumerate(consent_ids):
        covered = work_ids[i * per_consent:(i + 1) * per_consent]
        yield {"type": "ConsentRecord", "conforms_to": VERSION, "id": cid, "subject": f"{BASE}/people/creator",
               "granted_by": f"{BASE}/people/creator", "grantor_capacity": "subject", "granted_to": [f"{BASE}/orgs/lab"],
               "works": covered, "permitted_uses": ["ai_training", "generative_ai_training"],
               "valid_from": "2025-01-01T00:00:00Z", "valid_until": "2027-01-01T00:00:00Z", "territories": ["WORLD"],
               "commercial": False, "obtained": {"method": "electronic_signature", "signed_at": "2024-12-20T10:00:00Z"},
               "consent_status": "given", "recorded_at": "2024-12-20T10:00:00Z"}
    for i in range(entries):
        work = i % works
        consent = min(work // per_consent, consents - 1)
        entry = {"type": "ManifestEntry", "conforms_to": VERSION, "id": _uid(rng), "manifest": f"{BASE}/manifests/m1",
                 "work": work_ids[work], "basis": "consent", "consents": [consent_ids[consent]],
                 "uses": ["generative_ai_training"], "added_at": "2025-05-01T12:00:00Z",
                 "content_sha256": f"{rng.getrandbits(256):064x}"}
        if i % 100 == 50:
            entry["added_at"] = "2025-05-01T12:00:00"  # structural: no UTC offset
        elif i % 100 == 99:
            entry["uses"] = ["voice_cloning"]  # rule: the cited consent does not permit it
        yield entry


def write_jsonl(path: Path, items: Iterator[dict[str, Any]]) -> int:
    count = 0
    with open(path, "w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, separators=(",", ":")))
            handle.write("\n")
            count += 1
    return count


def write_json_array(path: Path, items: Iterator[dict[str, Any]]) -> int:
    data = list(items)
    path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    return len(data)


def write_parquet(path: Path, items: Iterator[dict[str, Any]], rows_per_group: int = 65_536) -> Path | None:
    """The records as Parquet in the layout of `ccai convert --to parquet`, written a row group at a time
    (never all in memory); None without pyarrow."""
    try:
        import pyarrow.parquet as pq
    except ImportError:
        return None
    from ccai_standards import resources
    from ccai_standards.tables.layout import schema_for

    classes = resources.schema_index()["classes"]
    schema = schema_for((name, classes) for name in ("Organization", "Person", "Dataset", "DatasetManifest",
                                                      "CreativeWork", "ConsentRecord", "ManifestEntry"))
    import pyarrow as pa

    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        group: list[dict[str, Any]] = []
        for item in items:
            group.append(item)
            if len(group) == rows_per_group:
                writer.write_table(pa.Table.from_pylist(group, schema=schema))
                group = []
        if group:
            writer.write_table(pa.Table.from_pylist(group, schema=schema))
    return path
