"""Every timestamp a text mentions: where it is, what kind, and its value (``find``).

The text is cut into lines (and long lines into pieces at spaces), each line folded and
tokenized once. Tokens that are evidence of a date or time (a number, a month or weekday
name, a day period, a marker such as '年' or 'Uhr', a word of a relative phrase such as
'yesterday' or 'ago', a unit of time) seed candidates, which grow over the little words
and punctuation between such tokens. Each candidate is read by the same stages as
``parse``, longest span first, and kept only where the evidence rules below hold; then,
anchored on the caller's reference or on the document's own stamp (its first full
timestamp with a time), what needs an anchor is read again: relative phrases, dates
without a year, weekdays, times alone. What cannot be anchored is left out, never guessed
from the clock.

Evidence rules (precision first): a bare number is no mention, nor numbers alone unless
they make a full date with its year or a clock time with a colon ('7-2', '3+3', '1.2.3' are
not); a version, an id or a price (digits glued to letters or currency) is not; a word
alone is a mention only as a relative day ('yesterday') or a weekday written out in full
('Monday', not 'We', 'Do', 'sat'); a month name alone is not ('may', 'March').
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime, timezone, tzinfo
from typing import TYPE_CHECKING

from localenorm._api import checked_options, read
from localenorm._build import ZoneOptions
from localenorm._calendars import numeral_tokens
from localenorm._errors import ParseError
from localenorm._lexicon import Hint, lexicon
from localenorm._normalize import fold, origin_span
from localenorm._packaged import once
from localenorm._result import ParseResult
from localenorm._tokenize import NUM, PUNCT, UNKNOWN, WORD, Token, tokenize

if TYPE_CHECKING:
    from localenorm._duration import DurationResult

KINDS = ("absolute", "relative", "partial", "time", "duration")

# Readings that make a word evidence of a date or time (see _lexicon): month, weekday,
# calendar month and era marker names, day periods, field and clock markers, UTC/GMT,
# days and ordinals in words.
_SEED_KINDS = frozenset(("M", "W", "C", "J", "P", "K", "Z", "N", "O", "DW"))
# Punctuation that may stand inside a mention ('23.10.2023', '17:43', '5/11', '(GMT+3)').
_INSIDE = frozenset(",.:/-()'’·+")
# The most tokens one mention has, and the most glue tokens between two seeds.
_MAX_TOKENS = 24
_MAX_GAP = 3
# Lines longer than this are read in pieces cut at a space: no mention is this long.
_PIECE = 2000
# Reads tried for one group of seeds at most (each read is bounded on its own, see
# _budget): 16 and 4 a seed, up to this.
_MAX_READS = 96


@dataclass(frozen=True, slots=True)
class Mention:
    """A timestamp mentioned in a text: ``text`` is exactly ``text[start:end]`` of the text
    given to :func:`find`; ``kind`` is ``"absolute"``, ``"relative"``, ``"partial"`` (a
    date without a year, a weekday), ``"time"`` (a time alone) or ``"duration"``;
    ``value`` the :class:`ParseResult` (a :class:`DurationResult` for a duration);
    ``anchor`` what a relative, partial or time mention was completed from:
    ``"reference"`` (the caller's), ``"document"`` (the text's own first full timestamp
    with a time) or ``None``."""

    start: int
    end: int
    text: str
    kind: str
    value: ParseResult | DurationResult
    anchor: str | None

    @property
    def assumptions(self) -> tuple[str, ...]:
        """What the value assumed (with the anchor it was completed from)."""
        return tuple(self.value.assumptions)


def find(
    text: str,
    *,
    locale: str | None = None,
    reference: datetime | None = None,
    default_tz: str | tzinfo = "UTC",
    prefer: str = "past",
) -> list[Mention]:
    """Every timestamp mention in ``text``, in order, none overlapping (see the module's
    rules). ``reference`` completes relative and partial mentions; without it, the text's
    own first full timestamp with a time does (``anchor="document"``), and without that
    they are left out. Options are those of :func:`localenorm.parse`."""
    options = checked_options(default_tz, locale, prefer)
    text_read = _encodable(text) if not text.isascii() else text
    lines = _pieces(text_read)
    found: list[Mention] = []
    groups: list[_Group] = []
    for offset, piece in lines:
        groups.extend(_groups(piece, offset, options[2]))
    # Absolute mentions first: they need no anchor, and the first with a time is the
    # document's stamp.
    for group in groups:
        found.extend(_read_group(text_read, group, options, locale, None, prefer, None))
    anchor_source: str | None = "reference"
    anchor = reference
    if anchor is None:
        stamp = next(
            (
                m.value
                for m in found
                if isinstance(m.value, ParseResult) and m.value.utc is not None
            ),
            None,
        )
        if stamp is not None:
            anchor, anchor_source = stamp.utc, "document"
    # Then what needs an anchor, and lengths of time. Without an anchor, relative and
    # partial mentions are still read (against a stand-in, their values dropped), so that a
    # length is never cut out of '3 hours ago'.
    taken = [(m.start, m.end) for m in found]
    for group in groups:
        for m in _read_group(
            text_read,
            group,
            options,
            locale,
            anchor or _STAND_IN,
            prefer,
            anchor_source if anchor else None,
            taken,
        ):
            if anchor is not None or m.kind == "duration":
                found.append(m)
    found.sort(key=lambda m: m.start)
    return found


# The reference that mentions needing an anchor are read against when the text has none:
# only to tell them from lengths of time; their values are never returned.
_STAND_IN = datetime(2000, 1, 1, tzinfo=timezone.utc)


def _encodable(text: str) -> str:
    """``text`` with each lone surrogate (a bad decode's leftover) as U+FFFD: the same
    offsets, and text every stage can encode."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)


# -- candidates ----------------------------------------------------------------------------


class _Group:
    """Tokens of one line with seeds among them, and where the line sits in the text."""

    __slots__ = ("folded", "line", "offset", "seeds", "tokens")

    def __init__(
        self, line: str, offset: int, folded: str, tokens: list[Token], seeds: list[bool]
    ) -> None:
        self.line = line
        self.offset = offset
        self.folded = folded
        self.tokens = tokens
        self.seeds = seeds


def _pieces(text: str) -> list[tuple[int, str]]:
    """(offset, piece): the lines of ``text``, long ones cut at a space."""
    out: list[tuple[int, str]] = []
    at = 0
    for line in text.splitlines(keepends=True):
        start = 0
        while len(line) - start > _PIECE:
            cut = line.rfind(" ", start + _PIECE // 2, start + _PIECE)
            cut = cut if cut > start else start + _PIECE
            out.append((at + start, line[start:cut]))
            start = cut
        out.append((at + start, line[start:]))
        at += len(line)
    return [(o, p) for o, p in out if p.strip()]


def _groups(line: str, offset: int, hint: Hint | None) -> list[_Group]:
    """The runs of tokens of ``line`` that hold a seed, each with its glue."""
    folded = fold(line)
    if not any(ch.isdigit() for ch in folded) and not _has_word_seed(folded):
        return []
    tokens = numeral_tokens(tokenize(folded, lexicon(), hint.family if hint else 0))
    seeds = [_seed(t) for t in tokens]
    out: list[_Group] = []
    i = 0
    n = len(tokens)
    while i < n:
        if not seeds[i]:
            i += 1
            continue
        start = i
        # Up to two little words before the first seed ('on', 'am', 'vor', 'il').
        while (
            start > 0
            and i - start < 2
            and _glue(tokens[start - 1])
            and tokens[start - 1].kind != PUNCT
        ):
            start -= 1
        end = i + 1
        gap = 0
        while end < n and end - start < _MAX_TOKENS:
            if seeds[end]:
                gap = 0
            elif _glue(tokens[end]):
                gap += 1
                if gap > _MAX_GAP:
                    break
            else:
                break
            end += 1
        end -= gap if gap > 1 else 0  # (glue after the last seed only as far as one word)
        out.append(_Group(line, offset, folded, tokens[start:end], seeds[start:end]))
        i = end
    return out


def _has_word_seed(folded: str) -> bool:
    """Whether a line without digits has any word that could seed a mention (a cheap look
    before tokenizing it)."""
    words = _seed_words()
    lex = lexicon()
    for word in folded.split():
        word = word.strip(",.:;!?()[]\"'«»")
        if word in words or any(r.kind in _SEED_KINDS for r in lex.get(word)):
            return True
    return len(folded) < 64 and any(not ch.isascii() for ch in folded)


def _seed(tok: Token) -> bool:
    if tok.kind == NUM:
        return True
    if tok.kind == WORD and any(r.kind in _SEED_KINDS or r.kind == "TZ" for r in tok.readings):
        return True
    return tok.kind in (WORD, UNKNOWN) and tok.text in _seed_words()


def _glue(tok: Token) -> bool:
    """Whether a token may stand inside a mention between or beside its seeds."""
    if tok.kind == PUNCT:
        return tok.text in _INSIDE
    if tok.kind == WORD:
        return True  # a connector or a name of the lexicon ('de', 'at', 'um', 'du')
    from localenorm._relative import phrase_word
    from localenorm._timeofday import word_kinds

    return phrase_word(tok.text) or bool(word_kinds(tok.text))


@once
def _seed_words() -> frozenset[str]:
    """Words of relative phrases that say a day or a span on their own ('yesterday',
    'gestern', 'ago', 'назад'), and units of time ('days', 'Stunden')."""
    from localenorm._duration import tables
    from localenorm._phrases import shift_tables
    from localenorm._relative import vocabulary

    t, s = tables(), shift_tables()
    known = vocabulary()
    words = {key for key in [*t.fixed, *s.fixed, *s.shifts] if " " not in key}
    words.update(k for k in t.units if len(k) > 2 and " " not in k)
    for key in t.templates:
        words.update(
            part for part in key.replace("\t", " ").split() if len(part) > 2 and part in known
        )
    return frozenset(words)


# -- reading --------------------------------------------------------------------------------


def _read_group(
    text: str,
    group: _Group,
    options: tuple[tzinfo, ZoneOptions, Hint | None],
    locale: str | None,
    reference: datetime | None,
    prefer: str,
    anchor: str | None,
    taken: list[tuple[int, int]] | None = None,
) -> list[Mention]:
    """The mentions read from one group: without an anchor only absolute ones; with one,
    the rest (outside ``taken``).

    The group is cut at its commas and semicolons into chunks; from each chunk on, up to
    four chunks are read whole, most first ('Friday, December 1, 2023 at 5:43 PM' is three
    chunks, 'Vor 3 Tagen, am 5. Mai 2023 um 17:43 Uhr' two mentions); a chunk none of whose
    runs reads is then read from each of its seeds, longest span first."""
    toks = group.tokens
    n = len(toks)
    bounds = [
        -1,
        *(
            k
            for k, t in enumerate(toks)
            if t.kind == PUNCT and (t.text in ",;" or _sentence_end(toks, k, group))
        ),
        n,
    ]
    chunks = [(a + 1, b) for a, b in itertools.pairwise(bounds) if b > a + 1]
    out: list[Mention] = []
    state = _Reads(text, group, options, locale, reference, prefer, anchor, taken)
    state.allowed = min(_MAX_READS, 16 + 4 * sum(group.seeds))
    k = 0
    while k < len(chunks) and state.reads < state.allowed:
        hit = None
        for m in range(min(len(chunks), k + 4), k, -1):
            hit = state.longest(chunks[k][0], chunks[m - 1][1], after=chunks[m - 1][0])
            if hit is not None:
                break
        if hit is None:
            a, b = chunks[k]
            i = a
            while i < b and hit is None and state.reads < state.allowed:
                if group.seeds[i] or (i + 1 < b and group.seeds[i + 1]):
                    hit = state.longest(i, b, after=i)
                i += 1
            if hit is None:
                k += 1
                continue
        out.append(hit[1])
        # (On after the mention: the chunk it ends in may hold another.)
        k = next((x for x, (a, b) in enumerate(chunks) if b > hit[0]), len(chunks))
        if k < len(chunks) and chunks[k][0] < hit[0]:
            chunks[k] = (hit[0], chunks[k][1])
    return out


class _Reads:
    """Spans of one group read against one reference, within the group's allowance."""

    def __init__(
        self,
        text: str,
        group: _Group,
        options: tuple[tzinfo, ZoneOptions, Hint | None],
        locale: str | None,
        reference: datetime | None,
        prefer: str,
        anchor: str | None,
        taken: list[tuple[int, int]] | None,
    ) -> None:
        self.text = text
        self.group = group
        self.options = options
        self.locale = locale
        self.reference = reference
        self.prefer = prefer
        self.anchor = anchor
        self.taken = taken
        self.reads = 0
        self.allowed = _MAX_READS

    def longest(self, i: int, b: int, after: int) -> tuple[int, Mention] | None:
        """The longest span from token ``i`` that reads, ending after token ``after`` and
        at most at ``b``."""
        toks, seeds = self.group.tokens, self.group.seeds
        while i < b and toks[i].kind == PUNCT:
            i += 1
        ends = [
            j
            for j in range(b, max(i, after), -1)
            if (seeds[j - 1] and _can_end(toks, j - 1)) or _closing(toks, j - 1)
        ]
        for j in ends:
            if not any(seeds[i:j]) or self.reads >= self.allowed:
                return None
            start, end = _span(self.group, toks[i].start, toks[j - 1].end)
            if self.taken is not None and any(a < end and start < z for a, z in self.taken):
                continue
            if not _plausible(self.text, start, end, toks[i:j]) or _sentence_inside(
                self.text, toks[i:j], self.group
            ):
                continue
            self.reads += 1
            got = _mention(
                self.text,
                self.group,
                toks[i:j],
                start,
                end,
                self.options,
                self.locale,
                self.reference,
                self.prefer,
                self.anchor,
            )
            if got is not None:
                return j, got
        return None


def _closing(toks: list[Token], k: int) -> bool:
    """A closing bracket after a word of a mention ('(GMT+3)'). (A dot after a word ends
    a sentence: the tokenizer keeps an abbreviation's dot with its word, 'oct.'.)"""
    return toks[k].kind == PUNCT and toks[k].text == ")" and k > 0 and toks[k - 1].kind != PUNCT


def _can_end(toks: list[Token], k: int) -> bool:
    """Whether a mention may end at seed ``k``: a number or word, but not a letter or two
    left after the rest ('October 20 a'), save a day period or marker glued to or after a
    number ('5p', '5 pm', '17h')."""
    tok = toks[k]
    if tok.kind == NUM or len(tok.text) > 2:
        return True
    after_number = k > 0 and toks[k - 1].kind == NUM
    if len(tok.text) == 1:
        return after_number and not tok.space_before
    return after_number and any(r.kind in "PK" for r in tok.readings)


def _sentence_inside(text: str, toks: list[Token], group: _Group) -> bool:
    """Whether a full stop ends a sentence inside the tokens (see ``_sentence_end``)."""
    return any(_sentence_end(toks, k, group) for k in range(1, len(toks) - 1))


def _sentence_end(toks: list[Token], k: int, group: _Group) -> bool:
    """Whether token ``k`` is a full stop that ends a sentence: '.' then a capitalized word
    that is no month name ('on Monday. Last' is two sentences; '23. Oktober' one)."""
    if toks[k].text != "." or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    if not nxt.space_before or nxt.kind == NUM:
        return False
    shown = group.line[slice(*origin_span(group.line, nxt.start, nxt.start + 1))]
    month = any(r.kind == "M" for r in nxt.readings) and (
        len(nxt.text) >= 4 or (k + 2 < len(toks) and toks[k + 2].kind == NUM)
    )
    return shown.isupper() and not month


def _span(group: _Group, start: int, end: int) -> tuple[int, int]:
    """A slice of the group's folded line as offsets in the whole text."""
    a, b = origin_span(group.line, start, end)
    return group.offset + a, group.offset + b


def _mention(
    text: str,
    group: _Group,
    toks: list[Token],
    start: int,
    end: int,
    options: tuple[tzinfo, ZoneOptions, Hint | None],
    locale: str | None,
    reference: datetime | None,
    prefer: str,
    anchor: str | None,
) -> Mention | None:
    span = text[start:end]
    try:
        c = read(span, options, locale, reference, prefer)  # type: ignore[arg-type]
    except ParseError:
        return _duration(span, start, end, locale, toks) if reference is not None else None
    result = c.result
    assert result is not None
    if c.unknown:
        return None  # (a word of the span left unread: a shorter span may read them all)
    if c.bare_length:
        return _duration(span, start, end, locale, toks) if reference is not None else None
    if reference is None:
        kind = "absolute"
    elif c.stage == "relative_phrase":
        kind = "relative"
    elif c.time_alone_note is not None:
        kind = "time"
    elif c.partial:
        kind = "partial"
    else:
        return None  # (absolute: read in the first pass)
    if kind == "time" and _clock_length(toks):
        return _duration(span, start, end, locale, toks)
    if not _enough(toks, kind, result, text, start, end):
        return None
    value = result
    if anchor == "document" and reference is not None:
        value = _noted(
            result, f"completed from the document's own timestamp {reference.isoformat()}"
        )
    return Mention(start, end, span, kind, value, anchor if kind != "absolute" else None)


def _noted(result: ParseResult, note: str) -> ParseResult:
    from localenorm._build import answer

    return answer(
        result.text,
        result.iso,
        result.utc,
        result.date,
        result.grain,
        result.locale,
        result.calendar,
        result.offset,
        [*result.assumptions, note],
        result.zone,
        result.zone_source,
    )


def _duration(
    span: str, start: int, end: int, locale: str | None, toks: list[Token]
) -> Mention | None:
    """A length of time: amounts with a unit word, or a clock reading of an hour 0."""
    from localenorm._duration import parse_duration, tables

    numbers = tables().numbers
    words = [t for t in toks if t.kind in (WORD, UNKNOWN)]
    counted = any(t.kind == NUM for t in toks) or (
        len(words) > 1 and any(t.text in numbers for t in words)
    )
    if not (_clock_length(toks) or (counted and words and toks[-1].kind != NUM)):
        # (A unit alone, 'an' or 'hour', is a word, not a length; and a number after a word
        # ('at 5') is no amount of it.)
        return None
    try:
        value = parse_duration(span, locale=locale)
    except ParseError:
        return None
    return Mention(start, end, span, "duration", value, None)


def _clock_length(toks: list[Token]) -> bool:
    """A clock reading that starts at hour 0 ('00:05:21', '0:45'): a media length."""
    nums = [t for t in toks if t.kind == NUM]
    return (
        len(nums) >= 2
        and all(t.kind in (NUM, PUNCT) for t in toks)
        and int(nums[0].text) == 0
        and any(t.text == ":" for t in toks)
    )


def _plausible(text: str, start: int, end: int, toks: list[Token]) -> bool:
    """What no reading can make a mention: digits glued to letters or currency ('v1.2',
    'A380', '$19.99') but for a clock length ('resolution00:05:21'), a piece of a longer
    number or clock ('05:21' of '00:05:21'), a bare number."""
    if len(toks) == 1 and toks[0].kind == NUM:
        return False
    if toks[0].kind == NUM and start > 0:
        before = text[start - 1]
        if before in ":.,/-" and start > 1 and text[start - 2].isdigit():
            return False
        if (before.isalnum() or before in "$€£¥₹#@+") and not _clock_length(toks):
            return False
    return not (
        end < len(text) and toks[-1].kind == NUM and (text[end].isalnum() or text[end] in "%‰")
    )


def _enough(
    toks: list[Token], kind: str, result: ParseResult, text: str, start: int, end: int
) -> bool:
    """The evidence rules of the module's docstring."""
    words = [t for t in toks if t.kind in (WORD, UNKNOWN)]
    nums = [t for t in toks if t.kind == NUM]
    if not words:
        if kind == "absolute":
            return (
                len(nums) >= 3
                or (
                    len(nums[0].text) == 4 and len(nums) >= 2 and any(t.text in "-/." for t in toks)
                )
                or (any(t.text == ":" for t in toks) and result.utc is not None)
            )
        if kind == "time":
            return any(t.text == ":" for t in toks)
        return False
    if _bare_pair(toks, nums):
        return False  # two short numbers side by side ('id 73 20'): a count, not a date
    if (
        not nums
        and any(any(r.kind == "M" for r in w.readings) for w in words)
        and all(len(w.text) <= 3 or any(r.kind == "M" for r in w.readings) for w in words)
    ):
        return False  # a month without a number ('in March', 'may')
    if len(words) == 1 and not nums:
        word = words[0]
        shown = text[start:end].strip(" ,.()")
        if any(r.kind == "W" for r in word.readings):
            return len(word.text) >= 5 and (
                shown[:1].isupper()
                or not shown[:1].isalpha()
                or shown[:1].lower() == shown[:1].upper()
            )
        if any(r.kind == "M" for r in word.readings) and kind != "relative":
            return False
        return kind == "relative"
    return True


def _bare_pair(toks: list[Token], nums: list[Token]) -> bool:
    """Two numbers of one or two digits next to each other with only a space between, and
    no four-digit year or clock: a date would join them with its punctuation or a month
    name ('23.10.23', '23 Oct 23')."""
    if any(len(t.text) > 2 for t in nums) or any(t.text == ":" for t in toks):
        return False
    return any(
        a.kind == NUM and b.kind == NUM for a, b in itertools.pairwise(toks)
    )


__all__ = ["KINDS", "Mention", "find"]
