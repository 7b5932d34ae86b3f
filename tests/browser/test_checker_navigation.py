"""The checker with navigation.instant: reached by an in-site link (no page load), left, and
reached again; and on a phone-sized screen."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from checker_driver import (
    Checker,
    open_home_watching_for_reloads,
    stayed_in_same_document,
    watched_page,
)

from checker.model import FREE_LIMIT, PREMIUM_LIMIT
from checker.wording import VERDICT_NAMES


def click_nav_link(page: Any, label: str) -> None:
    page.locator(".md-sidebar--primary .md-nav__link", has_text=label).first.click()


def test_arriving_by_an_in_site_link_loads_the_checker_without_a_page_load(
    new_context: Any, site_at_its_url: str
) -> None:
    context = new_context()
    page, watch = open_home_watching_for_reloads(context, site_at_its_url)

    click_nav_link(page, "Check a note")
    page.wait_for_url("**/checker/")
    checker = Checker(page)
    checker.wait_until_ready()
    assert stayed_in_same_document(page), "the link caused a full page load"
    checker.enter("Hi Ada, join my LinkedIn group for founders!", name="Ada")
    assert checker.verdict == "pitch"
    assert checker.marks() == ["join my LinkedIn group"]

    # away to a guide page and back again by links: a fresh widget that works
    click_nav_link(page, "Writing a good note")
    page.wait_for_url("**/writing/")
    # the address changes before the content is swapped: wait for the new page's content
    page.wait_for_selector(".note-checker", state="detached")
    click_nav_link(page, "Check a note")
    page.wait_for_url("**/checker/")
    checker.wait_until_ready()
    assert stayed_in_same_document(page)
    assert page.locator(".note-checker").count() == 1
    assert page.locator(".note-checker form").count() == 1, "the widget was mounted twice"
    checker.enter("I'd like to add you to my professional network on LinkedIn.", name="")
    assert checker.verdict == "generic"
    assert watch.errors == []


def test_the_checker_fits_a_phone_screen(new_context: Any, site_server: str) -> None:
    context = new_context(
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
    )
    page, watch = watched_page(context)
    page.goto(site_server + "checker/")
    checker = Checker(page)
    checker.wait_until_ready()
    checker.enter(
        "Hi Ada 🙂 loved your PyCon talk on accessible forms! Could we hop on a quick call so I "
        "can show you our product? It only takes fifteen minutes and I think you'd love it.",
        name="Ada",
    )
    assert checker.verdict == "pitch"
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px"
    widget = page.locator(".note-checker").bounding_box()
    field = page.locator("textarea[name=note]").bounding_box()
    assert widget is not None and field is not None
    assert widget["x"] >= 0 and widget["x"] + widget["width"] <= 390
    assert field["width"] > 250, "the note field is too narrow to type in"
    # the text grows the field instead of hiding behind a scrollbar
    assert page.evaluate(
        "(t => t.scrollHeight <= t.clientHeight + 1)(document.querySelector('textarea'))"
    )
    # the form's controls are big enough to tap
    for selector in ("label:has(input[name=mode])", "label:has(input[name=limit])"):
        for box in [item.bounding_box() for item in page.locator(selector).all()]:
            assert box is not None and box["height"] >= 24
    assert watch.errors == []


def test_the_form_works_from_the_keyboard(new_context: Any, site_server: str) -> None:
    context = new_context()
    page, _ = watched_page(context)
    page.goto(site_server + "checker/")
    checker = Checker(page)
    checker.wait_until_ready()
    page.focus("input[name=mode][value=draft]")
    page.keyboard.press("ArrowRight")  # radio groups move with the arrow keys
    assert page.is_checked("input[name=mode][value=received]")
    assert "Your first name" in page.inner_text(".note-checker label[for$='-name']")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "limit"
    page.keyboard.press("ArrowRight")  # from the free account's limit, where it starts
    assert page.is_checked(f"input[name=limit][value='{PREMIUM_LIMIT}']")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "name"
    page.keyboard.type("Ada")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "note"
    page.keyboard.type("I'd like to add you to my professional network on LinkedIn.")
    checker.wait_for_result()
    assert checker.verdict == "generic"
    assert page.locator(".nc-action").count() == 1
    assert page.inner_text(".nc-count").endswith(f"/ {PREMIUM_LIMIT} characters")


def test_the_limit_a_visitor_chose_is_kept_for_their_next_visit(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    page, _ = watched_page(context)
    page.goto(site_server + "checker/")
    # most members have a free account: the switch starts there
    assert page.is_checked(f".note-checker input[name=limit][value='{FREE_LIMIT}']")
    page.check(f".note-checker input[name=limit][value='{PREMIUM_LIMIT}']")
    page.goto(site_server + "checker/")
    page.wait_for_selector(".note-checker.nc-mounted")
    assert page.is_checked(f".note-checker input[name=limit][value='{PREMIUM_LIMIT}']")
    # a policy link's own limit still wins
    page.goto(site_server + f"policy/?name=Anne&limit={FREE_LIMIT}")
    page.wait_for_selector(".note-checker.nc-mounted")
    page.wait_for_function(
        "limit => document.querySelector(`.note-checker input[name=limit][value='${limit}']`)"
        ".checked",
        arg=FREE_LIMIT,
    )


def test_a_guide_example_opens_in_the_checker_with_the_verdict_the_page_gives(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    page, watch = watched_page(context)
    page.goto(site_server + "writing/")
    example = page.locator("figure.tmn-note--bad", has=page.locator("a.tmn-try")).first
    note = example.locator("blockquote").inner_text().strip()
    claimed = example.locator(".tmn-verdict strong").inner_text()
    example.locator("a.tmn-try").click()
    page.wait_for_url("**/checker/?*")
    checker = Checker(page)
    checker.wait_until_ready()
    checker.wait_for_result()
    assert page.input_value(".note-checker textarea[name=note]") == note
    assert page.input_value(".note-checker input[name=name]") != ""
    # the guide and the checker call the verdict by the same name
    assert page.inner_text(".note-checker .nc-verdict__label") == claimed
    assert VERDICT_NAMES[checker.verdict] == claimed
    assert watch.errors == []


def test_a_hostile_address_fills_the_checker_with_text_only(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    page, watch = watched_page(context)
    hostile = "<img src=x onerror=alert(1)>" + "x" * 5000
    page.goto(site_server + "checker/?text=" + quote(hostile) + "&mode=evil&limit=999")
    page.wait_for_selector(".note-checker.nc-mounted")
    assert page.input_value(".note-checker textarea[name=note]") == hostile[:2000]
    assert page.is_checked(".note-checker input[name=mode][value=draft]")
    assert page.locator(".note-checker img").count() == 0
    assert watch.errors == []


def test_back_from_a_rule_brings_the_name_back_with_the_note(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    page, _ = watched_page(context)
    page.goto(site_server + "checker/")
    checker = Checker(page)
    checker.wait_until_ready()
    checker.enter("Hi Ada, loved your talk on accessible forms at PyCon.", name="Ada")
    page.locator(".nc-finding__link").first.click()
    page.wait_for_url("**/rules/**")
    page.go_back()
    page.wait_for_selector(".note-checker.nc-mounted")
    assert page.input_value(".note-checker input[name=name]") == "Ada"
    assert page.input_value(".note-checker textarea[name=note]").startswith("Hi Ada, loved")
    # a note of the page's own (a guide link) wins over the remembered one
    page.goto(site_server + "checker/?text=Hi+Bo&name=Bo&from=guide")
    page.wait_for_selector(".note-checker.nc-mounted")
    assert page.input_value(".note-checker textarea[name=note]") == "Hi Bo"
