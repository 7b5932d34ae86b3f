"""The composer writes drafts that fit the limit and that the checker rates personal."""

from __future__ import annotations

import pytest

from checker import check
from checker.compose import RELATIONSHIPS, compose

DETAILS = {
    "event": "the Leeds product meetup on Tuesday where we compared notes on onboarding emails",
    "worked": "Arup in Leeds on the Wellington Place bridge redesign with the structures team",
    "studied": "the part-time MSc in data science at Edinburgh with the Tuesday evening group",
    "work": "your article on onboarding junior developers and the checklist that came with it",
    "referral": "Priya Shah from the Manchester design systems group, who worked with you at Monzo",
    "reconnect": "our summer at the Bristol robotics lab building the line-following rover",
}
NAMES = ["Anne", "Zoë", "Nguyễn Thị Lan", "Jean-Luc Martin", "Oluwaseun", "Siobhán O'Brien"]


def detail_of_length(relationship: str, length: int) -> str:
    text = DETAILS[relationship]
    while len(text) < length:
        text += " and " + DETAILS[relationship]
    cut = text[:length]
    return cut[: cut.rfind(" ")] if " " in cut and length < len(text) else cut


@pytest.mark.parametrize("kind", RELATIONSHIPS, ids=lambda kind: kind.id)
@pytest.mark.parametrize("length", [4, 20, 60, 120, 250, 600])
@pytest.mark.parametrize("limit", [200, 300])
def test_every_relationship_and_detail_length_fits_and_is_personal(kind, length, limit) -> None:
    detail = detail_of_length(kind.id, length)
    draft = compose(
        kind.id,
        name="Anne",
        detail=detail,
        about="a data engineer at Ocado",
        reason="compare notes on hiring juniors",
        limit=limit,
    )
    assert len(draft.text) <= limit, draft.text
    report = check(draft.text, name="Anne", limit=limit)
    assert report.verdict == "personal", (draft.text, report.to_dict()["findings"])
    assert draft.report.to_dict() == report.to_dict()


@pytest.mark.parametrize("name", NAMES)
def test_names_from_many_languages_are_used_as_written(name: str) -> None:
    draft = compose("event", name=name, detail="the Lisbon design week", limit=200)
    assert draft.text.startswith(f"Hi {name}, ")
    assert draft.report.verdict == "personal"


def test_the_visitors_reason_and_introduction_are_used_when_they_fit() -> None:
    draft = compose(
        "work",
        name="Ruth",
        detail="your talk on hospital discharge letters",
        reason="ask how you piloted it on the wards",
        about="a ward nurse in Leeds",
    )
    assert "I'm a ward nurse in Leeds." in draft.text
    assert "I'd like to ask how you piloted it on the wards." in draft.text
    assert draft.shortened == ()


def test_what_was_cut_to_fit_is_reported() -> None:
    draft = compose(
        "work",
        name="Ruth",
        detail="your talk on hospital discharge letters at the "
        "Royal College of Nursing congress in Liverpool last spring",
        reason="ask how you piloted it on the wards and what the doctors said about it",
        about="a ward nurse at St James's in Leeds",
        limit=200,
    )
    assert len(draft.text) <= 200
    assert draft.shortened
    assert draft.report.verdict == "personal"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"relationship": "friends", "name": "Ann", "detail": "x"},
        {"relationship": "event", "name": " ", "detail": "PyCon"},
        {"relationship": "event", "name": "Ann", "detail": ""},
    ],
)
def test_missing_or_unknown_inputs_are_rejected(kwargs: dict) -> None:
    relationship = kwargs.pop("relationship")
    with pytest.raises(ValueError):
        compose(relationship, **kwargs)
