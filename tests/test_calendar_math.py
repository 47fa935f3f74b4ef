"""localenorm._calendar_math against ICU's calendars (PyICU, a test dependency), day by day.

ICU implements the Ethiopic, Coptic, Indian and tabular Islamic calendars independently of
this module; agreement on random days over 1900-2100 and a round trip through each
calendar are the properties. Impossible dates must raise ValueError.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import icu
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from localenorm import _calendar_math as cm

DAYS = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
FIELDS = icu.UCalendarDateFields


def icu_fields(calendar: str, day: date) -> tuple[int, int, int]:
    cal = icu.Calendar.createInstance(icu.TimeZone.getGMT(),
                                      icu.Locale(f"en@calendar={calendar}"))
    # PyICU takes seconds since the epoch; noon keeps the day clear of any edge.
    cal.setTime(datetime(day.year, day.month, day.day, 12, tzinfo=timezone.utc).timestamp())
    return cal.get(FIELDS.EXTENDED_YEAR), cal.get(FIELDS.MONTH) + 1, cal.get(FIELDS.DATE)


TO_GREGORIAN = {
    "ethiopic": cm.ethiopic_to_gregorian,
    "coptic": cm.coptic_to_gregorian,
    "indian": cm.indian_to_gregorian,
    "islamic-civil": lambda y, m, d: cm.islamic_tabular_to_gregorian(y, m, d, "islamic-civil"),
    "islamic-tbla": lambda y, m, d: cm.islamic_tabular_to_gregorian(y, m, d, "islamic-tbla"),
}
FROM_GREGORIAN = {
    "ethiopic": cm.gregorian_to_ethiopic,
    "coptic": cm.gregorian_to_coptic,
    "indian": cm.gregorian_to_indian,
    "islamic-civil": lambda d: cm.gregorian_to_islamic_tabular(d, "islamic-civil"),
    "islamic-tbla": lambda d: cm.gregorian_to_islamic_tabular(d, "islamic-tbla"),
}


@pytest.mark.parametrize("calendar", sorted(TO_GREGORIAN))
@given(day=DAYS)
@example(day=date(2023, 9, 11))  # Pagume 6 / Nasie 6 of a leap year
@example(day=date(2024, 3, 21))  # 1 Chaitra in a Gregorian leap year
@example(day=date(2024, 7, 7))  # 30 Dhu al-Hijja 1445 (civil), 1 Muharram 1446 (tbla)
def test_agrees_with_icu_and_round_trips(calendar: str, day: date) -> None:
    fields = FROM_GREGORIAN[calendar](day)
    assert fields == icu_fields(calendar, day)
    assert TO_GREGORIAN[calendar](*fields) == day


@pytest.mark.parametrize(("calendar", "fields"), [
    ("ethiopic", (2015, 13, 7)),   # Pagume has 6 days at most
    ("ethiopic", (2016, 13, 6)),   # ...and 5 in a common year
    ("coptic", (1740, 14, 1)),
    ("indian", (1945, 1, 31)),     # Chaitra 1945 (Gregorian 2023, common): 30 days
    ("indian", (1945, 7, 31)),
    ("islamic-civil", (1445, 2, 30)),
    ("islamic-tbla", (1444, 12, 30)),  # 1444 is no leap year
])
def test_impossible_dates_raise(calendar: str, fields: tuple[int, int, int]) -> None:
    with pytest.raises(ValueError, match=calendar):
        TO_GREGORIAN[calendar](*fields)


def test_unknown_tabular_calendar_raises() -> None:
    with pytest.raises(ValueError, match="no tabular Islamic calendar"):
        cm.islamic_tabular_to_gregorian(1445, 1, 1, "islamic-umalqura")
