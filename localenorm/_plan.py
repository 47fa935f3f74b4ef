"""Replaying a reading on texts of the same shape.

Pages print the same template millions of times with different numbers. Once a text has been
read and the choice of reading did not depend on its numbers (only on its words, separators
and digit counts), the choice is kept as a :class:`Program`: which number is the year, which
the hour, what the words fixed. A later text with the same *shape* (its folded text with every
digit written as ``0``) replays the program and checks the values; any check that fails sends
the text down the full path, which then gives the answer or the error it would have given
anyway. So the shortcut can change how fast an answer comes, never what it is.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from datetime import date, timedelta

from localenorm._calendars import PLAUSIBLE, approx_gregorian_year
from localenorm._fields import Fields, Record
from localenorm._machine import TWO_DIGIT_PIVOT, expand_two_digit_year
from localenorm._timeofday import nearer_half

# Folded text has only ASCII digits (the fold converts every script's), so both helpers work
# on its UTF-8 bytes: bytes.translate is a table lookup per byte, several times faster than
# str.translate or a regular expression on the hot path of every parse.
_ZEROS = bytes.maketrans(b"123456789", b"000000000")
_DIGITS_ONLY = bytes(c if 0x30 <= c <= 0x39 else 0x20 for c in range(256))
# About 280 bytes a shape: 32,768 of them are some 9 MB. Fewer thrash on a multilingual
# stream: 44 locales' CLDR formats, with every month, weekday and day period, make over
# 20,000 shapes, and at 8,192 a stream of new texts never settled (29 µs a text after
# 15,000, against 19 µs with room for all).
_MAX_PLANS = 32768
# A run of exactly two digits in a shape (all digits are '0' there).
_PAIRS = re.compile(rb"(?<!0)00(?!0)")


def shape_of(folded: str) -> bytes:
    """The folded text (as UTF-8) with every digit written as '0'."""
    return folded.encode("utf-8").translate(_ZEROS)


def numbers_of(folded: str) -> list[str]:
    """The runs of digits in ``folded``, in order."""
    return folded.encode("utf-8").translate(_DIGITS_ONLY).decode("ascii").split()


# The fields in the order ``Program.__init__`` takes them.
_FIELDS = ("year", "month", "month_const", "day", "hour", "hour_const", "minute", "second",
           "fraction", "period", "weekday", "offset_const", "offset_digits", "notes", "locale",
           "pivot_at", "month_ref", "weekday_ref", "zone", "periods", "periods_read",
           "lengths", "flexible", "bare_hour", "gregorian_over")


class Program(Record):
    """Where each field comes from: an index into the text's numbers, or a constant.

    Read-only once made. A plain class (a :class:`Record`: equal, hashed and copied by its
    fields) rather than a frozen dataclass: compiled (see ``setup.py``), a frozen dataclass
    of these 25 fields took 2.8 us to build through the Python ``__init__`` that
    ``dataclasses`` writes, and a full reading builds three or four.

    - ``year`` ... ``weekday``: the index of the number each field is read from, or the
      constant (``month_const``, ``hour_const``, ``weekday``) the words fixed; ``period`` the
      hour mask of the day-period word.
    - ``offset_digits``: (sign, hours number, minutes number or None, hours and minutes in
      one 4-digit number); ``offset_const`` a fixed offset.
    - ``pivot_at``: where the two-digit-year note goes among ``notes``.
    - ``month_ref``, ``weekday_ref``: (token index, reading index) of the month and weekday
      names, for texts whose names differ but read the same way ('23 Oct' and '5 Nov'): see
      ``Reader.signature``.
    - ``zone``: a zone name's key, resolved at each replay (see _zones).
    - ``periods``: hour masks of other readings of the day-period word ('ص' as AM or as
      morning): each must leave the hour as ``period`` reads it, or reject it, as the full
      reading would; ``periods_read`` the bit mask of those that read the recorded hour.
    - ``lengths``: the digit count of each number when the program was recorded;
      ``flexible`` the bit mask of the numbers (a day, month or hour) that may have one
      digit or two instead (see :func:`loose_shape`).
    - ``bare_hour``: the hour is a number beside a day period ('5 PM'), which the reader
      takes only for 1-12: '15 PM' is read another way, or not at all.
    - ``gregorian_over``: the locale's own calendar (Thai ``buddhist``) that the year chose
      the Gregorian over by its value ('2034' is no plausible Buddhist year): a replay's
      year must do the same.
    """

    __slots__ = (
        "bare_hour", "day", "flexible", "fraction", "gregorian_over", "hour", "hour_const",
        "lengths", "locale", "minute", "month", "month_const", "month_ref", "notes",
        "offset_const", "offset_digits", "period", "periods", "periods_read", "pivot_at",
        "second", "weekday", "weekday_ref", "year", "zone",
    )
    NAMES = _FIELDS

    def __init__(self, year: int | None, month: int | None, month_const: int | None,
                 day: int | None, hour: int | None, hour_const: int | None,
                 minute: int | None, second: int | None, fraction: int | None,
                 period: int | None, weekday: int | None, offset_const: timedelta | None,
                 offset_digits: tuple[int, int, int | None, bool] | None,
                 notes: tuple[str, ...], locale: str | None, pivot_at: int = 0,
                 month_ref: tuple[int, int] | None = None,
                 weekday_ref: tuple[int, int] | None = None, zone: str | None = None,
                 periods: tuple[int, ...] = (), periods_read: int = 0,
                 lengths: tuple[int, ...] = (), flexible: int = 0,
                 bare_hour: bool = False, gregorian_over: str | None = None) -> None:
        self.year = year
        self.month = month
        self.month_const = month_const
        self.day = day
        self.hour = hour
        self.hour_const = hour_const
        self.minute = minute
        self.second = second
        self.fraction = fraction
        self.period = period
        self.weekday = weekday
        self.offset_const = offset_const
        self.offset_digits = offset_digits
        self.notes = notes
        self.locale = locale
        self.pivot_at = pivot_at
        self.month_ref = month_ref
        self.weekday_ref = weekday_ref
        self.zone = zone
        self.periods = periods
        self.periods_read = periods_read
        self.lengths = lengths
        self.flexible = flexible
        self.bare_hour = bare_hour
        self.gregorian_over = gregorian_over


# A program, and the month and the weekday that the names of the text it was kept for gave
# (``None``: the program's own). A text replayed by signature keeps its exact shape this way,
# without a copy of the program ('23 Oct' read by the program of '5 Nov').
Plan = tuple[Program, int | None, int | None]


def loose_shape(shape: bytes) -> bytes:
    """``shape`` with every number of one or two digits written as one '0': texts that
    differ only in such numbers ('5 Mar' and '15 Mar', '9:41' and '10:41') share it.

    It starts with a byte that no UTF-8 text has, so a loose shape is never the exact
    shape of another text: '24/6/9' is kept under the loose '0/0/0', which is the exact
    shape of '4/6/9', and an exact match replays without checking digit counts."""
    return b"\xff" + _PAIRS.sub(b"0", shape)


def replay(p: Program, nums: list[str], names: Sequence[Sequence[object]] | None = None,
           loose: bool = False, month: int | None = None,
           weekday: int | None = None) -> tuple[Fields, list[str]] | None:
    """Fields for a text of the program's shape, or ``None`` when a value check fails.

    ``names`` are the readings of the text's tokens, given when the text matched by
    signature (its month and weekday names may differ from the program's). ``loose`` says
    the text matched by :func:`loose_shape`: its numbers' digit counts are checked too.
    ``month`` and ``weekday`` are a :data:`Plan`'s: the values of its text's names."""
    if loose:
        if len(nums) != len(p.lengths):
            return None
        for i, (num, length) in enumerate(zip(nums, p.lengths, strict=True)):
            if len(num) != length and not (p.flexible >> i & 1 and len(num) <= 2):
                return None
    notes = list(p.notes)
    month_const = p.month_const if month is None else month
    if weekday is None:
        weekday = p.weekday
    if names is not None:
        if p.month_ref is not None:
            month_const = int(getattr(names[p.month_ref[0]][p.month_ref[1]], "value", 0))
        if p.weekday_ref is not None:
            weekday = int(getattr(names[p.weekday_ref[0]][p.weekday_ref[1]], "value", 0))
    year = None
    if p.year is not None:
        text = nums[p.year]
        year = int(text)
        if len(text) <= 2:
            full = expand_two_digit_year(year)
            notes.insert(p.pivot_at,
                         f"two-digit year {text} read as {full} (pivot {TWO_DIGIT_PIVOT})")
            year = full
        elif year == 0:
            return None
        elif p.gregorian_over is not None and \
                approx_gregorian_year(p.gregorian_over, year) in PLAUSIBLE:
            return None  # (a year of the locale's own calendar: see Reader.calendar_for)
    month = month_const if p.month is None else int(nums[p.month])
    day = None if p.day is None else int(nums[p.day])
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None:
        if month is None or year is None:
            return None
        try:
            actual = date(year, month, day).weekday()
        except ValueError:
            return None
        if weekday is not None and actual != weekday:
            return None
    hour = p.hour_const if p.hour is None else int(nums[p.hour])
    minute = None if p.minute is None else int(nums[p.minute])
    second = None if p.second is None else int(nums[p.second])
    micro = 0 if p.fraction is None else int((nums[p.fraction] + "000000")[:6])
    if p.bare_hour and not 1 <= (hour or 0) <= 12:
        return None
    if hour is not None and p.period is not None:
        options = _hours(hour, p.period)
        if len(options) != 1:
            return None
        for i, mask in enumerate(p.periods):
            other = period_hours(hour, mask)
            if other not in ([], options) or bool(other) != bool(p.periods_read >> i & 1):
                return None
        hour = options[0]
    if hour is not None and (hour > 23 or (minute or 0) > 59 or (second or 0) > 59):
        return None
    offset = p.offset_const
    if p.offset_digits is not None:
        sign, h_at, m_at, four = p.offset_digits
        if four:
            hours, minutes = int(nums[h_at][:2]), int(nums[h_at][2:])
        else:
            hours = int(nums[h_at])
            minutes = 0 if m_at is None else int(nums[m_at])
        if hours > 18 or minutes > 59:
            return None
        offset = sign * timedelta(hours=hours, minutes=minutes)
    if hour is None:
        offset = None
    return Fields(year, month, day, hour, minute, second, micro, offset, weekday,
                  zone=p.zone if hour is not None else None), notes


def _hours(hour: int, mask: int) -> list[int]:
    """The hours of the day a clock's ``hour`` can be under a day period's hour mask."""
    if hour > 12 or hour == 0:
        return [hour] if mask >> hour & 1 else []
    return [h for h in (hour % 12, hour % 12 + 12) if mask >> h & 1]


def period_hours(hour: int, mask: int) -> list[int]:
    """The hours the reader takes a clock's ``hour`` for under a day period's hour mask
    (one is an answer, two are ambiguous, none a contradiction): those of :func:`_hours`,
    else the half of the day the period names. CLDR's ranges are narrower than usage
    ('晚上' from 19:00, 'сутринта' from 04:00), but the period still says which half of the
    day ('晚上六点' 18:00, '3:18 сутринта'). A period of one hour (midnight, noon) is a
    moment, not a half: '3 min' (French 'minuit' in some regions) is no 03:00."""
    options = _hours(hour, mask)
    if options or not 1 <= hour <= 12 or not mask & (mask - 1):
        return options
    near = nearer_half(hour, mask)
    return [] if near is None else [near]


class Plans:
    """A bounded map from (shape, hint) to :data:`Plan`, safe to share between threads."""

    def __init__(self, size: int = _MAX_PLANS) -> None:
        self._size = size
        self._plans: dict[tuple[object, str | None], Plan] = {}
        self._lock = threading.Lock()

    def get(self, key: tuple[object, str | None]) -> Plan | None:
        return self._plans.get(key)

    def put(self, key: tuple[object, str | None], plan: Plan) -> None:
        with self._lock:
            if len(self._plans) >= self._size:
                # Oldest first: dicts keep insertion order.
                del self._plans[next(iter(self._plans))]
            self._plans[key] = plan
