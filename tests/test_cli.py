"""The command line, run in-process through ``main``."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

from localenorm.cli import main


def run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_arguments_one_line_each() -> None:
    code, out, err = run(["parse", "23 Oct 2023 17:43", "2023-10-23"])
    assert code == 0
    assert out.splitlines() == ["2023-10-23T17:43:00Z", "2023-10-23"]
    assert err == ""


def test_stdin_lines_and_failures_go_on() -> None:
    code, out, err = run(["parse", "--locale", "en-GB"], "01/02/2023\nnonsense\n2023-10-23\n")
    assert code == 1
    assert out.splitlines() == ["2023-02-01", "", "2023-10-23"]
    assert "nonsense" in err


def test_json_lines() -> None:
    code, out, _ = run(["parse", "--json", "--tz", "Asia/Tokyo", "23 Oct 2023 17:43", "x"])
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert rows[0]["iso"] == "2023-10-23T08:43:00Z"
    assert rows[0]["grain"] == "minute"
    assert any("Asia/Tokyo" in a for a in rows[0]["assumptions"])
    assert rows[1]["iso"] is None and rows[1]["error"].startswith("NotATimestampError")


def test_csv(tmp_path: object) -> None:
    code, out, _ = run(["parse", "--csv", "23 octobre 2023"])
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert rows[0]["iso"] == "2023-10-23" and rows[0]["locale"] == "fr"


def test_input_files(tmp_path: object) -> None:
    import pathlib

    path = pathlib.Path(str(tmp_path)) / "in.txt"
    path.write_text("2023-10-23\n23 Oct 2023\n", encoding="utf-8")
    code, out, err = run(["parse", "--input", str(path), "--progress"])
    assert code == 0
    assert out.splitlines() == ["2023-10-23", "2023-10-23"]
    assert "done, 2 lines" in err


def test_demo_runs() -> None:
    code, out, _ = run(["demo"])
    assert code == 0
    assert "2023-10-23T17:43:00Z" in out


def test_module_entry_point() -> None:
    proc = subprocess.run([sys.executable, "-m", "localenorm", "parse", "2023-10-23"],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0 and proc.stdout.strip() == "2023-10-23"


def test_zone_and_reference_options() -> None:
    code, out, _ = run(["parse", "--json", "--reference", "2023-10-23T18:00:00+03:00",
                        "--tz", "Europe/Moscow", "вчера в 17:43", "23 Oct 2023 17:43 MSK"])
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert rows[0]["iso"] == "2023-10-22T14:43:00Z"
    assert (rows[1]["iso"], rows[1]["zone"], rows[1]["zone_source"]) == (
        "2023-10-23T14:43:00Z", "Europe/Moscow", "text")


def test_strict_refuses_an_ambiguous_abbreviation() -> None:
    code, _, err = run(["parse", "--strict", "23 Oct 2023 17:43 IST"])
    assert code == 1
    assert "AmbiguousError" in err or "names zones" in err


def test_a_closed_output_pipe_ends_quietly() -> None:
    """'localenorm parse < big.txt | head -1': once the reader has gone, the command stops
    with the shell's SIGPIPE status and no traceback."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "localenorm", "parse"], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdout.close()  # the reader is gone before the first line is written
    _, err = proc.communicate(b"2023-10-23T17:43:00Z\n" * 20000)
    assert proc.returncode == 141, err
    assert b"Traceback" not in err
