"""Reply templates for a received note: the right ones for each verdict, and the policy link."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from checker import check
from checker.cli import render_human
from checker.replies import GENERAL_POLICY_URL, heads_up, replies_for

OWN_LINK = "https://example.org/policy/?name=Anne&ask=context,reason"

STOCK = "I'd like to add you to my professional network on LinkedIn."
PITCH = "Hi Anne, our agency can double your leads in 30 days. Book a call: calendly.com/x"
NO_CONTEXT = "Hi Anne, I'd like to connect with you."
NO_REASON = "Hi Anne, I read your article on onboarding junior developers."
PERSONAL = "Hi Anne, it was great meeting you at PyCon UK on Friday. I'd like to keep in touch."


def run_cli(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "checker", *args]
    return subprocess.run(command, input=stdin, capture_output=True, text=True, check=False)


def reply_ids(text: str, policy_url: str = GENERAL_POLICY_URL) -> list[str]:
    report = check(text, mode="received", name="Anne")
    return [reply.id for reply in replies_for(report, policy_url=policy_url)]


def test_a_generic_request_gets_the_heads_up_first_with_the_owners_link() -> None:
    report = check(STOCK, mode="received", name="Anne")
    assert report.verdict == "generic"
    replies = replies_for(report, policy_url=OWN_LINK)
    assert replies[0].id == "heads-up"
    assert OWN_LINK in replies[0].text
    assert "remind-me" in [reply.id for reply in replies]


def test_without_an_own_link_the_heads_up_points_to_the_general_policy_page() -> None:
    report = check(STOCK, mode="received")
    heads_up = next(r for r in replies_for(report) if r.id == "heads-up")
    assert GENERAL_POLICY_URL in heads_up.text
    assert GENERAL_POLICY_URL.endswith("/policy/")


def test_a_pitch_gets_no_reply_and_the_advice_says_ignoring_is_better() -> None:
    report = check(PITCH, mode="received", name="Anne")
    assert report.verdict == "pitch"
    assert replies_for(report) == ()
    assert report.action is not None and "Ignoring is the better answer" in report.action.advice


@pytest.mark.parametrize(
    ("text", "first_reply"),
    [(NO_CONTEXT, "heads-up"), (NO_REASON, "ask-reason"), (PERSONAL, "thanks")],
)
def test_the_first_reply_fits_what_the_note_lacks(text: str, first_reply: str) -> None:
    assert reply_ids(text)[0] == first_reply


def test_a_thin_note_that_does_not_say_how_you_know_each_other_asks_to_be_reminded() -> None:
    text = "Hi Anne, I would love to learn from your experience with Kafka migrations."
    report = check(text, mode="received", name="Anne")
    assert report.verdict == "needs-work"
    assert reply_ids(text)[0] == "remind-me"


def test_every_reply_is_short_enough_to_paste_into_a_linkedin_message() -> None:
    for text in (STOCK, NO_CONTEXT, NO_REASON, PERSONAL, ""):
        for reply in replies_for(check(text, mode="received"), policy_url=OWN_LINK):
            assert 20 < len(reply.text) < 400
            assert "[" not in reply.text and "{" not in reply.text  # no unfilled slots


def test_the_command_line_prints_the_same_replies_as_the_site() -> None:
    report = check(STOCK, mode="received")
    printed = render_human(report, STOCK, colour=False)
    for reply in replies_for(report):
        assert reply.text in printed
    assert "Or, if you might know them:" in printed
    pitch = check(PITCH, mode="received", name="Anne")
    assert "Reply you could send" not in render_human(pitch, PITCH, colour=False)


def test_a_note_someone_did_write_never_gets_the_policy_heads_up() -> None:
    misspelled = "Hi Anna, it was great meeting you at PyCon UK. I'd like to keep in touch."
    for text in (NO_REASON, misspelled):
        report = check(text, mode="received", name="Anne")
        assert report.verdict == "needs-work"
        assert "heads-up" not in [reply.id for reply in replies_for(report)]


def test_no_reply_is_suggested_for_a_note_the_checker_cannot_read() -> None:
    from checker import check
    from checker.replies import replies_for

    report = check("Cześć Ada, poznałyśmy się na meetupie Pythona w Krakowie.", mode="received")
    assert report.verdict == "not-judged"
    assert replies_for(report) == ()
    assert report.action is not None and report.action.id == "look-closer"


def test_the_heads_up_is_the_same_in_the_cli_the_json_report_and_the_replies() -> None:
    result = run_cli("--mode", "received", "--json", stdin=STOCK)
    from_json = json.loads(result.stdout)["action"]["reply"]
    printed = run_cli("--mode", "received", stdin=STOCK).stdout
    offered = replies_for(check(STOCK, mode="received"))[0]
    assert offered.id == "heads-up"
    assert from_json == offered.text == heads_up(GENERAL_POLICY_URL)
    assert f"    {offered.text}\n" in printed


@pytest.mark.parametrize("text", [STOCK, PITCH, NO_CONTEXT, NO_REASON, PERSONAL, "", "Hi Anne!"])
def test_the_reports_suggested_reply_is_one_of_the_replies_offered(text: str) -> None:
    report = check(text, mode="received", name="Anne")
    assert report.action is not None
    if report.action.reply is not None:
        assert report.action.reply in {reply.text for reply in replies_for(report)}
