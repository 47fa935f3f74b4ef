"""What the readers need to know about scripts: which are written without spaces between
words, and the Han numerals. One place, so that every reader cuts and counts alike.
"""

from __future__ import annotations


def unspaced(ch: str) -> bool:
    """A character of a script written without spaces between words (Thai, Lao, Tibetan,
    Myanmar, Khmer, CJK and kana, Hangul syllables): a word there may touch the next one
    ('2小时前', 'เมื่อวานนี้'), so readers cut such text at any character."""
    cp = ord(ch)
    return (
        0x0E00 <= cp <= 0x0FFF  # Thai, Lao, Tibetan
        or 0x1000 <= cp <= 0x109F  # Myanmar
        or 0x1780 <= cp <= 0x17FF  # Khmer
        or 0x2E80 <= cp <= 0x9FFF  # CJK, kana
        or 0xAC00 <= cp <= 0xD7AF  # Hangul syllables
        or 0xF900 <= cp <= 0xFAFF  # CJK compatibility ideographs
    )


def hangul(ch: str) -> bool:
    """A Hangul syllable: Korean puts spaces between words (with their particles glued),
    though readers cut its runs like those of scripts without spaces."""
    return 0xAC00 <= ord(ch) <= 0xD7AF


def ends_unspaced(word: str) -> bool:
    """Whether ``word`` ends in a script without spaces (so the next word may touch it)."""
    return bool(word) and unspaced(word[-1])


# The Han digits (and the zeros pages print in their place), and the tens.
HAN_DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_HAN_TENS = {"十": 1, "廿": 2, "卅": 3}
# The characters a run of Han numerals is made of.
HAN_NUMERALS = frozenset(HAN_DIGITS) | frozenset(_HAN_TENS)


def han_digits(run: str) -> str | None:
    """ASCII digits for a run of Han numerals that is one number of a date: digit by digit
    ('二零一六' is 2016) or with a ten ('二十三' is 23, '廿' 20); ``None`` otherwise."""
    tens = [i for i, ch in enumerate(run) if ch in _HAN_TENS]
    if not tens:
        return "".join(str(HAN_DIGITS[ch]) for ch in run)
    if len(tens) > 1 or len(run) > 3:
        return None
    at = tens[0]
    before, after = run[:at], run[at + 1:]
    if len(before) > 1 or len(after) > 1 or (before and run[at] != "十"):
        return None
    # '二十' is 20; '十' 10, '廿' 20, '卅' 30.
    value = HAN_DIGITS[before] * 10 if before else _HAN_TENS[run[at]] * 10
    if after:
        value += HAN_DIGITS[after]
    return str(value)


def han_count(text: str, i: int, decimal: bool = False) -> tuple[float, int] | None:
    """A Han numeral below 1000 at ``i`` as an amount ('三', '十五', '卅', '一百三十'): value
    and end; ``decimal`` reads a point in words too ('五點五'), which elsewhere is a clock
    ('五点五分' is 5:05)."""
    j = i
    total = 0
    current = -1
    tens = hundreds = False
    while j < len(text):
        ch = text[j]
        digit = HAN_DIGITS.get(ch)
        if digit is not None:
            if current >= 0:
                break
            current = digit
        elif ch == "十" and not tens:
            total += (current if current > 0 else 1) * 10
            current, tens = -1, True
        elif ch in "廿卅" and not tens and current < 0:
            total += 20 if ch == "廿" else 30
            tens = True
        elif ch == "百" and not (hundreds or tens) and current > 0:
            total += current * 100
            current, hundreds = -1, True
        else:
            break
        j += 1
    if j == i:
        return None
    value = float(total + max(current, 0))
    # '五點五分鐘': a decimal point in words, read only when a digit follows it.
    if decimal and j + 1 < len(text) and text[j] in "點点" \
            and HAN_DIGITS.get(text[j + 1]) is not None:
        k = j + 1
        fraction = ""
        while k < len(text) and (d := HAN_DIGITS.get(text[k])) is not None:
            fraction += str(d)
            k += 1
        return value + float("0." + fraction), k
    return value, j
