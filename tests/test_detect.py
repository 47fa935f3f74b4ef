"""detect_locale: the engine's evidence for the locale of a text, with scores."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timezone

import pytest
from babel import dates
from hypothesis import given
from hypothesis import strategies as st

from localenorm import (
    Evidence,
    LocaleScore,
    ParseError,
    UnknownLocaleError,
    detect_locale,
    parse,
)
from tests.strategies import ALL_LOCALES

# (text, the locale listed first, a kind of evidence that points to it)
FIRST = [
    ("أكتوبر ٢٣, ٢٠٢٣ at ١٧:٤٣ GMT +00:00", "ar", "digits"),
    ("23 octobre 2023 à 17h43", "fr", "month"),
    ("10/23/2023 5:43 PM", "en", "date order MDY"),
    ("2023年10月23日 17時43分", "zh", "field marker"),
    ("۲۳ اکتبر ۲۰۲۳", "fa", "digits"),
    ("vor 3 Tagen", "de", "relative-time word"),
    ("منذ ساعتين", "ar", "relative-time word"),
    ("3 hours ago", "en", "month or relative-time word"),
    ("23 Oct 2023 17:43 heure normale d’Europe centrale", "fr", "zone name"),
    ("Montag, 23. Oktober 2023 um 17:43", "de", "weekday or relative-time word"),
]


@pytest.mark.parametrize(("text", "first", "kind"), FIRST, ids=[t for t, _, _ in FIRST])
def test_first_locale_and_its_evidence(text: str, first: str, kind: str) -> None:
    found = detect_locale(text)
    assert found[0].locale == first
    assert any(e.kind == kind for e in found[0].evidence)
    assert found[0].score == max(s.score for s in found)


def test_the_first_is_the_locale_parse_reports() -> None:
    for text in ("23 octobre 2023 à 17h43", "Montag, 23. Oktober 2023 um 17:43",
                 "2023년 10월 23일 오후 5시 43분"):
        assert detect_locale(text)[0].locale == parse(text).locale


def test_date_order_tells_regions_apart() -> None:
    scores = {s.locale: s.score for s in detect_locale("10/23/2023 5:43 PM")}
    assert scores["en-US"] == 1.0
    assert scores["en-GB"] < 0.5  # day-first: it explains 'PM' only


def test_a_word_of_several_languages_ties_them() -> None:
    # 'listopad' is November in Polish and Czech, October in Croatian.
    found = detect_locale("listopad 2023")
    assert {"pl", "cs", "hr"} <= {s.locale for s in found if s.score == 1.0}


def test_nothing_locale_specific() -> None:
    assert detect_locale("2023-10-23 17:43") == ()
    assert detect_locale("17:43") == ()


def test_unknown_words_count_against_every_locale() -> None:
    found = detect_locale("23 Oct 2023 blorft")
    assert 0 < found[0].score < 1
    assert any(e.kind == "unknown word" and e.locales == () for e in found[0].unexplained)


def test_candidates_are_scored_by_language() -> None:
    found = detect_locale("Montag, 23. Oktober 2023 um 17:43",
                          candidates=["en_US", "de-AT", "Deutsch"])
    assert [s.locale for s in found] == ["de-AT", "de", "en-US"]
    assert found[0].score == 1.0 and found[2].score == 0.0
    assert [e.text for e in found[2].unexplained] == ["Montag", "Oktober", "um"]


def test_unknown_candidate() -> None:
    with pytest.raises(UnknownLocaleError):
        detect_locale("23 Oct", candidates=["xx"])


def test_values_are_frozen() -> None:
    found = detect_locale("23 octobre 2023")
    assert isinstance(found[0], LocaleScore)
    assert isinstance(found[0].evidence[0], Evidence)
    with pytest.raises(dataclasses.FrozenInstanceError):
        found[0].score = 0.0  # type: ignore[misc]
    assert found == detect_locale("23 octobre 2023")


def test_the_locale_that_wrote_a_date_is_among_the_best() -> None:
    """babel's full, long and medium date-times of one instant in every locale: where the
    text carries anything locale-specific, the writing locale's language is among the
    best-scored locales."""
    moment = datetime(2023, 10, 23, 17, 43, tzinfo=timezone.utc)
    best = other = blank = 0
    missed = []
    for locale in ALL_LOCALES:
        for fmt in ("full", "long", "medium"):
            text = dates.format_datetime(moment, fmt, locale=locale)
            found = detect_locale(text)
            if not found:
                blank += 1
                continue
            top = found[0].score
            if locale.split("_")[0] in {s.locale.split("-")[0] for s in found
                                        if s.score == top}:
                best += 1
            else:
                other += 1
                missed.append((locale, text))
    print(f"\ndetect_locale on babel's date-times: {best} best, {other} not, {blank} with "
          "nothing locale-specific")
    assert other <= 0.01 * (best + other), missed[:20]


@given(st.text(max_size=60))
def test_any_text_scores_or_our_error(text: str) -> None:
    try:
        found = detect_locale(text)
    except ParseError:
        return
    scores = [s.score for s in found]
    assert scores == sorted(scores, reverse=True)
    for s in found:
        assert 0 < s.score <= 1
        weight = sum(e.weight for e in s.evidence)
        total = weight + sum(e.weight for e in s.unexplained)
        assert s.score == pytest.approx(weight / total)
        assert all(s.locale in e.locales for e in s.evidence)
        assert not any(s.locale in e.locales for e in s.unexplained)
