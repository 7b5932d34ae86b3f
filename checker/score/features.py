"""The word features a learned score reads. tools/train.py uses this same module, so training and
run time cannot drift apart.

A feature is a word stem (`w:`, the first five letters) or a pair of neighbouring stems (`b:`),
lower-case with accents removed and every digit written as 0: "15 minutes" and "20 minutes" are
one feature, and so are "demonstration", "démonstration" and "demonstração" (stems carry a word's
meaning across the languages we support better than whole words, measured by cross-validation
in tools/train.py). Each feature keeps the index of the word where it first occurs, so a
finding can mark the words that carried a score.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from ..text import Note, strip_accents

STEM_LETTERS = 5
# A connection note is a few dozen words; past this many, more words change no judgement and
# only cost time (a pasted megabyte is read for its first words).
MAX_WORDS = 2000
_DIGITS_TO_ZERO = str.maketrans("123456789", "000000000")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    return strip_accents(word).translate(_DIGITS_TO_ZERO)[:STEM_LETTERS]


def note_features(note: Note) -> dict[str, int]:
    """Every feature of the note, mapped to the index of the first word it starts at."""
    words = [stem(word) for word in note.words[:MAX_WORDS]]
    count = len(words)
    # built back to front, so each feature keeps the index of its first occurrence
    unigrams = dict(zip(map("w:".__add__, reversed(words)), range(count - 1, -1, -1), strict=True))
    pairs = [f"b:{first} {second}" for first, second in pairwise(words)]
    bigrams = dict(zip(reversed(pairs), range(len(pairs) - 1, -1, -1), strict=True))
    return unigrams | bigrams


def feature_span(feature: str, first: int) -> tuple[int, int]:
    """The token indexes a feature covers: one word, or a pair."""
    return (first, first + 1) if feature.startswith("b:") else (first, first)


def text_features(text: str) -> dict[str, int]:
    return note_features(Note(text))
