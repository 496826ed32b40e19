"""Rules for compensation terms and usage reports (pillar 1)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from . import Violation, rule
from .values import day, items, listed, money, plain, timestamp



@rule("CCAI-COMP-001", "ConsentRecord")
def commercial_grant_pays(record: dict[str, Any], paying_models: list[str], placeholder_texts: list[str]):
    """A term must pay the creator something: a positive amount or rate, a share of a pool, or stated consideration."""
    if record.get("commercial") is not True:
        return
    users = set(listed(record, "granted_to"))
    for index, term in items(record, "compensation"):
        if isinstance(term, dict) and term.get("payee") in users:
            yield Violation(("compensation", index, "payee"), "the term pays the party that uses the work, not the creator",
                            "Name the creator, their estate or their representative as `payee`.")
    terms = [t for t in listed(record, "compensation") if isinstance(t, dict) and t.get("payee") not in users]
    if not terms:
        path = ("compensation",) if "compensation" in record else ()
        yield Violation(path, "the grant is commercial but states no compensation",
                        "Add at least one `compensation` term saying how the creator is paid.")
    elif not any(_pays(t, paying_models, placeholder_texts) for t in terms):
        yield Violation(("compensation",), "the grant is commercial, but no term pays anything: every amount and rate is "
                        "zero or missing", "Give a positive `amount` or `rate`, or say in `non_monetary_consideration` "
                        "what the creator receives instead.")


def _pays(term: dict[str, Any], paying_models: list[str], placeholder_texts: list[str]) -> bool:
    positive = [v for v in (money(term.get("amount")), money(term.get("rate"))) if v is not None and v > 0]
    stated = plain(term.get("non_monetary_consideration"))
    given = bool(stated) and stated.strip(".-–— ") not in {plain(p) for p in placeholder_texts}
    return bool(positive or given or term.get("compensation_model") in paying_models)


@rule("CCAI-COMP-002", "ConsentRecord", "ConsentReceipt")
def payment_terms_are_complete(record: dict[str, Any], amount_models: list[str], rate_models: list[str]):
    for index, term in items(record, "compensation"):
        if not isinstance(term, dict):
            continue
        path = ("compensation", index)
        model = term.get("compensation_model")
        if model in amount_models and "amount" not in term:
            yield Violation(path, f"a `{model}` term has no `amount`", "Give the amount as a decimal string, such as \"1250.00\".")
        if model in rate_models and "rate" not in term:
            yield Violation(path, f"a `{model}` term has no `rate`", "Give the percentage as a decimal string, such as \"2.5\".")
        if "amount" in term and "currency" not in term:
            yield Violation(path, "the term gives an amount but no currency", "Add `currency` with an ISO 4217 code such as USD.")


@rule("CCAI-COMP-003", "ConsentRecord")
def reporting_and_audit_rights(record: dict[str, Any], one_off_triggers: list[str], one_off_models: list[str]):
    """A single payment on signing or on creation has no usage to report or audit; every other term does."""
    if record.get("commercial") is not True:
        return
    for index, term in items(record, "compensation"):
        if not isinstance(term, dict) or (term.get("trigger") in one_off_triggers
                                          and term.get("compensation_model") in one_off_models):
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
            if currency is None and line.get("currency") is None:
                yield Violation(("report_lines", index, "amount"), "the line gives an amount, but neither it nor the "
                                "report says in which currency", "Give `currency` (an ISO 4217 code) on the report "
                                "and its lines.")
            elif line.get("currency") != currency:
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
