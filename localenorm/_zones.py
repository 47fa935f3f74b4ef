"""Zone names in text -> the zone or offset they mean, and local times in zones -> UTC.

The vocabulary (``_data/zones.json``, made by ``data/generate_zones.py``) has three layers:
the tz database's abbreviations with the offsets and years they were used, CLDR's localized
names (metazone names, per-zone names, city and country phrases) tagged with their languages,
and a curated layer of local usage (``МСК``, ``horário de Brasília``, ``北京时间``). IANA names
(``Europe/Berlin``) are recognised from the zone list. The table is read the first time a zone
word is looked up, never at ``import localenorm``.

A name has one or more :class:`ZoneReading` s; :func:`resolve` evaluates them at the local
time the text gives and picks one, or raises. The rules, in order:

1. ``zone_hints`` pins a name to a zone (``{"IST": "Asia/Kolkata"}``).
2. Readings a more specific one overrides are dropped: curated local usage overrides CLDR's
   readings of the same name ('ET'); a name CLDR uses both generically and as a standard or
   daylight name (en_GB's short 'CET') is read as the specific one.
3. Readings are evaluated: abbreviations from the tz database give their fixed offset (only
   those in use in the local time's year, when any is); names of a zone ('Central European
   Time', 'heure : Berlin', ``Europe/Berlin``) give the zone's offset at the local time, DST
   edges settled by ``disambiguate`` (an abbreviation of the same zone settles a fold: 'MSK'
   at a repeated hour means the standard-time one); standard and daylight names (``CEST``,
   'Central European Summer Time') give the zone's standard or daylight offset at that date.
4. If they disagree on the offset: zones of the region (``region_hint``, or the region of
   ``language_hint``); the CLDR golden zone when all are members of one metazone; readings
   written in the hinted language; zones of the countries where that language is official;
   the curated default of the abbreviation, noted with the alternatives (``strict=True``
   raises :class:`AmbiguousError` instead); otherwise :class:`AmbiguousError`.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfoNotFoundError

from localenorm._errors import AmbiguousError, InvalidDateError, OptionError, UnknownZoneError
from localenorm._lexkey import lookup_key
from localenorm._packaged import once, read_bytes, read_json
from localenorm._scripts import unspaced
from localenorm._zone import label, zone_named
from localenorm._zone import offset_label as _fmt

KINDS = ("fixed", "generic", "standard", "daylight", "city", "iana", "local")
POLICIES = ("compatible", "earlier", "later", "raise")

# Besides what lookup_key drops, CLDR's region formats put these inside one name
# ('heure : Inde', 'Indien (Ortszeit)'), and IANA names join words with '_' ('Buenos_Aires');
# the tokenizer should skip them inside a zone name.
_EXTRA_DROP = str.maketrans("", "", ":(),_")
_UTC = timezone.utc
_HOUR = timedelta(hours=1)


def zone_key(text: str) -> str:
    """The key a zone name is stored under: :func:`lookup_key` without ``:``, ``(``, ``)``,
    ``,`` and ``_``. Idempotent, so a ``lookup_key`` may be passed through it again."""
    return lookup_key(text).translate(_EXTRA_DROP)


@dataclass(frozen=True, slots=True)
class ZoneReading:
    """One meaning of a zone name.

    ``kind``:

    - ``"fixed"``: a fixed ``offset`` (``is_dst`` says whether it was a summer time); ``zones``
      used the name with that offset in ``years`` (inclusive spans, 1970-2037; empty for
      curated fixed offsets such as 'بتوقيت غرينتش');
    - ``"generic"``, ``"city"``, ``"iana"``: the wall time of a zone, evaluated at the local
      time (``zones[0]``; for a metazone name ``zones`` are its members, golden zone first);
    - ``"standard"``, ``"daylight"``: the zone's standard or summer offset at that date
      ('CET', 'Central European Summer Time'), whatever the wall clock said;
    - ``"local"``: 'local time' phrases that name no zone; the caller's default applies.

    ``source`` is ``"tz"``, ``"cldr"``, ``"curated"`` or ``"iana"`` (``"hint"`` for the reading
    :func:`resolve` reports when ``zone_hints`` pinned the name); ``languages`` the language
    codes that write the name (``()``: not tied to a language, as tz abbreviations and IANA
    names); ``abbreviation`` marks all-capital Latin short forms ('EAT', 'CAT', 'WAT' are also
    English words: the parser may demand they be upper case in the original text).
    """

    key: str
    kind: str
    source: str
    zones: tuple[str, ...]
    offset: timedelta | None = None
    is_dst: bool | None = None
    years: tuple[tuple[int, int], ...] = ()
    languages: tuple[str, ...] = ()
    metazone: str | None = None
    abbreviation: bool = False

    def in_use(self, year: int) -> bool:
        """Whether a tz abbreviation was in use in ``year`` (the last year of the table counts
        as 'from then on'). Readings without years are always in use."""
        if not self.years:
            return True
        last = self.years[-1][1]
        return any(a <= year <= b for a, b in self.years) or (last >= 2037 and year > last)


@dataclass(frozen=True, slots=True)
class ZoneChoice:
    """The outcome of :func:`resolve`: ``tz`` (a fixed ``timezone`` for fixed offsets, a
    ``ZoneInfo`` for zones), its ``offset`` at the local time, ``utc`` the instant, ``text``
    the name as given, the ``reading`` chosen and ``notes`` for ``ParseResult.assumptions``
    (empty when the name had one meaning and the wall time no DST edge).

    ``offset`` and ``utc`` are the answer; ``tz`` is for labels and for times the parser may
    still derive (a standard/daylight name gets ``timezone(offset)``, not its zone, since the
    zone's wall clock may have shown the other offset; an abbreviation that settled a fold keeps
    the ``ZoneInfo`` though its offset is the one the abbreviation named)."""

    tz: tzinfo
    offset: timedelta
    utc: datetime
    text: str
    reading: ZoneReading
    notes: tuple[str, ...]


# --- the table ------------------------------------------------------------------------------


class _Table:
    def __init__(self, raw: dict[str, Any], names: bytes) -> None:
        self.about: dict[str, Any] = raw["about"]
        self.zones: list[str] = raw["zones"]
        self.territory: list[str] = raw["territory"]
        self.languages: list[str] = raw["languages"]
        self.lang_territories: dict[str, list[str]] = raw["lang_territories"]
        self.metazones: dict[str, list[Any]] = raw["metazones"]
        self.defaults: dict[str, list[str]] = raw["defaults"]
        self.max_words: int = raw["max_words"]
        # ``key<TAB>readings`` lines in UTF-8 byte order (see data/generate_zones.py): searched
        # in place, since a dict of the 110,000 names would cost ~45 MB of memory.
        self._names = names
        self.zone_territory = dict(zip(self.zones, self.territory, strict=True))
        # IANA names as written in text: only 'Area/Location' ones. Bare legacy names
        # ('Japan', 'Egypt', 'Cuba') are ordinary words, and Etc/GMT+5 means UTC-5.
        self.iana = {zone_key(z): z for z in self.zones if "/" in z and not z.startswith("Etc/")}
        self._memo: dict[str, tuple[ZoneReading, ...]] = {}
        self._lock = threading.Lock()

    def _langs(self, field: str) -> tuple[str, ...]:
        if field == "-":
            return ()
        return tuple(self.languages[int(i)] for i in field.split(","))

    def _zone_list(self, field: str) -> tuple[str, ...]:
        return tuple(self.zones[int(i)] for i in field.split(","))

    def _decode(self, key: str, raw: str) -> ZoneReading:
        # The encoding is documented in data/generate_zones.py.
        kind, *f = raw.split(" ")
        if kind == "f":
            years = tuple((int(a), int(b)) for a, b in (s.split("-") for s in f[3].split(",")))
            return ZoneReading(
                key,
                "fixed",
                "tz",
                self._zone_list(f[2]),
                timedelta(seconds=int(f[0])),
                f[1] == "1",
                years,
                (),
                None,
                f[4] == "1",
            )
        if kind == "o":
            return ZoneReading(
                key,
                "fixed",
                "curated",
                (),
                timedelta(seconds=int(f[0])),
                None,
                (),
                self._langs(f[1]),
            )
        if kind == "l":
            return ZoneReading(key, "local", "curated", (), languages=self._langs(f[0]))
        if kind == "c":
            return ZoneReading(
                key, "city", "cldr", self._zone_list(f[0]), languages=self._langs(f[1])
            )
        variant = {"g": "generic", "s": "standard", "d": "daylight"}[kind.lower()]
        source = "curated" if kind.isupper() else "cldr"
        metazone = None
        if f[0].isdigit():
            zones = self._zone_list(f[0])
        else:
            metazone = f[0]
            golden, members = self.metazones[metazone]
            zones = (self.zones[golden], *(self.zones[i] for i in members if i != golden))
        return ZoneReading(
            key,
            variant,
            source,
            zones,
            languages=self._langs(f[1]),
            metazone=metazone,
            abbreviation=f[2] == "1",
        )

    def get(self, key: str) -> tuple[ZoneReading, ...]:
        hit = self._memo.get(key)
        if hit is not None:
            return hit
        raw = _search(self._names, key.encode("utf-8"))
        readings = [self._decode(key, r) for r in raw.split(";")] if raw else []
        zone = self.iana.get(key)
        if zone is not None:
            readings.append(ZoneReading(key, "iana", "iana", (zone,)))
        out = tuple(readings)
        # Bounded: at most one entry per key of the table and per IANA zone.
        if out:
            with self._lock:
                self._memo[key] = out
        return out


def _search(lines: bytes, key: bytes) -> str | None:
    """The readings of ``key`` in sorted ``key<TAB>readings`` lines, by binary search."""
    lo, hi = 0, len(lines)  # both always at the start of a line (or the end)
    while lo < hi:
        mid = (lo + hi) // 2
        start = lines.rfind(b"\n", 0, mid) + 1  # the line holding ``mid``, which starts >= lo
        tab = lines.index(b"\t", start)
        found = lines[start:tab]
        if found == key:
            return lines[tab + 1:lines.index(b"\n", tab)].decode("utf-8")
        if found < key:
            lo = lines.index(b"\n", tab) + 1
        else:
            hi = start
    return None


@once
def _table() -> _Table:
    return _Table(read_json("zones.json"), read_bytes("zone_names.txt"))


def lookup(key: str) -> tuple[ZoneReading, ...]:
    """Readings of a zone name given as its ``lookup_key`` (or :func:`zone_key`): one word or
    several joined ('cest', 'heurenormaledeuropecentrale', 'europeberlin'); ``()`` if none."""
    return _table().get(key.translate(_EXTRA_DROP))


class _Vocabulary:
    """What zone names are made of (``zone_words.txt``, see ``data/generate_zones.py``)."""

    def __init__(self, raw: bytes) -> None:
        words, _, unspaced = raw.decode("utf-8").partition("\n\n")
        self.words = frozenset(words.split("\n"))
        # The names of scripts without spaces, one a line: a piece of one is found by a
        # substring search, since the tokenizer may cut such a name anywhere.
        self.unspaced = "\n" + unspaced


@once
def _vocabulary() -> _Vocabulary:
    return _Vocabulary(read_bytes("zone_words.txt"))


def may_name_zone(key: str) -> bool:
    """Whether a word (a :func:`zone_key`) is a word of some zone name of some CLDR release
    ('moskauer', 'mùa', 'time'), or a piece of one in a script without spaces
    ('アメリカ東部夏'): beside a clock time such a word may be a zone this version does not
    know, and is not ignored."""
    vocabulary = _vocabulary()
    if key in vocabulary.words:
        return True
    return len(key) >= 2 and not key.isascii() and unspaced(key[0]) \
        and key in vocabulary.unspaced


def zone_words() -> frozenset[str]:
    """Every word of every zone name (see ``may_name_zone``)."""
    return _vocabulary().words


def unspaced_names() -> str:
    """The zone names of scripts without spaces, one a line."""
    return _vocabulary().unspaced


def max_words() -> int:
    """The most tokenizer words one zone name has ('heure normale d’Europe centrale' is 4;
    'America/Argentina/Buenos_Aires' is 4): how many words the tokenizer should try joining."""
    return max(_table().max_words, 4)


def data_about() -> dict[str, Any]:
    """Provenance of the packaged table (babel, CLDR and tzdata versions)."""
    return dict(_table().about)


# --- tzinfo helpers -------------------------------------------------------------------------


def to_zoneinfo(tz: tzinfo) -> tzinfo:
    """A pytz zone as the equivalent ``ZoneInfo`` (by its ``.zone`` name: attaching a pytz
    zone with ``replace(tzinfo=...)`` applies its first, local-mean-time offset); pytz's UTC
    as ``timezone.utc``; any other ``tzinfo`` unchanged."""
    name = getattr(tz, "zone", None)
    if name is None or not hasattr(tz, "localize"):
        return tz
    if name == "UTC":
        return _UTC
    try:
        return zone_named(str(name))
    except (ZoneInfoNotFoundError, ValueError):
        raise OptionError(str(name), "pytz zone unknown to zoneinfo") from None


def _iso(utc: datetime) -> str:
    return utc.replace(tzinfo=None).isoformat() + "Z"


def localize(
    local: datetime, tz: tzinfo, disambiguate: str = "compatible", *, text: str | None = None
) -> tuple[datetime, list[str]]:
    """``local`` (naive wall time; an aware one's tzinfo is ignored) in ``tz`` as an aware UTC
    datetime, and notes when the wall time falls in a DST gap or fold.

    ``disambiguate``: ``"compatible"`` (a skipped time is shifted forward by the gap, i.e.
    read with the offset before the change; a repeated time is the earlier instant),
    ``"earlier"``, ``"later"``, or ``"raise"`` (:class:`InvalidDateError` for a skipped time,
    :class:`AmbiguousError` listing both instants for a repeated one). ``text`` is quoted in
    errors (default: the local time). pytz zones are converted with :func:`to_zoneinfo`.
    """
    if disambiguate not in POLICIES:
        raise OptionError(disambiguate, "disambiguate must be one of " + ", ".join(POLICIES))
    tz = to_zoneinfo(tz)
    naive = local.replace(tzinfo=None)
    first = naive.replace(tzinfo=tz, fold=0).utcoffset()
    second = naive.replace(tzinfo=tz, fold=1).utcoffset()
    if first is None or second is None:
        raise OptionError(repr(tz), "the zone gives no UTC offset")
    shown = text if text is not None else naive.isoformat()
    # PEP 495: fold=0 takes the offset before the change, fold=1 the one after. An offset
    # that grows is a gap (the wall clock jumped over this time), one that shrinks a fold.
    if first == second:
        return (naive - first).replace(tzinfo=_UTC), []
    name = label(tz)
    early, late = (naive - first).replace(tzinfo=_UTC), (naive - second).replace(tzinfo=_UTC)
    if first < second:
        gap = second - first
        if disambiguate == "raise":
            raise InvalidDateError(
                shown,
                f"{naive.isoformat()} does not exist in {name}: the "
                f"clocks skipped {_fmt(gap)[1:]} (DST gap)",
            )
        # 'compatible' and 'later' both move past the gap: the offset before it applies.
        chosen, how = (
            (late, "moved back by the gap")
            if disambiguate == "earlier"
            else (early, "moved forward by the gap")
        )
        return chosen, [
            f"{naive.isoformat()} does not exist in {name} (DST gap of "
            f"{_fmt(gap)[1:]}); {how} ({disambiguate}): {_iso(chosen)}"
        ]
    if disambiguate == "raise":
        raise AmbiguousError(
            shown,
            f"{naive.isoformat()} happens twice in {name} (DST fold)",
            [f"{_iso(early)} ({_fmt(first)})", f"{_iso(late)} ({_fmt(second)})"],
        )
    chosen, which, off = (
        (late, "later", second) if disambiguate == "later" else (early, "earlier", first)
    )
    other = early if chosen is late else late
    return chosen, [
        f"{naive.isoformat()} happens twice in {name} (DST fold); took the "
        f"{which} ({disambiguate}), {_fmt(off)}: {_iso(chosen)}; the other is "
        f"{_iso(other)}"
    ]


@lru_cache(maxsize=4096)
def _dst_nearby(zone: str, year: int, month: int) -> tuple[timedelta | None, timedelta | None]:
    """The nearest positive and negative DST amounts of ``zone`` within a year of mid-month:
    what a summer name means on a winter date, and whether the zone uses 'negative DST'
    (Dublin's winter and Casablanca's Ramadan are flagged as DST in the tz database)."""
    tz = zone_named(zone)
    centre = datetime(year, month, 15, 12)
    pos = neg = None
    for step in range(53):
        for sign in (1, -1):
            try:
                d = (centre + timedelta(weeks=sign * step)).replace(tzinfo=tz).dst()
            except OverflowError:
                continue
            if d is not None and d > timedelta(0) and pos is None:
                pos = d
            if d is not None and d < timedelta(0) and neg is None:
                neg = d
        if pos is not None and neg is not None:
            break
    return pos, neg


def variant_offset(zone: str, local: datetime, daylight: bool) -> tuple[timedelta, list[str]]:
    """The standard (``daylight=False``) or summer offset of ``zone`` at the date of
    ``local``, whichever the wall clock showed then: 'CET' in July is still +01:00."""
    tz = zone_named(zone)
    at = local.replace(tzinfo=tz, fold=0)
    u, d = at.utcoffset(), at.dst()
    assert u is not None and d is not None
    notes: list[str] = []
    if d > timedelta(0):
        std, summer = u - d, u
    elif d < timedelta(0):
        std, summer = u, u - d
    else:
        pos, neg = _dst_nearby(zone, local.year, local.month)
        if neg is not None:
            std, summer = u + neg, u
        else:
            std = u
            if pos is None:
                pos = _HOUR
                if daylight:
                    notes.append(
                        f"{zone} kept no summer time around {local.date()}; the "
                        "summer name read as standard time + 1 hour"
                    )
            summer = u + pos
    return (summer if daylight else std), notes


# --- resolution -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Option:
    reading: ZoneReading
    zone: str | None
    offset: timedelta
    notes: tuple[str, ...] = ()
    exact: bool = False  # the wall time of the zone, not a recorded abbreviation offset


def _language(tag: str | None) -> tuple[str | None, str | None]:
    if not tag:
        return None, None
    parts = [p for p in tag.replace("-", "_").split(".")[0].split("_") if p]
    if not parts:
        return None, None
    region = next((p.upper() for p in parts[1:] if len(p) == 2 and p.isalpha()), None)
    return parts[0].lower(), region


def _hint_tz(value: str | tzinfo, key: str) -> tzinfo:
    if isinstance(value, tzinfo):
        return to_zoneinfo(value)
    from localenorm._zone import resolve_tz

    try:
        return resolve_tz(value)
    except OptionError:
        raise OptionError(value, f"zone_hints[{key!r}] is not a zone name or offset") from None


def _evaluated(r: ZoneReading, region: str | None, territory: Mapping[str, str]) -> list[str]:
    """The zones of a reading worth evaluating: a metazone name means its golden zone unless
    the region hint picks a member (see :func:`_golden`), so the other members, up to 35 for
    'Central European Time', are not evaluated."""
    if r.metazone is None:
        return list(r.zones)
    return [r.zones[0], *(z for z in r.zones[1:] if region and territory.get(z) == region)]


def _options(
    readings: Sequence[ZoneReading],
    local: datetime,
    disambiguate: str,
    text: str,
    region: str | None,
    territory: Mapping[str, str],
) -> tuple[list[_Option], list[str]]:
    year = local.year
    fixed = [r for r in readings if r.kind == "fixed"]
    in_use = [r for r in fixed if r.in_use(year)]
    notes: list[str] = []
    if fixed and not in_use:
        notes.append(f"{text!r} was not in use in {year}; read with the offsets it had")
        in_use = fixed
    by_zone: dict[str, list[timedelta]] = {}
    for r in in_use:
        assert r.offset is not None
        for z in r.zones:
            by_zone.setdefault(z, []).append(r.offset)
    out: list[_Option] = []
    covered: set[str] = set()
    for r in readings:
        if r.kind in ("generic", "city", "iana"):
            zone = r.zones[0]
            covered.add(zone)
            if r.metazone is not None:
                # A metazone's generic name: the wall time of its golden zone (or a member
                # in the hinted region); the other members' abbreviations are covered by it.
                covered.update(r.zones)
                for z in _evaluated(r, region, territory):
                    utc, n = localize(local, zone_named(z), disambiguate, text=text)
                    out.append(_Option(r, z, local - utc.replace(tzinfo=None), tuple(n), True))
                continue
            tz = zone_named(zone)
            first = local.replace(tzinfo=tz, fold=0).utcoffset()
            second = local.replace(tzinfo=tz, fold=1).utcoffset()
            known = [o for o in by_zone.get(zone, ()) if o in (first, second)]
            if first != second and len(set(known)) == 1:
                # 'MSK 02:30' on the night clocks go back: the abbreviation says which one.
                out.append(
                    _Option(
                        r,
                        zone,
                        known[0],
                        (
                            f"{local.isoformat()} is at a DST change in {zone}; {text!r} says "
                            f"{_fmt(known[0])}",
                        ),
                        True,
                    )
                )
                continue
            utc, n = localize(local, tz, disambiguate, text=text)
            out.append(_Option(r, zone, local - utc.replace(tzinfo=None), tuple(n), True))
        elif r.kind in ("standard", "daylight"):
            covered.update(r.zones)
            for z in _evaluated(r, region, territory):
                off, n = variant_offset(z, local, r.kind == "daylight")
                out.append(_Option(r, z, off, tuple(n), True))
    for r in in_use:
        assert r.offset is not None
        if not r.zones:
            out.append(_Option(r, None, r.offset))
        # The wall time of a zone is exact; its recorded abbreviation offsets are not needed.
        out.extend(_Option(r, z, r.offset) for z in r.zones if z not in covered)
    return out, notes


def _describe(options: Sequence[_Option], chosen: _Option) -> str:
    """'+02:00 (Europe/Paris)', or for a tz abbreviation its zones: '+08:00 (Asia/Macau,
    Asia/Shanghai, Asia/Taipei)'."""
    if chosen.exact or chosen.zone is None:
        where = chosen.zone or "fixed offset"
    else:
        zones = sorted({o.zone for o in options if o.offset == chosen.offset and o.zone})
        where = ", ".join(zones[:3]) + (", ..." if len(zones) > 3 else "")
    return f"{_fmt(chosen.offset)} ({where})"


def _alternatives(options: Sequence[_Option], chosen: _Option) -> str:
    seen: dict[timedelta, _Option] = {}
    for o in options:
        if o.offset != chosen.offset and o.offset not in seen:
            seen[o.offset] = o
    return ", ".join(_describe(options, o) for o in seen.values())


def _offsets(options: Sequence[_Option]) -> set[timedelta]:
    return {o.offset for o in options}


def _pick(options: Sequence[_Option], prefer: Sequence[str] = ()) -> _Option:
    """One option of a set that agrees on the offset: a preferred zone, else an exact zone
    evaluation, else golden/first as listed."""
    for zone in prefer:
        for o in options:
            if o.zone == zone:
                return o
    for o in options:
        if o.exact:
            return o
    return options[0]


def resolve(
    readings: Sequence[ZoneReading],
    local: datetime,
    *,
    text: str | None = None,
    language_hint: str | None = None,
    region_hint: str | None = None,
    zone_hints: Mapping[str, str | tzinfo] | None = None,
    strict: bool = False,
    disambiguate: str = "compatible",
    default_tz: tzinfo = _UTC,
) -> ZoneChoice:
    """Choose the zone ``readings`` (from one :func:`lookup`) mean at the naive ``local``.

    ``text`` is the name as written (quoted in notes and errors; default: the key).
    ``language_hint`` is a locale tag ('en-IN', 'hi', 'zh_Hant_TW'): its language prefers
    readings of that language, its region (or ``region_hint``, an ISO country code) prefers
    zones of that country. ``zone_hints`` maps names (any spelling: keys are compared by
    :func:`zone_key`) to a zone name, offset string or tzinfo, and wins over everything.
    ``strict=True`` raises :class:`AmbiguousError` where a curated default would be taken.
    ``disambiguate`` settles DST gaps and folds of zone wall times (see :func:`localize`).
    ``default_tz`` is used for 'local time' phrases, which name no zone.

    Raises :class:`UnknownZoneError` for no readings, :class:`AmbiguousError`,
    :class:`InvalidDateError` (gap under ``"raise"``), :class:`OptionError` for bad options.
    """
    if not readings:
        raise UnknownZoneError(text or "", "not a zone name this version knows")
    if disambiguate not in POLICIES:
        raise OptionError(disambiguate, "disambiguate must be one of " + ", ".join(POLICIES))
    naive = local.replace(tzinfo=None)
    key = readings[0].key
    shown = text if text is not None else key
    lang, lang_region = _language(language_hint)
    region = region_hint.upper() if region_hint else lang_region

    if zone_hints:
        for name, value in zone_hints.items():
            if zone_key(name) == key:
                tz = _hint_tz(value, name)
                utc, notes = localize(naive, tz, disambiguate, text=shown)
                pinned = ZoneReading(
                    key, "iana" if getattr(tz, "key", None) else "fixed", "hint", (label(tz),)
                )
                return _choice(
                    tz,
                    naive,
                    utc,
                    shown,
                    pinned,
                    [f"{shown!r} read as {label(tz)} from zone_hints", *notes],
                )

    if all(r.kind == "local" for r in readings):
        utc, notes = localize(naive, default_tz, disambiguate, text=shown)
        return _choice(
            to_zoneinfo(default_tz),
            naive,
            utc,
            shown,
            readings[0],
            [f"{shown!r} names no zone: default_tz {label(default_tz)}", *notes],
        )

    table = _table()
    default = table.defaults.get(key)
    default_zone = default[0] if default else None
    prefer = [default_zone] if default_zone else []
    options, notes = _options(
        _relevant(readings, lang), naive, disambiguate, shown, region, table.zone_territory
    )
    if not options:
        raise UnknownZoneError(shown, "not a zone name this version knows")
    if len(_offsets(options)) == 1:
        return _finish(_pick(options, prefer), naive, shown, notes)

    def chosen(subset: list[_Option], why: str) -> ZoneChoice:
        o = _pick(subset, prefer)
        return _finish(
            o,
            naive,
            shown,
            [
                *notes,
                f"{shown!r} read as {_describe(subset, o)} {why}; alternatives: "
                f"{_alternatives(options, o)}",
            ],
        )

    if region:
        here = [o for o in options if o.zone and table.zone_territory.get(o.zone) == region]
        if here and len(_offsets(here)) == 1:
            return chosen(here, f"from region {region}")
    gold = _golden(options)
    if gold:
        # A metazone name is not ambiguous: it means the zone CLDR names it after, whatever
        # the language ('توقيت وسط أفريقيا' is not Khartoum time because Sudan writes Arabic).
        return chosen(gold, "(the zone CLDR names it after)")
    if lang is not None:
        same = [o for o in options if lang in o.reading.languages]
        if same and len(_offsets(same)) == 1:
            return chosen(same, f"as written in {lang!r}")
        countries = table.lang_territories.get(lang, [])
        spoken = [o for o in options if o.zone and table.zone_territory.get(o.zone) in countries]
        if spoken and len(_offsets(spoken)) == 1:
            return chosen(spoken, f"from the countries of {lang!r}")
    candidates = _candidates(options, naive, shown)
    if default is not None and not strict:
        matching = [o for o in options if o.zone == default_zone]
        if matching:
            return chosen(matching, f"by default ({default[1]})")
    reason = f"{shown!r} names zones with different offsets"
    if default is not None:
        reason += f" (the default would be {default_zone}; strict)"
    raise AmbiguousError(shown, reason, candidates)


def _relevant(readings: Sequence[ZoneReading], lang: str | None) -> list[ZoneReading]:
    """Drop readings a more specific one of the same name overrides:

    - curated readings state local usage ('ET' is US Eastern, whatever CLDR's 'Eastern Time'
      metazone also covers): when there are some (of the hinted language, if any), CLDR's
      readings of the name are dropped; tz abbreviations stay, so a zone the curated entry
      does not cover still makes the name ambiguous;
    - a name CLDR uses both as a generic and as a standard/daylight name of the same zones
      (en_GB's short 'CET') is a specific name: the wall-time reading is dropped.
    """
    out = [r for r in readings if r.kind != "local"]
    curated = [
        r
        for r in out
        if r.source == "curated" and (lang is None or not r.languages or lang in r.languages)
    ]
    if curated:
        out = [r for r in out if r.source != "cldr"]
    specific = {r.metazone or r.zones for r in out if r.kind in ("standard", "daylight")}
    return [
        r
        for r in out
        if not (r.kind == "generic" and r.source == "cldr" and (r.metazone or r.zones) in specific)
    ]


def _golden(options: Sequence[_Option]) -> list[_Option]:
    """Options of the golden zones when every option is a member of the CLDR metazones the
    name belongs to and those golden zones agree: the name means the zone CLDR names it after
    ('Central European Time' is Paris time, even if Algiers keeps no summer time; 'Greenwich
    Mean Time', a name of the GMT, British and Irish metazones, is +00:00 even in the year São
    Tomé kept +01:00)."""
    readings = {o.reading.metazone: o.reading for o in options if o.reading.metazone}
    if not readings:
        return []
    members = {z for r in readings.values() for z in r.zones}
    if any(o.zone not in members for o in options):
        return []
    gold = [o for o in options if o.reading.metazone and o.zone == o.reading.zones[0]]
    return gold if gold and len(_offsets(gold)) == 1 else []


def _candidates(options: Sequence[_Option], local: datetime, text: str) -> list[str]:
    out: dict[timedelta, str] = {}
    for o in options:
        if o.offset not in out:
            out[o.offset] = f"{_iso(local - o.offset)} ({text} as {_describe(options, o)})"
    return list(out.values())


def _finish(o: _Option, local: datetime, text: str, notes: list[str]) -> ZoneChoice:
    r = o.reading
    if o.exact and o.zone is not None and r.kind in ("generic", "city", "iana"):
        tz: tzinfo = zone_named(o.zone)
    else:
        tz = timezone(o.offset)
    utc = (local - o.offset).replace(tzinfo=_UTC)
    return _choice(tz, local, utc, text, r, [*notes, *o.notes])


def _choice(
    tz: tzinfo, local: datetime, utc: datetime, text: str, reading: ZoneReading, notes: list[str]
) -> ZoneChoice:
    offset = local - utc.replace(tzinfo=None)
    return ZoneChoice(tz, offset, utc, text, reading, tuple(notes))
