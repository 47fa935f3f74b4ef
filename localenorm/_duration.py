"""Durations: '5 دقائق', '1 h 20 min', 'две минуты', '1:05:21', 'PT1H5M'.

The unit words come from CLDR's duration unit patterns and relative-time patterns in every
babel locale (``data/generate_relative.py`` -> ``_data/relative.json``), plus curated number
words. The same reader serves relative phrases: '3 hours ago' is a direction around a
duration (see ``localenorm._relative``).

Curated words (``data/curated/relative/durations.json``) add what CLDR's patterns lack: case
forms and diminutives ('δευτερολέπτων', 'часик'), measures ('kwartier' = 15 minutes,
'fortnight', 'πεντάωρο'), fractions ('one and a quarter hour', 'सवा 2 घंटे'), glued numbers
('zweiundneunzig') and words that leave one whole unit ('all day', '한 시간 더').

Months and years have no fixed length: :class:`DurationResult` keeps them as written
(``years``, ``months``, ``iso`` 'P3M') and its ``timedelta`` counts 30-day months and 365-day
years, CLDR's own lengths, saying so in ``assumptions``; ``strict=True`` refuses them instead.
Relative phrases apply them on the calendar.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from localenorm import _budget
from localenorm._errors import AmbiguousError, NotATimestampError
from localenorm._normalize import check_encodable, fold
from localenorm._packaged import once, read_json
from localenorm._scripts import ends_unspaced, han_count, unspaced

UNIT_SECONDS = {"week": 604800, "day": 86400, "hour": 3600, "minute": 60, "second": 1}
CALENDAR_UNITS = ("year", "month")
ORDER = ("year", "month", "week", "day", "hour", "minute", "second")

_SPACE = re.compile(r"\s+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_RATIO = re.compile(r"(\d)/(\d)")
_LETTERS = re.compile(r"[^\W\d_]+")
_CLOCK = re.compile(r"(\d{1,3}):(\d{2})(?::(\d{2}))?(?:[.,](\d{1,6}))?")
_ISO = re.compile(
    r"p(?:(\d+)y)?(?:(\d+)m)?(?:(\d+)w)?(?:(\d+)d)?"
    r"(?:t(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:[.,]\d+)?)s)?)?"
)
# How far the longest-match scan looks ahead for one unit word or number word.
_MAX_WORD = 24


class AmbiguousUnit(Exception):
    """A unit word that languages read differently ('m': minute or month), with no hint that
    decides; callers turn it into :class:`AmbiguousError` rather than read on without it."""

    def __init__(self, word: str, units: tuple[str, ...], what: str = "unit") -> None:
        super().__init__(word)
        self.word = word
        self.units = units
        self.reason = (
            f"the {what} {word!r} reads as {' or '.join(units)} in different "
            "languages (or in CLDR's data for one); pass locale= to choose"
        )


@dataclass(frozen=True, slots=True)
class Entry:
    value: Any  # the unit (str) or number (int)
    amount: int  # for units: the amount the word itself carries, 0 if a number must precede
    langs: frozenset[str]


def fixed_entries(raw: dict[str, Any]) -> dict[str, tuple[Entry, ...]]:
    """Whole phrases ('yesterday', 'last week'): each reading a (unit, offset) and languages."""
    return {w: tuple(Entry((u, o), 0, frozenset(ls.split())) for u, o, ls in r)
            for w, r in raw.items()}


def affix_entries(raw: dict[str, Any]) -> dict[str, dict[str, tuple[Entry, ...]]]:
    """Direction affixes around a length, keyed by the text before it, then after it
    (stored as 'before<TAB>after'); each reading a sign and languages."""
    out: dict[str, dict[str, tuple[Entry, ...]]] = {}
    for key, r in raw.items():
        before, after = key.split("\t")
        out.setdefault(before, {})[after] = tuple(Entry(s, 0, frozenset(ls.split()))
                                                  for s, ls in r)
    return out


class Tables:
    """The packaged relative-time and duration words, by folded text."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.about: dict[str, Any] = raw["about"]
        self.units = {
            w: tuple(Entry(u, a, frozenset(ls.split())) for u, a, ls in r)
            for w, r in raw["units"].items()
        }
        self.numbers = {
            w: tuple(Entry(v, 0, frozenset(ls.split())) for v, ls in r)
            for w, r in raw["numbers"].items()
        }
        self.fixed = fixed_entries(raw["fixed"])
        self.affixes = affix_entries(raw["affixes"])
        self.before_lengths = sorted({len(b) for b in self.affixes}, reverse=True)
        self.connectors = {w: frozenset(ls.split()) for w, ls in raw["connectors"].items()}
        self.hedges = {w: frozenset(ls.split()) for w, ls in raw["hedges"].items()}
        self.plain_units = {w: self.units[w] for w in raw["duration_words"] if w in self.units}
        self.bare: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in raw["bare"].items()}
        self.half_words: dict[str, tuple[Entry, ...]] = {
            w: (Entry(0.5, 0, frozenset(ls.split())),) for w, ls in raw["halves"].items()
        }
        for w, r in raw["fractions"].items():
            self.half_words[w] = tuple(Entry(v, 0, frozenset(ls.split())) for v, ls in r)
        self.joiners: tuple[str, ...] = tuple(sorted(raw["joiners"], key=len, reverse=True))
        self.glued_joiners: tuple[str, ...] = tuple(
            sorted(raw["glued_joiners"], key=len, reverse=True)
        )
        self.measures = {
            w: tuple(Entry((u, s), 0, frozenset(ls.split())) for u, s, ls in r)
            for w, r in raw["measures"].items()
        }
        self.prefixes = {
            w: tuple(Entry(v, 0, frozenset(ls.split())) for v, ls in r)
            for w, r in raw["prefixes"].items()
        }
        self.modifiers: tuple[str, ...] = tuple(sorted(raw["modifiers"], key=len, reverse=True))
        self.links: tuple[str, ...] = tuple(sorted(raw["links"], key=len, reverse=True))
        # Every letter run of every phrase: a text with none of them is not relative, which
        # spares the phrase search on ordinary dates.
        self.letters: frozenset[str] = frozenset(
            run
            for table in (
                raw["fixed"], raw["units"], raw["hedges"], raw["templates"], raw["measures"]
            )
            for key in table
            for run in _LETTERS.findall(key)
        ) | frozenset(run for key in raw["affixes"] for run in _LETTERS.findall(key))
        self.max_fixed = max(map(len, self.fixed), default=1)
        self.templates = {
            k: tuple(Entry((u, s), 0, frozenset(ls.split())) for u, s, ls in r)
            for k, r in raw["templates"].items()
        }


@once
def tables() -> Tables:
    """The packaged tables, read on first need (not at import) and shared by all threads."""
    return Tables(read_json("relative.json"))


def pick(entries: tuple[Entry, ...], lang: str | None) -> Entry | None:
    """The one reading of a word, using the hinted language when languages disagree;
    ``None`` when they disagree and nothing decides (never a guess)."""
    if len(entries) <= 1:
        return entries[0] if entries else None
    if lang is not None:
        mine = [e for e in entries if lang in e.langs]
        if len(mine) == 1:
            return mine[0]
        if mine:
            return None
    # Narrow forms collide ('h' is the hour in 200 languages, the day in Malay): a reading
    # shared by twenty times more languages than all others wins; closer calls are refused.
    ranked = sorted(entries, key=lambda e: len(e.langs), reverse=True)
    if len(ranked[0].langs) >= 20 * sum(len(e.langs) for e in ranked[1:]):
        return ranked[0]
    return None


def norm(text: str) -> str:
    return _SPACE.sub(" ", fold(text)).strip()


def _boundary(text: str, end: int) -> bool:
    """A word read up to ``end`` ends there (a letter does not continue it), except in
    scripts written without spaces, where words touch ('2小时前')."""
    if end >= len(text) or not text[end].isalpha():
        return True
    return bool(end) and unspaced(text[end - 1])


def _word(
    table: dict[str, tuple[Entry, ...]], text: str, i: int
) -> tuple[tuple[Entry, ...], int] | None:
    """The longest word of ``table`` at ``i`` that ends on a word boundary."""
    for j in range(min(len(text), i + _MAX_WORD), i, -1):
        hit = table.get(text[i:j].rstrip())
        # A word that ends in an apostrophe runs into the next ("quart d'hora").
        if hit and (_boundary(text, j) or text[j - 1] in "'-"):
            return hit, j
    return None


def _spaces(text: str, i: int) -> int:
    while i < len(text) and text[i] == " ":
        i += 1
    return i


# Prime marks after a number: minutes and seconds ("2'", '1"', "15′ 30″").
_PRIMES = {"'": "minute", "′": "minute", '"': "second", "″": "second"}
# The next smaller unit, for a bare number that ends a length ('1 hour thirty').
_NEXT = {"hour": "minute", "minute": "second"}


@dataclass(frozen=True, slots=True)
class _Amount:
    value: float | None
    end: int
    digits: bool  # written in digits (prime marks follow only those)


def _amount(text: str, i: int, lang: str | None, whole: bool) -> _Amount:
    """The amount at ``i``, in digits, a fraction ('1/2'), Han numerals, or a Hindi
    prefix and a number ('सवा 2' = 2¼); ``value`` is ``None`` when none is there. Spelled
    numbers are read by the caller, since they must be followed by a unit."""
    t = tables()
    shift = 0.0
    prefix = _word(t.prefixes, text, i)
    if prefix is not None:
        entry = pick(prefix[0], lang)
        after = _spaces(text, prefix[1])
        if entry is not None and _NUMBER.match(text, after):
            shift, i = float(entry.value), after
    ratio = _RATIO.match(text, i)
    number = _NUMBER.match(text, i)
    if ratio and int(ratio.group(2)) and int(ratio.group(1)) < int(ratio.group(2)):
        return _Amount(int(ratio.group(1)) / int(ratio.group(2)), ratio.end(), True)
    if number:
        return _Amount(float(number.group().replace(",", ".")) + shift, number.end(), True)
    cjk = han_count(text, i, decimal=whole)
    if cjk is not None:
        return _Amount(cjk[0], cjk[1], False)
    return _Amount(None, i, False)


def _connector(text: str, i: int) -> int | None:
    """The end of a word that joins two amounts at ``i`` (',', 'and', 'y', '又')."""
    if text[i] == ",":
        return i + 1
    for word in tables().connectors:
        if text.startswith(word, i) and _boundary(text, i + len(word)):
            return i + len(word)
    return None


def _linked(text: str, i: int) -> int:
    """The end of the word for 'of' at ``i`` ('d'', 'de', 'of an'), or ``i``."""
    for word in tables().links:
        if text.startswith(word, i) and (word[-1] == "'" or _boundary(text, i + len(word))):
            return i + len(word)
    return i


def _tail(text: str, i: int, lang: str | None) -> float | None:
    """A whole number below 60 that is all that is left at ``i`` ('thirty', '10')."""
    number = _NUMBER.fullmatch(text, i)
    if number is not None:
        value = float(number.group().replace(",", "."))
    else:
        spelled = _spelled(text, i, lang)
        if spelled is None or spelled[1] != len(text):
            return None
        value = spelled[0]
    return value if value == int(value) and 0 < value < 60 else None


def read_body(
    text: str, lang: str | None, plain: bool = False, whole: bool = False
) -> dict[str, float] | None:
    """The units and amounts of a folded duration text ('1 h 20 min', 'две минуты'),
    or ``None`` when it is not one, or any unit is read twice or out of order.

    ``plain`` accepts only CLDR's duration unit words, not the forms taken from its
    relative-time patterns, which may carry a direction ('ntra na simana'). ``whole`` says the
    text is known to be a length and nothing else (:func:`parse_duration`): then prime marks
    ("2'") and a bare number after hours or minutes ('1 hour thirty') are read too, which in
    a page's date would be a stretch."""
    _budget.spend(1 + len(text) // 16)
    t = tables()
    units = t.plain_units if plain else t.units
    out: dict[str, float] = {}
    i = 0
    n = len(text)
    last = -1
    # After 'and' (not a comma) units may come in any order: '2 days and 1 month'.
    joined = False
    while True:
        i = _spaces(text, i)
        if i >= n:
            break
        if out:
            end = _connector(text, i)
            if end is not None:
                joined = joined or text[i] != ","
                i = end
                continue
            if whole and ORDER[last] in _NEXT:
                tail = _tail(text, i, lang)
                if tail is not None:
                    out[_NEXT[ORDER[last]]] = tail
                    break
        read = _amount(text, i, lang, whole)
        amount, i = read.value, read.end
        if (
            amount is not None
            and text[i : i + 1] in ("个", "個", "-")
            and _word(units, text, i) is None  # '个月' is the word for month
        ):
            i += 1  # the Chinese classifier ('两个小时'), or a hyphen ('30-minute')
            if text[i - 1] != "-" and text[i : i + 1] == "半":
                amount, i = amount + 0.5, i + 1  # '一個半鐘': one and a half
        i = _spaces(text, i)
        hit = None
        if amount is not None and 0 < amount < 1:
            # "1/4 d'hora", '0.5 of an hour' (before 'd' is taken for a unit).
            j = _spaces(text, _linked(text, i))
            hit = _unit_at(units, text, j, plain) if j > i else None
            i = j if hit is not None else i
        hit = hit or _unit_at(units, text, i, plain)
        if amount is None:
            # A number word before a unit wins over a unit reading of the same word ('an
            # hour': 'an' is also French for year).
            spelled = _spelled(text, i, lang)
            if spelled is not None:
                extra, j = _half(text, spelled[1])
                j = _spaces(text, j)
                after = _unit_at(units, text, j, plain)
                if after is not None:
                    amount, i, hit = spelled[0] + extra, j, after
        elif hit is None:
            # '5 and a half minutes', 'iki buçuk saat', 'one and a quarter hour'.
            extra, j = _half(text, i)
            j = _spaces(text, j)
            after = _unit_at(units, text, j, plain) if extra else None
            if after is not None:
                amount, i, hit = amount + extra, j, after
        if hit is None and whole and read.digits and text[i : i + 1] in _PRIMES:
            unit_name, i = _PRIMES[text[i]], i + 1
            if i < n and text[i] != " ":
                return None  # "1'000": a thousands separator, not a prime
        elif hit is None:
            return None
        else:
            entries, measured, _ = hit
            if amount is None and not measured:
                # Languages that write the unit first: 'miniti ʻe 37', 'sima 27'.
                j = _spaces(text, hit[2])
                after_number = _NUMBER.match(text, j)
                if (
                    after_number
                    and _boundary(text, after_number.end())
                    and any(e.amount == 0 for e in entries)
                ):
                    amount = float(after_number.group().replace(",", "."))
                    hit = (entries, measured, after_number.end())
            reading = _unit_of(text, i, hit, amount, lang)
            if reading is None:
                return None
            unit_name, amount = reading
            i = hit[2]
        assert amount is not None
        extra, j = _half(text, i)
        if extra:  # 'an hour and a half', 'dos horas y media', '三年半'
            amount += extra
            i = j
            if text[i : i + 1] in ("钟", "鐘"):
                i += 1  # '五分半鐘': the half sits inside the word for minute
        rank = ORDER.index(unit_name)
        if unit_name in out or (rank <= last and not joined):
            return None
        last, joined = max(last, rank), False
        out[unit_name] = amount
    return out or None


def _unit_at(
    units: dict[str, tuple[Entry, ...]], text: str, i: int, plain: bool
) -> tuple[tuple[Entry, ...], bool, int] | None:
    """The longest unit word or measure ('kwartier', 'fortnight') at ``i``: its entries,
    whether it is a measure, and its end. ``plain`` reads no measures: they are curated, not
    CLDR's duration words ('onze heures trois quarts' is a time of day)."""
    unit = _word(units, text, i)
    measure = None if plain else _word(tables().measures, text, i)
    if measure is not None and (unit is None or measure[1] > unit[1]):
        return measure[0], True, measure[1]
    return (unit[0], False, unit[1]) if unit is not None else None


def _unit_of(
    text: str,
    i: int,
    hit: tuple[tuple[Entry, ...], bool, int],
    amount: float | None,
    lang: str | None,
) -> tuple[str, float] | None:
    """The unit and amount a unit word or measure gives with the amount read before it,
    ``None`` when the word cannot stand here; raises :class:`AmbiguousUnit` when languages
    read the word differently."""
    entries, measured, end = hit
    if measured:
        # A measure alone is one of it: 'kwartier', 'fortnight', 'πεντάωρο'.
        fits = entries
    else:
        # 'ساعة' is both the word after a number ('20 ساعة') and 'one hour' alone.
        fits = tuple(e for e in entries if (e.amount == 0) == (amount is not None))
    entry = pick(fits, lang) if fits else None
    if entry is None:
        values = {str(e.value[0] if measured else e.value) for e in fits}
        if len(values) > 1:
            raise AmbiguousUnit(text[i:end].strip(), tuple(sorted(values)))
        return None
    if measured:
        unit, scale = entry.value
        return str(unit), (1.0 if amount is None else amount) * float(scale)
    return str(entry.value), float(entry.amount) if amount is None else amount


def _half(text: str, i: int) -> tuple[float, int]:
    """The fraction and its end when 'and a half', 'and a quarter' (in any language)
    follows at ``i``, else 0."""
    j = _spaces(text, i)
    hit = _word(tables().half_words, text, j)
    if hit is None:
        return 0.0, i
    return float(hit[0][0].value), hit[1]


def _spelled(text: str, i: int, lang: str | None) -> tuple[float, int] | None:
    """A number word at ``i`` ('two', 'half an', 'treinta y dos', 'zweiundneunzig'): value
    and end."""
    t = tables()
    hit = _word(t.numbers, text, i)
    number = pick(hit[0], lang) if hit is not None else None
    if hit is None or number is None:
        return _glued(text, i, lang)
    value, end = float(number.value), hit[1]
    if value in (20, 30, 40, 50, 60, 70, 80, 90):
        for joiner in t.joiners:
            if not text.startswith(joiner, end):
                continue
            ones = _word(t.numbers, text, end + len(joiner))
            one = pick(ones[0], lang) if ones is not None else None
            if ones is not None and one is not None and float(one.value) in range(1, 10):
                return value + float(one.value), ones[1]
    return value, end


def _glued(text: str, i: int, lang: str | None) -> tuple[float, int] | None:
    """A number written as one word with its units first: 'zweiundneunzig' (92),
    'vierentwintig' (24), or before a glued fraction ('fünfeinhalb', 'tweeënhalf')."""
    t = tables()
    for j in range(min(len(text), i + _MAX_WORD), i, -1):
        entries = t.numbers.get(text[i:j])
        one = pick(entries, lang) if entries else None
        if one is None or float(one.value) not in range(1, 10):
            continue
        for joiner in t.glued_joiners:
            if text.startswith(joiner, j):
                tens = _word(t.numbers, text, j + len(joiner))
                ten = pick(tens[0], lang) if tens is not None else None
                if tens is not None and ten is not None and float(ten.value) in range(20, 100, 10):
                    return float(ten.value) + float(one.value), tens[1]
        if _word(t.half_words, text, j) is not None:
            return float(one.value), j
    return None


# The lengths CLDR (and babel's format_timedelta) give a month and a year, and the peers
# most pages are written for: a documented convention, not the calendar.
NOMINAL_DAYS = {"year": 365, "month": 30}
_NOMINAL_NOTE = (
    "months counted as 30 days and years as 365 (CLDR's lengths); "
    ".years and .months keep them as written and add_to() applies them on the calendar"
)


def _nominal(years: float, months: float) -> timedelta:
    return timedelta(
        seconds=86400 * (NOMINAL_DAYS["year"] * years + NOMINAL_DAYS["month"] * months)
    )


_Delta = timedelta  # the field named timedelta hides the type inside the class


@dataclass(frozen=True, slots=True)
class DurationResult:
    """A length of time read from text: ``timedelta`` and its ISO-8601 form ``iso``
    ('PT5M21S', 'P1Y2M3D').

    Years and months have no fixed length. They are kept as written in ``years`` and
    ``months`` (and in ``iso``); ``timedelta`` counts a month as 30 days and a year as 365
    days, CLDR's own lengths, and says so in ``assumptions``. ``exact`` is ``False`` then;
    :meth:`add_to` moves a start on the calendar instead, and ``parse_duration(...,
    strict=True)`` refuses such lengths."""

    text: str
    timedelta: timedelta
    iso: str
    years: float = 0.0
    months: float = 0.0
    assumptions: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.iso

    @property
    def exact(self) -> bool:
        """``timedelta`` is the length itself, not a month or year convention."""
        return not (self.years or self.months)

    @property
    def fixed(self) -> _Delta:
        """The part in weeks and smaller units, which has one length."""
        return self.timedelta - _nominal(self.years, self.months)

    def add_to(self, start: datetime) -> datetime:
        """``start`` moved by this length on the calendar: years and months move the month,
        keeping the day or taking the month's last day (31 January + 1 month is the last day
        of February), then the fixed part is added to the wall clock. A fraction of a month
        has no calendar length and raises :class:`NotATimestampError`."""
        months = self.years * 12 + self.months
        if months != int(months):
            raise NotATimestampError(
                self.text, "a fraction of a month has no calendar length; .timedelta counts "
                "30-day months"
            )
        try:
            return _shift_months(start, int(months)) + self.fixed
        except (OverflowError, ValueError):
            raise NotATimestampError(self.text, "the moved date is out of range") from None


def _shift_months(moment: datetime, months: int) -> datetime:
    if not months:
        return moment
    index = moment.year * 12 + moment.month - 1 + months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def iso_of(delta: timedelta) -> str:
    total_us = delta.days * 86_400_000_000 + delta.seconds * 1_000_000 + delta.microseconds
    sign = "-" if total_us < 0 else ""
    total_us = abs(total_us)
    days, rest = divmod(total_us, 86_400_000_000)
    hours, rest = divmod(rest, 3_600_000_000)
    minutes, rest = divmod(rest, 60_000_000)
    seconds, micro = divmod(rest, 1_000_000)
    out = sign + "P" + (f"{days}D" if days else "")
    clock = (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    if seconds or micro:
        clock += f"{seconds}.{micro:06d}".rstrip("0").rstrip(".") + "S"
    if clock:
        out += "T" + clock
    return out if out not in ("P", "-P") else "PT0S"


def _figure(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".")


def _result(text: str, parts: dict[str, float], strict: bool) -> DurationResult:
    years, months = parts.get("year", 0.0), parts.get("month", 0.0)
    if strict and (years or months):
        unit = "year" if years else "month"
        raise NotATimestampError(
            text,
            f"a duration in {unit}s has no fixed length; strict=True refuses the 30-day "
            "month and 365-day year",
        )
    try:
        fixed = timedelta(
            seconds=sum(UNIT_SECONDS[u] * v for u, v in parts.items() if u in UNIT_SECONDS)
        )
        delta = fixed + _nominal(years, months)
    except OverflowError:
        raise NotATimestampError(text, "the duration is out of range") from None
    if not (years or months):
        return DurationResult(text, delta, iso_of(delta))
    head = "P" + (f"{_figure(years)}Y" if years else "") + (f"{_figure(months)}M" if months else "")
    rest = iso_of(fixed)
    iso = head + (rest[1:] if fixed else "")
    return DurationResult(text, delta, iso, years, months, (_NOMINAL_NOTE,))


def _unmodified(text: str) -> tuple[str, bool]:
    """``text`` without words that leave one whole unit at its ends ('all day',
    'toute la semaine', 'another hour', '한 시간 더'), and whether there were any."""
    found = False
    changed = True
    while changed and text:
        changed = False
        for word in tables().modifiers:
            n = len(word)
            if len(text) > n and text.startswith(word) and (
                text[n] in " -" or word[-1] == "'" or unspaced(word[-1])
            ):
                text = text[n:].lstrip(" -")
            elif len(text) > n and text.endswith(word) and (
                text[-n - 1] in " -" or unspaced(word[0])
            ):
                text = text[:-n].rstrip(" -")
            else:
                continue
            found = changed = True
            break
    return text, found


def unhedged(text: str) -> tuple[str, str]:
    """``text`` without words of approximation ('about', 'etwa', '约'), and the first one."""
    first = ""
    for hedge in tables().hedges:
        start = text.find(hedge)
        while start >= 0:
            end = start + len(hedge)
            if (
                start == 0 or not text[start - 1].isalpha() or ends_unspaced(hedge)
            ) and _boundary_after(text, end, hedge):
                text = (text[:start] + " " + text[end:]).strip()
                text = " ".join(text.split())
                first = first or hedge
                start = text.find(hedge)
            else:
                start = text.find(hedge, start + 1)
    return text, first


def _boundary_after(text: str, end: int, word: str) -> bool:
    return end >= len(text) or not text[end].isalpha() or ends_unspaced(word)


def _read(folded: str, lang: str | None) -> dict[str, float] | None:
    """The units of a whole duration text, with words of approximation ('about', '約') and
    of wholeness ('all day', 'another hour') set aside when the bare reading fails."""
    body = read_body(folded, lang, whole=True)
    if body is not None:
        return body
    # 'about 5 minutes', '2年間': words of approximation or span carry no amount.
    bare, hedge = unhedged(folded)
    if hedge:
        body = read_body(bare, lang, whole=True)
        if body is not None:
            return body
    for text in (folded, bare) if hedge else (folded,):
        kept, modified = _unmodified(text)
        if modified and kept:
            # 'toute la journée': the unit word alone, which outside these words would
            # need a number ('dans la journée' is no length).
            body = read_body(kept, lang, whole=True) or read_body("1 " + kept, lang, whole=True)
            if body is not None:
                return body
    return None


def parse_duration(
    text: str, *, locale: str | None = None, strict: bool = False
) -> DurationResult:
    """Read a length of time: a clock reading ('1:05:21', '٠٠:٠٥:٢١', '5:21' = minutes and
    seconds), an ISO-8601 duration ('PT1H5M', 'P1Y2M'), or amounts with unit words in any
    CLDR language ('5 دقائق', '1 h 20 min', 'две минуты', '2 hours and 5 minutes', '3 months'),
    spelled numbers and fractions ('zweiundneunzig Minuten', 'one and a quarter hour',
    'eine Viertelstunde'), and prime marks ("2'" minutes, '1"' second).

    ``locale`` decides between unit or number words that mean different things in different
    languages ('m'). Months and years count 30 and 365 days in ``.timedelta`` (see
    :class:`DurationResult`); ``strict=True`` refuses them instead. Raises
    :class:`NotATimestampError` (a :class:`ParseError`, so a ``ValueError``) when no length
    is there, :class:`AmbiguousError` when a word reads as different units.
    """
    # (The arguments' types are checked before this, in _checked.)
    if len(text) > 512:
        raise NotATimestampError(text, "longer than 512 characters")
    if not text.isascii():
        check_encodable(text)
    folded = norm(text)
    if not folded or len(folded) > 256:
        raise NotATimestampError(text, "no duration in the text")
    lang = locale.replace("-", "_").split("_")[0].lower() if locale else None
    clock = _CLOCK.fullmatch(folded)
    if clock:
        a, b, c, frac = clock.groups()
        if int(b) > 59 or (c is not None and int(c) > 59):
            raise NotATimestampError(text, "minutes and seconds of a clock duration are 0-59")
        if c is None:
            # Two fields are minutes and seconds, as media players print lengths ('5:21').
            parts = {"minute": float(a), "second": float(b) + float("0." + (frac or "0"))}
        else:
            parts = {
                "hour": float(a),
                "minute": float(b),
                "second": float(c) + float("0." + (frac or "0")),
            }
        return _result(text, parts, strict)
    iso = _ISO.fullmatch(folded)
    if iso and any(iso.groups()) and not folded.endswith("t"):
        names = ("year", "month", "week", "day", "hour", "minute", "second")
        return _result(
            text,
            {
                u: float(v.replace(",", "."))
                for u, v in zip(names, iso.groups(), strict=True)
                if v is not None
            },
            strict,
        )
    try:
        body = _read(folded, lang)
    except AmbiguousUnit as e:
        raise AmbiguousError(text, e.reason, e.units) from None
    if body is None:
        raise NotATimestampError(
            text,
            "no duration in the text (expected amounts with unit "
            "words, a clock reading like 1:05:21, or ISO-8601 like PT5M)",
        )
    return _result(text, body, strict)
