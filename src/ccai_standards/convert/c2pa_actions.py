"""AI-use disclosures as a C2PA ``c2pa.actions.v2`` assertion in a manifest definition.

C2PA wants one ``c2pa.created`` action first, whose digital source type says what the asset
is as a whole (C2PA 2.2 section 18.14.2): platforms show it as the asset's label. That type
comes from the CreativeWork given with the disclosure, or from ``digital_source_type``;
without either it is worked out from the statements: a work with generative elements is
``compositeSynthetic`` ("a mix of elements, at least one of which is generative AI"), never
``trainedAlgorithmicMedia``, which says the whole asset was generated.

Each AI-use statement with a digital source type is then a ``c2pa.edited`` action, as C2PA's
guidance records generative edits: an element generated with AI is an edit "using
generative AI" (``compositeWithTrainedAlgorithmicMedia``). The action carries the first
tool as ``softwareAgent`` and the description; the production stage and the human
oversight go into ``parameters`` under CCAI-namespaced keys, which C2PA allows and other
readers ignore.
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


GENERATIVE = ("trained_algorithmic_media", "composite_with_trained_algorithmic_media", "composite_synthetic",
              "trained_algorithmic_data")
#: What an element of each creating type is, as an edit of the work it is put into.
AS_EDIT = {"trained_algorithmic_media": "composite_with_trained_algorithmic_media",
           "trained_algorithmic_data": "composite_with_trained_algorithmic_media"}


def whole_work_type(record: dict[str, Any], batch: Batch, ctx: Context) -> str:
    """The digital source type of the asset as a whole, for the c2pa.created action."""
    given = ctx.option("digital_source_type") or batch.source_type_of(record, "a C2PA manifest")
    if given:
        return given
    types = {s.get("digital_source_type") for s in record["ai_use_statements"]}
    chosen = "composite_synthetic" if types & set(GENERATIVE) else "composite"
    ctx.warn(APPROXIMATE, f"how the work as a whole was made is not given (give its CreativeWork record, or "
             f"digital_source_type); the c2pa.created action says {chosen}, a mix of elements"
             + (" at least one of which is generative AI" if chosen == "composite_synthetic" else ""),
             ("works",), record.get("id"))
    return chosen


def export(batch: Batch, ctx: Context) -> dict[str, Any]:
    record = batch.one("AiUseDisclosure")
    record_id = record.get("id")
    iris = enum_iris("digital_source_type")
    whole = whole_work_type(record, batch, ctx)
    if whole not in iris:
        from .results import ConversionError

        raise ConversionError(f"`{whole}` is not a digital source type; expected one of {', '.join(sorted(iris))}")
    actions: list[dict[str, Any]] = [{"action": "c2pa.created", "digitalSourceType": iris[whole],
                                      "description": "The work as a whole."}]
    for index, statement in enumerate(record["ai_use_statements"]):
        path = ("ai_use_statements", index)
        kind = statement.get("digital_source_type")
        if not kind:
            ctx.warn(LOSSY, "this use of AI has no digital source type, so it neither made nor changed the media "
                     "in a way C2PA actions describe; it is not written", path, record_id)
            continue
        if kind in CREATING and kind not in AS_EDIT:
            ctx.warn(APPROXIMATE, f"an element of type {kind} is written as an edit of the work, which C2PA "
                     "actions describe, with its own type", path, record_id)
        actions.append(action({**statement, "digital_source_type": AS_EDIT.get(kind, kind)}, "c2pa.edited"))
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
