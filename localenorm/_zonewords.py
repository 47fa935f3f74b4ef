"""Stage 2b: find the words of a time zone name among the tokens (``MSK``, ``heure normale
d’Europe centrale``, ``بتوقيت مكة المكرمة``, ``Europe/Berlin``) and make them one token.

The zone vocabulary (``_zones``) is large and is read only when a text has a clock time and
a word the date lexicon cannot place; the zone itself is resolved later, once the local time
is known (``_api._build``), because what a zone name means can depend on the date.
"""

from __future__ import annotations

from localenorm._lexicon import Reading
from localenorm._tokenize import NUM, PUNCT, UNKNOWN, WORD, Token

# Punctuation that stands inside a zone name: 'heure : Inde', 'Indien (Ortszeit)',
# 'Europe/Berlin', 'America/Port-au-Prince', 'heure d’été', Uzbek 'G‘arbiy Yevropa vaqti'.
_INSIDE = frozenset(":(),_/-.'’‘ʻʼ")
# Kinds of readings that make a word part of the date rather than a zone name.
_DATE_KINDS = frozenset("MWPEKCJZO")
ZONE = "TZ"
# A zone token belongs to every locale: it must not narrow the words around it.
ALL_LOCALES = -1


def _first_clock(tokens: list[Token]) -> int | None:
    """Where the first clock time starts: a number followed by ':' or '.', an hour marker or
    a day period ('16:00', '16.00', '16h', '4pm', '4 p.m.')."""
    for i in range(len(tokens) - 1):
        if tokens[i].kind != NUM:
            continue
        nxt = tokens[i + 1]
        if nxt.kind == PUNCT:
            if nxt.text in ":.":
                return i
            continue
        for r in nxt.readings:
            if r.kind == "P" or (r.kind == "K" and str(r.value).lstrip("^") == "H"):
                return i
    return None


def mark_zones(tokens: list[Token], folded: str, original_at: object) -> list[Token]:
    """``tokens`` with each zone name after (or just before) a clock time merged into one
    token whose only reading is ``("TZ", key)``. ``original_at(start, end)`` gives the
    caller's text for a folded slice: all-capital abbreviations count only as written so
    ('EAT', 'PT' are ordinary words in lower case)."""
    first = _first_clock(tokens)
    if first is None:
        return tokens
    starts = {i: how for i in range(max(first - 3, 0), len(tokens))
              if (how := _may_start_zone(tokens, i, first, original_at)) != _NO}
    if not starts:
        return tokens  # the zone table is read only for a word that may start a zone name
    from localenorm import _zones

    limit = _zones.max_words()
    out: list[Token] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        how = starts.get(i, _NO)
        found = _longest(tokens, i, limit, folded, original_at, _zones,
                         longer=how == _LONGER) if how != _NO else None
        if found is None:
            out.append(tok)
            i += 1
            continue
        end, key = found
        last = tokens[end]
        out.append(Token(WORD, folded[tok.start:last.end], tok.start, last.end,
                         tok.space_before, (Reading(ZONE, key, ALL_LOCALES),)))
        i = end + 1
    return out


# How a zone name may start at a token: not at all, as a name of one word or more, or only as
# a name of two words or more.
_NO, _ANY, _LONGER = 0, 1, 2


def _may_start_zone(tokens: list[Token], i: int, first: int, original_at: object) -> int:
    """Whether a zone name may start at token ``i``: at a word the date lexicon cannot place,
    or a month or weekday name in capitals right after the clock (see below), a name of any
    length; at any other word only a name of two words or more, which the table must know
    whole ('China Time', 'Giờ Mùa Hè Matxcơva', '日本標準時間': 'China' is a weekday
    somewhere, 'giờ' the hour marker, '日' Sunday and the day)."""
    tok = tokens[i]
    if tok.kind == UNKNOWN:
        return _ANY
    if tok.kind != WORD:
        return _NO
    named = False
    for r in tok.readings:
        if r.kind in _DATE_KINDS:
            if r.kind not in "MW":
                return _LONGER if _word_follows(tokens, i) else _NO
            named = True
    if not named or _capitals_after_clock(tokens, i, first, original_at):
        return _ANY
    return _LONGER if _word_follows(tokens, i) else _NO


def _word_follows(tokens: list[Token], i: int) -> bool:
    """Whether a word comes next after token ``i`` (punctuation inside names aside): only
    then may a name of two words or more start there."""
    for tok in tokens[i + 1:]:
        if tok.kind in (WORD, UNKNOWN):
            return True
        if not (tok.kind == PUNCT and tok.text in _INSIDE):
            return False
    return False


def _capitals_after_clock(tokens: list[Token], i: int, first: int,
                          original_at: object) -> bool:
    """Whether token ``i`` is a word in capitals right after a clock time ('16:00 CET',
    '4pm PT'): there an abbreviation is a zone, though unaccented 'cet' is Thursday in
    Czech and 'pt' a weekday abbreviation elsewhere (only month and weekday names yield;
    'GMT' stays the reader's, to take the offset after it)."""
    if i <= first:
        return False
    j = i - 1
    while j > first and tokens[j].kind == PUNCT and tokens[j].text == ".":
        j -= 1  # ('3:17 p.m. CET', '8:07 μ.μ. CET': the day period's closing dot)
    prev = tokens[j]
    if not (prev.kind == NUM or any(r.kind in "PK" for r in prev.readings)):
        return False
    shown = str(original_at(tokens[i].start, tokens[i].end))  # type: ignore[operator]
    return len(shown) >= 2 and shown.isupper()


def _longest(tokens: list[Token], i: int, limit: int, folded: str, original_at: object,
             zones: object, longer: bool = False) -> tuple[int, str] | None:
    """The last token and the key of the longest zone name starting at token ``i`` (of two
    words or more when ``longer``)."""
    words = 0
    ends = []
    j = i
    while j < len(tokens) and words < limit:
        tok = tokens[j]
        if tok.kind in (UNKNOWN, WORD):
            words += 1
            ends.append(j)
        elif not (tok.kind == PUNCT and tok.text in _INSIDE):
            break
        j += 1
    for end in reversed(ends):
        if longer and end == i:
            break
        key = zones.zone_key(folded[tokens[i].start:tokens[end].end])  # type: ignore[attr-defined]
        readings = zones.lookup(key)  # type: ignore[attr-defined]
        if not readings:
            continue
        shown = original_at(tokens[i].start, tokens[end].end)  # type: ignore[operator]
        if all(r.abbreviation for r in readings) and not str(shown).isupper():
            continue
        return end, key
    return None


# Kinds of readings a word inside a clock time has: a day period, an hour or minute marker
# ('Uhr', '時'), UTC/GMT, a zone already found.
_CLOCK_KINDS = frozenset(("P", "K", "Z", ZONE))


def unread_zone(tokens: list[Token], original_at: object) -> tuple[int, int] | None:
    """The span (in the folded text) of the words right after the clock time that the
    readers left unread and that may name a zone ('Mùa Hè Matxcơva' of an unknown spelling,
    'アメリカ東部夏'), or ``None``. Such words are never ignored: an answer in the default
    zone where the text names another would be silently wrong. Words that no zone name of
    any CLDR release has ('Published', 'von Max Mustermann') may be ignored.

    An abbreviation in capitals that the lexicon has only as a connector of some language
    ('AFT', 'OT') counts as unread too; single letters cut off by an apostrophe ('G‘arbiy')
    are stepped over."""
    first = _first_clock(tokens)
    if first is None:
        return None
    from localenorm import _zones

    i, n = first, len(tokens)
    while i < n and (tokens[i].kind == NUM
                     or (tokens[i].kind == PUNCT and tokens[i].text in ":.+-−")
                     or any(r.kind in _CLOCK_KINDS for r in tokens[i].readings)):
        i += 1
    start = None
    while i < n and tokens[i].kind != UNKNOWN:
        tok = tokens[i]
        if tok.kind == PUNCT and tok.text in _INSIDE:
            i += 1
            continue
        if tok.kind != WORD:
            return None
        if all(r.kind == "F" for r in tok.readings):
            shown = str(original_at(tok.start, tok.end))  # type: ignore[operator]
            if 2 <= len(shown) <= 6 and shown.isascii() and shown.isalpha() \
                    and shown.isupper():
                return tok.start, tok.end
        if len(tok.text) != 1 or start is not None:
            return None
        start = tok.start
        i += 1
    if i >= n or not _zones.may_name_zone(_zones.zone_key(tokens[i].text)):
        return None
    end = i
    while end + 1 < n and tokens[end + 1].kind == UNKNOWN:
        end += 1
    return tokens[i].start if start is None else start, tokens[end].end
