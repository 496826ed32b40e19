"""`ccai migrate --to VERSION PATH...`: read records, migrate them, write or print them, report.

Records are read with the package's reader, so bad input is reported with file, line and
column, and nothing is written at all when any input cannot be read. Output keeps each
input's format (YAML, JSON, a JSON array, JSON Lines) and key order. A file is never
overwritten unless ``--in-place`` is given; ``-o`` refuses to replace an existing file.

Exit codes: 0 every record migrated (or already at the version), 1 some records could not
be fully migrated (they are still written or printed, with what could be migrated), 2 usage,
unreadable input, no record at all, or a failure of the tool itself (a write error, a
missing or damaged migration map).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from ..document import Document
from ..files import write_atomically
from ..findings import Finding, Severity
from . import engine

EXIT_OK, EXIT_NOT_MIGRATED, EXIT_USAGE = 0, 1, 2
COMMENTS_NOTE = ("YAML comments are not kept in migrated YAML output: the safe YAML reader does not keep them; "
                 "put back any you need")

DESCRIPTION = """\
Upgrade CCAI records to a newer version of the standard. Each record is moved from the
version its `conforms_to` names to VERSION, one release at a time, by the migration maps
shipped with this package: renamed record types, fields and values, fields moved into or
out of inlined objects, and defaults for new required fields. What a map cannot migrate
(an element removed with no replacement) is reported with file, line, JSON path and reason.

Without -o or --in-place the migrated records are printed (the report goes to stderr).
A file is never overwritten unless --in-place is given.

Exit 0 when every record was migrated, 1 when some could not be fully migrated (they are
still written or printed, with what could be migrated), 2 on a usage or input error."""


def _target(text: str) -> str:
    versions = engine.package_versions()
    known = tuple(versions.known())
    if text not in known or versions.get(text) is None:
        raise argparse.ArgumentTypeError(f"there is no version {text!r} of the standard; the known versions are "
                                         f"{', '.join(known)}")
    return text


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add `ccai migrate` to the `ccai` command."""
    parser = subparsers.add_parser(
        "migrate",
        help="upgrade records to a newer version of the standard",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders of records; - reads stdin")
    parser.add_argument("--to", required=True, type=_target, metavar="VERSION",
                        help="the version to migrate to, for example the current one")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="OUT",
                       help="write here instead of stdout: a file for one input file, a folder for several (an "
                            "existing file is never overwritten)")
    where.add_argument("--in-place", action="store_true", help="rewrite the input files that change")
    where.add_argument("--check", action="store_true", help="only report what would change; write nothing")
    parser.add_argument("--format", choices=["text", "json"], default="text", help="report format (default: text)")
    parser.add_argument("--quiet", "-q", action="store_true",
                        help="report only the records that could not be fully migrated, and the summary")
    parser.add_argument("--include", action="append", default=[], metavar="GLOB",
                        help="in folders, read only files matching GLOB (repeatable)")
    parser.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                        help="in folders, skip files or folders matching GLOB (repeatable)")
    parser.set_defaults(func=run)
    return parser


class _Usage(Exception):
    """A usage or input problem: say it and exit 2, writing nothing."""


# ---- reading ------------------------------------------------------------------------------


@dataclass
class _Input:
    """One input file (or stdin) with its records, as read."""

    display: str
    path: Path | None
    syntax: str
    relative: Path | None  # where it goes under an -o folder
    documents: list[Document] = field(default_factory=list)
    results: list[engine.MigrationResult] = field(default_factory=list)
    contexts: list[Any] = field(default_factory=list)  # the JSON-LD @context each record had, or _NONE

    @property
    def changed(self) -> bool:
        return any(r.changed for r in self.results)

    @property
    def as_array(self) -> bool:
        return self.syntax == "json" and (len(self.documents) > 1 or any(d.offset > 0 for d in self.documents))

    @property
    def has_comments(self) -> bool:
        return self.syntax == "yaml" and any(_COMMENT.search(_text(d)) for d in self.documents)


_NONE = object()
_COMMENT = re.compile(r"(?m)(?:^|[ \t])#")


def _text(document: Document) -> str:
    text = document.text
    return text.decode("utf-8", "replace") if isinstance(text, bytes) else text


def _read(args: argparse.Namespace) -> tuple[list[_Input], list[Finding]]:
    """Every input and its documents; input findings that are not errors come back as notes.

    :raises _Usage: an input that does not exist or cannot be read, with every error found.
    """
    from ..reading import STDIN, UsageError, read_tasks
    from ..reading.chunks import InputInfo, parse_task

    infos: list[InputInfo] = []
    inputs: dict[int, _Input] = {}
    notes: list[Finding] = []
    errors: list[Finding] = []
    for argument in args.paths:
        item: Any = STDIN if argument == "-" else Path(argument)
        folder = Path(argument) if argument != "-" and Path(argument).is_dir() else None
        try:
            for task in read_tasks([item], args.include, args.exclude, infos):
                parsed = [task] if isinstance(task, Finding) else parse_task(task)
                for found in parsed:
                    if isinstance(found, Finding):
                        (errors if found.severity is Severity.ERROR else notes).append(found)
                        continue
                    number = task.source  # type: ignore[union-attr]
                    if number not in inputs:
                        info = infos[number]
                        relative = None
                        if info.path is not None:
                            relative = info.path.relative_to(folder) if folder is not None else Path(info.path.name)
                        inputs[number] = _Input(info.display, info.path, info.syntax, relative)
                    inputs[number].documents.append(found)
        except UsageError as exc:
            raise _Usage(str(exc)) from None
    if errors:
        shown = "\n".join(f"ccai migrate: {finding}" for finding in errors)
        raise _Usage(f"{shown}\nccai migrate: {len(errors)} input error(s); nothing was migrated or written")
    return [inputs[n] for n in sorted(inputs)], notes


def _context_of(document: Document) -> Any:
    """The JSON-LD `@context` the record had (the reader keeps only the plain form), or _NONE."""
    text = _text(document)
    if "@context" not in text:
        return _NONE
    if document.syntax == "json":
        try:
            data = json.loads(text)
        except ValueError:
            return _NONE
        return data["@context"] if type(data) is dict and "@context" in data else _NONE
    from ..reading.parsers import yaml_value

    for key_node, value_node in getattr(document.node, "value", None) or []:
        if getattr(key_node, "value", None) == "@context":
            return yaml_value(value_node)  # a list or a mapping as written, not only an address
    return _NONE


# ---- writing records ---------------------------------------------------------------------


def _yaml_dumper() -> Any:
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    # Plain scalars that YAML 1.2 (the reader) or YAML 1.1 (the dumper) reads as something other than text.
    reads_as_other = re.compile(
        r"(?:true|True|TRUE|false|False|FALSE|~|null|Null|NULL|"
        r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|"
        r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))")

    starts_like_a_number = re.compile(r"[-+]?[0-9]")

    def represent_str(dumper: Any, value: str) -> Any:
        if "\n" in value.rstrip("\n") and not any(c in value for c in "\r\t\x85\u2028\u2029") \
                and not any(line != line.rstrip() for line in value.split("\n")):
            return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
        # Quoted too: text that starts like a number (versions, dates, times), as the examples write it.
        style = '"' if value == "" or reads_as_other.fullmatch(value) or starts_like_a_number.match(value) else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, represent_str)
    return Dumper


_DUMPER: Any = None


def _same(a: Any, b: Any) -> bool:
    """Equal, with types: True is not 1, 1.0 is not 1."""
    if type(a) is not type(b):
        return False
    if type(a) is dict:
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if type(a) is list:
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b


def yaml_text(record: Any) -> str:
    """One record as readable YAML that the package's reader reads back as the same data.

    A text that would read back differently (which the dumper is written to avoid) is given
    as JSON, which YAML 1.2 reads as it is.
    """
    import yaml

    from ..findings import InputError
    from ..reading import load_yaml

    global _DUMPER
    if _DUMPER is None:
        _DUMPER = _yaml_dumper()
    text = yaml.dump(record, Dumper=_DUMPER, sort_keys=False, allow_unicode=True, width=100,
                     default_flow_style=False)
    try:
        if _same(load_yaml(text, "<migrated>"), record):
            return text
    except InputError:
        pass
    return json.dumps(record, indent=2, ensure_ascii=False) + "\n"


def _json_text(record: Any) -> str:
    return json.dumps(record, indent=2, ensure_ascii=False) + "\n"


def _line(record: Any) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def _records(item: _Input, target: str, versions: engine.Versions) -> list[Any]:
    out = []
    for document, result, context in zip(item.documents, item.results, item.contexts):
        record = result.record
        if context is not _NONE and type(record) is dict:
            if result.changed:
                index = versions.get(target).schema_index  # type: ignore[union-attr]
                context = index["artifact_base_url"] + "ccai.context.jsonld"
            record = {"@context": context, **record}
        out.append(record)
    return out


def _render(item: _Input, records: list[Any]) -> str:
    if item.syntax == "yaml":
        if len(records) == 1:
            return yaml_text(records[0])
        return "".join("---\n" + yaml_text(r) for r in records)
    if item.syntax == "jsonl":
        return "".join(_line(r) for r in records)
    if item.as_array:
        return json.dumps(records, indent=2, ensure_ascii=False) + "\n"
    return _json_text(records[0])


def _original(item: _Input) -> str | None:
    """The input's own text, for an input none of whose records changed (its comments stay)."""
    if item.path is not None:
        try:
            return item.path.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError):  # gone or changed since it was read: write the records again
            return None
    if item.syntax == "jsonl":
        return "".join(_text(d).rstrip("\r\n") + "\n" for d in item.documents)
    if item.as_array:
        return None
    return _text(item.documents[0])


def _output(item: _Input, records: list[Any], rewritten: list[_Input]) -> str:
    """What is written for one input: its own text when nothing in it changed, else the records again."""
    if not item.changed:
        text = _original(item)
        if text is not None:
            return text
    rewritten.append(item)
    return _render(item, records)


def _render_all(items: list[_Input], records: list[list[Any]], rewritten: list[_Input]) -> str:
    """What stdout gets: one input in its own format; several as a YAML stream, else JSON Lines."""
    if len(items) == 1:
        return _output(items[0], records[0], rewritten)
    rewritten.extend(items)
    if all(i.syntax == "yaml" for i in items):
        return "".join("---\n" + yaml_text(r) for rs in records for r in rs)
    return "".join(_line(r) for rs in records for r in rs)


def _targets(items: list[_Input], args: argparse.Namespace) -> list[Path]:
    """Where each input goes with -o; refuses, writing nothing, when any target exists or two collide."""
    out = Path(args.output)
    single = len(args.paths) == 1 and (args.paths[0] == "-" or not Path(args.paths[0]).is_dir())
    folder = out.is_dir() or args.output.endswith(("/", os.sep))  # `-o migrated/` names a folder
    if single and not folder:
        if len(items) != 1:
            raise _Usage("-o names one file, but there are several inputs")
        targets = [out]
    else:
        if out.exists() and not out.is_dir():
            raise _Usage(f"{out} is a file; with several inputs (or a folder) -o names a folder")
        targets = []
        for item in items:
            if item.relative is None:
                raise _Usage("stdin has no file name: with -o FOLDER, pass files, or migrate stdin alone with "
                             "-o FILE")
            targets.append(out / item.relative)
    seen: dict[Path, str] = {}
    for item, target in zip(items, targets):
        if target in seen:
            raise _Usage(f"{item.display} and {seen[target]} would both be written to {target}")
        seen[target] = item.display
        if target.exists() or target.is_symlink():
            raise _Usage(f"{target} already exists; ccai migrate never overwrites a file with -o (choose another "
                         "place, or rewrite the inputs with --in-place); nothing was written")
        if item.path is not None and target.resolve() == item.path.resolve():
            raise _Usage(f"{target} is an input; use --in-place to rewrite the inputs")
    return targets


# ---- the report --------------------------------------------------------------------------


def _where(location: Any, fallback: str) -> str:
    if location is None or location.line is None:
        return fallback
    column = f":{location.column}" if location.column else ""
    return f"{location.file}:{location.line}{column}"


def _position(change: engine.MigrationChange) -> tuple[int, int]:
    location = change.location
    return (location.line or 0, location.column or 0) if location is not None else (0, 0)


def _label(record: Any) -> str:
    if type(record) is not dict:
        return "the record"
    kind = record.get("type") if type(record.get("type")) is str else "record"
    ident = record.get("id")
    return f"{kind} {ident}" if type(ident) is str else str(kind)


def _record_lines(item: _Input, document: Document, result: engine.MigrationResult, target: str) -> list[str]:
    where = f"{document.source}:{document.line}" if document.line else document.source
    label = _label(document.data)
    if result.status == "unchanged":
        return [f"{where}: {label}: already at {target}, unchanged"]
    if result.status == "refused":
        head = f"{where}: {label}: not migrated"
    else:
        count = len(result.changes)
        head = f"{where}: {label}: {result.from_version} → {target}, " + (
            f"{count} change(s)" if count else "nothing to change but `conforms_to`")
        if result.problems:
            head += f", {len(result.problems)} could not be migrated"
    lines = [head]
    for change in sorted(result.changes, key=_position):
        lines.append(f"  {_where(change.location, document.source)}: {change.path}: {change.summary}: "
                     f"{change.reason}")
    for problem in result.problems:
        lines.append(f"  {_where(problem.location, document.source)}: {problem.path}: cannot migrate: "
                     f"{problem.reason}")
    return lines


def _summary(items: list[_Input], target: str) -> dict[str, int]:
    results = [r for i in items for r in i.results]
    return {
        "records": len(results),
        "migrated": sum(r.status == "migrated" for r in results),
        "unchanged": sum(r.status == "unchanged" for r in results),
        "incomplete": sum(r.status == "incomplete" for r in results),
        "refused": sum(r.status == "refused" for r in results),
        "problems": sum(len(r.problems) for r in results),
    }


def _report(stream: TextIO, args: argparse.Namespace, items: list[_Input], notes: list[str], written: list[str]) -> None:
    summary = _summary(items, args.to)
    if args.format == "json":
        records = []
        for item in items:
            for document, result in zip(item.documents, item.results):
                records.append({
                    "file": document.source, "line": document.line, "index": document.index,
                    "type": document.data.get("type") if type(document.data) is dict else None,
                    "id": document.data.get("id") if type(document.data) is dict else None,
                    "from_version": result.from_version, "to_version": result.to_version, "status": result.status,
                    "changes": [c.as_json() for c in result.changes],
                    "problems": [p.as_json() for p in result.problems],
                })
        json.dump({"to_version": args.to, "records": records, "summary": summary, "written": written,
                   "notes": notes}, stream, indent=2, ensure_ascii=False)
        stream.write("\n")
        return
    for item in items:
        for document, result in zip(item.documents, item.results):
            if args.quiet and result.ok:
                continue
            stream.write("\n".join(_record_lines(item, document, result, args.to)) + "\n")
    if not args.quiet:
        stream.writelines(f"wrote {path}\n" for path in written)
    stream.writelines(f"note: {note}\n" for note in notes)
    parts = [f"{summary['migrated']} migrated", f"{summary['unchanged']} already at {args.to}"]
    if summary["incomplete"] or summary["refused"]:
        parts.append(f"{summary['incomplete'] + summary['refused']} not fully migrated "
                     f"({summary['problems']} problem(s))")
    stream.write(f"{summary['records']} record(s): {', '.join(parts)}"
                 + (" (--check: nothing written)" if args.check else "") + "\n")


# ---- the command -------------------------------------------------------------------------


def _fail(message: str) -> int:
    print(message if message.startswith("ccai migrate:") else f"ccai migrate: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def run(args: argparse.Namespace) -> int:
    if args.in_place and "-" in args.paths:
        return _fail("--in-place cannot rewrite stdin; use -o FILE, or let the records go to stdout")
    versions = engine.package_versions()
    try:
        migrator = engine.Migrator(args.to, versions)
        items, input_notes = _read(args)
        if not items:
            raise _Usage("no record to migrate: the inputs hold no record")
        for item in items:
            for document in item.documents:
                item.results.append(migrator.migrate(document.data, document.location))
                item.contexts.append(_context_of(document))
        records = [_records(item, args.to, versions) for item in items]
        targets = _targets(items, args) if args.output else []
    except _Usage as exc:
        return _fail(str(exc))
    except engine.MigrationError as exc:
        return _fail(str(exc))
    notes = [str(f) for f in input_notes]
    written: list[str] = []
    to_stdout = not (args.output or args.in_place or args.check)
    rewritten: list[_Input] = []  # inputs written again from their records (their YAML comments are gone)
    try:
        if args.output:
            for item, recs, target in zip(items, records, targets):
                target.parent.mkdir(parents=True, exist_ok=True)
                write_atomically(target, _output(item, recs, rewritten), overwrite=False)
                written.append(str(target))
        elif args.in_place:
            for item, recs in zip(items, records):
                if item.changed and item.path is not None:
                    write_atomically(item.path, _output(item, recs, rewritten))
                    written.append(item.display)
        elif to_stdout:
            sys.stdout.write(_render_all(items, records, rewritten))
            sys.stdout.flush()
    except FileExistsError as exc:
        return _fail(f"{exc.filename or exc} already exists (it appeared while migrating); it was not overwritten")
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        where = f"{exc.filename}: " if exc.filename else ""
        written_note = f" ({len(written)} file(s) written before it)" if written else ""
        return _fail(f"cannot write the output: {where}{exc.strerror or exc}{written_note}")
    if any(i.has_comments for i in rewritten):
        notes.append(COMMENTS_NOTE)
    _report(sys.stderr if to_stdout else sys.stdout, args, items, notes, written)
    if any(not r.ok for i in items for r in i.results):
        return EXIT_NOT_MIGRATED
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """`python -m ccai_standards.migrate`: the command on its own (the `ccai` command registers it too)."""
    parser = argparse.ArgumentParser(prog="ccai")
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["migrate", *(sys.argv[1:] if argv is None else argv)])
    try:
        return args.func(args)
    except BrokenPipeError:
        return 141
