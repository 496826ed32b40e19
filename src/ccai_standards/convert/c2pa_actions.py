"""AI-use disclosures as a C2PA ``c2pa.actions.v2`` assertion in a manifest definition.

Each AI-use statement with a digital source type becomes one action: the first statement
whose source type says how the media came to be becomes ``c2pa.created`` (C2PA wants
one, first); the others become ``c2pa.edited``. The action carries the IPTC digital source
type IRI, the first tool as ``softwareAgent`` and the statement's description; the
production stage and the human oversight go into the action's ``parameters`` under
CCAI-namespaced keys, which C2PA allows and other readers ignore.
"""

from __future__ import annotations

from typing import Any

from .. import __version__
from .context import Batch, Context
from .jsonld import enum_iris
from .results import APPROXIMATE, LOSSY

LABEL = "c2pa.actions.v2"
PARAMETER_PREFIX = "org.w3id.ccai."
#: source types that describe how media came to be (the rest describe changes to it)
CREATING = ("digital_capture", "computational_capture", "negative_film", "positive_film", "print",
            "screen_capture", "digital_creation", "data_driven_media", "algorithmic_media",
            "trained_algorithmic_media", "virtual_recording")
NOTES = {
    "disclosed_by": "a C2PA manifest names its signer in the claim signature",
    "works": "a manifest is bound to the one asset it is embedded in",
    "project": "C2PA actions do not name a production",
    "replicas": "C2PA actions do not reference CCAI replica records",
    "synthetic_performers": "C2PA actions do not reference CCAI synthetic performer records",
    "labels": "C2PA actions do not reference CCAI label records",
    "audience_statement": "C2PA actions have no audience-facing text",
    "published_at": "an action's `when` is when it was done, not when the disclosure was published",
}


def action(statement: dict[str, Any], name: str) -> dict[str, Any]:
    result: dict[str, Any] = {"action": name,
                              "digitalSourceType": enum_iris("digital_source_type")[statement["digital_source_type"]]}
    if statement.get("tools"):
        result["softwareAgent"] = {"name": statement["tools"][0]}
    result["description"] = statement["description"]
    parameters = {PARAMETER_PREFIX + key: statement[key] for key in ("production_stage", "human_oversight")
                  if statement.get(key)}
    if parameters:
        result["parameters"] = parameters
    return result


def export(batch: Batch, ctx: Context) -> dict[str, Any]:
    record = batch.one("AiUseDisclosure")
    record_id = record.get("id")
    statements = list(enumerate(record["ai_use_statements"]))
    ordered = [s for s in statements if s[1].get("digital_source_type") in CREATING] + \
              [s for s in statements if s[1].get("digital_source_type") not in CREATING]
    actions = []
    for index, statement in ordered:
        path = ("ai_use_statements", index)
        if not statement.get("digital_source_type"):
            ctx.warn(LOSSY, "this use of AI has no digital source type, so it neither made nor changed the media "
                     "in a way C2PA actions describe; it is not written", path, record_id)
            continue
        creating = statement["digital_source_type"] in CREATING
        if creating and not any(a["action"] == "c2pa.created" for a in actions):
            actions.append(action(statement, "c2pa.created"))
        else:
            if creating:
                ctx.warn(APPROXIMATE, "C2PA allows one c2pa.created action; this further generated element is "
                         "written as c2pa.edited", path, record_id)
            actions.append(action(statement, "c2pa.edited"))
        if len(statement.get("tools") or []) > 1:
            ctx.warn(LOSSY, f"an action has one softwareAgent; only {statement['tools'][0]!r} is written",
                     path + ("tools",), record_id)
    for name, reason in NOTES.items():
        if record.get(name):
            ctx.warn(LOSSY, f"`{name}` is not carried: {reason}", (name,), record_id)
    return {
        "claim_generator_info": [{"name": "ccai-standards", "version": __version__}],
        "assertions": [{"label": LABEL, "data": {"actions": actions}}],
    }
