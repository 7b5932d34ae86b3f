"""Measure the checker on labelled notes: `python -m tools.measure [--checker DIR] FILE...`.

With no file, measures the whole corpus split by split. `--checker DIR` imports the checker
from another checkout (say, a worktree of an earlier commit) to take a "before" figure.
`--misses` lists every note judged otherwise.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tomllib
from pathlib import Path
from typing import Any

from .corpus import LabelledNote, load, to_labelled_note
from .evaluation import describe_miss, headline, judge, language_table, verdict_table


def read_loose(path: Path) -> list[LabelledNote]:
    """A batch file as a writer hands it in: `batch` and `split` may still be missing."""
    with path.open("rb") as batch_file:
        entries: list[dict[str, Any]] = tomllib.load(batch_file).get("note", [])
    defaults = {"batch": path.stem.split(".")[0], "split": "train", "lang": "en"}
    return [to_labelled_note({**defaults, **entry}) for entry in entries]


def import_checker(root: str | None) -> Any:
    if root:
        sys.path.insert(0, str(Path(root).resolve()))
        for module in [name for name in sys.modules if name.split(".")[0] == "checker"]:
            del sys.modules[module]
    return importlib.import_module("checker").check


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--checker", help="import the checker from this checkout")
    parser.add_argument("--misses", action="store_true", help="list every note judged otherwise")
    parser.add_argument("--split", choices=("train", "holdout"), help="only this split")
    options = parser.parse_args(argv)
    check = import_checker(options.checker)
    groups: dict[str, list[LabelledNote]] = {}
    if options.files:
        for path in options.files:
            groups[path.stem.split(".")[0]] = read_loose(path)
    else:
        for note in load():
            if options.split in (None, note.split):
                groups.setdefault(note.split, []).append(note)
    for title, notes in groups.items():
        judged = judge(notes, check)
        print(f"== {title}: {headline(judged)}")
        if options.misses:
            for judgement in judged:
                if not judgement.correct:
                    print(describe_miss(judgement))
    if len(groups) > 1 or not options.files:
        everything = [note for notes in groups.values() for note in notes]
        judged = judge(everything, check)
        title = options.split or "all"
        tables = f"{verdict_table(judged)}\n\n{language_table(judged)}"
        print(f"\n== {title}: {headline(judged)}\n{tables}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
