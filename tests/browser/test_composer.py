"""The note composer on the checker page: for every relationship and a range of detail lengths,
the draft it puts in the checker fits the limit, is rated personal by the widget, and is the
same draft CPython writes. Also: missing fields, editing afterwards, keyboard, phone width."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from checker_driver import Checker, watched_page

from checker.compose import RELATIONSHIPS, compose

# Different from tests/checker/test_compose.py on purpose: more notes, same promise.
DETAILS = {
    "event": "the accessibility meetup in Bristol last Thursday, where you demoed screen readers",
    "worked": "the Sheffield council digital team, on the bin collection app and parking permits",
    "studied": "the evening course in typography at Central Saint Martins, the spring 2019 group",
    "work": "your podcast episode on pricing freelance design work, and the spreadsheet you shared",
    "referral": "Tomasz Nowak, who sat next to you in the research ops community call in March",
    "reconnect": "we ran the university chess club together and lost every away match in 2012",
}
LENGTHS = [6, 60, 180]  # the field takes up to 200 characters


def detail_of_length(relationship: str, length: int) -> str:
    text = DETAILS[relationship]
    while len(text) < length:
        text += ", and " + DETAILS[relationship]
    cut = text[:length]
    return cut[: cut.rfind(" ")] if " " in cut and length < len(text) else cut


@pytest.fixture(scope="module")
def composer_page(browser: Any, site_server: str) -> Iterator[tuple[Any, Any]]:
    # Each draft scrolls the note into view; with motion allowed that scroll is smooth, and a
    # click on the form while it runs can land on the wrong choice. Visitors click after it ends.
    context = browser.new_context(reduced_motion="reduce")
    page, watch = watched_page(context)
    page.goto(site_server + "checker/")
    Checker(page).wait_until_ready()
    page.click("details.ncc > summary")
    page.wait_for_selector(".note-composer[data-ready]")
    yield page, watch
    context.close()


def write_draft(
    page: Any,
    *,
    relationship: str,
    name: str,
    detail: str,
    limit: int,
    reason: str = "",
    about: str = "",
) -> None:
    page.evaluate("delete document.querySelector('.note-composer').dataset.composed")
    page.fill("input[name=compose-name]", name)
    page.check(f"input[name=compose-relationship][value={relationship}]")
    page.fill("input[name=compose-detail]", detail)
    page.fill("input[name=compose-reason]", reason)
    page.fill("input[name=compose-about]", about)
    page.check(f"input[name=compose-limit][value='{limit}']")
    page.get_by_role("button", name="Write my draft").click()
    page.wait_for_selector(".note-composer[data-composed]")


@pytest.mark.parametrize("limit", [200, 300])
@pytest.mark.parametrize("relationship", [kind.id for kind in RELATIONSHIPS])
def test_every_relationship_and_detail_length_gives_a_personal_draft_that_fits(
    composer_page: tuple[Any, Any], relationship: str, limit: int
) -> None:
    page, watch = composer_page
    checker = Checker(page)
    for length in LENGTHS:
        detail = detail_of_length(relationship, length)
        fields = {"reason": "swap notes on hiring juniors", "about": "a designer at a charity"}
        write_draft(
            page, relationship=relationship, name="Małgorzata", detail=detail, limit=limit, **fields
        )
        expected = compose(relationship, name="Małgorzata", detail=detail, limit=limit, **fields)
        page.wait_for_function(
            "text => document.querySelector('textarea[name=note]').value === text",
            arg=expected.text,
        )
        checker.wait_for_result()
        note = page.input_value("textarea[name=note]")
        assert len(note) <= limit
        assert checker.verdict == "personal", (note, checker.findings())
        assert page.input_value(".note-checker input[name=name]") == "Małgorzata"
        assert page.is_checked(f".note-checker input[name=limit][value='{limit}']")
        assert checker.count_text().startswith(f"{len(note)} / {limit}")
        status = page.inner_text(".ncc-status")
        assert f"{len(note)} of {limit} characters" in status
        assert ("To fit" in status) == bool(expected.shortened)
    assert watch.errors == []


def test_missing_fields_are_named_and_focused_and_nothing_is_written(
    composer_page: tuple[Any, Any],
) -> None:
    page, _ = composer_page
    page.fill("textarea[name=note]", "")
    page.fill("input[name=compose-name]", "")
    page.fill("input[name=compose-detail]", "the Leeds meetup")
    page.get_by_role("button", name="Write my draft").click()
    assert "first name" in page.inner_text(".ncc-status")
    assert page.evaluate("document.activeElement.name") == "compose-name"
    assert page.get_attribute("input[name=compose-name]", "aria-invalid") == "true"
    assert page.get_attribute(".ncc-status", "data-kind") == "error"
    status_id = page.get_attribute(".ncc-status", "id")
    assert page.get_attribute("input[name=compose-name]", "aria-errormessage") == status_id
    page.fill("input[name=compose-name]", "Ada")
    page.fill("input[name=compose-detail]", "   ")
    page.get_by_role("button", name="Write my draft").click()
    assert page.evaluate("document.activeElement.name") == "compose-detail"
    assert page.input_value("textarea[name=note]") == ""


def test_the_draft_can_be_edited_freely_and_is_checked_again(
    composer_page: tuple[Any, Any],
) -> None:
    page, _ = composer_page
    checker = Checker(page)
    write_draft(page, relationship="event", name="Ada", detail="PyCon UK on Friday", limit=300)
    checker.wait_for_result()
    assert checker.verdict == "personal"
    page.fill("textarea[name=note]", page.input_value("textarea[name=note]") + " Join my group!")
    checker.wait_for_result()
    assert checker.verdict == "pitch"
    assert page.input_value("textarea[name=note]").endswith("Join my group!")


def test_the_composer_works_from_the_keyboard(new_context: Any, site_server: str) -> None:
    context = new_context()
    page, watch = watched_page(context)
    page.goto(site_server + "checker/")
    Checker(page).wait_until_ready()
    page.focus("details.ncc > summary")
    page.keyboard.press("Enter")
    page.wait_for_selector(".note-composer[data-ready]")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "compose-name"
    page.keyboard.type("Ada")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "compose-relationship"
    page.keyboard.press("ArrowRight")  # "We worked together"
    assert page.is_checked("input[name=compose-relationship][value=worked]")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "compose-detail"
    page.keyboard.type("Arup in Leeds")
    page.keyboard.press("Enter")  # submits the form
    page.wait_for_selector(".note-composer[data-composed]")
    assert page.evaluate("document.activeElement.name") == "note"
    checker = Checker(page)
    checker.wait_for_result()
    assert checker.verdict == "personal"
    assert "Arup in Leeds" in page.input_value("textarea[name=note]")
    assert watch.errors == []


def test_the_composer_fits_a_phone(new_context: Any, site_server: str) -> None:
    context = new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    page, _ = watched_page(context)
    page.goto(site_server + "checker/")
    page.click("details.ncc > summary")
    page.wait_for_selector(".note-composer[data-ready]")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px on a phone"
    for selector in ("input[name=compose-detail]", ".ncc-actions button"):
        box = page.locator(selector).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360


def test_without_python_the_composer_says_so_and_recovers_on_try_again(
    new_context: Any, site_server: str
) -> None:
    context = new_context(reduced_motion="reduce")  # see composer_page
    blocked = {"wasm": True}

    def wasm(route: Any) -> None:
        if blocked["wasm"]:
            route.fulfill(status=404, body="not found")
        else:
            route.continue_()

    context.route("**/*.wasm", wasm)  # context-wide, so the worker's requests are caught too
    page, watch = watched_page(context)
    page.goto(site_server + "checker/")
    page.click("details.ncc > summary")
    page.wait_for_selector(".ncc-relationships:has-text('could not start')", timeout=20_000)
    assert page.is_disabled("button:has-text('Write my draft')")

    blocked["wasm"] = False
    page.get_by_role("button", name="Try again").click()
    page.wait_for_selector(".note-composer[data-ready]", timeout=30_000)
    write_draft(page, relationship="studied", name="Ada", detail="the MSc at Edinburgh", limit=200)
    Checker(page).wait_for_result()
    assert Checker(page).verdict == "personal"
    assert watch.errors == []


def test_with_reduced_motion_the_draft_is_brought_into_view_at_once(
    new_context: Any, site_server: str
) -> None:
    context = new_context(reduced_motion="reduce", viewport={"width": 1000, "height": 600})
    page, watch = watched_page(context)
    page.goto(site_server + "checker/")
    Checker(page).wait_until_ready()
    page.click("details.ncc > summary")
    page.wait_for_selector(".note-composer[data-ready]")
    write_draft(page, relationship="event", name="Ada", detail="PyCon UK on Friday", limit=300)
    settled = page.evaluate("window.scrollY")
    box = page.locator("textarea[name=note]").bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 600
    page.wait_for_timeout(400)  # a smooth scroll would still be moving the page now
    assert page.evaluate("window.scrollY") == settled
    assert watch.errors == []
