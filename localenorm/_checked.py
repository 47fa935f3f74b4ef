"""Stage 0: the caller's arguments, checked before the reading stages see them.

The stages are compiled with mypyc where the install could (see ``setup.py``), and a
compiled function raises ``TypeError`` for an argument of another type than it declares.
The library's answer to any bad input is its own error, so the public functions check their
arguments here, in Python, and hand the stages only what they declare: ``OptionError`` (a
``ParseError``) names a wrong type, and ``strict``/``use_plans`` take any truth value, as
they always did. It also turns the one failure that can come from a well-typed text,
``OverflowError`` (a number too large for the C integers dates and time spans are made of),
into a ``NotATimestampError``. This module itself is never compiled.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any, ParamSpec, TypeVar
from zoneinfo import ZoneInfo

from localenorm import _api
from localenorm._errors import NotATimestampError, OptionError
from localenorm._result import ParseResult

_P = ParamSpec("_P")
_R = TypeVar("_R")

_NONE = type(None)
# Argument -> the types it may have, and how to say so.
_TYPES: dict[str, tuple[tuple[type, ...], str]] = {
    "text": ((str,), "str"),
    "locale": ((str, _NONE), "a locale tag (str) or None"),
    "default_tz": ((str, tzinfo), "an IANA name or offset (str) or a tzinfo"),
    "reference": ((datetime, _NONE), "an aware datetime or None"),
    "prefer": ((str,), "'past', 'future' or 'nearest'"),
    "calendar": ((str, _NONE), "a calendar name (str) or None"),
    "zone_hints": ((Mapping, _NONE), "a mapping of abbreviations to zones, or None"),
    "disambiguate": ((str,), "'compatible', 'earlier', 'later' or 'raise'"),
    "candidates": ((list, tuple, set, frozenset, _NONE), "a list of locale tags or None"),
    "epoch": ((str, _NONE), "'s', 'ms', 'us', 'ns', 'auto' or None"),
}
_FLAGS = frozenset({"strict", "use_plans"})


def _checked(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """``fn`` (whose first argument is the text, the rest keywords) behind the checks."""

    @functools.wraps(fn)
    def call(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        # (Inline, not a helper per argument: this runs before every parse.)
        if args and not isinstance(args[0], str):
            _refuse("text", args[0])
        for name, value in kwargs.items():
            known = _TYPES.get(name)
            if known is not None:
                if not isinstance(value, known[0]):
                    _refuse(name, value)
                if name == "candidates" and isinstance(value, list | tuple | set | frozenset) \
                        and not all(isinstance(v, str) for v in value):
                    _refuse(name, value)
            elif name in _FLAGS:
                kwargs[name] = bool(value)
        reference = kwargs.get("reference")
        if reference is not None:
            kwargs["reference"] = _instant(reference)  # type: ignore[arg-type]
        zone = kwargs.get("default_tz")
        if isinstance(zone, tzinfo) and type(zone) not in _TRUSTED:
            kwargs["default_tz"] = _guarded(zone)
        hints = kwargs.get("zone_hints")
        if hints and any(isinstance(v, tzinfo) and type(v) not in _TRUSTED
                         for v in hints.values()):  # type: ignore[attr-defined]
            kwargs["zone_hints"] = {k: _guarded(v) if isinstance(v, tzinfo) and type(v)
                                    not in _TRUSTED else v
                                    for k, v in hints.items()}  # type: ignore[attr-defined]
        try:
            return fn(*args, **kwargs)
        except OverflowError:
            # A day, year or count of twenty digits reaches date() or timedelta() in
            # several readers; one check here covers them all, and costs nothing until then.
            text = args[0] if args else kwargs.get("text", "")
            raise NotATimestampError(str(text), "a number too large for a date, a time or "
                                     "a length of time") from None

    return call


# Zone classes whose answers are the standard library's own: every other ``tzinfo`` (a
# caller's class, dateutil's, ...) is asked through _Guarded. (pytz zones are read by name.)
_TRUSTED = (timezone, ZoneInfo)
_DAY = timedelta(hours=24)


def _instant(reference: datetime) -> datetime:
    """``reference`` as the same instant in UTC, which is all the readers use of it: its own
    ``tzinfo`` is asked once, here, where a failure is the caller's ``OptionError``."""
    try:
        if reference.utcoffset() is None:
            raise OptionError(_shown(reference), "reference must be an aware datetime")
        return reference.astimezone(timezone.utc)
    except OptionError:
        raise
    except OverflowError:
        raise OptionError(_shown(reference), "reference is out of range in UTC") from None
    except Exception as exc:  # (a caller's tzinfo may raise anything)
        raise OptionError(_shown(reference), "reference's tzinfo failed: "
                          f"{type(exc).__name__}: {exc}") from None


def _guarded(zone: tzinfo) -> tzinfo:
    if getattr(zone, "zone", None) is not None and hasattr(zone, "localize"):
        return zone  # a pytz zone: the readers take it by its name
    return _Guarded(zone)


class _Guarded(tzinfo):
    """A caller's ``tzinfo`` of a kind the library does not know, with every answer checked:
    an exception from it, or an offset that is not a ``timedelta`` within a day, is the
    caller's ``OptionError`` wherever the readers ask, never a crash inside them."""

    def __init__(self, inner: tzinfo) -> None:
        self.inner = inner
        key = getattr(inner, "key", None)
        self.key = key if isinstance(key, str) else None

    def _ask(self, what: str, dt: datetime | None) -> Any:
        try:
            return getattr(self.inner, what)(dt if dt is None else dt.replace(tzinfo=self.inner))
        except Exception as exc:  # (a caller's tzinfo may raise anything)
            raise OptionError(_shown(self.inner), f"default_tz's {what}() failed: "
                              f"{type(exc).__name__}: {exc}") from None

    def _offset(self, what: str, dt: datetime | None) -> timedelta | None:
        got = self._ask(what, dt)
        if got is None or (isinstance(got, timedelta) and -_DAY < got < _DAY):
            return got
        raise OptionError(_shown(self.inner), f"default_tz's {what}() gave {got!r}, not an "
                          "offset within a day")

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        return self._offset("utcoffset", dt)

    def dst(self, dt: datetime | None) -> timedelta | None:
        return self._offset("dst", dt)

    def tzname(self, dt: datetime | None) -> str | None:
        got = self._ask("tzname", dt)
        return got if isinstance(got, str) else None

    def fromutc(self, dt: datetime) -> datetime:
        got = self._ask("fromutc", dt)
        if not isinstance(got, datetime):
            raise OptionError(_shown(self.inner), f"default_tz's fromutc() gave {_shown(got)}")
        return got.replace(tzinfo=self)

    def __repr__(self) -> str:
        return _shown(self.inner)

    __str__ = __repr__


def _shown(value: object) -> str:
    """``repr(value)``, at most 80 characters, whatever the value's ``__repr__`` does."""
    try:
        shown = repr(value)
    except Exception:  # (a caller's object may raise anything)
        shown = f"<{type(value).__name__}>"
    return shown if len(shown) <= 80 else shown[:77] + "..."


def _refuse(name: str, value: object) -> None:
    raise OptionError(_shown(value), f"{name} must be {_TYPES[name][1]}, "
                      f"not {type(value).__name__}")


parse = _checked(_api.parse)
to_utc_iso = _checked(_api.to_utc_iso)


def row_parser(options: dict[str, Any]) -> Callable[[object, object, object], ParseResult]:
    """``read(text, locale, reference)``: ``parse`` with ``options`` for every row, which
    the caller has checked once already (``parse`` itself raised nothing for them). Only
    the row's own three arguments are checked per call: a column of a million rows does
    not pay for checking the same options a million times."""
    fixed: dict[str, Any] = {name: bool(value) if name in _FLAGS else value
                             for name, value in options.items()}
    engine: Callable[..., ParseResult] = _api.parse

    def read(text: object, locale: object, reference: object) -> ParseResult:
        if type(text) is not str or not (locale is None or type(locale) is str) or not (
                reference is None or isinstance(reference, datetime)):
            checked: Callable[..., ParseResult] = parse
            return checked(text, locale=locale, reference=reference, **fixed)  # (its error)
        try:
            return engine(text, locale=locale, reference=reference, **fixed)
        except OverflowError:
            raise NotATimestampError(text, "a number too large for a date, a time or a "
                                     "length of time") from None

    return read


@functools.cache
def checked_lazy(module: str, name: str) -> Any:
    """``localenorm.<module>.<name>`` behind the checks (its module loads on first need)."""
    import importlib

    return _checked(getattr(importlib.import_module("localenorm." + module), name))


@functools.cache
def checked_parse_duration() -> Any:
    """``parse_duration`` behind the checks (its module loads on first need)."""
    from localenorm._duration import parse_duration

    return _checked(parse_duration)
