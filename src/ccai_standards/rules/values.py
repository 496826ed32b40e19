"""Reading values inside rules: times, dates, money, and the AI-use hierarchy."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from .. import resources


def timestamp(value: Any) -> datetime | None:
    """An aware datetime from a Timestamp string (structure already checked the shape)."""
    return _timestamp(value) if type(value) is str else None


@lru_cache(maxsize=65536)
def _timestamp(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def day(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def money(value: Any) -> Decimal | None:
    if not isinstance(value, str):
        return None
    try:
        return Decimal(value)
    except InvalidOperation:
        return None


def add_years(moment: datetime, years: int) -> datetime:
    try:
        return moment.replace(year=moment.year + years)
    except ValueError:  # 29 February
        return moment.replace(year=moment.year + years, day=28)


def hours(value: timedelta) -> float:
    return value.total_seconds() / 3600


@lru_cache(maxsize=None)
def broader_uses(use: str) -> tuple[str, ...]:
    """Every use that contains `use` in the AI-use hierarchy (ai_training -> data_mining)."""
    values = resources.schema_index()["enums"]["AiUseEnum"]
    chain: list[str] = []
    current = values.get(use, {}).get("broader")
    while current and current not in chain:
        chain.append(current)
        current = values.get(current, {}).get("broader")
    return tuple(chain)


def items(record: dict[str, Any], field: str) -> list[tuple[int, Any]]:
    """(index, value) for a list field, tolerating its absence."""
    value = record.get(field)
    return list(enumerate(value)) if isinstance(value, list) else []


def listed(record: dict[str, Any], field: str) -> list[Any]:
    value = record.get(field)
    return value if isinstance(value, list) else []
