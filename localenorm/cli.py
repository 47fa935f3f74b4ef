"""Command line: ``localenorm parse``, ``localenorm convert`` and ``localenorm demo``
(``locale`` and ``number`` live in ``_cli_locale``).

One line out per input, in input order; a failed input prints its error on stderr (and an
error row in ``--json``/``--csv`` output) and the rest go on; the exit status is 1 if any
input failed, 2 if an option is unusable or an input unreadable (before any row is read).
Input is read as bytes in ``--encoding``: a line with bytes that are not of it is that
line's error, and output is written in whatever encoding the output stream has.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from collections.abc import Iterator
from typing import Any, TextIO

from localenorm import _cli_locale, _cliio, _convert
from localenorm._checked import parse
from localenorm._epoch import EPOCHS
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


def _row(text: str, result: ParseResult | None, error: ParseError | str | None
         ) -> dict[str, Any]:
    if result is None:
        assert error is not None
        return {"input": _cliio.replaced(text), "iso": None, "utc": None, "date": None,
                "grain": None, "locale": None, "calendar": None, "offset": None, "zone": None,
                "zone_source": None, "assumptions": [],
                "error": error if isinstance(error, str) else _cliio.describe(error)}
    offset = result.offset.total_seconds() if result.offset is not None else None
    return {"input": text, "iso": result.iso,
            "utc": result.utc.isoformat() if result.utc else None,
            "date": result.date.isoformat(), "grain": result.grain, "locale": result.locale,
            "calendar": result.calendar, "offset": offset, "zone": result.zone,
            "zone_source": result.zone_source,
            "assumptions": list(result.assumptions), "error": None}


def _lines(args: argparse.Namespace, stdin: TextIO, encoding: str
           ) -> Iterator[tuple[str, str]]:
    """(where, text) for each input: an argument, or a line of stdin or of a file."""
    if args.text:
        for number, arg in enumerate(args.text, 1):
            yield f"argument {number}", _cliio.argument_text(arg, encoding)
        return
    for name in args.input or ["-"]:
        buffer = None
        if name == "-":
            buffer = getattr(stdin, "buffer", None)
            label = "<stdin>"
            if buffer is None:  # an in-memory stream (tests): already text
                for number, line in enumerate(stdin, 1):
                    yield f"{label}:{number}", line.rstrip("\r\n")
                continue
            handle = buffer
        else:
            label = name
            handle = open(name, "rb")  # noqa: SIM115 (closed below)
        try:
            for number, line in enumerate(_cliio.lines(handle, encoding), 1):
                yield f"{label}:{number}", line
        finally:
            if handle is not buffer:
                handle.close()


def _unreadable(args: argparse.Namespace) -> str | None:
    """Why an ``--input`` file cannot be read, found before any row is."""
    for name in args.input or []:
        if name == "-":
            continue
        try:
            with open(name, "rb") as handle:
                handle.read(0)
        except OSError as exc:
            return f"cannot read {name!r}: {exc.strerror or exc}"
    return None


def _run_parse(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    reference = None
    if args.reference:
        try:
            reference = _cliio.reference_of(args.reference)
        except ValueError:
            print(f"localenorm: --reference {args.reference!r} is not an ISO datetime", file=err)
            return 2
    encoding = _cliio.input_encoding(args.encoding)
    options = {"locale": args.locale, "default_tz": args.tz, "reference": reference,
               "prefer": args.prefer, "calendar": args.calendar, "strict": args.strict,
               "disambiguate": args.disambiguate, "epoch": args.epoch}
    problem = (_cliio.option_problem(options) if encoding is not None
               else f"--encoding {args.encoding!r} is not an encoding Python knows")
    problem = problem or _unreadable(args)
    if problem is not None or encoding is None:
        print(f"localenorm: {problem}", file=err)
        return 2
    ensure_ascii = not _cliio.writes_everything(out)
    writer = csv.DictWriter(out, fieldnames=FIELDS) if args.format == "csv" else None
    if writer is not None:
        writer.writeheader()
    failed = 0
    total = 0
    started = time.monotonic()
    last_report = started
    bar = _cliio.Progress(err, total=None, unit_total="lines", enabled=args.progress)
    try:
        for where, text in _lines(args, stdin, encoding):
            total += 1
            result: ParseResult | None = None
            error: ParseError | str | None = None
            raw = _cliio.bad_bytes(text)
            if raw is not None:
                error = _cliio.encoding_error(raw, encoding)
                shown = error
            else:
                try:
                    result = parse(text, **options)
                except ParseError as exc:
                    error = exc
                    shown = f"{type(exc).__name__}: {exc}"
            if error is not None:
                failed += 1
                if not args.quiet:
                    bar.write(f"localenorm: {where}: {shown}")
            if args.format == "text":
                print(result.iso if result else "", file=out)
            elif args.format == "json":
                print(json.dumps(_row(text, result, error), ensure_ascii=ensure_ascii),
                      file=out)
            else:
                row = _row(text, result, error)
                row["assumptions"] = "; ".join(row["assumptions"])
                assert writer is not None
                writer.writerow(row)
            bar.update(1, 1)
            now = time.monotonic()
            if args.progress and bar.bar is None and now - last_report >= 1.0:
                last_report = now
                rate = total / max(now - started, 1e-9)
                print(f"localenorm: {total:,} lines, {failed:,} failed, {rate:,.0f}/s",
                      file=err, flush=True)
    except BrokenPipeError:
        raise  # (the reader of the output went away: main ends quietly)
    except OSError as exc:
        bar.close()
        print(f"localenorm: reading stopped after {total:,} lines: {exc}", file=err)
        return 2
    bar.close()
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
                   help="show progress on stderr: a bar on a terminal, else a line a second")
    p.add_argument("--encoding", default="utf-8",
                   help="encoding of stdin, files and arguments (default utf-8; a byte-order "
                   "mark is dropped)")
    p.add_argument("--epoch", choices=EPOCHS,
                   help="read bare numbers as Unix epoch times in this unit ('auto': by width)")
    p.add_argument("--quiet", action="store_true",
                   help="no per-input errors on stderr (they stay in JSON/CSV's error column)")
    p.set_defaults(format="text")
    _convert.add_parser(sub)
    sub.add_parser("demo", help="parse built-in examples and show what was assumed")
    _cli_locale.add_commands(sub)
    return ap


def main(argv: list[str] | None = None, *, stdin: TextIO | None = None,
         stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    args = build_parser().parse_args(argv)
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    for stream in (out, err):
        _cliio.never_fail_writing(stream)  # (PYTHONIOENCODING=ascii: escapes, not an end)
    try:
        if args.command == "demo":
            return _run_demo(out)
        if args.command in _cli_locale.COMMANDS:
            return _cli_locale.run(args, stdin or sys.stdin, out, err)
        if args.command == "convert":
            return _convert.run(args, stdin or sys.stdin, out, err)
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
