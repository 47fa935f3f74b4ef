"""Relative phrases: 'yesterday', 'in 3 days', 'منذ ساعتين', '2小时前', 'last week',
'next Monday', 'yesterday at 17:43', and site-template mixes ('3 ساعات ago').

A phrase is either a CLDR relative-type phrase (``fixed``: a unit and an offset in calendar
units, 'last month') or a CLDR direction affix around a duration ('{0} ago' + '3 ساعات').
Arithmetic happens on the wall clock of ``reference`` in ``default_tz`` for days and longer
(so 'yesterday' depends on the zone), and on the instant for hours and shorter.

Conventions (documented, since pages do not agree): 'next/previous <weekday>' is that
weekday in the next/previous week, weeks starting on Monday (CLDR's Japanese spells
'next Tuesday' '来週の火曜日', Tuesday of next week); 'this <weekday>' is the next such day
on or after the reference day and 'last <weekday>' the latest before it (CJK phrases that
name the week, '今週の月曜日', keep it); 'last/this/next week' is its Monday; 'last month'
and 'last year' are the month and the year (at that grain). Counted phrases ('3 days ago')
keep the reference's clock time and say their grain; months and years in them step on the
calendar, clamping the day (31 March - 1 month = 28/29 February). Phrases built from parts
('tomorrow morning', 'next 2 days', '2 days after tomorrow') follow ``_phrases``.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import cast

from localenorm import _budget
from localenorm._duration import (
    UNIT_SECONDS,
    AmbiguousUnit,
    Entry,
    Tables,
    norm,
    pick,
    read_body,
    tables,
    unhedged,
)
from localenorm._fields import Grain
from localenorm._lexicon import lexicon
from localenorm._lexkey import lookup_key
from localenorm._packaged import once, read_bytes
from localenorm._phrases import (
    GLUE,
    Shift,
    ShiftTables,
    day_unit,
    mentions,
    names_in,
    nth_weekday,
    shift_tables,
    shifted,
    strip_glue,
    weekday_in,
    weekday_of,
    weekday_shift,
)
from localenorm._scripts import ends_unspaced
from localenorm._tokenize import WORD_RUN

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Relative:
    """What a phrase says: ``parts`` (unit -> signed amount) for '3 hours ago', or a
    calendar ``unit`` with ``offset`` for 'last week'; ``rest`` is the folded text left
    beside a day phrase ('17:43' of 'yesterday 17:43')."""

    parts: dict[str, float] | None
    unit: str = ""
    offset: int = 0
    rest: str = ""
    hedge: str = ""
    week: int | None = None  # 'wednesday of next week': the weekday ``unit`` in week +1
    assumed: str = ""  # what the reading assumed, for ``assumptions``
    mode: str = ""  # for a weekday: 'this', 'past' or 'coming' (see _phrases)
    hour: int | None = None  # a day period's hour ('tomorrow morning')
    base: Relative | None = None  # the day ``parts`` count from ('2 days after tomorrow')
    end: bool = False  # the day's last second ('end of tomorrow')
    nth: int = 0  # the nth such weekday of the reference's month ('second Saturday')
    label: str = ""  # words before the phrase that were skipped ('updated', 'posted by')
    bare: bool = False  # a length alone ('5h'), its direction from ``prefer``

    @property
    def daily(self) -> bool:
        """Whether the phrase names a day or coarser, so a clock time may stand beside it."""
        if self.hour is not None:
            return False
        if self.parts is None:
            return self.unit == "day" or self.unit in WEEKDAYS
        return not any(u in self.parts for u in ("hour", "minute", "second"))


def _affix(text: str, lang: str | None) -> Relative | None:
    doubt: AmbiguousUnit | None = None
    for t in (tables(), shift_tables()):
        found, doubt = _affix_in(t, text, lang, doubt)
        if found is not None:
            return found
    if doubt is not None:
        raise doubt
    return None


def _affix_in(
    t: Tables | ShiftTables, text: str, lang: str | None, doubt: AmbiguousUnit | None
) -> tuple[Relative | None, AmbiguousUnit | None]:
    index = _suffixes(t)
    for length in t.before_lengths:
        before = text[:length]
        afters = t.affixes.get(before)
        if afters is None or (
            length and length < len(text) and text[length].isalpha() and not ends_unspaced(before)
        ):
            continue
        # The afters that end this text, in the table's order: looked up by length rather
        # than tried one by one (the empty 'before' has thousands of them).
        lengths, rank = index[before]
        found = [text[len(text) - k:] if k else "" for k in lengths if k < len(text)]
        for after in sorted((a for a in found if a in afters), key=rank.__getitem__):
            entries = afters[after]
            end = len(text) - len(after)
            if end <= length:
                continue
            if (
                after
                and text[end - 1].isalpha()
                and not ends_unspaced(after[::-1])
                and not ends_unspaced(text[end - 1])
            ):
                continue
            sign = pick(entries, lang)
            if sign is None:
                continue
            try:
                parts = read_body(text[length:end].strip(), lang)
            except AmbiguousUnit as e:
                doubt = doubt or e
                continue
            if parts is not None:
                return Relative({u: v * sign.value for u, v in parts.items()}), doubt
    return None, doubt


@once
def _vocabulary() -> frozenset[str]:
    # The generators list each table's words beside it (data/_generated.words), cut by the
    # tokenizer's WORD_RUN: reading them is a few milliseconds, where finding them in the tables
    # at run time cost 40-100.
    words: set[str] = set()
    for name in ("relative_words.txt", "shifts_words.txt"):
        words.update(read_bytes(name).decode("utf-8").split("\n"))
    words.discard("")
    return frozenset(words)


def vocabulary() -> frozenset[str]:
    """Every word of the relative and shift tables (see ``may_be_relative``)."""
    return _vocabulary()


def names_unit(word: str, lang: str) -> bool:
    """Whether folded ``word`` is a unit of time in language ``lang`` ('weeks', 'días'); one-
    and two-letter abbreviations ('a', 'h') are too often something else to count, and a
    unit of another language may be an ordinary word here (Czech 'den', Danish 'the')."""
    return len(word) >= 3 and any(lang in e.langs for e in tables().units.get(word, ()))


def may_be_relative(word: str) -> bool:
    """Whether folded ``word`` occurs anywhere in the relative tables (about 10,000 words):
    if no unknown word of a full date does, no relative phrase can be read from it."""
    vocabulary = _vocabulary()
    # (Cut as the tokenizer cuts words: \w runs would cut 'نُشر' at its vowel mark into
    # pieces that are relative words.)
    return any(part in vocabulary for part in WORD_RUN.findall(word))


def phrase_word(word: str) -> bool:
    """Whether folded ``word`` may stand in a relative phrase: a word of the relative
    tables, a glue word or dangling preposition the readers step over, or two such words
    glued ('gisterenochtend', which the day-period reader cuts anywhere). A text with a
    word that is none of these, outside a label before the phrase, holds no relative
    phrase (see _stages.prefilter)."""
    vocabulary = _vocabulary()
    if word in vocabulary or word in GLUE or word in _TRAILING or may_be_relative(word):
        return True
    return any(word[:i] in vocabulary and word[i:] in vocabulary
               for i in range(2, len(word) - 1))


@functools.lru_cache(maxsize=4)  # one entry per packaged table
def _suffixes(t: Tables | ShiftTables) -> dict[str, tuple[tuple[int, ...], dict[str, int]]]:
    """For each 'before' of ``t``'s affixes: the lengths its afters have, and each after's
    rank in the table's order."""
    return {before: (tuple(sorted({len(a) for a in afters})),
                     {a: i for i, a in enumerate(afters)})
            for before, afters in t.affixes.items()}


def _fixed(entries: tuple[Entry, ...], lang: str | None) -> tuple[str, int] | None:
    hit = pick(entries, lang)
    if hit is None:
        return None
    unit, offset = hit.value
    return str(unit), int(offset)


def _simple(text: str, lang: str | None) -> Relative | None:
    """A CLDR phrase ('yesterday', 'in 3 days', '3 ساعات مضت'), read once per call."""
    return _kept("simple", text, lang, _simple_read)


def _kept(kind: str, text: str, lang: str | None,
          read: Callable[[str, str | None], Relative | None]) -> Relative | None:
    """``read(text, lang)``, kept for the rest of the call (see ``_budget.memo``): the
    searches below meet the same pieces of a text from many cuts."""
    memo = _budget.memo()
    if memo is None:
        return read(text, lang)
    key = (kind, text, lang)
    if key in memo:
        hit = memo[key]
        if isinstance(hit, AmbiguousUnit):
            raise hit
        return cast("Relative | None", hit)
    try:
        found = read(text, lang)
    except AmbiguousUnit as e:
        memo[key] = e
        raise
    memo[key] = found
    return found


def _simple_read(text: str, lang: str | None) -> Relative | None:
    _budget.spend(2 + len(text) // 8)
    t = tables()
    whole = t.fixed.get(text) or shift_tables().fixed.get(text)
    if whole is not None and lang is not None and not any(lang in e.langs for e in whole) \
            and names_in(text, lang):
        # Dutch 'ma.' is Monday, though Hungarian 'ma' is today: on a page of the hint's
        # language, its own month or weekday name wins over another language's phrase.
        return None
    if whole is not None:
        value = _fixed(whole, lang)
        if value is not None:
            if value[0] in WEEKDAYS and value[1] in (0, -1) and \
                    not any(map(ends_unspaced, text)):
                # 'this Friday', 'last Friday' (see _phrases); CJK CLDR phrases say the
                # week outright ('今週の月曜日', this week's Monday).
                found = weekday_shift(value[0], value[1])
                return Relative(None, found.unit, found.offset, mode=found.mode)
            return Relative(None, value[0], value[1])
        # Hindi 'कल' is yesterday and tomorrow; other words differ between languages.
        raise AmbiguousUnit(
            text, tuple(sorted({f"{u} {o:+d}" for u, o in (e.value for e in whole)})), "phrase"
        )
    numbers = list(_NUMBER.finditer(text))
    if len(numbers) == 1:
        m = numbers[0]
        hit = t.templates.get(text[: m.start()].strip() + "\t" + text[m.end() :].strip())
        template = pick(hit, lang) if hit else None
        if hit and template is None:
            # Tigrinya's CLDR data spells 'in 6 days' and '6 days ago' alike.
            raise AmbiguousUnit(
                text,
                tuple(sorted({f"{'+' if e.value[1] > 0 else '-'}{e.value[0]}" for e in hit})),
                "phrase",
            )
        if template is not None:
            unit, sign = template.value
            return Relative({unit: sign * float(m.group().replace(",", "."))})
    return _affix(text, lang)


# The most words a relative phrase has: seven units with their amounts, connectors and a
# direction ('5 гадоў, 1 месяц, 6 тыдняў, 3 дні, 5 гадзін 1 хвіліну і 3 секунды таму
# назад' is 17). A longer text is not one, and is not searched for one: the searches below
# cut a text in every way, which costs more than linearly.
MAX_WORDS = 24
# The same in characters, for scripts written without spaces ('1年1か月1週間1日1時間1分前').
MAX_CHARS = 160


def match(folded: str, lang: str | None) -> Relative | None:
    """The relative reading of folded text, or ``None`` when it has none."""
    return _kept("match", folded, lang, _match)


def _match(folded: str, lang: str | None) -> Relative | None:
    text = norm(folded).rstrip(".!")
    if not text:
        return None
    words = text.split()
    if len(words) > MAX_WORDS or len(text) > MAX_CHARS:
        return None
    if len(words) > 1 and words[-1] in _TRAILING:
        text = " ".join(words[:-1])  # 'вчера в', 'учора ў': a preposition left dangling
    runs = _LETTERS.findall(text)
    letters = tables().letters
    built = mentions(text)
    if not built and not any(run in letters for run in runs) and not any(
        map(ends_unspaced, runs)
    ):
        return None
    found = _simple(text, lang)
    if found is not None:
        return found
    bare, hedge = unhedged(text)
    if hedge:
        found = _simple(bare, lang) or (_built(bare, lang) if mentions(bare) else None)
        if found is not None:
            return replace(found, hedge=hedge)
    # Built phrases go before a day beside a time: '2 days after tomorrow' is no
    # 'tomorrow' at '2 days after'.
    found = _built(text, lang) or _period_time(text, lang) if built else None
    return found or _repeated(text, lang) or _with_time(text, lang) or \
        _weekday_of_week(text, lang)


def _period_time(text: str, lang: str | None) -> Relative | None:
    """A day with a day period beside a clock time: 'tomorrow morning at 7',
    'questa mattina alle 7', '7 esta mañana', 'at 5 tomorrow afternoon'."""
    cuts = [i for i, ch in enumerate(text) if ch == " "]
    for k in cuts:
        for phrase, rest in ((text[:k], text[k + 1 :]), (text[k + 1 :], text[:k])):
            if not any(ch.isdigit() for ch in rest) and not any(
                w in tables().numbers for w in rest.split()
            ):
                continue
            found = _period(phrase.strip(" ,"), lang)
            night = shift_tables().last_nights.get(phrase.strip(" ,"))
            if found is None and night and pick(night, lang) is not None:
                # 'last night at 8': alone it is either night, beside a time the evening.
                found = Relative(None, "day", -1, hour=22, assumed=_PERIOD_NOTE)
            if found is not None:
                return replace(found, rest=rest.strip(" ,"))
    return None


_PERIOD_NOTE = "a day period read as one hour (morning 06, forenoon 09, noon 12, afternoon 15, " \
    "evening 20, night 22)"


def _from_shift(found: Shift) -> Relative:
    return Relative(found.parts, found.unit, found.offset, mode=found.mode,
                    assumed=found.note)


def _built(text: str, lang: str | None) -> Relative | None:
    """Phrases made of parts (see ``_phrases``): 'next Friday', 'tomorrow morning',
    '2 days after tomorrow', 'end of tomorrow', 'second Saturday'."""
    found = shifted(text, lang)
    if found is not None:
        return _from_shift(found)
    nth = nth_weekday(text, lang)
    if nth is not None:
        return Relative(None, WEEKDAYS[nth[1]], 0, nth=nth[0])
    return _period(text, lang) or _anchored(text, lang) or _end(text, lang) or \
        _counted_from(text, lang)


def _end(text: str, lang: str | None) -> Relative | None:
    """'end of tomorrow', 'the eod', 'fin de demain', 'günün sonunda': 23:59:59 that day."""
    t = shift_tables()
    whole = t.ends.get(text)
    if whole is not None:
        return Relative(None, "day", 0, end=True) if pick(whole, lang) else None
    words = text.split()
    for k in range(1, len(words)):
        for head, tail in ((words[:k], words[k:]), (words[k:], words[:k])):
            entries = t.ends.get(" ".join(head))
            if not entries or pick(entries, lang) is None:
                continue
            rest = strip_glue(tail)
            if rest and day_unit(" ".join(rest)):
                return Relative(None, "day", 0, end=True)  # 'end of the day'
            day = _day(" ".join(rest), lang) if rest else None
            if day is not None:
                return replace(day, end=True)
    return None


def _counted_from(text: str, lang: str | None) -> Relative | None:
    """A relative phrase counted from a day in the ablative ('bugünden iki gün sonra',
    'आज से दो दिन बाद', '今日から2日後'), or a weekday a length on ('Saturday 3 days from
    now': the weekday in the week of that day; '3 days from Tuesday')."""
    t = shift_tables()
    for word, entries in t.day_from.items():
        if not text.startswith(word) or len(text) == len(word):
            continue
        if not ends_unspaced(word) and text[len(word)] != " ":
            continue
        hit = pick(entries, lang)
        rest = text[len(word) :].strip()
        try:
            found = _simple(rest, lang)
        except AmbiguousUnit:
            continue
        if hit is not None and found is not None and found.parts is not None:
            return Relative(found.parts, base=Relative(None, "day", int(hit.value)))
    words = text.split()
    day = weekday_of(words[0], lang) if len(words) > 2 else None
    if day is not None:
        try:
            found = _simple(" ".join(words[1:]), lang)
        except AmbiguousUnit:
            return None
        if found is not None and found.parts is not None and \
                all(u in ("day", "week", "month", "year") for u in found.parts):
            return Relative(found.parts, base=Relative(None, "day", 0), week=day)
    return None


def _day(text: str, lang: str | None, evening: bool = False) -> Relative | None:
    """A phrase that names one day: 'tomorrow', 'next Friday', 'this' (today); 'last' too
    before a period that is not the night (``evening``)."""
    return _kept("evening" if evening else "day", text, lang,
                 _day_evening if evening else _day_read)


def _day_evening(text: str, lang: str | None) -> Relative | None:
    return _day_read(text, lang, True)


def _day_read(text: str, lang: str | None, evening: bool = False) -> Relative | None:
    _budget.spend(1)
    t = shift_tables()
    alone = t.shifts.get(text)
    if alone is not None:
        hit = pick(alone, lang)
        if hit is not None and hit.value in (0, "thisweek"):
            # 'this morning', 'ce soir'; 'last night' is refused: pages mean the night
            # before the reference day and the one that ended on it.
            return Relative(None, "day", 0)
        if hit is not None and hit.value == -1 and evening:
            return Relative(None, "day", -1)  # 'минулого вечора', yesterday evening
        return None
    try:
        found = _simple(text, lang)
    except AmbiguousUnit:
        return None
    if found is None:
        shift = shifted(text, lang)
        found = _from_shift(shift) if shift is not None else None
    if found is None or found.parts is not None or not found.daily:
        return None
    return found


def _period(text: str, lang: str | None) -> Relative | None:
    """'tonight', 'tomorrow morning', 'gestern Abend', 'ce matin', 'gisterenavond'."""
    return _kept("period", text, lang, _period_read)


def _period_read(text: str, lang: str | None) -> Relative | None:
    _budget.spend(2 + len(text) // 8)
    t = shift_tables()
    whole = t.today.get(text)
    if whole is not None:
        hit = pick(whole, lang)
        return None if hit is None else \
            Relative(None, "day", 0, hour=int(hit.value), assumed=_PERIOD_NOTE)
    words = text.split()
    splits = [(words[:k], words[k:]) for k in range(1, len(words))]
    splits += [(b, a) for a, b in splits]
    if len(words) == 1:
        # Dutch and German glue them: 'gisterenavond', 'morgenochtend'.
        splits = [([text[:i]], [text[i:]]) for i in range(2, len(text) - 1)]
    for day_words, period_words in splits:
        entries = t.periods.get(" ".join(period_words)) or \
            t.periods.get(" ".join(strip_glue(period_words)))
        hit = pick(entries, lang) if entries else None
        if hit is None:
            continue
        day = _day(" ".join(strip_glue(day_words)), lang, evening=int(hit.value) < 22)
        if day is not None:
            return Relative(day.parts, day.unit, day.offset, week=day.week, mode=day.mode,
                            hour=int(hit.value), assumed=_PERIOD_NOTE)
    return None


def _names_month(text: str) -> bool:
    return any(r.kind == "M" for w in text.split() for r in lexicon().get(lookup_key(w)))


class Unread(AmbiguousUnit):
    """A phrase whose shape is relative ('2 weeks from January 15') with a part this version
    cannot read: the caller refuses the text rather than read it some other way. (An
    :class:`AmbiguousUnit`, so callers that only try a relative reading give up on it.)"""

    def __init__(self, reason: str) -> None:
        super().__init__("", ())
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


def _anchored(text: str, lang: str | None) -> Relative | None:
    """A length counted from a day: '2 days after tomorrow', 'two weeks from tomorrow',
    '3 days before today', and a day moved by a signed length: 'next tuesday +10 days'."""
    t = shift_tables()
    words = text.split()
    for k in range(1, len(words) - 1):
        for size in (1, 2, 3):
            anchor = " ".join(words[k : k + size])
            entries = t.anchors.get(anchor)
            hit = pick(entries, lang) if entries else None
            if hit is None or k + size >= len(words):
                continue
            base = " ".join(strip_glue(words[k + size :]))
            day = _day(base, lang)
            if day is None and words[-1] == "now":
                day = Relative(None, "day", 0)
            weekday = weekday_of(base, lang) if day is None else None
            if weekday is not None:  # '3 days from Tuesday': the coming Tuesday
                day = Relative(None, WEEKDAYS[weekday], 0, mode="this")
            try:
                parts = read_body(" ".join(strip_glue(words[:k])), lang)
            except AmbiguousUnit:
                continue
            if parts and all(u in ("day", "week", "month", "year") for u in parts):
                if day is None and words[0][:1].isdigit() and _names_month(base):
                    # A length counted from a date ('2 weeks from January 15'): the date
                    # reader would take its numbers for a date and drop the unit words.
                    raise Unread("a length counted from a date: this version does not count "
                                 "from dates")
                if day is None:
                    continue
                return Relative({u: v * hit.value for u, v in parts.items()}, base=day)
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        if tail[:1] not in "+-":
            continue
        day = _day(" ".join(words[:k]), lang)
        try:
            parts = read_body(tail[1:].strip(), lang) if day is not None else None
        except AmbiguousUnit:
            continue
        if parts and all(u in ("day", "week", "month", "year") for u in parts):
            sign = -1 if tail[0] == "-" else 1
            return Relative({u: v * sign for u, v in parts.items()}, base=day)
    return None


# Prepositions a template leaves at the end when its time is missing ('Вчера в').
_TRAILING = frozenset({"в", "во", "ў", "у", "at", "à", "a", "um", "om", "o", "kl", "kl."})


def _repeated(text: str, lang: str | None) -> Relative | None:
    """Parts that each carry the direction: 'prije 3 mjeseci prije 12 sati',
    '2 gün öncə 23 saat öncə'. All must point the same way, each unit once. (Each tail is
    read once per call: without that, a text of many parts would be read again from every
    way of cutting its head, which is exponential in its length.)"""
    return _kept("repeated", text, lang, _repeated_read)


def _repeated_read(text: str, lang: str | None) -> Relative | None:
    cuts = [i for i, ch in enumerate(text) if ch == " "]
    for k in cuts:
        _budget.spend(1)
        try:
            left = _simple(text[:k], lang)
        except AmbiguousUnit:
            continue
        if left is None or left.parts is None:
            continue
        tail = text[k + 1 :]
        right = _simple(tail, lang) or _repeated(tail, lang)
        if right is None or right.parts is None or set(left.parts) & set(right.parts):
            continue
        signs = {v > 0 for v in (*left.parts.values(), *right.parts.values())}
        if len(signs) == 1:
            return Relative({**left.parts, **right.parts})
    return None


def _weekday_of_week(text: str, lang: str | None) -> Relative | None:
    words = text.replace(",", " ").split()
    t = tables()
    for size in range(min(len(words) - 1, 4), 0, -1):
        for start in range(len(words) - size + 1):  # 'op volgende week maandag'
            _budget.spend(1)
            span = " ".join(words[start : start + size])
            entries = t.fixed.get(span) or shift_tables().fixed.get(span)
            value = _fixed(entries, lang) if entries else None
            if value is None:
                shift = shifted(span, lang)  # 'dieser woche', 'nästa vecka'
                value = (shift.unit, shift.offset) if shift is not None else None
            if value is None or value[0] != "week":
                continue
            rest = [w for w in words[:start] + words[start + size :]
                    if w not in GLUE]
            if len(rest) != 1:
                continue
            days = {r.value for r in lexicon().get(lookup_key(rest[0])) if r.kind == "W"}
            if len(days) != 1 and lang is not None:
                day = weekday_in(rest[0], frozenset({lang}))  # 'mon' is Monday in English
                days = {day} if day is not None else days
            if len(days) != 1:
                extra = weekday_of(rest[0], lang)  # 'srijedu', '礼拜三'
                days = {extra} if extra is not None else set()
            if len(days) == 1:
                return Relative(None, WEEKDAYS[int(days.pop())], 0, week=value[1])
    return None


def bare_languages(folded: str) -> frozenset[str]:
    """Languages in which ``folded``, a plain length ('7 saacadood'), is CLDR's spelling of a
    relative time too (Somali 'in 7 hours'): there a bare length is not assumed to be past."""
    text = norm(folded)
    numbers = list(_NUMBER.finditer(text))
    if len(numbers) != 1:
        return frozenset()
    m = numbers[0]
    return tables().bare.get(
        text[: m.start()].strip() + "\t" + text[m.end() :].strip(), frozenset()
    )


def _with_time(text: str, lang: str | None) -> Relative | None:
    t = tables()
    # A day phrase beside a clock time, split at a space: '1 day ago at 2 pm', '17:43 вчера'.
    cuts = [i for i, ch in enumerate(text) if ch == " "]
    # The longest day phrase first: 'the day before yesterday 16:50' is no 'the day'.
    splits = sorted(
        (pair for k in cuts for pair in ((text[:k], text[k + 1 :]), (text[k + 1 :], text[:k]))),
        key=lambda pair: -len(pair[0]),
    )
    for phrase, rest in splits:
        if not any(ch.isdigit() for ch in rest) or rest.strip(" ,").isdigit():
            continue  # a number alone is no clock time ('1 an 11 mois')
        try:
            found = _simple(phrase, lang)
            if found is not None and (_simple(rest, lang) or _repeated(rest, lang)):
                continue  # 'prije 3 mjeseci prije 12 sati': two phrases, not a time
        except AmbiguousUnit:
            continue
        if found is not None and found.daily:
            return replace(found, rest=rest.strip(" ,"))
    # Scripts without spaces: '昨天17:43'.
    for length in range(min(len(text), t.max_fixed), 0, -1):
        for phrase, rest, first in (
            (text[:length], text[length:], True),
            (text[-length:], text[:-length], False),
        ):
            entries = t.fixed.get(phrase)
            if entries is None or not rest.strip(" ,") or not any(ch.isdigit() for ch in rest):
                continue
            if first and rest[0].isalpha() and not ends_unspaced(phrase):
                continue
            if not first and rest[-1].isalpha() and not ends_unspaced(rest):
                continue
            value = _fixed(entries, lang)
            if value is not None and (value[0] == "day" or value[0] in WEEKDAYS):
                return Relative(None, value[0], value[1], rest.strip(" ,"))
    return None


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True, slots=True)
class Resolved:
    """A relative phrase applied to a reference: a local ``day`` at day grain or coarser,
    or an aware UTC ``instant``, with its grain and a note for ``assumptions``."""

    day: date
    instant: datetime | None
    grain: Grain
    note: str


_WEEKDAY_NOTES = {
    "this": "'this <weekday>' read as the next such day on or after the reference day",
    "coming": "'coming <weekday>' read as the first such day after the reference day",
    "past": "'last/past <weekday>' read as the last such day before the reference day",
    # A weekday alone, as the date reader completes one under ``prefer``.
    "latest": "a weekday alone: the latest such day on or before the reference day "
    "(prefer='past')",
    "nearest": "a weekday alone: the nearest such day (prefer='nearest')",
}
_WEEKDAY_NOTES["future"] = _WEEKDAY_NOTES["coming"]

_GRAINS: dict[str, Grain] = {
    "year": "year",
    "quarter": "month",
    "month": "month",
    "week": "day",
    "day": "day",
    "hour": "hour",
    "minute": "minute",
    "second": "second",
}


def resolve(rel: Relative, reference: datetime, tz: tzinfo) -> Resolved:
    """Apply ``rel`` to ``reference`` (aware), on the calendar of ``tz``."""
    local = reference.astimezone(tz)
    today = local.date()
    if rel.base is not None:
        start = resolve(rel.base, reference, tz)
        if start.grain != "day" or rel.parts is None:
            raise ValueError("a length counted from something that is not a day")
        months = rel.parts.get("year", 0) * 12 + rel.parts.get("month", 0)
        days = rel.parts.get("week", 0) * 7 + rel.parts.get("day", 0)
        if months != int(months) or days != int(days):
            raise ValueError("a fraction of a day counted from a day")
        day = _add_months(start.day, int(months)) + timedelta(days=int(days))
        if rel.week is not None:
            # 'Saturday 3 days from now': that weekday in the week of the day counted to.
            day = day - timedelta(days=day.weekday() - rel.week)
            return Resolved(day, None, "day", "the weekday in the week of the day counted "
                            "from the reference (weeks start on Monday)")
        return Resolved(day, None, "day", f"counted from {start.day.isoformat()} "
                        f"({start.note})")
    if rel.end:
        inner = resolve(replace(rel, end=False), reference, tz)
        wall = datetime.combine(inner.day, time(23, 59, 59)).replace(tzinfo=tz)
        return Resolved(inner.day, wall.astimezone(timezone.utc), "second",
                        f"{inner.note}; the end of a day read as its last second, 23:59:59")
    if rel.nth:
        first = today.replace(day=1)
        day = first + timedelta(days=(WEEKDAYS.index(rel.unit) - first.weekday()) % 7
                                + 7 * (rel.nth - 1))
        if day.month != first.month:
            raise ValueError("no such weekday in the month")
        return Resolved(day, None, "day", "an ordinal weekday without a month read in the "
                        "reference's month")
    if rel.hour is not None:
        inner = resolve(replace(rel, hour=None), reference, tz)
        wall = datetime.combine(inner.day, time(rel.hour)).replace(tzinfo=tz)
        return Resolved(inner.day, wall.astimezone(timezone.utc), "hour", inner.note)
    if rel.parts is None:
        unit, k = rel.unit, rel.offset
        mode = rel.mode
        if unit in WEEKDAYS and mode:
            # 'this Friday' is the coming one (today's on a Friday), as pages and readers
            # mostly mean it; 'past Friday' the latest before today, 'coming' the next after.
            ahead = (WEEKDAYS.index(unit) - today.weekday()) % 7
            back = (7 - ahead) % 7
            if mode == "this":
                day = today + timedelta(days=ahead)
            elif mode == "coming":
                day = today + timedelta(days=ahead or 7)
            elif mode == "latest":
                day = today - timedelta(days=back)
            elif mode == "nearest":
                day = today - timedelta(days=back) if back <= ahead else \
                    today + timedelta(days=ahead)
            else:
                day = today - timedelta(days=back or 7)
            return Resolved(day, None, "day", _WEEKDAY_NOTES[mode])
        if unit in WEEKDAYS:
            # 'next Tuesday' is Tuesday of next week, as CLDR's own Japanese ('来週の火曜日')
            # and most readers take it; 'Wednesday of next week' says so outright.
            weeks = rel.week if rel.week is not None else k
            monday = today - timedelta(days=today.weekday()) + timedelta(weeks=weeks)
            return Resolved(
                monday + timedelta(days=WEEKDAYS.index(unit)),
                None,
                "day",
                "the weekday in that week (weeks start on Monday)",
            )
        if unit == "day":
            return Resolved(today + timedelta(days=k), None, "day", "day from reference")
        if unit == "week":
            monday = today - timedelta(days=today.weekday()) + timedelta(weeks=k)
            return Resolved(monday, None, "day", "a week read as its Monday")
        if unit == "weekend":
            saturday = today - timedelta(days=today.weekday()) + timedelta(weeks=k, days=5)
            return Resolved(saturday, None, "day", "a weekend read as its Saturday")
        if unit == "month":
            return Resolved(
                _add_months(today.replace(day=1), k), None, "month", "month from reference"
            )
        if unit == "quarter":
            first = today.replace(month=(today.month - 1) // 3 * 3 + 1, day=1)
            return Resolved(
                _add_months(first, 3 * k), None, "month", "a quarter read as its first month"
            )
        if unit == "year":
            return Resolved(date(today.year + k, 1, 1), None, "year", "year from reference")
        if unit == "moy":
            # A month name alone, as the date reader completes one: the past month while
            # any of it is (prefer='past'), else the next one, or the nearest.
            first = today.replace(day=1)
            options = [date(first.year + dy, k, 1) for dy in (-1, 0, 1)]
            before = max(d for d in options if d <= first)
            after = min(d for d in options if d >= first)
            chosen = before if rel.mode == "latest" else after if rel.mode == "coming" else \
                before if (first - before) <= (after - first) else after
            return Resolved(chosen, None, "month", f"a month alone: the {rel.mode} such month "
                            "from the reference")
        if unit == "decade":
            return Resolved(date(today.year + 10 * k, 1, 1), None, "year",
                            "a decade read as ten years from the reference's year")
        instant = reference.astimezone(timezone.utc) + timedelta(seconds=UNIT_SECONDS[unit] * k)
        return Resolved(
            instant.astimezone(tz).date(), instant, _GRAINS[unit], "time from reference"
        )
    parts = rel.parts
    finest = next(
        u for u in ("second", "minute", "hour", "day", "week", "month", "year") if u in parts
    )
    months = parts.get("year", 0) * 12 + parts.get("month", 0)
    if months != int(months):
        raise ValueError("fractional months")
    days = parts.get("week", 0) * 7 + parts.get("day", 0)
    seconds = sum(UNIT_SECONDS[u] * parts.get(u, 0) for u in ("hour", "minute", "second"))
    if days != int(days):
        seconds += (days - int(days)) * 86400
    wall = local.replace(tzinfo=None)
    shifted_day = _add_months(wall.date(), int(months)) + timedelta(days=int(days))
    # '3 days ago' keeps the reference's clock (a page stamped so was written about then);
    # the grain says the phrase is only as precise as its unit.
    grain = _GRAINS[finest] if finest not in ("month", "year") else "day"
    wall = datetime.combine(shifted_day, wall.time())
    # Calendar steps keep the wall clock; the remaining hours count on the instant.
    instant = wall.replace(tzinfo=tz).astimezone(timezone.utc) + timedelta(seconds=seconds)
    return Resolved(
        instant.astimezone(tz).date(), instant, grain, "counted back or forward from reference"
    )
