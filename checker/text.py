"""The analysed note: folded text, word tokens and offsets, computed once per check."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from .model import Mode, Span

# A word: letters/digits, with inner apostrophes kept ("i'd", "o'brien").
WORD_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
SENTENCE_BREAK_RE = re.compile(r"[.!?;\n]+|\s[-–—]\s")
URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"]{1,2000}"
    r"|\b[a-z0-9-]{1,63}\.(?:com|io|ly|ee|co|me|net|org)/[^\s<>\"]{0,2000}"
)

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
# Letters that NFKD does not split into a base letter and a mark.
_LETTER_FOLDS = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ħ": "h",
        "ı": "i",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ð": "d",
    }
)


def fold_case(text: str) -> str:
    """Lower-case with one output character per input character, so offsets carry over."""
    lowered = text.lower().translate(_APOSTROPHES)
    if len(lowered) == len(text):
        return lowered
    return "".join(_fold_char(char) for char in text)


def _fold_char(char: str) -> str:
    lowered = char.lower().translate(_APOSTROPHES)
    return lowered if len(lowered) == 1 else char


def strip_accents(word: str) -> str:
    """'Zoë' -> 'zoe', 'Łukasz' -> 'lukasz': for comparing names with diacritics optional."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().translate(_LETTER_FOLDS))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class Token(NamedTuple):
    text: str  # as written
    folded: str  # lower-case, straight apostrophes
    start: int
    end: int
    sentence: int

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


@dataclass
class Note:
    """A note and the options it is checked under, with the analysis every rule reads."""

    text: str
    mode: Mode = "draft"
    name: str | None = None
    limit: int = 300
    _astral: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._astral = [index for index, char in enumerate(self.text) if ord(char) > 0xFFFF]

    @cached_property
    def folded(self) -> str:
        return fold_case(self.text)

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        breaks = [match.end() for match in SENTENCE_BREAK_RE.finditer(self.folded)]
        tokens = []
        for match in WORD_RE.finditer(self.folded):
            start, end = match.span()
            sentence = bisect_left(breaks, start + 1)
            tokens.append(Token(self.text[start:end], match.group(), start, end, sentence))
        return tuple(tokens)

    @cached_property
    def words(self) -> tuple[str, ...]:
        return tuple(token.folded for token in self.tokens)

    @property
    def length(self) -> int:
        return len(self.text)

    @property
    def length_utf16(self) -> int:
        return len(self.text) + len(self._astral)

    def utf16_offset(self, index: int) -> int:
        """JavaScript's index for a code-point index: astral characters take two UTF-16 units."""
        return index + bisect_left(self._astral, index)

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.utf16_offset(start), self.utf16_offset(end))

    def token_span(self, first: int, last: int) -> tuple[int, int]:
        """Code-point span covering tokens first..last inclusive."""
        return self.tokens[first].start, self.tokens[last].end

    def sentence_of(self, token_index: int) -> int:
        return self.tokens[token_index].sentence
