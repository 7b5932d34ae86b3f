"""Bring a blind batch into the corpus and put its "before" figure on the scoreboard.

    python -m tools.import_batch --split holdout --before-checker ../baseline \
        --theme "..." /path/to/es2.toml

The batch is measured with the checker from `--before-checker` (a checkout of the commit the
batch was written against) before the file is copied, so the figure is taken before any change
made because of it. With `--on-arrival`, it is also measured with the checker of this checkout,
as it stands when the batch arrives (commit it first). Every note gets `batch` and `split`
fields; the text is not touched.
"""

from __future__ import annotations

import argparse
import datetime
import re
import subprocess
from pathlib import Path

from .corpus import BATCH_DIR, ROOT, SCOREBOARD, SPLITS, load, problems_with_entry, read_raw
from .evaluation import accuracy, judge
from .measure import import_checker, read_loose

_ID_LINE = re.compile(r'^id = "(?P<id>[a-z0-9-]+)"\s*$', re.MULTILINE)


def with_batch_fields(source: str, batch: str, split: str) -> str:
    """Adds `batch` and `split` after every note's id line (the text stays byte for byte)."""
    return _ID_LINE.sub(
        lambda match: f'{match.group(0)}\nbatch = "{batch}"\nsplit = "{split}"', source
    )


def figure(notes_judged: list) -> str:
    serious = sum(j.serious for j in notes_judged)
    right = sum(j.correct for j in notes_judged)
    return f"{right}/{len(notes_judged)} ({accuracy(notes_judged):.3f}), serious {serious}"


def commit_of(checkout: Path) -> str:
    """The checkout's commit, marked "-dirty" when it has uncommitted changes."""
    result = subprocess.run(
        ["git", "-C", str(checkout), "describe", "--always", "--dirty", "--abbrev=7"],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", type=Path)
    parser.add_argument("--split", choices=SPLITS, required=True)
    parser.add_argument("--before-checker", type=Path, required=True)
    parser.add_argument("--theme", required=True)
    parser.add_argument("--written", default=datetime.date.today().isoformat())
    parser.add_argument("--on-arrival", action="store_true", help="also measure with this checkout")
    options = parser.parse_args(argv)
    batch = options.file.stem.split(".")[0]
    target = BATCH_DIR / f"{batch}.toml"
    if target.exists():
        parser.error(f"{target} exists already")
    arrived = ""
    if options.on_arrival:
        here = judge(read_loose(options.file), import_checker(None))
        arrived = f"; {figure(here)} at {commit_of(ROOT)} (on arrival)"
    judged = judge(read_loose(options.file), import_checker(str(options.before_checker)))
    BATCH_DIR.mkdir(parents=True, exist_ok=True)
    target.write_text(
        with_batch_fields(options.file.read_text(encoding="utf-8"), batch, options.split),
        encoding="utf-8",
    )
    problems = [p for raw in read_raw([target]) for p in problems_with_entry(raw)]
    known_ids = {note.id for note in load() if note.batch != batch}
    problems += [f"{note.id}: id used elsewhere" for note in load([target]) if note.id in known_ids]
    if problems:
        target.unlink()
        parser.error("\n".join(problems))
    row = (
        f"| {batch} | {options.written} | {options.split} | {len(judged)} | {options.theme} "
        f"| {figure(judged)} at {commit_of(options.before_checker)}{arrived} | |\n"
    )
    with SCOREBOARD.open("a", encoding="utf-8") as board:
        board.write(row)
    print(row, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
