#!/usr/bin/env python3
"""Worst-case time per input: adversarial families at growing lengths.

A scraper calls ``parse`` on text it does not control, so what matters is the slowest input
of a given length, not the typical one. For each family of hostile or merely unlucky input
and each length (16, 64, 128, 256, 512 characters), several texts are parsed in four option
sets (no hint / a locale hint, each without and with a reference) and the worst and median
time per call are reported, with the growth exponent between 128 and 512 characters
(1 is linear, 2 quadratic). Target: worst <= 10 ms at 512 characters.

    python benchmarks/worst_case.py [--repeat 3] [--json out.json] [--limit-s 5]

Families:
- ``short-words``: a number and one of the lexicon's short words of most readings, repeated
  (``8 a 8 a …``, ``5 de 5 de …``); ``words``: the words alone.
- ``separators``: numbers joined by date and time separators (``1/2.3-4:5 …``).
- ``scripts``: numbers whose digits alternate between scripts.
- ``capitals``: clock times among zone-like capitals (``17:43 CST EST IST …``).
- ``relative``: repeated relative amounts and shifts (``3 days ago``, ``+35 y``, ``vor 3
  Tagen``, ``منذ ساعتين``).
- ``clock``: repeated clock phrases (``at 5 pm``, ``um 15 Uhr``, ``kl. 14``).
- ``soup``: lexicon words, numbers and punctuation drawn at random (seeded).
- ``prose``: sentences of ordinary news prose in several languages.

A call that takes longer than ``--limit-s`` is stopped and reported as over the limit.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import random
import signal
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import localenorm
from tests.adversarial import LENGTHS, families

TARGET_WORST_MS = 10.0
REFERENCE = datetime(2023, 10, 25, 12, 0, tzinfo=timezone.utc)
OPTIONS: dict[str, dict[str, Any]] = {
    "plain": {},
    "hint": {"locale": "fr"},
    "ref": {"reference": REFERENCE},
    "hint+ref": {"locale": "en", "reference": REFERENCE},
}

class _Overtime(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Overtime


def time_call(text: str, options: dict[str, Any], limit_s: float) -> float:
    """Seconds for one parse (the best of the repeats is taken by the caller)."""
    signal.setitimer(signal.ITIMER_REAL, limit_s)
    start = time.perf_counter()
    try:
        localenorm.parse(text, **options)
    except localenorm.ParseError:
        pass
    except _Overtime:
        return math.inf
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="runs per text; the fastest counts")
    ap.add_argument("--limit-s", type=float, default=5.0)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--family", action="append")
    args = ap.parse_args()
    signal.signal(signal.SIGALRM, _alarm)
    # Every table loaded before timing: the first call of each reader reads its table.
    for warm in ("23 Oct 2023 17:43", "23 Oct 2023 17:43 MSK", "3 days ago", "next Friday",
                 "at 5 pm", "vor 3 Tagen um 15 Uhr"):
        with contextlib.suppress(localenorm.ParseError):
            localenorm.parse(warm, locale="en", reference=REFERENCE)
    localenorm.parse_duration("3 hours")
    rows = []
    worst_overall = 0.0
    for name, make in families().items():
        if args.family and name not in args.family:
            continue
        for opt_name, options in OPTIONS.items():
            per_length: dict[int, tuple[float, float, str]] = {}
            for length in LENGTHS:
                texts = make(length, random.Random(f"{name}-{length}"))
                times = []
                for text in texts:
                    best = math.inf
                    for _ in range(args.repeat):
                        # (use_plans off: the shape cache would hide the first reading's
                        # cost on every repeat.)
                        best = min(best, time_call(text, {**options, "use_plans": False},
                                                   args.limit_s))
                        if best == math.inf:
                            break
                    times.append((best, text))
                worst = max(times)
                per_length[length] = (worst[0], statistics.median(t for t, _ in times),
                                      worst[1])
            w128, w512 = per_length[128][0], per_length[512][0]
            growth = math.log(w512 / w128) / math.log(4) if 0 < w128 < math.inf and \
                w512 < math.inf else math.inf
            worst_overall = max(worst_overall, w512)
            rows.append({"family": name, "options": opt_name, "growth": growth,
                         "lengths": {n: {"worst_ms": w * 1e3, "median_ms": m * 1e3,
                                         "worst_text": t}
                                     for n, (w, m, t) in per_length.items()}})
            cells = "  ".join(f"{per_length[n][0] * 1e3:8.2f}" for n in LENGTHS)
            print(f"{name:12} {opt_name:9} worst ms by length {cells}  growth {growth:5.2f}",
                  flush=True)
    print(f"\nworst at 512 characters: {worst_overall * 1e3:.2f} ms "
          f"(target <= {TARGET_WORST_MS} ms)")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
