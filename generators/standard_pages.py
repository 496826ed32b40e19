"""The standard as Markdown: an overview, a short page per pillar and a page per requirement.

Each requirement has its own page at a stable address (``standard/CCAI-CONSENT-001/``) that
can be cited: a level badge, the statement, who it applies to, the rationale, the records
that show it is met (linked to the reference pages), how it is checked, its parameters, its
history (from ``generators.history``), its sources as citations with links, and examples
from ``tests/data`` both ways, each completed into a batch that validates as shown.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from . import paths
from .example_batches import ExamplePool
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


def _schema_enums(schema_dir: Path = paths.SCHEMA_DIR) -> dict[str, dict[str, Any]]:
    """{enum name: its permissible values} straight from the schema files (titles, links)."""
    enums: dict[str, dict[str, Any]] = {}
    for path in sorted(schema_dir.glob("*.yaml")):
        for name, enum in ((yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("enums") or {}).items():
            enums[name] = enum.get("permissible_values") or {}
    return enums


def readable_enum(name: str) -> str:
    """An enumeration's name as words (`AiUseEnum` -> "AI use"): readers never see `…Enum`."""
    words = re.findall(r"[A-Z][a-z0-9]*", name.removesuffix("Enum"))
    text = " ".join(words).lower()
    return re.sub(r"\bai\b", "AI", text)


def requirement_page_path(code: str) -> str:
    return f"standard/{code}.md"


class StandardPages:
    def __init__(self, standard: StandardSource | None = None, examples_dir: Path = paths.EXAMPLES_DIR,
                 history: dict[str, Any] | None = None) -> None:
        self.standard = standard or StandardSource()
        self.examples = demonstrations(examples_dir)
        self.pool = ExamplePool(examples_dir)
        self.enums = _schema_enums()
        self._history = history

    @property
    def history(self) -> dict[str, Any]:
        if self._history is None:
            from . import history

            self._history = history.history()
        return self._history

    @property
    def version(self) -> str:
        return self.standard.version

    # -- words ------------------------------------------------------------------------------

    def _element_link(self, element: str) -> str:
        head, _, tail = element.partition(".")
        if head.endswith("Enum"):
            target = f"../reference/enums/{head}.md" + (f"#{tail}" if tail else "")
            words = f"the {readable_enum(head)} value `{tail}`" if tail else f"the {readable_enum(head)} values"
            return f"[{words}]({target})"
        target = f"../reference/{head}.md" + (f"#{tail.split('.')[0]}" if tail else "")  # a nested field: its holder
        return f"[`{element}`]({target})"

    def applies_to(self, req: dict[str, Any]) -> str:
        kinds = req.get("applies_to") or []
        titles = self.enums.get("OrganizationKindEnum", {})
        if set(titles) <= set(kinds):
            return "every organisation that makes, uses or keeps CCAI records"
        return ", ".join(str((titles.get(k) or {}).get("title") or k.replace("_", " ")) for k in kinds)

    def citation(self, ref: dict[str, Any]) -> str:
        """A source as a reader cites it: its full name, linked to the text itself, and the place cited."""
        source = (self.enums.get("ReferenceSourceEnum", {}).get(ref.get("reference_source", "other")) or {})
        url = ref.get("url") or next(iter(source.get("see_also") or []), None)
        title = source.get("title") if ref.get("reference_source") != "other" else None
        name = f"[{title}]({url})" if title and url else (title or "")
        cite = _text(ref["citation"])
        if not title and url:
            cite = f"{cite} ([source]({url}))"
        return f"- {'*' + name + '*: ' if name else ''}{cite}"

    def _history_lines(self, code: str, req: dict[str, Any]) -> list[str]:
        from . import history

        lines = history.element_lines(self.history, f"requirement {code}", req.get("introduced_in"))
        if req.get("withdrawn_in") and not any(line.startswith("- Withdrawn") for line in lines):
            lines.append(f"- Withdrawn in version {req['withdrawn_in']}.")
        return lines

    # -- examples ---------------------------------------------------------------------------

    def _example_block(self, code: str) -> list[str]:
        """The first example that meets the requirement and the first that breaks it, each with the
        records it cites, so that copying the block gives a batch `ccai validate` judges as stated."""
        found = self.examples.get(code)
        if not found:
            return []
        lines = ["## Examples", ""]
        for kind, label in (("valid", "Meets it"), ("invalid", "Breaks it")):
            if not found[kind]:
                continue
            path = found[kind][0]
            expect = _EXPECT.search(path.read_text(encoding="utf-8"))
            batch = self.pool.batch(path, breaks=None if kind == "valid" else code)
            title = f"{label}: `{path.name}`" + (f" and the {len(batch.cited)} records it cites" if batch.cited else "")
            if expect and kind == "invalid":
                title += f" — reported as `{_text(expect.group(1))}`"
            lines += [f'??? example "{title}"', "", f'    ```yaml title="example-{kind}.yaml"']
            lines += [f"    {line}" if line else "" for line in batch.text().splitlines()]
            lines += ["    ```", ""]
        return lines

    # -- pages ------------------------------------------------------------------------------

    def _badges(self, req: dict[str, Any]) -> str:
        badges = [f'<span class="ccai-level ccai-level-{req["level"]}">{LEVEL_WORDS[req["level"]]}</span>']
        badges.append('<span class="ccai-check">checked by <code>ccai validate</code></span>' if req["machine_checkable"]
                      else '<span class="ccai-check ccai-check-no">checked by people</span>')
        if req["requirement_status"] == "withdrawn":
            badges.insert(0, '<span class="ccai-level ccai-withdrawn">WITHDRAWN</span>')
        return " ".join(badges)

    def related(self, req: dict[str, Any]) -> list[dict[str, Any]]:
        """Requirements of other pillars shown by the same records (replica consent is in pillars 1 and 3)."""
        own = {e.split(".")[0] for e in req["carried_by"]}
        return [r for r in self.standard.requirements if r["pillar"] != req["pillar"]
                and own & {e.split(".")[0] for e in r["carried_by"]}]

    def requirement_page(self, req: dict[str, Any]) -> str:
        code = req["requirement_code"]
        pillar = next(p for p in self.standard.standard["pillars"] if p["pillar"] == req["pillar"])
        number = PILLAR_ORDER.index(req["pillar"]) + 1
        # Searching for a requirement id must land on the requirement's own page.
        lines = ["---", "search:", "  boost: 8", "---", "", f"# {code}: {req['title']}", "", self._badges(req), "",
                 f"Part of [pillar {number}: {pillar['title']}]({pillar_slug(req['pillar'])}.md) of version "
                 f"{self.version} of the CCAI standard.", "",
                 '!!! quote "The requirement"', "", f"    {_text(req['statement'])}", "",
                 f"**Applies to:** {self.applies_to(req)}.", "",
                 "## Why", "", _text(req["rationale"]), "",
                 "## What shows it is met", "",
                 "**Records that show it:** " + ", ".join(self._element_link(e) for e in req["carried_by"]) + ".", ""]
        if req.get("mandatory_fields"):
            lines += ["**Fields it makes mandatory:** " + ", ".join(self._element_link(e) for e in req["mandatory_fields"])
                      + ".", ""]
        if req["machine_checkable"]:
            lines += ["## How it is checked", "", _text(req.get("check_description")), ""]
        else:
            lines += ["## Why software cannot check it", "", _text(req.get("not_checkable_reason")), ""]
        lines += _parameter_table(req.get("parameters") or [])
        if req["requirement_status"] == "withdrawn":
            lines += [f"**Withdrawn in {req.get('withdrawn_in')}.** {_text(req.get('withdrawal_reason'))}", ""]
        lines += ["## History", "", *self._history_lines(code, req), ""]
        lines += self._example_block(code)
        refs = req.get("informative_references") or []
        if refs:
            lines += ["## Sources", "", "Contracts, laws and formats this requirement aligns with:", ""]
            lines += [self.citation(ref) for ref in refs] + [""]
        related = self.related(req)
        if related:
            lines += ["## Related requirements in other pillars", ""]
            lines += [f"- [{r['requirement_code']}]({r['requirement_code']}.md): {r['title']}" for r in related] + [""]
        lines += ["## Cite this requirement", "",
                  f"Creators Coalition on AI, *CCAI Standards* version {self.version}, requirement {code}: "
                  f"“{req['title']}”. https://w3id.org/ccai/requirements/{code}", ""]
        return "\n".join(lines)

    def pillar_page(self, pillar: dict[str, Any]) -> str:
        """A short overview: the pillar's summary, then each requirement linked to its own page."""
        number = PILLAR_ORDER.index(pillar["pillar"]) + 1
        reqs = [r for r in self.standard.requirements if r["pillar"] == pillar["pillar"]]
        lines = [f"# Pillar {number}: {pillar['title']}", "", _text(pillar["summary"]), "",
                 "| Requirement | Level | Applies to |", "|---|---|---|"]
        for r in reqs:
            lines.append(f"| [{r['requirement_code']}: {r['title']}]({r['requirement_code']}.md) | "
                         f"{LEVEL_WORDS[r['level']]} | {self.applies_to(r)} |")
        elsewhere = {o["requirement_code"]: o for r in reqs for o in self.related(r)}
        if elsewhere:
            lines += ["", "## Related requirements in other pillars", "",
                      "These requirements belong to another pillar but are met by the same records:", ""]
            lines += [f"- [{c}]({c}.md): {o['title']}" for c, o in sorted(elsewhere.items())]
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
        """literate-nav's navigation: each pillar a section, its overview first, then its requirements."""
        lines = ["* [Overview](index.md)", "* [The whole standard on one page, to print](print.md)"]
        for pillar in self.standard.standard["pillars"]:
            n = PILLAR_ORDER.index(pillar["pillar"]) + 1
            lines.append(f"* Pillar {n}: {pillar['title']}")
            lines.append(f"    * [Overview of pillar {n}]({pillar_slug(pillar['pillar'])}.md)")
            lines += [f"    * [{r['requirement_code']}]({r['requirement_code']}.md)" for r in self.standard.requirements
                      if r["pillar"] == pillar["pillar"]]
        return "\n".join(lines) + "\n"

    def pages(self) -> dict[str, str]:
        out = {"standard/index.md": self.overview_page(), "standard/SUMMARY.md": self.summary()}
        for pillar in self.standard.standard["pillars"]:
            out[f"standard/{pillar_slug(pillar['pillar'])}.md"] = self.pillar_page(pillar)
        for req in self.standard.requirements:
            out[requirement_page_path(req["requirement_code"])] = self.requirement_page(req)
        return out
