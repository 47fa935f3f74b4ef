#!/usr/bin/env python3
"""Generate ``localenorm/_data/timeofday.json`` from ``data/curated/timeofday/words.json``.

Run from the project root:

    python data/generate_timeofday.py            # rewrite the packaged table
    python data/generate_timeofday.py --check    # exit 1 if the packaged table is stale

The curated table is by language and category (see its ``about``); the packaged one is by
word, the form ``localenorm._timeofday`` looks words up in:

- ``words``: a key (the word folded by ``localenorm._normalize.fold`` with spaces, dots,
  hyphens and apostrophes dropped, as ``localenorm._lexkey`` makes lexicon keys) ->
  ``[[category, value, langs]]``; ``value`` is the period name for ``period``, else ``""``;
  ``langs`` a space-separated list of language codes. A Latin word with diacritics also
  stands without them ('mediodia'), as pages drop them.
- ``periods``: a period name -> the hours it covers, as a bit mask (bit h = hour h).
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from data import _generated as generated  # noqa: E402  (needs the path set above)

render = generated.render

from localenorm._lexkey import lookup_key  # noqa: E402  (needs the path set above)

SOURCE = ROOT / "data" / "curated" / "timeofday" / "words.json"
OUT = ROOT / "localenorm" / "_data" / "timeofday.json"
CATEGORIES = frozenset({"at", "clock", "minute", "past", "to", "and", "less", "quarter",
                        "half", "three_quarters", "half_before", "noon", "midnight",
                        "hedge", "exact", "periods"})


def _bare(key: str) -> str:
    """``key`` without the combining marks of Latin letters."""
    out = []
    for ch in unicodedata.normalize("NFD", key):
        if unicodedata.combining(ch) and out and out[-1] < "\u0250":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def build() -> dict[str, object]:
    raw = json.loads(SOURCE.read_text(encoding="utf-8"))
    periods: dict[str, int] = {}
    for name, ranges in raw["period_hours"].items():
        mask = 0
        for first, last in ranges:
            for hour in range(first, last + 1):
                mask |= 1 << hour
        periods[name] = mask
    found: dict[str, dict[tuple[str, str], set[str]]] = defaultdict(lambda: defaultdict(set))
    for lang, table in raw["languages"].items():
        unknown = set(table) - CATEGORIES
        if unknown:
            raise SystemExit(f"{SOURCE.name}: {lang}: unknown categories {sorted(unknown)}")
        entries: list[tuple[str, str, str]] = []
        for category, words in table.items():
            if category == "periods":
                for name, names in words.items():
                    if name not in periods:
                        raise SystemExit(f"{SOURCE.name}: {lang}: unknown period {name!r}")
                    entries.extend(("period", name, w) for w in names)
            else:
                entries.extend((category, "", w) for w in words)
        for category, value, word in entries:
            key = lookup_key(word)
            found[key][(category, value)].add(lang)
    for key in list(found):
        bare = _bare(key)
        if bare != key and bare not in found:
            found[bare] = found[key]
    words = {
        key: [[cat, value, " ".join(sorted(langs))]
              for (cat, value), langs in sorted(readings.items())]
        for key, readings in sorted(found.items())
    }
    return {
        "about": {
            "generator": "data/generate_timeofday.py",
            "curated": "data/curated/timeofday/words.json",
        },
        "periods": periods,
        "words": words,
    }


def main() -> int:
    return generated.main((__doc__ or "").splitlines()[0], build, OUT, ROOT,
                          "data/generate_timeofday.py")


if __name__ == "__main__":
    raise SystemExit(main())
