"""CAWG training-and-data-mining assertion 1.1 (``cawg.training-mining``), in a C2PA manifest.

Export writes a manifest definition, the JSON a C2PA signer (c2patool, c2pa-python's
Builder) takes. Import reads the assertion wherever it is: in a manifest definition, in
the manifest store JSON a reader prints, as one assertion, or as its data alone; with the
current ``cawg.`` labels or the legacy ``c2pa.`` ones of C2PA 1.x, with ``entries`` or with
the entry keys at the top (as in the first published schema), and with the constraint
text spelt ``constraint_info`` (the schema) or ``constraints_info`` (the prose).

CAWG's ``cawg.ai_training`` means training of *non-generative* models, while CCAI's
ai_training means any training; CCAI uses without a CAWG key are written as custom
entries (``org.w3id.ccai.<use>``), which the assertion allows and other readers ignore.
"""

from __future__ import annotations

from typing import Any

from .. import __version__
from .context import Batch, Context, Source
from .preferences import (
    Stance,
    Statement,
    ai_uses,
    build_preference,
    combine,
    condition_text,
    effective,
    explicit,
    record_from_stances,
    report_losses,
    split_condition,
    stance,
)
from .results import APPROXIMATE, MORE_RESTRICTIVE, UNKNOWN, ConversionError, shown

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


def entries(record: dict[str, Any]) -> dict[str, Any]:
    """Entries for the four CAWG categories (as they apply) and custom entries for other stated uses."""
    applies = effective(record)
    result: dict[str, Any] = {}
    for use, key in ENTRY_OF_USE.items():
        if applies[use] is not None:
            result[key] = entry(applies[use])  # type: ignore[arg-type]
    for use in explicit(record):
        if use not in ENTRY_OF_USE:
            result[CUSTOM_PREFIX + use] = entry(applies[use])  # type: ignore[arg-type]
    return result


def assertion(record: dict[str, Any]) -> dict[str, Any]:
    return {"label": LABEL, "data": {"entries": entries(record)}}


def export(batch: Batch, ctx: Context) -> dict[str, Any]:
    """A C2PA manifest definition holding the training-mining assertion of one usage preference."""
    record = batch.one("UsagePreference")
    manifest = {
        "claim_generator_info": [{"name": "ccai-standards", "version": __version__}],
        "assertions": [assertion(record)],
    }
    back = record_from_stances(read_entries(manifest["assertions"][0]["data"]["entries"], ("entries",),
                                            Context()))
    report_losses(record, back, "the CAWG assertion", ctx, carried=(), notes=NOTES)
    return manifest


# --- import -------------------------------------------------------------------------------


def _constraint(value: dict[str, Any]) -> tuple[str | None, str | None]:
    text = value.get("constraint_info", value.get("constraints_info"))
    if text is not None and not isinstance(text, str):
        raise ConversionError("the constraint text must be a string")
    return split_condition(text)


def read_entries(data: dict[str, Any], path: tuple[Any, ...], ctx: Context) -> dict[str, Stance]:
    """Stances from the entries of one assertion (the map itself, without `entries`)."""
    statements = []
    for key, value in data.items():
        where = path + (key,)
        if key == "metadata":
            continue
        use = USE_OF_ENTRY.get(key)
        if use is None and key.startswith(CUSTOM_PREFIX) and key[len(CUSTOM_PREFIX):] in ai_uses():
            use = key[len(CUSTOM_PREFIX):]
        if use is None:
            ctx.warn(UNKNOWN, f"the entry `{shown(key)}` is not a CAWG category CCAI knows; it is ignored", where)
            continue
        if not isinstance(value, dict) or value.get("use") not in FROM_CAWG:
            raise ConversionError(f"the entry `{shown(key)}` must be an object whose `use` is allowed, notAllowed or "
                                  f"constrained, not {shown(value)}", _json_path(where))
        try:
            info, policy = _constraint(value)
        except ConversionError as exc:
            raise ConversionError(exc.message, _json_path(where + ("constraint_info",))) from None
        statements.append(Statement(use, stance(FROM_CAWG[value["use"]], info, policy, where), _json_path(where)))
    return combine(statements, ctx)


def _json_path(path: tuple[Any, ...]) -> str:
    from ..document import json_path

    return json_path(path)


def _assertions(data: Any) -> list[tuple[tuple[Any, ...], dict[str, Any]]]:
    """Every training-mining assertion in the input, with its path."""
    if isinstance(data, dict) and isinstance(data.get("manifests"), dict):
        active = data.get("active_manifest")
        manifest = data["manifests"].get(active) if active else None
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
    stances = combine(statements, ctx)
    _narrow_training(stances, ctx)
    return [build_preference(stances, ctx, "cawg_training_mining", source.text)]


def _narrow_training(stances: dict[str, Stance], ctx: Context) -> None:
    """CAWG separates non-generative from generative training; CCAI's ai_training holds both."""
    training, generative = stances.get("ai_training"), stances.get("generative_ai_training")
    if training is None:
        return
    where = _json_path(training.path)
    if generative is None and training.permission != "not_allowed":
        ctx.warn(APPROXIMATE, "cawg.ai_training is about non-generative models only, but CCAI's ai_training also "
                 "covers generative training, about which the assertion says nothing", where)
    elif generative is not None and generative.rank < training.rank:
        del stances["generative_ai_training"]
        ctx.warn(MORE_RESTRICTIVE, f"cawg.ai_training is {training.permission} and cawg.ai_generative_training "
                 f"{generative.permission}; in CCAI ai_training contains generative training, so generative "
                 f"training is read as {training.permission} too", _json_path(generative.path))
