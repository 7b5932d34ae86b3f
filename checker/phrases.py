"""Phrase lists matched over word tokens (not regular expressions), so matching stays linear.

A pattern is words separated by spaces. In one slot, `a|b` gives alternatives, `_` joins words
inside an alternative (`i'd|i_would`), a trailing `?` makes the slot optional, and `*` matches any
one word. `(...)` is not supported: keep patterns flat and readable.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress, product

_END = "\0end"
_ANY = "*"


@dataclass(frozen=True)
class PhraseMatch:
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    label: str


def _alternatives(slot: str) -> tuple[list[str], bool]:
    """A slot's alternatives as written ("i'd", "i_would"), and whether it may be left out."""
    optional = slot.endswith("?") and len(slot) > 1
    body = slot[:-1] if optional else slot
    return body.split("|"), optional


def _expand_slot(slot: str) -> list[tuple[str, ...]]:
    alternatives, optional = _alternatives(slot)
    options = [tuple(alt.split("_")) for alt in alternatives]
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


class _Pattern:
    """One pattern of a set. Its slots are expanded on first use: a catalogue is built at import,
    and most patterns are only ever needed for the words they can start with."""

    __slots__ = ("_expanded", "category", "label", "source")

    def __init__(self, category: str, label: str, source: list[str]) -> None:
        self.category = category
        self.label = label
        self.source = source  # the pattern's slots as written
        self._expanded: Slots | None = None

    @property
    def slots(self) -> Slots:
        if self._expanded is None:
            self._expanded = tuple(tuple(_expand_slot(slot)) for slot in self.source)
        return self._expanded

    def first_words(self) -> set[str]:
        """The words its sequences can start with: the first slot's words, and the next slot's
        while the slots before it are optional. Expands only those slots."""
        firsts: set[str] = set()
        for slot in self.source:
            alternatives, optional = _alternatives(slot)
            firsts.update(alternative.split("_", 1)[0] for alternative in alternatives)
            if not optional:
                break
        return firsts


def _insert(branch: dict, first: str, pattern: _Pattern) -> None:
    """Adds every sequence of `pattern` that starts with `first` to the trie under `first`, slot
    by slot: each slot's options extend every node the slots before it reached, so a prefix that
    many sequences share is walked once, not once per sequence. The trie is the one that
    inserting the sequences one by one would build."""
    reached: dict[int, dict] = {}  # the nodes the slots so far lead to, by identity
    no_word_yet = True  # every slot so far may be left out
    for options in pattern.slots:
        following: dict[int, dict] = {}
        for option in options:
            if no_word_yet and option and option[0] == first:
                _extend(branch, option[1:], following)  # the branch itself is the first word
            for node in reached.values():
                _extend(node, option, following)
        no_word_yet = no_word_yet and () in options
        reached = following
    for node in reached.values():
        node.setdefault(_END, {}).setdefault(pattern.category, pattern.label)


def _extend(node: dict, words: tuple[str, ...], reached: dict[int, dict]) -> None:
    for word in words:
        node = node.setdefault(word, {})
    reached[id(node)] = node


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
        self._starting: dict[str, list[_Pattern]] = {}
        for category, groups in sets.items():
            for label, patterns in groups.items():
                for source in patterns:
                    pattern = _Pattern(category, label, source.split())
                    firsts = pattern.first_words()
                    if _ANY in firsts:
                        # matching starts only at real words: such a phrase would never match
                        raise ValueError(f"a phrase cannot start with a wildcard: {source!r}")
                    for first in firsts:
                        self._starting.setdefault(first, []).append(pattern)
        self.categories = tuple(sets)
        self._branches: dict[str, dict] = {}

    def _branch(self, first: str) -> dict:
        """The trie under one first word, built on first use."""
        branch = self._branches.get(first)
        if branch is None:
            branch = {}
            for pattern in self._starting[first]:
                _insert(branch, first, pattern)
            self._branches[first] = branch
        return branch

    def prepare(self, words: Iterable[str]) -> None:
        """Builds the branches of these first words now (those no pattern starts with are
        skipped), so that the first notes holding them are checked without waiting."""
        for word in words:
            if word in self._starting:
                self._branch(word)

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
