"""Fixtures shared by the site and browser tests: built site, local server, Chromium."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# A _headers file's blocks: (path pattern, ((header name, value), ...)), in the file's order.
HeaderRules = tuple[tuple[str, tuple[tuple[str, str], ...]], ...]


@pytest.fixture(scope="session")
def built_site() -> Path:
    """The built site. scripts/test builds it first; a bare pytest run builds it here."""
    if not (SITE / "index.html").exists() or os.environ.get("REBUILD_SITE"):
        subprocess.run([str(ROOT / "scripts" / "build")], check=True, cwd=ROOT)
    return SITE


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012 - the stdlib defines it as a class attribute
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".wasm": "application/wasm",
        ".whl": "application/zip",
    }
    extra_headers: HeaderRules = ()

    def end_headers(self) -> None:
        for name, value in headers_for(self.extra_headers, self.path):
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def running_server(
    handler: Callable[..., http.server.BaseHTTPRequestHandler], hang_ups_are_errors: bool = True
) -> Iterator[str]:
    """Runs an HTTP server with `handler` on 127.0.0.1 at a free port, in a thread; yields its
    base URL ending in '/'. Without `hang_ups_are_errors`, a client that goes away mid-response
    (a closed tab) prints nothing."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    if not hang_ups_are_errors:
        server.handle_error = lambda request, client_address: None  # type: ignore[method-assign]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def serving(directory: Path, headers: HeaderRules = ()) -> Iterator[str]:
    """Serves `directory` on 127.0.0.1 at a free port, each response with the `headers` of every
    rule whose path matches its own; yields the base URL ending in '/'."""
    handler_class = type("Handler", (_QuietHandler,), {"extra_headers": headers})
    with running_server(functools.partial(handler_class, directory=str(directory))) as address:
        yield address


@pytest.fixture(scope="session")
def site_server(built_site: Path) -> Iterator[str]:
    """Serves the built site on 127.0.0.1 at a free port; yields the base URL ending in '/'."""
    with serving(built_site) as address:
        yield address


def read_headers_file(path: Path) -> HeaderRules:
    """A Netlify / Cloudflare Pages _headers file: (path pattern, ((name, value), ...)) blocks."""
    rules: list[tuple[str, list[tuple[str, str]]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            rules.append((line.strip(), []))
            continue
        name, _, value = line.strip().partition(":")
        rules[-1][1].append((name.strip(), value.strip()))
    assert rules and rules[0][0] == "/*", "expected a first block for every path"
    return tuple((pattern, tuple(headers)) for pattern, headers in rules)


def headers_for(rules: HeaderRules, request_path: str) -> list[tuple[str, str]]:
    """The headers of every block that matches, as both hosts merge them ("*": any rest)."""
    path = urlsplit(request_path).path
    return [
        header
        for pattern, headers in rules
        if (path.startswith(pattern[:-1]) if pattern.endswith("*") else path == pattern)
        for header in headers
    ]


@pytest.fixture(scope="session")
def site_server_with_headers(built_site: Path) -> Iterator[str]:
    """The built site served as a host that reads `_headers` serves it (the header CSP)."""
    with serving(built_site, read_headers_file(built_site / "_headers")) as address:
        yield address


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Debian Chromium driven by Playwright (no browser download)."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/setup --browser")
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


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


@pytest.fixture
def profile_context(browser: Any, tmp_path: Path) -> Iterator[Any]:
    """A browser context with its profile on disk, as a visitor's browser has. Unlike the other
    contexts (in memory, like a private window), it keeps compiled scripts in a code cache."""
    context = browser.browser_type.launch_persistent_context(
        str(tmp_path / "profile"), executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
    )
    yield context
    context.close()


@pytest.fixture(scope="session")
def site_at_its_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site built for, and served at, one local address (yields it, ending in '/').

    Material's navigation.instant only takes over links listed in sitemap.xml, whose addresses
    come from site_url; served anywhere else, every click is a full page load. So this fixture
    does what a deployment does: pick the address first, then build with SITE_URL set to it.
    """
    directory = tmp_path_factory.mktemp("site-at-its-url")
    with serving(directory) as address:
        environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": address}
        build = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(directory)]
        subprocess.run(build, cwd=ROOT, env=environment, check=True)
        yield address
