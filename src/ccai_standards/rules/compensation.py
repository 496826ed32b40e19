"""Rules for compensation terms and usage reports (pillar 1)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from . import Violation, rule
from .values import day, items, money, timestamp

NEEDS_AMOUNT = {"flat_fee", "per_use", "per_project", "residual"}
NEEDS_RATE = {"revenue_share", "royalty"}
ONE_OFF_TRIGGERS = {"on_signing", "on_replica_creation"}
ONE_OFF_MODELS = {"flat_fee", "per_project"}


@rule("CCAI-COMP-001", "ConsentRecord")
def commercial_grant_pays(record: dict[str, Any]):
    if record.get("commercial") is True and not record.get("compensation"):
        path = ("compensation",) if "compensation" in record else ()
        yield Violation(path, "the grant is commercial but states no compensation",
                        "Add at least one `compensation` term saying how the creator is paid.")


@rule("CCAI-COMP-002", "ConsentRecord", "ConsentReceipt")
def payment_terms_are_complete(record: dict[str, Any]):
    for index, term in items(record, "compensation"):
        if not isinstance(term, dict):
            continue
        path = ("compensation", index)
        model = term.get("compensation_model")
        if model in NEEDS_AMOUNT and "amount" not in term:
            yield Violation(path, f"a `{model}` term has no `amount`", "Give the amount as a decimal string, such as \"1250.00\".")
        if model in NEEDS_RATE and "rate" not in term:
            yield Violation(path, f"a `{model}` term has no `rate`", "Give the percentage as a decimal string, such as \"2.5\".")
        if "amount" in term and "currency" not in term:
            yield Violation(path, "the term gives an amount but no currency", "Add `currency` with an ISO 4217 code such as USD.")


def _one_off(term: dict[str, Any]) -> bool:
    """A single payment on signing or on creation: there is no usage to report or audit."""
    return term.get("trigger") in ONE_OFF_TRIGGERS and term.get("compensation_model") in ONE_OFF_MODELS


@rule("CCAI-COMP-003", "ConsentRecord")
def reporting_and_audit_rights(record: dict[str, Any]):
    if record.get("commercial") is not True:
        return
    for index, term in items(record, "compensation"):
        if not isinstance(term, dict) or _one_off(term):
            continue
        missing = []
        if "reporting_frequency" not in term:
            missing.append("reporting frequency")
        if term.get("audit_rights") is not True:
            missing.append("audit right")
        if missing:
            yield Violation(("compensation", index), f"the term sets no {' and no '.join(missing)} for the creator",
                            "Set `reporting_frequency` and `audit_rights: true` so the creator can check what is paid.")


@rule("CCAI-COMP-004", "UsageReport")
def usage_report_adds_up(record: dict[str, Any]):
    start, end = day(record.get("period_start")), day(record.get("period_end"))
    currency = record.get("currency")
    total = Decimal(0)
    for index, line in items(record, "report_lines"):
        if not isinstance(line, dict):
            continue
        amount = money(line.get("amount"))
        if amount is not None:
            total += amount
            if line.get("currency") != currency:
                yield Violation(("report_lines", index, "currency"),
                                f"the line is in {line.get('currency')}, the report in {currency}",
                                "Give every line in the report's currency.")
        for field in ("first_used_at", "last_used_at"):
            moment = timestamp(line.get(field))
            if moment and start and end and not start <= moment.date() <= end:
                yield Violation(("report_lines", index, field), f"the use on {moment.date()} is outside the report's period",
                                f"Report uses from {start} to {end} only.")
    stated = money(record.get("total_amount"))
    if stated is not None and stated != total:
        yield Violation(("total_amount",), f"the total is {stated} but the lines add up to {total}",
                        "Make `total_amount` the exact sum of the lines' amounts.")
