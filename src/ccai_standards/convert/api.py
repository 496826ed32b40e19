"""The Python entry point: `convert(records, to=..., frm=...)`.

CCAI input is read with the one reader (`ccai_standards.reading`) and checked with the
validator's own checker, structure only: it must pass before any conversion. JSON-LD and
Turtle carry any record of a known type, findings and all, so that validating the converted
document gives the same findings as validating the source; each such record is named in a
warning, so that ``--strict`` refuses it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .context import Batch, Context, Source
from .registry import CCAI, find
from .results import MISSING, ConversionError, ConversionResult

@dataclass(frozen=True)
class Option:
    """One option the converters understand; `ccai convert` makes a flag of each."""

    help: str
    flag: str = ""  # the command-line flag, when it is not --<name with dashes>
    repeatable: bool = False
    metavar: str = "ID"
    choices: tuple[str, ...] = ()


#: Options the converters understand; anything else is a mistake worth reporting.
OPTIONS: dict[str, Option] = {
    "declared_by": Option("id of the party that made an imported declaration"),
    "declared_at": Option("when an imported declaration was made (timestamp with offset; default: now)",
                          metavar="TIME"),
    "id": Option("id to give an imported record (default: derived from the input)"),
    "base_url": Option("site address that relative TDMRep / robots.txt paths are resolved against", metavar="URL"),
    "site": Option("which web site's rules to write, when a preference covers several", metavar="URL"),
    "works": Option("id of a work an imported preference applies to (repeatable)", "--work", True),
    "catalogue_of": Option("id of the party whose catalogue an imported preference applies to"),
    "locations": Option("address pattern an imported preference applies to (repeatable)", "--location", True,
                        "URL"),
    "valid_from": Option("when an imported preference starts to apply", metavar="TIME"),
    "user_agent": Option("robots.txt group to read or write (default *)", metavar="AGENT"),
    "context": Option("JSON-LD: reference the published CCAI context (url, default) or embed it (inline)",
                      choices=("url", "inline")),
    "issued_at": Option("when a consent receipt is issued (default: now)", metavar="TIME"),
    "receipt_id": Option("id to give a consent receipt"),
    "digital_source_type": Option("C2PA: how the asset was made, for the c2pa.created action (a "
                                  "DigitalSourceTypeEnum value, such as digital_capture)", metavar="TYPE"),
    "licence_url": Option("RSL: where the licence document is published, for the robots.txt License line",
                          metavar="URL"),
    "invalid_manifest": Option("C2PA: what to do with a manifest store that did not validate (default refuse)",
                               metavar="WHAT", choices=("refuse", "warn")),
    "created_at": Option("creation time written into SPDX and other documents (default: the record's own time)",
                         metavar="TIME"),
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
        ids = [r.get("id") for r in output]
        if len(ids) != len(set(ids)):
            if ctx.option("id"):
                raise ConversionError(f"the input holds {len(ids)} statements, each imported as its own record, and "
                                      "one id was given for all of them; leave out id (--id) so that each gets its "
                                      "own id, derived from the input")
            raise ConversionError("two imported records would have the same id")  # pragma: no cover - a bug
        check_imported(output, ctx)
        if len(output) == 1:
            output = output[0]
        else:
            media_type = "application/x-ndjson"
    elif isinstance(output, list) and converter.to == "jsonld":
        media_type = "application/x-ndjson"
    return ConversionResult(output, ctx.warnings.items, media_type)


#: The option that supplies each field an import may lack, for the hint of an invalid import.
FIXES = {"declared_by": "declared_by (--declared-by)", "declared_at": "declared_at (--declared-at)",
         "works": "works (--work)", "catalogue_of": "catalogue_of (--catalogue-of)", "locations": "locations (--location)",
         "valid_from": "valid_from (--valid-from)", "id": "id (--id)"}


def check_imported(records: list[dict[str, Any]], ctx: Context) -> None:
    """Every imported record is validated as CCAI records are: a structural error refuses the
    import, naming the option that sets the field; a rule the record breaks is a warning."""
    from .. import validate

    for finding in validate(records, refs="off"):
        if not finding.is_error:
            continue
        field = finding.location.path.split(".")[1].split("[")[0] if finding.location.path.startswith("$.") else ""
        fix = f"; set it with {FIXES[field]}" if field in FIXES else (
            "; give works (--work), catalogue_of (--catalogue-of) or locations (--location)"
            if finding.code == "CCAI-PREF-003" else "")
        message = f"the imported record is not valid: {finding.message} at {finding.location.path} ({finding.code}){fix}"
        if finding.code.startswith("SCHEMA-") or finding.code.startswith("INPUT-"):
            raise ConversionError(message)
        index = finding.location.document
        record_id = records[index].get("id") if isinstance(index, int) and index < len(records) else None
        ctx.warn(MISSING, message, finding.location.path, record_id)


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
        has_type = isinstance(record.get("type"), str) and record["type"] in known and not first.code.startswith(
            ("INPUT-", "INTERNAL-"))
        if lenient and has_type and ctx is not None:
            ctx.warn("invalid-record", f"record {name} is not a valid CCAI record ({first.message} at "
                     f"{first.location.path}{more}); it is carried over unchanged, findings and all", (), name)
            continue
        raise ConversionError(f"record {name} is not a valid CCAI record: {first.message} at "
                              f"{first.location.path}{more}; run `ccai validate` for the details")
    return [document.data for document in documents]


def as_source(data: Any, name: str = "<input>") -> Source:
    from .. import reading
    from ..reading.parsers import size_text

    if isinstance(data, (bytes, str)) and len(data) > reading.MAX_FILE_BYTES:
        raise ConversionError(f"the input is larger than {size_text(reading.MAX_FILE_BYTES)}, the limit for input "
                              "read whole")
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ConversionError(f"{name} is not UTF-8 text (byte {exc.start + 1})") from None
    if isinstance(data, str):
        return Source(data, name)
    import json

    return Source(json.dumps(data), name, data)
