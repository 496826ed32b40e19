"""Consent records as ODRL 2.2 ``Agreement`` policies (JSON-LD), compensation terms as duties.

The agreement points back to the CCAI record (``dct:source``); what ODRL cannot say is
reported as lost, or carried with the CCAI, DPV or Dublin Core term where one fits:

* granted_by / granted_to / works -> assigner / assignee / target;
* each permitted use -> one permission whose action is the CCAI use IRI (``tdm:mine``
  for data_mining, its exact match);
* period, territories, media and projects -> constraints (dateTime, spatial, media, and
  the CCAI ``projects`` left operand); a revocation ends the period at its effective time;
* each compensation term -> a ``compensate`` duty refined by payAmount (its currency as the
  constraint's ``unit``, an IRI of the EU currency authority table), percentage, event (the
  trigger) and elapsedTime (``lteq``: paid within so many days; ODRL's delayPeriod is a delay
  *before* an action, with eq, gt or gteq only), with the compensated party;
* territories -> a ``spatial`` constraint whose right operands are IRIs, as ODRL requires:
  ISO 3166 codes in the CCAI territory namespace.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from .context import Batch, Context
from .jsonld import enum_iris
from .results import APPROXIMATE, LOSSY

ODRL_CONTEXT = "http://www.w3.org/ns/odrl.jsonld"
CCAI = "https://w3id.org/ccai/"
EXTRA_CONTEXT = {"ccai": CCAI, "dpv": "https://w3id.org/dpv#", "dct": "http://purl.org/dc/terms/",
                 "schema": "http://schema.org/", "tdm": "http://www.w3.org/ns/tdmrep#",
                 "xsd": "http://www.w3.org/2001/XMLSchema#"}
PROFILE = "https://w3id.org/ccai/schema"
#: ISO 4217 codes as IRIs: the EU Publications Office currency authority table.
CURRENCY = "http://publications.europa.eu/resource/authority/currency/"
#: ISO 3166 codes (and EU, WORLD) as IRIs.
TERRITORY = CCAI + "territory/"
ACTION_OVERRIDES = {"data_mining": "tdm:mine"}

NOTES = {
    "grantor_capacity": "ODRL has no term for the capacity in which consent was given",
    "obtained": "ODRL does not record how consent was obtained",
    "status_history": "ODRL keeps no history of a policy's status",
    "record_keeper": "ODRL has no record-keeper role",
    "how_to_withdraw": "ODRL has no withdrawal instructions",
    "conditions": "ODRL constraints are machine-readable only; the free-text conditions stay in the CCAI record",
}


def _typed(value: str, datatype: str) -> dict[str, str]:
    return {"@value": value, "@type": datatype}


def _constraints(record: dict[str, Any]) -> list[dict[str, Any]]:
    found = [{"leftOperand": "dateTime", "operator": "gteq", "rightOperand": _typed(record["valid_from"], "xsd:dateTime")}]
    ends = [record.get("valid_until"), (record.get("revocation") or {}).get("effective_at")]
    ends = [e for e in ends if e]
    if ends:
        first = min(ends, key=lambda e: datetime.fromisoformat(e.replace("Z", "+00:00")))
        found.append({"leftOperand": "dateTime", "operator": "lt", "rightOperand": _typed(first, "xsd:dateTime")})
    if record.get("territories"):
        found.append({"leftOperand": "spatial", "operator": "isAnyOf",
                      "rightOperand": [{"@id": TERRITORY + t} for t in record["territories"]]})
    if record.get("media"):
        found.append({"leftOperand": "media", "operator": "isAnyOf", "rightOperand":
                      [{"@id": enum_iris("media")[m]} for m in record["media"]]})
    if record.get("projects"):
        found.append({"leftOperand": {"@id": CCAI + "projects"}, "operator": "isAnyOf",
                      "rightOperand": [{"@id": p} for p in record["projects"]]})
    return found


def duty(term: dict[str, Any]) -> dict[str, Any]:
    """One compensation term as an ODRL compensate duty."""
    refinements: list[dict[str, Any]] = [
        {"leftOperand": "event", "operator": "eq",
         "rightOperand": {"@id": enum_iris("trigger")[term["trigger"]]}}]
    if term.get("amount"):
        amount: dict[str, Any] = {"leftOperand": "payAmount", "operator": "eq",
                                  "rightOperand": _typed(term["amount"], "xsd:decimal")}
        if term.get("currency"):
            amount["unit"] = {"@id": CURRENCY + term["currency"]}
        refinements.append(amount)
    if term.get("rate"):
        refinements.append({"leftOperand": "percentage", "operator": "eq", "rightOperand":
                            _typed(term["rate"], "xsd:decimal")})
    if term.get("payment_due_days") is not None:
        refinements.append({"leftOperand": "elapsedTime", "operator": "lteq", "rightOperand":
                            _typed(f"P{term['payment_due_days']}D", "xsd:duration")})
    result: dict[str, Any] = {"action": "compensate", "compensatedParty": term["payee"], "refinement": refinements,
                              "ccai:compensation_model": {"@id": enum_iris("compensation_model")[term["compensation_model"]]}}
    if term.get("reporting_frequency"):
        result["ccai:reporting_frequency"] = {"@id": enum_iris("reporting_frequency")[term["reporting_frequency"]]}
    for name in ("audit_rights", "audit_notice_days"):
        if term.get(name) is not None:
            result[f"ccai:{name}"] = term[name]
    if term.get("description"):
        result["dct:description"] = term["description"]
    return result


def agreement(record: dict[str, Any], ctx: Context) -> dict[str, Any]:
    record_id = record.get("id")
    constraints = _constraints(record)
    duties = [duty(term) for term in record.get("compensation") or []]
    permissions = []
    for use in record["permitted_uses"]:
        permission: dict[str, Any] = {"action": ACTION_OVERRIDES.get(use) or {"@id": enum_iris("permitted_uses")[use]},
                                      "constraint": constraints}
        if record.get("works"):
            permission["target"] = record["works"] if len(record["works"]) > 1 else record["works"][0]
        if duties:
            permission["duty"] = duties
        permissions.append(permission)
    policy: dict[str, Any] = {
        "@context": [ODRL_CONTEXT, EXTRA_CONTEXT],
        "@type": "Agreement",
        "uid": f"{record_id}#agreement",
        "profile": PROFILE,
        "dct:source": {"@id": record_id},
        "assigner": record["granted_by"],
        "assignee": record["granted_to"] if len(record["granted_to"]) > 1 else record["granted_to"][0],
        "dpv:hasDataSubject": {"@id": record["subject"]},
        "dpv:hasConsentStatus": {"@id": enum_iris("consent_status")[record["consent_status"]]},
        "ccai:commercial": record["commercial"],
        "dct:created": _typed(record["recorded_at"], "xsd:dateTime"),
        "permission": permissions,
    }
    if record.get("persona_attributes"):
        policy["ccai:persona_attributes"] = [{"@id": enum_iris("persona_attributes")[a]}
                                             for a in record["persona_attributes"]]
    if record.get("intended_use_description"):
        policy["ccai:intended_use_description"] = record["intended_use_description"]
    if record.get("supersedes"):
        policy["dct:replaces"] = {"@id": record["supersedes"]}
    if not record.get("works"):
        ctx.warn(APPROXIMATE, "ODRL permissions have a target asset; this consent names no work (only persona "
                 "attributes), so the permissions have no target", ("works",), record_id)
    if len(record["granted_to"]) > 1:
        ctx.warn(APPROXIMATE, "ODRL reads several assignees as parties that each hold the agreement; the record "
                 "grants to all of them", ("granted_to",), record_id)
    if record["consent_status"] not in ("given", "renewed"):
        ctx.warn(APPROXIMATE, f"the consent is {record['consent_status']}; ODRL agreements have no status, so the "
                 "agreement is written as it was granted, with dpv:hasConsentStatus saying it is no longer in force",
                 ("consent_status",), record_id)
    for name, reason in NOTES.items():
        if record.get(name):
            ctx.warn(LOSSY, f"`{name}` is not carried: {reason} (the agreement links to the CCAI record)",
                     (name,), record_id)
    return policy


def export_agreement(batch: Batch, ctx: Context) -> dict[str, Any]:
    return agreement(batch.one("ConsentRecord"), ctx)
