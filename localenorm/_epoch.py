"""Unix epoch times (``1698082980``, ``1698082980123``), read only when the caller asks.

A bare number is a date only by convention, so ``parse`` never takes one for an epoch time
on its own: ``epoch=`` names the unit (``"s"``, ``"ms"``, ``"us"``, ``"ns"``), or ``"auto"``
for the usual widths of current times: 10 digits are seconds, 13 milliseconds, 16
microseconds and 19 nanoseconds (each from 2001-09-09 to 2286-11-20). Under ``"auto"`` a
number of any other width is not an epoch time (``20231023`` is still a compact date), and
ten digits that also read as a compact ``YYYYMMDDHH`` hour are ambiguous. The result says
in ``.assumptions`` that it read an epoch time, and in which unit.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from localenorm._build import answer, iso
from localenorm._errors import AmbiguousError, InvalidDateError, OptionError
from localenorm._result import ParseResult

# Unit -> (its name in notes, microseconds per unit as numerator / denominator).
_UNITS: dict[str, tuple[str, int, int]] = {
    "s": ("seconds", 1_000_000, 1),
    "ms": ("milliseconds", 1_000, 1),
    "us": ("microseconds", 1, 1),
    "ns": ("nanoseconds", 1, 1_000),
}
# Under "auto": the width of the integer part -> unit.
_AUTO = {10: "s", 13: "ms", 16: "us", 19: "ns"}
EPOCHS = ("s", "ms", "us", "ns", "auto")

_UNIX = datetime(1970, 1, 1, tzinfo=timezone.utc)
_FIRST = datetime(1, 1, 1, tzinfo=timezone.utc)
_LAST = datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=timezone.utc)


def check_epoch(epoch: str) -> None:
    """Refuse an ``epoch=`` that names no unit, whatever the text."""
    if epoch not in _UNITS and epoch != "auto":
        raise OptionError(repr(epoch), "epoch must be one of "
                          + ", ".join(repr(e) for e in EPOCHS) + " or None")


def read_epoch(text: str, stripped: str, epoch: str) -> ParseResult | None:
    """The instant ``stripped`` (``text`` without its outer spaces) gives as an epoch time in
    the unit ``epoch`` names; ``None`` when it is no plain number (or, under ``"auto"``, not
    one of an epoch time's widths), for the other readers."""
    check_epoch(epoch)
    sign = 1
    body = stripped
    if body[:1] in ("-", "+"):
        if epoch == "auto":
            return None  # a signed number is no current time; only a named unit reads it
        sign = -1 if body[0] == "-" else 1
        body = body[1:]
    whole, dot, fraction = body.partition(".")
    if not whole.isdecimal() or (dot and not fraction.isdecimal()):
        return None
    unit = epoch
    notes: list[str] = []
    if epoch == "auto":
        found = _AUTO.get(len(whole))
        if found is None:
            return None
        unit = found
        if unit == "s" and not dot and _compact_hour(whole):
            seconds = iso(_instant(text, 1, whole, "", "s", []))
            raise AmbiguousError(text, "ten digits are Unix seconds or a compact YYYYMMDDHH "
                                 "hour; pass epoch='s' for seconds",
                                 [f"{seconds} (Unix seconds)", _compact(whole)])
        notes.append(f"Unix epoch time in {_UNITS[unit][0]}: {len(whole)} digits "
                     f"(epoch='auto')")
    else:
        notes.append(f"Unix epoch time in {_UNITS[unit][0]} (epoch={epoch!r})")
    utc = _instant(text, sign, whole, fraction, unit, notes)
    return answer(text, iso(utc), utc, date(utc.year, utc.month, utc.day), "second", None,
                  "gregorian", timedelta(0), notes, "UTC", "text")


def _instant(text: str, sign: int, whole: str, fraction: str, unit: str,
             notes: list[str]) -> datetime:
    _, numerator, denominator = _UNITS[unit]
    # Exact arithmetic in integers: a count of 10^-k units, then microseconds, rounded half
    # to even only where the text is finer than a microsecond (and said so).
    scale = 10 ** len(fraction)
    units = int(whole) * scale + (int(fraction) if fraction else 0)
    micros, rest = divmod(units * numerator, denominator * scale)
    if rest:
        doubled = 2 * rest
        whole_den = denominator * scale
        if doubled > whole_den or (doubled == whole_den and micros % 2 == 1):
            micros += 1
        notes.append("rounded to the microsecond")
    micros *= sign
    span = _LAST - _UNIX
    before = _UNIX - _FIRST
    limit = (span.days * 86_400 + span.seconds) * 1_000_000 + span.microseconds
    floor = (before.days * 86_400 + before.seconds) * 1_000_000 + before.microseconds
    if micros > limit or micros < -floor:
        raise InvalidDateError(text, f"{_UNITS[unit][0]} since 1970 beyond the years 1-9999")
    return _UNIX + timedelta(microseconds=micros)


def _compact_hour(digits: str) -> bool:
    """Whether ten digits also read as ``YYYYMMDDHH`` (a real day and hour)."""
    year, month, day, hour = (int(digits[:4]), int(digits[4:6]), int(digits[6:8]),
                              int(digits[8:10]))
    if not (1 <= month <= 12 and 1 <= day <= 31 and hour <= 23 and year >= 1):
        return False
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _compact(digits: str) -> str:
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}T{digits[8:10]}:00:00 (compact hour)"


