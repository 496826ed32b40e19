"""Which conversions exist: (from, to) format names mapped to the function that does each.

Entries name their function as "module:function" and are imported only when used, so
that listing the formats (for `ccai convert --help`) imports no converter at all.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from .results import ConversionError

if TYPE_CHECKING:  # pragma: no cover
    from .context import Batch, Context, Source

CCAI = "ccai"


class Export(Protocol):
    """A conversion from CCAI: the records of one call in, the other format's document out."""

    def __call__(self, batch: Batch, ctx: Context) -> Any: ...


class Import(Protocol):
    """A conversion into CCAI: the other format's text in, CCAI records (dicts) out."""

    def __call__(self, source: Source, ctx: Context) -> list[dict[str, Any]]: ...


@dataclass(frozen=True)
class Converter:
    frm: str
    to: str
    target: str  # "module:function" inside ccai_standards.convert
    summary: str
    accepts: tuple[str, ...] = ()  # record types a CCAI export reads; empty means any
    media_type: str = "application/json"

    def load(self) -> Export | Import:
        module, function = self.target.split(":")
        return getattr(importlib.import_module(f"{__package__}.{module}"), function)


_PREF = ("UsagePreference",)
CONVERTERS: tuple[Converter, ...] = (
    # (a) usage preferences and reservations
    Converter(CCAI, "cawg", "cawg:export", "C2PA manifest definition with the CAWG training-and-data-mining "
              "assertion (cawg.training-mining 1.1), ready for a signer", _PREF),
    Converter(CCAI, "xmp", "iptc_plus:export", "XMP sidecar with plus:DataMining (PLUS) and "
              "Iptc4xmpExt:DigitalSourceType", _PREF + ("CreativeWork",), "application/rdf+xml"),
    Converter(CCAI, "tdmrep", "tdmrep:export", "W3C TDMRep /.well-known/tdmrep.json rules", _PREF),
    Converter(CCAI, "tdmrep-policy", "tdmrep:export_policy", "W3C TDMRep policy: an ODRL Offer with the "
              "TDMRep profile", _PREF, "application/ld+json"),
    Converter(CCAI, "tdmrep-headers", "tdmrep:export_headers", "tdm-reservation and tdm-policy HTTP header "
              "fields", _PREF, "text/plain"),
    Converter(CCAI, "aipref-header", "aipref:export_header", "IETF AIPREF Content-Usage HTTP header field",
              _PREF, "text/plain"),
    Converter(CCAI, "content-signals", "content_signals:export", "robots.txt group with Content-Signal lines "
              "(search, ai-input, ai-train) under the Content Signals Policy", _PREF, "text/plain"),
    Converter(CCAI, "rsl", "rsl:export", "RSL 1.0 licence document: usages permitted, with payment, per location",
              _PREF, "application/rsl+xml"),
    Converter(CCAI, "rsl-robots", "rsl:export_robots", "robots.txt License line pointing to the published RSL "
              "document (the losses are those of the document)", _PREF, "text/plain"),
    Converter(CCAI, "robots", "aipref:export_robots", "robots.txt group with IETF AIPREF Content-Usage rules",
              _PREF, "text/plain"),
    # (b) consent with compensation, (e) receipts
    Converter(CCAI, "odrl", "odrl:export_agreement", "ODRL 2.2 Agreement (JSON-LD) with compensation duties",
              ("ConsentRecord",), "application/ld+json"),
    Converter(CCAI, "consent-receipt", "consent_receipt:export_receipt", "CCAI ConsentReceipt for the person "
              "who consented, with the RFC 8785 digest of the record", ("ConsentRecord",)),
    Converter(CCAI, "dpv-receipt", "consent_receipt:export_dpv", "consent receipt as ISO/IEC TS 27560 record "
              "in DPV terms (JSON-LD)", ("ConsentRecord",), "application/ld+json"),
    # (c) AI-use disclosures
    Converter(CCAI, "c2pa-actions", "c2pa_actions:export", "C2PA manifest definition with a c2pa.actions.v2 "
              "assertion carrying the IPTC digital source types", ("AiUseDisclosure",)),
    # (d) training-data disclosures and datasets
    Converter(CCAI, "eu-summary", "eu_summary:export_json", "EU AI Act public summary of training content "
              "(template of July 2025) as JSON", ("TrainingDataDisclosure",)),
    Converter(CCAI, "eu-summary-md", "eu_summary:export_markdown", "EU AI Act public summary of training "
              "content as Markdown", ("TrainingDataDisclosure",), "text/markdown"),
    Converter(CCAI, "spdx", "spdx:export", "SPDX 3.0.1 JSON-LD: AIPackage, DatasetPackage and trainedOn "
              "relationships", ("TrainingDataDisclosure", "Dataset", "Organization", "Person", "Estate"),
              "application/ld+json"),
    Converter(CCAI, "croissant", "croissant:export", "MLCommons Croissant 1.1 dataset with the RAI 1.0 "
              "properties", ("Dataset",), "application/ld+json"),
    # (f) any record as linked data
    Converter(CCAI, "jsonld", "jsonld:export_jsonld", "JSON-LD compact form with the generated CCAI context"),
    Converter(CCAI, "parquet", "parquet:export", "Apache Parquet, one row per record, in the layout the site "
              "documents (needs pyarrow); `ccai validate` reads it back", media_type="application/vnd.apache.parquet"),
    Converter(CCAI, "turtle", "jsonld:export_turtle", "RDF Turtle through the generated CCAI context "
              "(needs rdflib)", media_type="text/turtle"),
    # imports into usage preferences
    Converter("cawg", CCAI, "cawg:import_", "CAWG or legacy C2PA training-mining assertion, manifest "
              "definition or manifest store JSON"),
    Converter("xmp", CCAI, "iptc_plus:import_", "plus:DataMining from an XMP packet, or a bare PLUS value"),
    Converter("tdmrep", CCAI, "tdmrep:import_", "W3C TDMRep tdmrep.json"),
    Converter("tdmrep-headers", CCAI, "tdmrep:import_headers", "tdm-reservation and tdm-policy HTTP headers"),
    Converter("http-headers", CCAI, "headers:import_response", "every preference header field of one HTTP "
              "response (tdm-reservation, tdm-policy, Content-Usage, Content-Signal) as one usage preference"),
    Converter("aipref-header", CCAI, "aipref:import_header", "IETF AIPREF Content-Usage header field(s)"),
    Converter("content-signals", CCAI, "content_signals:import_", "Content-Signal lines of robots.txt (or of an "
              "HTTP response)"),
    Converter("rsl", CCAI, "rsl:import_", "RSL 1.0 licence document (one usage preference per <content>)"),
    Converter("robots", CCAI, "aipref:import_robots", "IETF AIPREF Content-Usage rules in robots.txt"),
)

ALIASES = {"plus": "xmp", "iptc": "xmp", "json-ld": "jsonld", "ttl": "turtle", "c2pa": "cawg",
           "content-usage": "aipref-header", "robots.txt": "robots"}


def canonical(name: str) -> str:
    lower = name.strip().lower()
    return ALIASES.get(lower, lower)


def find(frm: str, to: str) -> Converter:
    """The converter for this pair, or an error that lists what is possible."""
    frm, to = canonical(frm), canonical(to)
    for converter in CONVERTERS:
        if converter.frm == frm and converter.to == to:
            return converter
    if frm != CCAI and to != CCAI:
        raise ConversionError(f"cannot convert from {frm} to {to} directly; convert to ccai first, then from "
                              "ccai to the target")
    if frm == CCAI:
        known = sorted({c.to for c in CONVERTERS if c.frm == CCAI})
        raise ConversionError(f"no converter from ccai to `{to}`; formats it converts to: {', '.join(known)}")
    known = sorted({c.frm for c in CONVERTERS if c.to == CCAI})
    raise ConversionError(f"no converter from `{frm}` to ccai; formats it converts from: {', '.join(known)}")


def listing() -> str:
    """One line per conversion, for help texts."""
    lines = []
    for c in CONVERTERS:
        reads = f" (reads {', '.join(c.accepts)})" if c.accepts else ""
        lines.append(f"  {c.frm:>14} -> {c.to:<16} {c.summary}{reads}")
    return "\n".join(lines)
