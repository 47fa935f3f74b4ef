"""The package as installed: compiled with mypyc where the install could (``setup.py``), the
same answers as its Python source, and never older than that source."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from babel.dates import format_date, format_datetime

import localenorm
from localenorm import _api
from tests.strategies import ALL_LOCALES

PACKAGE = Path(localenorm.__file__).resolve().parent

# Texts that go down every path: machine formats, CLDR dates and times with and without a
# hint, names replayed by shape and by signature, zones, calendars, relative phrases, clock
# phrases, durations and refusals of each kind.
_TEXTS = [
    ("2023-10-23T17:43:00+03:00", None), ("Mon, 23 Oct 2023 17:43:00 GMT", None),
    ("أكتوبر ٢٣, ٢٠٢٣ at ١٧:٤٣ GMT +00:00 · Published", None),
    ("23 Oct 2023", "en"), ("5 Nov 2023", "en"), ("Tuesday, October 24, 2023", "en-US"),
    ("Friday, December 1, 2023 at 5:43:07 PM Coordinated Universal Time", "en"),
    ("23 octobre 2023 à 17:43", "fr"), ("Montag, 23. Oktober 2023 um 17:43 MESZ", "de"),
    ("2023년 10월 23일 오후 5시 43분", None), ("令和5年10月23日", "ja"),
    ("١٤ ربيع الآخر ١٤٤٥ هـ", "ar"), ("۱ آبان ۱۴۰۲", "fa"), ("23 ตุลาคม 2566", "th"),
    ("23.10.2023 klo 17.43", "fi"), ("17:43 МСК 23.10.2023", "ru"), ("15:00 IST", "en-IN"),
    ("01/02/2023", None), ("01/02/2023", "en-US"), ("22.06.10", None), ("30 Feb 2023", "en"),
    ("vor 3 Tagen", "de"), ("منذ ساعتين", "ar"), ("yesterday at 17:43", "en"), ("कल", "hi"),
    ("next Friday", "en"), ("at 7 pm", "en"), ("23 Oct", "en"), ("17:43", None),
    ("Updated 5 minutes ago", "en"), ("", None), ("nonsense words", None), ("٠٠:٠٥:٢١", None),
]
_REFERENCE = datetime(2023, 10, 25, 12, 0, tzinfo=UTC)


def _babel_texts() -> list[tuple[str, str | None]]:
    """A seeded sample of CLDR dates and date-times over all locales, each with its
    locale and without: the shape and signature caches replay most of them."""
    rng = random.Random(20231023)
    out: list[tuple[str, str | None]] = []
    for locale in rng.sample(ALL_LOCALES, 120):
        for width in ("full", "long", "medium", "short"):
            instant = datetime(1990, 1, 1, tzinfo=UTC) + timedelta(
                seconds=rng.randrange(46 * 365 * 86400))
            text = format_datetime(instant, width, tzinfo=UTC, locale=locale) \
                if rng.random() < 0.6 else format_date(instant.date(), width, locale=locale)
            out += [(text, locale), (text, None)]
    return out

_CHILD = """
import json, sys
from datetime import datetime
import localenorm
texts, reference = json.loads(sys.argv[1]), datetime.fromisoformat(sys.argv[2])
out = []
for text, locale in texts:
    try:
        out.append(localenorm.parse(text, locale=locale, reference=reference).iso)
    except localenorm.ParseError as exc:
        out.append(type(exc).__name__ + ": " + str(exc))
    try:
        out.append(str(localenorm.parse_duration(text).timedelta))
    except localenorm.ParseError as exc:
        out.append(type(exc).__name__)
print(json.dumps([localenorm.__file__, out]))
"""


def _answers(texts: list[tuple[str, str | None]],
             python_path: Path | None) -> tuple[str, list[str]]:
    env = None if python_path is None else {"PYTHONPATH": str(python_path)}
    proc = subprocess.run(
        [sys.executable, "-P", "-c", _CHILD, json.dumps(texts), _REFERENCE.isoformat()],
        capture_output=True, text=True, check=True, env=env)
    where, out = json.loads(proc.stdout)
    return where, out


def test_compiled_modules_are_no_older_than_their_source() -> None:
    # An editable install compiles in place: after an edit, the stale extension would be
    # what imports and what the tests test. Reinstall (pip install -e .) after editing, or
    # install with LOCALENORM_PURE_PYTHON=1 to work on the source alone.
    stale = [built.name for built in PACKAGE.glob("*.so")
             if (PACKAGE / (built.name.split(".")[0] + ".py")).stat().st_mtime
             > built.stat().st_mtime]
    assert not stale, f"rebuild these (pip install -e .): {stale}"


def test_compiled_and_python_source_give_the_same_answers(tmp_path: Path) -> None:
    source = tmp_path / "localenorm"
    shutil.copytree(PACKAGE, source, ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    texts = _TEXTS + _babel_texts()
    installed_at, installed = _answers(texts, None)
    source_at, from_source = _answers(texts, tmp_path)
    assert Path(source_at).parent == source  # (the copy without extensions was read)
    assert Path(installed_at).parent == PACKAGE
    assert installed == from_source


WRONG_TYPES = [
    lambda: localenorm.parse(b"23 Oct 2023"),  # type: ignore[arg-type]
    lambda: localenorm.parse("23 Oct 2023", locale=5),  # type: ignore[arg-type]
    lambda: localenorm.parse("23 Oct 2023", default_tz=3),  # type: ignore[arg-type]
    lambda: localenorm.parse("23 Oct", reference="2023-10-25"),  # type: ignore[arg-type]
    lambda: localenorm.to_utc_iso(None),  # type: ignore[arg-type]
    lambda: localenorm.parse_duration(5),  # type: ignore[arg-type]
]


@pytest.mark.parametrize("call", WRONG_TYPES)
def test_wrong_argument_types_are_option_errors(call: object) -> None:
    # Compiled stages refuse other types with TypeError; the public functions check first.
    with pytest.raises(localenorm.OptionError, match="must be"):
        call()  # type: ignore[operator]


def test_flags_take_any_truth_value() -> None:
    assert localenorm.parse("23 Oct 2023", locale="en", use_plans=0).iso == "2023-10-23"  # type: ignore[arg-type]
    assert _api.parse("23 Oct 2023", locale="en").iso == "2023-10-23"
