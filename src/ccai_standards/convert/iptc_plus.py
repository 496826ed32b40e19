"""IPTC/PLUS embedded metadata: ``plus:DataMining`` (+ ``plus:OtherConstraints``) and
``Iptc4xmpExt:DigitalSourceType``, written as an XMP sidecar.

PLUS holds *one* value for all of data mining (search-engine indexing included, as the
value "prohibited except for search engine indexing" shows), chosen from a fixed list. The
export tries every value and keeps the one that never permits more than the preference and
loses least (`permits.choose`); anything the value cannot say becomes a warning. PLUS has no
inference category, so statements about ai_inference (and replica, voice, style uses) are
always lost.
"""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape

from .context import Batch, Context, Source
from .jsonld import enum_iris
from .permits import (
    ACTIVITIES,
    Category,
    Vocabulary,
    choose as least_lossy,
    imported,
    record_activities,
    report,
)
from .preferences import (
    Stance,
    broader,
    condition_text,
    mining_uses,
    report_fields,
    split_condition,
    stance,
)
from .results import LOSSY, UNKNOWN, ConversionError, shown

PLUS_NS = "http://ns.useplus.org/ldf/xmp/1.0/"
PLUS_VOCAB = "http://ns.useplus.org/ldf/vocab/"
IPTC_EXT_NS = "http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XML_NS = "http://www.w3.org/XML/1998/namespace"
SPEC = "PLUS License Data Format 2.0.x, Data Mining property (IPTC Photo Metadata Standard 2023.1 and later)"

UNSPECIFIED, ALLOWED = "DMI-UNSPECIFIED", "DMI-ALLOWED"
NO_AIML, NO_GENAIML = "DMI-PROHIBITED-AIMLTRAINING", "DMI-PROHIBITED-GENAIMLTRAINING"
ONLY_SEARCH, PROHIBITED = "DMI-PROHIBITED-EXCEPTSEARCHENGINEINDEXING", "DMI-PROHIBITED"
SEE_CONSTRAINT = "DMI-PROHIBITED-SEECONSTRAINT"
SEE_EMBEDDED, SEE_LINKED = "DMI-PROHIBITED-SEEEMBEDDEDRIGHTSEXPR", "DMI-PROHIBITED-SEELINKEDRIGHTSEXPR"
VALUES = (UNSPECIFIED, ALLOWED, NO_AIML, NO_GENAIML, ONLY_SEARCH, PROHIBITED, SEE_CONSTRAINT, SEE_EMBEDDED,
          SEE_LINKED)

#: The uses PLUS's single data-mining value speaks for: data mining and every use under it.
MINING_USES = mining_uses()
#: Uses that Other Constraints can name as refused in any case.
NAMED_USES = MINING_USES + ("search_indexing",)
VOCABULARY = Vocabulary(
    "PLUS DataMining", SPEC,
    (Category("mining", ACTIVITIES["data_mining"], meaning="data mining, as the DataMining value says"),
     Category("search", ACTIVITIES["search_indexing"], meaning="search engine indexing, part of data mining in PLUS"),
     Category("aiml", ACTIVITIES["ai_training"], meaning="AI/ML training (DMI-PROHIBITED-AIMLTRAINING)"),
     Category("genaiml", ACTIVITIES["generative_ai_training"],
              meaning="generative AI/ML training (DMI-PROHIBITED-GENAIMLTRAINING)"),
     *(Category(f"refused:{use}", ACTIVITIES[use], meaning=f"Other Constraints: not allowed in any case: {use}")
       for use in NAMED_USES)),
    permissions=("allowed", "not_allowed", "constrained"))

NOTES = {
    "ai_inference": "PLUS has no inference category",
    "declared_by": "XMP metadata does not say who set the data-mining value",
    "declared_at": "XMP metadata does not date the data-mining value",
    "works": "a sidecar belongs to the one file it sits next to",
    "catalogue_of": "a sidecar belongs to one file, not a catalogue",
    "locations": "a sidecar belongs to one file, not to web addresses",
    "valid_from": "PLUS has no period of validity", "valid_until": "PLUS has no period of validity",
    "published_via": "XMP does not list other publication channels",
}


# --- meaning of each PLUS value -------------------------------------------------------------


def meaning(value: str, other_constraints: str | None = None, linked: str | None = None) -> dict[str, Stance]:
    """What a PLUS value says, by category of `VOCABULARY`. The "prohibited, see ..." values
    prohibit what their text does not allow, search-engine indexing included."""
    both = ("mining", "search")
    if value == ALLOWED:
        return dict.fromkeys(both, stance("allowed"))
    if value == NO_AIML:
        return {"aiml": stance("not_allowed")}
    if value == NO_GENAIML:
        return {"genaiml": stance("not_allowed")}
    if value == ONLY_SEARCH:
        return {"mining": stance("not_allowed"), "search": stance("allowed")}
    if value == PROHIBITED:
        return dict.fromkeys(both, stance("not_allowed"))
    if value == SEE_CONSTRAINT:
        info, policy = split_condition(other_constraints)
        info, refused = _split_refusals(info)
        result = {"mining": stance("constrained", info, policy), "search": stance("not_allowed")}
        result.update({f"refused:{use}": stance("not_allowed") for use in refused})
        return result
    if value == SEE_EMBEDDED:
        return {"mining": stance("constrained", "See the rights expression embedded in the file "
                                 "(Iptc4xmpExt:EmbdEncRightsExpr)."), "search": stance("not_allowed")}
    if value == SEE_LINKED:
        return {"mining": stance("constrained", None if linked else "See the rights expression linked from the "
                                 "file (Iptc4xmpExt:LinkedEncRightsExpr).", linked), "search": stance("not_allowed")}
    return {}


def choose(record: dict[str, Any]) -> tuple[str, str | None]:
    """The PLUS value (and Other Constraints text) that never allows more than the record."""
    candidates: list[tuple[tuple[str, str | None], dict[str, Stance]]] = [
        ((value, None), meaning(value)) for value in (UNSPECIFIED, ALLOWED, NO_GENAIML, NO_AIML, ONLY_SEARCH,
                                                      PROHIBITED)]
    said = record_activities(record)
    refusals = _refusal_sentence(said)
    conditions: dict[tuple[str | None, str | None], Stance] = {}
    for activity in sorted(VOCABULARY.activities):
        item = said.get(activity)
        if item is not None and item.permission == "constrained":
            conditions.setdefault((item.constraint_info, item.policy), item)
    for item in conditions.values():
        info = item.constraint_info
        if info and refusals and not info.rstrip().endswith((".", "!", "?")):
            info = info.rstrip() + "."
        text = " ".join(t for t in (info, refusals) if t) or None
        other = condition_text(Stance("constrained", text, item.policy))
        candidates.append(((SEE_CONSTRAINT, other), meaning(SEE_CONSTRAINT, other)))
    value, _ = least_lossy(VOCABULARY, record, candidates)
    return value


# Other Constraints is free text for people. When the value is "prohibited, see constraint",
# uses refused outright are named in a closing sentence, so that a refusal of, say,
# generative training is not softened into the condition that applies to mining in general.
_REFUSALS = re.compile(r"^(?P<text>.*?)\s*Not allowed in any case: (?P<uses>[a-z_]+(?:, [a-z_]+)*)\.$", re.S)


def _refusal_sentence(said: dict[str, Stance | None]) -> str | None:
    refused = [u for u in NAMED_USES if all(said[a] is not None and said[a].permission == "not_allowed"  # type: ignore[union-attr]
                                            for a in ACTIVITIES[u])]
    widest = [u for u in refused if not any(b in refused for b in broader(u))]
    return f"Not allowed in any case: {', '.join(widest)}." if widest else None


def _split_refusals(text: str | None) -> tuple[str | None, list[str]]:
    match = _REFUSALS.match(text or "")
    if not match:
        return text, []
    uses = [u for u in match.group("uses").split(", ") if u in NAMED_USES]
    return match.group("text") or None, uses


# --- export -------------------------------------------------------------------------------


def _digital_source_type(record: dict[str, Any], batch: Batch) -> str | None:
    found = batch.source_type_of(record, "an XMP sidecar")
    return enum_iris("digital_source_type")[found] if found else None


def _licensor(contact: str) -> str:
    field = "LicensorEmail" if "@" in contact and not contact.startswith("http") else "LicensorURL"
    return (f'   <plus:Licensor><rdf:Seq><rdf:li rdf:parseType="Resource"><plus:{field}>{escape(contact)}'
            f'</plus:{field}></rdf:li></rdf:Seq></plus:Licensor>\n')


def export(batch: Batch, ctx: Context) -> str:
    """An XMP sidecar for the file the usage preference is about."""
    record = batch.one("UsagePreference")
    value, other = choose(record)
    dst = _digital_source_type(record, batch)
    lines = ['<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n',
             '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n',
             f' <rdf:RDF xmlns:rdf="{RDF_NS}">\n',
             f'  <rdf:Description rdf:about="" xmlns:plus="{PLUS_NS}" xmlns:Iptc4xmpExt="{IPTC_EXT_NS}">\n',
             f"   <plus:DataMining>{PLUS_VOCAB}{value}</plus:DataMining>\n"]
    if other:
        lines.append(f'   <plus:OtherConstraints><rdf:Alt><rdf:li xml:lang="x-default">{escape(other)}</rdf:li>'
                     "</rdf:Alt></plus:OtherConstraints>\n")
    if record.get("licensing_contact"):
        lines.append(_licensor(record["licensing_contact"]))
    if dst:
        lines.append(f"   <Iptc4xmpExt:DigitalSourceType>{dst}</Iptc4xmpExt:DigitalSourceType>\n")
    lines += ["  </rdf:Description>\n", " </rdf:RDF>\n", "</x:xmpmeta>\n", '<?xpacket end="w"?>\n']
    report(record, VOCABULARY, meaning(value, other), ctx, NOTES)
    report_fields(record, "PLUS DataMining", ctx, carried=("licensing_contact",), notes=NOTES)
    return "".join(lines)


def read_export(output: str) -> dict[str, Stance]:
    """What an XMP sidecar says, by category of `VOCABULARY`."""
    found = _read_xmp(output)
    return meaning(plus_value(found["DataMining"] or ""), found["OtherConstraints"], found["Linked"])


# --- import -------------------------------------------------------------------------------

_KEY = re.compile(r"(?i)^(?:https?://ns\.useplus\.org/ldf/vocab/)?(DMI-[A-Z-]+)$")


def plus_value(text: str) -> str:
    """A PLUS DataMining key from a full URI (http or https) or a bare key, any case."""
    match = _KEY.match(text.strip())
    key = match.group(1).upper() if match else None
    if key not in VALUES:
        raise ConversionError(f"`{shown(text)}` is not a PLUS DataMining value; expected one of "
                              f"{', '.join(VALUES)} (optionally prefixed with {PLUS_VOCAB})")
    return key  # type: ignore[return-value]


def _read_xmp(text: str) -> dict[str, str | None]:
    import xml.etree.ElementTree as ET

    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise ConversionError("the XMP holds a document type declaration, which XMP never needs; refused")
    start = text.find("<x:xmpmeta")
    start = text.find("<rdf:RDF") if start < 0 else start
    body = text[start:] if start >= 0 else text
    end = body.rfind("</x:xmpmeta>")
    body = body[: end + len("</x:xmpmeta>")] if end >= 0 else body[: body.rfind(">") + 1]
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise ConversionError(f"the XMP is not well-formed XML ({exc})") from None
    found: dict[str, str | None] = {"DataMining": None, "OtherConstraints": None, "Licensor": None,
                                    "DigitalSourceType": None, "Linked": None}
    for description in root.iter(f"{{{RDF_NS}}}Description"):
        for name, space in (("DataMining", PLUS_NS), ("DigitalSourceType", IPTC_EXT_NS)):
            attribute = description.get(f"{{{space}}}{name}")
            element = description.find(f"{{{space}}}{name}")
            value = attribute if attribute is not None else (
                element.get(f"{{{RDF_NS}}}resource") or (element.text or "").strip() if element is not None else None)
            found[name] = found[name] or value
        other = description.find(f"{{{PLUS_NS}}}OtherConstraints")
        if other is not None:
            items = list(other.iter(f"{{{RDF_NS}}}li"))
            default = [i for i in items if i.get(f"{{{XML_NS}}}lang") == "x-default"] or items
            found["OtherConstraints"] = (default[0].text or "").strip() if default else (other.text or "").strip()
        for field in ("LicensorURL", "LicensorEmail"):
            element = description.find(f".//{{{PLUS_NS}}}{field}")
            if element is not None and element.text:
                found["Licensor"] = found["Licensor"] or element.text.strip()
        linked = description.find(f".//{{{IPTC_EXT_NS}}}LinkedEncRightsExpr")
        if linked is not None:
            link = linked.find(f".//{{{IPTC_EXT_NS}}}LinkedRightsExpr")
            found["Linked"] = (link.text or "").strip() if link is not None else None
    return found


def import_(source: Source, ctx: Context) -> list[dict[str, Any]]:
    text = source.text.strip().lstrip("\ufeff")
    if text.startswith("<"):
        found = _read_xmp(text)
        if not found["DataMining"]:
            raise ConversionError("the XMP has no plus:DataMining property")
    else:
        found = {"DataMining": text, "OtherConstraints": None, "Licensor": None, "DigitalSourceType": None,
                 "Linked": None}
    value = plus_value(found["DataMining"] or "")
    if value == UNSPECIFIED:
        raise ConversionError(f"{UNSPECIFIED} states no preference, so there is no usage preference to make")
    if found["DigitalSourceType"]:
        ctx.warn(LOSSY, "Iptc4xmpExt:DigitalSourceType describes how the file was made, not a preference; it is "
                 "not part of the usage preference (record it on the CreativeWork)", "DigitalSourceType")
    if value == SEE_EMBEDDED:
        ctx.warn(UNKNOWN, "the embedded rights expression is not read; the data-mining use is recorded as "
                 "constrained with a note pointing to it", "DataMining")
    reading = meaning(value, found["OtherConstraints"], found["Linked"])
    record = imported(VOCABULARY, reading, ctx, "iptc_plus_data_mining", source.text, "DataMining")
    if found["Licensor"]:
        record["licensing_contact"] = found["Licensor"]
    return [record]
