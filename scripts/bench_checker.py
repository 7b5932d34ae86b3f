"""Prints the checker's judgement on the frozen holdout, then how fast it is in CPython: per note
over the corpus, and on large inputs."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tools/, not installed

from checker import check
from tools.corpus import load, read_raw
from tools.evaluation import headline, judge, language_table, verdict_table

ROUNDS = 15
TARGET_MS = 0.3


def corpus_notes() -> list[dict]:
    return read_raw()


def print_holdout() -> None:
    judged = judge([note for note in load() if note.split == "holdout"], check)
    print("judgement on the frozen holdout (notes never tuned on)")
    print(f"  {headline(judged)}\n")
    for table in (verdict_table(judged), language_table(judged)):
        print("\n".join("  " + line for line in table.splitlines()) + "\n")


def run_note(note: dict) -> None:
    check(
        note["text"],
        mode=note.get("mode", "draft"),
        name=note.get("name"),
        limit=note.get("limit", 300),
    )


def median_seconds(action, rounds: int) -> float:
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def text_of_size(notes: list[dict], size: int) -> str:
    joined = " ".join(note["text"] for note in notes)
    return (joined * (size // len(joined) + 1))[:size]


def main() -> int:
    print_holdout()
    notes = corpus_notes()
    for note in notes:  # warm up imports and caches
        run_note(note)
    per_note = [median_seconds(lambda note=note: run_note(note), ROUNDS) for note in notes]
    typical = [
        seconds
        for note, seconds in zip(notes, per_note, strict=True)
        if 250 <= len(note["text"]) <= 300
    ]
    print(f"checker (CPython {sys.version.split()[0]})")
    print(
        f"  corpus: {len(notes)} notes, median {statistics.median(per_note) * 1e3:.3f} ms per "
        f"check, slowest {max(per_note) * 1e3:.3f} ms"
    )
    if typical:
        print(
            f"  250-300 character notes: median {statistics.median(typical) * 1e3:.3f} ms "
            f"(target < {TARGET_MS} ms)"
        )
    for size, rounds in ((10_000, 9), (100_000, 5), (1_000_000, 3)):
        text = text_of_size(notes, size)
        seconds = median_seconds(lambda text=text: check(text, name="Tom"), rounds)
        print(f"  {size // 1000:>5} KB of note text: {seconds * 1e3:8.1f} ms")
    for label, text in (
        ("1 MB of one repeated letter", "a" * 1_000_000),
        ("1 MB of '!'", "!" * 1_000_000),
        ("1 MB of brackets", "[" * 500_000 + "]" * 500_000),
    ):
        print(f"  {label}: {median_seconds(lambda text=text: check(text), 3) * 1e3:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
