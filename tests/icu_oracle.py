"""ICU as a second oracle: texts formatted by ICU (PyICU, a test dependency) with what they
must parse to, for the property tests and ``benchmarks/icu_roundtrip.py``.

ICU is independent of babel: its own formatter, its own CLDR release (ICU 77: CLDR 47), its
date-time glue with the ``-atTime`` forms, ``DateTimePatternGenerator`` skeletons, native
digits, zone formats and non-Gregorian calendars. A :class:`Sample` is one formatted text
and the instant or date it states, at the precision its pattern prints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import cache
from zoneinfo import ZoneInfo

import icu
from hypothesis import strategies as st

UTC = timezone.utc
STYLES = {"full": icu.DateFormat.kFull, "long": icu.DateFormat.kLong,
          "medium": icu.DateFormat.kMedium, "short": icu.DateFormat.kShort}
SKELETONS = ("yMMMd", "yMMMEd", "yMMMMEEEEd", "yMd", "yMEd", "GyMMMd", "yMMMMd", "yMMMdjm",
             "yMdjms", "yMMMEdHm", "jm", "jms", "Hm", "Hms")
ZONE_FORMS = ("z", "zzzz", "v", "vvvv", "VVVV", "O", "OOOO")
CALENDARS = ("islamic-umalqura", "islamic-civil", "islamic-tbla", "persian", "buddhist",
             "japanese", "roc", "hebrew", "ethiopic", "coptic", "indian")
# Where each calendar is printed, beside English (which ICU formats in every calendar).
CALENDAR_LOCALES = {
    "islamic-umalqura": ("ar", "ar_SA", "fa", "ur", "tr", "ms"),
    "islamic-civil": ("ar", "ar_EG", "fa", "ur", "tr"), "islamic-tbla": ("ar", "fa", "ur"),
    "persian": ("fa", "fa_AF", "ps", "ckb"), "buddhist": ("th",), "japanese": ("ja",),
    "roc": ("zh_Hant", "zh_TW"), "hebrew": ("he",), "ethiopic": ("am", "ti"),
    "coptic": ("ar", "ar_EG"), "indian": ("hi", "mr", "bn"),
}
FIRST = datetime(1970, 1, 1, tzinfo=UTC)
LAST = datetime(2037, 12, 31, 23, 59, 59, tzinfo=UTC)
_LETTERS = re.compile(r"'[^']*'|([A-Za-z])\1*")


@dataclass(frozen=True)
class Sample:
    """One text ICU formatted: ``locale`` (ICU's id), what it is (``kind``: ``date-long``,
    ``datetime-full-short``, ``skeleton-yMMMd``, ``zone-vvvv``, ``calendar-persian-long``),
    the instant, and the precision the pattern prints: ``grain`` is ``day`` for a date,
    ``minute`` or ``second`` for a time. ``reference`` is set when the text has no date."""

    text: str
    locale: str
    kind: str
    instant: datetime
    grain: str
    reference: datetime | None = None
    zone: str = "UTC"


@cache
def locales() -> tuple[str, ...]:
    """Every ICU locale with date data of its own, by ICU's id."""
    return tuple(sorted(str(loc) for loc in icu.Locale.getAvailableLocales()))


def hint_of(locale: str) -> str:
    return locale


def _fields(pattern: str) -> set[str]:
    return {m.group(1) for m in _LETTERS.finditer(pattern) if m.group(1)}


def grain_of(pattern: str) -> str | None:
    """``second``, ``minute``, ``day`` or None (a pattern that prints no day, or an hour
    without minutes) from the letters of an ICU pattern."""
    f = _fields(pattern)
    if "s" in f:
        return "second"
    if "m" in f:
        return "minute"
    if f & {"H", "h", "k", "K", "j"}:
        return None
    if "d" in f and f & {"M", "L"} and f & {"y", "Y", "u", "U", "r"}:
        return "day"
    return None


def _udate(at: datetime) -> float:
    return at.timestamp()  # PyICU takes seconds since the epoch


def _locale(locale: str, calendar: str | None = None, native: bool = False) -> icu.Locale:
    keywords = []
    if calendar:
        keywords.append(f"calendar={calendar}")
    if native:
        keywords.append("numbers=native")
    return icu.Locale(locale + ("@" + ";".join(keywords) if keywords else ""))


def _format(fmt: icu.DateFormat, at: datetime, zone: str = "UTC") -> str:
    fmt.setTimeZone(icu.TimeZone.createTimeZone(zone))
    return str(fmt.format(_udate(at)))


def styled(locale: str, at: datetime, date_style: str | None, time_style: str | None,
           native: bool = False, calendar: str | None = None) -> Sample | None:
    """A ``DateFormat`` style pair (``None`` for no date or no time); ICU glues a date and
    a time of styles full and long with the ``-atTime`` form."""
    loc = _locale(locale, calendar, native)
    d = STYLES[date_style] if date_style else icu.DateFormat.kNone
    t = STYLES[time_style] if time_style else icu.DateFormat.kNone
    fmt = icu.DateFormat.createDateTimeInstance(d, t, loc)
    pattern = str(fmt.toPattern())
    grain = grain_of(pattern)
    if grain is None:
        return None
    kind = "-".join(p for p in ("datetime" if time_style else "date", date_style, time_style)
                    if p)
    if calendar:
        kind = f"calendar-{calendar}-{kind}"
    return Sample(_format(fmt, at), locale, kind + ("-native" if native else ""), at, grain)


def skeleton(locale: str, at: datetime, skel: str, native: bool = False) -> Sample | None:
    """A ``DateTimePatternGenerator`` skeleton; a text without a date gets its day as
    reference."""
    loc = _locale(locale, None, native)
    gen = icu.DateTimePatternGenerator.createInstance(loc)
    pattern = str(gen.getBestPattern(skel))
    fmt = icu.SimpleDateFormat(pattern, loc)
    f = _fields(pattern)
    has_date = "d" in f
    grain = grain_of(pattern) if has_date else ("second" if "s" in f else
                                                "minute" if "m" in f else None)
    if grain is None:
        return None
    ref = None if has_date else at.replace(hour=12, minute=0, second=0)
    return Sample(_format(fmt, at), locale, f"skeleton-{skel}" + ("-native" if native else ""),
                  at, grain, ref)


def zoned(locale: str, at: datetime, zone: str, form: str) -> Sample:
    """The locale's medium date, ``HH:mm:ss`` and the zone in ICU's ``form``, in ``zone``."""
    loc = _locale(locale)
    medium = icu.DateFormat.createDateInstance(icu.DateFormat.kMedium, loc)
    pattern = f"{medium.toPattern()} HH:mm:ss {form}"
    fmt = icu.SimpleDateFormat(pattern, loc)
    return Sample(_format(fmt, at, zone), locale, f"zone-{form}", at, "second", zone=zone)


def icu_offset(zone: str, at: datetime) -> timedelta | None:
    """The offset ICU's own tz data gives ``zone`` at ``at`` (None for a zone ICU lacks)."""
    tz = icu.TimeZone.createTimeZone(zone)
    if str(tz.getID()) == "Etc/Unknown":
        return None
    try:
        raw, dst = tz.getOffset(_udate(at), False)
    except (SystemError, icu.ICUError):
        return None
    return timedelta(milliseconds=raw + dst)


def tz_offset(zone: str, at: datetime) -> timedelta | None:
    off = at.astimezone(ZoneInfo(zone)).utcoffset()
    return off


def expected(sample: Sample) -> tuple[str, object]:
    """What a reading of ``sample`` must equal: ``("day", date)`` or ``("instant", UTC
    datetime at the sample's grain)``."""
    if sample.grain == "day":
        local = sample.instant.astimezone(ZoneInfo(sample.zone)) if sample.zone != "UTC" \
            else sample.instant
        return "day", local.date()
    at = sample.instant.replace(microsecond=0)
    if sample.grain == "minute":
        at = at.replace(second=0)
    return "instant", at


def verdict(sample: Sample, result: object) -> bool:
    """Whether a ``localenorm`` result reads ``sample`` right."""
    what, want = expected(sample)
    utc = getattr(result, "utc", None)
    if what == "day":
        got = getattr(result, "date", None)
        if got is None and utc is not None:
            return False  # a time where the text has none
        return bool(got == want)
    if utc is None:
        return False
    at = utc.astimezone(UTC).replace(microsecond=0)
    if sample.grain == "minute":
        at = at.replace(second=0)
    return bool(at == want)


def instants() -> st.SearchStrategy[datetime]:
    """Instants 1970-2037, to the second, in UTC."""
    return st.integers(int(FIRST.timestamp()), int(LAST.timestamp())).map(
        lambda s: datetime.fromtimestamp(s, UTC))


def style_pairs() -> list[tuple[str | None, str | None]]:
    return [(d, t) for d in STYLES for t in [*STYLES, None]]


def day(at: datetime) -> date:
    return at.date()
