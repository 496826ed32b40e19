"""The whole standard on one page, to print or to turn into a PDF (``python -m generators pdf``).

The page holds a cover (name, version, status, date), the overview, and every requirement
in pillar order with its statement, who it applies to, why, how it is checked, its figures and
its sources. Examples and history stay on the requirement pages. It is left out of search, so
that searching for an id still lands on the requirement's own page.
"""

from __future__ import annotations

import datetime
import subprocess
from typing import Any

from . import paths
from .standard_pages import StandardPages, _parameter_table, _text
from .standard_source import PILLAR_ORDER

PRINT_PAGE = "standard/print.md"


def pdf_name(version: str) -> str:
    return f"ccai-standard-{version}.pdf"


def edition_date() -> str:
    """The date the text was last changed (the last commit), so that two builds print the same cover."""
    try:
        found = subprocess.run(["git", "log", "-1", "--format=%cs"], cwd=paths.ROOT, capture_output=True, text=True,
                               timeout=20).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        found = ""
    return found or datetime.date.today().isoformat()


def _requirement(pages: StandardPages, req: dict[str, Any]) -> list[str]:
    code = req["requirement_code"]
    lines = [f"### {code}: {req['title']} {{#{code}}}", "", pages._badges(req), "", f"> {_text(req['statement'])}", "",
             f"**Applies to:** {pages.applies_to(req)}.", "", f"**Why.** {_text(req['rationale'])}", ""]
    if req["machine_checkable"]:
        lines += [f"**How it is checked.** {_text(req.get('check_description'))}", ""]
    else:
        lines += [f"**Why software cannot check it.** {_text(req.get('not_checkable_reason'))}", ""]
    lines += _parameter_table(req.get("parameters") or [])
    refs = req.get("informative_references") or []
    if refs:
        lines += ["**Sources:**", ""] + [pages.citation(r) for r in refs] + [""]
    return lines


def print_page(pages: StandardPages | None = None) -> str:
    pages = pages or StandardPages()
    std = pages.standard.standard
    version = pages.version
    status = std.get("standard_status")
    pdf = pdf_name(version)
    lines = ["---", "search:", "  exclude: true", "---", "",
             '<div class="ccai-cover" markdown>', "",
             f"# {std['name']}", "",
             f"**Version {version}** ({status}) · {edition_date()}", "",
             "Creators Coalition on AI. The standard is licensed CC BY 4.0.", "",
             # The link appears only when `python -m generators pdf` has made the file.
             f'<p class="ccai-pdf" hidden><a data-pdf="{pdf}">Download this page as a PDF ({pdf})</a></p>', "",
             "</div>", "",
             "## About this standard", "", _text(std.get("summary")), "",
             "Requirement levels follow RFC 2119 and RFC 8174: **MUST** is an absolute requirement, **SHOULD** may "
             "be departed from for a reason that is understood and weighed, **MAY** is optional.", ""]
    if std.get("evidence_policy"):
        lines += ["**How records are judged.** " + _text(std["evidence_policy"]), ""]
    lines += ["**What the version numbers promise.** " + _text(std["version_policy"]), ""]
    for pillar in std["pillars"]:
        n = PILLAR_ORDER.index(pillar["pillar"]) + 1
        lines += [f"## Pillar {n}: {pillar['title']}", "", _text(pillar["summary"]), ""]
        for req in pages.standard.requirements:
            if req["pillar"] == pillar["pillar"]:
                lines += _requirement(pages, req)
    lines += ["<script>",
              "document.querySelectorAll('[data-pdf]').forEach(function (a) {",
              "  fetch(a.dataset.pdf, {method: 'HEAD'}).then(function (r) {",
              "    if (r.ok) { a.href = a.dataset.pdf; a.closest('[hidden]').hidden = false; } }).catch(function () {});",
              "});", "</script>", ""]
    return "\n".join(lines)
