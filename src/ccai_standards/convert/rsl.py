"""RSL 1.0 (Really Simple Licensing, RSL-SPEC-1.0): licence documents for AI use, with payment.

An RSL document (namespace ``https://rslstandard.org/rsl``) has one ``<content url>`` per set
of assets, each with one or more ``<license>`` elements. In a licence:

* ``<permits type="usage">`` lists the usages allowed, and only those (a closed list);
  ``<prohibits type="usage">`` lists usages refused; with neither, every usage is allowed;
* the narrower usage decides (``ai-train`` over ``ai-all`` over ``all``), and a usage both
  permitted and prohibited is not licensed (section 3.1.1);
* ``<payment type>`` says what the licence costs (free when absent), with ``<amount
  currency>``, a shared framework (``<standard>``) or the publisher's own process (``<custom>``);
  a ``server`` on ``<content>`` means a licence must be obtained even when it is free.

Several licences are alternatives: a user may take any one, so an activity is allowed when
any licence allows it. The usage tokens and their scope follow section 3.4.1.1; ``search`` is
not under ``ai-all``. A ``<content url>`` is a full address or a path matched as robots.txt
paths are. The robots.txt ``License:`` line (section 4.4) points to the document.

CCAI's constrained uses become licences with a payment: from the preference's
``licence_terms`` (CompensationTerm), and its policy as ``<custom>``. What RSL cannot say
(condition texts, user and geographic limits on import, reporting and legal terms) is named
in a warning.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from .context import Batch, Context, Source
from .locations import from_robots, to_robots
from .permits import (
    ACTIVITIES,
    ALL_ACTIVITIES,
    BY_ACTIVITY,
    Category,
    Vocabulary,
    imported,
    reading_activities,
    record_activities,
    report,
    what_is_said,
)
from .preferences import Stance, report_fields, stance
from .results import LOSSY, MISSING, UNKNOWN, ConversionError, shown

SPEC = "RSL 1.0 (RSL-SPEC-1.0, Really Simple Licensing)"
NS = "https://rslstandard.org/rsl"
MECHANISM = "rsl_licence"
_AI = ACTIVITIES["data_mining"] - {"mining.other"} | ACTIVITIES["ai_inference"] | ACTIVITIES["replica_creation"] | \
    ACTIVITIES["replica_use"] | ACTIVITIES["style_imitation"]
VOCABULARY = Vocabulary(SPEC, f"{SPEC}, sections 3.4.1.1, 3.5 and 3.6", (
    Category("all", frozenset(ALL_ACTIVITIES), meaning="any automated processing of content"),
    Category("ai-all", _AI, frozenset({"mining.other"}),
             meaning="any use by AI systems: training, inference, indexing, retrieval, generation, grounding, "
                     "evaluation"),
    Category("ai-train", ACTIVITIES["ai_training"], meaning="training or fine-tuning AI models"),
    Category("ai-input", ACTIVITIES["ai_inference"],
             meaning="input into AI models: retrieval-augmented generation, grounding, AI search summaries"),
    Category("ai-index", frozenset(), ACTIVITIES["ai_inference"],
             meaning="inclusion in an AI system's internal index or retrieval database"),
    Category("search", ACTIVITIES["search_indexing"],
             meaning="building a search index and providing search results, not AI-generated summaries"),
), ("allowed", "not_allowed", "constrained"), narrowest_wins=True)
TOKENS = tuple(c.label for c in VOCABULARY.categories)
#: What a whole document says, worked out activity by activity (any of its licences may be taken).
ACTIVITY_READING = replace(BY_ACTIVITY, name=SPEC, specification=VOCABULARY.specification)

#: RSL payment types and the CCAI compensation term each corresponds to (model, trigger).
PAYMENTS = {
    "purchase": ("flat_fee", "on_signing"),
    "subscription": ("flat_fee", "periodic"),
    "training": ("per_use", "per_training_run"),
    "crawl": ("per_use", "per_use"),
    "use": ("per_use", "per_generated_output"),
    "contribution": ("collective_licence_pool", "periodic"),
}
NON_MONEY = ("attribution", "free")

NOTES = {
    "declared_by": "an RSL document names the rights holder only as text (<copyright>)",
    "declared_at": "RSL dates a document's content (lastmod), not the declaration",
    "works": "RSL licences apply to addresses, not to works",
    "catalogue_of": "RSL licences apply to addresses, not to a catalogue",
    "valid_from": "RSL has no period of validity", "valid_until": "RSL has no period of validity",
    "published_via": "RSL does not list other publication channels",
    "evaluation": "RSL has no usage token for evaluation alone (ai-all holds much more)",
    "data_mining": "RSL has no usage token for data mining other than AI use, except all",
}


# --- reading ----------------------------------------------------------------------------------


def _tag(element: ET.Element) -> str:
    return element.tag.split("}", 1)[1] if element.tag.startswith(f"{{{NS}}}") else ""


def _children(element: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in element if c.tag == f"{{{NS}}}{name}"]


def licence_condition(licence: ET.Element, server: str | None) -> tuple[Stance, list[dict[str, Any]]]:
    """The stance a licence gives what it permits (allowed when free), and its payment as terms."""
    payments = _children(licence, "payment")
    if not payments:
        if server:
            return stance("constrained", "A licence must be obtained from the RSL licence server.", server), []
        return stance("allowed"), []
    payment = payments[0]
    kind = payment.get("type", "free")
    standard = next((e.text.strip() for e in _children(payment, "standard") if e.text), None)
    custom = next((e.text.strip() for e in _children(payment, "custom") if e.text), None)
    amounts = _children(payment, "amount")
    if kind == "free" and not server:
        return stance("allowed"), []
    words = {"attribution": "Attribution: credit with a link.", "free": "Free, but a licence must be obtained."}
    info = words.get(kind, f"Licence with payment ({kind})")
    terms: list[dict[str, Any]] = []
    if kind in PAYMENTS:
        model, trigger = PAYMENTS[kind]
        term: dict[str, Any] = {"compensation_model": model, "trigger": trigger, "description": f"RSL payment: {kind}"}
        if amounts and amounts[0].text and amounts[0].get("currency"):
            term.update(amount=amounts[0].text.strip(), currency=amounts[0].get("currency"))
            info += f", {amounts[0].text.strip()} {amounts[0].get('currency')}"
        terms.append(term)
        info += "."
    elif kind == "attribution":
        terms.append({"compensation_model": "flat_fee", "trigger": "on_signing", "amount": "0.00",
                      "non_monetary_consideration": "attribution: visible credit with a link",
                      "description": "RSL payment: attribution"})
    return stance("constrained", info, custom or standard or server), terms


def licence_reading(licence: ET.Element, stance_given: Stance, ctx: Context, where: str) -> dict[str, Stance]:
    """What one licence says, by usage token."""
    reading: dict[str, Stance] = {}
    for element in _children(licence, "reporting"):  # section 3.12: no use is licensed without the reporting
        profile = element.get("profile") or "(no profile)"
        stance_given = stance("constrained", " ".join(filter(None, (stance_given.constraint_info,
                              f"Use must be reported ({element.get('type', 'reporting')}, profile {profile})."))),
                              stance_given.policy or element.get("profile"))
    for element in licence:
        if _tag(element) not in ("permits", "prohibits", "payment", "reporting", "legal") and _tag(element):
            ctx.warn(UNKNOWN, f"<{_tag(element)}> is not an RSL 1.0 licence element; ignored", where)
    permits = [e for e in _children(licence, "permits") if e.get("type") == "usage"]
    prohibits = [e for e in _children(licence, "prohibits") if e.get("type") == "usage"]
    for element in _children(licence, "permits") + _children(licence, "prohibits"):
        if element.get("type") in ("user", "geo"):
            ctx.warn(LOSSY, f"<{_tag(element)} type=\"{element.get('type')}\"> ({shown((element.text or '').strip())}) "
                     "limits who or where; CCAI usage preferences cannot say that, so the licence is read as if "
                     "it were not limited, and its usages as constrained by it", where)
            stance_given = stance("constrained", (stance_given.constraint_info or "") + " Limited to some users "
                                  "or places (see the RSL licence).", stance_given.policy)
    # a permits list is closed: only the usages listed are allowed; without one, every usage the
    # prohibits list leaves is allowed on the licence's terms
    reading["all"] = stance("not_allowed") if permits else stance_given
    for element, value in [(e, stance_given) for e in permits] + [(e, stance("not_allowed")) for e in prohibits]:
        for token in (element.text or "").split():
            if token not in TOKENS:
                ctx.warn(UNKNOWN, f"`{shown(token)}` is not an RSL 1.0 usage token; ignored", where)
                continue
            earlier = reading.get(token)
            reading[token] = value if earlier is None or value.rank > earlier.rank or token == "all" else earlier
    return reading


def content_activities(content: ET.Element, ctx: Context, where: str) -> tuple[dict[str, Stance], list[dict[str, Any]]]:
    """What a <content> says per activity (any of its licences may be taken) and its payment terms."""
    server = content.get("server")
    best: dict[str, Stance | None] = {}
    terms: list[dict[str, Any]] = []
    licences = _children(content, "license")
    if not licences:
        raise ConversionError("an RSL <content> needs at least one <license> (section 3.3)", where)
    for index, licence in enumerate(licences):
        given, found = licence_condition(licence, server)
        terms += found
        parts = reading_activities(VOCABULARY, licence_reading(licence, given, ctx, f"{where}/license[{index + 1}]"))
        for activity, said in ((a, what_is_said(p)) for a, p in parts.items()):
            if said is None:
                continue
            earlier = best.get(activity)
            best[activity] = said if earlier is None or said.rank < earlier.rank else earlier
    return {a: s for a, s in best.items() if s is not None}, terms


def _parse(text: str) -> ET.Element:
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise ConversionError("the RSL document holds a document type declaration, which RSL never needs; refused")
    try:
        root = ET.fromstring(text.strip().lstrip("\ufeff"))
    except ET.ParseError as exc:
        raise ConversionError(f"the RSL document is not well-formed XML ({exc})") from None
    if root.tag != f"{{{NS}}}rsl":
        raise ConversionError(f"the root element is not <rsl> in the RSL namespace {NS}")
    return root


def read_export(output: str) -> dict[str, Stance]:
    """What the first <content> of an RSL document says, activity by activity (`ACTIVITY_READING`)."""
    content = _children(_parse(output), "content")[0]
    return content_activities(content, Context(), "/rsl/content[1]")[0]


def import_(source: Source, ctx: Context) -> list[dict[str, Any]]:
    """One usage preference per <content> of an RSL document."""
    root = _parse(source.text)
    records = []
    for index, content in enumerate(_children(root, "content")):
        where = f"/rsl/content[{index + 1}]"
        url = content.get("url")
        if url is None:
            raise ConversionError("<content> needs a url (section 3.3)", where)
        if url.startswith(("http://", "https://")):
            parts = url.split("/", 3)
            location = from_robots("/".join(parts[:3]), "/" + (parts[3] if len(parts) > 3 else ""))
        elif url.startswith("/"):
            if not ctx.option("base_url"):
                raise ConversionError("the <content> url is a path on the site; give the site address (base_url, or "
                                      "--base-url https://example.org)", where)
            location = from_robots(ctx.option("base_url"), url)
        else:
            raise ConversionError(f"the <content> url `{shown(url)}` is neither an address nor a path; an empty url "
                                  "only means something where the document is embedded", where)
        said, terms = content_activities(content, ctx, where)
        record = imported(ACTIVITY_READING, said, ctx, MECHANISM, f"{source.text}\n#{index}", where, [location])
        if terms:
            payee = ctx.option("declared_by")
            record["licence_terms"] = [{**t, "payee": payee} for t in terms]
        contact = _contact(content)
        if contact:
            record["licensing_contact"] = contact
        for element in content:
            if _tag(element) in ("alternate", "schema", "terms", "copyright") or not _tag(element):
                continue
            if _tag(element) != "license":
                ctx.warn(UNKNOWN, f"<{_tag(element)}> is not read", where)
        records.append(record)
    if not records:
        raise ConversionError("the RSL document has no <content>")
    return records


def _contact(content: ET.Element) -> str | None:
    for element in _children(content, "copyright"):
        for name in ("contactEmail", "contactUrl"):
            if element.get(name):
                return element.get(name)
    return None


# --- writing ------------------------------------------------------------------------------------


def _tokens(allowed: frozenset[str]) -> list[str]:
    """The widest usage tokens whose every activity is in `allowed` (none where no token fits)."""
    fitting = [c for c in VOCABULARY.categories if (c.covers | c.touches) and (c.covers | c.touches) <= allowed]
    widest = [c for c in fitting if not any(c is not o and (c.covers | c.touches) < (o.covers | o.touches)
                                            for o in fitting)]
    return [c.label for c in widest]


def _payment(record: dict[str, Any], condition: Stance, ctx: Context) -> str:
    terms = [t for t in record.get("licence_terms") or [] if isinstance(t, dict)]
    term = terms[0] if terms else None
    if len(terms) > 1:
        ctx.warn(LOSSY, "an RSL licence has one payment; only the first licence term is written", ("licence_terms",),
                 record.get("id"))
    kind = None
    if term is not None:
        kind = next((k for k, v in PAYMENTS.items() if v == (term.get("compensation_model"), term.get("trigger"))),
                    None) or next((k for k, v in PAYMENTS.items() if v[0] == term.get("compensation_model")), None)
        if term.get("non_monetary_consideration") and not term.get("amount"):
            kind = "attribution"
    inner = []
    if term is not None and term.get("amount") and term.get("currency") and kind not in NON_MONEY:
        inner.append(f"<amount currency={quoteattr(term['currency'])}>{escape(str(term['amount']))}</amount>")
    if condition.policy:
        inner.append(f"<custom>{escape(condition.policy)}</custom>")
    if kind is None and not inner:
        ctx.warn(MISSING, "a use allowed under a condition needs a payment or a licensing process in RSL; none is "
                 "given (licence_terms, or a policy), so the licence says only that a payment is due per use",
                 ("licence_terms",), record.get("id"))
    kind = kind or "use"
    return f'<payment type="{kind}">' + "".join(inner) + "</payment>"


def export(batch: Batch, ctx: Context) -> str:
    """An RSL document: one <content> per location, one licence per way the uses are allowed."""
    record = batch.one("UsagePreference")
    locations = record.get("locations") or []
    if not locations:
        raise ConversionError("an RSL document licenses addresses, and this preference has no `locations`")
    said = record_activities(record)
    free = frozenset(a for a, s in said.items() if s is not None and s.permission == "allowed")
    groups: dict[tuple[str | None, str | None], list[str]] = {}
    for activity, item in said.items():
        if item is not None and item.permission == "constrained":
            groups.setdefault((item.constraint_info, item.policy), []).append(activity)
    licences: list[tuple[list[str], str]] = []
    if free and _tokens(free):
        licences.append((_tokens(free), ""))
    for (info, policy), activities in groups.items():
        tokens = _tokens(frozenset(activities) | free)
        tokens = [t for t in tokens if (VOCABULARY.category(t).covers | VOCABULARY.category(t).touches) - free]
        if tokens:
            licences.append((tokens, _payment(record, Stance("constrained", info, policy), ctx)))
    if not licences:  # nothing can be permitted without permitting more: a licence that permits nothing
        licences.append(([], ""))
    body = []
    for tokens, payment in licences:
        lines = ["    <license>"]
        lines.append(f'      <permits type="usage">{" ".join(tokens)}</permits>' if tokens else
                     '      <prohibits type="usage">all</prohibits>')
        if payment:
            lines.append(f"      {payment}")
        lines.append("    </license>")
        body.append("\n".join(lines))
    contact = record.get("licensing_contact")
    copyright_ = ""
    if contact:
        name = "contactEmail" if "@" in contact and not contact.startswith("http") else "contactUrl"
        copyright_ = f"\n    <copyright {name}={quoteattr(contact)}>{escape(str(record.get('declared_by')))}</copyright>"
    contents = []
    for location in locations:
        site, path = to_robots(location)
        contents.append(f"  <content url={quoteattr(site + path)}>\n" + "\n".join(body) + copyright_ + "\n  </content>")
    document = f'<rsl xmlns="{NS}">\n' + "\n".join(contents) + "\n</rsl>\n"
    reading = read_export(document)
    report(record, ACTIVITY_READING, reading, ctx, NOTES)
    report_fields(record, "RSL", ctx, carried=("locations", "licensing_contact", "licence_terms"), notes=NOTES)
    return document


def export_robots(batch: Batch, ctx: Context) -> str:
    """The robots.txt ``License:`` line that points to where the RSL document is published."""
    address = ctx.option("licence_url")
    if not address or not address.startswith(("http://", "https://")):
        raise ConversionError("the License line points to the published RSL document; give its address "
                              "(licence_url, or --licence-url https://example.org/license.xml)")
    export(batch, ctx)  # the document the line points to: its losses are this line's losses
    return f"License: {address}\n"

