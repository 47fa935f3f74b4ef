#!/usr/bin/env python3
"""Refresh ``data/cldr/``: the compact extract of every CLDR JSON release since CLDR 30.

The CLDR JSON releases are published as npm packages (``cldr-dates-full``, ``cldr-core`` and
one ``cldr-cal-<calendar>-full`` per other calendar). This script asks the npm client which
versions exist, takes the last patch of every major release from ``FIRST`` on, fetches the
tarballs with ``npm pack`` into a cache folder, and writes the union over all releases of
what the table generators read. Every value records the releases that carry it, so a
spelling that CLDR 33 had and CLDR 44 dropped is kept, and known as CLDR 33's.

    python data/refresh_cldr.py                      # fetch what is missing, rewrite data/cldr
    python data/refresh_cldr.py --cache DIR          # tarball cache (default: ~/.cache/...)
    python data/refresh_cldr.py --offline            # use only the cached tarballs and the
                                                     # package versions recorded in releases.json

Only this script touches the network, and only through ``npm``; the generators and tests read
the committed extract (see ``data/cldr_extract.py`` for its layout). ``releases.json`` records,
per release, the package versions used and each tarball's SHA-256 and npm integrity string;
a cached tarball whose checksum differs from the record is refused.

The cal packages are published only when they change: a release uses the latest version of
each whose major version is not above the release's own (``cldr-cal-roc-full`` 28.0.0 serves
every release since).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import lzma
import os
import subprocess
import sys
import tarfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "cldr"
FIRST = 30
DATES = "cldr-dates-full"
CORE = "cldr-core"
# Calendars whose names the engine reads or will read (months, eras, their date formats).
CALENDARS = ("islamic", "persian", "hebrew", "buddhist", "japanese", "roc", "ethiopic",
             "coptic", "indian")
# The first Japanese era the extract keeps: Meiji (1868). The 232 eras before it are not in
# pages about the period this library reads.
FIRST_JAPANESE_ERA = 232

GREGORIAN_PARTS = ("months", "days", "dayPeriods", "eras", "dateFormats", "timeFormats",
                   "dateTimeFormats", "dateTimeFormats-atTime")
OTHER_PARTS = ("months", "eras", "dateFormats")
DROPPED_DATETIME = ("appendItems", "intervalFormats")


def npm(*args: str, cwd: Path | None = None) -> str:
    out = subprocess.run(["npm", *args], check=True, capture_output=True, text=True, cwd=cwd)
    return out.stdout


def versions(package: str) -> list[str]:
    return list(json.loads(npm("view", package, "versions", "--json")))


def key(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("-")[0].split("."))


def plan(offline: bool) -> list[dict[str, Any]]:
    """Per release: ``{"cldr": "45", "packages": {name: version}}``."""
    if offline:
        recorded = json.loads((OUT / "releases.json").read_text(encoding="utf-8"))
        return [{"cldr": r["cldr"], "packages": {p: v["version"] for p, v in
                                                 r["packages"].items()}}
                for r in recorded["releases"]]
    dates = versions(DATES)
    core = set(versions(CORE))
    last: dict[int, str] = {}
    for v in sorted(dates, key=key):
        if key(v)[0] >= FIRST and v in core:
            last[key(v)[0]] = v
    cal_versions = {c: sorted(versions(f"cldr-cal-{c}-full"), key=key) for c in CALENDARS}
    out = []
    for major, v in sorted(last.items()):
        packages = {DATES: v, CORE: v}
        for cal, vs in cal_versions.items():
            usable = [x for x in vs if key(x)[0] <= major]
            if usable:
                packages[f"cldr-cal-{cal}-full"] = usable[-1]
        out.append({"cldr": str(major), "packages": packages})
    return out


def fetch(package: str, version: str, cache: Path) -> Path:
    path = cache / f"{package}-{version}.tgz"
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        npm("pack", "--silent", f"{package}@{version}", "--pack-destination", str(cache))
    return path


def integrity(package: str, version: str) -> str:
    return str(json.loads(npm("view", f"{package}@{version}", "dist.integrity", "--json")))


def members(path: Path) -> Iterator[tuple[str, Any]]:
    """(path inside the package, parsed JSON) of the files the extract reads."""
    with tarfile.open(path, "r:gz") as tar:
        for info in tar:
            name = info.name.split("/", 1)[1] if "/" in info.name else info.name
            if not info.isfile() or not name.endswith(".json"):
                continue
            wanted = (name.startswith("main/") and (
                name.endswith(("/ca-gregorian.json", "/timeZoneNames.json", "/dateFields.json"))
                or "/ca-" in name)) or name in (
                "supplemental/metaZones.json", "supplemental/dayPeriods.json")
            if not wanted:
                continue
            f = tar.extractfile(info)
            assert f is not None
            yield name, json.load(io.TextIOWrapper(f, encoding="utf-8"))


def flatten(value: Any, prefix: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from flatten(v, f"{prefix}/{k}" if prefix else k)
    elif isinstance(value, str):
        yield prefix, value


def locale_leaves(name: str, data: Any) -> Iterator[tuple[str, str, str]]:
    """(locale, path, value) of one ``main/<locale>/<file>.json``."""
    _, loc, file = name.split("/")
    body = data["main"][loc]["dates"]
    loc = loc.replace("-", "_")
    if file == "timeZoneNames.json":
        tz = body["timeZoneNames"]
        for k, v in tz.items():
            if k == "zone":
                # Zones nest by their id's parts ('America' -> 'Argentina' -> 'Tucuman'); a
                # leaf dict holds 'exemplarCity' / 'long' / 'short'.
                yield from ((loc, "zones/" + p, s) for p, s in _zones(v, ""))
            elif k == "metazone":
                yield from ((loc, "metazone/" + p, s) for p, s in flatten(v, ""))
            elif isinstance(v, str):
                yield loc, "tz/" + k, v
        return
    if file == "dateFields.json":
        for field, entry in body["fields"].items():
            for k, v in entry.items():
                if k.startswith("relative") or k == "displayName":
                    for p, s in flatten(v, k):
                        yield loc, f"fields/{field}/{p}", s
        return
    for cal, entry in body["calendars"].items():
        if cal != "gregorian" and cal not in CALENDARS:
            # islamic-civil, -umalqura, -tbla and -rgsa repeat islamic's names, and
            # ethiopic-amete-alem ethiopic's; 'generic' and 'iso8601' are no calendars pages
            # name.
            continue
        parts = GREGORIAN_PARTS if cal == "gregorian" else OTHER_PARTS
        for part in parts:
            if part not in entry:
                continue
            value = entry[part]
            if part == "dateTimeFormats":
                value = {k: v for k, v in value.items() if k not in DROPPED_DATETIME}
            for p, s in flatten(value, part):
                if cal == "japanese" and part == "eras":
                    era = p.split("/")[-1].split("-")[0]
                    if era.isdigit() and int(era) < FIRST_JAPANESE_ERA:
                        continue
                yield loc, f"{cal}/{p}", s


def _zones(tree: dict[str, Any], prefix: str) -> Iterator[tuple[str, str]]:
    """``zone|field`` paths: a dict is a zone's entry when it holds a name, else a level of
    the zone id ('America' -> 'Argentina' -> 'Tucuman')."""
    for k, v in tree.items():
        if not isinstance(v, dict):
            continue
        zone = f"{prefix}/{k}" if prefix else k
        if any(x.startswith(("exemplarCity", "long", "short", "_type")) for x in v):
            for p, s in flatten({a: b for a, b in v.items() if a != "_type"}, ""):
                yield f"{zone}|{p}", s
        else:
            yield from _zones(v, zone)


def core_leaves(name: str, data: Any) -> Iterator[tuple[str, str]]:
    sup = data["supplemental"]
    if name.endswith("metaZones.json"):
        mz = sup["metaZones"]
        for entry in mz["metazones"]:
            m = entry["mapZone"]
            yield f"mapZone/{m['_other']}/{m['_territory']}", m["_type"]

        def walk(tree: dict[str, Any], prefix: str) -> Iterator[tuple[str, str]]:
            for k, v in tree.items():
                zone = f"{prefix}/{k}" if prefix else k
                if isinstance(v, list):
                    for use in v:
                        u = use["usesMetazone"]
                        span = f"{u.get('_from', '')}~{u.get('_to', '')}"
                        yield f"uses/{zone}|{span}", u["_mzone"]
                else:
                    yield from walk(v, zone)

        yield from walk(mz["metazoneInfo"]["timezone"], "")
    elif name.endswith("dayPeriods.json"):
        for loc, rules in sup["dayPeriodRuleSet"].items():
            for period, rule in rules.items():
                for k, v in rule.items():
                    yield f"dayPeriods/{loc.replace('-', '_')}/{period}/{k}", v


class Union:
    """path -> value -> bit mask of the releases carrying it, per locale (``""`` for core)."""

    def __init__(self) -> None:
        self.values: dict[str, dict[str, dict[str, int]]] = defaultdict(
            lambda: defaultdict(lambda: defaultdict(int)))
        self.present: dict[str, int] = defaultdict(int)

    def add(self, loc: str, path: str, value: str, bit: int) -> None:
        self.values[loc][path][value] |= bit
        self.present[loc] |= bit


def encode(union: Union, loc: str) -> dict[str, Any]:
    """A locale's paths: a plain string when the one value is in every release the locale
    is, else ``[[value, mask], ...]``."""
    everywhere = union.present[loc]
    out: dict[str, Any] = {}
    for path in sorted(union.values[loc]):
        vals = union.values[loc][path]
        if len(vals) == 1 and next(iter(vals.values())) == everywhere:
            out[path] = next(iter(vals))
        else:
            out[path] = sorted([v, m] for v, m in vals.items())
    return out


def write(path: Path, table: Any) -> None:
    text = json.dumps(table, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
    # preset 9 with the extreme flag: child locales repeat their parents nearly whole, and
    # xz's 64 MiB window finds the repeats that gzip's 32 KiB window cannot.
    data = lzma.compress(text.encode("utf-8"), preset=9 | lzma.PRESET_EXTREME)
    path.write_bytes(data)
    print(f"wrote {path.relative_to(ROOT)}: {len(data):,} bytes ({len(text):,} as text)")


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--cache", type=Path,
                    default=Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
                    / "localenorm-cldr")
    ap.add_argument("--offline", action="store_true")
    args = ap.parse_args()
    releases = plan(args.offline)
    recorded: dict[str, dict[str, Any]] = {}
    if (OUT / "releases.json").exists():
        for r in json.loads((OUT / "releases.json").read_text(encoding="utf-8"))["releases"]:
            for p, v in r["packages"].items():
                recorded[f"{p}@{v['version']}"] = v
    union = Union()
    core = Union()
    sums: dict[str, dict[str, str]] = {}
    for n, release in enumerate(releases):
        bit = 1 << n
        for package, version in sorted(release["packages"].items()):
            tag = f"{package}@{version}"
            path = fetch(package, version, args.cache)
            if tag not in sums:
                sha = hashlib.sha256(path.read_bytes()).hexdigest()
                known = recorded.get(tag)
                if known is not None and known["sha256"] != sha:
                    raise SystemExit(f"{path}: checksum {sha} differs from the recorded one")
                sums[tag] = {"version": version, "sha256": sha,
                             "integrity": known["integrity"] if known is not None and
                             args.offline else integrity(package, version)}
            print(f"CLDR {release['cldr']}: reading {tag}", file=sys.stderr)
            for name, data in members(path):
                if name.startswith("main/"):
                    for loc, p, s in locale_leaves(name, data):
                        union.add(loc, p, s, bit)
                else:
                    for p, s in core_leaves(name, data):
                        core.add("", p, s, bit)
    OUT.mkdir(exist_ok=True)
    about = {
        "generator": "data/refresh_cldr.py",
        "releases": [r["cldr"] for r in releases],
        "masks": "bit n of a mask is releases[n]",
    }
    (OUT / "releases.json").write_text(json.dumps({
        **about,
        "releases": [{"cldr": r["cldr"], "packages": {p: sums[f"{p}@{v}"] for p, v in
                                                      sorted(r["packages"].items())}}
                     for r in releases],
    }, ensure_ascii=False, sort_keys=True, indent=1) + "\n", encoding="utf-8")
    locales = sorted(union.values)
    write(OUT / "locales.json.xz", {
        "about": about,
        "present": {loc: union.present[loc] for loc in locales},
        "locales": {loc: encode(union, loc) for loc in locales},
    })
    write(OUT / "core.json.xz", {"about": about, "core": encode(core, "")})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
