"""How often each rule, signal and meta-rule fires, by label: the spirit of SpamAssassin's
hit-frequencies. A rule that fires on good notes nearly as often as on bad ones earns little.

    python -m tools.rule_stats            # training notes (the default)
    python -m tools.rule_stats --split holdout

Columns: the share of pitch, generic, needs-work and personal notes on which it fires, and
"S/O": the share of its hits that land on the notes it is meant for (pitch for pitch signals,
not-personal for rules), a rough precision.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Iterable

from checker import check

from .corpus import VERDICTS, load

BLOCKING = ("error", "warning")


def fired_names(report: dict) -> Iterable[str]:
    """Everything in a report that fired: rules (with a blocking finding), signals, meta-rule."""
    for finding in report["findings"]:
        if finding["severity"] in BLOCKING:
            yield f"rule:{finding['rule']}"
    for signal in report["signals"]:
        yield f"signal:{signal['id']}"
    yield f"decided:{report['decided_by']['id']}"


def meant_for(name: str, verdict: str) -> bool:
    if name.startswith(("signal:", "rule:pitch")) and "could-go" not in name:
        return verdict == "pitch"
    return verdict != "personal"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=("train", "holdout"), default="train")
    options = parser.parse_args(argv)
    notes = [note for note in load() if note.split == options.split]
    per_label = Counter(note.verdict for note in notes)
    hits: dict[str, Counter[str]] = defaultdict(Counter)
    for note in notes:
        report = check(note.text, **note.check_options()).to_dict()
        for name in set(fired_names(report)):
            hits[name][note.verdict] += 1
    header = "".join(f"{verdict:>12}" for verdict in VERDICTS)
    print(f"{options.split}: {len(notes)} notes\n{'fires':<34}{header}{'S/O':>8}")
    for name in sorted(hits, key=lambda n: (n.split(":")[0], -sum(hits[n].values()))):
        counts = hits[name]
        shares = "".join(f"{counts[v] / per_label[v]:>12.1%}" for v in VERDICTS)
        total = sum(counts.values())
        precision = sum(n for v, n in counts.items() if meant_for(name, v)) / total
        print(f"{name:<34}{shares}{precision:>8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
