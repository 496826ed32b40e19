"""Consent receipts: the copy of a consent record given back to the person who consented.

Two outputs. ``consent-receipt`` is a CCAI ConsentReceipt record: it repeats the key
terms of the consent and carries the SHA-256 of the record in canonical JSON (RFC 8785),
so the other fields stay covered by reference. ``dpv-receipt`` is the same receipt as
JSON-LD with the DPV terms of ISO/IEC TS 27560 added where the fields overlap (data
subject, controllers, legal basis, purposes, consent status with its time and actor,
duration); CCAI terms carry the rest, including what 27560, written for personal data,
has no field for (works, persona attributes, media, compensation).
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import Any

from ..artifacts import STANDARD_VERSION
from .canonical import sha256_hex
from .context import Batch, Context
from .jsonld import context_url, enum_iris
from .results import APPROXIMATE, MISSING, ConversionError

DPV = "https://w3id.org/dpv#"
ISO_27560_PROFILE = "https://w3id.org/dpv/schema/iso-27560"
COPIED = ("consent_status", "granted_to", "permitted_uses", "works", "persona_attributes", "projects",
          "territories", "media", "valid_from", "valid_until", "compensation", "how_to_withdraw")


def receipt(record: dict[str, Any], ctx: Context) -> dict[str, Any]:
    if not record.get("how_to_withdraw"):
        raise ConversionError("a receipt must tell the person how to withdraw, and this consent record has no "
                              "`how_to_withdraw`; add it to the record first")
    issued_at = ctx.option("issued_at")
    if not issued_at:
        issued_at = datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
        ctx.warn(MISSING, "issued_at is set to the time of conversion (give issued_at, or --issued-at)", "$",
                 record.get("id"))
    body = {k: v for k, v in record.items() if k != "@context"}
    digest = sha256_hex(body)
    receipt_id = ctx.option("receipt_id") or \
        f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, record['id'] + '#receipt@' + issued_at + digest)}"
    result: dict[str, Any] = {"type": "ConsentReceipt", "conforms_to": STANDARD_VERSION, "id": receipt_id,
                              "consent": record["id"], "issued_to": record["granted_by"],
                              "issued_by": record.get("record_keeper") or record["granted_to"][0],
                              "issued_at": issued_at}
    for name in COPIED:
        if record.get(name) not in (None, []):
            result[name] = record[name]
    result["consent_sha256"] = digest
    if not record.get("record_keeper"):
        ctx.warn(APPROXIMATE, "the record names no record keeper; the receipt is issued by the first party the "
                 "consent was granted to", ("granted_to", 0), record.get("id"))
    return result


def export_receipt(batch: Batch, ctx: Context) -> dict[str, Any]:
    return receipt(batch.one("ConsentRecord"), ctx)


def export_dpv(batch: Batch, ctx: Context) -> dict[str, Any]:
    record = batch.one("ConsentRecord")
    copy = receipt(record, ctx)
    history = record.get("status_history") or []
    latest = history[-1] if history and history[-1].get("consent_status") == record["consent_status"] else None
    status: dict[str, Any] = {"@type": enum_iris("consent_status")[record["consent_status"]]}
    if latest:
        status["dpv:isIndicatedAtTime"] = {"@value": latest["changed_at"], "@type": "xsd:dateTime"}
        if latest.get("changed_by"):
            status["dpv:isIndicatedBy"] = {"@id": latest["changed_by"]}
    status["dpv:hasIndicationMethod"] = record["obtained"]["method"]
    document: dict[str, Any] = {
        "@context": [context_url(), {"dpv": DPV, "xsd": "http://www.w3.org/2001/XMLSchema#",
                                     "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                                     "dct": "http://purl.org/dc/terms/"}],
        **{k: v for k, v in copy.items() if k not in ("type", "consent_status")},
        "type": ["ConsentReceipt", "dpv:ConsentRecord"],
        "dct:conformsTo": {"@id": ISO_27560_PROFILE},
        "dpv:hasDataSubject": {"@id": record["subject"]},
        "dpv:hasDataController": [{"@id": party} for party in record["granted_to"]],
        "dpv:hasLegalBasis": {"@id": DPV + "Consent"},
        "dpv:hasPurpose": [{"@id": enum_iris("permitted_uses")[use], "@type": "dpv:Purpose"}
                           for use in record["permitted_uses"]],
        "dpv:hasConsentStatus": status,
    }
    if record.get("valid_until"):
        document["dpv:hasDuration"] = {"@type": "dpv:UntilTimeDuration",
                                       "rdf:value": {"@value": record["valid_until"], "@type": "xsd:dateTime"}}
    ctx.warn(APPROXIMATE, "ISO/IEC TS 27560 is written for personal data: the parties the consent is granted to are "
             "written as data controllers and the AI uses as purposes", ("granted_to",), record.get("id"))
    return document
