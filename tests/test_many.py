"""``parse_many``: one answer per row, in order, the same as ``parse`` row by row."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import noise, timestamp_like

import localenorm
from localenorm import OptionError, ParseError, ParseResult, parse, parse_many

REFERENCE = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)

locales = st.sampled_from([None, "en", "en-US", "en-GB", "de", "fr", "ja", "xx-QQ"])
references = st.sampled_from([None, REFERENCE, REFERENCE.astimezone(timezone(timedelta(hours=3))),
                              datetime(2024, 5, 1, 12, 0)])  # the last one naive: an error


@st.composite
def columns(draw: st.DrawFn) -> list[tuple[str, str | None, datetime | None]]:
    rows: list[tuple[str, str | None, datetime | None]] = []
    for _ in range(draw(st.integers(0, 30))):
        if rows and draw(st.booleans()):
            rows.append(draw(st.sampled_from(rows)))  # a repeated row
        else:
            text = draw(st.one_of(timestamp_like, noise))
            rows.append((text, draw(locales), draw(references)))
    return rows


def _answer(call: object) -> object:
    """A result, or the error's type and message, to compare."""
    if isinstance(call, ParseError):
        return (type(call), str(call))
    return call


def _one(text: object, **options: object) -> object:
    try:
        return parse(text, **options)  # type: ignore[arg-type]
    except ParseError as exc:
        return (type(exc), str(exc))


@given(columns(), st.sampled_from([{}, {"default_tz": "Europe/Berlin"},
                                   {"prefer": "future", "default_tz": "Asia/Tokyo"},
                                   {"epoch": "auto"}]))
def test_parse_many_is_parse_row_by_row(rows: list[tuple[str, str | None, datetime | None]],
                                        options: dict[str, object]) -> None:
    texts = [t for t, _, _ in rows]
    expected = [_one(t, locale=loc, reference=ref, **options) for t, loc, ref in rows]
    got = parse_many(texts, locales=[loc for _, loc, _ in rows],
                     references=[ref for _, _, ref in rows], **options)
    assert [_answer(a) for a in got] == expected


@given(st.lists(st.one_of(timestamp_like, noise, st.none(), st.integers()), max_size=30))
def test_one_locale_and_reference_for_every_row(texts: list[object]) -> None:
    options = {"locale": "de", "reference": REFERENCE}
    expected = [_one(t, **options) for t in texts]
    answers = list(parse_many(texts, **options))
    assert [_answer(a) for a in answers] == expected
    assert all(isinstance(a, ParseResult | ParseError) for a in answers)


def test_repeated_rows_are_read_once_and_share_the_result() -> None:
    texts = ["23 Oct 2023 17:43", "nonsense", "23 Oct 2023 17:43"] * 3
    answers = list(parse_many(iter(texts)))
    assert len(answers) == 9
    assert answers[0] is answers[2] is answers[8]
    assert isinstance(answers[1], localenorm.NotATimestampError)


def test_an_unusable_option_is_raised_at_the_call() -> None:
    with pytest.raises(OptionError):
        parse_many(["2023-10-23"], default_tz="Mars/Olympus")
    with pytest.raises(OptionError):
        parse_many([], reference=datetime(2024, 1, 1))  # naive
    with pytest.raises(OptionError):
        parse_many([], epoch="seconds")
    with pytest.raises(TypeError):
        parse_many([], colour="blue")
    with pytest.raises(TypeError):
        parse_many([], locale="de", locales=["fr"])
    with pytest.raises(TypeError):
        parse_many([], reference=REFERENCE, references=[REFERENCE])


def test_an_imposed_calendar_is_no_option_error() -> None:
    answers = list(parse_many(["۱ آبان ۱۴۰۲"], calendar="persian"))
    assert _answer(answers[0]) == _one("۱ آبان ۱۴۰۲", calendar="persian")


def test_per_row_columns_must_be_as_long_as_the_texts() -> None:
    with pytest.raises(ValueError, match=r"shorter|longer"):
        list(parse_many(["2023-10-23", "2023-10-24"], locales=["en"]))
    with pytest.raises(ValueError, match=r"shorter|longer"):
        list(parse_many(["2023-10-23"], references=[None, None]))


def test_unhashable_rows_are_still_answered() -> None:
    answers = list(parse_many([["2023-10-23"], "2023-10-23"]))
    assert isinstance(answers[0], OptionError)
    assert isinstance(answers[1], ParseResult)


def test_errors_are_values_without_their_tracebacks() -> None:
    """A memo of errors must not keep each reading's frames alive."""
    answers = list(parse_many(["nonsense", "01/02/2023", "nonsense"]))
    assert all(isinstance(a, ParseError) for a in answers)
    assert all(a.__traceback__ is None and a.__context__ is None for a in answers)
