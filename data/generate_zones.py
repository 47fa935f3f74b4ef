#!/usr/bin/env python3
"""Generate ``localenorm/_data/zones.json``: every zone name a page may print, and its meaning.

Run from the project root with babel and tzdata installed (the test extras pin babel):

    python data/generate_zones.py            # rewrite the packaged table
    python data/generate_zones.py --check    # exit 1 if the packaged table is stale

Three layers, all stored under the key ``localenorm._zones.zone_key(name)`` (the lexicon's
``lookup_key`` with ``:``, ``(``, ``)``, ``,`` and ``_`` also dropped, since CLDR's region
formats put them inside names: ``heure : Inde``, ``Indien (Ortszeit)``):

- every alphabetic abbreviation the tz database (the ``tzdata`` package's TZif files) used
  1970-2037, with its offset, DST flag, the zones and the years of use (numeric ones like
  ``+03`` are offsets, not names, and are left to the parser);
- CLDR names from every babel locale: metazone names (long and short; generic, standard,
  daylight), per-zone overrides, and city/country phrases (the locale's region format around
  an exemplar city, or around a country with one zone), tagged with the languages using them;
- ``data/curated/zones/curated.json``: names neither source lists, the default meaning of
  abbreviations several zones used with different offsets, and golden zones of metazones.

Output layout (deterministic: sorted keys, compact, no timestamps)::

    about       provenance: babel, CLDR and tzdata versions, generator, curated file
    zones       zone names; readings refer to zones by index
    territory   the ISO country of each zone ("" when CLDR has none), aligned with zones
    languages   language codes; readings refer to languages by index
    lang_territories  language -> countries where it is official or spoken by half
    metazones   metazone -> [golden zone index, [member zone indices]]
    defaults    abbreviation key -> [zone, reason]
    max_words   the most words (tokenizer words) a name has
    names       key -> readings joined by ";", each fields joined by " " (lists by ",",
                "-" for an empty list, year spans as "first-last"):
                f offset_s is_dst zones years abbreviation   a tz abbreviation
                o offset_s langs                             a curated fixed offset
                g|s|d metazone-or-zone-index langs abbreviation
                                 a CLDR generic/standard/daylight name (G|S|D: curated)
                c zone langs                                 a city or country phrase
                l langs                                      'local time': names no zone
"""

from __future__ import annotations

import json
import re
import struct
import sys
from collections import defaultdict
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

import babel
import tzdata
from babel import Locale
from babel.core import get_global
from babel.localedata import locale_identifiers

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from data import _generated as generated  # noqa: E402  (needs the path set above)
from data import cldr_extract  # noqa: E402

render = generated.render

from localenorm._normalize import fold  # noqa: E402  (needs the path set above)
from localenorm._scripts import unspaced  # noqa: E402
from localenorm._tokenize import WORD_RUN  # noqa: E402
from localenorm._zones import zone_key  # noqa: E402

OUT = ROOT / "localenorm" / "_data" / "zones.json"
NAMES_OUT = ROOT / "localenorm" / "_data" / "zone_names.txt"
WORDS_OUT = ROOT / "localenorm" / "_data" / "zone_words.txt"
CURATED = ROOT / "data" / "curated" / "zones" / "curated.json"

FIRST_YEAR, LAST_YEAR = 1970, 2037
START = int(datetime(FIRST_YEAR, 1, 1, tzinfo=timezone.utc).timestamp())
END = int(datetime(LAST_YEAR + 1, 1, 1, tzinfo=timezone.utc).timestamp())
# Same exclusion as the lexicon: Toki Pona dates are not read word by word.
SKIPPED = frozenset({"tok"})
ALPHA = re.compile(r"[A-Za-z]+")


def cldr_version() -> str:
    return str(get_global("cldr")["version"])


# --- tz database ----------------------------------------------------------------------------


def read_tzif(data: bytes) -> tuple[list[int], list[int], list[tuple[int, bool, str]], str]:
    """Transition times, the ttinfo index of each, the ttinfos and the footer TZ string of a
    version 2+ TZif file (RFC 8536). ``zoneinfo`` keeps all of this private, so it is read
    here directly; version 1 data is skipped for the 64-bit block."""
    if data[:4] != b"TZif":
        raise ValueError("not a TZif file")

    def counts(at: int) -> tuple[int, int, int, int, int, int]:
        return struct.unpack(">6l", data[at + 20 : at + 44])  # type: ignore[return-value]

    isutc, isstd, leap, timecnt, typecnt, charcnt = counts(0)
    at = 44 + timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isutc
    isutc, isstd, leap, timecnt, typecnt, charcnt = counts(at)
    at += 44
    times = list(struct.unpack(f">{timecnt}q", data[at : at + timecnt * 8]))
    at += timecnt * 8
    idx = list(data[at : at + timecnt])
    at += timecnt
    raw = [struct.unpack(">lBB", data[at + 6 * i : at + 6 * i + 6]) for i in range(typecnt)]
    at += typecnt * 6
    chars = data[at : at + charcnt]
    at += charcnt + leap * 12 + isstd + isutc
    infos = [(off, bool(dst), chars[ai : chars.index(b"\0", ai)].decode()) for off, dst, ai in raw]
    footer = data[at:].strip(b"\n").decode()
    return times, idx, infos, footer


_TZ_NAME = re.compile(r"<[^>]*>|[A-Za-z]+")
_TZ_OFFSET = re.compile(r"[+-]?\d+(?::\d+){0,2}")


def footer_rules(footer: str) -> list[tuple[str, int, bool]]:
    """(abbreviation, offset, is_dst) of a POSIX TZ string ('CET-1CEST,M3.5.0,M10.5.0/3'),
    whose rules give the offsets after the last transition in the file."""

    def seconds(text: str) -> int:
        sign = -1 if text.startswith("-") else 1
        parts = [int(p) for p in text.lstrip("+-").split(":")] + [0, 0]
        return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2])

    if not footer:
        return []
    out = []
    m = _TZ_NAME.match(footer)
    assert m is not None, footer
    std_name, pos = m.group(), m.end()
    m2 = _TZ_OFFSET.match(footer, pos)
    assert m2 is not None, footer
    std_off = -seconds(m2.group())  # POSIX offsets are west-positive
    out.append((std_name.strip("<>"), std_off, False))
    pos = m2.end()
    m3 = _TZ_NAME.match(footer, pos)
    if m3:
        dst_off = std_off + 3600
        m4 = _TZ_OFFSET.match(footer, m3.end())
        if m4:
            dst_off = -seconds(m4.group())
        out.append((m3.group().strip("<>"), dst_off, True))
    return out


def year_of(ts: int) -> int:
    return datetime.fromtimestamp(ts, tz=timezone.utc).year


def tz_abbreviations(zones: list[str]) -> dict[tuple[str, int, bool], dict[str, set[int]]]:
    """(abbreviation, offset, is_dst) -> zone -> years of use, 1970-2037."""
    used: dict[tuple[str, int, bool], dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))

    def record(abbr: str, off: int, dst: bool, zone: str, start: int, end: int) -> None:
        start, end = max(start, START), min(end, END)
        if start >= end or not ALPHA.fullmatch(abbr):
            return
        years = used[(abbr, off, dst)][zone]
        # Local years: the parser checks the year the page's wall time is in.
        years.update(range(year_of(start + off), year_of(end - 1 + off) + 1))

    for zone in zones:
        data = resources.files("tzdata.zoneinfo").joinpath(zone).read_bytes()
        times, idx, infos, footer = read_tzif(data)
        # Before the first transition the first standard ttinfo applies (RFC 8536 3.2).
        first = next((i for i in infos if not i[1]), infos[0])
        bounds = [-(2**62), *times]
        types = [first, *(infos[i] for i in idx)]
        last_end = END
        rules = footer_rules(footer)
        if rules:
            last_end = times[-1] if times else -(2**62)
        for n, (off, dst, abbr) in enumerate(types):
            start = bounds[n]
            end = bounds[n + 1] if n + 1 < len(bounds) else last_end
            record(abbr, off, dst, zone, start, end)
        for abbr, off, dst in rules:
            # The rule may start later than the last transition; both of its names are in use
            # from then on (a rule with DST switches every year).
            record(abbr, off, dst, zone, max(last_end, START), END)
    return used


def tzif(zone: str) -> bytes:
    return resources.files("tzdata.zoneinfo").joinpath(zone).read_bytes()


def spans(years: set[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for y in sorted(years):
        if out and out[-1][1] == y - 1:
            out[-1][1] = y
        else:
            out.append([y, y])
    return out


# --- CLDR ---------------------------------------------------------------------------------


def is_abbreviation(name: str) -> bool:
    """All-capital Latin short forms ('CEST', 'MESZ'): a page writing 'cat' or 'eat' in lower
    case means the word, so the parser may require the original case for these."""
    return name.isascii() and name.isalpha() and name.isupper() and len(name) <= 6


class Names:
    def __init__(self, zones: list[str], languages: list[str]) -> None:
        self.zone_index = {z: i for i, z in enumerate(zones)}
        self.lang_index = {lang: i for i, lang in enumerate(languages)}
        # key -> (kind, target, abbreviation) -> languages
        self.cldr: dict[str, dict[tuple[str, object, bool], set[int]]] = defaultdict(
            lambda: defaultdict(set)
        )
        self.max_words = 1
        # Names of earlier CLDR releases, added once the newest are in (add_pending).
        self.pending: list[tuple[str, str, object, str, bool]] = []
        # Every name offered, kept or not: the words a zone name may be made of.
        self.offered: set[str] = set()

    def add(self, name: str, kind: str, target: object, lang: str) -> None:
        self.offered.add(name)
        key = zone_key(name)
        # '∅∅∅' is CLDR's 'no value here' marker (en's daylight names of zones without DST).
        if not key or "∅" in key or any(ch.isdigit() for ch in key) or len(key) > 60:
            return
        # Only keys the tokenizer can meet as a run of words and joiners.
        words = len(WORD_RUN.findall(fold(name)))
        self.max_words = max(self.max_words, words)
        self.cldr[key][(kind, target, is_abbreviation(name))].add(self.lang_index[lang])


def canonical_zone(zone: str, known: set[str], aliases: dict[str, str]) -> str | None:
    zone = aliases.get(zone, zone)
    return zone if zone in known else None


def collect_cldr(
    names: Names, locales: list[str], known: set[str], metazones: dict[str, list[str]]
) -> None:
    aliases: dict[str, str] = get_global("zone_aliases")
    territory_zones: dict[str, list[str]] = get_global("territory_zones")
    single = {t: zs[0] for t, zs in territory_zones.items() if len(zs) == 1}
    variants = {"generic": "g", "standard": "s", "daylight": "d"}
    for loc_id in locales:
        loc = Locale.parse(loc_id)
        lang = loc.language
        for mz, entry in loc.meta_zones.items():
            if mz not in metazones:
                continue
            for width in ("long", "short"):
                for variant, name in (entry.get(width) or {}).items():
                    if variant in variants:
                        names.add(name, variants[variant], mz, lang)
        region = loc.zone_formats.get("region")
        if region and not any(ch.isalpha() for ch in region.replace("%s", "")):
            # A region format of just '%s' (or '(%s)') makes bare city and country names
            # ('Dominica'; Papiamento 'Hapon' = Japan, also Filipino for 'afternoon'; Estonian
            # '(Tai)'): they are not zone names in text.
            region = None
        for zone_id, entry in loc.time_zones.items():
            zone = canonical_zone(zone_id, known, aliases)
            if zone is None:
                continue
            idx = names.zone_index[zone]
            for width in ("long", "short"):
                for variant, name in (entry.get(width) or {}).items():
                    if variant in variants:
                        names.add(name, variants[variant], idx, lang)
            city = entry.get("city")
            if city and region:
                names.add(region.replace("%s", city), "c", idx, lang)
        releases_names(names, loc_id, lang, known, aliases, metazones)
        if region:
            for terr, zone_id in single.items():
                zone = canonical_zone(zone_id, known, aliases)
                country = loc.territories.get(terr)
                if zone is not None and country:
                    names.add(region.replace("%s", country), "c", names.zone_index[zone], lang)


def releases_names(names: Names, loc_id: str, lang: str, known: set[str],
                   aliases: dict[str, str], metazones: dict[str, list[str]]) -> None:
    """The zone names of every CLDR release since 30 (``data/cldr``): metazone and zone
    names of earlier releases (Japanese 'アメリカ東部夏時間', Vietnamese 'Giờ Mùa Hè
    Matxcơva') and city phrases in every region format a release had (the daylight and
    standard region formats are left out: they would triple the table, and a formatter
    falls back to a GMT offset, not to them, for zones without names).

    They wait in ``names.pending`` for :func:`add_pending`, which keeps only those the
    newest data does not contradict. A daylight name that the same locale also gives as the
    standard name of the same zone (CLDR 48's Bashkir 'AKST' for both) says neither."""
    variants = {"generic": "g", "standard": "s", "daylight": "d"}
    newest = 1 << (len(cldr_extract.releases()) - 1)
    # babel's CLDR may be newer than data/cldr's newest (CLDR 49 dropped Traditional
    # Chinese 'CST' for North American Central time): a name it lacks is an old one too.
    loc = Locale.parse(loc_id)
    current = {name for table in (loc.meta_zones, loc.time_zones) for entry in table.values()
               for width in ("long", "short") for name in (entry.get(width) or {}).values()}
    entries: dict[tuple[str, str], dict[str, dict[str, int]]] = defaultdict(dict)
    for path, name, mask in cldr_extract.under(loc_id, "metazone/"):
        mz, width, variant = path.split("/")[1:4]
        if mz in metazones and variant in variants:
            entries[(mz, width)].setdefault(variant, {})[name] = mask
    formats = [f for f in cldr_extract.values(loc_id, "tz/regionFormat")
               # As above: a bare '{0}' makes bare city names, which are no zone names.
               if any(ch.isalpha() for ch in f.replace("{0}", ""))]
    for path, name, mask in cldr_extract.under(loc_id, "zones/"):
        zone_id, field = path[len("zones/"):].split("|")
        zone = canonical_zone(zone_id, known, aliases)
        if zone is None:
            continue
        idx = names.zone_index[zone]
        if field.startswith("exemplarCity"):
            for fmt in formats:
                names.pending.append((fmt.replace("{0}", name), "c", idx, lang,
                                      not mask & newest))
            continue
        width, variant = [*field.split("/"), ""][:2]
        if variant in variants:
            entries[(str(idx), width)].setdefault(variant, {})[name] = mask
    for (target, _width), found in entries.items():
        standard = found.get("standard", {})
        for variant, named in found.items():
            for name, mask in named.items():
                if variant == "daylight" and name in standard and standard[name] & mask:
                    continue
                names.pending.append((name, variants[variant],
                                      int(target) if target.isdigit() else target, lang,
                                      not mask & newest or name not in current))


def add_pending(names: Names, abbreviations: set[str]) -> None:
    """The names of :func:`releases_names` that the newest data leaves standing: a name only
    earlier releases had is left out when its key means something else now (another zone, or
    a tz abbreviation), for the newest release's meaning wins."""
    for name, kind, target, lang, old in names.pending:
        key = zone_key(name)
        if old:
            now = names.cldr.get(key, {})
            if key in abbreviations or any((k, t) != (kind, target) for k, t, _ in now):
                continue
        names.add(name, kind, target, lang)


def lang_territories(languages: list[str]) -> dict[str, list[str]]:
    """Countries where a language is official or the language of half the people: the places a
    page in that language most likely reports times for."""
    table: dict[str, dict[str, dict[str, Any]]] = get_global("territory_languages")
    wanted = set(languages)
    out: dict[str, set[str]] = defaultdict(set)
    for terr, langs in table.items():
        for lang, info in langs.items():
            base = lang.split("_")[0]
            if base not in wanted:
                continue
            status = info.get("official_status") or ""
            if status in ("official", "de_facto_official") or info["population_percent"] >= 50:
                out[base].add(terr)
    return {lang: sorted(terrs) for lang, terrs in sorted(out.items())}


def guess_golden(metazone: str, members: list[str]) -> str:
    """The zone a metazone is named after when the curated file does not say: the member
    whose city or country is in the metazone's id ('India' -> Asia/Kolkata, not Asia/Colombo;
    'Moscow' -> Europe/Moscow), else the first member. The golden zone only matters when the
    members disagree on the offset, and those are curated (the tests check that)."""
    words = metazone.replace("_", " ").lower()
    english = Locale.parse("en")
    territories: dict[str, str] = get_global("zone_territories")
    for zone in members:
        city = zone.rsplit("/", 1)[-1].replace("_", " ").lower()
        country = str(english.territories.get(territories.get(zone, ""), "")).lower()
        if city in words or (country and country in words):
            return zone
    return members[0]


# --- assembly -----------------------------------------------------------------------------


def build() -> dict[str, object]:
    curated = json.loads(CURATED.read_text(encoding="utf-8"))
    # The tzdata package's own list: available_timezones() also walks the machine's TZPATH
    # ('localtime', 'posixrules'), which would make the output depend on the machine.
    zones = sorted(resources.files("tzdata").joinpath("zones").read_text().split())
    known = set(zones)
    locales = sorted(loc for loc in locale_identifiers() if loc.split("_")[0] not in SKIPPED)
    languages = sorted(
        {Locale.parse(loc).language for loc in locales}
        | {lang for e in curated["names"] for lang in e["languages"]}
    )
    names = Names(zones, languages)

    aliases: dict[str, str] = get_global("zone_aliases")
    members: dict[str, list[str]] = defaultdict(list)
    for zone_id, mz in get_global("meta_zones").items():
        zone = canonical_zone(zone_id, known, aliases)
        if zone is not None:
            members[mz].append(zone)
    # Metazones that only earlier releases have (their names are in data/cldr): the zones
    # that used them, from cldr-core's metaZones of every release.
    for mz, zone_ids in cldr_extract.metazone_members().items():
        if mz not in members:
            members[mz] = [z for z in map(lambda z: canonical_zone(z, known, aliases),
                                          sorted(zone_ids)) if z is not None]
            if not members[mz]:
                del members[mz]
    # The golden zone is CLDR's: metaZones' mapZone for territory 001 (Korea -> Asia/Seoul,
    # not the alphabetically first Asia/Pyongyang), newest release first.
    golden = {mz: canonical_zone(z, known, aliases) or z
              for mz, z in cldr_extract.golden_zones().items()}
    golden.update({k: v for k, v in curated.get("golden", {}).items() if k != "#"})
    metazones: dict[str, list[object]] = {}
    for mz, zs in sorted(members.items()):
        zs = sorted(set(zs))
        gold = golden.get(mz) or guess_golden(mz, zs)
        # CLDR keeps ids the tz database has renamed (America/Godthab, now America/Nuuk): the
        # golden zone is the member that is the same zone.
        same = [z for z in zs if z != gold and tzif(z) == tzif(gold)]
        if gold not in zs and same:
            gold = same[0]
        if gold not in known:
            raise SystemExit(f"curated golden zone {gold} of {mz} is not a tz zone")
        if gold not in zs:
            # babel's zone -> metazone table keeps one metazone per zone, so a zone that
            # moved (Europe/London, now 'GMT' in CLDR) drops out of the one it is named after.
            zs = sorted({*zs, gold})
        metazones[mz] = [names.zone_index[gold], [names.zone_index[z] for z in zs]]

    collect_cldr(names, locales, known, members)
    canonical = [z for z in zones if "/" in z and z not in aliases]
    abbreviations = tz_abbreviations(canonical)
    add_pending(names, {zone_key(abbr) for abbr, _, _ in abbreviations})

    words: dict[str, list[list[object]]] = defaultdict(list)
    for key, readings in names.cldr.items():
        for (kind, target, abbr), langs in readings.items():
            words[key].append([kind, target, sorted(langs), int(abbr)])

    # Links ('Asia/Calcutta', 'W-SU', 'Eire') repeat their target's records; only canonical
    # names go into readings (IANA lookup still knows every name in ``zones``).
    for (abbr, off, dst), per_zone in abbreviations.items():
        # One reading per set of years, so the years say when each zone used the name
        # (Pyongyang's KST was +08:30 in 2015-2018 while Seoul's stayed +09:00).
        by_years: dict[tuple[tuple[int, int], ...], list[int]] = defaultdict(list)
        for zone, years in per_zone.items():
            by_years[tuple(tuple(s) for s in spans(years))].append(names.zone_index[zone])
        for span_list, zone_ids in by_years.items():
            words[zone_key(abbr)].append(
                ["f", off, int(dst), sorted(zone_ids), [list(s) for s in span_list], 1]
            )

    for entry in curated["names"]:
        langs = sorted(names.lang_index[lang] for lang in entry["languages"])
        kind = entry["kind"]
        for name in entry["names"]:
            names.offered.add(name)
            key = zone_key(name)
            words_n = len(WORD_RUN.findall(fold(name)))
            names.max_words = max(names.max_words, words_n)
            if kind == "local":
                reading: list[object] = ["l", langs]
            elif kind == "fixed":
                reading = ["o", int(entry["offset"]), langs]
            else:
                zone = entry["zone"]
                if zone not in known:
                    raise SystemExit(f"curated: unknown zone {zone!r}")
                reading = [
                    {"generic": "G", "standard": "S", "daylight": "D"}[kind],
                    names.zone_index[zone],
                    langs,
                    int(is_abbreviation(name)),
                ]
            if reading not in words[key]:
                words[key].append(reading)

    defaults = {}
    for entry in curated["defaults"]:
        if entry["zone"] not in known:
            raise SystemExit(f"curated default: unknown zone {entry['zone']!r}")
        defaults[zone_key(entry["abbr"])] = [entry["zone"], entry["reason"]]

    return {
        "about": {
            "babel": babel.__version__,
            "cldr": cldr_version(),
            **cldr_extract.about(),
            "tzdata": tzdata.IANA_VERSION,
            "generator": "data/generate_zones.py",
            "curated": "data/curated/zones/curated.json",
            "years": [FIRST_YEAR, LAST_YEAR],
        },
        "zones": zones,
        "territory": [get_global("zone_territories").get(z, "") for z in zones],
        "languages": languages,
        "lang_territories": lang_territories(languages),
        "metazones": metazones,
        "defaults": defaults,
        "max_words": names.max_words,
        "names": {key: ";".join(sorted(encode(r) for r in words[key])) for key in sorted(words)},
        "vocabulary": vocabulary(names.offered | {n for n, *_ in names.pending}),
    }


def vocabulary(offered: set[str]) -> dict[str, list[str]]:
    """What zone names are made of, for the parser's rule that a word beside a clock time
    that may be part of a zone name is read as one or refused (``_zonewords``): ``words``,
    every word (the tokenizer's word runs, as lookup keys) of every name any CLDR release
    offered; ``unspaced``, the whole keys of names in scripts without spaces, where a word
    is any piece of a name."""
    words: set[str] = set()
    whole: set[str] = set()
    for name in offered:
        key = zone_key(name)
        if not key or "∅" in key:
            continue
        for run in WORD_RUN.findall(fold(name)):
            word = zone_key(run)
            if word and not any(ch.isdigit() for ch in word):
                words.add(word)
        if any(unspaced(ch) for ch in key):
            whole.add(key)
    return {"words": sorted(words), "unspaced": sorted(whole)}


def encode(reading: list[object]) -> str:
    """One reading as text: fields split by spaces, lists by commas, year spans as
    ``first-last``. Strings parse several times faster than nested JSON lists, and the
    table is read on the first zone word of a process."""

    def field(value: object) -> str:
        if isinstance(value, list):
            if not value:
                return "-"
            if isinstance(value[0], list):
                return ",".join(f"{a}-{b}" for a, b in value)
            return ",".join(str(v) for v in value)
        return str(value)

    return " ".join(field(v) for v in reading)


def files(table: dict[str, object]) -> dict[Path, str]:
    """The table as packaged: the names in ``zone_names.txt``, one ``key<TAB>readings`` line
    each in UTF-8 byte order, so the parser can binary-search the file's bytes instead of
    building a dict of 110,000 names (about 45 MB); the rest in ``zones.json``."""
    rest = dict(table)
    names = rest.pop("names")
    vocab = rest.pop("vocabulary")
    assert isinstance(names, dict) and isinstance(vocab, dict)
    lines = []
    for key in sorted(names, key=lambda k: k.encode("utf-8")):
        if any(c in key for c in "\t\n") or "\n" in names[key]:
            raise ValueError(f"zone name {key!r} would break the line format")
        lines.append(f"{key}\t{names[key]}\n")
    # One word a line, then a blank line, then the names of scripts without spaces.
    words = "\n".join(vocab["words"]) + "\n\n" + "\n".join(vocab["unspaced"]) + "\n"
    return {OUT: render(rest), NAMES_OUT: "".join(lines), WORDS_OUT: words}


def main() -> int:
    return generated.main((__doc__ or "").splitlines()[0], build, OUT, ROOT,
                          "data/generate_zones.py", files)


if __name__ == "__main__":
    raise SystemExit(main())
