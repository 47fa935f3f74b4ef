"""localenorm: timestamps as web pages print them, in any locale, to ISO-8601 UTC."""

from __future__ import annotations

from localenorm._api import parse, to_utc_iso
from localenorm._duration import DurationResult, parse_duration
from localenorm._errors import (
    AmbiguousError,
    ContradictionError,
    InvalidDateError,
    NotATimestampError,
    OptionError,
    ParseError,
    UnknownZoneError,
)
from localenorm._result import ParseResult

__version__ = "0.1.0"

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
    "to_utc_iso",
]
