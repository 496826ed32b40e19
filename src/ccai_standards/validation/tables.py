"""The batch as tables: what chunks emit for the batch-wide phase, as Arrow record batches.

A chunk's check gives rows (`validation.checker`): ids, references, and the questions
cross-record rules ask. For a large batch those rows are packed, in the process that
checked the chunk, into Arrow record batches: a few buffers per chunk instead of millions
of small Python objects to pickle, send and unpickle, which is what kept a second worker
from making a run much faster. An engine (`validation.engines`) then resolves them with
joins: DuckDB on one machine, Spark SQL on a cluster.

Tables of one chunk (`number` is the document's origin number in its chunk):

- ``origins``: number, index, line, offset, column: where each document is;
- ``ids``: number, id, type: every record with an id;
- ``refs``: number, position (order in the chunk), target, allowed (the types it may point
  to, as text: ``|Person|Organization|``), path (the JSON path as JSON text), record_id;
- ``coverage``: the question of CCAI-CONSENT-003 that every manifest entry asks, one row
  per cited consent, with the time of use in microseconds so that an engine can settle the
  plain cases (`covered_sql`) and hand the others to the rule, which words the finding;
- every other question stays a Python row (there are few), with its position among the
  chunk's questions, so that an engine gives a document's findings in the same order as
  the in-process batch.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..rules.values import timestamp

COVERAGE_CODE = "CCAI-CONSENT-003"

#: Arrow schemas of a chunk's tables, by name (built when pyarrow is first needed).
_SCHEMAS: dict[str, Any] = {}


def schemas() -> dict[str, Any]:
    if not _SCHEMAS:
        import pyarrow as pa

        text, whole, count = pa.string(), pa.int64(), pa.int32()
        _SCHEMAS.update(
            origins=pa.schema([("number", count), ("index", whole), ("line", whole), ("offset", whole),
                               ("column", whole)]),
            ids=pa.schema([("number", count), ("id", text), ("type", text)]),
            refs=pa.schema([("number", count), ("position", count), ("target", text), ("allowed", text),
                            ("path", text), ("record_id", text)]),
            coverage=pa.schema([("number", count), ("position", count), ("consent", text), ("manifest", text),
                                ("citation", count), ("uses", text), ("work", text), ("added", text),
                                ("removed", text), ("added_micros", whole), ("record_id", text), ("version", text)]),
        )
    return _SCHEMAS


def as_text(values: Any) -> str:
    """A list of names as one text, ``|a|b|``, so that `|a|` in it asks whether it holds `a`."""
    return "|" + "|".join(values) + "|"


def as_names(text: str) -> tuple[str, ...]:
    return tuple(text[1:-1].split("|")) if len(text) > 2 else ()


def reference(allowed: str, path: str) -> tuple[tuple[str, ...], tuple[Any, ...]]:
    """The allowed types and the JSON path of a reference row, as the batch holds them."""
    return as_names(allowed), tuple(json.loads(path))


def _is_entry_coverage(code: str, question: Any) -> bool:
    """The shape `rules.consent._coverage_questions` gives a manifest entry: ((consent, manifest), path, …)."""
    return (code == COVERAGE_CODE and type(question[0]) is tuple and len(question) == 7
            and type(question[4]) is tuple and question[5] == ())


def pack(result: Any) -> None:
    """Replace a chunk result's rows for the batch with Arrow record batches (in place)."""
    import pyarrow as pa

    tables = schemas()
    origins = result.origins
    result.tables["origins"] = pa.RecordBatch.from_arrays(
        [pa.array(list(range(len(origins))), pa.int32()), pa.array([o[1] for o in origins], pa.int64()),
         pa.array([o[2] for o in origins], pa.int64()), pa.array([o[3] for o in origins], pa.int64()),
         pa.array([o[4] for o in origins], pa.int64())], schema=tables["origins"])
    records = result.records
    result.tables["ids"] = pa.RecordBatch.from_arrays(
        [pa.array([r[2] for r in records], pa.int32()), pa.array([r[0] for r in records], pa.string()),
         pa.array([r[1] for r in records], pa.string())], schema=tables["ids"])
    references = result.references
    # A chunk's references use a few paths and lists of types many times: encode each once.
    paths: dict[Any, str] = {}
    for reference in references:
        if reference[3] not in paths:
            paths[reference[3]] = json.dumps(reference[3])
    allowed = {types: as_text(types) for types in {r[1] for r in references}}
    result.tables["refs"] = pa.RecordBatch.from_arrays(
        [pa.array([r[2] for r in references], pa.int32()), pa.array(list(range(len(references))), pa.int32()),
         pa.array([r[0] for r in references], pa.string()), pa.array([allowed[r[1]] for r in references], pa.string()),
         pa.array([paths[r[3]] for r in references], pa.string()),
         pa.array([r[4] for r in references], pa.string())], schema=tables["refs"])
    kept, coverage = [], []
    for position, row in enumerate(result.questions):
        code, question = row[0], row[1]
        if _is_entry_coverage(code, question):
            coverage.append((position, row))
        else:
            kept.append((position, row))
    terms: dict[str, Any] = {}
    uses_text: dict[Any, str] = {}
    rows = []
    for position, (code, question, number, record_id, version) in coverage:
        (consent, manifest), path, uses, work, (added, removed), _, version_terms = question
        terms[version] = version_terms
        if uses not in uses_text:
            uses_text[uses] = as_text(uses)
        instant = timestamp(added)
        rows.append((number, position, consent, manifest, path[1], uses_text[uses], work, added, removed,
                     None if instant is None else instant.micros, record_id, version))
    result.tables["coverage"] = pa.RecordBatch.from_arrays(
        [pa.array([row[i] for row in rows], field.type) for i, field in enumerate(tables["coverage"])],
        schema=tables["coverage"])
    result.terms = terms
    result.questions = kept  # (position, row): the questions no table holds
    result.origins, result.records, result.references = [], [], []
    result.targets = set()
    result.packed = True


def coverage_question(row: dict[str, Any], terms: dict[str, Any]) -> tuple[Any, ...]:
    """A coverage row back as the question `rules.consent` asked, for the rule to judge and word."""
    return ((row["consent"], row["manifest"]), ("consents", row["citation"]), as_names(row["uses"]), row["work"],
            (row["added"], row["removed"]), (), terms[row["version"]])


def consent_rows(facts: Any) -> tuple[dict[str, list], dict[str, list]]:
    """The consents a batch holds, as columns: what `covered_sql` compares with (and their works, one row each)."""
    consents: dict[str, list] = {k: [] for k in ("id", "status", "uses", "users", "valid_from", "valid_until",
                                                 "plain")}
    works: dict[str, list] = {"consent": [], "work": []}
    for consent_id, consent in facts.consents.items():
        consents["id"].append(consent_id)
        consents["status"].append(consent.status)
        consents["uses"].append(sorted(consent.uses))
        consents["users"].append(sorted(consent.users))
        consents["valid_from"].append(None if consent.valid_from is None else consent.valid_from.micros)
        consents["valid_until"].append(None if consent.valid_until is None else consent.valid_until.micros)
        # A withdrawn or suspended consent is never settled by a join: the rule reads its dates.
        consents["plain"].append(not consent.withdrawn and not consent.suspensions)
        for work in consent.works:
            works["consent"].append(consent_id)
            works["work"].append(work)
    return consents, works


def manifest_rows(facts: Any, manifests: set[str]) -> dict[str, list]:
    """The manifests the coverage rows name: who uses their works, and when they were generated."""
    rows: dict[str, list] = {"id": [], "users": [], "generated": []}
    for manifest in sorted(m for m in manifests if m is not None):
        listed = facts.manifests.get(manifest)
        users = facts.users_of_manifest(manifest)
        rows["id"].append(manifest)
        rows["users"].append(None if users is None else sorted(users))
        rows["generated"].append(None if listed is None or listed.generated_at is None else listed.generated_at.micros)
    return rows


@dataclass(frozen=True)
class SqlDialect:
    """The list functions of one engine's SQL, as functions from argument expressions to SQL text."""

    contains: Callable[[str, str], str]  # the list holds the value
    has_all: Callable[[str, str], str]  # the first list holds every value of the second
    has_any: Callable[[str, str], str]  # the lists share a value
    size: Callable[[str], str]
    names: Callable[[str], str]  # the list of names in an `as_text` text


def covered_sql(sql: SqlDialect) -> str:
    """The condition under which a join settles a row of `coverage` (aliases: q coverage, c consents,
    w consent_works joined on consent and work, m manifests, t terms).

    It is `rules.consent._plainly_covered` in SQL: the entry's consent is in force all the time
    the entry is in use and plainly covers it. Every other row goes to the rule, which settles
    it or words its finding; a row whose consent is not in the batch is the reference check's.
    Engines select the rows where it is not true: a NULL anywhere (a missing term, say) leaves
    the row to the rule, never settles it (`NOT coalesce(condition, false)`).
    """
    return f"""
    c.id IS NULL OR (
        q.added_micros IS NOT NULL AND q.removed IS NULL AND c.plain
        AND {sql.contains("t.in_force", "c.status")}
        AND {sql.has_all("c.uses", sql.names("q.uses"))}
        AND (q.work IS NULL OR w.consent IS NOT NULL)
        AND (m.users IS NULL OR {sql.size("m.users")} = 0 OR {sql.size("c.users")} = 0
             OR {sql.has_any("m.users", "c.users")})
        AND (c.valid_from IS NULL OR q.added_micros >= c.valid_from)
        AND (c.valid_until IS NULL OR (q.added_micros < c.valid_until
                                       AND coalesce(m.generated, q.added_micros) < c.valid_until)))"""


#: The joins `covered_sql` needs, after `FROM coverage q` (or the table that holds the coverage rows).
COVERAGE_JOINS = ("LEFT JOIN consents c ON c.id = q.consent "
                  "LEFT JOIN consent_works w ON w.consent = q.consent AND w.work = q.work "
                  "LEFT JOIN manifests m ON m.id = q.manifest LEFT JOIN terms t ON t.version = q.version")
