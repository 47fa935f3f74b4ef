"""The value a reading stage hands on: what it took from the text, before zones and checks.

A plain class rather than a frozen dataclass, as ``Token`` and ``Program`` are: every parse
builds at least one, and compiled (see ``setup.py``) one with its own ``__init__`` is built
in well under a tenth of the microsecond a dataclass took. :class:`Record` gives it, and
``_plan.Program``, what the stages used of a dataclass: comparison and hashing by value, a
``repr``, and ``replace``. Treat both as read-only.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, ClassVar, Literal, Self

Grain = Literal["year", "month", "day", "hour", "minute", "second"]


class Record:
    """A plain value class: equal, hashed, shown and copied by the values of ``NAMES``, its
    constructor's parameters in order."""

    __slots__ = ()
    NAMES: ClassVar[tuple[str, ...]] = ()

    def values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.NAMES)

    def replace(self, **changes: Any) -> Self:
        """A copy with ``changes`` (as ``dataclasses.replace`` copies a dataclass)."""
        values = [changes.pop(name) if name in changes else getattr(self, name)
                  for name in self.NAMES]
        if changes:
            raise TypeError(f"{type(self).__name__} has no field {sorted(changes)[0]!r}")
        return type(self)(*values)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self) or not isinstance(other, Record):
            return NotImplemented
        return self.values() == other.values()

    def __hash__(self) -> int:
        return hash(self.values())

    def __repr__(self) -> str:
        return type(self).__name__ + "(" + ", ".join(
            f"{name}={value!r}" for name, value in zip(self.NAMES, self.values(), strict=True)
        ) + ")"


# The fields in the order ``Fields.__init__`` takes them.
FIELD_NAMES = ("year", "month", "day", "hour", "minute", "second", "microsecond", "offset",
               "weekday", "calendar", "zone")


class Fields(Record):
    """What a reader took from the text, before zones and validation.

    ``offset`` is an offset the text states (``+03:00``, ``GMT``); ``None`` when it states none.
    A ``year`` of ``None`` marks a partial value ('23 Oct', '17:43', 'Monday') that only a
    reference time can complete; :attr:`partial` says so. ``calendar`` is the calendar the text
    was written in (see _calendars); ``zone`` a zone the text names ('MSK', 'heure de
    Paris'): its key in the zone table, resolved once the local time is known (see _zones).
    """

    __slots__ = ("calendar", "day", "hour", "microsecond", "minute", "month", "offset",
                 "second", "weekday", "year", "zone")
    NAMES = FIELD_NAMES

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

