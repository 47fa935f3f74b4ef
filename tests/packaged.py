"""Helpers for the tests of the packaged tables: the committed generator of a table, and
which tables a fresh interpreter reads, step by step."""

from __future__ import annotations

import importlib.util
import json
import pathlib
import subprocess
import sys
from types import ModuleType

ROOT = pathlib.Path(__file__).resolve().parent.parent

def generator(name: str) -> ModuleType:
    """``data/<name>.py``, the committed generator of a packaged table, as a module (``data``
    holds scripts, not a package to import)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "data" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ``open`` spied on: every table is opened through ``localenorm._packaged``.
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
