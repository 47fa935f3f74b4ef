"""The contract for any input: a result or a ParseError, nothing else, and quickly."""

from __future__ import annotations

from datetime import datetime, timezone

from hypothesis import example, given
from hypothesis import strategies as st

import localenorm
from localenorm._lexicon import lexicon

_WORDS = sorted(lexicon()._raw)[::37]  # a spread of real lexicon keys
# Numbers of every size: a day, year or count of twenty digits once overflowed the C
# integers that dates and time spans are made of.
_NUMBERS = st.one_of(st.integers(0, 3000), st.integers(0, 10**30)).map(str)


def _contract(text: str, **kwargs: object) -> None:
    try:
        result = localenorm.parse(text, **kwargs)  # type: ignore[arg-type]
    except localenorm.ParseError as exc:
        assert isinstance(exc, ValueError)
        assert exc.reason
        return
    assert result.iso
    if result.utc is not None:
        assert result.utc.tzinfo is timezone.utc


@given(st.text(max_size=200))
@example("\x00\x01\x02")
@example("9" * 400)
@example("::::")
@example("+-+-+-")
@example("2023-10-23T17:43:00+99:99")
@example("31/31/31 31:31:31")
def test_any_text(text: str) -> None:
    _contract(text)


@given(st.lists(st.one_of(st.sampled_from(_WORDS), _NUMBERS,
                          st.sampled_from([" ", ":", "/", ".", "-", "+", ",", "(", ")"])),
                max_size=14).map("".join),
       st.sampled_from([None, "en", "ar", "ja", "ru", "fr-CA", "zh-Hant"]),
       st.sampled_from([None, "buddhist", "japanese", "hebrew", "persian", "islamic"]))
@example("Oct9202352023日-+", "en", None)
@example("weeksMar1403令和CEST459821587163ש", None, None)
@example("Win5786314769تیرTagen 2023d", "en", "buddhist")
# Two day periods sharing no hour ('de', 'PM') once made the hour -1; a year of six digits
# before 年 reached date() in the 'nth weekday of month' reading.
@example("Uhr2566年dePMآبان日3", "th", None)
@example("มิ.ย.2023de- PM:4", "fa", None)
@example(":866611令和WCESTnextZlast", "ar", None)
def test_word_soup(text: str, locale: str | None, calendar: str | None) -> None:
    _contract(text, locale=locale, calendar=calendar)
    _contract(text, locale=locale, calendar=calendar,
              reference=datetime(2024, 5, 6, 7, 8, tzinfo=timezone.utc))


def _phrase_words() -> list[str]:
    """Words of the relative, shift and clock-phrase tables: the phrase readers see far
    more of these than of random text."""
    import pathlib
    import re

    data = pathlib.Path(localenorm.__file__).parent / "_data"
    words: set[str] = set()
    for name in ("relative.json", "shifts.json", "timeofday.json"):
        path = data / name
        if path.exists():
            words.update(re.findall(r"[^\W\d_]{2,}", path.read_text(encoding="utf-8")))
    return sorted(words)[::7]


_PHRASE_WORDS = _phrase_words()


@given(st.lists(st.one_of(st.sampled_from(_PHRASE_WORDS), st.sampled_from(_WORDS),
                          st.integers(0, 60).map(str), _NUMBERS,
                          st.sampled_from([" ", " ", ":", ".", "-", "+", ","])),
                max_size=10).map("".join),
       st.sampled_from([None, "en", "de", "fr", "es", "ru", "ar", "ja", "zh", "tr", "hi"]),
       st.sampled_from(["past", "future", "nearest"]))
@example("m6093387257687", None, "past")
@example("8243543061239942456368060月", None, "past")
def test_phrase_soup(text: str, locale: str | None, prefer: str) -> None:
    _contract(text, locale=locale, prefer=prefer,
              reference=datetime(2024, 2, 29, 23, 30, tzinfo=timezone.utc))
    try:
        localenorm.parse_duration(text, locale=locale)
    except localenorm.ParseError as exc:
        assert exc.reason


@given(st.binary(max_size=100))
def test_decoded_binary(data: bytes) -> None:
    _contract(data.decode("utf-8", errors="replace"))
    _contract(data.decode("latin-1"))


def test_megabytes_are_refused_without_reading_them() -> None:
    text = "23 Oct 2023 " * 100_000
    try:
        localenorm.parse(text)
    except localenorm.NotATimestampError as exc:
        assert "longer than" in exc.reason
    else:
        raise AssertionError("a megabyte of text is not one timestamp")


@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
       st.sampled_from(["UTC", "Asia/Kolkata", "America/St_Johns", "Pacific/Kiritimati",
                        "-03:30", "Europe/Dublin"]))
def test_reference_and_zone_never_break_the_contract(dt: datetime, tz: str) -> None:
    _contract(dt.strftime("%d %B %Y %H:%M"), default_tz=tz,
              reference=dt.replace(tzinfo=timezone.utc))
