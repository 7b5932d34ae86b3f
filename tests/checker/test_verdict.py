"""The verdict comes from named meta-rules, tried in order, and the report says which decided."""

from __future__ import annotations

import pytest

from checker import check
from checker.signals import PITCH_POINTS, catalogue
from checker.verdict import META_RULES, META_RULES_BY_ID

# One note per meta-rule that it decides (with the options it is checked under).
DECIDED_BY = [
    ("sells", "Hi Mo, book a 15-minute call here: calendly.com/jo/intro", {"name": "Mo"}),
    ("empty-or-template", "Hi {first_name}, great to connect!", {}),
    ("language-not-supported", "Cześć Ada, poznałyśmy się na meetupie Pythona w Krakowie.", {}),
    ("stock-sentence", "I'd like to add you to my professional network on LinkedIn.", {}),
    ("nothing-specific", "Hi Sam, I'd love to connect and grow my network!", {"name": "Sam"}),
    (
        "breaks-a-rule",
        "Hi Anna, we met at the Leeds Python meetup on Friday. I'd like to keep in touch.",
        {"name": "Anne"},
    ),
    (
        "all-rules-met",
        "Hi Tom, great meeting you at PyCon on Friday. I'd like to keep in touch about packaging.",
        {"name": "Tom"},
    ),
]


@pytest.mark.parametrize(("meta_rule", "text", "options"), DECIDED_BY)
def test_the_report_names_the_meta_rule_that_decided(
    meta_rule: str, text: str, options: dict[str, str]
) -> None:
    report = check(text, **options).to_dict()
    assert report["decided_by"]["id"] == meta_rule
    assert report["verdict"] == META_RULES_BY_ID[meta_rule].verdict
    assert report["decided_by"]["says"]


def test_meta_rules_keep_the_precedence_of_the_verdicts() -> None:
    order = ["pitch", "generic", "not-judged", "needs-work", "personal"]
    verdicts = [meta.verdict for meta in META_RULES]
    assert verdicts == sorted(verdicts, key=order.index)
    assert all(meta.describes for meta in META_RULES)


def test_a_pitch_wins_over_a_template_slot_and_a_wrong_name() -> None:
    text = "Hi {first_name}, join my LinkedIn group for authors: bit.ly/authors-circle"
    report = check(text, name="Anne").to_dict()
    assert report["verdict"] == "pitch"
    assert report["decided_by"]["id"] == "sells"


def test_an_advice_request_that_asks_for_a_call_is_not_a_pitch() -> None:
    text = (
        "Hi Grace, I'm a nursing student at King's and read your piece on neonatal care. Could "
        "we have a quick call sometime? I'd love your advice on specialising."
    )
    report = check(text, name="Grace", mode="received").to_dict()
    assert report["verdict"] == "personal"
    assert report["action"]["id"] == "accept"


def test_pitch_signals_carry_points_and_one_strong_signal_decides_alone() -> None:
    points = {signal_id: value for signal_id, value, _ in catalogue()}
    assert points["offer-link"] >= PITCH_POINTS
    assert points["ask"] < PITCH_POINTS
    assert points["not-sales"] < 0
    report = check("Hi Lee, earn passive income from home with my crypto signals.", name="Lee")
    signals = report.to_dict()["signals"]
    assert any(s["id"] == "income" and s["points"] >= PITCH_POINTS for s in signals)


def test_a_pitch_in_received_mode_reads_as_about_the_senders_note() -> None:
    text = "Thanks for connecting, Ana! Would you join my LinkedIn group for product managers?"
    report = check(text, name="Ana", mode="received").to_dict()
    assert report["verdict"] == "pitch"
    wording = " ".join(f["message"] + f["suggestion"] for f in report["findings"])
    assert "your note" not in wording.lower()
    assert "before you have even connected" not in wording
