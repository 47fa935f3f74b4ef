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
from datetime import datetime, tzinfo
from typing import Any, ParamSpec, TypeVar

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
            elif name in _FLAGS:
                kwargs[name] = bool(value)
        try:
            return fn(*args, **kwargs)
        except OverflowError:
            # A day, year or count of twenty digits reaches date() or timedelta() in
            # several readers; one check here covers them all, and costs nothing until then.
            text = args[0] if args else kwargs.get("text", "")
            raise NotATimestampError(str(text), "a number too large for a date, a time or "
                                     "a length of time") from None

    return call


def _refuse(name: str, value: object) -> None:
    shown = repr(value)
    if len(shown) > 80:
        shown = shown[:77] + "..."
    raise OptionError(shown, f"{name} must be {_TYPES[name][1]}, not {type(value).__name__}")


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
def checked_parse_duration() -> Any:
    """``parse_duration`` behind the checks (its module loads on first need)."""
    from localenorm._duration import parse_duration

    return _checked(parse_duration)
