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
# 'Europe/Berlin', 'America/Port-au-Prince', 'heure d’été'.
_INSIDE = frozenset(":(),_/-.'’")
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
    starts = {i for i in range(max(first - 3, 0), len(tokens))
              if _may_start_zone(tokens, i, first, original_at)}
    if not starts:
        return tokens  # the zone table is read only for a word that may start a zone name
    from localenorm import _zones

    limit = _zones.max_words()
    out: list[Token] = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        found = _longest(tokens, i, limit, folded, original_at, _zones) \
            if i in starts else None
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


def _may_start_zone(tokens: list[Token], i: int, first: int, original_at: object) -> bool:
    """Whether a zone name may start at token ``i``: a word the date lexicon cannot place, or
    a month or weekday name in capitals right after the clock (see below)."""
    tok = tokens[i]
    if tok.kind == UNKNOWN:
        return True
    if tok.kind != WORD:
        return False
    named = False
    for r in tok.readings:
        if r.kind in _DATE_KINDS:
            if r.kind not in "MW":
                return False
            named = True
    return not named or _capitals_after_clock(tokens, i, first, original_at)


def _capitals_after_clock(tokens: list[Token], i: int, first: int,
                          original_at: object) -> bool:
    """Whether token ``i`` is a word in capitals right after a clock time ('16:00 CET',
    '4pm PT'): there an abbreviation is a zone, though unaccented 'cet' is Thursday in
    Czech and 'pt' a weekday abbreviation elsewhere (only month and weekday names yield;
    'GMT' stays the reader's, to take the offset after it)."""
    if i <= first:
        return False
    prev = tokens[i - 1]
    if not (prev.kind == NUM or any(r.kind in "PK" for r in prev.readings)):
        return False
    shown = str(original_at(tokens[i].start, tokens[i].end))  # type: ignore[operator]
    return len(shown) >= 2 and shown.isupper()


def _longest(tokens: list[Token], i: int, limit: int, folded: str, original_at: object,
             zones: object) -> tuple[int, str] | None:
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
        key = zones.zone_key(folded[tokens[i].start:tokens[end].end])  # type: ignore[attr-defined]
        readings = zones.lookup(key)  # type: ignore[attr-defined]
        if not readings:
            continue
        shown = original_at(tokens[i].start, tokens[end].end)  # type: ignore[operator]
        if all(r.abbreviation for r in readings) and not str(shown).isupper():
            continue
        return end, key
    return None
