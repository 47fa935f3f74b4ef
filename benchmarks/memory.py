#!/usr/bin/env python3
"""Resident memory while parsing millions of distinct texts: every cache must stay bounded.

A pipeline runs for days over distinct strings, so anything kept per text (a cache entry, a
memo, an interned string) shows up here as memory that keeps growing. The texts are babel's
formats in 40 locales (dates and date-times, four widths) with their digits redrawn at
random, so each is new, mixed with word soups of lexicon words, numbers and punctuation
(about one in five), parsed alternately with and without the locale hint. RSS (``VmRSS``) is
printed at each checkpoint; the target is a flat line: RSS after 2M texts within a few MB
of RSS after 200k.

    python benchmarks/memory.py [--n 2000000] [--checkpoints 100000,200000,1000000,2000000]
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import localenorm

LOCALES = ("en_US", "en_GB", "de", "fr", "es", "it", "pt_BR", "ru", "uk", "pl", "cs", "nl",
           "sv", "da", "nb", "fi", "tr", "el", "he", "ar", "ar_EG", "fa", "hi", "bn", "th",
           "vi", "id", "ms", "ja", "zh", "zh_Hant", "ko", "hu", "ro", "bg", "sr", "hr", "sk",
           "lt", "ta")
_DIGITS = "0123456789"


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def templates(rng: random.Random, per_locale: int = 40) -> list[tuple[str, str]]:
    """babel's formats in each locale, for random instants: the shapes texts are drawn from."""
    import babel.dates

    out = []
    start = datetime(1990, 1, 1, tzinfo=timezone.utc)
    for locale in LOCALES:
        for _ in range(per_locale):
            instant = start + timedelta(seconds=rng.randrange(45 * 365 * 86400))
            width = rng.choice(("full", "long", "medium", "short"))
            text = babel.dates.format_datetime(instant, width, tzinfo=timezone.utc,
                                               locale=locale) if rng.random() < 0.6 \
                else babel.dates.format_date(instant.date(), width, locale=locale)
            out.append((text, locale))
    return out


def texts(n: int, seed: int = 0):  # type: ignore[no-untyped-def]
    """``n`` texts, each with the locale to hint (or None), most of them distinct."""
    rng = random.Random(seed)
    shapes = templates(rng)
    from localenorm._lexicon import lexicon

    words = sorted(lexicon()._raw)[::7]
    for i in range(n):
        if rng.random() < 0.2:
            parts = [rng.choice(words) if rng.random() < 0.5 else str(rng.randint(0, 9999))
                     for _ in range(rng.randint(1, 8))]
            yield " ".join(parts), None
            continue
        text, locale = rng.choice(shapes)
        # Redraw the digits: the same format with other values, as a feed prints it.
        text = "".join(rng.choice(_DIGITS) if ch in _DIGITS else ch for ch in text)
        yield text, (locale if i % 2 else None)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2_000_000)
    ap.add_argument("--checkpoints", default="100000,200000,500000,1000000,2000000")
    args = ap.parse_args()
    checkpoints = {int(c) for c in args.checkpoints.split(",")}
    gen = texts(args.n)
    print(f"start: {rss_mb():.1f} MB", flush=True)
    started = time.perf_counter()
    for i, (text, locale) in enumerate(gen, 1):
        with contextlib.suppress(localenorm.ParseError):
            localenorm.parse(text, locale=locale)
        if i in checkpoints:
            print(f"{i:>9,} texts: RSS {rss_mb():7.1f} MB  ({time.perf_counter() - started:.0f} s)",
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
