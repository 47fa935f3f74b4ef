"""The reading pipeline: an ordered list of stages over one :class:`Call`.

    machine formats -> kept by shape -> tokens (kept by signature) -> date reader ->
    an order no locale settles -> clock phrase -> open reading (a date cut from a clock
    phrase) -> relative phrase -> nothing read (a date cut from a clock phrase) -> answer

Each stage is a function of the call that returns the answer (and ends the reading),
raises the caller's error, or returns ``None`` to hand on, having set what it found on the
call for the stages after it. The order is data (:data:`STAGES`): a composition reads a
piece of its text through :func:`read_piece`, which runs the same stages on the piece
without cutting it again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from localenorm import _budget, _timeofday
from localenorm._build import ZoneOptions, build
from localenorm._calendars import numeral_tokens
from localenorm._call import Call
from localenorm._complete import Prefer
from localenorm._compose import (
    completed,
    date_then_clock,
    day_phrase,
    may_be_relative,
    names_unit,
    phrase_word,
    relative_answer,
    relative_reading,
    spoken,
)
from localenorm._errors import (
    AmbiguousError,
    NotATimestampError,
    UnknownZoneError,
)
from localenorm._fields import Fields
from localenorm._lexicon import lexicon
from localenorm._machine import parse_machine
from localenorm._normalize import fold
from localenorm._packaged import once
from localenorm._plan import Plan, Plans, loose_shape, numbers_of, replay, shape_of
from localenorm._resolve import (
    ORDER_UNKNOWN,
    Outcome,
    Reader,
    choices,
    describe_locale,
    signature,
    unique,
)
from localenorm._result import ParseResult
from localenorm._scripts import hangul, unspaced
from localenorm._timeofday import word_kinds
from localenorm._tokenize import NUM, UNKNOWN, WORD_RUN, Token, tokenize
from localenorm._zonewords import mark_zones, unread_zone

Stage = Callable[[Call], "ParseResult | None"]

# The shape cache: readings kept for texts of the same shape (see _plan).
PLANS = Plans()


# -- before the tokens ------------------------------------------------------------------------


def machine_format(c: Call) -> ParseResult | None:
    """ISO 8601, RFC 2822 and the like: Gregorian by definition, so an imposed other
    calendar reads them as text."""
    if c.calendar not in (None, "gregorian"):
        return None
    fields = parse_machine(c.stripped)
    if fields is None:
        return None
    return build(c.text, fields, c.hint.locale if c.hint else None, c.tz, ["machine format"],
                 c.zo)


def kept_by_shape(c: Call) -> ParseResult | None:
    """A text of a shape read before replays that reading, with its own numbers."""
    c.folded = fold(c.stripped)
    c.key = (shape_of(c.folded) + _capitals(c.stripped), c.hint.tag if c.hint else None)
    if not c.use_plans:
        return None
    plan = PLANS.get(c.key)
    if plan is None:
        # '15 Mar 2024 9:41' after '5 Mar 2024 10:41': the same but for one- or two-digit
        # days, months and hours, which the program checks.
        c.loose_key = (loose_shape(c.key[0]), c.key[1])
        plan = PLANS.get(c.loose_key)
    if plan is None:
        return None
    program = plan[0]
    replayed = replay(program, numbers_of(c.folded), loose=c.loose_key is not None,
                      month=plan[1], weekday=plan[2])
    if replayed is None:
        return None
    fields, notes = replayed
    return build(c.text, fields, program.locale, c.tz, notes, c.zo)


# -- tokens -----------------------------------------------------------------------------------


def tokens(c: Call) -> ParseResult | None:
    """The text's tokens with their readings; a text whose words read as a text read before
    ('23 Oct' after '5 Nov') replays that reading with its own names."""
    if not c.tokens:  # (a piece cut from a text's tokens comes with its own)
        c.tokens = mark_zones(numeral_tokens(tokenize(c.folded, c.lex, c.family)), c.folded,
                              c.original)
    _budget.spend(len(c.tokens))
    c.options = choices(c.tokens, c.hint)
    c.sig_key = (signature(c.tokens, c.options, c.family), c.key[1])
    if not c.use_plans:
        return None
    plan = PLANS.get(c.sig_key)
    if plan is None:
        return None
    # Same words but other month or weekday names ('23 Oct', '5 Nov'): the program reads
    # them from this text's own tokens.
    program = plan[0]
    nums = [t.text for t in c.tokens if t.kind == NUM]
    words = iter(c.options)
    replayed = replay(program, nums, [next(words) if t.kind == "word" else ()
                                      for t in c.tokens], loose=True)
    if replayed is None:
        return None
    fields, notes = replayed
    if len(numbers_of(c.folded)) == len(nums):
        # This text's own names made constants: the next text of its shape replays without
        # tokenizing.
        _remember(c, (program, fields.month if program.month_ref is not None else None,
                      fields.weekday if program.weekday_ref is not None else None))
    return build(c.text, fields, program.locale, c.tz, notes, c.zo)


# The most words no reader's table has that a text may hold and still be read as one
# timestamp. Of the 85,600 texts of the corpora, babel's formats in every locale, relative
# round trips and other projects' cases that are answered, none has more than 3 (words of
# scripts without spaces cut off a phrase); prose has them by the dozen.
MAX_STRANGE = 4
# A relative phrase may follow a label of up to this many words ('Updated by admin 5
# minutes ago', see _compose.after_label).
_LABEL_WORDS = 3


def prefilter(c: Call) -> ParseResult | None:
    """Refuse at once a text with more words than a timestamp has that no table of any
    reader knows (prose, a headline), and note how much of the text may be a relative
    phrase: a word that none of its tables has rules it out, except in a label before it.

    A strange word is a word the date lexicon does not know that is no word of the relative
    and shift tables (see _relative.phrase_word), the clock phrases or zone names."""
    from localenorm import _zones

    strange: list[Token] = []
    inside: set[int] | None = None
    for i, tok in enumerate(c.tokens):
        if tok.kind != UNKNOWN:
            continue
        if inside is None:
            inside = _timeofday.phrase_tokens(c.folded, c.tokens)
        if i in inside:
            continue
        text = tok.text
        if phrase_word(text) or word_kinds(text) or _zones.may_name_zone(_zones.zone_key(text)):
            continue
        strange.append(tok)
        if len(strange) > MAX_STRANGE:
            _too_strange(c, [t.text for t in strange])
    c.strange = strange
    # Readers of scripts without spaces cut their text anywhere, so only words of spaced
    # scripts rule a relative phrase out.
    spaced = [t for t in strange if not unspaced(t.text[0])]
    if spaced:
        last = max(len(c.folded[:t.start].split()) for t in spaced)
        c.relative_scope = "label" if last < _LABEL_WORDS else "none"
    return None


def _too_strange(c: Call, words: list[str]) -> None:
    shown = ", ".join(repr(w) for w in words[:5])
    raise NotATimestampError(c.text, f"words no timestamp has ({shown}, ...): a text with a "
                             "timestamp somewhere inside is not one timestamp")


# Before the tokens, a text whose words (letter runs of scripts with spaces) include this
# many that no table has is refused: the tokens would find no fewer (a run the tokenizer
# joins into a longer name is one of a handful in any name), and tokenizing prose is most
# of the cost of refusing it.
_EARLY_STRANGE = 8


# In scripts without spaces, where words cannot be told apart before the tokenizer cuts
# them, characters that no name of any table has: a timestamp has a handful (a label such
# as '本文最后更新于' has seven), a line of prose dozens.
_EARLY_STRANGE_CHARACTERS = 16


def early_prefilter(c: Call) -> ParseResult | None:
    """Refuse prose before tokenizing it (see ``prefilter``, which decides on tokens)."""
    runs = WORD_RUN.findall(c.folded)
    if len(runs) < _EARLY_STRANGE and sum(len(r) for r in runs if unspaced(r[0])) \
            < _EARLY_STRANGE_CHARACTERS:
        return None
    # (A letter run is folded and holds none of the characters keys drop: it is its own
    # key in every table, and a set lookup in each says whether any has it.)
    raw = c.lex._raw
    tables: _WordTables | None = None
    strange: list[str] = []
    characters = 0
    known: frozenset[str] | None = None
    for run in runs:
        if unspaced(run[0]) and not hangul(run[0]):
            if known is None:
                known = _known_characters()
            characters += sum(ch not in known for ch in run)
            if characters >= _EARLY_STRANGE_CHARACTERS:
                _too_strange(c, [run])
            continue
        if run in raw:
            continue
        if tables is None:
            tables = _word_tables()
        if run in tables.words or run in tables.zone_words or phrase_word(run):
            continue
        strange.append(run)
        if len(strange) >= _EARLY_STRANGE:
            _too_strange(c, strange)
    return None


class _WordTables:
    """The words of the clock phrases and of zone names, as sets of keys."""

    def __init__(self) -> None:
        from localenorm import _zones

        self.words = frozenset(_timeofday.words())
        self.zone_words = _zones.zone_words()


@once
def _word_tables() -> _WordTables:
    return _WordTables()


@once
def _known_characters() -> frozenset[str]:
    """Every character of a script without spaces in a name of the lexicon, the relative
    and shift tables, the clock phrases and zone names."""
    from localenorm import _zones
    from localenorm._relative import vocabulary

    words = [*lexicon()._raw, *vocabulary(), *_timeofday.words(), _zones.unspaced_names()]
    return frozenset(ch for word in words for ch in word if unspaced(ch))


# -- the date reader and what follows from it ------------------------------------------------


def date_reading(c: Call) -> ParseResult | None:
    """The date reader over every combination of word readings (see ``_resolve``)."""
    c.reader = Reader(c.text, c.tokens, c.lex, c.hint, c.spans, c.options, c.calendar)
    try:
        c.outcomes, c.error = c.reader.read()
    except AmbiguousError as exc:
        c.outcomes, c.error = [], exc  # a clock phrase may still read it ('8h10m', '5:16p')
        c.refused = exc
    return None


def order_unknown(c: Call) -> ParseResult | None:
    """Every reading is a whole date whose field order no locale settles ('30/5/05 7:13 AM'
    without a hint): a clock phrase, a relative phrase or a cut into a date and a time reads
    the same numbers and cannot settle it either, and trying them was most of the cost of
    such a refusal. Digits alone may still be a time ('22.06.10'): that is one more
    candidate, not an answer."""
    error = c.error
    if c.outcomes or not isinstance(error, AmbiguousError) or error.reason is not ORDER_UNKNOWN \
            or not all(len(cand) == 10 for cand in error.candidates):
        return None
    clock = _timeofday.read(c.text, c.folded, c.tokens, None, 0)
    if clock is not None and not clock.words:
        raise AmbiguousError(
            c.text, "the order of day, month and year is not known, and the digits may be a "
            "time of day; pass locale=", [*error.candidates, "T" + ":".join(
                f"{v:02d}" for v in (clock.hour, clock.minute, clock.second)
                if v is not None)])
    raise error


def clock_phrase(c: Call) -> ParseResult | None:
    """A time of day in words the date reader does not read ('at 8', 'om 2 uur', 'a quarter
    past 1pm'), or a clock word that would otherwise be read as a length ('15 uur'): read
    before relative phrases."""
    outcomes = c.outcomes
    if outcomes and not all(o.fields.partial for o in outcomes):
        return None
    lang = c.lang
    said = None if _day_phrase(c) else \
        _timeofday.read(c.text, c.folded, c.tokens, lang, c.family)
    # A date the reader found in full words ('23.10', 'am 10.10') stays a date unless an
    # 'at' or o'clock word says time ('о 10.10', '18.12 Uhr').
    # (Words that all belong to the hinted language outweigh a weekday of another one:
    # Turkish 'bu akşam 10'.)
    dated = not any(t.kind == "unknown" for t in c.tokens) and any(
        o.fields.month is not None or o.fields.weekday is not None for o in outcomes) \
        and not (said is not None and lang is not None and lang in said.langs)
    if said is not None and (said.worded or not dated):
        return spoken(c, said)
    return None


def open_reading(c: Call) -> ParseResult | None:
    """A reading the date reader found open: words it left may be a clock phrase after the
    date ('le 16 vers 6h dans la soirée'); else its refusal stands. ('Yesterday 1:20 pm' is
    a day phrase and a time: read on.)"""
    if c.refused is None or _day_phrase(c):
        return None
    if c.depth == 0:
        split = date_then_clock(c, read_piece)
        if split is not None:
            return split
    raise c.refused


def relative_phrase(c: Call) -> ParseResult | None:
    """Only a text the date reader cannot read in full, or with words it does not know, may
    be relative ('3 days ago', '1 год назад', 'yesterday at 17:43'): plain dates never pay
    for the relative tables, nor full dates whose unknown words appear in no relative
    phrase ('Actualizado el 5 de diciembre de 2033')."""
    outcomes, tokens = c.outcomes, c.tokens
    dated = bool(outcomes) and all(o.fields.day is not None for o in outcomes)
    if outcomes and not any(o.fields.partial for o in outcomes) and not any(
            t.kind == "unknown" and (not dated or may_be_relative(t.text)) for t in tokens):
        return None
    relative = relative_reading(c, labelled_only=c.relative_scope == "label") \
        if c.relative_scope != "none" else None
    if relative is not None:
        return relative_answer(c, relative, read_piece)
    # (An o'clock word is a unit too: '17:43 uur' is no length.) Without a hint, the
    # language is the one the date's own names show ('January': English).
    lang = c.lang if c.hint else (
        describe_locale(c.lex, outcomes[0].evidence, None) or "").split("_")[0] \
        if outcomes else ""
    lengths = [t.text for t in tokens if names_unit(t.text, lang)
               and (t.kind == "unknown" or all(r.kind in "FK" for r in t.readings))
               and "clock" not in word_kinds(t.text)] if lang else []
    if dated and lengths and not any(o.fields.partial for o in outcomes):
        # 'a week after 15 January 2016': a length beside a full date moves it, and
        # answering the date alone would be wrong.
        raise NotATimestampError(c.text, "a length of time (" + ", ".join(
            repr(w) for w in lengths[:3]) + ") beside a date: counting from a date is not "
            "read by this version")
    return None


def _day_phrase(c: Call) -> bool:
    """Whether the whole text is a relative day beside a rest (see _compose.day_phrase):
    never where a word no relative table has stands in it."""
    return c.relative_scope == "all" and day_phrase(c.folded, c.lang)


def nothing_read(c: Call) -> ParseResult | None:
    """No reading of the date reader: a date cut from a clock phrase may still read it;
    else the date reader's refusal stands."""
    if c.outcomes:
        return None
    # (A piece of a text is read whole: cutting it again would make the work grow with the
    # number of ways to cut, which is exponential in its length.)
    split = date_then_clock(c, read_piece) if c.depth == 0 else None
    if split is not None:
        return split
    raise c.error or NotATimestampError(c.text, "no date in the text")


def date_answer(c: Call) -> ParseResult | None:
    """The date reader's one reading, checked, completed from the reference, kept for texts
    of its shape, and made the answer."""
    text, tokens, hint = c.text, c.tokens, c.hint
    chosen = unique(text, c.outcomes)
    notes = list(chosen.assumptions)
    unknown = [t.text for t in tokens if t.kind == "unknown"]
    c.unknown = unknown
    if unknown:
        notes.append("ignored: " + ", ".join(repr(u) for u in unknown[:5]))
    fields = chosen.fields
    if unknown and fields.hour is not None:
        at = unread_zone(tokens, c.original)
        if at is not None:
            raise UnknownZoneError(text, "words after the clock time that may name a time zone "
                                   "this version does not know", c.spans(*at))
    if unknown and fields.hour is None and fields.day is None and not fields.partial:
        # 'May eighth, 2010', 'last day of October 2015': words we do not read may make the
        # date more precise than the month we found; refuse rather than answer coarsely.
        raise NotATimestampError(text, "words this version does not read ("
                                 + ", ".join(repr(u) for u in unknown[:3])
                                 + ") beside a month or year")
    _check_year_beside_clock(text, tokens, fields, chosen)
    if unknown and hint is not None and chosen.evidence and \
            not chosen.evidence & hint.family:
        # '1 rok 11 měsíců' with a Czech hint: 'rok' is a Maasai month, 'měsíců' unknown. A
        # name from another language than the hint's is weak evidence beside words we
        # cannot read; refuse rather than answer with it.
        raise NotATimestampError(text, "words this version does not read ("
                                 + ", ".join(repr(u) for u in unknown[:3])
                                 + ") beside names from another language than the hint's")
    locale_tag = describe_locale(c.lex, chosen.evidence, hint)
    c.partial = fields.partial
    if fields.partial:
        if unknown:
            # 'Wednesday of next week', 'nästa måndag': the words we skip usually move the
            # day; completing the rest from the reference would answer wrongly.
            raise NotATimestampError(text, "words this version does not read ("
                                     + ", ".join(repr(u) for u in unknown[:3])
                                     + ") beside a date without a year or a time alone")
        fields = completed(c, fields, notes, locale_tag)
    elif c.reader is not None and c.reader.program is not None and c.use_plans:
        _keep(c, chosen, notes, locale_tag)
    return build(text, fields, locale_tag, c.tz, notes, c.zo)


def _keep(c: Call, chosen: Outcome, notes: list[str], locale_tag: str | None) -> None:
    """Keep the reader's program for texts of this signature and shape."""
    assert c.reader is not None and c.reader.program is not None
    short = chosen.short_year
    pivot = next((i for i, n in enumerate(notes) if short is not None and n is short[0]), None)
    kept = c.reader.program.replace(
        locale=locale_tag, notes=tuple(n for i, n in enumerate(notes) if i != pivot),
        pivot_at=pivot or 0)
    family = c.family
    if not family or chosen.evidence & family or not any(
            r.kind in "MW" for opts in c.options for r in opts):
        # (The signature counts a name only by the hint's locales, so a text of it reports
        # the hint's locale only if this one did for that reason.)
        PLANS.put(c.sig_key, (kept, None, None))
    if len(numbers_of(c.folded)) == sum(t.kind == NUM for t in c.tokens):
        # (Numbers in CJK numerals are not digits in the shape: only the signature.)
        _remember(c, (kept, None, None))


def _check_year_beside_clock(text: str, tokens: list[Token], fields: Fields,
                             chosen: Outcome) -> None:
    """Refuse a year read from a number that a clock word stands beside, since it may be the
    hour: a two-digit year after an 'at' word or before an o'clock word ('25/4 U 16 sati',
    '01.04. в 18 часов', '4/25 o 16'), or a year alone after an 'at' word ('at 1030' is
    half past ten as much as the year 1030)."""
    short = chosen.short_year
    alone = fields.year is not None and fields.month is None
    if short is None and not alone:
        return  # (most dates: the clock-word table is not even read)

    def kinds(i: int) -> frozenset[str]:
        return word_kinds(tokens[i].text) if 0 <= i < len(tokens) else frozenset()

    for i, tok in enumerate(tokens):
        if tok.kind != NUM:
            continue
        if short is not None and tok.text == short[1]:
            if "at" in kinds(i - 1) or "clock" in kinds(i + 1):
                raise AmbiguousError(text, f"{tok.text} beside a clock word may be an hour, "
                                     "not a two-digit year",
                                     [f"year {short[2]}", f"{tok.text}:00"])
        elif alone and len(tok.text) == 4 and "at" in kinds(i - 1):
            hhmm = f"{tok.text[:2]}:{tok.text[2:]}"
            raise AmbiguousError(text, f"{tok.text} after an 'at' word may be the time {hhmm}",
                                 [f"year {int(tok.text)}", hhmm])


# -- the order, and pieces ---------------------------------------------------------------------

STAGES: tuple[Stage, ...] = (
    machine_format, kept_by_shape, early_prefilter, tokens, prefilter, date_reading, order_unknown,
    clock_phrase, open_reading, relative_phrase, nothing_read, date_answer,
)


def run(c: Call) -> ParseResult:
    """The answer of the first stage that has one (the last always answers or refuses)."""
    for stage in STAGES:
        found = stage(c)
        if found is not None:
            c.result = found
            c.stage = stage.__name__
            return found
    raise AssertionError("the last stage answers or refuses")


def read_piece(c: Call, text: str, *, calendar: str | None, reference: datetime | None,
               prefer: Prefer, hinted: bool = True,
               tokens: list[Token] | None = None) -> Call:
    """A piece of ``c``'s text read whole, with ``c``'s options (and the calendar, reference
    and preference given; without the hint where not ``hinted``): the piece's call, its
    ``result`` set. Raises the piece's error, which quotes the piece. A piece that is a run
    of ``c``'s tokens from the first (``tokens``) is read from them, not tokenized again."""
    stripped = text.strip()
    if not stripped:
        raise NotATimestampError(text, "empty text")
    piece = Call(text, stripped, c.locale if hinted else None, c.hint if hinted else None,
                 c.tz, c.zo, reference, prefer, calendar, c.use_plans and calendar is None,
                 c.lex, c.depth + 1)
    if tokens:
        piece.tokens = tokens
    run(piece)
    return piece


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


def _remember(c: Call, plan: Plan) -> None:
    """Keep ``plan`` for texts of this exact shape and of its loose shape."""
    PLANS.put(c.key, plan)
    PLANS.put(c.loose_key or (loose_shape(c.key[0]), c.key[1]), plan)


_TWO_CAPITALS = re.compile(r"[A-Z][A-Z]")
_ASCII_CAPITALS = re.compile(r"(?<!\S)[A-Z]{2,}(?!\S)")

__all__ = ["PLANS", "STAGES", "Call", "ZoneOptions", "read_piece", "run"]
