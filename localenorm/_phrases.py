"""Relative phrases built from parts: a shift word with a weekday, unit or length ('next
Friday', 'vorige week', 'le mois dernier', 'next 2 days', '下周三'), a day with a day period
('tomorrow morning', 'gestern Abend', 'tonight', 'ce matin'), a length before or after a
day ('2 days after tomorrow', 'two weeks from tomorrow', 'next tuesday +10 days',
'bugünden iki gün sonra'), the end of a day ('end of tomorrow'), an ordinal weekday ('second
Saturday'), and curated relative phrases, weekday and month forms CLDR lacks.

The words come from ``localenorm/_data/shifts.json`` (see ``data/curated/shifts/shifts.json``);
a shift word and its noun must belong to one language, so 'ten days' (Polish 'ten', this) is
never 'this day'.

Conventions (documented here and said in ``assumptions``):

- 'this <weekday>' is the next such day on or after the reference day (today's when it is
  today); 'past <weekday>' the latest before it; 'coming <weekday>' the earliest after it;
  'next'/'last' <weekday> is that weekday in the next/previous week (weeks start on Monday).
- 'next 2 days' / 'last 2 weeks' is the far end of the span: 'in 2 days' / '2 weeks ago'.
- A day period is one hour, the same in every language: morning 06:00, forenoon 09:00,
  noon 12:00, afternoon 15:00, evening 20:00, night 22:00 ('tonight' is 22:00 today); grain
  hour. Beside a clock time the period picks its half of the day ('tomorrow evening at 5'
  is 17:00). 'last night' is read only beside a clock time (alone it is either night).
- The end of a day ('end of tomorrow') is its last second, 23:59:59.
- An ordinal weekday without a month ('second Saturday') is in the reference's month.
- A weekday or a month in a form the lexicon lacks, alone ('την παρασκευή', 'márciusban'),
  is completed as the date reader completes one, by ``prefer``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from localenorm import _budget
from localenorm._duration import (
    AmbiguousUnit,
    Entry,
    affix_entries,
    fixed_entries,
    norm,
    pick,
    read_body,
    tables,
)
from localenorm._lexicon import lexicon
from localenorm._lexkey import lookup_key
from localenorm._packaged import once, read_json
from localenorm._scripts import ends_unspaced

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
UNITS = ("year", "month", "week", "day", "hour", "minute", "second")

# Articles and prepositions that may stand around the noun ('the', 'le', 'il', 'на', 'в'),
# and between a weekday and a week phrase ('Wednesday of next week', 'op volgende week
# maandag', 'الاحد من الاسبوع الماضي').
_GLUE_WORDS = frozenset({
    "du", "op", "van", "من",
    "della", "dello", "degli", "delle", "günü", "-", "–",
    "d'", "dell'", "nell'", "all'", "dall'", "sull'", "nel", "nella", "nello",
    'the', 'on', 'of', 'in', 'at', 'le', 'la', 'les', "l'", 'il', 'lo', 'el', 'los', 'las',
    'o', 'a', 'os', 'as', 'no', 'na', 'do', 'da', 'de', 'del', 'di', 'den', 'det', 'der',
    'die', 'das', 'dem', 'des', 'en', 'på', 'i', 'в', 'во', 'на', 'у', 'w', 'we', 'u', 'την',
    'τον', 'το', 'τη', 'της', 'του', 'στην', 'στο', 'ο', 'η', 'um', 'am', 'im', 'au', 'à',
})
# Folded as the texts they are looked up in are ('της' -> 'τησ').
GLUE = frozenset(norm(w) for w in _GLUE_WORDS)


@dataclass(frozen=True, slots=True)
class Shift:
    """What a built phrase says, before the reference applies it.

    ``unit``/``offset`` name a calendar unit or a weekday moved by ``offset`` (weeks for a
    weekday); ``mode`` is ``this``, ``past`` or ``coming`` for the weekday conventions above;
    ``parts`` a counted length; ``hour`` a day period's hour; ``base`` the day a length is
    counted from ('2 days after tomorrow')."""

    unit: str = ""
    offset: int = 0
    mode: str = ""
    parts: dict[str, float] | None = None
    hour: int | None = None
    base: Shift | None = None
    note: str = ""


class ShiftTables:
    def __init__(self, raw: dict[str, Any]) -> None:
        def entries(name: str) -> dict[str, tuple[Entry, ...]]:
            return {
                w: tuple(Entry(v, 0, frozenset(ls.split())) for v, ls in r)
                for w, r in raw[name].items()
            }

        self.shifts = entries("shifts")
        self.periods = entries("day_periods")
        self.today = entries("today_periods")
        self.anchors = entries("anchors")
        self.ends = entries("ends")
        self.last_nights = entries("last_nights")
        self.day_from = entries("day_from")
        self.nouns = entries("nouns")
        self.weekdays = entries("weekdays")
        self.months = entries("months")
        # The same shapes as the CLDR tables of ``_duration.Tables``, read the same way.
        self.fixed = fixed_entries(raw["fixed"])
        self.affixes = affix_entries(raw["affixes"])
        self.before_lengths = sorted({len(b) for b in self.affixes}, reverse=True)
        words = [
            *(w for table in (self.shifts, self.periods, self.today, self.anchors, self.ends,
                              self.last_nights, self.day_from) for w in table),
            *self.fixed,
            *self.weekdays,
            *self.months,
            *(part for key in raw["affixes"] for part in key.split("\t")),
        ]
        self.runs = frozenset(run for w in words for run in w.split())
        self.period_ends = tuple(self.periods)  # for str.endswith, which takes a tuple
        self.unspaced = tuple(
            sorted((w for w in self.shifts if ends_unspaced(w)), key=len, reverse=True)
        )
        self.unspaced_from = tuple(w for w in self.day_from if ends_unspaced(w))


@once
def shift_tables() -> ShiftTables:
    """The packaged shift tables, read on first need and shared by all threads."""
    return ShiftTables(read_json("shifts.json"))


def mentions(text: str) -> bool:
    """Whether ``text`` has any word of the shift tables (a cheap gate)."""
    t = shift_tables()
    words = text.split()
    if any(w in t.runs for w in words):
        return True
    if any(w.endswith(t.period_ends) and any(len(w) > len(p) and w.endswith(p)
                                              for p in t.periods) for w in words):
        return True  # 'gisterenavond'
    if any(w[:1] in "+-" for w in words):
        return True  # 'next tuesday +10 days'
    if len(words) == 2 and nth_weekday(text, None) is not None:
        return True  # 'second Saturday'
    return any(ch for ch in text if ends_unspaced(ch)) and (
        any(w in text for w in t.unspaced)
        or any(w in text for w in t.today)
        or any(text.startswith(w) for w in t.unspaced_from)
    )


def day_unit(noun: str) -> bool:
    """Whether ``noun`` is a word for 'day' ('day', 'dag', 'giornata'): 'end of the day'."""
    return _unit(noun, frozenset(e for es in tables().units.get(noun, ()) for e in es.langs)
                 | frozenset(e for es in shift_tables().nouns.get(noun, ()) for e in es.langs)
                 ) == "day"


def nth_weekday(text: str, lang: str | None) -> tuple[int, int] | None:
    """An ordinal and a weekday without a month ('second Saturday', 'tweede zaterdag'):
    (n, weekday), n from 1 to 5."""
    words = strip_glue(words_of(text))
    if len(words) != 2:
        return None
    ordinals = {int(r.value) for r in lexicon().get(lookup_key(words[0])) if r.kind == "O"}
    day = weekday_of(words[1], lang)
    if len(ordinals) != 1 or day is None:
        return None
    n = ordinals.pop()
    return (n, day) if 1 <= n <= 5 else None


def _langs(entries: tuple[Entry, ...], lang: str | None) -> tuple[Any, frozenset[str]] | None:
    """The value of a word and the languages using it so; ``None`` when languages disagree
    and the hint does not decide."""
    hit = pick(entries, lang)
    if hit is None:
        return None
    return hit.value, hit.langs


def _weekday(noun: str, langs: frozenset[str]) -> int | None:
    """The weekday ``noun`` names in one of ``langs``."""
    lex = lexicon()
    found = {int(e.value) for e in shift_tables().weekdays.get(noun, ()) if e.langs & langs}
    for r in lex.get(lookup_key(noun)):
        if r.kind != "W":
            continue
        if any(loc.split("_")[0] in langs for loc in lex.locale_ids(r.mask)):
            found.add(int(r.value))
    return found.pop() if len(found) == 1 else None


def bare_weekday(text: str, lang: str | None) -> int | None:
    """The weekday of a text that is one weekday name with articles or prepositions around
    it ('την παρασκευή', 'på måndag', 'в пятницу', '礼拜三'), or ``None``."""
    raw = words_of(text)
    words = strip_glue(raw)
    if len(words) != 1:
        return None
    word = words[0]
    if ends_unspaced(word[0]) and word.endswith(_PARTICLES) and len(word) > 2:
        word = word[:-1]
    if word not in shift_tables().weekdays and len(raw) == 1:
        return None  # a weekday name alone is the date reader's
    return weekday_of(word, lang)


def bare_month(text: str, lang: str | None) -> int | None:
    """The month of a text that is one month name in a case form the lexicon lacks, with
    articles around it ('márciusban', 'το αύγουστο', 'ろくがつに'), or ``None``."""
    words = strip_glue(words_of(text))
    if len(words) != 1:
        return None
    word = words[0]
    if ends_unspaced(word[0]) and word.endswith(_PARTICLES) and len(word) > 2:
        word = word[:-1]
    entries = shift_tables().months.get(word)
    hit = pick(entries, lang) if entries else None
    return None if hit is None else int(hit.value)


def weekday_of(word: str, lang: str | None) -> int | None:
    """The weekday ``word`` names: the curated names first, then the lexicon's, when the
    word is nothing but a weekday name ('mar' is also March and Tuesday)."""
    extra = shift_tables().weekdays.get(word)
    if extra is not None:
        hit = pick(extra, lang)
        return None if hit is None else int(hit.value)
    days = {int(r.value) for r in lexicon().get(lookup_key(word)) if r.kind == "W"}
    kinds = {r.kind for r in lexicon().get(lookup_key(word))}
    return days.pop() if len(days) == 1 and kinds == {"W"} else None


def names_in(word: str, lang: str) -> bool:
    """Whether the lexicon has ``word`` as a month or weekday name of language ``lang``."""
    lex = lexicon()
    return any(r.kind in "MW" and any(loc.split("_")[0] == lang for loc in lex.locale_ids(r.mask))
               for r in lex.get(lookup_key(word)))


def weekday_in(noun: str, langs: frozenset[str]) -> int | None:
    """The weekday ``noun`` names in one of ``langs``."""
    return _weekday(noun, langs)


def _unit(noun: str, langs: frozenset[str]) -> str | None:
    """The calendar unit ``noun`` names ('week', 'semaine', 'месяце') in one of ``langs``."""
    found = {
        e.value
        for e in tables().units.get(noun, ())
        if e.amount in (0, 1) and e.langs & langs and e.value in UNITS
    } | {e.value for e in shift_tables().nouns.get(noun, ()) if e.langs & langs}
    return found.pop() if len(found) == 1 else None


_ELIDED = ("dell'", "nell'", "all'", "dall'", "sull'", "quest'", "l'", "d'")
# Japanese particles after a weekday alone ('火曜に', '火曜日は').
_PARTICLES = ("に", "は", "で")


def words_of(text: str) -> list[str]:
    """The words of ``text``, an elided article split off ("l'anno" -> "l'", 'anno')."""
    out: list[str] = []
    for word in text.replace(",", " ").split():
        for head in _ELIDED:
            if word.startswith(head) and len(word) > len(head):
                out.extend((head, word[len(head) :]))
                break
        else:
            out.append(word)
    return out


def strip_glue(words: list[str]) -> list[str]:
    """``words`` without the glue words (articles, prepositions) at either end."""
    while words and words[0] in GLUE:
        words = words[1:]
    while words and words[-1] in GLUE:
        words = words[:-1]
    return words


def weekday_shift(unit: str, value: Any) -> Shift:
    """A weekday moved by a shift word's value (see ``data/curated/shifts/shifts.json``)."""
    if value == 0:
        return Shift(unit, 0, "this")
    if value == -1:
        return Shift(unit, 0, "past")
    if value in ("past", "coming"):
        return Shift(unit, 0, str(value))
    weeks = {"previous": -1, "thisweek": 0}.get(value, value)
    return Shift(unit, int(weeks))


def _noun(value: Any, langs: frozenset[str], noun: str, lang: str | None) -> Shift | None:
    if len(noun) < 2:
        return None  # '日' alone is Sunday and day, '月' Monday and month
    day = _weekday(noun, langs)
    if day is not None:
        return weekday_shift(WEEKDAYS[day], value)
    unit_name = _unit(noun, langs)
    step = int({"past": -1, "previous": -1, "coming": 1, "thisweek": 0}.get(value, value))
    if unit_name is not None:
        return Shift(unit_name, int(step))
    first = noun.split()[0]
    if step == 0 or not (first[:1].isdigit() or first in tables().numbers):
        return None  # 'tháng 3 tới' is next March, not three months on
    try:
        parts = read_body(noun, lang)
    except AmbiguousUnit:
        return None
    if not parts:
        return None
    # 'next 2 days' ends two days on: the far end of the span, as 'in 2 days'.
    return Shift(parts={u: v * (1 if step > 0 else -1) for u, v in parts.items()},
                 note="'next/last N units' read as the far end of the span")


def shifted(text: str, lang: str | None) -> Shift | None:
    """'next Friday', 'vorige week', 'le mois dernier', 'next 2 days', '下周三'."""
    _budget.spend(1)
    t = shift_tables()
    words = strip_glue(words_of(text))
    if len(words) == 1 and ends_unspaced(text[-1]):
        for word in t.unspaced:
            ends = ((text[len(word) :],) if text.startswith(word) else ()) + (
                (text[: -len(word)],) if text.endswith(word) else ()
            )
            for end in ends:
                got = _langs(t.shifts[word], lang)
                if end and got is not None:
                    found = _noun(got[0], got[1], end, lang)
                    if found is not None:
                        return found
        return None
    if len(words) == 3 and words[1] in t.shifts and words[0][:1].isdigit() and not any(
        e.amount == 1 for e in tables().units.get(words[2], ())
    ):
        # 'les 2 prochaines semaines', '2 upcoming years': the count before the shift word,
        # with a plural unit ('20 nästa månad' is the 20th of next month).
        got = _langs(t.shifts[words[1]], lang)
        found = _noun(got[0], got[1], words[0] + " " + words[2], lang) if got else None
        if found is not None:
            return found
    for size in (2, 1):
        if len(words) <= size:
            continue
        for word, others in (
            (" ".join(words[:size]), words[size:]),
            (" ".join(words[-size:]), words[:-size]),
        ):
            entries = t.shifts.get(word)
            if entries is None:
                continue
            got = _langs(entries, lang)
            rest = strip_glue(others)
            if got is None or not rest:
                continue
            found = _noun(got[0], got[1], " ".join(rest), lang)
            if found is not None:
                return found
    return None
