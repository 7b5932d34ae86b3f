""""I received it" mode: replies that fit the verdict, linking the visitor's own policy page when
they made one on this device, and no reply at all for a pitch."""

from __future__ import annotations

from typing import Any

from checker_driver import Checker, watched_page

from checker.replies import REMIND_ME

GENERIC = "I'd like to add you to my professional network on LinkedIn."
PITCH = "Hi Ada, our agency can double your leads in 30 days. Book a call: calendly.com/x"
NO_CONTEXT = "Hi Ada, I would love to hear how you moved the billing service from RabbitMQ to Kafka"


def offered_replies(page: Any) -> list[dict[str, str]]:
    return page.eval_on_selector_all(
        ".nc-reply-option",
        """items => items.map(item => ({
            id: item.dataset.reply,
            text: item.querySelector('.nc-reply').innerText,
        }))""",
    )


def open_checker(context: Any, site_server: str) -> tuple[Any, Checker, Any]:
    page, watch = watched_page(context)
    page.goto(site_server + "checker/")
    checker = Checker(page)
    checker.wait_until_ready()
    return page, checker, watch


def test_a_generic_request_offers_the_heads_up_with_the_general_policy_page(
    new_context: Any, site_server: str
) -> None:
    page, checker, watch = open_checker(new_context(), site_server)
    checker.enter(GENERIC, mode="received", name="Ada")
    assert checker.verdict == "generic"
    replies = offered_replies(page)
    assert [reply["id"] for reply in replies] == ["heads-up", "remind-me"]
    assert site_server + "policy/ " in replies[0]["text"]
    source = page.inner_text(".nc-reply__source")
    assert "general policy page" in source
    assert page.get_attribute(".nc-reply__source a", "href").startswith(site_server + "policy/")
    assert watch.errors == []


def test_the_heads_up_links_the_visitors_own_policy_once_they_made_one(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    page, _ = watched_page(context)
    page.goto(site_server + "policy/")
    page.get_by_label("Your first name, as you spell it").fill("Ada")
    own_link = page.input_value("input[name=policy-link]")
    page.wait_for_function("() => localStorage.getItem('two-minute-note:policy') !== null")

    page, checker, watch = open_checker(context, site_server)
    checker.enter(GENERIC, mode="received", name="Ada")
    heads_up = offered_replies(page)[0]
    assert heads_up["id"] == "heads-up"
    assert f"{own_link} " in heads_up["text"]
    assert "your own policy page" in page.inner_text(".nc-reply__source")
    assert watch.errors == []


def test_a_pitch_says_ignoring_is_better_and_offers_no_reply(
    new_context: Any, site_server: str
) -> None:
    page, checker, watch = open_checker(new_context(), site_server)
    checker.enter(PITCH, mode="received", name="Ada")
    assert checker.verdict == "pitch"
    action = page.inner_text(".nc-action")
    assert "Ignoring is the better answer" in action
    assert offered_replies(page) == []
    assert page.locator(".nc-action button").count() == 0
    assert watch.errors == []


def test_a_note_that_does_not_say_how_you_know_each_other_asks_to_be_reminded(
    new_context: Any, site_server: str
) -> None:
    page, checker, _ = open_checker(new_context(), site_server)
    checker.enter(NO_CONTEXT, mode="received", name="Ada")
    assert checker.verdict == "needs-work"
    replies = offered_replies(page)
    assert replies[0] == {"id": "remind-me", "text": REMIND_ME}
    # writing it yourself switches the replies off: draft mode has no action at all
    checker.set_options(mode="draft")
    checker.wait_for_result()
    assert page.locator(".nc-action").count() == 0
