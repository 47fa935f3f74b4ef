#!/usr/bin/env python3
"""Generate ``localenorm/_data/shifts.json`` from ``data/curated/shifts/shifts.json``.

Run from the project root:

    python data/generate_shifts.py            # rewrite the packaged table
    python data/generate_shifts.py --check    # exit 1 if the packaged table is stale

The curated file lists, per language, the words that move a weekday or a unit ('next',
'vorige', 'prochain'), day-period words with the hour they stand for ('morning' 8), single
words for a period of today ('tonight') and anchor words ('after', 'before'); see its
"about". The packaged table has them by folded text (``localenorm._normalize.fold``, spaces
collapsed, as ``localenorm._phrases`` looks them up): ``word -> [[value, langs]]``, ``langs`` a
space-separated list of the languages that use the word so.
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
CURATED = ROOT / "data" / "curated" / "shifts" / "shifts.json"
TABLES = ("shifts", "day_periods", "today_periods", "anchors")

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
    return out


def main() -> int:
    return generated.main((__doc__ or "").splitlines()[0], build, OUT, ROOT,
                          "data/generate_shifts.py")


if __name__ == "__main__":
    raise SystemExit(main())
