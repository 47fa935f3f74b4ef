"""Command line: ``localenorm locale TAG ...`` and ``localenorm number TEXT ... [--locale L]``.

The conventions of ``localenorm parse``: inputs from arguments, else one per stdin line or
``--input`` file line; one output line per input, in order (an empty line for a failed one
in plain output); ``--json`` (JSON Lines) or ``--csv`` (with a header) rows with an
``error`` column; errors on stderr; exit status 1 if any input failed.
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from collections.abc import Callable
from typing import Any, TextIO

from localenorm._errors import ParseError

COMMANDS = frozenset({"locale", "number"})

LOCALE_FIELDS = ("input", "locale", "error")
NUMBER_FIELDS = ("input", "value", "locale", "assumptions", "error")


def add_commands(sub: Any) -> None:
    """Add the ``locale`` and ``number`` subcommands to ``sub`` (argparse subparsers)."""
    p = sub.add_parser("locale", help="canonical BCP 47 tags of locale tags or names")
    p.add_argument("text", nargs="*",
                   help="tags or names (ar_EG.UTF-8, iw, 'Deutsch (Schweiz)'); default: "
                        "one per stdin line")
    _common(p)
    p = sub.add_parser("number", help="numbers as pages print them, read exactly")
    p.add_argument("text", nargs="*",
                   help="numbers ('1.234,56', '١٫٢ ألف', '1,2 Mio.'); default: one per "
                        "stdin line")
    p.add_argument("--locale", help="the locale the numbers are written in (any spelling)")
    _common(p)


def _common(p: argparse.ArgumentParser) -> None:
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


def run(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    """Run the ``locale`` or ``number`` command; the exit status."""
    from localenorm.cli import _lines

    if args.command == "locale":
        from localenorm._locales import normalize_locale

        def locale_row(text: str) -> tuple[str, dict[str, Any]]:
            tag = normalize_locale(text)
            return tag, {"input": text, "locale": tag, "error": None}

        return _each(args, (text for _, text in _lines(args, stdin, "utf-8")), out, err,
                 LOCALE_FIELDS, locale_row)

    from localenorm._numbers import parse_number

    if args.locale is not None:
        try:
            parse_number("0", locale=args.locale)
        except ParseError as exc:
            print(f"localenorm: --locale {exc}", file=err)
            return 2

    def number_row(text: str) -> tuple[str, dict[str, Any]]:
        r = parse_number(text, locale=args.locale)
        value = str(r.value)
        return value, {"input": text, "value": value, "locale": r.locale,
                       "assumptions": list(r.assumptions), "error": None}

    return _each(args, (text for _, text in _lines(args, stdin, "utf-8")), out, err,
                 NUMBER_FIELDS, number_row)


def _each(args: argparse.Namespace, texts: Any, out: TextIO, err: TextIO,
          fields: tuple[str, ...],
          read: Callable[[str], tuple[str, dict[str, Any]]]) -> int:
    writer = csv.DictWriter(out, fieldnames=fields) if args.format == "csv" else None
    if writer is not None:
        writer.writeheader()
    failed = total = 0
    started = last_report = time.monotonic()
    for text in texts:
        total += 1
        try:
            shown, row = read(text)
        except ParseError as exc:
            failed += 1
            print(f"localenorm: {exc}", file=err)
            shown = ""
            row = {name: None for name in fields}
            row.update(input=text, error=f"{type(exc).__name__}: {exc.reason}")
            if "assumptions" in row:
                row["assumptions"] = []
        if args.format == "text":
            print(shown, file=out)
        elif args.format == "json":
            print(json.dumps(row, ensure_ascii=False), file=out)
        else:
            if "assumptions" in row:
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
