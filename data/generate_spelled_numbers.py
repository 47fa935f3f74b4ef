#!/usr/bin/env python3
"""Generate ``localenorm/_data/spelled_numbers.json``: numbers 0-100 spelled out by CLDR's
rule-based number formats (RBNF), every rule set of every locale that has them, read
through ICU.

Run from the project root with the test extras installed (PyICU from ``pyicu-wheels``, whose
ICU release fixes the CLDR rules used; it is a generation and test dependency only):

    python data/generate_spelled_numbers.py            # rewrite the packaged table
    python data/generate_spelled_numbers.py --check    # exit 1 if the packaged table is stale

Output (deterministic: sorted keys, no timestamps)::

    about     provenance: ICU and PyICU versions, generator, the range of values
    locales   locale -> rule set -> the spelled-out forms of 0..100 joined by "|", or
              "=<rule set>" when they are those of another rule set of the locale

Rule sets are CLDR's public ones without their '%': ``spellout-cardinal``, one per gender and
case where the language has them (``spellout-cardinal-feminine``,
``spellout-cardinal-masculine-genitive``, ``spellout-ordinal-n``), ``spellout-numbering``,
``spellout-numbering-year``, and the digit ordinals of ``digits-ordinal*`` ('1er', '2e',
'21st'). A locale is listed when ICU has rules of its own for it (not its parent's nor the
root's) and they differ from its parent's output. Soft hyphens (U+00AD, which ICU puts
inside German compounds: 'ein­und­zwanzig') are removed: pages do not show them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import icu

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from data import _generated as generated  # noqa: E402  (needs the path set above)

OUT = ROOT / "localenorm" / "_data" / "spelled_numbers.json"
LAST = 100
TAGS = (icu.URBNFRuleSetTag.SPELLOUT, icu.URBNFRuleSetTag.ORDINAL)


def rule_sets(locale: str) -> dict[str, str] | None:
    """Rule set -> the forms of 0..LAST for ``locale``, or None when ICU falls back to
    another locale's rules for it."""
    out: dict[str, str] = {}
    for tag in TAGS:
        fmt = icu.RuleBasedNumberFormat(tag, icu.Locale(locale))
        actual = str(fmt.getLocale(icu.ULocDataLocaleType.ACTUAL_LOCALE))
        if actual != locale:
            return None
        for i in range(fmt.getNumberOfRuleSetNames()):
            name = str(fmt.getRuleSetName(i))
            forms = [str(fmt.format(n, name)).replace("\xad", "") for n in range(LAST + 1)]
            if any("|" in f for f in forms):
                raise ValueError(f"{locale} {name}: a form holds '|'")
            out[name.lstrip("%")] = "|".join(forms)
    # A rule set that spells every value as another one of the locale does (Swahili's
    # numbering and cardinal) is stored as a reference to it: '=spellout-cardinal'.
    first: dict[str, str] = {}
    for name in sorted(out):
        text = out[name]
        if text in first:
            out[name] = "=" + first[text]
        else:
            first[text] = name
    return out


def parent(locale: str) -> str | None:
    parts = locale.split("_")
    return "_".join(parts[:-1]) if len(parts) > 1 else None


def build() -> dict[str, object]:
    found: dict[str, dict[str, str]] = {}
    for loc in sorted(str(name) for name in icu.Locale.getAvailableLocales()):
        sets = rule_sets(loc)
        if not sets:
            continue
        up = parent(loc)
        while up is not None and up not in found:
            up = parent(up)
        if up is not None and found[up] == sets:
            continue
        found[loc] = sets
    return {
        "about": {
            "icu": icu.ICU_VERSION,
            "pyicu": icu.VERSION,
            "generator": "data/generate_spelled_numbers.py",
            "values": [0, LAST],
        },
        "locales": found,
    }


def main() -> int:
    return generated.main((__doc__ or "").splitlines()[0], build, OUT, ROOT,
                          "data/generate_spelled_numbers.py")


if __name__ == "__main__":
    raise SystemExit(main())
