"""`ccai diff OLD NEW`: options only; the work happens in `engine` and `renderers`.

Exit codes: 0 NEW's version is bumped enough for the changes, 1 it is not, 2 usage or input
error (a message, never a traceback).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

EXIT_OK, EXIT_NOT_BUMPED, EXIT_USAGE = 0, 1, 2

DESCRIPTION = """\
List every change from OLD to NEW (classes, fields, enumerations and their values, types,
IRIs, and the standard's requirements), class each one as breaking, compatible or
editorial, and state the smallest version bump that covers them.

OLD and NEW may be a schema file (schema/ccai.yaml), a merged schema, a release snapshot
(releases/0.1.0.yaml, which brings releases/0.1.0.requirements.yaml), a schema folder, a
repository root (schema/ and standards/), or a git ref: REF or REF:path.

Exit 0 when NEW's version is bumped enough, 1 when it is not, 2 on a usage or input error."""


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register `diff` on the `ccai` command line."""
    parser = subparsers.add_parser(
        "diff",
        help="what changed between two versions of the standard, and the version bump it needs",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("old", metavar="OLD", help="the baseline, e.g. releases/0.1.0.yaml or a tag")
    parser.add_argument("new", metavar="NEW", nargs="?", default=".",
                        help="the proposed version (default: the current folder)")
    parser.add_argument("--format", choices=["text", "markdown", "json"], default="text",
                        help="output format (default: text; markdown is ready for a pull-request comment)")
    parser.set_defaults(func=run)
    return parser


def run(args: argparse.Namespace) -> int:
    from .engine import compare
    from .renderers import RENDERERS
    from .sources import DiffInputError

    try:
        report = compare(args.old, args.new)
    except DiffInputError as exc:
        print(f"ccai diff: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    sys.stdout.write(RENDERERS[args.format](report))
    return EXIT_OK if report.bumped_enough else EXIT_NOT_BUMPED


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ccai")
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["diff", *(sys.argv[1:] if argv is None else argv)])
    try:
        return args.func(args)
    except BrokenPipeError:
        return EXIT_OK
