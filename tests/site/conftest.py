"""Fixtures for the site tests only (the shared ones live in tests/conftest.py)."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# pytest runs with --import-mode=importlib, which does not put test folders on sys.path;
# the site tests share one helper module (builtsite.py) that lives next to this file.
sys.path.insert(0, str(Path(__file__).resolve().parent))


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def site_at_its_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site built for, and served at, one local address (yields it, ending in '/').

    Material's instant navigation only takes over links listed in sitemap.xml, whose addresses
    come from site_url; served anywhere else, every click is a full page load. So this fixture
    does what a deployment does: pick the address first, then build with SITE_URL set to it.
    """
    directory = tmp_path_factory.mktemp("site-at-its-url")
    handler = functools.partial(_Quiet, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    address = f"http://127.0.0.1:{server.server_address[1]}/"
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_URL": address}
    build = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(directory)]
    subprocess.run(build, cwd=ROOT, env=environment, check=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield address
    server.shutdown()
    server.server_close()
