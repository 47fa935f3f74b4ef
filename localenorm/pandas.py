"""``localenorm.pandas.to_utc``: a pandas Series of timestamp texts to five columns.

Needs the ``pandas`` extra (``pip install 'localenorm[pandas]'``)::

    import localenorm.pandas
    parts = localenorm.pandas.to_utc(df["published"], locale="de")
    df["published_utc"] = parts["utc"]

This module is imported only when asked for, and is never compiled.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from localenorm._frames import FIELDS, answers

__all__ = ["FIELDS", "to_utc"]

_NS_MIN = np.iinfo(np.int64).min + 1  # (the smallest int64 is NaT itself)
_NS_MAX = np.iinfo(np.int64).max


def to_utc(series: pd.Series, **options: Any) -> pd.DataFrame:
    """A DataFrame on ``series``'s index with ``utc`` (``datetime64[ns, UTC]``; ``NaT``
    where the row did not parse, is a date without a time, or lies outside the years
    1677-2262 that nanoseconds reach), ``iso`` (``parse(...).iso``), ``grain``, ``locale``
    and ``error`` (kind, reason, span and candidates; missing when the row parsed).

    ``options`` are :func:`localenorm.parse`'s keywords; an unusable one raises
    :class:`localenorm.OptionError` before any row is read. Each distinct value is read
    once. A missing value (``None``, ``NaN``, ``NA``) gives the error
    ``MissingValueError: no value``; a number is read as its digits (an epoch time under
    ``epoch=``).
    """
    return frame(series, options, "ns")


def frame(series: pd.Series, options: dict[str, Any], unit: str) -> pd.DataFrame:
    """``to_utc`` with the ``utc`` column in ``unit`` (Spark takes microseconds)."""
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    found = answers(list(uniques.tolist() if hasattr(uniques, "tolist") else uniques),
                    options)
    # Codes of missing values are -1: the answers' last entry is the missing value's.
    take = np.where(codes < 0, len(found.iso) - 1, codes)
    scale = 1000 if unit == "ns" else 1
    stamps = np.array([_scaled(m, scale) for m in found.micros], dtype=np.int64)
    utc = pd.Series(stamps[take].view(f"M8[{unit}]"), index=series.index).dt.tz_localize("UTC")
    columns: dict[str, Any] = {"utc": utc}
    for name in FIELDS[1:]:
        values = np.array(getattr(found, name), dtype=object)
        columns[name] = pd.Series(values[take], index=series.index, dtype=object)
    return pd.DataFrame(columns, index=series.index)


def _scaled(micros: int | None, scale: int) -> int:
    """The instant as an int64 in the unit, NaT's value where there is none or it does
    not fit."""
    if micros is None:
        return np.iinfo(np.int64).min
    value = micros * scale
    return value if _NS_MIN <= value <= _NS_MAX else np.iinfo(np.int64).min
