"""IPTC/PLUS embedded metadata: ``plus:DataMining`` (+ ``plus:OtherConstraints``) and
``Iptc4xmpExt:DigitalSourceType``, written as an XMP sidecar.

PLUS holds *one* value for all of data mining, chosen from a fixed list. The export picks
the value that is at least as restrictive as every statement of the preference and, among
those, the least restrictive; anything the value cannot say becomes a warning. PLUS has no
inference category, so statements about ai_inference (and replica, voice, style uses) are
always lost.
"""

from __future__ import annotations

import re
from typing import Any
from xml.sax.saxutils import escape

from .context import Batch, Context, Source
from .jsonld import enum_iris
from .preferences import (
    Stance,
    build_preference,
    condition_text,
    effective,
    explicit,
    mining_uses,
    record_from_stances,
    report_losses,
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
    """What a PLUS value says, as CCAI stances."""
    if value == ALLOWED:
        return {"data_mining": stance("allowed")}
    if value == NO_AIML:
        return {"ai_training": stance("not_allowed")}
    if value == NO_GENAIML:
        return {"generative_ai_training": stance("not_allowed")}
    if value == ONLY_SEARCH:
        return {"data_mining": stance("not_allowed"), "search_indexing": stance("allowed")}
    if value == PROHIBITED:
        return {"data_mining": stance("not_allowed")}
    if value == SEE_CONSTRAINT:
        info, policy = split_condition(other_constraints)
        info, refused = _split_refusals(info)
        result = {"data_mining": stance("constrained", info, policy)}
        result.update({use: stance("not_allowed") for use in refused})
        return result
    if value == SEE_EMBEDDED:
        return {"data_mining": stance("constrained", "See the rights expression embedded in the file "
                                      "(Iptc4xmpExt:EmbdEncRightsExpr).")}
    if value == SEE_LINKED:
        return {"data_mining": stance("constrained", None if linked else
                                      "See the rights expression linked from the file "
                                      "(Iptc4xmpExt:LinkedEncRightsExpr).", linked)}
    return {}


def choose(record: dict[str, Any]) -> tuple[str, str | None]:
    """The PLUS value (and Other Constraints text) that never allows more than the record."""
    applies = effective(record)
    mining, training = applies["data_mining"], applies["ai_training"]
    generative, search = applies["generative_ai_training"], applies["search_indexing"]
    if mining is not None and mining.permission == "not_allowed":
        return (ONLY_SEARCH if search is not None and search.permission == "allowed" else PROHIBITED), None
    if mining is not None and mining.permission == "constrained":
        return SEE_CONSTRAINT, _with_refusals(mining, record)
    if training is not None and training.permission == "not_allowed":
        return NO_AIML, None
    if generative is not None and generative.permission == "not_allowed":
        return NO_GENAIML, None
    for item in (training, generative):
        if item is not None and item.permission == "constrained":
            return SEE_CONSTRAINT, _with_refusals(item, record)
    if mining is not None and mining.permission == "allowed":
        if search is not None and search.permission != "allowed":
            return SEE_CONSTRAINT, condition_text(search) or "Search engine indexing is not allowed."
        return ALLOWED, None
    return UNSPECIFIED, None


# Other Constraints is free text for people. When the value is "prohibited, see constraint",
# mining uses refused outright are named in a closing sentence, so that a refusal of, say,
# generative training is not softened into the condition that applies to mining in general.
_REFUSALS = re.compile(r"^(?P<text>.*?)\s*Not allowed in any case: (?P<uses>[a-z_]+(?:, [a-z_]+)*)\.$", re.S)


def _with_refusals(item: Stance, record: dict[str, Any]) -> str | None:
    applies = effective(record)
    refused = [use for use in explicit(record) if use in MINING_USES and use != "data_mining"
               and applies[use] is not None and applies[use].permission == "not_allowed"]  # type: ignore[union-attr]
    if not refused:
        return condition_text(item)
    sentence = f"Not allowed in any case: {', '.join(refused)}."
    text = f"{item.constraint_info} {sentence}" if item.constraint_info else sentence
    return condition_text(Stance(item.permission, text, item.policy))


def _split_refusals(text: str | None) -> tuple[str | None, list[str]]:
    match = _REFUSALS.match(text or "")
    if not match:
        return text, []
    uses = [u for u in match.group("uses").split(", ") if u in MINING_USES]
    return match.group("text") or None, uses


# --- export -------------------------------------------------------------------------------


def _digital_source_type(record: dict[str, Any], batch: Batch) -> str | None:
    works = [batch.by_id(w) for w in record.get("works") or []]
    types = sorted({w["digital_source_type"] for w in works if w and w.get("digital_source_type")})
    if len(types) > 1:
        raise ConversionError("an XMP sidecar describes one file, but the works given have different digital "
                              f"source types ({', '.join(types)}); convert with one CreativeWork at a time")
    return enum_iris("digital_source_type")[types[0]] if types else None


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
    back = record_from_stances(meaning(value, other))
    report_losses(record, back, "PLUS DataMining", ctx, carried=("licensing_contact",), notes=NOTES)
    return "".join(lines)


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
    stances = meaning(value, found["OtherConstraints"], found["Linked"])
    record = build_preference(stances, ctx, "iptc_plus_data_mining", source.text)
    if found["Licensor"]:
        record["licensing_contact"] = found["Licensor"]
    return [record]
