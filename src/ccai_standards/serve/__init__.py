"""`ccai serve`: a validator web page and an HTTP API over the same checks as `ccai validate`.

Needs the `serve` extra (Starlette and uvicorn); nothing else in the package imports it.
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import Any


def add_parser(sub: Any) -> None:
    from ..cli import _positive

    parser = sub.add_parser("serve", help="run the validator page and HTTP API",
                            description="Serve a validator page (paste or drop records, see the findings beside "
                                        "the text, convert and download) and its HTTP API: POST /v1/validate, "
                                        "POST /v1/convert, the description at /openapi.json. Needs the `serve` "
                                        "extra. Records are held in memory only and never logged.")
    from .limits import Limits

    defaults = Limits()
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 for all)")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    parser.add_argument("--max-bytes", type=_positive, default=defaults.max_bytes, metavar="N",
                        help=f"largest request body, in bytes (default: {defaults.max_bytes:,}); larger ones get 413")
    parser.add_argument("--max-records", type=_positive, default=defaults.max_records, metavar="N",
                        help=f"most records per request (default: {defaults.max_records:,}); more get 422")
    parser.add_argument("--max-files", type=_positive, default=defaults.max_files, metavar="N",
                        help=f"most files per request (default: {defaults.max_files}); more get 422")
    parser.add_argument("--timeout", type=float, default=defaults.timeout, metavar="SECONDS",
                        help=f"time limit of a request (default: {defaults.timeout:g}); slower ones get 503")
    parser.add_argument("--concurrency", type=_positive, default=defaults.concurrency, metavar="N",
                        help=f"checks run at once; more requests wait their turn (default: {defaults.concurrency})")
    parser.set_defaults(func=_serve)


def _serve(args: argparse.Namespace) -> int:
    from ..cli import EXIT_OK
    from ..cli import EXIT_USAGE as usage

    try:
        import uvicorn

        from .app import create_app
        from .limits import Limits
    except ImportError as exc:
        from ..extras import install_hint

        print(f"ccai serve: error: the server needs the `serve` extra: {install_hint('serve')} ({exc})",
              file=sys.stderr)
        return usage
    if args.timeout <= 0:
        print("ccai serve: error: --timeout must be more than 0", file=sys.stderr)
        return usage
    limits = Limits(max_bytes=args.max_bytes, max_records=args.max_records, max_files=args.max_files,
                    timeout=args.timeout, concurrency=args.concurrency)
    print(f"ccai serve: the validator page is at http://{args.host}:{args.port}/ (Ctrl-C stops it)", file=sys.stderr)
    try:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
        # uvicorn's access log would print each request's query; the app logs its own lines without it.
        uvicorn.run(create_app(limits), host=args.host, port=args.port, log_level="info", server_header=False,
                    access_log=False)
    except OSError as exc:  # the port is taken, the address is not this machine's
        print(f"ccai serve: error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return usage
    return EXIT_OK
