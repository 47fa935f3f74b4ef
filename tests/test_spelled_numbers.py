"""The packaged spelled-out numbers (``localenorm/_data/spelled_numbers.json``): fresh from the
committed generator, unambiguous, and what a second implementation of CLDR's rule-based
number formats (``unicode-rbnf``, pure Python, independent of ICU) spells too."""

from __future__ import annotations

import json
import pathlib

import pytest
from unicode_rbnf import RbnfEngine

from tests.packaged import generator

ROOT = pathlib.Path(__file__).resolve().parent.parent
TABLE = json.loads((ROOT / "localenorm/_data/spelled_numbers.json").read_text(encoding="utf-8"))


def forms(locale: str, rule_set: str) -> list[str]:
    text: str = TABLE["locales"][locale][rule_set]
    if text.startswith("="):
        text = TABLE["locales"][locale][text[1:]]
    return text.split("|")


def test_packaged_numbers_are_fresh() -> None:
    gen = generator("generate_spelled_numbers")
    fresh = gen.generated.render(gen.build())
    packaged = (ROOT / "localenorm/_data/spelled_numbers.json").read_text(encoding="utf-8")
    assert fresh == packaged, "run: python data/generate_spelled_numbers.py"


RULE_SETS = sorted((loc, name) for loc, sets in TABLE["locales"].items() for name in sets)


@pytest.mark.parametrize(("locale", "rule_set"), RULE_SETS)
def test_every_value_has_its_own_spelling(locale: str, rule_set: str) -> None:
    # A reader maps a word back to one number: two values spelled alike would be ambiguous.
    spelled = forms(locale, rule_set)
    assert len(spelled) == 101
    assert len(set(spelled)) == len(spelled)
    assert all(s.strip() and "\xad" not in s for s in spelled)


# Where the two implementations differ, each a reading of its own CLDR release's rules
# (unicode-rbnf's rules are older than ICU 77's): ICU is followed, and the difference is
# documented here so that a new one fails.
KNOWN_DIFFERENCES = {
    ("ak", "spellout-numbering-year"), ("hu", "spellout-ordinal"),
    ("hu", "spellout-ordinal-verbose"), ("ja", "spellout-numbering-year-latn"),
    ("lt", "spellout-cardinal-feminine-accusative"), ("lt", "spellout-numbering-year"),
    ("ro", "spellout-cardinal-feminine"), ("ro", "spellout-cardinal-masculine"),
    ("ro", "spellout-cardinal-neuter"), ("ro", "spellout-numbering"),
    ("ro", "spellout-numbering-year"), ("sk", "spellout-cardinal-feminine"),
    ("sk", "spellout-cardinal-masculine"), ("sk", "spellout-cardinal-neuter"),
    ("sk", "spellout-numbering"), ("sk", "spellout-numbering-year"),
    ("sl", "spellout-cardinal-masculine"), ("sl", "spellout-numbering"),
    ("sl", "spellout-numbering-year"), ("ta", "spellout-ordinal"),
}


def theirs(engine: RbnfEngine, n: int, rule_set: str) -> str | None:
    try:
        return engine.format_number(n, ruleset_names=[rule_set]).text.replace("\xad", "")
    except Exception:  # unicode-rbnf has no rule for some values of some rule sets
        return None
SUPPORTED = set(RbnfEngine.get_supported_languages())
SHARED = [(loc, name) for loc, name in RULE_SETS
          if loc in SUPPORTED and name.startswith("spellout")
          and name in RbnfEngine.for_language(loc).rulesets]


def test_the_second_implementation_covers_most_rule_sets() -> None:
    # The comparison below is meaningful only if it compares something.
    assert len(SHARED) > 0.6 * len([r for r in RULE_SETS if r[1].startswith("spellout")])


@pytest.mark.parametrize(("locale", "rule_set"), SHARED)
def test_agrees_with_unicode_rbnf(locale: str, rule_set: str) -> None:
    engine = RbnfEngine.for_language(locale)
    other = [theirs(engine, n, rule_set) for n in range(101)]
    differ = [n for n, (a, b) in enumerate(zip(forms(locale, rule_set), other, strict=True))
              if a != b]
    if (locale, rule_set) in KNOWN_DIFFERENCES:
        assert differ, "no longer differs: drop it from KNOWN_DIFFERENCES"
    else:
        assert not differ, [(n, forms(locale, rule_set)[n], other[n]) for n in differ[:5]]
