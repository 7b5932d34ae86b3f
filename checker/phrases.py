"""Phrase lists matched over word tokens (not regular expressions), so matching stays linear.

A pattern is words separated by spaces. In one slot, `a|b` gives alternatives, `_` joins words
inside an alternative (`i'd|i_would`), a trailing `?` makes the slot optional, and `*` matches any
one word. `(...)` is not supported: keep patterns flat and readable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import compress, product

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


Slots = tuple[tuple[tuple[str, ...], ...], ...]


def _first_words(slots: Slots) -> set[str]:
    """The words a pattern's sequences can start with, without listing the sequences."""
    firsts: set[str] = set()
    for options in slots:
        firsts.update(option[0] for option in options if option)
        if () not in options:
            break
    return firsts


def _sequences_from(slots: Slots, first: str) -> list[tuple[str, ...]]:
    """The sequences of `expand`, in its order, but only those that start with `first`: the
    others are pruned as soon as their first word is known."""
    found: list[tuple[str, ...]] = []

    def extend(index: int, words: tuple[str, ...]) -> None:
        if words and words[0] != first:
            return
        if index == len(slots):
            if words:
                found.append(words)
            return
        for option in slots[index]:
            extend(index + 1, words + option)

    extend(0, ())
    return found


class PhraseCatalogue:
    """Several named phrase sets in one word trie, matched in a single pass over the words.

    Each set keeps its own semantics (longest match at each start, no overlaps within the set),
    but a megabyte of text is walked once rather than once per set.

    The trie is grown one first word at a time, the first time a note holds that word: patterns
    with many alternatives stand for hundreds of thousands of sequences, and building them all
    at start-up cost most of a second (in the browser too). A branch holds exactly what the
    whole trie would hold under that word, inserted in the same order."""

    def __init__(self, sets: Mapping[str, Mapping[str, Sequence[str]]]) -> None:
        # first word -> the patterns that can start with it, in the order they were given
        self._starting: dict[str, list[tuple[str, str, Slots]]] = {}
        for category, groups in sets.items():
            for label, patterns in groups.items():
                for pattern in patterns:
                    slots = tuple(tuple(_expand_slot(slot)) for slot in pattern.split())
                    firsts = _first_words(slots)
                    if _ANY in firsts:
                        # matching starts only at real words: such a phrase would never match
                        raise ValueError(f"a phrase cannot start with a wildcard: {pattern!r}")
                    for first in firsts:
                        self._starting.setdefault(first, []).append((category, label, slots))
        self.categories = tuple(sets)
        self._branches: dict[str, dict] = {}

    def _branch(self, first: str) -> dict:
        """The trie under one first word, built on first use."""
        branch = self._branches.get(first)
        if branch is None:
            branch = {}
            for category, label, slots in self._starting[first]:
                for words in _sequences_from(slots, first):
                    node = branch
                    for word in words[1:]:
                        node = node.setdefault(word, {})
                    node.setdefault(_END, {}).setdefault(category, label)
            self._branches[first] = branch
        return branch

    def _may_start(self, words: Sequence[str], index: int) -> bool:
        """A cheap sieve: a phrase can start here only if the word opens a branch that ends
        there, goes on with any word, or goes on with the next word."""
        branch = self._branch(words[index])
        if _END in branch or _ANY in branch:
            return True
        return index + 1 < len(words) and words[index + 1] in branch

    def _longest_per_category(self, words: Sequence[str], start: int) -> dict[str, tuple[int, str]]:
        best: dict[str, tuple[int, str]] = {}
        count = len(words)
        stack = [(self._branch(words[start]), start + 1)]
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
        starting = self._starting
        for index in compress(range(len(words)), map(starting.__contains__, words)):
            if not self._may_start(words, index):
                continue
            for category, (last, label) in self._longest_per_category(words, index).items():
                if index >= resume_at[category]:
                    found[category].append(PhraseMatch(index, last, label))
                    resume_at[category] = last + 1
        return found
