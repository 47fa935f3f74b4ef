#!/usr/bin/env python3
"""ICU round trip: texts formatted by ICU (a second oracle beside babel), parsed back.

Four parts, each with and without the locale hint, counted right / refused / WRONG:

- ``styles``: every ICU locale x every date style x (no time or every time style; ICU glues
  full and long with the ``-atTime`` form) and the ``DateTimePatternGenerator`` skeletons of
  ``tests/icu_oracle.SKELETONS``, in the locale's default digits and, where it has others,
  its native digits (``@numbers=native``);
- ``zones``: every tz zone x the forms z, zzzz, v, vvvv, VVVV, O, OOOO, in a few locales,
  1970-2037; where ICU's tz data and the ``tzdata`` package give the zone different offsets
  at the instant, the case is counted apart (an oracle disagreement, not a miss);
- ``calendars``: ICU's non-Gregorian calendars in English and the locales that print them.

    python benchmarks/icu_roundtrip.py [--per 1] [--seed 0] [--show 10] [--part styles]
        [--locale ar --locale ja] [--json out.json]

Prints rates by part and mode, the locales x formats with misses, and the wrong cases
grouped by family (kind of format, and language).
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
import time
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import localenorm
from tests import icu_oracle as oracle

ZONE_LOCALES = ("en", "de", "fr", "es", "ja", "zh", "ru", "ar", "hi", "pt", "vi", "ko", "tr",
                "el", "fa", "th")


def instants(rng: random.Random, n: int) -> list[datetime]:
    lo, hi = int(oracle.FIRST.timestamp()), int(oracle.LAST.timestamp())
    return [datetime.fromtimestamp(rng.randint(lo, hi), timezone.utc) for _ in range(n)]


def samples_styles(rng: random.Random, per: int, only: list[str] | None):
    for loc in oracle.locales():
        if only and loc.split("_")[0] not in only and loc not in only:
            continue
        for native in (False, True):
            if native and not _has_native(loc):
                continue
            for d, t in oracle.style_pairs():
                for at in instants(rng, per):
                    s = oracle.styled(loc, at, d, t, native=native)
                    if s is not None:
                        yield s
            for skel in oracle.SKELETONS:
                for at in instants(rng, per):
                    s = oracle.skeleton(loc, at, skel, native=native)
                    if s is not None:
                        yield s


def _has_native(loc: str) -> bool:
    import icu

    default = icu.NumberingSystem.createInstance(icu.Locale(loc)).getName()
    native = icu.NumberingSystem.createInstance(icu.Locale(loc + "@numbers=native")).getName()
    return str(native) != str(default)


def samples_zones(rng: random.Random, per: int, only: list[str] | None):
    zones = sorted(resources.files("tzdata").joinpath("zones").read_text().split())
    zones = [z for z in zones if "/" in z and not z.startswith("Etc/")]
    locs = [loc for loc in ZONE_LOCALES if not only or loc in only] or list(only or ())
    for zone in zones:
        for at in instants(rng, per):
            loc = rng.choice(locs)
            for form in oracle.ZONE_FORMS:
                yield oracle.zoned(loc, at, zone, form)


def samples_calendars(rng: random.Random, per: int, only: list[str] | None):
    for cal in oracle.CALENDARS:
        for loc in ("en", *oracle.CALENDAR_LOCALES[cal]):
            if only and loc not in only and loc.split("_")[0] not in only:
                continue
            for style in oracle.STYLES:
                for at in instants(rng, per):
                    s = oracle.styled(loc, at, style, None, calendar=cal)
                    if s is not None:
                        yield s
                for at in instants(rng, per):
                    s = oracle.styled(loc, at, style, "medium", calendar=cal)
                    if s is not None:
                        yield s


def run(sample: oracle.Sample, hinted: bool) -> tuple[str, str]:
    try:
        res = localenorm.parse(sample.text, locale=oracle.hint_of(sample.locale) if hinted
                               else None, default_tz="UTC", reference=sample.reference)
    except localenorm.ParseError as e:
        if hinted and type(e).__name__ == "OptionError":
            return "no-hint-data", str(e)[:80]
        return "refused", f"{type(e).__name__}: {e}"[:140]
    except Exception as e:  # the contract is a value or ParseError
        return "crashed", f"{type(e).__name__}: {e}"[:140]
    if oracle.verdict(sample, res):
        return "right", ""
    return "wrong", f"got {getattr(res, 'iso', res)} want {oracle.expected(sample)[1]}"


def family(kind: str) -> str:
    parts = kind.split("-")
    if parts[0] in ("zone", "skeleton"):
        return "-".join(parts[:2])
    if parts[0] == "calendar":
        return "calendar-" + parts[1] if parts[1] != "islamic" else "calendar-" + "-".join(
            parts[1:3])
    return parts[0] + ("-native" if kind.endswith("native") else "")


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--per", type=int, default=1, help="instants per locale x format")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=8, help="wrong cases listed per family")
    ap.add_argument("--part", action="append", choices=("styles", "zones", "calendars"))
    ap.add_argument("--locale", action="append", help="only these languages or locales")
    ap.add_argument("--json", help="write the counts as JSON here")
    args = ap.parse_args()
    parts = args.part or ["styles", "zones", "calendars"]
    makers = {"styles": samples_styles, "zones": samples_zones,
              "calendars": samples_calendars}
    report: dict[str, object] = {}
    for part in parts:
        rng = random.Random(f"{args.seed}-{part}")
        counts: dict[str, collections.Counter[str]] = {
            "hint": collections.Counter(), "nohint": collections.Counter()}
        by_family: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(
            collections.Counter)
        combos: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(
            collections.Counter)
        wrong: dict[str, list[str]] = collections.defaultdict(list)
        refused: dict[str, collections.Counter[str]] = collections.defaultdict(
            collections.Counter)
        disagree = 0
        t0 = time.perf_counter()
        n = 0
        for sample in makers[part](rng, args.per, args.locale):
            if part == "zones":
                off = oracle.tz_offset(sample.zone, sample.instant)
                if off != oracle.icu_offset(sample.zone, sample.instant):
                    disagree += 1
                    continue
            n += 1
            fam = family(sample.kind)
            for mode in ("hint", "nohint"):
                outcome, detail = run(sample, mode == "hint")
                counts[mode][outcome] += 1
                by_family[(mode, fam)][outcome] += 1
                if mode == "hint":
                    combos[(sample.locale, sample.kind)][outcome] += 1
                if outcome == "wrong":
                    wrong[f"{mode} {fam} {sample.locale.split('_')[0]}"].append(
                        f"{sample.locale} {sample.kind} {sample.text!r} {detail}")
                elif outcome == "refused":
                    refused[f"{mode} {fam}"][detail.split(":")[0]] += 1
        secs = time.perf_counter() - t0
        print(f"== {part}: {n} texts in {secs:.0f}s"
              + (f"; {disagree} skipped where ICU's and tzdata's offsets differ"
                 if part == "zones" else ""))
        for mode in ("hint", "nohint"):
            c = counts[mode]
            tot = sum(c.values())
            print(f"  {mode:6} right {c['right'] / max(tot, 1):7.2%}  refused {c['refused']:6}"
                  f"  WRONG {c['wrong']:5}  crashed {c['crashed']:3}"
                  f"  no hint data {c['no-hint-data']:4}  of {tot}")
        ok_combos = sum(1 for c in combos.values() if c["right"] == sum(c.values()))
        print(f"  locale x format all right (hint): {ok_combos}/{len(combos)}")
        print("  by family (right / refused / wrong):")
        for (mode, fam), c in sorted(by_family.items()):
            tot = sum(c.values())
            print(f"    {mode:6} {fam:28} {c['right'] / tot:7.2%} {c['refused']:6} "
                  f"{c['wrong']:5}  of {tot}")
        print("  refusals by family and error:")
        for key, c in sorted(refused.items()):
            print(f"    {key:36} " + ", ".join(f"{k} {v}" for k, v in c.most_common(4)))
        if wrong:
            print("  WRONG by family and language:")
            for key in sorted(wrong, key=lambda k: -len(wrong[k])):
                print(f"    {key}: {len(wrong[key])}")
                for line in wrong[key][: args.show]:
                    print(f"        {line}")
        report[part] = {
            "texts": n, "oracle_disagreements": disagree,
            "modes": {m: dict(c) for m, c in counts.items()},
            "families": {f"{m} {f}": dict(c) for (m, f), c in by_family.items()},
            "wrong": {k: len(v) for k, v in wrong.items()},
        }
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
