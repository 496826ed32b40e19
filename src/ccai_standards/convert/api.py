"""The Python entry point: `convert(records, to=..., frm=...)`.

CCAI input is read with the validator's own strict reader and must pass the structural
check first (except for JSON-LD and Turtle, which carry any record, findings and all, so
that validating the converted document gives the same findings as validating the source).
"""

from __future__ import annotations

from typing import Any

from .context import Batch, Context, Source
from .registry import CCAI, find
from .results import ConversionError, ConversionResult

#: Options the converters understand; anything else is a mistake worth reporting.
OPTIONS = {
    "declared_by": "id of the party that made an imported declaration",
    "declared_at": "when an imported declaration was made (timestamp with offset)",
    "id": "id to give an imported record",
    "base_url": "site address that relative TDMRep / robots.txt paths are resolved against",
    "site": "which web site's rules to write, when a preference covers several sites",
    "works": "ids of works an imported preference applies to",
    "catalogue_of": "id of the party whose catalogue an imported preference applies to",
    "locations": "address patterns an imported preference applies to",
    "valid_from": "when an imported preference starts to apply",
    "user_agent": "robots.txt group to read or write (default *)",
    "context": "`url` (default) to reference the published CCAI context, `inline` to embed it",
    "issued_at": "when a consent receipt is issued (default: now)",
    "receipt_id": "id to give a consent receipt",
    "created_at": "creation time written into SPDX and other documents (default: the record's own time)",
}
NO_STRUCTURE_CHECK = {"jsonld", "turtle"}


def convert(record_or_records: Any, to: str, frm: str = CCAI, **options: Any) -> ConversionResult:
    """Convert CCAI records to another format, or another format into CCAI records.

    :param record_or_records: for ``frm="ccai"``: a record (dict), a list of records, or the
        text or bytes of a YAML / JSON / JSON Lines file. For other formats: their text or
        bytes, or the already parsed JSON.
    :param to: target format name (see ``ccai convert --help`` or `registry.CONVERTERS`).
    :param frm: source format name, ``ccai`` by default.
    :param options: see `OPTIONS`, for example ``declared_by=`` when importing preferences.
    :raises ConversionError: when the input cannot be converted (bad input, wrong record type).
    """
    unknown = sorted(set(options) - set(OPTIONS))
    if unknown:
        raise ConversionError(f"unknown option(s): {', '.join(unknown)}; known: {', '.join(sorted(OPTIONS))}")
    converter = find(frm, to)
    ctx = Context({k: v for k, v in options.items() if v is not None})
    function = converter.load()
    if converter.frm == CCAI:
        records = read_records(record_or_records)
        if converter.to not in NO_STRUCTURE_CHECK:
            check_structure(records)
        output = function(Batch(records), ctx)
    else:
        output = function(as_source(record_or_records), ctx)
    media_type = converter.media_type
    if converter.to == CCAI:
        if len(output) == 1:
            output = output[0]
        else:
            media_type = "application/x-ndjson"
    elif isinstance(output, list) and converter.to == "jsonld":
        media_type = "application/x-ndjson"
    return ConversionResult(output, ctx.warnings.items, media_type)


def read_records(data: Any, name: str = "<input>") -> list[dict[str, Any]]:
    """CCAI records from dicts, or from the text of a file read with the validator's parser."""
    from ..parsers import Document, parse_bytes, syntax_for

    if isinstance(data, dict):
        items: list[Any] = [data]
    elif isinstance(data, (str, bytes)):
        raw = data.encode("utf-8") if isinstance(data, str) else data
        items = []
        for parsed in parse_bytes(raw, name, syntax_for(name, raw[:4096])):
            if isinstance(parsed, Document):
                items.append(parsed.data)
            elif parsed.is_error:
                raise ConversionError(str(parsed))
    else:
        items = list(data)
    records = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise ConversionError(f"document {index + 1} is not a record (an object with fields)")
        records.append(item)
    if not records:
        raise ConversionError("the input holds no record")
    return records


def check_structure(records: list[dict[str, Any]]) -> None:
    """Refuse records that break the schema: converters rely on required fields and types."""
    from ..parsers import Document
    from ..structure import check_envelope, check_structure as structure_findings

    for number, record in enumerate(records):
        record = {k: v for k, v in record.items() if k != "@context"}
        records[number] = record
        document = Document(record, f"<record {number + 1}>", number, 1, "", "json")
        record_type, problems = check_envelope(document)
        problems = problems or structure_findings(document, record_type)  # type: ignore[arg-type]
        if problems:
            first = problems[0]
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise ConversionError(f"record {record.get('id', number + 1)} is not a valid CCAI record: "
                                  f"{first.message} at {first.location.path}{more}; run `ccai validate` "
                                  "for the details")


def as_source(data: Any, name: str = "<input>") -> Source:
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ConversionError(f"{name} is not UTF-8 text (byte {exc.start + 1})") from None
    if isinstance(data, str):
        return Source(data, name)
    import json

    return Source(json.dumps(data), name, data)
