"""Every internal link, resource and #anchor in the built site points at something that exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from builtsite import Page, html_pages, local_target

SKIPPED_SCHEMES = ("mailto:", "tel:", "javascript:", "data:", "blob:")
HREF = re.compile(r'<a [^>]*href="([^"]*)"')


def broken_links(site: Path, pages: dict[str, Page]) -> list[str]:
    problems = []
    for name, page in pages.items():
        for href in [*page.links, *page.resources]:
            if not href or href.startswith(SKIPPED_SCHEMES):
                continue
            target = local_target(site, page, href)
            if target is None:
                continue  # an external link: allowed for <a href>, checked elsewhere for resources
            path, fragment = target
            if not path.is_file():
                problems.append(f"{name}: {href} -> missing {path.relative_to(site)}")
                continue
            if fragment and path.suffix == ".html":
                target_page = pages[path.relative_to(site).as_posix()]
                if fragment not in target_page.ids:
                    problems.append(f"{name}: {href} -> no id {fragment!r} in the target page")
    return problems


@pytest.fixture(scope="module")
def pages(built_site: Path) -> dict[str, Page]:
    return html_pages(built_site)


def test_every_internal_link_and_anchor_resolves(built_site: Path, pages: dict[str, Page]) -> None:
    assert broken_links(built_site, pages) == []


def test_the_link_checker_notices_a_missing_page_and_a_missing_anchor(tmp_path: Path) -> None:
    (tmp_path / "why").mkdir()
    (tmp_path / "why" / "index.html").write_text('<h2 id="real">Real</h2>', encoding="utf-8")
    (tmp_path / "index.html").write_text(
        '<a href="why/#real">ok</a> <a href="why/#gone">anchor</a> <a href="nowhere/">page</a>'
        ' <a href="https://example.org/">external</a>',
        encoding="utf-8",
    )
    problems = broken_links(tmp_path, html_pages(tmp_path))
    assert len(problems) == 2
    assert any("'gone'" in problem for problem in problems)
    assert any("nowhere" in problem for problem in problems)


def test_every_guide_page_is_one_click_from_homes_own_text(built_site: Path) -> None:
    """Linked from the home page's article itself, not only from the menu (hidden on phones)."""
    home = (built_site / "index.html").read_text(encoding="utf-8")
    article = home.split("<article", 1)[1].split("</article>", 1)[0]
    linked_from_home = {href.split("#")[0].strip("./") for href in HREF.findall(article)}
    for page in ("why", "how-to-add-a-note", "writing", "templates", "receiving", "rules"):
        assert page in linked_from_home, f"the home page has no link to /{page}/"


def test_the_404_page_is_ours_and_links_from_the_site_root(built_site: Path) -> None:
    not_found = (built_site / "404.html").read_text(encoding="utf-8")
    assert "This page does not exist" in not_found
    assert 'href="/writing/"' in not_found  # absolute: the page is served at any depth
