#!/usr/bin/env python3
"""Worst-case time per input: adversarial families at growing lengths.

A scraper calls ``parse`` on text it does not control, so what matters is the slowest input
of a given length, not the typical one. For each family of hostile or merely unlucky input
and each length (16, 64, 128, 256, 512 characters), several texts are parsed in four option
sets (no hint / a locale hint, each without and with a reference) and the worst and median
time per call are reported, with the growth exponent between 128 and 512 characters
(1 is linear, 2 quadratic). Target: worst <= 10 ms at 512 characters.

    python benchmarks/worst_case.py [--repeat 3] [--json out.json] [--limit-s 5]

Families:
- ``short-words``: a number and one of the lexicon's short words of most readings, repeated
  (``8 a 8 a …``, ``5 de 5 de …``); ``words``: the words alone.
- ``separators``: numbers joined by date and time separators (``1/2.3-4:5 …``).
- ``scripts``: numbers whose digits alternate between scripts.
- ``capitals``: clock times among zone-like capitals (``17:43 CST EST IST …``).
- ``relative``: repeated relative amounts and shifts (``3 days ago``, ``+35 y``, ``vor 3
  Tagen``, ``منذ ساعتين``).
- ``clock``: repeated clock phrases (``at 5 pm``, ``um 15 Uhr``, ``kl. 14``).
- ``soup``: lexicon words, numbers and punctuation drawn at random (seeded).
- ``prose``: sentences of ordinary news prose in several languages.

A call that takes longer than ``--limit-s`` is stopped and reported as over the limit.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import random
import signal
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import localenorm

LENGTHS = (16, 64, 128, 256, 512)
TARGET_WORST_MS = 10.0
REFERENCE = datetime(2023, 10, 25, 12, 0, tzinfo=timezone.utc)
OPTIONS: dict[str, dict[str, Any]] = {
    "plain": {},
    "hint": {"locale": "fr"},
    "ref": {"reference": REFERENCE},
    "hint+ref": {"locale": "en", "reference": REFERENCE},
}

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


class _Overtime(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Overtime


def time_call(text: str, options: dict[str, Any], limit_s: float) -> float:
    """Seconds for one parse (the best of the repeats is taken by the caller)."""
    signal.setitimer(signal.ITIMER_REAL, limit_s)
    start = time.perf_counter()
    try:
        localenorm.parse(text, **options)
    except localenorm.ParseError:
        pass
    except _Overtime:
        return math.inf
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="runs per text; the fastest counts")
    ap.add_argument("--limit-s", type=float, default=5.0)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--family", action="append")
    args = ap.parse_args()
    signal.signal(signal.SIGALRM, _alarm)
    # Every table loaded before timing: the first call of each reader reads its table.
    for warm in ("23 Oct 2023 17:43", "23 Oct 2023 17:43 MSK", "3 days ago", "next Friday",
                 "at 5 pm", "vor 3 Tagen um 15 Uhr"):
        with contextlib.suppress(localenorm.ParseError):
            localenorm.parse(warm, locale="en", reference=REFERENCE)
    localenorm.parse_duration("3 hours")
    rows = []
    worst_overall = 0.0
    for name, make in families().items():
        if args.family and name not in args.family:
            continue
        for opt_name, options in OPTIONS.items():
            per_length: dict[int, tuple[float, float, str]] = {}
            for length in LENGTHS:
                texts = make(length, random.Random(f"{name}-{length}"))
                times = []
                for text in texts:
                    best = math.inf
                    for _ in range(args.repeat):
                        # (use_plans off: the shape cache would hide the first reading's
                        # cost on every repeat.)
                        best = min(best, time_call(text, {**options, "use_plans": False},
                                                   args.limit_s))
                        if best == math.inf:
                            break
                    times.append((best, text))
                worst = max(times)
                per_length[length] = (worst[0], statistics.median(t for t, _ in times),
                                      worst[1])
            w128, w512 = per_length[128][0], per_length[512][0]
            growth = math.log(w512 / w128) / math.log(4) if 0 < w128 < math.inf and \
                w512 < math.inf else math.inf
            worst_overall = max(worst_overall, w512)
            rows.append({"family": name, "options": opt_name, "growth": growth,
                         "lengths": {n: {"worst_ms": w * 1e3, "median_ms": m * 1e3,
                                         "worst_text": t}
                                     for n, (w, m, t) in per_length.items()}})
            cells = "  ".join(f"{per_length[n][0] * 1e3:8.2f}" for n in LENGTHS)
            print(f"{name:12} {opt_name:9} worst ms by length {cells}  growth {growth:5.2f}",
                  flush=True)
    print(f"\nworst at 512 characters: {worst_overall * 1e3:.2f} ms "
          f"(target <= {TARGET_WORST_MS} ms)")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
