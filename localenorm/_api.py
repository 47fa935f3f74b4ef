"""The public entry points: the caller's options checked once, a bound on the work, and the
reading pipeline (``_stages``) run over the text.

fold (``_normalize``) -> machine formats (``_machine``) or tokens with readings
(``_tokenize``) -> fields (``_resolve``, and the readers around it in ``_compose``) -> zone
and UTC (``_build``) -> :class:`ParseResult`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, tzinfo
from functools import lru_cache

from localenorm import _budget
from localenorm._build import ZoneOptions
from localenorm._calendars import CALENDARS
from localenorm._call import Call
from localenorm._complete import PREFERS, Prefer
from localenorm._epoch import read_epoch
from localenorm._errors import (
    AmbiguousError,
    NotATimestampError,
    OptionError,
    ParseError,
)
from localenorm._lexicon import Hint, lexicon
from localenorm._normalize import check_encodable
from localenorm._result import ParseResult
from localenorm._stages import PLANS as _PLANS
from localenorm._stages import run
from localenorm._zone import resolve_tz

# Longer texts are not timestamps; refusing them early bounds time and memory per call.
MAX_LENGTH = 512


def parse(
    text: str,
    *,
    locale: str | None = None,
    default_tz: str | tzinfo = "UTC",
    reference: datetime | None = None,
    prefer: Prefer = "past",
    calendar: str | None = None,
    strict: bool = False,
    zone_hints: Mapping[str, str | tzinfo] | None = None,
    disambiguate: str = "compatible",
    use_plans: bool = True,
    epoch: str | None = None,
) -> ParseResult:
    """Read one timestamp from ``text``.

    ``locale`` (BCP 47 or POSIX style, e.g. ``"ar-EG"``, ``"pt_BR"``) is a hint: it orders
    numeric dates and decides between words that mean different things in different
    languages, but words from other languages are still read. ``default_tz`` is the zone of a
    time that states none. ``reference`` (an aware datetime: when the page was fetched or
    published) completes relative and partial texts, on the calendar of ``default_tz``:
    'yesterday at 17:43', '3 hours ago', 'منذ ساعتين', 'next Monday', '23 Oct' (no year),
    'Monday', '17:43' (no date); without it they raise :class:`NotATimestampError`.
    ``prefer`` (``"past"``, ``"future"`` or ``"nearest"``) picks the year of a date without
    one or the day of a weekday alone, relative to the reference; a time alone is on the
    reference's day (with ``"future"``, its next occurrence). A clock reading such as
    '٠٠:٠٥:٢١' is read as a time of day; use :func:`parse_duration` for lengths of time.

    ``calendar`` imposes the calendar the date is written in (``"gregorian"``,
    ``"islamic-umalqura"``, ``"persian"``, ``"buddhist"``, ``"japanese"``, ``"roc"``,
    ``"hebrew"``); without it, month names and era markers in the text decide ('آبان',
    'هـ', 'พ.ศ.', '令和'), else the locale's default calendar when the year fits it (Thai
    2566, Persian 1402) and the Gregorian otherwise. The result is always Gregorian.

    Zones: a zone the text names ('MSK', 'CEST', 'heure de Paris', 'بتوقيت مكة المكرمة',
    ``Europe/Berlin``) is applied at the local date and time the text gives. An abbreviation
    with several meanings ('IST', 'CST') is resolved by the language and region of the text
    or of ``locale``, else by a documented default recorded in ``.assumptions`` with the
    alternatives; ``strict=True`` makes that an :class:`AmbiguousError`, and ``zone_hints``
    (``{"IST": "Asia/Kolkata"}``) pins meanings. A local time in a DST gap or fold follows
    ``disambiguate``: ``"compatible"`` (a skipped time moves forward by the gap, a repeated
    one is the earlier instant), ``"earlier"``, ``"later"`` or ``"raise"``.

    ``use_plans=False`` reads the text in full even when a text of the same shape was read
    before (see ``localenorm._plan``); answers are the same either way, only slower.

    ``epoch`` reads a bare number as a Unix epoch time, in ``"s"``, ``"ms"``, ``"us"`` or
    ``"ns"``, or by its width with ``"auto"`` (see ``localenorm._epoch``); without it a
    number is never taken for one.

    Raises :class:`ParseError` (a ``ValueError``) or one of its subclasses.
    """
    if _budget.CURRENT.get() is not None:
        # Inside a budget already (a caller counting work, as the tests do): spend that one.
        return _parse(text, locale, default_tz, reference, prefer, calendar, strict,
                      zone_hints, disambiguate, use_plans, epoch)
    budget = _budget.Budget()
    token = _budget.CURRENT.set(budget)
    try:
        return _parse(text, locale, default_tz, reference, prefer, calendar, strict,
                      zone_hints, disambiguate, use_plans, epoch)
    except _budget.OverBudget:
        raise NotATimestampError(text, "too many possible readings to try: more than "
                                 f"{_budget.LIMIT:,} steps of work, the bound for one text; "
                                 "it is not read as one timestamp") from None
    except ParseError as exc:
        if exc.text == text or isinstance(exc, OptionError):
            raise  # (an OptionError quotes the option, not the text)
        # A piece of the text was refused ('yesterday at 25:00' refuses '25:00'): the
        # caller's error quotes the caller's text, and says which piece.
        raise _requoted(exc, text) from None
    finally:
        _budget.CURRENT.reset(token)
        # (The memo may hold refusals, whose tracebacks hold the frames that hold it: clear
        # it so the call's garbage goes now, not at the next cycle collection.)
        budget.memo.clear()


def _requoted(exc: ParseError, text: str) -> ParseError:
    """``exc``, raised for a piece of ``text``, as the same kind of error about ``text``."""
    reason = f"in {exc.text!r}: {exc.reason}"
    if isinstance(exc, AmbiguousError):
        return AmbiguousError(text, reason, exc.candidates)
    return type(exc)(text, reason)


def _parse(text: str, locale: str | None, default_tz: str | tzinfo,
           reference: datetime | None, prefer: Prefer, calendar: str | None, strict: bool,
           zone_hints: Mapping[str, str | tzinfo] | None, disambiguate: str,
           use_plans: bool, epoch: str | None = None) -> ParseResult:
    # (The arguments' types are checked before this, in _checked.)
    if reference is not None and reference.tzinfo is None:
        raise OptionError(repr(reference), "reference must be an aware datetime")
    try:
        tz, zo, hint = _options(default_tz, locale, prefer, calendar, strict, disambiguate)
    except TypeError:  # an unhashable argument: checked (and refused) without the cache
        tz, zo, hint = _options.__wrapped__(default_tz, locale, prefer, calendar, strict,
                                            disambiguate)
    if zone_hints:
        zo = ZoneOptions(strict, dict(zone_hints), disambiguate, locale)
    if calendar is not None:
        use_plans = False  # plans replay Gregorian readings; an imposed calendar reads anew
    if len(text) > MAX_LENGTH:
        # (Checked before anything reads the text, spaces included: the bound is on the
        # input as given.)
        raise NotATimestampError(text, f"longer than {MAX_LENGTH} characters")
    if not text.isascii():
        check_encodable(text)
    stripped = text.strip()
    if not stripped:
        raise NotATimestampError(text, "empty text")
    if epoch is not None:
        read = read_epoch(text, stripped, epoch)
        if read is not None:
            return read
    return run(Call(text, stripped, locale, hint, tz, zo, reference, prefer, calendar,
                    use_plans, lexicon(), 0))


def read(
    text: str,
    options: tuple[tzinfo, ZoneOptions, Hint | None],
    locale: str | None,
    reference: datetime | None,
    prefer: Prefer,
) -> Call:
    """The stages run over ``text`` (at most MAX_LENGTH characters, not blank) with options
    checked already (``options`` as :func:`checked_options` gives them), within a bound of
    work of its own: the call, its ``result`` and the ``stage`` that answered. For readers
    of many pieces of a text (``_find``); raises the piece's ``ParseError``."""
    tz, zo, hint = options
    budget = _budget.Budget()
    token = _budget.CURRENT.set(budget)
    try:
        c = Call(
            text, text.strip(), locale, hint, tz, zo, reference, prefer, None, True, lexicon(), 0
        )
        run(c)
        return c
    except _budget.OverBudget:
        raise NotATimestampError(text, "too many possible readings to try") from None
    finally:
        _budget.CURRENT.reset(token)
        budget.memo.clear()


def checked_options(
    default_tz: str | tzinfo, locale: str | None, prefer: str
) -> tuple[tzinfo, ZoneOptions, Hint | None]:
    """The zone, zone options and hint of a call's options, checked (``OptionError``)."""
    return _options(default_tz, locale, prefer, None, False, "compatible")


_POLICIES = ("compatible", "earlier", "later", "raise")


@lru_cache(maxsize=256)
def _options(default_tz: str | tzinfo, locale: str | None, prefer: str, calendar: str | None,
             strict: bool, disambiguate: str) -> tuple[tzinfo, ZoneOptions, Hint | None]:
    """The checked options of a call: the same few combinations come again and again in a
    pipeline, so they are checked once (a refused one raises each time)."""
    tz = resolve_tz(default_tz)
    if prefer not in PREFERS:
        raise OptionError(repr(prefer), "prefer must be 'past', 'future' or 'nearest'")
    if calendar is not None and calendar not in CALENDARS:
        raise OptionError(repr(calendar), "calendar must be one of "
                          + ", ".join(repr(c) for c in CALENDARS))
    if disambiguate not in _POLICIES:
        raise OptionError(repr(disambiguate), "disambiguate must be one of "
                          + ", ".join(repr(p) for p in _POLICIES))
    hint = lexicon().hint(locale) if locale else None
    return tz, ZoneOptions(strict, None, disambiguate, locale), hint


def to_utc_iso(
    text: str,
    *,
    locale: str | None = None,
    default_tz: str | tzinfo = "UTC",
    reference: datetime | None = None,
    prefer: Prefer = "past",
    calendar: str | None = None,
    strict: bool = False,
    zone_hints: Mapping[str, str | tzinfo] | None = None,
    disambiguate: str = "compatible",
    epoch: str | None = None,
) -> str:
    """``parse(...).iso``: the ISO-8601 string of the timestamp in ``text``."""
    return parse(text, locale=locale, default_tz=default_tz, reference=reference,
                 prefer=prefer, calendar=calendar, strict=strict, zone_hints=zone_hints,
                 disambiguate=disambiguate, epoch=epoch).iso


__all__ = ["_PLANS", "ParseError", "parse", "to_utc_iso"]
