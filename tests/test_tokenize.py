"""The tokenizer's scan cuts text as the regular expressions the generators use do.

``_raw_tokens`` scans by character class for speed; the word lists of the packaged tables
are cut with ``WORD_RUN``. Both must agree on every character, or a generated word would
never be found in a text.
"""

from __future__ import annotations

import re
import sys

from hypothesis import example, given
from hypothesis import strategies as st

from localenorm._tokenize import _PUNCT, NUM, PUNCT, WORD, WORD_RUN, _raw_tokens

_REFERENCE = re.compile(rf"(\d+)|([^\s\d{_PUNCT}]+)|(\S)")


def _reference(text: str) -> list[tuple[str, str, int, int, bool]]:
    out = []
    end = 0
    for m in _REFERENCE.finditer(text):
        kind = NUM if m.group(1) else WORD if m.group(2) else PUNCT
        out.append((kind, m.group(), m.start(), m.end(), m.start() > end))
        end = m.end()
    return out


@given(st.text(max_size=60))
@example("tisdag 12 juni 2012 12:59:33 koordinerad universell tid")
@example("الخميس، ٢٥ أغسطس 2033، 3:11:47 ص")
@example("1992年8月3日 20時54分 （協定世界時）")
@example("\u00a05\u202fp.\u2009m.\u3000")
def test_scan_matches_the_regular_expressions(text: str) -> None:
    got = _raw_tokens(text)
    assert got == _reference(text)
    assert [p for k, p, *_ in got if k == WORD] == WORD_RUN.findall(text)


def test_every_character_is_classed_as_the_expressions_class_it() -> None:
    # Each character alone, beside a letter and beside a digit: 1.1 million cases in all.
    for cp in range(sys.maxunicode + 1):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        text = f"{ch}a{ch}1{ch}"
        assert _raw_tokens(text) == _reference(text), hex(cp)
