#!/usr/bin/env python3
"""Round trip of relative phrases through babel in every locale, and durations.

For each babel locale: random reference x unit x amount x direction ->
``babel.dates.format_timedelta(delta, add_direction=True, threshold=1, locale=...)`` ->
``localenorm.parse(reference=...)`` must give the reference moved by that amount at the
phrase's grain; CLDR's relative-day phrases ('yesterday', 'позавчера') must give the day; and
``format_timedelta`` without a direction -> ``parse_duration`` must give the amount back.

    python benchmarks/relative_roundtrip.py [--per-locale 20] [--seed 0] [--show 20]

Prints pass rates (correct / refused / wrong) per check over all locales.
"""

from __future__ import annotations

import argparse
import calendar
import collections
import random
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_timedelta
from babel.localedata import locale_identifiers

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import localenorm

# babel's own unit lengths, so threshold=1 keeps the unit that was asked for; and how many
# of each stay below the next unit.
SECONDS = {
    "year": 365 * 86400,
    "month": 30 * 86400,
    "week": 7 * 86400,
    "day": 86400,
    "hour": 3600,
    "minute": 60,
    "second": 1,
}
LIMIT = {"year": 50, "month": 12, "week": 4, "day": 6, "hour": 23, "minute": 59, "second": 59}
ZONES = ("UTC", "Asia/Tokyo", "America/Sao_Paulo", "Europe/Berlin")


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def expected(ref: datetime, tz: ZoneInfo | timezone, unit: str, amount: int) -> str:
    """The answer at the phrase's grain: the instant for hours and shorter, else the day."""
    if unit in ("hour", "minute", "second"):
        moved = ref + timedelta(seconds=SECONDS[unit] * amount)
        cut = {"hour": 13, "minute": 16, "second": 19}[unit]
        return moved.astimezone(timezone.utc).isoformat()[:cut]
    local = ref.astimezone(tz).date()
    if unit in ("year", "month"):
        return add_months(local, amount * (12 if unit == "year" else 1)).isoformat()
    return (local + timedelta(days=amount * (7 if unit == "week" else 1))).isoformat()


def got(result: localenorm.ParseResult, unit: str, tz: ZoneInfo | timezone) -> str:
    if unit in ("hour", "minute", "second"):
        if result.utc is None:
            return result.iso
        cut = {"hour": 13, "minute": 16, "second": 19}[unit]
        return result.utc.isoformat()[:cut]
    if result.utc is not None:
        return result.utc.astimezone(tz).date().isoformat()
    return result.date.isoformat()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-locale", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    failures: list[str] = []
    locales = [loc for loc in sorted(locale_identifiers()) if loc != "root"]
    for loc in locales:
        for _ in range(args.per_locale):
            zone_name = rng.choice(ZONES)
            tz = ZoneInfo(zone_name)
            ref = datetime(2000, 1, 1, tzinfo=timezone.utc) + timedelta(
                seconds=rng.randrange(0, 40 * 365 * 86400)
            )
            unit = rng.choice(list(SECONDS))
            amount = rng.randint(1, LIMIT[unit]) * rng.choice((-1, 1))
            text = format_timedelta(
                timedelta(seconds=SECONDS[unit] * amount),
                add_direction=True,
                threshold=1,
                locale=loc,
            )
            want = expected(ref, tz, unit, amount)
            check(
                counts["relative"],
                failures,
                loc,
                text,
                want,
                lambda text=text, ref=ref, tz=tz, unit=unit, loc=loc: got(
                    localenorm.parse(text, locale=loc, reference=ref, default_tz=tz), unit, tz
                ),
            )
            plain = format_timedelta(
                timedelta(seconds=SECONDS[unit] * abs(amount)), threshold=1, locale=loc
            )
            # Months and years too: parse_duration counts them as babel does (30, 365 days).
            check(
                counts["duration"],
                failures,
                loc,
                plain,
                str(SECONDS[unit] * abs(amount)),
                lambda plain=plain, loc=loc: str(
                    int(localenorm.parse_duration(plain, locale=loc).timedelta.total_seconds())
                ),
            )
        days = Locale.parse(loc)._data["date_fields"]["day"].get("relative", {})
        for offset, phrase in sorted(days.items()):
            ref = datetime(2000, 1, 1, tzinfo=timezone.utc) + timedelta(
                seconds=rng.randrange(0, 40 * 365 * 86400)
            )
            tz = ZoneInfo(rng.choice(ZONES))
            want = (ref.astimezone(tz).date() + timedelta(days=int(offset))).isoformat()
            check(
                counts["relative day"],
                failures,
                loc,
                phrase,
                want,
                lambda phrase=phrase, ref=ref, tz=tz, loc=loc: localenorm.parse(
                    phrase, locale=loc, reference=ref, default_tz=tz
                ).date.isoformat(),
            )
    print(f"{len(locales)} locales, seed {args.seed}")
    for name, c in counts.items():
        total = sum(c.values())
        print(
            f"{name:13} {total:6} correct {c['correct'] / total:7.2%}  refused "
            f"{c['refused'] / total:6.2%}  wrong {c['wrong'] / total:6.2%}"
        )
    for line in failures[: args.show]:
        print("  " + line)
    return 0


def check(
    counter: collections.Counter[str],
    failures: list[str],
    loc: str,
    text: str,
    want: str,
    run: object,
) -> None:
    try:
        answer = run()  # type: ignore[operator]
    except localenorm.ParseError as e:
        counter["refused"] += 1
        failures.append(f"refused {loc:12} {text!r}: {e.reason}")
        return
    if answer == want:
        counter["correct"] += 1
    else:
        counter["wrong"] += 1
        failures.insert(0, f"wrong   {loc:12} {text!r}: {answer} (want {want})")


if __name__ == "__main__":
    raise SystemExit(main())
