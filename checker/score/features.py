"""The word features a learned score reads. tools/train.py uses this same module, so training and
run time cannot drift apart.

A feature is a word stem (`w:`, the first five letters) or a pair of neighbouring stems (`b:`),
lower-case with accents removed and every digit written as 0: "15 minutes" and "20 minutes" are
one feature, and so are "demonstration", "démonstration" and "demonstração" (stems carry a word's
meaning across the languages we support better than whole words, measured by cross-validation
in tools/train.py). Each feature keeps the token span where it first occurs, so a finding can
mark the words that carried a score.
"""

from __future__ import annotations

import re

from ..text import Note, strip_accents

_DIGITS = re.compile(r"\d")
STEM_LETTERS = 5


def stem(word: str) -> str:
    return _DIGITS.sub("0", strip_accents(word))[:STEM_LETTERS]


def note_features(note: Note) -> dict[str, tuple[int, int]]:
    """Every feature of the note, mapped to its first token span (first, last inclusive)."""
    words = [stem(word) for word in note.words]
    features: dict[str, tuple[int, int]] = {}
    for index, word in enumerate(words):
        features.setdefault("w:" + word, (index, index))
    for index in range(len(words) - 1):
        features.setdefault(f"b:{words[index]} {words[index + 1]}", (index, index + 1))
    return features


def text_features(text: str) -> dict[str, tuple[int, int]]:
    return note_features(Note(text))
