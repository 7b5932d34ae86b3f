"""The analysed note: folded text, word tokens and offsets, computed once per check."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, NamedTuple, TypeVar, overload

from .model import PREMIUM_LIMIT, Mode, Span

# A word: letters/digits, with inner apostrophes kept ("i'd", "o'brien").
WORD_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
SENTENCE_BREAK_RE = re.compile(r"[.!?;\n]+|\s[-–—]\s")
URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"]{1,2000}"
    r"|\b[a-z0-9-]{1,63}\.(?:com|io|ly|ee|co|me|net|org|no|uk|de|fr|kr|ai|app|dev|to|in|us|ca|au"
    r"|nz|ie|es|it|nl|se|fi|pl|pt|br|jp|sg|za|ng|ke|xyz|site|online|shop|link|page)/[^\s<>\"]{0,2000}"
)

_Value = TypeVar("_Value")


class cached_property(Generic[_Value]):
    """functools.cached_property without its per-instance lock (Python 3.11 takes one on every
    first access; a note's analysis is never shared between threads). After the first access
    the value sits in the instance's __dict__, so later reads do not reach this descriptor."""

    def __init__(self, func: Callable[[Any], _Value]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_property[_Value]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _Value: ...
    def __get__(
        self, instance: object | None, owner: type | None = None
    ) -> _Value | cached_property[_Value]:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")
_APOSTROPHE_MARKS = ("’", "‘", "ʼ", "`", "´")
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
    lowered = _straighten_apostrophes(text.lower())
    if len(lowered) == len(text):
        return lowered
    # A few capitals lower-case to two characters ("İ" -> "i̇"): fold those to one, then lower.
    expanding: dict[str | int, str | int | None] = {
        char: char.lower()[0] for char in set(text) if len(char.lower()) != 1
    }
    return _straighten_apostrophes(text.translate(str.maketrans(expanding)).lower())


def _straighten_apostrophes(text: str) -> str:
    # str.replace for the few marks actually present is much faster than translate() per char.
    for mark in _APOSTROPHE_MARKS:
        if mark in text:
            text = text.replace(mark, "'")
    return text


def strip_accents(word: str) -> str:
    """'Zoë' -> 'zoe', 'Łukasz' -> 'lukasz': for comparing names with diacritics optional."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.casefold().translate(_LETTER_FOLDS))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class Token(NamedTuple):
    text: str  # as written
    folded: str  # lower-case, straight apostrophes
    start: int
    end: int

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


class Tokens(Sequence[Token]):
    """The note's words as Token objects, made on demand: a megabyte of text has ~200,000 words
    and most rules only look at a handful of them."""

    def __init__(self, note: Note) -> None:
        self._note = note

    def __len__(self) -> int:
        return len(self._note.words)

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> list[Token]: ...

    def __getitem__(self, index: int | slice) -> Token | list[Token]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        note = self._note
        if index < 0:
            index += len(note.words)
        start, end = note.spans[index]
        return Token(note.text[start:end], note.words[index], start, end)


@dataclass
class Note:
    """A note and the options it is checked under, with the analysis every rule reads."""

    text: str
    mode: Mode = "draft"
    name: str | None = None
    limit: int = PREMIUM_LIMIT
    _astral: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._astral = [match.start() for match in ASTRAL_RE.finditer(self.text)]

    @cached_property
    def folded(self) -> str:
        return fold_case(self.text)

    @cached_property
    def words(self) -> list[str]:
        """The folded words, in order."""
        return WORD_RE.findall(self.folded)

    @cached_property
    def spans(self) -> list[tuple[int, int]]:
        return [match.span() for match in WORD_RE.finditer(self.folded)]

    @cached_property
    def tokens(self) -> Tokens:
        return Tokens(self)

    @cached_property
    def _sentence_breaks(self) -> list[int]:
        return [match.end() for match in SENTENCE_BREAK_RE.finditer(self.folded)]

    def sentence_at(self, offset: int) -> int:
        """Which sentence (counting from 0) the character at this offset belongs to."""
        return bisect_left(self._sentence_breaks, offset + 1)

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
        return self.spans[first][0], self.spans[last][1]
