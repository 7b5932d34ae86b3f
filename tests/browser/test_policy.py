"""The policy page: a link made by the builder opens the owner's page with their settings and a
checker preset with them; whatever a link holds is shown as text, capped, or ignored."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

import pytest
from checker_driver import (
    Checker,
    open_home_watching_for_reloads,
    stayed_in_same_document,
    watched_page,
)

from checker.replies import heads_up
from checker.wording import SITE_DEFAULT_LIMIT

OWNER = "Anne-Sophie"
MESSAGE = "I read every note myself, usually on Fridays.\nSee you there!"
POLICY_H1 = "article h1"


def fill_builder(page: Any, *, name: str, limit: int, asks: list[str], message: str) -> str:
    """Fills the builder as a visitor does and returns the link it offers."""
    builder = page.locator(".tmn-policy-builder")
    builder.get_by_label("Your first name, as you spell it").fill(name)
    builder.locator(f"input[name=owner-limit][value='{limit}']").check()
    for box in builder.locator("input[name=owner-ask]").all():
        box.set_checked(box.get_attribute("value") in asks)
    builder.get_by_label("A message of your own (optional)").fill(message)
    return page.input_value(".tmn-policy-builder input[name=policy-link]")


def ask_items(page: Any) -> list[str]:
    return page.locator("[data-policy-slot=asks] li").all_inner_texts()


def test_a_link_made_by_the_builder_opens_the_owners_policy_and_presets_the_checker(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    page, watch = watched_page(context)
    page.goto(site_server + "policy/")
    assert page.inner_text(POLICY_H1).startswith("Connecting with me on LinkedIn")

    link = fill_builder(
        page, name=OWNER, limit=200, asks=["context", "reason", "nopitch"], message=MESSAGE
    )
    assert link.startswith(site_server + "policy/?")
    # the ready-to-paste texts carry the same link; the reply is the checker's own heads-up
    assert page.input_value("textarea[name=policy-about]").endswith(link)
    assert page.input_value("textarea[name=policy-reply]") == heads_up(link)
    # the live preview already shows the owner's page
    preview = page.inner_text(".tmn-builder__preview")
    assert f"Connecting with {OWNER} on LinkedIn" in preview
    assert "Tell me why you'd like to connect" in preview

    page.goto(link)
    assert page.inner_text(POLICY_H1).startswith(f"Connecting with {OWNER} on LinkedIn")
    assert OWNER in page.title()
    assert page.locator("[data-policy-slot=general]").is_hidden()
    assert page.inner_text("[data-policy-slot=message]") == MESSAGE
    assert page.inner_text("[data-policy-slot=message-author]") == OWNER
    assert ask_items(page) == [
        "Say how we know each other, or which piece of my work you mean",
        "Tell me why you'd like to connect",
        "No pitches: no sales, calls, groups or newsletters",
    ]
    assert "200 characters" in page.inner_text("[data-policy-slot=limit-line]")
    assert page.inner_text(".tmn-policy-signoff").endswith(f"— {OWNER}")
    assert page.inner_text(".tmn-policy-example").startswith(f"Hi {OWNER},")

    checker = Checker(page)
    checker.wait_until_ready()
    assert page.input_value(".note-checker input[name=name]") == OWNER
    assert page.is_checked(".note-checker input[name=limit][value='200']")
    checker.enter(
        "Hi Anne-Sofie, great to meet you at PyCon UK on Friday. I'd like to keep in touch."
    )
    assert checker.verdict == "needs-work"
    assert "name" in [finding["rule"] for finding in checker.findings()]
    assert "Anne-Sofie" in checker.marks()
    checker.enter(
        "Hi Anne-Sophie, great to meet you at PyCon UK on Friday. I'd like to keep in touch."
    )
    assert checker.verdict == "personal"
    assert checker.count_text().startswith("83 / 200")
    assert watch.errors == []


def test_the_builder_remembers_the_link_on_this_device_until_forgotten(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    page, _ = watched_page(context)
    page.goto(site_server + "policy/")
    link = fill_builder(page, name="Bea", limit=300, asks=["greet"], message="")
    page.wait_for_function(
        "link => (JSON.parse(localStorage.getItem('two-minute-note:policy')) || {}).link === link",
        arg=link,
    )
    page.reload()  # the form comes back as it was left
    assert page.input_value(".tmn-policy-builder input[name=owner-name]") == "Bea"
    assert page.input_value(".tmn-policy-builder input[name=policy-link]") == link
    page.get_by_role("button", name="Forget my link").click()
    assert page.evaluate("localStorage.getItem('two-minute-note:policy')") is None


def test_copy_buttons_put_the_link_and_texts_on_the_clipboard(
    new_context: Any, site_server: str
) -> None:
    context = new_context(permissions=["clipboard-read", "clipboard-write"])
    page, _ = watched_page(context)
    page.goto(site_server + "policy/")
    link = fill_builder(page, name="Chidi", limit=200, asks=["context"], message="")
    page.get_by_role("button", name="Copy: Your link").click()
    page.wait_for_selector(".tmn-builder__status:has-text('copied')")
    assert page.evaluate("navigator.clipboard.readText()") == link
    page.get_by_role("button", name="Copy: A reply to a request without a note").click()
    page.wait_for_function(
        "() => navigator.clipboard.readText().then(t => t.startsWith('Hi, thanks'))"
    )
    assert link in page.evaluate("navigator.clipboard.readText()")


HOSTILE = "<script>alert(1)</script>"


def test_markup_in_the_link_is_shown_as_text_and_never_runs(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    page, watch = watched_page(context)
    hostile_message = '<img src=x onerror=alert(2)> "><svg onload=alert(3)>'
    page.goto(
        f"{site_server}policy/?name={quote(HOSTILE)}&msg={quote(hostile_message)}"
        f"&ask={quote('<b>context</b>,reason')}&limit=<i>200</i>"
    )
    checker = Checker(page)
    checker.wait_until_ready()
    page.wait_for_timeout(300)  # give an injected onerror/onload a moment to fire

    assert page.inner_text(POLICY_H1).startswith(f"Connecting with {HOSTILE} on LinkedIn")
    assert page.inner_text("[data-policy-slot=message]") == hostile_message
    assert page.input_value(".note-checker input[name=name]") == HOSTILE
    # a malformed limit is ignored: the checker keeps its own default
    assert page.is_checked(f".note-checker input[name=limit][value='{SITE_DEFAULT_LIMIT}']")
    assert ask_items(page) == ["Tell me why you'd like to connect"]
    assert watch.dialogs == []
    assert watch.errors == []
    injected = page.evaluate(
        """() => ({
            images: document.querySelectorAll('img[src="x"]').length,
            svgs: document.querySelectorAll('article svg[onload]').length,
            bold: document.querySelectorAll('article .tmn-policy-asks b').length,
            scripts: [...document.scripts].filter(s => s.textContent.includes('alert(')).length,
        })"""
    )
    assert injected == {"images": 0, "svgs": 0, "bold": 0, "scripts": 0}


def serve_policy_page_at_any_address(page: Any, built_site: Path) -> None:
    """Answers /policy/?<anything> from the built page itself: the test server (like most real
    ones) refuses a request line over 64 KB, but a browser can be sent such a link."""
    html = (built_site / "policy" / "index.html").read_text(encoding="utf-8")
    page.route(
        lambda url: "/policy/?" in url,
        lambda route: route.fulfill(status=200, content_type="text/html", body=html),
    )


@pytest.mark.parametrize("parameter", ["name", "msg", "ask", "limit", "unknown"])
def test_a_100_kb_parameter_leaves_the_page_working(
    new_context: Any, site_server: str, built_site: Path, parameter: str
) -> None:
    context = new_context()
    page, watch = watched_page(context)
    serve_policy_page_at_any_address(page, built_site)
    huge = "A" * 100_000 if parameter != "ask" else "context," * 12_500
    page.goto(f"{site_server}policy/?{parameter}={huge}&name=Dora")

    checker = Checker(page)
    checker.wait_until_ready()
    owner = page.inner_text("[data-policy-slot=owner]")
    message = page.inner_text("[data-policy-slot=message]")
    if parameter == "name":
        # the first of two names counts; capped at 80 characters
        assert owner == "A" * 80
    else:
        assert owner == "Dora"
    assert len(message) == (280 if parameter == "msg" else 0)
    assert len(ask_items(page)) == 5  # an oversized list of asks is ignored: the general list
    assert page.input_value(".note-checker input[name=name]") == owner
    checker.enter("Hi Dora, we met at PyCon UK on Friday. I'd like to keep in touch.")
    assert checker.verdict in {"personal", "needs-work"}
    assert watch.errors == []


def test_unknown_and_malformed_parameters_give_the_general_policy(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    page, watch = watched_page(context)
    page.goto(
        f"{site_server}policy/?name=%E0%A4%A&limit=250&ask=,,,nothing&msg=%00%01&colour=red&name=Eve"
    )
    page.wait_for_selector(".tmn-builder__form")
    assert page.inner_text(POLICY_H1).startswith("Connecting with me on LinkedIn")
    assert page.locator("[data-policy-slot=general]").is_visible()
    assert page.locator("[data-policy-slot=message-box]").is_hidden()
    assert len(ask_items(page)) == 5
    assert watch.errors == []


def test_without_javascript_the_general_policy_shows(new_context: Any, site_server: str) -> None:
    context = new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_server + "policy/?name=Anne")
    assert page.inner_text(POLICY_H1).startswith("Connecting with me on LinkedIn")
    text = page.inner_text("article")
    assert "I accept connection requests that carry a personal note." in text
    assert len(ask_items(page)) == 5
    assert "The link builder needs JavaScript" in text
    assert page.get_by_role("link", name="how to add a note").first.is_visible()


def test_open_your_page_shows_the_owners_page_in_a_new_tab(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    page, _ = watched_page(context)
    page.goto(site_server + "policy/")
    link = fill_builder(page, name="Gus", limit=300, asks=["own"], message="")
    with context.expect_page() as opened:
        page.get_by_role("link", name="Open your page").click()
    owners_page = opened.value
    owners_page.wait_for_load_state()
    assert owners_page.url == link
    assert owners_page.inner_text(POLICY_H1).startswith("Connecting with Gus on LinkedIn")


def test_with_instant_navigation_the_page_reads_its_link_on_every_visit(
    new_context: Any, site_at_its_url: str
) -> None:
    context = new_context()
    page, watch = open_home_watching_for_reloads(context, site_at_its_url)
    nav = page.locator(".md-sidebar--primary .md-nav__link")

    nav.filter(has_text="Share your policy").first.click()
    page.wait_for_selector(".tmn-builder__form")
    link = fill_builder(page, name="Femi", limit=300, asks=["greet", "intro"], message="Hello!")
    nav.filter(has_text="Receiving requests").first.click()
    page.wait_for_selector(".tmn-builder__form", state="detached")
    # an in-site link that carries the owner's settings, as a page of the site could hold
    page.evaluate(
        """link => {
            const a = Object.assign(document.createElement("a"), {href: link, id: "to-femi"});
            a.textContent = "Femi's policy";
            document.querySelector("article").append(a);
        }""",
        link,
    )
    page.click("#to-femi")
    page.wait_for_function(
        "() => document.querySelector('[data-policy-slot=owner]')?.textContent === 'Femi'"
    )
    assert stayed_in_same_document(page), "the link caused a full page load"
    assert ask_items(page) == [
        "Greet me by name, spelled the way I spell it",
        "If we have never met, tell me who you are",
    ]
    assert page.inner_text("[data-policy-slot=message]") == "Hello!"
    Checker(page).wait_until_ready()
    assert page.input_value(".note-checker input[name=name]") == "Femi"
    assert watch.errors == []


def test_the_policy_page_fits_a_phone(new_context: Any, site_server: str) -> None:
    context = new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page, watch = watched_page(context)
    page.goto(site_server + "policy/?name=" + "W" * 80 + "&msg=" + "x" * 280)
    page.wait_for_selector(".tmn-builder__form")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px on a phone"
    assert watch.errors == []


@pytest.mark.parametrize("stored", ["{not json", '{"link": "http://["}', '{"link": 42}', "null"])
def test_a_damaged_saved_link_is_ignored(new_context: Any, site_server: str, stored: str) -> None:
    context = new_context()
    page, watch = watched_page(context)
    page.goto(site_server + "policy/")
    page.evaluate("value => localStorage.setItem('two-minute-note:policy', value)", stored)
    page.reload()
    page.wait_for_selector(".tmn-builder__form")
    # the builder's defaults: the asks the general page lists (so no ask=) and a free account
    assert page.input_value("input[name=policy-link]") == site_server + "policy/?limit=200"
    page.goto(site_server + "checker/")
    checker = Checker(page)
    checker.wait_until_ready()
    checker.enter("I'd like to add you to my professional network on LinkedIn.", mode="received")
    assert site_server + "policy/ " in page.locator(".nc-reply").first.inner_text()
    assert watch.errors == []


@pytest.mark.parametrize("address", ["policy/", "policy/?name=Anne&limit=200"])
def test_the_example_note_copied_word_for_word_is_not_rated_personal(
    new_context: Any, site_server: str, address: str
) -> None:
    context = new_context()
    page, watch = watched_page(context)
    page.goto(site_server + address)
    example = page.inner_text(".tmn-policy-example").strip()
    checker = Checker(page)
    checker.wait_until_ready()
    checker.enter(example)
    assert checker.verdict != "personal", f"a verbatim copy of the example passes: {example!r}"
    assert "placeholder" in [finding["rule"] for finding in checker.findings()]
    # the brackets are all that keeps it from passing: filled in, the same note is personal
    filled = (
        example.replace("[Name]", "Anne")
        .replace(
            "[How You Know Me]", "we talked about onboarding at the Leeds product meetup last week"
        )
        .replace("[Who You Are]", "a designer at a small agency")
        .replace("[Your Reason]", "keep that conversation going")
    )
    assert "[" not in filled, "the example has a slot this test does not know"
    checker.enter(filled, name=filled.split(",")[0].removeprefix("Hi "))
    assert checker.verdict == "personal"
    assert watch.errors == []


def test_the_shared_link_previews_as_a_heads_up_for_the_reader(
    new_context: Any, site_server: str, built_site: Path
) -> None:
    context = new_context()
    page = context.new_page()
    page.goto(site_server + "policy/")
    meta = page.eval_on_selector_all(
        "meta[property^='og:'], meta[name^='twitter:']",
        "tags => Object.fromEntries(tags.map(t => [t.getAttribute('property') || t.name,"
        " t.content]))",
    )
    for title in (page.title(), meta["og:title"], meta["twitter:title"]):
        assert title.startswith("How I connect on LinkedIn: a friendly heads-up"), title
        assert "Share your policy" not in title
    # the page has its own preview image, and it is published with the site
    image = meta["og:image"]
    assert image.endswith("/assets/policy-card.png") and meta["twitter:image"] == image
    assert (built_site / "assets" / "policy-card.png").stat().st_size > 10_000
    assert "note" in meta["og:image:alt"]
    # owners still find the page under its own name in the navigation
    page.goto(site_server)
    nav = page.locator(".md-sidebar--primary a.md-nav__link", has_text="Share your policy")
    assert nav.first.evaluate("link => link.href") == site_server + "policy/"


def control_heights(page: Any) -> dict[str, int]:
    """The height of every control in the builder, keyed by what a visitor reads on it. A
    checkbox's or radio's target is its whole label row."""
    return page.evaluate(
        """() => {
            const root = document.querySelector('.tmn-policy-builder');
            const controls = [...root.querySelectorAll(
                'label:has(> input), input:not([type=radio]):not([type=checkbox]),'
                + ' textarea, button, a'
            )];
            return Object.fromEntries(controls.map((control, index) => {
                const label = control.name || control.textContent.trim().slice(0, 30);
                return [`${index} ${control.tagName} ${label}`,
                        control.getBoundingClientRect().height];
            }));
        }"""
    )


@pytest.mark.parametrize(
    ("device", "smallest"),
    [
        ({"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}, 44),
        ({"viewport": {"width": 1280, "height": 800}}, 24),
    ],
    ids=["phone", "desktop"],
)
def test_every_builder_control_is_big_enough_to_hit(
    new_context: Any, site_server: str, device: dict[str, Any], smallest: int
) -> None:
    context = new_context(**device)
    page, _ = watched_page(context)
    page.goto(site_server + "policy/")
    page.wait_for_selector(".tmn-builder__form")
    heights = control_heights(page)
    # 2 radios, 7 checkboxes, name, message, 3 outputs, 3 copy buttons, open, forget
    assert len(heights) == 19, heights
    too_small = {control: height for control, height in heights.items() if height < smallest}
    assert too_small == {}, f"controls under {smallest}px: {too_small}"


LONG_MESSAGE = (
    "I read every note myself, usually on Fridays. If we met at a conference, tell me which one!"
)


def test_the_link_is_readable_and_does_not_end_in_the_message(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    page, watch = watched_page(context)
    page.goto(site_server + "policy/")
    message = LONG_MESSAGE + " C++ & Rust = 100% fun?"
    link = fill_builder(
        page, name="Anne Marie", limit=200, asks=["context", "reason"], message=message
    )
    query = urlsplit(link).query
    assert "%20" not in query and "%2C" not in query
    assert "name=Anne+Marie&msg=I+read+every+note+myself,+usually+on+Fridays." in query
    assert re.search(r"[A-Za-z0-9]$", link), "a linkifier could drop the link's last character"
    assert list(dict(parse_qsl(query))) == ["name", "msg", "ask", "limit"]

    page.goto(link)
    assert page.inner_text(POLICY_H1).startswith("Connecting with Anne Marie on LinkedIn")
    assert page.inner_text("[data-policy-slot=message]") == message
    assert "200 characters" in page.inner_text("[data-policy-slot=limit-line]")
    assert len(ask_items(page)) == 2
    assert watch.errors == []


def test_links_in_the_first_format_still_open_the_owners_policy(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    page, watch = watched_page(context)
    # as the builder wrote them at first: %20 for spaces, the message last
    page.goto(
        f"{site_server}policy/?name=Anne-Marie&limit=300&ask=context,reason"
        f"&msg={quote(LONG_MESSAGE, safe='')}"
    )
    assert page.inner_text(POLICY_H1).startswith("Connecting with Anne-Marie on LinkedIn")
    assert page.inner_text("[data-policy-slot=message]") == LONG_MESSAGE
    assert "300 characters" in page.inner_text("[data-policy-slot=limit-line]")
    assert ask_items(page) == [
        "Say how we know each other, or which piece of my work you mean",
        "Tell me why you'd like to connect",
    ]
    assert watch.errors == []


@pytest.mark.parametrize("asks", ["context,reason", "context,reason,short"])
def test_the_policy_says_how_many_sentences_once(
    new_context: Any, site_server: str, asks: str
) -> None:
    context = new_context()
    page, _ = watched_page(context)
    page.goto(f"{site_server}policy/?name=Anne&ask={asks}")
    page.wait_for_selector(".tmn-builder__form")
    card = page.inner_text("article .tmn-policy-card").lower()
    assert card.count("sentences") == 1, card
    assert "one to three sentences" in card


@pytest.mark.parametrize(
    ("address", "limit_switch_shown"),
    [("policy/", True), (f"policy/?name=Anne&limit={SITE_DEFAULT_LIMIT}", False)],
)
def test_the_sender_sees_no_switch_the_page_has_settled(
    new_context: Any, site_server: str, address: str, limit_switch_shown: bool
) -> None:
    page = new_context().new_page()
    page.goto(site_server + address)
    page.wait_for_selector(".note-checker.nc-mounted")
    # whoever opens a policy page is about to write a note: no "I received it"
    assert not page.is_visible(".note-checker input[name=mode]")
    page.wait_for_function(
        "shown => !!document.querySelector('.note-checker input[name=limit]')"
        ".closest('fieldset').hidden === !shown",
        arg=limit_switch_shown,
    )


def test_the_sender_can_draft_a_note_with_the_composer_and_python_waits_until_asked(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    fetched: list[str] = []
    context.on("request", lambda request: fetched.append(request.url))
    page, watch = watched_page(context)
    page.goto(site_server + "policy/?name=Anne")
    page.wait_for_selector(".note-composer[data-mounted]")
    page.wait_for_timeout(300)
    assert not [url for url in fetched if url.endswith(".wasm")], "Python loaded unasked"
    page.locator(".note-composer summary").click()
    page.wait_for_selector(".note-composer[data-ready]", timeout=60_000)
    page.fill("input[name=compose-name]", "Anne")
    page.fill("[name=compose-detail]", "the Leeds product meetup")
    page.locator(".note-composer [type=submit]").click()
    page.wait_for_selector(".note-composer[data-composed]")
    assert "Anne" in page.input_value(".note-checker textarea[name=note]")
    assert watch.errors == []


def test_a_link_with_any_alphabet_stays_short_and_readable(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    page, watch = watched_page(context)
    page.goto(site_server + "policy/")
    link = fill_builder(page, name="José Ångström", limit=200, asks=["own"], message="")
    assert link == site_server + "policy/?name=José+Ångström&ask=own&limit=200"
    page.goto(link)
    assert page.inner_text(POLICY_H1).startswith("Connecting with José Ångström on LinkedIn")
    assert watch.errors == []
