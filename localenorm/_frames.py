"""What the DataFrame integrations share: a column's distinct values in, five columns out.

Each integration (``localenorm.pandas``, ``.arrow``, ``.polars``, ``.spark``) finds the
distinct values of its column with its own library (a repeated value is read once), hands
them here, and spreads the answers back over the rows. The five fields are the same
everywhere: ``utc`` (the instant; missing where the row did not parse or is a date without
a time), ``iso`` (``parse(...).iso``), ``grain``, ``locale`` and ``error`` (the error's kind,
reason, span and candidates; missing when the row parsed). A missing value (None, NaN, null)
is a row that did not parse, with the error ``MISSING``. This module is never compiled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from localenorm._cliio import describe
from localenorm._many import parse_many
from localenorm._result import ParseResult

FIELDS = ("utc", "iso", "grain", "locale", "error")
MISSING = "MissingValueError: no value"
_UNIX = datetime(1970, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Answers:
    """One entry per distinct value, and one more at the end for a missing value."""

    micros: list[int | None]  # microseconds since 1970 UTC
    iso: list[str | None]
    grain: list[str | None]
    locale: list[str | None]
    error: list[str | None]


def answers(values: list[object], options: dict[str, Any]) -> Answers:
    """The answers for ``values`` (distinct, none missing), then the missing value's."""
    micros: list[int | None] = []
    iso: list[str | None] = []
    grain: list[str | None] = []
    locale: list[str | None] = []
    error: list[str | None] = []
    texts = (str(v) if isinstance(v, int | float) and not isinstance(v, bool) else v
             for v in values)  # numbers: epoch times under epoch=, years, compact dates
    for answer in parse_many(texts, **options):
        if isinstance(answer, ParseResult):
            utc = answer.utc
            micros.append(None if utc is None else
                          (utc - _UNIX).days * 86_400_000_000 + (utc - _UNIX).seconds
                          * 1_000_000 + utc.microsecond)
            iso.append(answer.iso)
            grain.append(answer.grain)
            locale.append(answer.locale)
            error.append(None)
        else:
            micros.append(None)
            iso.append(None)
            grain.append(None)
            locale.append(None)
            error.append(describe(answer))
    for column in (micros, iso, grain, locale):
        column.append(None)
    error.append(MISSING)
    return Answers(micros, iso, grain, locale, error)
