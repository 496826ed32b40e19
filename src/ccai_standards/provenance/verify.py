"""`ccai verify`: which consent authorised this asset, is it still in force, and does it cover the use?

The verdict is one of three, each with its reasons:

- **authorised**: the manifest's signature is valid and its signer is trusted by the anchors
  given; the CCAI assertion's digests match the records given; a cited consent allowed the
  asset's uses, to the party making them, when it was bound, and still does (or did at `--at`);
- **not authorised**: the asset or its manifest was changed after signing, a record was
  changed since the binding, the consent was withdrawn or does not cover the use, or the asset
  carries no CCAI authorisation at all;
- **cannot tell**: the signature is valid but nobody the anchors trust signed it, or the
  records needed to judge were not given (a receipt stands in for a record's terms, but
  cannot say whether the consent was withdrawn since).

A verdict is reached only from evidence: a valid signature by an unknown signer never gives
"authorised".
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..findings import Finding, Location, Severity
from .assertion import LABEL, Authorisation, digest, terms_digest
from .bind import media_type, read_records
from .judge import Moment, Reason, judge

AUTHORISED, NOT_AUTHORISED, CANNOT_TELL = "authorised", "not authorised", "cannot tell"


class VerifyError(Exception):
    """Input that cannot be read at all (exit 2)."""


@dataclass
class Verdict:
    asset: str
    verdict: str
    reasons: list[Reason] = field(default_factory=list)
    validation_state: str | None = None
    signer: dict[str, Any] | None = None
    authorisation: Authorisation | None = None
    consent_id: str | None = None
    checked_at: str | None = None

    def findings(self) -> list[Finding]:
        """The reasons as findings, for the reporters (errors unless the verdict is authorised)."""
        severity = Severity.NOTE if self.verdict == AUTHORISED else Severity.ERROR
        return [Finding(r.code, severity, r.message, Location(self.asset, path=f"$['{LABEL}']"), r.hint, r.record_id)
                for r in self.reasons]

    def as_dict(self) -> dict[str, Any]:
        return {"asset": self.asset, "verdict": self.verdict, "validation_state": self.validation_state,
                "signer": self.signer, "consent": self.consent_id, "checked_at": self.checked_at,
                "authorisation": self.authorisation.data() if self.authorisation else None,
                "reasons": [{"code": r.code, "message": r.message, "hint": r.hint, "record_id": r.record_id}
                            for r in self.reasons]}


def _reader(kind: str, data: bytes, trust_anchors: bytes | None) -> Any:
    import c2pa

    settings: dict[str, Any] = {"verify": {"verify_trust": True}}
    if trust_anchors:
        settings["trust"] = {"trust_anchors": trust_anchors.decode("utf-8", "replace")}
    context = c2pa.Context(c2pa.Settings.from_dict(settings))
    return c2pa.Reader(kind, io.BytesIO(data), context=context)


def read_store(asset: Path, trust_anchors: bytes | None) -> tuple[dict[str, Any] | None, str | None]:
    """(the manifest store as JSON, its validation state), or (None, None) when the asset has none."""
    import c2pa

    kind = media_type(asset)
    try:
        data = asset.read_bytes()
    except OSError as exc:
        raise VerifyError(f"cannot read {asset}: {exc.strerror or exc}") from None
    try:
        reader = _reader(kind, data, trust_anchors)
    except c2pa.C2paError as exc:
        text = str(exc)
        if "ManifestNotFound" in text or "no JUMBF" in text.lower() or "not found" in text.lower():
            return None, None
        raise VerifyError(f"{asset.name}: the file or its manifest cannot be read ({text[:200]})") from None
    try:
        return json.loads(reader.json()), reader.get_validation_state()
    finally:
        reader.close()


def verify(asset: Path, record_paths: list[Path], trust_anchors: Path | None = None, at: str | None = None,
           now: str | None = None) -> Verdict:
    """Judge the asset's authorisation (see the module's docstring)."""
    from .bind import now_utc

    anchors = None
    if trust_anchors is not None:
        try:
            anchors = trust_anchors.read_bytes()
        except OSError as exc:
            raise VerifyError(f"cannot read the trust anchors {trust_anchors}: {exc.strerror or exc}") from None
        if b"-----BEGIN CERTIFICATE-----" not in anchors:
            raise VerifyError(f"{trust_anchors} holds no PEM certificate")
    checked_at = at or now or now_utc()
    verdict = Verdict(str(asset), CANNOT_TELL, checked_at=checked_at)
    store, state = read_store(asset, anchors)
    if store is None:
        verdict.verdict = NOT_AUTHORISED
        verdict.reasons.append(Reason("PROV-no-manifest", "the asset carries no C2PA manifest, so nothing binds it "
                                      "to a consent", "Bind it with `ccai bind`."))
        return verdict
    verdict.validation_state = state
    manifest = store.get("manifests", {}).get(store.get("active_manifest"), {})
    verdict.signer = manifest.get("signature_info")
    failures = [s for s in store.get("validation_status", []) if s.get("code") != "signingCredential.untrusted"]
    if state == "Invalid" or failures:
        verdict.verdict = NOT_AUTHORISED
        codes = sorted({s.get("code", "?") for s in failures}) or ["invalid"]
        content = [c for c in codes if c.split(".")[1:2] in (["dataHash"], ["bmffHash"], ["boxesHash"])]
        if content:
            verdict.reasons.append(Reason("PROV-asset-changed", f"the asset's content was changed after it was signed "
                                          f"(C2PA: {', '.join(codes)})",
                                          "Get the asset as it was signed, or bind the new one again."))
        else:
            verdict.reasons.append(Reason("PROV-manifest-changed", f"the manifest was changed after it was signed, "
                                          f"or its signature does not hold (C2PA: {', '.join(codes)})",
                                          "Get the asset as it was signed, or bind it again."))
        return verdict
    assertion = next((a for a in manifest.get("assertions", []) if a.get("label") == LABEL), None)
    if assertion is None:
        verdict.verdict = NOT_AUTHORISED
        verdict.reasons.append(Reason("PROV-no-assertion", f"the manifest holds no CCAI authorisation ({LABEL})",
                                      "Bind the asset with `ccai bind`."))
        return verdict
    try:
        authorisation = verdict.authorisation = Authorisation.read(assertion.get("data"))
    except ValueError as exc:
        verdict.verdict = NOT_AUTHORISED
        verdict.reasons.append(Reason("PROV-assertion", f"the CCAI authorisation is malformed: {exc}"))
        return verdict
    trusted = state == "Trusted"
    if not trusted:
        who = (verdict.signer or {}).get("common_name") or "an unknown signer"
        whom = ("whom the trust anchors given do not vouch for" if anchors else
                "and no trust anchor was given, so nothing vouches for the signer")
        verdict.reasons.append(Reason("PROV-untrusted", f"the manifest is signed by {who}, {whom}",
                                      "Give the signer's certificate authority with --trust-anchors, if you trust it."))
    judged = _judge_records(authorisation, record_paths, checked_at, "at the time asked about" if at else "now", verdict)
    if verdict.verdict == NOT_AUTHORISED:
        return verdict
    verdict.verdict = AUTHORISED if trusted and judged else CANNOT_TELL
    return verdict


def _judge_records(authorisation: Authorisation, record_paths: list[Path], checked_at: str, label: str,
                   verdict: Verdict) -> bool:
    """Check the digests and judge the consent; True when a consent authorises the asset.

    Sets `verdict.verdict` to NOT_AUTHORISED when the evidence says so; leaves it for the
    caller when the evidence is missing.
    """
    if not record_paths:
        verdict.reasons.append(Reason("PROV-no-records", "no records were given, so the consent cannot be judged",
                                      "Give the records with --records (the consent, or its receipt)."))
        return False
    records, errors = read_records(record_paths)
    by_id = {r["id"]: r for r in records if isinstance(r.get("id"), str)}
    receipts = {r.get("consent"): r for r in records if r.get("type") == "ConsentReceipt"}
    consents: list[dict[str, Any]] = []
    complete = True
    for citation in authorisation.records:
        record = by_id.get(citation.record_id)
        if record is None:
            receipt = receipts.get(citation.record_id)
            if receipt is not None and receipt.get("consent_sha256") == citation.sha256:
                consents.append(_as_consent(receipt, citation.record_id, authorisation.subject))
                verdict.reasons.append(Reason(
                    "PROV-receipt", f"the receipt {receipt.get('id')} matches the consent {citation.record_id} as it "
                    "was bound; a receipt cannot say whether the consent was withdrawn since",
                    "Give the consent record itself to know whether it is still in force.", citation.record_id))
                complete = False
                continue
            if receipt is not None:
                verdict.verdict = NOT_AUTHORISED
                verdict.reasons.append(Reason("PROV-record-changed", f"the receipt {receipt.get('id')} is for another "
                                              f"version of {citation.record_id} than the one the asset was bound to",
                                              record_id=citation.record_id))
                continue
            verdict.reasons.append(Reason("PROV-record-missing", f"the {citation.record_type} {citation.record_id} "
                                          "the asset cites is not among the records given",
                                          "Give it with --records.", citation.record_id))
            complete = False
            continue
        if digest(record) != citation.sha256:
            if terms_digest(record) != citation.terms_sha256:
                verdict.verdict = NOT_AUTHORISED
                verdict.reasons.append(Reason("PROV-record-changed", f"the {citation.record_type} "
                                              f"{citation.record_id} was changed since the asset was bound to it "
                                              "(its digest differs)", "Bind the asset again to the record as it is "
                                              "now, if it still authorises it.", citation.record_id))
                continue
            # Only its lifecycle changed (a withdrawal, a suspension): judged below as it is now.
        if record.get("type") == "ConsentRecord":
            consents.append(record)
    if errors:
        complete = False
        verdict.reasons.append(Reason("PROV-records-invalid", f"the records given have {len(errors)} error(s) "
                                      f"({errors[0].code}: {errors[0].message})", "Fix them with `ccai validate`."))
    if verdict.verdict == NOT_AUTHORISED:
        return False
    moments = (Moment("when the asset was bound", authorisation.bound_at), Moment(label, checked_at))
    consent, reasons = judge(consents, authorisation.uses, authorisation.subject, authorisation.project,
                             authorisation.used_by, moments)
    if consent is None:
        verdict.reasons.extend(reasons)
        # Consents judged and refused, or none cited at all: no consent authorises the asset.
        if consents or not any(c.record_type == "ConsentRecord" for c in authorisation.records):
            verdict.verdict = NOT_AUTHORISED
        return False
    verdict.consent_id = consent.get("id")
    return complete


def _as_consent(receipt: dict[str, Any], consent_id: str, subject: str | None) -> dict[str, Any]:
    """A receipt's copy of the consent's terms, read as the consent (its status as issued). A
    receipt does not name the subject; its digest binds it to the record the asset cites."""
    terms = {k: v for k, v in receipt.items() if k not in ("type", "id", "consent", "consent_sha256", "issued_to",
                                                             "issued_by", "issued_at")}
    return {**terms, "type": "ConsentRecord", "id": consent_id, "subject": subject}
