"""Bounded work: the engine's steps (readings combined, cuts tried, phrases looked up), as
``localenorm._budget`` counts them, grow at most linearly with the text, and never past the
bound of one call. Steps are counted, not timed, so the test is exact on any machine; the
time they take is reported by ``benchmarks/worst_case.py``.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import babel.dates
import pytest

import localenorm
from localenorm import _budget
from localenorm._lexicon import lexicon
from localenorm._normalize import fold
from localenorm._tokenize import tokenize
from tests.adversarial import LENGTHS, families
from tests.strategies import MAJOR_LOCALES

_REFERENCE = datetime(2023, 10, 25, 12, tzinfo=UTC)
_OPTIONS = ({}, {"locale": "fr"}, {"reference": _REFERENCE},
            {"locale": "en", "reference": _REFERENCE})
# Each combination of word readings the date reader tries costs a step per token, and it
# tries at most 256 (``_resolve._MAX_COMBINATIONS``); the other readers cost less a token.
_PER_TOKEN = 300
_FIXED = 200


def _spent(text: str, **options: object) -> int:
    """Steps one parse of ``text`` takes, with no bound (the cache off: a replay is free)."""
    budget = _budget.Budget(limit=10**12)
    token = _budget.CURRENT.set(budget)
    try:
        localenorm.parse(text, use_plans=False, **options)  # type: ignore[arg-type]
    except localenorm.ParseError:
        pass
    finally:
        _budget.CURRENT.reset(token)
    return budget.spent


def _tokens(text: str) -> int:
    return len(tokenize(fold(text.strip()), lexicon(), 0))


@pytest.mark.parametrize("family", sorted(families()))
def test_steps_grow_linearly_with_the_text(family: str) -> None:
    make = families()[family]
    for length in LENGTHS:
        for text in make(length, random.Random(f"{family}-{length}")):
            for options in _OPTIONS:
                spent = _spent(text, **options)
                assert spent <= _PER_TOKEN * _tokens(text) + _FIXED, (text, options, spent)


@pytest.mark.parametrize("family", sorted(families()))
def test_no_call_goes_past_the_bound(family: str) -> None:
    """With the bound in force, a text that needs more is stopped as it reaches it (one
    step's units past it at most), and the caller gets the library's error."""
    make = families()[family]
    for text in make(512, random.Random(f"{family}-bound")):
        budget = _budget.Budget()
        token = _budget.CURRENT.set(budget)  # (a call inside a budget spends that one)
        try:
            localenorm.parse(text)
        except _budget.OverBudget:
            assert budget.spent > _budget.LIMIT
            with pytest.raises(localenorm.NotATimestampError, match="steps of work"):
                _budget.CURRENT.reset(token)
                token = None
                localenorm.parse(text)
        except localenorm.ParseError:
            pass
        finally:
            if token is not None:
                _budget.CURRENT.reset(token)
        assert budget.spent <= _budget.LIMIT + _PER_TOKEN * _tokens(text)


def test_the_bound_stops_a_reading_midway() -> None:
    budget = _budget.Budget(limit=10)
    token = _budget.CURRENT.set(budget)
    try:
        with pytest.raises(_budget.OverBudget):
            localenorm.parse("Friday, December 1, 2023 at 5:43:07 PM")
    finally:
        _budget.CURRENT.reset(token)


def test_timestamps_stay_far_inside_the_bound() -> None:
    """babel's four widths in the major locales, with and without the hint: the bound is
    for hostile text, and ordinary timestamps use a small part of it."""
    rng = random.Random(11)
    most = 0
    for locale in MAJOR_LOCALES:
        for width in ("full", "long", "medium", "short"):
            instant = datetime(1990, 1, 1, tzinfo=UTC) + timedelta(
                seconds=rng.randrange(45 * 365 * 86400))
            text = babel.dates.format_datetime(instant, width, tzinfo=UTC, locale=locale)
            most = max(most, _spent(text, locale=locale), _spent(text))
    assert most <= _budget.LIMIT // 2, most


def test_a_piece_read_twice_is_counted_once() -> None:
    # 'vor 3 Tagen' repeated: every cut meets the same pieces; each is read once a call.
    short = _spent(" ".join(["vor 3 Tagen"] * 4), reference=_REFERENCE)
    long = _spent(" ".join(["vor 3 Tagen"] * 8), reference=_REFERENCE)
    assert long <= 4 * short
