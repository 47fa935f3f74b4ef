"""``localenorm convert`` on real files of each format: every row kept, in order, with the
same answers as ``parse_many``; malformed input named by line, never a lost or shifted row."""

from __future__ import annotations

import csv
import io
import json
import os
import pathlib
import subprocess
import sys
from datetime import datetime, timezone
from unittest import mock

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import noise, timestamp_like

from localenorm import ParseResult, parse_many
from localenorm._cliio import describe
from localenorm.cli import main

ADDED = ["ts_utc", "ts_grain", "ts_locale", "ts_error"]


def convert(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["convert", *argv], stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def expected_cells(texts: list[object], **options: object) -> list[list[str]]:
    """What the four added columns hold for ``texts``, from ``parse_many``."""
    cells = []
    for answer in parse_many(texts, **options):
        if isinstance(answer, ParseResult):
            cells.append([answer.iso, answer.grain, answer.locale or "", ""])
        else:
            cells.append(["", "", "", describe(answer)])
    return cells


def write_csv(path: pathlib.Path, rows: list[list[str]], delimiter: str = ",") -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)


def read_csv(path: pathlib.Path | str, delimiter: str = ",") -> list[list[str]]:
    if isinstance(path, str):
        return list(csv.reader(io.StringIO(path, newline=""), delimiter=delimiter))
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


TEXTS = ["23 Oct 2023 17:43", "nonsense", "01/02/2023", "", "2023-10-23T17:43:00+02:00",
         "vor 3 Stunden", "23 Oct 2023 17:43", "31 février 2023", "Monday"]


# -- each format ----------------------------------------------------------------------------

@pytest.mark.parametrize(("suffix", "delimiter"), [(".csv", ","), (".tsv", "\t")])
def test_csv_and_tsv_files(tmp_path: pathlib.Path, suffix: str, delimiter: str) -> None:
    source = tmp_path / f"in{suffix}"
    target = tmp_path / f"out{suffix}"
    rows = [["id", "ts", "note"]] + [[str(i), t, f"n,{i}\t\"q\""] for i, t in enumerate(TEXTS)]
    write_csv(source, rows, delimiter)
    code, out, err = convert(str(source), "-o", str(target), "--column", "ts",
                             "--reference", "2024-05-01T12:00:00Z", "--tz", "Europe/Berlin")
    assert out == ""
    got = read_csv(target, delimiter)
    assert got[0] == rows[0] + ADDED
    assert [r[:3] for r in got[1:]] == rows[1:]  # every row and column, in order
    assert [r[3:] for r in got[1:]] == expected_cells(
        TEXTS, reference=datetime(2024, 5, 1, 12, tzinfo=timezone.utc),
        default_tz="Europe/Berlin")
    assert code == 1  # some rows failed
    assert f"{len(TEXTS)} rows, 5 parsed, 4 failed" in err
    assert "line 3: 'nonsense': NotATimestampError" in err


def test_json_lines_file(tmp_path: pathlib.Path) -> None:
    source = tmp_path / "in.jsonl"
    records: list[dict[str, object]] = [{"ts": t, "n": i} for i, t in enumerate(TEXTS)]
    records += [{"ts": None, "n": 98}, {"n": 99}, {"ts": 1698082980, "n": 100}]
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                      encoding="utf-8")
    code, out, err = convert(str(source), "--column", "ts", "--epoch", "s", "--quiet")
    got = [json.loads(line) for line in out.splitlines()]
    assert [{k: v for k, v in g.items() if k not in ADDED} for g in got] == records
    assert all(list(g)[-4:] == ADDED for g in got)  # added after the record's own fields
    cells = expected_cells([*TEXTS, None, None, "1698082980"], epoch="s")
    cells[len(TEXTS)] = ["", "", "", "MissingValueError: no value"]
    cells[len(TEXTS) + 1] = ["", "", "", "MissingValueError: no field 'ts'"]
    assert [[g[k] or "" for k in ADDED] for g in got] == cells
    assert code == 1
    assert "line" not in err  # --quiet: only the summary
    assert "MissingValueError 2" in err


def test_parquet_file_in_batches(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
                                 ) -> None:
    from localenorm import _convert

    monkeypatch.setattr(_convert, "_BATCH", 4)  # several batches from a small file
    monkeypatch.setattr(_convert, "_ROW_GROUP", 6)
    source = tmp_path / "in.parquet"
    target = tmp_path / "out.parquet"
    texts = [*TEXTS, None, "1698082980"]
    table = pa.table({"id": list(range(len(texts))), "ts": texts,
                      "lang": ["en", None, "en-US", "de", None, "de", "fr", "fr", "en", None,
                               None]})
    pq.write_table(table, source)
    code, _, err = convert(str(source), "-o", str(target), "--column", "ts",
                           "--locale-column", "lang", "--epoch", "auto", "--no-progress")
    got = pq.read_table(target)
    assert pq.ParquetFile(target).metadata.num_row_groups == 2  # 4 + 4 rows, then 3
    assert got.column_names == ["id", "ts", "lang", *ADDED]
    assert got.select(["id", "ts", "lang"]).equals(table)
    cells = expected_cells([t if t is not None else "" for t in texts],
                           locales=table.column("lang").to_pylist(), epoch="auto")
    cells[-2] = ["", "", "", "MissingValueError: no value"]
    assert [[v or "" for v in row] for row in zip(*(got.column(c).to_pylist() for c in ADDED),
                                                   strict=True)] == cells
    assert code == 1 and "11 rows" in err


def test_streaming_stdin_to_stdout() -> None:
    text = "ts,x\n23 Oct 2023 17:43,1\nnonsense,2\n"
    code, out, _ = convert("-", "--format", "csv", "--column", "ts", stdin=text)
    assert read_csv(out) == [["ts", "x", *ADDED], ["23 Oct 2023 17:43", "1",
                                                    "2023-10-23T17:43:00Z", "minute", "en", ""],
                             ["nonsense", "2", "", "", "", "NotATimestampError: no date in the "
                              "text"]]
    assert code == 1


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_two_jobs_write_what_one_job_writes(tmp_path: pathlib.Path, fmt: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from localenorm import _convert

    monkeypatch.setattr(_convert, "_CHUNK", 200)  # many chunks from a small file
    monkeypatch.setattr(_convert, "_BATCH", 7)
    texts = [f"{d} Oct 2023 {h}:{m:02d}" for d in (1, 5, 31, 32) for h in (0, 9, 25)
             for m in (0, 59)] * 3
    source = tmp_path / f"in.{fmt}"
    if fmt == "csv":
        write_csv(source, [["ts", "i"]] + [[t, str(i)] for i, t in enumerate(texts)])
    elif fmt == "jsonl":
        source.write_text("".join(json.dumps({"ts": t}) + "\n" for t in texts),
                          encoding="utf-8")
    else:
        pq.write_table(pa.table({"ts": texts}), source)
    outputs = []
    for jobs in ("1", "2"):
        target = tmp_path / f"out{jobs}.{fmt}"
        code, _, err = convert(str(source), "-o", str(target), "--column", "ts",
                               "--jobs", jobs, "--quiet")
        assert code == 1, err
        outputs.append((target.read_bytes(), err))
    assert outputs[0] == outputs[1]


rows = st.lists(st.tuples(st.one_of(timestamp_like, noise), st.sampled_from(["", "en-US", "de"])),
                max_size=25)


@settings(max_examples=60)
@given(rows, st.sampled_from([1 << 20, 40, 7]))
def test_csv_rows_answer_as_parse_many(data: list[tuple[str, str]], chunk: int) -> None:
    """Whatever the cells hold (commas, quotes, line ends) and wherever the chunks are cut
    (small chunks end inside quoted fields), the rows come back as they were with
    ``parse_many``'s answers beside them."""
    from localenorm import _convert

    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows([["ts", "lang"], *data])
    with mock.patch.object(_convert, "_CHUNK", chunk):
        code, out, _ = convert("-", "--format", "csv", "--column", "ts", "--locale-column",
                               "lang", "--quiet", stdin=buffer.getvalue())
    got = read_csv(out)
    assert [tuple(r[:2]) for r in got[1:]] == data
    assert [r[2:] for r in got[1:]] == expected_cells([t for t, _ in data],
                                                      locales=[loc for _, loc in data])
    assert code == (1 if any(r[5] for r in got[1:]) else 0)


def test_chunks_cut_inside_quoted_fields_and_beside_stray_quotes(tmp_path: pathlib.Path,
                                                                 monkeypatch: pytest.MonkeyPatch
                                                                 ) -> None:
    """A line end inside a quoted field, a quote inside an unquoted field (read as a
    character, as Python's csv reads it): with chunks of a few characters, cut anywhere,
    one and two jobs write what the csv module reads from the whole file."""
    from localenorm import _convert

    lines = ['23 Oct 2023,"two\nlines"', '2023-10-24,5" screen', '"2023-10-25",x',
             '2023-10-26,"a ""quoted""\nword, and\n\nmore"', 'nonsense,9" "z"', '2023-10-27,']
    source = tmp_path / "in.csv"
    source.write_text("\n".join(["ts,note", *lines * 20]) + "\n", encoding="utf-8")
    with source.open(encoding="utf-8", newline="") as handle:
        whole = list(csv.reader(handle))
    outputs = []
    for chunk in (1 << 20, 30, 9):
        monkeypatch.setattr(_convert, "_CHUNK", chunk)
        for jobs in ("1", "2"):
            target = tmp_path / f"out{chunk}-{jobs}.csv"
            convert(str(source), "-o", str(target), "--column", "ts", "--jobs", jobs,
                    "--quiet")
            got = read_csv(target)
            assert [r[:2] for r in got] == whole
            outputs.append(target.read_bytes())
    assert len(set(outputs)) == 1


@settings(max_examples=60)
@given(st.lists(st.one_of(timestamp_like, noise), max_size=25))
def test_json_lines_answer_as_parse_many(texts: list[str]) -> None:
    lines = "".join(json.dumps({"ts": t}) + "\n" for t in texts)
    _, out, _ = convert("-", "--format", "jsonl", "--column", "ts", "--quiet", stdin=lines)
    got = [json.loads(line) for line in out.split("\n")[:-1]]  # (not splitlines: U+0085)
    assert [g["ts"] for g in got] == texts
    assert [[g[k] or "" for k in ADDED] for g in got] == expected_cells(texts)


# -- malformed input (issue 14, item 2 and 5; issue 18, item 5) -------------------------------

def test_ragged_rows_are_kept_unshifted(tmp_path: pathlib.Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("a,ts,b\n1,2023-10-23,x\n2,2023-10-24\n3,2023-10-25,y,extra\n",
                      encoding="utf-8")
    code, out, err = convert(str(source), "--column", "ts")
    assert read_csv(out) == [
        ["a", "ts", "b", *ADDED],
        ["1", "2023-10-23", "x", "2023-10-23", "day", "", ""],
        ["2", "2023-10-24", "", "", "", "", "RaggedRowError: 2 fields where the header has 3"],
        ["3", "2023-10-25", "y", "", "", "", "RaggedRowError: 4 fields where the header has 3",
         "extra"],
    ]
    assert code == 1
    assert "line 3: RaggedRowError" in err and "line 4: RaggedRowError" in err


def test_empty_cells_blank_lines_and_quoted_line_ends(tmp_path: pathlib.Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text('ts,b\n,1\n\n"23 Oct\n2023",2\n2023-10-23,3', encoding="utf-8")
    code, out, err = convert(str(source), "--column", "ts")
    assert read_csv(out) == [
        ["ts", "b", *ADDED],
        ["", "1", "", "", "", "NotATimestampError: empty text"],
        [],
        ["23 Oct\n2023", "2", "2023-10-23", "day", "en", ""],
        ["2023-10-23", "3", "2023-10-23", "day", "", ""],
    ]
    assert "line 2: '': NotATimestampError" in err
    assert "blank lines kept as they were: 1" in err and code == 1


def test_undecodable_bytes_are_that_rows_error(tmp_path: pathlib.Path) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes(b"ts,note\n2023-10-23,ok\n23 Oct\xff 2023,x\n2023-10-24,caf\xe9\n"
                       b"2023-10-25,fin\n")
    code, out, err = convert(str(source), "--column", "ts")
    assert code == 1
    got = read_csv(out)
    assert len(got) == 5 and [r[0] for r in got[1:]] == [
        "2023-10-23", "23 Oct\ufffd 2023", "2023-10-24", "2023-10-25"]
    assert got[2][-1].startswith("EncodingError: bytes that are not utf-8 (ff)")
    assert got[3][1] == "caf\ufffd" and got[3][2] == "2023-10-24"  # parsed; note replaced
    assert "line 3: EncodingError" in err and "line 4: bytes that are not utf-8 in 'note'" in err
    _, out, err = convert(str(source), "--column", "ts", "--encoding", "latin-1")
    got = read_csv(out)
    assert got[3][1] == "café" and got[2][0] == "23 Octÿ 2023"
    assert "EncodingError" not in err


def test_byte_order_mark_and_other_encodings(tmp_path: pathlib.Path) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes("\ufeffts\n23 octobre 2023\n".encode())
    code, out, _ = convert(str(source), "--column", "ts")
    assert code == 0 and read_csv(out)[1][1] == "2023-10-23"
    source.write_bytes("ts\tn\n23 octobre 2023\t1\n".encode("utf-16"))
    tsv = tmp_path / "in.tsv"
    os.replace(source, tsv)
    code, out, _ = convert(str(tsv), "--column", "ts", "--encoding", "utf-16")
    assert code == 0 and read_csv(out, "\t")[1] == ["23 octobre 2023", "1", "2023-10-23",
                                                   "day", "fr", ""]


def test_json_lines_that_are_no_object(tmp_path: pathlib.Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"ts": "2023-10-23"}\nnot json\n[1, 2]\n\n{"ts": ["x"]}\n',
                      encoding="utf-8")
    code, out, err = convert(str(source), "--column", "ts")
    lines = out.split("\n")
    assert len(lines) == 6 and lines[3] == "" and lines[5] == ""
    got = [json.loads(line) if line else None for line in lines[:5]]
    assert got[0]["ts_utc"] == "2023-10-23"
    assert got[1]["ts_error"].startswith("JSONError: not JSON")
    assert got[2]["ts_error"] == "JSONError: a JSON list, not an object"
    assert got[4]["ts_error"].startswith("OptionError: text must be str")
    assert "line 2: JSONError" in err and "line 5:" in err and code == 1


@pytest.mark.parametrize(("argv", "message"), [
    (["--tz", "Mars/Olympus"], "default_tz is not an IANA zone"),
    (["--reference", "2024-05-01T12:00:00"], "reference must be an aware datetime"),
    (["--reference", "yesterday"], "is not an ISO 8601 time"),
    (["--locale", "xx-QQ"], "no data for"),
    (["--calendar", "martian"], "calendar must be one of"),
    (["--encoding", "klingon"], "not an encoding"),
    (["--jobs", "0"], "at least 1"),
])
def test_unusable_options_stop_before_any_row(tmp_path: pathlib.Path, argv: list[str],
                                              message: str) -> None:
    source = tmp_path / "in.csv"
    source.write_text("ts\n2023-10-23\n", encoding="utf-8")
    target = tmp_path / "out.csv"
    code, out, err = convert(str(source), "-o", str(target), "--column", "ts", *argv)
    assert code == 2 and out == "" and not target.exists()
    assert message in err and err.count("\n") == 1


@pytest.mark.parametrize(("content", "argv", "message"), [
    ("a,b\n1,2\n", ["--column", "ts"], "--column 'ts': no such column"),
    ("ts,b\n1,2\n", ["--column", "ts", "--locale-column", "lang"], "--locale-column 'lang'"),
    ("ts,ts\n1,2\n", ["--column", "ts"], "2 columns of that name"),
    ("ts,ts_utc\n1,2\n", ["--column", "ts"], "already has a column 'ts_utc'"),
    ("", ["--column", "ts"], "empty"),
    ('ts\n2023-10-23\n"23 Oct 2023\n', ["--column", "ts"], "line 3: a quoted field is never"),
])
def test_inputs_that_cannot_be_converted(tmp_path: pathlib.Path, content: str,
                                         argv: list[str], message: str) -> None:
    source = tmp_path / "in.csv"
    source.write_text(content, encoding="utf-8")
    target = tmp_path / "out.csv"
    code, _, err = convert(str(source), "-o", str(target), *argv)
    assert code == 2 and message in err
    assert not target.exists() and os.listdir(tmp_path) == ["in.csv"]  # no partial output


def test_missing_files_and_formats(tmp_path: pathlib.Path) -> None:
    code, _, err = convert(str(tmp_path / "nope.csv"), "--column", "ts")
    assert code == 2 and "cannot read" in err and "No such file" in err
    code, _, err = convert(str(tmp_path), "--format", "csv", "--column", "ts")
    assert code == 2 and "cannot read" in err
    code, _, err = convert(str(tmp_path / "x.txt"), "--column", "ts")
    assert code == 2 and "--format" in err
    code, _, err = convert("-", "--column", "ts")
    assert code == 2 and "--format" in err
    source = tmp_path / "in.csv"
    source.write_text("ts\n2023-10-23\n", encoding="utf-8")
    code, _, err = convert(str(source), "-o", str(tmp_path / "out.parquet"), "--column", "ts")
    assert code == 2 and "writes the input's format" in err
    code, _, err = convert(str(source), "-o", str(source), "--column", "ts")
    assert code == 2 and "overwrite the input" in err
    bad = tmp_path / "bad.parquet"
    bad.write_text("no parquet here", encoding="utf-8")
    code, _, err = convert(str(bad), "-o", str(tmp_path / "o.parquet"), "--column", "ts")
    assert code == 2 and "cannot read" in err
    pq.write_table(pa.table({"ts": pa.array([1.5])}), bad)
    code, _, err = convert(str(bad), "-o", str(tmp_path / "o.parquet"), "--column", "ts")
    assert code == 2 and "holds double, not text" in err


def test_first_json_record_without_the_field(tmp_path: pathlib.Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('{"time": "2023-10-23"}\n', encoding="utf-8")
    code, out, err = convert(str(source), "--column", "ts")
    assert code == 2 and "the first record has no such field" in err and out == ""


def test_reference_column(tmp_path: pathlib.Path) -> None:
    source = tmp_path / "in.csv"
    write_csv(source, [["ts", "fetched"], ["vor 3 Stunden", "2024-05-01T12:00:00Z"],
                       ["3 hours ago", "2024-05-01T12:00:00+02:00"], ["3 hours ago", ""],
                       ["3 hours ago", "2024-05-01T12:00:00"], ["3 hours ago", "soon"]])
    code, out, _ = convert(str(source), "--column", "ts", "--reference-column", "fetched")
    got = read_csv(out)
    assert [r[2] for r in got[1:3]] == ["2024-05-01T09:00:00Z", "2024-05-01T07:00:00Z"]
    assert got[3][5].startswith("NotATimestampError")  # no reference: relative refused
    assert got[4][5].startswith("OptionError: reference must be an aware datetime")
    assert got[5][5] == "OptionError: reference 'soon' is not an ISO 8601 time"
    assert code == 1


# -- as a process: pipes, terminals and encodings --------------------------------------------

def _process(argv: list[str], data: bytes, **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "localenorm", *argv], input=data,
                          capture_output=True, check=False, env={**os.environ, **env})


def test_a_pipe_gets_no_progress_bar_and_any_bytes() -> None:
    data = b"ts\n" + b"".join(b"2023-10-%02d\n" % (1 + i % 28) for i in range(3000))
    data = data.replace(b"2023-10-11\n", b"2023-10-11\xff\n", 1)
    proc = _process(["convert", "-", "--format", "csv", "--column", "ts", "--jobs", "2"], data,
                    PYTHONIOENCODING="ascii")
    lines = proc.stdout.decode("utf-8").splitlines()
    assert len(lines) == 3001 and proc.returncode == 1
    assert "\ufffd" in lines[11] and "EncodingError" in lines[11]
    err = proc.stderr.decode("utf-8")
    assert "\r" not in err and "rows/s" not in err and "Traceback" not in err
    assert "3,000 rows, 2,999 parsed, 1 failed (EncodingError 1)" in err


def test_a_closed_pipe_ends_quietly() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "localenorm", "convert", "-", "--format", "jsonl", "--column",
         "ts"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdout.close()
    _, err = proc.communicate(b'{"ts": "2023-10-23"}\n' * 50000)
    assert proc.returncode == 141, err
    assert b"Traceback" not in err
