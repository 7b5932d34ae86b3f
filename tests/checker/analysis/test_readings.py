"""Each reading of the analysis on its own: form, content, pitch."""

from __future__ import annotations

from checker.analysis.content import ContentReading
from checker.analysis.form import FormReading
from checker.analysis.pitch import PitchReading
from checker.text import Note


def test_form_reading_finds_the_salutation_and_template_slots() -> None:
    reading = FormReading(Note("Hi Ana, thanks for the [Event] talk", name="Ana"))
    assert reading.name_mentioned
    assert [slot.text for slot in reading.placeholders] == ["[Event]"]
    french = FormReading(Note("Bonjour, je souhaiterais vous ajouter à mon réseau."))
    assert not french.salutation.name_tokens  # "je" is not a name


def test_content_reading_tells_specific_from_generic() -> None:
    specific = ContentReading(Note("Hi Tom, great meeting you at PyCon in Leeds. Keep in touch!"))
    assert specific.is_specific and specific.has_context and specific.has_reason
    generic = ContentReading(Note("Hi, I came across your profile and would love to connect."))
    assert not generic.is_specific
    assert generic.boilerplate


def test_content_reading_knows_other_languages_reasons() -> None:
    dutch = ContentReading(Note("Hoi Daan, leuk je te spreken op de meetup. Laten we afspreken"))
    assert dutch.has_reason and dutch.has_context
    spanish = ContentReading(Note("Hola Ana, nos conocimos en la feria. ¡Sigamos en contacto!"))
    assert spanish.has_reason and spanish.has_context


def test_pitch_reading_separates_offers_from_stories() -> None:
    offer = PitchReading(Note("Hi Raj, we help SaaS founders get leads. Open to a quick call?"))
    assert {match.label for match in offer.pitch} >= {"services"}
    story = PitchReading(Note("Hi Jo, thanks again for the call on Tuesday about the demo."))
    assert not story.pitch
    link = PitchReading(Note("Book here: calendly.com/jo/intro"))
    assert link.offer_links


def test_pitch_reading_keeps_loose_asks_apart_from_pitches() -> None:
    reading = PitchReading(Note("Hi Sam, interested? Let me know."))
    assert reading.loose_asks and not reading.pitch
