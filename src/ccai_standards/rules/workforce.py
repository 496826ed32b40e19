"""Rules for workforce impact assessments (pillar 2)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from . import Violation, rule
from .values import day, listed, timestamp



def _changes(record: dict[str, Any], eliminating_changes: list[str]) -> set[str]:
    """The expected changes to the roles; a role with jobs at risk counts as eliminating, whatever its label says."""
    found = set()
    for role in listed(record, "affected_roles"):
        if isinstance(role, dict):
            found.add(role.get("expected_change"))
            at_risk = role.get("jobs_at_risk")
            if type(at_risk) is int and at_risk > 0:
                found.update(eliminating_changes)
    return found


@rule("CCAI-WORK-001", "WorkforceImpactAssessment")
def assessed_before_deployment(record: dict[str, Any]):
    """The order of the two dates is declared in the schema; without the deployment date there is nothing to judge."""
    if day(record.get("planned_deployment_date")) is None:
        yield Violation((), "the assessment does not say when the AI system is to be deployed, so neither the assessment "
                        "nor the notice and consultation can be shown to come before it",
                        "Add `planned_deployment_date`.")


@rule("CCAI-WORK-002", "WorkforceImpactAssessment")
def representatives_consulted(record: dict[str, Any], reducing_changes: list[str], eliminating_changes: list[str]):
    if not _changes(record, eliminating_changes) & set(reducing_changes):
        return
    consultations = [c for c in listed(record, "consultations") if isinstance(c, dict)]
    for index, consultation in enumerate(consultations):
        if consultation.get("union") is not None and consultation.get("union") == record.get("deployer"):
            yield Violation(("consultations", index, "union"), "the deployer consulted itself, not the workers' "
                            "representatives", "Consult the guilds or unions of the affected workers.")
    if not consultations:
        yield Violation(("consultations",) if "consultations" in record else (),
                        "roles will be reduced or eliminated but no union or worker representative was consulted",
                        "Consult the guilds or unions of the affected workers and record it in `consultations`.")
        return
    deployment = day(record.get("planned_deployment_date"))
    starts = [timestamp(c.get("consultation_started_at")) for c in consultations]
    if deployment is None:
        yield Violation((), "roles will be reduced or eliminated, but without `planned_deployment_date` the consultation "
                        "cannot be shown to begin before the deployment", "Add `planned_deployment_date`.")
    elif not any(s and s.date() < deployment for s in starts):
        yield Violation(("consultations",), "no consultation began before the deployment",
                        "Start consulting before the AI system is deployed.")


@rule("CCAI-WORK-003", "WorkforceImpactAssessment")
def workers_given_notice(record: dict[str, Any], notice_days: int, notice_changes: list[str],
                         eliminating_changes: list[str]):
    deployment = day(record.get("planned_deployment_date"))
    if not _changes(record, eliminating_changes) & set(notice_changes):
        return
    if deployment is None:
        yield Violation((), "hours or roles will be cut, but without `planned_deployment_date` the notice cannot be shown "
                        f"to come {notice_days} days before the deployment", "Add `planned_deployment_date`.")
        return
    notified = timestamp(record.get("workers_notified_at"))
    if notified is None:
        yield Violation((), "hours or roles will be cut but the workers have not been notified",
                        f"Tell the affected workers at least {notice_days} days before deployment and record "
                        "`workers_notified_at`.")
    elif deployment - notified.date() < timedelta(days=notice_days):
        yield Violation(("workers_notified_at",), f"workers were told only {(deployment - notified.date()).days} days "
                        "before the deployment", f"Give at least {notice_days} days' notice.")


@rule("CCAI-WORK-004", "WorkforceImpactAssessment")
def transition_measures_offered(record: dict[str, Any], eliminating_changes: list[str]):
    at_risk = any(isinstance(r, dict) and ((r.get("jobs_at_risk") or 0) > 0 or r.get("expected_change") in eliminating_changes)
                  for r in listed(record, "affected_roles"))
    if at_risk and not listed(record, "transition_measures"):
        yield Violation(("transition_measures",) if "transition_measures" in record else (),
                        "jobs are at risk but no transition measure is offered",
                        "Offer re-skilling, redeployment, severance or other measures in `transition_measures`.")


@rule("CCAI-WORK-005", "WorkforceImpactAssessment")
def human_in_the_loop(record: dict[str, Any]):
    if not listed(record, "human_in_the_loop"):
        yield Violation((), "the assessment names no decision or work that stays with people",
                        "List in `human_in_the_loop` the decisions people keep and who is accountable.")


@rule("CCAI-WORK-006", "WorkforceImpactAssessment")
def follow_up_within_a_year(record: dict[str, Any], review_within_days: int):
    deployment = day(record.get("planned_deployment_date"))
    if not deployment:
        if not listed(record, "follow_up_reviews") and "next_review_date" not in record:
            yield Violation((), "no follow-up review is planned", "Set `next_review_date` within 12 months of deployment.")
        return
    next_review = day(record.get("next_review_date"))
    if next_review is None:
        if not listed(record, "follow_up_reviews"):
            yield Violation((), "no follow-up review is planned", "Set `next_review_date` within 12 months of deployment.")
    elif next_review > deployment + timedelta(days=review_within_days):
        yield Violation(("next_review_date",), "the next review is more than 12 months after deployment",
                        "Review within 12 months of deployment.")
