#!/usr/bin/env python3
"""Generate ``localenorm/_data/shifts.json`` from ``data/curated/shifts/shifts.json``.

Run from the project root:

    python data/generate_shifts.py            # rewrite the packaged table
    python data/generate_shifts.py --check    # exit 1 if the packaged table is stale

The curated file lists, per language, the words that move a weekday or a unit ('next',
'vorige', 'prochain'), day-period words with the hour they stand for ('morning' 6), single
words for a period of today ('tonight'), anchor words ('after', 'before'), extra relative
phrases ('{0} içinde', 'dzis'), unit nouns ('weekend') and weekday names ('礼拜一'); see its
"about". The packaged table has them by folded text (``localenorm._normalize.fold``, spaces
collapsed, as ``localenorm._phrases`` looks them up): ``word -> [[value, langs]]`` (``langs``
a space-separated list of the languages that use the word so); ``affixes`` by
``"before\tafter"`` -> ``[[sign, langs]]``, ``fixed`` ``word -> [[unit, offset, langs]]``,
``nouns`` ``word -> [[unit, langs]]``, ``weekdays`` ``word -> [[0..6, langs]]``,
``months`` ``word -> [[1..12, langs]]``. Beside it goes ``shifts_words.txt``, every word in
the table one per line (see ``data/_generated.words``).
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from data import _generated as generated  # noqa: E402  (needs the path set above)
from localenorm._normalize import fold  # noqa: E402  (needs the path set above)

OUT = ROOT / "localenorm" / "_data" / "shifts.json"
WORDS = ROOT / "localenorm" / "_data" / "shifts_words.txt"
CURATED = ROOT / "data" / "curated" / "shifts" / "shifts.json"
TABLES = ("shifts", "day_periods", "today_periods", "anchors", "ends", "last_nights", "day_from")

_SPACE = re.compile(r"\s+")


def norm(text: str) -> str:
    return _SPACE.sub(" ", fold(text)).strip()


def build() -> dict[str, object]:
    raw = json.loads(CURATED.read_text(encoding="utf-8"))
    out: dict[str, object] = {"about": {"generator": "data/generate_shifts.py",
                                        "curated": ["shifts.json"]}}
    for name in TABLES:
        found: dict[str, dict[Any, set[str]]] = defaultdict(lambda: defaultdict(set))
        for lang, words in raw[name].items():
            for word, value in words.items():
                found[norm(word)][value].add(lang)
        out[name] = {
            w: sorted(([v, " ".join(sorted(ls))] for v, ls in r.items()),
                      key=lambda e: (str(e[0]), e[1]))
            for w, r in found.items()
        }
    by_key: dict[str, dict[Any, set[str]]] = defaultdict(lambda: defaultdict(set))
    for lang, patterns in raw["affixes"].items():
        for pattern, sign in patterns.items():
            before, after = pattern.split("{0}")
            by_key[norm(before) + "\t" + norm(after)][sign].add(lang)
    out["affixes"] = {k: sorted([v, " ".join(sorted(ls))] for v, ls in r.items())
                      for k, r in by_key.items()}
    for name in ("fixed", "nouns", "weekdays", "months"):
        found: dict[str, dict[Any, set[str]]] = defaultdict(lambda: defaultdict(set))
        for lang, words in raw[name].items():
            for word, value in words.items():
                found[norm(word)][tuple(value) if isinstance(value, list) else value].add(lang)
        out[name] = {
            w: sorted([*(v if isinstance(v, tuple) else (v,)), " ".join(sorted(ls))]
                      for v, ls in r.items())
            for w, r in found.items()
        }
    return out


def files(table: dict[str, object]) -> dict[Path, str]:
    """The table, and its words for ``localenorm._relative.may_be_relative``."""
    return {OUT: generated.render(table), WORDS: generated.words(table)}


def main() -> int:
    return generated.main((__doc__ or "").splitlines()[0], build, OUT, ROOT,
                          "data/generate_shifts.py", files)


if __name__ == "__main__":
    raise SystemExit(main())
