"""On the checker page, Python starts loading from the page's <head> (assets/checker/start.js),
not after the theme's scripts and the widget's modules: the worker does not wait for them. Pages
whose checker waits for the visitor, and pages without one, start nothing."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from checker_driver import Checker, wait_until, watched_page

ROOT = Path(__file__).resolve().parents[2]
START_SCRIPT = re.compile(
    r'<script type="module" async src="(\.\./assets/checker/start\.js[^"]*)"></script>'
)
NOTE = "Hi Ada, I loved your PyCon talk on accessible forms. I'd like to keep in touch."


def head_of(built_site: Path, page: str) -> str:
    html = (built_site / page / "index.html").read_text("utf-8")
    match = re.search(r"<head\b.*?</head>", html, re.DOTALL)
    assert match, page
    return match.group(0)


def test_the_checker_page_starts_python_from_its_head(built_site: Path) -> None:
    head = head_of(built_site, "checker")
    start = START_SCRIPT.search(head)
    assert start is not None
    # after the security policy, which must govern it, and before the theme's stylesheets
    assert head.index('http-equiv="Content-Security-Policy"') < start.start()
    assert start.end() < head.index('rel="stylesheet"')
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
    assert wait_until(page, lambda: any(url.endswith("pyodide.asm.wasm") for url in downloads))
    assert page.locator(".note-checker textarea").count() == 0  # the widget is not there yet
    # let the widget in: it finds the worker running and checks a note with it
    for route in held:
        route.continue_()
    checker = Checker(page)
    checker.wait_until_ready()
    checker.enter(NOTE)
    assert checker.verdict == "personal"
    # one worker: the widget used the one start.js began
    workers = [url for url in downloads if "/assets/checker/worker.js" in url]
    assert len(workers) == 1 and workers[0].startswith(site_server + "assets/checker/worker.js?")


def start_hints(built_site: Path) -> dict[str, str]:
    start = START_SCRIPT.search(head_of(built_site, "checker"))
    assert start is not None
    query = urlsplit(html.unescape(start[1])).query
    return {name: values[0] for name, values in parse_qs(query).items()}


def test_start_js_tells_the_worker_where_pythons_big_files_are(built_site: Path) -> None:
    """runtime.json's addresses, under the names worker.js and client.js read (protocol.js)."""
    hints = start_hints(built_site)
    protocol = (ROOT / "docs/assets/checker/protocol.js").read_text("utf-8")
    named = re.search(r"WORKER_HINTS = Object\.freeze\(\[([^\]]*)\]\)", protocol)
    assert named is not None
    assert sorted(hints) == sorted(re.findall(r'"([^"]+)"', named[1]))
    runtime = json.loads((built_site / "assets/checker/runtime.json").read_text("utf-8"))
    assert hints == {name: runtime[name] for name in hints}


def test_the_worker_downloads_python_before_it_has_read_runtime_json(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    held: list[Any] = []  # runtime.json's request, held back
    requests: list[str] = []
    context.route("**/assets/checker/runtime.json", lambda route: held.append(route))
    context.on("request", lambda request: requests.append(request.url))
    page, watch = watched_page(context)
    page.goto(site_server + "checker/", wait_until="commit")
    assert wait_until(page, lambda: any(url.endswith("pyodide.asm.wasm") for url in requests))
    assert wait_until(page, lambda: any("python_stdlib.zip" in url for url in requests))
    # runtime.json was asked for too, and is held: both downloads began before it was answered
    # (its request may reach the route a moment after theirs are seen)
    assert wait_until(page, lambda: len(held) == 1)
    held[0].continue_()
    checker = Checker(page)
    checker.wait_until_ready()
    checker.enter(NOTE)
    assert checker.verdict == "personal"
    assert sum(url.endswith("pyodide.asm.wasm") for url in requests) == 1  # the same download
    assert watch.errors == []


def test_a_page_of_an_older_build_still_loads_what_runtime_json_names(
    new_context: Any, site_server: str
) -> None:
    """start.js named other files than runtime.json does (a page cached from an older build):
    the worker drops its early downloads and fetches runtime.json's."""
    context = new_context()
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))

    def newer_stdlib(route: Any) -> None:
        response = route.fetch()
        manifest = response.json()
        manifest["stdlib"] = manifest["stdlib"].replace("?v=", "?v=0")
        route.fulfill(response=response, body=json.dumps(manifest))

    context.route("**/assets/checker/runtime.json", newer_stdlib)
    page, watch = watched_page(context)
    page.goto(site_server + "checker/")
    checker = Checker(page)
    checker.wait_until_ready()
    checker.enter(NOTE)
    assert checker.verdict == "personal"
    versions = sorted({url.split("?v=")[1] for url in requests if "python_stdlib.zip?v=" in url})
    assert len(versions) == 2 and versions[0] == "0" + versions[1]  # the early one, then the named
    assert watch.errors == []
