"""The `ccai` command. It only parses options; the work happens in the modules it calls.

Exit codes: 0 clean (warnings allowed unless --strict), 1 findings, 2 usage or input error.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from .artifacts import STANDARD_VERSION

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _version_text() -> str:
    from . import __version__

    return f"ccai-standards {__version__} (CCAI standard {STANDARD_VERSION})"


def _add_validate(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "validate",
        help="check records against the CCAI standard",
        description="Check CCAI records (YAML, JSON, JSON-LD, JSON Lines) against the schema and resolve the "
                    "references between them. All inputs of one call form one batch.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to check; - reads stdin")
    parser.add_argument("--format", choices=["text", "json", "sarif", "junit"], default="text",
                        help="output format (default: text)")
    parser.add_argument("--refs", choices=["error", "warn", "off"], default="error",
                        help="what an unresolved reference is (default: error)")
    parser.add_argument("--ignore", action="append", default=[], metavar="CODE",
                        help="drop findings with this code (repeatable)")
    parser.add_argument("--include", action="append", default=[], metavar="GLOB",
                        help="in folders, read only files matching GLOB (repeatable; default: *.yaml *.yml "
                             "*.json *.jsonld *.jsonl *.ndjson)")
    parser.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                        help="in folders, skip files or folders matching GLOB (repeatable)")
    parser.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    parser.add_argument("--quiet", "-q", action="store_true", help="show errors only")
    parser.add_argument("--max-errors", type=_positive, default=None, metavar="N", help="stop after N errors")
    parser.add_argument("--jobs", "-j", type=_positive, default=1, metavar="N",
                        help="check with N worker processes (default: 1); findings are the same, in the same order")
    parser.set_defaults(func=_validate)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


class _Progress:
    """A one-line progress report on stderr, only on a terminal and only after about 2 seconds."""

    def __init__(self) -> None:
        self.shown = False

    def __call__(self, documents: int, elapsed: float) -> None:
        if elapsed >= 2:
            sys.stderr.write(f"\rchecked {documents:,} documents in {elapsed:.0f} s ")
            sys.stderr.flush()
            self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def _validate(args: argparse.Namespace) -> int:
    from .inputs import UsageError
    from .reporters import REPORTERS
    from .validator import Validator

    progress = _Progress() if sys.stderr.isatty() else None
    validator = Validator(refs=args.refs, ignore=args.ignore, include=args.include, exclude=args.exclude,
                          jobs=args.jobs, progress=progress)
    reporter = REPORTERS[args.format](sys.stdout, quiet=args.quiet)
    input_errors = truncated = False
    # The run builds many small objects and no reference cycles: the cycle collector only costs time.
    gc.disable()
    try:
        for finding in validator.iter_findings(args.paths):
            reporter.finding(finding)
            if finding.is_error and finding.code.startswith("INPUT-"):
                input_errors = True
            if args.max_errors is not None and validator.summary.errors >= args.max_errors:
                truncated = True
                break
    except UsageError as exc:
        print(f"ccai validate: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        gc.enable()
        if progress is not None:
            progress.close()
    summary = validator.summary
    reporter.summary(summary, truncated)
    if input_errors:
        return EXIT_USAGE
    if summary.errors or (args.strict and summary.warnings):
        return EXIT_FINDINGS
    return EXIT_OK


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole parser; with `command`, only that subcommand's (so `validate` starts fast)."""
    parser = argparse.ArgumentParser(
        prog="ccai",
        description="Tools for the CCAI standards: validate records against the standard, convert them to and "
                    "from other formats, and compare versions of the schema.",
    )
    parser.add_argument("--version", action="version", version=_version_text())
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_validate(sub)
    if command != "validate":
        from .convert.cli import add_parser as add_convert
        from .diff.cli import add_parser as add_diff

        add_convert(sub)
        add_diff(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in arguments if not a.startswith("-")), None)
    parser = build_parser(first if first == "validate" else None)
    args = parser.parse_args(arguments)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
