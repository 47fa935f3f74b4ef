"""``localenorm locale`` and ``localenorm number``, run in-process through ``main``: the
conventions of ``localenorm parse``."""

from __future__ import annotations

import csv
import io
import json
import pathlib

from localenorm.cli import main


def run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_locale_one_line_each() -> None:
    code, out, err = run(["locale", "ar_EG.UTF-8", "iw", "Deutsch (Schweiz)", "zh_TW"])
    assert code == 0 and err == ""
    assert out.splitlines() == ["ar-EG", "he", "de-CH", "zh-Hant-TW"]


def test_locale_failure_goes_on() -> None:
    code, out, err = run(["locale"], "sr_RS@latin\nxx\nAR-eg\n")
    assert code == 1
    assert out.splitlines() == ["sr-Latn-RS", "", "ar-EG"]
    assert "'xx'" in err and err.startswith("localenorm: ")


def test_locale_json_and_csv() -> None:
    code, out, _ = run(["locale", "--json", "iw", "xx"])
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert rows[0] == {"input": "iw", "locale": "he", "error": None}
    assert rows[1]["locale"] is None and rows[1]["error"].startswith("UnknownLocaleError")
    code, out, _ = run(["locale", "--csv", "pt_BR"])
    assert code == 0
    assert list(csv.DictReader(io.StringIO(out))) == [
        {"input": "pt_BR", "locale": "pt-BR", "error": ""}]


def test_number_one_line_each() -> None:
    code, out, err = run(["number", "1.234,56", "١٫٢ ألف", "12%", "1,2 Mio."])
    assert code == 0 and err == ""
    assert out.splitlines() == ["1234.56", "1200", "0.12", "1200000"]


def test_number_ambiguous_without_locale_then_read_with_it() -> None:
    code, out, err = run(["number", "1,234"])
    assert code == 1 and out == "\n"
    assert "AmbiguousError" not in err and "1234" in err and "1.234" in err
    code, out, _ = run(["number", "--locale", "de", "1,234"])
    assert code == 0 and out.splitlines() == ["1.234"]


def test_number_json_keeps_the_exact_value() -> None:
    code, out, _ = run(["number", "--json", "--locale", "en", "0.1", "1.2K"])
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert rows[0]["value"] == "0.1" and rows[0]["locale"] == "en"
    assert rows[1]["value"] == "1200" and rows[1]["assumptions"]


def test_number_csv_and_input_file(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "in.txt"
    path.write_text("12 345,6\nabc\n", encoding="utf-8")
    code, out, err = run(["number", "--csv", "--input", str(path), "--progress"])
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 1
    assert rows[0]["value"] == "12345.6" and rows[0]["error"] == ""
    assert rows[1]["value"] == "" and rows[1]["error"].startswith("ParseError")
    assert "done, 2 lines, 1 failed" in err


def test_number_bad_locale_is_a_usage_error() -> None:
    code, out, err = run(["number", "--locale", "xx", "12"])
    assert code == 2 and out == ""
    assert "--locale" in err
