"""Stage 1: fold the many spellings of the same text into one, keeping a way back.

Every Unicode decimal digit becomes ASCII, full-width forms become ASCII, the invisible
characters pages sprinkle into dates (bidi marks, tatweel, zero-width joiners) vanish, every
kind of space becomes ``" "``, Arabic-script letter variants that pages mix are folded, and the
text is case-folded. The generator of the packaged lexicon runs the same function over CLDR's
names, so both sides of every lookup meet in this folded form.

The fold is one ``str.translate`` plus ``casefold`` on the hot path; the map from folded
offsets back to the caller's text is rebuilt only when an error needs to point into the text.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from localenorm._errors import NotATimestampError

# Characters removed outright: they change how text is displayed, never what it says.
_REMOVE = (
    "\u200b\u200c\u200d\u200e\u200f"  # zero-width space/joiners, LRM, RLM
    "\u061c"  # Arabic letter mark
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # bidi isolates
    "\u0640"  # tatweel (kashida), a justification stretch inside Arabic words
    "\ufeff\u00ad"  # BOM/zero-width no-break space, soft hyphen
    "\u180b\u180c\u180d\u180e\u180f"  # Mongolian variation selectors, vowel separator
)

_SPACES = (
    "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000\t\n\r\x0b\x0c"
)

# Letter variants real Arabic-script pages mix freely; both sides of a lookup fold to one.
_LETTERS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ی": "ي",  # Persian yeh
    "ې": "ي",
    "ک": "ك",  # Persian keheh
    "ڪ": "ك",
    "ە": "ه",  # Kurdish ae
    "ۀ": "ه",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
    # Punctuation that stands for ASCII punctuation in dates.
    "،": ",",  # Arabic comma
    "٫": ".",  # Arabic decimal separator
    "٬": ",",
    "۔": ".",  # Urdu full stop
    "\u2212": "-",  # minus sign
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2019": "'",
    "\u02bc": "'",
    "\u05f3": "'",  # Hebrew geresh
    "\u05f4": '"',  # Hebrew gershayim
    "\uff0e": ".",
}


class _Table(dict[int, "str | int | None"]):
    """A ``str.translate`` table that works out each character the first time it is seen.

    Scanning all of Unicode for decimal digits at import would cost a third of a second; the
    characters a process meets are few, and there are at most ``sys.maxunicode`` of them, so
    the memo is bounded. Unchanged characters map to their own code point.
    """

    def __missing__(self, cp: int) -> str | int | None:
        ch = chr(cp)
        value = unicodedata.decimal(ch, -1)
        result: str | int | None
        if value >= 0:
            result = str(value)
        elif 0xFF01 <= cp <= 0xFF5E:
            # Full-width ASCII is ASCII shifted; pages typed with CJK input methods use it.
            result = chr(cp - 0xFEE0)
        else:
            result = cp
        self[cp] = result
        return result


def _build_table() -> _Table:
    table = _Table()
    for ch in _REMOVE:
        table[ord(ch)] = None
    for ch in _SPACES:
        table[ord(ch)] = " "
    for src, dst in _LETTERS.items():
        table[ord(src)] = dst
    return table


_TABLE = _build_table()


def fold(text: str) -> str:
    """Return ``text`` folded: ASCII digits, plain spaces, no invisibles, case-folded."""
    if text.isascii():
        return text.lower()
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    # Translate first: casefold yields no character the table changes, except the dot above
    # it leaves of Turkish 'İ' ('i' + U+0307), which would keep 'EKİM' from matching 'ekim'.
    folded = text.translate(_TABLE).casefold()
    if "\u0307" in folded:
        folded = folded.replace("\u0307", "")
    return folded


@dataclass(frozen=True, slots=True)
class Folded:
    """The folded text of ``original``; ``span`` maps a folded slice back to the original."""

    original: str
    text: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Translate ``[start, end)`` in the folded text to the original text's offsets."""
        return origin_span(self.original, start, end)


def origin_span(original: str, start: int, end: int) -> tuple[int, int]:
    """Translate ``[start, end)`` in ``fold(original)`` to offsets in ``original``. (The
    parser calls this only for an error's span, so it keeps no :class:`Folded` per text.)"""
    starts = _origin_offsets(original)
    # starts[i] is where folded character i came from; one extra entry marks the end.
    start = min(max(start, 0), len(starts) - 1)
    end = min(max(end, start), len(starts) - 1)
    if end > start:
        return starts[start], _end_of(original, starts[end - 1])
    return starts[start], starts[start]


@lru_cache(maxsize=64)  # a text asks for several spans (zone words, errors) in a row
def _origin_offsets(original: str) -> tuple[int, ...]:
    # Fold one character at a time: the concatenation equals fold(original) whenever the
    # original is NFC, which is all error reporting needs (offsets are best effort otherwise).
    out: list[int] = []
    for i, ch in enumerate(original):
        out.extend([i] * len(fold(ch)))
    out.append(len(original))
    return tuple(out)


def _end_of(original: str, index: int) -> int:
    return min(index + 1, len(original))


def normalize(text: str) -> Folded:
    """Stage entry point: fold ``text`` and remember it for error spans."""
    return Folded(text, fold(text))


def check_encodable(text: str) -> None:
    """Refuse text that is not valid Unicode (a lone surrogate, as a bad decode with
    ``surrogateescape`` leaves), which no later stage could encode."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise NotATimestampError(text, "not valid Unicode text (a lone surrogate)",
                                 (exc.start, exc.end)) from None
