"""The packaged lexicon is exactly what the committed generator makes from babel's CLDR."""

from __future__ import annotations

import importlib.util
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("generate_lexicon",
                                                  ROOT / "data" / "generate_lexicon.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_packaged_lexicon_is_fresh() -> None:
    gen = _generator()
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
