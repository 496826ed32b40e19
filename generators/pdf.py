"""``python -m generators pdf``: the standard as a PDF, printed from the site's one-page version.

The site must be built first (``python -m generators build``). The page is served from the
built site on a local port and printed by headless Chromium through Playwright, the browser the
tests already use. The PDF goes next to the page it was printed from, where that page links it.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import socketserver
import sys
import threading
import time
from pathlib import Path
from typing import Any

from . import paths, versioning
from .print_page import PRINT_PAGE, pdf_name

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser")
PRINT_DIR = PRINT_PAGE.removesuffix(".md")  # where mkdocs puts the page: standard/print/index.html


class PdfUnavailable(RuntimeError):
    """Chromium or Playwright is missing: the PDF is skipped, and the caller says so."""


class PdfFailed(RuntimeError):
    """Chromium is there but could not print the page (it would not start, or timed out)."""


def chromium() -> str:
    for candidate in CHROMIUM_CANDIDATES:
        found = candidate if Path(candidate).is_file() else shutil.which(candidate)
        if found:
            return found
    raise PdfUnavailable("Chromium is not installed (on Debian: apt-get install -y chromium)")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def make_pdf(site_dir: Path = paths.SITE_DIR, browser: Any = None) -> Path:
    """Print site/standard/print/ to site/standard/print/ccai-standard-<version>.pdf and return its path.

    `browser` is a Playwright browser already running (the tests' own); without one, Chromium is started.
    """
    page_dir = site_dir / PRINT_DIR
    if not (page_dir / "index.html").is_file():
        raise FileNotFoundError(f"{page_dir / 'index.html'} does not exist; build the site first "
                                "(python -m generators build)")
    version = versioning.schema_version()
    target = page_dir / pdf_name(version)
    httpd = socketserver.ThreadingTCPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site_dir)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/{PRINT_DIR}/"
    try:
        _print_with(browser, url, target, version)
    finally:
        httpd.shutdown()
    return target


def _print_with(browser: Any, url: str, target: Path, version: str) -> None:
    """Print with the given browser, or with a Chromium started for it; a browser's failure is a PdfFailed."""
    failures: tuple[type[BaseException], ...] = (OSError,)
    try:
        from playwright.sync_api import Error as PlaywrightError

        failures += (PlaywrightError,)
    except ImportError:
        pass  # with no browser given, reported below as unavailable
    try:
        if browser is not None:
            _print(browser, url, target, version)
        else:
            browser_path = chromium()
            try:
                from playwright.sync_api import sync_playwright
            except ImportError as exc:
                raise PdfUnavailable("Playwright for Python is not installed (pip install playwright)") from exc
            with sync_playwright() as p:
                started = p.chromium.launch(executable_path=browser_path, args=["--no-sandbox", "--disable-gpu"])
                try:
                    _print(started, url, target, version)
                finally:
                    started.close()
    except failures as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else repr(exc)
        raise PdfFailed(f"the PDF could not be printed from {url}: {reason}") from exc


def _print(browser: Any, url: str, target: Path, version: str) -> None:
    partial = target.with_name(f".{target.name}.tmp")
    tab = browser.new_page()
    try:
        tab.goto(url)
        tab.wait_for_load_state("networkidle")
        tab.emulate_media(media="print")
        tab.pdf(path=str(partial), format="A4", print_background=True, display_header_footer=True,
                header_template="<span></span>",
                footer_template=f'<div style="font-size:8px;width:100%;text-align:center">CCAI standard {version}'
                                ' · page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
                margin={"top": "18mm", "bottom": "18mm", "left": "16mm", "right": "16mm"})
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)  # a half-written PDF is never left behind
        tab.close()


def main(site_dir: Path = paths.SITE_DIR, required: bool = True) -> int:
    """Make the PDF. Without Chromium: an error (exit 2) when asked for, a note when part of the build."""
    started = time.perf_counter()
    try:
        target = make_pdf(site_dir)
    except PdfUnavailable as exc:
        if required:
            print(f"pdf: cannot make the PDF: {exc}", file=sys.stderr)
            return 2
        print(f"pdf: skipped the PDF of the standard: {exc}")
        return 0
    except (FileNotFoundError, PdfFailed) as exc:
        print(f"pdf: {exc}", file=sys.stderr)
        return 2
    print(f"pdf: {target} ({target.stat().st_size:,} bytes) in {time.perf_counter() - started:.1f} s")
    return 0
