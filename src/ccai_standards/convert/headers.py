"""HTTP response header fields: one response can carry several preference mechanisms at once.

`import_response` reads every mechanism it knows in one response (TDMRep's ``tdm-reservation``
and ``tdm-policy``, AIPREF's ``Content-Usage``, ``Content-Signal``) into one
usage preference: each is read by its own vocabulary, and where they differ the most
restrictive statement wins, as crawlers that honour both must do.
"""

from __future__ import annotations

from typing import Any

from .context import Context, Source
from .permits import Category, Vocabulary, imported
from .preferences import Stance
from .results import ConversionError


def field_values(text: str, name: str, required: bool = True, bare: bool = True) -> list[str]:
    """The values of a header field in lines of an HTTP response, or (with `bare`) the text itself
    when it is one bare value (a line without a field name)."""
    lines = [line for line in text.splitlines() if line.strip()]
    values = [line.split(":", 1)[1].strip() for line in lines
              if ":" in line and line.split(":", 1)[0].strip().lower() == name.lower()]
    if values:
        return values
    if bare and len(lines) == 1 and not _looks_like_field(lines[0]):
        return [lines[0].strip()]
    if required:
        raise ConversionError(f"no {name} header field found")
    return []


def _looks_like_field(line: str) -> bool:
    name, colon, _ = line.partition(":")
    return bool(colon) and name.strip().replace("-", "").isalnum() and " " not in name.strip()


def merged(parts: list[tuple[str, Vocabulary, dict[str, Stance]]]) -> tuple[Vocabulary, dict[str, Stance]]:
    """One vocabulary and reading from several, each category prefixed with its mechanism."""
    categories: list[Category] = []
    reading: dict[str, Stance] = {}
    for prefix, vocabulary, said in parts:
        for category in vocabulary.categories:
            categories.append(Category(f"{prefix}:{category.label}", category.covers, category.touches,
                                       category.meaning, category.overrides))
        reading.update({f"{prefix}:{label}": value for label, value in said.items()})
    name = " and ".join(vocabulary.name for _, vocabulary, _ in parts)
    return Vocabulary(name, "; ".join(v.specification for _, v, _ in parts), tuple(categories)), reading


def import_response(source: Source, ctx: Context) -> list[dict[str, Any]]:
    """Every preference header of one HTTP response, as one usage preference."""
    from . import aipref, content_signals, tdmrep

    parts: list[tuple[str, Vocabulary, dict[str, Stance]]] = []
    mechanisms: list[str] = []
    said = tdmrep.read_headers(source.text, ctx, required=False)
    if said is not None:
        parts.append(("tdm", tdmrep.VOCABULARY, said))
        mechanisms.append("tdmrep")
    values = field_values(source.text, aipref.HEADER, required=False, bare=False)
    if values:
        statements = aipref.parse_preferences(", ".join(values), aipref.HEADER, ctx)
        parts.append(("aipref", aipref.VOCABULARY, aipref.combine(statements, ctx)))
        mechanisms.append("aipref_content_usage")
    values = field_values(source.text, content_signals.FIELD, required=False, bare=False)
    if values:
        parts.append(("signal", content_signals.VOCABULARY, content_signals.parse(", ".join(values), "header", ctx)))
        mechanisms.append(content_signals.MECHANISM)
    if not parts:
        raise ConversionError("the response has no tdm-reservation, Content-Usage or Content-Signal header field")
    vocabulary, reading = merged(parts)
    record = imported(vocabulary, reading, ctx, mechanisms[0], "response\n" + source.text)
    record["published_via"] = mechanisms
    if not ctx.option("locations") and not ctx.option("works"):
        ctx.warn("CONVERT-missing", "HTTP headers apply to the response they come with; give locations or works so "
                 "the preference says what it applies to", "$")
    return [record]
