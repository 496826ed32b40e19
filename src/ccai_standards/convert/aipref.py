"""IETF AIPREF: the ``Content-Usage`` HTTP header field and robots.txt rule.

Pinned drafts (the vocabulary is still moving, so the labels come from one named version):
``draft-ietf-aipref-vocab-08`` (14 September 2026) for the categories and their labels, and
``draft-ietf-aipref-attach-05`` (19 August 2026) for the header and robots.txt syntax.

The -08 vocabulary has three categories: ``train-ai`` (training *generative* models),
``ai-use`` (input to a generative model, other than what the user provides) and
``search``. A preference is ``y`` or ``n``; there is no "allowed under a condition", so a
constrained use is written ``n``. Where several statements apply, the most restrictive
wins (vocab-08 section 5.1); in robots.txt, rules with identical paths combine that way
(attach-05 section 3.1); within one header field the last value of a key counts (RFC 9651).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from .context import Batch, Context, Source
from .preferences import (
    Statement,
    build_preference,
    combine,
    effective,
    explicit,
    record_from_stances,
    report_losses,
    stance,
)
from .results import APPROXIMATE, CONFLICT, LOSSY, UNKNOWN, ConversionError, shown

VOCAB_DRAFT = "draft-ietf-aipref-vocab-08"
ATTACH_DRAFT = "draft-ietf-aipref-attach-05"
HEADER = "Content-Usage"
#: label of each category in the pinned vocabulary, with the CCAI use it maps to.
LABELS = {"train-ai": "generative_ai_training", "ai-use": "ai_inference", "search": "search_indexing"}
USE_LABEL = {v: k for k, v in LABELS.items()}

NOTES = {
    "data_mining": f"{VOCAB_DRAFT} has no category for data mining in general",
    "ai_training": f"{VOCAB_DRAFT} has no category for training non-generative models",
    "fine_tuning": f"{VOCAB_DRAFT} only has train-ai (generative)", "evaluation": f"{VOCAB_DRAFT} has no such category",
    "declared_by": "AIPREF statements do not say who declared them",
    "declared_at": "AIPREF statements are not dated",
    "works": "AIPREF applies to HTTP responses and paths, not to works",
    "catalogue_of": "AIPREF applies to HTTP responses and paths, not to a catalogue",
    "valid_from": "AIPREF has no period of validity", "valid_until": "AIPREF has no period of validity",
    "published_via": "AIPREF does not list other publication channels",
    "licensing_contact": "AIPREF has no contact field",
}


# --- Structured Field dictionary (RFC 9651), as much as preferences need ---------------------

_KEY = re.compile(r"[a-z*][a-z0-9_\-.*]*")
_TOKEN = re.compile(r"[A-Za-z*][!#$%&'*+\-.^_`|~0-9A-Za-z:/]*")
_NUMBER = re.compile(r"-?[0-9]{1,15}(\.[0-9]{1,3})?")


class _Parser:
    def __init__(self, text: str) -> None:
        self.text, self.pos = text, 0

    def fail(self, what: str) -> ConversionError:
        return ConversionError(f"`{self.text}` is not a structured field dictionary (RFC 9651): {what} at "
                               f"character {self.pos + 1}")

    def skip(self, chars: str = " \t") -> None:
        while self.pos < len(self.text) and self.text[self.pos] in chars:
            self.pos += 1

    def match(self, pattern: re.Pattern[str]) -> str | None:
        found = pattern.match(self.text, self.pos)
        if not found:
            return None
        self.pos = found.end()
        return found.group(0)

    def bare_item(self) -> Any:
        char = self.text[self.pos: self.pos + 1]
        if char == '"':
            end = self.pos + 1
            out = []
            while end < len(self.text) and self.text[end] != '"':
                if self.text[end] == "\\":
                    end += 1
                out.append(self.text[end: end + 1])
                end += 1
            if end >= len(self.text):
                raise self.fail("unterminated string")
            self.pos = end + 1
            return ("string", "".join(out))
        if char == "?":
            value = self.text[self.pos + 1: self.pos + 2]
            if value not in ("0", "1"):
                raise self.fail("bad boolean")
            self.pos += 2
            return ("boolean", value == "1")
        if char == ":":
            end = self.text.find(":", self.pos + 1)
            if end < 0:
                raise self.fail("unterminated byte sequence")
            self.pos = end + 1
            return ("bytes", None)
        number = self.match(_NUMBER)
        if number is not None:
            return ("number", number)
        token = self.match(_TOKEN)
        if token is not None:
            return ("token", token)
        raise self.fail("expected a value")

    def parameters(self) -> None:
        while self.text[self.pos: self.pos + 1] == ";":
            self.pos += 1
            self.skip(" ")
            if self.match(_KEY) is None:
                raise self.fail("expected a parameter name")
            if self.text[self.pos: self.pos + 1] == "=":
                self.pos += 1
                self.bare_item()

    def item(self) -> Any:
        if self.text[self.pos: self.pos + 1] == "(":
            end = self.text.find(")", self.pos)
            if end < 0:
                raise self.fail("unterminated inner list")
            self.pos = end + 1
            self.parameters()
            return ("list", None)
        value = self.bare_item()
        self.parameters()
        return value

    def dictionary(self) -> list[tuple[str, Any]]:
        members = []
        self.skip()
        while self.pos < len(self.text):
            key = self.match(_KEY)
            if key is None:
                raise self.fail("expected a lower-case key")
            if self.text[self.pos: self.pos + 1] == "=":
                self.pos += 1
                value = self.item()
            else:
                value = ("boolean", True)
                self.parameters()
            members.append((key, value))
            self.skip()
            if self.pos >= len(self.text):
                break
            if self.text[self.pos] != ",":
                raise self.fail("expected a comma")
            self.pos += 1
            self.skip()
            if self.pos >= len(self.text):
                raise self.fail("trailing comma")
        return members


def parse_preferences(text: str, where: str, ctx: Context) -> list[Statement]:
    """The statements of one preference expression (unknown labels and values are ignored)."""
    members = _Parser(text.strip()).dictionary()
    values: dict[str, tuple[Any, int]] = {}
    for index, (key, value) in enumerate(members):
        if key in values and values[key][0] != value:
            ctx.warn(CONFLICT, f"`{shown(key)}` is given twice in one field; as RFC 9651 says, the last value counts",
                     where)
        values[key] = (value, index)
    statements = []
    for key, (value, _) in values.items():
        use = LABELS.get(key)
        if use is None:
            ctx.warn(UNKNOWN, f"`{shown(key)}` is not a category of {VOCAB_DRAFT}; ignored, as the draft requires", where)
            continue
        if value[0] != "token" or value[1] not in ("y", "n"):
            ctx.warn(UNKNOWN, f"the value of `{shown(key)}` is not the token y or n, so the preference is unknown", where)
            continue
        statements.append(Statement(use, stance("allowed" if value[1] == "y" else "not_allowed"), where))
    return statements


# --- export -------------------------------------------------------------------------------


def expression(record: dict[str, Any]) -> str:
    """The preference as a structured field dictionary, such as ``train-ai=n, search=y``."""
    applies = effective(record)
    parts = []
    for label, use in LABELS.items():
        item = applies[use]
        if item is not None:
            parts.append(f"{label}={'y' if item.permission == 'allowed' else 'n'}")
    if not parts:
        raise ConversionError(f"the preference says nothing about generative training, AI use or search, the "
                              f"only categories of {VOCAB_DRAFT}")
    return ", ".join(parts)


def _report(record: dict[str, Any], text: str, ctx: Context, carried: tuple[str, ...]) -> None:
    back = record_from_stances({s.use: s.stance for s in parse_preferences(text, "$", Context())})
    notes = dict(NOTES)
    for use in LABELS.values():
        notes[use] = "AIPREF preferences are y or n; a use allowed only under a condition is written n"
    report_losses(record, back, f"AIPREF ({VOCAB_DRAFT})", ctx, carried=carried, notes=notes)
    applies = effective(record)
    if applies["ai_inference"] is not None:
        stated = explicit(record).get("ai_inference")
        ctx.warn(APPROXIMATE, "ai-use covers only input to generative models, other than what the user provides; "
                 "CCAI's ai_inference covers any model and any input",
                 stated.path if stated else ("default_permission",), record.get("id"))


def export_header(batch: Batch, ctx: Context) -> str:
    record = batch.one("UsagePreference")
    text = expression(record)
    _report(record, text, ctx, carried=())
    if record.get("locations"):
        ctx.warn(LOSSY, "a header field applies to the response it is sent with; send it with the responses for "
                 "the preference's locations", ("locations",), record.get("id"))
    return f"{HEADER}: {text}\n"


def _path(location: str) -> tuple[str, str]:
    parts = urlsplit(location)
    path = parts.path or "/"
    if not path.endswith("*"):
        path += "$"  # a location without a wildcard is one address, not everything under it
    return f"{parts.scheme}://{parts.netloc}", path.replace(" ", "%20").replace("\t", "%09")


def export_robots(batch: Batch, ctx: Context) -> str:
    """A robots.txt group with one Content-Usage rule per location (of one site)."""
    record = batch.one("UsagePreference")
    text = expression(record)
    locations = record.get("locations") or []
    if not locations:
        raise ConversionError("robots.txt rules are for paths on a site, and this preference has no `locations`")
    sites: dict[str, list[str]] = {}
    for location in locations:
        site, path = _path(location)
        sites.setdefault(site, []).append(path)
    site = (ctx.option("site") or "").rstrip("/") or (next(iter(sites)) if len(sites) == 1 else None)
    if site not in sites:
        raise ConversionError("robots.txt is per web site; choose one of " + ", ".join(sorted(sites)) +
                              " with site (--site)")
    lines = [f"User-Agent: {ctx.option('user_agent', '*')}"]
    lines += [f"{HEADER}: {path} {text}" for path in sites[site]]
    _report(record, text, ctx, carried=("locations",))
    return "\n".join(lines) + "\n"


# --- import -------------------------------------------------------------------------------


def import_header(source: Source, ctx: Context) -> list[dict[str, Any]]:
    """Content-Usage field lines (a bare value, or lines of an HTTP response; others are ignored)."""
    lines = source.text.splitlines()
    values = [line.split(":", 1)[1] for line in lines if line.split(":", 1)[0].strip().lower() == "content-usage"]
    if not values:
        if len(lines) == 1 and ":" not in lines[0]:
            values = lines  # just the field value
        else:
            raise ConversionError(f"no {HEADER} header field found")
    statements = parse_preferences(", ".join(v.strip() for v in values), HEADER, ctx)
    stances = combine(statements, ctx)
    return [build_preference(stances, ctx, "aipref_content_usage", source.text)]


def _groups(text: str) -> list[tuple[list[str], list[tuple[int, str]]]]:
    """robots.txt groups: the user agents of each group and its Content-Usage rule values."""
    groups: list[tuple[list[str], list[tuple[int, str]]]] = []
    agents: list[str] = []
    rules: list[tuple[int, str]] = []
    last_was_agent = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line or ":" not in line:
            continue
        name, value = (part.strip() for part in line.split(":", 1))
        name = name.lower()
        if name == "user-agent":
            if not last_was_agent and (agents or rules):
                groups.append((agents, rules))
                agents, rules = [], []
            agents.append(value.lower())
            last_was_agent = True
            continue
        last_was_agent = False
        if name == "content-usage":
            rules.append((number, value))
    if agents or rules:
        groups.append((agents, rules))
    return groups


def import_robots(source: Source, ctx: Context) -> list[dict[str, Any]]:
    """One usage preference per Content-Usage path of the group for the chosen crawler (default *)."""
    base = ctx.option("base_url")
    if not base:
        raise ConversionError("robots.txt paths are relative to the site; give the site address (base_url, or "
                              "--base-url https://example.org)")
    agent = ctx.option("user_agent", "*").lower()
    groups = _groups(source.text)
    chosen = [g for g in groups if agent in g[0]] or [g for g in groups if "*" in g[0]]
    if not chosen:
        raise ConversionError(f"robots.txt has no group for user agent `{shown(agent)}` and no `*` group")
    for agents, rules in groups:
        if (agents, rules) not in chosen and rules:
            ctx.warn(LOSSY, f"Content-Usage rules for {', '.join(agents)} are not imported: a usage preference "
                     "applies to every crawler", f"line {rules[0][0]}")
    by_path: dict[str, list[Statement]] = {}
    for agents, rules in chosen:
        for number, value in rules:
            where = f"line {number}"
            if value.startswith("/"):
                path, _, prefs = value.partition(" ")
                if not prefs.strip():
                    path, _, prefs = value.partition("\t")
            else:
                path, prefs = "/", value
                ctx.warn(APPROXIMATE, f"the rule has no path ({ATTACH_DRAFT} requires one); read as applying to /",
                         where)
            by_path.setdefault(path.strip(), []).extend(parse_preferences(prefs, where, ctx))
    if not by_path:
        raise ConversionError(f"the robots.txt group for `{shown(agent)}` has no {HEADER} rule")
    records = []
    for path, statements in by_path.items():
        stances = combine(statements, ctx)
        if not stances:
            continue
        location = urljoin(base.rstrip("/") + "/", path.lstrip("/"))
        location = location[:-1] if location.endswith("$") else (location if location.endswith("*") else
                                                                  location + "*")
        records.append(build_preference(stances, ctx, "aipref_content_usage", source.text + path, [location]))
    if not records:
        raise ConversionError(f"the {HEADER} rules state no preference in the categories of {VOCAB_DRAFT}")
    for record in records:
        record["published_via"] = ["aipref_content_usage", "robots_txt"]
    return records
