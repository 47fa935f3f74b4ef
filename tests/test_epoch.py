"""Unix epoch times, read only under ``epoch=``, exactly, and said so in ``.assumptions``."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import localenorm
from localenorm import AmbiguousError, InvalidDateError, OptionError

UNIX = datetime(1970, 1, 1, tzinfo=timezone.utc)
PER_UNIT = {"s": 1_000_000, "ms": 1_000, "us": 1}

instants = st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59),
                        timezones=st.just(timezone.utc))


def _micros(instant: datetime) -> int:
    return (instant - UNIX) // timedelta(microseconds=1)


@given(instants, st.sampled_from(sorted(PER_UNIT)))
@example(datetime(2023, 10, 23, 17, 43, tzinfo=timezone.utc), "s")
@example(datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=timezone.utc), "ms")
def test_an_instant_written_in_a_unit_reads_back(instant: datetime, unit: str) -> None:
    """Written exactly in the unit (a decimal fraction where the unit is coarser than a
    microsecond, a sign before 1970), the text reads back as the same instant, at second
    grain, in UTC, with the unit named."""
    micros = _micros(instant)
    whole, rest = divmod(abs(micros), PER_UNIT[unit])
    digits = len(str(PER_UNIT[unit])) - 1
    text = ("-" if micros < 0 else "") + str(whole) + (
        f".{rest:0{digits}d}" if rest else "")
    result = localenorm.parse(text, epoch=unit)
    assert result.utc == instant
    assert (result.grain, result.zone, result.zone_source, result.offset) == (
        "second", "UTC", "text", timedelta(0))
    assert result.iso.endswith("Z") and result.date == instant.date()
    assert any("Unix epoch" in note and f"epoch={unit!r}" in note
               for note in result.assumptions)


@pytest.mark.parametrize(("text", "iso", "unit"), [
    ("1698082980", "2023-10-23T17:43:00Z", "seconds: 10 digits"),
    ("1698082980123", "2023-10-23T17:43:00.123Z", "milliseconds: 13 digits"),
    ("1698082980123456", "2023-10-23T17:43:00.123456Z", "microseconds: 16 digits"),
    ("1698082980123456000", "2023-10-23T17:43:00.123456Z", "nanoseconds: 19 digits"),
    (" 1698082980.5 ", "2023-10-23T17:43:00.5Z", "seconds: 10 digits"),
])
def test_auto_reads_the_widths_of_current_times(text: str, iso: str, unit: str) -> None:
    result = localenorm.parse(text, epoch="auto")
    assert result.iso == iso
    assert f"Unix epoch time in {unit} (epoch='auto')" in result.assumptions


def test_never_without_the_option() -> None:
    with pytest.raises(localenorm.ParseError):
        localenorm.parse("1698082980")
    with pytest.raises(localenorm.ParseError):
        localenorm.parse("1698082980123")


@pytest.mark.parametrize("text", ["20231023", "2023"])
def test_auto_leaves_compact_dates_and_years_to_the_other_readers(text: str) -> None:
    assert localenorm.parse(text, epoch="auto") == localenorm.parse(text)


@pytest.mark.parametrize("text", ["169808298", "16980829801", "-1698082980", "+1698082980"])
def test_auto_refuses_other_widths_and_signs(text: str) -> None:
    """Not an epoch time under "auto", and no date to the other readers either."""
    with pytest.raises(localenorm.ParseError):
        localenorm.parse(text, epoch="auto")


def test_auto_reports_ten_digits_that_are_also_a_compact_hour() -> None:
    with pytest.raises(AmbiguousError) as caught:
        localenorm.parse("2023102317", epoch="auto")
    assert len(caught.value.candidates) == 2
    assert localenorm.parse("2023102317", epoch="s").iso == "2034-02-09T12:51:57Z"


def test_finer_than_a_microsecond_is_rounded_and_said() -> None:
    result = localenorm.parse("1698082980.1234565", epoch="s")
    assert result.iso == "2023-10-23T17:43:00.123456Z"  # half to even
    assert "rounded to the microsecond" in result.assumptions
    assert localenorm.parse("1698082980.1234575", epoch="s").iso.endswith(".123458Z")


def test_out_of_range_and_bad_units() -> None:
    with pytest.raises(InvalidDateError):
        localenorm.parse("999999999999", epoch="s")
    for bad in ("sec", "S", ""):
        with pytest.raises(OptionError):
            localenorm.parse("1698082980", epoch=bad)
        with pytest.raises(OptionError):  # whatever the text
            localenorm.parse("23 Oct 2023", epoch=bad)
    with pytest.raises(OptionError):
        localenorm.parse("1698082980", epoch=1)  # type: ignore[arg-type]


def test_texts_that_are_no_number_read_as_before() -> None:
    for text in ("23 Oct 2023 17:43", "2023-10-23T17:43:00Z", "3 Stunden"):
        try:
            expected: object = localenorm.parse(text)
        except localenorm.ParseError as exc:
            expected = (type(exc), str(exc))
        try:
            got: object = localenorm.parse(text, epoch="s")
        except localenorm.ParseError as exc:
            got = (type(exc), str(exc))
        assert got == expected
    assert localenorm.to_utc_iso("1698082980", epoch="s") == "2023-10-23T17:43:00Z"
