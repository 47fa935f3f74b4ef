"""localenorm: timestamps as web pages print them, in any locale, to ISO-8601 UTC."""

from __future__ import annotations

from typing import TYPE_CHECKING

from localenorm._checked import parse, to_utc_iso
from localenorm._errors import (
    AmbiguousError,
    ContradictionError,
    InvalidDateError,
    NotATimestampError,
    OptionError,
    ParseError,
    UnknownLocaleError,
    UnknownZoneError,
)
from localenorm._many import parse_many
from localenorm._result import ParseResult

if TYPE_CHECKING:
    from localenorm._detect import Evidence, LocaleScore, detect_locale
    from localenorm._duration import DurationResult, parse_duration
    from localenorm._find import Mention, find
    from localenorm._locales import normalize_locale
    from localenorm._numbers import NumberResult, parse_number

__version__ = "0.1.0"

# Durations (and the relative-time module behind them) are read by few callers: they are
# imported on first use, which keeps ``import localenorm`` about 15 ms cheaper.
_LAZY = frozenset({"DurationResult", "parse_duration"})
# Locale tags and numbers likewise: their tables and modules load on first use.
_LAZY_FROM = {"normalize_locale": "_locales", "parse_number": "_numbers",
              "NumberResult": "_numbers", "detect_locale": "_detect", "LocaleScore": "_detect",
              "Evidence": "_detect", "find": "_find", "Mention": "_find"}


def __getattr__(name: str) -> object:
    if name == "parse_duration":
        from localenorm._checked import checked_parse_duration

        return checked_parse_duration()
    if name in _LAZY:
        from localenorm import _duration

        return getattr(_duration, name)
    if name in _LAZY_FROM:
        if name[0].islower():  # a function: behind the argument checks
            from localenorm._checked import checked_lazy

            return checked_lazy(_LAZY_FROM[name], name)
        import importlib

        return getattr(importlib.import_module("localenorm." + _LAZY_FROM[name]), name)
    raise AttributeError(f"module 'localenorm' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_LAZY_FROM})

__all__ = [
    "AmbiguousError",
    "ContradictionError",
    "DurationResult",
    "Evidence",
    "InvalidDateError",
    "LocaleScore",
    "Mention",
    "NotATimestampError",
    "NumberResult",
    "OptionError",
    "ParseError",
    "ParseResult",
    "UnknownLocaleError",
    "UnknownZoneError",
    "__version__",
    "detect_locale",
    "find",
    "normalize_locale",
    "parse",
    "parse_duration",
    "parse_many",
    "parse_number",
    "to_utc_iso",
]
