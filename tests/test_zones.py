"""Zone names and DST edges (``localenorm._zones``): curated entries, ambiguity rules, every gap
and fold of sample zones under each policy, and tz-database abbreviations against zoneinfo."""

from __future__ import annotations

import json
import pathlib
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from localenorm._errors import AmbiguousError, InvalidDateError, OptionError, UnknownZoneError
from localenorm._zones import (
    ZoneReading,
    localize,
    lookup,
    max_words,
    resolve,
    to_zoneinfo,
    variant_offset,
    zone_key,
)
from tests.packaged import tables_read

ROOT = pathlib.Path(__file__).resolve().parent.parent
CURATED = json.loads((ROOT / "data/curated/zones/curated.json").read_text(encoding="utf-8"))
TABLE = json.loads((ROOT / "localenorm/_data/zones.json").read_text(encoding="utf-8"))
NAMES = dict(line.split("\t") for line in
             (ROOT / "localenorm/_data/zone_names.txt").read_text(encoding="utf-8").splitlines())
UTC = timezone.utc
WINTER = datetime(2024, 1, 15, 12, 0)
SUMMER = datetime(2024, 7, 15, 12, 0)
H = timedelta(hours=1)


def choose(name: str, local: datetime, **kw: object) -> timedelta:
    return resolve(lookup(zone_key(name)), local, text=name, **kw).offset  # type: ignore[arg-type]


# --- curated entries ----------------------------------------------------------------------


def _curated_cases() -> list[tuple[str, dict[str, object]]]:
    return [(name, entry) for entry in CURATED["names"] for name in entry["names"]]


@pytest.mark.parametrize(("name", "entry"), _curated_cases(), ids=lambda v: str(v)[:40])
@pytest.mark.parametrize("local", [WINTER, SUMMER], ids=["winter", "summer"])
def test_curated_name_means_its_zone(name: str, entry: dict[str, object], local: datetime) -> None:
    readings = lookup(zone_key(name))
    assert any(r.source == "curated" for r in readings), name
    lang = entry["languages"][0]  # type: ignore[index]
    kind = entry["kind"]
    if kind == "local":
        # Names no zone: the caller's default applies, and the note says so.
        choice = resolve(
            readings, local, text=name, language_hint=str(lang), default_tz=ZoneInfo("Asia/Tokyo")
        )
        assert choice.offset == 9 * H
        assert "names no zone" in choice.notes[0]
        return
    got = choose(name, local, language_hint=lang)
    if kind == "fixed":
        assert got == timedelta(seconds=int(entry["offset"]))  # type: ignore[call-overload]
        return
    zone = ZoneInfo(str(entry["zone"]))
    wall = local.replace(tzinfo=zone)
    expected = {
        "generic": wall.utcoffset(),
        "standard": wall.utcoffset() - wall.dst(),  # type: ignore[operator]
        "daylight": variant_offset(str(entry["zone"]), local, True)[0],
    }[str(kind)]
    assert got == expected, (name, got, expected)


@pytest.mark.parametrize("entry", CURATED["defaults"], ids=lambda e: e["abbr"])
def test_curated_default_is_a_meaning_the_abbreviation_has(entry: dict[str, str]) -> None:
    key = zone_key(entry["abbr"])
    readings = lookup(key)
    assert readings, entry["abbr"]
    choice = resolve(readings, WINTER, text=entry["abbr"])
    # The default zone's own offset then: as the wall time (curated generic) or as recorded.
    mine = [r for r in readings if r.kind == "fixed" and entry["zone"] in r.zones]
    # A name no longer in use (CAST) is read with the offsets it had.
    fixed = {r.offset for r in mine if r.in_use(WINTER.year)} or {r.offset for r in mine}
    wall = WINTER.replace(tzinfo=ZoneInfo(entry["zone"])).utcoffset()
    assert choice.offset in fixed | {wall}, (entry, choice)
    if len({o.offset for o in _all_options(readings)}) > 1:
        with pytest.raises(AmbiguousError) as err:
            resolve(readings, WINTER, text=entry["abbr"], strict=True)
        assert len(err.value.candidates) >= 2


def _all_options(readings: tuple[ZoneReading, ...]) -> list[ZoneReading]:
    return [r for r in readings if r.kind == "fixed" and r.in_use(WINTER.year)]


def test_curated_file_is_sourced() -> None:
    for entry in CURATED["names"]:
        assert entry["source"].strip(), entry
    for entry in CURATED["defaults"]:
        assert entry["reason"].strip(), entry


# --- ambiguity rules ----------------------------------------------------------------------

AMBIGUITY = [
    # name, local, keyword options, expected offset
    ("IST", SUMMER, {}, timedelta(hours=5, minutes=30)),
    ("IST", SUMMER, {"language_hint": "hi"}, timedelta(hours=5, minutes=30)),
    ("IST", SUMMER, {"language_hint": "en-IN"}, timedelta(hours=5, minutes=30)),
    ("IST", SUMMER, {"language_hint": "he"}, 2 * H),
    ("IST", SUMMER, {"language_hint": "en-IE"}, H),
    ("IST", SUMMER, {"language_hint": "en", "region_hint": "IL"}, 2 * H),
    ("IST", SUMMER, {"zone_hints": {"IST": "Asia/Jerusalem"}}, 3 * H),  # the wall time, IDT
    ("ist", SUMMER, {"zone_hints": {"IST": "+01:00"}}, H),
    ("CST", WINTER, {}, -6 * H),
    ("CST", WINTER, {"language_hint": "zh"}, 8 * H),
    ("CST", WINTER, {"language_hint": "zh-TW"}, 8 * H),
    ("CST", WINTER, {"language_hint": "es-CU"}, -5 * H),
    ("BST", SUMMER, {}, H),
    ("BST", WINTER, {}, H),  # the summer name keeps its offset in winter
    ("PST", WINTER, {}, -8 * H),
    ("PST", WINTER, {"region_hint": "PH"}, 8 * H),
    ("AST", WINTER, {}, -4 * H),
    ("ECT", WINTER, {}, -5 * H),
    ("CET", SUMMER, {}, H),  # a standard name: +01:00 even in July
    ("CEST", WINTER, {}, 2 * H),
    ("MESZ", WINTER, {"language_hint": "de"}, 2 * H),
    ("Central European Time", SUMMER, {}, 2 * H),  # generic: the wall time of Paris
    ("heure normale d’Europe centrale", SUMMER, {}, H),
    ("heure d’été d’Europe centrale", WINTER, {}, 2 * H),
    ("Moskauer Normalzeit", SUMMER, {}, 3 * H),
    ("توقيت وسط أوروبا الصيفي", WINTER, {}, 2 * H),
    ("Eastern Time", SUMMER, {}, -4 * H),
    ("ET", WINTER, {}, -5 * H),
    ("MSK", datetime(2012, 6, 1, 12), {}, 4 * H),  # Moscow kept +04:00 in 2011-2014
    ("MSK", datetime(2010, 6, 1, 12), {}, 4 * H),  # and had summer time before
    ("KST", SUMMER, {}, 9 * H),
    ("Europe/Berlin", SUMMER, {}, 2 * H),
    ("America/Argentina/Buenos_Aires", SUMMER, {}, -3 * H),
    ("heure : Inde", SUMMER, {}, timedelta(hours=5, minutes=30)),
    ("India Time", SUMMER, {}, timedelta(hours=5, minutes=30)),
    ("Irish Standard Time", SUMMER, {}, H),
    ("GMT", SUMMER, {}, timedelta(0)),
]


@pytest.mark.parametrize(
    ("name", "local", "kw", "expected"),
    AMBIGUITY,
    ids=[f"{a[0]}-{a[1].month}-{sorted(a[2])}" for a in AMBIGUITY],
)
def test_ambiguity_rules(
    name: str, local: datetime, kw: dict[str, object], expected: timedelta
) -> None:
    assert choose(name, local, **kw) == expected


@pytest.mark.parametrize("name", ["IST", "CST", "PST", "CDT"])
def test_default_is_noted_with_alternatives_and_strict_refuses(name: str) -> None:
    local = datetime(2024, 1, 15, 12)
    choice = resolve(lookup(zone_key(name)), local, text=name)
    assert any("by default" in n and "alternatives" in n for n in choice.notes), choice.notes
    with pytest.raises(AmbiguousError) as err:
        resolve(lookup(zone_key(name)), local, text=name, strict=True)
    assert err.value.text == name and len(err.value.candidates) >= 2


def test_unambiguous_names_pass_strict() -> None:
    assert choose("CEST", SUMMER, strict=True) == 2 * H
    assert choose("Mitteleuropäische Sommerzeit", SUMMER, strict=True) == 2 * H


def test_no_readings_is_an_unknown_zone() -> None:
    with pytest.raises(UnknownZoneError):
        resolve((), SUMMER, text="XYZT")
    assert lookup(zone_key("not a zone")) == ()


def test_bad_options_are_refused() -> None:
    with pytest.raises(OptionError):
        resolve(lookup("cest"), SUMMER, disambiguate="nearest")
    with pytest.raises(OptionError):
        resolve(lookup("ist"), SUMMER, zone_hints={"IST": "Mars/Olympus"})


def test_iana_names_only_with_a_slash() -> None:
    assert [r.kind for r in lookup(zone_key("Asia/Tokyo"))] == ["iana"]
    # 'Japan' and 'Egypt' are legacy tz names but ordinary words in text.
    assert not any(r.kind == "iana" for r in lookup(zone_key("Japan")))
    assert not any(r.kind == "iana" for r in lookup(zone_key("Egypt")))


def test_max_words_covers_every_name() -> None:
    assert max_words() >= 4
    assert max_words() >= len("heure normale d’Europe centrale".replace("’", " ").split())


def test_readings_are_tagged_with_languages() -> None:
    fr = [r for r in lookup(zone_key("heure normale d’Europe centrale")) if r.source == "cldr"]
    assert fr and all("fr" in r.languages for r in fr)
    assert any(r.abbreviation for r in lookup("eat"))


def test_table_is_read_for_zone_words_only() -> None:
    steps = tables_read(["localenorm.parse('23 Oct 2023 17:43')",
                         "localenorm.parse('23 Oct 2023 17:43 MSK')"])
    assert not any("zone" in name for name in steps[1])
    assert {"zones.json", "zone_names.txt"} <= set(steps[2])


def _cldr_golden() -> dict[str, str]:
    """Metazone -> golden zone (territory 001) of the newest CLDR release in data/cldr, read
    here from the committed extract rather than through the generator."""
    import lzma

    core = json.loads(lzma.decompress((ROOT / "data/cldr/core.json.xz").read_bytes()))["core"]
    out = {}
    for path, raw in core.items():
        if path.startswith("mapZone/") and path.endswith("/001"):
            # A plain string is every release's answer; otherwise the newest release's.
            out[path.split("/")[1]] = raw if isinstance(raw, str) else max(
                raw, key=lambda vm: vm[1])[0]
    return out


def test_metazones_with_disagreeing_members_have_cldrs_golden_zone() -> None:
    # The golden zone decides what such a name means; a guessed one would be silently wrong,
    # so it is CLDR's own (or the same zone under the tz database's newer id: CLDR's
    # America/Godthab is America/Nuuk), unless the curated table says otherwise.
    curated = CURATED["golden"]
    cldr = _cldr_golden()
    zones = TABLE["zones"]
    for mz, (gold, members) in TABLE["metazones"].items():
        names = [zones[i] for i in members]
        for month in range(1, 13, 3):
            at = datetime(2025, month, 1, 12, tzinfo=UTC)
            offsets = {at.astimezone(ZoneInfo(z)).utcoffset() for z in names}
            if len(offsets) > 1:
                want = curated.get(mz, cldr.get(mz))
                assert want is not None, mz
                assert zones[gold] == want or _tzif(zones[gold]) == _tzif(want), mz
                break


def _tzif(zone: str) -> bytes:
    from importlib import resources

    return resources.files("tzdata.zoneinfo").joinpath(zone).read_bytes()


def test_korea_means_seoul() -> None:
    # CLDR's golden zone of the metazone 'Korea' is Asia/Seoul; the alphabetically first
    # member, Asia/Pyongyang, was +08:30 in 2015-2018.
    gold, _ = TABLE["metazones"]["Korea"]
    assert TABLE["zones"][gold] == "Asia/Seoul"


# --- DST edges ----------------------------------------------------------------------------

DST_ZONES = [
    "Europe/Berlin",
    "America/New_York",
    "Australia/Lord_Howe",
    "America/Sao_Paulo",
    "Asia/Tehran",
]


@lru_cache(maxsize=16)  # one entry per sample zone
def transitions(zone: str) -> tuple[tuple[datetime, timedelta, timedelta], ...]:
    """(instant, offset before, offset after) of every change 2000-2030, found by scanning
    UTC hours and bisecting to the minute: independent of the module under test."""
    tz = ZoneInfo(zone)
    out = []
    t = datetime(2000, 1, 1, tzinfo=UTC)
    end = datetime(2031, 1, 1, tzinfo=UTC)
    prev = t.astimezone(tz).utcoffset()
    while t < end:
        nxt = t + H
        off = nxt.astimezone(tz).utcoffset()
        if off != prev:
            lo, hi = t, nxt  # offset(lo) == prev, offset(hi) == off
            while hi - lo > timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                mid = mid.replace(second=0, microsecond=0)
                if mid <= lo:
                    break
                if mid.astimezone(tz).utcoffset() == prev:
                    lo = mid
                else:
                    hi = mid
            assert prev is not None and off is not None
            out.append((hi, prev, off))
            prev = off
        t = nxt
    return tuple(out)


def _edge_cases() -> list[tuple[str, datetime, timedelta, timedelta]]:
    return [
        (zone, at, before, after) for zone in DST_ZONES for at, before, after in transitions(zone)
    ]


def test_sample_zones_have_edges() -> None:
    # Guards the scan itself: these zones changed offsets many times in 2000-2030.
    assert all(len(transitions(z)) >= 10 for z in DST_ZONES)
    assert any(abs(b - a) == timedelta(minutes=30) for _, b, a in transitions(DST_ZONES[2]))


@pytest.mark.parametrize(
    ("zone", "at", "before", "after"), _edge_cases(), ids=lambda v: str(v)[:19]
)
def test_gaps_and_folds_under_each_policy(
    zone: str, at: datetime, before: timedelta, after: timedelta
) -> None:
    tz = ZoneInfo(zone)
    # A wall time halfway into the skipped or repeated span.
    local = (at + min(before, after)).replace(tzinfo=None) + abs(after - before) / 2
    with_before = (local - before).replace(tzinfo=UTC)
    with_after = (local - after).replace(tzinfo=UTC)
    if after > before:  # gap
        assert localize(local, tz, "compatible")[0] == with_before  # moved forward
        assert localize(local, tz, "later")[0] == with_before
        assert localize(local, tz, "earlier")[0] == with_after  # moved back
        assert with_before > with_after
        with pytest.raises(InvalidDateError):
            localize(local, tz, "raise")
    else:  # fold
        assert localize(local, tz, "compatible")[0] == with_before  # the earlier instant
        assert localize(local, tz, "earlier")[0] == with_before
        assert localize(local, tz, "later")[0] == with_after
        assert with_before < with_after
        with pytest.raises(AmbiguousError) as err:
            localize(local, tz, "raise")
        assert len(err.value.candidates) == 2
    assert localize(local, tz, "compatible")[1], "the note says which was chosen"
    # Through the name as written in text, the same.
    got = resolve(lookup(zone_key(zone)), local, text=zone, disambiguate="later")
    assert got.utc == (with_before if after > before else with_after)


def test_plain_times_have_no_notes() -> None:
    utc, notes = localize(datetime(2024, 6, 1, 12), ZoneInfo("Europe/Berlin"))
    assert utc == datetime(2024, 6, 1, 10, tzinfo=UTC) and notes == []


def test_an_abbreviation_settles_a_fold() -> None:
    # 02:30 on 2010-10-31 happened twice in Moscow; 'MSK' is the second (standard) one.
    local = datetime(2010, 10, 31, 2, 30)
    assert choose("MSK", local) == 3 * H
    assert choose("MSK", local, disambiguate="raise") == 3 * H


def test_pytz_zones_are_read_by_name() -> None:
    import pytz  # a test dependency: no skip

    berlin = pytz.timezone("Europe/Berlin")
    converted = to_zoneinfo(berlin)
    assert getattr(converted, "key", None) == "Europe/Berlin"
    july = datetime(2024, 7, 1, 12)
    assert converted.utcoffset(july) == ZoneInfo("Europe/Berlin").utcoffset(july)
    assert to_zoneinfo(pytz.utc) is UTC
    # Attached directly, pytz's zone would apply local mean time (+00:53).
    assert localize(datetime(2024, 1, 1, 12), berlin)[0] == datetime(2024, 1, 1, 11, tzinfo=UTC)


# --- tz database abbreviations against zoneinfo -------------------------------------------


def _abbreviation_uses() -> list[tuple[str, str, int, int]]:
    """(abbreviation key, zone, first year, last year) for every tz abbreviation of the table
    and every zone that used it, from 1970 on."""
    zones = TABLE["zones"]
    out = []
    for key, raw in NAMES.items():
        for reading in raw.split(";"):
            f = reading.split(" ")
            if f[0] != "f":
                continue
            first = int(f[4].split(",")[0].split("-")[0])
            last = int(f[4].split(",")[-1].split("-")[1])
            for i in f[3].split(","):
                out.append((key, zones[int(i)], max(first, 1970), min(last, 2037)))
    return sorted(set(out))


USES = _abbreviation_uses()


@lru_cache(maxsize=4096)
def _instants(key: str, zone: str, year: int) -> tuple[datetime, ...]:
    """Instants in ``year`` (every 6 hours) at which ``zone`` used the abbreviation, by
    zoneinfo's own tzname."""
    tz = ZoneInfo(zone)
    start = datetime(year, 1, 1, tzinfo=UTC)
    out = []
    for step in range(0, 366 * 4):
        t = start + timedelta(hours=6 * step)
        if t.year != year:
            break
        if zone_key(t.astimezone(tz).tzname() or "") == key:
            out.append(t)
    return tuple(out)


def test_every_abbreviation_is_in_the_table() -> None:
    assert len(USES) > 500
    keys = {key for key, *_ in USES}
    for abbr in ("cest", "est", "ist", "msk", "jst", "aest", "nzdt", "hst", "sast", "wib"):
        assert abbr in keys, abbr


@given(st.data())
@example(data=None)  # IST in Dublin, +01:00 (a 'standard' time by the tz database's flags)
def test_abbreviation_offset_matches_zoneinfo(data: st.DataObject | None) -> None:
    if data is None:
        key, zone, year, pick = "ist", "Europe/Dublin", 2020, 100
    else:
        key, zone, first, last = data.draw(st.sampled_from(USES))
        year = data.draw(st.integers(first, last))
        pick = data.draw(st.integers(0, 10_000))
    instants = _instants(key, zone, year)
    if not instants:
        return  # the span covers the year, but this zone used the name in other years
    t = instants[pick % len(instants)].astimezone(ZoneInfo(zone))
    local, expected = t.replace(tzinfo=None), t.utcoffset()
    readings = lookup(key)
    offsets = {r.offset for r in readings if r.kind == "fixed" and r.in_use(local.year)}
    try:
        got = resolve(readings, local, text=key, strict=True)
    except AmbiguousError as err:
        # Refused only when the name really had several offsets (or a curated zone disagrees).
        assert len(err.candidates) >= 2
    else:
        assert got.offset == expected, (key, zone, local, got)
    # Not strict: one of the offsets the name had then (or the wall time of its curated
    # zone); names without a curated default are still refused when they have several.
    try:
        loose = resolve(readings, local, text=key)
    except AmbiguousError:
        assert key not in TABLE["defaults"]
    else:
        assert loose.offset in offsets | {expected} or loose.reading.kind != "fixed"
    # Pinned to the zone, the answer is exact.
    pinned = resolve(readings, local, text=key, zone_hints={key: zone})
    assert pinned.offset == expected or t.fold or _at_edge(zone, local)


def _at_edge(zone: str, local: datetime) -> bool:
    tz = ZoneInfo(zone)
    return (
        local.replace(tzinfo=tz, fold=0).utcoffset() != local.replace(tzinfo=tz, fold=1).utcoffset()
    )


def test_years_of_use_decide() -> None:
    # Pyongyang kept KST at +08:30 in 2015-2018 only: outside those years KST is +09:00.
    assert resolve(lookup("kst"), WINTER, strict=True).offset == 9 * H
    with pytest.raises(AmbiguousError):
        resolve(lookup("kst"), datetime(2016, 1, 15, 12), strict=True)
    assert resolve(lookup("kst"), datetime(2016, 1, 15, 12)).offset == 9 * H
    assert choose("KST", datetime(2016, 1, 15, 12), region_hint="KP") == timedelta(
        hours=8, minutes=30
    )


def test_binary_search_finds_every_name_and_nothing_else() -> None:
    """The packaged names are searched in place (``_zones._search``): every line is found,
    and keys between, before and after them are not."""
    from localenorm._zones import _search

    data = (ROOT / "localenorm/_data/zone_names.txt").read_bytes()
    for key, raw in NAMES.items():
        assert _search(data, key.encode("utf-8")) == raw
        assert _search(data, key.encode("utf-8") + b"\x00") is None
    assert _search(data, b"") is None
    assert _search(data, b"\xff\xff") is None
