"""The packaged number table is exactly what the committed generator makes from babel's CLDR
and the curated digit list, and it is read on the first call, not at import."""

from __future__ import annotations

import json
import pathlib

from tests.packaged import generator, tables_read

ROOT = pathlib.Path(__file__).resolve().parent.parent
PACKAGED = ROOT / "localenorm" / "_data" / "numbers.json"


def test_packaged_numbers_are_fresh() -> None:
    gen = generator("generate_numbers")
    fresh = gen.render(gen.build())
    assert fresh == PACKAGED.read_text(encoding="utf-8"), "run: python data/generate_numbers.py"


def test_provenance_is_recorded() -> None:
    import babel

    about = json.loads(PACKAGED.read_text(encoding="utf-8"))["about"]
    assert about["babel"] == babel.__version__
    assert about["cldr"] and about["curated"]


def test_every_babel_locale_has_number_data() -> None:
    from tests.strategies import ALL_LOCALES

    locales = json.loads(PACKAGED.read_text(encoding="utf-8"))["locales"]
    assert set(locales) == set(ALL_LOCALES)


def test_read_on_first_use_only() -> None:
    steps = tables_read(["localenorm.parse_number('12')",
                         "localenorm.parse_number('12', locale='de')"])
    assert "numbers.json" not in steps[0]
    assert "numbers.json" in steps[1] and "locales.json" not in steps[1]
    assert "locales.json" in steps[2]
