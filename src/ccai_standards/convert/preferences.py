"""What a usage preference means, use by use, so that every format is read and written alike.

The rules, from the schema and the formats it maps to:

* the AI uses form a hierarchy (data_mining contains ai_training, which contains
  generative_ai_training and fine_tuning); a statement about a use covers the narrower
  uses under it, and the default permission covers the uses not listed;
* where two statements could apply, the most restrictive wins
  (not_allowed > constrained > allowed), as CAWG, AIPREF and TDMRep readers do;
* a constrained use with no condition (no constraint text, no policy) counts as not allowed.

Exporters and importers compare what a record and a format say activity by activity in
`permits`; this module holds the record side and the building of imported records.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

from .. import resources
from ..rules.values import broader_uses
from ..artifacts import STANDARD_VERSION
from .context import Context
from .results import CONFLICT, LOSSY, MISSING, ConversionError

RANK = {"allowed": 0, "constrained": 1, "not_allowed": 2}
ENVELOPE = ("type", "conforms_to", "id")


@lru_cache(maxsize=None)
def ai_uses() -> tuple[str, ...]:
    """Every AiUseEnum value, in the order of the schema."""
    schema = resources.load_json("jsonschema/UsagePreference.schema.json")
    return tuple(schema["$defs"]["AiUseEnum"]["enum"])


def broader(use: str) -> tuple[str, ...]:
    """The uses that contain `use`, nearest first (generative_ai_training -> ai_training -> data_mining)."""
    return broader_uses(use)


def mining_uses() -> tuple[str, ...]:
    """Data mining and every use under it: what single-value formats (TDMRep, PLUS) speak for."""
    return tuple(u for u in ai_uses() if u == "data_mining" or "data_mining" in broader(u))


@dataclass(frozen=True)
class Stance:
    """What applies to one use: the permission, its condition, and the statement it came from."""

    permission: str
    constraint_info: str | None = None
    policy: str | None = None
    path: tuple[Any, ...] = ()

    @property
    def rank(self) -> int:
        return RANK[self.permission]

    def same_meaning(self, other: Stance) -> bool:
        return (self.permission, self.constraint_info, self.policy) == (
            other.permission, other.constraint_info, other.policy)


def stance(permission: str, constraint_info: str | None = None, policy: str | None = None,
           path: tuple[Any, ...] = ()) -> Stance:
    """A stance with the rule applied that a bare `constrained` means not allowed."""
    if permission == "constrained" and not constraint_info and not policy:
        return Stance("not_allowed", None, None, path)
    return Stance(permission, constraint_info or None, policy or None, path)


def most_restrictive(stances: list[Stance]) -> Stance | None:
    """The strictest stance; among equals the first (the narrowest statement) wins."""
    best: Stance | None = None
    for item in stances:
        if best is None or item.rank > best.rank:
            best = item
    return best


def explicit(record: dict[str, Any]) -> dict[str, Stance]:
    """The statements a record makes, by use (a use stated twice keeps its strictest statement)."""
    found: dict[str, list[Stance]] = {}
    for index, rule in enumerate(record.get("use_preferences") or []):
        if not isinstance(rule, dict) or rule.get("permission") not in RANK or rule.get("use") not in ai_uses():
            continue
        found.setdefault(rule["use"], []).append(stance(rule["permission"], rule.get("constraint_info"),
                                                        rule.get("policy"), ("use_preferences", index)))
    return {use: most_restrictive(items) for use, items in found.items()}  # type: ignore[misc]


def effective(record: dict[str, Any]) -> dict[str, Stance | None]:
    """What applies to every AI use: its own statement, those of broader uses and, for uses not
    listed, the default permission; the most restrictive of them wins. None means nothing is said."""
    stated = explicit(record)
    default = record.get("default_permission")
    result: dict[str, Stance | None] = {}
    for use in ai_uses():
        candidates = [stated[u] for u in (use, *broader(use)) if u in stated]
        if use not in stated and default in RANK:
            candidates.append(stance(default, path=("default_permission",)))
        result[use] = most_restrictive(candidates)
    return result


# --- building records from imported statements --------------------------------------------


@dataclass
class Statement:
    """One statement read from an external format, before statements are combined."""

    use: str  # the format's category label (combine() keeps one stance per label)
    stance: Stance
    where: str  # JSON path or line in the source, for conflict warnings


def combine(statements: list[Statement], ctx: Context) -> dict[str, Stance]:
    """One stance per use; conflicting statements resolve to the most restrictive, with a warning."""
    by_use: dict[str, list[Statement]] = {}
    for item in statements:
        by_use.setdefault(item.use, []).append(item)
    result: dict[str, Stance] = {}
    for use, items in by_use.items():
        winner = max(items, key=lambda s: s.stance.rank)
        if any(not s.stance.same_meaning(winner.stance) for s in items):
            said = "; ".join(f"{s.stance.permission} at {s.where}" for s in items)
            ctx.warn(CONFLICT, f"the input says different things about {use} ({said}); the most restrictive "
                     f"statement ({winner.stance.permission}) is kept", winner.where)
        result[use] = winner.stance
    return result


def build_preference(stances: dict[str, Stance], ctx: Context, mechanism: str, source_text: str,
                     locations: list[str] | None = None) -> dict[str, Any]:
    """A UsagePreference record from imported stances and the caller's options.

    The external formats do not say who declared the preference, so `declared_by` must be
    given; the id defaults to a UUID derived from the input, so that converting the same
    input twice gives the same record.
    """
    if not stances:
        raise ConversionError("the input states no preference for any AI use, so there is no usage preference "
                              "to make (a UsagePreference needs at least one use)")
    declared_by = ctx.option("declared_by")
    if not declared_by:
        raise ConversionError(f"{mechanism} does not say who made the declaration; give the id of that party "
                              "(declared_by, or --declared-by on the command line)")
    declared_at = ctx.option("declared_at")
    if not declared_at:
        declared_at = datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
        ctx.warn(MISSING, f"{mechanism} does not say when the declaration was made; declared_at is set to the "
                 "time of conversion (give declared_at, or --declared-at, to set it)", "$")
    record_id = ctx.option("id") or _derived_id(declared_by, mechanism + "\n" + source_text, locations)
    record: dict[str, Any] = {"type": "UsagePreference", "conforms_to": STANDARD_VERSION, "id": record_id,
                              "declared_by": declared_by}
    for name in ("works", "catalogue_of"):
        if ctx.option(name):
            record[name] = ctx.option(name)
    locations = locations or ctx.option("locations")
    if locations:
        record["locations"] = list(locations)
    rules = []
    for use in ai_uses():
        if use in stances:
            item = stances[use]
            rule: dict[str, Any] = {"use": use, "permission": item.permission}
            if item.constraint_info:
                rule["constraint_info"] = item.constraint_info
            if item.policy:
                rule["policy"] = item.policy
            rules.append(rule)
    record["use_preferences"] = rules
    record["declared_at"] = declared_at
    if ctx.option("valid_from"):
        record["valid_from"] = ctx.option("valid_from")
    record["published_via"] = [mechanism]
    return record


def _derived_id(declared_by: str, source_text: str, locations: list[str] | None) -> str:
    digest = hashlib.sha256(json.dumps([declared_by, source_text, locations or []]).encode()).hexdigest()
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'https://w3id.org/ccai/convert/' + digest)}"


# --- reporting what an export could not carry ---------------------------------------------


def report_fields(record: dict[str, Any], target: str, ctx: Context, carried: tuple[str, ...],
                  notes: dict[str, str] | None = None) -> None:
    """Warn about every field of `record` the target does not keep (`carried` names those it does).

    What the uses say is compared activity by activity in `permits.report`.
    """
    notes = notes or {}
    record_id = record.get("id")
    for name, value in record.items():
        if name in ENVELOPE or name in carried or name in ("use_preferences", "default_permission") or \
                value in (None, [], ""):
            continue
        reason = notes.get(name, f"{target} has no place for it")
        ctx.warn(LOSSY, f"`{name}` is not carried: {reason}", (name,), record_id)
    if record.get("default_permission") in RANK:
        ctx.warn(LOSSY, f"{target} has no default for uses not listed; the default "
                 f"({record['default_permission']}) is applied only to the categories {target} has",
                 ("default_permission",), record_id)


_POLICY_SUFFIX = re.compile(r"^(?P<info>.*?)\s*Policy: (?P<policy>https?://\S+)$", re.S)
_URL = re.compile(r"^https?://\S+$")


def condition_text(item: Stance) -> str | None:
    """The condition of a stance as one text, for formats with a single free-text field.
    A policy address goes at the end after "Policy:", or alone when there is no text."""
    if item.constraint_info and item.policy:
        return f"{item.constraint_info} Policy: {item.policy}"
    return item.constraint_info or item.policy


def split_condition(text: str | None) -> tuple[str | None, str | None]:
    """The reverse of `condition_text`: (constraint_info, policy)."""
    if not text or not text.strip():
        return None, None
    text = text.strip()
    if _URL.match(text):
        return None, text
    match = _POLICY_SUFFIX.match(text)
    if match:
        return match.group("info") or None, match.group("policy")
    return text, None
