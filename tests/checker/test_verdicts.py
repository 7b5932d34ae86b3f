"""The verdicts the issue spells out, and the precision traps it names."""

from __future__ import annotations

import pytest

from checker import check

STOCK_VARIANTS = [
    "I'd like to add you to my professional network on LinkedIn.",
    "I’d like to add you to my professional network on LinkedIn.",
    "i'd like to add you to my professional network on linkedin",
    "Id like to add you to my professional network on LinkedIn",
    "I would like to add you to my professional network on LinkedIn.",
    "I'D LIKE TO ADD YOU TO MY PROFESSIONAL NETWORK ON LINKEDIN!",
    "Hi Maria, I'd like to add you to my professional network on LinkedIn. - Sam Lee",
    "I'd like to add you to my professional network on LinkedIn.\n\n- Priya",
    "Hi NAME, I'd like to join your LinkedIn network.",
    "Join my network on LinkedIn.",
    "I'd like to add you to my professional network.",
]


@pytest.mark.parametrize("text", STOCK_VARIANTS)
def test_stock_text_and_close_variants_are_generic(text: str) -> None:
    assert check(text).verdict == "generic"


@pytest.mark.parametrize("text", ["", " ", "\n\n\t", "\x00", "🙂"])
def test_empty_notes_are_generic(text: str) -> None:
    assert check(text).verdict == "generic"


@pytest.mark.parametrize(
    "slot",
    ["[Name]", "{first_name}", "{{company}}", "%FIRST_NAME%", "FIRSTNAME", "[First Name]"],
)
def test_unfilled_placeholders_are_generic(slot: str) -> None:
    text = f"Hi {slot}, great meeting you at the Leeds meetup on Friday. Let's keep in touch."
    assert check(text).verdict == "generic"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Tom, I came across your profile and would love to connect.",
        "Hi, I'm expanding my network and would like to connect with like-minded professionals.",
        "Hello Sara, we share mutual connections so I thought we should connect.",
        "Hi Ama, I'm interested in your work. Let's connect!",
        "Hi there! I'd love to connect.",
    ],
)
def test_boilerplate_only_is_generic(text: str) -> None:
    assert check(text).verdict == "generic"


@pytest.mark.parametrize(
    "text",
    [
        "Hi Anne, loved your book! Join my LinkedIn group for writers: bit.ly/wr-group",
        "Hi Raj, great meeting you at SaaStr. We help founders generate more leads — open to a "
        "quick call on Thursday?",
        "Hi Chloe, check out my new course on negotiation, 30% off this week!",
        "Hi Sam, we're hiring for a senior role that might interest you. Send me your CV.",
        "Hi Leo, I'd like to invite you to our free webinar on AI for HR next Tuesday.",
        "Hi Ola, earn passive income with my forex signals. DM me.",
        "Hi Kemi, I'd love to book a 20-minute demo of our platform with your team.",
        "Hi Dan, please subscribe to my newsletter on growth hacking.",
    ],
)
def test_pitches_are_pitch_even_when_personalised(text: str) -> None:
    assert check(text).verdict == "pitch"


PERSONAL = [
    (
        "Hi Tom, great meeting you at PyCon on Friday — I'd like to keep in touch about the "
        "packaging talk.",
        "Tom",
    ),
    (
        "Hi Anne, I read your book on slow journalism and it changed how I edit. I'd love to "
        "follow your work.",
        "Anne",
    ),
    (
        "Hi Dev, your newsletter on design systems is the one I forward to my team. I'd like to "
        "keep in touch.",
        "Dev Patel",
    ),
    (
        "Hi Ana, lovely to meet you at the user group where we met last month. Let's stay in "
        "touch!",
        "Ana",
    ),
    (
        "Hi Jo, thanks for the advice when we spoke on the call on Tuesday. I'd like to keep in "
        "touch.",
        "Jo",
    ),
    (
        "Hi Mei, I'm a recruiter-turned-coach and your post on leaving recruiting rang true. I'd "
        "love to hear how your first year went.",
        "Mei",
    ),
    (
        "Hi Paul, I'm a real estate agent and would love to connect — your talk at the Bristol "
        "housing forum on first-time buyers was so useful.",
        "Paul",
    ),
    (
        "Dear Dr. Okafor, I read your paper on malaria vaccine trials in Kano. I'm a public-health "
        "student and would love to follow your work.",
        "Chidi Okafor",
    ),
    ("Hi Zoe, it's been years since we worked together at Ocado! I'd love to catch up.", "Zoë"),
    (
        "Hi Wei, great to meet you at the Shanghai fintech meetup. I'd like to keep in touch about "
        "payments.",
        "Wang Wei",
    ),
    (
        "Hi Bob, Priya Shah suggested I get in touch about your work on flood sensors. Could I ask "
        "you two questions about the Leeds pilot?",
        "Robert Hale",
    ),
]


@pytest.mark.parametrize(("text", "name"), PERSONAL)
def test_personal_notes_are_personal(text: str, name: str) -> None:
    report = check(text, name=name)
    assert report.verdict == "personal", report.to_dict()["findings"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi Annette, great meeting you at the Oslo meetup. I'd like to keep in touch.", "Anne"),
        ("Hi Anna, great meeting you at the Oslo meetup. I'd like to keep in touch.", "Anne"),
        ("Hi John, great meeting you at the Oslo meetup. I'd like to keep in touch.", "Jon"),
        ("Great meeting you at the Oslo meetup. I'd like to keep in touch.", None),
        ("Hi Tom, great meeting you at the Oslo meetup on Thursday!", "Tom"),
        (
            "Hi Tom, I'm a product designer in Leeds and I'd love to ask how you moved "
            "into research.",
            "Tom",
        ),
    ],
)
def test_genuine_attempts_that_break_a_rule_need_work(text: str, name: str | None) -> None:
    assert check(text, name=name).verdict == "needs-work"


LONG_PERSONAL_NOTE = (
    "Hi Tom, great meeting you at the Oslo meetup on Thursday, where we compared notes on "
    "retry queues and the odd scheduler both our teams rewrote last year. I'd like to keep in "
    "touch and hear how the migration goes."
)


def test_over_the_limit_needs_work_and_marks_the_overflow() -> None:
    text = LONG_PERSONAL_NOTE
    assert len(text) > 200
    report = check(text, name="Tom", limit=200)
    assert report.verdict == "needs-work"
    (finding,) = [finding for finding in report.findings if finding.rule == "length"]
    assert finding.severity == "error"
    assert finding.span is not None and finding.span.start == 200 and finding.span.end == len(text)


def test_over_200_with_premium_limit_is_only_a_suggestion() -> None:
    text = LONG_PERSONAL_NOTE
    report = check(text, name="Tom", limit=300)
    assert report.verdict == "personal"
    (finding,) = [finding for finding in report.findings if finding.rule == "length"]
    assert finding.severity == "suggestion"


def test_misspelled_first_message_with_a_group_pitch() -> None:
    message = (
        "Hi Ane, thanks for connecting! I'd love for you to join my LinkedIn group for "
        "authors, it's growing fast."
    )
    report = check(message, mode="received", name="Anne")
    assert report.verdict == "pitch"
    assert {finding.rule for finding in report.findings} >= {"pitch", "name"}
    assert report.action is not None and report.action.id == "ignore"
