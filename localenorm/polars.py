"""``localenorm.polars.to_utc``: a Polars Series or expression of timestamp texts to a
struct.

Needs the ``polars`` extra (``pip install 'localenorm[polars]'``)::

    import localenorm.polars
    df = df.with_columns(localenorm.polars.to_utc(pl.col("published"), locale="de")
                         .alias("published_utc")).unnest("published_utc")

This module is imported only when asked for, and is never compiled.
"""

from __future__ import annotations

from typing import Any, overload

import polars as pl

from localenorm._frames import FIELDS, answers
from localenorm._many import parse_many

__all__ = ["FIELDS", "TYPE", "to_utc"]

TYPE = pl.Struct({
    "utc": pl.Datetime("us", "UTC"),
    "iso": pl.String,
    "grain": pl.String,
    "locale": pl.String,
    "error": pl.String,
})


@overload
def to_utc(column: pl.Series, **options: Any) -> pl.Series: ...
@overload
def to_utc(column: pl.Expr, **options: Any) -> pl.Expr: ...


def to_utc(column: pl.Series | pl.Expr, **options: Any) -> pl.Series | pl.Expr:
    """A struct (a Series for a Series, an expression for an expression) with the fields
    ``utc`` (``Datetime("us", "UTC")``; null where the row did not parse or is a date
    without a time), ``iso`` (``parse(...).iso``), ``grain``, ``locale`` and ``error``
    (kind, reason, span and candidates; null when the row parsed).

    The column holds strings (or integers, read as their digits: epoch times under
    ``epoch=``). ``options`` are :func:`localenorm.parse`'s keywords; an unusable one
    raises :class:`localenorm.OptionError` (for an expression, when it is evaluated). Each
    distinct value is read once; a null gives the error ``MissingValueError: no value``.
    """
    parse_many((), **options)  # an unusable option is raised here, not at evaluation
    if isinstance(column, pl.Expr):
        return column.map_batches(lambda batch: _series(batch, options), return_dtype=TYPE,
                                  is_elementwise=True)
    return _series(column, options)


def _series(column: pl.Series, options: dict[str, Any]) -> pl.Series:
    if column.dtype.is_integer():
        column = column.cast(pl.String)
    distinct = column.drop_nulls().unique(maintain_order=True)
    found = answers(distinct.to_list(), options)
    table = pl.DataFrame({
        "key": distinct,
        "utc": pl.Series(found.micros[:-1], dtype=pl.Int64).cast(TYPE.fields[0].dtype),
        **{name: pl.Series(getattr(found, name)[:-1], dtype=pl.String)
           for name in FIELDS[1:]},
    })
    rows = column.rename("key").to_frame().join(table, on="key", how="left",
                                                maintain_order="left")
    missing = pl.col("key").is_null()
    return rows.select(pl.struct(
        pl.col("utc"), pl.col("iso"), pl.col("grain"), pl.col("locale"),
        pl.when(missing).then(pl.lit(found.error[-1])).otherwise(pl.col("error"))
        .alias("error"),
    ).alias(column.name)).to_series()
