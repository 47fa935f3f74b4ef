#!/usr/bin/env python3
"""Record every answer the engine gives on a fixed set of inputs, and compare two records.

A change that should not change behaviour (a faster path, a restructured reader) is checked
by recording the answers before it and after it: the value, locale, calendar, grain, notes
and zone, or the error's kind and message, for every input of

- the benchmark corpora (``make_corpus.py``: ``out/corpus.jsonl`` and ``out/new.jsonl``), each
  text with and without its locale hint, with and without a reference;
- babel's formats in every locale (dates and date-times, four widths, two instants each),
  with the hint, without it and in native digits;
- relative phrases and lengths as babel prints them in every locale (``format_timedelta``),
  read by ``parse`` with a reference and by ``parse_duration``;
- the texts of other projects' cases, when a folder of them is given (``--peer DIR``).

    python benchmarks/answers.py record out/before.jsonl [--peer ../shared/peer-cases]
    python benchmarks/answers.py compare out/before.jsonl out/after.jsonl [--show 40]

Inputs are generated from fixed seeds, so two records of the same babel version line up one
to one. Nothing here is timed.
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REFERENCE = datetime(2023, 10, 25, 12, 0, tzinfo=timezone.utc)

Input = dict[str, Any]


def corpus_inputs(path: Path) -> Iterator[Input]:
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            for locale in (row["locale"], None):
                for ref in (None, REFERENCE.isoformat()):
                    yield {"fn": "parse", "text": row["text"], "locale": locale,
                           "reference": ref}


def babel_inputs(per: int = 2, seed: int = 7) -> Iterator[Input]:
    import babel.dates
    from babel.localedata import locale_identifiers

    sys.path.insert(0, str(HERE))
    from babel import Locale
    from roundtrip import native_zero, transliterate  # (the round trip's own helpers)

    rng = random.Random(seed)
    for loc_id in sorted(locale_identifiers()):
        if loc_id == "root":
            continue
        zero = native_zero(Locale.parse(loc_id))
        for with_time in (False, True):
            for fmt in ("full", "long", "medium", "short"):
                for _ in range(per):
                    dt = datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(
                        seconds=rng.randrange(0, 98 * 365 * 86400))
                    text = babel.dates.format_datetime(dt, fmt, tzinfo=timezone.utc,
                                                       locale=loc_id) if with_time \
                        else babel.dates.format_date(dt.date(), fmt, locale=loc_id)
                    yield {"fn": "parse", "text": text, "locale": loc_id, "reference": None}
                    yield {"fn": "parse", "text": text, "locale": None, "reference": None}
                    if zero:
                        yield {"fn": "parse", "text": transliterate(text, zero),
                               "locale": loc_id, "reference": None}


def relative_inputs(seed: int = 0) -> Iterator[Input]:
    from babel.dates import format_timedelta
    from babel.localedata import locale_identifiers

    rng = random.Random(seed)
    units = {"year": 365 * 86400, "month": 30 * 86400, "week": 7 * 86400, "day": 86400,
             "hour": 3600, "minute": 60, "second": 1}
    for loc_id in sorted(locale_identifiers()):
        if loc_id == "root":
            continue
        for _ in range(3):
            unit = rng.choice(sorted(units))
            amount = rng.randint(1, 9) * rng.choice((-1, 1))
            delta = timedelta(seconds=units[unit] * amount)
            text = format_timedelta(delta, add_direction=True, threshold=1, locale=loc_id)
            yield {"fn": "parse", "text": text, "locale": loc_id,
                   "reference": REFERENCE.isoformat()}
            yield {"fn": "parse", "text": text, "locale": None,
                   "reference": REFERENCE.isoformat()}
            plain = format_timedelta(abs(delta), threshold=1, locale=loc_id)
            yield {"fn": "duration", "text": plain, "locale": loc_id, "reference": None}


def peer_inputs(folder: Path) -> Iterator[Input]:
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                case = json.loads(line)
                text = case["span"] or case["text"]
                lang = None if case["lang"] == "und" else case["lang"]
                ref = case.get("reference")
                if ref and datetime.fromisoformat(ref).tzinfo is None:
                    ref = datetime.fromisoformat(ref).replace(tzinfo=timezone.utc).isoformat()
                fn = "duration" if case["kind"] == "duration" else "parse"
                yield {"fn": fn, "text": text, "locale": lang, "reference": ref}


def answer(item: Input) -> dict[str, Any]:
    import localenorm

    ref = datetime.fromisoformat(item["reference"]) if item["reference"] else None
    try:
        if item["fn"] == "duration":
            d = localenorm.parse_duration(item["text"], locale=item["locale"])
            return {"iso": d.iso, "notes": list(d.assumptions)}
        r = localenorm.parse(item["text"], locale=item["locale"], reference=ref)
    except localenorm.ParseError as exc:
        return {"error": type(exc).__name__, "message": str(exc)}
    except Exception as exc:  # (recorded: a crash is an answer that must not change silently)
        return {"crash": type(exc).__name__, "message": str(exc)}
    return {"iso": r.iso, "locale": r.locale, "calendar": r.calendar, "grain": r.grain,
            "zone": r.zone, "zone_source": r.zone_source,
            "offset": None if r.offset is None else r.offset.total_seconds(),
            "notes": list(r.assumptions)}


def record(out: Path, peer: Path | None) -> None:
    inputs: list[tuple[str, Input]] = []
    for name, source in (("corpus", corpus_inputs(HERE / "out" / "corpus.jsonl")),
                         ("new", corpus_inputs(HERE / "out" / "new.jsonl")),
                         ("babel", babel_inputs()), ("relative", relative_inputs())):
        inputs += [(name, item) for item in source]
    if peer is not None:
        inputs += [("peer", item) for item in peer_inputs(peer)]
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for name, item in inputs:
            fh.write(json.dumps({"set": name, **item, "answer": answer(item)},
                                ensure_ascii=False, sort_keys=True) + "\n")
    print(f"recorded {len(inputs)} answers to {out}")


def compare(before: Path, after: Path, show: int) -> int:
    def rows(p: Path) -> list[dict[str, Any]]:
        with p.open(encoding="utf-8") as fh:
            return [json.loads(line) for line in fh]

    a, b = rows(before), rows(after)
    if len(a) != len(b):
        print(f"different inputs: {len(a)} against {len(b)} rows")
        return 2
    changed = collections.Counter[str]()
    shown = 0
    for x, y in zip(a, b, strict=True):
        if x["text"] != y["text"]:
            print("inputs do not line up at", x["text"], y["text"])
            return 2
        if x["answer"] != y["answer"]:
            changed[x["set"]] += 1
            if shown < show:
                shown += 1
                print(f"[{x['set']}] {x['fn']} {x['text']!r} locale={x['locale']} "
                      f"ref={x['reference']}\n  before {x['answer']}\n  after  {y['answer']}")
    print(f"{len(a)} answers, {sum(changed.values())} changed: {dict(changed)}")
    return 1 if changed else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    r = sub.add_parser("record")
    r.add_argument("out", type=Path)
    r.add_argument("--peer", type=Path, help="a folder of other projects' cases (*.jsonl)")
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--show", type=int, default=20)
    args = ap.parse_args()
    if args.command == "record":
        record(args.out, args.peer)
        return 0
    return compare(args.before, args.after, args.show)


if __name__ == "__main__":
    sys.exit(main())
