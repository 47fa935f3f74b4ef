"""The value returned to callers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from localenorm._fields import Grain

_Date = date  # (inside ParseResult, 'date' names the field)

GRAINS: tuple[Grain, ...] = ("year", "month", "day", "hour", "minute", "second")


# Every parse builds a ParseResult, and a frozen dataclass's generated __init__ stores each
# field through object.__setattr__ (~0.2 µs a field). ParseResult is still a frozen
# dataclass (eq, hash, repr, replace, fields), but its __init__ stores through the slots'
# own descriptors, set up below the class: about half the time. tests/test_result.py checks
# that the __init__ takes the dataclass's fields and defaults. (The stages' own value,
# Fields, lives in the compiled _fields.)


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
