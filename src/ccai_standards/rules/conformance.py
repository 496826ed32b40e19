"""Rules for conformance claims and the version every record names."""

from __future__ import annotations

from typing import Any

from ..standard_versions import describe_known, for_version, known_versions
from . import Violation, rule
from .values import items, present



@rule("CCAI-CONFORM-001", "ConformanceClaim")
def claim_answers_every_requirement(record: dict[str, Any]):
    claimed = record.get("standard_version")
    version = for_version(claimed) if isinstance(claimed, str) else None
    if version is None:
        if isinstance(claimed, str):
            yield Violation(("standard_version",), f"the claim is made against version {claimed}, which does not exist",
                            f"Name a version of the standard: {describe_known()}.")
        return
    requirements = version.requirements
    active = [code for code, r in requirements.items() if r["status"] == "active"]
    seen: set[str] = set()
    for index, result in items(record, "requirement_results"):
        code = result.get("requirement_code") if isinstance(result, dict) else None
        if code is None:
            continue
        path = ("requirement_results", index, "requirement_code")
        if code not in requirements:
            yield Violation(path, f"{code} is not a requirement of version {record['standard_version']}",
                            "Use the identifiers listed in the standard.")
        elif requirements[code]["status"] != "active":
            yield Violation(path, f"{code} is withdrawn", "Leave withdrawn requirements out of the claim.")
        elif code in seen:
            yield Violation(path, f"{code} is answered twice", "Give one result per requirement.")
        seen.add(code)
    missing = [code for code in active if code not in seen]
    if missing:
        shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        yield Violation(("requirement_results",), f"the claim gives no result for {shown}",
                        "Answer every requirement of the version: met, partially_met, not_met or not_applicable.")


@rule("CCAI-CONFORM-002", "ConformanceClaim")
def unmet_results_are_explained(record: dict[str, Any], results_needing_explanation: list[str]):
    for index, result in items(record, "requirement_results"):
        if isinstance(result, dict) and result.get("result") in results_needing_explanation and not present(result.get("explanation")):
            yield Violation(("requirement_results", index),
                            f"{result.get('requirement_code')} is {result['result']} without an explanation",
                            "Say in `explanation` what is missing, why, or why it does not apply.")


@rule("CCAI-CONFORM-003", "ConformanceClaim")
def met_results_have_evidence(record: dict[str, Any]):
    for index, result in items(record, "requirement_results"):
        if (isinstance(result, dict) and result.get("result") == "met"
                and not result.get("evidence_records") and not result.get("evidence_urls")):
            yield Violation(("requirement_results", index), f"{result.get('requirement_code')} is met but no evidence is given",
                            "Point to CCAI records in `evidence_records` or to documents in `evidence_urls`.")


@rule("CCAI-CONFORM-004", "Document")
def version_is_known(record: dict[str, Any]):
    version = record.get("conforms_to")
    if isinstance(version, str) and version not in known_versions():
        yield Violation(("conforms_to",), f"there is no version {version} of the standard",
                        f"Use a version of the standard: {describe_known()}.")
