"""Fill in the scoreboard's "after" column: each batch measured with the checker as it is now.

    python -m tools.scoreboard

The "before" column is never touched: it was measured when the batch arrived.
"""

from __future__ import annotations

import re
import subprocess

from checker import check

from .corpus import ROOT, SCOREBOARD, load
from .evaluation import judge
from .import_batch import figure

_ROW = re.compile(r"^\| (?P<batch>\S+) \| (?P<rest>.*)\|(?P<after>[^|]*)\|$")


def current_commit() -> str:
    result = subprocess.run(
        ["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def main() -> int:
    by_batch: dict[str, list] = {}
    for note in load():
        by_batch.setdefault(note.batch, []).append(note)
    commit = current_commit()
    lines = []
    for line in SCOREBOARD.read_text(encoding="utf-8").splitlines():
        match = _ROW.match(line)
        if match and match["batch"] in by_batch:
            after = f"{figure(judge(by_batch[match['batch']], check))} at {commit}"
            line = f"| {match['batch']} | {match['rest']}| {after} |"
        lines.append(line)
    SCOREBOARD.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"updated {SCOREBOARD.relative_to(ROOT)} at {commit}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
