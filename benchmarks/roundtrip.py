#!/usr/bin/env python3
"""Round-trip coverage of every babel locale: format with babel, parse back, count.

For each locale x format (date full/long/medium/short and datetime full/long/medium/short in
UTC) and a few seeded random instants: with the locale hint, with the digits written in the
locale's native digits, and with no hint (where a ParseError is acceptable but a wrong value
is not). Prints pass rates and the worst locales; ``--show N`` prints failures.

    python benchmarks/roundtrip.py [--per 3] [--show 20] [--locale ar]
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
import unicodedata
from datetime import datetime, timedelta, timezone

import babel.dates
from babel import Locale
from babel.localedata import locale_identifiers

import localenorm

FORMATS = ("full", "long", "medium", "short")


def native_zero(loc: Locale) -> str | None:
    system = (loc.other_numbering_systems or {}).get("native") or loc.default_numbering_system
    if not system or system == "latn":
        return None
    for cp in range(0x80, 0x20000):
        ch = chr(cp)
        if unicodedata.decimal(ch, -1) == 0 and system in _SCRIPT_WORDS and \
                _SCRIPT_WORDS[system] in unicodedata.name(ch, ""):
            return ch
    return None


_SCRIPT_WORDS = {"arab": "ARABIC-INDIC", "arabext": "EXTENDED ARABIC-INDIC", "deva": "DEVANAGARI",
                 "beng": "BENGALI", "thai": "THAI", "mymr": "MYANMAR DIGIT", "tibt": "TIBETAN",
                 "khmr": "KHMER", "laoo": "LAO", "guru": "GURMUKHI", "gujr": "GUJARATI",
                 "orya": "ORIYA", "telu": "TELUGU", "knda": "KANNADA", "mlym": "MALAYALAM",
                 "tamldec": "TAMIL", "olck": "OL CHIKI", "mtei": "MEETEI", "adlm": "ADLAM",
                 "nkoo": "NKO", "java": "JAVANESE", "sund": "SUNDANESE", "vaii": "VAI",
                 "cakm": "CHAKMA", "rohg": "HANIFI", "hmnp": "NYIAKENG"}


def transliterate(text: str, zero: str) -> str:
    base = ord(zero)
    return "".join(chr(base + int(ch)) if ch.isascii() and ch.isdigit() else ch for ch in text)


def expected(dt: datetime, fmt: str, with_time: bool) -> str:
    if not with_time:
        return dt.date().isoformat()
    if fmt == "short":
        dt = dt.replace(second=0)
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--per", type=int, default=2, help="instants per locale x format")
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--locale", action="append")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    locales = args.locale or sorted(locale_identifiers())
    stats: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    combos: dict[str, collections.Counter[tuple[str, str]]] = collections.defaultdict(
        collections.Counter)
    failures: list[str] = []
    for loc_id in locales:
        if loc_id == "root":
            continue
        loc = Locale.parse(loc_id)
        zero = native_zero(loc)
        for with_time in (False, True):
            for fmt in FORMATS:
                for _ in range(args.per):
                    dt = datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(
                        seconds=rng.randrange(0, 98 * 365 * 86400))
                    if with_time:
                        text = babel.dates.format_datetime(dt, fmt, tzinfo=timezone.utc,
                                                           locale=loc_id)
                    else:
                        text = babel.dates.format_date(dt.date(), fmt, locale=loc_id)
                    want = expected(dt, fmt, with_time)
                    kind = ("datetime-" if with_time else "date-") + fmt
                    variants = [("hint", text, loc_id), ("nohint", text, None)]
                    if zero:
                        variants.append(("native", transliterate(text, zero), loc_id))
                    for mode, t, hint in variants:
                        try:
                            got = localenorm.parse(t, locale=hint).iso
                            verdict = "ok" if got == want else "wrong"
                        except localenorm.ParseError as e:
                            got, verdict = f"{type(e).__name__}: {e.reason}", "refused"
                        except Exception as e:
                            got, verdict = f"CRASH {type(e).__name__}: {e}", "crashed"
                        stats[mode][verdict] += 1
                        combos[mode][(loc_id, kind)] += verdict == "ok"
                        if verdict != "ok" and (mode != "nohint" or verdict != "refused"):
                            failures.append(f"{mode:6} {verdict:7} {loc_id:12} {kind:16} "
                                            f"{t!r} -> {got} (want {want})")
    for mode, c in stats.items():
        total = sum(c.values())
        per_combo = combos[mode]
        full = sum(1 for v in per_combo.values() if v == args.per)
        print(f"{mode:7} strings {total:6}  ok {c['ok'] / total:7.2%}  wrong {c['wrong']:5}  "
              f"refused {c['refused']:5}  crashed {c['crashed']:3}  "
              f"locale x format combos all-ok {full}/{len(per_combo)} "
              f"({full / max(len(per_combo), 1):.2%})")
    bad = collections.Counter(f.split()[2] for f in failures if f.startswith("hint"))
    print("worst locales (hint):", bad.most_common(15))
    for line in failures[: args.show]:
        print(" ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
