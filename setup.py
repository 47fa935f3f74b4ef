"""Build: the package's pure-Python stages, compiled to C extensions with mypyc when it can.

The modules compile unchanged from the same typed source (``mypy --strict`` holds it), so
the installed package is the same code either way; compiled, a first reading is about 2.3
times as fast (see the README's Speed section). Where compiling is not possible (no C
compiler) or not wanted (``LOCALENORM_PURE_PYTHON=1``), the package installs as plain
Python.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent

# Modules left as Python: the package's entry points (``__init__``'s lazy ``__getattr__``,
# the CLI and its ``locale``/``number`` commands, and ``_checked``, which must see arguments
# of any type), and ``_result``: callers keep, copy and pickle ParseResult as an ordinary
# frozen dataclass (its constructor writes its slots directly for speed, which compiled
# classes do not allow). And the pipeline modules, which take arbitrary objects (columns of
# any type) or import the optional libraries of the extras (pandas, pyarrow, polars,
# pyspark, tqdm).
_INTERPRETED = {"__init__.py", "__main__.py", "cli.py", "_cli_locale.py", "_checked.py",
                "_result.py", "_many.py", "_cliio.py", "_convert.py", "_frames.py",
                "pandas.py", "arrow.py", "polars.py", "spark.py"}


def _compiled_modules() -> list[str]:
    return sorted(
        f"localenorm/{path.name}"
        for path in (HERE / "localenorm").glob("*.py")
        if path.name not in _INTERPRETED
    )


class _OptionalBuildExt(build_ext):
    """Build the extensions, or none of them: every module has its Python source beside
    it, which is what gets imported when its extension is missing (a compiled module
    without the shared library they all need would not import)."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # (any compiler failure: install as Python)
            for built in self.get_outputs():
                if os.path.exists(built):
                    os.remove(built)
            print(f"localenorm: not compiled ({exc}); installing as plain Python",
                  file=sys.stderr)


def _extensions() -> list[object]:
    if os.environ.get("LOCALENORM_PURE_PYTHON") == "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        return []
    try:
        return list(mypycify(_compiled_modules(), opt_level="3", group_name="localenorm"))
    except (Exception, SystemExit) as exc:  # (mypyc refused, e.g. a type error: as Python)
        print(f"localenorm: not compiled ({exc}); installing as plain Python", file=sys.stderr)
        return []


setup(ext_modules=_extensions(), cmdclass={"build_ext": _OptionalBuildExt})
