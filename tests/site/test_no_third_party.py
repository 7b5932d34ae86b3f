"""The built site never makes the browser contact another host: no CDN, web font or analytics."""

from __future__ import annotations

from pathlib import Path

from builtsite import (
    css_urls,
    hosts_mentioned,
    html_pages,
    is_third_party,
    text_files,
)


def third_party_resources(site: Path) -> list[str]:
    found = []
    for name, page in html_pages(site).items():
        found += [f"{name}: {url}" for url in page.resources if is_third_party(url)]
    for stylesheet in site.rglob("*.css"):
        urls = css_urls(stylesheet.read_text(encoding="utf-8", errors="replace"))
        found += [f"{stylesheet.relative_to(site)}: {url}" for url in urls if is_third_party(url)]
    return found


def files_naming_third_party_hosts(site: Path) -> list[str]:
    found = []
    for path in text_files(site):
        hosts = hosts_mentioned(path.read_text(encoding="utf-8", errors="replace"))
        found += [f"{path.relative_to(site)}: {host}" for host in sorted(hosts)]
    return found


def test_pages_and_stylesheets_fetch_only_same_origin_resources(built_site: Path) -> None:
    assert third_party_resources(built_site) == []


def test_no_built_text_file_names_a_cdn_font_or_analytics_host(built_site: Path) -> None:
    assert files_naming_third_party_hosts(built_site) == []


def test_the_scans_catch_a_font_a_script_and_a_hidden_cdn_url(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(
        '<link rel="canonical" href="https://example.org/">'
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">'
        '<img srcset="a.png 1x, //img.example.net/b.png 2x"><script src="local.js"></script>',
        encoding="utf-8",
    )
    (tmp_path / "extra.css").write_text("@import 'https://example.net/x.css';", encoding="utf-8")
    (tmp_path / "worker.mjs").write_text('const u = "https://cdn.jsdelivr.net/pyodide/";')
    resources = third_party_resources(tmp_path)
    assert len(resources) == 3  # the font, the protocol-relative image, the CSS @import
    assert files_naming_third_party_hosts(tmp_path) == [
        "index.html: fonts.googleapis.com",
        "worker.mjs: cdn.jsdelivr.net",
    ]
