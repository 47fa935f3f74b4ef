"""Partial values completed from a reference: no year, a weekday alone, a time alone."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

import localenorm
from localenorm import NotATimestampError, OptionError

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ZONES = ("UTC", "Asia/Tokyo", "America/Los_Angeles", "Australia/Lord_Howe")
PREFERS = ("past", "future", "nearest")

references = st.integers(0, 60 * 365 * 86400).map(
    lambda s: datetime(1990, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=s)
)


def _valid(month: int, day: int) -> bool:
    try:
        date(2024, month, day)
    except ValueError:
        return False
    return True


@given(
    st.integers(1, 12),
    st.integers(1, 31),
    references,
    st.sampled_from(ZONES),
    st.sampled_from(PREFERS),
)
@example(2, 29, datetime(2023, 3, 1, tzinfo=timezone.utc), "UTC", "past")
@example(10, 23, datetime(2023, 10, 23, 12, tzinfo=timezone.utc), "UTC", "future")
def test_a_date_without_a_year_is_the_preferred_nearest_one(
    month: int, day: int, ref: datetime, zone: str, prefer: str
) -> None:
    assume(_valid(month, day))
    tz = ZoneInfo(zone)
    today = ref.astimezone(tz).date()
    result = localenorm.parse(
        f"{day} {MONTHS[month - 1]}", locale="en", reference=ref, default_tz=tz, prefer=prefer
    )  # type: ignore[arg-type]
    got = result.date
    assert (got.month, got.day) == (month, day)
    assert result.grain == "day"
    assert any(str(got.year) in note for note in result.assumptions)
    if prefer == "past":
        assert got <= today
    elif prefer == "future":
        assert got >= today
    # No other year on the preferred side (or either side, for "nearest") is nearer.
    for year in range(got.year - 8, got.year + 9):
        if year == got.year:
            continue
        try:
            other = date(year, month, day)
        except ValueError:
            continue
        if (prefer == "past" and other <= today) or (prefer == "future" and other >= today):
            assert abs(other - today) > abs(got - today)
        if prefer == "nearest":
            assert abs(other - today) >= abs(got - today)


@given(st.integers(0, 6), references, st.sampled_from(ZONES), st.sampled_from(PREFERS))
def test_a_weekday_alone_is_within_a_week(
    weekday: int, ref: datetime, zone: str, prefer: str
) -> None:
    tz = ZoneInfo(zone)
    today = ref.astimezone(tz).date()
    result = localenorm.parse(DAYS[weekday], reference=ref, default_tz=tz, prefer=prefer)  # type: ignore[arg-type]
    assert result.date.weekday() == weekday
    distance = (result.date - today).days
    assert {
        "past": -6 <= distance <= 0,
        "future": 1 <= distance <= 7,
        "nearest": -3 <= distance <= 3,
    }[prefer]


@given(
    st.integers(0, 23),
    st.integers(0, 59),
    references,
    st.sampled_from(ZONES),
    st.sampled_from(PREFERS),
)
def test_a_time_alone_is_on_the_reference_day_or_next_in_future(
    hour: int, minute: int, ref: datetime, zone: str, prefer: str
) -> None:
    tz = ZoneInfo(zone)
    result = localenorm.parse(
        f"{hour:02d}:{minute:02d}", reference=ref, default_tz=tz, prefer=prefer
    )  # type: ignore[arg-type]
    assert result.utc is not None
    local = ref.astimezone(tz)
    passed = (hour, minute) < (local.hour, local.minute)
    ahead = prefer == "future" and passed
    assert result.date == local.date() + timedelta(days=int(ahead))
    asked = datetime.combine(result.date, datetime.min.time()).replace(hour=hour, minute=minute)
    exists = asked.replace(tzinfo=tz).astimezone(timezone.utc).astimezone(tz).replace(
        tzinfo=None) == asked
    if exists:  # (a time a DST change skips moves forward by the gap)
        assert result.utc.astimezone(tz).replace(tzinfo=None) == asked


REF = datetime(2024, 3, 10, 10, 30, tzinfo=timezone.utc)  # a Sunday

TABLE = [
    ("23 Oct", "past", "2023-10-23"),
    ("23 Oct", "future", "2024-10-23"),
    ("23 Oct", "nearest", "2023-10-23"),
    ("23 Apr", "nearest", "2024-04-23"),
    ("10 Mar", "past", "2024-03-10"),
    ("10 Mar", "future", "2024-03-10"),
    ("23/10", "past", "2023-10-23"),
    ("29 Feb", "future", "2028-02-29"),
    ("29 Feb", "past", "2024-02-29"),
    ("Monday", "past", "2024-03-04"),
    ("Monday", "future", "2024-03-11"),
    ("Sunday", "past", "2024-03-10"),
    ("Sunday", "future", "2024-03-17"),
    ("Sunday", "nearest", "2024-03-10"),
    ("17:43", "past", "2024-03-10T17:43:00Z"),  # a time alone: the reference's day
    ("17:43", "future", "2024-03-10T17:43:00Z"),
    ("09:00", "past", "2024-03-10T09:00:00Z"),
    ("09:00", "future", "2024-03-11T09:00:00Z"),  # "future": the next time it is 09:00
    ("00:05", "nearest", "2024-03-10T00:05:00Z"),
    ("Sun 15 Sep", "past", "2024-09-15"),  # the weekday moves it to the next year's
    ("Monday 17:43", "past", "2024-03-04T17:43:00Z"),
    ("Sunday 17:00", "future", "2024-03-10T17:00:00Z"),  # still to come that day: today
    ("Sunday 09:00", "future", "2024-03-17T09:00:00Z"),
]


@pytest.mark.parametrize(("text", "prefer", "want"), TABLE, ids=[f"{t}-{p}" for t, p, _ in TABLE])
def test_table(text: str, prefer: str, want: str) -> None:
    got = localenorm.to_utc_iso(text, locale="en", reference=REF, prefer=prefer)  # type: ignore[arg-type]
    assert got == want


def test_a_time_alone_takes_the_reference_day_in_default_tz() -> None:
    late = datetime(2024, 3, 10, 23, 30, tzinfo=timezone.utc)  # 08:30 on the 11th in Tokyo
    result = localenorm.parse("08:00", reference=late, default_tz="Asia/Tokyo")
    assert result.iso == "2024-03-10T23:00:00Z"
    assert result.date == date(2024, 3, 11)


@pytest.mark.parametrize("text", ["23 Oct", "17:43", "Monday", "23/10"])
def test_without_reference_says_to_pass_one(text: str) -> None:
    with pytest.raises(NotATimestampError, match="reference="):
        localenorm.parse(text)


def test_unknown_prefer_is_refused() -> None:
    with pytest.raises(OptionError):
        localenorm.parse("23 Oct", reference=REF, prefer="later")  # type: ignore[arg-type]


def test_words_that_are_not_read_are_not_completed_over() -> None:
    # 'Karwoche' (Holy Week) would move the day: completing 'Mittwoch' alone would be wrong.
    with pytest.raises(NotATimestampError):
        localenorm.parse("Mittwoch der Karwoche", reference=REF)
