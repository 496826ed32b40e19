"""Rules for training-data disclosures, manifests and works (pillar 1)."""

from __future__ import annotations

from typing import Any

from . import Violation, cross_rule, rule
from .facts import AT_END, Facts
from .values import items, listed, present



@rule("CCAI-TRANSP-001", "TrainingDataDisclosure")
def disclosure_follows_eu_template(record: dict[str, Any], crawled_categories: list[str],
                                   crawled_source_fields: list[str]):
    if "latest_acquisition_date" not in record:
        yield Violation((), "the disclosure does not give the latest date training data was acquired",
                        "Add `latest_acquisition_date` (EU template, section 1).")
    for index, source in items(record, "sources"):
        if isinstance(source, dict) and source.get("source_category") in crawled_categories:
            missing = [f for f in crawled_source_fields if not present(source.get(f))]
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


def _coverage_claim(record: dict[str, Any]):
    coverage = record.get("consent_coverage")
    manifests = tuple(m for m in listed(record, "manifests") if isinstance(m, str))
    if isinstance(coverage, dict) and isinstance(coverage.get("works_with_consent"), int) and manifests:
        other = coverage.get("works_with_other_basis")
        yield AT_END, manifests, coverage["works_with_consent"], other if type(other) is int else None


def _judge_coverage_claim(question: Any, facts: Facts) -> Violation | None:
    """The coverage a disclosure claims, recomputed from its manifests' entries when the batch holds all of them."""
    _, manifests, claimed, claimed_other = question
    partial = []
    cited = listed_entries = 0
    for manifest in manifests:
        known = facts.manifests.get(manifest)
        entries, consented = facts.entries.get(manifest, (0, 0))
        if known is None or known.entry_count is None or entries < known.entry_count:
            held = f"{entries} of {known.entry_count}" if known and known.entry_count is not None else f"{entries}"
            partial.append(f"{manifest} ({held} entries)")
        cited += consented
        listed_entries += entries
    if partial:
        return Violation(("consent_coverage", "works_with_consent"), "the consent coverage could not be checked: the batch "
                         f"holds only part of the manifests it summarises: {'; '.join(partial)}",
                         "Validate the disclosure with its manifests and all their entries to have the claim recomputed.",
                         unchecked=True)
    if claimed > cited:
        return Violation(("consent_coverage", "works_with_consent"), f"the disclosure claims {claimed} works covered by "
                         f"consent, but only {cited} entries of its manifests cite a consent",
                         "State the coverage the manifests show: count the entries whose basis is consent and that cite "
                         "a consent record.")
    if claimed_other is not None and claimed_other > listed_entries - cited:
        return Violation(("consent_coverage", "works_with_other_basis"), f"the disclosure claims {claimed_other} works used "
                         f"on another basis, but its manifests list only {listed_entries - cited} entries that do not cite a "
                         "consent", "State the coverage the manifests show.")
    return None


cross_rule("CCAI-TRANSP-002", "TrainingDataDisclosure", judge=_judge_coverage_claim)(_coverage_claim)


def _entry_count_claim(record: dict[str, Any]):
    if isinstance(record.get("id"), str) and type(record.get("entry_count")) is int:
        yield AT_END, record["id"], record["entry_count"]


def _judge_entry_count(question: Any, facts: Facts) -> Violation | None:
    """More entries in the batch than the manifest says it has: its count is wrong (fewer may be part of a batch)."""
    _, manifest, stated = question
    held = facts.entries.get(manifest, (0, 0))[0]
    if held > stated:
        return Violation(("entry_count",), f"the manifest says it has {stated} entries, but the batch holds {held}",
                         "Make `entry_count` the number of entries the manifest lists.")
    return None


cross_rule("CCAI-TRANSP-003", "DatasetManifest", judge=_judge_entry_count)(_entry_count_claim)


@rule("CCAI-TRANSP-003", "TrainingDataDisclosure")
def disclosure_links_manifests(record: dict[str, Any]):
    if not record.get("manifests"):
        yield Violation((), "the disclosure links no dataset manifest",
                        "Publish manifests of the works used and list their ids in `manifests`.")


@rule("CCAI-TRANSP-004", "ManifestEntry")
def removal_is_explained(record: dict[str, Any]):
    if "removed_at" not in record:
        return
    if not present(record.get("reason")):
        yield Violation(("removed_at",), "the work was removed from the dataset but no reason is given",
                        "Add `reason`, for example the opt-out request or withdrawal that led to it.")


@rule("CCAI-TRANSP-005", "CreativeWork")
def work_is_identifiable(record: dict[str, Any], identifier_fields: list[str], exempt_work_kinds: list[str]):
    if record.get("work_kind") in exempt_work_kinds:
        return
    for field in identifier_fields:
        if record.get(field):
            return
    yield Violation((), "the work has no identifier or web address",
                    "Add the identifier of its field (ISRC, ISWC, EIDR, ISBN or DOI) or at least a `url`.")
