"""Command line: ``localenorm parse`` and ``localenorm demo`` (``locale`` and ``number`` live
in ``_cli_locale``).

One line out per input, in input order; a failed input prints its error on stderr (and an
error row in ``--json``/``--csv`` output) and the rest go on; the exit status is 1 if any
input failed.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any, TextIO

from localenorm import _cli_locale
from localenorm._checked import parse
from localenorm._errors import ParseError
from localenorm._result import ParseResult

DEMO = (
    ("أكتوبر ٢٣, ٢٠٢٣ at ١٧:٤٣ GMT +00:00 · Published", None),
    ("Monday, October 23, 2023 at 5:43 PM", "en-US"),
    ("23 de octubre de 2023, 17:43", None),
    ("2023年10月23日 17時43分", None),
    ("23.10.2023 17.43", "fi"),
    ("2023년 10월 23일 오후 5시 43분", None),
    ("۲۳ اکتبر ۲۰۲۳، ساعت ۱۷:۴۳", "fa"),
    ("Mon, 23 Oct 2023 17:43:00 +0000", None),
    ("01/02/2023", None),
    ("31 février 2023", "fr"),
)

# The shell's status for a process ended by SIGPIPE (128 + 13).
_BROKEN_PIPE = 141

FIELDS = ("input", "iso", "utc", "date", "grain", "locale", "calendar", "offset", "zone",
          "zone_source", "assumptions", "error")


def _row(text: str, result: ParseResult | None, error: ParseError | None) -> dict[str, Any]:
    if result is None:
        assert error is not None
        return {"input": text, "iso": None, "utc": None, "date": None, "grain": None,
                "locale": None, "calendar": None, "offset": None, "zone": None,
                "zone_source": None, "assumptions": [],
                "error": f"{type(error).__name__}: {error.reason}"}
    offset = result.offset.total_seconds() if result.offset is not None else None
    return {"input": text, "iso": result.iso,
            "utc": result.utc.isoformat() if result.utc else None,
            "date": result.date.isoformat(), "grain": result.grain, "locale": result.locale,
            "calendar": result.calendar, "offset": offset, "zone": result.zone,
            "zone_source": result.zone_source,
            "assumptions": list(result.assumptions), "error": None}


def _lines(args: argparse.Namespace, stdin: TextIO) -> Iterator[str]:
    if args.text:
        yield from args.text
        return
    sources: Iterable[TextIO] = [stdin]
    if args.input:
        sources = (sys.stdin if name == "-" else open(name, encoding="utf-8")  # noqa: SIM115
                   for name in args.input)
    for handle in sources:
        try:
            for line in handle:
                yield line.rstrip("\r\n")
        finally:
            if handle is not stdin and handle is not sys.stdin:
                handle.close()


def _run_parse(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    reference = None
    if args.reference:
        try:
            reference = datetime.fromisoformat(args.reference.replace("Z", "+00:00"))
        except ValueError:
            print(f"localenorm: --reference {args.reference!r} is not an ISO datetime", file=err)
            return 2
    writer = csv.DictWriter(out, fieldnames=FIELDS) if args.format == "csv" else None
    if writer is not None:
        writer.writeheader()
    failed = 0
    total = 0
    started = time.monotonic()
    last_report = started
    for text in _lines(args, stdin):
        total += 1
        result: ParseResult | None = None
        error: ParseError | None = None
        try:
            result = parse(text, locale=args.locale, default_tz=args.tz, reference=reference,
                           prefer=args.prefer, calendar=args.calendar, strict=args.strict,
                           disambiguate=args.disambiguate)
        except ParseError as exc:
            error = exc
            failed += 1
            print(f"localenorm: {exc}", file=err)
        if args.format == "text":
            print(result.iso if result else "", file=out)
        elif args.format == "json":
            print(json.dumps(_row(text, result, error), ensure_ascii=False), file=out)
        else:
            row = _row(text, result, error)
            row["assumptions"] = "; ".join(row["assumptions"])
            assert writer is not None
            writer.writerow(row)
        now = time.monotonic()
        if args.progress and now - last_report >= 1.0:
            last_report = now
            rate = total / max(now - started, 1e-9)
            print(f"localenorm: {total:,} lines, {failed:,} failed, {rate:,.0f}/s",
                  file=err, flush=True)
    if args.progress:
        print(f"localenorm: done, {total:,} lines, {failed:,} failed", file=err)
    return 1 if failed else 0


def _run_demo(out: TextIO) -> int:
    for text, locale in DEMO:
        hint = f" [locale={locale}]" if locale else ""
        try:
            result = parse(text, locale=locale)
            answer = result.iso
            notes = "; ".join(result.assumptions)
            print(f"{text!r}{hint}\n  -> {answer}  (locale {result.locale}"
                  + (f"; {notes}" if notes else "") + ")", file=out)
        except ParseError as exc:
            print(f"{text!r}{hint}\n  -> {type(exc).__name__}: {exc.reason}", file=out)
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="localenorm",
        description="Timestamps as web pages print them, in any locale, to ISO-8601 UTC.")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse timestamps from arguments, files or stdin")
    p.add_argument("text", nargs="*", help="texts to parse (default: one per stdin line)")
    p.add_argument("--locale", help="locale hint, BCP 47 or POSIX (ar-EG, pt_BR)")
    p.add_argument("--tz", default="UTC",
                   help="zone of times that state none: IANA name or offset (default UTC)")
    p.add_argument("--reference", help="reference time (ISO 8601, with offset)")
    p.add_argument("--prefer", choices=("past", "future", "nearest"), default="past",
                   help="side of the reference for dates without a year (default past)")
    p.add_argument("--calendar", help="impose a calendar (persian, islamic-umalqura, ...)")
    p.add_argument("--strict", action="store_true",
                   help="refuse ambiguous zone abbreviations instead of taking the default")
    p.add_argument("--disambiguate", choices=("compatible", "earlier", "later", "raise"),
                   default="compatible", help="local times in a DST gap or fold")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", dest="format", action="store_const", const="json",
                     help="one JSON object per input (JSON Lines)")
    fmt.add_argument("--csv", dest="format", action="store_const", const="csv",
                     help="CSV with a header row")
    p.add_argument("--input", "-i", action="append",
                   help="read lines from this file ('-' for stdin); repeatable")
    p.add_argument("--progress", action="store_true",
                   help="report progress on stderr about once a second")
    p.set_defaults(format="text")
    sub.add_parser("demo", help="parse built-in examples and show what was assumed")
    _cli_locale.add_commands(sub)
    return ap


def main(argv: list[str] | None = None, *, stdin: TextIO | None = None,
         stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    args = build_parser().parse_args(argv)
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    try:
        if args.command == "demo":
            return _run_demo(out)
        if args.command in _cli_locale.COMMANDS:
            return _cli_locale.run(args, stdin or sys.stdin, out, err)
        return _run_parse(args, stdin or sys.stdin, out, err)
    except BrokenPipeError:
        # The reader went away ('localenorm parse < big.txt | head'): stop quietly, as other
        # filters do. Python would still flush stdout at exit and print a second error, so
        # stdout is pointed at the null device first.
        if out is sys.stdout:
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, sys.stdout.fileno())
        return _BROKEN_PIPE


if __name__ == "__main__":
    raise SystemExit(main())
