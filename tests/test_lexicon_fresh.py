"""The packaged lexicon is exactly what the committed generator makes from babel's CLDR."""

from __future__ import annotations

import json
import pathlib

from tests.packaged import generator

ROOT = pathlib.Path(__file__).resolve().parent.parent



def test_packaged_lexicon_is_fresh() -> None:
    gen = generator("generate_lexicon")
    fresh = gen.render(gen.build())
    packaged = (ROOT / "localenorm" / "_data" / "lexicon.json").read_text(encoding="utf-8")
    assert fresh == packaged, "run: python data/generate_lexicon.py"


def test_provenance_is_recorded() -> None:
    import babel

    about = json.loads((ROOT / "localenorm" / "_data" / "lexicon.json").read_text(
        encoding="utf-8"))["about"]
    assert about["babel"] == babel.__version__
    assert about["cldr"]
    assert about["curated"]
