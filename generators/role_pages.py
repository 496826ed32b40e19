"""Pages by role: plain-language summaries, written by hand, with the requirements filled in.

A role page (``docs/roles/*.md``) says in its own words what the standard asks of one kind of
reader, and lists the requirements it is speaking of with a directive, expanded at build time
from the requirements' data so that a title, level or statement can never drift:

    <!-- requirements: CCAI-REPLICA-001, CCAI-REPLICA-002 -->      the ones named, in that order
    <!-- requirements-for: studio, production_company -->           every one that applies to them

An unknown id or organisation kind stops the build.
"""

from __future__ import annotations

import re
from typing import Any

from . import paths
from .standard_pages import LEVEL_WORDS, _schema_enums, pillar_slug
from .standard_source import PILLAR_ORDER, StandardSource

_DIRECTIVE = re.compile(r"^<!-- requirements(-for)?: (.+?) -->$", re.M)
ROLE_DIR = "roles"


class RolePageError(ValueError):
    pass


def _item(req: dict[str, Any]) -> str:
    code = req["requirement_code"]
    statement = " ".join(req["statement"].split())
    return f"- **[{code}: {req['title']}](../standard/{code}.md)** ({LEVEL_WORDS[req['level']]}). {statement}"


def expand(text: str, standard: StandardSource, where: str) -> str:
    by_code = {r["requirement_code"]: r for r in standard.requirements}
    kinds = set(_schema_enums().get("OrganizationKindEnum", {}))

    def replace(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).split(",") if n.strip()]
        if not match.group(1):
            unknown = [n for n in names if n not in by_code]
            if unknown:
                raise RolePageError(f"{where}: no requirement {', '.join(unknown)}")
            return "\n".join(_item(by_code[n]) for n in names)
        unknown = [n for n in names if n not in kinds]
        if unknown:
            raise RolePageError(f"{where}: no organisation kind {', '.join(unknown)}")
        lines: list[str] = []
        for pillar in standard.standard["pillars"]:
            own = [r for r in standard.requirements if r["pillar"] == pillar["pillar"]
                   and set(names) & set(r.get("applies_to") or []) and r["requirement_status"] != "withdrawn"]
            if own:
                n = PILLAR_ORDER.index(pillar["pillar"]) + 1
                lines += ["", f"### [Pillar {n}: {pillar['title']}](../standard/{pillar_slug(pillar['pillar'])}.md)", ""]
                lines += [_item(r) for r in own]
        return "\n".join(lines).strip()

    return _DIRECTIVE.sub(replace, text)


def pages(standard: StandardSource | None = None) -> dict[str, str]:
    standard = standard or StandardSource()
    out = {}
    for path in sorted((paths.DOCS_DIR / ROLE_DIR).glob("*.md")):
        rel = f"{ROLE_DIR}/{path.name}"
        out[rel] = expand(path.read_text(encoding="utf-8"), standard, rel)
    return out
