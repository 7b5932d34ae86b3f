"""Accessibility of the built site in headless Chromium.

axe-core (node_modules, pinned in package.json) checks every page against WCAG 2.0 / 2.1 A and AA
and its best practices, in the light and the dark palette, on a desktop and a phone screen, and on
/checker/ also with a checked draft, a received note with its replies, the rule-by-rule list and
the composer open: nothing critical, serious or moderate may remain. axe is injected by a DevTools
evaluation, which the page's Content-Security-Policy does not govern (a <script> tag would be
refused).

The keyboard tests cover what axe cannot see: on a phone the closed menu takes no tab stop (and
the menu still opens from the keyboard), the colour switch shows where the focus is and answers
Space in both schemes, and no tab stop on a desktop is an element with no size. The fixes live in
docs/stylesheets/extra.css and docs/assets/site/a11y.js; one test holds them after an instant
page change (navigation.instant), which swaps the page body without a reload.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.checker_driver import Checker

playwright_api = pytest.importorskip("playwright.sync_api")

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
FAILING_IMPACTS = {"critical", "serious", "moderate"}

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
SCREENS = {"desktop": DESKTOP, "phone": PHONE}
SCHEMES = {"light": "default", "dark": "slate"}  # Material's names in data-md-color-scheme

CHECKER = ".note-checker"
COMPOSER = ".note-composer"
DRAFT = "Hi, I came across your profile and would love to connect. Let's hop on a quick call!"
RECEIVED = "I'd like to add you to my professional network on LinkedIn."
CHECKER_TIMEOUT_MS = 60_000
UI_TIMEOUT_MS = 10_000
# More Tab presses than the longest page has stops (the rules page: about 45 on a desktop).
MAX_TAB_STOPS = 160

# Runs axe on the whole document; returns the violations in a form the assertions can print.
# Finite animations and transitions (the header's title fading in after a scroll) are let finish
# first: axe measures colours as they are painted, half-faded text included.
RUN_AXE = """async (tags) => {
  const running = document.getAnimations()
    .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
    .map((animation) => animation.finished.catch(() => null));
  await Promise.race([Promise.all(running), new Promise((done) => setTimeout(done, 2000))]);
  const results = await axe.run(document, {
    runOnly: { type: "tag", values: tags },
    resultTypes: ["violations"],
  });
  return results.violations.map((rule) => ({
    id: rule.id,
    impact: rule.impact,
    help: rule.help,
    nodes: rule.nodes.map((node) => ({
      target: node.target.join(" "),
      summary: (node.failureSummary || "").replace(/\\s+/g, " "),
    })),
  }));
}"""

# Where the focus is: its element, whether it sits in the navigation drawer, its size, and the
# focus indicator shown for it (its own, or its label's for a visually hidden form control).
FOCUSED = """() => {
  const element = document.activeElement;
  const box = element.getBoundingClientRect();
  const shown = element.matches(".md-option") ? element.nextElementSibling : element;
  const style = getComputedStyle(shown);
  const ring = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0)
    || style.boxShadow !== "none";
  return {
    tag: element.tagName.toLowerCase(),
    name: element.getAttribute("aria-label"),
    expanded: element.getAttribute("aria-expanded"),
    description: element.outerHTML.slice(0, 120),
    inDrawer: element.closest(".md-sidebar--primary") !== null,
    width: box.width,
    height: box.height,
    ring,
    isBody: element === document.body,
    isPaletteOption: element.matches(".md-option"),
  };
}"""


# Moves the start of Tab's walk to the top of the page. blur() alone would not: Chromium goes on
# from where the focus was.
FROM_THE_TOP = """() => {
  const mark = document.createElement("span");
  mark.tabIndex = -1;
  document.body.prepend(mark);
  mark.focus();
  mark.remove();
}"""


# ---------------------------------------------------------------------------- helpers


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run scripts/setup (npm ci)")
    return AXE.read_text(encoding="utf-8")


def site_pages(site: Path) -> list[str]:
    """Every built page, as the path it is served at ("", "why/", ..., "404.html")."""
    return sorted(
        path.relative_to(site).as_posix().removesuffix("index.html")
        for path in site.rglob("*.html")
    )


def scheme_of(page: Any) -> str:
    return page.evaluate("document.body.dataset.mdColorScheme")


def switch_palette(page: Any, scheme: str) -> None:
    """Clicks the colour switch, as a visitor does, until the page shows `scheme`; Material keeps
    the choice in local storage, so the context's later pages open in it."""
    if scheme_of(page) != scheme:
        page.locator("form[data-md-component=palette] label:visible").click()
        page.wait_for_function(
            "scheme => document.body.dataset.mdColorScheme === scheme", arg=scheme
        )


def axe_violations(page: Any, axe_source: str, where: str) -> list[str]:
    """axe's failing findings on the page as it is now, one readable line each."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source)
    found = []
    for rule in page.evaluate(RUN_AXE, AXE_TAGS):
        if rule["impact"] not in FAILING_IMPACTS:
            continue
        nodes = rule["nodes"]
        targets = "; ".join(node["target"] for node in nodes[:6])
        more = f" (+{len(nodes) - 6} more)" if len(nodes) > 6 else ""
        found.append(
            f"{where}: {rule['id']} ({rule['impact']}, {len(nodes)} nodes) {rule['help']}\n"
            f"    at {targets}{more}\n    {nodes[0]['summary']}"
        )
    return found


def enter_note(page: Any, text: str) -> None:
    checker = Checker(page, CHECKER)
    before = checker.checks()
    page.fill(f"{CHECKER} textarea[name=note]", text)
    checker.wait_for_report_after(before, CHECKER_TIMEOUT_MS)


def open_details(page: Any, selector: str) -> None:
    if not page.eval_on_selector(selector, "details => details.open"):
        page.click(f"{selector} > summary")
        page.wait_for_function("selector => document.querySelector(selector).open", arg=selector)


def checker_states(page: Any, axe_source: str, where: str) -> list[str]:
    """axe on /checker/ with a checked draft and its rule list open, then with a received note,
    its replies, the rule list and the composer open."""
    found = []
    page.wait_for_selector(f"{CHECKER} textarea[name=note]", timeout=CHECKER_TIMEOUT_MS)
    enter_note(page, DRAFT)
    open_details(page, f"{CHECKER} details.nc-rules")
    found += axe_violations(page, axe_source, f"{where} (draft checked, rule list open)")

    page.click(f"{CHECKER} input[name=mode][value=received]")
    enter_note(page, RECEIVED)
    page.wait_for_selector(f"{CHECKER} .nc-reply", timeout=UI_TIMEOUT_MS)
    open_details(page, f"{CHECKER} details.nc-rules")
    open_details(page, f"{COMPOSER} details")
    page.wait_for_selector(f"{COMPOSER}[data-ready]", timeout=CHECKER_TIMEOUT_MS)
    found += axe_violations(page, axe_source, f"{where} (received note, replies, composer open)")
    return found


def tab_stops(page: Any, limit: int = MAX_TAB_STOPS) -> Iterator[dict[str, Any]]:
    """Presses Tab from the top of the page; yields where the focus lands each time, until it
    leaves the page (back to <body>)."""
    page.evaluate(FROM_THE_TOP)
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["isBody"]:
            return
        yield focused


# ---------------------------------------------------------------------------- axe


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("screen", SCREENS)
def test_axe_finds_no_violation_on_any_page(
    new_context: Any, built_site: Path, site_server: str, axe_source: str, screen: str, scheme: str
) -> None:
    context = new_context(viewport=SCREENS[screen])
    page = context.new_page()
    found: list[str] = []
    pages = site_pages(built_site)
    assert {"", "checker/", "404.html"} <= set(pages), f"pages found: {pages}; rebuilding?"
    for index, path in enumerate(pages):
        page.goto(site_server + path)
        if index == 0:
            switch_palette(page, SCHEMES[scheme])
        assert scheme_of(page) == SCHEMES[scheme], (
            f"/{path} did not open in the {scheme} scheme"
        )
        where = f"/{path} {scheme} {screen}"
        found += axe_violations(page, axe_source, where)
        if path == "checker/":
            found += checker_states(page, axe_source, where)
    assert found == [], f"{len(found)} axe violations:\n" + "\n".join(found)


# ---------------------------------------------------------------------------- the keyboard


@pytest.mark.parametrize("path", ["", "checker/"])
def test_on_a_phone_the_closed_menu_takes_no_tab_stop(
    new_context: Any, site_server: str, path: str
) -> None:
    context = new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_server + path)
    assert not page.is_checked("#__drawer")
    stops = list(tab_stops(page))
    assert stops, "Tab reached nothing"
    in_drawer = [stop["description"] for stop in stops if stop["inDrawer"]]
    assert in_drawer == [], f"Tab walked into the closed menu: {in_drawer}"


def test_on_a_phone_the_menu_opens_and_closes_from_the_keyboard(
    new_context: Any, site_server: str
) -> None:
    context = new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_server)
    first_stops = itertools.islice(tab_stops(page), 4)
    menu = next((stop for stop in first_stops if stop["name"] == "Menu"), None)
    assert menu is not None, "the menu button is not among the first tab stops"
    assert menu["tag"] == "button"
    assert menu["ring"], "the menu button shows no focus"
    assert menu["width"] > 0 and menu["height"] > 0
    assert menu["expanded"] == "false"
    drawer = page.locator("nav.md-nav--primary")
    button = page.get_by_role("button", name="Menu", exact=True)
    for key in ("Enter", "Space"):
        page.keyboard.press(key)
        page.wait_for_function("() => document.querySelector('#__drawer').checked")
        assert button.get_attribute("aria-expanded") == "true"
        assert drawer.get_by_role("link", name="Templates", exact=True).is_visible()
        assert page.evaluate(FOCUSED)["inDrawer"], "the focus stayed behind the open menu"
        page.keyboard.press("Tab")
        assert page.evaluate(FOCUSED)["inDrawer"]
        page.keyboard.press("Escape")
        page.wait_for_function("() => !document.querySelector('#__drawer').checked")
        focused = page.evaluate(FOCUSED)
        assert focused["name"] == "Menu" and focused["expanded"] == "false", focused
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('#__drawer').checked")
    reached = [stop["inDrawer"] for stop in tab_stops(page)]
    assert any(reached), "the open menu's links take no tab stop"


def test_the_sidebar_stays_reachable_on_a_desktop_also_after_a_resize(
    new_context: Any, site_server: str
) -> None:
    context = new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_server)
    page.set_viewport_size(DESKTOP)
    page.wait_for_function("() => !document.querySelector('.md-sidebar--primary').inert")
    assert any(stop["inDrawer"] for stop in tab_stops(page))
    page.set_viewport_size(PHONE)
    page.wait_for_function("() => document.querySelector('.md-sidebar--primary').inert")


def test_the_fixes_hold_after_an_instant_page_change(
    new_context: Any, site_at_its_url: str, axe_source: str
) -> None:
    """navigation.instant swaps the page body (drawer and code blocks included) without a reload;
    the new page gets the same fixes."""
    context = new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(site_at_its_url, wait_until="networkidle")  # instant loading reads sitemap.xml
    page.evaluate("window.__sameDocument = true")
    page.get_by_role("button", name="Menu", exact=True).focus()
    page.keyboard.press("Enter")
    page.locator("nav.md-nav--primary").get_by_role("link", name="Templates").click()
    page.wait_for_url(site_at_its_url + "templates/")
    page.wait_for_selector(
        f"link[rel=canonical][href='{site_at_its_url}templates/']", state="attached"
    )
    assert page.evaluate("window.__sameDocument === true"), "the link reloaded the page"
    page.wait_for_function("() => !document.querySelector('#__drawer').checked")
    page.wait_for_function("() => document.querySelector('.md-sidebar--primary').inert")
    assert not any(stop["inDrawer"] for stop in tab_stops(page))
    page.wait_for_function(
        "() => [...document.querySelectorAll('nav.md-code__nav')].every(nav => nav.ariaLabel)"
    )
    found = axe_violations(page, axe_source, "/templates/ after an instant page change")
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_colour_switch_shows_its_focus_and_answers_space(
    new_context: Any, site_server: str, scheme: str
) -> None:
    context = new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(site_server)
    switch_palette(page, SCHEMES[scheme])
    page.reload()  # the scheme as a returning visitor gets it, from local storage
    assert scheme_of(page) == SCHEMES[scheme]
    stop = next((stop for stop in tab_stops(page) if stop["isPaletteOption"]), None)
    assert stop is not None, "Tab never reaches the colour switch"
    for expected in (SCHEMES[scheme], *(s for s in SCHEMES.values() if s != SCHEMES[scheme])):
        focused = page.evaluate(FOCUSED)
        assert focused["isPaletteOption"], f"focus left the switch: {focused['description']}"
        assert scheme_of(page) == expected
        assert focused["ring"], f"the switch shows no focus in the {expected} scheme"
        assert focused["width"] > 0 and focused["height"] > 0
        page.keyboard.press("Space")
        page.wait_for_function(
            "scheme => document.body.dataset.mdColorScheme !== scheme", arg=expected
        )


@pytest.mark.parametrize("path", ["", "templates/", "checker/"])
def test_no_tab_stop_on_a_desktop_is_an_element_without_size(
    new_context: Any, site_server: str, path: str
) -> None:
    context = new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto(site_server + path)
    if path == "checker/":
        page.wait_for_selector(f"{CHECKER} textarea[name=note]", timeout=CHECKER_TIMEOUT_MS)
    stops = list(tab_stops(page))
    assert len(stops) > 5, f"only {len(stops)} tab stops on /{path}: is the site being rebuilt?"
    empty = [stop["description"] for stop in stops if stop["width"] < 1 or stop["height"] < 1]
    assert empty == [], f"tab stops without size: {empty}"
