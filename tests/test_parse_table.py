"""Hand-written cases: what properties cannot state. Each row is a page string a person has
read and checked; ids say what the row is about."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
import pytz

import localenorm
from localenorm import (
    AmbiguousError,
    ContradictionError,
    InvalidDateError,
    NotATimestampError,
    OptionError,
    ParseError,
    UnknownZoneError,
)

ACCEPTED = [
    # (text, locale, expected iso)
    ("أكتوبر ٢٣, ٢٠٢٣ at ١٧:٤٣ GMT +00:00 · Published", None, "2023-10-23T17:43:00Z"),
    ("Monday, October 23, 2023 at 5:43 PM", "en-US", "2023-10-23T17:43:00Z"),
    ("10/23/2023", "en-US", "2023-10-23"),
    ("23/10/2023", "en-GB", "2023-10-23"),
    ("2023-10-23", "en-US", "2023-10-23"),
    ("2023/10/23", None, "2023-10-23"),
    ("23.10.2023 17.43", "fi", "2023-10-23T17:43:00Z"),
    ("23.10.2023 klo 17.43", "fi", "2023-10-23T17:43:00Z"),
    ("23. Oktober 2023 um 17:43 Uhr", "de", "2023-10-23T17:43:00Z"),
    ("23 octobre 2023 à 17 h 43", "fr", "2023-10-23T17:43:00Z"),
    ("23 de octubre de 2023, 5:43 p. m.", "es", "2023-10-23T17:43:00Z"),
    ("23 de octubre de 2023 a las 17:43", None, "2023-10-23T17:43:00Z"),
    ("23 октября 2023 г. в 17:43", "ru", "2023-10-23T17:43:00Z"),
    ("23 października 2023 o 17:43", "pl", "2023-10-23T17:43:00Z"),
    ("23. oktobra 2023 ob 17:43", "sl", "2023-10-23T17:43:00Z"),
    ("23. listopada 2023. u 17:43", "hr", "2023-10-23T17:43:00Z"),  # Croatian October
    ("23 oktober 2023 kl. 17.43", "sv", "2023-10-23T17:43:00Z"),
    ("23 أكتوبر 2023 في 5:43 م", "ar", "2023-10-23T17:43:00Z"),
    ("٢٣ أكتوبر ٢٠٢٣ ٥:٤٣ م", None, "2023-10-23T17:43:00Z"),
    ("۲۳ اکتبر ۲۰۲۳، ساعت ۱۷:۴۳", "fa", "2023-10-23T17:43:00Z"),
    ("23 ऑक्टोबर 2023, 5:43 अपराह्न", "mr", "2023-10-23T17:43:00Z"),
    ("2023年10月23日 午後5時43分", "ja", "2023-10-23T17:43:00Z"),
    ("2023年10月23日星期一 下午5:43", "zh", "2023-10-23T17:43:00Z"),
    ("发布时间：2023-07-07 01:15", "zh", "2023-07-07T01:15:00Z"),  # '时' here is not an hour
    # Bylines whose first word no table knows (once a crash in the relative reading):
    ("Publié le 10 août 1995 à 21h13", "fr", "1995-08-10T21:13:00Z"),
    ("Güncelleme: 03.06.2033 - 07:42", "tr", "2033-06-03T07:42:00Z"),
    ("अपडेटेड: 27 अगस्त, 2034 1:02 am (GMT+05:30)", "hi", "2034-08-26T19:32:00Z"),
    ("更新時間：2023年7月7日 01:15", None, "2023-07-07T01:15:00Z"),
    ("2023년 10월 23일 월요일 오후 5시 43분", "ko", "2023-10-23T17:43:00Z"),
    ("23 Oktober 2023 5:43 petang", "ms", "2023-10-23T17:43:00Z"),
    ("23 Oct 2023 5:43:05.250 pm", "en", "2023-10-23T17:43:05.25Z"),
    ("Oct. 23, 2023, 5:43 p.m.", "en", "2023-10-23T17:43:00Z"),
    ("23rd October 2023", None, "2023-10-23"),
    ("October 2023", None, "2023-10"),
    ("2023", None, "2023"),
    ("23/10/23", "en-GB", "2023-10-23"),
    ("17:43 23/10/2023", None, "2023-10-23T17:43:00Z"),
    ("2028年10月1日 星期日 晚上9:33:05", "zh-Hant", "2028-10-01T21:33:05Z"),  # ends at 24:00
    # Chinese and Japanese numerals
    ("二零一六年九月三号", None, "2016-09-03"),
    ("二〇〇九年十月十二日、月曜日", None, "2009-10-12"),
    ("2013年二月十五號", None, "2013-02-15"),
    ("1987年1月11日八点", "zh", "1987-01-11T08:00:00Z"),
    # ordinal weekdays and last days
    ("third Tuesday of September 2014", None, "2014-09-16"),
    ("last day of February 2024", "en", "2024-02-29"),
    ("sista söndag i mars 2014", None, "2014-03-30"),
    ("letzter Tag im Oktober 2015", None, "2015-10-31"),
    ("première mercredi d'octobre 2014", "fr", "2014-10-01"),
    ("u listopadu 2014", "hr", "2014-10"),
    ("в сентябре 2012", None, "2012-09"),
    # zones stated in the text
    ("23 Oct 2023 17:43 GMT+3", None, "2023-10-23T14:43:00Z"),
    ("23 Oct 2023 17:43 UTC+03:00", None, "2023-10-23T14:43:00Z"),
    ("23 Oct 2023 17:43 (GMT+7)", None, "2023-10-23T10:43:00Z"),
    ("23 Oct 2023 17:43 +0530", None, "2023-10-23T12:13:00Z"),
    ("23 Oct 2023 17:43 GMT-3", None, "2023-10-23T20:43:00Z"),
    ("٢٣ أكتوبر ٢٠٢٣ ١٧:٤٣ غرينتش+٣", "ar", "2023-10-23T14:43:00Z"),
    ("23 octobre 2023 17:43 temps universel coordonné", "fr", "2023-10-23T17:43:00Z"),
    ("23 أكتوبر 2023 17:43 التوقيت العالمي المنسق", None, "2023-10-23T17:43:00Z"),
    ("Monday, October 23, 2023 at 5:43:00 PM Coordinated Universal Time", None,
     "2023-10-23T17:43:00Z"),
    # machine formats
    ("2023-10-23T17:43:00+03:00", None, "2023-10-23T14:43:00Z"),
    ("Mon, 23 Oct 2023 17:43:00 +0000", None, "2023-10-23T17:43:00Z"),
    ("Monday, 23-Oct-23 17:43:00 GMT", None, "2023-10-23T17:43:00Z"),
    # invisible characters pages carry
    ("23\u200f/10\u200f/2023", "ar", "2023-10-23"),
    ("23\u00a0Oct\u202f2023", None, "2023-10-23"),
    ("أكتـــوبر 23، 2023", None, "2023-10-23"),
    ("２０２３年１０月２３日", None, "2023-10-23"),
    ("昭和64年1月7日", None, "1989-01-07"),  # an era year, never 2064
]


@pytest.mark.parametrize(("text", "locale", "iso"), ACCEPTED, ids=[a[0] for a in ACCEPTED])
def test_accepted(text: str, locale: str | None, iso: str) -> None:
    assert localenorm.parse(text, locale=locale).iso == iso


REFUSED = [
    ("", None, NotATimestampError),
    ("   ", None, NotATimestampError),
    ("hello world", None, NotATimestampError),
    ("5", None, NotATimestampError),
    ("01/02/2023", None, AmbiguousError),
    ("listopad 2023", None, AmbiguousError),  # Polish November, Croatian October
    ("30 February 2023", None, InvalidDateError),
    ("2023-02-29", None, InvalidDateError),
    ("31/04/2023", "en-GB", InvalidDateError),
    ("Tuesday, October 23, 2023", None, ContradictionError),
    ("23 Oct 2023 17:43 XYZT", None, UnknownZoneError),
    ("23 Oct 2023 5:43 zorp", "en", AmbiguousError),  # an unread word beside a 12-hour time
    ("October umpteenth, 2010", None, NotATimestampError),  # unread words beside a month
    ("23 Oct", None, NotATimestampError),  # partial: needs a reference
    ("17:43", None, NotATimestampError),
    ("昭和65年1月7日", None, ParseError),  # Shōwa ended in its 64th year
    ("x" * 10_000, None, NotATimestampError),
    ("fifth Monday of February 2023", "en", InvalidDateError),
    ("الثالث عشر من شباط 2013", "ar", NotATimestampError),  # 13th, a compound ordinal
    ("third Tuesday of September", "en", NotATimestampError),
    ("2018年11月26日午後三時半五十九秒", "ja", NotATimestampError),  # '半': half past
    ("12 id 2067 10:46:14 p. m.", None, AmbiguousError),  # Nheengatu April, or a day marker
]


@pytest.mark.parametrize(("text", "locale", "error"), REFUSED,
                         ids=[r[0][:40] or "empty" for r in REFUSED])
def test_refused(text: str, locale: str | None, error: type[ParseError]) -> None:
    with pytest.raises(error) as info:
        localenorm.parse(text, locale=locale)
    assert isinstance(info.value, ValueError)
    # The message quotes the input (shortened when long).
    assert repr(text[:20])[1:-1][:10] in str(info.value)


def test_ambiguity_lists_the_candidates() -> None:
    with pytest.raises(AmbiguousError) as info:
        localenorm.parse("01/02/2023")
    assert set(info.value.candidates) == {"2023-02-01", "2023-01-02"}


@pytest.mark.parametrize("reference", [None, datetime(2024, 3, 5, tzinfo=timezone.utc)])
def test_dotted_digits_open_in_order_may_also_be_a_time(reference: datetime | None) -> None:
    # Two dates, or 22:06:10 in the dotted style Finnish or Danish pages write times in:
    # without a locale none is the answer, and a reference does not make the time one.
    with pytest.raises(AmbiguousError) as info:
        localenorm.parse("22.06.10", reference=reference)
    assert set(info.value.candidates) == {"2010-06-22", "2022-06-10", "T22:06:10"}
    assert localenorm.parse("22.06.10", locale="fi").iso == "2010-06-22"


def test_error_span_points_into_the_original_text() -> None:
    text = "‏٣٠‏ فبراير ٢٠٢٣ 17:43 XYZT"
    with pytest.raises(UnknownZoneError) as info:
        localenorm.parse(text)
    assert info.value.span is not None
    start, end = info.value.span
    assert text[start:end] == "XYZT"


def test_result_fields_for_a_time() -> None:
    r = localenorm.parse("23 Oct 2023 17:43:05 +03:00", locale="en")
    assert r.iso == "2023-10-23T14:43:05Z"
    assert r.utc == datetime(2023, 10, 23, 14, 43, 5, tzinfo=timezone.utc)
    assert r.date == date(2023, 10, 23)
    assert r.grain == "second"
    assert r.offset == timedelta(hours=3)
    assert r.locale == "en"
    assert r.calendar == "gregorian"


def test_result_fields_for_a_date() -> None:
    r = localenorm.parse("23 octobre 2023")
    assert (r.iso, r.utc, r.date, r.grain, r.offset) == (
        "2023-10-23", None, date(2023, 10, 23), "day", None)
    assert r.locale == "fr"


def test_assumptions_name_the_default_zone_and_the_order() -> None:
    r = localenorm.parse("05/06/2023 17:43", locale="en-US", default_tz="Asia/Tokyo")
    assert r.iso == "2023-05-06T08:43:00Z"
    assert any("Asia/Tokyo" in a for a in r.assumptions)
    assert any("MDY" in a for a in r.assumptions)


def test_two_digit_year_pivot_is_recorded() -> None:
    r = localenorm.parse("10/23/68", locale="en-US")
    assert r.iso == "2068-10-23"
    assert any("pivot" in a for a in r.assumptions)
    assert localenorm.parse("10/23/69", locale="en-US").iso == "1969-10-23"


@pytest.mark.parametrize("tz", [
    "Asia/Kolkata", "+05:30", "UTC+05:30", ZoneInfo("Asia/Kolkata"),
    timezone(timedelta(hours=5, minutes=30)), pytz.timezone("Asia/Kolkata"),
], ids=["iana", "offset", "utc-offset", "zoneinfo", "timezone", "pytz"])
def test_default_tz_forms(tz: object) -> None:
    r = localenorm.parse("23 Oct 2023 17:43", default_tz=tz)  # type: ignore[arg-type]
    assert r.iso == "2023-10-23T12:13:00Z"


def test_default_tz_does_not_override_a_stated_offset() -> None:
    assert localenorm.parse("23 Oct 2023 17:43 GMT", default_tz="Asia/Tokyo").iso == \
        "2023-10-23T17:43:00Z"


@pytest.mark.parametrize("kwargs", [{"default_tz": "Mars/Olympus"}, {"locale": "123"},
                                    {"reference": datetime(2023, 1, 1)}])
def test_bad_options_are_errors(kwargs: dict[str, object]) -> None:
    with pytest.raises(OptionError):
        localenorm.parse("23 Oct 2023", **kwargs)  # type: ignore[arg-type]


def test_locale_hint_styles_are_equivalent() -> None:
    for tag in ("pt-BR", "pt_BR", "pt_br", "pt_BR.UTF-8"):
        assert localenorm.parse("23/10/2023", locale=tag).locale == "pt-BR"


def test_hint_decides_between_languages() -> None:
    assert localenorm.parse("listopad 2023", locale="pl").iso == "2023-11"
    assert localenorm.parse("listopad 2023", locale="hr").iso == "2023-10"


def test_to_utc_iso() -> None:
    assert localenorm.to_utc_iso("23 Oct 2023 17:43", default_tz="+02:00") == \
        "2023-10-23T15:43:00Z"


def test_not_a_string() -> None:
    with pytest.raises(OptionError):
        localenorm.parse(b"2023-10-23")  # type: ignore[arg-type]
