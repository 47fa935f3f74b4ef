"""The last stages: fields completed from a reference, put in a zone, and made a result.

Every :class:`ParseResult` the readers return is made by :func:`answer`, the one place that
knows its fields; :func:`build` turns a reading's fields into one (the zone applied at the
local date and time, the instant in UTC), :func:`complete` fills what a partial reading
lacks from the caller's reference.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING

from localenorm._complete import Prefer
from localenorm._complete import complete as _complete_from
from localenorm._errors import (
    ContradictionError,
    InvalidDateError,
    NotATimestampError,
    UnknownZoneError,
)
from localenorm._fields import Fields, Grain
from localenorm._result import ParseResult
from localenorm._zone import label as tz_label
from localenorm._zone import offset_label

if TYPE_CHECKING:
    from localenorm._zones import ZoneChoice


@dataclass(frozen=True, slots=True)
class ZoneOptions:
    """How zone names are read: ``strict`` refuses an abbreviation's default meaning,
    ``zone_hints`` pins meanings, ``disambiguate`` settles DST gaps and folds, and
    ``language`` is the caller's locale hint (it decides 'IST' for Hebrew pages)."""

    strict: bool = False
    zone_hints: dict[str, str | tzinfo] | None = None
    disambiguate: str = "compatible"
    language: str | None = None


def answer(text: str, iso: str, utc: datetime | None, day: date, grain: Grain,
           locale: str | None, calendar: str, offset: timedelta | None,
           notes: list[str] | tuple[str, ...], zone: str | None = None,
           zone_source: str | None = None) -> ParseResult:
    """The caller's result: every reader's answer is made here."""
    return ParseResult(text, iso, utc, day, grain, locale, calendar, offset, tuple(notes),
                       zone, zone_source)


def day_answer(text: str, day: date, grain: Grain, locale: str | None, calendar: str,
               offset: timedelta | None, notes: list[str] | tuple[str, ...]) -> ParseResult:
    """A result without a time: the day at its grain ('2023-10-23', '2023-10', '2023')."""
    iso = day.isoformat()[: {"year": 4, "month": 7}.get(grain, 10)]
    return answer(text, iso, None, day, grain, locale, calendar, offset, notes)


def zone_choice(text: str, key: str, local: datetime, locale: str | None, tz: tzinfo,
                zo: ZoneOptions) -> ZoneChoice:
    from localenorm import _zones  # the zone table is read on first use

    readings = _zones.lookup(key)
    if not readings:
        raise UnknownZoneError(text, "a time zone this version does not know")
    return _zones.resolve(readings, local, text=text, language_hint=zo.language or locale,
                          zone_hints=zo.zone_hints, strict=zo.strict,
                          disambiguate=zo.disambiguate, default_tz=tz)


def complete(text: str, fields: Fields, reference: datetime | None, tz: tzinfo,
             notes: list[str], prefer: Prefer, zo: ZoneOptions,
             locale: str | None = None) -> Fields:
    """Fill what a partial value lacks (year, or the whole date) from ``reference``."""
    if reference is None:
        what = "a time or weekday without a date" if fields.month is None else \
            "a date without a year"
        raise NotATimestampError(text, f"{what}: pass reference= (the time the page was "
                                 "fetched or published) to complete it")
    if fields.hour is not None and not 0 <= fields.hour <= 23:
        raise InvalidDateError(text, f"hour {fields.hour} is not a time of day")
    # A stated offset puts the reference's day in that offset ('17:43 UTC+3').
    zone = tz if fields.offset is None else timezone(fields.offset)
    if fields.zone is not None:
        # A zone name ('17:43 MSK'): the reference's day is taken in that zone.
        near = reference.astimezone(tz).replace(tzinfo=None)
        zone = zone_choice(text, fields.zone, near, locale, tz, zo).tz
    done = _complete_from(fields, reference, zone, prefer, notes)
    if done is None:
        raise ContradictionError(text, "no date near the reference has this weekday and day")
    return done


def time_alone(fields: Fields) -> bool:
    """Whether ``fields`` are a time of day and nothing of a date ('17:43'), which
    :func:`complete` puts on the reference's day."""
    return fields.month is None and fields.day is None and fields.weekday is None \
        and fields.hour is not None


def build(text: str, f: Fields, locale: str | None, tz: tzinfo,
          notes: list[str], zo: ZoneOptions) -> ParseResult:
    """The result of a reading whose fields have a year: its day, and with a time its
    instant, in the zone the text names, the offset it states, or ``tz``."""
    assert f.year is not None
    grain = f.grain
    day = date(f.year, f.month or 1, f.day or 1)
    if f.weekday is not None and f.day is not None and f.month is not None \
            and day.weekday() != f.weekday:
        raise ContradictionError(text, "the weekday does not match the date")
    tag = bcp47(locale) if locale else None
    if f.hour is None:
        return day_answer(text, day, grain, tag, f.calendar, f.offset, notes)
    try:
        if f.zone is None and (f.offset is not None or type(tz) is timezone):
            # A stated offset or a fixed default zone (UTC, the default): no gaps or folds to
            # settle, so the instant is built in UTC at once.
            utc = datetime(f.year, f.month or 1, f.day or 1, f.hour, f.minute or 0,
                           f.second or 0, f.microsecond, timezone.utc)
            if f.offset is not None:
                if f.offset:
                    utc -= f.offset
                zone, source = _offset_label(f.offset), "text"
            else:
                fixed = tz.utcoffset(None)
                if fixed:
                    utc -= fixed
                zone, source = _fixed_label(tz), "default"
                notes.append(f"zone {zone} from default_tz")
            return answer(text, iso(utc), utc, day, grain, tag, f.calendar, f.offset, notes,
                          zone, source)
        local = datetime(f.year, f.month or 1, f.day or 1, f.hour, f.minute or 0,
                         f.second or 0, f.microsecond)
        if f.zone is not None:
            choice = zone_choice(text, f.zone, local, locale, tz, zo)
            if f.offset is not None and f.offset != choice.offset:
                raise ContradictionError(text, f"the offset {_offset_label(f.offset)} and the "
                                         f"zone name ({_offset_label(choice.offset)}) differ")
            utc = choice.utc
            notes.extend(choice.notes)
            zone = getattr(choice.tz, "key", None) or _offset_label(choice.offset)
            source = "hint" if choice.reading.source == "hint" else "text"
        else:
            from localenorm import _zones

            utc, edge = _zones.localize(local, tz, zo.disambiguate, text=text)
            zone, source = tz_label(tz), "default"
            notes.append(f"zone {zone} from default_tz")
            notes.extend(edge)
    except OverflowError:
        raise InvalidDateError(text, "the instant is out of range in UTC") from None
    return answer(text, iso(utc), utc, day, grain, tag, f.calendar, f.offset, notes, zone,
                  source)


@lru_cache(maxsize=64)
def _fixed_label(tz: timezone) -> str:
    return tz_label(tz)


@lru_cache(maxsize=256)
def bcp47(locale: str) -> str:
    return locale.replace("_", "-")


@lru_cache(maxsize=256)  # offsets in use are few (at most one per quarter hour in the day)
def _offset_label(offset: timedelta) -> str:
    return offset_label(offset) if offset else "UTC"


def iso(utc: datetime) -> str:
    """An aware UTC instant as ISO 8601 with 'Z' (a fraction only when non-zero)."""
    # ``utc`` is aware UTC, so isoformat ends in '+00:00'; it prints microseconds only when
    # non-zero, and those lose their trailing zeros here.
    base = utc.isoformat()[:-6]
    return (base.rstrip("0") if utc.microsecond else base) + "Z"
