"""The fast path for machine formats: ISO 8601 / RFC 3339, RFC 2822 / HTTP dates and asctime.

:func:`parse_machine` is tried before the multilingual engine. It costs one anchored regex
match per format family and returns ``None``, without raising, for anything that is not one
of these formats, so the engine sees every other text unchanged. When the text *is* one of
them but a value is impossible (month 13, February 30, 25:00, an offset of 24 hours or more)
it raises :class:`~localenorm._errors.InvalidDateError` rather than passing the text on,
because no reading of a well-formed machine timestamp can repair a wrong value.

Only ASCII digits and English names are recognised here: other digit scripts and languages
are the engine's business. Nothing here reads the clock, the machine's zone or its locale.
"""

from __future__ import annotations

import re
from calendar import isleap
from collections.abc import Mapping
from datetime import date, timedelta
from types import MappingProxyType

from localenorm._errors import InvalidDateError
from localenorm._fields import Fields

__all__ = ["TWO_DIGIT_PIVOT", "expand_two_digit_year", "parse_machine"]

TWO_DIGIT_PIVOT = 69


def expand_two_digit_year(year: int) -> int:
    """A two-digit year in the century the pivot puts it: 00-68 -> 2000s, 69-99 -> 1900s.
    Every reader (machine formats, text, replayed plans) goes through this one rule."""
    return 2000 + year if year < TWO_DIGIT_PIVOT else 1900 + year
"""Two-digit years below this are 20xx, the rest 19xx (``23`` -> 2023, ``69`` -> 1969).

RFC 850 and obsolete RFC 2822 dates print two-digit years. RFC 5322 pivots at 50 and RFC 9110
relative to "now"; a clock-dependent rule would make results drift over time, and 69 is the
POSIX ``strptime("%y")`` pivot that most other software already applies to these strings.
"""

# re.ASCII keeps \d to 0-9 (int() would happily read Arabic-Indic digits that the engine must
# see instead) and stops IGNORECASE folding e.g. the Kelvin sign into "k".
_FLAGS = re.VERBOSE | re.IGNORECASE | re.ASCII

# Offset minutes and seconds share one separator (``+03:00:00`` or ``+030000``); the
# optional seconds are there because Python's isoformat() prints them for LMT-era zones.
_NUMERIC_OFFSET = r"""
    (?P<osign>[+\-\u2212]) (?P<oh>\d{2})
    (?: (?P<oc>:?) (?P<om>\d{2}) (?: (?P=oc) (?P<os>\d{2}) )? )?
"""

_ISO = re.compile(
    r"""
    (?:
        # Month precision takes no time: "2023-10T17" is not ISO 8601.
        (?P<mY>\d{4}) - (?P<mm>\d{2})
    |
        (?:
            (?P<eY>\d{4}) - (?P<em>\d{2}) - (?P<ed>\d{2})
        |   (?P<bY>\d{4}) (?P<bm>\d{2}) (?P<bd>\d{2})
        |   (?P<wY>\d{4}) (?P<wsep>-?) W (?P<ww>\d{2}) (?P=wsep) (?P<wd>\d)
        |   (?P<oY>\d{4}) - (?P<od>\d{3})
        )
        (?:
            [T\x20] (?P<H>\d{2})
            (?: (?P<tc>:?) (?P<M>\d{2})
                (?: (?P=tc) (?P<S>\d{2}) (?: [.,] (?P<F>\d+) )? )?
            )?
            (?:
                \x20? (?: (?P<z>Z) | """
    + _NUMERIC_OFFSET
    + r""" )
            |   \x20 (?P<zname>UTC|GMT)
            )?
        )?
    )
    """,
    _FLAGS,
)

_WEEKDAY = r"""
    (?P<wday>mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?
            |sat(?:urday)?|sun(?:day)?)
"""
_MONTH = r"(?P<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"

# RFC 2822 / 5322 (with its obsolete zones), RFC 1123 / HTTP, RFC 850 ("23-Oct-23") and the
# Netscape cookie form ("23-Oct-2023"). A zone is required: without one the text is an
# ordinary human date, which the engine reads with its own zone rules.
_RFC = re.compile(
    r"(?:"
    + _WEEKDAY
    + r"""\s*,\s*)?
    (?P<d>\d{1,2}) (?:\s+|-) """
    + _MONTH
    + r""" (?:\s+|-) (?P<y>\d{4}|\d{2})
    \s+ (?P<H>\d{2}) : (?P<M>\d{2}) (?: : (?P<S>\d{2}) )?
    \s+ (?:
        (?P<zname>UT|UTC|GMT|[ECMP][SD]T)
    |   (?P<osign>[+\-\u2212]) (?P<oh>\d{2}) (?P<oc>:?) (?P<om>\d{2}) (?: (?P=oc) (?P<os>\d{2}) )?
    )
    # A trailing comment such as "(UTC)" carries no meaning in RFC 5322.
    (?: \s* \( [^()]* \) )?
    """,
    _FLAGS,
)

# C asctime() / ctime(), and Unix date(1) output when it names UTC. Only UTC names are taken:
# in date(1) output an abbreviation is the machine's local one ("CST" is China on a Beijing
# host), which RFC 2822's table does not govern.
_ASCTIME = re.compile(
    r"""
    (?P<wday>mon|tue|wed|thu|fri|sat|sun) \s+ """
    + _MONTH
    + r""" \s+ (?P<d>\d{1,2})
    \s+ (?P<H>\d{2}) : (?P<M>\d{2}) : (?P<S>\d{2})
    (?: \s+ (?P<zname>UT|UTC|GMT) )?
    \s+ (?P<y>\d{4})
    """,
    _FLAGS,
)

# Read-only views: the module holds no state a caller could change between calls.
_MONTHS: Mapping[str, int] = MappingProxyType(
    {
        name: number
        for number, name in enumerate(
            ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
            start=1,
        )
    }
)
_WEEKDAYS: Mapping[str, int] = MappingProxyType(
    {name: number for number, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}
)
# RFC 2822 section 4.3 gives these obsolete zones fixed offsets, so they are exact here.
_RFC_ZONES: Mapping[str, int] = MappingProxyType(
    {
        "ut": 0,
        "utc": 0,
        "gmt": 0,
        "est": -5 * 3600,
        "edt": -4 * 3600,
        "cst": -6 * 3600,
        "cdt": -5 * 3600,
        "mst": -7 * 3600,
        "mdt": -6 * 3600,
        "pst": -8 * 3600,
        "pdt": -7 * 3600,
    }
)
_UTC = timedelta(0)
# A machine format that starts with a letter starts with an English weekday.
_DAY_PREFIXES = frozenset({"mon", "tue", "wed", "thu", "fri", "sat", "sun"})
_LAST_ORDINAL = date.max.toordinal()
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year: int, month: int) -> int:
    # calendar.monthrange also computes the first weekday, which costs more than the lookup.
    return 29 if month == 2 and isleap(year) else _MONTH_DAYS[month]


def parse_machine(text: str) -> Fields | None:
    """Read ``text`` if it is a machine format, else return ``None``.

    Raises :class:`InvalidDateError` when ``text`` is a machine format with an impossible
    value. ``-00:00`` / ``-0000`` (RFC 3339's and RFC 5322's "UTC, local offset unknown")
    are read as UTC, which is the instant they denote.
    """
    s = text.strip()
    if not s or not (s.isascii() or "\u2212" in s):
        # Machine formats are ASCII (RFC 5322 offsets may carry a minus sign): most page
        # text is not, and skips the expressions.
        return None
    first = s[0]
    if first.isalpha() and s[:3].lower() not in _DAY_PREFIXES:
        return None
    if "0" <= first <= "9":
        m = _ISO.fullmatch(s)
        if m is not None:
            return _iso_fields(text, m)
        m = _RFC.fullmatch(s)
        if m is not None:
            return _rfc_fields(text, m)
        return None
    m = _RFC.fullmatch(s)
    if m is not None:
        return _rfc_fields(text, m)
    m = _ASCTIME.fullmatch(s)
    if m is not None:
        return _rfc_fields(text, m)
    return None


def _invalid(text: str, m: re.Match[str], group: str, reason: str) -> InvalidDateError:
    # Spans index the caller's text, which may still carry the whitespace stripped above.
    lead = len(text) - len(text.lstrip())
    start, end = m.span(group)
    return InvalidDateError(text, reason, (lead + start, lead + end))


def _year(text: str, m: re.Match[str], group: str) -> int:
    year = int(m[group])
    if year == 0:
        raise _invalid(text, m, group, "year 0 is outside the supported range 1-9999")
    return year


def _calendar_day(
    text: str, m: re.Match[str], year: int, mgroup: str, dgroup: str
) -> tuple[int, int]:
    month = int(m[mgroup])
    if not 1 <= month <= 12:
        raise _invalid(text, m, mgroup, f"month {month} is out of range 1-12")
    day = int(m[dgroup])
    last = _days_in_month(year, month)
    if not 1 <= day <= last:
        raise _invalid(
            text, m, dgroup, f"day {day} is out of range 1-{last} for {year}-{month:02d}"
        )
    return month, day


def _iso_fields(text: str, m: re.Match[str]) -> Fields:
    if m["mY"] is not None:
        year = _year(text, m, "mY")
        month = int(m["mm"])
        if not 1 <= month <= 12:
            raise _invalid(text, m, "mm", f"month {month} is out of range 1-12")
        return Fields(year=year, month=month)

    if m["eY"] is not None:
        year = _year(text, m, "eY")
        month, day = _calendar_day(text, m, year, "em", "ed")
    elif m["bY"] is not None:
        year = _year(text, m, "bY")
        month, day = _calendar_day(text, m, year, "bm", "bd")
    elif m["wY"] is not None:
        year, month, day = _week_date(text, m)
    else:
        year, month, day = _ordinal_date(text, m)

    if m["H"] is None:
        return Fields(year=year, month=month, day=day)
    hour, minute, second = _clock(text, m)
    microsecond = 0
    fraction = m["F"]
    if fraction is not None:
        # Truncated, never rounded: rounding .9999999 up would move the value into the next
        # second (or day), which the text does not say.
        microsecond = int(fraction[:6].ljust(6, "0"))
    if m["z"] is not None or m["zname"] is not None:
        offset: timedelta | None = _UTC
    elif m["osign"] is not None:
        offset = _numeric_offset(text, m)
    else:
        offset = None
    return Fields(
        year=year,
        month=month,
        day=day,
        hour=hour,
        minute=minute,
        second=second,
        microsecond=microsecond,
        offset=offset,
    )


def _week_date(text: str, m: re.Match[str]) -> tuple[int, int, int]:
    year = _year(text, m, "wY")
    week = int(m["ww"])
    # ISO years have 53 weeks exactly when December 28 (always in the last week) is in week 53.
    weeks = date(year, 12, 28).isocalendar()[1]
    if not 1 <= week <= weeks:
        raise _invalid(text, m, "ww", f"week {week} is out of range 1-{weeks} for {year}")
    weekday = int(m["wd"])
    if not 1 <= weekday <= 7:
        raise _invalid(text, m, "wd", f"weekday {weekday} is out of range 1-7")
    # Week 1 always holds January 4. Counting ordinals by hand, rather than calling
    # date.fromisocalendar, lets the last days of 9999-W52 (in year 10000) fail as an
    # InvalidDateError instead of a bare ValueError.
    january_4 = date(year, 1, 4)
    ordinal = january_4.toordinal() - january_4.weekday() + (week - 1) * 7 + weekday - 1
    if ordinal > _LAST_ORDINAL:
        raise _invalid(text, m, "wd", "the date falls after 9999-12-31, the last supported day")
    found = date.fromordinal(ordinal)
    return found.year, found.month, found.day


def _ordinal_date(text: str, m: re.Match[str]) -> tuple[int, int, int]:
    year = _year(text, m, "oY")
    ordinal = int(m["od"])
    days = 366 if isleap(year) else 365
    if not 1 <= ordinal <= days:
        raise _invalid(text, m, "od", f"day of year {ordinal} is out of range 1-{days} for {year}")
    found = date.fromordinal(date(year, 1, 1).toordinal() + ordinal - 1)
    return found.year, found.month, found.day


def _clock(text: str, m: re.Match[str]) -> tuple[int, int | None, int | None]:
    hour = int(m["H"])
    minute = None if m["M"] is None else int(m["M"])
    second = None if m["S"] is None else int(m["S"])
    if hour == 24 and not minute and not second:
        raise _invalid(
            text,
            m,
            "H",
            "24:00 (end of day) is not supported; write 00:00 of the next day",
        )
    if hour > 23:
        raise _invalid(text, m, "H", f"hour {hour} is out of range 0-23")
    if minute is not None and minute > 59:
        raise _invalid(text, m, "M", f"minute {minute} is out of range 0-59")
    if second is not None and second > 59:
        if second == 60:
            raise _invalid(text, m, "S", "second 60: leap seconds are not representable")
        raise _invalid(text, m, "S", f"second {second} is out of range 0-59")
    return hour, minute, second


def _numeric_offset(text: str, m: re.Match[str]) -> timedelta:
    hours = int(m["oh"])
    minutes = 0 if m["om"] is None else int(m["om"])
    seconds = 0 if m["os"] is None else int(m["os"])
    if hours > 23:
        raise _invalid(
            text,
            m,
            "oh",
            f"UTC offset hours {hours} are out of range 0-23 (offsets are under 24 hours)",
        )
    if minutes > 59:
        raise _invalid(text, m, "om", f"UTC offset minutes {minutes} are out of range 0-59")
    if seconds > 59:
        raise _invalid(text, m, "os", f"UTC offset seconds {seconds} are out of range 0-59")
    seconds += hours * 3600 + minutes * 60
    return timedelta(0, seconds if m["osign"] == "+" else -seconds)


def _rfc_fields(text: str, m: re.Match[str]) -> Fields:
    raw_year = m["y"]
    year = int(raw_year)
    if len(raw_year) == 2:
        year = expand_two_digit_year(year)
    elif year == 0:
        raise _invalid(text, m, "y", "year 0 is outside the supported range 1-9999")
    month = _MONTHS[m["mon"].lower()]
    day = int(m["d"])
    last = _days_in_month(year, month)
    if not 1 <= day <= last:
        raise _invalid(text, m, "d", f"day {day} is out of range 1-{last} for {year}-{month:02d}")
    hour, minute, second = _clock(text, m)
    zname = m["zname"]
    if zname is not None:
        offset: timedelta | None = timedelta(0, _RFC_ZONES[zname.lower()])
    elif "osign" in m.re.groupindex and m["osign"] is not None:
        offset = _numeric_offset(text, m)
    else:
        offset = None
    wday = m["wday"]
    return Fields(
        year=year,
        month=month,
        day=day,
        hour=hour,
        minute=minute,
        second=second,
        offset=offset,
        weekday=None if wday is None else _WEEKDAYS[wday[:3].lower()],
    )
