"""CCAI records as one Parquet file, in the layout the site documents (`tables.layout`).

Every field keeps its exact value: text stays text (dates and timestamps included), so
`ccai validate` reads back the same records and gives the same findings, with rows in
place of lines. Row groups hold `ROWS_PER_GROUP` records, so that a large file can be
checked by several workers at once. Nothing is lost, so the export never warns.
"""

from __future__ import annotations

import io
from typing import Any

from .context import Batch, Context
from .results import ConversionError

ROWS_PER_GROUP = 65_536
MEDIA_TYPE = "application/vnd.apache.parquet"


def write(records: list[dict[str, Any]], target: Any, rows_per_group: int = ROWS_PER_GROUP) -> None:
    """Write records to `target` (a path or a binary file object) as Parquet."""
    from ..standard_versions import current, for_version
    from ..tables.layout import ArrowUnavailable, LayoutError, table_of

    def classes_of(record: dict[str, Any]) -> dict[str, Any]:
        claimed = record.get("conforms_to")
        version = (for_version(claimed) if isinstance(claimed, str) else None) or current()
        return version.schema_index["classes"]

    try:
        table = table_of(records, classes_of)
        import pyarrow.parquet as pq
    except (ArrowUnavailable, LayoutError) as exc:
        raise ConversionError(str(exc)) from None
    # Statistics and dictionary pages are the defaults of every Parquet reader; zstd is read by all of them.
    pq.write_table(table, target, row_group_size=rows_per_group, compression="zstd")


def export(batch: Batch, ctx: Context) -> bytes:
    out = io.BytesIO()
    write(batch.records, out)
    return out.getvalue()
