"""Fixtures for the checker's browser tests: pages with a loaded checker, and a helper that
drives the widget the way a visitor does."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

# pytest runs with --import-mode=importlib, which does not put test folders on sys.path: the
# browser tests share checker_driver.py, next to this file.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from checker_driver import Checker, watched_page  # noqa: E402


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
