"""The public entry points: one pipeline of pure stages.

fold (``_normalize``) -> machine formats (``_machine``) or tokens with readings
(``_tokenize``) -> fields (``_resolve``) -> zone and UTC (``_zone``) -> :class:`ParseResult`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone, tzinfo

from localenorm._errors import InvalidDateError, NotATimestampError, OptionError, ParseError
from localenorm._lexicon import lexicon
from localenorm._machine import parse_machine
from localenorm._normalize import normalize
from localenorm._plan import Plans, numbers_of, replay, shape_of
from localenorm._resolve import Reader, describe_locale, signature, unique
from localenorm._result import Fields, ParseResult
from localenorm._tokenize import tokenize
from localenorm._zone import resolve_tz, to_utc, tz_label

# Longer texts are not timestamps; refusing them early bounds time and memory per call.
MAX_LENGTH = 512

_PLANS = Plans()


def parse(
    text: str,
    *,
    locale: str | None = None,
    default_tz: str | tzinfo = "UTC",
    reference: datetime | None = None,
    use_plans: bool = True,
) -> ParseResult:
    """Read one timestamp from ``text``.

    ``locale`` (BCP 47 or POSIX style, e.g. ``"ar-EG"``, ``"pt_BR"``) is a hint: it orders
    numeric dates and decides between words that mean different things in different
    languages, but words from other languages are still read. ``default_tz`` is the zone of a
    time that states none. ``reference`` is accepted for relative dates, which this version
    does not read yet: such texts raise :class:`NotATimestampError`.

    ``use_plans=False`` reads the text in full even when a text of the same shape was read
    before (see ``localenorm._plan``); answers are the same either way, only slower.

    Raises :class:`ParseError` (a ``ValueError``) or one of its subclasses.
    """
    if not isinstance(text, str):
        raise OptionError(repr(text)[:80], f"text must be str, not {type(text).__name__}")
    tz = resolve_tz(default_tz)
    if reference is not None and (not isinstance(reference, datetime)
                                  or reference.tzinfo is None):
        raise OptionError(repr(reference), "reference must be an aware datetime")
    stripped = text.strip()
    if not stripped:
        raise NotATimestampError(text, "empty text")
    if len(stripped) > MAX_LENGTH:
        raise NotATimestampError(text, f"longer than {MAX_LENGTH} characters")
    lex = lexicon()
    hint = lex.hint(locale) if locale else None
    machine = parse_machine(stripped)
    if machine is not None:
        return _build(text, machine, hint.locale if hint else None, tz, ["machine format"])
    folded = normalize(stripped)
    key = (shape_of(folded.text), hint.tag if hint else None)
    program = _PLANS.get(key) if use_plans else None
    if program is not None:
        replayed = replay(program, numbers_of(folded.text))
        if replayed is not None:
            fields, notes = replayed
            return _build(text, fields, program.locale, tz, notes)
    tokens = tokenize(folded.text, lex, hint.family if hint else 0)
    sig_key = (signature(tokens), key[1])
    program = _PLANS.get(sig_key) if use_plans else None
    if program is not None:
        # Same words but other month or weekday names ('23 Oct', '5 Nov'): the program
        # reads them from this text's own tokens.
        replayed = replay(program, [t.text for t in tokens if t.kind == "num"],
                          [t.readings for t in tokens])
        if replayed is not None:
            fields, notes = replayed
            return _build(text, fields, program.locale, tz, notes)
    offset = len(text) - len(text.lstrip())

    def spans(start: int, end: int) -> tuple[int, int]:
        a, b = folded.span(start, end)
        return a + offset, b + offset

    reader = Reader(text, tokens, lex, hint, spans)
    outcomes, error = reader.read()
    if not outcomes:
        raise error or NotATimestampError(text, "no date in the text")
    chosen = unique(text, outcomes)
    notes = list(chosen.assumptions)
    unknown = [t.text for t in tokens if t.kind == "unknown"]
    if unknown:
        notes.append("ignored: " + ", ".join(repr(u) for u in unknown[:5]))
    fields = chosen.fields
    if unknown and fields.hour is None and fields.day is None and not fields.partial:
        # 'May eighth, 2010', 'last day of October 2015': words we do not read may make the
        # date more precise than the month we found; refuse rather than answer coarsely.
        raise NotATimestampError(text, "words this version does not read ("
                                 + ", ".join(repr(u) for u in unknown[:3])
                                 + ") beside a month or year")
    locale_tag = describe_locale(lex, chosen.evidence, hint)
    if fields.partial:
        fields = _complete(text, fields, reference, tz, notes)
    elif reader.program is not None and use_plans:
        pivot = [i for i, n in enumerate(notes) if n.startswith("two-digit year")]
        kept = replace(reader.program, locale=locale_tag,
                       notes=tuple(n for i, n in enumerate(notes) if i not in pivot),
                       pivot_at=pivot[0] if pivot else 0)
        _PLANS.put(sig_key, kept)
        if len(numbers_of(folded.text)) == sum(t.kind == "num" for t in tokens):
            # (Numbers in CJK numerals are not digits in the shape: only the signature.)
            _PLANS.put(key, kept)
    return _build(text, fields, locale_tag, tz, notes)


def _complete(text: str, fields: Fields, reference: datetime | None, tz: tzinfo,
              notes: list[str]) -> Fields:
    """Fill what a partial value lacks (year, or the whole date) from ``reference``."""
    if reference is None:
        what = "a time or weekday without a date" if fields.month is None else \
            "a date without a year"
        raise NotATimestampError(text, f"{what}: pass reference= (the time the page was "
                                 "fetched or published) to complete it")
    raise NotATimestampError(text, "completing partial dates from a reference is not "
                             "supported yet")


def _build(text: str, f: Fields, locale: str | None, tz: tzinfo,
           notes: list[str]) -> ParseResult:
    assert f.year is not None
    grain = f.grain
    if f.weekday is not None and f.day is not None and f.month is not None:
        actual = date(f.year, f.month, f.day).weekday()
        if actual != f.weekday:
            from localenorm._errors import ContradictionError

            raise ContradictionError(text, "the weekday does not match the date")
    day = date(f.year, f.month or 1, f.day or 1)
    tag = locale.replace("_", "-") if locale else None
    if f.hour is None:
        iso = day.isoformat()[: {"year": 4, "month": 7}.get(grain, 10)]
        return ParseResult(text, iso, None, day, grain, tag, "gregorian", f.offset,
                           tuple(notes))
    local = datetime(f.year, f.month or 1, f.day or 1, f.hour, f.minute or 0, f.second or 0,
                     f.microsecond)
    if f.offset is not None:
        try:
            utc = (local - f.offset).replace(tzinfo=timezone.utc)
        except OverflowError:
            raise InvalidDateError(text, "the instant is out of range in UTC") from None
    else:
        notes.append(f"zone {tz_label(tz)} from default_tz")
        try:
            utc = to_utc(local, tz)
        except OverflowError:
            raise InvalidDateError(text, "the instant is out of range in UTC") from None
    return ParseResult(text, _iso(utc), utc, day, grain, tag, "gregorian", f.offset,
                       tuple(notes))


def _iso(utc: datetime) -> str:
    base = (f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}T"
            f"{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}")
    if utc.microsecond:
        base += f".{utc.microsecond:06d}".rstrip("0")
    return base + "Z"


def to_utc_iso(
    text: str,
    *,
    locale: str | None = None,
    default_tz: str | tzinfo = "UTC",
    reference: datetime | None = None,
) -> str:
    """``parse(...).iso``: the ISO-8601 string of the timestamp in ``text``."""
    return parse(text, locale=locale, default_tz=default_tz, reference=reference).iso


__all__ = ["ParseError", "parse", "timedelta", "to_utc_iso"]
