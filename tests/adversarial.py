"""Adversarial families of input: texts on which a reader's work could grow faster than the
text, shared by ``benchmarks/worst_case.py`` (time) and ``tests/test_bounded.py`` (work).

Each family maps a length and a seeded ``random.Random`` to a few texts of about that many
characters: a number and one of the lexicon's short words of most readings, repeated
(``8 a 8 a …``); the words alone; numbers joined by date and time separators; numbers whose
digits alternate between scripts; clock times among zone-like capitals; repeated relative
amounts and shifts; repeated clock phrases; lexicon words, numbers and punctuation drawn at
random; and sentences of ordinary news prose in several languages.
"""

from __future__ import annotations

import random
from collections.abc import Callable

LENGTHS = (16, 64, 128, 256, 512)

PROSE = (
    "The minister said on Monday that talks would resume after the holiday, and that the "
    "'3+3' platform remained the best way forward for the region.",
    "Die Regierung hat am Dienstag neue Zahlen vorgelegt; demnach stieg die Zahl der "
    "Beschäftigten im dritten Quartal um 2,4 Prozent auf 46,1 Millionen.",
    "Le président a rencontré les représentants des syndicats mercredi soir, mais aucun "
    "accord n'a été trouvé sur la réforme des retraites.",
    "El equipo ganó 2-1 en el último minuto y se coloca a tres puntos del líder, a falta de "
    "cinco jornadas para el final de la temporada.",
    "قال المتحدث باسم الوزارة إن الفرق تعمل منذ ساعات الصباح على إعادة التيار الكهربائي إلى "
    "الأحياء المتضررة من العاصفة.",
    "Министр заявил журналистам, что переговоры продолжатся на следующей неделе, если "
    "стороны согласуют повестку.",
    "政府は来週にも新たな経済対策をまとめる方針で、与党内の調整を急いでいる。",
    "Pemerintah daerah akan membuka kembali sekolah setelah libur panjang, kata pejabat "
    "setempat kepada wartawan pada petang hari.",
    "Bakan, yeni düzenlemenin önümüzdeki ay yürürlüğe gireceğini ve 3 milyon kişiyi "
    "etkileyeceğini söyledi.",
    "Version v1.2.3 fixes 73 20 issues; call +1 555 0100 or pay $19.99 before the 2nd.",
)

RELATIVE = ("3 days ago", "+35 y", "vor 3 Tagen", "منذ ساعتين", "in 2 weeks", "il y a 5 min",
            "2 часа назад", "-4 d", "3 hours and 2 minutes ago", "next Monday")
CLOCK = ("at 5 pm", "um 15 Uhr", "kl. 14", "à 16h", "a las 8", "o 10.10", "15 uur", "8:30 am")
CAPITALS = ("CST", "EST", "IST", "MSK", "CEST", "PM", "AM", "GMT", "WIB", "MESZ", "XYZT")
SEPARATORS = "/.-:, "
# Decimal digits of several scripts: each number alternates among them.
SCRIPT_ZEROS = (0x30, 0x660, 0x6F0, 0x966, 0x9E6, 0xE50, 0xFF10)


def short_words() -> list[str]:
    """The lexicon's keys of one to three characters with the most readings."""
    from localenorm._lexicon import lexicon

    raw = lexicon()._raw
    ranked = sorted((k for k in raw if len(k) <= 3), key=lambda k: (-raw[k].count(";"), k))
    return [*ranked[:12], "a", "e", "o", "i", "u", "am", "pm", "mi"]


def fill(parts: Callable[[random.Random], str], length: int, rng: random.Random,
         sep: str = " ") -> str:
    """Pieces from ``parts`` joined until the text reaches ``length`` characters."""
    text = ""
    while len(text) < length:
        text = text + sep + parts(rng) if text else parts(rng)
    return text[:length].strip() or text[:length]


def families() -> dict[str, Callable[[int, random.Random], list[str]]]:
    words = short_words()

    def digits(n: int, rng: random.Random) -> str:
        zero = rng.choice(SCRIPT_ZEROS)
        return "".join(chr(zero + int(d)) for d in str(n))

    def soup_piece(rng: random.Random, keys: list[str]) -> str:
        roll = rng.random()
        if roll < 0.4:
            return rng.choice(keys)
        if roll < 0.8:
            return str(rng.randint(0, 2100))
        return rng.choice(SEPARATORS + "()+")

    keys: list[str] = []

    def soup(length: int, rng: random.Random) -> list[str]:
        if not keys:
            from localenorm._lexicon import lexicon

            keys.extend(sorted(lexicon()._raw))
        return [fill(lambda r: soup_piece(r, keys), length, rng) for _ in range(6)]

    return {
        "short-words": lambda n, rng: [fill(lambda r, w=w: f"{r.randint(1, 12)} {w}", n, rng)
                                       for w in words[:8]] + [" ".join(["8 a"] * (n // 4))],
        "words": lambda n, rng: [fill(lambda r, w=w: w, n, rng) for w in words[:8]],
        "separators": lambda n, rng: [fill(lambda r: str(r.randint(0, 60)), n, rng,
                                           sep=sep) for sep in SEPARATORS],
        "scripts": lambda n, rng: [fill(lambda r: digits(r.randint(1, 2030), r), n, rng,
                                        sep=sep) for sep in "/.: "],
        "capitals": lambda n, rng: [fill(lambda r: f"{r.randint(0, 23)}:{r.randint(0, 59):02d} "
                                         + r.choice(CAPITALS), n, rng) for _ in range(4)]
        + [fill(lambda r: r.choice(CAPITALS), n, rng) for _ in range(2)],
        "relative": lambda n, rng: [fill(lambda r, p=p: p, n, rng) for p in RELATIVE],
        "clock": lambda n, rng: [fill(lambda r, p=p: p, n, rng) for p in CLOCK],
        "soup": soup,
        "prose": lambda n, rng: [fill(lambda r, p=p: p, n, rng) for p in PROSE],
    }
