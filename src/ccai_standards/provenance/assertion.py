"""The CCAI authorisation assertion of a C2PA manifest: what it holds, how digests are made.

    {"standard_version": "0.2.0",
     "bound_at": "2026-12-02T10:00:00Z",
     "uses": ["voice_cloning"],
     "used_by": ["https://ids.example/orgs/harbour-studios"],
     "subject": "https://ids.example/people/maya-okafor",
     "project": "https://ids.example/projects/harbour-lights",
     "records": [{"id": "…", "type": "ConsentRecord", "sha256": "…", "terms_sha256": "…"}, …]}

A record's digest (`sha256`) is the SHA-256 of its RFC 8785 (JCS) canonical JSON, as a
lowercase hex string: the digest a consent receipt carries as `consent_sha256`, so a
receipt can stand in for the record it was issued for. A consent lives on after the
binding: it can be withdrawn or suspended, which changes the record. `terms_sha256` is the
digest of the record without those lifecycle fields (`LIFECYCLE`), so that `verify` tells
a consent withdrawn since (its terms unchanged, judged as it is now) from a record whose
terms were changed. The label is entity-namespaced, as C2PA
requires of assertions it does not define.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..convert.canonical import sha256_hex

LABEL = "org.w3id.ccai.authorisation"
#: The records that can authorise an asset, and so are cited by the assertion.
AUTHORISING_TYPES = ("ConsentRecord", "ReplicaAuthorisation", "AiUseDisclosure", "SyntheticMediaLabel")
#: The fields a record's later life changes (a withdrawal, a suspension), left out of `terms_sha256`.
LIFECYCLE = ("consent_status", "status_history", "revocation", "suspensions", "replica_status", "deleted_at")


def digest(record: dict[str, Any]) -> str:
    """The RFC 8785 SHA-256 of a record, as a consent receipt's `consent_sha256` gives it."""
    return sha256_hex({k: v for k, v in record.items() if k != "@context"})


def terms_digest(record: dict[str, Any]) -> str:
    """The digest of the record's terms: without @context and the `LIFECYCLE` fields."""
    return sha256_hex({k: v for k, v in record.items() if k != "@context" and k not in LIFECYCLE})


@dataclass(frozen=True)
class Citation:
    record_id: str
    record_type: str
    sha256: str
    terms_sha256: str

    @classmethod
    def of(cls, record: dict[str, Any]) -> Citation:
        return cls(record["id"], record["type"], digest(record), terms_digest(record))


@dataclass(frozen=True)
class Authorisation:
    """The assertion's content, read or to be written."""

    standard_version: str
    bound_at: str
    uses: tuple[str, ...]
    used_by: tuple[str, ...]
    records: tuple[Citation, ...]
    subject: str | None = None
    project: str | None = None

    def data(self) -> dict[str, Any]:
        out: dict[str, Any] = {"standard_version": self.standard_version, "bound_at": self.bound_at,
                               "uses": list(self.uses), "used_by": list(self.used_by)}
        if self.subject:
            out["subject"] = self.subject
        if self.project:
            out["project"] = self.project
        out["records"] = [{"id": c.record_id, "type": c.record_type, "sha256": c.sha256,
                           "terms_sha256": c.terms_sha256} for c in self.records]
        return out

    @classmethod
    def read(cls, data: Any) -> Authorisation:
        """The assertion as found in a manifest; ValueError names what is wrong with it."""
        problems = _problems(data)
        if problems:
            raise ValueError("; ".join(problems))
        return cls(data["standard_version"], data["bound_at"], tuple(data["uses"]), tuple(data["used_by"]),
                   tuple(Citation(r["id"], r["type"], r["sha256"], r["terms_sha256"]) for r in data["records"]),
                   data.get("subject"), data.get("project"))


def _problems(data: Any) -> list[str]:
    """What the assertion's JSON Schema (artifacts/ccai.authorisation.schema.json) would refuse."""
    from .. import resources

    import jsonschema_rs

    validator = jsonschema_rs.validator_for(resources.load_json("ccai.authorisation.schema.json"))
    return [f"{'/'.join(map(str, e.instance_path)) or 'the assertion'}: {e.message}"
            for e in validator.iter_errors(data)]


def json_schema(use_values: list[str], base_url: str) -> dict[str, Any]:
    """The assertion's JSON Schema, from the schema's AI uses (written by the generators)."""
    identifier = {"type": "string", "pattern": "^(https://[^\\s]+|urn:uuid:[0-9a-fA-F-]{36})$"}
    digest_pattern = {"type": "string", "pattern": "^[0-9a-f]{64}$"}
    return {
        "$schema": "https://json-schema.org/draft/2019-09/schema",
        "$id": f"{base_url}ccai.authorisation.schema.json",
        "title": f"CCAI authorisation assertion ({LABEL})",
        "description": "The records that authorise a C2PA asset, with their RFC 8785 SHA-256 digests, and the AI "
                       "uses the asset embodies. Generated from the CCAI schema.",
        "type": "object",
        "additionalProperties": False,
        "required": ["standard_version", "bound_at", "uses", "used_by", "subject", "records"],
        "properties": {
            "standard_version": {"type": "string", "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+$",
                                 "description": "The version of the CCAI standard the records follow."},
            "bound_at": {"type": "string", "format": "date-time",
                         "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?"
                                    "(Z|[+-][0-9]{2}:[0-9]{2})$",
                         "description": "When the asset was bound to the records: the time the consent must "
                                        "have been in force."},
            "uses": {"type": "array", "minItems": 1, "uniqueItems": True,
                     "items": {"enum": use_values},
                     "description": "The AI uses the asset embodies, in CCAI's use vocabulary (AiUseEnum)."},
            "used_by": {"type": "array", "minItems": 1, "items": identifier,
                        "description": "The parties that make the use (ids of party records): a consent covers "
                                       "uses by its grantees only."},
            "subject": {**identifier, "description": "The person whose work or persona the asset uses."},
            "project": {**identifier, "description": "The project the asset was made for."},
            "records": {"type": "array", "minItems": 1, "description": "The records that authorise the asset.",
                        "items": {"type": "object", "additionalProperties": False,
                                  "required": ["id", "type", "sha256", "terms_sha256"],
                                  "properties": {"id": identifier, "type": {"enum": list(AUTHORISING_TYPES)},
                                                 "sha256": {**digest_pattern, "description": "RFC 8785 SHA-256 of "
                                                            "the record as bound."},
                                                 "terms_sha256": {**digest_pattern, "description": "RFC 8785 "
                                                                  "SHA-256 of the record without its lifecycle "
                                                                  "fields (" + ", ".join(LIFECYCLE) + ")."}}}},
        },
    }
