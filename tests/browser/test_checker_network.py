"""Where the checker's bytes come from: only the site's own origin, and only on pages that hold
a checker."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest
from checker_driver import Checker, watched_page

GUIDE_PAGES = ["", "why/", "how-to-add-a-note/", "writing/", "rules/"]


def origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def test_every_request_of_the_checker_page_goes_to_its_own_origin(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    page, _ = watched_page(context)
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    context.on("request", lambda request: requests.append(request.url))  # the worker's too
    page.goto(site_server + "checker/")
    checker = Checker(page)
    checker.wait_until_ready()
    checker.enter("Hi Ada, we met at PyCon; I'd like to keep in touch.", name="Ada")
    page.wait_for_load_state("networkidle")

    others = sorted({url for url in requests if origin(url) != origin(site_server)})
    assert others == []
    fetched = {urlsplit(url).path.rsplit("/", 1)[-1] for url in requests}
    # the worker did load the self-hosted runtime (so the list above is not trivially empty)
    assert {"pyodide.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "worker.js"} <= fetched
    assert any(name.endswith(".whl") for name in fetched)


@pytest.mark.parametrize("path", GUIDE_PAGES)
def test_a_guide_page_fetches_no_pyodide_and_no_checker(
    new_context: Any, site_server: str, path: str
) -> None:
    context = new_context()
    page, _ = watched_page(context)
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page.goto(site_server + path)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)

    assert requests, "the page made no request at all: the recorder is broken"
    checker_files = [
        url
        for url in requests
        if url.endswith((".wasm", ".whl", "python_stdlib.zip"))
        or "/assets/pyodide/" in url
        or "/assets/checker/" in url
    ]
    assert checker_files == []


def test_only_pages_with_a_widget_link_the_checker_assets(built_site: Any) -> None:
    pages_with_assets = sorted(
        str(page.relative_to(built_site))
        for page in built_site.rglob("*.html")
        if "assets/checker/widget.js" in page.read_text(encoding="utf-8")
    )
    pages_with_widget = sorted(
        str(page.relative_to(built_site))
        for page in built_site.rglob("*.html")
        if 'class="note-checker' in page.read_text(encoding="utf-8")
    )
    assert "checker/index.html" in pages_with_assets
    assert pages_with_assets == pages_with_widget


def test_the_policy_page_fetches_python_only_once_the_visitor_turns_to_the_checker(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    wasm: list[str] = []
    context.on("request", lambda request: wasm.append(request.url))
    page = context.new_page()
    page.goto(site_server + "policy/?name=Anne")
    page.wait_for_selector(".note-checker.nc-mounted")
    page.wait_for_timeout(500)
    fetched = [url for url in wasm if ".wasm" in url]
    assert fetched == [], "a visitor who only reads the policy page downloads Python"
    assert "Start the checker" in page.inner_text(".note-checker .nc-status")
    page.click(".note-checker textarea[name=note]")
    page.wait_for_selector(".note-checker[data-state=ready]", timeout=30_000)
    assert any(url.endswith(".wasm") for url in wasm)
    page.fill(".note-checker textarea[name=note]", "Hi Anne, join my group!")
    page.wait_for_selector(".note-checker .nc-verdict[data-verdict=pitch]")


def test_start_the_checker_moves_focus_to_the_note(new_context: Any, site_server: str) -> None:
    page = new_context().new_page()
    page.goto(site_server + "policy/")
    page.get_by_role("button", name="Start the checker").click()
    assert page.evaluate("document.activeElement.name") == "note"
