"""The value a reading stage hands on: what it took from the text, before zones and checks.

A plain class rather than a frozen dataclass, as ``Token`` and ``Program`` are: every parse
builds at least one, and compiled (see ``setup.py``) one with its own ``__init__`` is built
in well under a tenth of the microsecond a dataclass took. It keeps what the stages used of
the dataclass: comparison and hashing by value, a ``repr``, and :meth:`Fields.replace`.
Treat it as read-only.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Literal

Grain = Literal["year", "month", "day", "hour", "minute", "second"]


class Fields:
    """What a reader took from the text, before zones and validation.

    ``offset`` is an offset the text states (``+03:00``, ``GMT``); ``None`` when it states none.
    A ``year`` of ``None`` marks a partial value ('23 Oct', '17:43', 'Monday') that only a
    reference time can complete; :attr:`partial` says so. ``calendar`` is the calendar the text
    was written in (see _calendars); ``zone`` a zone the text names ('MSK', 'heure de
    Paris'): its key in the zone table, resolved once the local time is known (see _zones).
    """

    __slots__ = ("calendar", "day", "hour", "microsecond", "minute", "month", "offset",
                 "second", "weekday", "year", "zone")

    def __init__(self, year: int | None, month: int | None = None, day: int | None = None,
                 hour: int | None = None, minute: int | None = None, second: int | None = None,
                 microsecond: int = 0, offset: timedelta | None = None,
                 weekday: int | None = None, calendar: str = "gregorian",
                 zone: str | None = None) -> None:
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.offset = offset
        self.weekday = weekday
        self.calendar = calendar
        self.zone = zone

    def _values(self) -> tuple[Any, ...]:
        return (self.year, self.month, self.day, self.hour, self.minute, self.second,
                self.microsecond, self.offset, self.weekday, self.calendar, self.zone)

    def replace(self, **changes: Any) -> Fields:
        """A copy with ``changes`` (as ``dataclasses.replace`` copies a dataclass)."""
        values = dict(zip(FIELD_NAMES, self._values(), strict=True))
        unknown = changes.keys() - values.keys()
        if unknown:
            raise TypeError(f"Fields has no field {sorted(unknown)[0]!r}")
        values.update(changes)
        return Fields(**values)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Fields):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        return "Fields(" + ", ".join(f"{name}={value!r}" for name, value in
                                     zip(FIELD_NAMES, self._values(), strict=True)) + ")"

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


# The fields in the order ``Fields.__init__`` takes them.
FIELD_NAMES = ("year", "month", "day", "hour", "minute", "second", "microsecond", "offset",
               "weekday", "calendar", "zone")
