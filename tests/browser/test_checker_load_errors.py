"""When Python cannot load, the visitor gets a clear message (not a spinner forever), and the rest
of the page keeps working."""

from __future__ import annotations

from typing import Any

import pytest
from checker_driver import Checker, watched_page

from checker.wording import SITE_DEFAULT_LIMIT

ERROR_TIMEOUT_MS = 20_000


def block_everything(route: Any) -> None:
    route.abort()


def answer_404(route: Any) -> None:
    route.fulfill(status=404, body="not found")


BLOCKED = [
    pytest.param("**/assets/pyodide/**", block_everything, "could not download", id="all-pyodide"),
    # Pyodide itself would wait forever for a missing .wasm: the worker must notice.
    pytest.param("**/*.wasm", answer_404, "pyodide.asm.wasm", id="wasm-404"),
    pytest.param("**/python_stdlib.zip*", block_everything, "python_stdlib.zip", id="stdlib"),
    pytest.param(
        "**/stdlib_fallback.py*", answer_404, "stdlib_fallback.py", id="stdlib-fallback-404"
    ),
    pytest.param("**/*.whl*", answer_404, ".whl", id="checker-wheel-404"),
    pytest.param("**/assets/checker/worker.js*", answer_404, "could not be loaded", id="worker"),
]


@pytest.mark.parametrize(("pattern", "handler", "named"), BLOCKED)
def test_blocked_files_give_a_load_error_not_a_spinner(
    new_context: Any, site_server: str, pattern: str, handler: Any, named: str
) -> None:
    context = new_context()
    context.route(pattern, handler)  # context-wide, so the worker's requests are caught too
    page, watch = watched_page(context)
    page.goto(site_server + "checker/")

    page.wait_for_selector(".note-checker[data-state=error]", timeout=ERROR_TIMEOUT_MS)
    alert = page.locator(".note-checker [role=alert]")
    assert alert.is_visible()
    message = alert.inner_text()
    assert "could not start" in message
    assert named in message
    assert "python -m checker" in message
    assert page.locator(".note-checker progress").count() == 0
    assert_rest_of_page_works(page)
    assert watch.errors == []


def assert_rest_of_page_works(page: Any) -> None:
    # the form still takes text and counts it; the verdict stays empty instead of waiting
    page.fill("textarea[name=note]", "Hi Ada, we met at PyCon.")
    assert page.inner_text(".nc-count").startswith(f"24 / {SITE_DEFAULT_LIMIT}")
    page.wait_for_timeout(400)
    assert page.get_attribute(".nc-verdict", "data-verdict") is None
    assert page.get_attribute(".note-checker", "data-pending") is None
    # the page around the checker is alive: its links and its search box respond
    assert page.locator("a[href$='rules/']").first.is_visible()
    page.evaluate("document.activeElement.blur()")
    page.keyboard.press("/")  # Material's shortcut to the search box
    focused = page.evaluate("document.activeElement.getAttribute('data-md-component')")
    assert focused == "search-query"


def test_no_webassembly_gives_a_clear_message(new_context: Any, site_server: str) -> None:
    context = new_context()
    context.add_init_script("delete globalThis.WebAssembly")
    page, watch = watched_page(context)
    page.goto(site_server + "checker/")
    page.wait_for_selector(".note-checker[data-state=error]", timeout=ERROR_TIMEOUT_MS)
    assert "WebAssembly" in page.inner_text(".note-checker [role=alert]")
    assert watch.errors == []


def test_try_again_loads_the_checker_once_the_files_are_back(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    context.route("**/assets/pyodide/**", block_everything)
    page, _ = watched_page(context)
    page.goto(site_server + "checker/")
    page.wait_for_selector(".note-checker[data-state=error]", timeout=ERROR_TIMEOUT_MS)

    context.unroute("**/assets/pyodide/**")
    page.fill("textarea[name=note]", "Hi Ada, join my LinkedIn group for founders!")
    page.fill("input[name=name]", "Ada")
    page.click(".nc-retry")
    checker = Checker(page)
    checker.wait_until_ready()
    checker.wait_for_result()
    assert checker.verdict == "pitch"


def test_loading_shows_its_stages_in_order_then_goes_away(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    # record every text the status line shows, from the first paint on
    context.add_init_script(
        """window.__stages = [];
        new MutationObserver(() => {
            const text = document.querySelector('.note-checker .nc-status')?.textContent || '';
            if (text && window.__stages.at(-1) !== text) window.__stages.push(text);
        }).observe(document, { subtree: true, childList: true, characterData: true });"""
    )
    page, watch = watched_page(context)
    # a link on which the download outlasts the page's start (40 Mbit/s): on localhost the
    # worker, started from <head>, may have Python's files before the widget draws, and then the
    # widget rightly shows step 2 first
    session = context.new_cdp_session(page)
    session.send("Network.enable")
    link = {"offline": False, "latency": 20, "downloadThroughput": 5e6, "uploadThroughput": 5e6}
    session.send("Network.emulateNetworkConditions", link)
    page.goto(site_server + "checker/")
    Checker(page).wait_until_ready()

    stages = page.evaluate("window.__stages")
    steps = [int(text.split("Step ")[1][0]) for text in stages if text.startswith("Step ")]
    assert steps[0] == 1 and "Downloading" in stages[0]
    assert steps == sorted(steps) and steps[-1] == 3
    assert any("Loading the checker" in text for text in stages)
    assert page.inner_text(".note-checker .nc-status").startswith("Ready")
    assert page.locator(".note-checker progress").count() == 0
    assert watch.errors == []
