"""The machine-format fast path: ISO 8601 / RFC 3339, RFC 2822 / HTTP dates, asctime."""

from __future__ import annotations

import email.utils
from datetime import UTC, datetime, timedelta, timezone, tzinfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from localenorm._errors import InvalidDateError
from localenorm._fields import Fields
from localenorm._machine import TWO_DIGIT_PIVOT, parse_machine

Z = timedelta(0)


def hours(h: float) -> timedelta:
    return timedelta(hours=h)


def day(y: int, m: int, d: int) -> Fields:
    return Fields(year=y, month=m, day=d)


def at(
    hms: str, *, us: int = 0, offset: timedelta | None = None, weekday: int | None = None
) -> Fields:
    """Fields on 2023-10-23 at ``hms`` ("17", "17:43" or "17:43:05"), keeping its grain."""
    parts: list[int | None] = [int(p) for p in hms.split(":")]
    parts += [None] * (3 - len(parts))
    return Fields(
        year=2023,
        month=10,
        day=23,
        hour=parts[0],
        minute=parts[1],
        second=parts[2],
        microsecond=us,
        offset=offset,
        weekday=weekday,
    )


ACCEPTED = [
    # ISO 8601 / RFC 3339, extended
    pytest.param("2023-10", Fields(year=2023, month=10), id="iso-month"),
    pytest.param("2023-10-23", day(2023, 10, 23), id="iso-date"),
    pytest.param("2023-10-23T17", at("17"), id="iso-hour"),
    pytest.param("2023-10-23T17:43", at("17:43"), id="iso-minute"),
    pytest.param("2023-10-23T17:43:05", at("17:43:05"), id="iso-second"),
    pytest.param("2023-10-23 17:43:05", at("17:43:05"), id="iso-space-separator"),
    pytest.param("2023-10-23t17:43:05z", at("17:43:05", offset=Z), id="iso-lowercase-t-z"),
    pytest.param("2023-10-23T17:43:05Z", at("17:43:05", offset=Z), id="iso-zulu"),
    pytest.param("2023-10-23T17:43:05+03:00", at("17:43:05", offset=hours(3)), id="iso-offset"),
    pytest.param(
        "2023-10-23T17:43:05+0300", at("17:43:05", offset=hours(3)), id="iso-offset-basic"
    ),
    pytest.param("2023-10-23T17:43:05+03", at("17:43:05", offset=hours(3)), id="iso-offset-hours"),
    pytest.param(
        "2023-10-23T17:43:05-05:30", at("17:43:05", offset=-hours(5.5)), id="iso-negative-offset"
    ),
    pytest.param(
        "2023-10-23T17:43:05\u221205:30", at("17:43:05", offset=-hours(5.5)), id="iso-u2212-minus"
    ),
    pytest.param("2023-10-23T17:43:05-00:00", at("17:43:05", offset=Z), id="iso-unknown-local"),
    pytest.param(
        "2023-10-23T17:43:05+00:53:28",
        at("17:43:05", offset=timedelta(minutes=53, seconds=28)),
        id="iso-offset-with-seconds",
    ),
    pytest.param("2023-10-23T17+03", at("17", offset=hours(3)), id="iso-hour-with-offset"),
    pytest.param("2023-10-23T17:43Z", at("17:43", offset=Z), id="iso-minute-zulu"),
    pytest.param("2023-10-23 17:43:05 +0300", at("17:43:05", offset=hours(3)), id="ruby-to-s"),
    pytest.param("2023-10-23 17:43:05 UTC", at("17:43:05", offset=Z), id="iso-space-utc"),
    pytest.param("2023-10-23 17:43:05 Z", at("17:43:05", offset=Z), id="iso-space-z"),
    # fractions
    pytest.param("2023-10-23T17:43:05.5", at("17:43:05", us=500000), id="fraction-one-digit"),
    pytest.param(
        "2023-10-23T17:43:05,25Z", at("17:43:05", us=250000, offset=Z), id="fraction-comma"
    ),
    pytest.param("2023-10-23T17:43:05.123456", at("17:43:05", us=123456), id="fraction-micro"),
    pytest.param(
        "2023-10-23T17:43:05.123456789+03:00",
        at("17:43:05", us=123456, offset=hours(3)),
        id="fraction-nano-truncated",
    ),
    pytest.param(
        "2023-10-23T17:43:05.9999999", at("17:43:05", us=999999), id="fraction-never-rounds-up"
    ),
    pytest.param("2023-10-23T17:43:05." + "1" * 500, at("17:43:05", us=111111), id="fraction-long"),
    # ISO 8601 basic
    pytest.param("20231023", day(2023, 10, 23), id="basic-date"),
    pytest.param("20231023T174305Z", at("17:43:05", offset=Z), id="basic-second-zulu"),
    pytest.param("20231023T1743+0300", at("17:43", offset=hours(3)), id="basic-minute-offset"),
    pytest.param("20231023T174305.25", at("17:43:05", us=250000), id="basic-fraction"),
    # week and ordinal dates
    pytest.param("2023-W43-1", day(2023, 10, 23), id="week-date"),
    pytest.param("2023W431", day(2023, 10, 23), id="week-date-basic"),
    pytest.param("2023-W43-1T17:43Z", at("17:43", offset=Z), id="week-date-time"),
    pytest.param("2020-W53-7", day(2021, 1, 3), id="week-53-into-next-year"),
    pytest.param("2019-W01-1", day(2018, 12, 31), id="week-1-from-previous-year"),
    pytest.param("9999-W52-5", day(9999, 12, 31), id="last-week-date"),
    pytest.param("0001-W01-1", day(1, 1, 1), id="first-week-date"),
    pytest.param("2023-296", day(2023, 10, 23), id="ordinal"),
    pytest.param("2024-366", day(2024, 12, 31), id="ordinal-leap"),
    pytest.param("2023-296T17:43:05Z", at("17:43:05", offset=Z), id="ordinal-time"),
    pytest.param("2024-02-29", day(2024, 2, 29), id="leap-day"),
    pytest.param("2000-02-29", day(2000, 2, 29), id="leap-day-400"),
    pytest.param("0001-01-01T00:00:00Z", Fields(1, 1, 1, 0, 0, 0, offset=Z), id="year-1"),
    # RFC 2822 / 5322 / HTTP
    pytest.param(
        "Mon, 23 Oct 2023 17:43:05 +0000", at("17:43:05", offset=Z, weekday=0), id="rfc2822"
    ),
    pytest.param(
        "Mon, 23 Oct 2023 17:43:05 GMT", at("17:43:05", offset=Z, weekday=0), id="http-date"
    ),
    pytest.param("23 Oct 2023 17:43 GMT", at("17:43", offset=Z), id="rfc2822-no-weekday-no-sec"),
    pytest.param(
        "Mon, 23 Oct 2023 17:43:05 -0000", at("17:43:05", offset=Z, weekday=0), id="-0000"
    ),
    pytest.param("Mon, 23 Oct 2023 17:43:05 UT", at("17:43:05", offset=Z, weekday=0), id="UT"),
    pytest.param("Mon, 23 Oct 2023 17:43:05 UTC", at("17:43:05", offset=Z, weekday=0), id="UTC"),
    pytest.param("23 Oct 2023 17:43:05 EST", at("17:43:05", offset=-hours(5)), id="EST"),
    pytest.param("23 Oct 2023 17:43:05 EDT", at("17:43:05", offset=-hours(4)), id="EDT"),
    pytest.param("23 Oct 2023 17:43:05 CST", at("17:43:05", offset=-hours(6)), id="CST"),
    pytest.param("23 Oct 2023 17:43:05 CDT", at("17:43:05", offset=-hours(5)), id="CDT"),
    pytest.param("23 Oct 2023 17:43:05 MST", at("17:43:05", offset=-hours(7)), id="MST"),
    pytest.param("23 Oct 2023 17:43:05 MDT", at("17:43:05", offset=-hours(6)), id="MDT"),
    pytest.param("23 Oct 2023 17:43:05 PST", at("17:43:05", offset=-hours(8)), id="PST"),
    pytest.param("23 Oct 2023 17:43:05 PDT", at("17:43:05", offset=-hours(7)), id="PDT"),
    pytest.param(
        "Mon, 23 Oct 2023 17:43:05 +0530", at("17:43:05", offset=hours(5.5), weekday=0), id="+0530"
    ),
    pytest.param(
        "Mon, 23 Oct 2023 17:43:05 +03:00", at("17:43:05", offset=hours(3), weekday=0), id="colon"
    ),
    pytest.param(
        "Mon, 23 Oct 2023 17:43:05 -0700 (PDT)",
        at("17:43:05", offset=-hours(7), weekday=0),
        id="rfc2822-comment",
    ),
    pytest.param(
        "mon, 23 oct 2023 17:43:05 gmt", at("17:43:05", offset=Z, weekday=0), id="lowercase"
    ),
    pytest.param(
        "MON,23 OCT 2023 17:43:05 GMT", at("17:43:05", offset=Z, weekday=0), id="uppercase-tight"
    ),
    pytest.param(
        "Tue, 3 Oct 2023 17:43:05 GMT",
        Fields(2023, 10, 3, 17, 43, 5, offset=Z, weekday=1),
        id="one-digit-day",
    ),
    pytest.param(
        "Tue, 23 Oct 2023 17:43:05 GMT",
        at("17:43:05", offset=Z, weekday=1),
        id="wrong-weekday-is-reported-not-judged",
    ),
    # RFC 850 and the Netscape cookie form
    pytest.param(
        "Monday, 23-Oct-23 17:43:05 GMT", at("17:43:05", offset=Z, weekday=0), id="rfc850"
    ),
    pytest.param(
        "Monday, 23-Oct-2023 17:43:05 GMT", at("17:43:05", offset=Z, weekday=0), id="cookie"
    ),
    pytest.param(
        "Thursday, 01-Jan-70 00:00:00 GMT",
        Fields(1970, 1, 1, 0, 0, 0, offset=Z, weekday=3),
        id="two-digit-69-and-up-are-1900s",
    ),
    pytest.param(
        "Friday, 31-Dec-68 23:59:59 GMT",
        Fields(2068, 12, 31, 23, 59, 59, offset=Z, weekday=4),
        id="two-digit-below-69-are-2000s",
    ),
    pytest.param(
        "Sun, 06 Nov 94 08:49:37 GMT",
        Fields(1994, 11, 6, 8, 49, 37, offset=Z, weekday=6),
        id="rfc2822-two-digit-year",
    ),
    # asctime
    pytest.param("Mon Oct 23 17:43:05 2023", at("17:43:05", weekday=0), id="asctime"),
    pytest.param(
        "Sun Nov  6 08:49:37 1994",
        Fields(1994, 11, 6, 8, 49, 37, weekday=6),
        id="asctime-space-padded-day",
    ),
    pytest.param(
        "Mon Oct 23 17:43:05 UTC 2023", at("17:43:05", offset=Z, weekday=0), id="unix-date-utc"
    ),
    # surrounding whitespace is tolerated
    pytest.param("  2023-10-23T17:43Z\n", at("17:43", offset=Z), id="whitespace"),
]


@pytest.mark.parametrize(("text", "expected"), ACCEPTED)
def test_accepted(text: str, expected: Fields) -> None:
    assert parse_machine(text) == expected


REJECTED = [
    pytest.param("2023-13", "month 13", "13", id="month-13-month-grain"),
    pytest.param("2023-13-01", "month 13", "13", id="month-13"),
    pytest.param("2023-00-10", "month 0", "00", id="month-0"),
    pytest.param("2023-10-00", "day 0", "00", id="day-0"),
    pytest.param("2023-02-29", "day 29", "29", id="feb-29-common-year"),
    pytest.param("1900-02-29", "day 29", "29", id="feb-29-1900"),
    pytest.param("2023-02-30T10:00Z", "day 30", "30", id="feb-30"),
    pytest.param("2023-04-31", "day 31", "31", id="april-31"),
    pytest.param("20231301", "month 13", "13", id="basic-month-13"),
    pytest.param("0000-01-01", "year 0", "0000", id="year-0"),
    pytest.param("2023-10-23T25:00", "hour 25", "25", id="hour-25"),
    pytest.param("2023-10-23T24:00", "end of day", "24", id="24:00"),
    pytest.param("2023-10-23T24:00:00Z", "end of day", "24", id="24:00:00"),
    pytest.param("2023-10-23T24:30", "hour 24", "24", id="24:30"),
    pytest.param("2023-10-23T17:60", "minute 60", "60", id="minute-60"),
    pytest.param("2023-10-23T17:43:60Z", "leap second", "60", id="leap-second"),
    pytest.param("2023-10-23T17:43:61", "second 61", "61", id="second-61"),
    pytest.param("2023-10-23T17:43+24:00", "offset", "24", id="offset-24h"),
    pytest.param("2023-10-23T17:43+99", "offset", "99", id="offset-99h"),
    pytest.param("2023-10-23T17:43-05:60", "offset", "60", id="offset-minute-60"),
    pytest.param("2023-W54-1", "week 54", "54", id="week-54"),
    pytest.param("2023-W53-1", "week 53", "53", id="week-53-in-52-week-year"),
    pytest.param("2023-W00-1", "week 0", "00", id="week-0"),
    pytest.param("2023-W43-8", "weekday 8", "8", id="iso-weekday-8"),
    pytest.param("9999-W52-6", "after 9999-12-31", "6", id="week-date-in-year-10000"),
    pytest.param("2023-366", "day of year 366", "366", id="ordinal-366-common-year"),
    pytest.param("2023-000", "day of year 0", "000", id="ordinal-0"),
    pytest.param("Mon, 32 Oct 2023 17:43:05 GMT", "day 32", "32", id="rfc-day-32"),
    pytest.param("29 Feb 2023 17:43:05 GMT", "day 29", "29", id="rfc-feb-29"),
    pytest.param("23 Oct 2023 25:43:05 GMT", "hour 25", "25", id="rfc-hour-25"),
    pytest.param("23 Oct 2023 17:43:60 GMT", "leap second", "60", id="rfc-leap-second"),
    pytest.param("23 Oct 2023 17:43:05 +2400", "offset", "24", id="rfc-offset-24h"),
    pytest.param("23 Oct 2023 17:43:05 +0075", "offset", "75", id="rfc-offset-minute-75"),
    pytest.param("23 Oct 0000 17:43:05 GMT", "year 0", "0000", id="rfc-year-0"),
    pytest.param("Mon Feb 30 17:43:05 2023", "day 30", "30", id="asctime-feb-30"),
]


@pytest.mark.parametrize(("text", "reason", "culprit"), REJECTED)
def test_rejected(text: str, reason: str, culprit: str) -> None:
    with pytest.raises(InvalidDateError) as caught:
        parse_machine(text)
    error = caught.value
    assert error.text == text
    assert reason in error.reason
    assert error.span is not None
    start, end = error.span
    assert text[start:end] == culprit


def test_error_span_indexes_the_unstripped_text() -> None:
    text = " \t 2023-02-30T10:00Z "
    with pytest.raises(InvalidDateError) as caught:
        parse_machine(text)
    assert caught.value.span is not None
    start, end = caught.value.span
    assert text[start:end] == "30"


NOT_MACHINE = [
    pytest.param("23 أكتوبر 2023", id="arabic"),
    pytest.param("10/23/2023", id="slashes"),
    pytest.param("Oct 23, 2023", id="us-abbreviated"),
    pytest.param("October 23, 2023 5:43 PM", id="us-long-12h"),
    pytest.param("hello", id="word"),
    pytest.param("", id="empty"),
    pytest.param("   ", id="blank"),
    pytest.param("2023", id="lone-year"),
    pytest.param("1698082985", id="epoch-seconds"),
    pytest.param("202310", id="basic-year-month-is-not-iso"),
    pytest.param("2023296", id="basic-ordinal"),
    pytest.param("20231023174305", id="basic-without-T"),
    pytest.param("2023-W43", id="week-without-day"),
    pytest.param("2023-10T17:43", id="month-with-time"),
    pytest.param("2023-10-23Z", id="date-with-zone"),
    pytest.param("2023-10-23T17:43.5", id="fractional-minute"),
    pytest.param("2023-10-23T17:43:05.", id="empty-fraction"),
    pytest.param("2023-10-23T17:43:05+3", id="one-digit-offset"),
    pytest.param("2023-10-23T17:43:05+03:00[Europe/Istanbul]", id="rfc9557-suffix"),
    pytest.param("2023-10-23 17:43:05 CEST", id="iso-with-zone-abbreviation"),
    pytest.param("2023-10-23 17:43:05.123 +0000 UTC", id="go-time-string"),
    pytest.param("+002023-10-23", id="expanded-year"),
    pytest.param("23-10-2023", id="day-first-dashes"),
    pytest.param("2023-1-5", id="unpadded-iso"),
    pytest.param("٢٠٢٣-١٠-٢٣", id="arabic-indic-digits"),
    pytest.param("２０２３-１０-２３", id="fullwidth-digits"),
    pytest.param("23 Oct 2023", id="rfc-without-time"),
    pytest.param("23 Oct 2023 17:43", id="rfc-without-zone"),
    pytest.param("Mon, 23 Oct 2023 17:43:05 CEST", id="rfc-unknown-zone"),
    pytest.param("Mon, 23 Oct 2023 17:43:05 Z", id="rfc-military-zone"),
    pytest.param("23 October 2023 17:43 GMT", id="full-month-name"),
    pytest.param("Mon, 23 Oct 2023 17:43:05 GMT and more", id="trailing-text"),
    pytest.param("Mon Oct 23 17:43:05 CST 2023", id="unix-date-local-zone"),
    pytest.param("Mon Oct 23 17:43 2023", id="asctime-without-seconds"),
    pytest.param("Mon Oct 23 2023 17:43:05 GMT+0300 (Eastern European Summer Time)", id="js"),
]


@pytest.mark.parametrize("text", NOT_MACHINE)
def test_not_machine(text: str) -> None:
    assert parse_machine(text) is None


def test_two_digit_pivot_is_69() -> None:
    assert TWO_DIGIT_PIVOT == 69


# --- properties ------------------------------------------------------------------------------

# Years 2-9998 keep every UTC conversion inside datetime's range.
_MIN = datetime(2, 1, 1)
_MAX = datetime(9998, 12, 31, 23, 59, 59, 999999)

# Python prints offsets with seconds (never microseconds) for whole-second offsets.
fixed_zones = st.integers(-86399, 86399).map(lambda s: timezone(timedelta(seconds=s)))
zones: st.SearchStrategy[tzinfo] = st.one_of(st.just(UTC), fixed_zones, st.timezones())
aware = st.datetimes(min_value=_MIN, max_value=_MAX, timezones=zones)


def instant(fields: Fields) -> datetime:
    """The naive UTC datetime ``fields`` denotes (all of them carry an offset here)."""
    assert fields.offset is not None
    local = datetime(
        fields.year,
        fields.month or 1,
        fields.day or 1,
        fields.hour or 0,
        fields.minute or 0,
        fields.second or 0,
        fields.microsecond,
    )
    return local - fields.offset


def naive_utc(dt: datetime) -> datetime:
    # Not dt == parsed: PEP 495 makes inter-zone equality False for instants in a fold.
    offset = dt.utcoffset()
    assert offset is not None
    return dt.replace(tzinfo=None) - offset


_TRUNCATE = {
    "auto": lambda dt: dt,
    "hours": lambda dt: dt.replace(minute=0, second=0, microsecond=0),
    "minutes": lambda dt: dt.replace(second=0, microsecond=0),
    "seconds": lambda dt: dt.replace(microsecond=0),
    "milliseconds": lambda dt: dt.replace(microsecond=dt.microsecond // 1000 * 1000),
    "microseconds": lambda dt: dt,
}
_GRAIN = {
    "auto": "second",
    "hours": "hour",
    "minutes": "minute",
    "seconds": "second",
    "milliseconds": "second",
    "microseconds": "second",
}


@given(dt=aware, sep=st.sampled_from(["T", " "]), timespec=st.sampled_from(sorted(_TRUNCATE)))
def test_isoformat_round_trips(dt: datetime, sep: str, timespec: str) -> None:
    text = dt.isoformat(sep=sep, timespec=timespec)
    fields = parse_machine(text)
    assert fields is not None, text
    assert fields.grain == _GRAIN[timespec]
    assert fields.offset == dt.utcoffset()
    # The printed offset is dt's own; truncation may cross a zone transition, so reuse it.
    assert instant(fields) == _TRUNCATE[timespec](dt).replace(tzinfo=None) - fields.offset


@given(dt=aware)
def test_isoformat_basic_and_utc_forms_round_trip(dt: datetime) -> None:
    utc = dt.astimezone(UTC)
    # f-strings, not strftime: glibc's %Y does not zero-pad years below 1000.
    ymd = f"{utc.year:04d}{utc.month:02d}{utc.day:02d}"
    hms = f"{utc.hour:02d}{utc.minute:02d}{utc.second:02d}.{utc.microsecond:06d}"
    for text in (
        f"{ymd}T{hms}Z",
        utc.isoformat().replace("+00:00", "Z"),
        utc.isoformat(sep=" ").replace("+00:00", " UTC"),
    ):
        fields = parse_machine(text)
        assert fields is not None, text
        assert instant(fields) == utc.replace(tzinfo=None)


@given(dt=aware)
def test_email_format_datetime_round_trips(dt: datetime) -> None:
    text = email.utils.format_datetime(dt)
    fields = parse_machine(text)
    assert fields is not None, text
    assert fields.weekday == dt.weekday()
    assert instant(fields) == naive_utc(dt.replace(microsecond=0))


@given(dt=st.datetimes(min_value=_MIN, max_value=_MAX, timezones=st.just(UTC)))
def test_http_date_round_trips(dt: datetime) -> None:
    text = email.utils.format_datetime(dt, usegmt=True)
    fields = parse_machine(text)
    assert fields is not None, text
    assert fields.offset == timedelta(0)
    assert instant(fields) == dt.replace(tzinfo=None, microsecond=0)


@given(dt=st.datetimes())
def test_week_and_ordinal_dates_round_trip(dt: datetime) -> None:
    iso_year, week, weekday = dt.isocalendar()
    expected = Fields(year=dt.year, month=dt.month, day=dt.day)
    assert parse_machine(f"{iso_year:04d}-W{week:02d}-{weekday}") == expected
    assert parse_machine(f"{dt.year:04d}-{dt.timetuple().tm_yday:03d}") == expected


def check_contract(text: str) -> None:
    """Fuzz contract: None, Fields that make a real datetime, or InvalidDateError."""
    try:
        fields = parse_machine(text)
    except InvalidDateError as error:
        assert error.text == text
        return
    if fields is None:
        return
    datetime(
        fields.year,
        fields.month or 1,
        fields.day or 1,
        fields.hour or 0,
        fields.minute or 0,
        fields.second or 0,
        fields.microsecond,
    )
    if fields.offset is not None:
        assert abs(fields.offset) < timedelta(hours=24)
        timezone(fields.offset)
    assert fields.weekday is None or 0 <= fields.weekday <= 6


@given(st.text())
def test_random_text_only_raises_invalid_date(text: str) -> None:
    check_contract(text)


# Near misses: the right shapes with arbitrary digits, names and separators.
_TOKENS = [
    *"0123456789",
    "00",
    "12",
    "23",
    "24",
    "29",
    "30",
    "31",
    "59",
    "60",
    "99",
    "2023",
    "0000",
    "9999",
    "-",
    ":",
    ".",
    ",",
    "T",
    "t",
    " ",
    "  ",
    "W",
    "Z",
    "+",
    "\u2212",
    "GMT",
    "UTC",
    "PDT",
    "Mon",
    "Monday",
    ", ",
    "Oct",
    "Feb",
    "(",
    ")",
    "٣",
    "\n",
]


@given(st.lists(st.sampled_from(_TOKENS), max_size=20).map("".join))
def test_token_soup_only_raises_invalid_date(text: str) -> None:
    check_contract(text)


@given(
    st.from_regex(
        r"\A[0-9]{4}-?[0-9]{2}-?[0-9]{2}([T ][0-9]{2}(:?[0-9]{2}(:?[0-9]{2}([.,][0-9]{1,12})?)?)?"
        r"( ?(Z|[+\-\u2212][0-9]{2}(:?[0-9]{2})?))?)?\Z"
    )
)
def test_iso_shaped_digits_only_raise_invalid_date(text: str) -> None:
    check_contract(text)


@given(st.from_regex(r"\A(0000|0001|9999|[0-9]{4})(-?W[0-9]{2}-?[0-9]|-[0-9]{3})\Z"))
def test_week_and_ordinal_shapes_only_raise_invalid_date(text: str) -> None:
    check_contract(text)


@given(
    st.from_regex(
        r"\A((Mon|Sunday), ?)?[0-9]{1,2}[ -](Jan|Feb|Apr|Dec)[ -]([0-9]{2}|[0-9]{4}) "
        r"[0-9]{2}:[0-9]{2}(:[0-9]{2})? ([+-][0-9]{4}|GMT|EST|UT)\Z"
    )
)
def test_rfc_shaped_digits_only_raise_invalid_date(text: str) -> None:
    check_contract(text)
