"""The phrase matcher the rules are built on."""

from __future__ import annotations

import pytest

from checker.lexicon import phrase_tables
from checker.phrases import PhraseCatalogue, expand


def test_pattern_syntax_expands_alternatives_optional_words_and_joined_words() -> None:
    assert sorted(expand("i'd|i_would like to? go")) == sorted(
        [
            ("i'd", "like", "to", "go"),
            ("i'd", "like", "go"),
            ("i", "would", "like", "to", "go"),
            ("i", "would", "like", "go"),
        ]
    )


def test_each_set_keeps_its_own_longest_non_overlapping_matches() -> None:
    catalogue = PhraseCatalogue(
        {
            "a": {"short": ["keep in touch"], "long": ["keep in touch with * team"]},
            "b": {"touch": ["in touch"]},
        }
    )
    words = "i'd like to keep in touch with your team and keep in touch".split()
    found = catalogue.find_all(words)
    assert [(m.first, m.last, m.label) for m in found["a"]] == [(3, 8, "long"), (10, 12, "short")]
    assert [(m.first, m.last) for m in found["b"]] == [(4, 5), (11, 12)]


def test_a_wildcard_matches_exactly_one_word() -> None:
    catalogue = PhraseCatalogue({"x": {"join": ["join my * group"]}})
    assert catalogue.find_all("join my linkedin group".split())["x"]
    assert not catalogue.find_all("join my group".split())["x"]


def test_a_phrase_that_could_never_match_is_refused() -> None:
    with pytest.raises(ValueError, match="wildcard"):
        PhraseCatalogue({"offer": {"trial": ["* day free trial"]}})
    with pytest.raises(ValueError, match="wildcard"):
        PhraseCatalogue({"offer": {"trial": ["*? day free trial"]}})


def test_a_pattern_is_expanded_only_under_the_first_words_a_note_holds() -> None:
    # 5,000 x 5,000 alternatives: 25 million sequences, far too many to build at start-up
    firsts = "|".join(f"a{n}" for n in range(5000))
    seconds = "|".join(f"b{n}" for n in range(5000))
    catalogue = PhraseCatalogue({"x": {"pair": [f"{firsts} {seconds} end"]}})
    found = catalogue.find_all(["say", "a42", "b4999", "end", "a7", "b1"])
    assert [(m.first, m.last, m.label) for m in found["x"]] == [(1, 3, "pair")]


def trie_of_every_sequence(patterns: dict[str, dict[str, list[str]]]) -> dict[str, dict]:
    """First word -> its branch, as inserting every expanded sequence one by one builds it."""
    branches: dict[str, dict] = {}
    for category, groups in patterns.items():
        for label, sources in groups.items():
            for source in sources:
                for first, *rest in expand(source):
                    node = branches.setdefault(first, {})
                    for word in rest:
                        node = node.setdefault(word, {})
                    node.setdefault("\0end", {}).setdefault(category, label)
    return branches


def test_a_branch_is_built_slot_by_slot_as_its_sequences_would_build_it() -> None:
    # left-out leading slots, the first word again inside a joined option, a wildcard, the
    # same sequence from two patterns (the first one's label stays)
    patterns = {
        "x": {
            "one": ["a? a_b c", "hi|hello a?", "a * d|e_f", "b? a b"],
            "two": ["a b c", "a_b c|d"],
        },
        "y": {"three": ["a? b? a c"]},
    }
    catalogue = PhraseCatalogue(patterns)
    expected = trie_of_every_sequence(patterns)
    assert set(catalogue._starting) == set(expected)
    for first, branch in expected.items():
        assert catalogue._branch(first) == branch, first


def test_every_branch_of_the_phrase_tables_is_the_one_its_sequences_build() -> None:
    tables = phrase_tables()
    catalogue = PhraseCatalogue(tables)
    expected = trie_of_every_sequence(tables)
    assert set(catalogue._starting) == set(expected)
    differing = [first for first, branch in expected.items() if catalogue._branch(first) != branch]
    assert differing == []
