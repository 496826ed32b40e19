"""The Parquet (and Arrow) layout of CCAI records: one column per field, derived from the schema.

A record type's layout is read from the schema index of the version it is written by, so it
never drifts from the JSON Schema:

- a text, code, date, timestamp, amount, reference or enumeration field is a string column
  (dates and timestamps keep the exact text of the record, offset included);
- an integer is int64, a boolean is bool;
- a part (an inlined object such as `obtained`) is a struct of its own fields;
- a field with many values is a list of the above.

Columns are in a fixed order: `type`, `id`, `conforms_to`, then the other fields by name.
A null is an absent field: that is what Parquet means by it, and what `rows` reads back.
A file may hold records of several types; its columns are then the union of their layouts.

pyarrow is imported by the functions, never by the module, so that importing this module
costs nothing to a run that does not read or write Parquet.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..extras import install_hint

FIRST_COLUMNS = ("type", "id", "conforms_to")
_SCALARS = {"integer": "int64", "boolean": "bool_"}
PARQUET_EXTRA = install_hint("parquet")


class ArrowUnavailable(Exception):
    """pyarrow is not installed: reading or writing Parquet needs the `parquet` extra."""


def pyarrow() -> Any:
    try:
        import pyarrow as pa
    except ImportError:
        raise ArrowUnavailable(f"reading and writing Parquet or Arrow needs pyarrow: {PARQUET_EXTRA}") from None
    return pa


def column_order(names: Iterable[str]) -> list[str]:
    names = set(names)
    return [n for n in FIRST_COLUMNS if n in names] + sorted(names - set(FIRST_COLUMNS))


def describe_fields(classes: dict[str, Any], record_type: str) -> list[tuple[str, str]]:
    """(column, Arrow type as text) for one record type, in column order."""
    fields = classes[record_type]["fields"]
    return [(name, str(_arrow_type(classes, fields[name], (record_type,)))) for name in column_order(fields)]


def flat_columns(classes: dict[str, Any], record_type: str) -> list[tuple[str, str]]:
    """(column path, type in words) for one record type, nested fields included, for the site's layout tables.

    A struct's members are written `part.member`; the members of a list of structs `part[].member`.
    """
    pa = pyarrow()
    fields = classes[record_type]["fields"]
    out: list[tuple[str, str]] = []

    def walk(name: str, arrow_type: Any) -> None:
        if pa.types.is_list(arrow_type):
            inner = arrow_type.value_type
            out.append((name, f"list of {_word(inner)}"))
            if pa.types.is_struct(inner):
                for i in range(inner.num_fields):
                    walk(f"{name}[].{inner.field(i).name}", inner.field(i).type)
            return
        out.append((name, _word(arrow_type)))
        if pa.types.is_struct(arrow_type):
            for i in range(arrow_type.num_fields):
                walk(f"{name}.{arrow_type.field(i).name}", arrow_type.field(i).type)

    for name in column_order(fields):
        walk(name, _arrow_type(classes, fields[name], (record_type,)))
    return out


def _word(arrow_type: Any) -> str:
    pa = pyarrow()
    if pa.types.is_struct(arrow_type):
        return "struct"
    if pa.types.is_list(arrow_type):
        return f"list of {_word(arrow_type.value_type)}"
    return {"bool": "boolean"}.get(str(arrow_type), str(arrow_type))


def _arrow_type(classes: dict[str, Any], info: dict[str, Any], seen: tuple[str, ...]) -> Any:
    pa = pyarrow()
    if info["kind"] == "object":
        part = info["range"]
        if part in seen:  # a part that holds itself cannot be a fixed struct: keep it as JSON text
            inner = pa.string()
        else:
            members = classes[part]["fields"]
            inner = pa.struct([pa.field(name, _arrow_type(classes, members[name], (*seen, part)))
                               for name in column_order(members)])
    else:
        inner = getattr(pa, _SCALARS.get(info.get("range", ""), "string"))() if info["kind"] == "value" else pa.string()
    # Parquet names a list's values `element`; so does the layout, so that it reads back the same
    return pa.list_(pa.field("element", inner)) if info.get("multivalued") else inner


class LayoutError(ValueError):
    """Records that one Parquet file cannot hold as they are."""


def schema_for(layouts: Iterable[tuple[str, dict[str, Any]]]) -> Any:
    """The Arrow schema of a file holding records of these (type, schema index classes): the union of their columns.

    :raises LayoutError: one field with two layouts (records of versions that disagree on it).
    """
    pa = pyarrow()
    types: dict[str, Any] = {}
    for record_type, classes in layouts:
        for name, info in classes[record_type]["fields"].items():
            found = _arrow_type(classes, info, (record_type,))
            if types.setdefault(name, found) != found:
                raise LayoutError(f"the field `{name}` is {types[name]} in one record and {found} in another (records "
                                  "of versions of the standard that disagree on it); write them to separate files")
    return pa.schema([pa.field(name, types[name]) for name in column_order(types)])


def table_of(records: list[dict[str, Any]], classes_of: Any) -> Any:
    """An Arrow table of valid records, each in the layout of its type in the version it conforms to.

    `classes_of(record)` gives the schema index classes a record is written by. The table is
    read back and compared with the records, so that nothing is ever dropped or changed on
    the way (pyarrow leaves out keys the schema lacks, and turns 1.0 into 1).

    :raises LayoutError: a record the layout would change, naming it and the field.
    """
    pa = pyarrow()
    layouts = {}
    for record in records:
        classes = classes_of(record)
        layouts[(record["type"], id(classes))] = (record["type"], classes)
    schema = schema_for(layouts[key] for key in sorted(layouts, key=lambda key: key[0]))
    try:
        table = pa.Table.from_pylist(records, schema=schema)
    except (pa.ArrowException, TypeError, ValueError) as exc:
        raise LayoutError(f"the records do not fit their Parquet layout: {str(exc).splitlines()[0][:200]}") from None
    start = 0
    for batch in table.to_batches():
        for offset, back in enumerate(rows(batch)):
            record = records[start + offset]
            if back != record:
                field = next((k for k in column_order(set(record) | set(back)) if record.get(k) != back.get(k)), "?")
                name = record.get("id", f"#{start + offset + 1}")
                raise LayoutError(f"record {name}: the field `{field}` would not be read back as written "
                                  f"({record.get(field)!r}); the record does not fit the layout of its type")
        start += batch.num_rows
    return table


# --- reading back --------------------------------------------------------------------------

def _needs_cleaning(arrow_type: Any) -> bool:
    """Whether values of this type come out of pyarrow as something other than plain JSON values."""
    pa = pyarrow()
    types = pa.types
    if types.is_string(arrow_type) or types.is_large_string(arrow_type) or types.is_integer(arrow_type) \
            or types.is_boolean(arrow_type):
        return False
    if types.is_list(arrow_type) or types.is_large_list(arrow_type):
        return _needs_cleaning(arrow_type.value_type)
    return True  # structs (nulls inside), timestamps, dates, decimals, floats …


def rows(batch: Any) -> Iterator[dict[str, Any]]:
    """The records of an Arrow record batch as JSON-like dicts: nulls dropped, dates and times as text."""
    if batch.num_rows:  # a file of several record types has many columns, most of them empty in any one batch
        empty = [i for i in range(batch.num_columns) if batch.column(i).null_count == batch.num_rows]
        if empty:
            batch = batch.drop_columns([batch.schema.field(i).name for i in empty])
    clean_columns = {field.name for field in batch.schema if _needs_cleaning(field.type)}
    for row in batch.to_pylist():
        if clean_columns:
            yield {k: (plain(v) if k in clean_columns else v) for k, v in row.items() if v is not None}
        else:
            yield {k: v for k, v in row.items() if v is not None}


def plain(value: Any) -> Any:
    """One value from pyarrow as JSON would hold it: objects without nulls, ISO 8601 text for times.

    Binary and map columns never get here: the reader refuses them (`reading.columnar`).
    """
    import datetime
    import decimal

    if type(value) is dict:
        return {k: plain(v) for k, v in value.items() if v is not None}
    if type(value) is list:
        return [plain(v) for v in value]
    if isinstance(value, datetime.datetime):
        text = value.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text  # no offset stays none: the check says so
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    return value
