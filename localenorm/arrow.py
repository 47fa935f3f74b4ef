"""``localenorm.arrow.to_utc``: an Arrow array of timestamp texts to a struct array.

Needs the ``arrow`` extra (``pip install 'localenorm[arrow]'``)::

    import localenorm.arrow
    parts = localenorm.arrow.to_utc(table["published"], locale="de")
    table = table.append_column("published_utc", parts.field("utc"))

This module is imported only when asked for, and is never compiled.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from localenorm._frames import FIELDS, answers

__all__ = ["FIELDS", "TYPE", "to_utc"]

TYPE = pa.struct([
    pa.field("utc", pa.timestamp("us", tz="UTC")),
    pa.field("iso", pa.string()),
    pa.field("grain", pa.string()),
    pa.field("locale", pa.string()),
    pa.field("error", pa.string()),
])


def to_utc(array: pa.Array | pa.ChunkedArray, **options: Any) -> pa.StructArray:
    """A struct array as long as ``array`` with the fields ``utc``
    (``timestamp[us, tz=UTC]``; null where the row did not parse or is a date without a
    time), ``iso`` (``parse(...).iso``), ``grain``, ``locale`` and ``error`` (kind, reason,
    span and candidates; null when the row parsed).

    ``array`` holds strings (or integers, read as their digits: epoch times under
    ``epoch=``), plain or dictionary-encoded, in one chunk or several. ``options`` are
    :func:`localenorm.parse`'s keywords; an unusable one raises
    :class:`localenorm.OptionError` before any row is read. Each distinct value is read
    once; a null gives the error ``MissingValueError: no value``.
    """
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    encoded = array if pa.types.is_dictionary(array.type) else pc.dictionary_encode(array)
    values = encoded.dictionary.to_pylist()
    found = answers(values, options)
    # Null rows (null indices) take the last entry: the missing value's answer.
    indices = pc.fill_null(encoded.indices.cast(pa.int64()), len(values))
    micros = pa.array(found.micros, pa.int64()).cast(TYPE.field("utc").type)
    columns = [micros, *(pa.array(getattr(found, name), pa.string()) for name in FIELDS[1:])]
    return pa.StructArray.from_arrays([pc.take(c, indices) for c in columns],
                                      fields=list(TYPE))
