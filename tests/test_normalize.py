"""The folding stage: every decimal digit, space and invisible mark pages use."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from localenorm._normalize import fold, normalize

ALL_DIGITS = [chr(cp) for cp in range(sys.maxunicode + 1)
              if unicodedata.category(chr(cp)) == "Nd"]


def test_every_unicode_decimal_digit_folds_to_ascii() -> None:
    wrong = [(d, fold(d)) for d in ALL_DIGITS if fold(d) != str(unicodedata.decimal(d))]
    assert wrong == []
    assert len(ALL_DIGITS) > 600  # every Nd script, not a hand-picked few


@pytest.mark.parametrize(("raw", "folded"), [
    ("٢٣\u200f/١٠\u200f/٢٠٢٣", "23/10/2023"),  # RLM between Arabic-Indic digits
    ("۲۳ اکتبر", "23 اكتبر"),  # Persian digits, keheh -> kaf
    ("أكتـــوبر", "اكتوبر"),  # hamza on alef, tatweel
    ("إبريل", "ابريل"),
    ("الأحد", "الاحد"),
    ("\u2066Oct\u2069\u00a023", "oct 23"),  # isolates, NBSP
    ("5:43\u202fPM", "5:43 pm"),  # babel's narrow no-break space
    ("２０２３年１０月", "2023年10月"),  # full-width digits
    ("ＡＭ", "am"),  # full-width letters
    ("EKİM", "ekim"),  # Turkish dotted capital I
    ("Straße", "strasse"),
    ("23\u2009Oct", "23 oct"),  # thin space
    ("\u2212" + "03:00", "-03:00"),  # minus sign
])
def test_fold_table(raw: str, folded: str) -> None:
    assert fold(raw) == folded


@given(st.text(max_size=60))
@example("ǅ")
@example("İ")
def test_fold_is_idempotent(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


@given(st.text(alphabet=st.sampled_from("٠١٢٣٤٥٦٧٨٩ أكتوبر\u200f\u0640،"), min_size=1,
               max_size=30))
def test_span_maps_back_to_the_original(text: str) -> None:
    folded = normalize(text)
    for i, ch in enumerate(folded.text):
        start, end = folded.span(i, i + 1)
        assert 0 <= start < end <= len(text)
        assert fold(text[start:end]).find(ch) >= 0
