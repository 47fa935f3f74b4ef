"""``localenorm.spark.to_utc``: a Spark column of timestamp texts to a struct column.

Needs the ``spark`` extra (``pip install 'localenorm[spark]'``: pyspark, pandas and
pyarrow), and localenorm installed where the executors run Python::

    from localenorm.spark import to_utc
    df = df.withColumn("published_utc", to_utc("published", locale="de"))
    df.select("published", "published_utc.*")

The column is read by a vectorised ``pandas_udf``: each Arrow batch of rows goes through
:func:`localenorm.pandas.to_utc`, which reads each distinct value of the batch once. This
module is imported only when asked for, and is never compiled.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from pyspark.sql import Column
from pyspark.sql import types as T
from pyspark.sql.pandas import functions as _udfs

from localenorm._many import parse_many

__all__ = ["TYPE", "to_utc"]

TYPE = T.StructType([
    T.StructField("utc", T.TimestampType()),
    T.StructField("iso", T.StringType()),
    T.StructField("grain", T.StringType()),
    T.StructField("locale", T.StringType()),
    T.StructField("error", T.StringType()),
])


def to_utc(column: Column | str, **options: Any) -> Column:
    """A struct column with the fields ``utc`` (a Spark timestamp: an instant, shown in
    the session's zone; null where the row did not parse or is a date without a time),
    ``iso`` (``parse(...).iso``), ``grain``, ``locale`` and ``error`` (kind, reason, span and
    candidates; null when the row parsed).

    ``column`` is a column of strings (or integers: epoch times under ``epoch=``), or its
    name. ``options`` are :func:`localenorm.parse`'s keywords; an unusable one raises
    :class:`localenorm.OptionError` here, on the driver, before any job runs. A null gives
    the error ``MissingValueError: no value``.
    """
    parse_many((), **options)  # checked on the driver, not in every task
    frozen = dict(options)

    def read(values: pd.Series) -> pd.DataFrame:
        from localenorm.pandas import frame

        # Microseconds, as Spark keeps timestamps: no instant is lost to the range of
        # nanoseconds (1677-2262) on the way.
        return frame(values, frozen, "us")

    # (pyspark's typed overloads know scalar results only, not a struct from a DataFrame.)
    make: Any = _udfs.pandas_udf
    result: Column = make(read, TYPE)(column)
    return result
