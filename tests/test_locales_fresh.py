"""The packaged locale table is exactly what the committed generator makes from babel's CLDR,
and it is read on the first call, not at import."""

from __future__ import annotations

import json
import pathlib

from tests.packaged import generator, tables_read

ROOT = pathlib.Path(__file__).resolve().parent.parent
PACKAGED = ROOT / "localenorm" / "_data" / "locales.json"


def test_packaged_locales_are_fresh() -> None:
    gen = generator("generate_locales")
    fresh = gen.render(gen.build())
    assert fresh == PACKAGED.read_text(encoding="utf-8"), "run: python data/generate_locales.py"


def test_provenance_is_recorded() -> None:
    import babel

    about = json.loads(PACKAGED.read_text(encoding="utf-8"))["about"]
    assert about["babel"] == babel.__version__
    assert about["cldr"]


def test_read_on_first_use_only() -> None:
    steps = tables_read(["localenorm.normalize_locale('pt_BR')"])
    assert "locales.json" not in steps[0]
    assert "locales.json" in steps[1]
