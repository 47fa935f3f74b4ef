"""Phrases built from parts (localenorm._phrases): shift words with weekdays, units and
lengths, days with day periods, lengths counted from a day; and the packaged shift table is
what its generator makes."""

from __future__ import annotations

import pathlib
from datetime import datetime, timezone

import pytest

import localenorm
from localenorm import ParseError
from tests.packaged import generator

ROOT = pathlib.Path(__file__).resolve().parent.parent
# A Wednesday, mid-morning.
REF = datetime(2025, 6, 11, 9, 15, tzinfo=timezone.utc)

TABLE = [
    # 'this' is the next such day on or after today; 'last' the latest before today;
    # 'previous' and 'next' move by whole weeks (weeks start on Monday).
    ("this Friday", None, "2025-06-13"),
    ("this Wednesday", None, "2025-06-11"),
    ("this Tuesday", None, "2025-06-17"),
    ("last Tuesday", None, "2025-06-10"),
    ("last Thursday", None, "2025-06-05"),
    ("previous Tuesday", None, "2025-06-03"),
    ("next Tuesday", None, "2025-06-17"),
    ("past Wednesday", None, "2025-06-04"),
    ("coming Wednesday", None, "2025-06-18"),
    ("vorige vrijdag", "nl", "2025-06-06"),  # CLDR: last Friday
    ("poprzedni wtorek", "pl", "2025-06-03"),
    ("venerdì scorso", "it", "2025-06-06"),
    ("neste onsdag", "nb", "2025-06-18"),
    ("nästa måndag", "sv", "2025-06-16"),
    ("bu cuma", "tr", "2025-06-13"),
    ("下周三", "zh", "2025-06-18"),
    ("这个星期一", "zh", "2025-06-09"),
    # Units: a week is its Monday, a month and a year their grain, hours on the instant.
    ("volgende maand", "nl", "2025-07"),
    ("le mois dernier", "fr", "2025-05"),
    ("el año que viene", "es", "2026"),
    ("nächste Woche", "de", "2025-06-16"),
    ("next hour", None, "2025-06-11T10:15:00Z"),
    # A counted span is read as its far end.
    ("next 2 days", None, "2025-06-13T09:15:00Z"),
    ("last two weeks", None, "2025-05-28T09:15:00Z"),
    ("komende 3 dagen", "nl", "2025-06-14T09:15:00Z"),
    # Day periods: one documented hour each, in every language.
    ("tomorrow morning", None, "2025-06-12T06:00:00Z"),
    ("yesterday afternoon", None, "2025-06-10T15:00:00Z"),
    ("this evening", None, "2025-06-11T20:00:00Z"),
    ("tonight", None, "2025-06-11T22:00:00Z"),
    ("heute Abend", "de", "2025-06-11T20:00:00Z"),
    ("morgen früh", "de", "2025-06-12T06:00:00Z"),
    ("demain matin", "fr", "2025-06-12T06:00:00Z"),
    ("ieri sera", "it", "2025-06-10T20:00:00Z"),
    ("завтра утром", "ru", "2025-06-12T06:00:00Z"),
    ("明天下午", "zh", "2025-06-12T15:00:00Z"),
    ("내일 저녁", "ko", "2025-06-12T20:00:00Z"),
    ("gisterenavond", "nl", "2025-06-10T20:00:00Z"),
    # A clock time beside a day and its period: the period picks the half of the day.
    ("tomorrow evening at 5", None, "2025-06-12T17:00:00Z"),
    ("at 5 tomorrow afternoon", None, "2025-06-12T17:00:00Z"),
    ("9 tomorrow morning", None, "2025-06-12T09:00:00Z"),
    ("questa mattina alle 7", "it", "2025-06-11T07:00:00Z"),
    ("7 esta mañana", "es", "2025-06-11T07:00:00Z"),
    ("morgenochtend om 9 uur", "nl", "2025-06-12T09:00:00Z"),
    ("tomorrow afternoon at 5pm", None, "2025-06-12T17:00:00Z"),
    # Lengths counted from a day.
    ("2 days after tomorrow", None, "2025-06-14"),
    ("a week after tomorrow", None, "2025-06-19"),
    ("three weeks from tomorrow", None, "2025-07-03"),
    ("3 days before today", None, "2025-06-08"),
    ("2 days before yesterday", None, "2025-06-08"),
    ("next tuesday +10 days", None, "2025-06-27"),
    # Weeks named by a shift, around a weekday; weekends are their Saturday.
    ("mittwoch dieser woche", "de", "2025-06-11"),
    ("söndag i förra veckan", "sv", "2025-06-08"),
    ("다음주 화요일", "ko", "2025-06-17"),
    ("την επόμενη πέμπτη", "el", "2025-06-19"),
    ("this weekend", None, "2025-06-14"),
    ("next weekend", None, "2025-06-21"),
    ("next quarter", None, "2025-07"),
    ("следующие 2 недели", "ru", "2025-06-25T09:15:00Z"),
    # Curated relative phrases beside CLDR's.
    ("7 gün içinde", "tr", "2025-06-18T09:15:00Z"),
    ("5日之內", "zh", "2025-06-16T09:15:00Z"),
    ("2 minuter från nu", "sv", "2025-06-11T09:17:00Z"),
    ("dzis", "pl", "2025-06-11"),
    ("dema", "ca", "2025-06-12"),
    ("yarından sonraki gün", "tr", "2025-06-13"),
    ("本日", "ja", "2025-06-11"),
    ("こんや", "ja", "2025-06-11T22:00:00Z"),
    ("les 2 prochaines semaines", "fr", "2025-06-25T09:15:00Z"),
    ("5 päivää kuluessa", "fi", "2025-06-16T09:15:00Z"),
    ("na 2 weken", "nl", "2025-06-25T09:15:00Z"),
    ("上礼拜二", "zh", "2025-06-10"),
    ("l'anno prossimo", "it", "2026"),
    ("nel mese passato", "it", "2025-05"),
    ("שישי הבא", "he", "2025-06-20"),
    ("i tisdags", "sv", "2025-06-10"),
    ("ბოლო სამშაბათს", "ka", "2025-06-10"),
    ("الشهر التالي", "ar", "2025-07"),
    ("اليوم السابق", "ar", "2025-06-10"),
    ("lunea asta", "ro", "2025-06-16"),
    ("le lendemain", "fr", "2025-06-12"),
    ("sljedeci tjedan u srijedu", "hr", "2025-06-18"),
    ("last decade", None, "2015"),
    ("Вчера в", "ru", "2025-06-10"),
    ("Aujourdʻhui", "fr", "2025-06-11"),
    ("im 1 Jahr 11 Monate", "de", "2027-05-11T09:15:00Z"),
    ("1 an 11 mois", "fr", "2023-07-11T09:15:00Z"),
    ("Yesterday 1:20 pm", None, "2025-06-10T13:20:00Z"),
    ("1 il öncə 2 ay öncə 3 həftə öncə", "az", "2024-03-21T09:15:00Z"),
    ("the day before yesterday 16:50", None, "2025-06-09T16:50:00Z"),
    # The end of a day is its last second.
    ("end of tomorrow", None, "2025-06-12T23:59:59Z"),
    ("end of the day", None, "2025-06-11T23:59:59Z"),
    ("fin de demain", "fr", "2025-06-12T23:59:59Z"),
    ("günün sonunda", "tr", "2025-06-11T23:59:59Z"),
    # An ordinal weekday without a month is in the reference's month.
    ("second Saturday", None, "2025-06-14"),
    ("tweede zaterdag", "nl", "2025-06-14"),
    # Counted from a day: a weekday, a day in the ablative, a weekday in the week reached.
    ("3 days from Tuesday", None, "2025-06-20"),
    ("bugünden iki gün sonra", "tr", "2025-06-13"),
    ("आज से दो दिन बाद", "hi", "2025-06-13"),
    ("今日から2日後", "ja", "2025-06-13"),
    ("Saturday 3 days from now", None, "2025-06-14"),
    ("Monday two weeks from now", None, "2025-06-23"),
    # 'last night' beside a clock time is the evening before.
    ("last night at 8", None, "2025-06-10T20:00:00Z"),
    ("anoche a las 8", "es", "2025-06-10T20:00:00Z"),
    # Number words and colloquial days added beside CLDR's.
    ("za jedan dan", "hr", "2025-06-12T09:15:00Z"),
    ("fjorten dage siden", "da", "2025-05-28T09:15:00Z"),
    ("holnapi", "hu", "2025-06-12"),
    # Unit spellings added beside CLDR's ('ঘন্টা' for 'ঘণ্টা', Norwegian 'dager').
    ("2 ঘন্টা আগে", "bn", "2025-06-11T07:15:00Z"),
    ("om 7 dager", "nb", "2025-06-18T09:15:00Z"),
    ("15 मिनि मध्ये", "mr", "2025-06-11T09:30:00Z"),
    ("2ヶ月後", "ja", "2025-08-11T09:15:00Z"),
    ("前年", "ja", "2024"),
    ("Τετάρτη της επόμενης εβδομάδας", "el", "2025-06-18"),
    ("περίπου την επόμενη Πέμπτη", "el", "2025-06-19"),
    ("3 χρόνια από σήμερα", "el", "2028-06-11"),
    ("tänään aamulla", "fi", "2025-06-11T06:00:00Z"),
    ("idag på förmiddagen", "sv", "2025-06-11T09:00:00Z"),
    ("минулого вечора", "uk", "2025-06-10T20:00:00Z"),
    ("2 roky, 2 týdny, 1 den, 1 hodinu, 5 vteřin před", "cs", "2023-05-27T08:14:55Z"),
    ("za 1 dźeń 12 hodź", "hsb", "2025-06-12T21:15:00Z"),
    ("2 Tage 18:50", "de", "2025-06-09T18:50:00Z"),
    ("day after tomorrow 5pm", "en", "2025-06-13T17:00:00Z"),
    ("op volgende week maandag", "nl", "2025-06-16"),
    ("next week Mon", "en", "2025-06-16"),
    ("la semana anterior - lunes", "es", "2025-06-02"),
    ("sexta desta semana", "pt", "2025-06-13"),
    ("venerdì della prossima settimana", "it", "2025-06-20"),
    ("ultimo domingo", "pt", "2025-06-08"),
    ("deze aankomende vrijdag", "nl", "2025-06-13"),
    # Two units make a length even where a word could also name a month or weekday.
    ("2 สัปดาห์ 3 วัน", "th", "2025-05-25T09:15:00Z"),
    ("1 rok 11 měsíců", "cs", "2023-07-11T09:15:00Z"),
]


@pytest.mark.parametrize(
    ("text", "locale", "prefer", "want"),
    [
        ("την παρασκευή", "el", "past", "2025-06-06"),
        ("την παρασκευή", "el", "future", "2025-06-13"),
        ("am Mittwoch", "de", "past", "2025-06-11"),
        ("am Mittwoch", "de", "future", "2025-06-18"),
        ("am Dienstag", "de", "nearest", "2025-06-10"),
        ("am Freitag", "de", "nearest", "2025-06-13"),
        ("礼拜三", "zh", "past", "2025-06-11"),
        ("火曜", "ja", "future", "2025-06-17"),
        ("火曜に", "ja", "past", "2025-06-10"),
        ("в пятницу", "ru", "past", "2025-06-06"),
        ("kedden", "hu", "future", "2025-06-17"),
    ],
)
def test_a_weekday_with_an_article_is_completed_like_a_weekday_alone(
    text: str, locale: str, prefer: str, want: str
) -> None:
    result = localenorm.parse(text, locale=locale, reference=REF, prefer=prefer)  # type: ignore[arg-type]
    assert result.iso == want
    assert result.grain == "day"


@pytest.mark.parametrize(("text", "locale", "want"), TABLE, ids=[t for t, _, _ in TABLE])
def test_table(text: str, locale: str | None, want: str) -> None:
    assert localenorm.parse(text, locale=locale, reference=REF).iso == want


def test_the_convention_is_said() -> None:
    notes = localenorm.parse("this Friday", reference=REF).assumptions
    assert any("on or after the reference day" in n for n in notes)
    notes = localenorm.parse("tomorrow morning", reference=REF).assumptions
    assert any("day period read as one hour" in n for n in notes)
    notes = localenorm.parse("next 2 days", reference=REF).assumptions
    assert any("far end of the span" in n for n in notes)


def test_periods_follow_the_zone_of_the_day() -> None:
    result = localenorm.parse("tomorrow evening", reference=REF, default_tz="Asia/Tokyo")
    assert result.iso == "2025-06-12T11:00:00Z"  # 20:00 in Tokyo
    assert result.grain == "hour"


@pytest.mark.parametrize(
    "text",
    [
        "ten days",  # Polish 'ten' (this) is no shift of an English unit
        "last night",  # the night before the reference day, or the one ending on it
        "next",
        "this",
        "tháng 3 tới",  # Vietnamese: next March, not three months on
        "20 nästa månad",  # Swedish: the 20th of next month, not twenty months on
        "fifth Friday",  # June 2025 has four Fridays
        "idag på natten",  # Swedish 'natten' is the night before or the one after
        "2 weeks from January 15",  # counted from a date: not its numbers as a date
        "3 days after January 12th",
    ],
)
def test_what_is_not_read_is_refused(text: str) -> None:
    with pytest.raises(ParseError):
        localenorm.parse(text, reference=REF)


def test_packaged_shift_table_is_fresh() -> None:
    module = generator("generate_shifts")
    fresh = module.files(module.build())
    assert {p.name for p in fresh} == {"shifts.json", "shifts_words.txt"}
    for path, text in fresh.items():
        assert text == path.read_text(encoding="utf-8"), "run: python data/generate_shifts.py"


@pytest.mark.parametrize(
    ("text", "locale", "prefer", "want"),
    [
        ("May", "en", "past", "2025-05"),
        ("June", "en", "past", "2025-06"),  # the month of the reference is not yet past
        ("July", "en", "past", "2024-07"),
        ("July", "en", "future", "2025-07"),
        ("settembre", "it", "nearest", "2025-09"),
        ("in januari", "nl", "future", "2026-01"),
        ("μάη", "el", "future", "2026-05"),
        ("6月", "ja", "past", "2025-06"),
        ("3월", "ko", "future", "2026-03"),
        # Case forms: a month in a case the lexicon lacks is completed the same way.
        ("márciusban", "hu", "past", "2025-03"),
        ("márciusban", "hu", "future", "2026-03"),
        ("το Σεπτέμβριο", "el", "nearest", "2025-09"),
        ("ろくがつに", "ja", "future", "2025-06"),
    ],
)
def test_a_month_alone_is_completed_to_its_month(
    text: str, locale: str, prefer: str, want: str
) -> None:
    result = localenorm.parse(text, locale=locale, reference=REF, prefer=prefer)  # type: ignore[arg-type]
    assert result.iso == want
    assert result.grain == "month"


@pytest.mark.parametrize(
    ("text", "locale"),
    [("May 17:43", "en"), ("Monday May", "en"), ("ja", "pt"), ("May", None)],
)
def test_a_month_alone_with_more_or_in_another_language_is_refused(
    text: str, locale: str | None
) -> None:
    # A time or weekday needs the day; Portuguese 'ja' (already) names a month only elsewhere;
    # and without a locale 'May' names other months in other languages.
    with pytest.raises(ParseError):
        localenorm.parse(text, locale=locale, reference=REF)


@pytest.mark.parametrize(
    ("text", "locale", "prefer", "want"),
    [
        # A day of the month alone, marked as one: the month prefer picks around the reference.
        ("the 15th", "en", "past", "2025-05-15"),
        ("the 15th", "en", "future", "2025-06-15"),
        ("on the 1st", "en", "future", "2025-07-01"),
        ("25日に", "ja", "past", "2025-05-25"),
        # With a weekday: the month where that day falls on it (within six months).
        ("Monday 21", "en", "past", "2025-04-21"),
        ("Monday 21", "en", "future", "2025-07-21"),
        ("martedì 10", "it", "nearest", "2025-06-10"),
        ("Friday the 13th", "en", "future", "2025-06-13"),
        ("Friday the 13th", "en", "past", "2024-12-13"),
    ],
)
def test_a_day_of_the_month_alone_is_completed(
    text: str, locale: str, prefer: str, want: str
) -> None:
    result = localenorm.parse(text, locale=locale, reference=REF, prefer=prefer)  # type: ignore[arg-type]
    assert result.iso == want
    assert result.grain == "day"


@pytest.mark.parametrize(
    "text",
    [
        "15",  # a number alone is no day
        "Monday 45",
        "Wednesday 31",  # no Wednesday the 31st in the six months before the reference
        "sabato alle 9",  # an hour beside a weekday, not a day of the month
    ],
)
def test_a_day_of_the_month_that_is_not_one_is_refused(text: str) -> None:
    with pytest.raises(ParseError):
        localenorm.parse(text, reference=REF)
