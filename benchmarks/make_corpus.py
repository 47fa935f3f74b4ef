"""Write the benchmark corpus: ``benchmarks/out/corpus.jsonl``.

Each line is ``{"text", "locale", "expected_iso"}``. Most strings are what CLDR says a page in
that locale prints (babel's ``format_datetime``/``format_date`` at widths full, long, medium and
short); the rest come from templates shaped like the timestamps scraped pages actually carry
(bylines with "Posted on"/"Veröffentlicht am", mixed digit scripts, explicit GMT offsets,
ISO 8601 and RFC 2822).

The output depends only on ``--seed``, ``--n``, ``--digits`` and the babel version (pinned
to 2.19 by the project's test extra): there is no clock and no unordered iteration, so two runs
write byte-identical files.

    python benchmarks/make_corpus.py                  # 5,000 strings, ASCII digits
    python benchmarks/make_corpus.py --digits native  # same strings, locale-native digits
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from babel import Locale
from babel.dates import format_date, format_datetime, format_time, tokenize_pattern

OUT_DIR = Path(__file__).resolve().parent / "out"
DEFAULT_N = 5000
DEFAULT_SEED = 20231023
# Share of the corpus drawn from the scraped-page templates rather than babel's formats.
TEMPLATE_SHARE = 0.15
# Among babel strings, the share with a time part (the rest are date-only).
DATETIME_SHARE = 0.6

# Locales web pages are written in, weighted equally: the point is coverage of scripts,
# calendars-of-words and field orders, not a traffic-weighted mix.
LOCALES: tuple[str, ...] = (
    "en_US", "en_GB", "en_IN", "de", "fr", "es", "es_MX", "pt_BR", "it", "nl",
    "ru", "uk", "pl", "cs", "tr", "ar", "ar_EG", "fa", "he", "hi",
    "bn", "ur", "ja", "zh", "zh_Hant", "ko", "th", "vi", "id", "ms",
    "sv", "da", "fi", "nb", "el", "ro", "hu", "sw", "ta", "te",
    "mr", "my", "fil",
)  # fmt: skip
WIDTHS: tuple[str, ...] = ("full", "long", "medium", "short")


def _epoch(year: int) -> int:
    return int(datetime(year, 1, 1, tzinfo=UTC).timestamp())


# Half-open ranges of Unix seconds. A two-digit year only round-trips inside the POSIX
# window 1969-2068 (%y), so instants for patterns with "yy" come from that window; the rest
# stay within the years pages mostly print.
FOUR_DIGIT_YEARS = (_epoch(1990), _epoch(2036))
TWO_DIGIT_YEARS = (_epoch(1970), _epoch(2069))

# CLDR numbering-system id -> Unicode name of its digit zero. Looking the name up (rather than
# typing code points) makes a wrong entry fail at start-up instead of writing wrong digits.
# Systems whose digits are not a contiguous decimal run (hanidec, jpan, grek, hebr ...) are
# absent on purpose: those locales keep ASCII digits.
_ZERO_NAMES: dict[str, str] = {
    "arab": "ARABIC-INDIC DIGIT ZERO",  # U+0660
    "arabext": "EXTENDED ARABIC-INDIC DIGIT ZERO",  # U+06F0
    "beng": "BENGALI DIGIT ZERO",  # U+09E6
    "deva": "DEVANAGARI DIGIT ZERO",  # U+0966
    "gujr": "GUJARATI DIGIT ZERO",
    "guru": "GURMUKHI DIGIT ZERO",
    "knda": "KANNADA DIGIT ZERO",
    "khmr": "KHMER DIGIT ZERO",
    "laoo": "LAO DIGIT ZERO",
    "mlym": "MALAYALAM DIGIT ZERO",
    "mymr": "MYANMAR DIGIT ZERO",  # U+1040
    "orya": "ORIYA DIGIT ZERO",
    "tamldec": "TAMIL DIGIT ZERO",  # U+0BE6
    "telu": "TELUGU DIGIT ZERO",
    "thai": "THAI DIGIT ZERO",  # U+0E50
    "tibt": "TIBETAN DIGIT ZERO",
}


@functools.cache
def _digit_table(system: str) -> dict[int, str] | None:
    """``str.translate`` table from ASCII digits to ``system``'s, or None to keep ASCII."""
    name = _ZERO_NAMES.get(system)
    if name is None:
        return None
    zero = ord(unicodedata.lookup(name))
    for i in range(10):
        if unicodedata.decimal(chr(zero + i), -1) != i:
            raise RuntimeError(f"{name}: U+{zero + i:04X} is not the digit {i}")
    return {ord("0") + i: chr(zero + i) for i in range(10)}


def to_digits(text: str, system: str) -> str:
    table = _digit_table(system)
    return text if table is None else text.translate(table)


@functools.cache
def _locale(name: str) -> Locale:
    return Locale.parse(name)


def numbering_system(locale: str, which: str) -> str:
    """The numbering system ``which`` ("latn", "default" or "native") names for ``locale``."""
    loc = _locale(locale)
    if which == "latn":
        return "latn"
    if which == "default":
        return loc.default_numbering_system
    return str(loc.other_numbering_systems.get("native", loc.default_numbering_system))


@dataclass(frozen=True, slots=True)
class Row:
    text: str
    locale: str
    expected_iso: str
    # Where the row came from ("babel:datetime:short", "tpl:rfc2822" ...): printed as a
    # summary only, so the file keeps exactly the three documented keys.
    source: str
    # Only babel rows are re-digited by --digits; template rows already chose their digits.
    localizable: bool = False


def iso_instant(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_day(d: date) -> str:
    return d.isoformat()


def _draw_instant(rng: random.Random, two_digit_year: bool = False) -> datetime:
    lo, hi = TWO_DIGIT_YEARS if two_digit_year else FOUR_DIGIT_YEARS
    return datetime.fromtimestamp(rng.randrange(lo, hi), UTC)


@functools.cache
def _pattern_fields(locale: str, width: str, with_time: bool) -> frozenset[tuple[str, int]]:
    """The (letter, count) fields babel will print for this locale, width and kind."""
    loc = _locale(locale)
    patterns = [loc.date_formats[width].pattern]
    if with_time:
        patterns.append(loc.time_formats[width].pattern)
    fields: set[tuple[str, int]] = set()
    for pattern in patterns:
        for kind, value in tokenize_pattern(pattern):
            if kind == "field" and isinstance(value, tuple):
                fields.add(value)
    return frozenset(fields)


def babel_row(rng: random.Random) -> Row:
    locale = rng.choice(LOCALES)
    width = rng.choice(WIDTHS)
    with_time = rng.random() < DATETIME_SHARE
    fields = _pattern_fields(locale, width, with_time)
    instant = _draw_instant(rng, two_digit_year=("y", 2) in fields)
    if not with_time:
        text = format_date(instant.date(), width, locale=locale)
        return Row(text, locale, iso_day(instant.date()), f"babel:date:{width}", True)
    text = format_datetime(instant, width, tzinfo=UTC, locale=locale)
    letters = {letter for letter, _ in fields}
    # Short time formats stop at minutes: what the string says is the minute, so that is
    # what a correct parser returns.
    expected = instant if "s" in letters else instant.replace(second=0)
    return Row(text, locale, iso_instant(expected), f"babel:datetime:{width}", True)


# --- scraped-page templates -------------------------------------------------------------
#
# Each template takes the RNG and a UTC instant and prints the instant the way some kind of
# page does. Offsets are the printed UTC offset in minutes; local fields are printed, the
# expected value is the instant in UTC at the printed grain.

_OFFSETS = (0, 0, 60, 120, 180, 330, 345, 420, 480, 540, 600, -180, -240, -300, -420, -480)


def _month(locale: str, month: int, width: str = "wide") -> str:
    return str(_locale(locale).months["format"][width][month])


def _weekday(locale: str, day: date, width: str = "wide") -> str:
    return str(_locale(locale).days["format"][width][day.weekday()])


def _offset_text(minutes: int, colon: bool = True) -> str:
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}{':' if colon else ''}{mins:02d}"


def _at(instant: datetime, minutes: int) -> datetime:
    return instant.astimezone(timezone(timedelta(minutes=minutes)))


def _minute(instant: datetime) -> str:
    return iso_instant(instant.replace(second=0))


def _h12(local: datetime) -> tuple[int, str]:
    return (local.hour % 12 or 12), ("AM" if local.hour < 12 else "PM")


Template = Callable[[random.Random, datetime], tuple[str, str, str]]


def tpl_ar_gmt(rng: random.Random, instant: datetime) -> tuple[str, str, str]:
    # Arabic month, Arabic-Indic day, ASCII year and time: the digit mix many Arabic news
    # sites emit because only some fields go through a localised formatter.
    off = rng.choice(_OFFSETS)
    t = _at(instant, off)
    day = to_digits(str(t.day), "arab")
    text = (
        f"{_month('ar', t.month)} {day}, {t.year} at {t:%H}:{t:%M} GMT {_offset_text(off)}"
        " · Published"
    )
    return text, "ar", _minute(instant)


def tpl_ar_native(rng: random.Random, instant: datetime) -> tuple[str, str, str]:
    off = rng.choice(_OFFSETS)
    t = _at(instant, off)
    body = to_digits(f"{t.day} ", "arab") + _month("ar", t.month)
    body += to_digits(f" {t.year} - {t:%H}:{t:%M}", "arab")
    return f"نُشر في {body} (GMT{_offset_text(off)})", "ar", _minute(instant)


def tpl_en_posted(rng: random.Random, instant: datetime) -> tuple[str, str, str]:
    hour, ampm = _h12(instant)
    if rng.random() < 0.5:
        ampm = ampm.lower()
    text = (
        f"Posted on {_month('en', instant.month)} {instant.day}, {instant.year}"
        f" at {hour}:{instant:%M} {ampm}"
    )
    return text, "en_US", _minute(instant)


def tpl_en_published_utc(rng: random.Random, instant: datetime) -> tuple[str, str, str]:
    zone = rng.choice(("UTC", "GMT"))
    text = (
        f"Published {instant.day} {_month('en', instant.month, 'abbreviated')}"
        f" {instant.year}, {instant:%H}:{instant:%M} {zone}"
    )
    return text, "en_GB", _minute(instant)


def tpl_en_updated_date(rng: random.Random, instant: datetime) -> tuple[str, str, str]:
    day = instant.date()
    text = f"Last updated: {_weekday('en', day)}, {_month('en', day.month)} {day.day}, {day.year}"
    return text, "en_US", iso_day(day)


def tpl_iso(rng: random.Random, instant: datetime) -> tuple[str, str, str]:
    # Machine timestamps (<time datetime>, JSON-LD) appear on pages in every language, so
    # they carry a random page locale: a hint must not get in the way of reading them.
    locale = rng.choice(LOCALES)
    form = rng.randrange(6)
    if form == 0:
        return instant.strftime("%Y-%m-%dT%H:%M:%SZ"), locale, iso_instant(instant)
    if form == 1:
        off = rng.choice(_OFFSETS)
        text = _at(instant, off).strftime("%Y-%m-%dT%H:%M:%S") + _offset_text(off)
        return text, locale, iso_instant(instant)
    if form == 2:
        # A zero fraction is still whole seconds: the expected value carries no fraction.
        return instant.strftime("%Y-%m-%dT%H:%M:%S.000Z"), locale, iso_instant(instant)
    if form == 3:
        return instant.strftime("%Y-%m-%d %H:%M:%S"), locale, iso_instant(instant)
    if form == 4:
        return instant.strftime("%Y-%m-%dT%H:%MZ"), locale, _minute(instant)
    return instant.strftime("%Y-%m-%d"), locale, iso_day(instant.date())


def tpl_rfc2822(rng: random.Random, instant: datetime) -> tuple[str, str, str]:
    off = rng.choice(_OFFSETS)
    t = _at(instant, off)
    zone = "GMT" if off == 0 and rng.random() < 0.5 else _offset_text(off, colon=False)
    dow = _weekday("en", t.date(), "abbreviated")
    mon = _month("en", t.month, "abbreviated")
    text = f"{dow}, {t.day:02d} {mon} {t.year} {t:%H:%M:%S} {zone}"
    return text, "en", iso_instant(instant)


def tpl_de(rng: random.Random, instant: datetime) -> tuple[str, str, str]:
    if rng.random() < 0.5:
        text = f"Veröffentlicht am {instant:%d.%m.%Y} um {instant:%H:%M} Uhr"
    else:
        month = _month("de", instant.month)
        text = f"Stand: {instant.day}. {month} {instant.year}, {instant:%H:%M} Uhr"
    return text, "de", _minute(instant)


def tpl_fr(rng: random.Random, instant: datetime) -> tuple[str, str, str]:
    text = (
        f"Publié le {instant.day} {_month('fr', instant.month)} {instant.year}"
        f" à {instant:%H}h{instant:%M}"
    )
    return text, "fr", _minute(instant)


def tpl_es(rng: random.Random, instant: datetime) -> tuple[str, str, str]:
    text = (
        f"Actualizado el {instant.day} de {_month('es', instant.month)} de {instant.year}"
        f" a las {instant:%H:%M}"
    )
    return text, rng.choice(("es", "es_MX")), _minute(instant)


def tpl_pt_br(rng: random.Random, instant: datetime) -> tuple[str, str, str]:
    return f"Atualizado em {instant:%d/%m/%Y} {instant:%H}h{instant:%M}", "pt_BR", _minute(instant)


def tpl_ru(rng: random.Random, instant: datetime) -> tuple[str, str, str]:
    # CLDR's "format" month names are the genitive forms Russian dates use ("23 октября").
    month = _month("ru", instant.month)
    text = f"Опубликовано: {instant.day} {month} {instant.year}, {instant:%H:%M}"
    return text, "ru", _minute(instant)


def tpl_ja(rng: random.Random, instant: datetime) -> tuple[str, str, str]:
    text = f"{instant.year}年{instant.month}月{instant.day}日 {instant.hour}時{instant:%M}分"
    return text, "ja", _minute(instant)


def tpl_zh(rng: random.Random, instant: datetime) -> tuple[str, str, str]:
    return f"发布时间：{instant:%Y-%m-%d %H:%M}", "zh", _minute(instant)


def tpl_ko(rng: random.Random, instant: datetime) -> tuple[str, str, str]:
    return f"입력 {instant:%Y.%m.%d %H:%M}", "ko", _minute(instant)


def tpl_fa(rng: random.Random, instant: datetime) -> tuple[str, str, str]:
    # Gregorian date in Persian month names with Extended Arabic-Indic digits.
    day = instant.date()
    text = to_digits(f"{day.day} ", "arabext") + _month("fa", day.month)
    text += to_digits(f" {day.year}", "arabext")
    return text, "fa", iso_day(day)


def tpl_hi(rng: random.Random, instant: datetime) -> tuple[str, str, str]:
    t = _at(instant, 330)
    clock = format_time(t.time(), "h:mm a", locale="hi")
    text = f"अपडेटेड: {t.day} {_month('hi', t.month)}, {t.year} {clock} (GMT+05:30)"
    return text, "hi", _minute(instant)


def tpl_bn(rng: random.Random, instant: datetime) -> tuple[str, str, str]:
    body = to_digits(f"{instant.day} ", "beng") + _month("bn", instant.month)
    body += to_digits(f" {instant.year}, {instant:%H:%M}", "beng")
    return f"প্রকাশ: {body}", "bn", _minute(instant)


def tpl_vi(rng: random.Random, instant: datetime) -> tuple[str, str, str]:
    t = _at(instant, 420)
    text = f"{_weekday('vi', t.date())}, {t:%d/%m/%Y}, {t:%H:%M} (GMT+7)"
    return text, "vi", _minute(instant)


def tpl_tr(rng: random.Random, instant: datetime) -> tuple[str, str, str]:
    return f"Güncelleme: {instant:%d.%m.%Y} - {instant:%H:%M}", "tr", _minute(instant)


def tpl_he(rng: random.Random, instant: datetime) -> tuple[str, str, str]:
    # Two-digit year: every template instant is in 1990-2035, inside the %y window.
    return f"פורסם: {instant:%d.%m.%y}, {instant:%H:%M}", "he", _minute(instant)


def tpl_th(rng: random.Random, instant: datetime) -> tuple[str, str, str]:
    text = f"{instant.day} {_month('th', instant.month)} {instant.year} {instant:%H:%M} น."
    return text, "th", _minute(instant)


TEMPLATES: tuple[Template, ...] = (
    tpl_ar_gmt, tpl_ar_native, tpl_en_posted, tpl_en_published_utc, tpl_en_updated_date,
    tpl_iso, tpl_iso, tpl_rfc2822, tpl_de, tpl_fr, tpl_es, tpl_pt_br, tpl_ru, tpl_ja,
    tpl_zh, tpl_ko, tpl_fa, tpl_hi, tpl_bn, tpl_vi, tpl_tr, tpl_he, tpl_th,
)  # fmt: skip


def template_row(rng: random.Random) -> Row:
    template = rng.choice(TEMPLATES)
    text, locale, expected = template(rng, _draw_instant(rng))
    return Row(text, locale, expected, "tpl:" + template.__name__.removeprefix("tpl_"))


def generate(n: int, seed: int, digits: str) -> list[Row]:
    rng = random.Random(seed)
    rows: list[Row] = []
    for _ in range(n):
        row = template_row(rng) if rng.random() < TEMPLATE_SHARE else babel_row(rng)
        if row.localizable and digits != "latn":
            system = numbering_system(row.locale, digits)
            row = Row(to_digits(row.text, system), row.locale, row.expected_iso, row.source)
        rows.append(row)
    return rows


def write(rows: list[Row], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            record = {"text": row.text, "locale": row.locale, "expected_iso": row.expected_iso}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=DEFAULT_N, help="number of strings")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument(
        "--digits",
        choices=("latn", "native", "default"),
        default="latn",
        help="digits of the babel strings: ASCII as babel prints them (latn), the locale's "
        "native digits (native), or its CLDR default numbering system (default)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        help="output path (default benchmarks/out/corpus.jsonl, or corpus_<digits>.jsonl)",
    )
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("--n must be positive")
    out: Path = args.out or OUT_DIR / (
        "corpus.jsonl" if args.digits == "latn" else f"corpus_{args.digits}.jsonl"
    )
    rows = generate(args.n, args.seed, args.digits)
    write(rows, out)
    sources = Counter(row.source.split(":")[0] for row in rows)
    timed = sum("T" in row.expected_iso for row in rows)
    print(
        f"wrote {len(rows)} strings to {out}: {sources['babel']} babel, {sources['tpl']} "
        f"template; {timed} with a time, {len(rows) - timed} date-only; "
        f"{len({row.locale for row in rows})} locales",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
