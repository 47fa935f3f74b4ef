"""The packaged relative-time table is exactly what the committed generator makes."""

from __future__ import annotations

import importlib.util
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "generate_relative", ROOT / "data" / "generate_relative.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_packaged_relative_table_is_fresh() -> None:
    gen = _generator()
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
    import subprocess
    import sys

    # Every packaged file is opened through builtins.open (see localenorm._packaged).
    code = "\n".join([
        "import builtins",
        "seen = []",
        "real = builtins.open",
        "def spy(f, *a, **k):",
        "    seen.append(str(f))",
        "    return real(f, *a, **k)",
        "builtins.open = spy",
        "import localenorm",
        "tables = lambda: sorted(s.rsplit('/', 1)[-1] for s in seen if '_data' in s)",
        "assert tables() == [], tables()",
        "localenorm.parse('23 Oct 2023')",
        "assert tables() == ['lexicon.json'], tables()",
        "localenorm.parse_duration('5 min')",
        "assert 'relative.json' in tables(), tables()",
    ])
    subprocess.run([sys.executable, "-c", code], check=True)
