"""Frozen values passed between stages and returned to callers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

_Date = date  # (inside ParseResult, 'date' names the field)

Grain = Literal["year", "month", "day", "hour", "minute", "second"]

GRAINS: tuple[Grain, ...] = ("year", "month", "day", "hour", "minute", "second")


# Every parse builds a Fields and a ParseResult, and a frozen dataclass's generated __init__
# stores each field through object.__setattr__ (~0.2 µs a field). Both classes below are
# still frozen dataclasses (eq, hash, repr, replace, fields), but their __init__ stores
# through the slots' own descriptors, set up below each class: about half the time.
# tests/test_result.py checks that each __init__ takes the dataclass's fields and defaults.


@dataclass(frozen=True, slots=True, init=False)
class Fields:
    """What a reader took from the text, before zones and validation.

    ``offset`` is an offset the text states (``+03:00``, ``GMT``); ``None`` when it states none.
    A ``year`` of ``None`` marks a partial value ('23 Oct', '17:43', 'Monday') that only a
    reference time can complete; :attr:`partial` says so.
    """

    year: int | None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    microsecond: int = 0
    offset: timedelta | None = None
    weekday: int | None = None
    calendar: str = "gregorian"  # the calendar the text was written in (see _calendars)
    # A zone the text names ('MSK', 'heure de Paris'): its key in the zone table, resolved
    # once the local time is known (see _zones).
    zone: str | None = None

    def __init__(self, year: int | None, month: int | None = None, day: int | None = None,
                 hour: int | None = None, minute: int | None = None, second: int | None = None,
                 microsecond: int = 0, offset: timedelta | None = None,
                 weekday: int | None = None, calendar: str = "gregorian",
                 zone: str | None = None) -> None:
        put = _FIELDS_SET
        put[0](self, year)
        put[1](self, month)
        put[2](self, day)
        put[3](self, hour)
        put[4](self, minute)
        put[5](self, second)
        put[6](self, microsecond)
        put[7](self, offset)
        put[8](self, weekday)
        put[9](self, calendar)
        put[10](self, zone)

    @property
    def partial(self) -> bool:
        return self.year is None

    @property
    def grain(self) -> Grain:
        if self.second is not None:
            return "second"
        if self.minute is not None:
            return "minute"
        if self.hour is not None:
            return "hour"
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"


_FIELDS_SET = [getattr(Fields, name).__set__ for name in Fields.__slots__]


@dataclass(frozen=True, slots=True, init=False)
class ParseResult:
    """A timestamp read from text.

    ``iso`` is ``2023-10-23T17:43:00Z`` for a value with a time (a fraction only when non-zero)
    and the printed calendar day (``2023-10-23``, or ``2023-10``/``2023`` at coarser grains) for
    a date without a time. ``utc`` is the aware UTC instant, ``None`` without a time. ``date``
    is the local calendar day as printed (the first day of the month or year at those grains).
    ``offset`` is the UTC offset the text itself states, ``None`` when it states none.
    ``assumptions`` lists, in plain words, everything that was not in the text. ``zone`` is
    the zone applied to a time (an IANA name such as ``Europe/Moscow``, or a fixed offset such
    as ``+03:00``), ``zone_source`` where it came from: ``"text"``, ``"hint"`` (``zone_hints``)
    or ``"default"`` (``default_tz``); both are ``None`` for a date without a time.
    """

    text: str
    iso: str
    utc: datetime | None
    date: date
    grain: Grain
    locale: str | None
    calendar: str
    offset: timedelta | None
    assumptions: tuple[str, ...]
    zone: str | None = None
    zone_source: str | None = None

    def __init__(self, text: str, iso: str, utc: datetime | None, date: _Date, grain: Grain,
                 locale: str | None, calendar: str, offset: timedelta | None,
                 assumptions: tuple[str, ...], zone: str | None = None,
                 zone_source: str | None = None) -> None:
        put = _RESULT_SET
        put[0](self, text)
        put[1](self, iso)
        put[2](self, utc)
        put[3](self, date)
        put[4](self, grain)
        put[5](self, locale)
        put[6](self, calendar)
        put[7](self, offset)
        put[8](self, assumptions)
        put[9](self, zone)
        put[10](self, zone_source)

    def __str__(self) -> str:
        return self.iso


_RESULT_SET = [getattr(ParseResult, name).__set__ for name in ParseResult.__slots__]
