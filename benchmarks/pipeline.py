"""Pipelines benchmark: ``parse_many``, ``localenorm convert`` and ``localenorm.pandas.to_utc``
on the files of ``make_pipeline_data.py``, beside dateparser row by row and
``pandas.to_datetime(format="mixed")``, with how many rows each gets right.

Every measurement runs in a fresh Python process (this script, ``--measure ...``), so caches
and memory do not carry over; peak RSS is each process's ``VmHWM`` (Linux). Run it with the
Python of the build to measure, from anywhere but the repository root (the compiled build
must be the one imported; the report says which build it found)::

    python benchmarks/make_pipeline_data.py            # -> benchmarks/out/, 1,000,000 rows
    python benchmarks/pipeline.py [--json report.json] [--sample 2000]

A row is right when the library's instant, printed as ``YYYY-MM-DDTHH:MM:SS`` in UTC (or
localenorm's ``iso`` for a date), starts with the row's ``expected`` value (as far as its
text goes: a day, an hour, a minute).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import pathlib
import resource
import subprocess
import sys
import threading
import time
from datetime import datetime, timezone
from typing import Any

OUT = pathlib.Path(__file__).resolve().parent / "out"
NAMES = ("pipeline_repeated", "pipeline_distinct")


# -- measuring, in a child process -----------------------------------------------------------

def _peak_rss_mb(pid: int | str = "self") -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _read(name: str, limit: int | None = None) -> dict[str, list[str]]:
    columns: dict[str, list[str]] = {}
    with (OUT / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        for key in header:
            columns[key] = []
        for i, row in enumerate(reader):
            if limit is not None and i >= limit:
                break
            for key, cell in zip(header, row, strict=True):
                columns[key].append(cell)
    return columns


def _right(got: list[str | None], expected: list[str]) -> int:
    return sum(1 for g, e in zip(got, expected, strict=True) if g is not None and g.startswith(e))


def _stamp(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc)
    return value.strftime("%Y-%m-%dT%H:%M:%S")


def _reference(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def measure_parse_many(name: str, references: int = 1) -> dict[str, Any]:
    import localenorm

    data = _read(name)
    refs = [_reference(t) if references else None for t in data["fetched"]]
    langs = [x or None for x in data["lang"]]
    started, cpu = time.perf_counter(), _cpu()
    right = rows = 0
    for answer, expected in zip(localenorm.parse_many(data["ts"], locales=langs,
                                                      references=refs),
                                data["expected"], strict=True):
        rows += 1
        if isinstance(answer, localenorm.ParseResult):
            right += (_stamp(answer.utc) or answer.iso).startswith(expected)
    seconds, cpu = time.perf_counter() - started, _cpu() - cpu
    # (Peak RSS here holds the million rows of input as Python lists.)
    return {"rows": rows, "seconds": seconds, "rows_per_s": rows / seconds,
            "rows_per_cpu_s": rows / cpu, "right": right, "peak_rss_mb": _peak_rss_mb()}


def _sample(data: dict[str, list[str]], size: int) -> list[int]:
    rows = len(data["ts"])
    step = max(rows // size, 1)
    return list(range(0, rows, step))[:size]


def measure_dateparser(name: str, size: int) -> dict[str, Any]:
    import dateparser

    import localenorm

    data = _read(name)
    picked = _sample(data, size)
    base = {"TIMEZONE": "UTC", "TO_TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True}
    dateparser.parse("2023-10-23", settings=base)  # its tables load outside the timing
    got: list[str | None] = []
    seconds = 0.0
    for i in picked:
        settings = {**base, "RELATIVE_BASE": _reference(data["fetched"][i]).replace(tzinfo=None)}
        lang = data["lang"][i].split("-")[0] or None
        started = time.perf_counter()
        try:
            value = dateparser.parse(data["ts"][i], languages=[lang] if lang else None,
                                     settings=settings)
        except Exception:  # (a crash is a wrong row here)
            value = None
        seconds += time.perf_counter() - started
        got.append(_stamp(value))
    expected = [data["expected"][i] for i in picked]
    # localenorm row by row on the same sample, for the comparison.
    mine: list[str | None] = []
    for i in picked:
        try:
            result = localenorm.parse(data["ts"][i], locale=data["lang"][i] or None,
                                      reference=_reference(data["fetched"][i]))
            mine.append(_stamp(result.utc) or result.iso)
        except localenorm.ParseError:
            mine.append(None)
    return {"rows": len(picked), "seconds": seconds, "rows_per_s": len(picked) / seconds,
            "right": _right(got, expected), "localenorm_right": _right(mine, expected)}


def measure_pandas_mixed(name: str) -> dict[str, Any]:
    import pandas as pd

    data = _read(name)
    series = pd.Series(data["ts"], dtype=object)
    started = time.perf_counter()
    values = pd.to_datetime(series, format="mixed", errors="coerce", utc=True)
    seconds = time.perf_counter() - started
    got = [None if pd.isna(v) else v.strftime("%Y-%m-%dT%H:%M:%S") for v in values]
    return {"rows": len(series), "seconds": seconds, "rows_per_s": len(series) / seconds,
            "right": _right(got, data["expected"]), "peak_rss_mb": _peak_rss_mb()}


def measure_to_utc(name: str) -> dict[str, Any]:
    import pandas as pd

    import localenorm.pandas

    data = _read(name)
    series = pd.Series(data["ts"], dtype=object)
    del data
    started, cpu = time.perf_counter(), _cpu()
    frame = localenorm.pandas.to_utc(series)
    seconds, cpu = time.perf_counter() - started, _cpu() - cpu
    return {"rows": len(series), "seconds": seconds, "cpu_seconds": cpu,
            "rows_per_s": len(series) / seconds,
            "parsed": int(frame["error"].isna().sum()), "peak_rss_mb": _peak_rss_mb()}


# -- convert, as a user runs it ---------------------------------------------------------------

def _cpu_of(pid: int) -> float | None:
    """CPU seconds a live process has used so far (utime + stime of /proc/PID/stat)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _tree(pid: int) -> list[int]:
    found = [pid]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as handle:
                for child in handle.read().split():
                    found.extend(_tree(int(child)))
    except OSError:
        pass
    return found


def run_convert(source: pathlib.Path, jobs: int, target: pathlib.Path,
                references: bool = True) -> dict[str, Any]:
    argv = [sys.executable, "-m", "localenorm", "convert", str(source), "-o", str(target),
            "--column", "ts", "--locale-column", "lang", "--jobs", str(jobs), "--quiet",
            "--no-progress"]
    if references:
        argv += ["--reference-column", "fetched"]
    peaks: dict[int, float] = {}
    cpus: dict[int, float] = {}
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    # From the data folder: the source tree is not importable there.
    proc = subprocess.Popen(argv, cwd=OUT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def watch() -> None:
        while proc.poll() is None:
            for pid in _tree(proc.pid):
                peak = _peak_rss_mb(pid)
                if peak == peak:  # (not NaN: the process was still there)
                    peaks[pid] = max(peaks.get(pid, 0.0), peak)
                spent = _cpu_of(pid)
                if spent is not None:
                    cpus[pid] = spent
            time.sleep(0.05)

    watcher = threading.Thread(target=watch)
    watcher.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - started
    watcher.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU time of the whole tree (the workers are reaped by convert, then it by us): on a
    # machine shared with other work, rows per CPU second is the steadier figure.
    cpu = (after.ru_utime + after.ru_stime) - (used.ru_utime + used.ru_stime)
    summary = err.decode("utf-8", "replace").strip().splitlines()[-1:]
    main_peak = peaks.get(proc.pid, float("nan"))
    workers = [v for pid, v in peaks.items() if pid != proc.pid]
    worker_cpu = [v for pid, v in cpus.items() if pid != proc.pid]
    return {"jobs": jobs, "seconds": seconds, "cpu_seconds": cpu, "status": proc.returncode,
            # Per process, as last seen (the last 50 ms are missing): what the work costs
            # each, whatever else the machine was running.
            "cpu_seconds_main": cpus.get(proc.pid),
            "cpu_seconds_workers": worker_cpu,
            "summary": summary[0] if summary else "", "peak_rss_mb_main": main_peak,
            "peak_rss_mb_workers": max(workers) if workers else None,
            "peak_rss_mb_total": main_peak + sum(workers)}


def _converted_right(target: pathlib.Path, expected: list[str]) -> tuple[int, int]:
    if target.suffix == ".csv":
        with target.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader)
            at = header.index("ts_utc")
            got = [row[at] or None for row in reader]
    else:
        import pyarrow.parquet as pq

        got = pq.read_table(target, columns=["ts_utc"]).column("ts_utc").to_pylist()
    # ts_utc is parse(...).iso: '...Z' for an instant, the date alone for a date.
    return _right([g.removesuffix("Z") if g else g for g in got], expected), len(got)


def _prefix(name: str, rows: int, fmt: str) -> pathlib.Path:
    """The first ``rows`` rows of the file (beyond its length: the file again and again)."""
    target = OUT / f"{name}_{rows}.{fmt}"
    if target.exists():
        return target
    if fmt == "parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(OUT / f"{name}.parquet")
        with pq.ParquetWriter(target, table.schema) as writer:
            left = rows
            while left > 0:
                part = table.slice(0, left)
                writer.write_table(part, row_group_size=100_000)
                left -= part.num_rows
        return target
    if rows > 1_000_000 and fmt == "csv":
        with (OUT / f"{name}.csv").open(encoding="utf-8") as source:
            header, *body = source.readlines()
        with target.open("w", encoding="utf-8") as out:
            out.write(header)
            left = rows
            while left > 0:
                out.writelines(body[:left])
                left -= len(body[:left])
        return target
    if fmt == "csv":
        with (OUT / f"{name}.csv").open(encoding="utf-8") as source, \
                target.open("w", encoding="utf-8") as out:
            for i, line in enumerate(source):
                if i > rows:
                    break
                out.write(line)
    return target


def _child(*argv: str) -> dict[str, Any]:
    proc = subprocess.run([sys.executable, __file__, "--measure", *argv], cwd=OUT,
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1:]}
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def build() -> str:
    proc = subprocess.run([sys.executable, "-c", "import localenorm._api as a; print(a.__file__)"],
                          cwd=OUT, capture_output=True, text=True, check=True)
    path = proc.stdout.strip()
    return ("compiled" if path.endswith(".so") else "pure") + f" ({path})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", help="also write the report to this file")
    ap.add_argument("--sample", type=int, default=2000, help="dateparser's rows per file")
    ap.add_argument("--growth", default="10000,100000,1000000",
                    help="row counts for the peak-RSS rows")
    ap.add_argument("--skip", default="", help="comma-separated: mixed,dateparser,growth")
    ap.add_argument("--measure", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        kind, name, *rest = args.measure
        fn = {"parse_many": measure_parse_many, "dateparser": measure_dateparser,
              "mixed": measure_pandas_mixed, "to_utc": measure_to_utc}[kind]
        print(json.dumps(fn(name, *map(int, rest))))
        return
    skip = set(filter(None, args.skip.split(",")))
    report: dict[str, Any] = {"build": build(), "python": sys.version.split()[0],
                              "cores": os.cpu_count(), "load_before": os.getloadavg()}
    print(f"build: {report['build']}; load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores")
    for name in NAMES:
        data = _read(name)
        expected = data["expected"]
        rows = len(expected)
        section: dict[str, Any] = {"rows": rows, "distinct_ts": len(set(data["ts"]))}
        del data
        report[name] = section
        print(f"\n{name}: {rows:,} rows, {section['distinct_ts']:,} distinct texts")
        # With each row's fetch time as its reference (every row can be read), and, for
        # the repeated file, without (the relative rows are refused): a reference per row
        # makes (text, locale, reference) distinct where the text alone repeats.
        runs = [("", True)] + ([("_noref", False)] if name == "pipeline_repeated" else [])
        for fmt in ("csv", "parquet"):
            for label, references in runs:
                outputs = []
                for jobs in (1, 2):
                    target = OUT / f"{name}.out{jobs}.{fmt}"
                    figures = run_convert(OUT / f"{name}.{fmt}", jobs, target, references)
                    figures["right"], figures["rows_out"] = _converted_right(target, expected)
                    figures["rows_per_s"] = rows / figures["seconds"]
                    figures["rows_per_cpu_s"] = rows / figures["cpu_seconds"]
                    outputs.append(target.read_bytes() if fmt == "csv" else None)
                    section[f"convert_{fmt}{label}_jobs{jobs}"] = figures
                    split = ""
                    if figures["cpu_seconds_workers"]:
                        split = (f"; CPU s main {figures['cpu_seconds_main']:.1f}, workers "
                                 + "/".join(f"{w:.1f}" for w in figures["cpu_seconds_workers"]))
                    print(f"  convert {fmt:7}{label or ' (references)'} --jobs {jobs}: "
                          f"{figures['rows_per_s']:>9,.0f} rows/s ({figures['seconds']:.1f} s,"
                          f" {figures['rows_per_cpu_s']:,.0f} rows per CPU s{split}),"
                          f" right {figures['right']:,}/{rows:,},"
                          f" peak RSS main {figures['peak_rss_mb_main']:.0f} MB"
                          + (f", worker {figures['peak_rss_mb_workers']:.0f} MB"
                             if figures["peak_rss_mb_workers"] else ""))
                one, two = (section[f"convert_{fmt}{label}_jobs{j}"]["rows_per_s"]
                            for j in (1, 2))
                section[f"convert_{fmt}{label}_speedup"] = two / one
                print(f"  convert {fmt:7}{label or ' (references)'} --jobs 2 / --jobs 1: "
                      f"{two / one:.2f}x" + ("" if fmt != "csv" else
                                            f"; outputs identical: {outputs[0] == outputs[1]}"))
                if fmt == "csv":
                    section[f"convert_csv{label}_identical"] = outputs[0] == outputs[1]
        for label, references in runs:
            figures = _child("parse_many", name, str(int(references)))
            section[f"parse_many{label}"] = figures
            print(f"  parse_many{label or ' (references)'}: {figures['rows_per_s']:,.0f} rows/s"
                  f" ({figures['rows_per_cpu_s']:,.0f} per CPU s),"
                  f" right {figures['right']:,}/{rows:,}, peak RSS "
                  f"{figures['peak_rss_mb']:.0f} MB")
        if "dateparser" not in skip:
            figures = _child("dateparser", name, str(args.sample))
            section["dateparser"] = figures
            print(f"  dateparser (row by row, {figures['rows']:,} rows): "
                  f"{figures['rows_per_s']:,.0f} rows/s, right {figures['right']:,}; "
                  f"localenorm right {figures['localenorm_right']:,} on the same rows")
        if "mixed" not in skip:
            figures = _child("mixed", name)
            section["pandas_mixed"] = figures
            print(f"  pandas.to_datetime(format='mixed'): {figures['rows_per_s']:,.0f} rows/s"
                  f" ({figures['seconds']:.1f} s), right {figures['right']:,}/{rows:,}")
        figures = _child("to_utc", name)
        section["pandas_to_utc"] = figures
        print(f"  localenorm.pandas.to_utc: {figures['seconds']:.2f} s "
              f"({figures['cpu_seconds']:.2f} CPU s) "
              f"({figures['rows_per_s']:,.0f} rows/s), peak RSS {figures['peak_rss_mb']:.0f} MB")
    if "growth" not in skip:
        growth: dict[str, Any] = {}
        report["peak_rss_growth"] = growth
        print("\npeak RSS of convert --jobs 1 as rows grow (main process):")
        for name in NAMES:
            for fmt in ("csv", "parquet"):
                line = []
                for count in map(int, args.growth.split(",")):
                    source = _prefix(name, count, fmt)
                    figures = run_convert(source, 1, OUT / f"growth.out.{fmt}")
                    growth[f"{name}_{fmt}_{count}"] = figures["peak_rss_mb_main"]
                    line.append(f"{count:,}: {figures['peak_rss_mb_main']:.0f} MB")
                print(f"  {name} {fmt}: " + ", ".join(line))
    report["load_after"] = os.getloadavg()
    print(f"\nload average {os.getloadavg()[0]:.1f}")
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
