"""The phrase tables, one TOML file per language: well formed, no phrase twice, every label known
to the rules that read it."""

from __future__ import annotations

import json
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


class FakeFiles:
    """A package's files for lexicon to read: name -> text."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts

    def joinpath(self, name: str) -> FakeFiles.File:
        return FakeFiles.File(self.texts.get(name))

    class File:
        def __init__(self, text: str | None) -> None:
            self.text = text

        def is_file(self) -> bool:
            return self.text is not None

        def read_text(self, encoding: str) -> str:
            assert self.text is not None
            return self.text


def read_language(monkeypatch: pytest.MonkeyPatch, texts: dict[str, str]) -> lexicon.PhraseTable:
    monkeypatch.setattr(lexicon.resources, "files", lambda package: FakeFiles(texts))
    lexicon._parsed.cache_clear()
    lexicon.phrase_file.cache_clear()
    try:
        return lexicon.phrase_file("xx")
    finally:
        lexicon._parsed.cache_clear()
        lexicon.phrase_file.cache_clear()


def test_a_file_with_an_unknown_label_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="unknown labels"):
        read_language(monkeypatch, {"xx.toml": '[pitch]\n"teleshopping" = ["buy now"]\n'})


def test_a_built_wheels_json_is_read_instead_of_the_toml(monkeypatch: pytest.MonkeyPatch) -> None:
    toml = '[pitch]\n"services" = ["buy now"]\n'
    built = lexicon.as_json(toml)
    assert json.loads(built) == {"pitch": {"services": ["buy now"]}}
    assert read_language(monkeypatch, {"xx.toml": toml}) == {"pitch": {"services": ["buy now"]}}
    json_only = {"xx.toml": toml, "xx.json": built.replace("buy now", "order today")}
    assert read_language(monkeypatch, json_only) == {"pitch": {"services": ["order today"]}}


def test_language_files_extend_the_shared_word_lists() -> None:
    assert "je" in lexicon.NOT_A_NAME  # "Bonjour, je souhaiterais..." greets nobody called Je
    assert "congreso" in lexicon.EVENT_WORDS
    assert {"gracias", "merci"} <= lexicon.THANKS_OPENERS
