"""``localenorm convert``: one column of a CSV, TSV, JSON Lines or Parquet file to UTC.

Every input row comes out, in order, with its columns as they were and four more:
``<column>_utc`` (``parse(...).iso``), ``<column>_grain``, ``<column>_locale`` and
``<column>_error`` (empty when the row parsed). A row that cannot be read as it should (bad
bytes, ragged fields, a line that is no JSON object, a missing value) is kept and says so
in its error; only what makes the whole input unreadable (no header, a missing column, a
quote never closed) stops the run, with one message and status 2, and then no output file
is left behind.

The work is cut into chunks of whole records: CSV, TSV and JSON Lines are decoded and cut
here (a chunk ends at a line end outside any quoted field), and each chunk is turned into
its output text by a :class:`Converter`, in this process or, with ``--jobs N``, in N worker
processes, whose outputs are written in input order, so the output does not depend on N.
Parquet is read and written in record batches through pyarrow. Memory stays flat: a few
chunks are in flight at a time. This module is never compiled.
"""

from __future__ import annotations

import argparse
import array
import csv
import functools
import io
import itertools
import json
import multiprocessing
import os
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import IO, Any, TextIO

from localenorm import _cliio
from localenorm._epoch import EPOCHS
from localenorm._many import row_reader
from localenorm._result import ParseResult

FORMATS = ("csv", "tsv", "jsonl", "parquet")
_EXTENSIONS = {".csv": "csv", ".tsv": "tsv", ".tab": "tsv", ".jsonl": "jsonl",
               ".ndjson": "jsonl", ".parquet": "parquet", ".pq": "parquet"}
_SUFFIXES = ("utc", "grain", "locale", "error")
# Characters of text a chunk holds, about, and Parquet rows a batch: what a chunk becomes
# on its way (lists of fields, its output) is several times its size, so chunks are kept
# small (1 MB chunks peaked at 111 MB on a million CSV rows, these at 68 MB; 65,536-row
# batches at 211 MB on Parquet, these at 145 MB, where pyarrow alone takes 40).
_OPEN_QUOTE_LIMIT = 64 << 20  # a quoted field this long is a quote never closed
_CHUNK = 1 << 18
_BATCH = 4096
_ROW_GROUP = 16_384  # Parquet rows a row group written, at least (but the last)
_ABSENT = object()
# The record csv_chunk adds after a chunk's text (see there): no delimiter, quote or line
# end in it, and nothing a file holds.
_SENTINEL = "\x00localenorm:end-of-chunk\x00"
_END = _SENTINEL + "\n"


def _suspect(text: str) -> bool:
    """Whether ``text`` may hold undecodable bytes (kept as lone surrogates)."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


class Fatal(Exception):
    """The input cannot be converted at all: one message, status 2."""


def add_parser(sub: Any) -> None:
    """The ``convert`` subcommand's arguments."""
    p = sub.add_parser(
        "convert", help="add UTC columns for a timestamp column of a CSV, TSV, JSON Lines "
        "or Parquet file",
        description="Read INPUT and write it with four columns added after its own: "
        "<column>_utc (ISO 8601), <column>_grain, <column>_locale and <column>_error "
        "(empty when the row parsed). Every row is kept, in order. Status 0 when every "
        "row parsed, 1 when some did not, 2 when the input could not be converted.")
    p.add_argument("input", metavar="INPUT",
                   help="the file to read; '-' for standard input (CSV, TSV or JSON Lines)")
    p.add_argument("-o", "--output", default="-",
                   help="the file to write, in the input's format (default: standard output)")
    p.add_argument("--column", required=True, help="the column (field) holding the timestamps")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--locale", help="locale hint for every row (ar-EG, pt_BR)")
    where.add_argument("--locale-column", help="the column holding each row's locale hint")
    p.add_argument("--tz", default="UTC",
                   help="zone of times that state none: IANA name or offset (default UTC)")
    when = p.add_mutually_exclusive_group()
    when.add_argument("--reference", help="reference time for every row (ISO 8601, with offset)")
    when.add_argument("--reference-column",
                      help="the column holding each row's reference time (ISO 8601)")
    p.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--format", choices=FORMATS,
                   help="the input's format (default: from INPUT's extension)")
    p.add_argument("--encoding", default="utf-8",
                   help="the input's text encoding (default utf-8; a byte-order mark is "
                   "dropped); the output is UTF-8")
    p.add_argument("--epoch", choices=EPOCHS,
                   help="read bare numbers as Unix epoch times in this unit ('auto': by width)")
    p.add_argument("--prefer", choices=("past", "future", "nearest"), default="past",
                   help="side of the reference for dates without a year (default past)")
    p.add_argument("--calendar", help="impose a calendar (persian, islamic-umalqura, ...)")
    p.add_argument("--strict", action="store_true",
                   help="refuse ambiguous zone abbreviations instead of taking the default")
    p.add_argument("--disambiguate", choices=("compatible", "earlier", "later", "raise"),
                   default="compatible", help="local times in a DST gap or fold")
    p.add_argument("--quiet", action="store_true",
                   help="no per-row errors on stderr (they stay in the error column)")
    p.add_argument("--no-progress", action="store_true",
                   help="no progress bar (shown only on a terminal)")


@dataclass(frozen=True)
class Job:
    """What a converter needs to know, the same in every worker."""

    fmt: str
    column: str
    names: tuple[str, ...]
    options: tuple[tuple[str, Any], ...]
    locale: str | None = None
    reference: datetime | None = None
    locale_column: str | None = None
    reference_column: str | None = None
    encoding: str = "utf-8"
    # CSV and TSV: the header's width, the columns' positions, the writer's dialect.
    header: tuple[str, ...] = ()
    width: int = 0
    index: int = 0
    locale_index: int | None = None
    reference_index: int | None = None
    delimiter: str = ","
    lineterminator: str = "\n"


@dataclass
class Chunk:
    """What converting a chunk gave: the output, and what to count and say."""

    output: Any  # the output text, or for Parquet the four columns
    rows: int = 0
    parsed: int = 0
    blank: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    open_quote: bool = False  # CSV: the chunk ended inside a quoted field
    # (line or row number within the input, message) to print unless --quiet.
    messages: list[tuple[int, str]] = field(default_factory=list)


class Converter:
    """Turns chunks of input into chunks of output; one per process."""

    def __init__(self, job: Job) -> None:
        self.job = job
        self.read = row_reader(dict(job.options))
        self.encoding = job.encoding.removesuffix("-sig")

    # -- one row ------------------------------------------------------------------------

    def _answer(self, value: object, locale: object, reference: object
                ) -> tuple[str, str, str, str] | str:
        """The four cells of a row that parsed, or the error's description."""
        if value is None or value is _ABSENT:
            return ("MissingValueError: no value" if value is None
                    else f"MissingValueError: no field {self.job.column!r}")
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)  # JSON and Parquet numbers: epoch times under --epoch
        if isinstance(reference, str):
            reference = _reference(reference)
            if isinstance(reference, str):
                return reference
        answer = self.read(value, locale or None, reference)
        if isinstance(answer, ParseResult):
            return (answer.iso, answer.grain, answer.locale or "", "")
        return _cliio.describe(answer)

    def _count(self, chunk: Chunk, where: int, answer: tuple[str, ...] | str,
               value: object) -> tuple[str, ...]:
        chunk.rows += 1
        if not isinstance(answer, str):
            chunk.parsed += 1
            return answer
        kind = answer.partition(":")[0]
        chunk.kinds[kind] += 1
        shown = f"{value!r}: " if isinstance(value, str) and kind != "EncodingError" else ""
        chunk.messages.append((where, shown + answer))
        return ("", "", "", answer)

    def _bytes_problem(self, chunk: Chunk, where: int, cells: dict[str, str]) -> str | None:
        """For a row holding undecodable bytes: its error if they are in a column the row
        is read from, else ``None`` (and a message that they were replaced)."""
        for name in (self.job.column, self.job.locale_column, self.job.reference_column):
            raw = _cliio.bad_bytes(cells.get(name, "") if name else "")
            if raw is not None:
                return _cliio.encoding_error(raw, self.encoding)
        bad = [name for name, cell in cells.items() if _cliio.bad_bytes(cell) is not None]
        chunk.messages.append((where, f"bytes that are not {self.encoding} in "
                               f"{', '.join(map(repr, bad))}, written as U+FFFD"))
        return None

    # -- CSV and TSV ----------------------------------------------------------------------

    def csv_chunk(self, text: str, first_line: int) -> Chunk:
        """The chunk's rows with their four cells; or, when the chunk ends inside a quoted
        field (it was cut at a line end within one), only ``open_quote`` set."""
        job = self.job
        chunk = Chunk(None)
        suspect = _suspect(text)
        # A last record of our own: read as a record of its own only if the chunk ended
        # at a record's end, and swallowed into a field if it ended inside quotes.
        reader = csv.reader(io.StringIO(text + _END, newline=""), delimiter=job.delimiter)
        rows: list[list[str]] = []
        before = 0
        width = job.width
        index, locale_index, reference_index = job.index, job.locale_index, job.reference_index
        read = self.read
        missing = job.reference
        parsed = 0
        for row in reader:
            line = first_line + before
            before = reader.line_num
            count = len(row)
            if count == 1 and row[0] == _SENTINEL:
                break
            if count == width and not suspect:
                # (The common row, inline.)
                reference: object = (row[reference_index] or None
                                     if reference_index is not None else missing)
                if type(reference) is str:
                    reference = _reference(reference)
                if type(reference) is not str:
                    answer = read(row[index], (row[locale_index] or None)
                                  if locale_index is not None else job.locale, reference)
                    if type(answer) is ParseResult:
                        row.extend((answer.iso, answer.grain, answer.locale or "", ""))
                        parsed += 1
                        rows.append(row)
                        continue
            self._slow_row(chunk, row, line, suspect, rows)
        else:
            chunk.open_quote = True  # the sentinel was read into a quoted field
            return chunk
        chunk.rows += parsed
        chunk.parsed += parsed
        out = io.StringIO(newline="")
        csv.writer(out, delimiter=job.delimiter, lineterminator=job.lineterminator
                   ).writerows(rows)
        chunk.output = out.getvalue()
        return chunk

    def _slow_row(self, chunk: Chunk, row: list[str], line: int, suspect: bool,
                  rows: list[list[str]]) -> None:
        """A row off the common path: blank, ragged, holding undecodable bytes, with a
        reference that is no time, or that did not parse."""
        job = self.job
        width = job.width
        count = len(row)
        if count == 0:
            if width > 1:  # a blank line: kept as one, no row
                chunk.blank += 1
                rows.append(row)
                return
            row = [""]
            count = 1
        problem: str | None = None
        if suspect and _suspect("".join(row)):
            header = job.header
            problem = self._bytes_problem(
                chunk, line, {header[i] if i < width else f"field {i + 1}": cell
                              for i, cell in enumerate(row)})
            row[:] = [_cliio.replaced(cell) for cell in row]
        extra: list[str] = []
        if count != width:
            problem = f"RaggedRowError: {count} fields where the header has {width}"
            extra = row[width:]
            row[:] = row[:width] + [""] * (width - count)
        if problem is None:
            value = row[job.index]
            locale = row[job.locale_index] if job.locale_index is not None else job.locale
            reference: object = (row[job.reference_index] or None
                                 if job.reference_index is not None else job.reference)
            answer = self._answer(value, locale, reference)
        else:
            value, answer = None, problem
        row.extend(self._count(chunk, line, answer, value))
        row.extend(extra)
        rows.append(row)

    # -- JSON Lines -----------------------------------------------------------------------

    def json_chunk(self, text: str, first_line: int) -> Chunk:
        job = self.job
        chunk = Chunk(None)
        suspect = _suspect(text)
        out: list[str] = []
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        for offset, line in enumerate(lines):
            where = first_line + offset
            line = line.removesuffix("\r")
            if not line.strip():
                chunk.blank += 1
                out.append("")
                continue
            problem: str | None = None
            try:
                record = json.loads(line)
            except ValueError as exc:
                record, problem = None, f"JSONError: not JSON ({exc})"
            else:
                problem = None if isinstance(record, dict) else (
                    f"JSONError: a JSON {type(record).__name__}, not an object")
            if problem is not None or not isinstance(record, dict):
                answer = self._count(chunk, where, problem or "JSONError", None)
                out.append(json.dumps(dict(zip(job.names, _nulls(answer), strict=True)),
                                      ensure_ascii=False))
                continue
            clash = [name for name in job.names if name in record]
            if clash:
                raise Fatal(f"line {where} already has a field {clash[0]!r}")
            if suspect and _suspect(line):
                cells = {str(k): v for k, v in record.items() if isinstance(v, str)}
                bytes_problem = self._bytes_problem(chunk, where, cells)
                record = json.loads(_cliio.replaced(line))
                if bytes_problem is not None:
                    answer = self._count(chunk, where, bytes_problem, None)
                    record.update(zip(job.names, _nulls(answer), strict=True))
                    out.append(json.dumps(record, ensure_ascii=False))
                    continue
            value = record.get(job.column, _ABSENT)
            locale = (record.get(job.locale_column) if job.locale_column is not None
                      else job.locale)
            reference = (record.get(job.reference_column) if job.reference_column is not None
                         else job.reference)
            answer = self._count(chunk, where, self._answer(value, locale, reference), value)
            record.update(zip(job.names, _nulls(answer), strict=True))
            out.append(json.dumps(record, ensure_ascii=False))
        chunk.output = "".join(line + "\n" for line in out)
        return chunk

    # -- Parquet --------------------------------------------------------------------------

    def columns(self, values: Any, locales: Any, references: Any, first_row: int) -> Chunk:
        """The four Arrow string columns for a batch's Arrow columns (null where a cell is
        empty); built here, so that with --jobs the process that reads and writes the
        file only moves buffers."""
        import pyarrow as pa

        chunk = Chunk(None)
        cells: list[list[str | None]] = [[], [], [], []]
        job = self.job
        locale_list = locales.to_pylist() if locales is not None else None
        reference_list = references.to_pylist() if references is not None else None
        for i, value in enumerate(values.to_pylist()):
            locale = locale_list[i] if locale_list is not None else job.locale
            reference = reference_list[i] if reference_list is not None else job.reference
            answer = self._count(chunk, first_row + i, self._answer(value, locale, reference),
                                 value)
            for column, cell in zip(cells, _nulls(answer), strict=True):
                column.append(cell)
        chunk.output = [_strings(pa, column) for column in cells]
        return chunk


def _nulls(answer: tuple[str, ...]) -> tuple[str | None, ...]:
    return tuple(cell or None for cell in answer)


@functools.lru_cache(maxsize=4096)
def _reference(text: str) -> datetime | str:
    """A row's reference time, or its error."""
    try:
        return _cliio.reference_of(text)
    except ValueError:
        return f"OptionError: reference {text!r} is not an ISO 8601 time"


# -- worker processes -----------------------------------------------------------------------

_WORKER: list[Converter] = []  # the converter of this worker process (one, once started)


def _start_worker(job: Job) -> None:
    _WORKER.append(Converter(job))


def _work(task: tuple[Any, ...]) -> Chunk:
    converter = _WORKER[0]
    kind, *args = task
    method: Callable[..., Chunk] = getattr(converter, kind)
    return method(*args)


class _Runner:
    """Runs tasks here or in worker processes and gives back their chunks in order, with
    at most two tasks a worker in flight."""

    def __init__(self, job: Job, jobs: int) -> None:
        self.converter: Converter | None = None
        self.pool: ProcessPoolExecutor | None = None
        self.jobs = jobs
        if jobs <= 1:
            self.converter = Converter(job)
            return
        # fork where the platform has it: workers start at once with the tables this
        # process has already read; spawn elsewhere.
        methods = multiprocessing.get_all_start_methods()
        method = "fork" if sys.platform == "linux" and "fork" in methods else "spawn"
        self.pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method),
                                        initializer=_start_worker, initargs=(job,))

    @property
    def in_flight(self) -> int:
        """How many tasks to keep going: two a worker, or one here."""
        return 1 if self.pool is None else 2 * self.jobs

    def submit(self, task: tuple[Any, ...]) -> Callable[[], Chunk]:
        """Start ``task``; the returned function gives its chunk (waiting for it)."""
        kind, *args = task
        if self.converter is not None:
            done: Chunk = getattr(self.converter, kind)(*args)
            return lambda: done
        assert self.pool is not None
        return self.pool.submit(_work, task).result

    def run(self, tasks: Iterator[tuple[Any, ...]]) -> Iterator[Chunk]:
        """The tasks' chunks in order, ``in_flight`` at a time."""
        pending: deque[Callable[[], Chunk]] = deque()
        for task in tasks:
            pending.append(self.submit(task))
            if len(pending) >= self.in_flight:
                yield pending.popleft()()
        while pending:
            yield pending.popleft()()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


# -- reading text in chunks of whole records ------------------------------------------------

class _Text:
    """The input's text, decoded as it comes, handed out in chunks of whole records.

    A chunk ends at a line end. For CSV that line end may lie inside a quoted field: the
    converter finds that out (``Chunk.open_quote``), the chunks from there on are given
    back (:meth:`unread`), and from then on every cut is made where the csv reader itself
    ends a record. Files without line ends in their fields never pay for that reading
    here, in the one process that feeds the workers."""

    def __init__(self, handle: IO[bytes], encoding: str, delimiter: str | None) -> None:
        self.handle = handle
        self.decoder = _cliio.decoder(encoding)
        self.delimiter = delimiter  # None: JSON Lines, where a line is a record
        self.buffer = ""
        self.line = 1  # the line number of the buffer's first line
        self.eof = False
        self.consumed = 0  # bytes read so far
        self.exact = False  # cut where the csv reader ends a record

    def _fill(self) -> None:
        block = self.handle.read(_CHUNK)
        self.consumed += len(block)
        self.eof = not block
        self.buffer += self.decoder.decode(block, final=self.eof)

    def _take(self, end: int) -> tuple[str, int]:
        text, self.buffer = self.buffer[:end], self.buffer[end:]
        first = self.line
        self.line += text.count("\n")
        return text, first

    def unread(self, text: str, first_line: int) -> None:
        """Give back chunks (from ``first_line`` on): one was cut inside a quoted field."""
        self.buffer = text + self.buffer
        self.line = first_line
        self.exact = True

    def header(self) -> tuple[list[str], str]:
        """The first record's fields and its line end."""
        while True:
            end = _csv_records(self.buffer, self.delimiter or ",", 1)
            if end:
                break
            if self.eof:
                if not self.buffer.strip():
                    raise Fatal("the input is empty: no header row")
                if not self.buffer.endswith("\n"):
                    self.buffer += "\n"  # a header alone, without a line end
                    continue
                raise Fatal("line 1: a quoted field of the header is never closed")
            self._fill()
        text, _ = self._take(end)
        fields = next(csv.reader([text], delimiter=self.delimiter or ","))
        return fields, "\r\n" if text.endswith("\r\n") else "\n"

    def next_chunk(self) -> tuple[str, int] | None:
        """The next chunk and the number of its first line; ``None`` at the end."""
        while not self.eof and len(self.buffer) < _CHUNK:
            self._fill()
        while True:
            if self.exact and self.delimiter is not None:
                end = _csv_records(self.buffer, self.delimiter, None)
            else:
                end = self.buffer.rfind("\n") + 1
            if end:
                return self._take(end)
            if not self.eof:
                if len(self.buffer) > _OPEN_QUOTE_LIMIT:
                    raise Fatal(f"line {self.line}: no record ends within "
                                f"{_OPEN_QUOTE_LIMIT >> 20} MB; is a quote never closed?")
                self._fill()
                continue
            if not self.buffer:
                return None
            if not self.buffer.endswith("\n"):
                self.buffer += "\n"  # the last line's missing line end
                continue
            raise Fatal(f"line {self.line}: a quoted field is never closed before the end "
                        "of the input")


def _csv_records(text: str, delimiter: str, limit: int | None) -> int:
    """The length of the longest start of ``text`` made of whole CSV records: the reader
    itself says where a record ends, so a quoted field holding line ends is never cut."""
    lines = text.split("\n")
    lines.pop()  # after the last line end: not a whole line yet
    state = {"dry": False}

    def feed() -> Iterator[str]:
        for line in lines:
            yield line + "\n"
        state["dry"] = True

    whole = 0
    reader = csv.reader(feed(), delimiter=delimiter)
    for records, _ in enumerate(reader, 1):
        if state["dry"]:
            break  # a record the text ended inside, not one that ended
        whole = reader.line_num
        if limit is not None and records >= limit:
            break
    return sum(len(line) + 1 for line in lines[:whole])


# -- the command ----------------------------------------------------------------------------

def run(args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO) -> int:
    """``localenorm convert``: status 0 (all parsed), 1 (some rows failed) or 2."""
    try:
        return _Convert(args, stdin, out, err).run()
    except Fatal as exc:
        print(f"localenorm: {exc}", file=err)
        return 2


class _Convert:
    def __init__(self, args: argparse.Namespace, stdin: TextIO, out: TextIO, err: TextIO
                 ) -> None:
        self.args = args
        self.stdin = stdin
        self.out = out
        self.err = err
        self.fmt: str = self._format()
        encoding = _cliio.input_encoding(args.encoding)
        if encoding is None:
            raise Fatal(f"--encoding {args.encoding!r} is not an encoding Python knows")
        self.encoding = encoding
        if args.jobs < 1:
            raise Fatal(f"--jobs {args.jobs}: at least 1")
        self.options = self._options()
        self.totals = Chunk(None)
        self.temp: str | None = None

    def _format(self) -> str:
        args = self.args
        fmt: str | None = args.format
        if fmt is None:
            if args.input == "-":
                raise Fatal("name the format of standard input with --format")
            fmt = _EXTENSIONS.get(os.path.splitext(args.input)[1].lower())
            if fmt is None:
                raise Fatal(f"{args.input!r}: the format is not known from its extension; "
                            f"pass --format ({', '.join(FORMATS)})")
        if args.output != "-":
            named = _EXTENSIONS.get(os.path.splitext(args.output)[1].lower())
            if named is not None and named != fmt:
                raise Fatal(f"convert writes the input's format ({fmt}), not {named}: "
                            f"name the output .{fmt}")
        if fmt == "parquet" and "-" in (args.input, args.output):
            raise Fatal("Parquet is read and written as files, not through a pipe")
        return fmt

    def _options(self) -> dict[str, Any]:
        args = self.args
        options: dict[str, Any] = {
            "default_tz": args.tz, "prefer": args.prefer, "calendar": args.calendar,
            "strict": args.strict, "disambiguate": args.disambiguate, "epoch": args.epoch}
        reference = None
        if args.reference is not None:
            try:
                reference = _cliio.reference_of(args.reference)
            except ValueError:
                raise Fatal(f"--reference {args.reference!r} is not an ISO 8601 time") from None
        problem = _cliio.option_problem({**options, "locale": args.locale,
                                         "reference": reference})
        if problem is not None:
            raise Fatal(problem)
        self.locale = args.locale
        self.reference = reference
        return options

    def _job(self, **more: Any) -> Job:
        args = self.args
        return Job(self.fmt, args.column, tuple(f"{args.column}_{s}" for s in _SUFFIXES),
                   tuple(self.options.items()), self.locale, self.reference,
                   args.locale_column, args.reference_column, self.encoding, **more)

    def run(self) -> int:
        args = self.args
        if args.output != "-" and args.input != "-" and os.path.exists(args.output) \
                and os.path.samefile(args.input, args.output):
            raise Fatal("the output would overwrite the input")
        try:
            if self.fmt == "parquet":
                self._parquet()
            else:
                self._text()
        except BaseException:
            if self.temp is not None and os.path.exists(self.temp):
                os.remove(self.temp)
            raise
        if self.temp is not None:
            os.replace(self.temp, args.output)
        return self._summary()

    # -- text formats ---------------------------------------------------------------------

    def _open_input(self) -> tuple[IO[bytes], int | None]:
        if self.args.input == "-":
            buffer: IO[bytes] | None = getattr(self.stdin, "buffer", None)
            return buffer or io.BufferedReader(_Bytes(self.stdin)), None
        try:
            handle = open(self.args.input, "rb")  # noqa: SIM115 (closed by _text)
            size = os.fstat(handle.fileno()).st_size
        except OSError as exc:
            raise Fatal(f"cannot read {self.args.input!r}: {exc.strerror or exc}") from None
        return handle, size

    def _open_output(self) -> TextIO:
        if self.args.output == "-":
            buffer = getattr(self.out, "buffer", None)
            if buffer is None:
                return self.out
            return io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=True)
        folder = os.path.dirname(os.path.abspath(self.args.output))
        self.temp = os.path.join(folder, f".{os.path.basename(self.args.output)}"
                                 f".localenorm-{os.getpid()}")
        try:
            return open(self.temp, "w", encoding="utf-8", newline="")
        except OSError as exc:
            self.temp = None
            raise Fatal(f"cannot write {self.args.output!r}: {exc.strerror or exc}") from None

    def _text(self) -> None:
        args = self.args
        handle, size = self._open_input()
        try:
            delimiter = {"csv": ",", "tsv": "\t"}.get(self.fmt)
            text = _Text(handle, self.encoding, delimiter)
            if delimiter is not None:
                header, ending = text.header()
                job = self._job(header=tuple(header), width=len(header),
                                index=_position(header, args.column, "--column"),
                                locale_index=_position(header, args.locale_column,
                                                       "--locale-column"),
                                reference_index=_position(header, args.reference_column,
                                                          "--reference-column"),
                                delimiter=delimiter, lineterminator=ending)
                clash = [name for name in job.names if name in header]
                if clash:
                    raise Fatal(f"the input already has a column {clash[0]!r}")
                method = "csv_chunk"
            else:
                job = self._job()
                method = "json_chunk"
            sink = self._open_output()
            runner: _Runner | None = None
            progress = _cliio.Progress(self.err, total=size, unit_total="B",
                                       enabled=not args.no_progress)
            try:
                runner = _Runner(job, args.jobs)
                if delimiter is not None:
                    csv.writer(sink, delimiter=delimiter, lineterminator=ending).writerow(
                        [*header, *job.names])
                seen = 0
                for result in self._chunks(text, runner, method):
                    sink.write(result.output)
                    self._add(result, progress, "line")
                    progress.update(result.rows, text.consumed - seen)
                    seen = text.consumed
            finally:
                progress.close()
                if runner is not None:
                    runner.close()
                if sink is not self.out:
                    sink.flush()
                    if self.temp is not None:
                        sink.close()
                    elif isinstance(sink, io.TextIOWrapper):
                        sink.detach()  # standard output's buffer stays open
        finally:
            if handle is not getattr(self.stdin, "buffer", None):
                handle.close()

    def _chunks(self, text: _Text, runner: _Runner, method: str) -> Iterator[Chunk]:
        """The chunks' results in input order, a few in flight; a chunk cut inside a
        quoted field is read again with the chunks after it, cut where records end."""
        pending: deque[tuple[Callable[[], Chunk], str, int]] = deque()
        first = True
        while True:
            while len(pending) < runner.in_flight:
                found = text.next_chunk()
                if found is None:
                    break
                if first and method == "json_chunk":
                    self._check_first_record(found[0])
                first = False
                pending.append((runner.submit((method, *found)), *found))
            if not pending:
                return
            result, chunk, line = pending.popleft()
            done = result()
            if done.open_quote:
                text.unread(chunk + "".join(later for _, later, _ in pending), line)
                pending.clear()  # (their results, read from a wrong start, are dropped)
                continue
            yield done

    def _check_first_record(self, chunk: str) -> None:
        """The first JSON Lines record must have the named fields: a field no row has is a
        mistake in the command, not in the rows."""
        for line in chunk.split("\n"):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                return
            if isinstance(record, dict):
                args = self.args
                for name, option in ((args.column, "--column"),
                                     (args.locale_column, "--locale-column"),
                                     (args.reference_column, "--reference-column")):
                    if name is not None and name not in record:
                        raise Fatal(f"{option} {name!r}: the first record has no such field "
                                    f"(its fields: {', '.join(map(str, record))})")
            return

    # -- Parquet --------------------------------------------------------------------------

    def _parquet(self) -> None:
        args = self.args
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise Fatal("Parquet needs pyarrow: pip install 'localenorm[arrow]'") from None
        try:
            # Read as a stream on one thread: Arrow's thread pools and prefetching would
            # hold tens of MB for a read that is a small part of the work.
            source = pq.ParquetFile(args.input, pre_buffer=False, buffer_size=1 << 20)
        except (OSError, pa.ArrowException) as exc:
            raise Fatal(f"cannot read {args.input!r} as Parquet: {exc}") from None
        schema = source.schema_arrow
        names = schema.names
        for name, option in ((args.column, "--column"), (args.locale_column, "--locale-column"),
                             (args.reference_column, "--reference-column")):
            if name is not None:
                _position(names, name, option)
                kind = schema.field(name).type
                if not (pa.types.is_string(kind) or pa.types.is_large_string(kind)
                        or pa.types.is_integer(kind) or pa.types.is_dictionary(kind)
                        or (option == "--reference-column" and pa.types.is_timestamp(kind))):
                    raise Fatal(f"{option} {name!r} holds {kind}, not text")
        job = self._job()
        clash = [name for name in job.names if name in names]
        if clash:
            raise Fatal(f"the input already has a column {clash[0]!r}")
        added = [pa.field(name, pa.string()) for name in job.names]
        out_schema = pa.schema([*schema, *added], metadata=schema.metadata)
        folder = os.path.dirname(os.path.abspath(args.output))
        self.temp = os.path.join(folder, f".{os.path.basename(args.output)}"
                                 f".localenorm-{os.getpid()}")
        runner = _Runner(job, args.jobs)
        progress = _cliio.Progress(self.err, total=source.metadata.num_rows, unit_total="rows",
                                   enabled=not args.no_progress)
        batches: deque[Any] = deque()

        def tasks() -> Iterator[tuple[Any, ...]]:
            row = 1
            for batch in source.iter_batches(batch_size=_BATCH, use_threads=False):
                batches.append(batch)
                yield ("columns", batch.column(args.column),
                       batch.column(args.locale_column) if args.locale_column else None,
                       batch.column(args.reference_column) if args.reference_column else None,
                       row)
                row += batch.num_rows

        try:
            with pq.ParquetWriter(self.temp, out_schema) as writer:
                # Batches are small (the Python objects of a batch are many times its
                # Arrow size), but a row group per batch would grow the file's metadata,
                # held until the end, by 2 MB a million rows: row groups of _ROW_GROUP
                # (65,536 held 20 MB more at once).
                group: list[Any] = []
                held = 0
                for result in runner.run(tasks()):
                    batch = batches.popleft()
                    columns = [*batch.columns, *result.output]
                    group.append(pa.RecordBatch.from_arrays(columns, schema=out_schema))
                    held += batch.num_rows
                    if held >= _ROW_GROUP:
                        writer.write_table(pa.Table.from_batches(group), row_group_size=held)
                        group, held = [], 0
                    self._add(result, progress, "row")
                    progress.update(result.rows, result.rows)
                if group:
                    writer.write_table(pa.Table.from_batches(group), row_group_size=held)
        finally:
            progress.close()
            runner.close()

    # -- counting and saying --------------------------------------------------------------

    def _add(self, chunk: Chunk, progress: _cliio.Progress, unit: str) -> None:
        totals = self.totals
        totals.rows += chunk.rows
        totals.parsed += chunk.parsed
        totals.blank += chunk.blank
        totals.kinds.update(chunk.kinds)
        if not self.args.quiet:
            for where, message in chunk.messages:
                progress.write(f"localenorm: {unit} {where}: {message}")

    def _summary(self) -> int:
        totals = self.totals
        failed = totals.rows - totals.parsed
        line = f"localenorm: {totals.rows:,} rows, {totals.parsed:,} parsed, {failed:,} failed"
        if totals.kinds:
            line += " (" + ", ".join(f"{kind} {n:,}" for kind, n in
                                     sorted(totals.kinds.items(), key=lambda kn: (-kn[1], kn[0])))
            line += ")"
        if totals.blank:
            line += f"; blank lines kept as they were: {totals.blank:,}"
        print(line, file=self.err)
        return 1 if failed else 0


def _strings(pa: Any, cells: list[str | None]) -> Any:
    """An Arrow string array of ``cells``, built from its buffers: ``pa.array`` on a list
    imports pandas (when installed) to check for its types, 50 MB that Parquet's memory
    bound has no room for."""
    import numpy as np

    encoded = [b"" if cell is None else cell.encode("utf-8") for cell in cells]
    offsets = array.array("i", itertools.accumulate(map(len, encoded), initial=0))
    nulls = cells.count(None)
    validity = None
    if nulls:
        present = np.fromiter((cell is not None for cell in cells), np.bool_, len(cells))
        validity = pa.py_buffer(np.packbits(present, bitorder="little").tobytes())
    return pa.Array.from_buffers(pa.string(), len(cells), [
        validity, pa.py_buffer(offsets.tobytes()), pa.py_buffer(b"".join(encoded))],
        null_count=nulls)


def _position(header: list[str], name: str | None, option: str) -> int | None:
    if name is None:
        return None
    found = [i for i, column in enumerate(header) if column == name]
    if not found:
        shown = ", ".join(map(repr, header[:20])) + (", ..." if len(header) > 20 else "")
        raise Fatal(f"{option} {name!r}: no such column (the columns: {shown})")
    if len(found) > 1:
        raise Fatal(f"{option} {name!r}: the header has {len(found)} columns of that name")
    return found[0]


class _Bytes(io.RawIOBase):
    """An in-memory text stream (tests) read as UTF-8 bytes."""

    def __init__(self, stream: TextIO) -> None:
        self.data = io.BytesIO(stream.read().encode("utf-8", "surrogateescape"))

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        return self.data.readinto(target)
