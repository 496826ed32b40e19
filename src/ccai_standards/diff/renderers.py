"""Render a diff report: text for a terminal, Markdown for a pull-request comment, JSON for tools.

Each renderer takes a `Report` and returns a string; none of them decides anything.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .changes import IMPACT_ORDER, Change, Impact, Report

_MAX_VALUE = 120


def _value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, list):
        text = ", ".join(_value(v) for v in value) or "[]"
    elif isinstance(value, dict):
        text = json.dumps(value, sort_keys=True, ensure_ascii=False)
    else:
        text = " ".join(str(value).split())
    return text if len(text) <= _MAX_VALUE else text[: _MAX_VALUE - 1] + "…"


def _has_values(change: Change) -> bool:
    return change.attribute is not None and change.action in ("changed", "withdrawn", "reinstated")


def verdict_sentence(report: Report) -> str:
    if report.required_bump == "none":
        need = "no change that needs a new version"
    else:
        need = f"needs version {report.minimum_version} or later"
    status = "bumped enough" if report.bumped_enough else "NOT bumped enough"
    return f"verdict: {report.verdict} — {need}; NEW is {report.new.version}: {status}"


def render_text(report: Report) -> str:
    lines = [f"ccai diff  OLD {report.old.label} ({report.old.kind}, {report.old.version})",
             f"           NEW {report.new.label} ({report.new.kind}, {report.new.version})", ""]
    for impact in IMPACT_ORDER:
        changes = report.by_impact(impact)
        if not changes:
            continue
        lines.append(f"{impact.title} ({len(changes)})")
        for change in changes:
            what = change.summary
            if _has_values(change):
                what += f": {_value(change.old)} → {_value(change.new)}"
            lines.append(f"  {change.label}  {what}")
            lines.append(f"      {change.reason}")
            if change.impact is Impact.BREAKING or change.overruled:
                lines.append(f"      key: {change.key}  fingerprint: {change.fingerprint}")
            if change.affects:
                lines.append(f"      affects: {', '.join(change.affects[:6])}"
                             + (f" and {len(change.affects) - 6} more" if len(change.affects) > 6 else ""))
        lines.append("")
    if not report.changes:
        lines += ["No changes.", ""]
    if report.problems:
        lines.append("Problems")
        lines += [f"  - {problem}" for problem in report.problems]
        lines.append("")
    if report.notes:
        lines.append("Notes")
        lines += [f"  - {note}" for note in report.notes]
        lines.append("")
    lines.append(verdict_sentence(report))
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _code(value: Any) -> str:
    text = _value(value)
    if text == "—":
        return text
    fence = "``" if "`" in text else "`"
    pad = " " if fence == "``" else ""
    return _cell(f"{fence}{pad}{text}{pad}{fence}")


def render_markdown(report: Report) -> str:
    counts = report.counts()
    mark = "✅" if report.bumped_enough else "❌"
    need = "no new version needed" if report.required_bump == "none" else f"needs {report.minimum_version} or later"
    lines = [
        f"### {mark} ccai diff verdict: **{report.verdict}** — {need}; this branch is {report.new.version}",
        "",
        f"Comparing `{report.old.label}` ({report.old.kind}, {report.old.version}) with `{report.new.label}` "
        f"({report.new.kind}, {report.new.version}): {counts['breaking']} breaking, {counts['compatible']} "
        f"compatible, {counts['editorial']} editorial.",
    ]
    if not report.bumped_enough:
        lines += ["", f"Set the version to {report.minimum_version} or later "
                      f"(`python -m generators bump-version {report.minimum_version}`), regenerate with "
                      "`python -m generators build`, and commit."]
    for impact in IMPACT_ORDER:
        changes = report.by_impact(impact)
        if not changes:
            continue
        lines += ["", f"#### {impact.title} ({len(changes)})", "",
                  "| Element | Change | Before | After | Why |", "|---|---|---|---|---|"]
        for change in changes:
            before = _code(change.old) if _has_values(change) else ""
            after = _code(change.new) if _has_values(change) else ""
            why = change.reason
            if change.impact is Impact.BREAKING or change.overruled:
                why += f" — key: `{change.key}`, fingerprint: `{change.fingerprint}`"
            if change.affects:
                why += f" (affects {', '.join(change.affects[:6])}" + (
                    f" and {len(change.affects) - 6} more)" if len(change.affects) > 6 else ")")
            lines.append(f"| {_cell('`' + change.label + '`')} | {_cell(change.summary)} | {before} | {after} "
                         f"| {_cell(why)} |")
    if report.problems:
        lines += ["", "#### ❌ Problems", ""] + [f"- {_cell(problem)}" for problem in report.problems]
    if any(c.impact is Impact.BREAKING for c in report.changes):
        lines += ["", "A reviewer who judges a breaking change otherwise (a reworded MUST that demands nothing new) "
                      "may overrule it in `review/overrules.yaml`, by its key and with a reason; removals, new "
                      "MUSTs and narrowings cannot be overruled."]
    if report.notes:
        lines += ["", "<details><summary>Notes</summary>", ""]
        lines += [f"- {_cell(note)}" for note in report.notes]
        lines += ["", "</details>"]
    return "\n".join(lines) + "\n"


def render_json(report: Report) -> str:
    return json.dumps(report.as_json(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


RENDERERS: dict[str, Callable[[Report], str]] = {
    "text": render_text,
    "markdown": render_markdown,
    "json": render_json,
}
