"""What the command line's subcommands share: bytes in any encoding, text out in any
encoding, errors as one line, options checked before the first row, a progress bar.

Input is read as bytes and decoded with an error handler that keeps every undecodable
byte as a lone surrogate (U+DC00 + the byte): strictly decoded text never holds one, so a
row with bad bytes is found exactly, reported as that row's error, and shown with U+FFFD
in their place. Nothing stops at a byte. This module is never compiled.
"""

from __future__ import annotations

import codecs
import re
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from typing import IO, Any, TextIO

from localenorm._checked import parse
from localenorm._errors import AmbiguousError, OptionError, ParseError

_BAD = re.compile("[\udc00-\udcff]+")
_HANDLER = "localenorm-bytes"
# Encodings that write every character: JSON keeps its text as it is under these, and is
# written with \u escapes under any other.
_UNICODE = frozenset({"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
                      "utf-32-le", "utf-32-be", "gb18030"})


def _keep_bytes(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start:exc.end]
    return "".join(chr(0xDC00 + b) for b in bad), exc.end


codecs.register_error(_HANDLER, _keep_bytes)


def input_encoding(name: str) -> str | None:
    """The codec to read with (UTF-8 drops a leading byte-order mark), ``None`` if there
    is no such encoding."""
    try:
        found = codecs.lookup(name).name
    except LookupError:
        return None
    return "utf-8-sig" if found == "utf-8" else found


def decoder(encoding: str) -> codecs.IncrementalDecoder:
    return codecs.getincrementaldecoder(encoding)(errors=_HANDLER)


def decode(data: bytes, encoding: str) -> str:
    """``data`` decoded, undecodable bytes kept as lone surrogates."""
    return data.decode(encoding, _HANDLER)


def bad_bytes(text: str) -> bytes | None:
    """The undecodable bytes ``text`` holds, if any."""
    found = _BAD.findall(text)
    if not found:
        return None
    return bytes(ord(c) - 0xDC00 for run in found for c in run)


def replaced(text: str) -> str:
    """``text`` with U+FFFD where a byte could not be decoded."""
    return _BAD.sub(lambda m: "\ufffd" * len(m.group()), text)


def encoding_error(raw: bytes, encoding: str) -> str:
    shown = raw[:8].hex(" ") + (" ..." if len(raw) > 8 else "")
    return (f"EncodingError: bytes that are not {encoding.removesuffix('-sig')} ({shown}); "
            f"name the input's encoding with --encoding")


def lines(handle: IO[bytes], encoding: str, size: int = 1 << 16) -> Iterator[str]:
    """The lines of ``handle`` without their line ends, decoded as above; an undecodable
    byte never ends or joins a line."""
    dec = decoder(encoding)
    rest = ""
    while True:
        block = handle.read(size)
        text = rest + dec.decode(block, final=not block)
        parts = text.split("\n")
        rest = parts.pop()
        for part in parts:
            yield part.removesuffix("\r")
        if not block:
            break
    if rest:
        yield rest.removesuffix("\r")


def argument_text(arg: str, encoding: str) -> str:
    """A command-line argument as text: the bytes the shell passed (Python keeps those it
    could not decode as lone surrogates), decoded as the input is."""
    try:
        raw = arg.encode(sys.getfilesystemencoding(), "surrogateescape")
    except UnicodeEncodeError:
        return arg  # (a str passed in-process, not from a command line)
    return decode(raw, encoding)


def describe(exc: ParseError) -> str:
    """The error as one line without the input: kind, reason, span and candidates."""
    where = ""
    if exc.span is not None:
        start, end = exc.span
        where = f" at {start}-{end} ({exc.text[start:end]!r})"
    listed = ""
    if isinstance(exc, AmbiguousError) and exc.candidates:
        listed = " (candidates: " + ", ".join(exc.candidates) + ")"
    return f"{type(exc).__name__}: {exc.reason}{where}{listed}"


def reference_of(value: str) -> datetime:
    """An ISO 8601 reference time (``Z`` allowed); ``ValueError`` if it is none."""
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    return datetime.fromisoformat(text)


def option_problem(options: dict[str, Any]) -> str | None:
    """What is wrong with the options of every row, before any row is read."""
    try:
        parse("2000-01-01T00:00:00Z", **options)
    except OptionError as exc:
        return str(exc)
    except ParseError:
        pass  # about the probe's text (an imposed calendar), not about the options
    return None


def writes_everything(stream: TextIO) -> bool:
    """Whether ``stream`` can write any character (an in-memory one can)."""
    encoding = getattr(stream, "encoding", None)
    if not encoding:
        return True
    try:
        return codecs.lookup(encoding).name in _UNICODE
    except LookupError:
        return False


def never_fail_writing(stream: TextIO) -> None:
    """A character the stream's encoding lacks is written as a backslash escape instead
    of ending the run (``PYTHONIOENCODING=ascii``)."""
    if not writes_everything(stream) and hasattr(stream, "reconfigure"):
        stream.reconfigure(errors="backslashreplace")


class Progress:
    """A progress bar (rows, rows/s, ETA) on a terminal, through tqdm when it is installed
    (the ``progress`` extra); nothing otherwise. Row messages are written through it, so a
    message never lands inside the bar."""

    def __init__(self, err: TextIO, *, total: int | None, unit_total: str, enabled: bool
                 ) -> None:
        self.err = err
        self.bar: Any = None
        self.rows = 0
        self.started = time.monotonic()
        if not enabled or not _is_terminal(err):
            return
        try:
            from tqdm import tqdm
        except ImportError:
            return
        # The bar counts what the total is known in (bytes of a file, rows of Parquet);
        # rows and rows/s are shown beside it.
        scale = unit_total == "B"
        self.bar = tqdm(total=total, unit=unit_total, unit_scale=scale, file=err,
                        dynamic_ncols=True, mininterval=0.5, leave=False,
                        bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt} "
                                   "[{elapsed}<{remaining}{postfix}]")

    def update(self, rows: int, amount: int) -> None:
        self.rows += rows
        if self.bar is not None:
            rate = self.rows / max(time.monotonic() - self.started, 1e-9)
            self.bar.set_postfix_str(f"{self.rows:,} rows, {rate:,.0f} rows/s", refresh=False)
            self.bar.update(amount)

    def write(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=self.err)
        else:
            print(message, file=self.err)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
