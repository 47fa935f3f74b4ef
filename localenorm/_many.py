"""``parse_many``: a column of texts, one answer per row, errors as values.

A column repeats itself: the same timestamp string comes back on every page of a site, a
listing repeats its items' dates. Each distinct (text, locale, reference) is read once
within a call, through a bounded memo (an LRU of ``MEMO_SIZE`` entries, so memory stays
flat however long the column); texts that differ only in their numbers meet the engine's
own shape cache. Results are frozen values, so a repeated row gets the very same
``ParseResult`` object. This module takes arbitrary objects and is never compiled.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any

from localenorm._checked import parse, row_parser
from localenorm._errors import OptionError, ParseError
from localenorm._result import ParseResult

# About 550 bytes an entry: 9 MB when full.
MEMO_SIZE = 16_384
# A text no option check can fail on for its own sake: parse_many reads it once with the
# call's options, so an unusable option is one error raised at the call, not one per row.
_PROBE = "2000-01-01T00:00:00Z"

Answer = ParseResult | ParseError


def parse_many(
    texts: Iterable[object],
    *,
    locales: Iterable[str | None] | None = None,
    references: Iterable[datetime | None] | None = None,
    **options: Any,
) -> Iterator[ParseResult | ParseError]:
    """Parse every text of ``texts``, yielding in order one :class:`ParseResult` or one
    :class:`ParseError` (the exception, as a value) per text, never dropping or reordering.

    ``options`` are the keywords of :func:`localenorm.parse`, the same for every row.
    ``locales`` and ``references``, when given, are per-row iterables beside ``texts``
    (``None`` in a row: no hint, no reference); they replace ``locale=`` and ``reference=``,
    which cannot be passed with them, and must be exactly as long as ``texts``
    (``ValueError`` otherwise, when the shorter one ends).

    The options are checked when ``parse_many`` is called: an unusable one (an unknown
    ``default_tz``, a naive ``reference``) raises :class:`OptionError` at once. What
    belongs to a row (a non-string text, an unknown locale in ``locales``, a naive
    reference in ``references``) is that row's error.
    """
    if locales is not None and "locale" in options:
        raise TypeError("parse_many takes locale= or locales=, not both")
    if references is not None and "reference" in options:
        raise TypeError("parse_many takes reference= or references=, not both")
    try:
        parse(_PROBE, **options)
    except OptionError:
        raise
    except ParseError:
        pass  # about the probe's text (under calendar=, say), not about the options
    locale = options.pop("locale", None)
    reference = options.pop("reference", None)
    read = row_reader(options)
    if locales is None and references is None:
        return (read(text, locale, reference) for text in texts)
    return (read(*row) for row in _rows(texts, locales, references, locale, reference))


def _rows(texts: Iterable[object], locales: Iterable[object] | None,
          references: Iterable[object] | None, locale: object,
          reference: object) -> Iterator[tuple[object, object, object]]:
    """(text, locale, reference) per row; a per-row column of another length than ``texts``
    is a ``ValueError`` where the shorter one ends."""
    if locales is not None and references is not None:
        return zip(texts, locales, references, strict=True)
    if locales is not None:
        return ((t, loc, reference) for t, loc in zip(texts, locales, strict=True))
    assert references is not None
    return ((t, locale, ref) for t, ref in zip(texts, references, strict=True))


def row_reader(options: dict[str, Any]) -> Callable[[object, object, object], Answer]:
    """``read(text, locale, reference)``: the row's answer under ``options`` (checked
    already), each distinct row read once while the reader lives."""
    parse_row = row_parser(options)

    def direct(text: object, locale: object, reference: object) -> Answer:
        try:
            return parse_row(text, locale, reference)
        except ParseError as exc:
            # A value now, kept in the memo: without the traceback's frames (and the error
            # it was raised beside), which would keep every reader's state alive with it.
            exc.__context__ = None
            return exc.with_traceback(None)

    # typed: 1 and True are equal keys otherwise, and their errors differ.
    memo = functools.lru_cache(maxsize=MEMO_SIZE, typed=True)(direct)

    def read(text: object, locale: object, reference: object) -> Answer:
        try:
            return memo(text, locale, reference)
        except TypeError:  # an unhashable row: read as it is, without the memo
            return direct(text, locale, reference)

    return read
