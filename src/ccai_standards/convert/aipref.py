"""IETF AIPREF: the ``Content-Usage`` HTTP header field and robots.txt rule.

Pinned drafts (the vocabulary is still moving, so the labels come from one named version):
``draft-ietf-aipref-vocab-08`` (14 September 2026) for the categories and their labels, and
``draft-ietf-aipref-attach-05`` (19 August 2026) for the header and robots.txt syntax.

The -08 vocabulary has three categories: ``train-ai`` (changing the learned parameters of a
model that generates content: generative training and fine-tuning), ``ai-use`` (input to a
generative model, other than what the user provides) and ``search``. Allowing search
allows any processing inside the search application, training models included (vocab-07
section 4.2, kept in -08), so ``search=y`` permits part of every mining, training and
inference activity: it is written only where the record allows all of them. A preference is
``y`` or ``n``; a use allowed only under a condition is written ``n``. Where several
statements apply, the most restrictive wins (vocab section 5.1); in robots.txt, rules with
identical paths combine that way (attach-05 section 3.1); within one header field the last
value of a key counts (RFC 9651).
"""

from __future__ import annotations

import re
from typing import Any

from .context import Batch, Context, Source
from .locations import first_rule, from_robots, robots_group, site_paths, split_rule
from .permits import ACTIVITIES, Category, Vocabulary, best_reading, imported, report
from .preferences import Statement, combine, explicit, report_fields, stance
from .results import APPROXIMATE, CONFLICT, LOSSY, UNKNOWN, ConversionError, shown

VOCAB_DRAFT = "draft-ietf-aipref-vocab-08"
ATTACH_DRAFT = "draft-ietf-aipref-attach-05"
HEADER = "Content-Usage"
MECHANISM = "aipref_content_usage"
#: label of each category in the pinned vocabulary, with the CCAI use nearest to it.
LABELS = {"train-ai": "generative_ai_training", "ai-use": "ai_inference", "search": "search_indexing"}
_IN_SEARCH = ACTIVITIES["data_mining"] | ACTIVITIES["ai_inference"]
VOCABULARY = Vocabulary(
    f"AIPREF ({VOCAB_DRAFT})", f"{VOCAB_DRAFT} sections 4 and 5; {ATTACH_DRAFT} sections 2 and 3",
    (Category("train-ai", ACTIVITIES["generative_ai_training"],
              meaning="using an asset to modify the learned parameters of an AI model that generates content"),
     Category("ai-use", frozenset(), frozenset({"inference.generative"}),
              meaning="input to a generative model other than what the user provides"),
     Category("search", ACTIVITIES["search_indexing"], _IN_SEARCH,
              meaning="use in a search application that directs users to the asset; allowing it allows any "
                      "processing inside the application, training of models included", overrides=True)))

NOTES = {
    "data_mining": f"{VOCAB_DRAFT} has no category for data mining in general",
    "ai_training": f"{VOCAB_DRAFT} has no category for training non-generative models",
    "fine_tuning": f"{VOCAB_DRAFT} only has train-ai (generative)", "evaluation": f"{VOCAB_DRAFT} has no such category",
    "generative_ai_training": "AIPREF preferences are y or n; a use allowed only under a condition is written n",
    "search_indexing": "search=y would also allow training and other processing inside the search application, "
                       "which the record does not allow",
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
        if key not in LABELS:
            ctx.warn(UNKNOWN, f"`{shown(key)}` is not a category of {VOCAB_DRAFT}; ignored, as the draft requires", where)
            continue
        if value[0] != "token" or value[1] not in ("y", "n"):
            ctx.warn(UNKNOWN, f"the value of `{shown(key)}` is not the token y or n, so the preference is unknown", where)
            continue
        statements.append(Statement(key, stance("allowed" if value[1] == "y" else "not_allowed"), where))
    return statements


# --- export -------------------------------------------------------------------------------


def expression(record: dict[str, Any], ctx: Context | None = None) -> str:
    """The preference as a structured field dictionary, such as ``train-ai=n, ai-use=n``: the
    statements that never permit more than the record and lose least (warned about on `ctx`)."""
    reading = best_reading(VOCABULARY, record)
    if not reading:
        raise ConversionError(f"no statement in the categories of {VOCAB_DRAFT} (train-ai, ai-use, search) can be "
                              "made without permitting more than the preference")
    if ctx is not None:
        report(record, VOCABULARY, reading, ctx, NOTES)
        if "ai-use" in reading:
            stated = explicit(record).get("ai_inference")
            ctx.warn(APPROXIMATE, "ai-use covers only input to generative models, other than what the user provides; "
                     "CCAI's ai_inference covers any model and any input",
                     stated.path if stated else ("default_permission",), record.get("id"), use="ai_inference")
    return ", ".join(f"{c.label}={'y' if reading[c.label].permission == 'allowed' else 'n'}"
                     for c in VOCABULARY.categories if c.label in reading)


def export_header(batch: Batch, ctx: Context) -> str:
    record = batch.one("UsagePreference")
    text = expression(record, ctx)
    report_fields(record, VOCABULARY.name, ctx, carried=(), notes=NOTES)
    if record.get("locations"):
        ctx.warn(LOSSY, "a header field applies to the response it is sent with; send it with the responses for "
                 "the preference's locations", ("locations",), record.get("id"))
    return f"{HEADER}: {text}\n"


def export_robots(batch: Batch, ctx: Context) -> str:
    """A robots.txt group with one Content-Usage rule per location (of one site)."""
    record = batch.one("UsagePreference")
    paths = site_paths(record, ctx, "robots.txt")
    text = expression(record, ctx)
    lines = [f"User-Agent: {ctx.option('user_agent', '*')}"]
    lines += [f"{HEADER}: {path} {text}" for path in paths]
    report_fields(record, VOCABULARY.name, ctx, carried=("locations",), notes=NOTES)
    return "\n".join(lines) + "\n"


# --- reading what an export says (the "permits" side) ----------------------------------------


def read_export(output: str) -> dict[str, Any]:
    """What a header field or robots.txt group written by `export_header`/`export_robots` says,
    read as the draft says a crawler reads it (the first rule's preference)."""
    ctx = Context()
    return combine(parse_preferences(first_rule(output, HEADER), "$", ctx), ctx)


# --- import -------------------------------------------------------------------------------


def import_header(source: Source, ctx: Context) -> list[dict[str, Any]]:
    """Content-Usage field lines (a bare value, or lines of an HTTP response; others are ignored)."""
    from .headers import field_values

    values = field_values(source.text, HEADER)
    statements = parse_preferences(", ".join(values), HEADER, ctx)
    return [imported(VOCABULARY, combine(statements, ctx), ctx, MECHANISM, source.text, HEADER)]


def import_robots(source: Source, ctx: Context) -> list[dict[str, Any]]:
    """One usage preference per Content-Usage path of the group for the chosen crawler (default *).

    A rule without a path applies to the whole site (attach-05 section 3.2). Paths that
    Disallow keeps crawlers out of have no usage preference in AIPREF; CCAI records them as
    refusing every use, so that the broader rules are not read as allowing anything there.
    """
    group = robots_group(source.text, ctx, HEADER)
    by_path: dict[str, list[Statement]] = {}
    for number, value in group.rules(HEADER):
        path, prefs = split_rule(value)
        by_path.setdefault(path, []).extend(parse_preferences(prefs, f"line {number}", ctx))
    records = []
    for path, statements in by_path.items():
        reading = combine(statements, ctx)
        if reading:
            records.append(imported(VOCABULARY, reading, ctx, MECHANISM, source.text + path, f"robots.txt {path}",
                                    [from_robots(group.base, path)]))
    if not records:
        raise ConversionError(f"the {HEADER} rules state no preference in the categories of {VOCAB_DRAFT}")
    refused = {c.label: stance("not_allowed") for c in VOCABULARY.categories}
    for number, path in group.closed_paths():
        ctx.warn(APPROXIMATE, f"Disallow: {path} keeps crawlers out, and AIPREF gives no usage preference for what "
                 "cannot be crawled; CCAI records every use there as not allowed, so that the broader rules are not "
                 "read as allowing anything under it", f"line {number}")
        records.append(imported(VOCABULARY, refused, ctx, MECHANISM, source.text + "disallow" + path,
                                f"line {number}", [from_robots(group.base, path)]))
    for record in records:
        record["published_via"] = [MECHANISM, "robots_txt"]
    return records
