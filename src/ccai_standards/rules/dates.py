"""The one rule for the order of dates, read from the schema's declarations (`dates_in_order`).

A record's dates are evidence: a consent signed after it expired, a removal before the entry
was added or a notice after the signature is a contradiction whatever the record's labels
say. The schema declares each order once (generators/date_order.py); this module compares
the dates and reports under the requirement the declaration names, at the severity the
record's version gives it.

Records of versions made before the declarations existed (0.1.0) are held to the current
version's declarations: the order of two dates is a fact about time, not a term that a
version could have agreed otherwise. Each finding still needs its requirement to be in force
in the record's version.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from . import Path, Violation
from .values import Day, Instant, day, timestamp

Clause = dict[str, Any]
_HOLDS: dict[str, Callable[[Any, Any], bool]] = {
    "after": lambda a, b: a > b,
    "not before": lambda a, b: a >= b,
    "before": lambda a, b: a < b,
    "not after": lambda a, b: a <= b,
}


def declared(schema_index: dict[str, Any]) -> dict[str, list[Clause]]:
    """{class: clauses} for every class with declarations in this schema index."""
    return {name: c["dates_in_order"] for name, c in schema_index["classes"].items() if c.get("dates_in_order")}


def _resolve(value: Any, steps: list[str], at: Path = (), lists: tuple[int, ...] = ()) -> Iterator[tuple[Path, Any, tuple]]:
    """(path, value, list indices) for each value at `steps`; `name[]` walks every item of a list."""
    if not steps:
        yield at, value, lists
        return
    if not isinstance(value, dict):
        return
    step, rest = steps[0], steps[1:]
    name = step.removesuffix("[]")
    if name not in value:
        return
    if step.endswith("[]"):
        if isinstance(value[name], list):
            for index, item in enumerate(value[name]):
                yield from _resolve(item, rest, (*at, name, index), (*lists, index))
    else:
        yield from _resolve(value[name], rest, (*at, name), lists)


def _moment(value: Any) -> Instant | Day | None:
    return timestamp(value) or day(value)


def _comparable(a: Instant | Day, b: Instant | Day) -> tuple[Any, Any]:
    """Two times as the same kind: instants when both are times of day, else calendar dates."""
    if isinstance(a, Instant) and isinstance(b, Instant):
        return a, b
    return (a.date() if isinstance(a, Instant) else a), (b.date() if isinstance(b, Instant) else b)


def _same_item(one: tuple, other: tuple) -> bool:
    shorter = min(len(one), len(other))
    return one[:shorter] == other[:shorter]


def _name(path: list[str]) -> str:
    return ".".join(step.removesuffix("[]") for step in path)


def order_check(clauses: list[Clause]) -> Callable[[dict[str, Any]], Any]:
    """check_order for these clauses, with the common case (two top-level fields) read by two lookups.

    It runs on every record of its type, millions of manifest entries among them, most of which
    lack one of the two dates.
    """
    flat = [(c["field"][0], c["other"][0], c) for c in clauses if len(c["field"]) == len(c["other"]) == 1
            and not c["field"][0].endswith("[]") and not c["other"][0].endswith("[]")]
    nested = [c for c in clauses if all(c is not f[2] for f in flat)]

    def check(record: dict[str, Any]) -> Any:
        found: list[Violation] | tuple = ()
        for first, other, clause in flat:
            if first in record and other in record:
                found = [*found, *check_order(record, [clause])]
        if nested:
            found = [*found, *check_order(record, nested)]
        return found

    return check


def check_order(record: dict[str, Any], clauses: list[Clause]) -> Iterator[Violation]:
    """A violation for each declared pair of dates that is out of order."""
    for clause in clauses:
        others = [(v, _moment(v), k) for _, v, k in _resolve(record, clause["other"])]
        for path, value, lists in _resolve(record, clause["field"]):
            first = _moment(value)
            if first is None:
                continue
            for written, second, other_lists in others:
                if second is None or not _same_item(lists, other_lists):
                    continue
                a, b = _comparable(first, second)
                if not _HOLDS[clause["relation"]](a, b):
                    field, other, relation = _name(clause["field"]), _name(clause["other"]), clause["relation"]
                    yield Violation(path, f"`{field}` ({value}) is not {relation} `{other}` ({written})",
                                    f"`{field}` must be {relation} `{other}`; correct whichever date is wrong.")
