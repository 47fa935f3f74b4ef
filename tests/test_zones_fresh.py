"""The packaged zone table is exactly what the committed generator makes from babel's CLDR,
the tzdata package and the curated file."""

from __future__ import annotations

import json
import pathlib

from tests.packaged import generator

ROOT = pathlib.Path(__file__).resolve().parent.parent
PACKAGED = ROOT / "localenorm" / "_data" / "zones.json"



def test_packaged_zones_are_fresh() -> None:
    gen = generator("generate_zones")
    fresh = gen.files(gen.build())
    assert set(fresh) == {PACKAGED, PACKAGED.with_name("zone_names.txt"),
                          PACKAGED.with_name("zone_words.txt")}
    for path, text in fresh.items():
        assert text == path.read_text(encoding="utf-8"), "run: python data/generate_zones.py"


def test_provenance_is_recorded() -> None:
    import babel
    import tzdata

    about = json.loads(PACKAGED.read_text(encoding="utf-8"))["about"]
    assert about["babel"] == babel.__version__
    assert about["tzdata"] == tzdata.IANA_VERSION
    assert about["cldr"] and about["curated"]
