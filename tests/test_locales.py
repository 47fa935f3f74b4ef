"""normalize_locale: tag spellings, CLDR aliases, display names, and agreement with babel."""

from __future__ import annotations

import pytest
from babel import Locale
from babel import UnknownLocaleError as BabelUnknownLocale
from babel.core import get_global
from hypothesis import given
from hypothesis import strategies as st

import localenorm
from localenorm import AmbiguousError, ParseError, UnknownLocaleError, normalize_locale
from tests.strategies import ALL_LOCALES

SPELLINGS = [
    # POSIX forms with encodings and modifiers
    ("ar_EG.UTF-8", "ar-EG"),
    ("ar_EG.utf8", "ar-EG"),
    ("de_DE.ISO-8859-1@euro", "de-DE"),
    ("sr_RS@latin", "sr-Latn-RS"),
    ("sr_RS@cyrillic", "sr-Cyrl-RS"),
    ("be_BY@latin", "be-Latn-BY"),
    ("ca_ES@valencia", "ca-ES-valencia"),
    ("C", "en-US-u-va-posix"),
    ("POSIX", "en-US-u-va-posix"),
    ("C.UTF-8", "en-US-u-va-posix"),
    ("en_US_POSIX", "en-US-u-va-posix"),
    # case and separator variants
    ("AR-eg", "ar-EG"),
    ("ar_eg", "ar-EG"),
    ("zh_Hant_TW", "zh-Hant-TW"),
    ("ZH-hant-tw", "zh-Hant-TW"),
    ("zh-hant_TW", "zh-Hant-TW"),
    ("  pt_BR ", "pt-BR"),
    ("es-419", "es-419"),
    # likely scripts where CLDR writes the language in several
    ("zh_TW", "zh-Hant-TW"),
    ("zh_CN", "zh-Hans-CN"),
    ("zh-HK", "zh-Hant-HK"),
    ("sr_RS", "sr-Cyrl-RS"),
    ("sr_ME", "sr-Latn-ME"),
    ("uz_AF", "uz-Arab-AF"),
    ("pa_PK", "pa-Arab-PK"),
    ("zh", "zh"),
    ("sr-Latn", "sr-Latn"),
    # a language's usual script is not written; another script is kept
    ("ar-Arab-EG", "ar-EG"),
    ("en-Latn-US", "en-US"),
    ("ar-Latn-EG", "ar-Latn-EG"),
    ("hi_Latn", "hi-Latn"),
    # deprecated and legacy codes (CLDR's alias data)
    ("iw", "he"),
    ("iw_IL", "he-IL"),
    ("in", "id"),
    ("ji", "yi"),
    ("jw", "jv"),
    ("mo", "ro"),
    ("tl", "fil"),
    ("sh", "sr-Latn"),
    ("sh_BA", "sr-Latn-BA"),
    ("no", "no"),
    ("nb", "nb"),
    ("nob", "nb"),
    ("eng", "en"),
    ("ger_DE", "de-DE"),
    ("en_UK", "en-GB"),
    ("de_DD", "de-DE"),
    ("hy_SU", "hy-AM"),
    ("ru_SU", "ru-RU"),
    ("el-polytoni", "el-polyton"),
    ("en-999", "en"),
    # extensions and other subtags
    ("en-US-u-ca-gregory", "en-US-u-ca-gregory"),
    ("en-x-private-u-ca", "en-x-private-u-ca"),
    ("de-1996", "de-1996"),
    ("und", "und"),
    # display names in English and in the language itself
    ("Arabic (Egypt)", "ar-EG"),
    ("Deutsch (Schweiz)", "de-CH"),
    ("Swiss High German", "de-CH"),
    ("British English", "en-GB"),
    ("Simplified Chinese", "zh-Hans"),
    ("English", "en"),
    ("english", "en"),
    ("العربية (مصر)", "ar-EG"),
    ("Chinese (Traditional, Taiwan)", "zh-Hant-TW"),
    ("中文 (繁體, 台灣)", "zh-Hant-TW"),
    ("中文（繁體，台灣）", "zh-Hant-TW"),
    ("srpski (latinica, Srbija)", "sr-Latn-RS"),
    ("српски (Србија)", "sr-Cyrl-RS"),
    ("English (United States, Computer)", "en-US-u-va-posix"),
    ("Burmese (Myanmar (Burma))", "my-MM"),
    ("English (US)", "en-US"),
    ("English_United States.1252", "en-US"),
    ("German_Germany.1252", "de-DE"),
    ("Klingon", "tlh"),
]


@pytest.mark.parametrize(("tag", "canonical"), SPELLINGS, ids=[s for s, _ in SPELLINGS])
def test_spellings(tag: str, canonical: str) -> None:
    assert normalize_locale(tag) == canonical


REFUSED = [
    ("", None),
    ("xx", (0, 2)),
    ("en_ZZZ", (3, 6)),
    ("en-QB", (3, 5)),
    ("en-Qabc", (3, 7)),
    ("de-DE-foobar", (6, 12)),
    ("en_US@klingon", (5, 13)),
    ("en--US", None),
    ("12", (0, 2)),
    ("Elvish (Middle-earth)", None),
    ("Deutsch (Mittelerde)", None),
    ("e" * 201, None),
]


@pytest.mark.parametrize(("tag", "span"), REFUSED, ids=[t[:20] or "empty" for t, _ in REFUSED])
def test_refused(tag: str, span: tuple[int, int] | None) -> None:
    with pytest.raises(UnknownLocaleError) as info:
        normalize_locale(tag)
    assert isinstance(info.value, ParseError)
    shown = tag if len(tag) <= 120 else tag[:117] + "..."
    assert str(info.value).startswith(repr(shown))
    assert info.value.span == span


def test_a_name_of_two_languages_is_ambiguous() -> None:
    # CLDR: Northern and Southern Ndebele both call themselves isiNdebele.
    with pytest.raises(AmbiguousError) as info:
        normalize_locale("isiNdebele")
    assert set(info.value.candidates) == {"nd", "nr"}


def test_error_is_exported_and_a_parse_error() -> None:
    assert localenorm.UnknownLocaleError is UnknownLocaleError
    assert issubclass(UnknownLocaleError, ParseError)
    assert issubclass(UnknownLocaleError, ValueError)


def _bcp47(identifier: str) -> str:
    """A babel identifier written as BCP 47: variants in lower case, POSIX as CLDR's
    Unicode extension."""
    parts = identifier.split("_")
    if parts[-1] == "POSIX":
        return "-".join(parts[:-1]) + "-u-va-posix"
    return "-".join(p.lower() if len(p) > 4 else p for p in parts)


def _spellings(identifier: str) -> list[str]:
    dashed = identifier.replace("_", "-")
    return [identifier, identifier.lower(), identifier.upper(), dashed, dashed.lower(),
            identifier + ".UTF-8", identifier.lower() + ".utf8", " " + dashed + " "]


def test_every_babel_locale_in_every_spelling_is_itself() -> None:
    # Each of babel's 1,146 locale identifiers, in eight spellings, is its own BCP 47 form.
    wrong = []
    checked = 0
    for identifier in ALL_LOCALES:
        want = _bcp47(identifier)
        for spelling in _spellings(identifier):
            checked += 1
            got = normalize_locale(spelling)
            if got != want:
                wrong.append((spelling, got, want))
    assert checked == 8 * len(ALL_LOCALES)
    assert not wrong, wrong[:20]


_LIKELY: dict[str, str] = get_global("likely_subtags")


def _maximize(language: str, script: str | None, region: str | None) -> tuple[str, ...]:
    """(language, script, region) with CLDR's likely subtags filled in, from babel's own
    copy of them: the oracle for 'names the same locale'."""
    keys = []
    if script and region:
        keys.append(f"{language}_{script}_{region}")
    if region:
        keys.append(f"{language}_{region}")
    if script:
        keys.append(f"{language}_{script}")
    keys.append(language)
    for key in keys:
        found = _LIKELY.get(key)
        if found:
            parts = found.split("_")
            return (parts[0], script or parts[1], region or parts[2])
    return (language, script or "", region or "")


def _babel_tags() -> list[str]:
    tags = [s for identifier in ALL_LOCALES for s in _spellings(identifier)]
    tags += list(get_global("language_aliases"))
    tags += [k for k in _LIKELY if not k.startswith("und")]
    regions = get_global("territory_aliases")
    tags += [f"{lang}_{region}" for region in regions for lang in ("en", "de", "ru", "hy", "sr")]
    return tags


def test_agrees_with_babel_wherever_babel_accepts_the_tag() -> None:
    """Every tag babel's ``Locale.parse`` accepts names the same locale (after CLDR's likely
    subtags) here, over babel's identifiers in eight spellings, CLDR's language aliases,
    likely-subtag keys and deprecated regions. Where babel has no data for a script the tag
    names, it answers with another script's locale ('cu_Glag' -> 'cu'): that is a
    substitute, not a reading of the tag, and is counted apart. (POSIX script modifiers are
    left out on purpose: babel drops them, 'sr_RS@latin' -> sr_Cyrl_RS, where the issue and
    glibc mean Latin, see SPELLINGS.)"""
    agreed = substituted = refused = 0
    differ = []
    for tag in _babel_tags():
        stem = tag.strip().split(".")[0]
        try:
            theirs = Locale.parse(tag.strip(), sep="-" if "-" in stem else "_")
        except (BabelUnknownLocale, ValueError):
            refused += 1
            continue
        ours = localenorm._locales.locale_tag(tag)
        want = _maximize(theirs.language, theirs.script, theirs.territory)
        got = _maximize(ours.language, ours.script, ours.region)
        if want == got and (theirs.variant or "").lower() in ("".join(ours.variants), "posix"):
            agreed += 1
        elif ours.script and want[1] != ours.script:
            substituted += 1
        else:
            differ.append((tag, str(theirs), str(ours)))
    assert not differ, differ[:20]
    print(f"babel agreement: {agreed} agreed, {substituted} substituted, {refused} refused")
    assert agreed >= 9000
    assert substituted < 30


def _shown(loc: Locale, by: Locale) -> str:
    """The tag a babel display name states: babel leaves out a script, region or variant the
    naming locale has no name for ('Obolo' for ann_NG)."""
    parts = [loc.language]
    if loc.script and by.scripts.get(loc.script):
        parts.append(loc.script)
    if loc.territory and by.territories.get(loc.territory):
        parts.append(loc.territory)
    if loc.variant and by.variants.get(loc.variant):
        parts.append(loc.variant)
    return normalize_locale("_".join(parts))


def test_display_names_in_english_and_in_the_language_itself() -> None:
    """babel's display name of every locale, in English and in its own language, reads back
    as the locale (as much of it as the name states), or as an ambiguity that lists its
    language; never as another locale. A name that is itself a language code reads as the
    code ('Ga', the English name of gaa, is the code of Irish)."""
    en = Locale("en")
    read = ambiguous = as_code = 0
    wrong = []
    for identifier in ALL_LOCALES:
        loc = Locale.parse(identifier)
        for by in (en, loc):
            name = loc.get_display_name(by)
            if not name:
                continue
            want = _shown(loc, by)
            try:
                got = normalize_locale(name)
            except AmbiguousError as exc:
                assert any(c.split("-")[0] == loc.language for c in exc.candidates), name
                ambiguous += 1
                continue
            if got == want:
                read += 1
            elif name.isalpha() and name.lower() == got:
                as_code += 1
            else:
                wrong.append((identifier, name, got, want))
    assert not wrong, wrong[:20]
    print(f"display names: {read} read, {ambiguous} ambiguous, {as_code} read as codes")
    assert read >= 2200
    assert ambiguous <= 10 and as_code <= 10


@st.composite
def _respelled(draw: st.DrawFn) -> tuple[str, str]:
    identifier = draw(st.sampled_from(ALL_LOCALES))
    parts = identifier.split("_")
    cased = [draw(st.sampled_from([p, p.lower(), p.upper(), p.title()])) for p in parts]
    seps = [draw(st.sampled_from("-_")) for _ in parts[1:]]
    tag = cased[0] + "".join(s + p for s, p in zip(seps, cased[1:], strict=True))
    tag += draw(st.sampled_from(["", ".UTF-8", ".utf8", ".ISO-8859-15", "@euro"]))
    return identifier, tag


@given(_respelled())
def test_any_case_and_separators(case: tuple[str, str]) -> None:
    identifier, tag = case
    assert normalize_locale(tag) == _bcp47(identifier)


@given(st.sampled_from(ALL_LOCALES + tuple(get_global("language_aliases"))))
def test_idempotent(tag: str) -> None:
    try:
        once = normalize_locale(tag)
    except ParseError:
        return
    assert normalize_locale(once) == once


@given(st.text(max_size=30))
def test_any_text_is_a_tag_or_our_error(text: str) -> None:
    try:
        out = normalize_locale(text)
    except ParseError:
        return
    assert out == normalize_locale(out)
