"""Fill in the scoreboard's "after" column: each batch measured with the checker as it is now.

    python -m tools.scoreboard

The "before" column is never touched: it was measured when the batch arrived.
"""

from __future__ import annotations

import re

from checker import check

from .corpus import ROOT, SCOREBOARD, load
from .evaluation import judge
from .import_batch import commit_of, figure

_ROW = re.compile(r"^\| (?P<batch>\S+) \| (?P<rest>.*)\|(?P<after>[^|]*)\|$")


def main() -> int:
    by_batch: dict[str, list] = {}
    for note in load():
        by_batch.setdefault(note.batch, []).append(note)
    commit = commit_of(ROOT)
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
