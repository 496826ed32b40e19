"""Rules for usage preferences, opt-out mechanisms and opt-out requests (pillar 1)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from . import Violation, rule
from .values import broader_uses, day, items, present, timestamp



@rule("CCAI-PREF-001", "TrainingDataDisclosure")
def honours_every_mechanism(record: dict[str, Any], required_mechanisms: list[str], required_from: str):
    # The EU AI Act's obligations for general-purpose models, opt-outs included, apply from
    # `required_from`; data collected before it is judged by the mechanisms of its time.
    acquired = day(record.get("latest_acquisition_date"))
    if acquired is not None and acquired < date.fromisoformat(required_from):
        return
    honoured = set(record.get("opt_out_mechanisms_honoured") or [])
    missing = [m for m in required_mechanisms if m not in honoured]
    if missing:
        yield Violation(("opt_out_mechanisms_honoured",), f"the developer does not honour {', '.join(missing)}",
                        "Check and obey every machine-readable opt-out: " + ", ".join(required_mechanisms) + ".")


@rule("CCAI-PREF-002", "UsagePreference")
def preferences_are_unambiguous(record: dict[str, Any]):
    seen: dict[str, int] = {}
    permission: dict[str, str] = {}
    for index, entry in items(record, "use_preferences"):
        if not isinstance(entry, dict):
            continue
        use = entry.get("use")
        if use in seen:
            yield Violation(("use_preferences", index, "use"), f"`{use}` is stated twice (also entry {seen[use]})",
                            "State each use once.")
            continue
        seen[use] = index
        permission[use] = entry.get("permission")
    for use, index in seen.items():
        if permission[use] != "allowed":
            continue
        refused = [b for b in broader_uses(use) if permission.get(b) == "not_allowed"]
        if refused:
            yield Violation(("use_preferences", index, "permission"),
                            f"`{use}` is allowed but `{refused[0]}`, which contains it, is not allowed",
                            "A refusal covers every narrower use; allow the broader use with a constraint instead, "
                            "or refuse this one too.")


@rule("CCAI-PREF-003", "UsagePreference")
def preference_has_scope(record: dict[str, Any]):
    if not any(record.get(f) for f in ("works", "catalogue_of", "locations")):
        yield Violation((), "the preference does not say what it applies to",
                        "Give `works`, `catalogue_of` (a whole catalogue) or `locations` (web addresses).")


@rule("CCAI-PREF-004", "OptOutRequest")
def opt_out_answered_in_time(record: dict[str, Any], acknowledge_within_days: int, complete_within_days: int):
    asked = timestamp(record.get("requested_at"))
    if asked is None:
        return
    limits = (("acknowledged_at", acknowledge_within_days, "acknowledged"),
              ("completed_at", complete_within_days, "completed"), ("response_due_by", complete_within_days, "due"))
    for field, days, word in limits:
        moment = timestamp(record.get(field))
        if moment and moment - asked > timedelta(days=days):
            yield Violation((field,), f"the request is {word} more than {days} days after it was made",
                            f"Opt-out requests are acknowledged within {acknowledge_within_days} days and completed "
                            f"within {complete_within_days}.")
    status = record.get("request_status")
    if status == "completed" and "completed_at" not in record:
        yield Violation(("request_status",), "the request is completed but has no `completed_at`",
                        "Record when the request was completed.")
    if status in ("rejected", "partially_completed") and not present(record.get("outcome")):
        yield Violation(("request_status",), f"the request is {status} but the outcome does not say why",
                        "Explain in `outcome` what was not done and why.")
