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

from localenorm._tokenize import WORD_RUN


def render(table: dict[str, object]) -> str:
    return json.dumps(table, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def words(table: dict[str, object]) -> str:
    """Every word in ``table``'s keys and strings (its provenance aside), one per line, sorted:
    the vocabulary a table's readers check a word against before reading it at all."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.update(WORD_RUN.findall(value))
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key)
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    walk({k: v for k, v in table.items() if k != "about"})
    return "".join(w + "\n" for w in sorted(found))


def main(description: str, build: Callable[[], dict[str, object]], out: Path,
         root: Path, script: str,
         files: Callable[[dict[str, object]], dict[Path, str]] | None = None) -> int:
    """``--check`` exits 1 when a packaged file differs from a fresh build; otherwise rewrites
    them. ``files`` splits a table over several files (default: all of it in ``out``)."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--check", action="store_true", help="fail if the packaged table is stale")
    args = ap.parse_args()
    table = build()
    texts = files(table) if files is not None else {out: render(table)}
    stale = 0
    for path, text in texts.items():
        if args.check:
            current = path.read_text(encoding="utf-8") if path.exists() else ""
            if current != text:
                print(f"{path.relative_to(root)} is stale: run python {script}")
                stale = 1
            continue
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(root)}: {len(text):,} bytes")
    return stale
