"""`ccai convert`: the command line over `api.convert`. It parses options, reads the input,
writes the output and reports warnings on stderr; the converting happens elsewhere.

Exit codes: 0 converted (warnings allowed unless --strict), 1 something was lost and
--strict was given (nothing written), 2 usage or input error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_LOSSY, EXIT_USAGE = 0, 1, 2

def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add `ccai convert` to the `ccai` command."""
    from .api import OPTIONS
    from .registry import listing

    parser = subparsers.add_parser(
        "convert",
        help="convert records to and from C2PA/CAWG, IPTC/PLUS, TDMRep, AIPREF, ODRL, SPDX, Croissant …",
        description="Convert CCAI records into the formats the industry already reads, or preferences published "
                    "in those formats into CCAI records. Whatever a format cannot carry is reported as a warning "
                    "on stderr.",
        epilog="conversions:\n" + listing(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("path", nargs="?", default="-", metavar="PATH", help="input file; - reads stdin (default)")
    parser.add_argument("--from", dest="frm", default="ccai", metavar="FORMAT", help="input format (default: ccai)")
    parser.add_argument("--to", required=True, metavar="FORMAT", help="output format")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parser.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    parser.add_argument("--strict", action="store_true", help="write nothing and exit 1 if anything would be lost")
    parser.add_argument("--warnings", choices=["text", "json"], default="text", help="how warnings are printed")
    parser.add_argument("--quiet", "-q", action="store_true", help="do not print warnings")
    for dest, option in OPTIONS.items():
        flag = option.flag or "--" + dest.replace("_", "-")
        if option.choices:
            parser.add_argument(flag, dest=dest, choices=option.choices, default=None, help=option.help)
        else:
            parser.add_argument(flag, dest=dest, action="append" if option.repeatable else "store", help=option.help,
                                metavar=option.metavar)
    parser.set_defaults(func=run)
    return parser


def _fail(message: str) -> int:
    print(f"ccai convert: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _write(path: str, data: bytes, force: bool) -> None:
    from ..files import write_atomically

    write_atomically(path, data, overwrite=force)


def run(args: argparse.Namespace) -> int:
    from ..reading import STDIN, UsageError, read_bytes
    from .api import convert
    from .registry import CCAI, canonical
    from .results import ConversionError

    from .api import OPTIONS

    options: dict[str, Any] = {dest: getattr(args, dest) for dest in OPTIONS}
    if args.output and args.output != "-" and Path(args.output).exists() and not args.force:
        return _fail(f"{args.output} already exists; use --force to overwrite it")
    source: Any = STDIN if args.path == "-" else Path(args.path)
    name = "<stdin>" if args.path == "-" else args.path
    try:
        if canonical(args.frm) == CCAI:
            data: Any = source
            if args.path != "-" and Path(args.path).is_dir():
                return _fail(f"{args.path} is a folder; convert one file at a time")
        else:
            data, name = read_bytes(source)
        result = convert(data, to=args.to, frm=args.frm, **{k: v for k, v in options.items() if v is not None})
    except UsageError as exc:
        return _fail(str(exc))
    except ConversionError as exc:
        return _fail(f"{name}: {exc}")
    if not args.quiet:
        for warning in result.warnings:
            line = json.dumps(warning.as_dict(), ensure_ascii=False) if args.warnings == "json" else \
                f"ccai convert: {warning}"
            print(line, file=sys.stderr)
    if args.strict and result.warnings:
        print(f"ccai convert: {len(result.warnings)} warning(s) and --strict: nothing written", file=sys.stderr)
        return EXIT_LOSSY
    data = result.data()
    if args.output and args.output != "-":
        try:
            _write(args.output, data, args.force)
        except (FileExistsError, OSError) as exc:
            return _fail(str(exc))
    elif result.binary and sys.stdout.isatty():
        return _fail(f"{args.to} is a binary format; write it to a file with -o FILE")
    elif result.binary:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        sys.stdout.write(result.text())
        sys.stdout.flush()
    return EXIT_OK
