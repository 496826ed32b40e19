"""The Python entry point: `convert(records, to=..., frm=...)`.

CCAI input is read with the one reader (`ccai_standards.reading`) and checked with the
validator's own checker, structure only: it must pass before any conversion. JSON-LD and
Turtle carry any record of a known type, findings and all, so that validating the converted
document gives the same findings as validating the source; each such record is named in a
warning, so that ``--strict`` refuses it.
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
        records = read_records(record_or_records, lenient=converter.to in NO_STRUCTURE_CHECK, ctx=ctx)
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


def read_records(data: Any, lenient: bool = False, ctx: Context | None = None) -> list[dict[str, Any]]:
    """CCAI records from any input `reading.read` takes, checked for structure.

    :param lenient: let records with structural findings through (named in a warning on
        `ctx`), as long as each is an object of a known record type.
    :raises ConversionError: input that cannot be read, or a record that does not pass.
    """
    from .. import resources
    from ..document import Document
    from ..reading import UsageError, read
    from ..validation.checker import CheckOptions, DocumentChecker

    try:
        items = list(read(data))
    except UsageError as exc:
        raise ConversionError(str(exc)) from None
    for item in items:
        if not isinstance(item, Document) and item.is_error:
            raise ConversionError(str(item))
    documents = [item for item in items if isinstance(item, Document)]
    if not documents:
        raise ConversionError("the input holds no record")
    result = DocumentChecker(CheckOptions(refs="off", rules=False)).check(documents, 0)
    known = set(resources.schema_index()["document_types"])
    by_document: dict[tuple[str, int], list[Any]] = {}
    for finding in result.findings:
        if finding.is_error:
            by_document.setdefault((finding.location.file, finding.location.document), []).append(finding)
    for document in documents:
        problems = by_document.get((document.source, document.index))
        if not problems:
            continue
        record = document.data if isinstance(document.data, dict) else {}
        name = record.get("id") if isinstance(record.get("id"), str) else f"{document.source} #{document.index + 1}"
        first = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        has_type = record.get("type") in known and not first.code.startswith(("INPUT-", "INTERNAL-"))
        if lenient and has_type and ctx is not None:
            ctx.warn("invalid-record", f"record {name} is not a valid CCAI record ({first.message} at "
                     f"{first.location.path}{more}); it is carried over unchanged, findings and all", (), name)
            continue
        raise ConversionError(f"record {name} is not a valid CCAI record: {first.message} at "
                              f"{first.location.path}{more}; run `ccai validate` for the details")
    return [document.data for document in documents]


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
