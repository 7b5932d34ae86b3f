"""Phrase lists matched over word tokens (not regular expressions), so matching stays linear.

A pattern is words separated by spaces. In one slot, `a|b` gives alternatives, `_` joins words
inside an alternative (`i'd|i_would`), a trailing `?` makes the slot optional, and `*` matches any
one word. `(...)` is not supported: keep patterns flat and readable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, compress, islice, product
from operator import or_

_END = "\0end"
_ANY = "*"


@dataclass(frozen=True)
class PhraseMatch:
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    label: str


def _expand_slot(slot: str) -> list[tuple[str, ...]]:
    optional = slot.endswith("?") and len(slot) > 1
    body = slot[:-1] if optional else slot
    options = [tuple(alt.split("_")) for alt in body.split("|")]
    if optional:
        options.append(())
    return options


def expand(pattern: str) -> list[tuple[str, ...]]:
    """All the word sequences a pattern stands for."""
    slots = [_expand_slot(slot) for slot in pattern.split()]
    sequences = []
    for choice in product(*slots):
        words = tuple(word for part in choice for word in part)
        if words:
            sequences.append(words)
    return sequences


class PhraseCatalogue:
    """Several named phrase sets in one word trie, matched in a single pass over the words.

    Each set keeps its own semantics (longest match at each start, no overlaps within the set),
    but a megabyte of text is walked once rather than once per set."""

    def __init__(self, sets: Mapping[str, Mapping[str, Sequence[str]]]) -> None:
        self._root: dict = {}
        for category, groups in sets.items():
            for label, patterns in groups.items():
                for pattern in patterns:
                    for words in expand(pattern):
                        if words[0] == _ANY:
                            # matching starts only at real words: such a phrase would never match
                            raise ValueError(f"a phrase cannot start with a wildcard: {pattern!r}")
                        node = self._root
                        for word in words:
                            node = node.setdefault(word, {})
                        node.setdefault(_END, {}).setdefault(category, label)
        self.categories = tuple(sets)
        # A cheap first sieve: a phrase can start only at a word pair that opens some path in
        # the trie (or at a first word that is a phrase by itself, or is followed by "*").
        self._open_first = frozenset(
            first for first, node in self._root.items() if _END in node or _ANY in node
        )
        self._open_pairs = frozenset(
            (first, second)
            for first, node in self._root.items()
            for second in node
            if second != _END
        )

    def _longest_per_category(self, words: Sequence[str], start: int) -> dict[str, tuple[int, str]]:
        best: dict[str, tuple[int, str]] = {}
        count = len(words)
        stack = [(self._root[words[start]], start + 1)]
        while stack:
            node, position = stack.pop()
            ends = node.get(_END)
            if ends is not None:
                for category, label in ends.items():
                    known = best.get(category)
                    if known is None or position - 1 > known[0]:
                        best[category] = (position - 1, label)
            if position < count:
                child = node.get(words[position])
                if child is not None:
                    stack.append((child, position + 1))
                wildcard = node.get(_ANY)
                if wildcard is not None:
                    stack.append((wildcard, position + 1))
        return best

    def find_all(self, words: Sequence[str]) -> dict[str, list[PhraseMatch]]:
        found: dict[str, list[PhraseMatch]] = {category: [] for category in self.categories}
        resume_at = dict.fromkeys(self.categories, 0)
        following = chain(islice(words, 1, None), ("",))
        may_start = map(
            or_,
            map(self._open_first.__contains__, words),
            map(self._open_pairs.__contains__, zip(words, following, strict=True)),
        )
        for index in compress(range(len(words)), may_start):
            for category, (last, label) in self._longest_per_category(words, index).items():
                if index >= resume_at[category]:
                    found[category].append(PhraseMatch(index, last, label))
                    resume_at[category] = last + 1
        return found
