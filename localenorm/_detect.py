"""Which locales a short timestamp-like text is written in: the engine's own evidence, exposed.

The text is folded and tokenized as :func:`localenorm.parse` does it (``_normalize``,
``_tokenize``, the zone names of ``_zonewords``), and each piece says where it points:

- a word the lexicon knows points to the languages its readings belong to (``أكتوبر``:
  Arabic; ``pm``: the 300 languages that write it), and so to every locale of those
  languages, as a
  ``locale=`` hint reads words: a French word is French whichever region's CLDR data
  happens to list it;
- a word of CLDR's relative-time phrases (``vor``, ``Tagen``, ``منذ``, ``ago``) points to
  the languages whose phrases use it;
- a zone name points to the languages that write it (``heure normale d’Europe centrale``);
  tz abbreviations belong to no language and say nothing;
- digits of a script other than ASCII point to the locales that write those digits
  (``٢٣``: the Arabic-digit locales; ``۲۳``: the Persian-digit ones);
- a numeric date that only one field order fits (``10/23/2023``: month first) points to
  the locales whose short dates use that order;
- a word no locale knows points nowhere and counts against every locale.

Each piece weighs as much as it narrows the locales down: ``1 - log(n) / log(N)`` for a
piece that fits ``n`` of the ``N`` locales (``أكتوبر``, 61 locales: 0.42; ``PM``, 772: 0.06;
``GMT``, nearly all: 0.01), a connector half that, and an unknown word 1. A locale's score
is the share of the text's weight that it explains, from 0 to 1. With ``candidates``,
exactly those are scored.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from localenorm._calendars import numeral_tokens
from localenorm._errors import OptionError, ParseError, UnknownLocaleError
from localenorm._lexicon import Lexicon, lexicon
from localenorm._locales import bcp47_of, locale_tag
from localenorm._normalize import fold, origin_span
from localenorm._resolve import describe_locale
from localenorm._tokenize import NUM, PUNCT, UNKNOWN, WORD, Token, tokenize
from localenorm._zonewords import ZONE, mark_zones

MAX_LENGTH = 512

_KIND_NAMES = {
    "M": "month", "W": "weekday", "P": "day period", "E": "era", "K": "field marker",
    "Z": "UTC name", "F": "connector", "O": "ordinal", "DW": "day word",
    "C": "month of another calendar", "J": "calendar or era marker",
}
_CONNECTOR_SHARE = 0.5
_DATE_SEPARATORS = "/.-"


@dataclass(frozen=True, slots=True)
class Evidence:
    """A piece of the text and where it points: ``text`` as written at ``span`` in the
    input, ``kind`` ('month', 'weekday', 'day period', 'connector', 'zone name', 'digits',
    'date order DMY', 'unknown word', ...), the ``locales`` (BCP 47) it fits, empty for a
    word no locale knows, and its ``weight`` in a score."""

    text: str
    span: tuple[int, int]
    kind: str
    locales: tuple[str, ...]
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class LocaleScore:
    """A locale (BCP 47), the share of the text's evidence it explains (``score``, 0 to 1),
    the ``evidence`` that points to it and the evidence that does not (``unexplained``)."""

    locale: str
    score: float
    evidence: tuple[Evidence, ...]
    unexplained: tuple[Evidence, ...]


class _Piece:
    """An :class:`Evidence` and the lexicon mask of the locales it points to."""

    __slots__ = ("evidence", "mask")

    def __init__(self, evidence: Evidence, mask: int) -> None:
        self.evidence = evidence
        self.mask = mask


def detect_locale(text: str, *,
                  candidates: Iterable[str] | None = None) -> tuple[LocaleScore, ...]:
    """The locales whose words, digits and date patterns explain ``text`` (a short
    timestamp-like string), best first, each with its score and evidence.

    Without ``candidates``, every CLDR locale that explains any of the text is listed
    (those tied at the top start with the one :func:`localenorm.parse` would report); a text
    with nothing locale-specific in it ('2023-10-23 17:43') gives ``()``. With
    ``candidates`` (tags in any spelling :func:`localenorm.normalize_locale` reads), exactly
    those are scored, by their language. Raises :class:`ParseError` for an empty or overlong
    text and :class:`UnknownLocaleError` for a candidate this version has no data for.
    """
    stripped = text.strip()
    if not stripped:
        raise ParseError(text, "empty text")
    if len(stripped) > MAX_LENGTH:
        raise ParseError(text, f"longer than {MAX_LENGTH} characters")
    lex = lexicon()
    hints: list[tuple[str, int]] = []
    if candidates is not None:
        for cand in candidates:
            tag = locale_tag(cand)
            try:
                hint = lex.hint(tag.cldr_id())
            except OptionError:
                raise UnknownLocaleError(cand, "names a language this version has no date "
                                         "words for") from None
            hints.append((str(tag), hint.family))
    family = 0
    for _, fam in hints:
        family |= fam
    pieces = _pieces(text, stripped, lex, family)
    total = sum(p.evidence.weight for p in pieces)
    if hints:
        scores = [_score(tag, fam, pieces, total) for tag, fam in hints]
        return tuple(sorted(scores, key=lambda s: -s.score))
    if not total:
        return ()
    # Locales that explain the same pieces score alike: split the locales by each piece's
    # mask and score each class once.
    classes = [(1 << len(lex.locales)) - 1]
    for p in pieces:
        split = []
        for c in classes:
            for part in (c & p.mask, c & ~p.mask):
                if part:
                    split.append(part)
        classes = split
    scored = [(_score("", c, pieces, total), c) for c in classes]
    scored = [(s, c) for s, c in scored if s.score > 0]
    if not scored:
        return ()
    top = max(s.score for s, _ in scored)
    first = describe_locale(lex, sum(c for s, c in scored if s.score == top), None)
    out = [LocaleScore(bcp47_of(loc), s.score, s.evidence, s.unexplained)
           for s, c in scored for loc in lex.locale_ids(c)]
    return tuple(sorted(out, key=lambda s: (-s.score, s.locale != bcp47_of(first or ""),
                                            s.locale.count("-"), s.locale)))


def _score(locale: str, mask: int, pieces: list[_Piece], total: float) -> LocaleScore:
    fits = tuple(p.evidence for p in pieces if p.mask & mask)
    misses = tuple(p.evidence for p in pieces if not p.mask & mask)
    explained = sum(e.weight for e in fits)
    return LocaleScore(locale, explained / total if total else 0.0, fits, misses)


def _pieces(text: str, stripped: str, lex: Lexicon, family: int) -> list[_Piece]:
    folded = fold(stripped)
    offset = len(text) - len(text.lstrip())

    def spans(start: int, end: int) -> tuple[int, int]:
        a, b = origin_span(stripped, start, end)
        return a + offset, b + offset

    def original(start: int, end: int) -> str:
        a, b = spans(start, end)
        return text[a:b]

    tokens = mark_zones(numeral_tokens(tokenize(folded, lex, family)), folded, original)
    # (text, span, kind, mask, share): share is the piece's part of its evidence (a run of
    # digits shares one piece of evidence with the other runs of its script).
    raw: list[tuple[str, tuple[int, int], str, int, float]] = []
    digit_runs: dict[str, list[Token]] = {}
    for tok in tokens:
        span = spans(tok.start, tok.end)
        shown = text[span[0]:span[1]]
        if tok.kind == WORD and tok.readings and tok.readings[0].kind == ZONE:
            langs = _zone_languages(str(tok.readings[0].value))
            if langs:  # (tz abbreviations and IANA names belong to no language)
                raw.append((shown, span, "zone name", _mask_of_languages(lex, langs), 1.0))
        elif tok.kind in (WORD, UNKNOWN):
            mask = 0
            kinds: list[str] = []
            for r in tok.readings:
                mask |= r.mask
                name = _KIND_NAMES.get(r.kind, r.kind)
                if name not in kinds:
                    kinds.append(name)
            share = _CONNECTOR_SHARE if kinds == ["connector"] else 1.0
            mask = _languages_of(lex, mask) if mask else 0
            relative = _relative_languages(fold(shown).strip())
            if relative:
                # 'ago' is a Spanish month and the English relative word.
                mask |= _mask_of_languages(lex, relative)
                kinds.append("relative-time word")
                share = 1.0
            raw.append((shown, span, " or ".join(kinds) or "unknown word", mask, share))
        elif tok.kind == NUM:
            zero = _zero_of(shown)
            if zero is not None:
                digit_runs.setdefault(zero, []).append(tok)
    for zero, runs in digit_runs.items():
        mask = _digit_mask(lex, zero)
        for tok in runs:
            span = spans(tok.start, tok.end)
            raw.append((text[span[0]:span[1]], span, "digits", mask, 1.0 / len(runs)))
    order = _date_order(tokens)
    if order is not None:
        first, last, name = order
        span = (spans(first.start, first.end)[0], spans(last.start, last.end)[1])
        raw.append((text[span[0]:span[1]], span, f"date order {name}",
                    _order_mask(lex, name), 1.0))
    everyone = len(lex.locales)
    out = []
    for shown, span, kind, mask, share in raw:
        weight = share * _information(mask.bit_count(), everyone)
        if weight > 0:
            out.append(_Piece(Evidence(shown, span, kind, _tags(lex, mask), weight), mask))
    return out


def _information(fits: int, everyone: int) -> float:
    """How much a piece that ``fits`` of ``everyone`` locales narrows them, from 0 (it fits
    all: ASCII-like, 'GMT' nearly so) to 1 (it fits one, or none: an unknown word counts
    fully against every locale)."""
    if fits <= 1:
        return 1.0
    return max(0.0, 1.0 - math.log(fits) / math.log(everyone))


@lru_cache(maxsize=4096)  # the masks of a few hundred words, met again and again
def _tags(lex: Lexicon, mask: int) -> tuple[str, ...]:
    return tuple(bcp47_of(loc) for loc in lex.locale_ids(mask))


def _zone_languages(key: str) -> str:
    from localenorm import _zones

    return " ".join(sorted({lang for r in _zones.lookup(key) for lang in r.languages}))


@lru_cache(maxsize=4096)  # a few hundred masks, asked for by every text
def _languages_of(lex: Lexicon, mask: int) -> int:
    """The locales of every language that has a locale in ``mask``."""
    langs = " ".join(sorted({loc.split("_")[0] for loc in lex.locale_ids(mask)}))
    return _mask_of_languages(lex, langs)


@lru_cache(maxsize=4096)
def _mask_of_languages(lex: Lexicon, languages: str) -> int:
    """The locales of the space-separated ``languages``."""
    wanted = set(languages.split())
    mask = 0
    for loc, i in lex.index.items():
        if loc.split("_")[0] in wanted:
            mask |= 1 << i
    return mask


def _relative_languages(word: str) -> str:
    """The languages (space-separated) whose relative-time phrases use folded ``word``, or
    ``""``. The generator's word list is checked first: the phrase table itself is read only
    for a text with such a word."""
    if word not in _relative_vocabulary():
        return ""
    return _relative_words().get(word, "")


@lru_cache(maxsize=1)
def _relative_vocabulary() -> frozenset[str]:
    from localenorm._packaged import read_bytes

    return frozenset(w for w in read_bytes("relative_words.txt").decode("utf-8").split("\n")
                     if w)


@lru_cache(maxsize=1)
def _relative_words() -> dict[str, str]:
    """Every word of CLDR's relative-time phrases and unit words (the table the relative
    reader uses) -> the languages (space-separated) that write it."""
    from localenorm._packaged import read_json
    from localenorm._tokenize import WORD_RUN

    raw = read_json("relative.json")
    found: dict[str, set[str]] = {}
    for table in ("units", "affixes", "templates", "fixed"):
        for phrase, entries in raw[table].items():
            for entry in entries:
                for word in WORD_RUN.findall(phrase):
                    found.setdefault(word, set()).update(str(entry[-1]).split())
    return {word: " ".join(sorted(langs)) for word, langs in found.items()}


def _zero_of(digits: str) -> str | None:
    ch = digits[0]
    value = unicodedata.decimal(ch, -1)
    if value < 0 or ch.isascii():
        return None
    return chr(ord(ch) - value)


@lru_cache(maxsize=64)
def _digit_mask(lex: Lexicon, zero: str) -> int:
    from localenorm._numbers import digit_locales

    mask = 0
    for loc in digit_locales().get(zero, ()):
        i = lex.index.get(loc)
        if i is not None:
            mask |= 1 << i
    return mask


@lru_cache(maxsize=8)
def _order_mask(lex: Lexicon, order: str) -> int:
    mask = 0
    for loc, i in lex.index.items():
        if lex.info(loc).order == order:
            mask |= 1 << i
    return mask


def _date_order(tokens: list[Token]) -> tuple[Token, Token, str] | None:
    """The one field order a numeric date in the text allows ('10/23/2023' is month first),
    or ``None``: no such date, several orders fit, or it is ISO 8601 ('2023-10-23', which
    every locale reads)."""
    for i in range(len(tokens) - 4):
        a, s1, b, s2, c = tokens[i:i + 5]
        if not (a.kind == NUM and b.kind == NUM and c.kind == NUM and s1.kind == PUNCT
                and s1.text == s2.text and s1.text in _DATE_SEPARATORS
                and s2.kind == PUNCT):
            continue
        nums = (a.text, b.text, c.text)
        fits = [order for order in ("DMY", "MDY", "YMD") if _fits(order, nums)]
        if len(fits) == 1 and not (fits[0] == "YMD" and len(a.text) == 4
                                   and s1.text == "-"):
            return a, c, fits[0]
        return None
    return None


def _fits(order: str, nums: tuple[str, str, str]) -> bool:
    fields = dict(zip(order, nums, strict=True))
    day, month, year = fields["D"], fields["M"], fields["Y"]
    if len(day) > 2 or len(month) > 2 or len(year) not in (2, 4):
        return False
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12
