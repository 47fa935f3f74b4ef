"""Locale tags in any spelling, and locale names, to canonical BCP 47.

A tag is read as BCP 47 or POSIX (``ar_EG.UTF-8``, ``sr_RS@latin``, ``AR-eg``, ``C``), its
codes are checked against CLDR's (``data/generate_locales.py`` -> ``_data/locales.json``)
and replaced by CLDR's aliases (``iw`` -> ``he``, ``sh`` -> ``sr-Latn``, ``UK`` -> ``GB``).
A script is written the way CLDR names its locales: a language that CLDR writes in several
scripts gets the script its region uses (``zh_TW`` -> ``zh-Hant-TW``, ``sr_RS`` ->
``sr-Cyrl-RS``), and a language's usual script is dropped elsewhere (``ar-Arab-EG`` ->
``ar-EG``). What is not a tag is read as a display name in English or in the language itself:
``Arabic (Egypt)``, ``Deutsch (Schweiz)``, ``Chinese (Traditional, Taiwan)``,
``English_United States.1252``.

The table is read on the first call, never at import.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from localenorm._errors import AmbiguousError, UnknownLocaleError
from localenorm._lexkey import lookup_key
from localenorm._packaged import once, read_json

# Longer texts are no locale tags or names; refusing them bounds the work per call.
MAX_LENGTH = 200

# A POSIX modifier that names a currency, not anything about the language ('de_DE@euro').
_CURRENCY_MODIFIERS = frozenset({"euro"})
# CLDR writes the POSIX variant of en_US as a Unicode extension in BCP 47.
_POSIX_VARIANT = "posix"
_POSIX_EXTENSION = "u-va-posix"


@dataclass(frozen=True, slots=True)
class Tag:
    """A canonical locale: codes in BCP 47 case, ``variants`` lower case and sorted,
    ``extensions`` as ``"u-va-posix"`` strings in BCP 47 order."""

    language: str
    script: str | None = None
    region: str | None = None
    variants: tuple[str, ...] = ()
    extensions: tuple[str, ...] = ()

    def __str__(self) -> str:
        parts = [self.language]
        if self.script:
            parts.append(self.script)
        if self.region:
            parts.append(self.region)
        parts.extend(self.variants)
        parts.extend(self.extensions)
        return "-".join(parts)

    def cldr_id(self) -> str:
        """The identifier CLDR (and babel) give this locale: ``sr_Latn_RS``,
        ``ca_ES_VALENCIA``, ``en_US_POSIX``."""
        parts = [self.language]
        if self.script:
            parts.append(self.script)
        if self.region:
            parts.append(self.region)
        parts.extend(v.upper() for v in self.variants)
        if _POSIX_EXTENSION in self.extensions:
            parts.append(_POSIX_VARIANT.upper())
        return "_".join(parts)


def bcp47_of(identifier: str) -> str:
    """A CLDR (babel) identifier as BCP 47, without the table: ``sr_Latn_RS`` ->
    ``sr-Latn-RS``, ``ca_ES_VALENCIA`` -> ``ca-ES-valencia``, ``en_US_POSIX`` ->
    ``en-US-u-va-posix``."""
    parts = identifier.split("_")
    out = [parts[0]]
    for part in parts[1:]:
        if part == _POSIX_VARIANT.upper():
            out.append(_POSIX_EXTENSION)
        elif len(part) > 4 or (len(part) == 4 and part[0].isdigit()):
            out.append(part.lower())
        else:
            out.append(part)
    return "-".join(out)


class _Table:
    def __init__(self, raw: dict[str, Any]) -> None:
        self.about: dict[str, Any] = raw["about"]
        self.ids: frozenset[str] = frozenset(raw["ids"])
        self.likely: dict[str, tuple[str, str]] = {}
        for pair, langs in raw["likely"].items():
            script, region = pair.split(" ")
            for lang in langs.split(" "):
                self.likely[lang] = (script, region)
        self.regional: dict[str, tuple[str, str]] = {
            k: (v.split(" ")[0], v.split(" ")[1]) for k, v in raw["likely_regional"].items()}
        self.languages: frozenset[str] = frozenset(raw["languages"]) | frozenset(self.likely)
        self.regions: frozenset[str] = frozenset(raw["regions"])
        self.scripts: frozenset[str] = frozenset(raw["scripts"])
        self.variants: frozenset[str] = frozenset(raw["variants"])
        self.scripted: frozenset[str] = frozenset(raw["scripted"])
        self.language_aliases: dict[str, str] = raw["language_aliases"]
        self.region_aliases: dict[str, list[str]] = raw["region_aliases"]
        self.script_aliases: dict[str, str] = raw["script_aliases"]
        self.variant_aliases: dict[str, str] = raw["variant_aliases"]
        self.language_names: dict[str, Any] = raw["names"]["languages"]
        self.details: dict[str, dict[str, Any]] = raw["names"]["details"]

    def likely_script(self, language: str, region: str | None) -> str | None:
        if region is not None:
            hit = self.regional.get(f"{language}_{region}")
            if hit is not None:
                return hit[0]
        pair = self.likely.get(language)
        return pair[0] if pair is not None else None

    def likely_region(self, language: str) -> str | None:
        pair = self.likely.get(language)
        return pair[1] if pair is not None else None


@once
def table() -> _Table:
    """The packaged locale table, read once."""
    return _Table(read_json("locales.json"))


def normalize_locale(tag: str) -> str:
    """The canonical BCP 47 tag of ``tag``: ``ar-EG`` for ``ar_EG.UTF-8`` or ``AR-eg``,
    ``zh-Hant-TW`` for ``zh_TW``, ``he`` for ``iw``, ``sr-Latn-RS`` for ``sr_RS@latin``,
    ``de-CH`` for ``Deutsch (Schweiz)`` or ``Swiss High German``.

    ``tag`` may be BCP 47 or POSIX (an encoding after ``.`` and a modifier after ``@``), in
    any case, with ``-`` or ``_``; deprecated and legacy codes are replaced as CLDR's alias
    data says. Anything else is read as a display name in English or in the language itself:
    ``Language``, ``Language (Region)``, ``Language (Script, Region)``, Windows'
    ``Language_Region.codepage``. Raises :class:`UnknownLocaleError` (a ``ParseError``) for a
    tag or name no CLDR data covers, :class:`AmbiguousError` for a name of several languages.
    """
    return str(locale_tag(tag))


@lru_cache(maxsize=1024)  # callers pass the same few tags again and again
def locale_tag(tag: str) -> Tag:
    """:func:`normalize_locale`, as a :class:`Tag`."""
    text = tag.strip()
    if not text:
        raise UnknownLocaleError(tag, "is empty, not a locale tag")
    if len(text) > MAX_LENGTH:
        raise UnknownLocaleError(tag, f"longer than {MAX_LENGTH} characters, not a locale tag")
    t = table()
    try:
        return _from_code(t, tag)
    except UnknownLocaleError as code_error:
        try:
            return _from_name(t, tag)
        except UnknownLocaleError as name_error:
            raise (code_error if _code_shaped(text) else name_error) from None


def _code_shaped(text: str) -> bool:
    return text.isascii() and all(ch.isalnum() or ch in "-_.@" for ch in text)


def _pieces(tag: str) -> list[tuple[str, int, int]]:
    """The subtags of ``tag``'s code part with their spans in ``tag``: the code ends at the
    first ``.`` (an encoding) or ``@`` (a modifier)."""
    out: list[tuple[str, int, int]] = []
    start = len(tag) - len(tag.lstrip())
    i = start
    n = len(tag.rstrip())
    while i <= n:
        if i == n or tag[i] in "-_.@":
            out.append((tag[start:i], start, i))
            if i == n or tag[i] in ".@":
                break
            start = i + 1
        i += 1
    return out


def _is_variant(sub: str) -> bool:
    return (5 <= len(sub) <= 8) or (len(sub) == 4 and sub[0].isdigit())


def _from_code(t: _Table, tag: str) -> Tag:
    text = tag.strip()
    stem = text.split("@")[0].split(".")[0]
    if stem.upper() in ("C", "POSIX"):
        # The POSIX locale: CLDR's en_US_POSIX ('C.UTF-8' too).
        return Tag("en", None, "US", (), (_POSIX_EXTENSION,))
    pieces = _pieces(tag)
    for sub, a, b in pieces:
        if not sub or not sub.isascii() or not sub.isalnum():
            raise UnknownLocaleError(tag, "is not a locale tag (letters and digits between "
                                     "'-' or '_', as in 'pt-BR' or 'ar_EG.UTF-8')",
                                     (a, b) if sub else None)
    sub, a, b = pieces[0]
    language = sub.lower()
    if not (2 <= len(language) <= 8 and language.isalpha()):
        raise UnknownLocaleError(tag, "does not start with a language code", (a, b))
    i = 1
    script = region = None
    script_span = region_span = (a, b)
    if i < len(pieces) and len(pieces[i][0]) == 4 and pieces[i][0].isalpha():
        script, script_span = pieces[i][0].title(), pieces[i][1:]
        i += 1
    if i < len(pieces):
        sub = pieces[i][0]
        if (len(sub) == 2 and sub.isalpha()) or (len(sub) == 3 and sub.isdigit()):
            region, region_span = sub.upper(), pieces[i][1:]
            i += 1
    variants: list[tuple[str, tuple[int, int]]] = []
    while i < len(pieces) and _is_variant(pieces[i][0]):
        variants.append((pieces[i][0].lower(), pieces[i][1:]))
        i += 1
    extensions: list[str] = []
    while i < len(pieces) and len(pieces[i][0]) == 1 and pieces[i][0].isalpha():
        singleton = pieces[i][0].lower()
        i += 1
        subs: list[str] = []
        while i < len(pieces) and (singleton == "x" or len(pieces[i][0]) > 1) \
                and len(pieces[i][0]) <= 8:
            subs.append(pieces[i][0].lower())
            i += 1
        if not subs:
            raise UnknownLocaleError(tag, f"the extension '{singleton}' has no subtags")
        extensions.append("-".join([singleton, *subs]))
    if i < len(pieces):
        sub, a, b = pieces[i]
        raise UnknownLocaleError(tag, f"{sub!r} is not a script, region, variant or "
                                 "extension subtag in its place", (a, b))
    if language not in t.languages:
        raise UnknownLocaleError(tag, f"{language!r} is not a language code CLDR knows, nor "
                                 "the text a language name", pieces[0][1:])
    if script is not None and script not in t.scripts:
        raise UnknownLocaleError(tag, f"{script!r} is not a script code", script_span)
    if region is not None and region not in t.regions:
        raise UnknownLocaleError(tag, f"{region!r} is not a region code", region_span)
    for variant, span in variants:
        if variant not in t.variants:
            raise UnknownLocaleError(tag, f"{variant!r} is not a variant CLDR knows", span)
    names = [v for v, _ in variants]
    if "@" in text:
        script = _modifier(t, tag, text.split("@", 1)[1], script, names)
    return _canonical(t, language, script, region, names, extensions)


def _modifier(t: _Table, tag: str, modifier: str, script: str | None,
              variants: list[str]) -> str | None:
    """Read a POSIX modifier: a script's English name ('@latin', '@cyrillic', '@devanagari'),
    a variant ('@valencia'), or a currency, which says nothing of the locale ('@euro')."""
    mod = modifier.split(".")[0].strip().lower()
    if not mod or mod in _CURRENCY_MODIFIERS:
        return script
    if mod in t.variants:
        variants.append(mod)
        return script
    codes = t.details[""].get(lookup_key(mod))
    if isinstance(codes, str) and len(codes) == 4 and codes in t.scripts:
        if script is not None and script != codes:
            raise UnknownLocaleError(tag, f"the modifier '@{modifier}' names another script "
                                     f"than {script!r}")
        return codes
    at = tag.index("@")
    raise UnknownLocaleError(tag, f"the modifier '@{modifier}' names no script or variant "
                             "CLDR knows", (at, at + 1 + len(modifier)))


def _canonical(t: _Table, language: str, script: str | None, region: str | None,
               variants: list[str], extensions: list[str]) -> Tag:
    replacement = t.language_aliases.get(language)
    if replacement is not None:
        # 'sh' -> 'sr_Latn', 'drw' -> 'fa_AF': the replacement's other subtags fill only
        # what the tag left open (UTS #35, language alias).
        parts = replacement.split("_")
        language = parts[0]
        for part in parts[1:]:
            if len(part) == 4 and script is None:
                script = part
            elif len(part) != 4 and region is None:
                region = part
    if script is not None:
        script = t.script_aliases.get(script, script)
    if region is not None:
        choices = t.region_aliases.get(region)
        if choices:
            # A region split into several ('SU'): the one the language is most likely
            # spoken in, else the first (UTS #35, territory alias).
            likely = t.likely_region(language)
            region = likely if likely in choices else choices[0]
    out_variants: set[str] = set()
    exts = {e.split("-")[0]: e for e in extensions}
    for v in variants:
        v = t.variant_aliases.get(v, v)
        if v == _POSIX_VARIANT:
            exts.setdefault("u", _POSIX_EXTENSION)
        else:
            out_variants.add(v)
    # 'ZZ' and 'Zzzz' are CLDR's "unknown region" and "unknown script": no information.
    if region == "ZZ":
        region = None
    if script == "Zzzz":
        script = None
    if language != "und":
        if script is None and region is not None and language in t.scripted \
                and f"{language}_{region}" not in t.ids:
            script = t.likely_script(language, region)
        elif script is not None and language not in t.scripted \
                and script == t.likely_script(language, region) \
                and "_".join(p for p in (language, script, region) if p) not in t.ids:
            script = None
    # BCP 47 order: extensions by singleton, private use ('x') last.
    ordered = tuple(exts[k] for k in sorted(exts, key=lambda s: (s == "x", s)))
    return Tag(language, script, region, tuple(sorted(out_variants)), ordered)


# Full-width and CJK punctuation of CLDR's display-name patterns ('中文（繁體，台灣）').
_PUNCTUATION = str.maketrans({"（": "(", "）": ")", "，": ",", "、": ",", "،": ","})


def _from_name(t: _Table, tag: str) -> Tag:
    text = tag.strip().translate(_PUNCTUATION)
    head, details = _split_name(t, text)
    codes = t.language_names.get(lookup_key(head))
    if codes is None:
        raise UnknownLocaleError(tag, f"{head.strip()!r} is not a language name this version "
                                 "knows (in English or in the language itself)")
    if isinstance(codes, list):
        raise AmbiguousError(tag, f"{head.strip()!r} names more than one language",
                             [str(_code_tag(t, c)) for c in codes])
    base = _code_tag(t, codes)
    script, region = base.script, base.region
    variants = list(base.variants)
    own = t.details.get(base.language, {})
    for code in _detail_codes(t, tag, details, own):
        if len(code) == 4 and code[0].isupper():
            if script is not None and script != code:
                raise UnknownLocaleError(tag, "names two scripts")
            script = code
        elif code.isupper() or code.isdigit():
            if region is not None and region != code:
                raise UnknownLocaleError(tag, "names two regions")
            region = code
        else:
            variants.append(code)
    return _canonical(t, base.language, script, region, variants, list(base.extensions))


def _split_name(t: _Table, text: str) -> tuple[str, str]:
    """The language name and the details after it: 'Deutsch (Schweiz)', and names that hold
    parentheses themselves, before ('kurdî (kurmancî) (Türkiye)') or inside the details
    ('Burmese (Myanmar (Burma))'): the longest head that is a language name is taken."""
    if lookup_key(text) in t.language_names:
        return text, ""
    if text.endswith(")"):
        opens = [i for i, ch in enumerate(text) if ch == "("]
        for at in reversed(opens):
            if lookup_key(text[:at]) in t.language_names:
                return text[:at], text[at + 1:-1]
        if opens:
            return text[:opens[0]], text[opens[0] + 1:-1]
    if "_" in text:
        # Windows' names: 'English_United States.1252'.
        head, details = text.split("_", 1)
        return head, details.split(".")[0]
    return text, ""


def _code_tag(t: _Table, code: str) -> Tag:
    parts = code.split("_")
    script = next((p for p in parts[1:] if len(p) == 4), None)
    region = next((p for p in parts[1:] if len(p) != 4), None)
    return _canonical(t, parts[0], script, region, [], [])


def _detail_codes(t: _Table, tag: str, details: str, own: dict[str, Any]) -> list[str]:
    """The codes named between the parentheses, separated by commas; a name may hold a
    comma itself ('St. Helena, Ascension & Tristan da Cunha'), so the longest run of pieces
    that is a name is taken first."""
    items = details.split(",") if details.strip() else []
    out: list[str] = []
    i = 0
    while i < len(items):
        for j in range(len(items), i, -1):
            piece = ",".join(items[i:j])
            code = _detail(t, tag, piece, own)
            if code is not None:
                out.append(code)
                i = j
                break
        else:
            raise UnknownLocaleError(tag, f"{items[i].strip()!r} is not a region, script or "
                                     "variant name this version knows")
    return out


def _detail(t: _Table, tag: str, piece: str, own: dict[str, Any]) -> str | None:
    key = lookup_key(piece)
    found = own.get(key) or t.details[""].get(key)
    if found is None:
        raw = piece.strip()
        if raw.upper() in t.regions:
            return raw.upper()
        if raw.title() in t.scripts:
            return raw.title()
        return None
    if isinstance(found, list):
        raise AmbiguousError(tag, f"{piece.strip()!r} names more than one region or script",
                             list(found))
    return str(found)
