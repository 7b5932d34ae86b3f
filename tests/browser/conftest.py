"""Fixtures for the checker's browser tests: pages with a loaded checker, and a helper that
drives the widget the way a visitor does."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

# pytest runs with --import-mode=importlib, which does not put test folders on sys.path: the
# browser tests share checker_driver.py, next to this file.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from checker_driver import Checker, watched_page  # noqa: E402


@pytest.fixture
def new_context(browser: Any) -> Iterator[Callable[..., Any]]:
    """Opens browser contexts (a fresh profile each: empty cache, no cookies) and closes them
    after the test, pass or fail."""
    contexts: list[Any] = []

    def open_context(**options: Any) -> Any:
        context = browser.new_context(**options)
        contexts.append(context)
        return context

    yield open_context
    for context in contexts:
        context.close()


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
