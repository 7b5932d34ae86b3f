"""The frozen holdout: notes the checker was never tuned on, judged as they come.

Holdout batches were written blind by helper sessions and are never used to change the checker,
the phrase tables or the learned weights (tools/train.py refuses them). A holdout note judged
wrongly is not fixed on: it is listed below by id, so this test still fails on any new serious
miss, and a fresh blind batch of the same kind is written to fix on (tests/corpus/SCOREBOARD.md).
"""

from __future__ import annotations

import pytest

from checker import check
from tools.corpus import load
from tools.evaluation import (
    Judgement,
    describe_miss,
    headline,
    judge,
    language_table,
    verdict_table,
)

# Accuracy on the whole holdout may not fall below this.
HOLDOUT_FLOOR = 0.0
# Serious misses (a good note judged otherwise, or a pitch or generic note judged personal) that
# were recorded when their batch was measured. Any other serious miss fails the test.
KNOWN_SERIOUS_MISSES: frozenset[str] = frozenset()


@pytest.fixture(scope="module")
def holdout() -> list[Judgement]:
    return judge([note for note in load() if note.split == "holdout"], check)


def test_holdout_accuracy_holds_its_floor(holdout: list[Judgement]) -> None:
    print(f"\nholdout: {headline(holdout)}\n{verdict_table(holdout)}\n\n{language_table(holdout)}")
    accuracy = sum(j.correct for j in holdout) / len(holdout)
    assert accuracy >= HOLDOUT_FLOOR, headline(holdout)


def test_no_new_serious_miss_on_the_holdout(holdout: list[Judgement]) -> None:
    new = [j for j in holdout if j.serious and j.note.id not in KNOWN_SERIOUS_MISSES]
    assert not new, f"{len(new)} new serious misses:\n" + "\n".join(describe_miss(j) for j in new)


def test_the_known_misses_are_still_misses(holdout: list[Judgement]) -> None:
    """Keeps the list honest: a note judged right now comes off it."""
    serious_now = {j.note.id for j in holdout if j.serious}
    mended = sorted(KNOWN_SERIOUS_MISSES - serious_now)
    assert not mended, f"judged right now, remove from KNOWN_SERIOUS_MISSES: {mended}"
