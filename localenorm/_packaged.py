"""The tables shipped in ``localenorm/_data``, read on first use and kept for the process.

They are immutable once loaded, so one copy serves every thread. Files are opened beside
this module rather than through ``importlib.resources``, which would add several
milliseconds to ``import localenorm`` for no gain: the package is always a directory.
"""

from __future__ import annotations

import functools
import json
import os
import threading
from collections.abc import Callable
from typing import Any, TypeVar

_DIR = os.path.join(os.path.dirname(__file__), "_data")
_T = TypeVar("_T")


def read_bytes(name: str) -> bytes:
    """The packaged file ``name`` as bytes."""
    with open(os.path.join(_DIR, name), "rb") as f:
        return f.read()


def read_json(name: str) -> Any:
    """The packaged JSON table ``name``."""
    return json.loads(read_bytes(name))


def once(build: Callable[[], _T]) -> Callable[[], _T]:
    """``build`` run on the first call only (under a lock, so two threads never both read a
    table), its value returned to every call after."""
    lock = threading.Lock()
    box: list[_T] = []

    @functools.wraps(build)
    def get() -> _T:
        if not box:
            with lock:
                if not box:
                    box.append(build())
        return box[0]

    return get
