"""The public entry points: one pipeline of pure stages.

fold (``_normalize``) -> machine formats (``_machine``) or tokens with readings
(``_tokenize``) -> fields (``_resolve``) -> zone and UTC (``_zone``) -> :class:`ParseResult`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING

from localenorm import _timeofday
from localenorm._calendars import CALENDARS, numeral_tokens
from localenorm._complete import PREFERS, Prefer, complete
from localenorm._epoch import read_epoch
from localenorm._errors import (
    AmbiguousError,
    ContradictionError,
    InvalidDateError,
    NotATimestampError,
    OptionError,
    ParseError,
    UnknownZoneError,
)
from localenorm._fields import Fields
from localenorm._lexicon import Hint, lexicon
from localenorm._lexkey import lookup_key
from localenorm._machine import parse_machine
from localenorm._normalize import fold, origin_span
from localenorm._plan import (
    Plan,
    Plans,
    loose_shape,
    numbers_of,
    replay,
    shape_of,
)
from localenorm._resolve import (
    ORDER_UNKNOWN,
    Reader,
    choices,
    describe_locale,
    signature,
    unique,
)
from localenorm._result import ParseResult
from localenorm._timeofday import word_kinds
from localenorm._tokenize import PUNCT, Token, tokenize
from localenorm._zone import label as tz_label
from localenorm._zone import offset_label, resolve_tz
from localenorm._zonewords import mark_zones

if TYPE_CHECKING:
    from localenorm._relative import Relative
    from localenorm._zones import ZoneChoice

# Longer texts are not timestamps; refusing them early bounds time and memory per call.
MAX_LENGTH = 512

_PLANS = Plans()
# A date and a clock phrase side by side are short; longer texts are not cut apart.
_MAX_SPLIT_TOKENS = 40


def parse(
    text: str,
    *,
    locale: str | None = None,
    default_tz: str | tzinfo = "UTC",
    reference: datetime | None = None,
    prefer: Prefer = "past",
    calendar: str | None = None,
    strict: bool = False,
    zone_hints: Mapping[str, str | tzinfo] | None = None,
    disambiguate: str = "compatible",
    use_plans: bool = True,
    epoch: str | None = None,
) -> ParseResult:
    """Read one timestamp from ``text``.

    ``locale`` (BCP 47 or POSIX style, e.g. ``"ar-EG"``, ``"pt_BR"``) is a hint: it orders
    numeric dates and decides between words that mean different things in different
    languages, but words from other languages are still read. ``default_tz`` is the zone of a
    time that states none. ``reference`` (an aware datetime: when the page was fetched or
    published) completes relative and partial texts, on the calendar of ``default_tz``:
    'yesterday at 17:43', '3 hours ago', 'منذ ساعتين', 'next Monday', '23 Oct' (no year),
    'Monday', '17:43' (no date); without it they raise :class:`NotATimestampError`.
    ``prefer`` (``"past"``, ``"future"`` or ``"nearest"``) picks the year of a date without
    one or the day of a weekday alone, relative to the reference; a time alone is on the
    reference's day (with ``"future"``, its next occurrence). A clock reading such as
    '٠٠:٠٥:٢١' is read as a time of day; use :func:`parse_duration` for lengths of time.

    ``calendar`` imposes the calendar the date is written in (``"gregorian"``,
    ``"islamic-umalqura"``, ``"persian"``, ``"buddhist"``, ``"japanese"``, ``"roc"``,
    ``"hebrew"``); without it, month names and era markers in the text decide ('آبان',
    'هـ', 'พ.ศ.', '令和'), else the locale's default calendar when the year fits it (Thai
    2566, Persian 1402) and the Gregorian otherwise. The result is always Gregorian.

    Zones: a zone the text names ('MSK', 'CEST', 'heure de Paris', 'بتوقيت مكة المكرمة',
    ``Europe/Berlin``) is applied at the local date and time the text gives. An abbreviation
    with several meanings ('IST', 'CST') is resolved by the language and region of the text
    or of ``locale``, else by a documented default recorded in ``.assumptions`` with the
    alternatives; ``strict=True`` makes that an :class:`AmbiguousError`, and ``zone_hints``
    (``{"IST": "Asia/Kolkata"}``) pins meanings. A local time in a DST gap or fold follows
    ``disambiguate``: ``"compatible"`` (a skipped time moves forward by the gap, a repeated
    one is the earlier instant), ``"earlier"``, ``"later"`` or ``"raise"``.

    ``use_plans=False`` reads the text in full even when a text of the same shape was read
    before (see ``localenorm._plan``); answers are the same either way, only slower.

    ``epoch`` reads a bare number as a Unix epoch time, in ``"s"``, ``"ms"``, ``"us"`` or
    ``"ns"``, or by its width with ``"auto"`` (see ``localenorm._epoch``); without it a
    number is never taken for one.

    Raises :class:`ParseError` (a ``ValueError``) or one of its subclasses.
    """
    # (The arguments' types are checked before this, in _checked.)
    if reference is not None and reference.tzinfo is None:
        raise OptionError(repr(reference), "reference must be an aware datetime")
    try:
        tz, zo, hint = _options(default_tz, locale, prefer, calendar, strict, disambiguate)
    except TypeError:  # an unhashable argument: checked (and refused) without the cache
        tz, zo, hint = _options.__wrapped__(default_tz, locale, prefer, calendar, strict,
                                            disambiguate)
    if zone_hints:
        zo = _ZoneOptions(strict, dict(zone_hints), disambiguate, locale)
    if calendar is not None:
        use_plans = False  # plans replay Gregorian readings; an imposed calendar reads anew
    stripped = text.strip()
    if not stripped:
        raise NotATimestampError(text, "empty text")
    if len(stripped) > MAX_LENGTH:
        raise NotATimestampError(text, f"longer than {MAX_LENGTH} characters")
    if epoch is not None:
        read = read_epoch(text, stripped, epoch)
        if read is not None:
            return read
    lex = lexicon()
    # Machine formats are Gregorian by definition; an imposed other calendar reads them as text.
    machine = parse_machine(stripped) if calendar in (None, "gregorian") else None
    if machine is not None:
        return _build(text, machine, hint.locale if hint else None, tz, ["machine format"], zo)
    folded_text = fold(stripped)
    key = (shape_of(folded_text) + _capitals(stripped), hint.tag if hint else None)
    loose_key = None
    plan = _PLANS.get(key) if use_plans else None
    if plan is None and use_plans:
        # '15 Mar 2024 9:41' after '5 Mar 2024 10:41': the same but for one- or two-digit
        # days, months and hours, which the program checks.
        loose_key = (loose_shape(key[0]), key[1])
        plan = _PLANS.get(loose_key)
    if plan is not None:
        program = plan[0]
        replayed = replay(program, numbers_of(folded_text), loose=loose_key is not None,
                          month=plan[1], weekday=plan[2])
        if replayed is not None:
            fields, notes = replayed
            return _build(text, fields, program.locale, tz, notes, zo)
    offset = len(text) - len(text.lstrip())

    def spans(start: int, end: int) -> tuple[int, int]:
        a, b = origin_span(stripped, start, end)  # the way back to the text, for errors
        return a + offset, b + offset

    def original(start: int, end: int) -> str:
        return text[slice(*spans(start, end))]

    tokens = mark_zones(numeral_tokens(tokenize(folded_text, lex, hint.family if hint else 0)),
                        folded_text, original)
    options = choices(tokens, hint)
    family = hint.family if hint else 0
    sig_key = (signature(tokens, options, family), key[1])
    plan = _PLANS.get(sig_key) if use_plans else None
    if plan is not None:
        # Same words but other month or weekday names ('23 Oct', '5 Nov'): the program
        # reads them from this text's own tokens.
        program = plan[0]
        nums = [t.text for t in tokens if t.kind == "num"]
        words = iter(options)
        replayed = replay(program, nums, [next(words) if t.kind == "word" else ()
                                          for t in tokens], loose=True)
        if replayed is not None:
            fields, notes = replayed
            if len(numbers_of(folded_text)) == len(nums):
                # This text's own names made constants: the next text of its shape replays
                # without tokenizing.
                _remember(key, loose_key, (
                    program, fields.month if program.month_ref is not None else None,
                    fields.weekday if program.weekday_ref is not None else None))
            return _build(text, fields, program.locale, tz, notes, zo)
    reader = Reader(text, tokens, lex, hint, spans, options, calendar)
    refused: AmbiguousError | None = None
    try:
        outcomes, error = reader.read()
    except AmbiguousError as exc:
        outcomes, error = [], exc  # a clock phrase may still read it ('8h10m', '5:16p')
        refused = exc
    if not outcomes and isinstance(error, AmbiguousError) and error.reason is ORDER_UNKNOWN \
            and all(len(c) == 10 for c in error.candidates):
        # Every reading is a whole date whose field order no locale settles ('30/5/05 7:13
        # AM' without a hint): a clock phrase, a relative phrase or a cut into a date and a
        # time reads the same numbers and cannot settle it either, and trying them was most
        # of the cost of such a refusal. Digits alone may still be a time ('22.06.10'): that
        # is one more candidate, not an answer.
        clock = _timeofday.read(text, folded_text, tokens, None, 0)
        if clock is not None and not clock.words:
            raise AmbiguousError(
                text, "the order of day, month and year is not known, and the digits may "
                "be a time of day; pass locale=", [*error.candidates, "T" + ":".join(
                    f"{v:02d}" for v in (clock.hour, clock.minute, clock.second)
                    if v is not None)])
        raise error
    if not outcomes or all(o.fields.partial for o in outcomes):
        # A time of day in words the date reader does not read ('at 8', 'om 2 uur',
        # 'a quarter past 1pm'), or a clock word that would otherwise be read as a length
        # ('15 uur'): read before relative phrases.
        lang = hint.locale.split("_")[0] if hint else None
        spoken = None if _day_phrase(folded_text, lang) else \
            _timeofday.read(text, folded_text, tokens, lang, hint.family if hint else 0)
        # A date the reader found in full words ('23.10', 'am 10.10') stays a date unless
        # an 'at' or o'clock word says time ('о 10.10', '18.12 Uhr').
        # (Words that all belong to the hinted language outweigh a weekday of another one:
        # Turkish 'bu akşam 10'.)
        dated = not any(t.kind == "unknown" for t in tokens) and any(
            o.fields.month is not None or o.fields.weekday is not None for o in outcomes) \
            and not (spoken is not None and lang is not None and lang in spoken.langs)
        if spoken is not None and (spoken.worded or not dated):
            return _spoken(text, spoken, reference, tz, prefer, zo,
                           hint.locale if hint else None)
    if refused is not None and not _day_phrase(folded_text, hint.locale.split("_")[0]
                                               if hint else None):
        # Words the date reader left open may be a clock phrase after the date
        # ('le 16 vers 6h dans la soirée').
        split = _date_then_clock(text, folded_text, tokens, hint, locale, tz, zo, calendar,
                                 reference, prefer)
        if split is not None:
            return split
        raise refused  # ('Yesterday 1:20 pm' is a day phrase and a time: read on)
    dated = bool(outcomes) and all(o.fields.day is not None for o in outcomes)
    if not outcomes or any(o.fields.partial for o in outcomes) or any(
            t.kind == "unknown" and (not dated or _may_be_relative(t.text)) for t in tokens):
        # Only a text the date reader cannot read in full, or with words it does not know,
        # may be relative ('3 days ago', '1 год назад', 'yesterday at 17:43'): plain dates
        # never pay for the relative tables, nor full dates whose unknown words appear in
        # no relative phrase ('Actualizado el 5 de diciembre de 2033').
        relative = _relative_reading(text, folded_text, tokens,
                                     hint.locale if hint else None, prefer)
        if relative is not None:
            return _relative(text, relative, reference, tz, prefer, locale,
                             hint.locale.split("_")[0] if hint else None)
        # (An o'clock word is a unit too: '17:43 uur' is no length.) Without a hint, the
        # language is the one the date's own names show ('January': English).
        lang = hint.locale.split("_")[0] if hint else (
            describe_locale(lex, outcomes[0].evidence, None) or "").split("_")[0] \
            if outcomes else ""
        lengths = [t.text for t in tokens if _names_unit(t.text, lang)
                   and (t.kind == "unknown" or all(r.kind in "FK" for r in t.readings))
                   and "clock" not in word_kinds(t.text)] if lang else []
        if dated and lengths and not any(o.fields.partial for o in outcomes):
            # 'a week after 15 January 2016': a length beside a full date moves it, and
            # answering the date alone would be wrong.
            raise NotATimestampError(text, "a length of time (" + ", ".join(
                repr(w) for w in lengths[:3]) + ") beside a date: counting from a date is "
                "not read by this version")
    if not outcomes:
        split = _date_then_clock(text, folded_text, tokens, hint, locale, tz, zo, calendar,
                                 reference, prefer)
        if split is not None:
            return split
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
    _check_year_beside_clock(text, tokens, fields, notes)
    if unknown and hint is not None and chosen.evidence and \
            not chosen.evidence & hint.family:
        # '1 rok 11 měsíců' with a Czech hint: 'rok' is a Maasai month, 'měsíců' unknown. A
        # name from another language than the hint's is weak evidence beside words we
        # cannot read; refuse rather than answer with it.
        raise NotATimestampError(text, "words this version does not read ("
                                 + ", ".join(repr(u) for u in unknown[:3])
                                 + ") beside names from another language than the hint's")
    locale_tag = describe_locale(lex, chosen.evidence, hint)
    if fields.partial:
        if unknown:
            # 'Wednesday of next week', 'nästa måndag': the words we skip usually move the
            # day; completing the rest from the reference would answer wrongly.
            raise NotATimestampError(text, "words this version does not read ("
                                     + ", ".join(repr(u) for u in unknown[:3])
                                     + ") beside a date without a year or a time alone")
        fields = _complete(text, fields, reference, tz, notes, prefer, zo, locale_tag)
    elif reader.program is not None and use_plans:
        pivot = [i for i, n in enumerate(notes) if n.startswith("two-digit year")]
        kept = reader.program.replace(
            locale=locale_tag, notes=tuple(n for i, n in enumerate(notes) if i not in pivot),
            pivot_at=pivot[0] if pivot else 0)
        if not family or chosen.evidence & family or not any(
                r.kind in "MW" for opts in options for r in opts):
            # (The signature counts a name only by the hint's locales, so a text of it
            # reports the hint's locale only if this one did for that reason.)
            _PLANS.put(sig_key, (kept, None, None))
        if len(numbers_of(folded_text)) == sum(t.kind == "num" for t in tokens):
            # (Numbers in CJK numerals are not digits in the shape: only the signature.)
            _remember(key, loose_key, (kept, None, None))
    return _build(text, fields, locale_tag, tz, notes, zo)


def _check_year_beside_clock(text: str, tokens: list[Token], fields: Fields,
                             notes: list[str]) -> None:
    """Refuse a year read from a number that a clock word stands beside, since it may be the
    hour: a two-digit year after an 'at' word or before an o'clock word ('25/4 U 16 sati',
    '01.04. в 18 часов', '4/25 o 16'), or a year alone after an 'at' word ('at 1030' is
    half past ten as much as the year 1030)."""
    # The reader notes a two-digit year as 'two-digit year 16 read as 2016 (pivot 69)'.
    short = next((n.split() for n in notes if n.startswith("two-digit year ")), None)
    alone = fields.year is not None and fields.month is None
    if short is None and not alone:
        return  # (most dates: the clock-word table is not even read)

    def kinds(i: int) -> frozenset[str]:
        return word_kinds(tokens[i].text) if 0 <= i < len(tokens) else frozenset()

    for i, tok in enumerate(tokens):
        if tok.kind != "num":
            continue
        if short is not None and tok.text == short[2]:
            if "at" in kinds(i - 1) or "clock" in kinds(i + 1):
                raise AmbiguousError(text, f"{tok.text} beside a clock word may be an hour, "
                                     "not a two-digit year",
                                     [f"year {short[5]}", f"{tok.text}:00"])
        elif alone and len(tok.text) == 4 and "at" in kinds(i - 1):
            hhmm = f"{tok.text[:2]}:{tok.text[2:]}"
            raise AmbiguousError(text, f"{tok.text} after an 'at' word may be the time {hhmm}",
                                 [f"year {int(tok.text)}", hhmm])


_TWO_CAPITALS = re.compile(r"[A-Z][A-Z]")
_ASCII_CAPITALS = re.compile(r"(?<!\S)[A-Z]{2,}(?!\S)")


def _capitals(text: str) -> bytes:
    """The words of ``text`` written in capitals ('CET', 'PM', 'МСК'), for the shape key: the
    shape is folded to lower case, but after a clock 'CET' is a zone and 'cet' is not."""
    if text.isascii():
        if not _TWO_CAPITALS.search(text):
            return b""  # most texts: one C-level scan instead of a look at every word
        caps = _ASCII_CAPITALS.findall(text)  # ('PM', 'GMT': the same words, found in C)
    else:
        caps = [w for w in text.split() if len(w) > 1 and w.isupper() and w.isalpha()]
    return ("\0" + " ".join(caps)).encode("utf-8") if caps else b""


def _remember(key: tuple[bytes, str | None], loose_key: tuple[bytes, str | None] | None,
              plan: Plan) -> None:
    """Keep ``plan`` for texts of this exact shape and of its loose shape (``loose_key``,
    when the caller has made it already)."""
    _PLANS.put(key, plan)
    _PLANS.put(loose_key or (loose_shape(key[0]), key[1]), plan)


def _complete(text: str, fields: Fields, reference: datetime | None, tz: tzinfo,
              notes: list[str], prefer: Prefer = "past", zo: _ZoneOptions | None = None,
              locale: str | None = None) -> Fields:
    """Fill what a partial value lacks (year, or the whole date) from ``reference``."""
    if reference is None:
        what = "a time or weekday without a date" if fields.month is None else \
            "a date without a year"
        raise NotATimestampError(text, f"{what}: pass reference= (the time the page was "
                                 "fetched or published) to complete it")
    if fields.hour is not None and not 0 <= fields.hour <= 23:
        raise InvalidDateError(text, f"hour {fields.hour} is not a time of day")
    # A stated offset puts the reference's day in that offset ('17:43 UTC+3').
    zone = tz if fields.offset is None else timezone(fields.offset)
    if fields.zone is not None:
        # A zone name ('17:43 MSK'): the reference's day is taken in that zone.
        near = reference.astimezone(tz).replace(tzinfo=None)
        zone = _zone_choice(text, fields.zone, near, locale, tz, zo or _ZoneOptions()).tz
    done = complete(fields, reference, zone, prefer, notes)
    if done is None:
        raise ContradictionError(text, "no date near the reference has this weekday and day")
    return done


def _date_then_clock(text: str, folded: str, tokens: list[Token], hint: Hint | None,
                     locale: str | None, tz: tzinfo, zo: _ZoneOptions,
                     calendar: str | None, reference: datetime | None = None,
                     prefer: Prefer = "past") -> ParseResult | None:
    """A date followed by a clock phrase ('May 5, 2016, 20 min past eight in the evening',
    '18 липня 2014 7 година вечора', and with a reference 'miércoles a las once de la
    mañana'): the text cut where the head reads as a day and the rest as a time of day.
    Every cut that reads must give the same instant."""
    lang = hint.locale.split("_")[0] if hint else None
    found: dict[tuple[date, int, int | None, int | None], ParseResult] = {}
    doubt: AmbiguousError | None = None
    if len(tokens) > _MAX_SPLIT_TOKENS:
        return None  # (each cut reads the head anew: bound the work on long refusals)
    for k in range(1, len(tokens)):
        if tokens[k].kind == PUNCT:
            continue
        try:
            spoken = _timeofday.read(text, folded, tokens[k:], lang,
                                     hint.family if hint else 0)
        except AmbiguousError as exc:
            # ('आठ बजकर 20 मिनट' cut from its 'शाम के' is open; the whole tail is not.)
            doubt = doubt or exc
            continue
        if spoken is None or not spoken.words:
            # (Digits alone after a date are the date reader's to place: '9.01.39, Kl. 4.06'
            # cut before '4.06' leaves 'Kl' to be read as a Thursday.)
            continue
        head = folded[:tokens[k].start].rstrip(" ,;")
        try:
            day = parse(head, locale=locale, default_tz=tz, calendar=calendar,
                        reference=reference, prefer=prefer)
        except ParseError:
            continue
        if day.utc is not None or day.grain != "day" or any(
                n.startswith("ignored") for n in day.assumptions):
            continue  # ('14日晚' + '8:00': the word left out of the date was the time's)
        if lang is not None and day.locale is not None and day.locale.split("-")[0] != lang:
            continue  # ('15 to' + 'noon': 'to' is a month only in another language)
        notes = [*day.assumptions, *spoken.notes]
        fields = Fields(day.date.year, day.date.month, day.date.day, spoken.hour,
                        spoken.minute, spoken.second, calendar=day.calendar,
                        offset=timedelta(0) if spoken.utc else None)
        key = (day.date, spoken.hour, spoken.minute, spoken.second)
        found.setdefault(key, _build(text, fields, hint.locale if hint else
                                     (day.locale or "").replace("-", "_") or None,
                                     tz, notes, zo))
    if len(found) > 1:
        raise AmbiguousError(text, "the date and the time can be cut apart in more than one "
                             "way", [r.iso for r in found.values()])
    if not found and doubt is not None and _reads_as_date(folded, tokens, locale, tz):
        raise doubt
    return next(iter(found.values()), None)


def _reads_as_date(folded: str, tokens: list[Token], locale: str | None, tz: tzinfo) -> bool:
    """Whether some head of ``folded`` reads as a date (so an open clock phrase after it is
    the reason the whole is refused)."""
    for k in range(1, len(tokens)):
        try:
            parse(folded[:tokens[k].start].rstrip(" ,;"), locale=locale, default_tz=tz)
        except ParseError:
            continue
        return True
    return False


# The relative-time modules (_relative, and _duration and _phrases behind it) load on first
# need: most texts are plain dates, and importing them costs ~15 ms.


def _may_be_relative(word: str) -> bool:
    from localenorm._relative import may_be_relative

    return may_be_relative(word)


def _names_unit(word: str, lang: str) -> bool:
    from localenorm._relative import names_unit

    return names_unit(word, lang)


def _day_phrase(folded: str, lang: str | None) -> bool:
    """Whether ``folded`` is a relative day beside a rest ('mañana a las once'): the relative
    reading splits it, and the rest comes back here as a time alone. A day period that is
    the relative part ('8 tonight', 'this evening at 9') sets the half of the day of the
    rest: the clock phrase reads those whole."""
    from localenorm._duration import AmbiguousUnit
    from localenorm._relative import match

    try:
        rel = match(folded, lang)
    except AmbiguousUnit:
        return False
    return rel is not None and bool(rel.rest) and getattr(rel, "hour", None) is None


def _spoken(text: str, spoken: _timeofday.Spoken, reference: datetime | None, tz: tzinfo,
            prefer: Prefer, zo: _ZoneOptions, hinted: str | None) -> ParseResult:
    """A time of day read from a clock phrase, put on a day by ``reference``."""
    notes = list(spoken.notes)
    tag = hinted or (next(iter(spoken.langs)) if len(spoken.langs) == 1 else None)
    fields = Fields(None, hour=spoken.hour, minute=spoken.minute, second=spoken.second,
                    offset=timedelta(0) if spoken.utc else None)
    fields = _complete(text, fields, reference, tz, notes, prefer, zo, tag)
    return _build(text, fields, tag, tz, notes, zo)


def _relative_reading(text: str, folded: str, tokens: list[Token], hinted: str | None,
                      prefer: Prefer) -> Relative | None:
    """The relative phrase in ``folded`` ('yesterday', '3 hours ago', 'منذ ساعتين'), or a
    length alone ('5h', '1 rok 11 měsíců'), which feeds print for how long ago: read as a
    date it would be nonsense, so its direction comes from ``prefer`` and the answer says so."""
    from localenorm._duration import AmbiguousUnit
    from localenorm._phrases import bare_month, bare_weekday
    from localenorm._relative import WEEKDAYS, Relative, Unread, bare_languages, match

    lang = hinted.split("_")[0] if hinted else None
    # (The two exceptions under two names: compiled, one name holds one type.)
    try:
        rel = match(folded, lang)
    except Unread as unread:
        raise NotATimestampError(text, unread.reason) from None
    except AmbiguousUnit as open_unit:
        raise AmbiguousError(text, open_unit.reason, open_unit.units) from None
    if rel is not None:
        return rel
    rel = _after_label(folded, lang)
    if rel is not None:
        return rel
    day = bare_weekday(folded, lang)
    way = {"past": "latest", "future": "coming", "nearest": "nearest"}[prefer]
    if day is not None:  # 'την παρασκευή', 'på måndag', '礼拜三'
        return Relative(None, WEEKDAYS[day], 0, mode=way)
    month = bare_month(folded, lang)
    if month is not None:  # 'márciusban', 'το αύγουστο', 'ろくがつ'
        return Relative(None, "moy", month, mode=way)
    if any(t.kind == "num" and len(t.text) == 4 for t in tokens):
        return None  # '1000 год', 'năm 1935': a four-digit number is a year, not a length
    if not any(t.kind == "num" for t in tokens):
        return None  # 'hét' (Hungarian 'week', 'seven'): a unit alone is no length read back
    length = _length(folded, lang, tokens)
    rest = ""
    if length is None:
        length, rest = _length_and_time(folded, lang)
    if length is None:
        return None
    if prefer == "nearest" or (lang is not None and lang in bare_languages(folded)):
        raise NotATimestampError(text, "a length of time without a direction ('ago', 'in') "
                                 "(or, in this language, one CLDR spells like a length): pass "
                                 "prefer='past' or 'future', or use parse_duration")
    sign = -1 if prefer == "past" else 1
    way = "before" if sign < 0 else "after"
    return Relative({u: sign * v for u, v in length.items()}, rest=rest,
                    assumed=f"a length alone, read as that long {way} the reference "
                            f"(prefer={prefer!r})")


# Punctuation around a label word ('updated:', 'by |').
_LABEL_PUNCT = ":;,.|·-–—()[]"


def _after_label(folded: str, lang: str | None) -> Relative | None:
    """A relative phrase after a label of one to three words ('updated 5 minutes ago',
    'posted by admin 2 hours ago', 'опубликовано 3 дня назад'), the label named in the
    answer. A word with a digit, or that names a month, weekday, day period or era, is no
    label: it would change the answer; nor is any word of the relative tables (a number,
    'after', 'last'). Labels stand before what pages report as done, so the phrase must
    point back or to today ('read in 5 min' and 'expires in 2 days' are no times), and be a
    count in digits or a named day, which a word before it cannot change."""
    from localenorm._duration import AmbiguousUnit
    from localenorm._relative import Unread, match

    lex = lexicon()
    words = folded.split()
    for k in range(1, min(3, len(words) - 1) + 1):
        word = words[k - 1].strip(_LABEL_PUNCT)
        if any(ch.isdigit() for ch in word) or _may_be_relative(word) or any(
                r.kind in "MWPEJ" for r in lex.get(lookup_key(word))):
            return None  # ('four Tuesdays from now', 'after this year', 'birkaç ay önce')
        try:
            rel = match(" ".join(words[k:]), lang)
        except (Unread, AmbiguousUnit):
            return None
        if rel is None:
            continue
        if rel.parts is not None:
            # A count in digits: a word before it cannot be its amount ('fourteen days ago'
            # with 'fourteen' unread, 'birkaç ay önce', 'a few months ago').
            ok = all(v <= 0 for v in rel.parts.values()) and rel.base is None and any(
                ch.isdigit() for w in words[k:] for ch in w)
        else:
            # A named day ('yesterday at 17:43', 'today'), nothing a word before could shift
            # ('ekimin birinci salısı' is October's first Tuesday).
            ok = rel.unit == "day" and rel.offset in (-1, 0) and rel.base is None \
                and rel.week is None and not rel.nth
        if not ok:
            return None
        return replace(rel, label=" ".join(words[:k]).strip(_LABEL_PUNCT + " "))
    return None


def _length_and_time(folded: str, lang: str | None) -> tuple[dict[str, float] | None, str]:
    """A length in days or longer before a clock time ('2 Tage 18:50'): the days the feed
    counts, and the time of that day."""
    from localenorm._duration import AmbiguousUnit, read_body

    words = folded.split()
    for k in range(len(words) - 1, 0, -1):
        rest = " ".join(words[k:])
        if ":" not in rest:
            continue
        try:
            length = read_body(" ".join(words[:k]), lang, plain=True)
        except AmbiguousUnit:
            continue
        if length and all(u in ("day", "week", "month", "year") for u in length):
            return length, rest
    return None, ""


def _length(folded: str, lang: str | None, tokens: list[Token]) -> dict[str, float] | None:
    """The units of a text that is only a length of time ('2 min', '1 year 2 months')."""
    from localenorm._duration import AmbiguousUnit, read_body

    marked = named = False
    for t in tokens:
        kinds = {r.kind for r in t.readings}
        named = named or bool(kinds & {"M", "W"} and "K" not in kinds)
        for r in t.readings:
            if r.kind == "K" and str(r.value).lstrip("^") in ("y", "M", "d"):
                if str(r.value).startswith("^"):
                    return None  # 'tháng 6' is June: a marker before its number is a date's
                marked = True
    try:
        length = read_body(" ".join(folded.split()), lang, plain=True)
    except AmbiguousUnit:
        return None  # '5 m': let the date reader try it
    if (marked or named) and length is not None and len(length) == 1:
        # '12년': the year '12 as much as twelve years; '5 Mar' is a date even where 'mar'
        # could name a unit. Two units or more make a length ('1 an 11 mois', '2 สัปดาห์ 3 วัน').
        return None
    return length


def _relative(text: str, rel: Relative, reference: datetime | None, tz: tzinfo,
              prefer: Prefer, locale: str | None, lang: str | None) -> ParseResult:
    """A relative phrase applied to ``reference``; a day phrase with a clock time beside it
    ('yesterday at 17:43') reads the time through :func:`parse` on that day."""
    from localenorm._relative import resolve

    if reference is None:
        raise NotATimestampError(text, "a relative time: pass reference= (the time the page "
                                 "was fetched or published) to resolve it")
    try:
        done = resolve(rel, reference, tz)
    except (OverflowError, ValueError):
        raise InvalidDateError(text, "the relative time is out of range or not a whole "
                               "number of months") from None
    notes = [done.note]
    if rel.assumed:
        notes.append(rel.assumed)
    if rel.label:
        notes.append(f"ignored: {rel.label!r}")
    if rel.hedge:
        notes.append(f"approximate ({rel.hedge!r} in the text)")
    if rel.rest:
        noon = datetime(done.day.year, done.day.month, done.day.day, 12, tzinfo=tz)
        rest = rel.rest
        if rel.hour is not None and rest.isdigit() and int(rest) <= 23:
            rest = f"{int(rest)}:00"  # '9 tomorrow morning': an hour beside a day period
        # Every clock time is within twelve hours of noon: "nearest" keeps it on that day.
        try:
            inner = parse(rest, locale=locale, default_tz=tz, reference=noon,
                          prefer="nearest")
        except AmbiguousError as e:
            # 'tomorrow afternoon at 5': the day period decides between 05:00 and 17:00.
            clocks = [c for c in e.candidates if re.fullmatch(r"\d\d:\d\d", c)]
            if rel.hour is None or not clocks or len(clocks) != len(e.candidates):
                raise
            best = min(clocks, key=lambda c: abs(int(c[:2]) - rel.hour))  # type: ignore[operator]
            inner = parse(best, default_tz=tz, reference=noon, prefer="nearest")
            inner = replace(inner, assumptions=(*inner.assumptions,
                                                f"{best}: the reading in the day period"))
        if inner.utc is None or not any(n.startswith("date ") and "a time alone" in n
                                        for n in inner.assumptions):
            raise NotATimestampError(text, "a relative day beside something that is not a "
                                     "time of day")
        inner_notes = tuple(n for n in inner.assumptions if "a time alone" not in n)
        if rel.hour is not None:
            inner = _in_period(inner, rel.hour, tz)
        return replace(inner, text=text, assumptions=(*notes, *inner_notes))
    tag = lang.replace("_", "-") if lang else None
    if done.instant is None:
        iso = done.day.isoformat()[: {"year": 4, "month": 7}.get(done.grain, 10)]
        return ParseResult(text, iso, None, done.day, done.grain, tag, "gregorian", None,
                           tuple(notes))
    notes.append(f"zone {tz_label(tz)} from default_tz")
    return ParseResult(text, _iso(done.instant), done.instant, done.day, done.grain, tag,
                       "gregorian", None, tuple(notes), tz_label(tz), "default")


def _in_period(inner: ParseResult, hour: int, tz: tzinfo) -> ParseResult:
    """A clock time read beside an afternoon, evening or night ('tomorrow evening at 5'): a
    morning hour without am/pm is that hour after noon."""
    assert inner.utc is not None
    local = inner.utc.astimezone(tz)
    # Night (22:00) takes the evening hours ('tonight at 8'), not the small ones ('at 1').
    if not 12 <= hour <= 22 or local.hour >= 12 or (hour > 20 and local.hour < 6) or any(
        r.kind == "P" for word in _LETTER_RUN.findall(inner.text)
        for r in lexicon().get(lookup_key(word))
    ):
        return inner
    wall = local.replace(tzinfo=None) + timedelta(hours=12)
    utc = wall.replace(tzinfo=tz).astimezone(timezone.utc)
    notes = tuple(n for n in inner.assumptions if "24-hour clock" not in n)
    return replace(inner, iso=_iso(utc), utc=utc, date=wall.date(),
                   assumptions=(*notes, f"hour {local.hour} read in the day period "
                                f"(after noon)"))


_LETTER_RUN = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class _ZoneOptions:
    strict: bool = False
    zone_hints: dict[str, str | tzinfo] | None = None
    disambiguate: str = "compatible"
    language: str | None = None  # the caller's locale hint: it decides 'IST' for Hebrew pages


_POLICIES = ("compatible", "earlier", "later", "raise")


@lru_cache(maxsize=256)
def _options(default_tz: str | tzinfo, locale: str | None, prefer: str, calendar: str | None,
             strict: bool, disambiguate: str) -> tuple[tzinfo, _ZoneOptions, Hint | None]:
    """The checked options of a call: the same few combinations come again and again in a
    pipeline, so they are checked once (a refused one raises each time)."""
    tz = resolve_tz(default_tz)
    if prefer not in PREFERS:
        raise OptionError(repr(prefer), "prefer must be 'past', 'future' or 'nearest'")
    if calendar is not None and calendar not in CALENDARS:
        raise OptionError(repr(calendar), "calendar must be one of "
                          + ", ".join(repr(c) for c in CALENDARS))
    if disambiguate not in _POLICIES:
        raise OptionError(repr(disambiguate), "disambiguate must be one of "
                          + ", ".join(repr(p) for p in _POLICIES))
    hint = lexicon().hint(locale) if locale else None
    return tz, _ZoneOptions(strict, None, disambiguate, locale), hint



def _zone_choice(text: str, key: str, local: datetime, locale: str | None, tz: tzinfo,
                 zo: _ZoneOptions) -> ZoneChoice:
    from localenorm import _zones  # the zone table is read on first use

    readings = _zones.lookup(key)
    if not readings:
        raise UnknownZoneError(text, "a time zone this version does not know")
    return _zones.resolve(readings, local, text=text, language_hint=zo.language or locale,
                          zone_hints=zo.zone_hints, strict=zo.strict,
                          disambiguate=zo.disambiguate, default_tz=tz)


def _build(text: str, f: Fields, locale: str | None, tz: tzinfo,
           notes: list[str], zo: _ZoneOptions | None = None) -> ParseResult:
    zo = zo or _ZoneOptions()
    assert f.year is not None
    grain = f.grain
    day = date(f.year, f.month or 1, f.day or 1)
    if f.weekday is not None and f.day is not None and f.month is not None \
            and day.weekday() != f.weekday:
        raise ContradictionError(text, "the weekday does not match the date")
    tag = _bcp47(locale) if locale else None
    if f.hour is None:
        iso = day.isoformat()[: {"year": 4, "month": 7}.get(grain, 10)]
        return ParseResult(text, iso, None, day, grain, tag, f.calendar, f.offset,
                           tuple(notes))
    try:
        if f.zone is None and (f.offset is not None or type(tz) is timezone):
            # A stated offset or a fixed default zone (UTC, the default): no gaps or folds to
            # settle, so the instant is built in UTC at once.
            utc = datetime(f.year, f.month or 1, f.day or 1, f.hour, f.minute or 0,
                           f.second or 0, f.microsecond, timezone.utc)
            if f.offset is not None:
                if f.offset:
                    utc -= f.offset
                zone, source = _offset_label(f.offset), "text"
            else:
                fixed = tz.utcoffset(None)
                if fixed:
                    utc -= fixed
                zone, source = _fixed_label(tz), "default"
                notes.append(f"zone {zone} from default_tz")
            return ParseResult(text, _iso(utc), utc, day, grain, tag, f.calendar, f.offset,
                               tuple(notes), zone, source)
        local = datetime(f.year, f.month or 1, f.day or 1, f.hour, f.minute or 0,
                         f.second or 0, f.microsecond)
        if f.zone is not None:
            choice = _zone_choice(text, f.zone, local, locale, tz, zo)
            if f.offset is not None and f.offset != choice.offset:
                raise ContradictionError(text, f"the offset {_offset_label(f.offset)} and the "
                                         f"zone name ({_offset_label(choice.offset)}) differ")
            utc = choice.utc
            notes.extend(choice.notes)
            zone = getattr(choice.tz, "key", None) or _offset_label(choice.offset)
            source = "hint" if choice.reading.source == "hint" else "text"
        else:
            from localenorm import _zones

            utc, edge = _zones.localize(local, tz, zo.disambiguate, text=text)
            zone, source = tz_label(tz), "default"
            notes.append(f"zone {zone} from default_tz")
            notes.extend(edge)
    except OverflowError:
        raise InvalidDateError(text, "the instant is out of range in UTC") from None
    return ParseResult(text, _iso(utc), utc, day, grain, tag, f.calendar, f.offset,
                       tuple(notes), zone, source)


@lru_cache(maxsize=64)
def _fixed_label(tz: timezone) -> str:
    return tz_label(tz)


@lru_cache(maxsize=256)
def _bcp47(locale: str) -> str:
    return locale.replace("_", "-")


@lru_cache(maxsize=256)  # offsets in use are few (at most one per quarter hour in the day)
def _offset_label(offset: timedelta) -> str:
    return offset_label(offset) if offset else "UTC"


def _iso(utc: datetime) -> str:
    # ``utc`` is aware UTC, so isoformat ends in '+00:00'; it prints microseconds only when
    # non-zero, and those lose their trailing zeros here.
    base = utc.isoformat()[:-6]
    return (base.rstrip("0") if utc.microsecond else base) + "Z"


def to_utc_iso(
    text: str,
    *,
    locale: str | None = None,
    default_tz: str | tzinfo = "UTC",
    reference: datetime | None = None,
    prefer: Prefer = "past",
    calendar: str | None = None,
    strict: bool = False,
    zone_hints: Mapping[str, str | tzinfo] | None = None,
    disambiguate: str = "compatible",
    epoch: str | None = None,
) -> str:
    """``parse(...).iso``: the ISO-8601 string of the timestamp in ``text``."""
    return parse(text, locale=locale, default_tz=default_tz, reference=reference,
                 prefer=prefer, calendar=calendar, strict=strict, zone_hints=zone_hints,
                 disambiguate=disambiguate, epoch=epoch).iso


__all__ = ["ParseError", "parse", "timedelta", "to_utc_iso"]
