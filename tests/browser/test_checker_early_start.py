"""On the checker page, Python starts loading from the page's <head> (assets/checker/start.js),
not after the theme's scripts and the widget's modules: the worker does not wait for them. Pages
whose checker waits for the visitor, and pages without one, start nothing."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from checker_driver import Checker, watched_page

START_SCRIPT = '<script type="module" async src="../assets/checker/start.js"></script>'


def head_of(built_site: Path, page: str) -> str:
    html = (built_site / page / "index.html").read_text("utf-8")
    match = re.search(r"<head\b.*?</head>", html, re.DOTALL)
    assert match, page
    return match.group(0)


def test_the_checker_page_starts_python_from_its_head(built_site: Path) -> None:
    head = head_of(built_site, "checker")
    assert START_SCRIPT in head
    # after the security policy, which must govern it, and before the theme's stylesheets
    assert head.index('http-equiv="Content-Security-Policy"') < head.index(START_SCRIPT)
    assert head.index(START_SCRIPT) < head.index('rel="stylesheet"')
    for module in ("client.js", "protocol.js"):  # what start.js imports, fetched at once
        assert f'<link rel="modulepreload" href="../assets/checker/{module}">' in head


def test_pages_whose_checker_waits_for_the_visitor_start_nothing(built_site: Path) -> None:
    for page in ("policy", "", "rules"):
        assert "start.js" not in (built_site / page / "index.html").read_text("utf-8"), page


def test_python_loads_before_the_checkers_scripts_have_run(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    page, _ = watched_page(context)
    held = []
    # the widget's and the composer's modules held back (either would start the worker): the
    # worker, started from <head>, is downloading Python all the same
    for script in ("checker/widget.js", "composer/composer.js"):
        page.route(f"**/assets/{script}", lambda route: held.append(route))
    downloads: list[str] = []
    context.on("request", lambda request: downloads.append(request.url))
    page.goto(site_server + "checker/", wait_until="commit")  # "load" would wait for widget.js
    deadline = 30_000
    while not any(url.endswith("pyodide.asm.wasm") for url in downloads) and deadline > 0:
        page.wait_for_timeout(100)
        deadline -= 100
    assert any(url.endswith("pyodide.asm.wasm") for url in downloads)
    assert page.locator(".note-checker textarea").count() == 0  # the widget is not there yet
    # let the widget in: it finds the worker running and checks a note with it
    for route in held:
        route.continue_()
    checker = Checker(page)
    checker.wait_until_ready()
    checker.enter("Hi Ada, I loved your PyCon talk on accessible forms. I'd like to keep in touch.")
    assert checker.verdict == "personal"
    # one worker: the widget used the one start.js began
    assert [url for url in downloads if url.endswith("/assets/checker/worker.js")] == [
        site_server + "assets/checker/worker.js"
    ]
