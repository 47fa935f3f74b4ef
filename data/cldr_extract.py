"""The committed extract of every CLDR JSON release since CLDR 30 (``data/cldr``), for the
table generators. Written by ``data/refresh_cldr.py``; read here, offline.

``locales.json.xz`` holds, per CLDR locale (``-`` written ``_``, as babel names them), a flat
map of paths to values. A path names one CLDR leaf:

- ``<calendar>/<part>/...``: ``gregorian/months/format/wide/2``,
  ``gregorian/dateTimeFormats/availableFormats/yMMMd``,
  ``gregorian/dateTimeFormats-atTime/standard/full``, ``islamic/months/format/wide/9``,
  ``japanese/eras/eraAbbr/236`` (eras from Meiji on);
- ``zones/<tz id>|<field>``: ``zones/Asia/Tokyo|exemplarCity``,
  ``zones/Europe/London|long/daylight``;
- ``metazone/<id>/<width>/<type>``: ``metazone/America_Eastern/long/daylight``;
- ``tz/<format>``: ``gmtFormat``, ``hourFormat``, ``regionFormat``,
  ``regionFormat-type-daylight``;
- ``fields/<field>/<key>``: ``fields/day/relative-type--1``,
  ``fields/hour-short/relativeTime-type-past/relativeTimePattern-count-one``.

A value is a string when every release that has the locale has that one value, else a list
``[[value, mask], ...]`` where bit ``n`` of ``mask`` is ``releases[n]``. ``core.json.xz``
holds the same for cldr-core's ``mapZone/<metazone>/<territory>`` (golden zones: territory
``001``), ``uses/<zone>|<from>~<to>`` (metazone of a zone over a span) and
``dayPeriods/<locale>/<period>/<_from|_before|_at>``.
"""

from __future__ import annotations

import json
import lzma
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

DIR = Path(__file__).resolve().parent / "cldr"


@cache
def _load(name: str) -> dict[str, Any]:
    return json.loads(lzma.decompress((DIR / name).read_bytes()))  # type: ignore[no-any-return]


def releases() -> list[str]:
    """The CLDR releases in the extract, oldest first (bit n of a mask is ``releases()[n]``)."""
    return list(_load("locales.json.xz")["about"]["releases"])


def about() -> dict[str, Any]:
    """Provenance for a generated table: the releases and the packages' versions."""
    rec = json.loads((DIR / "releases.json").read_text(encoding="utf-8"))
    return {
        "cldr_releases": [r["cldr"] for r in rec["releases"]],
        "cldr_packages": "data/cldr/releases.json",
    }


def locales() -> list[str]:
    return sorted(_load("locales.json.xz")["locales"])


@cache
def _ids() -> dict[str, str]:
    # babel writes some variants in capitals ('ca_ES_VALENCIA', 'be_TARASK'), CLDR JSON not.
    return {loc.lower(): loc for loc in _load("locales.json.xz")["locales"]}


def cldr_id(locale: str) -> str | None:
    """The extract's id of a babel locale, or None when no release has it."""
    return _ids().get(locale.lower())


def present(locale: str) -> int:
    """Mask of the releases that have ``locale``."""
    loc = cldr_id(locale)
    return 0 if loc is None else int(_load("locales.json.xz")["present"][loc])


def entries(locale: str) -> dict[str, Any]:
    loc = cldr_id(locale)
    return {} if loc is None else _load("locales.json.xz")["locales"][loc]  # type: ignore[no-any-return]


def decode(raw: Any, everywhere: int) -> dict[str, int]:
    if isinstance(raw, str):
        return {raw: everywhere}
    return {v: int(m) for v, m in raw}


def values(locale: str, path: str) -> dict[str, int]:
    """Every value CLDR gave ``path`` in ``locale``, with the mask of releases that did."""
    raw = entries(locale).get(path)
    return {} if raw is None else decode(raw, present(locale))


def under(locale: str, prefix: str) -> Iterator[tuple[str, str, int]]:
    """(path, value, releases mask) of every leaf of ``locale`` under ``prefix``."""
    everywhere = present(locale)
    for path, raw in entries(locale).items():
        if path.startswith(prefix):
            for v, m in decode(raw, everywhere).items():
                yield path, v, m


def core(prefix: str) -> Iterator[tuple[str, str, int]]:
    table = _load("core.json.xz")["core"]
    everywhere = (1 << len(releases())) - 1
    for path, raw in table.items():
        if path.startswith(prefix):
            for v, m in decode(raw, everywhere).items():
                yield path, v, m


def golden_zones() -> dict[str, str]:
    """Metazone -> its golden zone (territory ``001``), the newest release's answer."""
    out: dict[str, tuple[int, str]] = {}
    for path, zone, mask in core("mapZone/"):
        _, mz, terr = path.split("/", 2)
        if terr == "001" and (mz not in out or mask.bit_length() > out[mz][0]):
            out[mz] = (mask.bit_length(), zone)
    return {mz: z for mz, (_, z) in sorted(out.items())}


def metazone_members() -> dict[str, set[str]]:
    """Metazone -> every zone that used it over any span in any release."""
    out: dict[str, set[str]] = {}
    for path, mz, _ in core("uses/"):
        zone = path[len("uses/"):].split("|")[0]
        out.setdefault(mz, set()).add(zone)
    return out
