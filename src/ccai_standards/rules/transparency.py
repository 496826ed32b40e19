"""Rules for training-data disclosures, manifests and works (pillar 1)."""

from __future__ import annotations

from typing import Any

from . import Violation, rule
from .values import items

IDENTIFIERS = ("isrc", "iswc", "eidr", "isbn", "doi", "url", "same_as")


@rule("CCAI-TRANSP-001", "TrainingDataDisclosure")
def disclosure_follows_eu_template(record: dict[str, Any]):
    if "latest_acquisition_date" not in record:
        yield Violation((), "the disclosure does not give the latest date training data was acquired",
                        "Add `latest_acquisition_date` (EU template, section 1).")
    for index, source in items(record, "sources"):
        if isinstance(source, dict) and source.get("source_category") == "web_crawled":
            missing = [f for f in ("crawler_names", "start_date", "end_date", "top_domains") if not source.get(f)]
            if missing:
                yield Violation(("sources", index), f"crawled data does not give {', '.join(missing)}",
                                "For crawled data name the crawlers, the crawling period and the top domains "
                                "(EU template, section 2.3).")


@rule("CCAI-TRANSP-002", "TrainingDataDisclosure")
def consent_coverage_adds_up(record: dict[str, Any]):
    coverage = record.get("consent_coverage")
    if not isinstance(coverage, dict):
        yield Violation((), "the disclosure does not state its consent coverage",
                        "Add `consent_coverage` with the number of works and how many are covered by consent.")
        return
    total = coverage.get("works_total")
    covered = (coverage.get("works_with_consent") or 0) + (coverage.get("works_with_other_basis") or 0)
    if isinstance(total, int) and covered > total:
        yield Violation(("consent_coverage",), f"{covered} works are said to be covered, more than the {total} in total",
                        "The works with consent and with another basis cannot exceed `works_total`.")


@rule("CCAI-TRANSP-003", "TrainingDataDisclosure")
def disclosure_links_manifests(record: dict[str, Any]):
    if not record.get("manifests"):
        yield Violation((), "the disclosure links no dataset manifest",
                        "Publish manifests of the works used and list their ids in `manifests`.")


@rule("CCAI-TRANSP-004", "ManifestEntry")
def removal_is_explained(record: dict[str, Any]):
    if "removed_at" not in record:
        return
    if not record.get("reason"):
        yield Violation(("removed_at",), "the work was removed from the dataset but no reason is given",
                        "Add `reason`, for example the opt-out request or withdrawal that led to it.")


@rule("CCAI-TRANSP-005", "CreativeWork")
def work_is_identifiable(record: dict[str, Any]):
    if record.get("work_kind") in ("catalogue", "series"):
        return
    for field in IDENTIFIERS:
        if record.get(field):
            return
    yield Violation((), "the work has no identifier or web address",
                    "Add the identifier of its field (ISRC, ISWC, EIDR, ISBN or DOI) or at least a `url`.")
