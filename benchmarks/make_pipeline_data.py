"""Benchmark data for pipelines: scraped-looking timestamp columns as CSV and Parquet.

Two files of ``--rows`` rows (default 1,000,000), each with the columns ``id``, ``site``,
``lang`` (the page's locale, BCP 47), ``fetched`` (when the crawler fetched the page, ISO
8601 UTC), ``ts`` (the timestamp as the page printed it) and ``expected`` (the true UTC
value, written as far as the text says: ``2023-10-23`` for a date, ``2023-10-23T17:43`` for
a minute, ``2024-05-01T09`` for "3 hours ago"):

- ``pipeline_repeated``: a crawl revisiting pages. 14 site templates (ISO 8601, RFC 2822,
  US, German, French, Japanese, British, Spanish, Russian, Brazilian, Arabic, bylines and
  "3 hours ago" in English and German); the rows are drawn, popular pages more often,
  from 20,000 articles, and crawls happen on the hour over 30 days.
- ``pipeline_distinct``: every ``ts`` different: distinct minutes of 2000-2030 in the
  eight templates that print a time.

Zone-less times are UTC (the sites' zone): convert with the default ``--tz``. The files
depend only on ``--rows`` and ``--seed`` (and babel's month names); they go to the
git-ignored ``benchmarks/out/``.

    python benchmarks/make_pipeline_data.py [--rows N] [--seed S]
"""

from __future__ import annotations

import argparse
import csv
import pathlib
import random
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from babel.dates import get_month_names

OUT = pathlib.Path(__file__).resolve().parent / "out"
UTC = timezone.utc
START = datetime(2000, 1, 1, tzinfo=UTC)
MINUTES = 31 * 365 * 24 * 60  # 2000-2030, about
CRAWL = datetime(2024, 4, 1, tzinfo=UTC)


def _months(locale: str, width: str = "wide", context: str = "format") -> dict[int, str]:
    return dict(get_month_names(width, context, locale))


EN = _months("en")
EN_ABBR = _months("en", "abbreviated")
FR, ES, RU, DE, AR = (_months(x) for x in ("fr", "es", "ru", "de", "ar"))
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

# A template: (lang, prints a time?, its text for an instant and a fetch time, or None).
Template = tuple[str, str, Callable[[datetime], str]]


def _h12(t: datetime) -> str:
    return f"{t.hour % 12 or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def _offset(t: datetime) -> str:
    # A site east of UTC: the same instant printed at +02:00.
    local = t + timedelta(hours=2)
    return local.strftime("%Y-%m-%dT%H:%M:%S") + "+02:00"


TIMED: dict[str, Template] = {
    "iso": ("", "minute", lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")),
    "iso-offset": ("", "minute", _offset),
    "rfc2822": ("", "minute", lambda t: f"{WEEKDAYS[t.weekday()]}, {t.day:02d} "
                f"{EN_ABBR[t.month]} {t.year} {t:%H:%M:%S} +0000"),
    "us": ("en-US", "minute", lambda t: f"{EN_ABBR[t.month]} {t.day}, {t.year} {_h12(t)}"),
    "de": ("de", "minute", lambda t: f"{t:%d.%m.%Y %H:%M}"),
    "ja": ("ja", "minute", lambda t: f"{t.year}年{t.month}月{t.day}日 {t.hour}:{t.minute:02d}"),
    "ru": ("ru", "minute", lambda t: f"{t.day} {RU[t.month]} {t.year} г., {t:%H:%M}"),
    "br": ("pt-BR", "minute", lambda t: f"{t:%d/%m/%Y %H:%M}"),
}
DATED: dict[str, Template] = {
    "fr": ("fr", "day", lambda t: f"{t.day} {FR[t.month]} {t.year}"),
    "gb": ("en-GB", "day", lambda t: f"{t:%d/%m/%Y}"),
    "es": ("es", "day", lambda t: f"{t.day} de {ES[t.month]} de {t.year}"),
    "ar": ("ar", "day", lambda t: f"{t.day} {AR[t.month]} {t.year}".translate(ARABIC_DIGITS)),
    "byline": ("en", "day", lambda t: f"Posted on {EN[t.month]} {t.day}, {t.year}"),
}
RELATIVE = {"en": "{n} hours ago", "de": "vor {n} Stunden"}
COLUMNS = ["id", "site", "lang", "fetched", "ts", "expected"]


def _expected(t: datetime, grain: str) -> str:
    return t.strftime({"day": "%Y-%m-%d", "hour": "%Y-%m-%dT%H",
                       "minute": "%Y-%m-%dT%H:%M"}[grain])


def repeated(rows: int, rng: random.Random) -> list[list[str]]:
    sites = [*TIMED, *DATED, "rel-en", "rel-de"]
    articles = []
    for _ in range(20_000):
        site = rng.choice(sites)
        published = CRAWL - timedelta(minutes=rng.randrange(2 * 365 * 24 * 60))
        articles.append((site, published, rng.randrange(1, 24)))
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(articles))]
    picks = rng.choices(articles, weights=weights, k=rows)
    out = []
    for i, (site, published, hours) in enumerate(picks):
        fetched = CRAWL + timedelta(hours=rng.randrange(30 * 24))
        if site.startswith("rel-"):
            lang = site[4:]
            text = RELATIVE[lang].format(n=hours)
            expected = _expected(fetched - timedelta(hours=hours), "hour")
        else:
            lang, grain, write = TIMED.get(site) or DATED[site]
            text = write(published)
            expected = _expected(published, grain)
        out.append([str(i), site, lang, fetched.strftime("%Y-%m-%dT%H:%M:%SZ"), text, expected])
    return out


def distinct(rows: int, rng: random.Random) -> list[list[str]]:
    minutes = rng.sample(range(MINUTES), rows)
    sites = list(TIMED)
    out = []
    for i, minute in enumerate(minutes):
        t = START + timedelta(minutes=minute)
        site = sites[i % len(sites)]
        lang, grain, write = TIMED[site]
        out.append([str(i), site, lang, "2031-01-01T00:00:00Z", write(t), _expected(t, grain)])
    return out


def write(name: str, rows: list[list[str]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    OUT.mkdir(exist_ok=True)
    with (OUT / f"{name}.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    columns = list(zip(*rows, strict=True)) if rows else [()] * len(COLUMNS)
    table = pa.table({name: pa.array(list(values), pa.string())
                      for name, values in zip(COLUMNS, columns, strict=True)})
    pq.write_table(table, OUT / f"{name}.parquet", row_group_size=100_000)
    print(f"wrote {OUT / name}.csv and .parquet: {len(rows):,} rows")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args()
    write("pipeline_repeated", repeated(args.rows, random.Random(args.seed)))
    write("pipeline_distinct", distinct(args.rows, random.Random(args.seed)))


if __name__ == "__main__":
    main()
