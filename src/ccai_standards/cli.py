"""The `ccai` command. It only parses options; the work happens in the modules it calls.

Exit codes: 0 clean (warnings allowed unless --strict), 1 findings, 2 usage, unreadable
input, nothing checked (unless --allow-empty) or a failure of the tool itself (a write
error, an internal error, a dead worker), 130 interrupted (Ctrl-C), 143 terminated (SIGTERM),
141 stdout closed before the output was complete (as a tool killed by SIGPIPE).
"""

from __future__ import annotations

import argparse
import gc
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from .artifacts import STANDARD_VERSION

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE, EXIT_TERMINATED = 0, 1, 2, 130, 141, 143


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
    from .reporters import REPORTERS

    parser.add_argument("--format", choices=tuple(REPORTERS), default="text",
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
    parser.add_argument("--records-only", action="store_true",
                        help="set aside, with a note, files that certainly hold no CCAI record (no CCAI `type`, "
                             "no `conforms_to`, no CCAI context), such as configuration files a hook hands over")
    parser.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    parser.add_argument("--allow-empty", action="store_true",
                        help="exit 0 when the inputs hold no document at all (default: exit 2, nothing was checked)")
    parser.add_argument("--quiet", "-q", action="store_true", help="show errors only")
    parser.add_argument("--max-errors", type=_positive, default=None, metavar="N", help="stop after N errors")
    parser.add_argument("--jobs", "-j", type=_positive, default=1, metavar="N",
                        help="check with N worker processes (default: 1); findings are the same, in the same order")
    parser.add_argument("--engine", choices=("auto", "python", "duckdb", "spark"), default="auto",
                        help="what resolves references and cross-record rules: python (in this process), duckdb "
                             "(joins in an embedded database, for large inputs), spark (a cluster, see "
                             "--spark-master); auto (default) picks duckdb for inputs of 4 GiB or more; "
                             "every engine gives the same findings")
    parser.add_argument("--spark-master", default=None, metavar="URL",
                        help="with --engine spark: the cluster to run on (default: local[*])")
    parser.add_argument("--as-version", type=_known_version, default=None, metavar="VERSION",
                        help="judge every record by this version of the standard instead of the one its "
                             "`conforms_to` names")
    parser.set_defaults(func=_validate)


def _known_version(text: str) -> str:
    from .standard_versions import for_version, known_versions

    if for_version(text) is None:
        raise argparse.ArgumentTypeError(f"there is no version {text!r} of the standard; the known versions are "
                                         f"{', '.join(known_versions())}")
    return text


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
    from .reading import STDIN, UsageError
    from .reporters import REPORTERS
    from .validation import Validator

    progress = _Progress() if sys.stderr.isatty() else None
    validator = Validator(refs=args.refs, ignore=args.ignore, include=args.include, exclude=args.exclude,
                          jobs=args.jobs, as_version=args.as_version, progress=progress, engine=args.engine,
                          spark_master=args.spark_master, records_only=args.records_only)
    reporter = REPORTERS[args.format](sys.stdout, quiet=args.quiet)
    if args.engine == "spark":  # Spark reads any path it can reach, s3a:// and hdfs:// included
        from .validation.spark import as_uri

        inputs = [STDIN if path == "-" else as_uri(path) for path in args.paths]
    else:
        inputs = [STDIN if path == "-" else Path(path) for path in args.paths]
    truncated = False
    # The run builds many small objects and no reference cycles: the cycle collector only costs time.
    gc.disable()
    try:
        for finding in validator.iter_findings(inputs):
            reporter.finding(finding)
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
    sys.stdout.flush()
    if summary.incomplete:
        return EXIT_USAGE
    if summary.documents == 0 and not args.allow_empty:
        print("ccai validate: error: no document was checked (the inputs hold no record); pass --allow-empty if "
              "that is expected", file=sys.stderr)
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
        from .migrate import add_parser as add_migrate
        from .provenance.cli import add_parsers as add_provenance
        from .serve import add_parser as add_serve

        add_convert(sub)
        add_diff(sub)
        add_migrate(sub)
        add_serve(sub)
        add_provenance(sub)
    return parser


class _Terminated(KeyboardInterrupt):
    """SIGTERM: stop as Ctrl-C does, workers and all, and exit as a tool killed by SIGTERM."""


def _terminate(signum: int, frame: object) -> None:
    raise _Terminated


def _silence_stdout() -> None:
    """After stdout broke, send what is still buffered nowhere, so exiting raises nothing more."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in arguments if not a.startswith("-")), None)
    parser = build_parser(first if first == "validate" else None)
    args = parser.parse_args(arguments)
    previous = signal.signal(signal.SIGTERM, _terminate) if argv is None else None
    try:
        code = args.func(args)
        sys.stdout.flush()
        return code
    except KeyboardInterrupt as exc:
        print("ccai: interrupted", file=sys.stderr)
        return EXIT_TERMINATED if isinstance(exc, _Terminated) else EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader of stdout went away (`| head`): the output is incomplete
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except OSError as exc:  # a write error: disk full, device gone
        _silence_stdout()
        print(f"ccai: error: cannot write the output: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # a fault of ccai itself: say so briefly, never answer with a traceback
        print(f"ccai: internal error: {type(exc).__name__}: {str(exc)[:300]}; this is a fault of ccai, please "
              "report it (set CCAI_DEBUG=1 to see where it happened)", file=sys.stderr)
        if os.environ.get("CCAI_DEBUG"):
            raise
        return EXIT_USAGE
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
