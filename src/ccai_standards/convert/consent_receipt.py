"""Consent receipts: the copy of a consent record given back to the person who consented.

Two outputs. ``consent-receipt`` is a CCAI ConsentReceipt record: it repeats the key
terms of the consent and carries the SHA-256 of the record in canonical JSON (RFC 8785),
so the other fields stay covered by reference. ``dpv-receipt`` is the same receipt as
JSON-LD: a ``dpv:ConsentReceipt`` (profile ``dpv-27560:receipt``) whose
``dpv:hasRecordOfActivity`` is the consent as a ``dpv:ConsentRecord`` (profile
``dpv-27560:record``) with the mandatory fields of ISO/IEC TS 27560 the source has: data
subject, notice, controllers, recipients, purposes, personal data (the persona attributes),
withdrawal (``how_to_withdraw``), jurisdiction (the territories), consent state, time,
actor and duration. A mandatory field the source lacks is named in a warning. CCAI terms
carry the rest, including what 27560, written for personal data, has no field for.
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

#: DPV 2.3 (25 February 2026) and its ISO/IEC TS 27560 extension (guide of 15 February 2026).
DPV = "https://w3id.org/dpv#"
DPV_27560 = "https://w3id.org/dpv/schema/dpv-27560#"
LOC = "https://w3id.org/dpv/loc#"
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
    """The receipt of the batch's consent; it names the assets bound under it (`bound_assets`) when
    the batch holds their AssetBinding records (`ccai bind --binding-record`)."""
    record = batch.one("ConsentRecord")
    result = receipt(record, ctx)
    bound = [b["id"] for b in batch.of_type("AssetBinding")
             if record["id"] in (b.get("bound_consents") or []) and isinstance(b.get("id"), str)]
    if bound:
        result["bound_assets"] = bound
    return result


def _dpv_record(record: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """The consent as an ISO/IEC TS 27560 consent record in DPV terms, every mandatory field the
    source has filled, and a warning naming each mandatory field it has not."""
    record_id = record.get("id")
    history = record.get("status_history") or []
    latest = history[-1] if history and history[-1].get("consent_status") == record["consent_status"] else None
    obtained = record["obtained"]
    status: dict[str, Any] = {"@type": enum_iris("consent_status")[record["consent_status"]],
                              "dpv:hasIndicationMethod": obtained["method"]}
    when = (latest or {}).get("changed_at") or obtained.get("signed_at")
    if when:
        status["dpv:isIndicatedAtTime"] = {"@value": when, "@type": "xsd:dateTime"}
    status["dpv:isIndicatedBy"] = {"@id": (latest or {}).get("changed_by") or obtained.get("signed_by")
                                   or record["granted_by"]}
    notice: dict[str, Any] = {"@type": "dpv:Notice"}
    if obtained.get("agreement_document"):
        notice["@id"] = obtained["agreement_document"]
    if record.get("intended_use_description"):
        notice["dct:description"] = record["intended_use_description"]
    if obtained.get("notice_given_at"):
        notice["dct:issued"] = {"@value": obtained["notice_given_at"], "@type": "xsd:dateTime"}
    personal = [{"@id": enum_iris("persona_attributes")[a], "@type": "dpv:PersonalData"}
                for a in record.get("persona_attributes") or []]
    document: dict[str, Any] = {
        "@type": "dpv:ConsentRecord",
        "dct:conformsTo": {"@id": DPV_27560 + "record"},
        "dct:identifier": record_id,
        "dpv:hasDataSubject": {"@id": record["subject"]},
        "dpv:hasNotice": notice,
        "dpv:hasDataController": [{"@id": party} for party in record["granted_to"]],
        "dpv:hasRecipient": [{"@id": party} for party in record["granted_to"] + (record.get("transferable_to") or [])],
        "dpv:hasLegalBasis": {"@id": DPV + "Consent"},
        "dpv:hasProcess": {"@type": "dpv:Process",
                           "dpv:hasPurpose": [{"@id": enum_iris("permitted_uses")[use], "@type": "dpv:Purpose"}
                                              for use in record["permitted_uses"]],
                           **({"dpv:hasPersonalData": personal} if personal else {})},
        "dpv:hasConsentControl": {"@type": "dpv:ConsentControl", "dct:description": record["how_to_withdraw"]},
        "dpv:hasConsentStatus": status,
    }
    if personal:
        document["dpv:hasPersonalData"] = personal
    places = [t for t in record.get("territories") or [] if t != "WORLD"]
    if places:
        document["dpv:hasJurisdiction"] = [{"@id": LOC + t} for t in places]
    if record.get("valid_until"):
        document["dpv:hasDuration"] = {"@type": "dpv:UntilTimeDuration",
                                       "rdf:value": {"@value": record["valid_until"], "@type": "xsd:dateTime"}}
    else:
        document["dpv:hasDuration"] = {"@type": "dpv:UntilEventDuration", "dct:description": "until withdrawn"}
    missing = [("notice language", "the language of the notice (27560 Notice Language)"),
               ("storage condition", "where and how long the records are kept (27560 Storage Condition)"),
               ("rights", "the rights the person has (27560 Rights)")]
    if not places:
        missing.append(("jurisdiction", "the territories the consent applies in (27560 Jurisdiction)"))
    if not personal:
        missing.append(("personal data", "the persona attributes used (27560 Personal Data)"))
    if len(notice) == 1:
        missing.append(("notice", "the notice or agreement the person saw (27560 Notice)"))
    for name, what in missing:
        ctx.warn(MISSING, f"ISO/IEC TS 27560 requires {what}; the consent record does not say, so the receipt has "
                 f"no {name}", "$", record_id)
    return document


def export_dpv(batch: Batch, ctx: Context) -> dict[str, Any]:
    """A consent receipt in DPV terms (profile dpv-27560:receipt) around its consent record
    (profile dpv-27560:record), with the CCAI receipt's own fields alongside."""
    record = batch.one("ConsentRecord")
    copy = receipt(record, ctx)
    document: dict[str, Any] = {
        "@context": [context_url(), {"dpv": DPV, "xsd": "http://www.w3.org/2001/XMLSchema#",
                                     "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                                     "dct": "http://purl.org/dc/terms/"}],
        **{k: v for k, v in copy.items() if k not in ("type", "consent_status")},
        "type": ["ConsentReceipt", "dpv:ConsentReceipt"],
        "dct:conformsTo": {"@id": DPV_27560 + "receipt"},
        "dpv:hasIdentifier": copy["id"],
        "dct:created": {"@value": copy["issued_at"], "@type": "xsd:dateTime"},
        "dpv:hasRecordOfActivity": _dpv_record(record, ctx),
    }
    ctx.warn(APPROXIMATE, "ISO/IEC TS 27560 is written for personal data: the parties the consent is granted to are "
             "written as data controllers and the AI uses as purposes", ("granted_to",), record.get("id"))
    return document
