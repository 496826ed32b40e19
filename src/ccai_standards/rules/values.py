"""Reading values inside rules: times, dates, money, and the AI-use hierarchy."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from functools import lru_cache, total_ordering
from typing import Any

from .. import resources

# Every timestamp and date the schema accepts must be one the rules can read, or a date rule
# would quietly stop applying. Python's datetime cannot hold year 0000, a leap second
# (23:59:60) or 9999-12-31T23:00:00-05:00 in UTC, so times are read into whole numbers:
# days and microseconds counted on the proleptic Gregorian calendar, which has no limits.

_TIMESTAMP = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|([+-])(\d{2}):(\d{2}))")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MICROS_PER_DAY = 86_400_000_000


def days_from_civil(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 of a proleptic Gregorian date (any year)."""
    year -= month <= 2
    era = year // 400
    year_of_era = year - era * 400
    day_of_year = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468


def civil_from_days(days: int) -> tuple[int, int, int]:
    """The (year, month, day) of a count of days since 1970-01-01."""
    days += 719468
    era = days // 146097
    day_of_era = days - era * 146097
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524 - day_of_era // 146096) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    mp = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * mp + 2) // 5 + 1
    month = mp + (3 if mp < 10 else -9)
    return year_of_era + era * 400 + (month <= 2), month, day


def _days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _as_days(value: Any) -> int:
    if isinstance(value, Day):
        return value.days
    if isinstance(value, date):
        return days_from_civil(value.year, value.month, value.day)
    raise TypeError(f"not a date: {value!r}")


@total_ordering
class Day:
    """A calendar date, comparable with `datetime.date`; subtracting gives a `timedelta`."""

    __slots__ = ("days",)

    def __init__(self, days: int) -> None:
        self.days = days

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, (Day, date)) and self.days == _as_days(other)

    def __lt__(self, other: Any) -> bool:
        if not isinstance(other, (Day, date)):
            return NotImplemented
        return self.days < _as_days(other)

    def __hash__(self) -> int:
        return hash(self.days)

    def __sub__(self, other: Any) -> Any:
        if isinstance(other, timedelta):
            return Day(self.days - other.days)
        if isinstance(other, (Day, date)):
            return timedelta(days=self.days - _as_days(other))
        return NotImplemented

    def __rsub__(self, other: Any) -> Any:
        return timedelta(days=_as_days(other) - self.days) if isinstance(other, date) else NotImplemented

    def __add__(self, other: Any) -> Any:
        return Day(self.days + other.days) if isinstance(other, timedelta) else NotImplemented

    __radd__ = __add__

    def __str__(self) -> str:
        year, month, day = civil_from_days(self.days)
        return f"{year:04d}-{month:02d}-{day:02d}"

    __repr__ = __str__


@total_ordering
class Instant:
    """A moment, held as microseconds since 1970-01-01T00:00:00Z, with the offset it was written in."""

    __slots__ = ("micros", "offset_minutes")

    def __init__(self, micros: int, offset_minutes: int = 0) -> None:
        self.micros = micros
        self.offset_minutes = offset_minutes

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, Instant) and self.micros == other.micros

    # All four comparisons written out (not total_ordering's derived ones): coverage compares
    # times several times for each of millions of manifest entries.
    def __lt__(self, other: Any) -> bool:
        return self.micros < other.micros if type(other) is Instant else NotImplemented

    def __le__(self, other: Any) -> bool:
        return self.micros <= other.micros if type(other) is Instant else NotImplemented

    def __gt__(self, other: Any) -> bool:
        return self.micros > other.micros if type(other) is Instant else NotImplemented

    def __ge__(self, other: Any) -> bool:
        return self.micros >= other.micros if type(other) is Instant else NotImplemented

    def __hash__(self) -> int:
        return hash(self.micros)

    def __sub__(self, other: Any) -> Any:
        if isinstance(other, Instant):
            return timedelta(microseconds=self.micros - other.micros)
        if isinstance(other, timedelta):
            return Instant(self.micros - _micros(other), self.offset_minutes)
        return NotImplemented

    def __add__(self, other: Any) -> Any:
        if isinstance(other, timedelta):
            return Instant(self.micros + _micros(other), self.offset_minutes)
        return NotImplemented

    __radd__ = __add__

    def _local(self) -> int:
        return self.micros + self.offset_minutes * 60_000_000

    def date(self) -> Day:
        """The calendar date where the time was written (in its own offset)."""
        return Day(self._local() // _MICROS_PER_DAY)

    def __str__(self) -> str:
        local = self._local()
        days, rest = divmod(local, _MICROS_PER_DAY)
        seconds = rest // 1_000_000
        sign = "+" if self.offset_minutes >= 0 else "-"
        hours, minutes = divmod(abs(self.offset_minutes), 60)
        zone = "Z" if not self.offset_minutes else f"{sign}{hours:02d}:{minutes:02d}"
        return f"{Day(days)}T{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}{zone}"

    __repr__ = __str__


def _micros(delta: timedelta) -> int:
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def timestamp(value: Any) -> Instant | None:
    """The moment a Timestamp string names (structure already checked the shape), else None."""
    return _timestamp(value) if type(value) is str else None


@lru_cache(maxsize=65536)
def _timestamp(value: str) -> Instant | None:
    match = _TIMESTAMP.fullmatch(value)
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    if not (1 <= month <= 12 and 1 <= day <= _days_in_month(year, month) and hour <= 23 and minute <= 59
            and second <= 60):
        return None
    fraction = (match.group(7) or "0")[:6].ljust(6, "0")
    offset = 0
    if match.group(8) != "Z":
        offset = int(match.group(10)) * 60 + int(match.group(11))
        offset = -offset if match.group(9) == "-" else offset
    # A leap second (…:60) is read as the first moment of the next minute, which it precedes by less than a second.
    local = ((days_from_civil(year, month, day) * 24 + hour) * 60 + minute) * 60 + second
    return Instant((local - offset * 60) * 1_000_000 + int(fraction), offset)


def day(value: Any) -> Day | None:
    if not isinstance(value, str):
        return None
    match = _DATE.fullmatch(value)
    if match is None:
        return None
    year, month, number = (int(g) for g in match.groups())
    if not (1 <= month <= 12 and 1 <= number <= _days_in_month(year, month)):
        return None
    return Day(days_from_civil(year, month, number))


def money(value: Any) -> Decimal | None:
    if not isinstance(value, str):
        return None
    try:
        return Decimal(value)
    except InvalidOperation:
        return None


def add_years(moment: Instant, years: int) -> Instant:
    """The same wall-clock time `years` later; 29 February becomes 28 February in common years."""
    local = moment._local()
    days, rest = divmod(local, _MICROS_PER_DAY)
    year, month, number = civil_from_days(days)
    year += years
    number = min(number, _days_in_month(year, month))
    return Instant((days_from_civil(year, month, number) * _MICROS_PER_DAY + rest)
                   - moment.offset_minutes * 60_000_000, moment.offset_minutes)


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


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def plain(text: Any) -> str:
    """Text as a reader sees it: invisible characters dropped, runs of spaces made one, case folded."""
    return " ".join(str(text).translate(_INVISIBLE).split()).casefold() if isinstance(text, str) else ""


def present(value: Any) -> bool:
    """Whether a field gives something: text that is not blank (or invisible), a non-empty list, any other value.

    A 0.1.0 record's schema lets text be blank; a rule that needs the text must not take
    spaces for it.
    """
    if isinstance(value, str):
        return bool(plain(value))
    if isinstance(value, list):
        return any(present(v) for v in value)
    return value is not None and value != {}


def items(record: dict[str, Any], field: str) -> list[tuple[int, Any]]:
    """(index, value) for a list field, tolerating its absence."""
    value = record.get(field)
    return list(enumerate(value)) if isinstance(value, list) else []


def listed(record: dict[str, Any], field: str) -> list[Any]:
    value = record.get(field)
    return value if isinstance(value, list) else []
