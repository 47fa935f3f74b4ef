"""Benchmark localenorm against dateparser on the corpus written by ``make_corpus.py``.

Both libraries parse the same strings in this one process, each call timed on its own, in two
modes: with the row's locale as a hint and without. dateparser is ~3 ms a string with a hint
and ~25 ms without, so it sees an evenly spaced sample of ``--limit`` rows; localenorm runs the
whole corpus and is also reported on exactly dateparser's sample, which is what the throughput
ratio compares. Import time, first-parse time and peak RSS are measured in fresh interpreters,
since a warm process hides all three.

    python benchmarks/make_corpus.py && python benchmarks/bench.py [--limit 1000] [--json]

Each library's first pass over the corpus is its cold cost for texts of unseen shapes; a
second pass over the same strings is localenorm's cost once every shape has been seen. With
``--new-texts`` (another corpus: ``make_corpus.py --seed 7 --out benchmarks/out/new.jsonl``)
both libraries then parse strings they have never seen in the formats they have: a pipeline
some thousands of rows in, where month and weekday names, day periods and digit counts
still come in combinations not seen before.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import math
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE / "out" / "corpus.jsonl"
DEFAULT_LIMIT = 1000
DEFAULT_FRESH_RUNS = 5

TARGET_RATIO = 50.0  # localenorm throughput / dateparser throughput, same strings
TARGET_MEDIAN_US = 20.0  # per string, with a locale hint
TARGET_IMPORT_MS = 100.0
TARGET_FIRST_PARSE_MS = 50.0
TARGET_RSS_MB = 80.0

DATEPARSER_SETTINGS: dict[str, Any] = {
    "TIMEZONE": "UTC",
    "RETURN_AS_TIMEZONE_AWARE": True,
    "TO_TIMEZONE": "UTC",
}

Outcome = Literal["correct", "wrong", "refused", "crashed"]
OUTCOMES: tuple[Outcome, ...] = ("correct", "wrong", "refused", "crashed")
MODES = ("hint", "no hint")


@dataclass(frozen=True, slots=True)
class Case:
    text: str
    locale: str
    expected_iso: str

    @property
    def expected_date(self) -> date:
        return date.fromisoformat(self.expected_iso[:10])

    @property
    def expected_utc(self) -> datetime | None:
        """The expected instant, or None when the string is a date without a time."""
        if len(self.expected_iso) == 10:
            return None
        return datetime.fromisoformat(self.expected_iso.replace("Z", "+00:00"))


def load_corpus(path: Path) -> list[Case]:
    with path.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [Case(r["text"], r["locale"], r["expected_iso"]) for r in rows]


def sample(n: int, limit: int) -> list[int]:
    """``limit`` indices spread evenly over ``range(n)`` (all of them when limit is 0)."""
    if limit <= 0 or limit >= n:
        return list(range(n))
    return [i * n // limit for i in range(limit)]


# --- the two libraries behind one interface ----------------------------------------------


@dataclass(frozen=True, slots=True)
class Library:
    name: str
    # Turns a case into the hint argument, outside the timed section.
    hint: Callable[[Case], Any]
    # The timed call: (text, hint or None) -> whatever the library returns.
    call: Callable[[str, Any], object]
    # Classifies a return value or raised exception against the case; returns what to show.
    judge: Callable[[Case, object], tuple[Outcome, str]]


def localenorm_library(module: ModuleType) -> Library:
    parse = module.parse
    parse_error: type[BaseException] = module.ParseError

    def call(text: str, locale: Any) -> object:
        return parse(text, locale=locale)

    def judge(case: Case, value: object) -> tuple[Outcome, str]:
        if isinstance(value, parse_error):
            return "refused", f"{type(value).__name__}: {value}"
        if isinstance(value, BaseException):
            return "crashed", repr(value)
        # The library's own contract is the ISO string, so it is held to it exactly: a date
        # read as midnight, or a minute read with invented seconds, is wrong.
        iso = str(getattr(value, "iso", value))
        return ("correct" if iso == case.expected_iso else "wrong"), iso

    return Library("localenorm", lambda case: case.locale, call, judge)


def dateparser_library(module: ModuleType) -> Library:
    from dateparser.data.languages_info import language_order

    known = frozenset(language_order)
    parse = module.parse
    settings = DATEPARSER_SETTINGS

    def hint(case: Case) -> list[str] | None:
        lang, _, rest = case.locale.partition("_")
        # dateparser names languages by CLDR language (+ script), not by POSIX locale.
        code = f"{lang}-{rest}" if rest in ("Hant", "Hans") else lang
        return [code] if code in known else None

    def call(text: str, languages: Any) -> object:
        return parse(text, languages=languages, settings=settings)

    def judge(case: Case, value: object) -> tuple[Outcome, str]:
        if value is None:
            return "refused", "None"
        if isinstance(value, BaseException) or not isinstance(value, datetime):
            return "crashed", repr(value)
        got = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        got = got.astimezone(UTC)
        expected = case.expected_utc
        # dateparser has no date-only result: a date is compared on the day it lands on,
        # an instant on the instant (the corpus never prints fractions).
        ok = got.date() == case.expected_date if expected is None else got == expected
        return ("correct" if ok else "wrong"), got.isoformat()

    return Library("dateparser", hint, call, judge)


# --- timing --------------------------------------------------------------------------------


@dataclass(slots=True)
class Run:
    library: str
    mode: str
    indices: list[int]  # corpus rows, in the order timed
    ns: list[int]
    outcomes: list[Outcome]
    shown: list[str]


def warm_up(lib: Library, cases: Sequence[Case], hinted: bool) -> None:
    # One call per locale loads whatever each library reads lazily (dateparser builds a
    # parser per language and takes seconds on first use); steady state is what is timed,
    # the cold cost is measured separately in a fresh process.
    seen: set[str] = set()
    for case in cases:
        if case.locale not in seen:
            seen.add(case.locale)
            with contextlib.suppress(Exception):
                lib.call(case.text, lib.hint(case) if hinted else None)


def run(lib: Library, cases: Sequence[Case], indices: list[int], hinted: bool) -> Run:
    picked = [cases[i] for i in indices]
    hints = [lib.hint(c) if hinted else None for c in picked]
    call, judge = lib.call, lib.judge
    clock = time.perf_counter_ns
    ns: list[int] = []
    judged: list[tuple[Outcome, str]] = []
    # Both libraries share this process, so a full collection would otherwise walk both
    # import-time heaps (dateparser's is large) and bill milliseconds to whichever call
    # triggers it. Freezing what exists now leaves only garbage the timed calls make.
    gc.collect()
    gc.freeze()
    try:
        for case, hint in zip(picked, hints, strict=True):
            start = clock()
            try:
                value = call(case.text, hint)
            except Exception as exc:
                value = exc
            ns.append(clock() - start)
            # Judged at once, not kept: a kept exception holds its traceback, whose frame
            # holds the exception, and thousands of such cycles make the collector's
            # pauses part of the timings.
            judged.append(judge(case, value))
            del value
    finally:
        gc.unfreeze()
    return Run(
        lib.name,
        "hint" if hinted else "no hint",
        indices,
        ns,
        [o for o, _ in judged],
        [s for _, s in judged],
    )


@dataclass(frozen=True, slots=True)
class Stats:
    n: int
    per_second: float
    median_us: float
    p95_us: float
    correct: int
    wrong: int
    refused: int
    crashed: int


def percentile(sorted_values: Sequence[int], q: float) -> float:
    """Nearest-rank percentile: a value that was actually observed."""
    rank = max(1, math.ceil(q * len(sorted_values)))
    return float(sorted_values[rank - 1])


def summarize(result: Run, only: set[int] | None = None) -> Stats:
    keep = [k for k, i in enumerate(result.indices) if only is None or i in only]
    ns = sorted(result.ns[k] for k in keep)
    outcomes = [result.outcomes[k] for k in keep]
    total_s = sum(ns) / 1e9
    return Stats(
        n=len(ns),
        per_second=len(ns) / total_s if total_s else math.inf,
        median_us=statistics.median(ns) / 1e3,
        p95_us=percentile(ns, 0.95) / 1e3,
        correct=outcomes.count("correct"),
        wrong=outcomes.count("wrong"),
        refused=outcomes.count("refused"),
        crashed=outcomes.count("crashed"),
    )


def examples(result: Run, cases: Sequence[Case], limit: int) -> dict[str, list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = {"wrong": [], "refused": [], "crashed": []}
    for k, i in enumerate(result.indices):
        bucket = out.get(result.outcomes[k])
        if bucket is not None and len(bucket) < limit:
            case = cases[i]
            bucket.append(
                {
                    "text": case.text,
                    "locale": case.locale,
                    "expected": case.expected_iso,
                    "got": result.shown[k],
                }
            )
    return out


def per_locale(result: Run, cases: Sequence[Case]) -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = {}
    for k, i in enumerate(result.indices):
        row = table.setdefault(cases[i].locale, dict.fromkeys(OUTCOMES, 0))
        row[result.outcomes[k]] += 1
    return dict(sorted(table.items()))


# --- fresh-process measurements -----------------------------------------------------------

# -P keeps the working directory off sys.path, so a child imports the same localenorm as
# this process (the installed one, or whatever PYTHONPATH puts first), not a checkout in cwd.
_IMPORT_CHILD = """
import time
start = time.perf_counter_ns()
import localenorm
print(time.perf_counter_ns() - start)
"""

_FIRST_PARSE_CHILD = """
import sys, time
import localenorm
text, locale = sys.argv[1], sys.argv[2] or None
start = time.perf_counter_ns()
try:
    localenorm.parse(text, locale=locale)
except localenorm.ParseError:
    pass
print(time.perf_counter_ns() - start)
"""

# Peak RSS after parsing the whole corpus in both modes; run once without importing
# localenorm too, so the interpreter-plus-corpus baseline can be told apart. On Linux the
# child's getrusage maxrss is useless here: subprocess starts it with vfork, and the kernel
# carries the parent's high-water mark across exec, so the child would report this (large,
# dateparser-laden) process's peak. VmHWM belongs to the child's own address space.
_RSS_CHILD = """
import json, resource, sys
with open(sys.argv[1], encoding="utf-8") as fh:
    cases = [json.loads(line) for line in fh if line.strip()]
if sys.argv[2] == "parse":
    import localenorm
    for case in cases:
        for locale in (case["locale"], None):
            try:
                localenorm.parse(case["text"], locale=locale)
            except Exception:
                pass
try:
    with open("/proc/self/status", encoding="ascii") as fh:
        hwm = [line.split()[1] for line in fh if line.startswith("VmHWM:")]
    print(int(hwm[0]) * 1024)
except (OSError, IndexError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(peak if sys.platform == "darwin" else peak * 1024)
"""


def child(code: str, *args: str) -> int:
    proc = subprocess.run(
        [sys.executable, "-P", "-c", code, *args],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or ["(no stderr)"]
        raise RuntimeError(f"child process failed ({proc.returncode}): {tail[0]}")
    return int(proc.stdout.strip().splitlines()[-1])


def fresh_measurements(corpus: Path, first: Case, runs: int) -> dict[str, Any]:
    out: dict[str, Any] = {"runs": runs}
    try:
        out["import_ms"] = statistics.median(child(_IMPORT_CHILD) / 1e6 for _ in range(runs))
        for key, locale in (("first_parse_hint_ms", first.locale), ("first_parse_no_hint_ms", "")):
            out[key] = statistics.median(
                child(_FIRST_PARSE_CHILD, first.text, locale) / 1e6 for _ in range(runs)
            )
        out["first_parse_text"] = first.text
        out["first_parse_locale"] = first.locale
        out["peak_rss_mb"] = child(_RSS_CHILD, str(corpus), "parse") / 2**20
        out["baseline_rss_mb"] = child(_RSS_CHILD, str(corpus), "load") / 2**20
    except (RuntimeError, ValueError) as exc:
        out["error"] = str(exc)
    return out


# --- report ---------------------------------------------------------------------------------


def mark(ok: bool) -> str:
    return "ok" if ok else "MISS"


def ratio_line(which: str, ratio: float) -> str:
    """'throughput ratio localenorm/dateparser: 38.1x ...' (``which`` follows 'ratio')."""
    sep = "" if which.startswith(",") else " "
    return (f"  throughput ratio{sep}{which}: {ratio:,.1f}x"
            f"   target >= {TARGET_RATIO:.0f}x   {mark(ratio >= TARGET_RATIO)}")


def stats_line(label: str, s: Stats) -> str:
    return (
        f"  {label:<26} {s.n:>6} {s.per_second:>12,.0f} {s.median_us:>10,.1f} "
        f"{s.p95_us:>10,.1f} {s.correct:>8} {s.wrong:>6} {s.refused:>8} {s.crashed:>8}"
    )


def text_report(report: dict[str, Any], shown_examples: int) -> str:
    meta = report["meta"]
    lines = [
        f"corpus {meta['corpus']}: {meta['strings']} strings, {meta['locales']} locales; "
        f"dateparser on {meta['dateparser_strings']} of them (--limit)",
        f"python {meta['python']}, localenorm {meta['localenorm_version']} "
        f"({meta['localenorm_path']}, "
        f"{'compiled' if meta['localenorm_compiled'] else 'plain Python'}), "
        f"dateparser {meta['dateparser_version']}",
    ]
    header = (
        f"  {'library':<26} {'n':>6} {'strings/s':>12} {'median µs':>10} {'p95 µs':>10} "
        f"{'correct':>8} {'wrong':>6} {'refused':>8} {'crashed':>8}"
    )
    for mode in MODES:
        block = report["modes"][mode]
        lines += ["", f"mode: {mode}", header]
        lines.append(stats_line("localenorm (all)", Stats(**block["localenorm"])))
        if "localenorm_warm" in block:
            lines.append(stats_line("localenorm (shapes seen)",
                                    Stats(**block["localenorm_warm"])))
        if "dateparser" in block:
            lines.append(
                stats_line("localenorm (same sample)", Stats(**block["localenorm_sample"]))
            )
            lines.append(stats_line("dateparser (same sample)", Stats(**block["dateparser"])))
            lines.append(ratio_line("localenorm/dateparser", block["ratio"]))
            if "ratio_warm" in block:
                lines.append(ratio_line(", shapes seen", block["ratio_warm"]))
        if "localenorm_new" in block:
            lines.append(stats_line("localenorm (new texts)", Stats(**block["localenorm_new"])))
            if "dateparser_new" in block:
                lines.append(stats_line("dateparser (new, sample)",
                                        Stats(**block["dateparser_new"])))
                lines.append(ratio_line(", new texts", block["ratio_new"]))
        if mode == "hint":
            for key, which in (("localenorm", ""), ("localenorm_warm", ", shapes seen"),
                               ("localenorm_new", ", new texts")):
                if key in block:
                    median = block[key]["median_us"]
                    lines.append(
                        f"  localenorm median with hint{which}: {median:,.1f} µs"
                        f"   target <= {TARGET_MEDIAN_US:.0f} µs"
                        f"   {mark(median <= TARGET_MEDIAN_US)}"
                    )
        if shown_examples:
            for outcome, items in block["localenorm_examples"].items():
                for item in items[:shown_examples]:
                    lines.append(
                        f"    localenorm {outcome}: {item['text']!r} [{item['locale']}] "
                        f"expected {item['expected']} got {item['got']}"
                    )

    fresh = report.get("fresh")
    if fresh:
        lines += ["", f"fresh process (median of {fresh['runs']} runs):"]
        if "error" in fresh:
            lines.append(f"  not measured: {fresh['error']}")
        else:
            rows = [
                ("import localenorm", fresh["import_ms"], "ms", TARGET_IMPORT_MS),
                ("first parse, hint", fresh["first_parse_hint_ms"], "ms", TARGET_FIRST_PARSE_MS),
                (
                    "first parse, no hint",
                    fresh["first_parse_no_hint_ms"],
                    "ms",
                    TARGET_FIRST_PARSE_MS,
                ),
                ("peak RSS (whole corpus)", fresh["peak_rss_mb"], "MB", TARGET_RSS_MB),
            ]
            for label, value, unit, target in rows:
                lines.append(
                    f"  {label:<26} {value:>8.2f} {unit}   target <= {target:.0f} {unit}"
                    f"   {mark(value <= target)}"
                )
            lines.append(
                f"  (interpreter + corpus alone: {fresh['baseline_rss_mb']:.1f} MB; first parse "
                f"of {fresh['first_parse_text']!r} [{fresh['first_parse_locale']}])"
            )
    return "\n".join(lines)


def _compiled() -> bool:
    import localenorm._api

    return not str(localenorm._api.__file__).endswith(".py")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--limit",
        type=int,
        default=DEFAULT_LIMIT,
        help=f"strings given to dateparser, spread over the corpus (default {DEFAULT_LIMIT}; "
        "0 = all)",
    )
    parser.add_argument(
        "--new-texts",
        type=Path,
        help="a second corpus (another --seed of make_corpus.py), parsed after the first: "
        "new strings in formats already seen",
    )
    parser.add_argument("--no-dateparser", action="store_true", help="time localenorm only")
    parser.add_argument(
        "--no-fresh", action="store_true", help="skip the fresh-process measurements"
    )
    parser.add_argument("--fresh-runs", type=int, default=DEFAULT_FRESH_RUNS)
    parser.add_argument(
        "--examples",
        type=int,
        default=0,
        help="print up to N wrong/refused/crashed localenorm strings per mode",
    )
    parser.add_argument(
        "--json",
        nargs="?",
        const="-",
        metavar="PATH",
        help="write the full report as JSON to PATH, or to stdout instead of the text report",
    )
    args = parser.parse_args(argv)

    if not args.corpus.exists():
        parser.error(f"{args.corpus} not found; run benchmarks/make_corpus.py first")
    cases = load_corpus(args.corpus)
    if not cases:
        parser.error(f"{args.corpus} is empty")
    new_cases: list[Case] = []
    if args.new_texts is not None:
        if not args.new_texts.exists():
            parser.error(f"{args.new_texts} not found; write it with benchmarks/make_corpus.py "
                         "--seed N --out PATH")
        new_cases = load_corpus(args.new_texts)

    import localenorm

    if not hasattr(localenorm, "parse"):
        print(f"{localenorm.__file__} has no parse() yet: nothing to benchmark", file=sys.stderr)
        return 2
    libs = [localenorm_library(localenorm)]
    dateparser_version = "not run"
    if not args.no_dateparser:
        import dateparser

        libs.append(dateparser_library(dateparser))
        dateparser_version = str(getattr(dateparser, "__version__", "?"))

    everything = list(range(len(cases)))
    picked = sample(len(cases), args.limit)
    picked_set = set(picked)
    new_picked = sample(len(new_cases), args.limit)
    new_picked_set = set(new_picked)
    report: dict[str, Any] = {
        "meta": {
            "corpus": str(args.corpus),
            "strings": len(cases),
            "locales": len({c.locale for c in cases}),
            "dateparser_strings": 0 if args.no_dateparser else len(picked),
            "new_texts": str(args.new_texts) if new_cases else None,
            "new_strings": len(new_cases),
            "python": platform.python_version(),
            "machine": f"{platform.system()} {platform.machine()}",
            "localenorm_version": str(getattr(localenorm, "__version__", "?")),
            "localenorm_path": str(Path(localenorm.__file__ or "?").parent),
            # Whether the install compiled the stages (setup.py): the figures differ ~1.6x.
            "localenorm_compiled": _compiled(),
            "dateparser_version": dateparser_version,
        },
        "targets": {
            "ratio": TARGET_RATIO,
            "median_hint_us": TARGET_MEDIAN_US,
            "import_ms": TARGET_IMPORT_MS,
            "first_parse_ms": TARGET_FIRST_PARSE_MS,
            "peak_rss_mb": TARGET_RSS_MB,
        },
        "modes": {},
    }

    for mode in MODES:
        hinted = mode == "hint"
        block: dict[str, Any] = {}
        for lib in libs:
            print(f"timing {lib.name}, {mode} ...", file=sys.stderr)
            warm_up(lib, cases, hinted)
            if lib.name == "localenorm":
                result = run(lib, cases, everything, hinted)
                block["localenorm"] = asdict(summarize(result))
                block["localenorm_sample"] = asdict(summarize(result, picked_set))
                block["localenorm_examples"] = examples(result, cases, max(args.examples, 10))
                # A second pass: every shape has been seen once, as in a pipeline that has
                # run for a while over the same sites (see localenorm/_plan.py).
                warm = run(lib, cases, everything, hinted)
                block["localenorm_warm"] = asdict(summarize(warm))
                block["localenorm_warm_sample"] = asdict(summarize(warm, picked_set))
                block["localenorm_per_locale"] = per_locale(result, cases)
                if new_cases:
                    later = run(lib, new_cases, list(range(len(new_cases))), hinted)
                    block["localenorm_new"] = asdict(summarize(later))
                    block["localenorm_new_sample"] = asdict(summarize(later, new_picked_set))
            else:
                result = run(lib, cases, picked, hinted)
                block["dateparser"] = asdict(summarize(result))
                block["dateparser_examples"] = examples(result, cases, 10)
                if new_cases:
                    later = run(lib, new_cases, new_picked, hinted)
                    block["dateparser_new"] = asdict(summarize(later))
        if "dateparser" in block:
            block["ratio"] = (
                block["localenorm_sample"]["per_second"] / block["dateparser"]["per_second"]
            )
            block["ratio_warm"] = (
                block["localenorm_warm_sample"]["per_second"]
                / block["dateparser"]["per_second"]
            )
        if "dateparser_new" in block:
            block["ratio_new"] = (
                block["localenorm_new_sample"]["per_second"]
                / block["dateparser_new"]["per_second"]
            )
        report["modes"][mode] = block

    if not args.no_fresh:
        print("measuring fresh processes ...", file=sys.stderr)
        report["fresh"] = fresh_measurements(args.corpus, cases[0], args.fresh_runs)

    if args.json == "-":
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if args.json:
        Path(args.json).write_text(
            json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    print(text_report(report, args.examples))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
