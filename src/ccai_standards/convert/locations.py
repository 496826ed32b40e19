"""What a location pattern matches, and how the path patterns of web formats translate to it.

CCAI (the schema's LocationPattern): a pattern matches an address when the *whole* address
matches, ``*`` standing for any run of characters, none included. Without ``*`` a pattern is
one address: ``https://x.example/shows/*`` is everything under /shows/, while
``https://x.example/shows/`` is that one page.

robots.txt (RFC 9309 section 2.2.2) and the formats that borrow its matching (TDMRep
``location``, AIPREF's Content-Usage rule, Content-Signal, RSL ``<content url>``): a path
matches every path that *begins* with it; ``*`` is any run of characters and ``$`` at the end
anchors the end. ``/shows/`` is everything under /shows/; ``/shows/$`` is the one page.

Every importer and exporter translates through `from_robots` and `to_robots`, so the two
meanings never mix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from .context import Context
from .results import ConversionError, shown


def _regex(pattern: str, anchored: bool) -> re.Pattern[str]:
    body = ".*".join(re.escape(part) for part in pattern.split("*"))
    return re.compile(body + ("\\Z" if anchored else ""), re.S)


def matches(pattern: str, address: str) -> bool:
    """Whether a CCAI location pattern matches an address (the whole address, * any run)."""
    return _regex(pattern, True).match(address) is not None


def robots_matches(path_pattern: str, path: str) -> bool:
    """Whether a robots.txt path pattern matches a path (RFC 9309: a prefix; * any run; $ the end)."""
    anchored = path_pattern.endswith("$")
    return _regex(path_pattern[:-1] if anchored else path_pattern, anchored).match(path) is not None


def from_robots(base: str, path: str) -> str:
    """The CCAI pattern that matches what a robots.txt-style path matches on the site `base`."""
    path = path.strip() or "/"
    if not path.startswith("/"):
        raise ConversionError(f"`{shown(path)}` is not a path (paths start with /)")
    site = base.rstrip("/")
    if path.endswith("$"):
        return site + path[:-1]
    return site + path + ("" if path.endswith("*") else "*")


def to_robots(pattern: str) -> tuple[str, str]:
    """The site and robots.txt-style path that match what a CCAI pattern matches."""
    parts = urlsplit(pattern)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    if path.endswith("*"):
        path = path.rstrip("*") or "/"
    else:
        path += "$"
    return f"{parts.scheme}://{parts.netloc}", path.replace(" ", "%20").replace("\t", "%09")


def site_paths(record: dict[str, Any], ctx: Context, what: str) -> list[str]:
    """The robots.txt-style paths of the record's locations on one web site (``--site`` chooses)."""
    locations = record.get("locations") or []
    if not locations:
        raise ConversionError(f"{what} holds rules for web addresses, and this preference has no `locations`")
    by_site: dict[str, list[str]] = {}
    for location in locations:
        site, path = to_robots(location)
        by_site.setdefault(site, []).append(path)
    site = (ctx.option("site") or "").rstrip("/")
    if site:
        if site not in by_site:
            raise ConversionError(f"the preference has no locations on {site}; its sites are "
                                  f"{', '.join(sorted(by_site))}")
    elif len(by_site) > 1:
        raise ConversionError(f"{what} is per web site and the locations span several ({', '.join(sorted(by_site))}); "
                              "choose one with site (--site)")
    else:
        site = next(iter(by_site))
    return by_site[site]


def first_rule(text: str, name: str) -> str:
    """The statement of the first `name:` line (a header field or robots.txt rule), its path left
    out: what an export written with one statement says. Empty when there is none."""
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() == name.lower():
            return split_rule(value)[1]
    return ""


def split_rule(value: str) -> tuple[str, str]:
    """The path and the rest of a robots.txt rule value (AIPREF attach-05 section 3.2): a value
    that does not start with / has no path, which means the whole site."""
    value = value.strip()
    if not value.startswith("/"):
        return "/", value
    for index, char in enumerate(value):
        if char in " \t":
            return value[:index], value[index + 1:].strip()
    return value, ""


@dataclass
class RobotsGroup:
    """The robots.txt lines that apply to one crawler: its groups, merged (RFC 9309 section 2.2.1)."""

    base: str
    agent: str
    lines: list[tuple[int, str, str]] = field(default_factory=list)  # (line number, lower-case name, value)

    def rules(self, name: str) -> list[tuple[int, str]]:
        return [(number, value) for number, key, value in self.lines if key == name.lower()]

    def closed_paths(self) -> list[tuple[int, str]]:
        """Disallow paths, except those an Allow of the same path reopens (RFC 9309: on a tie, Allow
        wins). An Allow of a longer path reopens only part, so the Disallow path stays: refusing
        there is stricter than robots.txt, never more permissive."""
        allowed = {value for _, key, value in self.lines if key == "allow" and value}
        return [(number, value) for number, key, value in self.lines if key == "disallow" and value
                and value not in allowed]


def robots_group(text: str, ctx: Context, what: str) -> RobotsGroup:
    """The group of the crawler named by ``user_agent`` (default *), as RFC 9309 chooses it."""
    base = ctx.option("base_url")
    if not base:
        raise ConversionError("robots.txt paths are relative to the site; give the site address (base_url, or "
                              "--base-url https://example.org)")
    agent = ctx.option("user_agent", "*").lower()
    groups: list[tuple[list[str], list[tuple[int, str, str]]]] = []
    outside: list[tuple[int, str, str]] = []
    agents: list[str] = []
    lines: list[tuple[int, str, str]] = []
    last_was_agent = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line or ":" not in line:
            continue
        name, value = (part.strip() for part in line.split(":", 1))
        name = name.lower()
        if name == "user-agent":
            if not last_was_agent and (agents or lines):
                groups.append((agents, lines))
                agents, lines = [], []
            agents.append(value.lower())
            last_was_agent = True
            continue
        last_was_agent = False
        (lines if agents else outside).append((number, name, value))
    if agents or lines:
        groups.append((agents, lines))
    chosen = [g for g in groups if agent in g[0]] or [g for g in groups if "*" in g[0]]
    group = RobotsGroup(base, agent, [line for g in chosen for line in g[1]])
    for agents, lines in groups:
        if (agents, lines) in chosen:
            continue
        mine = [number for number, key, _ in lines if key == what.lower()]
        if mine:
            ctx.warn("CONVERT-lossy", f"{what} rules for {', '.join(agents)} are not imported: a usage preference "
                     "applies to every crawler (choose another group with user_agent, --user-agent)",
                     f"line {mine[0]}")
    if not chosen and not outside:
        raise ConversionError(f"robots.txt has no group for user agent `{shown(agent)}` and no `*` group")
    for name, (label, fmt) in OTHER_MECHANISMS.items():
        found = [number for number, key, _ in group.lines + outside if key == name]
        if found and name != what.lower():
            ctx.warn("CONVERT-unknown", f"robots.txt also holds {label} lines, which this import does not read; "
                     f"import them with --from {fmt}", f"line {found[0]}")
    return group


#: robots.txt lines of the preference mechanisms `ccai convert` reads, each with its own import.
OTHER_MECHANISMS = {"content-usage": ("AIPREF Content-Usage", "robots"),
                    "content-signal": ("Content-Signal", "content-signals"),
                    "license": ("RSL License", "rsl (the licence document the line points to)")}
