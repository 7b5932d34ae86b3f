"""Which language a note is written in, from its function words and its script.

Pure Python and deliberately simple: the checker only needs to know whether a note is in one of
the languages its phrase lists and model cover, and which. Short notes with too few clues count
as English, the language of most of the corpus; they hold little content to misjudge.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from .data import load_json

DEFAULT_LANGUAGE = "en"
# Fewer function words than this and the note is too short to tell.
_CLUES_NEEDED = 2.0
# Another language must beat the best supported one by this factor to be believed.
_UNSUPPORTED_MARGIN = 1.5
_SCRIPT_SHARE = 0.3
# Enough text to tell a language by; a pasted megabyte is read for its start.
_SAMPLE_CHARACTERS = 4000


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    supported: bool

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "name": self.name, "supported": self.supported}


@cache
def _profiles() -> tuple[dict[str, tuple[tuple[str, float], ...]], dict[str, str]]:
    data = load_json("languages.json")
    owners: dict[str, list[str]] = defaultdict(list)
    for code, words in data["function_words"].items():
        for word in words:
            owners[word].append(code)
    weights = {
        word: tuple((code, 1 / len(codes)) for code in codes) for word, codes in owners.items()
    }
    return weights, data["names"]


@cache
def _non_latin() -> re.Pattern[str]:
    """Any letter in one of the scripts that name a language."""
    ranges = "".join(f"\\u{low:04x}-\\u{high:04x}" for _, low, high in _scripts())
    return re.compile(f"[{ranges}]")


@cache
def _scripts() -> tuple[tuple[str, int, int], ...]:
    return tuple(
        (code, int(low, 16), int(high, 16))
        for code, low, high in load_json("languages.json")["scripts"]
    )


SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(load_json("languages.json")["supported"])


def language_named(code: str) -> Language:
    _, names = _profiles()
    return Language(code, names.get(code, code), code in SUPPORTED_LANGUAGES)


def _script_language(text: str) -> str | None:
    """A language its script gives away (Cyrillic, Greek, Arabic, CJK...), when most letters
    are in it."""
    if text.isascii() or _non_latin().search(text) is None:
        return None
    counts: dict[str, int] = defaultdict(int)
    letters = 0
    scripts = _scripts()
    for char in text:
        if not char.isalpha():
            continue
        letters += 1
        if char.isascii():
            continue
        point = ord(char)
        for code, low, high in scripts:
            if low <= point <= high:
                counts[code] += 1
                break
    if not counts:
        return None
    code, count = max(counts.items(), key=lambda item: item[1])
    return code if count >= letters * _SCRIPT_SHARE else None


def identify(words: list[str], text: str) -> Language:
    """The note's language, from its folded words and its raw text."""
    by_script = _script_language(text[:_SAMPLE_CHARACTERS])
    if by_script is not None:
        return language_named(by_script)
    weights, _ = _profiles()
    supported = SUPPORTED_LANGUAGES  # in order, so a tie is settled the same way every run
    scores: dict[str, float] = defaultdict(float)
    for word in words[: _SAMPLE_CHARACTERS // 4]:
        entry = weights.get(word)
        if entry is not None:
            for code, weight in entry:
                scores[code] += weight
    if not scores:
        return language_named(DEFAULT_LANGUAGE)
    best_supported = max(supported, key=lambda code: (scores[code], code == DEFAULT_LANGUAGE))
    best = max(scores, key=lambda code: scores[code])
    if scores[best] < _CLUES_NEEDED:
        # a short note: believe another supported language only when no English word is in it
        if best in supported and scores[DEFAULT_LANGUAGE] == 0 and scores[best] >= 1:
            return language_named(best)
        return language_named(DEFAULT_LANGUAGE)
    if best not in supported and scores[best] >= _UNSUPPORTED_MARGIN * max(
        scores[best_supported], 1.0
    ):
        return language_named(best)
    return language_named(best_supported)
