"""Stage 3: from tokens with readings to date and time fields.

Each word may have several readings (``mar`` is March in English and Tuesday in Spanish;
``م`` is both PM and the Common Era in Arabic). The readings are first narrowed by the locale
hint and by agreement between the words, then every remaining combination is read; a text is
accepted only when all the readings that remain give the same value. Numbers are bound to
fields by markers (``2023年``, ``23 d.``), by separators (``17:43``), by size (a four-digit
number is a year) and, for what is left, by the date order of the hinted or detected locale.
"""

from __future__ import annotations

import calendar
import functools
import itertools
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from localenorm import _budget, _calendars
from localenorm._errors import (
    AmbiguousError,
    ContradictionError,
    InvalidDateError,
    NotATimestampError,
    ParseError,
    UnknownZoneError,
)
from localenorm._fields import Fields
from localenorm._lexicon import Hint, Lexicon, Orders, Reading
from localenorm._machine import TWO_DIGIT_PIVOT, expand_two_digit_year
from localenorm._plan import Program, period_hours
from localenorm._tokenize import NUM, PUNCT, UNKNOWN, WORD, Token

_MAX_COMBINATIONS = 256
_VALUE_KINDS = frozenset("MWPECJN")
_ORDERS = ("DMY", "MDY", "YMD")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class _Reject(Exception):
    """One combination of readings does not make a timestamp; carries the error to report
    if no combination does. ``structural`` says the reason lies in the words, separators and
    digit counts alone, so it holds for every text of the same shape (see ``_plan``)."""

    def __init__(self, error: ParseError, structural: bool | None = None) -> None:
        self.error = error
        self.structural = isinstance(error, NotATimestampError) if structural is None \
            else structural


class Reading1:
    """A token with the one reading a combination chose for it (read-only). One is made
    per token per combination: a plain class, as ``Token`` is, for the same reason."""

    __slots__ = ("kind", "mask", "token", "value")

    def __init__(self, token: Token, kind: str, value: Any, mask: int) -> None:
        self.token = token
        self.kind = kind  # "num", "punct", "unknown", or a lexicon kind
        self.value = value  # (Any, as Reading.value is)
        self.mask = mask


class Outcome:
    """One reading's fields, the locales its words agree on (``evidence``, 0 if none), what
    it assumed, and its program when it replays on texts of the same shape.

    ``short_year`` is the two-digit year the reading expanded, if any: (its note among
    ``assumptions``, the digits as written, the year) — for the checks and the program that
    need the fact, so that nothing reads it back out of the note."""

    __slots__ = ("assumptions", "evidence", "fields", "program", "short_year")

    def __init__(self, fields: Fields, evidence: int, assumptions: list[str] | None = None,
                 program: Program | None = None,
                 short_year: tuple[str, str, int] | None = None) -> None:
        self.fields = fields
        self.evidence = evidence
        self.assumptions = [] if assumptions is None else assumptions
        self.program = program
        self.short_year = short_year


def _fail(cls: type[ParseError], text: str, reason: str,
          span: tuple[int, int] | None = None, structural: bool | None = None) -> _Reject:
    return _Reject(cls(text, reason, span), structural)


class Reader:
    """Reads one folded text; ``original`` is only used in messages."""

    def __init__(self, original: str, tokens: list[Token], lex: Lexicon, hint: Hint | None,
                 spans: object, options: list[tuple[Reading, ...]],
                 calendar: str | None = None) -> None:
        self.original = original
        self.calendar = calendar  # a calendar the caller imposes (see _calendars)
        self.tokens = tokens
        self.lex = lex
        self.hint = hint
        self._spans = spans
        # Position of each number among the text's numbers, for replayable programs.
        self.num_ord: dict[int, int] = {}
        self.index_of: dict[int, int] = {}
        for i, tok in enumerate(tokens):
            self.index_of[id(tok)] = i
            if tok.kind == NUM:
                self.num_ord[i] = len(self.num_ord)
        self.program: Program | None = None
        # Whether any reading turned on a number having one digit where two would have gone
        # another way (a year, a minute): if not, a program kept from a one-digit day, month
        # or hour replays two digits too (see Program.flexible).
        self.one_digit_mattered = False
        # Where the locale's calendar is not the Gregorian (Thai, Persian), the year's value
        # chooses between them (Reader.calendar_for): the years that chose the Gregorian by
        # their value, by number, the default calendars they were weighed against, and
        # whether any reading took the other calendar or found both possible.
        self.gregorian_years: set[int] = set()
        self.weighed: set[str] = set()
        self.other_calendar = False
        self.options = options  # the words' readings as choices() narrows them
        self.word_options: dict[int, tuple[Reading, ...]] = {}  # by token index

    def span(self, tok: Token) -> tuple[int, int]:
        return self._spans(tok.start, tok.end)  # type: ignore[operator, no-any-return]

    def read(self) -> tuple[list[Outcome], ParseError | None]:
        options = self.options
        words = iter(options)
        self.word_options = {i: next(words) for i, t in enumerate(self.tokens)
                             if t.kind == WORD}
        total = 1
        for readings in options:
            total *= max(len(readings), 1)
        if total > _MAX_COMBINATIONS:
            raise AmbiguousError(self.original, "too many words with several meanings to "
                                 "decide between them; pass locale=", ())
        outcomes: list[Outcome] = []
        first_error: ParseError | None = None
        ambiguous: AmbiguousError | None = None
        best = -1
        toks = self.tokens
        # For the shape cache: the best score reached by a reading rejected for its values
        # (another text of the same shape could pass it), and how many readings succeeded.
        value_rejected = -1
        winners = 0
        # The combinations at the best score, kept and rejected for their values: when they
        # differ only in which day period a word is, the program can check them all.
        contenders: list[tuple[int, tuple[Reading, ...]]] = []
        # Prefer the readings that explain the most words: 'م' beside a time is PM, not the
        # connector some Persian pattern also has; a reading that leaves more words as mere
        # connectors competes only when nothing explains more.
        # A marker bound to its number explains more than the weekday the same character can
        # be ('日' after 23 is the day marker, not Sunday), so markers count double.
        # An era marker bound to its year explains more still than the field marker, day
        # period or weekday the same letter can be ('H1.1.8' is Heisei 1, not 'H' marking 1
        # o'clock).
        # The marker's bonus holds only glued to its number ('23日'): '12 id' with a space is
        # no stronger than the month name 'id' is in another language.
        if total == 1 and all(options):
            scored = [(0, tuple(readings[0] for readings in options))]  # (nothing to rank)
        else:
            glued = [
                (i > 0 and toks[i - 1].kind == NUM and not t.space_before)
                or (i + 1 < len(toks) and toks[i + 1].kind == NUM
                    and not toks[i + 1].space_before)
                for i, t in enumerate(toks) if t.kind == WORD]
            scored = sorted(
                ((sum((r.kind != "F") + (r.kind == "K" and g) + 2 * (r.kind == "J")
                      for r, g in zip(combo, glued, strict=True)), combo)
                 for combo in itertools.product(*options)),
                key=lambda sc: -sc[0])
        # Numbers, punctuation and unknown words read the same in every combination (each
        # word's place is filled below).
        fixed = [Reading1(tok, tok.kind, None, 0) for tok in toks]
        word_at = list(self.word_options)
        for score, combo in scored:
            if outcomes and score < best:
                # Best first: once a score has readings that succeed, a lower one can change
                # neither the outcomes, nor the ambiguity, nor the program (all are kept at
                # the best score only), and the error is reported only without outcomes.
                break
            _budget.spend(len(toks))
            seq = fixed.copy()
            for k, r in zip(word_at, combo, strict=True):
                seq[k] = Reading1(toks[k], r.kind, r.value, r.mask)
            try:
                got = _Combination(self, seq).run()
            except _Reject as rej:
                if not rej.structural:
                    value_rejected = max(value_rejected, score)
                    contenders.append((score, combo))
                if first_error is None or _rank(rej.error) > _rank(first_error):
                    first_error = rej.error
                if isinstance(rej.error, AmbiguousError) and score >= best:
                    if score > best:
                        outcomes = []
                        winners = 0
                    best, ambiguous = score, rej.error
                continue
            if score > best:
                best, outcomes, ambiguous, winners = score, [], None, 0
            if score == best:
                outcomes.extend(got)
                winners += 1
                contenders.append((score, combo))
        if outcomes and ambiguous is None and value_rejected <= best:
            self.program = _shared_program(outcomes, [c for s, c in contenders if s == best],
                                           value_rejected < best)
            if self.program is not None and not self.one_digit_mattered:
                self.program = _one_digit_flexible(self.program)
            if self.program is not None and self.weighed:
                self.program = _weighed(self.program, self.gregorian_years, self.weighed,
                                        self.other_calendar)
        if ambiguous is not None and outcomes:
            # One reading of the words is itself ambiguous: another reading that happens to
            # give one value does not settle it ('14.12.18, Kl. 16.58').
            raise ambiguous
        return outcomes, first_error


def _weighed(p: Program, gregorian_years: set[int], weighed: set[str],
             other_calendar: bool) -> Program | None:
    """``p`` for a text whose year chose the Gregorian calendar over the locale's own by its
    value ('2034' is no Thai Buddhist year): a replay must find its year does too."""
    if other_calendar or len(weighed) != 1 or gregorian_years != {p.year}:
        return None
    return p.replace(gregorian_over=next(iter(weighed)))


def _one_digit_flexible(p: Program) -> Program:
    """``p`` replaying two digits where it read a one-digit day, month or hour: no reading
    looked at those numbers' lengths, so '15 Mar 2024 10:41' reads as '5 Mar 2024 9:41' did."""
    flexible = p.flexible
    for at in (p.day, p.month, p.hour):
        if at is not None and p.lengths[at] == 1:
            flexible |= 1 << at
    return p if flexible == p.flexible else p.replace(flexible=flexible)


def _shared_program(outcomes: list[Outcome], combos: list[tuple[Reading, ...]],
                    clean: bool) -> Program | None:
    """One program that replays every winning reading, or ``None``.

    Several readings may win with one program ('am' as a connector or as the German for
    'at' in 'Veröffentlicht am …'): they read every text of the shape alike. Readings that
    differ only in the day period of one word ('ص' as AM or as morning, '오후' as PM or as
    afternoon; some were rejected for this text's hour) may still read another text's hour
    differently, so the program carries every such period to check on replay (``clean`` says
    no reading at this score was rejected for its values)."""
    programs = [o.program for o in outcomes if o.program is not None]
    if len(programs) != len(outcomes):
        return None
    first = programs[0]
    if clean and all(p == first for p in programs[1:]):
        return first
    if first.period is None or first.hour is None:
        return None
    shapes = {tuple("P" if r.kind == "P" else (r.kind, r.value) for r in c) for c in combos}
    periods = [[r for r in c if r.kind == "P"] for c in combos]
    if len(shapes) != 1 or any(len(ps) != 1 for ps in periods):
        return None
    if any(p.replace(period=first.period) != first for p in programs[1:]):
        return None
    masks = sorted({int(ps[0].value) for ps in periods} - {first.period})
    # Which of them read this text's hour: another hour that the same readings do not all
    # read would leave other evidence, so another locale ('صبح' is AM in Sindhi, morning in
    # Urdu: at 1:30 only Sindhi reads it).
    read = {p.period for p in programs}
    return first.replace(periods=tuple(masks),
                         periods_read=sum(1 << i for i, m in enumerate(masks) if m in read))


# The reason of the refusal of a numeric date whose field order no locale settles. A caller
# may test for it (``error.reason is ORDER_UNKNOWN``) to know the date itself is open.
ORDER_UNKNOWN = "the order of day, month and year is not known; pass locale="


def choices(tokens: Sequence[Token], hint: Hint | None) -> list[tuple[Reading, ...]]:
    """The readings of each word (in order) that the reader tries: narrowed by the hint's
    language, then to the locales every word can belong to."""
    options: list[tuple[Reading, ...]] = []
    for tok in tokens:
        if tok.kind != WORD:
            continue
        readings = tok.readings
        if hint is not None:
            near = tuple(r for r in readings if r.mask & hint.family)
            if near:
                readings = near
        options.append(readings)
    # Keep only readings of the locales that every word can belong to, when there are such
    # locales: a Spanish 'de' is then a connector, not a Hungarian day period.
    for skip_fillers in (False, True):
        common = -1
        for readings in options:
            if skip_fillers and any(r.kind == "F" for r in readings):
                continue
            union = 0
            for r in readings:
                union |= r.mask
            common &= union
        if common and common != -1:
            options = [tuple(r for r in rs if r.mask & common) or rs for rs in options]
            break
    return options


def signature(tokens: Sequence[Token], options: Sequence[tuple[Reading, ...]],
              family: int = 0) -> tuple[object, ...]:
    """The text as the reading sees it, month and weekday names aside: texts with the same
    signature are read the same way, with their own names' values (see ``_plan``).

    ``options`` are the words' readings as :func:`choices` narrows them: the reader sees
    nothing else of a word. With a hint (``family``, its locale mask), a month or weekday
    name counts only by the hint's locales it belongs to: 'Dec' and 'May' are English names
    of different sets of other locales, which a hinted reading never looks at. (Only where
    the reported locale is then the hint's: see ``Reader`` and ``_api``.)"""
    out: list[object] = []
    words = iter(options)
    for tok in tokens:
        if tok.kind == NUM:
            out.append(max(len(tok.text), 2))  # one digit or two: see Program.flexible
        elif tok.kind == WORD:
            out.append(tuple(
                (r.kind, None, r.mask & family if family else r.mask) if r.kind in "MW"
                else (r.kind, r.value, r.mask) for r in next(words)))
        else:
            out.append(tok.text)
        out.append(tok.space_before)
    return tuple(out)


def _rank(error: ParseError) -> int:
    # When no combination works, report the most specific complaint.
    order = (NotATimestampError, InvalidDateError, ContradictionError, AmbiguousError,
             UnknownZoneError)
    for i, cls in enumerate(order):
        if isinstance(error, cls):
            return i
    return -1


class _Combination:
    """One choice of reading per word, read into fields."""

    def __init__(self, reader: Reader, seq: list[Reading1]) -> None:
        self.r = reader
        self.seq = seq
        self.used = [False] * len(seq)
        self.text = reader.original
        self.time_idx: set[int] = set()
        # Indices by kind, computed once: every step below looks at one or two kinds only.
        self.of_kind: dict[str, list[int]] = {}
        for i, item in enumerate(seq):
            self.of_kind.setdefault(item.kind, []).append(i)
        self.nums = self.of_kind.get(NUM, [])
        # What a replayable program needs (see _plan): where each value came from, and
        # whether any choice looked at the numbers' values rather than the text's shape.
        self.value_sensitive = False
        self.rec_time: tuple[int | None, int | None, int | None, int | None, int | None] \
            = (None, None, None, None, None)  # hour, minute, second, fraction, const hour
        self.off_spec: tuple[int, int, int | None, bool] | None = None
        self.date_toks: tuple[Token | None, Token | None, Token | None] = (None, None, None)
        self.order_decided = True
        self.bare = False  # the hour is a number beside a day period, so 1-12 ('5 PM')
        self.zone: str | None = None
        self.last_toks: tuple[Token | None, Token | None, Token | None] = (None, None, None)
        # Calendars (see calendar_markers): the one the words or the caller name, the
        # locale's default that the year may select, the Japanese era, the number an era
        # marker makes the year, and the calendar each candidate date was read in.
        self.cal: str | None = None
        self.cal_default: str | None = None
        self.cal_era: str | None = None
        self.cal_year: int | None = None
        self.cal_of: dict[tuple[int | None, int | None, int | None], str] = {}
        # The notes of two-digit years this combination expanded, by identity: (note,
        # digits, year) (see Outcome.short_year).
        self.short_years: dict[int, tuple[str, str, int]] = {}

    # -- helpers -----------------------------------------------------------------------------

    def at(self, i: int) -> Reading1 | None:
        return self.seq[i] if 0 <= i < len(self.seq) else None

    def two_digits(self, i: int) -> bool:
        """Whether number ``i`` has two digits (a minute, a second); noted on the reader
        when it has one (see ``Reader.one_digit_mattered``)."""
        n = len(self.seq[i].token.text)
        if n == 1:
            self.r.one_digit_mattered = True
        return n == 2

    def is_punct(self, i: int, chars: str) -> bool:
        item = self.at(i)
        return item is not None and item.kind == PUNCT and item.token.text in chars

    def is_num(self, i: int) -> bool:
        item = self.at(i)
        return item is not None and item.kind == NUM and not self.used[i]

    def glued(self, i: int) -> bool:
        """Token ``i`` follows token ``i - 1`` with no space between."""
        item = self.at(i)
        return item is not None and not item.token.space_before

    def reject(self, cls: type[ParseError], reason: str, i: int | None = None) -> _Reject:
        span = self.r.span(self.seq[i].token) if i is not None else None
        return _fail(cls, self.text, reason, span)

    # -- the reading -------------------------------------------------------------------------

    def run(self) -> list[Outcome]:
        evidence = -1
        for kind in _VALUE_KINDS:
            for i in self.of_kind.get(kind, ()):
                evidence &= self.seq[i].mask
        if evidence == -1:
            evidence = 0
        both = self.two_calendars()
        if both is not None:
            return both
        self.calendar_markers(evidence)
        offset = self.zone_words()
        time = self.clock()
        if time is not None and offset is None:
            offset = self.trailing_offset(time[4])
        hour_mask = self.periods()
        if time is None and hour_mask is not None:
            time = self.bare_hour()
        if time is None and hour_mask is not None and hour_mask & (hour_mask - 1) == 0:
            # 'noon', 'u ponoć': a day period of one hour is itself the time.
            time = (hour_mask.bit_length() - 1, 0, None, 0, -1)
            self.value_sensitive = True  # rare enough not to replay
            hour_mask = None
        self.check_periods_and_eras_placement()
        self.check_unknown_beside_time(time, hour_mask)
        month, weekday, era = self.names()
        date_nums = self.bind_date_numbers()
        self.check_markers_bound()
        leftovers = [i for i in self.nums if not self.used[i] and i not in date_nums.free]
        if leftovers:
            raise self.reject(NotATimestampError, "a number that is not part of the date",
                              leftovers[0])
        if "N" in self.of_kind or "O" in self.of_kind or "DW" in self.of_kind:
            worded = self.day_word(date_nums, month, weekday)
            if worded is not None:
                wy, wm, wd = worded
                return [self.finish(wy, wm, wd, [], time, hour_mask, offset, weekday, era,
                                    evidence)]
            ny, nm, nd = self.nth_day(date_nums, month, weekday)
            return [self.finish(ny, nm, nd, [], time, hour_mask, offset, None, era, evidence)]
        results = []
        undated_ok = time is not None or weekday is not None
        for y, m, d, notes in self.dates(date_nums, month, evidence, undated_ok, weekday):
            results.append(self.finish(y, m, d, notes, time, hour_mask, offset, weekday, era,
                                       evidence))
        return results

    def day_word(self, nums: _DateNumbers, month: int | None,
                 weekday: int | None) -> tuple[int | None, int, int] | None:
        """The day of the month written as a word beside a month name: 'May eighth, 2010',
        'cinco de maio de 2013', 'тридцать первое октября 1974', and an ordinal with no
        weekday or 'day' word to count ('fourth of July 1995', 'vierde juli van 1995').
        ``None`` when the text has no such word (an ordinal of 'nth weekday of month')."""
        words = self.of_kind.get("N", [])
        ords = self.of_kind.get("O", [])
        if not words and (weekday is not None or "DW" in self.of_kind or len(ords) != 1
                          or int(self.seq[ords[0]].value) < 1):
            return None
        self.value_sensitive = True  # rare enough not to replay
        at = (words or ords)
        if len(at) + len(ords if words else []) != 1 or month is None:
            raise self.reject(NotATimestampError, "a day in words without one month beside it",
                              at[0])
        for j in (at[0] - 1, at[0] + 1):
            item = self.at(j)
            if item is not None and item.kind == UNKNOWN:
                # 'الثالث عشر', 'twenty eighth' split: a compound we do not read whole.
                raise self.reject(NotATimestampError, "a day in words beside a word we do not "
                                  "read", j)
        names = self.of_kind.get("M", [])
        if names and not self.seq[at[0]].mask & self.seq[names[0]].mask:
            # 'vrijdag de vijftiende': the day word and the month name must be of one
            # language (Dutch 'de' is no month, though it is one elsewhere).
            raise self.reject(NotATimestampError, "a day in words and a month name of "
                              "different languages", at[0])
        day = int(self.seq[at[0]].value)
        years = [self.seq[i].token for i in nums.free]
        if "y" in nums.bound:
            years.append(self.seq[nums.bound["y"]].token)
        if len(nums.free) + len(nums.bound) > 1 or any(len(t.text) != 4 for t in years):
            raise self.reject(NotATimestampError, "a day in words and numbers that are not "
                              "its year", at[0])
        year = years[0].value if years else None
        try:
            date(year or 2000, month, day)  # (2000: a leap year, for a date without one)
        except ValueError:
            raise _fail(InvalidDateError, self.text, f"{year or '--'}-{month:02d}-{day:02d} "
                        "is not a date") from None
        return year, month, day

    def nth_day(self, nums: _DateNumbers, month: int | None,
                weekday: int | None) -> tuple[int, int, int]:
        """'third Tuesday of September 2014', 'last day of October 2015'."""
        self.value_sensitive = True  # rare enough not to replay
        ords = self.of_kind.get("O", [])
        days = self.of_kind.get("DW", [])
        marked = 0
        if month is None and "M" in nums.bound:
            # A month number with its marker ('2014년 9월 셋째 화요일', '2015年10月').
            month, marked = self.seq[nums.bound["M"]].token.value, 1
            if not 1 <= month <= 12:
                raise _fail(InvalidDateError, self.text, f"month {month} does not exist")
        if len(ords) != 1 or month is None or (weekday is None) == (not days) \
                or len(days) > 1:
            raise self.reject(NotATimestampError, "an ordinal without 'weekday of month'",
                              (ords or days)[0])
        for j in (ords[0] - 1, ords[0] + 1):
            item = self.at(j)
            if item is not None and item.kind == UNKNOWN:
                # 'الثالث عشر' is the thirteenth, not the third: a compound we do not read.
                raise self.reject(NotATimestampError, "an ordinal beside a word we do not "
                                  "read", j)
        years = [self.seq[i].token for i in nums.free if len(self.seq[i].token.text) == 4]
        if "y" in nums.bound:
            years.append(self.seq[nums.bound["y"]].token)
        if len(years) != 1 or len(nums.free) + len(nums.bound) - marked != 1:
            raise self.reject(NotATimestampError, "an ordinal day needs a month and a year",
                              ords[0])
        year = years[0].value
        if not 1 <= year <= 9999:
            raise _fail(InvalidDateError, self.text, f"year {year} is out of range")
        n = int(self.seq[ords[0]].value)
        length = calendar.monthrange(year, month)[1]
        if weekday is None:
            day = length if n == -1 else n
        elif n == -1:
            day = length - (date(year, month, length).weekday() - weekday) % 7
        else:
            day = 1 + (weekday - date(year, month, 1).weekday()) % 7 + 7 * (n - 1)
        if not 1 <= day <= length:
            raise _fail(InvalidDateError, self.text,
                        f"{year:04d}-{month:02d} has no such day")
        return year, month, day

    def zone_words(self) -> timedelta | None:
        """UTC/GMT names, with the localised offset that may follow them (``GMT+3``)."""
        offset: timedelta | None = None
        zones = self.of_kind.get("TZ", [])
        if len({self.seq[i].value for i in zones}) > 1:
            raise self.reject(ContradictionError, "two different time zone names", zones[1])
        for i in zones:
            self.used[i] = True
            self.zone = str(self.seq[i].value)
        for i in self.of_kind.get("Z", ()):
            self.used[i] = True
            here = timedelta(0)
            j = i + 1
            if self.is_punct(j, "+-"):
                got = self.offset_at(j)
                if got is not None:
                    here = got
            if offset is not None and offset != here:
                raise self.reject(ContradictionError, "two different UTC offsets", i)
            offset = here
        return offset

    def offset_at(self, j: int) -> timedelta | None:
        """A signed offset starting at the sign token ``j``: +3, +03, +0300, +03:00."""
        if not (self.is_punct(j, "+-") and self.is_num(j + 1)):
            return None
        sign = -1 if self.seq[j].token.text == "-" else 1
        digits = self.seq[j + 1].token.text
        end = j + 1
        if len(digits) in (1, 2):
            hours, minutes = int(digits), 0
            if self.is_punct(j + 2, ":") and self.is_num(j + 3) and \
                    self.two_digits(j + 3):
                minutes = int(self.seq[j + 3].token.text)
                end = j + 3
        elif len(digits) == 4:
            hours, minutes = int(digits[:2]), int(digits[2:])
        else:
            return None
        if hours > 18 or minutes > 59:
            raise self.reject(InvalidDateError, "UTC offset out of range", j + 1)
        for k in range(j, end + 1):
            self.used[k] = True
        self.off_spec = (sign, j + 1, j + 3 if end == j + 3 else None, len(digits) == 4)
        return sign * timedelta(hours=hours, minutes=minutes)

    def trailing_offset(self, after: int) -> timedelta | None:
        j = after + 1
        while self.at(j) is not None and self.seq[j].kind == "P":
            j += 1
        if self.is_punct(j, "+-") and self.is_num(j + 1):
            digits = self.seq[j + 1].token.text
            if len(digits) in (2, 4):
                return self.offset_at(j)
        item = self.at(j)
        if item is not None and item.kind == UNKNOWN and item.token.text == "z":
            self.used[j] = True
            return timedelta(0)
        return None

    def clock(self) -> tuple[int, int | None, int | None, int, int] | None:
        """(hour, minute, second, microsecond, index of the last token) of the time."""
        found = None
        for i in self.nums:
            if self.used[i]:
                continue
            if self.is_punct(i + 1, ":") and self.is_num(i + 2) and \
                    len(self.seq[i + 2].token.text) <= 2:
                if found is not None:
                    raise self.reject(NotATimestampError, "two clock times", i)
                found = self.colon_time(i)
        if found is None:
            found = self.marked_time()
        if found is None:
            found = self.dotted_time()
        return found

    def dotted_time(self) -> tuple[int, int | None, int | None, int, int] | None:
        """'20.28.17', '13.01' (Danish, Finnish, Indonesian, Assamese): a dotted group is a
        time only when the date is written elsewhere, so '23.10.23' stays a date."""
        groups: list[list[int]] = []
        i = 0
        n = len(self.seq)
        while i < n:
            if not self.is_num(i):
                i += 1
                continue
            group = [i]
            while self.is_punct(group[-1] + 1, ".") and self.glued(group[-1] + 1) \
                    and self.is_num(group[-1] + 2) and self.glued(group[-1] + 2):
                group.append(group[-1] + 2)
            groups.append(group)
            i = group[-1] + 1
        has_month_name = "M" in self.of_kind
        for group in reversed(groups):
            toks = [self.seq[k].token for k in group]
            if not 2 <= len(toks) <= 3 or len(toks[0].text) > 2:
                continue
            rest = [len(t.text) for t in toks[1:]]
            if any(n != 2 for n in rest):
                if 1 in rest and max(rest) <= 2:
                    self.r.one_digit_mattered = True  # ('5.03.24' is a time; '5.3.24' not)
                continue
            if toks[0].value > 24 or any(t.value > 59 for t in toks[1:]):
                # Another text of this shape could have a time here: the values decided.
                self.value_sensitive = True
                continue
            others = sum(len(g) for g in groups if g is not group)
            if not has_month_name and others < 2:
                continue
            for k in range(group[0], group[-1] + 1):
                self.used[k] = True
            self.time_idx.update(group)
            self.rec_time = (group[0], group[1], group[2] if len(group) == 3 else None,
                             None, None)
            second = toks[2].value if len(toks) == 3 else None
            return toks[0].value, toks[1].value, second, 0, group[-1]
        return None

    def colon_time(self, i: int) -> tuple[int, int | None, int | None, int, int]:
        second: int | None
        if self.is_punct(i - 1, ".") and self.glued(i) and self.glued(i - 1) \
                and self.is_num(i - 2) and len(self.seq[i - 2].token.text) <= 2 \
                and not self.is_punct(i + 3, ":"):
            # 'HH.mm:ss' (Swiss French, Low German): the dot parts hour from minute.
            hour, minute, second = (self.seq[k].token.value for k in (i - 2, i, i + 2))
            for k in range(i - 2, i + 3):
                self.used[k] = True
            self.time_idx.update(range(i - 2, i + 3))
            self.rec_time = (i - 2, i, i + 2, None, None)
            return hour, minute, second, 0, i + 2
        hour = self.seq[i].token.value
        minute = self.seq[i + 2].token.value
        last = i + 2
        second = None
        micro = 0
        if self.is_punct(i + 3, ":") and self.is_num(i + 4) and self.two_digits(i + 4):
            second = self.seq[i + 4].token.value
            last = i + 4
            if self.is_punct(i + 5, ".,") and self.is_num(i + 6) and self.glued(i + 6):
                frac = self.seq[i + 6].token.text
                micro = int((frac + "000000")[:6])
                last = i + 6
        for k in range(i, last + 1):
            self.used[k] = True
        self.time_idx.update(range(i, last + 1))
        self.rec_time = (i, i + 2, i + 4 if second is not None else None,
                         i + 6 if last == i + 6 else None, None)
        # Markers after the clock ('17:43 Uhr', 'ساعت'): let them go.
        return hour, minute, second, micro, last

    def marker_of(self, i: int) -> str | None:
        """The field a marker binds number ``i`` to: a suffix marker right after it, or a
        prefix marker right before it."""
        after = self.at(i + 1)
        if after is not None and after.kind == "K" and not str(after.value).startswith("^"):
            return str(after.value)
        before = self.at(i - 1)
        if before is not None and before.kind == "K" and str(before.value).startswith("^"):
            return str(before.value)[1:]
        return None

    def marked_time(self) -> tuple[int, int | None, int | None, int, int] | None:
        """Times written with unit markers: '17 h 43', '17時43分', '오후 5시 43분 5초'."""
        hour = minute = second = None
        last = -1
        hour_at = minute_at = second_at = -1
        for i in self.nums:
            item = self.seq[i]
            if self.used[i]:
                continue
            mark = self.marker_of(i)
            if mark == "H" and hour is None:
                hour, hour_at, last = item.token.value, i, max(last, i)
            elif mark == "m" and hour is not None and minute is None:
                minute, minute_at, last = item.token.value, i, max(last, i)
            elif mark == "s" and hour is not None and second is None:
                second, second_at, last = item.token.value, i, max(last, i)
            else:
                continue
            self.used[i] = True
            self.time_idx.add(i)
        if hour is None:
            return None
        if minute is None:
            # '17h43': a two-digit number right after the hour marker is the minute.
            j = hour_at + 2
            if self.is_num(j) and self.two_digits(j):
                minute, minute_at = self.seq[j].token.value, j
                self.used[j] = True
                self.time_idx.add(j)
                last = j
        if second is not None and minute is None:
            if any(self.seq[k].kind == UNKNOWN for k in range(hour_at, second_at)):
                # '三時半五十九秒': a word we do not read ('半', half past) stands between.
                raise self.reject(NotATimestampError, "a word we do not read inside the time",
                                  hour_at)
            minute = 0  # '午後8時20秒': seconds without minutes
            self.value_sensitive = True
        self.rec_time = (hour_at, minute_at if minute_at >= 0 else None,
                         second_at if second_at >= 0 else None, None, None)
        return hour, minute, second, 0, last

    def neighbours(self, i: int) -> list[int]:
        """The nearest tokens on each side of ``i`` that are not punctuation or connectors."""
        out = []
        for step in (-1, 1):
            j = i + step
            while self.at(j) is not None and self.seq[j].kind in (PUNCT, "F"):
                j += step
            if self.at(j) is not None:
                out.append(j)
        return out

    def check_unknown_beside_time(self, time: tuple[int, int | None, int | None, int, int] | None,
                                  hour_mask: int | None) -> None:
        """A word we do not know right beside a clock time may be what makes it mean
        something else: a zone ('EDT'), a day period ('晚', 'pagi'). Refuse rather than
        read the clock as UTC or as a 24-hour time."""
        if time is None or not self.time_idx:
            return
        first, last = min(self.time_idx), max(self.time_idx)
        while self.at(last + 1) is not None and self.seq[last + 1].kind == "P":
            last += 1  # '05:05 PM CDT': the zone comes after the day period
        for j in (first - 1, last + 1, last + 2):
            item = self.at(j)
            if item is None or item.kind != UNKNOWN:
                continue
            if j == last + 2 and not self.is_punct(last + 1, "("):
                continue
            word = self.text[slice(*self.r.span(item.token))]
            if j > last and word.isascii() and word.isalpha() and word.isupper() \
                    and 2 <= len(word) <= 5:
                raise _Reject(UnknownZoneError(self.text, "a time zone this version does not "
                                               "know", self.r.span(item.token)))
            self.value_sensitive = True
            if hour_mask is None and 1 <= time[0] <= 12:
                hour, minute = time[0], time[1] or 0
                raise _Reject(AmbiguousError(
                    self.text, "an unrecognised word beside a 12-hour clock time (a day "
                    "period?)",
                    [f"{hour % 12:02d}:{minute:02d}", f"{hour % 12 + 12:02d}:{minute:02d}"],
                    self.r.span(item.token),
                    clocks=[(hour % 12, minute), (hour % 12 + 12, minute)]))

    def check_periods_and_eras_placement(self) -> None:
        # 'م' is PM beside a time and the Common Era beside a year; a day period must touch
        # the time (or its hour marker), an era a number or a year marker.
        for i in (*self.of_kind.get("P", ()), *self.of_kind.get("E", ())):
            item = self.seq[i]
            if item.kind == "P":
                if not self.time_idx and int(item.value) & (int(item.value) - 1) == 0:
                    continue  # 'noon', 'midnight': the period is the time
                near = self.neighbours(i)
                if not any(j in self.time_idx or self.seq[j].kind == "P"
                           or (self.seq[j].kind == "K"
                               and str(self.seq[j].value).lstrip("^") in "Hms")
                           for j in near):
                    raise self.reject(NotATimestampError, "a day period away from the time", i)
            elif item.kind == "E":
                near = self.neighbours(i)
                if not any((self.seq[j].kind == NUM and j not in self.time_idx)
                           or self.seq[j].kind == "E"
                           or (self.seq[j].kind == "K" and str(self.seq[j].value) in "y^y")
                           for j in near):
                    raise self.reject(NotATimestampError, "an era away from the year", i)

    def periods(self) -> int | None:
        mask: int | None = None
        for i in self.of_kind.get("P", ()):
            hours = int(self.seq[i].value)
            mask = hours if mask is None else mask & hours
            if not mask:
                # (Else the empty mask would read as a day period of one hour, hour -1.)
                raise _fail(ContradictionError, self.text, "day periods that share no hour",
                            self.r.span(self.seq[i].token), structural=True)
        return mask

    def bare_hour(self) -> tuple[int, int | None, int | None, int, int] | None:
        """'5 PM', '5pm', 'PM 5': a number of 1-12 next to a day period."""
        for i in self.of_kind.get("P", ()):
            for j in (i - 1, i + 1):
                if self.is_num(j) and len(self.seq[j].token.text) <= 2:
                    if not 1 <= self.seq[j].token.value <= 12:
                        self.value_sensitive = True
                        continue
                    self.used[j] = True
                    self.time_idx.add(j)
                    self.rec_time = (j, None, None, None, None)
                    self.bare = True
                    return self.seq[j].token.value, None, None, 0, j
        return None

    def names(self) -> tuple[int | None, int | None, int | None]:
        month = weekday = era = None
        for i in sorted((*self.of_kind.get("M", ()), *self.of_kind.get("W", ()),
                         *self.of_kind.get("E", ()))):
            item = self.seq[i]
            if item.kind == "M":
                if month is not None and month != item.value:
                    raise _Reject(NotATimestampError(self.text, "two different month names",
                                                     self.r.span(item.token)), False)
                month = int(item.value)
            elif item.kind == "W":
                if weekday is not None and weekday != item.value:
                    raise self.reject(ContradictionError, "two different weekdays", i)
                weekday = int(item.value)
            elif item.kind == "E":
                era = int(item.value)
        for i in self.of_kind.get("C", ()):
            # A month of another calendar, in that calendar's numbering (calendar_markers
            # has made sure no Gregorian month name stands beside it).
            value = int(str(self.seq[i].value).split(":")[1])
            if month is not None and month != value:
                raise self.reject(NotATimestampError, "two different month names", i)
            month = value
        return month, weekday, era

    # -- calendars other than the Gregorian (see _calendars) ----------------------------------

    def calendar_markers(self, evidence: int) -> None:
        """The calendar this reading's words name: a month of another calendar ('آبان'), an
        era marker ('هـ', 'พ.ศ.', '令和'), the Common Era ('ค.ศ.', 'م'), or the caller's
        ``calendar=``; they must agree. Without any, the locale's default calendar (Thai
        Buddhist, Persian, Umm al-Qura) is kept for the year to decide (calendar_for)."""
        named: set[str] = set()
        for i in self.of_kind.get("C", ()):
            named.add(_calendars.family(str(self.seq[i].value)))
        for i in self.of_kind.get("J", ()):
            value = str(self.seq[i].value)
            named.add(_calendars.family(value))
            if value.startswith("japanese:"):
                if self.cal_era not in (None, value[9:]):
                    raise self.reject(ContradictionError, "two different era names", i)
                self.cal_era = value[9:]
            k = self.era_year(i)
            if k is None or (k >= 0 and self.cal_year not in (None, k)):
                raise self.reject(NotATimestampError, "a calendar era away from its year", i)
            if k >= 0:
                self.cal_year = k
        if any(self.seq[i].value == 1 for i in self.of_kind.get("E", ())):
            named.add("gregorian")  # 'ค.ศ.', 'م', 'AD': the Common Era is Gregorian
        if self.r.calendar is not None:
            named.add(self.r.calendar)
        if "M" in self.of_kind and named - _calendars.GREGORIAN_MONTHS:
            raise self.reject(ContradictionError, "a Gregorian month name in a date of "
                              "another calendar", self.of_kind["M"][0])
        if len(named) > 1:
            how = " and ".join(sorted(named))
            raise _fail(ContradictionError, self.text, f"the text names two calendars ({how})"
                        + ("; the caller asked for " + self.r.calendar
                           if self.r.calendar else ""))
        if named:
            self.cal = named.pop()
            self.value_sensitive = self.cal != "gregorian"
            return
        default = self.default_calendar(evidence)
        if default != "gregorian" and not ("M" in self.of_kind
                                           and default not in _calendars.GREGORIAN_MONTHS):
            self.cal_default = default
            # The year's value decides the calendar (calendar_for): a program records how,
            # and checks it on replay (see _weighed).

    def two_calendars(self) -> list[Outcome] | None:
        """'8 ربيع الآخر 1445 هـ الموافق 23 أكتوبر 2023 م': a date in another calendar and
        the same day in the Gregorian calendar, side by side. Each half is read alone (the
        other half's tokens made fillers, so positions keep their meaning), at every place
        the text may be cut between them; the two must name the same day."""
        other = [i for k in ("C", "J") for i in self.of_kind.get(k, ())
                 if _calendars.family(str(self.seq[i].value))
                 not in _calendars.GREGORIAN_MONTHS]
        greg = [*self.of_kind.get("M", ()),
                *(i for i in self.of_kind.get("E", ()) if self.seq[i].value == 1)]
        if not other or not greg or self.r.calendar is not None:
            return None
        if max(other) < min(greg):
            cuts = range(max(other) + 1, min(greg) + 1)
        elif max(greg) < min(other):
            cuts = range(max(greg) + 1, min(other) + 1)
        else:
            return None
        self.value_sensitive = True
        agreed: dict[Fields, Outcome] = {}
        disagree: list[str] = []
        first_error: _Reject | None = None
        n = len(self.seq)
        for k in cuts:
            try:
                head = _Combination(self.r, self.blanked(k, n)).run()
                tail = _Combination(self.r, self.blanked(0, k)).run()
            except _Reject as rej:
                first_error = first_error or rej
                continue
            if len(head) != 1 or len(tail) != 1 or head[0].fields.partial \
                    or tail[0].fields.partial:
                continue
            a, b = head[0], tail[0]
            merged = _merge_days(a.fields, b.fields)
            if merged is None:
                disagree.append(f"{_fmt(a.fields)} ({a.fields.calendar}) and "
                                f"{_fmt(b.fields)} ({b.fields.calendar})")
                continue
            notes = list(dict.fromkeys([*a.assumptions, *b.assumptions]))
            agreed.setdefault(merged, Outcome(merged, a.evidence & b.evidence or a.evidence
                                              or b.evidence, notes, None,
                                              a.short_year or b.short_year))
        if agreed:
            return list(agreed.values())  # several cuts, several values: unique() reports it
        if disagree:
            raise _fail(ContradictionError, self.text, "the two calendars printed give "
                        f"different days: {disagree[0]}")
        if first_error is not None:
            raise first_error
        raise _fail(NotATimestampError, self.text, "two calendars but no date in either")

    def blanked(self, start: int, end: int) -> list[Reading1]:
        """This reading with tokens ``start`` to ``end`` made fillers."""
        return [Reading1(item.token, "F", None, 0) if start <= k < end else item
                for k, item in enumerate(self.seq)]

    def default_calendar(self, evidence: int) -> str:
        if self.r.hint is not None:
            return _calendars.locale_default(self.r.hint.locale)
        if not evidence:
            return "gregorian"
        return _default_calendar(self.r.lex, evidence)

    def era_year(self, i: int) -> int | None:
        """The number an era marker at ``i`` makes the year: the one glued after it
        ('民國112', 'R5'), else the one before it ('1445 هـ'), else the one after it
        ('พ.ศ. 2566'); ``None`` if there is none. A one-letter Latin era ('R', 'H') counts
        only glued to its year. -1 when the number beside the marker is too short to be a
        year of a calendar that counts from long ago ('1445/04/08 هـ'): the order decides."""
        word = self.seq[i].token.text
        # A trailing abbreviation dot may stand apart from the marker ('พ.ศ' + '.').
        j = i + 2 if self.is_punct(i + 1, ".") and self.glued(i + 1) else i + 1
        after = j if self.is_num(j) else None
        if len(word) == 1 and word.isascii():
            # Only as Japanese pages write it: a capital glued to the year, then the month
            # and day ('R5.10.23', 'H31/4/30'); a French '17h43' is no Heisei 43.
            shown = self.text[slice(*self.r.span(self.seq[i].token))]
            if after is None or not self.glued(j) or not shown.isupper() \
                    or not (self.is_punct(j + 1, "./-") and self.is_num(j + 2)):
                return None
            return after
        if after is not None and self.glued(j):
            k = after
        elif self.is_num(i - 1):
            k = i - 1
        elif after is not None:
            k = after
        else:
            return None
        if len(self.seq[k].token.text) <= 2 and \
                _calendars.family(str(self.seq[i].value)) not in ("japanese", "roc"):
            return -1
        return k

    def calendar_for(self, year_tok: Token | None, m: int | None, d: int | None) -> str:
        """The calendar of one reading of the numbers: the one the words name, else the
        locale's default when the year is a plausible year of it and not of the Gregorian
        calendar (Thai 2566, Persian 1402), else the Gregorian."""
        if self.cal is not None:
            return self.cal
        default = self.cal_default
        if default is None or year_tok is None or len(year_tok.text) < 3:
            return "gregorian"
        year = year_tok.value
        in_calendar = _calendars.approx_gregorian_year(default, year) in _calendars.PLAUSIBLE
        self.r.weighed.add(default)
        if not in_calendar:
            self.r.gregorian_years.add(self.r.num_ord[self.r.index_of[id(year_tok)]])
            return "gregorian"
        self.r.other_calendar = True
        if year in _calendars.PLAUSIBLE:
            raise _Reject(AmbiguousError(
                self.text, f"year {year} fits both the Gregorian and the {default} "
                "calendar; pass calendar=", [f"{year:04d} (gregorian)", f"{year} ({default})"]))
        return default

    def assemble_calendar(self, cal: str, year_tok: Token | None, month_tok: Token | None,
                          day_tok: Token | None, m: int | None, d: int | None,
                          ) -> tuple[int | None, int | None, int | None, list[str]]:
        """The Gregorian day of a date in calendar ``cal``."""
        self.value_sensitive = True
        if year_tok is None:
            raise _fail(NotATimestampError, self.text, f"a {cal} calendar date without a year")
        year = year_tok.value
        if cal not in ("japanese", "roc") and len(year_tok.text) <= 2:
            raise _fail(NotATimestampError, self.text,
                        f"a two-digit year is not a {cal} calendar year")
        if d is not None and m is None:
            raise _fail(NotATimestampError, self.text, "a day without a month")
        try:
            got = _calendars.to_gregorian(cal, year, m, d, self.cal_era)
        except _calendars.CalendarError as exc:
            if exc.kind == "ambiguous":
                raise _Reject(AmbiguousError(self.text, exc.reason, exc.candidates)) from None
            cls = NotATimestampError if exc.kind == "missing" else InvalidDateError
            raise _fail(cls, self.text, exc.reason) from None
        era = f"{self.cal_era} " if self.cal_era else ""
        shown = f"{era}{year}" + "".join(f"-{v:02d}" for v in (m, d) if v is not None)
        source = "calendar=" if self.r.calendar is not None else "the text" \
            if self.cal is not None else f"the locale's default calendar (year {year})"
        self.last_toks = (year_tok, month_tok, day_tok)
        self.cal_of[(got.year, got.month, got.day)] = cal
        return got.year, got.month, got.day, [f"{cal} calendar date {shown} (from {source})"]

    def check_markers_bound(self) -> None:
        """A field marker ('年', '시', 'min') with no number beside it means this reading of
        the word is not the right one, or that a number was written in words we do not
        read ('五点'): either way, not this reading."""
        for i in self.of_kind.get("K", ()):
            item = self.seq[i]
            prefix = str(item.value).startswith("^")
            j = i + 1 if prefix else i - 1
            other = self.at(j)
            step = 1 if prefix else -1
            while other is not None and other.kind == PUNCT:  # '2011-ж.', '2047(e)ko'
                j += step
                other = self.at(j)
            if other is None or other.kind != NUM:
                raise self.reject(NotATimestampError, "a field marker without its number", i)

    def bind_date_numbers(self) -> _DateNumbers:
        nums = _DateNumbers()
        for i in self.nums:
            if self.used[i]:
                continue
            mark = "y" if i == self.cal_year else self.marker_of(i)
            if mark in ("y", "M", "d"):
                if mark in nums.bound:
                    raise self.reject(NotATimestampError, f"two numbers marked as {mark}", i)
                nums.bound[mark] = i
                self.used[i] = True
            else:
                nums.free.append(i)
        return nums

    def dates(self, nums: _DateNumbers, month: int | None, evidence: int, undated_ok: bool,
              weekday: int | None = None,
              ) -> list[tuple[int | None, int | None, int | None, list[str]]]:
        """Candidate (year, month, day) readings. A year of ``None`` is a partial date
        ('23 Oct', '23/10'), all ``None`` a text with a time or weekday but no date: the
        caller completes those from a reference time."""
        bound = {k: self.seq[i].token for k, i in nums.bound.items()}
        if month is not None and "M" in bound:
            raise self.reject(NotATimestampError, "a month name and a month number",
                              nums.bound["M"])
        missing = [f for f in "YMD" if f not in _bound_keys(bound, month)]
        free = [self.seq[i].token for i in nums.free]
        if len(free) > len(missing):
            raise self.reject(NotATimestampError, "more numbers than date fields",
                              nums.free[len(missing)])
        if not free and not bound and month is None:
            if undated_ok:
                return [(None, None, None, [])]
            raise _fail(NotATimestampError, self.text, "no date in the text")
        if weekday is not None and month is None and not bound and len(free) == 1 \
                and len(free[0].text) <= 2 and 1 <= free[0].value <= 31 \
                and sum(item.kind != PUNCT for item in self.seq) == 2:
            # A weekday and a day of the month ('Monday 21', 'martes 19'): the reference
            # finds the month where that day falls on that weekday (see _complete).
            self.date_toks = (None, None, free[0])
            return [(None, None, free[0].value, [])]
        orders, preferred, source, yy_ok = self.orders(missing, month is not None, evidence)
        if preferred in orders:  # the locale's own order first: it wins whenever it fits
            orders = (preferred, *(o for o in orders if o != preferred))
        candidates: list[tuple[int | None, int | None, int | None, list[str]]] = []
        seen: set[tuple[int | None, int | None, int | None]] = set()
        first_error: _Reject | None = None
        value_failure = False
        toks: list[tuple[Token | None, Token | None, Token | None]] = []
        for order in orders:
            if len(free) < len(missing):
                partial = self.partial_order(missing, free, order)
                if partial is None:
                    raise _fail(NotATimestampError, self.text, "numbers that do not make a date")
                fields_order = partial
            else:
                fields_order = [f for f in order if f in missing]
                if fields_order and fields_order[0] == "Y" and free \
                        and len(free[0].text) <= 2 and not yy_ok:
                    continue  # '3/3/15' is not year-first where short dates say 'y/M/d'
            try:
                y, m, d, extra = self.assemble(dict(zip(fields_order, free, strict=True)),
                                               bound, month)
                # A weekday in the text is evidence for the order ('dinsdag 11/3/2015').
                if weekday is not None and y is not None and m is not None and d is not None \
                        and date(y, m, d).weekday() != weekday:
                    actual = date(y, m, d).weekday()
                    raise _fail(ContradictionError, self.text,
                                f"the text says {_WEEKDAYS[weekday]} but "
                                f"{y:04d}-{m:02d}-{d:02d} is a {_WEEKDAYS[actual]}")
            except _Reject as rej:
                first_error = first_error or rej
                value_failure = value_failure or not rej.structural
                continue
            if (y, m, d) in seen:
                value_failure = True  # two orders agree only for these values
                continue
            seen.add((y, m, d))
            note = []
            # Say which order was used only where it decided something: with a month name,
            # a four-digit year leaves one way to read the day.
            decided_by_size = month is not None and any(len(t.text) >= 3 for t in free)
            if len(missing) > 1 and len(free) == len(missing) - (y is None) \
                    and not decided_by_size:
                if order == preferred:
                    note = [f"field order {order} from {source}"]
                elif preferred is not None:
                    note = [f"field order {order}: the only reading that fits, though "
                            f"{source} writes {preferred}"]
                else:
                    note = [f"field order {order}: the only reading that fits"]
            candidates.append((y, m, d, note + extra))
            toks.append(self.last_toks)
            if order == preferred:
                self.date_toks = self.last_toks
                return candidates[-1:]
        if not candidates:
            assert first_error is not None
            if value_failure and first_error.structural:
                # Some order failed on its values ('31 Jan' where 'jan' is June in Sesotho):
                # another text of this shape may pass it, so the shape cache must not assume
                # this reading of the words is impossible.
                raise _Reject(first_error.error, structural=False)
            raise first_error
        if len(candidates) > 1:
            raise _Reject(AmbiguousError(
                self.text, ORDER_UNKNOWN,
                [_fmt(Fields(y, m, d)) for y, m, d, _ in candidates]))
        self.order_decided = not value_failure
        self.date_toks = toks[0]
        return candidates

    def separated(self, toks: list[Token]) -> bool:
        """Numbers written as one group: '10/2023', '2023-10', '10.2023'."""
        idx = [k for k, item in enumerate(self.seq) if item.token in toks]
        return all(b - a == 2 and self.is_punct(a + 1, "/-.") and self.glued(a + 1)
                   and self.glued(b) for a, b in itertools.pairwise(idx))

    def partial_order(self, missing: list[str], free: list[Token],
                      order: str) -> list[str] | None:
        """Fewer numbers than fields: which fields do the numbers give? ``None`` if no
        reading fits. A year may stand alone ('1954', '2014년') or with its month
        ('10/2023', 'Oct 2023', '2014년 10월'); a day and month without a year
        ('23 Oct', '23/10') make a partial date."""
        years = [t for t in free if len(t.text) >= 3]
        if len(free) > 1 and not self.separated(free):
            return None
        if "Y" in missing:
            if len(years) == 1:
                rest = [f for f in order if f in missing and f not in ("Y", "D")]
                if len(free) - 1 > len(rest):
                    return None
                fields = iter(rest)
                return ["Y" if t is years[0] else next(fields) for t in free]
            if not years and len(free) == len(missing) - 1:
                return [f for f in order if f in missing and f != "Y"]
            return [] if not free else None
        if not free:
            return []
        if missing == ["M", "D"] and len(free) == 1:
            return ["M"]
        return None

    def short_first_number(self) -> bool:
        free = [i for i in self.nums if not self.used[i]]
        return bool(free) and len(self.seq[free[0]].token.text) <= 2

    def orders(self, missing: list[str], named_month: bool,
               evidence: int) -> tuple[tuple[str, ...], str | None, str, bool]:
        """Field orders to try, the preferred one (if the locale says), where it is from, and
        whether a two-digit year may come first."""
        lex = self.r.lex
        if len(missing) <= 1:
            return ("YMD",), None, "", True
        if self.cal in ("japanese", "roc") and self.cal_year is not None:
            # An era year comes first, and the month and day follow ('R5.10.23', '民國112/10/23').
            return ("YMD",), "YMD", "the era", True
        if self.r.hint is not None:
            said = lex.orders_in(self.r.hint.locale)
            source = f"locale {self.r.hint.locale}"
        elif evidence:
            said = lex.orders_of(evidence)
            source = "the detected locale"
        else:
            said = Orders.of([])
            source = ""
        yy_ok = said.yy_ok
        if named_month:
            pref = {"DY": "DMY", "YD": "YMD"}[next(iter(said.names))] \
                if len(said.names) == 1 else None
            return ("DMY", "YMD"), pref, source, True
        pref = next(iter(said.numeric)) if len(said.numeric) == 1 else None
        if pref == "YMD" and not yy_ok and self.short_first_number():
            # A year-first locale that writes four-digit years: '15-9-18' is no evidence
            # of its order, so no order is preferred and only the values can decide.
            pref, yy_ok = None, True
        return _ORDERS, pref, source, yy_ok

    def assemble(self, assign: dict[str, Token], bound: dict[str, Token],
                 month: int | None) -> tuple[int | None, int | None, int | None, list[str]]:
        extra: list[str] = []
        year_tok = assign.get("Y") or bound.get("y")
        month_tok = assign.get("M") or bound.get("M")
        day_tok = assign.get("D") or bound.get("d")
        m = month if month is not None else (month_tok.value if month_tok else None)
        d = day_tok.value if day_tok else None
        cal = self.calendar_for(year_tok, m, d)
        if cal != "gregorian":
            return self.assemble_calendar(cal, year_tok, month_tok, day_tok, m, d)
        if year_tok is None:
            hint = self.r.hint
            marked = "M" in bound and month_tok is bound["M"]  # '6月', '3월'
            if m is not None and d is None and not assign and (marked or (
                    month is not None and month_tok is None and (
                        hint is None or any(self.seq[i].mask & hint.family
                                            for i in self.of_kind.get("M", ()))))):
                # A month name alone ('May', 'in marzo'): a partial that the reference
                # completes to the month (see _complete), like '23 Oct' to its day. With a
                # locale hint the name must be that language's: Catalan 'dema' is no month.
                self.last_toks = (None, None, None)
                return None, m, None, extra
            if m is None and d is not None and "d" in bound and not assign and (
                    d > 5 or "W" not in self.of_kind):
                # A day of the month alone, marked as one ('the 15th', '25日'): the reference
                # completes its month and year (see _complete). Beside a weekday a small
                # ordinal may count weekdays instead ('第三火曜日', the third Tuesday).
                if not 1 <= d <= 31:
                    raise _fail(InvalidDateError, self.text, f"day {d} does not exist")
                self.last_toks = (None, None, day_tok)
                return None, None, d, extra
            if m is None or d is None:
                raise _fail(NotATimestampError, self.text, "no year in the text")
            if not 1 <= m <= 12:
                raise _fail(InvalidDateError, self.text, f"month {m} does not exist")
            try:
                date(2000, m, d)  # a leap year: '29 Feb' without a year may be valid
            except ValueError:
                raise _fail(InvalidDateError, self.text,
                            f"--{m:02d}-{d:02d} is not a date") from None
            self.last_toks = (None, month_tok, day_tok)
            return None, m, d, extra
        year = year_tok.value
        if len(year_tok.text) == 1 and m is not None:
            self.r.one_digit_mattered = True  # (two digits would be a two-digit year)
        if len(year_tok.text) == 1 or (len(year_tok.text) == 2 and m is None):
            # '5 m' is no year 2005, and '-10 m' no year 2010: a year alone has four digits,
            # a two-digit year only stands with its month.
            raise _fail(NotATimestampError, self.text, "a one- or two-digit number alone is "
                        "not a year")
        if len(year_tok.text) <= 2:
            if "Y" not in assign and "y" not in bound:
                raise _fail(NotATimestampError, self.text, "no year in the text")
            k = self.r.index_of[id(year_tok)]
            before = self.at(k - 1)
            if before is not None and before.kind == UNKNOWN:
                # '昭和64年', 'H31': a short year after a word we do not know is an era year.
                raise self.reject(NotATimestampError, "a two-digit year after an "
                                  "unrecognised word (an era name?)", k - 1)
            full = expand_two_digit_year(year)
            note = f"two-digit year {year_tok.text} read as {full} (pivot {TWO_DIGIT_PIVOT})"
            self.short_years[id(note)] = (note, year_tok.text, full)
            extra.append(note)
            year = full
        elif len(year_tok.text) == 3 or len(year_tok.text) > 4 or year == 0:
            raise _fail(InvalidDateError, self.text,
                        f"year {year_tok.text[:12]} is out of range (1-9999)",
                        structural=year != 0)
        if m is not None and not 1 <= m <= 12:
            raise _fail(InvalidDateError, self.text, f"month {m} does not exist")
        if d is not None:
            if m is None:
                raise _fail(NotATimestampError, self.text, "a day without a month")
            if len(day_tok.text) > 2:  # type: ignore[union-attr]
                raise _fail(InvalidDateError, self.text,
                            f"day {day_tok.text} is out of range",  # type: ignore[union-attr]
                            structural=True)
            try:
                date(year, m, d)
            except ValueError:
                raise _fail(InvalidDateError, self.text,
                            f"{year:04d}-{m:02d}-{d:02d} is not a date") from None
        self.last_toks = (year_tok, month_tok, day_tok)
        return year, m, d, extra

    def finish(self, y: int | None, m: int | None, d: int | None, notes: list[str],
               time: tuple[int, int | None, int | None, int, int] | None,
               hour_mask: int | None, offset: timedelta | None, weekday: int | None,
               era: int | None, evidence: int) -> Outcome:
        notes = list(notes)
        if era == 0:
            raise _fail(InvalidDateError, self.text,
                        "dates before the Common Era are out of range")
        hour = minute = second = None
        micro = 0
        if time is not None:
            if d is None and (y is not None or m is not None):
                raise _fail(NotATimestampError, self.text, "a time without a full date")
            hour, minute, second, micro, _ = time
            if hour_mask is not None:
                hour = _apply_period(self.text, hour, hour_mask)
            if hour > 23 or (minute is not None and minute > 59) or \
                    (second is not None and second > 59):
                raise _fail(InvalidDateError, self.text, "the time of day is out of range")
        elif hour_mask is not None:
            raise _fail(NotATimestampError, self.text, "a day period without a time")
        if weekday is not None and (y is not None or (m is not None and d is None)):
            if y is None or d is None or m is None:
                raise _fail(NotATimestampError, self.text, "a weekday without a full date")
            actual = date(y, m, d).weekday()
            if actual != weekday:
                raise _fail(ContradictionError, self.text,
                            f"the text says {_WEEKDAYS[weekday]} but "
                            f"{y:04d}-{m:02d}-{d:02d} is a {_WEEKDAYS[actual]}")
        if offset is not None and time is None:
            notes.append("a UTC offset without a time of day was ignored")
            offset = None
        if self.zone is not None and hour is None:
            notes.append("a time zone name without a time of day was ignored")
        fields = Fields(y, m, d, hour, minute, second, micro, offset, weekday,
                        self.cal_of.get((y, m, d), "gregorian"),
                        self.zone if hour is not None else None)
        short = None
        for n in notes:
            found = self.short_years.get(id(n))
            if found is not None and found[0] is n:
                short = found
        program = None
        if not self.value_sensitive and self.order_decided and y is not None:
            program = self.program(fields, hour_mask,
                                   [n for n in notes if short is None or n is not short[0]])
        return Outcome(fields, evidence, notes, program, short)

    def name_ref(self, kind: str) -> tuple[int, int] | None:
        """Where the chosen month (or weekday) name's reading sits among its token's
        :func:`choices` (which a replay by signature is given)."""
        for i in self.of_kind.get(kind, ()):
            item = self.seq[i]
            for ri, r in enumerate(self.r.word_options[i]):
                if r.kind == item.kind and r.value == item.value and r.mask == item.mask:
                    return i, ri
        return None

    def program(self, f: Fields, hour_mask: int | None, notes: list[str]) -> Program | None:
        """This reading as a replayable program (see ``_plan``)."""
        if len(self.of_kind.get("W", ())) > 1 or len(self.of_kind.get("M", ())) > 1:
            # Two weekday (or month) names agreed here ('marti … di u', 'di u' being Aranese
            # for Tuesday); a replay reads one name per kind and could not check the other.
            return None
        ordinal = self.r.num_ord

        def number(tok: Token | None) -> int | None:
            return None if tok is None else ordinal[self.r.index_of[id(tok)]]

        year_tok, month_tok, day_tok = self.date_toks
        h_at, m_at, s_at, frac_at, hour_const = self.rec_time
        if f.hour is not None and h_at is None and hour_const is None:
            return None
        off_digits = None
        if self.off_spec is not None:
            sign, oh, om, four = self.off_spec
            off_digits = (sign, ordinal[oh], None if om is None else ordinal[om], four)
        static = notes  # (without the two-digit year's note: the replay makes its own)
        # A day, numeric month or hour read from two digits reads the same from one ('15' or
        # '5'): a text that differs only there replays this program (see _plan.loose_shape).
        # The other way only where no reading looked at a one-digit number's length (see
        # _one_digit_flexible): two digits may also be a year, so '21/10/9' (the year first,
        # since '9' cannot be one) says nothing about '05/06/15'.
        lengths = tuple(len(t.text) for t in self.r.tokens if t.kind == NUM)
        flexible = 0
        for at in (number(day_tok), number(month_tok), None if h_at is None else ordinal[h_at]):
            if at is not None and lengths[at] == 2:
                flexible |= 1 << at
        return Program(
            year=number(year_tok), month=number(month_tok),
            month_const=f.month if month_tok is None else None, day=number(day_tok),
            hour=None if h_at is None else ordinal[h_at], hour_const=hour_const,
            minute=None if m_at is None else ordinal[m_at],
            second=None if s_at is None else ordinal[s_at],
            fraction=None if frac_at is None else ordinal[frac_at],
            period=hour_mask, weekday=f.weekday,
            month_ref=self.name_ref("M"), weekday_ref=self.name_ref("W"), zone=f.zone,
            offset_const=f.offset if off_digits is None else None,
            offset_digits=off_digits, notes=tuple(static), locale=None,
            lengths=lengths, flexible=flexible, bare_hour=self.bare)


def _apply_period(text: str, hour: int, mask: int) -> int:
    options = period_hours(hour, mask)  # (shared with the replay of programs)
    if len(options) == 1:
        return options[0]
    if not options:
        raise _fail(ContradictionError, text, f"hour {hour} is not in the day period given")
    raise _Reject(AmbiguousError(text, "the day period does not decide the hour",
                                 [f"{h:02d}:00" for h in options],
                                 clocks=[(h, 0) for h in options]))


def _merge_days(a: Fields, b: Fields) -> Fields | None:
    """One value from two halves of a text that print the same day in two calendars: the
    day must agree; a time, weekday or offset may be in either half, not different in both.
    The calendar reported is the one that is not the Gregorian."""
    if (a.year, a.month, a.day) != (b.year, b.month, b.day):
        return None
    out = {}
    for name in ("hour", "minute", "second", "offset", "weekday"):
        x, y = getattr(a, name), getattr(b, name)
        if x is not None and y is not None and x != y:
            return None
        out[name] = x if x is not None else y
    cal = a.calendar if a.calendar != "gregorian" else b.calendar
    return Fields(a.year, a.month, a.day, microsecond=a.microsecond or b.microsecond,
                  calendar=cal, **out)


def _bound_keys(bound: dict[str, Token], month: int | None) -> set[str]:
    keys = {k.upper() for k in bound}
    if month is not None:
        keys.add("M")
    return keys


class _DateNumbers:
    __slots__ = ("bound", "free")

    def __init__(self) -> None:
        self.bound: dict[str, int] = {}
        self.free: list[int] = []


@functools.lru_cache(maxsize=1024)  # a few masks, asked for by every reading of a text
def _default_calendar(lex: Lexicon, evidence: int) -> str:
    found = {_calendars.locale_default(loc) for loc in lex.locale_ids(evidence)}
    return found.pop() if len(found) == 1 else "gregorian"


def describe_locale(lex: Lexicon, evidence: int, hint: Hint | None) -> str | None:
    """The locale to report: the hint when the words agree with it, else the plainest of the
    locales the words agree on."""
    if hint is not None and (not evidence or evidence & hint.family):
        return hint.locale
    if not evidence:
        return None
    ids = lex.locale_ids(evidence)
    # The language with the most regional locales among the candidates stands for them
    # ('Oct' fits English and Aragonese; English, written in 100 regions, is reported).
    regions: dict[str, int] = {}
    for loc in ids:
        lang = loc.split("_")[0]
        regions[lang] = regions.get(lang, 0) + 1
    lang = max(regions, key=lambda k: (regions[k], -len(k), k))
    return lang if lang in ids else min((loc for loc in ids if loc.startswith(lang)), key=len)


def unique(original: str, outcomes: Sequence[Outcome]) -> Outcome:
    if len(outcomes) == 1:
        return outcomes[0]
    distinct: dict[Fields, Outcome] = {}
    for out in outcomes:
        # A weekday that agrees with the date adds nothing: '日' read as Sunday or as the day
        # marker gives the same instant.
        distinct.setdefault(out.fields.replace(weekday=None), out)
    if len(distinct) == 1:
        return next(iter(distinct.values()))
    cands = [f"{_fmt(f)} ({'; '.join(o.assumptions) or 'other word meanings'})"
             for f, o in distinct.items()]
    raise AmbiguousError(original, "the text has more than one reading; pass locale= to "
                         "choose", cands)


def _fmt(f: Fields) -> str:
    s = f"{f.year:04d}" if f.year is not None else "-"
    if f.month is not None:
        s += f"-{f.month:02d}"
    if f.day is not None:
        s += f"-{f.day:02d}"
    if f.hour is not None:
        s += f"T{f.hour:02d}:{f.minute or 0:02d}"
        if f.second is not None:
            s += f":{f.second:02d}"
    return s
