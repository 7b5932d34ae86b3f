"""The note as every reading sees it: its words, its language, its phrase matches, its clauses."""

from __future__ import annotations

from bisect import bisect_left

from ..language import Language, identify
from ..phrases import PhraseMatch
from ..text import Note, cached_property
from .patterns import CLAUSE_MARKS, PHRASES, Guarded


class Reading:
    """The analysed note; each property is computed on first use."""

    def __init__(self, note: Note) -> None:
        self.note = note

    @cached_property
    def language(self) -> Language:
        return identify(self.note.words, self.note.text)

    @cached_property
    def _phrases(self) -> dict[str, list[PhraseMatch]]:
        return PHRASES.find_all(self.note.words)

    @cached_property
    def _clause_starts(self) -> list[int]:
        """For each word, the index of the first word of its clause (after a comma, a full
        stop, a dash or an emoji)."""
        spans, text = self.note.spans, self.note.text
        starts = [0] * len(spans)
        for index in range(1, len(spans)):
            gap = text[spans[index - 1][1] : spans[index][0]]
            breaks = gap != " " and CLAUSE_MARKS.search(gap) is not None
            starts[index] = index if breaks else starts[index - 1]
        return starts

    def _regex_matches(self, pattern: Guarded, label: str) -> list[PhraseMatch]:
        """Regex hits on the text, as one-word matches on the word at (or after) each hit."""
        found = []
        for hit in pattern.finditer(self.note.text):
            index = bisect_left(self.note.spans, (hit.start(), hit.start()))
            if index < len(self.note.words):
                found.append(PhraseMatch(index, index, label))
        return found
