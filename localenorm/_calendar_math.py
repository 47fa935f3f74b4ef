"""Exact arithmetic calendars: Ethiopic (Amete Mihret), Coptic, the Indian national calendar
(Saka) and the tabular Islamic calendars (``islamic-civil``, ``islamic-tbla``).

Each is a fixed rule over day numbers, so conversion is a few integer operations through the
Julian day number (JDN) and needs no table or library. The rules are those of Reingold and
Dershowitz's *Calendrical Calculations* and of the calendars' own definitions; ICU implements
the same ones (``tests/test_calendar_math.py`` checks every function against ICU's calendars
day by day). Months count from 1 in each calendar's own order: Meskerem and Thout are 1 and
the five- or six-day Pagume/Nasie is 13; Chaitra is 1; Muharram is 1.

Functions take and return plain integers (``(year, month, day)``); an impossible date raises
``ValueError`` naming the calendar and the field, which the reader turns into its own error.
"""

from __future__ import annotations

from datetime import date

# JDN of the first day of each calendar's era, day 1 of month 1 of year 1.
ETHIOPIC_EPOCH = 1724221  # 29 August 8 CE (Julian): Amete Mihret 1-01-01
COPTIC_EPOCH = 1825030  # 29 August 284 CE (Julian): Era of the Martyrs 1-01-01
ISLAMIC_CIVIL_EPOCH = 1948440  # Friday 16 July 622 CE (Julian): 1 Muharram 1 AH
ISLAMIC_ASTRONOMICAL_EPOCH = 1948439  # Thursday 15 July 622 CE, the 'tbla' epoch
SAKA_OFFSET = 78  # Saka year = Gregorian year - 78 from 1 Chaitra (22 March, 21 in leap years)
_JDN_ORDINAL = 1721425  # JDN of date.min (1 January 1 CE) minus 1

ISLAMIC_EPOCHS = {"islamic-civil": ISLAMIC_CIVIL_EPOCH,
                  "islamic-tbla": ISLAMIC_ASTRONOMICAL_EPOCH}


def jdn_of(day: date) -> int:
    """The Julian day number of a (proleptic) Gregorian date."""
    return day.toordinal() + _JDN_ORDINAL


def date_of(jdn: int) -> date:
    """The Gregorian date of a Julian day number (``ValueError`` outside years 1-9999)."""
    return date.fromordinal(jdn - _JDN_ORDINAL)


def _check(calendar: str, field: str, value: int, low: int, high: int) -> None:
    if not low <= value <= high:
        raise ValueError(f"{calendar}: {field} {value} is not in {low}-{high}")


# --- Ethiopic and Coptic: twelve months of 30 days and a thirteenth of 5 (6 in a leap year,
# the year before one divisible by four) ----------------------------------------------------


def _alexandrian_days(year: int) -> int:
    """Days of month 13 in ``year``: 6 when year + 1 is divisible by four, else 5."""
    return 6 if year % 4 == 3 else 5


def _alexandrian_to_jdn(calendar: str, epoch: int, year: int, month: int, day: int) -> int:
    _check(calendar, "month", month, 1, 13)
    _check(calendar, "day", day, 1, 30 if month < 13 else _alexandrian_days(year))
    return epoch - 1 + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day


def _alexandrian_from_jdn(epoch: int, jdn: int) -> tuple[int, int, int]:
    year = (4 * (jdn - epoch) + 1463) // 1461
    start = epoch - 1 + 365 * (year - 1) + year // 4
    month = (jdn - start - 1) // 30 + 1
    day = jdn - start - 30 * (month - 1)
    return year, month, day


def ethiopic_to_gregorian(year: int, month: int, day: int) -> date:
    """Gregorian date of an Ethiopic (Amete Mihret) date: 1 Meskerem 2016 is 12 September
    2023."""
    return date_of(_alexandrian_to_jdn("ethiopic", ETHIOPIC_EPOCH, year, month, day))


def gregorian_to_ethiopic(day: date) -> tuple[int, int, int]:
    return _alexandrian_from_jdn(ETHIOPIC_EPOCH, jdn_of(day))


def coptic_to_gregorian(year: int, month: int, day: int) -> date:
    """Gregorian date of a Coptic date: 1 Thout 1740 is 12 September 2023."""
    return date_of(_alexandrian_to_jdn("coptic", COPTIC_EPOCH, year, month, day))


def gregorian_to_coptic(day: date) -> tuple[int, int, int]:
    return _alexandrian_from_jdn(COPTIC_EPOCH, jdn_of(day))


# --- Indian national calendar (Saka era), as reformed in 1957 ------------------------------


def _gregorian_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _saka_month_days(year: int, month: int) -> int:
    if month == 1:
        return 31 if _gregorian_leap(year + SAKA_OFFSET) else 30
    return 31 if month <= 6 else 30


def indian_to_gregorian(year: int, month: int, day: int) -> date:
    """Gregorian date of a date of the Indian national calendar: 1 Chaitra 1945 is 22 March
    2023 (21 March when the Gregorian year is a leap year)."""
    _check("indian", "month", month, 1, 12)
    _check("indian", "day", day, 1, _saka_month_days(year, month))
    gyear = year + SAKA_OFFSET
    start = jdn_of(date(gyear, 3, 21 if _gregorian_leap(gyear) else 22))
    before = sum(_saka_month_days(year, m) for m in range(1, month))
    return date_of(start + before + day - 1)


def gregorian_to_indian(day: date) -> tuple[int, int, int]:
    gyear = day.year
    start = date(gyear, 3, 21 if _gregorian_leap(gyear) else 22)
    if day < start:
        gyear -= 1
        start = date(gyear, 3, 21 if _gregorian_leap(gyear) else 22)
    year = gyear - SAKA_OFFSET
    left = (day - start).days
    month = 1
    while left >= _saka_month_days(year, month):
        left -= _saka_month_days(year, month)
        month += 1
    return year, month, left + 1


# --- Tabular Islamic: 30-year cycles with 11 leap years (2, 5, 7, 10, 13, 16, 18, 21, 24,
# 26, 29), odd months 30 days, even months 29, Dhu al-Hijja 30 in a leap year -------------


def islamic_leap(year: int) -> bool:
    return (14 + 11 * year) % 30 < 11


def _islamic_month_days(year: int, month: int) -> int:
    if month == 12 and islamic_leap(year):
        return 30
    return 30 if month % 2 == 1 else 29


def _islamic_epoch(calendar: str) -> int:
    epoch = ISLAMIC_EPOCHS.get(calendar)
    if epoch is None:
        raise ValueError(f"{calendar!r} is no tabular Islamic calendar "
                         f"(one of {', '.join(sorted(ISLAMIC_EPOCHS))})")
    return epoch


def islamic_tabular_to_gregorian(year: int, month: int, day: int,
                                 calendar: str = "islamic-civil") -> date:
    """Gregorian date of a tabular Islamic date; ``calendar`` is ``islamic-civil`` (Friday
    epoch) or ``islamic-tbla`` (Thursday epoch, one day earlier)."""
    epoch = _islamic_epoch(calendar)
    _check(calendar, "month", month, 1, 12)
    _check(calendar, "day", day, 1, _islamic_month_days(year, month))
    jdn = (epoch - 1 + 354 * (year - 1) + (3 + 11 * year) // 30
           + (59 * (month - 1) + 1) // 2 + day)
    return date_of(jdn)


def gregorian_to_islamic_tabular(day: date,
                                 calendar: str = "islamic-civil") -> tuple[int, int, int]:
    epoch = _islamic_epoch(calendar)
    jdn = jdn_of(day)
    year = (30 * (jdn - epoch) + 10646) // 10631
    start = epoch - 1 + 354 * (year - 1) + (3 + 11 * year) // 30
    month = 1
    left = jdn - start
    while left > _islamic_month_days(year, month):
        left -= _islamic_month_days(year, month)
        month += 1
    return year, month, left
