"""Which packaged tables a fresh interpreter reads, step by step (``open`` spied on: every
table is opened through ``localenorm._packaged``). Shared by the freshness tests of the
tables, which also check that nothing is read at import."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent

_PRELUDE = """
import builtins, json
seen = []
real = builtins.open
def spy(f, *a, **k):
    seen.append(str(f))
    return real(f, *a, **k)
builtins.open = spy
def tables():
    return sorted({s.rsplit('/', 1)[-1] for s in seen if '_data' in s})
steps = []
import localenorm
steps.append(tables())
"""


def tables_read(calls: list[str]) -> list[list[str]]:
    """The packaged files read so far after the import and after each of ``calls`` (Python
    expressions run in order in one fresh interpreter)."""
    code = _PRELUDE + "".join(f"{call}\nsteps.append(tables())\n" for call in calls) + \
        "print(json.dumps(steps))\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT)
    return json.loads(out.stdout)  # type: ignore[no-any-return]
