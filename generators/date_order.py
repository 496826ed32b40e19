"""Date-order declarations: which dates of a record must come before which, written once in the schema.

A class declares them in two annotations::

    dates_in_order: >-
      valid_until after valid_from;
      obtained.notice_given_at not after obtained.signed_at
    dates_checked_by: CCAI-CONSENT-004

Each clause is ``<field> <relation> <field>``, with relations ``after``, ``not before``,
``before`` and ``not after``, optionally followed by ``by <requirement>`` when another
requirement than the class's `dates_checked_by` checks it. The first field is the one a
finding points to. A field is a
dotted path through inlined objects; ``name[]`` walks a list, and two paths through the same
list compare the dates of one item. One generic rule (`ccai_standards.rules.dates`) reads the
parsed form from the schema index, so no rule module repeats an order of dates.
"""

from __future__ import annotations

import re
from typing import Any

from linkml_runtime.utils.schemaview import SchemaView

ORDER = "dates_in_order"
CHECKED_BY = "dates_checked_by"
RELATIONS = ("not before", "not after", "after", "before")  # longest first, for the parser
_CLAUSE = re.compile(r"^\s*(\S+)\s+(not before|not after|after|before)\s+(\S+)(?:\s+by\s+(CCAI-[A-Z]+-[0-9]{3}))?\s*$")
_DATE_TYPES = {"Timestamp", "date", "datetime"}


class DateOrderError(ValueError):
    """A declaration that cannot be read, or names a field that is not a date of the class."""


def _annotation(element: Any, key: str) -> str | None:
    found = (element.annotations or {}).get(key)
    if found is None:
        return None
    value = getattr(found, "value", found)
    return " ".join(str(value).split())


def parse(text: str) -> list[dict[str, Any]]:
    """The clauses of a `dates_in_order` annotation, as [{field, relation, other}] with paths as lists."""
    clauses = []
    for part in (p for p in text.split(";") if p.strip()):
        match = _CLAUSE.match(part)
        if match is None:
            raise DateOrderError(f"`{part.strip()}` is not `<field> after|before|not after|not before <field>`")
        first, relation, other, code = match.groups()
        clause = {"field": first.split("."), "relation": relation, "other": other.split(".")}
        clauses.append({**clause, "requirement": code} if code else clause)
    return clauses


def _slot_range(view: SchemaView, class_name: str, path: list[str]) -> str:
    """The range of the field at `path` from `class_name`, through inlined objects and lists."""
    current = class_name
    for depth, step in enumerate(path):
        name = step.removesuffix("[]")
        slots = {s.name: s for s in view.class_induced_slots(current)}
        slot = slots.get(name)
        if slot is None:
            raise DateOrderError(f"{class_name} has no field {'.'.join(path[:depth + 1])}")
        if step.endswith("[]") and not slot.multivalued:
            raise DateOrderError(f"{class_name}.{'.'.join(path[:depth + 1])} is not a list")
        current = slot.range
    return current


def declarations(view: SchemaView, class_name: str) -> dict[str, Any] | None:
    """The parsed declarations of one class and those it inherits, or None when it has none.

    Raises DateOrderError for a clause that names a missing field or one that is not a date,
    or declarations without the requirement that checks them.
    """
    clauses: list[dict[str, Any]] = []
    for name in view.class_ancestors(class_name):  # the class itself first
        element = view.get_class(name)
        text = _annotation(element, ORDER)
        if text is None:
            continue
        code = _annotation(element, CHECKED_BY)
        if code is None:
            raise DateOrderError(f"{name} declares `{ORDER}` without `{CHECKED_BY}`")
        for clause in parse(text):
            for path in (clause["field"], clause["other"]):
                found = _slot_range(view, class_name, path)
                if found not in _DATE_TYPES:
                    raise DateOrderError(f"{name}: {'.'.join(path)} is a {found}, not a date or time")
            clauses.append({"requirement": code, **clause})
    return {"clauses": clauses} if clauses else None
