"""The phrase tables, one TOML file per language: well formed, no phrase twice, every label known
to the rules that read it."""

from __future__ import annotations

from collections import Counter

import pytest

from checker import lexicon
from checker.phrases import expand
from checker.rules.pitch import _KIND_MESSAGES


@pytest.mark.parametrize("language", lexicon.PHRASE_FILES)
def test_each_language_file_loads_with_known_categories_and_labels(language: str) -> None:
    table = lexicon.phrase_file(language)
    for category, groups in table.items():
        assert set(groups) <= set(lexicon.PHRASE_LABELS[category]), (language, category)


@pytest.mark.parametrize("language", lexicon.PHRASE_FILES)
def test_no_phrase_is_listed_twice_in_a_category(language: str) -> None:
    for category, groups in lexicon.phrase_file(language).items():
        patterns = Counter(pattern for patterns in groups.values() for pattern in patterns)
        twice = [pattern for pattern, count in patterns.items() if count > 1]
        assert not twice, f"{language}.toml [{category}] lists twice: {twice}"


def test_no_phrase_starts_with_a_wildcard_or_expands_to_nothing() -> None:
    for category, groups in lexicon.phrase_tables().items():
        for label, patterns in groups.items():
            for pattern in patterns:
                sequences = expand(pattern)
                assert sequences, (category, label, pattern)
                assert all(words[0] != "*" for words in sequences), (category, label, pattern)


def test_every_pitch_label_has_a_message() -> None:
    labels = {
        label
        for category in ("pitch", "pitch-ask", "pitch-soft-ask", "pitch-offer", "pitch-weak-offer")
        for label in lexicon.PHRASE_LABELS[category]
    }
    assert labels <= set(_KIND_MESSAGES)


def test_a_file_with_an_unknown_label_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeFile:
        def read_text(self, encoding: str) -> str:
            return '[pitch]\n"teleshopping" = ["buy now"]\n'

    class FakeFiles:
        def joinpath(self, name: str) -> FakeFile:
            return FakeFile()

    monkeypatch.setattr(lexicon.resources, "files", lambda package: FakeFiles())
    lexicon.phrase_file.cache_clear()
    try:
        with pytest.raises(ValueError, match="unknown labels"):
            lexicon.phrase_file("xx")
    finally:
        lexicon.phrase_file.cache_clear()


def test_language_files_extend_the_shared_word_lists() -> None:
    assert "je" in lexicon.NOT_A_NAME  # "Bonjour, je souhaiterais..." greets nobody called Je
    assert "congreso" in lexicon.EVENT_WORDS
    assert {"gracias", "merci"} <= lexicon.THANKS_OPENERS
