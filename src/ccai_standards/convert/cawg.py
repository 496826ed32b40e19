"""CAWG training-and-data-mining assertion 1.1 (``cawg.training-mining``), in a C2PA manifest.

Export writes a manifest definition, the JSON a C2PA signer (c2patool, c2pa-python's
Builder) takes. Import reads the assertion wherever it is: in a manifest definition, in
the manifest store JSON a reader prints, as one assertion, or as its data alone; with the
current ``cawg.`` labels or the legacy ``c2pa.`` ones of C2PA 1.x, with ``entries`` or with
the entry keys at the top (as in the first published schema), and with the constraint
text spelt ``constraint_info`` (the schema) or ``constraints_info`` (the prose).

CAWG's four categories are independent of each other: ``cawg.data_mining`` is mining other
than training, ``cawg.ai_training`` training of *non-generative* models, and a refusal of
one says nothing of the others. CCAI's uses nest, so the two are compared activity by
activity (`permits`). The four standard entries alone never permit more than the record,
since readers other than CCAI see only them; every CCAI statement is also written as a
custom entry (``org.w3id.ccai.<use>``), which the assertion allows and other readers
ignore, so that CCAI readers get the record back.

A C2PA manifest needs a ``c2pa.actions.v2`` assertion whose first action is
``c2pa.created`` with the digital source type of the asset (C2PA 2.2 section 18.14.2); it
is taken from the CreativeWork given with the preference, or from ``digital_source_type``.
Imports read the manifest store's validation state (`c2pa_store`) and refuse a store that
did not validate.
"""

from __future__ import annotations

from typing import Any

from .. import __version__
from . import c2pa_store
from .context import Batch, Context, Source
from .permits import ACTIVITIES, Category, Vocabulary, best_reading, imported, report
from .preferences import (
    Stance,
    Statement,
    ai_uses,
    combine,
    condition_text,
    effective,
    explicit,
    report_fields,
    split_condition,
    stance,
)
from .results import UNKNOWN, ConversionError, shown

LABEL = "cawg.training-mining"
LEGACY_LABEL = "c2pa.training-mining"
SPEC = "CAWG Training and Data Mining Assertion 1.1 (approved 6 May 2025)"
ENTRY_OF_USE = {
    "data_mining": "cawg.data_mining",
    "ai_inference": "cawg.ai_inference",
    "ai_training": "cawg.ai_training",
    "generative_ai_training": "cawg.ai_generative_training",
}
USE_OF_ENTRY = {**{v: k for k, v in ENTRY_OF_USE.items()},
                **{v.replace("cawg.", "c2pa.", 1): k for k, v in ENTRY_OF_USE.items()}}
CUSTOM_PREFIX = "org.w3id.ccai."
_STANDARD = (
    Category("cawg.data_mining", ACTIVITIES["data_mining"] - ACTIVITIES["ai_training"],
             meaning="use of the asset in data mining, evaluation included (not training, which has its own entries)"),
    Category("cawg.ai_inference", ACTIVITIES["ai_inference"], meaning="use of the asset as input to a trained model"),
    Category("cawg.ai_generative_training", ACTIVITIES["generative_ai_training"],
             meaning="use of the asset as training data for a generative model"),
    Category("cawg.ai_training", ACTIVITIES["ai_training"] - ACTIVITIES["generative_ai_training"],
             meaning="use of the asset as training data for a model that is not generative"),
)
#: What any reader sees: the four entries of the assertion.
VOCABULARY = Vocabulary("the CAWG assertion", SPEC, _STANDARD, ("allowed", "not_allowed", "constrained"))
#: What a CCAI reader sees: the four entries and the custom entries for CCAI uses.
CCAI_VOCABULARY = Vocabulary("the CAWG assertion", SPEC, _STANDARD + tuple(
    Category(CUSTOM_PREFIX + use, ACTIVITIES[use], meaning=f"custom entry for CCAI's {use}") for use in ai_uses()),
    ("allowed", "not_allowed", "constrained"))
TO_CAWG = {"allowed": "allowed", "not_allowed": "notAllowed", "constrained": "constrained"}
FROM_CAWG = {v: k for k, v in TO_CAWG.items()}

NOTES = {
    "declared_by": "a C2PA manifest names its signer in the claim signature; sign with the declarer's certificate",
    "declared_at": "the time of a C2PA manifest is the time stamp of its signature",
    "works": "the assertion applies to the asset the manifest is embedded in or bound to",
    "catalogue_of": "the assertion applies to one asset, not to a catalogue",
    "locations": "the assertion applies to one asset, not to web addresses",
    "valid_from": "the assertion has no period of validity",
    "valid_until": "the assertion has no period of validity",
    "published_via": "the assertion does not list other publication channels",
    "licensing_contact": "the assertion has no contact field; put it in a constraint text",
}


# --- export -------------------------------------------------------------------------------


def entry(item: Stance) -> dict[str, Any]:
    """One training-mining entry; a policy address travels in the constraint text."""
    value: dict[str, Any] = {"use": TO_CAWG[item.permission]}
    text = condition_text(item)
    if text:
        value["constraint_info"] = text
    return value


def entries(record: dict[str, Any], ctx: Context | None = None) -> dict[str, Any]:
    """The four CAWG entries that never permit more than the record, then a custom entry per CCAI statement."""
    reading = best_reading(VOCABULARY, record)
    if ctx is not None:
        report(record, VOCABULARY, reading, ctx, NOTES)
    result = {c.label: entry(reading[c.label]) for c in _STANDARD if c.label in reading}
    applies = effective(record)
    for use in explicit(record):
        result[CUSTOM_PREFIX + use] = entry(applies[use])  # type: ignore[arg-type]
    return result


def assertion(record: dict[str, Any], ctx: Context | None = None) -> dict[str, Any]:
    return {"label": LABEL, "data": {"entries": entries(record, ctx)}}


def _created(record: dict[str, Any], batch: Batch, ctx: Context) -> dict[str, Any]:
    """The c2pa.created action C2PA requires first, with the digital source type of the asset."""
    from .jsonld import enum_iris

    iris = enum_iris("digital_source_type")
    chosen = ctx.option("digital_source_type") or batch.source_type_of(record, "a C2PA manifest")
    if chosen is None:
        raise ConversionError("a C2PA manifest must start with a c2pa.created action that says how the asset was made "
                              "(its digital source type); give the CreativeWork record with the preference, or "
                              "digital_source_type (--digital-source-type), for example digital_capture")
    if chosen not in iris:
        raise ConversionError(f"`{shown(chosen)}` is not a digital source type; expected one of "
                              f"{', '.join(sorted(iris))}")
    return {"label": "c2pa.actions.v2", "data": {"actions": [{"action": "c2pa.created",
                                                              "digitalSourceType": iris[chosen]}]}}


def export(batch: Batch, ctx: Context) -> dict[str, Any]:
    """A C2PA manifest definition holding the training-mining assertion of one usage preference."""
    record = batch.one("UsagePreference")
    manifest = {
        "claim_generator_info": [{"name": "ccai-standards", "version": __version__}],
        "assertions": [_created(record, batch, ctx), assertion(record, ctx)],
    }
    report_fields(record, "the CAWG assertion", ctx, carried=(), notes=NOTES)
    return manifest


def read_export(output: dict[str, Any], ccai_reader: bool = False) -> dict[str, Stance]:
    """What the training-mining assertion of a manifest says: to any reader, the four
    entries; to a CCAI reader, the custom entries too."""
    found = _assertions(output)
    reading = read_entries(found[0][1]["data"]["entries"], (), Context())
    return reading if ccai_reader else {k: v for k, v in reading.items() if not k.startswith(CUSTOM_PREFIX)}


# --- import -------------------------------------------------------------------------------


def _constraint(value: dict[str, Any]) -> tuple[str | None, str | None]:
    text = value.get("constraint_info", value.get("constraints_info"))
    if text is not None and not isinstance(text, str):
        raise ConversionError("the constraint text must be a string")
    return split_condition(text)


def read_entries(data: dict[str, Any], path: tuple[Any, ...], ctx: Context) -> dict[str, Stance]:
    """Stances by entry key (legacy ``c2pa.`` keys read as ``cawg.``) from the entries of one assertion."""
    statements = []
    for key, value in data.items():
        where = path + (key,)
        if key == "metadata":
            continue
        use = USE_OF_ENTRY.get(key)
        label = ENTRY_OF_USE[use] if use is not None else None
        if use is None and key.startswith(CUSTOM_PREFIX) and key[len(CUSTOM_PREFIX):] in ai_uses():
            label = key
        if label is None:
            ctx.warn(UNKNOWN, f"the entry `{shown(key)}` is not a CAWG category CCAI knows; it is ignored", where)
            continue
        if not isinstance(value, dict) or value.get("use") not in FROM_CAWG:
            raise ConversionError(f"the entry `{shown(key)}` must be an object whose `use` is allowed, notAllowed or "
                                  f"constrained, not {shown(value)}", _json_path(where))
        try:
            info, policy = _constraint(value)
        except ConversionError as exc:
            raise ConversionError(exc.message, _json_path(where + ("constraint_info",))) from None
        statements.append(Statement(label, stance(FROM_CAWG[value["use"]], info, policy, where), _json_path(where)))
    return combine(statements, ctx)


def _json_path(path: tuple[Any, ...]) -> str:
    from ..document import json_path

    return json_path(path)


def _assertions(data: Any) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Every training-mining assertion in the input, with its path."""
    if isinstance(data, dict) and isinstance(data.get("manifests"), dict):
        active = data.get("active_manifest")
        manifest = data["manifests"].get(active) if isinstance(active, str) else None
        if manifest is None and len(data["manifests"]) == 1:
            active, manifest = next(iter(data["manifests"].items()))
        if not isinstance(manifest, dict):
            raise ConversionError("the manifest store has no active manifest to read")
        return [(("manifests", active) + p, a) for p, a in _assertions(manifest)]
    if isinstance(data, dict) and isinstance(data.get("assertions"), list):
        return [(("assertions", i) + p, a) for i, item in enumerate(data["assertions"])
                for p, a in _assertions(item)]
    if isinstance(data, list):
        return [((i,) + p, a) for i, item in enumerate(data) for p, a in _assertions(item)]
    if isinstance(data, dict) and "label" in data:
        return [((), data)] if data.get("label") in (LABEL, LEGACY_LABEL) else []
    if isinstance(data, dict):
        return [((), {"label": LABEL, "data": data, "bare": True})]
    return []


def import_(source: Source, ctx: Context) -> list[dict[str, Any]]:
    data = source.json("a C2PA manifest, manifest store or training-mining assertion")
    c2pa_store.check(data, ctx)
    found = _assertions(data)
    if not found:
        raise ConversionError(f"no {LABEL} (or legacy {LEGACY_LABEL}) assertion found in the input")
    statements: list[Statement] = []
    for path, item in found:
        body = item.get("data")
        base = path if item.get("bare") else path + ("data",)
        if not isinstance(body, dict):
            raise ConversionError("the assertion data must be an object", _json_path(base))
        if "entries" in body:
            if not isinstance(body["entries"], dict):
                raise ConversionError("`entries` must be an object keyed by category", _json_path(base + ("entries",)))
            body, base = body["entries"], base + ("entries",)
        for use, item_stance in read_entries(body, base, ctx).items():
            statements.append(Statement(use, item_stance, _json_path(item_stance.path)))
    reading = combine(statements, ctx)
    return [imported(CCAI_VOCABULARY, reading, ctx, "cawg_training_mining", source.text, _json_path(found[0][0]))]
