"""Languages: which one a note is in, and what the checker does with one it cannot read."""

from __future__ import annotations

import pytest

from checker import check
from checker.language import SUPPORTED_LANGUAGES, identify
from checker.text import Note

SAMPLES = [
    ("en", "Hi Tom, great meeting you at PyCon on Friday. I'd like to keep in touch."),
    ("es", "Hola Lucía, nos conocimos en la PyCon de Valencia. ¡Seguimos en contacto!"),
    ("fr", "Bonjour Claire, ravi d'avoir échangé avec vous au salon VivaTech mardi."),
    ("de", "Hallo Jonas, schön, dich beim Berliner Python-Meetup getroffen zu haben."),
    ("pt", "Olá Beatriz, adorei a sua palestra no Web Summit. Gostaria de manter contato."),
    ("it", "Ciao Ada, ci siamo conosciuti alla PyCon di Firenze e abbiamo parlato del tuo talk."),
    ("nl", "Hoi Daan, we spraken elkaar op de DevOpsDays. Ik hoop dat we in contact blijven."),
    ("pl", "Cześć Ada, poznałyśmy się na meetupie Pythona w Krakowie we wtorek i rozmawiałyśmy."),
    ("ru", "Привет, Ада! Мы встретились на конференции в Москве."),
    ("ja", "こんにちは、先週の勉強会でお会いしました。"),
]


@pytest.mark.parametrize(("code", "text"), SAMPLES)
def test_identifies_the_language(code: str, text: str) -> None:
    assert identify(Note(text).words, text).code == code


def test_a_short_note_with_no_clue_counts_as_english() -> None:
    assert identify(Note("Hi Ana!").words, "Hi Ana!").code == "en"


def test_at_least_the_seven_languages_are_supported() -> None:
    assert {"en", "es", "fr", "de", "pt", "it", "nl"} <= set(SUPPORTED_LANGUAGES)


def test_an_unsupported_language_gets_no_content_verdict() -> None:
    text = "Cześć Ada, poznałyśmy się na meetupie Pythona w Krakowie we wtorek. Pozdrawiam!"
    report = check(text, name="Ada").to_dict()
    assert report["verdict"] == "not-judged"
    assert report["language"] == {"code": "pl", "name": "Polish", "supported": False}
    statuses = {row["rule"]: row["status"] for row in report["rules"]}
    for content_rule in ("context", "reason", "boilerplate", "greeting", "tone"):
        assert statuses[content_rule] == "skipped"
    assert statuses["length"] == "pass"
    assert "can't read this language" in report["summary"]


def test_language_free_rules_still_decide_in_an_unsupported_language() -> None:
    slot = check("Cześć [Imię], zapraszam do kontaktu i pozdrawiam serdecznie.").to_dict()
    assert slot["verdict"] == "generic"
    link = check("Cześć Ada, zapraszam na webinar: calendly.com/jan/demo i pozdrawiam.").to_dict()
    assert link["verdict"] == "pitch"
    long_note = check("Cześć Ada, " + "pozdrawiam serdecznie z Krakowa. " * 10, limit=200)
    assert long_note.verdict == "not-judged"
    assert any(f.rule == "length" for f in long_note.findings)
