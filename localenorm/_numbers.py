"""Numbers as pages print them: ``٤٬٦٠٠``, ``1.234,56``, ``12 345,6``, ``1,23,456``, ``12%``,
``1.2K``, ``١٫٢ ألف``, ``1,2 Mio.``, ``12万``, ``3,4 тыс.`` -> an exact ``Decimal``.

A text is one number: a sign, percent or per-mille sign and a compact-number word (CLDR's
short and long forms) around digits of any script with separators between them. Which
separator groups and which marks decimals is what a locale says; the table
(``data/generate_numbers.py`` -> ``_data/numbers.json``) holds, for every CLDR locale, its
separators for its Latin, default and native digits, its grouping, and its compact forms.

With a locale, the text must read as that locale writes numbers (or, for a compact word the
locale lacks, as every locale that has the word reads it). Without one, the text is read
under every locale's conventions: when they all give one value it is the answer, and the
reading is named in ``assumptions`` ('1,234,567': ',' can only group); when they give
several, an :class:`AmbiguousError` lists them ('1,234': 1234 or 1.234), never a guess.
"""

from __future__ import annotations

import decimal
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from localenorm._errors import AmbiguousError, ParseError, UnknownLocaleError
from localenorm._lexkey import lookup_key
from localenorm._normalize import _REMOVE
from localenorm._packaged import once, read_json

MAX_LENGTH = 512

# The separators CLDR locales write between digits, each as itself: the Arabic decimal and
# thousands signs and the Arabic comma are kept apart from '.' and ',' (an Arabic decimal
# sign is never a group separator, whatever '.' may be).
_SEPARATORS = {".": ".", ",": ",", "'": "'", "\u2019": "'", "\u066b": "\u066b",
               "\u066c": "\u066c", "\u060c": "\u060c", "\u2e41": "\u2e41"}
_DASHES = {"\u2212": "-", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
           "\ufe63": "-"}
_INVISIBLE = frozenset(_REMOVE)
_SEPARATOR_CLASS = "[" + re.escape("".join(sorted(set(_SEPARATORS.values()) | {" "}))) + "]"
_CORE = re.compile(f"[0-9]+(?:{_SEPARATOR_CLASS}[0-9]+)*|[.,\u066b][0-9]+")
_SPLIT = re.compile(f"({_SEPARATOR_CLASS})")
_SIGNS = "+-"
_PERCENT_POWER = {"percent": -2, "permille": -3}
# Exponents up to 10^4: beyond, a Decimal would be as long as the exponent is large.
_MAX_EXPONENT_DIGITS = 4
# Enough digits for any text this reads (512 characters and a power of ten beside them).
_CONTEXT = decimal.Context(prec=2000, Emax=999_999, Emin=-999_999)

_ROLE_NAMES = {".": "'.'", ",": "','", " ": "a space", "'": "an apostrophe",
               "\u066b": "'\u066b'", "\u066c": "'\u066c'", "\u060c": "'\u060c'",
               "\u2e41": "'\u2e41'"}


def normalized(text: str) -> str:
    """``text`` with invisible marks dropped, digits of any script as ASCII, every space as
    ``" "``, full-width forms and dashes as ASCII, and separators as :data:`_SEPARATORS`
    keeps them; letters keep their case. The table's affixes and symbols are stored so."""
    return "".join(_char(ch) for ch in _nfc(text))


def separator(symbol: str) -> str:
    """A CLDR decimal or group symbol as :func:`normalized` writes it (one character)."""
    out = normalized(symbol).strip() or " "
    assert len(out) == 1, symbol
    return out


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _char(ch: str) -> str:
    if ch in _INVISIBLE:
        return ""
    cp = ord(ch)
    if 0xFF01 <= cp <= 0xFF5E:
        ch = chr(cp - 0xFEE0)  # full-width forms (CJK input methods)
    if ch.isspace():
        return " "
    digit = unicodedata.decimal(ch, -1)
    if digit >= 0:
        return str(digit)
    return _SEPARATORS.get(ch) or _DASHES.get(ch) or ch


@dataclass(frozen=True, slots=True)
class NumberResult:
    """A number read from text: ``value`` exactly as printed (``12%`` is ``0.12``, ``1.2K``
    is ``1200``), ``locale`` the locale whose conventions read it (the one passed, as BCP 47,
    else the language whose compact word the text uses, else ``None``), and ``assumptions``
    what the reading took that the text does not say (which separator groups digits when no
    locale was passed, what a compact word stands for)."""

    text: str
    value: Decimal
    locale: str | None = None
    assumptions: tuple[str, ...] = ()

    def __str__(self) -> str:
        return str(self.value)


Convention = tuple[str, str, int, int]  # decimal, group, primary, secondary (0: no groups)
Compact = tuple[str, str, int, int]  # prefix, suffix, gap bits, power of ten


class _Data:
    def __init__(self, raw: dict[str, Any]) -> None:
        self.about: dict[str, Any] = raw["about"]
        self.conventions: list[Convention] = [
            (str(c[0]), str(c[1]), int(c[2]), int(c[3])) for c in raw["conventions"]]
        self.compact: list[list[Compact]] = [
            [(str(e[0]), str(e[1]), int(e[2]), int(e[3])) for e in table]
            for table in raw["compact"]]
        # Each profile: its conventions with the zero of the digits each is for, its table.
        self.profiles: list[tuple[tuple[tuple[int, str], ...], int]] = [
            (tuple((int(c[0]), str(c[1])) for c in p[0]), int(p[1])) for p in raw["profiles"]]
        self.locales: dict[str, int] = raw["locales"]
        self.members: dict[int, list[str]] = {}
        for loc, profile in sorted(self.locales.items()):
            self.members.setdefault(profile, []).append(loc)
        self.symbols: dict[str, list[str]] = raw["symbols"]
        self.digits: dict[str, str] = raw["digits"]
        # Affix -> (compact table, gap, power) over every table, exact and loosely spelled.
        self.exact: dict[tuple[str, str], list[tuple[int, int, int]]] = {}
        self.loose: dict[tuple[str, str], list[tuple[int, int, int]]] = {}
        for t, table in enumerate(self.compact):
            for prefix, suffix, gap, power in table:
                self.exact.setdefault((prefix, suffix), []).append((t, gap, power))
                self.loose.setdefault((lookup_key(prefix), lookup_key(suffix)), []).append(
                    (t, gap, power))
        self.words: frozenset[str] = frozenset(
            w for p, s in self.exact for w in (p, s) if w)
        signs = "|".join(re.escape(s) for s in sorted(
            set(self.symbols["exponent"]) | {"E", "e"}, key=len, reverse=True))
        self.exponent = re.compile(f"(?:{signs}) ?([+-]?)([0-9]+)$", re.IGNORECASE)


@once
def data() -> _Data:
    """The packaged number table, read once."""
    return _Data(read_json("numbers.json"))


class _Reading:
    """What one convention makes of the digits and separators: the value's digits and
    which separators it took for what."""

    __slots__ = ("convention", "digits", "roles")

    def __init__(self, convention: Convention, digits: str, roles: str) -> None:
        self.convention = convention
        self.digits = digits  # '1234.5'
        self.roles = roles  # "',' groups digits, '.' marks decimals"


def _read_core(core: str, conv: Convention) -> _Reading | None:
    dec, grp, primary, secondary = conv
    pieces = _SPLIT.split(core)
    numbers = pieces[0::2]
    seps = pieces[1::2]
    if not seps:
        return _Reading(conv, core, "")
    if any(s not in (dec, grp) for s in seps):
        return None
    if seps.count(dec) > 1 or (dec in seps and seps[-1] != dec):
        return None
    frac = ""
    if seps[-1] == dec:
        frac = numbers[-1]
        numbers = numbers[:-1]
    groups = numbers
    if len(groups) > 1:
        if not primary or not _grouped(groups, primary, secondary):
            return None
    elif groups == [""] and not frac:
        return None
    roles = []
    if grp in seps:
        roles.append(f"{_ROLE_NAMES[grp]} groups digits")
    if frac:
        roles.append(f"{_ROLE_NAMES[dec]} marks decimals")
    whole = "".join(groups) or "0"
    return _Reading(conv, whole + ("." + frac if frac else ""), ", ".join(roles))


def _grouped(groups: list[str], primary: int, secondary: int) -> bool:
    first, middle, last = groups[0], groups[1:-1], groups[-1]
    if not first or first[0] == "0" or len(last) != primary:
        return False
    if len(first) > (secondary if middle or secondary != primary else primary):
        return False
    return all(len(g) == secondary for g in middle)


class _Text:
    """A text cut into what surrounds its digits: sign, percent sign and compact word in
    the prefix and suffix, the digits and separators, an exponent."""

    __slots__ = ("core", "power", "prefix", "prefix_gap", "sign", "span", "suffix",
                 "suffix_gap", "symbol", "zero")

    def __init__(self) -> None:
        self.core = ""
        self.span: tuple[int, int] | None = None  # the digits, unless they are all the text
        self.sign = ""
        self.symbol = ""  # 'percent' or 'permille'
        self.power = 0  # from an exponent
        self.prefix = ""
        self.suffix = ""
        self.prefix_gap = False
        self.suffix_gap = False
        self.zero = "0"  # the zero of the script of the text's first digit


class _CharTable(dict[int, str]):
    """A ``str.translate`` table of :func:`_char`, worked out for each character the first
    time it is met (a text may hold any of a million; the memo is bounded by that)."""

    def __missing__(self, cp: int) -> str:
        out = _char(chr(cp))
        self[cp] = out
        return out


_TABLE = _CharTable()


def _offsets(text: str) -> list[int]:
    """Where each character of ``normalized(text)`` came from in ``text``, and its end."""
    at: list[int] = []
    for i, ch in enumerate(text):
        at.extend([i] * len(_char(ch)))
    at.append(len(text))
    return at


def _cut(original: str, d: _Data) -> _Text:
    text = _nfc(original)
    norm = text.translate(_TABLE)
    # Every character maps to one, or to none (an invisible mark): only then do offsets move.
    at = list(range(len(text) + 1)) if len(norm) == len(text) else _offsets(text)
    m = _CORE.search(norm)
    if m is None:
        raise ParseError(original, "has no digits: not a number")
    cut = _Text()
    first = text[at[m.start()]]
    cut.zero = chr(ord(first) - unicodedata.decimal(first, 0)) if first.isdecimal() else "0"
    core = m.group()
    # A group space is inside the digits; spaces at either end part the affixes.
    cut.core = core
    span = (at[m.start()], at[m.end() - 1] + 1)
    lead = len(original) - len(original.lstrip())
    if span != (lead, len(original.rstrip())) or len(text) != len(original):
        cut.span = span
    before, after = norm[:m.start()], norm[m.end():]
    exp = d.exponent.match(after.strip()) if after.strip() else None
    if exp is not None:
        cut.power = int(exp.group(1) + exp.group(2)[:_MAX_EXPONENT_DIGITS + 1])
        if abs(cut.power) > 10 ** _MAX_EXPONENT_DIGITS:
            raise ParseError(original, "has an exponent too large for a number")
        after = ""
    before, cut.sign, sym1 = _peel(original, before, d, at, 0)
    after, sign2, sym2 = _peel(original, after, d, at, m.end())
    if sign2 or (sym1 and sym2):
        raise ParseError(original, "has a sign or percent sign where a number has none")
    cut.symbol = sym1 or sym2
    cut.prefix_gap = before.endswith(" ")
    cut.suffix_gap = after.startswith(" ")
    cut.prefix = " ".join(before.split())
    cut.suffix = " ".join(after.split())
    return cut


def _peel(original: str, affix: str, d: _Data, at: list[int],
          offset: int) -> tuple[str, str, str]:
    """``affix`` without the signs and percent signs at its ends, and those."""
    sign = symbol = ""
    rest = affix
    changed = True
    while changed:
        changed = False
        stripped = rest.strip()
        for end in (0, 1):
            piece = stripped[-1:] if end else stripped[:1]
            if piece and piece in _SIGNS and not sign:
                sign = piece
                rest = stripped[:-1] if end else stripped[1:]
                changed = True
                break
            for kind in ("percent", "permille"):
                for sym in d.symbols[kind]:
                    if sym and (stripped.endswith(sym) if end else stripped.startswith(sym)):
                        if symbol:
                            raise ParseError(original, "has two percent or per-mille signs")
                        symbol = kind
                        rest = stripped[:-len(sym)] if end else stripped[len(sym):]
                        changed = True
                        break
                if changed:
                    break
            if changed:
                break
        if changed and not rest.strip():
            break
    # Keep the spacing next to the number: it tells compact words apart ('1 কো', '1কো').
    if offset == 0:
        rest = rest.rstrip() + (" " if affix.endswith(" ") or rest.endswith(" ") else "")
    else:
        rest = (" " if affix.startswith(" ") or rest.startswith(" ") else "") + rest.lstrip()
    return rest, sign, symbol


def parse_number(text: str, *, locale: str | None = None) -> NumberResult:
    """Read one number from ``text``: digits of any script, the locale's group and decimal
    separators (``1,234.5``, ``1.234,5``, ``12 345,6``, ``1'234.5``, ``1,23,456``), a sign,
    a percent or per-mille sign (``12%`` is ``0.12``), an exponent, and CLDR's compact forms
    short and long in every locale that has them (``1.2K``, ``١٫٢ ألف``, ``1,2 Mio.``,
    ``12万``, ``3,4 тыс.``), into ``NumberResult.value``, an exact ``Decimal``.

    ``locale`` (any spelling :func:`localenorm.normalize_locale` reads) says which separator
    is which; the text must then read as that locale writes numbers. Without it, a text is
    read when every locale's conventions give it one value (``1,234,567``, ``1.234,56``,
    ``12 345,6``; the reading is named in ``assumptions``) and is an :class:`AmbiguousError`
    listing the values otherwise (``1,234``: 1234 or 1.234). Raises :class:`ParseError` for
    a text that is not one number, :class:`UnknownLocaleError` for an unknown locale.
    """
    stripped = text.strip()
    if not stripped:
        raise ParseError(text, "empty text")
    if len(stripped) > MAX_LENGTH:
        raise ParseError(text, f"longer than {MAX_LENGTH} characters")
    if locale is None:
        return _unhinted(text)
    return _hinted(text, locale)


@lru_cache(maxsize=512)  # callers pass the same few locales again and again
def _locale_profile(locale: str) -> tuple[str, int]:
    """(canonical tag, the profile of the CLDR locale whose data applies to it)."""
    from localenorm._locales import locale_tag

    tag = locale_tag(locale)
    d = data()
    parts = tag.cldr_id().split("_")
    # The locale itself, else its parents by truncation ('de_US' -> 'de').
    for n in range(len(parts), 0, -1):
        cand = "_".join(parts[:n])
        if cand in d.locales:
            return str(tag), d.locales[cand]
    if tag.script:
        cand = f"{tag.language}_{tag.script}"
        if cand in d.locales:
            return str(tag), d.locales[cand]
    raise UnknownLocaleError(locale, "names a locale this version has no number data for")


def _hinted(text: str, locale: str) -> NumberResult:
    tag, profile = _locale_profile(locale)
    d = data()
    cut = _cut(text, d)
    table = d.profiles[profile][1]
    tiers = _options(profile, cut.zero)
    readings: list[_Reading] = []
    for options in tiers:
        readings = [r for r in (_read_core(cut.core, c) for c in options) if r is not None]
        if readings:
            break
    if not readings:
        dec, grp = (tiers[0] or tiers[1])[0][:2]
        raise ParseError(text, f"does not write the number as {tag} does ({_ROLE_NAMES[dec]} "
                         f"marks decimals, {_ROLE_NAMES[grp]} groups digits)", cut.span)
    values = {r.digits for r in readings}
    if len(values) > 1:  # (two numbering systems of one locale that disagree)
        raise AmbiguousError(text, f"reads two ways in {tag}", sorted(values), cut.span)
    reading = readings[0]
    notes = [f"{reading.roles}, as {tag} writes numbers"] if reading.roles else []
    power, word_note = _hinted_word(text, cut, d, table, tag, reading.digits)
    if word_note:
        notes.append(word_note)
    value = _value(cut, reading.digits, power)
    return NumberResult(text, value, tag, tuple(notes))


@lru_cache(maxsize=1024)
def _options(profile: int, zero: str) -> tuple[tuple[Convention, ...], ...]:
    """The conventions a locale reads a text in, in turn: those of the numbering system whose
    digits the text has ('٫' with Arabic-Indic digits, '.' with Latin ones in the same
    locale), then the locale's others; each in its own grouping or in groups of three."""
    d = data()
    tiers = []
    for own in (True, False):
        options: list[Convention] = []
        for i, digits in d.profiles[profile][0]:
            if (digits == zero) == own:
                dec, grp, primary, secondary = d.conventions[i]
                for conv in ((dec, grp, primary, secondary), (dec, grp, 3, 3)):
                    if conv not in options:
                        options.append(conv)
        tiers.append(tuple(options))
    return tuple(tiers)


def _hinted_word(text: str, cut: _Text, d: _Data, table: int, tag: str,
                 digits: str) -> tuple[int, str]:
    """The power of ten of the text's compact word under the locale's table (or, for a word
    the locale does not write, under every locale that does, if they agree)."""
    if not cut.prefix and not cut.suffix:
        return 0, ""
    _check_word(text, cut)
    for level in _levels(d, cut):
        powers = sorted({p for t, p in level if t == table})
        if powers:
            if len(powers) > 1:
                raise _word_ambiguity(text, cut, digits, powers, f"in {tag}'s CLDR data")
            return powers[0], f"{_word(cut)!r} read as 10^{powers[0]}, as {tag} writes it"
    for level in _levels(d, cut):
        if level:
            powers = sorted({p for _, p in level})
            if len(powers) > 1:
                raise _word_ambiguity(text, cut, digits, powers,
                                      f"in the locales that write it ({tag} does not)")
            users = _users(d, {t for t, _ in level})
            return powers[0], (f"{_word(cut)!r} is not {tag}'s: read as 10^{powers[0]}, as "
                               f"{users} write it")
    raise ParseError(text, f"{_word(cut)!r} is not a compact-number word, sign or percent "
                     "sign of any locale")


def _gap(cut: _Text) -> int:
    return (1 if cut.prefix and cut.prefix_gap else 0) | (2 if cut.suffix and cut.suffix_gap
                                                          else 0)


def _levels(d: _Data, cut: _Text) -> list[list[tuple[int, int]]]:
    return _levels_of(d, cut.prefix, cut.suffix, _gap(cut))


def _levels_of(d: _Data, prefix: str, suffix: str, gap: int) -> list[list[tuple[int, int]]]:
    """The compact tables and powers that read a word: spelled and spaced as in the text;
    spelled so, spaced otherwise; spelled in another case or without its dots."""
    exact = d.exact.get((prefix, suffix), [])
    loose = d.loose.get((lookup_key(prefix), lookup_key(suffix)), [])
    return [[(t, p) for t, g, p in exact if g == gap], [(t, p) for t, _, p in exact],
            [(t, p) for t, _, p in loose]]


@lru_cache(maxsize=1024)  # pages repeat the same few words ('K', 'M', 'тыс.')
def _word_groups(prefix: str, suffix: str,
                 gap: int) -> tuple[tuple[int, int, frozenset[int]], ...]:
    """(convention, power, the profiles that have both) for every locale that writes the
    word, at the first level of :func:`_levels_of` where any does: the readings a text with
    that word can have, without a locale."""
    d = data()
    level = next((lv for lv in _levels_of(d, prefix, suffix, gap) if lv), [])
    powers: dict[int, set[int]] = {}
    for t, p in level:
        powers.setdefault(t, set()).add(p)
    groups: dict[tuple[int, int], set[int]] = {}
    for profile, (convs, table) in enumerate(d.profiles):
        for p in powers.get(table, ()):
            for i, _ in convs:
                groups.setdefault((i, p), set()).add(profile)
    return tuple((i, p, frozenset(profiles)) for (i, p), profiles in sorted(groups.items()))


def _check_word(text: str, cut: _Text) -> None:
    if cut.symbol:
        raise ParseError(text, "has a compact-number word and a percent sign")


def _word(cut: _Text) -> str:
    return " ".join(w for w in (cut.prefix, cut.suffix) if w)


def _word_ambiguity(text: str, cut: _Text, digits: str, powers: list[int],
                    where: str) -> AmbiguousError:
    return AmbiguousError(
        text, f"{_word(cut)!r} stands for several powers of ten {where}",
        [f"{_plain(_value(cut, digits, p))} ({_word(cut)!r} as 10^{p})" for p in powers],
        cut.span)


def _users(d: _Data, tables: set[int]) -> str:
    ids = sorted({loc for p, (_, t) in enumerate(d.profiles) if t in tables
                  for loc in d.members.get(p, [])})
    return _some(ids)


def _some(ids: list[str]) -> str:
    langs = sorted({i.split("_")[0] for i in ids})
    shown = ", ".join(langs[:4])
    return shown + (f" and {len(langs) - 4} more languages" if len(langs) > 4 else "")


def _unhinted(text: str) -> NumberResult:
    d = data()
    cut = _cut(text, d)
    # Each distinct convention read once; the locales that write it come with it.
    by_conv: dict[int, _Reading | None] = {}

    def reading(i: int) -> _Reading | None:
        if i not in by_conv:
            by_conv[i] = _read_core(cut.core, d.conventions[i])
        return by_conv[i]

    # value -> (how it was read, the power of its word, the profiles that read it so)
    found: dict[Decimal, tuple[_Reading, int, set[int]]] = {}
    if not cut.prefix and not cut.suffix:
        for i in range(len(d.conventions)):
            r = reading(i)
            if r is not None:
                found.setdefault(_value(cut, r.digits, 0), (r, 0, set()))
    else:
        _check_word(text, cut)
        groups = _word_groups(cut.prefix, cut.suffix, _gap(cut))
        if not groups:
            raise ParseError(text, f"{_word(cut)!r} is not a compact-number word, sign or "
                             "percent sign of any locale")
        for i, p, sharing in groups:
            r = reading(i)
            if r is not None:
                found.setdefault(_value(cut, r.digits, p), (r, p, set()))[2].update(sharing)
    if not found:
        raise ParseError(text, "the separators do not read as any locale writes numbers",
                         cut.span)
    if len(found) > 1:
        raise _ambiguity(text, cut, d, found)
    value, (r, power, profiles) = next(iter(found.items()))
    notes = []
    if r.roles:
        notes.append(f"{r.roles}: the only reading of these separators")
    locale = None
    if cut.prefix or cut.suffix:
        users, locale = _who(frozenset(profiles))
        notes.append(f"{_word(cut)!r} read as 10^{power}, as {users} write it")
    return NumberResult(text, value, locale, tuple(notes))


@lru_cache(maxsize=1024)  # the same few sets of locales write the same few words
def _who(profiles: frozenset[int]) -> tuple[str, str]:
    """The languages of the locales of ``profiles``, for a message, and the plainest of
    those locales."""
    d = data()
    ids = sorted(loc for p in profiles for loc in d.members.get(p, []))
    return _some(ids), _plainest(ids)


def _plainest(ids: list[str]) -> str:
    """The language with the most locales among ``ids`` stands for them (as the date reader
    reports a locale), as BCP 47."""
    count: dict[str, int] = {}
    for i in ids:
        lang = i.split("_")[0]
        count[lang] = count.get(lang, 0) + 1
    lang = max(count, key=lambda k: (count[k], -len(k), k))
    best = lang if lang in ids else min((i for i in ids if i.startswith(lang + "_")), key=len)
    return best.replace("_", "-")


def _ambiguity(text: str, cut: _Text, d: _Data,
               found: dict[Decimal, tuple[_Reading, int, set[int]]]) -> AmbiguousError:
    cands = []
    for value, (r, power, profiles) in sorted(found.items()):
        how = [r.roles] if r.roles else []
        if cut.prefix or cut.suffix:
            how.append(f"{_word(cut)!r} as 10^{power} in {_who(frozenset(profiles))[0]}")
        cands.append(f"{_plain(value)} ({'; '.join(how)})" if how else _plain(value))
    roles = {r.roles for r, _, _ in found.values()}
    what = "the separators" if len(roles) > 1 else repr(_word(cut))
    return AmbiguousError(text, f"{what} read differently in different locales; pass "
                          "locale=", cands, cut.span)


def _plain(value: Decimal) -> str:
    return format(value, "f")


def _value(cut: _Text, digits: str, power: int) -> Decimal:
    shift = power + cut.power + _PERCENT_POWER.get(cut.symbol, 0)
    value = Decimal(("-" if cut.sign == "-" else "") + digits)
    if shift:
        value = _CONTEXT.scaleb(value, shift)
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and 0 < exponent <= 64:
        # '1.2K' is 1200, not 1.2E+3.
        value = _CONTEXT.quantize(value, Decimal(1))
    return value


def digit_locales() -> dict[str, tuple[str, ...]]:
    """Zero digit -> the CLDR locales that write that script's digits (for detection)."""
    return {zero: tuple(ids.split()) for zero, ids in data().digits.items()}
