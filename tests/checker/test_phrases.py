"""The phrase matcher the rules are built on."""

from __future__ import annotations

import pytest

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
