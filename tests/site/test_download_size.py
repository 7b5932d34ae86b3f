"""The pages state the download's size as the build makes it, never a number typed by hand."""

from __future__ import annotations

import json
from pathlib import Path


def stated_size(built_site: Path) -> str:
    wording = json.loads((built_site / "assets/checker/wording.json").read_text("utf-8"))
    return f"about {wording['download']['gzip_bytes'] / 1e6:.1f} MB"


def test_the_checker_and_about_pages_state_this_builds_size(built_site: Path) -> None:
    size = stated_size(built_site)
    for page in ("checker", "about"):
        html = (built_site / page / "index.html").read_text("utf-8")
        assert size in html, page


def test_no_page_keeps_the_size_token(built_site: Path) -> None:
    pages = [
        path
        for path in built_site.rglob("*.html")
        if "[[python-download-size]]" in path.read_text("utf-8")
    ]
    assert pages == []


def test_the_runtime_counts_what_the_worker_downloads(built_site: Path) -> None:
    runtime = json.loads((built_site / "assets/checker/runtime.json").read_text("utf-8"))
    pyodide = built_site / "assets" / runtime["pyodide_index"].removeprefix("../")
    expected = (pyodide / "pyodide.asm.wasm").stat().st_size + runtime["stdlib_bytes"]
    assert runtime["download_bytes"] == expected
