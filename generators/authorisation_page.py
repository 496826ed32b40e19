"""The specification page of the CCAI authorisation assertion in C2PA manifests.

Its field table is written from the assertion's JSON Schema (the artefact
`ccai.authorisation.schema.json`), and its digest rule from `provenance.assertion`, so the
page says what `ccai bind` writes and `ccai verify` reads.
"""

from __future__ import annotations

from typing import Any

PAGE = """# The CCAI assertion in C2PA manifests

*Specification, version {version}. Label: `{label}`.*

[C2PA](https://c2pa.org/specifications/) proves who signed a media file and how it was made,
but carries no consent. This assertion ties a file to the CCAI records that authorise it: a
voice clip to the consent of the voice's owner, a replica render to its authorisation, an
advert to its AI-use disclosure. Anyone handed the file can ask, and get an answer a machine
can check: *which consent authorised this, is it still in force, and does it cover this
use?* `ccai bind` writes it and `ccai verify` answers the question; see
[Prove the consent behind a synthetic clip](../guides/provenance.md).

## Where it sits

The assertion is one assertion of a C2PA manifest, signed with the rest of the claim:

| Assertion | Says | Written by `ccai bind` from |
| --- | --- | --- |
| `c2pa.actions.v2` | how the asset was made: a `c2pa.created` action with its digital source type, and the AI edits | `--digital-source-type` or the work's CreativeWork record; the AiUseDisclosure's statements when one is given |
| `cawg.training-mining` | whether the asset may be used to train AI, by the [CAWG](https://cawg.io/) vocabulary | the UsagePreference record, when one is given (see [what each format permits](../guides/permits.md)) |
| `{label}` | which records authorise the asset, with their digests, and the AI uses it embodies | the records given with `--records` |

The label is entity-namespaced (reverse domain of `w3id.org/ccai`), as C2PA requires of
assertions it does not define itself. Readers that do not know it ignore it.

## Fields

The assertion's data is a JSON object (stored as CBOR in the manifest), checked by the JSON
Schema [`ccai.authorisation.schema.json`](../schema/{version}/ccai.authorisation.schema.json).

{fields}

Each entry of `records` has:

{record_fields}

The records cited are those of these types: {types}.

## The digest rule

A record's `sha256` is the SHA-256 of its [RFC 8785](https://www.rfc-editor.org/rfc/rfc8785)
(JSON Canonicalization Scheme) form, without `@context`, written as 64 lowercase hex digits.
It is the digest a [consent receipt](ConsentReceipt.md) carries as `consent_sha256`, so the
receipt a creator keeps identifies the record the asset was bound to.

A consent lives on after the binding: it can be withdrawn, suspended or expire, which
changes the record. `terms_sha256` is the digest of the record without its lifecycle fields
({lifecycle}). A verifier compares both:

| `sha256` | `terms_sha256` | Meaning |
| --- | --- | --- |
| equal | equal | the record is as it was bound |
| differs | equal | only its lifecycle changed: it is judged as it is now (a withdrawal is found) |
| differs | differs | the record's terms were changed since the binding: the asset is not authorised by it |

## The verdict

`ccai verify` answers **authorised** only when all of this holds:

1. the manifest validates (the asset and the manifest are as signed) and its signer chains
   to a trust anchor the verifier gives; a valid signature by anyone else is **cannot tell**;
2. the manifest holds this assertion, and it matches the schema;
3. each cited record given to the verifier has the cited digest;
4. a cited consent is about the `subject`, is not limited to other projects, permits every
   use in `uses` to a party in `used_by`, and was in force at `bound_at` and is at the time
   asked about, judged by the rule of [CCAI-CONSENT-003](../standard/CCAI-CONSENT-003.md).

A changed asset, manifest or record, a withdrawn or ended consent, or a use the consent does
not permit is **not authorised**, each with its own reason. Missing records, or a receipt
in place of the record (which cannot say whether the consent was withdrawn since), give
**cannot tell**.
"""


def _rows(properties: dict[str, Any], required: list[str]) -> str:
    lines = ["| Field | Required | What it holds |", "| --- | --- | --- |"]
    for name, schema in properties.items():
        kind = schema.get("type", "")
        if "items" in schema and "enum" in schema["items"]:
            kind = "list of AI uses" if len(schema["items"]["enum"]) > 10 else "list of " + ", ".join(
                f"`{v}`" for v in schema["items"]["enum"])
        elif "enum" in schema:
            kind = "one of " + ", ".join(f"`{v}`" for v in schema["enum"])
        elif kind == "array":
            kind = "list"
        description = schema.get("description", "")
        lines.append(f"| `{name}` | {'yes' if name in required else 'no'} | {description} ({kind}) |")
    return "\n".join(lines)


def authorisation_page(schema: dict[str, Any], version: str) -> str:
    from ccai_standards.provenance.assertion import AUTHORISING_TYPES, LABEL, LIFECYCLE

    item = schema["properties"]["records"]["items"]
    return PAGE.format(version=version, label=LABEL, fields=_rows(schema["properties"], schema["required"]),
                       record_fields=_rows(item["properties"], item["required"]),
                       types=", ".join(f"[{t}]({t}.md)" for t in AUTHORISING_TYPES),
                       lifecycle=", ".join(f"`{f}`" for f in LIFECYCLE))
