"""Clock phrases in words ('at 8 pm', 'om 2 uur', 'a quarter past 1pm', 'в 11 вечора'), the
clock-or-length rule ('15 uur', '15h'), and day periods that name the half of the day."""

from __future__ import annotations

import pathlib
from datetime import datetime, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

import localenorm
from localenorm import AmbiguousError, NotATimestampError
from tests.packaged import generator

ROOT = pathlib.Path(__file__).resolve().parent.parent
REF = datetime(2025, 6, 4, 9, 15, tzinfo=timezone.utc)  # a Wednesday morning
DAY = "2025-06-04"

# (text, locale, the time of day on the reference's day)
TABLE = [
    # a number and an o'clock word
    ("um 19 Uhr", "de", "19:00"),
    ("19 uur", "nl", "19:00"),
    ("om 21 uur", "nl", "21:00"),
    ("kl. 16", "da", "16:00"),
    ("klockan 22", "sv", "22:00"),
    ("alle 13", "it", "13:00"),
    ("à 17h", "fr", "17:00"),
    ("17h45", "fr", "17:45"),
    ("dix-sept heures", "fr", "17:00"),
    ("Saat 20", "tr", "20:00"),
    ("в 18 часов", "ru", "18:00"),
    ("о 19.40", "uk", "19:40"),
    ("21.05 Uhr", "de", "21:05"),
    # day periods set the half of the day
    ("at 7 pm", "en", "19:00"),
    ("seven am", "en", "07:00"),
    ("9 in the evening", "en", "21:00"),
    ("tonight at 9", "en", "21:00"),
    ("this afternoon at 4", "en", "16:00"),
    ("10 at night", "en", "22:00"),
    ("4.45 pm", "en", "16:45"),
    ("2:05pm", "en", "14:05"),
    ("1230 p.m.", "en", "12:30"),
    ("9 Uhr abends", "de", "21:00"),
    ("um 5 am Nachmittag", "de", "17:00"),
    ("a las 9 de la noche", "es", "21:00"),
    ("esta noche a las 10", "es", "22:00"),
    ("nueve y veinte de la mañana", "es", "09:20"),
    ("às seis e dez da tarde", "pt", "18:10"),
    ("sette e 15 di sera", "it", "19:15"),
    ("о 9 вечора", "uk", "21:00"),
    ("в 7 утра", "ru", "07:00"),
    ("akşam yedi", "tr", "19:00"),
    ("tien uur 's avonds", "nl", "22:00"),
    ("晚上六点", "zh", "18:00"),
    ("早上十点", "zh", "10:00"),
    ("午後二時半", "ja", "14:30"),
    # minutes past and to the hour, quarters and halves, with a day period
    ("a quarter past 4pm", "en", "16:15"),
    ("half past 6 in the evening", "en", "18:30"),
    ("25 min past seven in the morning", "en", "07:25"),
    ("ten to 11 pm", "en", "22:50"),
    ("viertel vor 8 abends", "de", "19:45"),
    ("halb 9 abends", "de", "20:30"),
    ("nueve menos cuarto de la noche", "es", "20:45"),
    ("kvart over 19", "da", "19:15"),
    # more languages
    ("17 საათსა და 40 წუთზე", "ka", "17:40"),
    ("საღამოს 9 საათზე", "ka", "21:00"),
    ("lúc 4 giờ chiều", "vi", "16:00"),
    ("u 18 sati", "hr", "18:00"),
    ("du. 4", "hu", "16:00"),
    ("8 tego wieczora", "pl", "20:00"),
    ("στις 6 η ώρα το απόγευμα", "el", "18:00"),
    ("午後4時ちょうど", "ja", "16:00"),
    ("6 pm sharp", "en", "18:00"),
    # noon, hedges
    ("noon", "en", "12:00"),
    ("twenty to noon", "en", "11:40"),
    ("a quarter past noon", "en", "12:15"),
    ("mezzogiorno", "it", "12:00"),
    ("ca. um 18 Uhr", "de", "18:00"),
    ("around 6 pm", "en", "18:00"),
    ("environ à 20h", "fr", "20:00"),
]


@pytest.mark.parametrize(("text", "locale", "clock"), TABLE, ids=[t for t, _, _ in TABLE])
def test_clock_phrases(text: str, locale: str, clock: str) -> None:
    result = localenorm.parse(text, locale=locale, reference=REF)
    assert result.iso == f"{DAY}T{clock}:00Z"
    assert any("a time alone" in note for note in result.assumptions)


def test_a_hedge_is_named_in_the_assumptions() -> None:
    result = localenorm.parse("so um 16 Uhr", locale="de", reference=REF)
    assert result.iso == f"{DAY}T16:00:00Z"
    assert any(note.startswith("approximate") and "so um" in note
               for note in result.assumptions)


def test_an_hour_read_as_written_says_so() -> None:
    result = localenorm.parse("о 7.30", locale="uk", reference=REF)
    assert result.iso == f"{DAY}T07:30:00Z"
    assert any("24-hour clock" in note for note in result.assumptions)


@pytest.mark.parametrize(("text", "locale"), [
    ("at 8", "en"),            # 08:00 or 20:00
    ("om 4 uur", "nl"),
    ("7 uur", "nl"),
    ("в 5", "ru"),
    ("kl. 6", "da"),
    ("half past 4", "en"),     # said the 12-hour way
    ("viertel nach 7", "de"),
    ("halb 5", "de"),
    ("at five", "en"),
    ("tonight at 1", "en"),    # 01:00 after the night, or 13:00?
    ("12 at night", "en"),     # the midnight that starts or ends the day
])
def test_a_twelve_hour_reading_left_open_is_refused(text: str, locale: str) -> None:
    with pytest.raises(AmbiguousError):
        localenorm.parse(text, locale=locale, reference=REF)


@pytest.mark.parametrize(("text", "locale"), [
    ("twelve", "en"), ("14", "de"), ("ungefähr 9", "de"),  # a number alone is no time
    ("le 3", "fr"),  # Italian 'le' is an 'at', French 'le' is 'the'
])
def test_numbers_without_clock_words_are_not_times(text: str, locale: str) -> None:
    with pytest.raises(NotATimestampError):
        localenorm.parse(text, locale=locale, reference=REF)


def test_a_date_stays_a_date_unless_a_clock_word_says_time() -> None:
    assert localenorm.parse("am 11.10", locale="de", reference=REF).iso == "2024-10-11"
    assert localenorm.parse("11.10 Uhr", locale="de", reference=REF).iso == f"{DAY}T11:10:00Z"


def test_a_time_alone_needs_a_reference() -> None:
    with pytest.raises(NotATimestampError, match="reference="):
        localenorm.parse("um 19 Uhr", locale="de")


def test_after_a_relative_day() -> None:
    result = localenorm.parse("tomorrow at 6 pm", locale="en", reference=REF)
    assert result.iso == "2025-06-05T18:00:00Z"


# -- a number with a word that is an hour of the clock and a unit of length -----------------


@pytest.mark.parametrize(("text", "locale", "clock"), [
    ("18 uur", "nl", "18:00"), ("0 uur", "nl", "00:00"), ("20 часов", "ru", "20:00"),
    ("16 години", "uk", "16:00"), ("21h", "fr", "21:00"), ("20h", "sv", "20:00"),
    ("vingt heures", "fr", "20:00"),
])
def test_where_the_language_writes_hours_that_way_it_is_a_clock(
        text: str, locale: str, clock: str) -> None:
    result = localenorm.parse(text, locale=locale, reference=REF)
    assert result.iso == f"{DAY}T{clock}:00Z"
    assert any("not as a length" in note for note in result.assumptions)


def test_an_english_feed_length_stays_a_length() -> None:
    result = localenorm.parse("4h", locale="en", reference=REF)
    assert result.iso == "2025-06-04T05:15:00Z"
    assert any("a length alone" in note for note in result.assumptions)


@pytest.mark.parametrize(("text", "locale"), [("19h", "en"), ("19h", None), ("4h", None)])
def test_clock_or_length_left_open_is_refused(text: str, locale: str | None) -> None:
    with pytest.raises(AmbiguousError):
        localenorm.parse(text, locale=locale, reference=REF)


def test_lengths_with_their_direction_are_untouched() -> None:
    assert localenorm.parse("3 uur geleden", locale="nl", reference=REF).iso == \
        "2025-06-04T06:15:00Z"
    assert localenorm.parse("in 2 hours", locale="en", reference=REF).iso == \
        "2025-06-04T11:15:00Z"


# -- properties -------------------------------------------------------------------------------


@given(st.integers(13, 23), st.integers(0, 59))
def test_french_hours_with_h(hour: int, minute: int) -> None:
    text = f"{hour}h{minute:02d}" if minute else f"{hour}h"
    result = localenorm.parse(text, locale="fr", reference=REF)
    assert result.iso == f"{DAY}T{hour:02d}:{minute:02d}:00Z"


@given(st.integers(1, 12), st.integers(0, 59), st.sampled_from(["am", "pm", "a.m.", "p.m."]))
def test_english_hours_with_a_day_period(hour: int, minute: int, period: str) -> None:
    text = f"at {hour}:{minute:02d} {period}" if minute else f"at {hour} {period}"
    want = hour % 12 + (12 if period.startswith("p") else 0)
    result = localenorm.parse(text, locale="en", reference=REF)
    assert result.iso == f"{DAY}T{want:02d}:{minute:02d}:00Z"


@given(st.sampled_from([("晚上", 6), ("晚上", 7), ("晚上", 11), ("下午", 1), ("下午", 5),
                        ("早上", 6), ("早上", 11), ("上午", 10)]))
def test_chinese_day_periods_take_their_half_of_the_day(case: tuple[str, int]) -> None:
    period, hour = case
    result = localenorm.parse(f"{period}{hour}点", locale="zh", reference=REF)
    afternoon = period in ("晚上", "下午")
    assert result.utc is not None and result.utc.hour == hour + 12 * afternoon


def test_an_evening_hour_after_midnight_is_refused() -> None:
    with pytest.raises((AmbiguousError, localenorm.ContradictionError)):
        localenorm.parse("晚上1点", locale="zh", reference=REF)


# -- the packaged table -------------------------------------------------------------------


def test_packaged_table_is_fresh() -> None:
    module = generator("generate_timeofday")
    packaged = (ROOT / "localenorm" / "_data" / "timeofday.json").read_text(encoding="utf-8")
    assert module.render(module.build()) == packaged, "run: python data/generate_timeofday.py"


# -- a date, then a clock phrase ------------------------------------------------------------


@pytest.mark.parametrize(("text", "locale", "want"), [
    ("July 9, 2019, a quarter past seven in the evening", "en", "2019-07-09T19:15:00Z"),
    ("9. Juli 2019 um 10 Minuten vor 9 Uhr abends", "de", "2019-07-09T20:50:00Z"),
    ("9 de julho de 2019, às sete e vinte da noite", "pt", "2019-07-09T19:20:00Z"),
    ("9 липня 2019 8 година вечора", "uk", "2019-07-09T20:00:00Z"),
    ("2019年7月9日晚9:30", "zh", "2019-07-09T21:30:00Z"),
])
def test_a_date_then_a_clock_phrase(text: str, locale: str, want: str) -> None:
    assert localenorm.parse(text, locale=locale).iso == want


def test_a_date_then_an_open_hour_is_refused() -> None:
    with pytest.raises(AmbiguousError):
        localenorm.parse("July 9, 2019 at 7", locale="en")


@pytest.mark.parametrize(("text", "want"), [
    ("2023年10月23日晚上6点", "2023-10-23T18:00:00Z"),  # CLDR's 晚上 starts at 19:00
    ("2023年10月23日早上11点", "2023-10-23T11:00:00Z"),  # and 早上 ends at 08:00
])
def test_a_day_period_beside_a_full_date_names_the_half_of_the_day(text: str, want: str) -> None:
    assert localenorm.parse(text, locale="zh").iso == want


def test_an_evening_one_oclock_beside_a_date_is_refused() -> None:
    with pytest.raises(localenorm.ParseError):
        localenorm.parse("2023年10月23日晚上1点", locale="zh")


def test_utc_beside_a_clock_phrase_is_its_zone() -> None:
    result = localenorm.parse("at 8 pm GMT", locale="en", reference=REF,
                              default_tz="Europe/Paris")
    assert result.iso == f"{DAY}T20:00:00Z"


def test_a_weekday_then_a_clock_phrase() -> None:
    result = localenorm.parse("lunes a las nueve de la noche", locale="es", reference=REF)
    assert result.iso == "2025-06-02T21:00:00Z"
