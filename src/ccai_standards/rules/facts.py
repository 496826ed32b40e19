"""Facts about records that cross-record rules compare against, kept small on purpose.

Only the few fields the rules need are kept (never the whole record), so that a batch of
millions of manifest entries citing thousands of consents stays within memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .values import listed, timestamp


@dataclass(frozen=True)
class ConsentFacts:
    uses: frozenset[str]
    works: frozenset[str]
    status: str
    valid_from: datetime | None
    valid_until: datetime | None
    withdrawal_effective: datetime | None


@dataclass(frozen=True)
class PersonFacts:
    is_minor: bool
    deceased: bool


class Facts:
    def __init__(self) -> None:
        self.consents: dict[str, ConsentFacts] = {}
        self.people: dict[str, PersonFacts] = {}

    def add(self, kinds: tuple[str, ...], record: dict[str, Any]) -> None:
        """Remember what rules need about `record`; `kinds` is its type and its ancestors."""
        record_id = record.get("id")
        if not isinstance(record_id, str):
            return
        if "ConsentRecord" in kinds:
            revocation = record.get("revocation") or {}
            self.consents[record_id] = ConsentFacts(
                uses=frozenset(listed(record, "permitted_uses")),
                works=frozenset(listed(record, "works")),
                status=str(record.get("consent_status")),
                valid_from=timestamp(record.get("valid_from")),
                valid_until=timestamp(record.get("valid_until")),
                withdrawal_effective=timestamp(revocation.get("effective_at")),
            )
        elif "Person" in kinds:
            self.people[record_id] = PersonFacts(record.get("is_minor") is True, record.get("deceased") is True)
