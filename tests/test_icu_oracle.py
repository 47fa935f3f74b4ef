"""ICU as a second oracle (tests/icu_oracle.py): the subset of ICU's output that the engine
already reads without a miss stays so. ``benchmarks/icu_roundtrip.py`` measures the rest.

Held today: full and long dates alone, with the locale hint, in every ICU locale whose
default calendar is the Gregorian one: the right day or a ParseError, never another day.
"""

from __future__ import annotations

from datetime import datetime

import icu
from hypothesis import given, settings
from hypothesis import strategies as st

import localenorm
from tests import icu_oracle as oracle


def gregorian_default(locale: str) -> bool:
    cal = icu.Calendar.createInstance(icu.Locale(locale))
    return str(cal.getType()) == "gregorian"


LOCALES = [loc for loc in oracle.locales() if gregorian_default(loc)]


@settings(max_examples=300)
@given(locale=st.sampled_from(LOCALES), style=st.sampled_from(["full", "long"]),
       at=oracle.instants(), native=st.booleans())
def test_full_and_long_dates_are_never_misread(locale: str, style: str, at: datetime,
                                               native: bool) -> None:
    sample = oracle.styled(locale, at, style, None, native=native)
    assert sample is not None
    try:
        result = localenorm.parse(sample.text, locale=locale, default_tz="UTC")
    except localenorm.ParseError:
        return
    assert oracle.verdict(sample, result), (sample.text, result)
