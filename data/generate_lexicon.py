#!/usr/bin/env python3
"""Generate ``localenorm/_data/lexicon.json`` from CLDR (through babel) and ``data/curated``.

Run from the project root with babel installed (the test extras pin its version):

    python data/generate_lexicon.py            # rewrite the packaged table
    python data/generate_lexicon.py --check    # exit 1 if the packaged table is stale

The output is deterministic (sorted keys, no timestamps) so a rerun with the same babel gives
the same bytes; ``tests/test_lexicon_fresh.py`` checks exactly that.

Every word is stored under its *lookup key*: the text folded by ``localenorm._normalize.fold``
with spaces, dots, hyphens and apostrophes removed, so ``p. m.``, ``p.m.`` and ``pm`` meet.
Each key maps to its readings, written compactly because the table is read on the first
parse: ``"kind,value,mask;kind,value,mask"``, where ``mask`` indexes the ``masks`` list of hex
bit masks over the ``locales`` list (a few hundred masks serve 15,000 readings), and ``value``
is an integer, a string (``K``, ``C``, ``J``) or empty (``F``). ``info`` gives each locale's
numeric date order, the order of day and year around a month name, and whether its short
date starts with a two-digit year, as ``"DMY DY 0"``. Kinds:

- ``M`` month name (value 1-12), ``W`` weekday (0 = Monday), ``E`` era (0 = BCE, 1 = CE);
- ``P`` day period: value is a 24-bit mask of the hours the period covers (AM, PM, noon,
  CLDR's flexible periods such as ``petang``);
- ``K`` a marker that names the numeric field next to it: value ``"y"``, ``"M"``, ``"d"``,
  ``"H"``, ``"m"``, ``"s"``, prefixed with ``^`` when it stands before the number;
- ``Z`` a name of UTC/GMT (offset zero), after which a localised GMT offset may follow;
- ``F`` a connector or filler that carries no value (``de``, ``at``, ``ساعت``);
- ``O`` an ordinal (1-5, or -1 for 'last') and ``DW`` the word 'day', for 'third Tuesday of
  September 2014' and 'last day of October 2015' (curated: CLDR has no ordinal words);
- ``C`` a month of another calendar: value ``"<calendar>:<n>"`` in that calendar's own
  numbering (``"persian:8"`` Aban, ``"islamic:4"`` Rabi al-Thani, ``"hebrew:8"`` Cheshvan,
  ``"hebrew:14"`` a plain Adar);
- ``J`` a calendar or era marker: ``"islamic"`` (هـ, AH), ``"persian"`` (ه.ش), ``"buddhist"``
  (พ.ศ., BE), ``"roc"`` (民國), ``"japanese:<era>"`` (令和, R).

``C`` and ``J`` come from ``data/curated/calendars/*.json`` (see :func:`calendar_words`):
babel exposes only Gregorian month names.
"""

from __future__ import annotations

import functools
import json
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

import babel
import babel.dates
from babel import Locale
from babel.localedata import locale_identifiers

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from data import _generated as generated  # noqa: E402  (needs the path set above)
from data import cldr_extract  # noqa: E402

render = generated.render

from localenorm._lexkey import lookup_key  # noqa: E402  (needs the path set above)

OUT = ROOT / "localenorm" / "_data" / "lexicon.json"
CURATED = ROOT / "data" / "curated"

NAME_FIELDS = {"M": "M", "L": "M", "E": "W", "c": "W"}
NUMERIC_FIELDS = {"y": "y", "Y": "y", "u": "y", "M": "M", "L": "M", "d": "d", "H": "H",
                  "h": "H", "K": "H", "k": "H", "m": "m", "s": "s"}
WIDTHS = ("wide", "abbreviated", "short", "narrow")
PERIOD_KINDS = ("format", "stand-alone")

# Toki Pona writes dates as counters ('tenpo mun #12 la suno #11') whose words mark fields
# only by position; its patterns cannot be read word by word, so it gets no entries (a
# 'tok' hint is refused rather than half-read).
SKIPPED = frozenset({"tok"})

AM = sum(1 << h for h in range(12))
PM = sum(1 << h for h in range(12, 24))


def cldr_version() -> str:
    from babel.core import get_global

    return str(get_global("cldr")["version"])


def period_masks(loc: Locale) -> dict[str, int]:
    """Hours covered by each day-period type, from the locale's CLDR day-period rules."""
    masks = {"am": AM, "pm": PM}
    rules = loc.day_period_rules.get(None, {}) if loc.day_period_rules else {}
    for ptype, spans in rules.items():
        mask = 0
        for span in spans:
            if "at" in span:
                mask |= 1 << (int(span["at"]) // 3600)
                continue
            # 'before': 86400 is midnight at the end of the day, hour 0 of the next.
            start, before = int(span["from"]) // 3600, (int(span["before"]) // 3600) % 24
            # Spans may wrap midnight (night: 21:00 before 06:00); from == before is all day.
            for step in range(24):
                hour = (start + step) % 24
                if step and hour == before:
                    break
                mask |= 1 << hour
        masks[ptype] = mask
    return masks


def has_digit(text: str) -> bool:
    return any(unicodedata.decimal(ch, -1) >= 0 for ch in text)


def names(data: object) -> Iterator[tuple[str, int]]:
    """(name, index) pairs from a babel ``{context: {width: {index: name}}}`` table."""
    if not data:
        return
    for context in PERIOD_KINDS:
        widths = data.get(context) if hasattr(data, "get") else None  # type: ignore[union-attr]
        if not widths:
            continue
        for width in WIDTHS:
            table = widths.get(width)
            if not table:
                continue
            items = list(table.items())
            if width == "narrow":
                # A narrow name is kept only when it is unique in its table and longer than one
                # character: 'J' (January, June, July) would turn initials into months.
                counts = defaultdict(int)
                for _, name in items:
                    counts[lookup_key(name)] += 1
                items = [(i, n) for i, n in items if counts[lookup_key(n)] == 1
                         and len(lookup_key(n)) > 1]
            for index, name in items:
                yield name, index


def pattern_strings(loc: Locale) -> Iterator[str]:
    for table in (loc.date_formats, loc.time_formats):
        for key in ("full", "long", "medium", "short"):
            pat = table.get(key)
            if pat is not None:
                yield pat.pattern
    for pat in loc.datetime_skeletons.values():
        yield pat.pattern


def split_literal(text: str) -> tuple[str, list[str], str]:
    """Split a pattern literal into the part glued to the field before it, the free-standing
    words, and the part glued to the field after it (no space between)."""
    if not text:
        return "", [], ""
    parts = re.split(r"\s+", text)
    left = parts[0] if not text[0].isspace() else ""
    right = parts[-1] if not text[-1].isspace() and len(parts) > 1 else ""
    if len(parts) == 1 and not text[0].isspace():
        # No space at all: glued on both sides; the caller decides which side claims it.
        return text, [], text
    middle = [p for p in parts[1 if left else 0: len(parts) - (1 if right else 0)] if p]
    return left, middle, right


def literal_words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s,.;:/\-()\[\]'’\"|·،]+", text) if w and not has_digit(w)]


class Collector:
    def __init__(self, locales: list[str]) -> None:
        self.locales = locales
        self.index = {name: i for i, name in enumerate(locales)}
        self.words: dict[str, dict[tuple[str, object], int]] = defaultdict(dict)
        # Era markers from CLDR's calendars, added once all locales are read (add_markers).
        self.markers: dict[str, list[tuple[str, str, str]]] = defaultdict(list)

    def add(self, word: str, kind: str, value: object, locale: str) -> None:
        key = lookup_key(word)
        if not key or has_digit(key) or len(key) > 40:
            return
        bit = 1 << self.index[locale]
        slot = self.words[key]
        slot[(kind, value)] = slot.get((kind, value), 0) | bit

    def add_pattern(self, pattern: str, loc_id: str, month_names: dict[int, list[str]],
                    day_names: dict[int, list[str]]) -> None:
        tokens = babel.dates.tokenize_pattern(pattern)
        # Merge adjacent literal chunks (babel splits quoted and unquoted text).
        merged: list[tuple[str, object]] = []
        for kind, value in tokens:
            if kind == "chars" and merged and merged[-1][0] == "chars":
                merged[-1] = ("chars", str(merged[-1][1]) + str(value))
            else:
                merged.append((kind, value))
        for i, (kind, value) in enumerate(merged):
            if kind != "chars":
                continue
            text = str(value)
            prev = merged[i - 1][1] if i > 0 and merged[i - 1][0] == "field" else None
            nxt = merged[i + 1][1] if i + 1 < len(merged) and merged[i + 1][0] == "field" else None
            left, middle, right = split_literal(text)
            glued_both = bool(left) and left == right and not middle
            # A part glued to the pattern's start or end is glued to nothing: it stands free
            # ('HH 'h' mm 'min' ss 's'' ends in a free 's' that marks the seconds).
            if nxt is None and right and not glued_both:
                middle, right = [*middle, right], ""
            if prev is None and left and not glued_both:
                middle, left = [left, *middle], ""
            self._glue(prev, left, loc_id, month_names, day_names, after=True,
                       next_field=nxt, glued_both=glued_both)
            if not glued_both:
                self._glue(nxt, right, loc_id, month_names, day_names, after=False,
                           next_field=None, glued_both=False)
            for chunk in middle:
                for word in literal_words(chunk):
                    prev_num = _numeric(prev)
                    nxt_num = _numeric(nxt)
                    # After a number, a free word marks it ('ss วินาที zzzz', 'HH 'h' mm')
                    # unless a month or weekday name follows ('d 'de' MMMM' is a connector).
                    if prev_num and not _is_name(nxt):
                        self.add(word, "K", prev_num, loc_id)
                    elif prev is None and nxt_num:
                        self.add(word, "K", "^" + nxt_num, loc_id)
                    else:
                        self.add(word, "F", None, loc_id)

    def _glue(self, field: object, text: str, loc_id: str, month_names: dict[int, list[str]],
              day_names: dict[int, list[str]], *, after: bool, next_field: object,
              glued_both: bool) -> None:
        if not text:
            return
        words = literal_words(text)
        if not words:
            return
        if field is None:
            if glued_both and next_field is not None:
                field, after = next_field, False
            else:
                for word in words:
                    self.add(word, "F", None, loc_id)
                return
        char, count = field  # type: ignore[misc]
        if char in NAME_FIELDS and (count >= 3 or char in "Ec"):
            table = month_names if NAME_FIELDS[char] == "M" else day_names
            kind = NAME_FIELDS[char]
            glued = text.strip()
            if has_digit(glued):
                return
            for value, forms in table.items():
                for form in forms:
                    variant = form + glued if after else glued + form
                    self.add(variant, kind, value, loc_id)
            for word in words:
                self.add(word, "F", None, loc_id)
            return
        num = _numeric(field)
        if num:
            marker = num if after else "^" + num
            for word in words:
                self.add(word, "K", marker, loc_id)
        else:
            for word in words:
                self.add(word, "F", None, loc_id)


def _is_name(field: object) -> bool:
    if not field:
        return False
    char, count = field  # type: ignore[misc]
    return char in "Ec" or (char in "ML" and count >= 3)


def _numeric(field: object) -> str | None:
    if not field:
        return None
    char, count = field  # type: ignore[misc]
    if char in ("M", "L") and count >= 3:
        return None
    return NUMERIC_FIELDS.get(char)


def numeric_order(loc: Locale) -> str:
    pattern = loc.date_formats["short"].pattern
    order = ""
    for kind, value in babel.dates.tokenize_pattern(pattern):
        if kind == "field":
            letter = {"y": "Y", "M": "M", "L": "M", "d": "D"}.get(value[0])
            if letter and letter not in order:
                order += letter
    return order if len(order) == 3 else "DMY"


def short_year_first(loc: Locale) -> bool:
    """Whether the short date starts with a two-digit year ('yy. M. d.' in Korean): only
    then is '23/10/05' read year first."""
    for kind, value in babel.dates.tokenize_pattern(loc.date_formats["short"].pattern):
        if kind == "field":
            return bool(value[0] == "y" and value[1] == 2)
    return False


def name_order(loc: Locale) -> str:
    """Order of day and year around a month name, from the long date format."""
    pattern = loc.date_formats["long"].pattern
    order = ""
    for kind, value in babel.dates.tokenize_pattern(pattern):
        if kind == "field" and value[0] in "yd" and value[0].upper() not in order:
            order += value[0].upper()
    return order if len(order) == 2 else "DY"


def collect_locale(col: Collector, loc_id: str) -> dict[str, str]:
    loc = Locale.parse(loc_id)
    month_names: dict[int, list[str]] = defaultdict(list)
    day_names: dict[int, list[str]] = defaultdict(list)
    for name, index in names(loc.months):
        if has_digit(name):
            # '10月', 'thg 10', 'ཟླ་༡༠': a number with a marker; the marker names the month.
            first_digit = next(i for i, ch in enumerate(name) if unicodedata.decimal(ch, -1) >= 0)
            before = "".join(ch for ch in name[:first_digit] if not ch.isspace())
            after = "".join(ch for ch in name[first_digit:] if unicodedata.decimal(ch, -1) < 0)
            if before:
                col.add(before, "K", "^M", loc_id)
            if after.strip():
                col.add(after.strip(), "K", "M", loc_id)
            continue
        col.add(name, "M", int(index), loc_id)
        month_names[int(index)].append(name)
    for name, index in names(loc.days):
        if has_digit(name):
            continue
        col.add(name, "W", int(index), loc_id)
        day_names[int(index)].append(name)
    releases_names(col, loc_id, month_names, day_names)
    masks = period_masks(loc)
    for name, ptype in names(loc.day_periods):
        if ptype in masks:
            col.add(name, "P", masks[str(ptype)], loc_id)
    releases_periods(col, loc_id, masks)
    if loc.eras:
        for width in ("wide", "abbreviated", "narrow"):
            for index, name in (loc.eras.get(width) or {}).items():
                if width == "narrow" and len(lookup_key(name)) < 2:
                    continue
                col.add(name, "E", int(index), loc_id)
    for key in ("full", "long", "medium", "short"):
        glue = loc.datetime_formats.get(key)
        if isinstance(glue, str):
            # The glue between a date and a time: its words connect, they never mark a field.
            for chunk in glue.replace("{1}", " ").replace("{0}", " ").split("'"):
                for word in literal_words(chunk):
                    col.add(word, "F", None, loc_id)
    for pattern in pattern_strings(loc):
        col.add_pattern(pattern, loc_id, month_names, day_names)
    releases_patterns(col, loc_id, month_names, day_names, masks)
    for zone, table in (("Etc/UTC", loc.time_zones), ("GMT", loc.meta_zones)):
        entry = table.get(zone) or {}
        for width in ("long", "short"):
            for name in (entry.get(width) or {}).values():
                col.add(name, "Z", 0, loc_id)
    for key in ("gmt", "gmt_utc"):
        fmt = loc.zone_formats.get(key)
        if fmt:
            for word in fmt.split("%s"):
                if word.strip():
                    col.add(word.strip(), "Z", 0, loc_id)
    return {"order": numeric_order(loc), "names": name_order(loc), "yy": short_year_first(loc)}


# -- every CLDR release since CLDR 30 (data/cldr, written by data/refresh_cldr.py) -----------


def _role(path: str) -> str:
    """What a path names, across calendars' and contexts' spellings of it: 'months/2'."""
    parts = path.split("/")
    if len(parts) >= 5 and parts[1] in ("months", "days", "dayPeriods", "eras"):
        # The Buddhist, Japanese and ROC calendars count Gregorian months and days.
        cal = "gregorian" if parts[0] in ("buddhist", "japanese", "roc") and \
            parts[1] != "eras" else parts[0]
        return f"{cal}/{parts[1]}/{parts[-1].split('-')[0]}"
    return "other"


@functools.cache
def _current_words() -> dict[str, frozenset[str]]:
    """Lookup keys of the names and name words of CLDR's newest release in every locale
    (month, weekday, day-period and era names, zone names, relative fields), each with what
    it names there (:func:`_role`)."""
    newest = 1 << (len(cldr_extract.releases()) - 1)
    found: dict[str, set[str]] = defaultdict(set)
    for loc in cldr_extract.locales():
        for path, value, mask in cldr_extract.under(loc, ""):
            if not mask & newest or "Formats" in path:
                continue
            role = _role(path)
            found[lookup_key(value)].add(role)
            for w in literal_words(value):
                found[lookup_key(w)].add(role if lookup_key(w) == lookup_key(value)
                                         else "other")
    # babel's release may be newer than the newest in data/cldr: its words count too.
    for loc_id in locale_identifiers():
        loc = Locale.parse(loc_id)
        for part, table in (("months", loc.months), ("days", loc.days),
                            ("dayPeriods", loc.day_periods)):
            for context, widths in (table or {}).items():
                for width, items in widths.items():
                    for index, name in items.items():
                        path = f"gregorian/{part}/{context}/{width}/{_babel_index(part, index)}"
                        found[lookup_key(name)].add(_role(path))
        texts: list[str] = []
        for table in (loc.meta_zones, loc.time_zones):
            for entry in table.values():
                for width in ("long", "short"):
                    texts.extend((entry.get(width) or {}).values())
                if entry.get("city"):
                    texts.append(entry["city"])
        for text in texts:
            for w in [text, *literal_words(text)]:
                found[lookup_key(w)].add("other")
    return {k: frozenset(v) for k, v in found.items()}


def _babel_index(part: str, index: object) -> str:
    """babel's key of a name as CLDR JSON's: weekdays 0-6 are 'mon'..'sun'."""
    if part == "days":
        return ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[int(str(index))]
    return str(index)


def superseded(name: str, mask: int, path: str) -> bool:
    """Whether ``name``, which the releases of ``mask`` carry at ``path``, is an earlier
    spelling that the newest release uses for something else (Greenlandic 'maji', May before
    CLDR 48, is a word of a Ga zone name now): the newest release's meaning wins, and the old
    spelling, which would turn that word into a month for every text, is left out."""
    newest = 1 << (len(cldr_extract.releases()) - 1)
    if mask & newest:
        return False
    return bool(_current_words().get(lookup_key(name), frozenset()) - {_role(path)})


def _cldr_names(loc_id: str, part: str, calendar: str = "gregorian") -> Iterator[tuple[str, str,
                                                                                      str, int]]:
    """(context, width, value, index) of a names table in every release: ``part`` is
    ``months`` or ``days``; a narrow name only when unique in its release's table and longer
    than one character, as for babel's names above."""
    prefix = f"{calendar}/{part}/"
    tables: dict[tuple[str, str], list[tuple[str, str, int]]] = defaultdict(list)
    for path, value, mask in cldr_extract.under(loc_id, prefix):
        if superseded(value, mask, path):
            continue
        context, width, index = path[len(prefix):].split("/", 2)
        tables[(context, width)].append((index, value, mask))
    for (context, width), items in sorted(tables.items()):
        for index, value, mask in sorted(items):
            if width == "narrow":
                rivals = [v for i, v, m in items if m & mask and i != index]
                if len(lookup_key(value)) < 2 or lookup_key(value) in map(lookup_key, rivals):
                    continue
            yield context, width, index, value


def releases_names(col: Collector, loc_id: str, month_names: dict[int, list[str]],
                   day_names: dict[int, list[str]]) -> None:
    """Month, weekday and era names of every release (earlier spellings such as Bengali
    'ফেব্রুয়ারী'), calendar months and era markers, and CLDR's names of UTC."""
    for _context, _width, index, name in _cldr_names(loc_id, "months"):
        if has_digit(name) or not index.isdigit():
            continue
        col.add(name, "M", int(index), loc_id)
        if name not in month_names[int(index)]:
            month_names[int(index)].append(name)
    weekdays = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    for _context, _width, index, name in _cldr_names(loc_id, "days"):
        if has_digit(name) or index not in weekdays:
            continue
        col.add(name, "W", weekdays.index(index), loc_id)
        if name not in day_names[weekdays.index(index)]:
            day_names[weekdays.index(index)].append(name)
    for path, name, mask in cldr_extract.under(loc_id, "gregorian/eras/"):
        if superseded(name, mask, path):
            continue
        width, index = path.split("/")[2:4]
        era = index.split("-")[0]
        if era not in ("0", "1") or (width == "eraNarrow" and len(lookup_key(name)) < 2):
            continue
        col.add(name, "E", int(era), loc_id)
    for path in ("zones/Etc/UTC|long/standard", "zones/Etc/UTC|short/standard",
                 "metazone/GMT/long/standard", "metazone/GMT/short/standard"):
        for name in cldr_extract.values(loc_id, path):
            col.add(name, "Z", 0, loc_id)
    for path in ("tz/gmtFormat", "tz/gmtZeroFormat"):
        for fmt in cldr_extract.values(loc_id, path):
            for word in fmt.replace("{0}", "%s").split("%s"):
                if word.strip():
                    col.add(word.strip(), "Z", 0, loc_id)
    release_calendars(col, loc_id)


def _period_rules(loc_id: str) -> dict[str, int]:
    """Hour masks of day-period types from cldr-core's rules of every release (the newest
    release's rule for a type wins), for types babel's release no longer has."""
    spans: dict[str, dict[str, tuple[int, str]]] = defaultdict(dict)
    lang = loc_id
    while lang and not any(True for _ in cldr_extract.core(f"dayPeriods/{lang}/")):
        lang = lang.rpartition("_")[0]
    for path, value, mask in cldr_extract.core(f"dayPeriods/{lang}/"):
        ptype, bound = path.split("/")[2:4]
        old = spans[ptype].get(bound)
        if old is None or mask.bit_length() > old[0]:
            spans[ptype][bound] = (mask.bit_length(), value)

    def hour(text: str) -> int:
        return int(text.split(":")[0])

    out: dict[str, int] = {}
    for ptype, bounds in spans.items():
        if "_at" in bounds:
            out[ptype] = 1 << (hour(bounds["_at"][1]) % 24)
        elif "_from" in bounds and "_before" in bounds:
            start, before = hour(bounds["_from"][1]), hour(bounds["_before"][1]) % 24
            mask = 0
            for step in range(24):
                h = (start + step) % 24
                if step and h == before:
                    break
                mask |= 1 << h
            out[ptype] = mask
    return out


def releases_periods(col: Collector, loc_id: str, masks: dict[str, int]) -> None:
    """Day periods of every release (Punjabi 'ਪੂ.ਦੁ.' before CLDR 48)."""
    rules: dict[str, int] | None = None
    for _context, _width, ptype, name in _cldr_names(loc_id, "dayPeriods"):
        if ptype.endswith("-alt-variant"):
            ptype = ptype[: -len("-alt-variant")]
        mask = masks.get(ptype)
        if mask is None:
            if rules is None:
                rules = _period_rules(loc_id)
            mask = rules.get(ptype)
        if mask is not None:
            col.add(name, "P", mask, loc_id)


def releases_patterns(col: Collector, loc_id: str, month_names: dict[int, list[str]],
                      day_names: dict[int, list[str]], masks: dict[str, int]) -> None:
    """Date and time patterns of every release (the four styles and ``availableFormats``
    skeletons) and the words of the date-time glue, ``-atTime`` included ('{1}, 'kell' {0}',
    '{1} 'a les' {0}'): connectors (kind ``F``). Text glued to the time's end ('{1} {0}కి'
    in Telugu) is glued to the day period the time ends with, so each period also stands
    with it."""
    ends_with_period = False
    for prefix in ("gregorian/dateFormats/", "gregorian/timeFormats/",
                   "gregorian/dateTimeFormats/availableFormats/"):
        for path, pattern, _ in cldr_extract.under(loc_id, prefix):
            if "{" in pattern:
                continue
            col.add_pattern(pattern, loc_id, month_names, day_names)
            if path.startswith("gregorian/timeFormats/") and pattern.rstrip().endswith("a"):
                ends_with_period = True
    glued: set[str] = set()
    for path, glue, _ in cldr_extract.under(loc_id, "gregorian/dateTimeFormats"):
        if "/availableFormats/" in path or "{0}" not in glue or "{1}" not in glue:
            continue
        # As for babel's glue above: quoted or not, its words connect.
        for chunk in glue.replace("{1}", " ").replace("{0}", " ").split("'"):
            for word in literal_words(chunk):
                col.add(word, "F", None, loc_id)
        after_time = glue.split("{0}", 1)[1].split("{1}")[0].replace("'", "")
        if after_time and not after_time[0].isspace():
            word = re.split(r"\s", after_time, maxsplit=1)[0]
            if literal_words(word) == [word]:
                glued.add(word)
    if ends_with_period and glued:
        for name, ptype in names(Locale.parse(loc_id).day_periods):
            if ptype in masks:
                for word in glued:
                    col.add(name + word, "P", masks[str(ptype)], loc_id)


# CLDR's Hebrew months count from Tishri (1) with Adar I 6, Adar 7 and Adar II
# '7-yeartype-leap'; the lexicon counts from Nisan with Adar I 12, Adar II 13 and a plain Adar
# 14 (see data/curated/calendars/hebrew.json).
HEBREW_MONTHS = {"1": 7, "2": 8, "3": 9, "4": 10, "5": 11, "6": 12, "7": 14,
                 "7-yeartype-leap": 13, "8": 1, "9": 2, "10": 3, "11": 4, "12": 5, "13": 6}
# The era markers the reader knows (kind ``J``), by CLDR calendar and era index.
JAPANESE_ERAS = {"232": "meiji", "233": "taisho", "234": "showa", "235": "heisei",
                 "236": "reiwa"}
CALENDAR_ERAS = ("islamic", "persian", "buddhist", "roc", "japanese")
ERA_MARKERS = {("islamic", "0"): "islamic", ("persian", "0"): "persian",
               ("buddhist", "0"): "buddhist", ("roc", "1"): "roc"}


def _latin_short(name: str) -> bool:
    """A Latin name of up to four letters ('Mehr', 'Tir', 'Av'): a word in other languages
    (German 'mehr', Swedish 'av') more often than a month of another calendar."""
    key = "".join(ch for ch in unicodedata.normalize("NFD", lookup_key(name))
                  if not unicodedata.combining(ch))
    return key.isascii() and len(key) <= 4


@functools.cache
def _gregorian_months() -> frozenset[tuple[str, str]]:
    """(key, month number) of every Gregorian month name of every locale and release."""
    return frozenset((lookup_key(name), index) for loc_id in cldr_extract.locales()
                     for _, _, index, name in _cldr_names(loc_id, "months"))


def release_calendars(col: Collector, loc_id: str) -> None:
    """Months (kind ``C``) of the Islamic, Persian and Hebrew calendars and the era markers
    (kind ``J``) of every release, where the locale translates them: a name the locale takes
    unchanged from CLDR's root (its transliterations) is kept for English only."""
    english = loc_id == "en" or loc_id.startswith("en_")
    # Somali's Persian months in CLDR are its Gregorian ones ('Maayo'), and an earlier
    # release spelled its fourth 'Abril': a name the locale, or any locale, gives the
    # Gregorian month of the same number was copied from the Gregorian calendar.
    gregorian = {lookup_key(v) for _, _, _, v in _cldr_names(loc_id, "months")}
    for cal in ("islamic", "persian", "hebrew"):
        root = {v for _, _, _, v in _cldr_names("root", "months", cal)}
        for _context, width, index, name in _cldr_names(loc_id, "months", cal):
            if width == "narrow" or has_digit(name) or _latin_short(name) \
                    or lookup_key(name) in gregorian \
                    or (lookup_key(name), index) in _gregorian_months():
                continue
            if name in root and not english:
                continue
            number = HEBREW_MONTHS.get(index) if cal == "hebrew" else int(index)
            if number is not None:
                col.add(name, "C", f"{cal}:{number}", loc_id)
    # An era name that two eras share in one locale (Arabic 'هـ': the Hijra, and Heisei in
    # the Japanese calendar; 'م': AD and Meiji) says neither: it is left to the curated table.
    eras: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for cal in ("gregorian", *CALENDAR_ERAS):
        for path, name, _ in cldr_extract.under(loc_id, f"{cal}/eras/"):
            eras[lookup_key(name)].add((cal, path.split("/")[3].split("-")[0]))
    for cal in CALENDAR_ERAS:
        root = {v for _, v, _ in cldr_extract.under("root", f"{cal}/eras/")}
        for path, name, _ in cldr_extract.under(loc_id, f"{cal}/eras/"):
            index = path.split("/")[3].split("-")[0]
            value = (f"japanese:{JAPANESE_ERAS[index]}" if cal == "japanese"
                     and index in JAPANESE_ERAS else ERA_MARKERS.get((cal, index)))
            if value is None or has_digit(name) or (name in root and not english):
                continue
            if _latin_short(name) or len(eras[lookup_key(name)]) > 1:
                # 'AP' (Anno Persico) is a news agency's byline as often; the markers of this
                # kind a page uses ('AH', 'BE', Japanese 'R5') are curated.
                continue
            col.markers[lookup_key(name)].append((name, value, loc_id))


def add_markers(col: Collector) -> None:
    """The era markers of :func:`release_calendars` whose key means one era in every locale
    and is no Gregorian era or curated marker of another (Persian Heisei 'ه' is the Hijra's
    'ه' in the curated table): a text without a hint would not know which."""
    curated_values: dict[str, set[str]] = defaultdict(set)
    for path in sorted(CALENDAR_DIR.glob("*.json")):
        for entry in json.loads(path.read_text(encoding="utf-8")).get("markers", []):
            for word in entry["words"]:
                curated_values[lookup_key(word)].add(entry["value"])
    for key, found in sorted(col.markers.items()):
        values = {value for _, value, _ in found} | curated_values.get(key, set())
        if len(values) > 1 or any(kind == "E" for kind, _ in col.words.get(key, {})):
            continue
        for name, value, loc_id in found:
            col.add(name, "J", value, loc_id)


def curated(col: Collector) -> None:
    for path in sorted(CURATED.glob("*.json")):
        table = json.loads(path.read_text(encoding="utf-8"))
        for entry in table["entries"]:
            locs: Iterable[str] = entry["locales"]
            for loc_id in locs:
                if loc_id not in col.index:
                    raise SystemExit(f"{path.name}: unknown locale {loc_id!r}")
                for word in entry["words"]:
                    col.add(word, entry["kind"], entry.get("value"), loc_id)


# -- calendars other than the Gregorian -----------------------------------------------------

CALENDAR_DIR = CURATED / "calendars"


def _expand(col: Collector, tags: Iterable[str], source: str) -> list[str]:
    """A table's locale ``fa`` stands for every table locale of it (``fa``, ``fa_AF``,
    ``fa_IR``): calendar names do not change between regions of a language."""
    out: list[str] = []
    for tag in tags:
        found = [loc for loc in col.locales if loc == tag or loc.startswith(tag + "_")]
        if not found:
            raise SystemExit(f"{source}: unknown locale {tag!r}")
        out.extend(found)
    return out


def calendar_words(col: Collector) -> None:
    """Months (kind ``C``) and era markers (kind ``J``) of the calendars in
    ``data/curated/calendars``: ``months`` maps a locale to twelve (or more) lists of names,
    the n-th list being month n; ``prefixes`` lists prefixes glued to month names in dates
    (Hebrew 'ב'); ``markers`` are entries ``{value, words, locales}``."""
    for path in sorted(CALENDAR_DIR.glob("*.json")):
        table = json.loads(path.read_text(encoding="utf-8"))
        cal = path.stem
        for tag, months in sorted(table.get("months", {}).items()):
            locs = _expand(col, [tag], path.name)
            prefixes = ["", *table.get("prefixes", {}).get(tag, [])]
            for number, forms in enumerate(months, start=1):
                for form in forms:
                    for prefix in prefixes:
                        for loc_id in locs:
                            col.add(prefix + form, "C", f"{cal}:{number}", loc_id)
        for entry in table.get("markers", []):
            for loc_id in _expand(col, entry["locales"], path.name):
                for word in entry["words"]:
                    col.add(word, "J", entry["value"], loc_id)


def add_unaccented(col: Collector) -> None:
    """Pages sometimes drop diacritics ('kwiecien', 'ozujka', 'fevrier'): each accented key
    also stands without its marks, unless that spelling is already a word of its own."""
    merged: dict[str, dict[tuple[str, object], int]] = {}
    for key in sorted(col.words):
        bare = "".join(ch for ch in unicodedata.normalize("NFD", key)
                       if not unicodedata.combining(ch))
        bare = unicodedata.normalize("NFC", bare)
        if bare == key or bare in col.words or lookup_key(bare) != bare:
            continue
        # Several accented words may lose their marks to one spelling: it keeps all their
        # readings, and the resolver decides (or reports the ambiguity).
        slot = merged.setdefault(bare, {})
        for reading, mask in col.words[key].items():
            slot[reading] = slot.get(reading, 0) | mask
    col.words.update(merged)


def build() -> dict[str, object]:
    locales = sorted(loc for loc in locale_identifiers() if loc.split("_")[0] not in SKIPPED)
    col = Collector(locales)
    info = {loc_id: collect_locale(col, loc_id) for loc_id in locales}
    add_markers(col)
    curated(col)
    calendar_words(col)
    add_unaccented(col)
    uses: dict[int, int] = defaultdict(int)
    for slot in col.words.values():
        for mask in slot.values():
            uses[mask] += 1
    # Most used first, so the common masks get short indices.
    masks = sorted(uses, key=lambda m: (-uses[m], m))
    index = {mask: i for i, mask in enumerate(masks)}
    words: dict[str, str] = {}
    for key in sorted(col.words):
        readings = sorted(col.words[key].items(), key=lambda kv: (kv[0][0], str(kv[0][1])))
        words[key] = ";".join(f"{kind},{_value(value)},{index[mask]}"
                              for (kind, value), mask in readings)
    return {
        "about": {
            "babel": babel.__version__,
            "cldr": cldr_version(),
            **cldr_extract.about(),
            "generator": "data/generate_lexicon.py",
            "curated": sorted(p.name for p in CURATED.glob("*.json")),
            "calendars": sorted(p.name for p in CALENDAR_DIR.glob("*.json")),
        },
        "locales": locales,
        "info": {loc: f"{i['order']} {i['names']} {int(bool(i.get('yy')))}"
                 for loc, i in info.items()},
        "masks": [format(mask, "x") for mask in masks],
        "words": words,
    }


def _value(value: object) -> str:
    text = "" if value is None else str(value)
    if "," in text or ";" in text:
        raise ValueError(f"reading value {value!r} would break the compact encoding")
    return text


def main() -> int:
    return generated.main((__doc__ or "").splitlines()[0], build, OUT, ROOT,
                          "data/generate_lexicon.py")


if __name__ == "__main__":
    raise SystemExit(main())
