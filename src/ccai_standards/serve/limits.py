"""The bounds of one request to `ccai serve`, apart from the server so that the command line can
show their defaults without importing Starlette."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """The bounds of one request. The defaults suit a shared validator page; raise them for a
    trusted pipeline (`ccai serve --max-bytes …`)."""

    max_bytes: int = 4 * 1024 * 1024
    max_records: int = 5000
    max_files: int = 100
    timeout: float = 20.0  # seconds, from the request's arrival to its answer
    concurrency: int = 4  # checks at once; more requests wait their turn (within their timeout)
