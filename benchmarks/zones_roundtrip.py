#!/usr/bin/env python3
"""Round trip of zone names: babel prints a zone name, ``localenorm._zones`` reads it back.

For seeded random instants (2000-2030) x every zone of the tzdata package x a sample of
locales, babel formats the specific zone name (``zzzz``, long, and ``z``, short) of the
instant in the zone; the name is looked up and resolved at the printed wall time with the
locale as language hint, and the offset must be the zone's offset at that instant.

Names babel prints as offsets ('GMT+02:00', '+0200': no name in that locale) are counted
apart: the parser reads those as offsets, not as names. Outcomes: ``ok``; ``ambiguous`` (an
AmbiguousError: refused, not wrong); ``unknown`` (no reading); ``wrong`` (another offset).

    python benchmarks/zones_roundtrip.py [--per 3] [--show 15] [--seed 1]
"""

from __future__ import annotations

import argparse
import collections
import random
import re
import sys
import time
from datetime import datetime, timedelta, timezone
from importlib import resources
from zoneinfo import ZoneInfo

import babel.dates

from localenorm._errors import AmbiguousError, ParseError
from localenorm._zones import lookup, resolve, zone_key

LOCALES = (
    "en",
    "en_GB",
    "en_IN",
    "en_AU",
    "en_CA",
    "fr",
    "fr_CA",
    "de",
    "es",
    "es_MX",
    "pt",
    "pt_BR",
    "it",
    "nl",
    "ru",
    "uk",
    "pl",
    "tr",
    "ar",
    "ar_EG",
    "he",
    "fa",
    "hi",
    "bn",
    "zh",
    "zh_Hant",
    "ja",
    "ko",
    "th",
    "vi",
    "id",
    "sw",
)
# What babel prints when a locale has no name for the zone: an offset, read elsewhere.
OFFSET = re.compile(r"^\D*[+\-−‎]?\s*\d|^(GMT|UTC)$|[+\-−]\d")


def classify(name: str, loc: str, instant: datetime, tz: ZoneInfo) -> str:
    """Why a name read back to another offset.

    - ``negative DST``: the tz database flags Morocco's Ramadan hour and Ireland's winter as
      DST with a negative amount; babel then calls the lower offset the *summer* time (and
      Dublin's summer 'Greenwich Mean Time'), the opposite of what the names mean.
    - ``past zone rules``: babel names a past instant with the zone's metazone of today
      (CLDR's metazone history is not in babel), so the name does not describe the offset
      then: the zone's standard offset changed since ('Eastern Standard Time' for Grand Turk
      in 2017, when it kept -04:00), or the metazone's own zones did ('Kazakhstan Time' for
      Oral in 2022, before Almaty moved to +05:00), and the same name on the same day of
      2026 reads back right.
    - ``other``: neither; a defect of the reader or of the data.
    """
    for months in range(-12, 13):
        probe = instant + timedelta(days=30 * months)
        dst = probe.astimezone(tz).dst()
        if dst is not None and dst < timedelta(0):
            return "negative DST"
    wall = instant.astimezone(tz)
    then = wall.utcoffset() - wall.dst()  # type: ignore[operator]
    now = set()
    for month in (1, 7):
        today = datetime(2026, month, 1, 12, tzinfo=timezone.utc).astimezone(tz)
        now.add(today.utcoffset() - today.dst())  # type: ignore[operator]
    if then not in now:
        return "past zone rules"
    later = instant.replace(year=2026, day=min(instant.day, 28)).astimezone(tz)
    try:
        again = resolve(
            lookup(zone_key(name)), later.replace(tzinfo=None), text=name, language_hint=loc
        ).offset
    except ParseError:
        return "other"
    return "past zone rules" if again == later.utcoffset() else "other"


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--per", type=int, default=3, help="instants per zone")
    ap.add_argument("--show", type=int, default=15, help="failures to list per outcome")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    zones = sorted(resources.files("tzdata").joinpath("zones").read_text().split())
    lo = datetime(2000, 1, 1, tzinfo=timezone.utc)
    span = int((datetime(2031, 1, 1, tzinfo=timezone.utc) - lo).total_seconds())
    counts: collections.Counter[str] = collections.Counter()
    why: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    started = time.perf_counter()
    for zone in zones:
        tz = ZoneInfo(zone)
        for _ in range(args.per):
            instant = lo + timedelta(seconds=rng.randrange(span // 60) * 60)
            wall = instant.astimezone(tz)
            local, expected = wall.replace(tzinfo=None), wall.utcoffset()
            for loc in LOCALES:
                for width in ("zzzz", "z"):
                    name = babel.dates.format_datetime(instant, width, tzinfo=tz, locale=loc)
                    if OFFSET.search(name):
                        counts["offset"] += 1
                        continue
                    counts["names"] += 1
                    readings = lookup(zone_key(name))
                    tag = f"{name!r} [{loc}] {zone}"
                    if not readings:
                        counts["unknown"] += 1
                        why["unknown"][tag] += 1
                        continue
                    try:
                        got = resolve(readings, local, text=name, language_hint=loc).offset
                    except AmbiguousError:
                        counts["ambiguous"] += 1
                        why["ambiguous"][tag] += 1
                        continue
                    except ParseError as err:
                        counts["error"] += 1
                        why["error"][f"{tag}: {err}"] += 1
                        continue
                    if got == expected:
                        counts["ok"] += 1
                        continue
                    cause = classify(name, loc, instant, tz)
                    counts["wrong"] += 1
                    counts[f"wrong: {cause}"] += 1
                    why[f"wrong: {cause}"][
                        f"{tag} {local:%Y-%m-%d %H:%M} got {got} want {expected}"
                    ] += 1
    elapsed = time.perf_counter() - started
    names = counts["names"]
    print(
        f"{len(zones)} zones x {args.per} instants x {len(LOCALES)} locales x 2 widths: "
        f"{names + counts['offset']:,} formatted, {counts['offset']:,} printed as offsets, "
        f"{names:,} names in {elapsed:.1f}s"
    )
    kinds = (
        "ok",
        "ambiguous",
        "unknown",
        "wrong",
        "wrong: past zone rules",
        "wrong: negative DST",
        "wrong: other",
        "error",
    )
    for outcome in kinds:
        share = 100 * counts[outcome] / max(names, 1)
        print(f"  {outcome:22} {counts[outcome]:7,}  {share:6.2f}%")
    for outcome in kinds[1:]:
        if outcome == "wrong":
            continue
        if why[outcome]:
            print(f"\n{outcome} (distinct {len(why[outcome])}):")
            for tag, n in why[outcome].most_common(args.show):
                print(f"  {n:4} {tag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
