"""The guide in headless Chromium: readable on a phone, navigable, instant page changes."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

PHONE = {"width": 390, "height": 844}
GUIDE_PAGES = ("", "why/", "how-to-add-a-note/", "writing/", "templates/", "receiving/", "rules/")


@pytest.fixture
def phone(browser) -> Iterator[object]:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    yield context.new_page()
    context.close()


@pytest.fixture
def desktop(browser) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def horizontal_overflow(page) -> int:
    """How many CSS pixels the page is wider than the screen (0 when nothing scrolls sideways)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


@pytest.mark.parametrize("path", GUIDE_PAGES)
def test_no_page_scrolls_sideways_on_a_phone(phone, site_server: str, path: str) -> None:
    phone.goto(site_server + path)
    assert horizontal_overflow(phone) <= 0


def test_the_menu_on_a_phone_reaches_every_guide_page(phone, site_server: str) -> None:
    phone.goto(site_server)
    phone.locator("label.md-header__button[for='__drawer']").click()
    drawer = phone.locator("nav.md-nav--primary")
    for title in ("Why a personal note", "How to add a note", "Templates", "Rules reference"):
        assert drawer.get_by_role("link", name=title, exact=True).is_visible()
    drawer.get_by_role("link", name="Receiving requests", exact=True).click()
    phone.wait_for_url(site_server + "receiving/")
    assert phone.locator("h1").inner_text().startswith("Receiving requests")


def test_instant_navigation_changes_page_without_a_reload(desktop, site_at_its_url: str) -> None:
    site_server = site_at_its_url
    desktop.goto(site_server, wait_until="networkidle")  # instant loading reads sitemap.xml first
    desktop.evaluate("window.__sameDocument = true")
    steps = [("Why a personal note", "why/"), ("Templates", "templates/"), ("Home", "")]
    for title, path in steps:
        desktop.locator("nav.md-nav--primary").get_by_role("link", name=title, exact=True).click()
        desktop.wait_for_url(site_server + path)
        # the address changes before the new page is swapped in; its canonical link comes with it
        desktop.wait_for_selector(f"link[rel=canonical][href='{site_server}{path}']", state="attached")
        assert desktop.evaluate("window.__sameDocument === true"), f"{path} reloaded the page"
    assert desktop.locator("h1").inner_text().startswith("Add a note")


def test_a_content_tab_choice_follows_the_reader_to_the_next_page(desktop, site_server) -> None:
    desktop.goto(site_server + "how-to-add-a-note/", wait_until="networkidle")
    desktop.locator(".tabbed-labels label", has_text="Premium").first.click()
    desktop.locator("nav.md-nav--primary").get_by_role("link", name="Writing a good note").click()
    desktop.wait_for_url(site_server + "writing/")
    premium = desktop.locator(".tabbed-set").first.get_by_text("Premium accounts get")
    assert premium.is_visible()


def test_the_template_copy_button_copies_the_template(new_context, site_server: str) -> None:
    context = new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site_server + "templates/")
    block = page.locator(".tmn-template").first
    block.hover()
    block.locator("button[data-md-type=copy]").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Hi [Name], it was good to meet you at [Event].")


def test_no_page_requests_anything_from_another_host(new_context, site_server: str) -> None:
    context = new_context()
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    for path in (*GUIDE_PAGES, "404.html"):
        page.goto(site_server + path, wait_until="networkidle")
    server_host = urlsplit(site_server).netloc
    elsewhere = [url for url in requested if urlsplit(url).scheme in ("http", "https")]
    assert [url for url in elsewhere if urlsplit(url).netloc != server_host] == []
    assert len(requested) > len(GUIDE_PAGES)


def test_search_finds_the_withdraw_steps(desktop, site_server: str) -> None:
    desktop.goto(site_server, wait_until="networkidle")
    search = desktop.locator("input[data-md-component='search-query']")
    search.click()
    search.press_sequentially("withdraw")  # Material listens to key events, not to fill()
    # results refresh as each letter arrives: wait for those of the whole word
    desktop.wait_for_function(
        """() => {
            const first = document.querySelector('.md-search-result__item a');
            return first && first.getAttribute('href').includes('how-to-add-a-note/');
        }""",
        timeout=10_000,
    )


def test_the_palette_toggle_switches_to_dark_and_back(desktop, site_server: str) -> None:
    desktop.goto(site_server)
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    start = desktop.evaluate(scheme)
    desktop.locator("form[data-md-component='palette'] label:visible").first.click()
    switched = desktop.evaluate(scheme)
    desktop.locator("form[data-md-component='palette'] label:visible").first.click()
    assert {start, switched} == {"default", "slate"}
    assert desktop.evaluate(scheme) == start
