"""Fixtures shared by the site and browser tests: built site, local server, Chromium."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

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
    extra_headers: tuple[tuple[str, str], ...] = ()

    def end_headers(self) -> None:
        for name, value in self.extra_headers:
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serving(directory: Path, headers: tuple[tuple[str, str], ...] = ()) -> Iterator[str]:
    """Serves `directory` on 127.0.0.1 at a free port, with `headers` on every response;
    yields the base URL ending in '/'."""
    handler_class = type("Handler", (_QuietHandler,), {"extra_headers": headers})
    handler = functools.partial(handler_class, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_server(built_site: Path) -> Iterator[str]:
    """Serves the built site on 127.0.0.1 at a free port; yields the base URL ending in '/'."""
    with serving(built_site) as address:
        yield address


def read_headers_file(path: Path) -> tuple[tuple[str, str], ...]:
    """The headers of the `/*` block of a Netlify / Cloudflare Pages _headers file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    rules = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    assert rules[0] == "/*", "expected one block for every path"
    headers = []
    for line in rules[1:]:
        name, _, value = line.strip().partition(":")
        headers.append((name.strip(), value.strip()))
    return tuple(headers)


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
