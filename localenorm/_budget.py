"""The work one text may cost, counted, with a bound.

A scraper hands the library text it does not control, so the time of one call must be bounded
for every input, not only for timestamps. Each reader is written to do work that grows
linearly with the text (phrases have a longest form; cuts are tried only where such a form
fits), and each also counts what it does here: the combinations of word readings it reads,
the cuts it tries, the phrases it looks up. A text that needs more than :data:`LIMIT` units is
refused (see ``_api``), which bounds the worst case even where a reader's own bound is loose.

The count is a number of steps, never a clock: the same text costs the same units on every
machine and in every process, so the bound can never make an answer depend on load or
history. One budget serves a whole call, the readings it composes from pieces included; it
lives in a context variable so that threads and tasks each count their own.
"""

from __future__ import annotations

from contextvars import ContextVar

# Units one call may spend. Of the 89,706 texts of the benchmark corpora, babel's formats
# in every locale, relative round trips and other projects' cases that are answered, 99.99%
# spend at most 495 and the most (a Toki Pona full date without a hint) 1,429; hostile texts
# spend about 2-3 microseconds of compiled work a unit, so the bound is some 5 ms.
LIMIT = 2_000


class OverBudget(Exception):
    """Raised inside the readers when the call's budget is spent; ``_api`` turns it into the
    caller's error. Not a ``ParseError``: readers that catch a refusal of one reading to try
    another must not catch this."""


class Budget:
    """Units spent so far by one call, and what its readers have already found out about
    pieces of its text (``memo``)."""

    __slots__ = ("limit", "memo", "spent")

    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit
        self.spent = 0
        # Readers that try a text cut in many ways meet the same pieces again and again
        # ('3 days ago' inside every longer cut): each pure reading of a piece is kept here
        # for the rest of the call, and dropped with it, so nothing outlives one text.
        self.memo: dict[tuple[str, str, str | None], object] = {}

    def spend(self, units: int) -> None:
        self.spent += units
        if self.spent > self.limit:
            raise OverBudget


CURRENT: ContextVar[Budget | None] = ContextVar("localenorm_budget", default=None)


def spend(units: int = 1) -> None:
    """Count ``units`` of work against the current call's budget (none outside a call)."""
    budget = CURRENT.get()
    if budget is not None:
        budget.spend(units)


def memo() -> dict[tuple[str, str, str | None], object] | None:
    """The current call's store of readings of pieces of its text (``None`` outside a call)."""
    budget = CURRENT.get()
    return None if budget is None else budget.memo
