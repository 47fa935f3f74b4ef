"""Durations: '5 دقائق', '1 h 20 min', 'две минуты', '1:05:21', 'PT1H5M'.

The unit words come from CLDR's duration unit patterns and relative-time patterns in every
babel locale (``data/generate_relative.py`` -> ``_data/relative.json``), plus curated number
words. The same reader serves relative phrases: '3 hours ago' is a direction around a
duration (see ``localenorm._relative``).

Months and years have no fixed length, so :func:`parse_duration` refuses them rather than
guess; relative phrases apply them on the calendar instead.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass
from datetime import timedelta
from importlib import resources
from typing import Any

from localenorm._errors import AmbiguousError, NotATimestampError, OptionError
from localenorm._normalize import fold

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
        self.fixed = {
            w: tuple(Entry((u, o), 0, frozenset(ls.split())) for u, o, ls in r)
            for w, r in raw["fixed"].items()
        }
        self.affixes: dict[str, dict[str, tuple[Entry, ...]]] = {}
        for key, r in raw["affixes"].items():
            before, after = key.split("\t")
            self.affixes.setdefault(before, {})[after] = tuple(
                Entry(s, 0, frozenset(ls.split())) for s, ls in r
            )
        self.before_lengths = sorted({len(b) for b in self.affixes}, reverse=True)
        self.connectors = {w: frozenset(ls.split()) for w, ls in raw["connectors"].items()}
        self.hedges = {w: frozenset(ls.split()) for w, ls in raw["hedges"].items()}
        self.plain_units = {w: self.units[w] for w in raw["duration_words"] if w in self.units}
        self.bare: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in raw["bare"].items()}
        self.half_words: dict[str, tuple[Entry, ...]] = {
            w: (Entry(0.5, 0, frozenset(ls.split())),) for w, ls in raw["halves"].items()
        }
        self.joiners: tuple[str, ...] = tuple(sorted(raw["joiners"], key=len, reverse=True))
        # Every letter run of every phrase: a text with none of them is not relative, which
        # spares the phrase search on ordinary dates.
        self.letters: frozenset[str] = frozenset(
            run
            for table in (raw["fixed"], raw["units"], raw["hedges"], raw["templates"])
            for key in table
            for run in _LETTERS.findall(key)
        ) | frozenset(run for key in raw["affixes"] for run in _LETTERS.findall(key))
        self.max_fixed = max(map(len, self.fixed), default=1)
        self.templates = {
            k: tuple(Entry((u, s), 0, frozenset(ls.split())) for u, s, ls in r)
            for k, r in raw["templates"].items()
        }


_LOCK = threading.Lock()
_TABLES: list[Tables] = []


def tables() -> Tables:
    """The packaged tables, read on first need (not at import) and shared by all threads."""
    if not _TABLES:
        with _LOCK:
            if not _TABLES:
                text = (
                    resources.files("localenorm")
                    .joinpath("_data/relative.json")
                    .read_text(encoding="utf-8")
                )
                _TABLES.append(Tables(json.loads(text)))
    return _TABLES[0]


def pick(entries: tuple[Entry, ...], lang: str | None) -> Entry | None:
    """The one reading of a word, using the hinted language when languages disagree;
    ``None`` when they disagree and nothing decides (never a guess)."""
    if len(entries) == 1:
        return entries[0]
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


def _cjk_number(text: str, i: int) -> tuple[int, int] | None:
    """A Han numeral up to 99 at ``i`` ('三', '十五', '二十'): value and end."""
    digits = "〇一二三四五六七八九"
    j = i
    value = 0
    current = -1
    while j < len(text):
        ch = text[j]
        if ch in digits:
            if current >= 0:
                break
            current = digits.index(ch)
        elif ch == "两" or ch == "兩":
            if current >= 0:
                break
            current = 2
        elif ch == "十" and value == 0:
            value = (current if current > 0 else 1) * 10
            current = -1
        else:
            break
        j += 1
    if j == i:
        return None
    return value + max(current, 0), j


def _boundary(text: str, end: int) -> bool:
    """A word read up to ``end`` ends there (a letter does not continue it), except in
    scripts written without spaces, where words touch ('2小时前')."""
    if end >= len(text) or not text[end].isalpha():
        return True
    cp = ord(text[end - 1]) if end else 0
    return 0x2E80 <= cp <= 0xD7AF or 0x0E00 <= cp <= 0x109F or 0x1780 <= cp <= 0x17FF


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


def read_body(text: str, lang: str | None, plain: bool = False) -> dict[str, float] | None:
    """The units and amounts of a folded duration text ('1 h 20 min', 'две минуты'),
    or ``None`` when it is not one, or any unit is read twice or out of order.

    ``plain`` accepts only CLDR's duration unit words, not the forms taken from its
    relative-time patterns, which may carry a direction ('ntra na simana')."""
    t = tables()
    units = t.plain_units if plain else t.units
    out: dict[str, float] = {}
    i = 0
    n = len(text)
    last = -1
    while i < n:
        while i < n and text[i] == " ":
            i += 1
        if i >= n:
            break
        amount: float | None = None
        m = _NUMBER.match(text, i)
        ratio = _RATIO.match(text, i)
        if ratio and int(ratio.group(2)) and int(ratio.group(1)) < int(ratio.group(2)):
            amount = int(ratio.group(1)) / int(ratio.group(2))  # '1/2 hour', '3/4 óra'
            i = ratio.end()
        elif m:
            amount = float(m.group().replace(",", "."))
            i = m.end()
        else:
            cjk = _cjk_number(text, i)
            if cjk is not None:
                amount, i = float(cjk[0]), cjk[1]
        if amount is not None and text[i : i + 1] in ("个", "個", "-"):
            i += 1  # the Chinese classifier ('两个小时'), or a hyphen ('30-minute')
        while i < n and text[i] == " ":
            i += 1
        unit_hit = _word(units, text, i)
        if amount is None:
            # A number word before a unit wins over a unit reading of the same word ('an
            # hour': 'an' is also French for year).
            spelled = _spelled(text, i, lang)
            if spelled is not None:
                half, j = _half(text, spelled[1])
                while j < n and text[j] == " ":
                    j += 1
                after = _word(units, text, j)
                if after is not None:
                    amount, i, unit_hit = spelled[0] + half, j, after
        elif unit_hit is None:
            # '5 and a half minutes', 'iki buçuk saat'.
            half, j = _half(text, i)
            while j < n and text[j] == " ":
                j += 1
            after = _word(units, text, j) if half else None
            if after is not None:
                amount, i, unit_hit = amount + half, j, after
        if unit_hit is None:
            if out and amount is None:
                if text[i] == ",":
                    i += 1
                    continue
                for word in t.connectors:
                    if text.startswith(word, i) and _boundary(text, i + len(word)):
                        i += len(word)
                        break
                else:
                    return None
                continue
            return None
        if amount is None and unit_hit is not None:
            # Languages that write the unit first: 'miniti ʻe 37', 'sima 27'.
            j = unit_hit[1]
            while j < n and text[j] == " ":
                j += 1
            after_number = _NUMBER.match(text, j)
            if (
                after_number
                and _boundary(text, after_number.end())
                and any(e.amount == 0 for e in unit_hit[0])
            ):
                amount = float(after_number.group().replace(",", "."))
                unit_hit = (unit_hit[0], after_number.end())
        # 'ساعة' is both the word after a number ('20 ساعة') and 'one hour' alone.
        fits = tuple(e for e in unit_hit[0] if (e.amount == 0) == (amount is not None))
        unit = pick(fits, lang) if fits else None
        if unit is None:
            if len({e.value for e in fits}) > 1:
                raise AmbiguousUnit(
                    text[i : unit_hit[1]].strip(), tuple(sorted({str(e.value) for e in fits}))
                )
            return None
        i = unit_hit[1]
        if amount is None:
            amount = float(unit.amount)
        half, j = _half(text, i)
        if half:  # 'an hour and a half', 'dos horas y media'
            amount += half
            i = j
        rank = ORDER.index(unit.value)
        if rank <= last:
            return None
        last = rank
        out[unit.value] = amount
    return out or None


def _half(text: str, i: int) -> tuple[float, int]:
    """0.5 and the end when 'and a half' (in any language) follows at ``i``, else 0."""
    j = i
    while j < len(text) and text[j] == " ":
        j += 1
    hit = _word(tables().half_words, text, j)
    return (0.5, hit[1]) if hit is not None else (0.0, i)


def _spelled(text: str, i: int, lang: str | None) -> tuple[float, int] | None:
    """A number word at ``i`` ('two', 'half an', 'treinta y dos'): value and end."""
    t = tables()
    hit = _word(t.numbers, text, i)
    number = pick(hit[0], lang) if hit is not None else None
    if hit is None or number is None:
        return None
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


@dataclass(frozen=True, slots=True)
class DurationResult:
    """A length of time read from text: ``timedelta`` and its ISO-8601 form ``iso``
    ('PT5M21S'). Only units of fixed length are read (weeks and smaller)."""

    text: str
    timedelta: timedelta
    iso: str

    def __str__(self) -> str:
        return self.iso


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


def _result(text: str, parts: dict[str, float]) -> DurationResult:
    calendar = [u for u in CALENDAR_UNITS if u in parts]
    if calendar:
        raise NotATimestampError(
            text,
            f"a duration in {calendar[0]}s has no fixed length; "
            "this version reads weeks and smaller units only",
        )
    try:
        delta = timedelta(seconds=sum(UNIT_SECONDS[u] * v for u, v in parts.items()))
    except OverflowError:
        raise NotATimestampError(text, "the duration is out of range") from None
    return DurationResult(text, delta, iso_of(delta))


def parse_duration(text: str, *, locale: str | None = None) -> DurationResult:
    """Read a length of time: a clock reading ('1:05:21', '٠٠:٠٥:٢١', '5:21' = minutes and
    seconds), an ISO-8601 duration ('PT1H5M'), or amounts with unit words in any CLDR
    language ('5 دقائق', '1 h 20 min', 'две минуты', '2 hours and 5 minutes').

    ``locale`` decides between unit or number words that mean different things in different
    languages ('m'). Months and years are refused (no fixed length). Raises
    :class:`NotATimestampError` (a :class:`ParseError`, so a ``ValueError``) otherwise.
    """
    if not isinstance(text, str):
        raise OptionError(repr(text)[:80], f"text must be str, not {type(text).__name__}")
    if locale is not None and not isinstance(locale, str):
        raise OptionError(repr(locale), "locale must be a string")
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
        return _result(text, parts)
    iso = _ISO.fullmatch(folded)
    if iso and any(iso.groups()) and not folded.endswith("t"):
        y, mo, w, d, h, mi, s = iso.groups()
        names = ("year", "month", "week", "day", "hour", "minute", "second")
        values = (y, mo, w, d, h, mi, s)
        return _result(
            text,
            {
                u: float(v.replace(",", "."))
                for u, v in zip(names, values, strict=True)
                if v is not None
            },
        )
    from localenorm._relative import _unhedged  # the relative reader imports this module

    try:
        body = read_body(folded, lang)
        if body is None:
            # 'about 5 minutes', '2年間': words of approximation or span carry no amount.
            bare, hedge = _unhedged(folded)
            body = read_body(bare, lang) if hedge else None
    except AmbiguousUnit as e:
        raise AmbiguousError(text, e.reason, e.units) from None
    if body is None:
        raise NotATimestampError(
            text,
            "no duration in the text (expected amounts with unit "
            "words, a clock reading like 1:05:21, or ISO-8601 like PT5M)",
        )
    return _result(text, body)
