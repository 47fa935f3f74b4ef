"""The packaged relative-time table is exactly what the committed generator makes."""

from __future__ import annotations

import json
import pathlib

from tests.packaged import generator, tables_read

ROOT = pathlib.Path(__file__).resolve().parent.parent



def test_packaged_relative_table_is_fresh() -> None:
    gen = generator("generate_relative")
    fresh = gen.render(gen.build())
    packaged = (ROOT / "localenorm" / "_data" / "relative.json").read_text(encoding="utf-8")
    assert fresh == packaged, "run: python data/generate_relative.py"


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
