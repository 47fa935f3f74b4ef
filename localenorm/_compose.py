"""Readers around the date reader: clock phrases, relative phrases, and readings composed of
pieces ('18 липня 2014' + '7 година вечора', 'yesterday' + 'at 17:43').

A composition reads a piece of its text through the ``read`` function the stages pass in
(``_stages.read_piece``): the piece's own reading, with the call's options, never cut again.
What a composition needs to know about the piece (words left unread, a time put on the
reference's day, an hour read on a 24-hour clock) it reads from the piece's :class:`Call`,
not from the text of its notes.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

from localenorm import _budget, _timeofday
from localenorm._build import answer, build, complete, day_answer, iso
from localenorm._call import Call, ReadPiece
from localenorm._errors import (
    AmbiguousError,
    InvalidDateError,
    NotATimestampError,
    ParseError,
)
from localenorm._fields import Fields
from localenorm._lexicon import lexicon
from localenorm._lexkey import lookup_key
from localenorm._result import ParseResult
from localenorm._tokenize import PUNCT, Token
from localenorm._zone import label as tz_label

if TYPE_CHECKING:
    from localenorm._relative import Relative

# A date and a clock phrase side by side are short; longer texts are not cut apart.
MAX_SPLIT_TOKENS = 40
# The most tokens of a date before a clock phrase ('Veröffentlicht am Montag, 23. Oktober
# 2023,' is 9): a longer head is not tried as one.
MAX_DATE_TOKENS = 16


def spoken(c: Call, said: _timeofday.Spoken) -> ParseResult:
    """A time of day read from a clock phrase, put on a day by the reference."""
    notes = list(said.notes)
    if said.clock24:
        c.clock24_note = notes[said.clock24 - 1]
    hinted = c.hint.locale if c.hint else None
    tag = hinted or (next(iter(said.langs)) if len(said.langs) == 1 else None)
    fields = Fields(None, hour=said.hour, minute=said.minute, second=said.second,
                    offset=timedelta(0) if said.utc else None)
    fields = completed(c, fields, notes, tag)
    return build(c.text, fields, tag, c.tz, notes, c.zo)


def completed(c: Call, fields: Fields, notes: list[str], locale: str | None) -> Fields:
    """``fields`` completed from the call's reference, the call told when it put a time
    alone on the reference's day (see ``Call.time_alone_note``)."""
    from localenorm._build import time_alone

    alone = time_alone(fields)
    done = complete(c.text, fields, c.reference, c.tz, notes, c.prefer, c.zo, locale)
    if alone:
        c.time_alone_note = notes[-1]
    return done


# -- a date cut from a clock phrase --------------------------------------------------------


def date_then_clock(c: Call, read: ReadPiece) -> ParseResult | None:
    """A date followed by a clock phrase ('May 5, 2016, 20 min past eight in the evening',
    '18 липня 2014 7 година вечора', and with a reference 'miércoles a las once de la
    mañana'): the text cut where the head reads as a day and the rest as a time of day.
    Every cut that reads must give the same instant."""
    tokens = c.tokens
    lang = c.lang
    found: dict[tuple[date, int, int | None, int | None], ParseResult] = {}
    doubt: AmbiguousError | None = None
    doubted: list[int] = []  # the cuts whose tail was an open clock phrase
    if len(tokens) > MAX_SPLIT_TOKENS:
        return None  # (each cut reads the head anew: bound the work on long refusals)
    heads: dict[str, Call | None] = {}
    # A clock phrase has at most _timeofday.MAX_TOKENS tokens and a date at most
    # MAX_DATE_TOKENS: only the cuts that leave a tail and a head that short are tried.
    for k in range(max(1, len(tokens) - _timeofday.MAX_TOKENS),
                   min(len(tokens), MAX_DATE_TOKENS + 1)):
        if tokens[k].kind == PUNCT:
            continue
        _budget.spend(len(tokens) - k)
        try:
            said = _timeofday.read(c.text, c.folded, tokens[k:], lang, c.family)
        except AmbiguousError as exc:
            # ('आठ बजकर 20 मिनट' cut from its 'शाम के' is open; the whole tail is not.)
            doubt = doubt or exc
            doubted.append(k)
            continue
        if said is None or not said.words:
            # (Digits alone after a date are the date reader's to place: '9.01.39, Kl. 4.06'
            # cut before '4.06' leaves 'Kl' to be read as a Thursday.)
            continue
        head = _head(c, heads, tokens, k, read, c.calendar, c.reference, c.prefer)
        if head is None or head.result is None:
            continue
        day = head.result
        if day.utc is not None or day.grain != "day" or head.unknown:
            continue  # ('14日晚' + '8:00': the word left out of the date was the time's)
        if lang is not None and day.locale is not None and day.locale.split("-")[0] != lang:
            continue  # ('15 to' + 'noon': 'to' is a month only in another language)
        notes = [*day.assumptions, *said.notes]
        fields = Fields(day.date.year, day.date.month, day.date.day, said.hour,
                        said.minute, said.second, calendar=day.calendar,
                        offset=timedelta(0) if said.utc else None)
        key = (day.date, said.hour, said.minute, said.second)
        found.setdefault(key, build(c.text, fields, c.hint.locale if c.hint else
                                    (day.locale or "").replace("-", "_") or None,
                                    c.tz, notes, c.zo))
    if len(found) > 1:
        raise AmbiguousError(c.text, "the date and the time can be cut apart in more than one "
                             "way", [r.iso for r in found.values()])
    if not found and doubt is not None and any(
            _head(c, heads, tokens, k, read, None, None, "past") is not None
            for k in doubted):
        # (The head before an open clock phrase reads as a date: the phrase is why the whole
        # is refused.)
        raise doubt
    return next(iter(found.values()), None)


def _head(c: Call, heads: dict[str, Call | None], tokens: list[Token], k: int,
          read: ReadPiece, calendar: str | None, reference: datetime | None,
          prefer: str) -> Call | None:
    """The text before token ``k`` read whole, or ``None`` where it is refused; each head
    once per call."""
    head = c.folded[:tokens[k].start].rstrip(" ,;")
    key = f"{calendar}\0{reference}\0{prefer}\0{head}"
    if key not in heads:
        # The head's own tokens, without the punctuation the cut leaves at its end.
        end = k
        while end > 0 and tokens[end - 1].kind == PUNCT and tokens[end - 1].text in ",;":
            end -= 1
        try:
            heads[key] = read(c, head, calendar=calendar, reference=reference, prefer=prefer,
                              tokens=tokens[:end])
        except ParseError:
            heads[key] = None
    return heads[key]


# -- relative phrases ------------------------------------------------------------------------
# The relative-time modules (_relative, and _duration and _phrases behind it) load on first
# need: most texts are plain dates, and importing them costs ~15 ms.


def may_be_relative(word: str) -> bool:
    from localenorm._relative import may_be_relative

    return may_be_relative(word)


def phrase_word(word: str) -> bool:
    from localenorm._relative import phrase_word

    return phrase_word(word)


def names_unit(word: str, lang: str) -> bool:
    from localenorm._relative import names_unit

    return names_unit(word, lang)


def day_phrase(folded: str, lang: str | None) -> bool:
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


def relative_reading(c: Call, labelled_only: bool = False) -> Relative | None:
    """The relative phrase in the call's text ('yesterday', '3 hours ago', 'منذ ساعتين'), or
    a length alone ('5h', '1 rok 11 měsíců'), which feeds print for how long ago: read as a
    date it would be nonsense, so its direction comes from ``prefer`` and the answer says so.
    ``labelled_only`` reads only a phrase after a label (the text has words no relative
    table has, all within a label's reach)."""
    from localenorm._duration import AmbiguousUnit
    from localenorm._phrases import bare_month, bare_weekday
    from localenorm._relative import WEEKDAYS, Relative, Unread, bare_languages, match

    text, folded, tokens, prefer = c.text, c.folded, c.tokens, c.prefer
    lang = c.lang
    if labelled_only:
        return after_label(folded, lang)
    # (The two exceptions under two names: compiled, one name holds one type.)
    try:
        rel = match(folded, lang)
    except Unread as unread:
        raise NotATimestampError(text, unread.reason) from None
    except AmbiguousUnit as open_unit:
        raise AmbiguousError(text, open_unit.reason, open_unit.units) from None
    if rel is not None:
        return rel
    rel = after_label(folded, lang)
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
                            f"(prefer={prefer!r})", bare=True)


# Punctuation around a label word ('updated:', 'by |').
_LABEL_PUNCT = ":;,.|·-–—()[]"


def after_label(folded: str, lang: str | None) -> Relative | None:
    """A relative phrase after a label of one to three words ('updated 5 minutes ago',
    'posted by admin 2 hours ago', 'опубликовано 3 дня назад'), the label named in the
    answer. A word with a digit, or that names a month, weekday, day period or era, is no
    label: it would change the answer; nor is any word of the relative tables (a number,
    'after', 'last'). Labels stand before what pages report as done, so the phrase must
    point back or to today ('read in 5 min' and 'expires in 2 days' are no times), and be a
    count in digits or a named day, which a word before it cannot change."""
    from dataclasses import replace

    from localenorm._duration import AmbiguousUnit
    from localenorm._relative import Unread, match

    lex = lexicon()
    words = folded.split()
    for k in range(1, min(3, len(words) - 1) + 1):
        word = words[k - 1].strip(_LABEL_PUNCT)
        if any(ch.isdigit() for ch in word) or may_be_relative(word) or any(
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
    from localenorm._relative import MAX_CHARS, MAX_WORDS

    words = folded.split()
    if len(words) > MAX_WORDS or len(folded) > MAX_CHARS:
        return None, ""  # (no relative phrase is this long: see _relative.MAX_WORDS)
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


def relative_answer(c: Call, rel: Relative, read: ReadPiece) -> ParseResult:
    """A relative phrase applied to the call's reference; a day phrase with a clock time
    beside it ('yesterday at 17:43') reads the time as a piece, on that day."""
    from localenorm._relative import resolve

    text, reference, tz = c.text, c.reference, c.tz
    c.bare_length = rel.bare
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
    tag = c.lang.replace("_", "-") if c.lang else None
    if rel.rest:
        return _on_the_day(c, rel, done.day, notes, read)
    if done.instant is None:
        return day_answer(text, done.day, done.grain, tag, "gregorian", None, notes)
    notes.append(f"zone {tz_label(tz)} from default_tz")
    return answer(text, iso(done.instant), done.instant, done.day, done.grain, tag,
                  "gregorian", None, notes, tz_label(tz), "default")


def _on_the_day(c: Call, rel: Relative, day: date, notes: list[str],
                read: ReadPiece) -> ParseResult:
    """The clock time beside a relative day ('17:43' of 'yesterday at 17:43'), read as a
    piece on that day."""
    tz = c.tz
    noon = datetime(day.year, day.month, day.day, 12, tzinfo=tz)
    rest = rel.rest
    if rel.hour is not None and rest.isdigit() and int(rest) <= 23:
        rest = f"{int(rest)}:00"  # '9 tomorrow morning': an hour beside a day period
    # Every clock time is within twelve hours of noon: "nearest" keeps it on that day.
    extra: list[str] = []
    try:
        inner = read(c, rest, calendar=None, reference=noon, prefer="nearest")
    except AmbiguousError as e:
        # 'tomorrow afternoon at 5': the day period decides between 05:00 and 17:00.
        if rel.hour is None or not e.clocks or len(e.clocks) != len(e.candidates):
            raise
        hour, minute = min(e.clocks, key=lambda hm: abs(hm[0] - rel.hour))  # type: ignore[operator]
        best = f"{hour:02d}:{minute:02d}"
        inner = read(c, best, calendar=None, reference=noon, prefer="nearest", hinted=False)
        extra.append(f"{best}: the reading in the day period")
    result = inner.result
    if result is None or result.utc is None or inner.time_alone_note is None:
        raise NotATimestampError(c.text, "a relative day beside something that is not a "
                                 "time of day")
    inner_notes = [n for n in result.assumptions if n is not inner.time_alone_note] + extra
    if rel.hour is not None:
        return _in_period(c, result, inner, rel.hour, [*notes, *inner_notes])
    return answer(c.text, result.iso, result.utc, result.date, result.grain, result.locale,
                  result.calendar, result.offset, [*notes, *inner_notes], result.zone,
                  result.zone_source)


def _in_period(c: Call, inner: ParseResult, piece: Call, hour: int,
               notes: list[str]) -> ParseResult:
    """A clock time read beside an afternoon, evening or night ('tomorrow evening at 5'): a
    morning hour without am/pm is that hour after noon."""
    tz = c.tz
    assert inner.utc is not None
    local = inner.utc.astimezone(tz)
    # Night (22:00) takes the evening hours ('tonight at 8'), not the small ones ('at 1').
    if not 12 <= hour <= 22 or local.hour >= 12 or (hour > 20 and local.hour < 6) or any(
        r.kind == "P" for word in _LETTER_RUN.findall(inner.text)
        for r in lexicon().get(lookup_key(word))
    ):
        return answer(c.text, inner.iso, inner.utc, inner.date, inner.grain, inner.locale,
                      inner.calendar, inner.offset, notes, inner.zone, inner.zone_source)
    wall = local.replace(tzinfo=None) + timedelta(hours=12)
    utc = wall.replace(tzinfo=tz).astimezone(timezone.utc)
    kept = [n for n in notes if n is not piece.clock24_note]
    return answer(c.text, iso(utc), utc, wall.date(), inner.grain, inner.locale,
                  inner.calendar, inner.offset,
                  [*kept, f"hour {local.hour} read in the day period (after noon)"],
                  inner.zone, inner.zone_source)


_LETTER_RUN = re.compile(r"[^\W\d_]+")
