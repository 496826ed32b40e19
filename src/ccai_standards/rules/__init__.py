"""The standard's machine-checkable requirements, as rules: one rule per requirement.

A *local* rule looks at one record. A *cross-record* rule asks a question about a record
(does the consent this entry cites cover it?) that is answered at the end of the batch,
from facts gathered about the other records. Rules only see records that passed the
structural check, so they may rely on types; they must still tolerate optional fields
being absent.

The severity of a finding comes from the requirement's level in the standard: MUST gives
an error, SHOULD a warning.

A rule applies no number or word list of its own: after the record, it takes its
requirement's parameters as keyword arguments named as in the requirement's `parameters`
(`notice_hours`, …), with the values of the version the record is judged by.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

Path = tuple[Any, ...]


@dataclass(frozen=True)
class Violation:
    """What a rule found: where in the record, what is wrong, and how to fix it."""

    path: Path
    message: str
    hint: str = ""
    # A claim the batch holds too little to check is said as a note (it never fails a run), not
    # passed in silence; a contradiction takes its requirement's level.
    unchecked: bool = False


class Check(Protocol):
    """A local rule: every violation in one structurally valid record, given its requirement's parameters."""

    def __call__(self, record: dict[str, Any], **parameters: Any) -> Iterable[Violation]: ...


class Ask(Protocol):
    """The first half of a cross-record rule: (path, question) pairs about one record.

    A parameter the judge needs travels inside the question, so that judging needs no version.
    """

    def __call__(self, record: dict[str, Any], **parameters: Any) -> Iterable[tuple[Path, Any]]: ...


class Judge(Protocol):
    """The second half: the answer to one question, from the facts of the whole batch."""

    def __call__(self, question: Any, facts: Any) -> Violation | None: ...


@dataclass(frozen=True)
class LocalRule:
    code: str
    record_types: tuple[str, ...]
    check: Check


@dataclass(frozen=True)
class CrossRule:
    """`ask` returns (path, question) pairs now; `judge` answers each one at the end of the batch."""

    code: str
    record_types: tuple[str, ...]
    ask: Ask
    judge: Judge


LOCAL_RULES: dict[str, LocalRule] = {}
CROSS_RULES: dict[str, CrossRule] = {}


def _check_new(code: str, registry: dict[str, Any]) -> None:
    """A requirement has at most one local and one cross-record rule."""
    if code in registry:
        raise ValueError(f"two rules of one kind for {code}")


def rule(code: str, *record_types: str):
    """Register a local rule for records of these types (and their subtypes)."""

    def register(check: Check) -> Check:
        _check_new(code, LOCAL_RULES)
        LOCAL_RULES[code] = LocalRule(code, record_types, check)
        return check

    return register


def cross_rule(code: str, *record_types: str, judge: Judge):
    """Register a cross-record rule: the decorated function asks, `judge` answers."""

    def register(ask: Ask) -> Ask:
        _check_new(code, CROSS_RULES)
        CROSS_RULES[code] = CrossRule(code, record_types, ask, judge)
        return ask

    return register


def load_all() -> None:
    """Import every rule module so that the registries are complete."""
    from . import (  # noqa: F401
        authorship,
        compensation,
        conformance,
        consent,
        preferences,
        replicas,
        transparency,
        workforce,
    )
