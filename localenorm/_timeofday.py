"""Spoken and conversational clock phrases: 'at 8', 'a quarter past 1pm', 'om 2 uur',
'um 15 Uhr', 'kl. 14', 'a las ocho y diez de la noche', 'в 11 вечора', 'seize heures',
'halb 3', 'tonight at 8', '午後三時半'.

The date reader (``_resolve``) reads clock times written with digits and separators; this
stage reads, when the whole text is one time of day, the words around the numbers that it
does not: 'at'-style words, o'clock words, minutes past or to the hour, quarters and halves,
noon, day-period phrases and hedges ('ca.', 'so um'). Words come from
``_data/timeofday.json`` (curated, see ``data/generate_timeofday.py``), the day periods of
CLDR from the lexicon's readings, and number words from the relative-time table.

A day period picks the 12-hour half of an hour written 1-12, even where CLDR's range for
the period is narrower ('晚上六点' is 18:00). An hour 1-12 without a day period is read as
written (a 24-hour clock), and the result says so, except where the phrase is said the
12-hour way: an hour alone ('at 8', 'в 3', 'om 2 uur'), number words ('at three'),
'half past', 'viertel nach': that is refused as ambiguous. Midnight is left to the
date reader. A number with an o'clock word that is also a unit of length ('15 uur',
'15 часов', '15h') is a clock time only in a language that writes hours that way;
elsewhere it is left to the length reading, or refused when both are plausible.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from localenorm import _budget
from localenorm._errors import AmbiguousError
from localenorm._lexkey import DROP, lookup_key
from localenorm._packaged import once, read_json
from localenorm._tokenize import NUM, PUNCT, Token

_MAX_WORDS = 6
# The most tokens a clock phrase has ('ungefähr um viertel nach acht Uhr abends' is 8): a
# longer text is not one, and callers cut at most this many tokens off a text to find one.
MAX_TOKENS = 24
_HOURS = (1 << 24) - 1
_AM = (1 << 12) - 1
_PM = _HOURS & ~_AM
# Punctuation that stands around a phrase without meaning anything ('(8 pm)', '‘s avonds').
_QUIET = frozenset(",()[]\"'‘’“”«»!")
_FRACTIONS = frozenset({"past", "to", "and", "less", "quarter", "half", "three_quarters",
                        "half_before"})


@dataclass(frozen=True, slots=True)
class Spoken:
    """A time of day read from a phrase; ``langs`` are the languages its words agree on."""

    hour: int
    minute: int | None
    second: int | None
    notes: tuple[str, ...]
    langs: frozenset[str]
    worded: bool  # an 'at' or o'clock word makes it a time, not a date ('о 10.10')
    utc: bool = False  # the phrase names UTC or GMT ('8:00 GMT')
    words: bool = True  # not only digits and separators ('4.06')
    # Where among ``notes`` (counted from 1; 0: none) the hour is said to be read on a
    # 24-hour clock: a day period beside the phrase may move it ('tomorrow evening at 5').
    clock24: int = 0


@dataclass(frozen=True, slots=True)
class _Atom:
    kind: str  # num, sep, at, clock, minute, past, to, and, less, quarter, half, ...
    value: int  # a number's value, a period's hour mask, else 0
    text: str
    digits: int = 0  # how many digits a number was written with (0: in words)
    langs: frozenset[str] = frozenset()
    unit: bool = False  # an o'clock word that is also a unit of length


class _Table:
    def __init__(self, raw: dict[str, Any]) -> None:
        self.periods: dict[str, int] = raw["periods"]
        self.words: dict[str, tuple[tuple[str, str, frozenset[str]], ...]] = {
            key: tuple((c, v, frozenset(ls.split())) for c, v, ls in readings)
            for key, readings in raw["words"].items()
        }
        # The digits a word may start with ('12noon'): a number token starting with another
        # one begins no word, and its spans need not be looked up.
        self.digit_starts = frozenset(k[0] for k in self.words if k[:1].isdigit())


@once
def _table() -> _Table:
    return _Table(read_json("timeofday.json"))


def phrase_tokens(folded: str, tokens: list[Token]) -> set[int]:
    """The indices of the tokens that are part of a clock-phrase word of several tokens
    ("o'clock", 'p. m.', 'kl.'), which no single token of it is."""
    table = _table()
    out: set[int] = set()
    for i in range(len(tokens)):
        got = _curated(table, folded, tokens, i, None, True)
        if got is not None and got[1] > i + 1:
            out.update(range(i, got[1]))
    return out


def words() -> list[str]:
    """Every curated clock-phrase word (as lookup keys)."""
    return list(_table().words)


def word_kinds(word: str) -> frozenset[str]:
    """What a folded word is in clock phrases ('at', 'clock', ...), in any language."""
    return frozenset(kind for kind, _, _ in _table().words.get(lookup_key(word), ()))


def read(text: str, folded: str, tokens: list[Token], lang: str | None,
         family: int = 0) -> Spoken | None:
    """The time of day that ``tokens`` (of ``folded``) say when they are one clock phrase as a
    whole, else ``None``. Raises :class:`AmbiguousError` when nothing decides between two
    readings: a clock time or a length of time ('15h' without a locale), the morning or
    the afternoon ('at 8', 'half past 3'), or which midnight ('12 at night')."""
    if not tokens or len(tokens) > MAX_TOKENS:
        return None
    _budget.spend(len(tokens))
    atoms = _atoms(folded, tokens, lang, family)
    if atoms is None:
        return None
    return _phrase(text, atoms, lang)


# -- words ------------------------------------------------------------------------------------


def _atoms(folded: str, tokens: list[Token], lang: str | None,
           family: int) -> list[_Atom] | None:
    from localenorm._duration import tables  # number words and units of length

    table = _table()
    lengths = tables()
    out: list[_Atom] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if tok.kind == PUNCT and (tok.text in _QUIET or (tok.text == "." and (
                i == n - 1 or (i and tokens[i - 1].kind != NUM and not tok.space_before)))):
            # (A dot after a word ends an abbreviation: 'du. 11', 'ca.'.)
            i += 1
            continue
        if tok.kind == PUNCT and tok.text in ":." and 0 < i < n - 1 \
                and tokens[i - 1].kind == NUM and tokens[i + 1].kind == NUM \
                and not tok.space_before and not tokens[i + 1].space_before:
            out.append(_Atom("sep", 0, tok.text))
            i += 1
            continue
        got = _curated(table, folded, tokens, i, lang)
        if (got is None or got[1] == i + 1) and tok.text in lengths.fixed:
            return None  # 'mañana', 'morgen': tomorrow as much as morning
        if got is not None:
            word, i = got
            if word.kind == "clock":
                spaced = " ".join(word.text.split())
                word = _Atom("clock", 0, word.text, langs=word.langs,
                             unit=spaced in lengths.units)
            out.append(word)
            continue
        if tok.kind == NUM:
            out.append(_Atom("num", tok.value, tok.text, len(tok.text)))
            i += 1
            continue
        number = _number(lengths, folded, tokens, i, lang)
        if number is not None:
            out.append(number[0])
            i = number[1]
            continue
        known = _reading(tok, family)
        if known is None:
            return None
        if known.kind == "clock":  # a marker the lexicon knows ('h', '時') may be a unit too
            known = _Atom("clock", 0, known.text, unit=known.text in lengths.units)
        out.append(known)
        i += 1
    return out


def _curated(table: _Table, folded: str, tokens: list[Token], i: int,
             lang: str | None, any_meaning: bool = False) -> tuple[_Atom, int] | None:
    """The longest curated word starting at token ``i``, and the index after it (with
    ``any_meaning``, also a word whose languages read it differently)."""
    if tokens[i].kind == NUM and tokens[i].text[0] not in table.digit_starts:
        return None
    for j in range(min(len(tokens), i + _MAX_WORDS) - 1, i - 1, -1):
        if tokens[j].kind == PUNCT and tokens[j].text not in ".'-" and j > i:
            continue
        piece = folded[tokens[i].start:tokens[j].end]
        # (The text is folded already: its key only drops what lookup_key drops.)
        readings = table.words.get(piece.translate(DROP))
        if not readings:
            continue
        if lang is not None:
            # On a page of a known language, only its own phrase words: German 'am' is no
            # English 'am', Italian 'le' no French one.
            readings = tuple(r for r in readings if lang in r[2])
            if not readings:
                continue
        kinds = {(c, v) for c, v, _ in readings}
        if len(kinds) != 1 and not any_meaning:
            return None  # 'i' is 'to' in Danish and nothing in Dutch: without a hint, stop
        category, value, _ = readings[0]
        langs = frozenset().union(*(r[2] for r in readings))
        if category == "period":
            return _Atom("period", table.periods[value], piece, langs=langs), j + 1
        return _Atom(category, 0, piece, langs=langs), j + 1
    return None


def _number(lengths: Any, folded: str, tokens: list[Token], i: int,
            lang: str | None) -> tuple[_Atom, int] | None:
    """A number word ('eight', 'seize', 'treinta y dos') starting at token ``i``."""
    found: tuple[int, frozenset[str]] | None = None
    end = i
    for j in range(min(len(tokens), i + 3) - 1, i - 1, -1):
        entries = lengths.numbers.get(" ".join(folded[tokens[i].start:tokens[j].end].split()))
        if entries:
            found = _pick_number(entries, lang)
            end = j + 1
            break
    if found is None:
        return None
    tens, langs = found
    if tens in (10, 20, 30, 40, 50):
        # 'twenty five', 'vingt-cinq', 'treinta y dos', 'dix-sept': a ten and its unit.
        for k in range(end, min(len(tokens), end + 3)):
            piece = " ".join(folded[tokens[end - 1].end:tokens[k].end].split())
            for joiner in lengths.joiners:
                glue = joiner.strip()
                if tens == 10 and glue != "-":
                    continue  # 'ten five' is no fifteen
                if glue and piece.startswith(glue):
                    rest = piece[len(glue):].strip()
                elif not glue and k == end:
                    rest = piece
                else:
                    continue
                ones = lengths.numbers.get(rest)
                one = _pick_number(ones, lang) if ones else None
                if one is not None and 1 <= one[0] <= 9:
                    text = folded[tokens[i].start:tokens[k].end]
                    return _Atom("num", tens + one[0], text, langs=langs & one[1] or langs), k + 1
    return _Atom("num", tens, folded[tokens[i].start:tokens[end - 1].end], langs=langs), end


def _pick_number(entries: Any, lang: str | None) -> tuple[int, frozenset[str]] | None:
    values = {e.value for e in entries}
    if lang is not None:
        values = {e.value for e in entries if lang in e.langs}  # Danish 'et' is no French 1
    if len(values) != 1:
        return None
    value = next(iter(values))
    if value != int(value) or not 0 <= value <= 59:
        return None  # 'half an', 'a quarter of an': fractions are lengths, not clock times
    langs = frozenset().union(*(e.langs for e in entries if e.value == value))
    return int(value), langs


def _reading(tok: Token, family: int) -> _Atom | None:
    """A word the lexicon knows: a CLDR day period, or an hour or minute marker."""
    readings = tok.readings
    if family:
        near = tuple(r for r in readings if r.mask & family)
        readings = near or readings
    if any(r.kind == "Z" for r in readings):
        return _Atom("zone", 0, tok.text)  # 'UTC', 'GMT': offset zero
    # A day period of the language itself, not only of one region's variant ('día' is a
    # period only in Dominican Spanish, and a day everywhere).
    periods = [int(str(r.value)) for r in readings if r.kind == "P" and _plain(r.mask)]
    if periods:
        mask = 0
        for p in periods:
            mask |= p
        return _Atom("period", mask, tok.text)
    marks = {str(r.value) for r in readings if r.kind == "K"}
    if "H" in marks:
        return _Atom("clock", 0, tok.text)
    if "m" in marks:
        return _Atom("minute", 0, tok.text)
    # Connectors of the lexicon are left out: one language's connector is another's word
    # ('il', 'time', 'om'), and a clock phrase must explain every word.
    return None


def _plain(mask: int) -> bool:
    from localenorm._lexicon import lexicon

    return any("_" not in loc for loc in lexicon().locale_ids(mask))


# -- phrases ----------------------------------------------------------------------------------


def _phrase(text: str, atoms: list[_Atom], lang: str | None) -> Spoken | None:
    notes: list[str] = []
    clock24 = 0
    hedges = [a.text for a in atoms if a.kind == "hedge"]
    core = [a for a in atoms if a.kind not in ("hedge", "exact", "at", "period", "zone")]
    periods = [a for a in atoms if a.kind == "period"]
    said_at = any(a.kind == "at" for a in atoms)
    if not core or not any(a.kind in ("num", "noon", "midnight") for a in core):
        return None
    shape = tuple(a.kind for a in core)
    got = _clock(core, shape)
    if got is None:
        return None
    hour, minute, second, back, evidence = got
    if not (evidence or said_at or periods):
        return None  # '11', 'twenty': a number alone is not a time
    langs = _agreed(atoms)
    unit = next((a for a in core if a.kind == "clock" and a.unit), None)
    if unit is not None and not said_at and not periods and minute is None and back == 0:
        if not _length_or_clock(text, unit, hour, lang):
            return None
        notes.append(f"{unit.text!r} read as o'clock, not as a length of time")
    if hour > 24 or (minute is not None and minute > 59) or (second is not None
                                                             and second > 59):
        return None
    if hour == 24:
        return None  # '24 Uhr' is the end of a day: which one is for the date reader to say
    if periods:
        mask = _HOURS
        for p in periods:
            mask &= p.value
        if not mask:
            return None  # 'am' beside 'in the evening': the periods disagree
        halved = _half(text, hour, mask)
        if halved is None:
            return None
        hour = halved
    elif 1 <= hour <= 12 and "noon" not in shape:
        spoken_way = shape == ("num", "num") or \
            any(a.kind == "num" and not a.digits for a in core) or \
            any(a.kind in _FRACTIONS for a in core)
        if minute is None or spoken_way:
            # 'at 8', 'в 3', 'om 2 uur', 'at three', 'half past 3', 'um viertel nach 3': said
            # that way, the hour is 3 in the morning as often as in the afternoon. Hours with
            # minutes in digits ('о 10.10', '3h18', 'um 8:30 Uhr') are as written.
            clocks = [_clock_of(h, minute, back) for h in (hour % 12, hour % 12 + 12)]
            raise AmbiguousError(text, "an hour of a 12-hour clock without a day period",
                                 [f"{h:02d}:{m:02d}" for h, m in clocks], clocks=clocks)
        notes.append(f"hour {hour} read as written (no day period: a 24-hour clock)")
        clock24 = len(notes)
    if back:
        hour, minute = divmod((hour * 60 + (minute or 0) - back) % (24 * 60), 60)
    if hedges:
        notes.append("approximate (" + ", ".join(repr(h) for h in hedges) + " in the text)")
    worded = said_at or "clock" in shape
    return Spoken(hour, minute, second, tuple(notes), langs, worded,
                  any(a.kind == "zone" for a in atoms),
                  any(a.kind not in ("num", "sep") for a in atoms), clock24)


def _clock_of(hour: int, minute: int | None, back: int) -> tuple[int, int]:
    """The hour and minute ``back`` minutes before ``hour``:``minute``."""
    return divmod((hour * 60 + (minute or 0) - back) % (24 * 60), 60)


def _clock(core: list[_Atom], shape: tuple[str, ...],
           ) -> tuple[int, int | None, int | None, int, bool] | None:
    """(hour as spoken, minute, second, minutes to take back, whether the words themselves
    make it a clock time) for the shapes clock phrases take, else ``None``."""
    v = [a.value for a in core]
    if shape in (("noon",), ("num", "noon"), ("noon", "num")) and (len(v) == 1 or 12 in v):
        return 12, 0, None, 0, True
    # The o'clock word may follow the hour, the minutes or both ('8 h 10', '15.30 Uhr').
    plain = tuple(k for k in shape if k not in ("clock", "minute"))
    nums = [a for a in core if a.kind == "num"]
    marked = "clock" in shape
    if plain == ("num",):
        if shape not in (("num",), ("num", "clock")):
            return None
        hm = _glued_hhmm(nums[0])
        if hm is not None and marked is False:
            return hm[0], hm[1], None, 0, False
        return v[0], None, None, 0, marked
    if plain in (("num", "sep", "num"), ("num", "sep", "num", "sep", "num")):
        if shape[:3] != plain[:3] and shape[:4] != ("num", "clock", "sep", "num"):
            return None
        if any(a.digits != 2 for a in nums[1:]):
            return None
        second = nums[2].value if len(nums) == 3 else None
        return nums[0].value, nums[1].value, second, 0, True
    if plain == ("num", "num"):
        # '15h30', '8 h 10', 'शाम आठ बजकर 20 मिनट', 'five thirty' (a spelled hour and minutes).
        if shape[:3] == ("num", "clock", "num"):
            return v[0], v[2], None, 0, True
        if shape == ("num", "num") and nums[1].digits in (0, 2) and nums[1].value >= 10:
            return nums[0].value, nums[1].value, None, 0, False
        return None
    # Minutes past or to the hour, before it ('20 past 8', 'viertel vor 3') or after it
    # ('8 y 20', 'huit heures moins le quart').
    for how in ("past", "to", "and", "less"):
        if how not in plain:
            continue
        at = plain.index(how)
        first = how in ("past", "to")
        hour_part, minute_part = (plain[at + 1:], plain[:at]) if first else \
            (plain[:at], plain[at + 1:])
        if hour_part not in (("num",), ("noon",)):
            return None
        # ('a quarter to noon': noon is twelve, and needs no day period.)
        hour = 12 if hour_part == ("noon",) else nums[-1].value if first else nums[0].value
        number = (nums[0].value if first else nums[-1].value) if nums else 0
        minutes = _minutes(minute_part, number)
        if minutes is None:
            return None
        if how in ("past", "and"):
            return hour, minutes, None, 0, True
        return hour, 0, None, minutes, True
    if plain == ("num", "half"):
        return v[0], 30, None, 0, True  # '三時半', '3시 반'
    if plain == ("half_before", "num"):
        return nums[0].value, 0, None, 30, True
    return None


def _minutes(part: tuple[str, ...], number: int) -> int | None:
    if part == ("num",):
        return number if 1 <= number <= 59 else None
    fractions: dict[tuple[str, ...], int] = {("quarter",): 15, ("half",): 30,
                                             ("three_quarters",): 45}
    return fractions.get(part)


def _glued_hhmm(atom: _Atom) -> tuple[int, int] | None:
    """'1140' before 'a.m.': hours and minutes written without a separator."""
    if atom.digits not in (3, 4):
        return None
    hour, minute = divmod(atom.value, 100)
    return (hour, minute) if hour <= 12 and minute <= 59 else None


def _half(text: str, hour: int, mask: int) -> int | None:
    """The hour a day period makes of ``hour``: the candidate inside the period, else the
    one nearer to it (refused on a tie: 'tonight at 2'). Twelve
    at night is refused: midnight at the start or at the end of the day?"""
    if hour == 12 and mask & _PM and not mask >> 12 & 1:
        raise AmbiguousError(text, "twelve with an evening or night period: the midnight "
                             "that starts or that ends the day", ["00:00", "24:00"],
                             clocks=[(0, 0), (24, 0)])
    if hour > 12 or hour == 0:
        half = _PM if hour >= 12 else _AM
        return hour if mask >> hour & 1 or not mask & ~half else None
    options = [h for h in (hour % 12, hour % 12 + 12) if mask >> h & 1]
    if len(options) == 1:
        return options[0]
    if not options:
        near = nearer_half(hour, mask)
        if near is not None:
            return near
    hours = (hour % 12, hour % 12 + 12)
    raise AmbiguousError(text, "the day period does not decide the hour",
                         [f"{h:02d}:00" for h in hours], clocks=[(h, 0) for h in hours])


def nearer_half(hour: int, mask: int) -> int | None:
    """Of ``hour`` (1-12) in the morning or in the afternoon, the one nearer to a day period
    that holds neither; ``None`` on a tie or when that one is in the other half of the day.
    CLDR's ranges are narrow ('晚上' from 19:00, '早上' to 08:00) but the period still names
    the half of the day ('晚上六点' 18:00, '早上11点' 11:00)."""
    if not mask & _HOURS:
        return None
    gaps = {h: _gap(h, mask) for h in (hour % 12, hour % 12 + 12)}
    if gaps[hour % 12] == gaps[hour % 12 + 12]:
        return None
    near = min(gaps, key=lambda h: gaps[h])
    if not mask & (_AM if near < 12 else _PM):
        return None  # '晚上1点', 'tonight at 1': after midnight, so on which day?
    return near


def _gap(hour: int, mask: int) -> int:
    return min(min((hour - h) % 24, (h - hour) % 24) for h in range(24) if mask >> h & 1)


def _agreed(atoms: list[_Atom]) -> frozenset[str]:
    common: frozenset[str] | None = None
    for a in atoms:
        if a.langs:
            common = a.langs if common is None else common & a.langs
    return common or frozenset()


def _length_or_clock(text: str, unit: _Atom, hour: int, lang: str | None) -> bool:
    """Whether 'number + word' ('15 uur', '3 години', '15h'), where the word is also a unit
    of length, is a clock time: yes in a language that writes hours that way; no (a length)
    where it is not a clock word and the number may count hours; refused otherwise."""
    if lang is not None and lang in unit.langs:
        return True
    if lang is not None and hour <= 12:
        return False  # English feeds print '5h' for five hours ago
    if hour > 24:
        return False
    raise AmbiguousError(text, f"{unit.text!r} after a number is an hour of the clock in some "
                         "languages and a length of time in others; pass locale=",
                         [f"{hour:02d}:00", f"{hour} hours before or after the reference"])
