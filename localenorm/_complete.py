"""Completing partial values ('23 Oct', '23/10', 'Monday', '17:43') from a reference time.

``prefer`` says which way to look from the reference's day (in ``default_tz``):
``"past"`` (the default: scraped pages mostly print what already happened) takes the latest
candidate on or before that day, ``"future"`` the earliest on or after it, ``"nearest"`` the
closest (the past one on a tie). A time alone is put on the reference's day, except
that ``"future"`` takes its next occurrence (the next day when it has passed). A month
alone ('May') is in the past while any of it is; a day of the month alone ('the 15th') is
that day in a month near the reference, and beside a weekday ('Monday 21') the month within
six months where that day falls on it.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from typing import Literal, TypeVar

from localenorm._fields import Fields

Prefer = Literal["past", "future", "nearest"]
PREFERS = ("past", "future", "nearest")
_T = TypeVar("_T", date, datetime)

# February 29 recurs within 8 years.
_YEARS = 8


def _pick(candidates: list[_T], today: _T, prefer: Prefer) -> _T | None:
    past = [d for d in candidates if d <= today]
    future = [d for d in candidates if d >= today]
    if prefer == "past":
        return max(past) if past else None
    if prefer == "future":
        return min(future) if future else None
    best_past = max(past) if past else None
    best_future = min(future) if future else None
    if best_past is None or best_future is None:
        return best_past or best_future
    return best_past if today - best_past <= best_future - today else best_future


def _clock(fields: Fields) -> time:
    return time(fields.hour or 0, fields.minute or 0, fields.second or 0)


def _now(local: datetime, fields: Fields) -> time:
    """The reference's clock at the grain of ``fields``: a minute that is still going on has
    not passed ('10:30' at 10:30:40 is now)."""
    now = local.time().replace(microsecond=0, tzinfo=None)
    return now if fields.second is not None else now.replace(second=0)


def _day_of_month(fields: Fields, today: date, prefer: Prefer, notes: list[str]
                  ) -> Fields | None:
    """A day of the month without its month ('the 15th', 'Monday 21'): that day in the
    month ``prefer`` picks, and with a weekday the month where the day falls on it."""
    assert fields.day is not None
    candidates = []
    # With a weekday, only the months around the reference: 'Sunday 31' is no date years off.
    span = 14 if fields.weekday is None else 6
    for k in range(-span, span + 1):
        year, month = divmod(today.year * 12 + today.month - 1 + k, 12)
        try:
            day = date(year, month + 1, fields.day)
        except ValueError:
            continue  # the 31st of a 30-day month
        if fields.weekday is None or day.weekday() == fields.weekday:
            candidates.append(day)
    chosen = _pick(candidates, today, prefer)
    if chosen is None:
        return None
    what = "day of the month" if fields.weekday is None else "day with that weekday"
    notes.append(f"month {chosen.isoformat()[:7]}: the {prefer} such {what} from reference")
    return fields.replace(year=chosen.year, month=chosen.month)


def complete(
    fields: Fields, reference: datetime, tz: tzinfo, prefer: Prefer, notes: list[str]
) -> Fields | None:
    """``fields`` with year (and month, day) filled from ``reference``; ``None`` when no
    date in range fits (a weekday that never falls on the given date)."""
    local = reference.astimezone(tz)
    today = local.date()
    if fields.month is None and fields.day is not None:
        return _day_of_month(fields, today, prefer, notes)
    if fields.month is None:
        if fields.weekday is not None:
            # "future" skips the reference day itself: said on a Tuesday, 'Tuesday' looks ahead
            # a week (as assistants read it); "past" keeps it, as for dates ('10 Mar' on the
            # 10th of March is that day), since archive pages print weekdays for this week.
            # With a time still to come that day, 'Tuesday at 16:00' said on a Tuesday morning
            # is today.
            later = fields.hour is not None and _clock(fields) > _now(local, fields)
            offsets = range(0 if later else 1, 8) if prefer == "future" else range(-7, 8)
            days = [
                today + timedelta(days=k)
                for k in offsets
                if (today + timedelta(days=k)).weekday() == fields.weekday
            ]
            chosen = _pick(days, today, prefer)
            if chosen is None:
                return None
            notes.append(f"date {chosen.isoformat()}: the {prefer} such weekday from reference")
        elif prefer == "future":
            # Looking ahead (an assistant's 'at 3:18'): the next time the clock shows it.
            ahead = _clock(fields) < _now(local, fields)
            chosen = today + timedelta(days=int(ahead))
            notes.append(f"date {chosen.isoformat()}: the next such time from reference "
                         "(a time alone)")
        else:
            # A page that prints a time alone ('17:43', '5:43 م') prints it for the day it was
            # made: the reference's day, even when that time is still to come.
            chosen = today
            notes.append(f"date {chosen.isoformat()}: the reference's day (a time alone)")
        return fields.replace(year=chosen.year, month=chosen.month, day=chosen.day)
    candidates = []
    for year in range(today.year - _YEARS, today.year + _YEARS + 1):
        try:
            candidates.append(date(year, fields.month, fields.day or 1))
        except ValueError:
            continue
    # A month alone is in the past while any of it is: compare first days of months.
    anchor = today.replace(day=1) if fields.day is None else today
    chosen = _pick(candidates, anchor, prefer)
    if chosen is not None and fields.weekday is not None and chosen.weekday() != fields.weekday:
        # 'Sun 15 Sep': the weekday picks between the neighbouring years, never decades.
        near = [
            d
            for d in candidates
            if abs(d.year - chosen.year) <= 1 and d.weekday() == fields.weekday
        ]
        chosen = _pick(near, anchor, "nearest")
    if chosen is None:
        return None
    notes.append(f"year {chosen.year}: the {prefer} such date from reference")
    return fields.replace(year=chosen.year)
