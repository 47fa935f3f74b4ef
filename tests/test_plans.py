"""The shape cache (``localenorm._plan``) never changes an answer, only its speed.

Texts of one shape are parsed in a row with the cache (the first records a program, the
rest replay it) and each is compared with a full reading (``use_plans=False``): the same
result, or the same error class.
"""

from __future__ import annotations

import inspect
from datetime import datetime, timezone

import babel.dates
import pytest
from hypothesis import given
from hypothesis import strategies as st

import localenorm
from localenorm._api import _PLANS
from localenorm._plan import Plans
from tests.strategies import ALL_LOCALES, FORMATS, instants


def _answer(text: str, **kwargs: object) -> object:
    try:
        r = localenorm.parse(text, **kwargs)  # type: ignore[arg-type]
    except localenorm.ParseError as exc:
        return type(exc).__name__
    return (r.iso, r.grain, r.locale, r.offset, r.assumptions, r.date, r.utc)


def _same_with_and_without_plans(texts: list[str], locale: str | None) -> None:
    for text in texts:
        cached = _answer(text, locale=locale)
        full = _answer(text, locale=locale, use_plans=False)
        assert cached == full, (text, locale, cached, full)


def _second_replays(monkeypatch: pytest.MonkeyPatch, first: str, second: str,
                    locale: str) -> tuple[localenorm.ParseResult, localenorm.ParseResult]:
    """Both texts' results, from a fresh cache, failing if the second is read in full."""
    from localenorm import _api, _resolve

    monkeypatch.setattr(_api, "_PLANS", Plans())
    one = localenorm.parse(first, locale=locale)

    def no_full_reading(self: object) -> object:
        raise AssertionError("read in full")

    monkeypatch.setattr(_resolve.Reader, "read", no_full_reading)
    return one, localenorm.parse(second, locale=locale)


@given(st.sampled_from(ALL_LOCALES), st.lists(instants, min_size=2, max_size=6),
       st.sampled_from(FORMATS), st.booleans(), st.booleans())
def test_babel_shapes(locale: str, dts: list[datetime], fmt: str, with_time: bool,
                      hinted: bool) -> None:
    texts = [babel.dates.format_datetime(dt, fmt, tzinfo=timezone.utc, locale=locale)
             if with_time else babel.dates.format_date(dt.date(), fmt, locale=locale)
             for dt in dts]
    _same_with_and_without_plans(texts, locale if hinted else None)


_TEMPLATES = [
    "{d}/{m}/{y}", "{d}/{m}/{y} {h}:{mi}", "{m}/{d}/{yy}, {h}:{mi} PM", "{d}.{m}.{y} {h}.{mi}",
    "{y}. {m}. {d}. 오후 {h}:{mi}", "{d} Oct {y} {h}:{mi} GMT+{h}", "{d} {h}:{mi}",
    "{y}年{m}月{d}日 {h}時{mi}分", "{d}-{m}-{yy}", "{h}:{mi}:{mi}.{mi} {d}/{m}/{y}",
    "{d}/{m}/{y} {h}:{mi} +{h}{mi}", "Mon {d}/{m}/{y}", "{d} mar {y}", "{h}h{mi} {d}/{m}/{y}",
    # Day-period words with several readings (AM or morning, PM or afternoon or evening):
    "{d}/{m}/{y}، {h}:{mi} ص", "{d}/{m}/{y}، {h}:{mi} م", "{y}. {m}. {d}. 오전 {h}:{mi}",
    "{y}年{m}月{d}日 下午{h}:{mi}", "{d}.{m}.{y} {h}:{mi} вечера", "{d}/{m}/{y} {h}:{mi} petang",
    "Veröffentlicht am {d}.{m}.{y} um {h}:{mi} Uhr",
    # Hours in one digit or two, beside days and months in one or two (see loose_shape):
    "{d}/{m}/{y} {H}:{mi}", "{m}/{d}/{yy}, {H}:{mi} PM", "{d} Oct {y} {H}:{mi} GMT+{H}",
    "{y}. {m}. {d}. 오후 {H}:{mi}", "{H}h{mi} {d}/{m}/{y}", "{y}年{m}月{d}日 {H}時{mi}分",
    "{d}.{m}.{yy} {H}.{mi}", "{H}:{mi} {d}-{m}-{y}", "{d}/{m}/{y} {H}:{mi} +{H}{mi}",
]


@given(st.sampled_from(_TEMPLATES),
       st.lists(st.fixed_dictionaries({
           "d": st.integers(0, 40).map(str), "m": st.integers(0, 14).map(str),
           "y": st.integers(1900, 2100).map(str), "yy": st.integers(0, 99).map("{:02d}".format),
           "h": st.integers(0, 25).map("{:02d}".format), "H": st.integers(0, 25).map(str),
           "mi": st.integers(0, 61).map("{:02d}".format)}), min_size=2, max_size=8),
       st.sampled_from([None, "en-US", "en-GB", "de", "ko", "ja", "fi", "es", "ar", "ms", "zh"]))
def test_numbers_in_templates(template: str, values: list[dict[str, str]],
                              locale: str | None) -> None:
    _same_with_and_without_plans([template.format(**v) for v in values], locale)


def test_plans_are_bounded() -> None:
    plans = Plans(size=3)
    program = next(iter(_PLANS._plans.values()), None)
    if program is None:
        localenorm.parse("23 Oct 2023 17:43")
        program = next(iter(_PLANS._plans.values()))
    for i in range(10):
        plans.put((str(i), None), program)
    assert len(plans._plans) == 3
    # (== rather than is: compiled, a plan tuple is stored unboxed and boxed anew)
    assert plans.get(("9", None)) == program and plans.get(("0", None)) is None


def test_one_digit_numbers_do_not_stand_for_two() -> None:
    """'21/10/9' puts the year first because '9' cannot be a two-digit year; '05/06/15',
    of the same loose shape, is still ambiguous without a locale."""
    _same_with_and_without_plans(["21/10/9", "05/06/15", "5/6/15", "15/06/5"], None)
    _same_with_and_without_plans(["1987/5/8 20:23", "1987/12/18 9:23", "1987/1/8 20:23"],
                                 None)
    # '3' after '9h' is too short to be the minute, so it is the day; '13' is the minute.
    _same_with_and_without_plans(["9h3 Oct 2023", "9h13 Oct 2023"], "en")


def test_one_digit_days_and_hours_stand_for_two(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where no reading looked at a number's length, a program kept from a one-digit day,
    month or hour replays two digits: the second text is not read in full."""
    one, two = _second_replays(monkeypatch, "5.3.2024 9:41", "15.12.2024 10:41", "de")
    assert (one.iso, two.iso) == ("2024-03-05T09:41:00Z", "2024-12-15T10:41:00Z")


def test_a_year_of_the_locales_own_calendar_is_not_replayed_as_gregorian(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Thai pages print Buddhist years (2566) and Gregorian ones (2034): the year's value
    chooses. A program kept from a Gregorian year replays only years that choose the same,
    so the Gregorian texts after the first are not read in full, and 2566 or 2400 are."""
    texts = ["11 มิ.ย. 2034", "11 มิ.ย. 2566", "12 มิ.ย. 2035", "12 มิ.ย. 2400",
             "1 มิ.ย. 2199", "1 มิ.ย. 2200", "1 มิ.ย. 1799"]
    for locale in ("th", None):
        _PLANS._plans.clear()
        _same_with_and_without_plans(texts, locale)
    one, two = _second_replays(monkeypatch, "11 มิ.ย. 2034", "12 มิ.ย. 2035", "th")
    assert (one.calendar, two.iso) == ("gregorian", "2035-06-12")


def test_a_bare_hour_is_one_to_twelve() -> None:
    """The reader takes a number beside a day period as its hour only for 1-12: '15PM' is
    read another way ('PM1' is the hour, 15 the day) or refused, not replayed as 15:00."""
    _same_with_and_without_plans([".11PM1в 2023Oct", ".15PM1в 2023Oct"], None)
    _same_with_and_without_plans(["4 Oct 2023 PM 3", "4 Oct 2023 PM 19"], "de")
    _same_with_and_without_plans(["5 Oct 2023 11 PM", "5 Oct 2023 15 PM"], "en")


def test_a_day_period_of_two_locales_reports_the_locale_that_read_it() -> None:
    """'صبح' is AM (0-11) in Sindhi and morning (4-11) in Urdu: at 0:14 and 1:30 only Sindhi
    reads it, at 2:33 the reader also takes it as Urdu's morning (by the half of the day it
    names), and at 11:40 both do. The locale reported follows, program or not."""
    _same_with_and_without_plans(["2034-04-21 12:14 صبح", "1977-05-05 2:33 صبح",
                                  "2023-04-04 1:30 صبح", "2017-06-09 11:40 صبح",
                                  "2017-06-09 1:40 صبح"], None)


def test_a_mixed_stream_of_locales_and_formats() -> None:
    """Seeded streams of babel strings, several per locale and format, read with and without
    the hint in one process: programs recorded from any earlier text never change a later
    answer (this found the Corsican 'di u' and the Sesotho 'jan' cases)."""
    import random
    from datetime import timedelta

    rng = random.Random(20261128)
    streams = [(loc, 3) for loc in rng.sample(ALL_LOCALES, 60)]
    # Locales whose words once let a program outlive its premise ('di u', Sesotho 'jan').
    streams += [("co", 25), ("en_GB", 25), ("nds_DE", 10)]
    for locale, count in streams:
        for fmt in FORMATS:
            for with_time in (False, True):
                texts = []
                for _ in range(count):
                    dt = datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(
                        seconds=rng.randrange(98 * 365 * 86400))
                    texts.append(
                        babel.dates.format_datetime(dt, fmt, tzinfo=timezone.utc, locale=locale)
                        if with_time else babel.dates.format_date(dt.date(), fmt, locale=locale))
                _same_with_and_without_plans(texts, locale)
                _same_with_and_without_plans(texts, None)


def test_a_reading_refused_for_its_values_stays_possible() -> None:
    """'jan' is June in Sesotho: '31 Jan' rules that out by its day, '3 Jan' does not, so
    without a locale the first is January 31 and the second is ambiguous."""
    _same_with_and_without_plans(["31 Jan 2067", "3 Jan 1991", "13 Jan 1970"], None)


def test_capitals_are_part_of_the_shape() -> None:
    """After a clock 'CET' is a zone and 'cet' (Czech Thursday, unaccented) is not: texts
    that differ only in case are different shapes."""
    for first, second in (("23 Oct 2023 16:00 CET", "23 Oct 2023 16:00 cet"),
                          ("23 Oct 2023 16:00 cet", "24 Oct 2023 16:00 CET")):
        _same_with_and_without_plans([first, second], None)


def test_names_count_by_the_hinted_language_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a hint, month names that belong to different sets of other locales ('Dec', 'May')
    share a program: the second text is not read in full."""
    one, r = _second_replays(monkeypatch, "23 Dec 2023", "5 May 2021", "en")
    assert one.iso == "2023-12-23"
    assert (r.iso, r.locale) == ("2021-05-05", "en")


def test_names_of_another_language_than_the_hints() -> None:
    """French and Nordic names under an English or German hint report the locale their own
    words show, each time: a program recorded under the hint's language does not lend them
    the hint's locale, nor one of them another's."""
    texts = ["23 Dec 2023", "5 May 2021", "1 mars 2020", "3 octobre 2019", "7 Mar 2020",
             "9 oktober 2018", "2 juni 2017", "4 juin 2016", "Mon, 5 Dec 2022", "lundi 5 déc. 2022"]
    for locale in ("en", "fr", "de", "sv", None):
        _PLANS._plans.clear()
        _same_with_and_without_plans(texts, locale)
        _same_with_and_without_plans(list(reversed(texts)), locale)


def test_a_program_copies_and_compares_by_every_field() -> None:
    """``replace`` copies each field the constructor takes, and programs compare (and hash)
    by all of them: a plan differing in any one field is another plan."""
    from datetime import timedelta

    from localenorm._plan import Program

    assert list(inspect.signature(Program).parameters) == list(Program.NAMES)
    localenorm.parse("23 Oct 2023 17:43", locale="en")
    base = next(p for p, *_ in _PLANS._plans.values())
    other: dict[str, object] = {
        "offset_const": timedelta(hours=5), "offset_digits": (1, 9, None, False),
        "notes": ("another note",), "locale": "xx", "month_ref": (9, 9),
        "weekday_ref": (9, 9), "zone": "another zone", "periods": (1, 2), "lengths": (9,),
        "bare_hour": not base.bare_hour, "gregorian_over": "buddhist"}
    assert base.replace() == base and hash(base.replace()) == hash(base)
    for name in Program.NAMES:
        value = other.get(name, 99)
        changed = base.replace(**{name: value})
        assert getattr(changed, name) == value != getattr(base, name)
        assert changed != base
        assert all(getattr(changed, n) == getattr(base, n) for n in Program.NAMES
                   if n != name)
