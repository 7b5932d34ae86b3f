"""Everything the rules read, computed once per note, split by concern:

- `patterns`: the regular expressions and small helpers;
- `base.Reading`: the words, the language, the phrase matches, the clauses;
- `form.FormReading`: salutation, name, template slots;
- `content.ContentReading`: stock text, boilerplate, specific words, context, reason;
- `pitch.PitchReading`: whether the note sells;
- `Analysis` (here): all of them, plus the learned scores.

Each reading builds on the one before, so each can be tested on its own.
"""

from __future__ import annotations

from ..score.features import note_features
from ..score.linear import Score, score_all
from ..text import cached_property
from .patterns import PHRASES, PUNCTUATION_RUN_RE, SHOUT_RE
from .pitch import PitchReading

__all__ = ["PHRASES", "PUNCTUATION_RUN_RE", "SHOUT_RE", "Analysis"]


class Analysis(PitchReading):
    """The analysed note; each property is computed on first use."""

    @cached_property
    def scores(self) -> dict[str, Score]:
        """The learned scores (sales intent, could-go-to-anyone), with what carried each."""
        return score_all(note_features(self.note))
