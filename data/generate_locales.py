#!/usr/bin/env python3
"""Generate ``localenorm/_data/locales.json``: CLDR's locale codes, aliases, likely subtags and
display names, for ``localenorm.normalize_locale``.

Run from the project root with babel installed (the test extras pin its version):

    python data/generate_locales.py            # rewrite the packaged table
    python data/generate_locales.py --check    # exit 1 if the packaged table is stale

Everything comes from CLDR through babel's public API (``babel.core.get_global`` for the
supplemental alias and likely-subtag data, ``Locale`` for display names). Output layout
(deterministic: sorted keys, compact, no timestamps)::

    about       provenance: babel and CLDR versions, generator
    ids         every CLDR locale babel ships ("sr_Latn_RS"), "root" aside
    languages   the language codes CLDR knows (names, aliases and their replacements)
                beyond those of ``likely``
    regions     every region code (ISO 3166 and UN M.49), sorted
    scripts     every script code (ISO 15924), sorted
    variants    every variant code, lower case, sorted
    likely      "Script Region" -> the languages (space-separated, sorted) whose likely
                script and region they are ("Latn US" -> "en ..."); grouped so, since
                7,000 languages share a few hundred pairs
    likely_regional  "lang_REGION" -> "Script Region" where the script differs from the
                language's own likely script ("zh_TW" -> "Hant TW", "sr_ME" -> "Latn ME")
    scripted    languages whose CLDR locales carry a script subtag even in the language's
                usual script ("sr_Cyrl_RS", "zh_Hans_CN", "uz_Latn_UZ"): their tags with a
                region get the region's likely script, as CLDR names them
    language_aliases  deprecated or legacy code -> replacement ("iw" -> "he", "sh" ->
                "sr_Latn", "drw" -> "fa_AF")
    region_aliases    deprecated region -> replacements ("UK" -> ["GB"], "SU" -> [...])
    script_aliases, variant_aliases   the same for scripts and variants
    names       display names, each stored under ``localenorm._lexkey.lookup_key(name)``:
        languages   name -> code or [codes]: language names in English and each language's
                    name for itself, with CLDR's combined names ("Swiss High German" ->
                    "de_CH", "Simplified Chinese" -> "zh_Hans")
        details     "" -> the English names of every region, script and variant;
                    language -> that language's own names of the regions, scripts and
                    variants its CLDR locales use, where they differ from English.
                    Values are codes (or lists of codes) whose shape says their kind:
                    "CH"/"419" a region, "Hant" a script, "valencia" a variant.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import babel
from babel import Locale
from babel.core import get_global
from babel.localedata import locale_identifiers

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from data import _generated as generated  # noqa: E402  (needs the path set above)

render = generated.render

from localenorm._lexkey import lookup_key  # noqa: E402  (needs the path set above)

OUT = ROOT / "localenorm" / "_data" / "locales.json"


def cldr_version() -> str:
    return str(get_global("cldr")["version"])


def _split(identifier: str) -> tuple[str, str | None, str | None, str | None]:
    """(language, script, region, variant) of a babel identifier."""
    parts = identifier.split("_")
    lang = parts.pop(0)
    script = parts.pop(0) if parts and len(parts[0]) == 4 and parts[0].isalpha() else None
    region = parts.pop(0) if parts and (len(parts[0]) == 2 or parts[0].isdigit()) else None
    variant = parts.pop(0).lower() if parts else None
    assert not parts, identifier
    return lang, script, region, variant


def _add(table: dict[str, set[str]], name: str | None, code: str) -> None:
    if not name:
        return
    key = lookup_key(name)
    if key:
        table[key].add(code)


def _flatten(table: dict[str, set[str]]) -> dict[str, object]:
    return {k: (sorted(v) if len(v) > 1 else next(iter(v))) for k, v in sorted(table.items())}


def names(ids: list[str]) -> dict[str, object]:
    en = Locale("en")
    languages: dict[str, set[str]] = defaultdict(set)
    for code, name in en.languages.items():
        _add(languages, name, code)
    english: dict[str, set[str]] = defaultdict(set)
    for code, name in en.territories.items():
        _add(english, name, code)
    for code, name in en.scripts.items():
        _add(english, name, code)
    for code, name in en.variants.items():
        _add(english, name, code.lower())
    english_codes = {k: v for k, v in english.items()}

    by_language: dict[str, list[str]] = defaultdict(list)
    for identifier in ids:
        by_language[_split(identifier)[0]].append(identifier)
    own: dict[str, dict[str, object]] = {}
    for lang, members in sorted(by_language.items()):
        parts = [_split(m) for m in members]
        regions = {r for _, _, r, _ in parts if r}
        scripts = {s for _, s, _, _ in parts if s}
        variants = {v for _, _, _, v in parts if v}
        details: dict[str, set[str]] = defaultdict(set)
        for identifier in members:
            loc = Locale.parse(identifier)
            for code, name in loc.languages.items():
                if code == lang or code.startswith(lang + "_"):
                    _add(languages, name, code)
            for code in regions:
                _add(details, loc.territories.get(code), code)
            for code in scripts:
                _add(details, loc.scripts.get(code), code)
            for code, name in loc.variants.items():
                if code.lower() in variants:
                    _add(details, name, code.lower())
        # What English already says the same way is looked up there.
        kept = {k: v for k, v in details.items() if english_codes.get(k) != v}
        if kept:
            own[lang] = _flatten(kept)
    return {"languages": _flatten(languages), "details": {"": _flatten(english), **own}}


def build() -> dict[str, object]:
    ids = sorted(x for x in locale_identifiers() if x != "root")
    en = Locale("en")
    likely_subtags: dict[str, str] = get_global("likely_subtags")
    likely: dict[str, str] = {}
    for key, value in likely_subtags.items():
        if "_" not in key and key != "und":
            _, script, region, _ = _split(value)
            likely[key] = f"{script} {region}"
    regional: dict[str, str] = {}
    for key, value in likely_subtags.items():
        lang, script, region, _ = _split(key)
        if lang == "und" or script or not region or lang not in likely:
            continue
        _, to_script, to_region, _ = _split(value)
        if to_script != likely[lang].split()[0]:
            regional[key] = f"{to_script} {to_region}"
    scripted = set()
    for identifier in ids:
        lang, script, region, _ = _split(identifier)
        if script and region and lang in likely and script == likely[lang].split()[0]:
            scripted.add(lang)

    language_aliases: dict[str, str] = dict(get_global("language_aliases"))
    region_aliases: dict[str, list[str]] = {
        k: list(v) for k, v in get_global("territory_aliases").items()}
    script_aliases: dict[str, str] = dict(get_global("script_aliases"))
    variant_aliases: dict[str, str] = {
        k.lower(): v.lower() for k, v in get_global("variant_aliases").items()}

    languages = {code for code in en.languages if "_" not in code}
    languages |= {_split(i)[0] for i in ids}
    languages |= {k for k in language_aliases if "_" not in k}
    languages |= {v.split("_")[0] for v in language_aliases.values()}
    grouped: dict[str, list[str]] = defaultdict(list)
    for lang, pair in likely.items():
        grouped[pair].append(lang)
    regions = set(en.territories) | set(region_aliases)
    regions |= {r for targets in region_aliases.values() for r in targets}
    scripts = set(en.scripts) | set(script_aliases)
    variants = {v.lower() for v in en.variants} | set(variant_aliases)
    return {
        "about": {
            "babel": babel.__version__,
            "cldr": cldr_version(),
            "generator": "data/generate_locales.py",
        },
        "ids": ids,
        "languages": sorted(languages - set(likely)),
        "regions": sorted(regions),
        "scripts": sorted(scripts),
        "variants": sorted(variants),
        "likely": {pair: " ".join(sorted(langs)) for pair, langs in sorted(grouped.items())},
        "likely_regional": dict(sorted(regional.items())),
        "scripted": sorted(scripted),
        "language_aliases": dict(sorted(language_aliases.items())),
        "region_aliases": dict(sorted(region_aliases.items())),
        "script_aliases": dict(sorted(script_aliases.items())),
        "variant_aliases": dict(sorted(variant_aliases.items())),
        "names": names(ids),
    }


def main() -> int:
    return generated.main((__doc__ or "").splitlines()[0], build, OUT, ROOT,
                          "data/generate_locales.py")


if __name__ == "__main__":
    raise SystemExit(main())
