#!/usr/bin/env python3
"""Where the engine meets text for the first time: new formats, prose, and refusals.

Three sets, each timed call by call against dateparser on the same strings in this one
process (dateparser on an evenly spaced sample; it is some thousand times slower):

- **new formats**: every babel locale x 8 styles (date and date-time, full/long/medium/short),
  one string each, so no format has been seen before; with the locale hint and without.
  Tables are loaded first, on texts of other formats. Targets: >= 50x dateparser, median
  <= 15 us (with the hint).
- **prose**: lines of ordinary news prose in 20 languages, 20-500 characters
  (``benchmarks/prose.py``), no hint: what a scraper passes when it calls ``parse`` on every
  text node. Targets: median <= 20 us, p99 <= 200 us.
- **refused**: date-like strings that are refused: babel's formats with an unknown word
  inserted, numeric dates without a hint, and dates that do not exist. Target: median
  <= 50 us.

    python benchmarks/first_sight.py [--dateparser-limit 400] [--json out.json]

Run it on the compiled package from outside the source tree (see benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from prose import lines as prose_lines  # noqa: E402

STYLES = ("full", "long", "medium", "short")
TARGETS = {"new formats": (50.0, 15.0, None), "prose": (None, 20.0, 200.0),
           "refused": (None, 50.0, None)}


def new_formats(seed: int = 3) -> list[tuple[str, str]]:
    """(text, locale): every babel locale x date and date-time in four styles, once each."""
    import babel.dates
    from babel.localedata import locale_identifiers

    rng = random.Random(seed)
    out = []
    for loc in sorted(locale_identifiers()):
        if loc == "root":
            continue
        for with_time in (False, True):
            for style in STYLES:
                instant = datetime(1990, 1, 1, tzinfo=UTC) + timedelta(
                    seconds=rng.randrange(45 * 365 * 86400))
                text = babel.dates.format_datetime(instant, style, tzinfo=UTC, locale=loc) \
                    if with_time else babel.dates.format_date(instant.date(), style, locale=loc)
                out.append((text, loc))
    return out


def refused_texts(seed: int = 5, n: int = 3000) -> list[tuple[str, str | None]]:
    """Date-like (text, hint) pairs the engine refuses: babel formats with a nonsense word
    inserted, numeric dates without a hint, and days that do not exist."""
    import babel.dates
    from babel.localedata import locale_identifiers

    import localenorm

    rng = random.Random(seed)
    locales = [loc for loc in sorted(locale_identifiers()) if loc != "root"]
    out: list[tuple[str, str | None]] = []
    tries = 0
    while len(out) < n and tries < 20 * n:
        tries += 1
        loc = rng.choice(locales)
        kind = rng.randrange(3)
        if kind == 0:
            day = date(1990, 1, 1) + timedelta(days=rng.randrange(45 * 365))
            words = babel.dates.format_date(day, rng.choice(STYLES), locale=loc).split()
            words.insert(rng.randrange(len(words) + 1), rng.choice(
                ("zorglub", "blorf", "Qwzx", "флюб", "ضبغث", "Xyloq", "mumph")))
            text, hint = " ".join(words), rng.choice((loc, None))
        elif kind == 1:
            day = date(1990, 1, 1) + timedelta(days=rng.randrange(45 * 365))
            day = day.replace(day=rng.randint(1, 12))
            text, hint = babel.dates.format_date(day, "short", locale=loc), None
        else:
            month = rng.choice((2, 4, 6, 9, 11))
            real = date(rng.randint(1990, 2030), month, 28)
            text = babel.dates.format_date(real, rng.choice(STYLES), locale=loc)
            if text.count("28") != 1:
                continue
            text, hint = text.replace("28", "31"), loc
        try:
            localenorm.parse(text, locale=hint, use_plans=False)
        except localenorm.ParseError:
            out.append((text, hint))
    return out


def time_calls(call: Callable[[str, Any], object], items: Sequence[tuple[str, Any]]
               ) -> list[int]:
    clock = time.perf_counter_ns
    ns = []
    gc.collect()
    gc.freeze()
    try:
        for text, hint in items:
            start = clock()
            with contextlib.suppress(Exception):
                call(text, hint)
            ns.append(clock() - start)
    finally:
        gc.unfreeze()
    return ns


def summary(ns: list[int]) -> dict[str, float]:
    us = sorted(n / 1000 for n in ns)
    return {"n": len(us), "median_us": statistics.median(us),
            "p90_us": us[int(0.9 * (len(us) - 1))], "p99_us": us[int(0.99 * (len(us) - 1))],
            "mean_us": statistics.fmean(us), "per_s": len(us) / (sum(us) / 1e6)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dateparser-limit", type=int, default=400)
    ap.add_argument("--no-dateparser", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()

    sets: dict[str, list[tuple[str, Any]]] = {}
    formats = new_formats()
    sets["new formats"] = formats
    sets["prose"] = [(text, None) for text, _ in prose_lines(2000)]
    sets["refused"] = refused_texts()

    import localenorm

    # Tables loaded on texts of other formats: what is timed is reading, not loading.
    for warm in ("2023-10-23T17:43:00Z", "23 Oct 2023 17:43 MSK", "3 days ago", "at 5 pm",
                 "vor 3 Tagen um 15 Uhr", "next Friday"):
        with contextlib.suppress(localenorm.ParseError):
            localenorm.parse(warm, reference=datetime(2023, 10, 25, tzinfo=UTC))

    def ln_call(text: str, hint: Any) -> object:
        return localenorm.parse(text, locale=hint)

    dp_call: Callable[[str, Any], object] | None = None
    if not args.no_dateparser:
        import dateparser
        from dateparser.data.languages_info import language_order

        known = frozenset(language_order)
        settings = {"TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True}

        def dp_call(text: str, hint: Any) -> object:
            lang = hint.split("_")[0] if hint else None
            return dateparser.parse(text, languages=[lang] if lang in known else None,
                                    settings=settings)

    report: dict[str, Any] = {"python": sys.version.split()[0],
                              "compiled": localenorm._api.__file__.endswith(".so")}
    for name, items in sets.items():
        modes = [("hint", items), ("no hint", [(t, None) for t, _ in items])] \
            if name == "new formats" else [("as given", items)]
        for mode, chosen in modes:
            ours = time_calls(ln_call, chosen)
            row: dict[str, Any] = {"localenorm": summary(ours)}
            if dp_call is not None:
                step = max(1, len(chosen) // args.dateparser_limit)
                picked = list(range(0, len(chosen), step))
                sample = [chosen[i] for i in picked]
                for text, hint in {(t, h.split("_")[0] if h else None)
                                   for t, h in sample[:: max(1, len(sample) // 40)]}:
                    with contextlib.suppress(Exception):  # (dateparser's per-language load)
                        dp_call(text, hint)
                theirs = time_calls(dp_call, sample)
                ours_same = [ours[i] for i in picked]
                row["dateparser"] = summary(theirs)
                row["ratio"] = sum(theirs) / sum(ours_same)
            report[f"{name} / {mode}"] = row
            ratio_target, median_target, p99_target = TARGETS[name]
            s = row["localenorm"]
            line = (f"{name:12} {mode:8} n={s['n']:5}  median {s['median_us']:8.1f} us  "
                    f"p90 {s['p90_us']:8.1f}  p99 {s['p99_us']:9.1f}")
            if "ratio" in row:
                line += (f"  dateparser median {row['dateparser']['median_us']:9.1f} us"
                         f"  ratio {row['ratio']:6.1f}x")
            targets = []
            if ratio_target and mode == "hint":
                targets.append(f">= {ratio_target:.0f}x")
            if median_target and mode != "no hint":
                targets.append(f"median <= {median_target:.0f} us")
            if p99_target:
                targets.append(f"p99 <= {p99_target:.0f} us")
            print(line + (f"   (targets: {', '.join(targets)})" if targets else ""), flush=True)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
