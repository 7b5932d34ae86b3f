"""Fixtures for the checker's browser tests: pages with a loaded checker, and a helper that
drives the widget the way a visitor does."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
READY_TIMEOUT_MS = 30_000
RESULT_TIMEOUT_MS = 10_000


@dataclass
class PageWatch:
    """What a page did that it should not have: dialogs opened, uncaught errors."""

    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


class Checker:
    """One checker widget on a page, driven by its form fields."""

    def __init__(self, page: Any, root: str = ".note-checker") -> None:
        self.page = page
        self.root = root

    def selector(self, inner: str) -> str:
        return f"{self.root} {inner}"

    def wait_until_ready(self) -> None:
        self.page.wait_for_selector(f"{self.root}[data-state=ready]", timeout=READY_TIMEOUT_MS)

    def set_options(
        self, *, mode: str | None = None, limit: int | None = None, name: str | None = None
    ) -> None:
        if mode is not None:
            self.page.check(self.selector(f"input[name=mode][value={mode}]"))
        if limit is not None:
            self.page.check(self.selector(f"input[name=limit][value='{limit}']"))
        if name is not None:
            self.page.fill(self.selector("input[name=name]"), name)

    def enter(self, text: str, **options: Any) -> None:
        """Sets the options, pastes the note and waits for the report on exactly that note."""
        self.set_options(**options)
        self.page.fill(self.selector("textarea[name=note]"), text)
        self.wait_for_result()

    def wait_for_result(self) -> None:
        self.page.wait_for_selector(
            f"{self.root}:not([data-pending]) .nc-verdict[data-verdict]", timeout=RESULT_TIMEOUT_MS
        )

    @property
    def verdict(self) -> str | None:
        return self.page.get_attribute(self.selector(".nc-verdict"), "data-verdict")

    def marks(self) -> list[str]:
        return self.page.locator(self.selector(".nc-backdrop mark")).all_text_contents()

    def findings(self) -> list[dict[str, str]]:
        return self.page.eval_on_selector_all(
            self.selector(".nc-finding"),
            """items => items.map(item => ({
                rule: item.dataset.rule,
                severity: item.dataset.severity,
                text: item.innerText,
                link: item.querySelector("a").href,
            }))""",
        )

    def count_text(self) -> str:
        return self.page.inner_text(self.selector(".nc-count"))


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    yield context
    context.close()


def watched_page(context: Any) -> tuple[Any, PageWatch]:
    page = context.new_page()
    watch = PageWatch()

    def on_dialog(dialog: Any) -> None:
        watch.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda error: watch.errors.append(str(error)))
    return page, watch


@pytest.fixture
def page_and_watch(context: Any) -> tuple[Any, PageWatch]:
    return watched_page(context)


@pytest.fixture(scope="module")
def ready_checker(browser: Any, site_server: str) -> Iterator[Checker]:
    """/checker/ with Python loaded, shared by a module's tests (loading takes a second or two)."""
    context = browser.new_context()
    page, watch = watched_page(context)
    page.goto(site_server + "checker/")
    checker = Checker(page)
    checker.wait_until_ready()
    yield checker
    assert watch.errors == [], f"uncaught errors on /checker/: {watch.errors}"
    context.close()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012 - the stdlib defines it as a class attribute
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".wasm": "application/wasm",
    }

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def site_with_instant_navigation(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site built for the local address it is served at (yields it, ending in '/').

    Material's navigation.instant only takes over links to addresses under site_url (it reads
    them from sitemap.xml); a site built for its public address and served on 127.0.0.1 falls
    back to full page loads. A deployment builds for its own address, and so does this fixture.
    """
    directory = tmp_path_factory.mktemp("site-instant")
    handler = functools.partial(_Quiet, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    address = f"http://127.0.0.1:{server.server_address[1]}/"
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": address}
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(directory)]
    subprocess.run(command, cwd=ROOT, env=environment, check=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield address
    server.shutdown()
    server.server_close()
