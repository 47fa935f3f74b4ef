"""Shared Hypothesis strategies and babel helpers for the property tests."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta, timezone
from functools import cache

from babel import Locale
from babel.localedata import locale_identifiers
from hypothesis import strategies as st

FORMATS = ("full", "long", "medium", "short")

ALL_LOCALES = tuple(loc for loc in sorted(locale_identifiers()) if loc != "root")

# Numbering systems whose digits are contiguous Unicode decimal digits, by the character
# name of their zero; found through unicodedata so no digit is typed by hand here.
_ZERO_NAMES = {
    "arab": "ARABIC-INDIC DIGIT ZERO", "arabext": "EXTENDED ARABIC-INDIC DIGIT ZERO",
    "deva": "DEVANAGARI DIGIT ZERO", "beng": "BENGALI DIGIT ZERO", "thai": "THAI DIGIT ZERO",
    "mymr": "MYANMAR DIGIT ZERO", "tibt": "TIBETAN DIGIT ZERO", "khmr": "KHMER DIGIT ZERO",
    "laoo": "LAO DIGIT ZERO", "guru": "GURMUKHI DIGIT ZERO", "gujr": "GUJARATI DIGIT ZERO",
    "orya": "ORIYA DIGIT ZERO", "telu": "TELUGU DIGIT ZERO", "knda": "KANNADA DIGIT ZERO",
    "mlym": "MALAYALAM DIGIT ZERO", "tamldec": "TAMIL DIGIT ZERO", "olck": "OL CHIKI DIGIT ZERO",
    "mtei": "MEETEI MAYEK DIGIT ZERO", "adlm": "ADLAM DIGIT ZERO", "nkoo": "NKO DIGIT ZERO",
    "java": "JAVANESE DIGIT ZERO", "sund": "SUNDANESE DIGIT ZERO", "vaii": "VAI DIGIT ZERO",
    "cakm": "CHAKMA DIGIT ZERO", "fullwide": "FULLWIDTH DIGIT ZERO",
}


@cache
def native_zero(locale: str) -> str | None:
    """The zero of the locale's native digits, if they are not ASCII."""
    loc = Locale.parse(locale)
    system = (loc.other_numbering_systems or {}).get("native") or loc.default_numbering_system
    name = _ZERO_NAMES.get(system or "")
    return unicodedata.lookup(name) if name else None


def transliterate(text: str, zero: str) -> str:
    base = ord(zero)
    return "".join(chr(base + int(ch)) if "0" <= ch <= "9" else ch for ch in text)


# Languages most pages are written in: properties that must hold exactly (not just "right
# or refused") are checked on these.
MAJOR_LOCALES = (
    "en",
    "ar",
    "ru",
    "zh",
    "es",
    "de",
    "fr",
    "ja",
    "hi",
    "tr",
    "pt",
    "fa",
    "ko",
    "pl",
    "uk",
    "id",
    "it",
    "nl",
    "vi",
    "th",
    "he",
    "el",
    "sv",
    "bn",
)

NATIVE_LOCALES = tuple(loc for loc in ALL_LOCALES if native_zero(loc))

# Whole seconds from 1970 to 2067: inside the two-digit-year window of short formats.
instants = st.integers(min_value=0, max_value=98 * 365 * 86400 - 1).map(
    lambda s: datetime(1970, 1, 1, tzinfo=timezone.utc) + timedelta(seconds=s))


def expected_iso(dt: datetime, fmt: str, with_time: bool) -> str:
    if not with_time:
        return dt.date().isoformat()
    if fmt == "short":  # short time formats print no seconds
        dt = dt.replace(second=0)
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


# Pipelines (parse_many, convert): texts that read, that are refused in each way, that need
# a locale or a reference; and any text at all.
_PIPELINE_TEMPLATES = (
    "{y}-{m:02d}-{d:02d}T{h:02d}:{mi:02d}:00Z",
    "{d} Oct {y} {h}:{mi:02d}",
    "{d:02d}.{m:02d}.{y} {h:02d}:{mi:02d}",
    "{m:02d}/{d:02d}/{y}",
    "{d} février {y}",
    "vor {h} Stunden",
    "{h} hours ago",
    "{d} Oct",
    "Monday",
    "{mi} de octubre",
    "31 février {y}",
    "{y}年{m}月{d}日 {h}時{mi}分",
    "{h}:{mi:02d}",
)
timestamp_like = st.builds(
    lambda template, y, m, d, h, mi: template.format(y=y, m=m, d=d, h=h, mi=mi),
    st.sampled_from(_PIPELINE_TEMPLATES), st.integers(1990, 2030), st.integers(1, 12),
    st.integers(1, 28), st.integers(0, 23), st.integers(0, 59))
noise = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)
