"""The regular expressions behind the analysis: what each finds, and what it leaves alone."""

from __future__ import annotations

import pytest

from checker.analysis.patterns import (
    DISCOUNTS,
    MONEY_RE,
    OFFER_URL_RE,
    PLACEHOLDERS,
    QUESTION_RE,
    WEB_ADDRESSES,
    has_real_question,
    is_past_tense,
)


@pytest.mark.parametrize(
    "slot",
    ["[Name]", "{first_name}", "{{ company }}", "${firstName}", "%FIRSTNAME%", "[[name]]",
     "<Company>", "(first name)", "{nombre}", "(Name des Kontakts)", "[Insérer le nom]", "[Imię]"],
)  # fmt: skip
def test_template_slots_are_found(slot: str) -> None:
    assert list(PLACEHOLDERS.finditer(f"Hi {slot}, let's connect")), slot


@pytest.mark.parametrize(
    "prose",
    ["Use {namespace} in C++", "see <Suspense>", "a (lovely) day", "mark it [[nodiscard]]"],
)
def test_code_and_prose_are_not_slots(prose: str) -> None:
    assert not list(PLACEHOLDERS.finditer(prose))


@pytest.mark.parametrize("price", ["$450", "PKR 350,000", "2% a week", "20 euros"])
def test_prices_and_returns(price: str) -> None:
    assert MONEY_RE.search(price)


def test_a_discount_needs_an_offer_shape() -> None:
    assert list(DISCOUNTS.finditer("20% off your first order"))
    assert list(DISCOUNTS.finditer("-20 % sur le premier mois"))
    assert not list(DISCOUNTS.finditer("we got 10% off our rent"))


def test_offer_links_are_whole_path_segments() -> None:
    assert OFFER_URL_RE.search("example.com/book?x=1")
    assert OFFER_URL_RE.search("calendly.com/jo/intro")
    assert not OFFER_URL_RE.search("example.com/books/2023/reading-list")


def test_web_addresses_and_questions() -> None:
    assert list(WEB_ADDRESSES.finditer("see ana.substack.com"))
    assert not list(WEB_ADDRESSES.finditer("see you at 5. Then lunch"))
    assert has_real_question("Any chance I could shadow you?")
    assert not has_real_question("Interested?")
    assert QUESTION_RE.pattern.startswith("(?<!")


def test_past_tense() -> None:
    assert is_past_tense("worked") and is_past_tense("met")
    assert not is_past_tense("need")
