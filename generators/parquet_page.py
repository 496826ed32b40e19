"""The reference page on the Parquet and Arrow layout of every document type, from the schema.

The layout is `ccai_standards.tables.layout`'s, the one `ccai convert --to parquet` writes and
`ccai validate` reads, so the page cannot drift from what the tools do.
"""

from __future__ import annotations

from typing import Any

INTRO = """# Parquet and Arrow layout

Manifests of training data hold millions or billions of entries, and the tools that build
them keep their metadata in [Apache Parquet](https://parquet.apache.org/). `ccai validate`
reads Parquet files (`.parquet`, `.pq`) and Arrow IPC files (`.arrow`, `.feather`) and
streams (`.arrows`) as it reads JSON Lines: one record per row, with the same findings. Write
your records in this layout with

```console
$ ccai convert --to parquet manifest.jsonl -o manifest.parquet
$ ccai validate manifest.parquet
manifest.parquet (row group 3, row 210003): error CCAI-CONSENT-003 at $.consents[0]: …
```

or with pyarrow from the records themselves (`pyarrow.Table.from_pylist(records)`), which
gives the same columns for the fields your records use.

## The rules of the layout

- **One row per record, one column per field.** A file may hold records of several types;
  its columns are then those of all of them, and each row fills the columns of its type.
- **A null is an absent field.** Parquet has no other way to leave a field out, so a null
  is read as "not given", never as a value.
- **Text stays text.** Dates, timestamps, amounts and codes are string columns holding the
  record's exact text, offset included. Arrow `timestamp` and `date` columns are read too:
  a timestamp with a time zone becomes its ISO 8601 text (`2025-05-01T12:00:00Z`); one
  without a time zone has no offset, and the validator says so, as it would for the text.
- **Parts are structs, many values are lists.** `obtained` of a consent is a struct with the
  fields of a ConsentEvidence; `uses` is a list of strings; `compensation` a list of structs.
- **Integers are int64, yes/no fields are booleans.**
- **No binary, map or unsigned 64-bit columns, and no name twice.** No field of the
  standard is binary; a map may repeat a key, where a part has named fields; an unsigned
  64-bit integer may exceed what a record may hold; two columns (or two fields of a part)
  with one name would be merged by a reader. A file with any of these is refused as a whole,
  naming the column.
- **Row groups are the unit of work.** `ccai validate --jobs N` checks row groups in
  parallel; `ccai convert --to parquet` writes 65,536 rows per group.

A finding in a Parquet or Arrow file gives the row group and the row, both counted from 0
as pyarrow and DuckDB count them, in place of a line and a column, and the JSON path of the
field as everywhere else. In `--format json` they are `row_group` and `row`; in SARIF, the
`row` and `rowGroup` properties of the location.

"""


def parquet_page(classes: dict[str, Any], document_types: list[str], version: str) -> str:
    from ccai_standards.tables.layout import flat_columns

    lines = [INTRO.rstrip(), "", f"## Columns of each document type (version {version})", ""]
    for record_type in document_types:
        lines += [f"### {record_type}", "", f"Columns of a [{record_type}]({record_type}.md) record:", "",
                  "| Column | Type |", "|---|---|"]
        lines += [f"| `{name}` | {kind} |" for name, kind in flat_columns(classes, record_type)]
        lines.append("")
    return "\n".join(lines)
