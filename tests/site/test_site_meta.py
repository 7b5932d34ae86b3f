"""Build strictness, page descriptions and link-preview tags."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from builtsite import Page, html_pages

from checker.model import GUIDE_URL

ROOT = Path(__file__).resolve().parents[2]
GUIDE_PAGES = ("why", "how-to-add-a-note", "writing", "templates", "receiving", "rules")


@pytest.fixture(scope="module")
def pages(built_site: Path) -> dict[str, Page]:
    return html_pages(built_site)


def test_the_site_builds_with_strict_checks_and_no_warning(tmp_path: Path) -> None:
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)]
    result = subprocess.run(mkdocs, cwd=ROOT, env=environment, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    assert (tmp_path / "rules" / "index.html").is_file()


@pytest.mark.parametrize("name", ["index", *GUIDE_PAGES])
def test_each_page_has_its_own_description_and_link_preview_tags(
    pages: dict[str, Page], name: str
) -> None:
    page = pages["index.html" if name == "index" else f"{name}/index.html"]
    meta = page.meta
    assert len(meta["description"]) > 60
    assert meta["og:description"] == meta["description"]
    assert meta["twitter:card"] == "summary_large_image"
    assert meta["og:url"] == GUIDE_URL + ("" if name == "index" else f"{name}/")
    assert meta["og:image"].startswith(GUIDE_URL)
    assert "Two-Minute Note" in meta["og:title"]


def test_descriptions_differ_from_page_to_page(pages: dict[str, Page]) -> None:
    descriptions = [pages[f"{name}/index.html"].meta["description"] for name in GUIDE_PAGES]
    assert len(set(descriptions)) == len(descriptions)


def test_the_preview_image_is_published(built_site: Path, pages: dict[str, Page]) -> None:
    image = pages["index.html"].meta["og:image"].removeprefix(GUIDE_URL)
    assert (built_site / image).stat().st_size > 10_000
