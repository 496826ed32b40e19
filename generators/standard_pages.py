"""The standard as Markdown: an overview page and one page per pillar.

Each requirement gets an anchor equal to its id (``#CCAI-CONSENT-001``), a level badge, the
statement, who it applies to, the rationale, the records that show it is met (linked to the
reference pages), how it is checked, the informative references, and a real example from
``tests/data`` when one demonstrates it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from . import paths
from .standard_source import PILLAR_ORDER, StandardSource

LEVEL_WORDS = {"must": "MUST", "should": "SHOULD", "may": "MAY"}
_DEMONSTRATES = re.compile(r"^#\s*demonstrates:\s*(.*)$", re.M)
_EXPECT = re.compile(r"^#\s*expect:\s*(.*)$", re.M)


def _text(value: str | None) -> str:
    return " ".join((value or "").split())


def pillar_slug(pillar: str) -> str:
    return pillar.replace("_", "-")


def demonstrations(examples_dir: Path = paths.EXAMPLES_DIR) -> dict[str, dict[str, list[Path]]]:
    """{requirement id: {"valid": [...], "invalid": [...]}} from the examples' headers."""
    found: dict[str, dict[str, list[Path]]] = defaultdict(lambda: {"valid": [], "invalid": []})
    for kind in ("valid", "invalid"):
        for path in sorted((examples_dir / kind).glob("*.yaml")):
            head = "\n".join(path.read_text(encoding="utf-8").splitlines()[:5])
            match = _DEMONSTRATES.search(head)
            if not match:
                continue
            for code in (c.strip() for c in match.group(1).split(",")):
                if code and code != "-":
                    found[code][kind].append(path)
    return found



_STRICTER = {"larger": "a larger number", "smaller": "a smaller number", "earlier": "an earlier date",
             "later": "a later date", "more_values": "more values", "fewer_values": "fewer values"}


def _parameter_table(parameters: list[dict[str, Any]]) -> list[str]:
    """The figures and word lists the check applies, as the requirement's data gives them (a list: it reflows on phones)."""
    if not parameters:
        return []
    lines = ["**Figures and word lists the check applies:**", ""]
    for p in parameters:
        if p.get("words") is not None:
            value = ", ".join(f"`{w}`" for w in p["words"])
        else:
            value = f"**{p.get('whole_number', p.get('day'))}" + (f" {p['unit']}" if p.get("unit") else "") + "**"
        stricter = _STRICTER.get(p.get("stricter_when"))
        lines.append(f"- `{p['parameter_name']}`: {value}. {_text(p.get('description'))}"
                     + (f" Stricter with {stricter}." if stricter else ""))
    return lines + [""]


class StandardPages:
    def __init__(self, standard: StandardSource | None = None, examples_dir: Path = paths.EXAMPLES_DIR) -> None:
        self.standard = standard or StandardSource()
        self.examples = demonstrations(examples_dir)

    def _element_link(self, element: str) -> str:
        head, _, tail = element.partition(".")
        if head.endswith("Enum"):
            target = f"../reference/enums/{head}.md" + (f"#{tail}" if tail else "")
        else:
            target = f"../reference/{head}.md" + (f"#{tail.split('.')[0]}" if tail else "")  # a nested field: its holder
        return f"[`{element}`]({target})"

    def _example_block(self, code: str) -> list[str]:
        found = self.examples.get(code)
        if not found:
            return []
        lines: list[str] = []
        for kind, label in (("valid", "Meets it"), ("invalid", "Breaks it")):
            if not found[kind]:
                continue
            path = found[kind][0]
            text = path.read_text(encoding="utf-8")
            expect = _EXPECT.search(text)
            body = "\n".join(line for line in text.splitlines() if not line.startswith("#")).strip()
            title = f"{label}: `tests/data/{kind}/{path.name}`"
            if expect and kind == "invalid":
                title += f" — reported as `{_text(expect.group(1))}`"
            lines += [f'??? example "{title}"', "", "    ```yaml"]
            lines += [f"    {line}" if line else "" for line in body.splitlines()]
            lines += ["    ```", ""]
        return lines

    def requirement_section(self, req: dict[str, Any]) -> list[str]:
        code = req["requirement_code"]
        level = LEVEL_WORDS[req["level"]]
        withdrawn = req["requirement_status"] == "withdrawn"
        lines = [f"### {code}: {req['title']} {{#{code}}}", ""]
        badges = [f'<span class="ccai-level ccai-level-{req["level"]}">{level}</span>']
        badges.append('<span class="ccai-check">checked by <code>ccai validate</code></span>' if req["machine_checkable"]
                      else '<span class="ccai-check ccai-check-no">checked by people</span>')
        if withdrawn:
            badges.insert(0, '<span class="ccai-level ccai-withdrawn">WITHDRAWN</span>')
        lines += [" ".join(badges), "", _text(req["statement"]), ""]
        if req.get("applies_to"):
            who = ", ".join(v.replace("_", " ") for v in req["applies_to"])
            lines += [f"**Applies to:** {who}.", ""]
        lines += [f"**Why.** {_text(req['rationale'])}", ""]
        lines += ["**Records that show it:** " + ", ".join(self._element_link(e) for e in req["carried_by"]) + ".", ""]
        if req.get("mandatory_fields"):
            lines += ["**Fields it makes mandatory:** " + ", ".join(self._element_link(e) for e in req["mandatory_fields"])
                      + ".", ""]
        if req["machine_checkable"]:
            lines += [f"**How it is checked.** {_text(req.get('check_description'))}", ""]
        else:
            lines += [f"**Why software cannot check it.** {_text(req.get('not_checkable_reason'))}", ""]
        lines += _parameter_table(req.get("parameters") or [])
        if withdrawn:
            lines += [f"**Withdrawn in {req.get('withdrawn_in')}.** {_text(req.get('withdrawal_reason'))}", ""]
        refs = req.get("informative_references") or []
        if refs:
            lines += ["**Aligns with:**", ""]
            for ref in refs:
                source = ref.get("reference_source", "other").replace("_", " ")
                cite = _text(ref["citation"])
                link = f" [source]({ref['url']})" if ref.get("url") else ""
                lines.append(f"- *{source}*: {cite}{link}")
            lines.append("")
        lines += self._example_block(code)
        return lines

    def pillar_page(self, pillar: dict[str, Any]) -> str:
        number = PILLAR_ORDER.index(pillar["pillar"]) + 1
        reqs = [r for r in self.standard.requirements if r["pillar"] == pillar["pillar"]]
        # Searching for a requirement id must land on the requirement itself.
        lines = ["---", "search:", "  boost: 4", "---", "",
                 f"# Pillar {number}: {pillar['title']}", "", _text(pillar["summary"]), "",
                 "| Id | Requirement | Level | Checked by software |", "|---|---|---|---|"]
        for r in reqs:
            checked = "yes" if r["machine_checkable"] else "no"
            lines.append(f"| [{r['requirement_code']}](#{r['requirement_code']}) | {r['title']} | "
                         f"{LEVEL_WORDS[r['level']]} | {checked} |")
        lines += ["", "## Requirements", ""]
        for r in reqs:
            lines += self.requirement_section(r)
        return "\n".join(lines) + "\n"

    def overview_page(self) -> str:
        std = self.standard.standard
        reqs = self.standard.requirements
        checkable = sum(1 for r in reqs if r["machine_checkable"])
        lines = [f"# {std['name']}", "",
                 f"Version **{std['standard_version']}** ({std['standard_status']}). {_text(std.get('summary'))}", "",
                 "## How to read a requirement", "",
                 "Each requirement has a stable id (`CCAI-` + area + number) that is never reused, a level, a "
                 "statement, the reason for it, the records that show it is met, and how it is checked. The levels "
                 "follow RFC 2119 and RFC 8174, and count only when written in capitals:", "",
                 "- **MUST** / **MUST NOT**: an absolute requirement. `ccai validate` reports a failed check as an "
                 "error.",
                 "- **SHOULD** / **SHOULD NOT**: there may be valid reasons to do otherwise, but they must be "
                 "understood and weighed. A failed check is a warning.",
                 "- **MAY**: truly optional.", "",
                 f"This version has {len(reqs)} requirements; software checks {checkable} of them on your records, "
                 "and the others say why a person must check them.", "",
                 *(["## How records are judged", "", _text(std["evidence_policy"]), ""] if std.get("evidence_policy") else []),
                 "## The four pillars", "", "| Pillar | Requirements | Checked by software |", "|---|---|---|"]
        for pillar in std["pillars"]:
            own = [r for r in reqs if r["pillar"] == pillar["pillar"]]
            n = PILLAR_ORDER.index(pillar["pillar"]) + 1
            lines.append(f"| [{n}. {pillar['title']}]({pillar_slug(pillar['pillar'])}.md) | {len(own)} | "
                         f"{sum(1 for r in own if r['machine_checkable'])} |")
        lines += ["", "## What the version numbers promise", "", _text(std["version_policy"]), ""]
        return "\n".join(lines)

    def summary(self) -> str:
        lines = ["* [Overview](index.md)"]
        for pillar in self.standard.standard["pillars"]:
            n = PILLAR_ORDER.index(pillar["pillar"]) + 1
            lines.append(f"* [{n}. {pillar['title']}]({pillar_slug(pillar['pillar'])}.md)")
        return "\n".join(lines) + "\n"

    def pages(self) -> dict[str, str]:
        out = {"standard/index.md": self.overview_page(), "standard/SUMMARY.md": self.summary()}
        for pillar in self.standard.standard["pillars"]:
            out[f"standard/{pillar_slug(pillar['pillar'])}.md"] = self.pillar_page(pillar)
        return out
