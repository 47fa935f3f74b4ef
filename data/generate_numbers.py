#!/usr/bin/env python3
"""Generate ``localenorm/_data/numbers.json``: how every CLDR locale writes numbers, for
``localenorm.parse_number``.

Run from the project root with babel installed (the test extras pin its version):

    python data/generate_numbers.py            # rewrite the packaged table
    python data/generate_numbers.py --check    # exit 1 if the packaged table is stale

From each babel locale: the decimal and group separators of its Latin digits, of its default
numbering system and of its native one (a system without symbols of its own uses the Latin
ones, as CLDR says, and babel's defaults, as babel prints), its grouping in decimals and in
percentages (``#,##0`` groups of three, ``#,##,##0`` the Indian lakh and crore), and its
compact decimal patterns, short and long, in every plural form
(``0K``, ``0 ألف``, ``0 Mio'.'``, ``0万``, ``elfu 0``): each pattern is stored as its prefix,
its suffix, whether a space parts them from the number, and the power of ten it multiplies
the printed number by (the pattern's type over its zeros: ``00K`` under 10000 is 10^3).
Affixes and separators are stored as ``localenorm._numbers.normalized`` writes them
(invisible bidi marks dropped, every space one ``" "``, digits ASCII), the form the parser
reads a text in. Also the sign, percent, per-mille and exponent symbols of every locale, and
which locales write which digits (``data/curated/numbers/digits.json`` names each
numbering system's zero: babel does not carry CLDR's digit lists).

Output layout (deterministic: sorted keys, compact, no timestamps)::

    about        provenance: babel and CLDR versions, generator, curated file
    conventions  [decimal, group, primary group size, secondary group size] (0: no groups)
    compact      tables of [prefix, suffix, gap, power of ten]; gap bit 1: a space after
                 the prefix, bit 2: a space before the suffix
    profiles     [[[convention index, zero of the digits it is for], ...], compact table]:
                 "0" for Latin digits, "" for a system without decimal digits
    locales      babel identifier -> profile index
    symbols      plus, minus, percent, permille, exponent: every locale's, sorted
    digits       zero digit -> the locales (space-separated) that write those digits by
                 default or natively
"""

from __future__ import annotations

import itertools
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import babel
from babel import Locale
from babel.core import get_global
from babel.localedata import locale_identifiers
from babel.numbers import get_decimal_symbol, get_group_symbol

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from data import _generated as generated  # noqa: E402  (needs the path set above)

render = generated.render

from localenorm._numbers import normalized, separator  # noqa: E402  (needs the path set above)

OUT = ROOT / "localenorm" / "_data" / "numbers.json"
DIGITS = ROOT / "data" / "curated" / "numbers" / "digits.json"

_QUOTED = re.compile(r"'([^']*)'")


def cldr_version() -> str:
    return str(get_global("cldr")["version"])


def unquote(affix: str) -> str:
    """A pattern affix as printed: CLDR quotes literal characters ('Mio'.'', ''' for ')."""
    return _QUOTED.sub(lambda m: m.group(1) or "'", affix)


def _symbols(loc: Locale, system: str) -> dict[str, str]:
    latn = loc.number_symbols["latn"]
    own = loc.number_symbols.get(system, {})
    out = {}
    for name in ("decimal", "group", "plusSign", "minusSign", "percentSign", "perMille",
                 "exponential"):
        value = own.get(name) or latn.get(name)
        if value:
            out[name] = value
    return out


def _systems(loc: Locale) -> list[str]:
    systems = {"latn", loc.default_numbering_system}
    native = (loc.other_numbering_systems or {}).get("native")
    if native:
        systems.add(native)
    return sorted(systems)


def _groupings(loc: Locale) -> list[tuple[int, int]]:
    """The grouping of the locale's decimal pattern, and of its percent pattern where that
    differs ('%\u00a0#,#0' groups by two)."""
    out = []
    for pattern in (loc.decimal_formats[None], loc.percent_formats[None]):
        primary, secondary = pattern.grouping
        # '0.######' (en_US_POSIX) groups nothing; babel writes that as groups of 1000.
        grouping = (0, 0) if primary >= 1000 else (primary, secondary)
        if grouping not in out:
            out.append(grouping)
    return out


def _affix(raw: str) -> tuple[str, bool]:
    """The affix as a text prints it, and whether a space parts it from the number."""
    text = normalized(unquote(raw))
    return " ".join(text.split()), text != text.strip()


def compact_table(loc: Locale) -> list[list[object]]:
    found: set[tuple[str, str, int, int]] = set()
    for width in ("short", "long"):
        for forms in (loc.compact_decimal_formats.get(width) or {}).values():
            for magnitude, pattern in forms.items():
                prefix, gap_before = _affix(pattern.prefix[0])
                suffix, gap_after = _affix(pattern.suffix[0])
                if not prefix and not suffix:
                    continue  # '0': the number is printed as it is
                zeros = pattern.int_prec[0]
                power = len(magnitude) - 1 - (zeros - 1)
                gap = (1 if prefix and gap_before else 0) | (2 if suffix and gap_after else 0)
                found.add((prefix, suffix, gap, power))
    return [list(entry) for entry in sorted(found)]


def digit_zeros() -> dict[str, str]:
    zeros: dict[str, str] = json.loads(DIGITS.read_text(encoding="utf-8"))["zeros"]
    out = {}
    for system, name in zeros.items():
        zero = unicodedata.lookup(name)
        digits = [unicodedata.decimal(chr(ord(zero) + i), -1) for i in range(10)]
        if digits != list(range(10)):
            raise SystemExit(f"{DIGITS.name}: {system}: {name} does not start ten digits")
        out[system] = zero
    return out


def build() -> dict[str, object]:
    zeros = digit_zeros()
    conventions: dict[tuple[str, str, int, int], int] = {}
    tables: dict[str, int] = {}
    profiles: dict[tuple[tuple[tuple[int, str], ...], int], int] = {}
    locales: dict[str, int] = {}
    symbols: dict[str, set[str]] = defaultdict(set)
    digits: dict[str, set[str]] = defaultdict(set)
    compact_rows: list[list[list[object]]] = []
    for identifier in sorted(locale_identifiers()):
        if identifier == "root":
            continue
        loc = Locale.parse(identifier)
        convs = set()
        for system in _systems(loc):
            syms = _symbols(loc, system)
            # CLDR's symbols, and babel's where a system has none of its own: babel then
            # prints '.' and ',' (ff_Adlm's Adlam digits), not the Latin ones CLDR inherits.
            pairs = {(separator(syms["decimal"]), separator(syms["group"])),
                     (separator(get_decimal_symbol(loc, numbering_system=system)),
                      separator(get_group_symbol(loc, numbering_system=system)))}
            zero = zeros.get(system, "")
            for (dec, grp), (primary, secondary) in itertools.product(sorted(pairs),
                                                                       _groupings(loc)):
                key = (dec, grp, primary, secondary)
                convs.add((conventions.setdefault(key, len(conventions)), zero))
            for name, kind in (("plusSign", "plus"), ("minusSign", "minus"),
                               ("percentSign", "percent"), ("perMille", "permille"),
                               ("exponential", "exponent")):
                value = normalized(syms.get(name, "")).strip()
                # A symbol with digits in it ('0/00', POSIX per mille) cannot be told from
                # the number it follows.
                if value and not any(ch.isdigit() for ch in value.replace("10^", "")):
                    symbols[kind].add(value)
            if system in zeros and system != "latn":
                digits[zeros[system]].add(identifier)
        table = compact_table(loc)
        text = json.dumps(table, ensure_ascii=False)
        if text not in tables:
            tables[text] = len(tables)
            compact_rows.append(table)
        profile = (tuple(sorted(convs)), tables[text])
        locales[identifier] = profiles.setdefault(profile, len(profiles))
    return {
        "about": {
            "babel": babel.__version__,
            "cldr": cldr_version(),
            "curated": "data/curated/numbers/digits.json",
            "generator": "data/generate_numbers.py",
        },
        "conventions": [list(c) for c in conventions],
        "compact": compact_rows,
        "profiles": [[[list(c) for c in convs], table] for convs, table in profiles],
        "locales": locales,
        "symbols": {kind: sorted(values) for kind, values in sorted(symbols.items())},
        "digits": {zero: " ".join(sorted(ids)) for zero, ids in sorted(digits.items())},
    }


def main() -> int:
    return generated.main((__doc__ or "").splitlines()[0], build, OUT, ROOT,
                          "data/generate_numbers.py")


if __name__ == "__main__":
    raise SystemExit(main())
