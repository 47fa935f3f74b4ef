#!/usr/bin/env python3
"""Generate ``localenorm/_data/relative.json`` from CLDR (through babel) and
``data/curated/relative``.

Run from the project root with babel installed (the test extras pin its version):

    python data/generate_relative.py            # rewrite the packaged table
    python data/generate_relative.py --check    # exit 1 if the packaged table is stale

Output is deterministic (sorted keys); ``tests/test_relative_fresh.py`` regenerates it and
compares. Beside the table goes ``relative_words.txt``, every word in it one per line (see
``data/_generated.words``): the vocabulary ``localenorm._relative.may_be_relative`` checks.
Every text is folded with ``localenorm._normalize.fold`` and its spaces collapsed, the form
``localenorm._relative`` looks texts up in. Tables (``langs`` is a space-separated list of the
language codes that use an entry, for hints and conflicts):

- ``units``: a unit word -> ``[[unit, amount, langs]]``; ``amount`` 0 means a number must
  stand before it ('hours'), otherwise the word carries it (Arabic dual 'ساعتين' = 2).
  Units: ``year month week day hour minute second``.
- ``affixes``: ``"before\\tafter"`` -> ``[[sign, langs]]``: the text CLDR's relativeTime
  patterns put around a duration ('{0} hours ago' -> ``"\\tago"``, -1).
- ``duration_words``: the unit words of CLDR's duration patterns (no direction in them).
- ``bare``: ``"before\tafter"`` -> languages whose relativeTime pattern is a plain length
  ('{0} saacadood', Somali 'in {0} hours'), where a bare length has a direction already.
- ``templates``: CLDR relativeTime patterns whole, ``"before\tafter"`` around the number ->
  ``[[unit, sign, langs]]``; they read what affix + unit word cannot split ('9 ժամից').
- ``fixed``: whole phrases -> ``[[unit, offset, langs]]`` from CLDR's relative-type entries
  ('yesterday' -> day -1, 'last week', 'next Monday' with units ``mon``..``sun``).
- ``numbers``: curated number words -> ``[[value, langs]]`` (fractions too: 'half an' 0.5);
  ``joiners`` join tens and units ('thirty-two'); ``connectors``, ``hedges`` ('about',
  'etwa') and ``halves`` ('and a half'): word -> langs.
- From ``durations.json``: extra unit words (case forms, diminutives) in ``units``;
  ``measures``: a word -> ``[[unit, scale, langs]]``, ``scale`` of the unit per count
  ('kwartier' 15 minutes, 'fortnight' 14 days, 'δίλεπτο' 2 minutes); ``fractions`` after an
  amount or unit ('and a quarter' 0.25) and ``prefixes`` before a number (Hindi 'सवा' +0.25):
  word -> ``[[value, langs]]``; ``modifiers`` that leave one whole unit ('all day', 'another
  hour'): word -> langs; ``glued_joiners`` join units to tens inside one word
  ('zweiundneunzig'); ``links`` stand between a fraction and its unit ("1/4 d'hora").
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import babel
from babel import Locale
from babel.core import get_global
from babel.localedata import locale_identifiers

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from data import _generated as generated  # noqa: E402  (needs the path set above)

render = generated.render

from localenorm._normalize import fold  # noqa: E402  (needs the path set above)

OUT = ROOT / "localenorm" / "_data" / "relative.json"
WORDS = ROOT / "localenorm" / "_data" / "relative_words.txt"
CURATED = ROOT / "data" / "curated" / "relative"

UNITS = ("year", "month", "week", "day", "hour", "minute", "second")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# CLDR's plural categories that name one exact amount when their pattern has no '{0}'.
EXACT = {"zero": 0, "one": 1, "two": 2}
# Narrow unit forms ('m', 'h') are too short to tell months from minutes across languages;
# they are read only through whole CLDR relative patterns and the duration unit table.
DURATION_WIDTHS = ("long", "short", "narrow")

_SPACE = re.compile(r"\s+")


def norm(text: str) -> str:
    return _SPACE.sub(" ", fold(text)).strip()


def lang_of(locale_id: str) -> str:
    return locale_id.split("_")[0]


class Tables:
    def __init__(self) -> None:
        self.units: dict[str, dict[tuple[str, int], set[str]]] = defaultdict(
            lambda: defaultdict(set)
        )
        self.affixes: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.fixed: dict[str, dict[tuple[str, int], set[str]]] = defaultdict(
            lambda: defaultdict(set)
        )
        self.numbers: dict[str, dict[float, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.halves: dict[str, set[str]] = defaultdict(set)
        self.joiners: set[str] = set()
        self.connectors: dict[str, set[str]] = defaultdict(set)
        self.day_names: set[str] = set()
        self.duration_words: set[str] = set()
        self.hedges: dict[str, set[str]] = defaultdict(set)
        self.templates: dict[str, dict[tuple[str, int], set[str]]] = defaultdict(
            lambda: defaultdict(set)
        )
        self.measures: dict[str, dict[tuple[str, float], set[str]]] = defaultdict(
            lambda: defaultdict(set)
        )
        self.fractions: dict[str, dict[float, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.prefixes: dict[str, dict[float, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.modifiers: dict[str, set[str]] = defaultdict(set)
        self.glued_joiners: set[str] = set()
        self.links: set[str] = set()

    def unit(self, word: str, unit: str, amount: int, lang: str) -> None:
        word = norm(word)
        # A "word" with digits or nothing in it is no unit name (a pattern that is only '{0}').
        if word and not any(ch.isdigit() for ch in word):
            self.units[word][(unit, amount)].add(lang)

    def affix(self, before: str, after: str, sign: int, lang: str) -> None:
        self.affixes[norm(before) + "\t" + norm(after)][sign].add(lang)


def split(pattern: str) -> tuple[str, str] | None:
    if pattern.count("{0}") != 1:
        return None
    before, after = pattern.split("{0}")
    return before, after


def common_prefix(texts: list[str]) -> str:
    first = min(texts)
    last = max(texts)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


def common_suffix(texts: list[str]) -> str:
    return common_prefix([t[::-1] for t in texts])[::-1]


def unspaced(ch: str) -> bool:
    cp = ord(ch)
    return 0x0E00 <= cp <= 0x109F or 0x1780 <= cp <= 0x17FF or 0x2E80 <= cp <= 0xD7AF


def word_edge(prefix: str, texts: list[str]) -> str:
    """``prefix`` cut back to a word boundary, so a shared first letter ('d' of "d'aquí a"
    and 'dins de') is not taken for a direction word; scripts without spaces cut anywhere."""
    if not prefix or prefix[-1] == " " or unspaced(prefix[-1]):
        return prefix
    if all(len(t) == len(prefix) or not t[len(prefix)].isalpha() for t in texts):
        return prefix
    return prefix[: prefix.rfind(" ") + 1]


def relative_width(
    tables: Tables, fields: Any, lang: str, direction: str, sign: int, suffix: str
) -> None:
    """Unit words and the direction affix of one width of CLDR's relativeTime patterns.

    The text every unit's pattern shares is the direction marker ('{0} days ago',
    '{0} hours ago' -> 'ago'); what differs is the unit word. Widths are taken apart because
    their markers differ (French 'dans {0} jours' but narrow '+{0} j')."""
    patterns: list[tuple[str, str, str]] = []
    for unit in UNITS:
        data = fields.get(unit + suffix, {})
        for category, pattern in data.get(direction, {}).items():
            patterns.append((unit, category, norm(pattern)))
    split_ones = [p for _, _, text in patterns if (p := split(text)) is not None]
    if len(split_ones) < 2:
        return
    before = word_edge(common_prefix([b for b, _ in split_ones]), [b for b, _ in split_ones])
    after = word_edge(
        common_suffix([a for _, a in split_ones])[::-1], [a[::-1] for _, a in split_ones]
    )[::-1]
    tables.affix(before, after, sign, lang)
    for unit, category, text in patterns:
        parts = split(text)
        if parts is not None:
            b, a = parts
            tables.templates[b.strip() + "\t" + a.strip()][(unit, sign)].add(lang)
            word = b[len(before) :] + " " + a[: len(a) - len(after)]
            tables.unit(word, unit, 0, lang)
            if category == "one":
                tables.unit(word, unit, 1, lang)
        elif category in EXACT and text.startswith(before) and text.endswith(after):
            body = text[len(before) : len(text) - len(after)]
            tables.unit(body, unit, EXACT[category], lang)


def collect_locale(tables: Tables, loc_id: str) -> None:
    loc = Locale.parse(loc_id)
    lang = lang_of(loc_id)
    fields = loc._data["date_fields"]
    units_data = loc._data["unit_patterns"]
    for unit in UNITS:
        for width in DURATION_WIDTHS:
            forms = units_data.get(f"duration-{unit}", {}).get(width, {})
            for category, pattern in forms.items():
                if category == "per":
                    continue
                parts = split(pattern)
                if parts is not None:
                    tables.unit(parts[0] + " " + parts[1], unit, 0, lang)
                    tables.duration_words.add(norm(parts[0] + " " + parts[1]))
                    if category == "one":
                        # A singular unit alone is one of it ('pred rokom', 'hour ago').
                        tables.unit(parts[0] + " " + parts[1], unit, 1, lang)
                elif category in EXACT:
                    tables.unit(pattern, unit, EXACT[category], lang)
    for direction, sign in (("past", -1), ("future", 1)):
        for suffix in ("", "-short", "-narrow"):
            relative_width(tables, fields, lang, direction, sign, suffix)

    # Some locales' 'this Monday' is the bare name (hi_Latn 'Monday'); a bare weekday is a
    # partial date that parse() completes under its 'prefer' option, not a relative phrase.
    names = tables.day_names
    for unit in (*UNITS, "quarter", *WEEKDAYS):
        for suffix in ("", "-short", "-narrow"):
            for offset, phrase in fields.get(unit + suffix, {}).get("relative", {}).items():
                # CLDR joins alternatives with ' / ' ('这一时间 / 此时').
                for alt in str(phrase).split(" / "):
                    if norm(alt) and (unit not in WEEKDAYS or norm(alt) not in names):
                        tables.fixed[norm(alt)][(unit, int(offset))].add(lang)


def curated(tables: Tables) -> list[str]:
    numbers = json.loads((CURATED / "numbers.json").read_text(encoding="utf-8"))
    for lang, words in numbers["numbers"].items():
        for word, value in words.items():
            tables.numbers[norm(word)][value].add(lang)
    for lang, words in numbers["halves"].items():
        for word in words:
            tables.halves[norm(word)].add(lang)
    for joiners in numbers["tens_joiners"].values():
        tables.joiners.update(fold(j) for j in joiners)
    phrases = json.loads((CURATED / "phrases.json").read_text(encoding="utf-8"))
    for entry in phrases["affixes"]:
        parts = split(entry["pattern"])
        assert parts is not None, entry
        tables.affix(parts[0], parts[1], int(entry["sign"]), entry["lang"])
    for entry in phrases["fixed"]:
        for word in entry["words"]:
            tables.fixed[norm(word)][(entry["unit"], int(entry["offset"]))].add(entry["lang"])
    for lang, words in phrases["hedges"].items():
        for word in words:
            tables.hedges[norm(word)].add(lang)
    for lang, words in phrases["connectors"].items():
        for word in words:
            tables.connectors[norm(word)].add(lang)
    durations(tables)
    return sorted(p.name for p in CURATED.glob("*.json"))


def durations(tables: Tables) -> None:
    """The curated duration words of ``durations.json`` (what CLDR's unit patterns lack)."""
    data = json.loads((CURATED / "durations.json").read_text(encoding="utf-8"))
    for key, amounts in (("units", (0,)), ("singular", (0, 1))):
        for lang, by_unit in data[key].items():
            for unit, words in by_unit.items():
                for word in words:
                    for amount in amounts:
                        tables.unit(word, unit, amount, lang)
    for lang, words in data["measures"].items():
        for word, (unit, scale) in words.items():
            tables.measures[norm(word)][(unit, scale)].add(lang)
    for key, table in (("fractions", tables.fractions), ("prefixes", tables.prefixes)):
        for lang, words in data[key].items():
            for word, value in words.items():
                table[norm(word)][value].add(lang)
    for lang, words in data["modifiers"].items():
        for word in words:
            tables.modifiers[norm(word)].add(lang)
    for joiners in data["glued_joiners"].values():
        tables.glued_joiners.update(fold(j) for j in joiners)
    for links in data["links"].values():
        tables.links.update(norm(w) for w in links)
    for key, target in (("connectors", tables.connectors), ("hedges", tables.hedges)):
        for lang, words in data[key].items():
            for word in words:
                target[norm(word)].add(lang)


def langs(values: set[str]) -> str:
    return " ".join(sorted(values))


def build() -> dict[str, object]:
    tables = Tables()
    for loc_id in sorted(locale_identifiers()):
        days = Locale.parse(loc_id).days
        tables.day_names.update(
            norm(name)
            for context in ("format", "stand-alone")
            for width in ("wide", "abbreviated", "short", "narrow")
            for name in days[context][width].values()
        )
    for loc_id in sorted(locale_identifiers()):
        collect_locale(tables, loc_id)
    files = curated(tables)
    return {
        "about": {
            "babel": babel.__version__,
            "cldr": str(get_global("cldr")["version"]),
            "generator": "data/generate_relative.py",
            "curated": files,
        },
        "units": {
            w: sorted([u, a, langs(ls)] for (u, a), ls in r.items())
            for w, r in tables.units.items()
        },
        "affixes": {
            k: sorted([s, langs(ls)] for s, ls in r.items())
            for k, r in tables.affixes.items()
            if k != "\t"
        },
        "fixed": {
            w: sorted([u, o, langs(ls)] for (u, o), ls in r.items())
            for w, r in tables.fixed.items()
        },
        "numbers": {
            w: sorted([v, langs(ls)] for v, ls in r.items()) for w, r in tables.numbers.items()
        },
        "connectors": {w: langs(ls) for w, ls in tables.connectors.items()},
        "hedges": {w: langs(ls) for w, ls in tables.hedges.items()},
        "halves": {w: langs(ls) for w, ls in tables.halves.items()},
        "joiners": sorted(tables.joiners),
        "measures": {
            w: sorted([u, s, langs(ls)] for (u, s), ls in r.items())
            for w, r in tables.measures.items()
        },
        "fractions": {
            w: sorted([v, langs(ls)] for v, ls in r.items()) for w, r in tables.fractions.items()
        },
        "prefixes": {
            w: sorted([v, langs(ls)] for v, ls in r.items()) for w, r in tables.prefixes.items()
        },
        "modifiers": {w: langs(ls) for w, ls in tables.modifiers.items()},
        "glued_joiners": sorted(tables.glued_joiners),
        "links": sorted(tables.links),
        # A pattern with nothing but a unit word around the number ('{0} min' as some
        # locale's future) is a duration, not a direction: parse() must not guess one.
        "templates": {
            k: sorted([u, s, langs(ls)] for (u, s), ls in r.items())
            for k, r in tables.templates.items()
            if norm(k.replace("\t", " ")) not in tables.duration_words
        },
        "duration_words": sorted(tables.duration_words),
        # ...but in those languages a bare length has a direction, so it is not assumed.
        "bare": {
            k: sorted({lang for ls in r.values() for lang in ls})
            for k, r in tables.templates.items()
            if norm(k.replace("\t", " ")) in tables.duration_words
        },
    }


def files(table: dict[str, object]) -> dict[Path, str]:
    """The table, and its words for ``localenorm._relative.may_be_relative``."""
    return {OUT: generated.render(table), WORDS: generated.words(table)}


def main() -> int:
    return generated.main((__doc__ or "").splitlines()[0], build, OUT, ROOT,
                          "data/generate_relative.py", files)


if __name__ == "__main__":
    raise SystemExit(main())
