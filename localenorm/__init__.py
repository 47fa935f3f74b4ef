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
    UnknownZoneError,
)
from localenorm._many import parse_many
from localenorm._result import ParseResult

if TYPE_CHECKING:
    from localenorm._duration import DurationResult, parse_duration

__version__ = "0.1.0"

# Durations (and the relative-time module behind them) are read by few callers: they are
# imported on first use, which keeps ``import localenorm`` about 15 ms cheaper.
_LAZY = frozenset({"DurationResult", "parse_duration"})


def __getattr__(name: str) -> object:
    if name == "parse_duration":
        from localenorm._checked import checked_parse_duration

        return checked_parse_duration()
    if name in _LAZY:
        from localenorm import _duration

        return getattr(_duration, name)
    raise AttributeError(f"module 'localenorm' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})

__all__ = [
    "AmbiguousError",
    "ContradictionError",
    "DurationResult",
    "InvalidDateError",
    "NotATimestampError",
    "OptionError",
    "ParseError",
    "ParseResult",
    "UnknownZoneError",
    "__version__",
    "parse",
    "parse_duration",
    "parse_many",
    "to_utc_iso",
]
