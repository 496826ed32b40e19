"""The ASGI application of `ccai serve`: the validator page, and the HTTP API behind it.

    GET  /                 the page: paste or drop records, see findings beside the text
    POST /v1/validate      the findings JSON of `ccai validate --format json`
    POST /v1/convert?to=F  the document `ccai convert --to F` writes, with its warnings
    GET  /v1/formats       what /v1/convert can write
    GET  /openapi.json     the API described (OpenAPI 3.1)

Every request is bounded: its body (413 over `Limits.max_bytes`), its files and records
(422), and its time (503 after `Limits.timeout`). Bodies are held in memory only and never
logged; a check runs in a worker thread so the server keeps answering meanwhile.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import io
import logging
import time
from importlib import resources as importlib_resources
from typing import Any, Callable

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..findings import Severity
from ..reading.inputs import TextInput
from .bodies import BodyError, Part, parts_of
from .limits import Limits
from .openapi import openapi_document

#: What every response carries: the page loads nothing from elsewhere and cannot be framed.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; "
                               "form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class TimedOut(Exception):
    pass


def _error(status: int, code: str, message: str, hint: str = "", **extra: Any) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "code": code, "message": message, "hint": hint, **extra}},
                        status_code=status, headers=SECURITY_HEADERS)


async def _body(request: Request, limits: Limits) -> bytes:
    """The whole body, refused (413) as soon as it passes the limit, whatever Content-Length said."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limits.max_bytes:
        raise BodyError(413, "too-large", f"the body is {int(declared):,} bytes, over the limit of "
                        f"{limits.max_bytes:,}", "Send fewer records per request, or run `ccai validate` locally.")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limits.max_bytes:
            raise BodyError(413, "too-large", f"the body is over the limit of {limits.max_bytes:,} bytes",
                            "Send fewer records per request, or run `ccai validate` locally.")
        chunks.append(chunk)
    return b"".join(chunks)


class Service:
    """The routes, sharing one set of limits and one gate for the checks running at once."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self._gate: asyncio.Semaphore | None = None

    async def _run(self, started: float, work: Callable[[float], Any]) -> Any:
        """`work(deadline)` in a worker thread, after waiting for a free slot, within the timeout."""
        import anyio.to_thread

        if self._gate is None:  # made inside the running loop
            self._gate = asyncio.Semaphore(self.limits.concurrency)
        deadline = started + self.limits.timeout
        remaining = deadline - time.monotonic()
        try:
            await asyncio.wait_for(self._gate.acquire(), max(remaining, 0.001))
        except asyncio.TimeoutError:
            raise TimedOut from None
        try:
            remaining = deadline - time.monotonic()
            return await asyncio.wait_for(
                anyio.to_thread.run_sync(work, deadline, abandon_on_cancel=True), max(remaining, 0.001))
        except asyncio.TimeoutError:
            raise TimedOut from None
        finally:
            self._gate.release()

    async def _guarded(self, request: Request, handler: Callable[[Request, float], Any]) -> Response:
        started = time.monotonic()
        try:
            return await handler(request, started)
        except BodyError as exc:
            return _error(exc.status, exc.code, exc.message, exc.hint)
        except TimedOut:
            return _error(503, "timeout", f"the request took longer than {self.limits.timeout:g} s",
                          "Send fewer records per request, or run `ccai validate` locally.")

    # -- the page ------------------------------------------------------------------------------

    async def page(self, request: Request) -> Response:
        return _static("index.html", "text/html; charset=utf-8")

    async def asset(self, request: Request) -> Response:
        name = request.path_params["name"]
        kinds = {"app.js": "text/javascript; charset=utf-8", "app.css": "text/css; charset=utf-8"}
        if name not in kinds:
            return _error(404, "not-found", f"there is no /static/{name}")
        return _static(name, kinds[name])

    async def openapi(self, request: Request) -> Response:
        return JSONResponse(openapi_document(self.limits), headers=SECURITY_HEADERS)

    async def health(self, request: Request) -> Response:
        from .. import __version__

        return JSONResponse({"status": "ok", "version": __version__}, headers=SECURITY_HEADERS)

    async def formats(self, request: Request) -> Response:
        from ..convert.registry import CCAI, CONVERTERS

        exports = [{"name": c.to, "summary": c.summary, "accepts": list(c.accepts), "media_type": c.media_type}
                   for c in CONVERTERS if c.frm == CCAI]
        return JSONResponse({"exports": exports}, headers=SECURITY_HEADERS)

    # -- validation ----------------------------------------------------------------------------

    async def validate(self, request: Request) -> Response:
        return await self._guarded(request, self._validate)

    async def _validate(self, request: Request, started: float) -> Response:
        options = _validation_options(request)
        body = await _body(request, self.limits)
        parts = parts_of(body, request.headers.get("content-type", ""), request.query_params.get("name"),
                         self.limits.max_files)
        status, payload = await self._run(started, functools.partial(_check, parts, options, self.limits))
        verdict = "unreadable" if status == 422 else ("invalid" if payload["summary"]["errors"] else "valid")
        return JSONResponse(payload, status_code=status, headers={**SECURITY_HEADERS, "CCAI-Verdict": verdict})

    # -- conversion ----------------------------------------------------------------------------

    async def convert(self, request: Request) -> Response:
        return await self._guarded(request, self._convert)

    async def _convert(self, request: Request, started: float) -> Response:
        from ..convert.api import OPTIONS
        from ..convert.registry import CCAI, CONVERTERS

        target = request.query_params.get("to", "")
        exports = {c.to: c for c in CONVERTERS if c.frm == CCAI}
        if target not in exports:
            raise BodyError(400, "unknown-format", f"cannot convert to {target or 'nothing'!r}",
                            f"Give ?to= one of: {', '.join(exports)} (GET /v1/formats lists them).")
        options: dict[str, Any] = {}
        for key in request.query_params:
            if key in ("to", "name"):
                continue
            option = OPTIONS.get(key)
            if option is None:
                raise BodyError(400, "unknown-option", f"/v1/convert has no option {key!r}",
                                f"Known options: {', '.join(sorted(OPTIONS))}.")
            values = request.query_params.getlist(key)
            options[key] = values if option.repeatable else values[-1]
        body = await _body(request, self.limits)
        parts = parts_of(body, request.headers.get("content-type", ""), request.query_params.get("name"), 1)
        result = await self._run(started, functools.partial(_convert, parts[0], target, options, self.limits))
        return JSONResponse(result, status_code=422 if "error" in result else 200, headers=SECURITY_HEADERS)


def _validation_options(request: Request) -> dict[str, Any]:
    from ..standard_versions import known_versions
    from ..validation.validator import REFS_MODES

    query = request.query_params
    unknown = sorted(set(query) - {"refs", "as_version", "ignore", "name"})
    if unknown:
        raise BodyError(400, "unknown-option", f"/v1/validate has no option {', '.join(map(repr, unknown))}",
                        "Known options: refs, as_version, ignore, name.")
    refs = query.get("refs", "error")
    if refs not in REFS_MODES:
        raise BodyError(400, "bad-option", f"refs must be one of {', '.join(REFS_MODES)}, not {refs!r}")
    version = query.get("as_version") or None
    if version is not None and version not in known_versions():
        raise BodyError(400, "bad-option", f"there is no version {version!r} of the standard",
                        f"Known versions: {', '.join(known_versions())}.")
    return {"refs": refs, "as_version": version, "ignore": query.getlist("ignore")}


def _check(parts: list[Part], options: dict[str, Any], limits: Limits, deadline: float) -> tuple[int, dict[str, Any]]:
    """Validate the parts as one batch, in this worker thread: (status, the findings JSON)."""
    from ..reporters import JsonReporter
    from ..validation import Validator

    def progress(documents: int, elapsed: float) -> None:
        if time.monotonic() > deadline:
            raise TimedOut
        if documents > limits.max_records:
            raise _TooMany

    validator = Validator(progress=progress, **options)
    reporter = JsonReporter(io.StringIO())
    unreadable = False
    try:
        for finding in validator.iter_findings([TextInput(p.data, p.name, p.name) for p in parts]):
            if time.monotonic() > deadline:
                raise TimedOut
            reporter.finding(finding)
            unreadable = unreadable or (finding.severity is Severity.ERROR and finding.code.startswith("INPUT-"))
    except _TooMany:
        raise BodyError(422, "too-many-records", f"the request holds more than {limits.max_records:,} records",
                        "Send fewer records per request, or run `ccai validate` locally.") from None
    if validator.summary.documents > limits.max_records:
        raise BodyError(422, "too-many-records", f"the request holds {validator.summary.documents:,} records, over "
                        f"the limit of {limits.max_records:,}", "Send fewer records per request, or run "
                        "`ccai validate` locally.")
    return (422 if unreadable else 200), reporter.payload(validator.summary)


class _TooMany(Exception):
    pass


def _convert(part: Part, target: str, options: dict[str, Any], limits: Limits, deadline: float) -> dict[str, Any]:
    from ..convert.api import convert
    from ..convert.registry import find
    from ..convert.results import ConversionError
    from ..findings import InputError

    try:
        result = convert(part.data, to=target, **options)
    except (ConversionError, InputError) as exc:
        return {"error": {"status": 422, "code": "cannot-convert", "message": str(exc),
                          "hint": "Validate the record first (POST /v1/validate) and fix its errors."}}
    if time.monotonic() > deadline:
        raise TimedOut
    data = result.data()
    suffix = _SUFFIXES.get(result.media_type, "txt")
    stem = part.name.rsplit(".", 1)[0] if not part.name.startswith("<") else "record"
    answer: dict[str, Any] = {"format": find("ccai", target).to, "media_type": result.media_type,
                              "filename": f"{stem}.{target}.{suffix}",
                              "warnings": [w.as_dict() for w in result.warnings]}
    if result.binary:
        answer["output_base64"] = base64.b64encode(data).decode("ascii")
    else:
        answer["output"] = data.decode("utf-8")
    return answer


_SUFFIXES = {"application/json": "json", "application/ld+json": "jsonld", "application/x-ndjson": "jsonl",
             "application/rdf+xml": "xmp", "text/turtle": "ttl", "text/markdown": "md", "text/plain": "txt",
             "application/vnd.apache.parquet": "parquet", "text/html": "html"}


@functools.lru_cache(maxsize=None)
def _static_bytes(name: str) -> bytes:
    return importlib_resources.files(__package__).joinpath("static", name).read_bytes()


def _static(name: str, media_type: str) -> Response:
    return Response(_static_bytes(name), media_type=media_type, headers=SECURITY_HEADERS)


class AccessLog:
    """One log line per request: method, path, status and time, never the query or the body
    (a query's `name` can be a person's name, and bodies are records)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.log = logging.getLogger("ccai.serve")

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.monotonic()
        status = [500]

        async def sending(message: Any) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            self.log.info("%s %s %d %.0f ms", scope["method"], scope["path"], status[0],
                          (time.monotonic() - started) * 1000)


def create_app(limits: Limits | None = None) -> Starlette:
    """The application; run it with any ASGI server (`ccai serve` uses uvicorn)."""
    service = Service(limits or Limits())

    async def unexpected(request: Request, exc: Exception) -> Response:
        # A fault of ours: say so without echoing anything of the request.
        return _error(500, "internal", f"the server failed on this request ({type(exc).__name__})",
                      "This is a bug in ccai; please report it with the request that caused it.")

    routes = [
        Route("/", service.page, methods=["GET"]),
        Route("/static/{name}", service.asset, methods=["GET"]),
        Route("/openapi.json", service.openapi, methods=["GET"]),
        Route("/healthz", service.health, methods=["GET"]),
        Route("/v1/formats", service.formats, methods=["GET"]),
        Route("/v1/validate", service.validate, methods=["POST"]),
        Route("/v1/convert", service.convert, methods=["POST"]),
    ]
    return Starlette(routes=routes, exception_handlers={Exception: unexpected}, middleware=[Middleware(AccessLog)])
