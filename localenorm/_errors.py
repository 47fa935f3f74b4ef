"""The exception family: every failure is a :class:`ParseError`, itself a ``ValueError``."""

from __future__ import annotations

from collections.abc import Sequence


class ParseError(ValueError):
    """The text could not be turned into a timestamp.

    ``text`` is the input as given, ``span`` the ``(start, end)`` slice of it the problem is
    about (or ``None`` when it is about the whole text) and ``reason`` the explanation without
    the quoted input.
    """

    def __init__(self, text: str, reason: str, span: tuple[int, int] | None = None) -> None:
        self.text = text
        self.reason = reason
        self.span = span
        super().__init__(self._message())

    def _message(self) -> str:
        shown = self.text if len(self.text) <= 120 else self.text[:117] + "..."
        where = ""
        if self.span is not None:
            start, end = self.span
            where = f" at {start}-{end} ({self.text[start:end]!r})"
        return f"{shown!r}: {self.reason}{where}"

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.text, self.reason, self.span))


class NotATimestampError(ParseError):
    """The text holds no date, or not enough of one (a lone number, a bare weekday)."""


class InvalidDateError(ParseError):
    """The fields were read but do not make a real date or time (February 30, 25:00)."""


class AmbiguousError(ParseError):
    """The text has more than one reading and nothing in it or in the hints decides.

    ``candidates`` lists the readings as ISO strings, each with what it assumed. When the
    readings are times of day that differ in the half of the day ('at 8': 08:00 or 20:00),
    ``clocks`` gives each as ``(hour, minute)``; otherwise it is empty.
    """

    def __init__(
        self,
        text: str,
        reason: str,
        candidates: Sequence[str],
        span: tuple[int, int] | None = None,
        clocks: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.candidates = tuple(candidates)
        self.clocks = tuple(clocks)
        super().__init__(text, reason, span)

    def _message(self) -> str:
        if not self.candidates:
            return super()._message()
        return super()._message() + " (candidates: " + ", ".join(self.candidates) + ")"

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.text, self.reason, self.candidates, self.span, self.clocks))


class UnknownZoneError(ParseError):
    """The text names a time zone this version does not know; it is never ignored."""


class ContradictionError(ParseError):
    """Two parts of the text disagree (a weekday that is not the date's weekday)."""


class OptionError(ParseError):
    """An argument (locale, default_tz, reference) is not usable."""


class UnknownLocaleError(ParseError):
    """A locale tag or name this version cannot map to a CLDR locale: an unknown language,
    script, region or variant code, a malformed tag, or a name in no table."""
