"""Facts about records that cross-record rules compare against, kept small on purpose.

Only the few fields the rules need are kept (never the whole record), so that a batch of
millions of manifest entries citing thousands of consents stays within memory. Every
cross-record question starts with the id of the record whose facts answer it, so the batch
can answer at once when that record has been seen, and keep the question otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .values import Instant, listed, timestamp


@dataclass(frozen=True, slots=True)
class ConsentFacts:
    uses: frozenset[str]
    works: frozenset[str]
    persona: bool  # the consent covers persona attributes of its subject
    status: str
    valid_from: Instant | None
    valid_until: Instant | None
    withdrawal_effective: Instant | None


@dataclass(frozen=True, slots=True)
class PersonFacts:
    is_minor: bool
    deceased: bool


def extract_fact(kinds: tuple[str, ...], record: dict[str, Any]) -> tuple[str, Any] | None:
    """(id, facts) for the record types cross-record rules ask about, else None."""
    record_id = record.get("id")
    if not isinstance(record_id, str):
        return None
    if "ConsentRecord" in kinds:
        revocation = record.get("revocation") or {}
        return record_id, ConsentFacts(
            uses=frozenset(listed(record, "permitted_uses")),
            works=frozenset(listed(record, "works")),
            persona=bool(listed(record, "persona_attributes")),
            status=str(record.get("consent_status")),
            valid_from=timestamp(record.get("valid_from")),
            valid_until=timestamp(record.get("valid_until")),
            withdrawal_effective=timestamp(revocation.get("effective_at")),
        )
    if "Person" in kinds:
        return record_id, PersonFacts(record.get("is_minor") is True, record.get("deceased") is True)
    return None


class Facts:
    def __init__(self) -> None:
        self.consents: dict[str, ConsentFacts] = {}
        self.people: dict[str, PersonFacts] = {}

    def add(self, record_id: str, fact: Any) -> None:
        if isinstance(fact, ConsentFacts):
            self.consents.setdefault(record_id, fact)
        elif isinstance(fact, PersonFacts):
            self.people.setdefault(record_id, fact)

    def knows(self, record_id: Any) -> bool:
        return record_id in self.consents or record_id in self.people
