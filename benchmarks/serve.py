"""Load on `ccai serve`: many requests at once against a server on 127.0.0.1, with latencies.

    python benchmarks/serve.py                       # 200 concurrent requests, three kinds of body
    python benchmarks/serve.py --requests 1000 --concurrency 200

The server runs in this process (uvicorn, in a thread) with its default limits. Each kind of
body is sent `--requests` times with `--concurrency` in flight at once; the benchmark prints
the p50 and p99 latency, the slowest, and the throughput, and fails if any answer is not the
expected status (an error under load is a failure, not a figure).
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "docs" / "examples"


@dataclass(frozen=True)
class LoadResult:
    latencies: list[float]  # seconds, one per request
    statuses: dict[int, int]  # answers by HTTP status
    wall: float  # seconds for the whole load

    def percentile(self, p: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]

    def line(self, label: str) -> str:
        return (f"{label:<34} {len(self.latencies):>5} requests  p50 {self.percentile(50) * 1000:7.1f} ms  "
                f"p99 {self.percentile(99) * 1000:7.1f} ms  max {max(self.latencies) * 1000:7.1f} ms  "
                f"{len(self.latencies) / self.wall:6.0f} req/s  statuses {dict(sorted(self.statuses.items()))}")


@contextmanager
def running_server(limits=None) -> Iterator[str]:
    """A uvicorn server with the app on a free port of 127.0.0.1, stopped on exit; yields its address."""
    import uvicorn

    from ccai_standards.serve.app import create_app

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(limits), log_level="warning", lifespan="off", backlog=1024)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


async def _load(url: str, requests: int, concurrency: int, **request) -> LoadResult:
    import httpx

    gate = asyncio.Semaphore(concurrency)
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=60) as client:
        async def one() -> None:
            async with gate:
                started = time.perf_counter()
                response = await client.post(url, **request)
                latencies.append(time.perf_counter() - started)
                statuses[response.status_code] = statuses.get(response.status_code, 0) + 1

        started = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(requests)))
        wall = time.perf_counter() - started
    return LoadResult(latencies, statuses, wall)


def load(url: str, requests: int = 200, concurrency: int = 200, **request) -> LoadResult:
    """`requests` POSTs to `url` (httpx keywords in `request`), `concurrency` at once."""
    return asyncio.run(_load(url, requests, concurrency, **request))


def bodies() -> dict[str, tuple[dict, int]]:
    """The kinds of request measured: (httpx keywords, the status each must get)."""
    valid = (EXAMPLES / "maya.yaml").read_bytes()
    invalid = (EXAMPLES / "maya-typo.yaml").read_bytes()
    tutorial = [("file", (p.name, p.read_bytes())) for p in sorted((EXAMPLES / "tutorial").iterdir())]
    return {
        "one valid record": ({"content": valid, "params": {"name": "maya.yaml"}}, 200),
        "one invalid record": ({"content": invalid, "params": {"name": "maya-typo.yaml"}}, 200),
        "a batch of 8 files (multipart)": ({"files": tutorial}, 200),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=200)
    args = parser.parse_args()
    failed = False
    with running_server() as base:
        for label, (request, status) in bodies().items():
            result = load(f"{base}/v1/validate", args.requests, args.concurrency, **request)
            print(result.line(label))
            failed = failed or set(result.statuses) != {status}
    print(f"one server process with its default limits; {args.concurrency} requests in flight at once")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
