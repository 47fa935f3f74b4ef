"""Calendars other than the Gregorian: Persian, Hijri (Umm al-Qura), Hebrew, Thai Buddhist,
Japanese eras, Minguo.

Properties print a random day in each calendar's native forms and read it back; the printed
calendar date comes from an oracle that is not the code under test (``convertdate`` for the
Persian and Hebrew calendars, whose conversions localenorm takes from ``jdatetime`` and
``pyluach``; ``hijridate`` itself for the Umm al-Qura table, which only it implements;
``pyluach``'s own Hebrew-numeral formatter for Hebrew spellings). Tables pin the edges:
era boundaries, leap years, the ends of the Umm al-Qura table.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta

import pytest
from babel.dates import format_date
from convertdate import hebrew as cd_hebrew
from convertdate import persian as cd_persian
from hijridate import Gregorian
from hypothesis import example, given
from hypothesis import strategies as st
from pyluach import dates as luach

from localenorm import parse
from localenorm._errors import (
    AmbiguousError,
    ContradictionError,
    InvalidDateError,
    NotATimestampError,
    OptionError,
    ParseError,
)

PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

PERSIAN = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
]
DARI = ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"]
HIJRI_AR = [
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
]
HIJRI_LATIN = [
    "Muharram",
    "Safar",
    "Rabi al-Awwal",
    "Rabi al-Thani",
    "Jumada al-Ula",
    "Jumada al-Akhirah",
    "Rajab",
    "Shaban",
    "Ramadan",
    "Shawwal",
    "Dhu al-Qadah",
    "Dhu al-Hijjah",
]
HIJRI_MS = [
    "Muharam",
    "Safar",
    "Rabiulawal",
    "Rabiul Akhir",
    "Jamadilawal",
    "Jamadilakhir",
    "Rejab",
    "Syaaban",
    "Ramadan",
    "Syawal",
    "Zulkaedah",
    "Zulhijjah",
]
HIJRI_TR = [
    "Muharrem",
    "Safer",
    "Rebiülevvel",
    "Rebiülahir",
    "Cemaziyelevvel",
    "Cemaziyelahir",
    "Recep",
    "Şaban",
    "Ramazan",
    "Şevval",
    "Zilkade",
    "Zilhicce",
]
THAI = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
]
# Hebrew months in the Hebrew calendar's numbering (Nisan 1 .. Adar II 13), Latin.
HEBREW_LATIN = {
    1: "Nisan",
    2: "Iyar",
    3: "Sivan",
    4: "Tammuz",
    5: "Menachem Av",
    6: "Elul",
    7: "Tishrei",
    8: "Cheshvan",
    9: "Kislev",
    10: "Tevet",
    11: "Shevat",
}

# Japanese eras and their first days (public record: the Imperial era proclamations).
ERAS = [
    ("明治", "M", date(1873, 1, 1), 1868),
    ("大正", "T", date(1912, 7, 30), 1912),
    ("昭和", "S", date(1926, 12, 25), 1926),
    ("平成", "H", date(1989, 1, 8), 1989),
    ("令和", "R", date(2019, 5, 1), 2019),
]


def days(first: date, last: date) -> st.SearchStrategy[date]:
    return st.integers(0, (last - first).days).map(lambda n: first + timedelta(days=n))


def day_of(text: str, **kw: object) -> tuple[date, str]:
    got = parse(text, **kw)  # type: ignore[arg-type]
    return got.date, got.calendar


# -- Persian -----------------------------------------------------------------------------


@given(
    days(date(1925, 3, 21), date(2100, 3, 20)),
    st.sampled_from(["fa", "dari", "num"]),
    st.booleans(),
)
@example(date(2023, 10, 23), "fa", True)  # ۱ آبان ۱۴۰۲
@example(date(2025, 3, 20), "fa", False)  # 1403-12-30: Esfand 30 of a leap year
def test_persian_round_trip(day: date, form: str, native: bool) -> None:
    y, m, d = cd_persian.from_gregorian(day.year, day.month, day.day)
    if form == "fa":
        text, kw = f"{d} {PERSIAN[m - 1]} {y}", {}
    elif form == "dari":
        text, kw = f"{d} {DARI[m - 1]} {y}", {}
    else:
        text, kw = f"{y}/{m:02d}/{d:02d}", {"locale": "fa"}
    if native:
        text = text.translate(PERSIAN_DIGITS)
    assert day_of(text, **kw) == (day, "persian")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("۱ آبان ۱۴۰۲", date(2023, 10, 23)),
        ("۱ آبان ۱۴۰۲ ه.ش.", date(2023, 10, 23)),
        ("1 Aban 1402", None),  # short Latin names are left out on purpose (German 'mehr')
        ("1 Farvardin 1403", date(2024, 3, 20)),
        ("30 اسفند 1399", date(2021, 3, 20)),  # 1399 is a leap year
        ("30 اسفند 1403", date(2025, 3, 20)),  # and so is 1403
        ("30 اسفند 1402", InvalidDateError),  # 1402 is not
        ("31 مهر 1402", InvalidDateError),  # the second half-year has 30-day months
        ("۱ حمل ۱۴۰۳", date(2024, 3, 20)),
    ],
    ids=repr,
)
def test_persian_table(text: str, want: object) -> None:
    check(text, want)


def check(text: str, want: object, **kw: object) -> None:
    if want is None:
        with pytest.raises(ParseError):
            parse(text, **kw)  # type: ignore[arg-type]
    elif isinstance(want, type):
        with pytest.raises(want):
            parse(text, **kw)  # type: ignore[arg-type]
    else:
        assert parse(text, **kw).date == want  # type: ignore[arg-type]


# -- Hijri (Umm al-Qura) -------------------------------------------------------------------


@given(
    days(date(1924, 8, 1), date(2077, 11, 16)),
    st.sampled_from(["ar", "en", "ms", "tr", "num"]),
    st.booleans(),
)
@example(date(2023, 10, 23), "ar", False)
@example(date(1924, 8, 1), "ar", False)  # 1343-01-01, the table's first day
@example(date(2077, 11, 16), "en", False)  # 1500-12-30, its last
def test_hijri_round_trip(day: date, form: str, native: bool) -> None:
    h = Gregorian(day.year, day.month, day.day).to_hijri()
    y, m, d = h.year, h.month, h.day
    kw: dict[str, object] = {}
    if form == "ar":
        text = f"{d} {HIJRI_AR[m - 1]} {y} هـ"
    elif form == "en":
        text = f"{d} {HIJRI_LATIN[m - 1]} {y} AH"
    elif form == "ms":
        text = f"{d} {HIJRI_MS[m - 1]} {y}"
    elif form == "tr":
        text = f"{d} {HIJRI_TR[m - 1]} {y}"
    else:
        text, kw = f"{d:02d}/{m:02d}/{y}", {"locale": "ar-SA"}
    if native:
        text = text.translate(ARABIC_DIGITS)
    assert day_of(text, **kw) == (day, "islamic-umalqura")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("8 ربيع الآخر 1445 هـ", date(2023, 10, 23)),
        ("8 ربيع الثاني 1445", date(2023, 10, 23)),
        ("8 Rabiul Akhir 1445", date(2023, 10, 23)),
        ("8 Rabi al-Thani 1445 AH", date(2023, 10, 23)),
        ("1 محرم 1343 هـ", date(1924, 8, 1)),
        ("30 ذو الحجة 1500 هـ", date(2077, 11, 16)),
        ("29 ذو الحجة 1342 هـ", InvalidDateError),  # before the table
        ("1 محرم 1501 هـ", InvalidDateError),  # after it
        ("30 جمادى الأولى 1445 هـ", InvalidDateError),  # a 29-day month that year
        ("30 ربيع الأول 1445 هـ", date(2023, 10, 15)),  # a 30-day one
        ("30 محرم 1445 هـ", InvalidDateError),
        ("1445/04/08 هـ", date(2023, 10, 23)),
        ("رمضان 1445", NotATimestampError),  # a lunar month is no Gregorian month
    ],
    ids=repr,
)
def test_hijri_table(text: str, want: object) -> None:
    check(text, want)


# -- Hebrew --------------------------------------------------------------------------------


# convertdate's own Hebrew code calls a function it deprecated; not our warning to fix.
@pytest.mark.filterwarnings("ignore:month_days is deprecated:DeprecationWarning")
@given(
    days(date(1900, 1, 1), date(2100, 12, 31)),
    st.sampled_from(["he", "he-ב", "en"]),
    st.sampled_from(["\u05f3\u05f4", "'\"", "’”", "′″", ""]),
)
@example(date(2023, 10, 23), "he-ב", "\u05f3\u05f4")  # ח׳ בחשוון תשפ״ד
@example(date(2024, 3, 11), "he", "'\"")  # 1 Adar II 5784
@example(date(2024, 2, 10), "he", "’”")  # 1 Adar I 5784
def test_hebrew_round_trip(day: date, form: str, marks: str) -> None:
    y, m, d = cd_hebrew.from_gregorian(day.year, day.month, day.day)
    kw: dict[str, object] = {}
    if form == "en":
        kw = {"locale": "en"}  # Kurdish 'Adar' is March: the hint says which is meant
        if m >= 12:
            name = "Adar" if not cd_hebrew.leap(y) else ("Adar I", "Adar II")[m - 12]
        else:
            name = HEBREW_LATIN[m]
        text = f"{d} {name} {y}"
    else:
        # pyluach writes Hebrew numerals ('ח׳ חשון תשפ״ד'); the marks are then respelled.
        text = luach.HebrewDate(y, m, d).hebrew_date_string()
        if form == "he-ב":
            day_part, rest = text.split(" ", 1)
            text = f"{day_part} ב{rest}"
        geresh, gershayim = (marks or "\0\0")[0], (marks or "\0\0")[1]
        text = text.replace("\u05f3", geresh).replace("\u05f4", gershayim).replace("\0", "")
    assert day_of(text, **kw) == (day, "hebrew")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ח׳ בחשוון תשפ״ד", date(2023, 10, 23)),
        ("ח' בחשוון תשפ\"ד", date(2023, 10, 23)),
        ("כ״ב סיון תש״כ", date(1960, 6, 17)),  # 'ב סיון' is also 'in Sivan': 22, not 20
        ("ב׳ שבט תר״ס", date(1900, 1, 2)),
        ("ב' בשבט תר\"ס", date(1900, 1, 2)),
        ("ה׳תשפ״ד ח׳ בחשוון", date(2023, 10, 23)),  # the year first, with its thousands
        ("8 Cheshvan 5784", date(2023, 10, 23)),
        ("1 Adar I 5784", date(2024, 2, 10)),
        ("1 Adar II 5784", date(2024, 3, 11)),
        ("1 Adar 5784", AmbiguousError),  # 5784 is a leap year: which Adar?
        ("1 Adar 5783", AmbiguousError),  # Kurdish 'Adar' is March: a Gregorian 5783-03-01?
        ("1 Adar II 5783", InvalidDateError),
        ("י״ד אדר תשפ״ג", date(2023, 3, 7)),  # Purim 5783
        ("30 Cheshvan 5783", date(2022, 11, 24)),  # 5783 has a 30-day Cheshvan
        ("30 Cheshvan 5784", InvalidDateError),  # 5784 a 29-day one
    ],
    ids=repr,
)
def test_hebrew_table(text: str, want: object) -> None:
    check(text, want)


def test_plain_adar_with_a_hint() -> None:
    # With an English hint 'Adar' is the Hebrew month; 5783 is not a leap year.
    assert parse("1 Adar 5783", locale="en").date == date(2023, 2, 22)


# -- Thai Buddhist, Minguo, Japanese eras ------------------------------------------------


@given(days(date(1900, 1, 1), date(2150, 12, 31)), st.sampled_from(["plain", "marker", "hint"]))
@example(date(2023, 10, 23), "plain")
def test_buddhist_round_trip(day: date, form: str) -> None:
    be = day.year + 543
    text = f"{day.day} {THAI[day.month - 1]} {be}"
    kw: dict[str, object] = {}
    if form == "marker":
        text = f"{day.day} {THAI[day.month - 1]} พ.ศ. {be}"
    elif form == "hint":
        text, kw = f"{day.day}/{day.month}/{be}", {"locale": "th"}
    assert day_of(text, **kw) == (day, "buddhist")


@given(days(date(1912, 1, 1), date(2100, 12, 31)), st.sampled_from(["民國", "民国"]), st.booleans())
def test_roc_round_trip(day: date, marker: str, slashes: bool) -> None:
    y = day.year - 1911
    text = (
        f"{marker}{y}/{day.month}/{day.day}"
        if slashes
        else f"{marker}{y}年{day.month}月{day.day}日"
    )
    assert day_of(text) == (day, "roc")


def japanese(day: date) -> tuple[str, str, int]:
    era = max((e for e in ERAS if e[2] <= day), key=lambda e: e[2])
    return era[0], era[1], day.year - era[3] + 1


@given(days(date(1873, 1, 1), date(2060, 12, 31)), st.booleans())
@example(date(2019, 4, 30), False)
@example(date(2019, 5, 1), False)
@example(date(1989, 1, 7), True)
@example(date(1989, 1, 8), True)
def test_japanese_round_trip(day: date, latin: bool) -> None:
    kanji, letter, year = japanese(day)
    if latin:
        text = f"{letter}{year}.{day.month}.{day.day}"
    else:
        shown = "元" if year == 1 else str(year)
        text = f"{kanji}{shown}年{day.month}月{day.day}日"
    assert day_of(text) == (day, "japanese")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("令和5年10月23日", date(2023, 10, 23)),
        ("平成31年4月30日", date(2019, 4, 30)),
        ("令和元年5月1日", date(2019, 5, 1)),
        ("令和1年5月1日", date(2019, 5, 1)),
        ("R5.10.23", date(2023, 10, 23)),
        ("H31.4.30", date(2019, 4, 30)),
        ("昭和64年1月7日", date(1989, 1, 7)),
        ("平成元年1月8日", date(1989, 1, 8)),
        ("平成31年5月1日", ParseError),  # Reiwa had begun
        ("令和元年4月30日", ParseError),  # Heisei still
        ("昭和64年1月8日", ParseError),
        ("明治5年1月1日", ParseError),  # Japan's lunisolar calendar: not a Gregorian day
        ("民國112年10月23日", date(2023, 10, 23)),
        ("民國0年1月1日", ParseError),
        ("23 ตุลาคม 2566", date(2023, 10, 23)),
        ("23 ตุลาคม พ.ศ. 2566", date(2023, 10, 23)),
        ("23 October 2566 BE", date(2023, 10, 23)),
    ],
    ids=repr,
)
def test_era_table(text: str, want: object) -> None:
    check(text, want)


def test_era_year_alone() -> None:
    got = parse("令和5年")
    assert (got.iso, got.grain, got.calendar) == ("2023", "year", "japanese")
    got = parse("ตุลาคม 2566")
    assert (got.iso, got.calendar) == ("2023-10", "buddhist")


# -- Gregorian text in these locales stays Gregorian --------------------------------------


# Short formats print two-digit years, read with the 1969-2068 pivot.
@given(
    days(date(1969, 1, 1), date(2068, 12, 31)),
    st.sampled_from(["th", "fa", "ar_SA", "he", "ja", "zh_Hant_TW", "ps", "fa_AF"]),
    st.sampled_from(["full", "long", "medium", "short"]),
)
def test_gregorian_text_in_calendar_locales(day: date, loc: str, width: str) -> None:
    # babel formats Gregorian dates: no reading may turn them into another calendar's day.
    text = format_date(day, width, locale=loc)
    for hint in (loc, None):
        try:
            got = parse(text, locale=hint)
        except ParseError:
            assert hint is None, text  # with its locale, babel's own output must be read
            continue
        assert (got.date, got.calendar) == (day, "gregorian"), text


@pytest.mark.parametrize(
    ("text", "kw"),
    [
        ("23 أكتوبر 2023", {}),
        ("23 أكتوبر 2023", {"locale": "ar-SA"}),
        ("23 ตุลาคม ค.ศ. 2023", {}),
        ("23 ต.ค. 2023", {"locale": "th"}),
        ("۲۳ اکتبر ۲۰۲۳", {"locale": "fa"}),
        ("2023/10/23", {"locale": "fa"}),
        ("23/10/2023", {"locale": "ar-SA"}),
    ],
    ids=repr,
)
def test_gregorian_stays_gregorian(text: str, kw: dict[str, object]) -> None:
    got = parse(text, **kw)  # type: ignore[arg-type]
    assert (got.date, got.calendar) == (date(2023, 10, 23), "gregorian")


# -- two calendars side by side, the calendar= option ----------------------------------------


def test_two_calendars_agree() -> None:
    got = parse("الاثنين 8 ربيع الآخر 1445 هـ الموافق 23 أكتوبر 2023 م")
    assert (got.date, got.calendar) == (date(2023, 10, 23), "islamic-umalqura")
    got = parse("23 أكتوبر 2023 م - 8 ربيع الآخر 1445 هـ")
    assert got.date == date(2023, 10, 23)
    got = parse("2023/10/23 م الموافق 1445/04/08 هـ")
    assert got.date == date(2023, 10, 23)


@pytest.mark.parametrize(
    "text",
    [
        "الاثنين 8 ربيع الآخر 1445 هـ الموافق 24 أكتوبر 2023 م",  # the days differ
        "الثلاثاء 8 ربيع الآخر 1445 هـ الموافق 23 أكتوبر 2023 م",  # a Tuesday? it is a Monday
        "23 ตุลาคม พ.ศ. 2566 ค.ศ.",  # a Buddhist and a Common Era marker on one year
    ],
    ids=repr,
)
def test_two_calendars_disagree(text: str) -> None:
    with pytest.raises(ParseError):
        parse(text)


def test_calendar_option() -> None:
    assert parse("1402/08/01", calendar="persian").date == date(2023, 10, 23)
    assert parse("1445/04/08", calendar="islamic-umalqura").date == date(2023, 10, 23)
    assert parse("2566-10-23", calendar="buddhist").date == date(2023, 10, 23)
    # The Gregorian imposed: a Thai year 2566 is then the year 2566.
    got = parse("23 ตุลาคม 2566", calendar="gregorian")
    assert (got.date, got.calendar) == (date(2566, 10, 23), "gregorian")
    with pytest.raises(ContradictionError):
        parse("23 October 2023", calendar="persian")  # a Gregorian month name
    with pytest.raises(ContradictionError):
        parse("8 ربيع الآخر 1445 هـ", calendar="persian")
    with pytest.raises(OptionError):
        parse("1402/08/01", calendar="jalali")
    from localenorm import to_utc_iso

    assert to_utc_iso("1402/08/01", calendar="persian") == "2023-10-23"


def test_results_record_the_calendar() -> None:
    got = parse("۱ آبان ۱۴۰۲")
    assert got.calendar == "persian"
    assert any("persian calendar date 1402-08-01" in n for n in got.assumptions)
    got = parse("1402/08/01", locale="fa")
    assert any("default calendar" in n for n in got.assumptions)


def test_same_shape_texts_are_not_replayed_across_calendars() -> None:
    # The plan cache replays readings on texts of the same shape; the year's value decides
    # the calendar here, so the Gregorian reading of one must not be replayed on the other.
    assert parse("23/10/2023", locale="th").date == date(2023, 10, 23)
    assert parse("23/10/2566", locale="th").date == date(2023, 10, 23)
    assert parse("23/10/2023", locale="th").calendar == "gregorian"


def test_import_stays_cheap() -> None:
    code = (
        "import sys, localenorm; localenorm.parse('23 October 2023'); "
        "print(sorted(m for m in ('hijridate', 'jdatetime', 'pyluach') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
