"""The built site's robots.txt (hooks/robots_txt.py): crawlers are welcome, and it names the
sitemap at the site's own address."""

from __future__ import annotations

import re
from pathlib import Path

from checker.model import GUIDE_URL
from tests.hook_loading import load_hook

SITEMAP_LOC = re.compile(r"<loc>([^<]+)</loc>")


def robots_lines(site: Path) -> list[tuple[str, str]]:
    """robots.txt as (field, value) pairs, field in lower case, comments and blanks left out."""
    pairs = []
    for line in (site / "robots.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            field, _, value = line.partition(":")
            pairs.append((field.strip().lower(), value.strip()))
    return pairs


def test_robots_txt_lets_every_crawler_read_every_page(built_site: Path) -> None:
    pairs = robots_lines(built_site)
    assert ("user-agent", "*") in pairs
    assert ("allow", "/") in pairs
    # An empty Disallow allows everything too; any other value would shut crawlers out.
    assert [value for field, value in pairs if field == "disallow" and value] == []


def test_robots_txt_names_the_sitemap_at_the_site_url(built_site: Path) -> None:
    sitemaps = [value for field, value in robots_lines(built_site) if field == "sitemap"]
    assert sitemaps == [GUIDE_URL + "sitemap.xml"]
    # ...which is where the built sitemap is, and the sitemap lists pages at the same address.
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    locations = SITEMAP_LOC.findall(sitemap)
    assert GUIDE_URL in locations
    assert all(location.startswith(GUIDE_URL) for location in locations)


def test_the_sitemap_address_follows_any_site_url() -> None:
    hook = load_hook("robots_txt")
    for site_url in ("https://example.org/notes/", "https://example.org/notes"):
        assert "Sitemap: https://example.org/notes/sitemap.xml\n" in hook.robots_txt(site_url)
