"""The Content-Security-Policy in headless Chromium: on every page, what a visitor does (search,
the colour switch, content tabs, copy buttons, the checker, the composer, the policy builder)
breaks no rule of the page's <meta> policy, also after instant page changes; and served with
site/_headers as real HTTP headers, which alone govern the checker's worker, the checker still
answers."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from checker_driver import Checker

playwright_api = pytest.importorskip("playwright.sync_api")

PAGES = (
    "", "why/", "how-to-add-a-note/", "writing/", "templates/", "receiving/", "policy/",
    "rules/", "checker/", "about/", "404.html",
)  # fmt: skip
NOTE = "Hi Ada, I enjoyed your talk on accessible forms at PyCon and would like to connect."
SEARCH_QUERY = "note"
CHECKER = ".note-checker"
COMPOSER = ".note-composer"
CHECKER_TIMEOUT_MS = 60_000
UI_TIMEOUT_MS = 10_000

# Runs before any script of every document: keeps each violation the document sees.
RECORD_PAGE_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`
    + ` in ${event.sourceFile}:${event.lineNumber} (${event.disposition}) ${event.sample}`);
});
"""
# A worker reports its violations to its own global scope, not to the page.
RECORD_WORKER_VIOLATIONS = """
self.__cspViolations = [];
self.addEventListener("securitypolicyviolation", (event) => {
  self.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`
    + ` in ${event.sourceFile}:${event.lineNumber} (worker) ${event.sample}`);
});
"""
READ_VIOLATIONS = "globalThis.__cspViolations || []"
# How Chromium words a violation in the console, for the ones no listener saw (a worker's first
# moments, before our listener is in place).
CSP_CONSOLE_MESSAGE = re.compile(r"Content Security Policy|Content-Security-Policy", re.I)


# ---------------------------------------------------------------------------- watching


@dataclass
class Watch:
    """A page and everything it (and its workers) reported against the policy."""

    page: Any
    # console messages about the policy, and uncaught errors (a blocked script often shows so)
    reported: list[str] = field(default_factory=list)
    workers: list[Any] = field(default_factory=list)

    def on_console(self, message: Any) -> None:
        if CSP_CONSOLE_MESSAGE.search(message.text) and message.text not in self.reported:
            self.reported.append(message.text)

    def on_worker(self, worker: Any) -> None:
        self.workers.append(worker)
        worker.on("console", self.on_console)
        worker.on("close", self.forget_worker)
        with contextlib.suppress(playwright_api.Error):  # it ended already
            worker.evaluate(RECORD_WORKER_VIOLATIONS)

    def forget_worker(self, worker: Any) -> None:
        """Its recorded violations end with it; the console caught them as they happened."""
        if worker in self.workers:
            self.workers.remove(worker)

    def violations(self) -> list[str]:
        """Everything seen so far: by the current document, its live workers, the console."""
        found = list(self.page.evaluate(READ_VIOLATIONS))
        for worker in self.workers:
            try:
                found += worker.evaluate(READ_VIOLATIONS)
            except playwright_api.Error:
                continue  # ended meanwhile
        return found + self.reported

    def assert_clean(self, where: str) -> None:
        found = self.violations()
        assert found == [], f"{where}: Content-Security-Policy violations:\n" + "\n".join(found)


def watched(context: Any) -> Watch:
    page = context.new_page()
    page.add_init_script(RECORD_PAGE_VIOLATIONS)
    watch = Watch(page)
    page.on("console", watch.on_console)
    page.on("worker", watch.on_worker)
    page.on("pageerror", lambda error: watch.reported.append(f"uncaught: {error}"))
    return watch


@pytest.fixture
def new_watch(browser: Any) -> Iterator[Callable[[], Watch]]:
    """Opens a watched page in a fresh browser profile; closes them all after the test."""
    contexts: list[Any] = []

    def open_watch() -> Watch:
        context = browser.new_context(
            viewport={"width": 1280, "height": 900},
            permissions=["clipboard-read", "clipboard-write"],
        )
        contexts.append(context)
        return watched(context)

    yield open_watch
    for context in contexts:
        context.close()


# ---------------------------------------------------------------------------- what a visitor does


def use_search(page: Any) -> None:
    page.keyboard.press("/")  # Material's shortcut; "s" and "f" do the same
    page.keyboard.type(SEARCH_QUERY)
    page.wait_for_selector(".md-search-result__item", timeout=UI_TIMEOUT_MS)
    page.keyboard.press("Escape")


def switch_colours(page: Any) -> None:
    before = page.get_attribute("body", "data-md-color-scheme")
    page.locator("form[data-md-component=palette] label:visible").click()
    page.wait_for_function("before => document.body.dataset.mdColorScheme !== before", arg=before)


def switch_content_tab(page: Any) -> None:
    if page.locator(".tabbed-set").count() == 0:
        return
    label = page.locator(".tabbed-set .tabbed-labels > label").nth(1)
    label.click()
    assert page.locator(f"#{label.get_attribute('for')}").is_checked()


def copy_a_code_block(page: Any) -> None:
    button = page.locator("button[data-md-type=copy]")
    if button.count() == 0:
        return
    button.first.locator("xpath=..").hover()  # the button shows on hover
    button.first.click()
    page.wait_for_selector(".md-dialog--active", timeout=UI_TIMEOUT_MS)  # "Copied to clipboard"


def check_a_note(page: Any) -> None:
    """Types a note, then switches to "I received it"; each time waits for its report."""
    checker = Checker(page, CHECKER)
    before = checker.checks()
    page.fill(f"{CHECKER} textarea[name=note]", NOTE)
    checker.wait_for_report_after(before, CHECKER_TIMEOUT_MS)
    before = checker.checks()
    page.check(f"{CHECKER} input[name=mode][value=received]")
    checker.wait_for_report_after(before, CHECKER_TIMEOUT_MS)


def compose_a_note(page: Any) -> None:
    page.click(f"{COMPOSER} details > summary")
    page.wait_for_selector(f"{COMPOSER}[data-ready]", timeout=CHECKER_TIMEOUT_MS)
    page.fill("input[name=compose-name]", "Ada")
    page.fill("input[name=compose-detail]", "your talk on accessible forms at PyCon in Leeds")
    page.click(f"{COMPOSER} [type=submit]")
    page.wait_for_selector(f"{COMPOSER}[data-composed]", timeout=CHECKER_TIMEOUT_MS)


def build_a_policy_link(page: Any) -> None:
    before = page.input_value("input[name=policy-link]")
    page.fill("input[name=owner-name]", "Anne-Sophie")
    page.wait_for_function(
        "before => document.querySelector('input[name=policy-link]').value !== before",
        arg=before,
        timeout=UI_TIMEOUT_MS,
    )


# ---------------------------------------------------------------------------- the <meta> policy


def test_the_page_list_covers_every_built_page(built_site: Path) -> None:
    built = {
        path.relative_to(built_site).as_posix().removesuffix("index.html")
        for path in built_site.rglob("*.html")
    }
    assert built == set(PAGES)


@pytest.mark.parametrize("path", PAGES)
def test_search_colours_tabs_and_copying_break_no_rule_of_the_policy(
    new_watch: Callable[[], Watch], site_server: str, path: str
) -> None:
    watch = new_watch()
    watch.page.goto(site_server + path, wait_until="networkidle")
    use_search(watch.page)
    switch_colours(watch.page)
    switch_content_tab(watch.page)
    copy_a_code_block(watch.page)
    watch.assert_clean(path or "/")


def test_the_checker_and_the_composer_break_no_rule_of_the_policy(
    new_watch: Callable[[], Watch], site_server: str
) -> None:
    watch = new_watch()
    watch.page.goto(site_server + "checker/")
    check_a_note(watch.page)
    compose_a_note(watch.page)
    watch.assert_clean("/checker/")


def test_the_policy_builder_breaks_no_rule_of_the_policy(
    new_watch: Callable[[], Watch], site_server: str
) -> None:
    watch = new_watch()
    watch.page.goto(site_server + "policy/")
    build_a_policy_link(watch.page)
    watch.assert_clean("/policy/")


def test_instant_page_changes_run_every_pages_scripts_under_the_first_pages_policy(
    new_watch: Callable[[], Watch], site_at_its_url: str
) -> None:
    watch = new_watch()
    page = watch.page
    page.goto(site_at_its_url, wait_until="networkidle")  # instant loading reads sitemap.xml
    page.evaluate("window.__sameDocument = true")
    for path in [p for p in PAGES if p.endswith("/")]:  # the home page is where it starts
        page.locator(f"nav.md-nav--primary a.md-nav__link[href$='{path}']").first.click()
        page.wait_for_url(site_at_its_url + path)
        page.wait_for_selector(f"link[rel=canonical][href$='/{path}']", state="attached")
        switch_content_tab(page)
        if path == "checker/":
            check_a_note(page)
    assert page.evaluate("window.__sameDocument === true"), "a link caused a full page load"
    watch.assert_clean("instant page changes")


# ---------------------------------------------------------------------------- the header policy


def test_served_with_the_header_policy_the_checker_and_its_worker_still_answer(
    new_watch: Callable[[], Watch], site_server_with_headers: str
) -> None:
    watch = new_watch()
    response = watch.page.goto(site_server_with_headers + "checker/")
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    check_a_note(watch.page)
    assert watch.page.get_attribute(f"{CHECKER} [data-verdict]", "data-verdict")
    use_search(watch.page)  # Material's search worker runs under the header policy too
    assert len(watch.page.workers) >= 2, "expected the checker's and the search's workers"
    watch.assert_clean("/checker/ with the _headers policy")
