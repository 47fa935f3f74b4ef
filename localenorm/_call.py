"""The values one call carries through the stages (``_stages``).

A :class:`Call` is made from the caller's checked options and text; each stage reads what the
stages before it found and adds what it finds itself, once: the tokens, the date reader's
outcomes, and the facts about the answer that compositions ask of a piece they read (whether
words were left unread, whether it was a time alone). Nothing is parsed back out of the
notes' text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from localenorm._build import ZoneOptions
from localenorm._complete import Prefer
from localenorm._lexicon import Hint, Lexicon, Reading
from localenorm._normalize import origin_span
from localenorm._tokenize import Token

if TYPE_CHECKING:
    from localenorm._errors import AmbiguousError, ParseError
    from localenorm._resolve import Outcome, Reader
    from localenorm._result import ParseResult


class Call:
    """One reading of one text (the caller's, or a piece of it a composition reads).

    ``depth`` is 0 for the caller's text and 1 for a piece: pieces are read whole, never
    cut again. The attributes after ``lex`` are set by the stages, in order."""

    __slots__ = (
        "bare_length", "calendar", "clock24_note", "depth", "error", "folded", "hint", "key",
        "lex", "locale", "loose_key", "offset", "options", "outcomes", "partial", "prefer",
        "reader", "reference", "refused", "relative_scope", "result", "sig_key", "stage",
        "strange", "stripped", "text", "time_alone_note", "tokens", "tz", "unknown", "use_plans",
        "zo",
    )

    def __init__(self, text: str, stripped: str, locale: str | None, hint: Hint | None,
                 tz: tzinfo, zo: ZoneOptions, reference: datetime | None, prefer: Prefer,
                 calendar: str | None, use_plans: bool, lex: Lexicon, depth: int) -> None:
        self.text = text
        self.stripped = stripped
        self.offset = len(text) - len(text.lstrip())
        self.locale = locale
        self.hint = hint
        self.tz = tz
        self.zo = zo
        self.reference = reference
        self.prefer: Prefer = prefer
        self.calendar = calendar
        self.use_plans = use_plans
        self.lex = lex
        self.depth = depth
        self.folded = ""
        self.key: tuple[bytes, str | None] = (b"", None)
        self.loose_key: tuple[bytes, str | None] | None = None
        self.tokens: list[Token] = []
        self.options: list[tuple[Reading, ...]] = []
        self.sig_key: tuple[object, str | None] = ((), None)
        self.reader: Reader | None = None
        self.outcomes: list[Outcome] = []
        self.error: ParseError | None = None
        self.refused: AmbiguousError | None = None
        # The words no table of any reader has (see _stages.prefilter), and how much of the
        # text a relative phrase may be for them: "all", "label" (all of it but a label of up
        # to three words) or "none".
        self.strange: list[Token] = []
        self.relative_scope = "all"
        # What the answer was, for a composition that reads this as a piece.
        self.result: ParseResult | None = None
        self.stage = ""  # the name of the stage that answered
        self.partial = False  # the date reader's answer was completed from the reference
        self.bare_length = False  # the relative reading was a length alone ('5h')
        self.unknown: list[str] = []  # words the answer left unread ('ignored')
        self.time_alone_note: str | None = None  # the note of a time put on the reference's day
        self.clock24_note: str | None = None  # the note of an hour read on a 24-hour clock

    @property
    def lang(self) -> str | None:
        """The hint's language ('pt' for 'pt-BR'), or ``None``."""
        return self.hint.locale.split("_")[0] if self.hint else None

    @property
    def family(self) -> int:
        """The mask of the hint's language's locales, 0 without a hint."""
        return self.hint.family if self.hint else 0

    def spans(self, start: int, end: int) -> tuple[int, int]:
        """A slice of the folded text as offsets in the caller's text, for errors."""
        a, b = origin_span(self.stripped, start, end)
        return a + self.offset, b + self.offset

    def original(self, start: int, end: int) -> str:
        """The caller's text for a slice of the folded text ('CET' as written)."""
        return self.text[slice(*self.spans(start, end))]


# A composition reads a piece of its text ('17:43' of 'yesterday at 17:43') with the call's
# options and, where given, another calendar, reference or preference: the reader of pieces
# is passed in by ``_stages`` (which owns the order of the stages), so no module below the
# public API calls ``parse``.
ReadPiece = Callable[..., "Call"]
