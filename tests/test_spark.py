"""Spark: ``localenorm.spark.to_utc`` on a local session (``local[2]``), row for row what
``parse_many`` answers on the same rows. One session for the module; small data."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from localenorm import OptionError, ParseResult, parse_many
from localenorm._cliio import describe

# pyspark warns that it has not been certified with pandas 3; what is used here works.
pytestmark = pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas")

UNIX = datetime(1970, 1, 1, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    # The Python workers must be this interpreter, which has localenorm installed.
    saved = {name: os.environ.get(name) for name in ("PYSPARK_PYTHON", "PYSPARK_DRIVER_PYTHON")}
    os.environ["PYSPARK_PYTHON"] = os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (SparkSession.builder.master("local[2]").appName("localenorm-test")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.session.timeZone", "UTC")
               .config("spark.sql.shuffle.partitions", "2")
               .config("spark.driver.memory", "512m")
               .getOrCreate())
    try:
        yield session
    finally:
        session.stop()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


TEXTS = ["23 Oct 2023 17:43", "nonsense", None, "01/02/2023", "2023-10-23",
         "23 Oct 2023 17:43", "vor 3 Stunden", "1500-01-01T10:00:00Z", "٢٣ أكتوبر ٢٠٢٣ ١٧:٤٣",
         "31 février 2023", "", "Monday 17:43", "2023-10-23T17:43:00.123456+05:30"] * 3


def test_spark_answers_as_parse_many(spark: Any) -> None:
    from pyspark.sql import functions as F

    from localenorm.spark import to_utc

    options = {"reference": datetime(2024, 5, 1, 12, tzinfo=timezone.utc),
               "default_tz": "Asia/Tokyo"}
    df = spark.createDataFrame([(i, t) for i, t in enumerate(TEXTS)], "i int, ts string")
    rows = (df.repartition(2)
            .select("i", to_utc("ts", **options).alias("p"))
            .select("i", "p.iso", "p.grain", "p.locale", "p.error",
                    F.unix_micros("p.utc").alias("micros"))
            .orderBy("i").collect())
    got = [(r.micros, r.iso, r.grain, r.locale, r.error) for r in rows]
    want: list[tuple[object, ...]] = []
    present = iter(parse_many([t for t in TEXTS if t is not None], **options))
    for text in TEXTS:
        if text is None:
            want.append((None, None, None, None, "MissingValueError: no value"))
            continue
        answer = next(present)
        if isinstance(answer, ParseResult):
            micros = None if answer.utc is None else (answer.utc - UNIX) // timedelta(
                microseconds=1)
            want.append((micros, answer.iso, answer.grain, answer.locale, None))
        else:
            want.append((None, None, None, None, describe(answer)))
    assert got == want
    assert any(w[0] is not None for w in want) and any(w[4] for w in want)


def test_spark_refuses_an_unusable_option_on_the_driver(spark: Any) -> None:
    from localenorm.spark import to_utc

    with pytest.raises(OptionError):
        to_utc("ts", default_tz="Mars/Olympus")
