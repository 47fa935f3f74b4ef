"""What every table generator in data/ shares: one JSON rendering and one command line.

The rendering is what makes a regenerated table byte-identical to the packaged one (sorted
keys, compact separators, UTF-8 as is, a final newline), so the freshness tests can compare
bytes.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path


def render(table: dict[str, object]) -> str:
    return json.dumps(table, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def main(description: str, build: Callable[[], dict[str, object]], out: Path,
         root: Path, script: str) -> int:
    """``--check`` exits 1 when ``out`` differs from a fresh build; otherwise rewrites it."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--check", action="store_true", help="fail if the packaged table is stale")
    args = ap.parse_args()
    text = render(build())
    if args.check:
        current = out.read_text(encoding="utf-8") if out.exists() else ""
        if current != text:
            print(f"{out.relative_to(root)} is stale: run python {script}")
            return 1
        return 0
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out.relative_to(root)}: {len(text):,} bytes")
    return 0
