"""Stage 2: split folded text into numbers, words and punctuation, and look words up.

A word is looked up whole, then joined with the next words (``tengah hari``, ``p. m.``,
``تشرين الأول``) longest first; a run of a script written without spaces (Han, kana, Thai,
Tibetan, Myanmar, Khmer, Lao, Hangul) that is not a word as a whole is cut into the longest
words the table knows (``日星期一`` -> ``日`` + ``星期一``). Latin, Cyrillic or Arabic words are
never cut: ``mar`` inside ``marketing`` is not March.
"""

from __future__ import annotations

import re

from localenorm._lexicon import Lexicon, Reading
from localenorm._scripts import HAN_NUMERALS, han_digits, unspaced

# Everything that is neither a digit, a space nor punctuation belongs to a word.
_PUNCT = "!-/:-@\\[-`{-~·•|，。、「」（）【】《》«»“”‘’„"
_PUNCT_CHARS = frozenset(
    [chr(c) for c in range(0x21, 0x7F) if re.fullmatch(f"[{_PUNCT}]", chr(c))]
    + [ch for ch in _PUNCT if ord(ch) > 0x7F])
# A word as the tokenizer cuts one (letters with their combining marks), for the word lists
# the table generators write and the relative gate that reads them (data/_generated,
# localenorm._relative.may_be_relative).
WORD_RUN = re.compile(rf"[^\s\d{_PUNCT}]+")

_MAX_JOIN = 8
# Punctuation that may sit inside one name: 'p.m.', 'a.-m.', "o'clock", 'ዓ/ም'.
_JOINERS = frozenset(".-'/")

NUM, WORD, PUNCT, UNKNOWN = "num", "word", "punct", "unknown"

# Letters that feeds write after a number for a length ('5m', '3h', '2d', '1w', '1y').
_FEED_UNITS = frozenset("mhdswy")


class Token:
    """A piece of the folded text. ``readings`` is empty for numbers, punctuation and words
    the table does not know (kind ``unknown``). Treat as read-only.

    A plain class rather than a dataclass: a text makes one per token, and compiled (see
    ``setup.py``) this one is built in about 20 ns, where a dataclass still runs the Python
    ``__init__`` that ``dataclasses`` writes (about 180 ns)."""

    __slots__ = ("end", "kind", "readings", "space_before", "start", "text")

    def __init__(self, kind: str, text: str, start: int, end: int, space_before: bool,
                 readings: tuple[Reading, ...] = ()) -> None:
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self.space_before = space_before
        self.readings = readings

    def __repr__(self) -> str:
        return (f"Token({self.kind!r}, {self.text!r}, {self.start}, {self.end}, "
                f"{self.space_before}, {self.readings!r})")

    @property
    def value(self) -> int:
        return int(self.text)


# Character classes of the scanner below: a run of digits or of letters is one piece, a
# punctuation character a piece of its own, and spaces part pieces.
_SPACE, _DIGIT, _MARK, _LETTER = 0, 1, 2, 3


def _class_of(ch: str) -> int:
    # (str.isspace and str.isdecimal are what the regular expression classes \s and \d
    # test, so the pieces are those of WORD_RUN and of the word lists generated with it.)
    if ch.isspace():
        return _SPACE
    if ch.isdecimal():
        return _DIGIT
    if ch in _PUNCT_CHARS:
        return _MARK
    return _LETTER


_ASCII_CLASS = [_class_of(chr(c)) for c in range(128)]
# Classes of the other characters met so far; bounded, as a text may hold any of a million.
_SEEN_CLASS: dict[str, int] = {}


def _other_class(ch: str) -> int:
    cls = _SEEN_CLASS.get(ch)
    if cls is None:
        cls = _class_of(ch)
        if len(_SEEN_CLASS) < 4096:
            _SEEN_CLASS[ch] = cls
    return cls


def _raw_tokens(text: str) -> list[tuple[str, str, int, int, bool]]:
    """(kind, text, start, end, space before) of each piece of ``text``.

    A scan by character class rather than a regular expression: compiled (see
    ``setup.py``), it takes a third of the time ``findall`` and a loop over its pieces took,
    and this runs on every text that is not replayed by its shape."""
    out: list[tuple[str, str, int, int, bool]] = []
    n = len(text)
    i = 0
    prev_end = 0
    table = _ASCII_CLASS
    while i < n:
        c = ord(text[i])
        cls = table[c] if c < 128 else _other_class(text[i])
        if cls == _SPACE:
            i += 1
            continue
        start = i
        i += 1
        if cls == _MARK:
            out.append((PUNCT, text[start], start, i, start > prev_end))
            prev_end = i
            continue
        while i < n:
            c = ord(text[i])
            if (table[c] if c < 128 else _other_class(text[i])) != cls:
                break
            i += 1
        out.append((NUM if cls == _DIGIT else WORD, text[start:i], start, i, start > prev_end))
        prev_end = i
    return out


# Chinese and Japanese numerals as pages write dates with them: digit by digit for years
# ('二零一六年'), with tens for the rest ('十一月', '二十六日', '廿六日').
def _segment(lex: Lexicon, word: str, start: int, space_before: bool) -> list[Token]:
    out: list[Token] = []
    i = 0
    pending = i
    n = len(word)
    while i < n:
        if word[i] in HAN_NUMERALS:
            j = i
            while j < n and word[j] in HAN_NUMERALS:
                j += 1
            digits = han_digits(word[i:j])
            if digits is not None:
                if pending < i:
                    out.append(Token(UNKNOWN, word[pending:i], start + pending, start + i,
                                     space_before and pending == 0))
                # The token's text is the number; its span is the numerals in the page.
                out.append(Token(NUM, digits, start + i, start + j, space_before and i == 0))
                i = pending = j
                continue
        # (A run of letters holds none of the characters keys drop, so a key found at i
        # is as long as the piece it is looked up with.)
        for length in lex.lengths_from(word[i]):
            j = i + length
            if j > n:
                continue
            readings = lex.get(word[i:j])
            if readings:
                if pending < i:
                    out.append(Token(UNKNOWN, word[pending:i], start + pending, start + i,
                                     space_before and pending == 0))
                out.append(Token(WORD, word[i:j], start + i, start + j,
                                 space_before and i == 0, readings))
                i = j
                pending = i
                break
        else:
            i += 1
    if pending < n:
        out.append(Token(UNKNOWN, word[pending:], start + pending, start + n,
                         space_before and pending == 0))
    return out


def tokenize(text: str, lex: Lexicon, family: int = 0) -> list[Token]:
    """Tokens of folded ``text`` with their lexicon readings.

    ``family`` is the locale mask of the caller's hint: a joined name of the hinted language
    wins over a longer one of another ('di u' is a weekday in Aranese, but 'di' is a
    connector in a Corsican 'di lugliu di u 2008').
    """
    raw = _raw_tokens(text)
    get = lex.get
    out: list[Token] = []
    i = 0
    n = len(raw)
    while i < n:
        kind, piece, start, end, space = raw[i]
        if kind != WORD:
            out.append(Token(kind, piece, start, end, space))
            i += 1
            continue
        # Longest run of words (joined across spaces and in-name punctuation) in the table.
        best: tuple[Reading, ...] = ()
        near: tuple[Reading, ...] = ()
        best_j = near_j = i
        key = ""
        j = i
        words = 0
        if i + 1 == n or raw[i + 1][0] == NUM or (raw[i + 1][0] == PUNCT
                                                 and raw[i + 1][1] not in _JOINERS):
            # Most words stand alone (before a number, a comma, the end): one lookup.
            best = get(piece)
            if family:
                for r in best:
                    if r.mask & family:
                        near = best
                        break
            j = n  # (nothing to join)
        while j < n and words < _MAX_JOIN:
            k_kind, k_piece, _, _, _ = raw[j]
            if k_kind == WORD:
                if j > i and raw[j - 1][0] == PUNCT and raw[j - 1][1] not in _JOINERS:
                    break
                # (A word holds none of the characters keys drop: they are punctuation.)
                key += k_piece
                words += 1
                readings = get(key)
                if readings:
                    best_j, best = j, readings
                    if family:
                        for r in readings:
                            if r.mask & family:
                                near_j, near = j, readings
                                break
            elif not (k_kind == PUNCT and k_piece in _JOINERS):
                break
            j += 1
        if near:
            best_j, best = near_j, near
        elif best_j == i and len(piece) <= 2 and not unspaced(piece[0]):
            # A word of one or two letters that the hinted language does not have is no
            # month or weekday name of another language on such a page: Turkish 'bu' is no
            # Wednesday, nor Hungarian 'je' a Thursday. Hint or not, a single letter is no
            # such name ('5:43 p' is PM, not Hungarian Friday), nor a day period where feeds write
            # it for a length ('5m' is five minutes, not Scottish Gaelic morning; '3p' stays
            # PM). (Not in scripts written without spaces: their runs are cut into words
            # below instead.)
            drop = "MW" if family or len(piece) == 1 else ""
            if piece in _FEED_UNITS:
                drop += "P"
            if drop:
                best = tuple(r for r in best if r.kind not in drop)
                if not best:
                    out.append(Token(UNKNOWN, piece, start, end, space))
                    i += 1
                    continue
        if best:
            # Keep a trailing abbreviation dot with the name ('oct.'): it is part of it.
            out.append(Token(WORD, text[start:raw[best_j][3]], start, raw[best_j][3], space,
                             best))
            i = best_j + 1
            continue
        if unspaced(piece[0]) or unspaced(piece[-1]):
            out.extend(_segment(lex, piece, start, space))
        else:
            out.append(Token(UNKNOWN, piece, start, end, space))
        i += 1
    return out
