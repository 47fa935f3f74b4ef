"""Calendars other than the Gregorian: which one a text is in, and its Gregorian day.

A pure stage used by ``_resolve``: no state, no I/O. The conversion libraries are imported
only when a date of their calendar is converted, so ``import localenorm`` stays cheap:

- Islamic dates use ``hijridate``, an implementation of the Umm al-Qura table the Saudi
  authorities publish (1343-1500 AH, 1924-2077 CE). The tabular (arithmetic) Islamic
  calendar differs from it by a day or two in many months, so no formula would do.
- Persian (Solar Hijri) dates use ``jdatetime`` (through ``jalali-core``): small, no further
  dependencies, widely used in Iran; the tests check it against ``convertdate``'s
  independent implementation over the years pages print.
- Hebrew dates use ``pyluach``: it numbers months as the Hebrew calendar does (Nisan 1,
  Adar II 13), knows leap years, and has no dependencies.
- Buddhist, Minguo (ROC) and Japanese era years are Gregorian years with another count, so
  they need no library: an offset, or the era's first day (from CLDR's calendar data).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

from localenorm._lexicon import Reading
from localenorm._tokenize import NUM, PUNCT, UNKNOWN, WORD, Token

CALENDARS = ("gregorian", "islamic-umalqura", "persian", "buddhist", "japanese", "roc", "hebrew")

# The calendar a lexicon marker or month value names (the part before ':').
_FAMILY = {
    "islamic": "islamic-umalqura",
    "persian": "persian",
    "buddhist": "buddhist",
    "japanese": "japanese",
    "roc": "roc",
    "hebrew": "hebrew",
    "gregorian": "gregorian",
}

# Calendars whose months are the Gregorian months: a Gregorian month name fits them.
GREGORIAN_MONTHS = frozenset({"gregorian", "buddhist", "japanese", "roc"})

# The first calendar of CLDR's calendarPreferenceData for the locale's region, where it is
# not the Gregorian: TH buddhist; IR and AF persian; SA islamic-umalqura. Keys are table
# locales or languages whose likely region is one of those.
_LOCALE_DEFAULT = {
    "th": "buddhist",
    "th_TH": "buddhist",
    "fa": "persian",
    "fa_IR": "persian",
    "fa_AF": "persian",
    "ps": "persian",
    "ps_AF": "persian",
    "uz_Arab": "persian",
    "uz_Arab_AF": "persian",
    "ckb_IR": "persian",
    "lrc": "persian",
    "lrc_IR": "persian",
    "mzn": "persian",
    "mzn_IR": "persian",
    "ar_SA": "islamic-umalqura",
}

# Japanese eras from Meiji on: (name, first day). Japan kept the lunisolar calendar until
# 1872-12-02 (Meiji 5), so Meiji 1-5 dates are not Gregorian days and are refused.
_ERAS = (
    ("meiji", date(1868, 10, 23)),
    ("taisho", date(1912, 7, 30)),
    ("showa", date(1926, 12, 25)),
    ("heisei", date(1989, 1, 8)),
    ("reiwa", date(2019, 5, 1)),
)
_GREGORIAN_IN_JAPAN = date(1873, 1, 1)
_ROC_FIRST = 1912  # Minguo 1 is 1912; the calendar counts no years before it
_BUDDHIST_OFFSET = 543

# Plain 'Adar' (no I or II), a month that a leap year has twice.
ADAR = 14

# Gregorian years a page plausibly prints: used only to choose a locale's default calendar
# over the Gregorian when the year fits one and not the other.
PLAUSIBLE = range(1800, 2200)


class CalendarError(Exception):
    """A calendar date that cannot be converted: ``kind`` is ``"invalid"``, ``"missing"``
    (not enough fields for this calendar) or ``"ambiguous"`` (with ``candidates``)."""

    def __init__(self, kind: str, reason: str, candidates: tuple[str, ...] = ()) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason
        self.candidates = candidates


def family(marker: str) -> str:
    """The calendar of a lexicon value such as ``"persian:8"`` or ``"japanese:reiwa"``."""
    return _FAMILY[marker.split(":", 1)[0]]


def locale_default(locale: str) -> str:
    return _LOCALE_DEFAULT.get(locale, "gregorian")


def approx_gregorian_year(calendar: str, year: int) -> int:
    """The Gregorian year a year of ``calendar`` (mostly) falls in, for plausibility only."""
    if calendar == "buddhist":
        return year - _BUDDHIST_OFFSET
    if calendar == "persian":
        return year + 621
    if calendar == "islamic-umalqura":
        return 622 + year * 354367 // 365242  # lunar years are 354.367 days
    if calendar == "hebrew":
        return year - 3760
    if calendar == "roc":
        return year + _ROC_FIRST - 1
    return year


@dataclass(frozen=True, slots=True)
class Converted:
    year: int
    month: int | None
    day: int | None

    def iso(self) -> str:
        return f"{self.year:04d}-{self.month or 1:02d}-{self.day or 1:02d}"


def to_gregorian(
    calendar: str, year: int, month: int | None, day: int | None, era: str | None = None
) -> Converted:
    """The Gregorian (year, month, day) of a date in ``calendar``; month and day may be
    ``None`` only where the calendar's months are the Gregorian ones."""
    if calendar == "buddhist":
        return _gregorian_like(year - _BUDDHIST_OFFSET, month, day, "Buddhist")
    if calendar == "roc":
        if year < 1:
            raise CalendarError("invalid", f"Minguo year {year} does not exist")
        return _gregorian_like(year + _ROC_FIRST - 1, month, day, "Minguo")
    if calendar == "japanese":
        return _japanese(year, month, day, era)
    if month is None or day is None:
        raise CalendarError(
            "missing",
            f"a {_TITLE[calendar]} date needs a day and a month: "
            "its months do not match Gregorian months",
        )
    if calendar == "islamic-umalqura":
        return _islamic(year, month, day)
    if calendar == "persian":
        return _persian(year, month, day)
    if calendar == "hebrew":
        return _hebrew(year, month, day)
    raise CalendarError("invalid", f"unknown calendar {calendar!r}")


_TITLE = {
    "islamic-umalqura": "Hijri (Umm al-Qura)",
    "persian": "Persian (Solar Hijri)",
    "hebrew": "Hebrew",
    "buddhist": "Buddhist",
    "roc": "Minguo",
    "japanese": "Japanese",
}


def _gregorian_like(year: int, month: int | None, day: int | None, name: str) -> Converted:
    if not 1 <= year <= 9999:
        raise CalendarError("invalid", f"{name} year is out of range (Gregorian {year})")
    if month is not None and not 1 <= month <= 12:
        raise CalendarError("invalid", f"month {month} does not exist")
    if day is not None:
        try:
            date(year, month or 1, day)
        except ValueError:
            raise CalendarError(
                "invalid", f"{year:04d}-{month:02d}-{day:02d} is not a date"
            ) from None
    return Converted(year, month, day)


def _japanese(year: int, month: int | None, day: int | None, era: str | None) -> Converted:
    if era is None:
        raise CalendarError("missing", "a Japanese calendar year needs an era name")
    names = [name for name, _ in _ERAS]
    k = names.index(era)
    start = _ERAS[k][1]
    end = _ERAS[k + 1][1] if k + 1 < len(_ERAS) else date(9999, 12, 31)
    got = _gregorian_like(start.year + year - 1, month, day, "Japanese era")
    if year < 1:
        raise CalendarError("invalid", f"{era.title()} {year} does not exist")
    # The era must cover the day, or some day of the month or year at coarser grains.
    first = date(got.year, got.month or 1, got.day or 1)
    if got.day is not None:
        last = first
    elif got.month is not None:
        last = date(got.year, got.month, 28)
    else:
        last = date(got.year, 12, 31)
    if last < start or first >= end:
        raise CalendarError(
            "invalid",
            f"{era.title()} {year} "
            f"{'' if month is None else f'month {month} '}"
            f"{'' if day is None else f'day {day} '}is outside the era "
            f"({start.isoformat()} to {end.isoformat()})",
        )
    if last < _GREGORIAN_IN_JAPAN:
        raise CalendarError(
            "invalid",
            "Japan used the lunisolar calendar before Meiji 6 "
            "(1873); such dates are not Gregorian days",
        )
    return got


def _islamic(year: int, month: int, day: int) -> Converted:
    from hijridate import Hijri  # lazily: only Hijri dates need it

    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError) as exc:
        raise CalendarError(
            "invalid",
            f"Hijri {year}-{month:02d}-{day:02d} is not in the "
            f"Umm al-Qura table (1343-1500 AH): {exc}",
        ) from None
    return Converted(g.year, g.month, g.day)


def _persian(year: int, month: int, day: int) -> Converted:
    # Lazily: only Persian dates need it. It ships no type information.
    import jdatetime  # type: ignore[import-untyped]

    if not 1 <= year <= 3000:
        raise CalendarError("invalid", f"Persian year {year} is out of range (1-3000)")
    try:
        g = jdatetime.date(year, month, day).togregorian()
    except ValueError as exc:
        raise CalendarError(
            "invalid", f"Persian {year}-{month:02d}-{day:02d} is not a date: {exc}"
        ) from None
    return Converted(g.year, g.month, g.day)


def _hebrew(year: int, month: int, day: int) -> Converted:
    # Lazily: only Hebrew dates need it. It ships no type information.
    from pyluach import dates, hebrewcal  # type: ignore[import-untyped]

    if not 3761 < year <= 9999:
        raise CalendarError("invalid", f"Hebrew year {year} is out of range (3762-9999)")
    leap = hebrewcal.Year(year).leap
    if month == ADAR:
        if leap:
            # A leap year has Adar I and Adar II; plain 'Adar' does not say which.
            cands = tuple(_hebrew(year, m, day).iso() for m in (12, 13))
            raise CalendarError(
                "ambiguous",
                f"{year} is a leap year with two months of Adar; say Adar I or Adar II",
                cands,
            )
        month = 12
    elif month == 13 and not leap:
        raise CalendarError("invalid", f"Hebrew year {year} is not a leap year: it has no Adar II")
    try:
        g = dates.HebrewDate(year, month, day).to_pydate()
    except ValueError as exc:
        raise CalendarError(
            "invalid", f"Hebrew {year}-{month:02d}-{day:02d} is not a date: {exc}"
        ) from None
    return Converted(g.year, g.month, g.day)


# -- numerals written with letters -------------------------------------------------------

_HEBREW_LETTERS = {
    "א": 1,
    "ב": 2,
    "ג": 3,
    "ד": 4,
    "ה": 5,
    "ו": 6,
    "ז": 7,
    "ח": 8,
    "ט": 9,
    "י": 10,
    "כ": 20,
    "ך": 20,
    "ל": 30,
    "מ": 40,
    "ם": 40,
    "נ": 50,
    "ן": 50,
    "ס": 60,
    "ע": 70,
    "פ": 80,
    "ף": 80,
    "צ": 90,
    "ץ": 90,
    "ק": 100,
    "ר": 200,
    "ש": 300,
    "ת": 400,
}
# Geresh and gershayim as pages type them: the Hebrew marks (folded to ASCII by _normalize),
# ASCII quotes, typographic quotes and primes.
_MARKS = frozenset("'\"’”‘“′″´`")


def hebrew_number(letters: str) -> int | None:
    """The value of a Hebrew numeral without its marks ('תשפד' 784, 'טו' 15), or ``None``
    when the letters are not one (a numeral's letters never rise in value)."""
    if not letters or any(ch not in _HEBREW_LETTERS for ch in letters):
        return None
    values = [_HEBREW_LETTERS[ch] for ch in letters]
    if any(b > a for a, b in itertools.pairwise(values)):
        # 'ת' repeats for 800+ (תת); otherwise a rising letter is a word, not a number.
        return None
    return sum(values)


def _hebrew_run(tokens: list[Token], i: int) -> tuple[int, int, bool] | None:
    """A Hebrew numeral starting at token ``i``: (value, index after it, had marks)."""
    letters = ""
    marks = False
    thousands = 0
    j = i
    while j < len(tokens):
        tok = tokens[j]
        text = tok.text
        if j > i and tok.space_before:
            break
        if (
            len(letters) == 1
            and not thousands
            and text == "'"
            and j + 1 < len(tokens)
            and not tokens[j + 1].space_before
            and tokens[j + 1].kind != PUNCT
        ):
            # 'ה'תשפ"ד': a letter with a geresh before more letters counts thousands.
            thousands = _HEBREW_LETTERS[letters] * 1000
            letters = ""
            j += 1
            continue
        if tok.kind in (UNKNOWN, WORD) and all(
            ch in _HEBREW_LETTERS or ch in _MARKS for ch in text
        ):
            if any(r.kind == "C" for r in tok.readings):
                break  # a month name ('אב' is Av, though its letters make 3)
            if (
                j == i
                and any(r.kind not in ("F", "K") for r in tok.readings)
                and not (
                    j + 1 < len(tokens)
                    and tokens[j + 1].text in _MARKS
                    and not tokens[j + 1].space_before
                )
                and not _beside_month(tokens, i)
            ):
                # 'ד' alone may be Wednesday; 'ד׳' or 'ד"' before a month is a numeral.
                break
            marks = marks or any(ch in _MARKS for ch in text)
            letters += "".join(ch for ch in text if ch in _HEBREW_LETTERS)
        elif tok.kind == PUNCT and text in _MARKS:
            marks = True
        else:
            break
        j += 1
    value = hebrew_number(letters)
    if value is None or j == i:
        return None
    return thousands + value, j, marks


def _beside_month(tokens: list[Token], i: int) -> bool:
    """Token ``i`` stands right before or after a Hebrew month name: unmarked letters there
    ('א שבט תרס') are the day or the year."""
    return any(
        0 <= k < len(tokens)
        and any(r.kind == "C" and str(r.value).startswith("hebrew:") for r in tokens[k].readings)
        for k in (i - 1, i + 1)
    )


def _is_hebrew_month(tok: Token) -> bool:
    return any(r.kind == "C" and str(r.value).startswith("hebrew:") for r in tok.readings)


def _split_prefixed_months(tokens: list[Token]) -> list[Token]:
    """The lexicon joins words across spaces and apostrophes, and knows month names with the
    prefix ב ('בחשוון'): so 'כ״ב סיון' and 'ב׳ שבט' come out with the numeral's last letter
    ('ב', 2) read into the month. A letter parted from the month by a space or a mark is
    the numeral's: it is split off again."""
    out: list[Token] = []
    for tok in tokens:
        text = tok.text
        if not (
            _is_hebrew_month(tok)
            and len(text) > 2
            and text[0] in _HEBREW_LETTERS
            and text[1] not in _HEBREW_LETTERS
        ):
            out.append(tok)
            continue
        out.append(Token(UNKNOWN, text[0], tok.start, tok.start + 1, tok.space_before))
        k = 1
        while k < len(text) and text[k] in _MARKS:
            out.append(Token(PUNCT, text[k], tok.start + k, tok.start + k + 1, False))
            k += 1
        rest = k
        while rest < len(text) and text[rest] == " ":
            rest += 1
        out.append(Token(WORD, text[rest:], tok.start + rest, tok.end, rest > k, tok.readings))
    return out


def _adar_numbers(tokens: list[Token]) -> list[Token]:
    """'אדר א′', 'אדר ב″': Adar I and II with marks the lexicon's keys do not fold (primes,
    typographic quotes stay inside the word): the letter after a plain Adar, with a mark,
    numbers the Adar (a day is written before the month, not after it)."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        adar = [r for r in tok.readings if r.kind == "C" and r.value == f"hebrew:{ADAR}"]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if adar and nxt is not None and nxt.kind in (UNKNOWN, WORD) and nxt.text[0] in "אב":
            rest = nxt.text[1:]
            mark_after = i + 2 < len(tokens) and tokens[i + 2].text in _MARKS
            if (rest and all(ch in _MARKS for ch in rest)) or (not rest and mark_after):
                last = tokens[i + 2] if not rest else nxt
                month = 12 if nxt.text[0] == "א" else 13
                readings = (Reading("C", f"hebrew:{month}", adar[0].mask),)
                out.append(Token(WORD, tok.text, tok.start, last.end, tok.space_before, readings))
                i += 2 if rest else 3
                continue
        out.append(tok)
        i += 1
    return out


def numeral_tokens(tokens: list[Token]) -> list[Token]:
    """Numbers written with letters in calendar dates, as number tokens: Hebrew numerals
    next to a Hebrew month name ('ח׳ בחשוון תשפ״ד'), and '元' (the first year of a Japanese
    era) before the year marker. Other tokens are returned unchanged."""
    hebrew = any(
        r.kind == "C" and str(r.value).startswith("hebrew:") for t in tokens for r in t.readings
    )
    first_year = any(t.kind == UNKNOWN and "元" in t.text for t in tokens)
    if not hebrew and not first_year:
        return tokens
    if hebrew:
        tokens = _adar_numbers(_split_prefixed_months(tokens))
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if (
            first_year
            and tok.kind == UNKNOWN
            and tok.text == "元"
            and i + 1 < len(tokens)
            and any(r.kind == "K" and r.value == "y" for r in tokens[i + 1].readings)
        ):
            out.append(Token(NUM, "1", tok.start, tok.end, tok.space_before))
            i += 1
            continue
        run = _hebrew_run(tokens, i) if hebrew else None
        if run is not None:
            value, j, _ = run
            last = tokens[j - 1]
            if 100 <= value < 1000:
                # A year: thousands are left out ('תשפ"ד' is 5784); 'ה'תשפ"ד' writes them.
                value += 5000
            if value < 100 or value > 1000:
                out.append(Token(NUM, str(value), tok.start, last.end, tok.space_before))
                i = j
                continue
        out.append(tok)
        i += 1
    return out
