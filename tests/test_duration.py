"""Durations: babel's unit words in every locale, clock readings, ISO-8601."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from babel.dates import format_timedelta
from hypothesis import example, given
from hypothesis import strategies as st
from strategies import ALL_LOCALES
from strategies import MAJOR_LOCALES as MAJOR

import localenorm
from localenorm import AmbiguousError, DurationResult, NotATimestampError, ParseError

SECONDS = {"week": 7 * 86400, "day": 86400, "hour": 3600, "minute": 60, "second": 1}
LIMIT = {"week": 4, "day": 6, "hour": 23, "minute": 59, "second": 59}


@st.composite
def lengths(
    draw: st.DrawFn, locales: tuple[str, ...], widths: tuple[str, ...] = ("long", "short")
) -> tuple[str, str, int]:
    loc = draw(st.sampled_from(locales))
    unit = draw(st.sampled_from(sorted(SECONDS)))
    seconds = SECONDS[unit] * draw(st.integers(1, LIMIT[unit]))
    width = draw(st.sampled_from(widths))
    return (
        loc,
        format_timedelta(timedelta(seconds=seconds), threshold=1, format=width, locale=loc),
        seconds,
    )


@given(lengths(MAJOR))
@example(("ar", "5 دقائق", 300))
@example(("ru", "2 минуты", 120))
def test_babel_durations_of_major_languages(case: tuple[str, str, int]) -> None:
    loc, text, seconds = case
    assert localenorm.parse_duration(text, locale=loc).timedelta == timedelta(seconds=seconds)


# Narrow forms collide even inside one language (English '1m' is a minute or a month), so
# they are only held to "right or refused".
@given(lengths(ALL_LOCALES, ("long", "short", "narrow")))
def test_babel_durations_of_any_locale_are_right_or_refused(case: tuple[str, str, int]) -> None:
    loc, text, seconds = case
    try:
        result = localenorm.parse_duration(text, locale=loc)
    except ParseError:
        return
    assert result.timedelta == timedelta(seconds=seconds), text


@given(st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=9999)))
@example(timedelta(minutes=5, seconds=21))
@example(timedelta(0))
def test_iso_output_reads_back(delta: timedelta) -> None:
    result = localenorm.parse_duration(
        localenorm.parse_duration(
            f"PT{delta.total_seconds():.6f}S"
            if delta.microseconds
            else f"PT{int(delta.total_seconds())}S"
        ).iso
    )
    assert result.timedelta == delta
    assert re.fullmatch(r"P(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?", result.iso)


TABLE = [
    ("٠٠:٠٥:٢١", "PT5M21S"),
    ("1:05:21", "PT1H5M21S"),
    ("5:21", "PT5M21S"),
    ("12:00:00.5", "PT12H0.5S"),
    ("PT1H5M", "PT1H5M"),
    ("P2DT3H", "P2DT3H"),
    ("P1W", "P7D"),
    ("5 دقائق", "PT5M"),
    ("ساعتين", "PT2H"),
    ("ساعة و 20 دقيقة", "PT1H20M"),
    ("1 h 20 min", "PT1H20M"),
    ("две минуты", "PT2M"),
    ("2 hours and 5 minutes", "PT2H5M"),
    ("an hour", "PT1H"),
    ("1.5 hours", "PT1H30M"),
    ("zwei Stunden", "PT2H"),
    ("2小时", "PT2H"),
    ("三十分钟", "PT30M"),
    ("3 días", "P3D"),
    ("miniti ʻe 37", "PT37M"),
]


@pytest.mark.parametrize(("text", "iso"), TABLE, ids=[t for t, _ in TABLE])
def test_table(text: str, iso: str) -> None:
    result = localenorm.parse_duration(text)
    assert isinstance(result, DurationResult)
    assert result.iso == iso
    assert str(result) == iso


@pytest.mark.parametrize(
    "text",
    [
        "3 months",
        "P1Y",
        "1 year 2 days",
        "",
        "hello",
        "5:75",
        "hours",
        "2 2 hours",
        "1 hour 2 hours",
        "10 minutes 1 hour",
    ],
)
def test_refused(text: str) -> None:
    with pytest.raises(NotATimestampError) as info:
        localenorm.parse_duration(text)
    assert repr(text) in str(info.value)


def test_a_unit_languages_disagree_on_needs_a_hint() -> None:
    with pytest.raises(AmbiguousError):
        localenorm.parse_duration("5 m")  # minute or month, even in English's narrow forms
    # 'h' is the hour in some 200 languages and the day in Indonesian ('hari').
    assert localenorm.parse_duration("5 h").iso == "PT5H"
    assert localenorm.parse_duration("5 h", locale="id").iso == "P5D"


def test_errors_are_value_errors() -> None:
    with pytest.raises(ValueError):
        localenorm.parse_duration("soon")
    with pytest.raises(ParseError):
        localenorm.parse_duration(5)  # type: ignore[arg-type]


def test_parse_reads_a_clock_as_a_time_of_day_not_a_length() -> None:
    # Documented: parse() takes '٠٠:٠٥:٢١' as 00:05:21 on a day, and wants a reference.
    with pytest.raises(NotATimestampError, match="reference="):
        localenorm.parse("٠٠:٠٥:٢١")
