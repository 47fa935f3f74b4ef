"""``localenorm parse`` as a pipeline step (issue 14 item 5, issue 18 item 5): unusable
options stop before any row, unreadable inputs are one message, every input line gets its
output line whatever its bytes, and output works in any encoding."""

from __future__ import annotations

import csv
import io
import json
import os
import pathlib
import subprocess
import sys

import pytest

from localenorm.cli import main


def run(argv: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def process(argv: list[str | bytes], data: bytes = b"", **env: str
            ) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "localenorm", *argv], input=data,
                          capture_output=True, check=False, env={**os.environ, **env})


@pytest.mark.parametrize(("argv", "message"), [
    (["--tz", "Mars/Olympus"], "default_tz is not an IANA zone name"),
    (["--reference", "2024-05-01T12:00:00"], "reference must be an aware datetime"),
    (["--reference", "noon"], "is not an ISO datetime"),
    (["--locale", "xx-QQ"], "no data for"),
    (["--encoding", "klingon"], "not an encoding"),
    (["--input", "/nonexistent/dates.txt"], "cannot read '/nonexistent/dates.txt'"),
])
def test_an_unusable_option_is_one_message_and_status_2(argv: list[str], message: str
                                                        ) -> None:
    code, out, err = run(["parse", *argv], "2023-10-23\n" * 100)
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1


def test_a_bad_byte_costs_its_own_line_only() -> None:
    """2,800 lines with a bad byte on line 11: 2,800 output lines, line 11's an error."""
    lines = [b"2023-10-%02d" % (1 + i % 28) for i in range(2800)]
    lines[10] = b"23 Oct\xff 2023"
    proc = process(["parse"], b"\n".join(lines) + b"\n")
    out = proc.stdout.decode().splitlines()
    assert len(out) == 2800 and out[10] == "" and out[11] == "2023-10-12"
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert "<stdin>:11: EncodingError: bytes that are not utf-8 (ff)" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("fmt", ["--json", "--csv"])
def test_output_in_an_ascii_terminal(fmt: str) -> None:
    data = "٢٣ أكتوبر ٢٠٢٣\nnonsense é\n23 Oct\xff\n".encode("utf-8", "surrogateescape")
    proc = process(["parse", fmt], data.replace(b"\xc3\xbf", b"\xff"),
                   PYTHONIOENCODING="ascii")
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr
    assert proc.stdout.isascii()
    text = proc.stdout.decode("ascii")
    if fmt == "--json":
        rows = [json.loads(line) for line in text.splitlines()]
        assert rows[0]["input"] == "٢٣ أكتوبر ٢٠٢٣" and rows[0]["iso"] == "2023-10-23"
        assert rows[1]["input"] == "nonsense é"
        assert rows[2]["input"] == "23 Oct\ufffd" and rows[2]["error"].startswith(
            "EncodingError")
    else:
        rows = list(csv.DictReader(io.StringIO(text)))
        assert len(rows) == 3 and rows[0]["iso"] == "2023-10-23"
        assert rows[1]["input"] == "nonsense \\xe9"  # written as an escape, not lost


def test_arguments_that_are_not_utf8() -> None:
    proc = process(["parse", b"23 Oct 2023", b"23 Oct\xff 2023", "2023-10-23"])
    out = proc.stdout.decode().splitlines()
    assert out == ["2023-10-23", "", "2023-10-23"]
    assert "argument 2: EncodingError" in proc.stderr.decode()
    proc = process(["parse", "--encoding", "latin-1", b"23 d\xe9c. 2023"])
    assert proc.stdout.decode().strip() == "2023-12-23" and proc.returncode == 0


def test_files_in_other_encodings_and_a_byte_order_mark(tmp_path: pathlib.Path) -> None:
    source = tmp_path / "dates.txt"
    source.write_bytes("\ufeff23 octobre 2023\n23 déc. 2023\n".encode())
    code, out, _ = run(["parse", "--input", str(source)])
    assert (code, out.splitlines()) == (0, ["2023-10-23", "2023-12-23"])
    source.write_bytes("23 octobre 2023\n23 déc. 2023\n".encode("cp1252"))
    code, out, err = run(["parse", "--input", str(source)])
    assert out.splitlines() == ["2023-10-23", ""] and code == 1
    assert f"{source}:2: EncodingError" in err and "--encoding" in err
    code, out, _ = run(["parse", "--input", str(source), "--encoding", "cp1252"])
    assert (code, out.splitlines()) == (0, ["2023-10-23", "2023-12-23"])
    source.write_bytes("23 octobre 2023\n".encode("utf-16"))
    code, out, _ = run(["parse", "--input", str(source), "--encoding", "utf-16"])
    assert (code, out.splitlines()) == (0, ["2023-10-23"])


def test_quiet_keeps_errors_in_the_error_column_only() -> None:
    code, out, err = run(["parse", "--json", "--quiet", "nonsense", "2023-10-23"])
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and err == ""
    assert rows[0]["error"] == "NotATimestampError: no date in the text"


def test_the_error_carries_kind_span_and_candidates() -> None:
    _, out, _ = run(["parse", "--json", "01/02/2023", "Tuesday, October 23, 2023"])
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[0]["error"].startswith("AmbiguousError: ")
    assert "(candidates: 2023-02-01, 2023-01-02)" in rows[0]["error"]
    assert rows[1]["error"].startswith("ContradictionError: ")
    _, out, _ = run(["parse", "--csv", "23 Oct 2023 17:43 XYZT"])
    row = next(csv.DictReader(io.StringIO(out)))
    assert row["error"].startswith("UnknownZoneError: ") and " at 18-22 ('XYZT')" in row[
        "error"]


def test_epoch_option() -> None:
    code, out, _ = run(["parse", "--epoch", "auto", "1698082980", "1698082980123",
                        "23 Oct 2023"])
    assert code == 0
    assert out.splitlines() == ["2023-10-23T17:43:00Z", "2023-10-23T17:43:00.123Z",
                                "2023-10-23"]
    code, _, _ = run(["parse", "1698082980"])
    assert code == 1  # never without the option


def test_progress_lines_only_when_asked_and_not_on_a_pipe_bar() -> None:
    code, _, err = run(["parse", "--progress", "2023-10-23"])
    assert code == 0 and "done, 1 lines" in err and "\r" not in err
    code, _, err = run(["parse", "2023-10-23"])
    assert err == ""


def test_demo_and_errors_in_an_ascii_terminal() -> None:
    proc = process(["demo"], PYTHONIOENCODING="ascii:strict")
    assert proc.returncode == 0 and b"Traceback" not in proc.stderr
    assert b"\\u0623" in proc.stdout  # the Arabic example, escaped
    proc = process(["parse", "Δευτέρα"], PYTHONIOENCODING="ascii:strict")
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr
    assert b"\\u0394" in proc.stderr
