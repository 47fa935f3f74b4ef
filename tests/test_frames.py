"""pandas, Arrow and Polars: a column in, the five fields out, row for row what
``parse_many`` answers; missing and unparseable values do not stop the column."""

from __future__ import annotations

import math
from datetime import datetime, timezone
from typing import Any

import numpy as np
import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import noise, timestamp_like

import localenorm.arrow
import localenorm.pandas
import localenorm.polars
from localenorm import OptionError, ParseResult, parse_many
from localenorm._cliio import describe

REFERENCE = datetime(2024, 5, 1, 12, tzinfo=timezone.utc)
MISSING = "MissingValueError: no value"


def expected(values: list[object], **options: Any) -> list[dict[str, object]]:
    """The five fields per row, from parse_many (None for a missing value)."""
    rows: list[dict[str, object]] = []
    present = [v for v in values if v is not None]
    answers = iter(parse_many(present, **options))
    for value in values:
        if value is None:
            rows.append({"utc": None, "iso": None, "grain": None, "locale": None,
                         "error": MISSING})
            continue
        answer = next(answers)
        if isinstance(answer, ParseResult):
            rows.append({"utc": answer.utc, "iso": answer.iso, "grain": answer.grain,
                         "locale": answer.locale, "error": None})
        else:
            rows.append({"utc": None, "iso": None, "grain": None, "locale": None,
                         "error": describe(answer)})
    return rows


def _plain(value: object) -> object:
    """NaN, NaT and None alike; timestamps as aware datetimes."""
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(timezone.utc)
    return value


def _rows(columns: dict[str, list[object]]) -> list[dict[str, object]]:
    names = ["utc", "iso", "grain", "locale", "error"]
    return [{n: _plain(columns[n][i]) for n in names} for i in range(len(columns["iso"]))]


columns = st.lists(st.one_of(timestamp_like, noise, st.none()), max_size=40).flatmap(
    lambda xs: st.lists(st.sampled_from(xs), min_size=len(xs), max_size=2 * len(xs))
    if xs else st.just(xs))  # repeated values


@settings(max_examples=50)
@given(columns)
def test_pandas_arrow_and_polars_answer_as_parse_many(values: list[str | None]) -> None:
    options = {"reference": REFERENCE, "default_tz": "Europe/Paris"}
    want = expected(values, **options)
    frame = localenorm.pandas.to_utc(pd.Series(values, dtype=object), **options)
    assert str(frame["utc"].dtype) == "datetime64[ns, UTC]"
    assert _rows({n: frame[n].tolist() for n in frame.columns}) == want
    struct = localenorm.arrow.to_utc(pa.array(values, pa.string()), **options)
    assert struct.type == localenorm.arrow.TYPE
    assert _rows({n: struct.field(n).to_pylist() for n in localenorm.arrow.FIELDS}) == want
    series = localenorm.polars.to_utc(pl.Series("ts", values, dtype=pl.String), **options)
    assert series.dtype == localenorm.polars.TYPE
    assert _rows({n: series.struct.field(n).to_list() for n in localenorm.polars.FIELDS}) == want


def test_the_readme_column_with_unparseable_and_missing_values() -> None:
    df = pd.DataFrame({"ts": ["23 Oct 2023 17:43", "nonsense", None, np.nan, "2023-10-23"]},
                      index=[10, 11, 12, 13, 14])
    parts = localenorm.pandas.to_utc(df["ts"])
    assert list(parts.index) == [10, 11, 12, 13, 14]
    assert parts["utc"].isna().tolist() == [False, True, True, True, True]
    assert parts["iso"].tolist() == ["2023-10-23T17:43:00Z", None, None, None, "2023-10-23"]
    assert parts["error"].tolist()[1:4] == ["NotATimestampError: no date in the text",
                                           MISSING, MISSING]


def test_each_distinct_value_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from localenorm import _frames

    seen: list[list[object]] = []
    real = _frames.parse_many

    def spy(texts: Any, **options: Any) -> Any:
        texts = list(texts)
        seen.append(texts)
        return real(texts, **options)

    monkeypatch.setattr(_frames, "parse_many", spy)
    values = ["23 Oct 2023", "x", None, "23 Oct 2023", "x", "2023-10-23"] * 1000
    localenorm.pandas.to_utc(pd.Series(values))
    localenorm.arrow.to_utc(pa.array(values))
    localenorm.polars.to_utc(pl.Series(values))
    localenorm.polars.to_utc(pl.Series(values).cast(pl.Categorical))
    assert [sorted(map(str, s)) for s in seen] == [["2023-10-23", "23 Oct 2023", "x"]] * 4


def test_epoch_numbers_and_out_of_range_instants() -> None:
    frame = localenorm.pandas.to_utc(pd.Series([1698082980, 1698082980]), epoch="s")
    assert frame["iso"].tolist() == ["2023-10-23T17:43:00Z"] * 2
    frame = localenorm.pandas.to_utc(pd.Series(["1500-01-01T10:00:00Z"]))
    assert frame["utc"].isna().all() and frame["iso"][0] == "1500-01-01T10:00:00Z"
    struct = localenorm.arrow.to_utc(pa.array(["1500-01-01T10:00:00Z"]))
    assert struct.field("utc")[0].as_py() == datetime(1500, 1, 1, 10, tzinfo=timezone.utc)
    assert localenorm.arrow.to_utc(pa.array([1698082980]), epoch="s").field("iso")[0].as_py() \
        == "2023-10-23T17:43:00Z"
    assert localenorm.polars.to_utc(pl.Series([1698082980]), epoch="s").struct.field(
        "iso").to_list() == ["2023-10-23T17:43:00Z"]


def test_arrow_chunked_and_dictionary_arrays() -> None:
    values = ["23 Oct 2023", None, "x"]
    want = localenorm.arrow.to_utc(pa.array(values))
    assert localenorm.arrow.to_utc(pa.chunked_array([values[:1], values[1:]])).equals(want)
    assert localenorm.arrow.to_utc(pa.array(values).dictionary_encode()).equals(want)


def test_polars_expression_in_a_frame() -> None:
    df = pl.DataFrame({"ts": ["23 Oct 2023 17:43", None, "x"], "n": [1, 2, 3]})
    out = df.with_columns(localenorm.polars.to_utc(pl.col("ts"), locale="en").alias("p"))
    assert out.unnest("p").columns == ["ts", "n", "utc", "iso", "grain", "locale", "error"]
    assert out["p"].struct.field("iso").to_list() == ["2023-10-23T17:43:00Z", None, None]
    lazy = df.lazy().select(localenorm.polars.to_utc(pl.col("ts")).struct.field("error"))
    assert lazy.collect()["error"].to_list() == [None, MISSING,
                                                 "NotATimestampError: no date in the text"]


def test_unusable_options_are_raised_at_once() -> None:
    with pytest.raises(OptionError):
        localenorm.pandas.to_utc(pd.Series(["2023-10-23"]), default_tz="Mars/Olympus")
    with pytest.raises(OptionError):
        localenorm.arrow.to_utc(pa.array(["2023-10-23"]), epoch="minutes")
    with pytest.raises(OptionError):
        localenorm.polars.to_utc(pl.col("ts"), reference=datetime(2024, 1, 1))
