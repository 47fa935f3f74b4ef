"""parse_number: tables for the issue's numbers and each ambiguity rule, and the round trip
through babel's formatting in every locale."""

from __future__ import annotations

import dataclasses
import random
from collections import Counter
from decimal import Decimal

import pytest
from babel import Locale
from babel import numbers as babel_numbers
from hypothesis import example, given, settings
from hypothesis import strategies as st

import localenorm
from localenorm import AmbiguousError, NumberResult, ParseError, UnknownLocaleError, parse_number
from tests.strategies import ALL_LOCALES, native_zero, transliterate

# (text, locale, value): the examples and the forms around them.
READ = [
    ("٤٬٦٠٠", None, "4600"),
    ("1.234,56", None, "1234.56"),
    ("1,234.56", None, "1234.56"),
    ("12 345,6", None, "12345.6"),
    ("12\u202f345,6", None, "12345.6"),
    ("12\u00a0345,6", None, "12345.6"),
    ("1,23,456", None, "123456"),
    ("12,34,567.5", None, "1234567.5"),
    ("1,234,567", None, "1234567"),
    ("1.234.567", None, "1234567"),
    ("1’234’567.5", None, "1234567.5"),
    ("1'234", None, "1234"),
    ("1.2K", None, "1200"),
    ("١٫٢ ألف", None, "1200"),
    ("1,2 Mio.", None, "1200000"),
    ("3,4 тыс.", None, "3400"),
    ("12万", None, "120000"),
    ("1.2万", None, "12000"),
    ("1.5 million", None, "1500000"),
    ("12%", None, "0.12"),
    ("12 %", None, "0.12"),
    ("%12", None, "0.12"),
    ("٪١٢", None, "0.12"),
    ("5‰", None, "0.005"),
    ("-12", None, "-12"),
    ("−1 234,5", None, "-1234.5"),
    ("+7", None, "7"),
    ("١٢٣", None, "123"),
    ("१,२३,४५६", None, "123456"),
    ("1.5E3", None, "1500"),
    ("1.5e-3", None, "0.0015"),
    ("٤٬٦٠٠", "ar", "4600"),
    ("14,245", "en", "14245"),
    ("14,245", "de", "14.245"),
    ("1.234,56", "de-DE", "1234.56"),
    ("12 345,6", "fr", "12345.6"),
    ("1'234'567.25", "de_CH", "1234567.25"),
    ("1,23,456", "en-IN", "123456"),
    ("1,234,567", "hi", "1234567"),
    ("١٫٢ ألف", "ar-EG", "1200"),
    ("1,2 Mio.", "de", "1200000"),
    ("1,2 Millionen", "de", "1200000"),
    ("3,4 тыс.", "ru", "3400"),
    ("12万", "ja", "120000"),
    ("1.2K", "en", "1200"),
    ("1.2k", "en", "1200"),
    ("1.2k", "to", "120000"),
    ("elfu 1.2", "sw", "1200"),
    ("1.2 কো", "bn", "12000000"),
    ("-12,5 %", "fr", "-0.125"),
    ("%\u00a0-20\u202f73,85", "blo", "-20.7385"),  # Bolo percent groups by two
]


@pytest.mark.parametrize(("text", "locale", "value"), READ,
                         ids=[f"{t}|{loc}" for t, loc, _ in READ])
def test_reads(text: str, locale: str | None, value: str) -> None:
    result = parse_number(text, locale=locale)
    assert result.value == Decimal(value)
    assert str(result.value) == value  # '1.2K' is 1200, not 1.2E+3
    if locale is not None:
        assert result.locale == localenorm.normalize_locale(locale)


# (text, the values an AmbiguousError must list): every locale writes numbers its way.
AMBIGUOUS = [
    ("1,234", {"1234", "1.234"}),  # ',' groups (en) or marks decimals (de)
    ("1.234", {"1234", "1.234"}),
    ("14,245", {"14245", "14.245"}),
    ("123,456", {"123456", "123.456"}),
    ("1,000", {"1000", "1.000"}),
    ("1,234K", {"1234000", "1234"}),
    ("1.2k", {"1200", "120000"}),  # CLDR: Tongan 'k' is 10^5
    ("1.2M", {"1200", "1200000"}),  # CLDR: Latin, K'iche' and Q'eqchi' 'M' is 10^3
]


@pytest.mark.parametrize(("text", "values"), AMBIGUOUS, ids=[t for t, _ in AMBIGUOUS])
def test_ambiguous_without_a_locale(text: str, values: set[str]) -> None:
    with pytest.raises(AmbiguousError) as info:
        parse_number(text)
    listed = {c.split(" ")[0] for c in info.value.candidates}
    assert listed == values
    assert str(info.value).startswith(repr(text))


# (text, the reading named in assumptions): each rule that settles a text with no locale.
RULES = [
    ("1,234,567", "',' groups digits"),  # a decimal separator appears once
    ("1.234.567", "'.' groups digits"),
    ("1,234.5", "',' groups digits, '.' marks decimals"),  # the last separator is decimal
    ("1.234,5", "'.' groups digits, ',' marks decimals"),
    ("1,5", "',' marks decimals"),  # a group holds three digits
    ("1,2345", "',' marks decimals"),
    ("1234,567", "',' marks decimals"),  # a first group holds at most three
    ("0,123", "',' marks decimals"),  # no group starts with 0
    ("12,34,567", "',' groups digits"),  # only the Indian grouping fits
    ("12 345", "a space groups digits"),  # a space never marks decimals
    ("1'234.5", "an apostrophe groups digits, '.' marks decimals"),
    ("١٫٢٣٤", "'٫' marks decimals"),  # the Arabic decimal sign is never a group separator
    ("١٬٢٣٤", "'٬' groups digits"),
]


@pytest.mark.parametrize(("text", "reading"), RULES, ids=[t for t, _ in RULES])
def test_unambiguous_without_a_locale_names_its_reading(text: str, reading: str) -> None:
    result = parse_number(text)
    assert result.locale is None
    assert result.assumptions[0].startswith(reading + ":")


def test_compact_words_say_what_they_were_read_as() -> None:
    result = parse_number("3,4 тыс.")
    assert result.locale == "ru"
    assert any("'тыс.' read as 10^3" in a for a in result.assumptions)
    hinted = parse_number("1,2K", locale="de")  # de writes no 'K'; every locale with it agrees
    assert hinted.value == 1200
    assert any("'K' is not de's" in a for a in hinted.assumptions)


REFUSED = [
    ("", None),
    ("abc", None),
    ("12 apples", None),
    ("1.234,56 €", None),  # currencies are not read
    ("12%%", None),
    ("1,2345", "en"),  # en groups by three
    ("1.2K", "de"),  # de's '.' groups digits
    ("12 345", "de"),  # de groups with '.'
    ("1e5" * 200, None),
]


@pytest.mark.parametrize(("text", "locale"), REFUSED, ids=[t[:20] or "empty" for t, _ in REFUSED])
def test_refused(text: str, locale: str | None) -> None:
    with pytest.raises(ParseError) as info:
        parse_number(text, locale=locale)
    assert not isinstance(info.value, AmbiguousError)
    shown = text if len(text) <= 120 else text[:117] + "..."
    assert str(info.value).startswith(repr(shown))


def test_a_word_cldr_gives_two_values_in_one_locale_is_ambiguous() -> None:
    # Nepali CLDR data: short 'करोड' is 10^7, long 'करोड' 10^6 (both spaced alike).
    with pytest.raises(AmbiguousError) as info:
        parse_number("1.5 करोड", locale="ne")
    assert {c.split(" ")[0] for c in info.value.candidates} == {"1500000", "15000000"}


def test_unknown_locale() -> None:
    with pytest.raises(UnknownLocaleError):
        parse_number("12", locale="xx")


def test_error_span_points_at_the_digits() -> None:
    with pytest.raises(ParseError) as info:
        parse_number("total: 1,2345", locale="en")
    assert info.value.span is not None


def test_result_is_frozen() -> None:
    result = parse_number("1.2K")
    assert isinstance(result, NumberResult)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.value = Decimal(1)  # type: ignore[misc]
    assert hash(result) == hash(parse_number("1.2K"))
    assert str(result) == "1200"


# --- the round trip through babel's formatting, in every locale ---------------------------


def _native_system(loc: Locale) -> str:
    return str((loc.other_numbering_systems or {}).get("native") or loc.default_numbering_system)


def _spellings(fmt: object, locale: str) -> set[str]:
    """The text babel prints with Latin digits and the locale's Latin symbols, with its
    default numbering system's symbols, and in its native digits with their symbols (babel
    prints ASCII digits; tests.strategies writes them in the native script)."""
    call = fmt  # (a callable taking numbering_system)
    out = {call("latn"), call("default")}  # type: ignore[operator]
    zero = native_zero(locale)
    if zero:
        out.add(transliterate(call(_native_system(Locale.parse(locale))), zero))  # type: ignore[operator]
    return out


def _babel_misprints(text: str, locale: str) -> bool:
    """babel's output unquoting eats pairs of apostrophes, the group separator of de-CH and
    its neighbours ('1234567' for 1'234'567): a string with fewer separators than its digits
    call for is not what CLDR prints."""
    if babel_numbers.get_group_symbol(locale) != "'":
        return False
    whole = text.split(babel_numbers.get_decimal_symbol(locale))[0]
    digits = sum(ch.isdigit() for ch in whole)
    return text.count("'") != max(0, (digits - 1) // 3)


def _babel_miscounts_compact(locale: str, width: str) -> bool:
    """babel counts the zeros of a compact pattern with an explicit negative form ('elfu 0;
    elfu -0', Swahili) over both forms, and prints 'elfu 12' for 1200."""
    forms = Locale.parse(locale).compact_decimal_formats.get(width) or {}
    return any(";" in p.pattern for patterns in forms.values() for p in patterns.values())


def _cases(locale: str, rng: random.Random, n: int) -> list[tuple[str, str, Decimal]]:
    """(kind, text, value) for ``n`` random values of each kind, as babel formats them."""
    out: list[tuple[str, str, Decimal]] = []
    for _ in range(n):
        value = Decimal(rng.randrange(-10**12, 10**12)) / 10 ** rng.randrange(0, 4)
        out += [("decimal", s, value) for s in _spellings(
            lambda ns, v=value: babel_numbers.format_decimal(v, locale=locale,
                                                             numbering_system=ns), locale)]
        share = Decimal(rng.randrange(-10**7, 10**7)) / 100
        out += [("percent", s, share) for s in _spellings(
            lambda ns, v=share: babel_numbers.format_percent(v, locale=locale,
                                                             numbering_system=ns), locale)]
        fine = Decimal(rng.randrange(-10**6, 10**6)) / 10000
        out += [("percent", s, fine) for s in _spellings(
            lambda ns, v=fine: babel_numbers.format_percent(
                v, locale=locale, numbering_system=ns, decimal_quantization=False), locale)]
        for width in ("short", "long"):
            if _babel_miscounts_compact(locale, width):
                continue
            # At most three significant digits, two decimals printed: the compact form is
            # exact, whatever power of ten the locale divides by (10^3, 10^4, 10^5, ...).
            big = Decimal(rng.randrange(1, 1000)) * Decimal(10) ** rng.randrange(0, 13)
            big *= rng.choice((1, -1))
            out += [(f"compact {width}", s, big) for s in _spellings(
                lambda ns, v=big, w=width: babel_numbers.format_compact_decimal(
                    v, locale=locale, format_type=w, fraction_digits=2, numbering_system=ns),
                locale)]
    return out


def _outcome(text: str, locale: str | None, want: Decimal) -> str:
    try:
        got = parse_number(text, locale=locale).value
    except AmbiguousError as exc:
        listed = {Decimal(c.split(" ")[0]) for c in exc.candidates}
        return "ambiguous" if want in listed or locale is None else "ambiguous without it"
    except ParseError:
        return "refused"
    return "right" if got == want else "WRONG"


def test_every_locale_round_trip() -> None:
    """Random numbers babel formats in every locale (format_decimal, format_percent,
    format_compact_decimal short and long; Latin, default and native digits) read back
    exactly with the locale given, and without it are read exactly or refused, never wrong.
    With the locale, the only refusals allowed are ambiguities that list the right value:
    a compact word CLDR gives two values in one locale (Nepali 'करोड')."""
    n = max(1, settings().max_examples // 100)
    hinted: dict[str, Counter[str]] = {}
    unhinted: Counter[str] = Counter()
    skipped = 0
    bad = []
    for locale in ALL_LOCALES:
        rng = random.Random(locale)
        counts: Counter[str] = Counter()
        for kind, text, want in _cases(locale, rng, n):
            if _babel_misprints(text, locale):
                skipped += 1
                continue
            got = _outcome(text, locale, want)
            counts[got] += 1
            if got not in ("right", "ambiguous"):
                bad.append((locale, kind, text, str(want), got))
            alone = _outcome(text, None, want)
            unhinted[alone] += 1
            if alone == "WRONG":
                bad.append((locale, kind, text, str(want), "wrong without the locale"))
        hinted[locale] = counts
    assert not bad, bad[:20]
    assert all(c["right"] >= c.total() - 2 for c in hinted.values())
    total: Counter[str] = Counter()
    for c in hinted.values():
        total.update(c)
    print(f"\nround trip, {len(hinted)} locales, locale given: {dict(total)}; "
          f"per locale at least {min(c['right'] for c in hinted.values())} right; "
          f"without it: {dict(unhinted)}; babel misprints skipped: {skipped}")


def test_compact_forms_read_to_their_rounding() -> None:
    """Any whole number in compact form, rounded as babel rounds it (0 to 2 decimals), reads
    back within that rounding in every locale: off by at most half a unit of the last digit
    printed, times the power of ten the word stands for (at most the number itself)."""
    n = max(1, settings().max_examples // 100)
    checked = ambiguous = 0
    bad = []
    for locale in ALL_LOCALES:
        rng = random.Random("rounding:" + locale)
        for width in ("short", "long"):
            if _babel_miscounts_compact(locale, width):
                continue
            for _ in range(n):
                value = Decimal(rng.randrange(1, 10 ** rng.randrange(1, 16)))
                digits = rng.randrange(0, 3)
                text = babel_numbers.format_compact_decimal(
                    value, locale=locale, format_type=width, fraction_digits=digits)
                try:
                    got = parse_number(text, locale=locale).value
                except AmbiguousError:
                    ambiguous += 1  # (a word CLDR gives two values: checked exactly above)
                    continue
                checked += 1
                if abs(got - value) > Decimal("0.5") * Decimal(10) ** -digits * value:
                    bad.append((locale, text, str(value), str(got)))
    assert not bad, bad[:20]
    print(f"\ncompact forms to their rounding: {checked} within it, {ambiguous} ambiguous")
    assert checked >= len(ALL_LOCALES) * n and ambiguous <= 0.01 * checked


@st.composite
def _formatted(draw: st.DrawFn) -> tuple[str, str, Decimal]:
    locale = draw(st.sampled_from(ALL_LOCALES))
    rng = random.Random(draw(st.integers(0, 2**32)))
    cases = [c for c in _cases(locale, rng, 1) if not _babel_misprints(c[1], locale)]
    _, text, want = draw(st.sampled_from(cases))
    return locale, text, want


@given(_formatted())
def test_babel_formatted_reads_back(case: tuple[str, str, Decimal]) -> None:
    locale, text, want = case
    assert _outcome(text, locale, want) in ("right", "ambiguous")
    assert _outcome(text, None, want) != "WRONG"


@given(st.integers(-10**30, 10**30), st.sampled_from(sorted({z for loc in ALL_LOCALES
                                                              if (z := native_zero(loc))})))
@example(1234, "٠")
def test_digits_alone_in_any_script(n: int, zero: str) -> None:
    text = transliterate(str(n), zero)
    assert parse_number(text).value == n


@given(st.text(max_size=40))
@example("1,2,3")
@example("..5")
@example("1e99999999")
def test_any_text_is_a_number_or_our_error(text: str) -> None:
    try:
        result = parse_number(text)
    except ParseError:
        return
    assert isinstance(result.value, Decimal)
