"""The packaged relative-time table is exactly what the committed generator makes."""

from __future__ import annotations

import json
import pathlib

from tests.packaged import generator, tables_read

ROOT = pathlib.Path(__file__).resolve().parent.parent



def test_packaged_relative_table_is_fresh() -> None:
    gen = generator("generate_relative")
    fresh = gen.files(gen.build())
    assert {p.name for p in fresh} == {"relative.json", "relative_words.txt"}
    for path, text in fresh.items():
        assert text == path.read_text(encoding="utf-8"), "run: python data/generate_relative.py"


def test_provenance_is_recorded() -> None:
    import babel

    about = json.loads(
        (ROOT / "localenorm" / "_data" / "relative.json").read_text(encoding="utf-8")
    )["about"]
    assert about["babel"] == babel.__version__
    assert about["cldr"]
    assert about["curated"] == ["durations.json", "numbers.json", "phrases.json"]


def test_the_table_is_not_read_at_import() -> None:
    steps = tables_read(["localenorm.parse('23 Oct 2023')",
                         "localenorm.parse_duration('5 min')"])
    assert steps[0] == []
    assert steps[1] == ["lexicon.json"]
    assert "relative.json" in steps[2]


def test_the_word_lists_hold_every_phrase_word() -> None:
    """A dated text skips the relative reading when none of its unknown words is in the word
    lists, so a word of any phrase missing from them would make a phrase unreadable there."""
    from localenorm._relative import _vocabulary
    from localenorm._tokenize import WORD_RUN

    vocabulary = _vocabulary()
    for name in ("relative.json", "shifts.json"):
        table = json.loads((ROOT / "localenorm" / "_data" / name).read_text(encoding="utf-8"))
        del table["about"]
        # (json.dumps escapes the tabs inside keys as '\t': read as spaces.)
        text = json.dumps(table, ensure_ascii=False).replace("\\t", " ")
        missing = {w for w in WORD_RUN.findall(text) if w not in vocabulary}
        assert not missing, sorted(missing)[:10]


def test_the_relative_modules_load_on_first_need() -> None:
    """``import localenorm`` and a plain date leave the relative-time modules unloaded (they
    cost ~15 ms to import); ``parse_duration`` loads the amounts grammar alone, and a
    relative phrase all three."""
    import subprocess
    import sys

    code = (
        "import sys, localenorm\n"
        "lazy = ('localenorm._relative', 'localenorm._duration', 'localenorm._phrases')\n"
        "print([m in sys.modules for m in lazy])\n"
        "localenorm.parse('23 Oct 2023 17:43', locale='en')\n"
        "print([m in sys.modules for m in lazy])\n"
        "localenorm.parse_duration('5 min')\n"
        "print([m in sys.modules for m in lazy])\n"
        "import datetime\n"
        "localenorm.parse('3 days ago', reference=datetime.datetime(2023, 10, 25, "
        "tzinfo=datetime.timezone.utc))\n"
        "print([m in sys.modules for m in lazy])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout.split("\n")
    assert out[:4] == ["[False, False, False]", "[False, False, False]",
                       "[False, True, False]", "[True, True, True]"]
