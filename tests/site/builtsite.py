"""Reading the built site for the site tests: pages, their ids, links and fetched resources."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from checker.model import GUIDE_URL

# Hosts a static site quietly ends up requesting: font services, CDNs, analytics and tag managers.
THIRD_PARTY_HOSTS = (
    "fonts.googleapis.com",
    "fonts.gstatic.com",
    "ajax.googleapis.com",
    "cdn.jsdelivr.net",
    "fastly.jsdelivr.net",
    "unpkg.com",
    "cdnjs.cloudflare.com",
    "esm.sh",
    "cdn.skypack.dev",
    "code.jquery.com",
    "stackpath.bootstrapcdn.com",
    "maxcdn.bootstrapcdn.com",
    "use.fontawesome.com",
    "kit.fontawesome.com",
    "use.typekit.net",
    "googletagmanager.com",
    "google-analytics.com",
    "static.cloudflareinsights.com",
    "plausible.io",
    "cdn.segment.com",
    "connect.facebook.net",
    "platform.twitter.com",
    "snap.licdn.com",
)

# Files a browser may read as text; everything else (wasm, zip, wheels, images) is skipped.
TEXT_SUFFIXES = {
    ".html", ".css", ".js", ".mjs", ".cjs", ".json", ".webmanifest", ".xml", ".txt",
    ".map", ".svg", ".py", ".ts",
}  # fmt: skip

# (tag, attribute) pairs whose URL the browser fetches on its own.
RESOURCE_ATTRIBUTES = {
    ("script", "src"),
    ("img", "src"),
    ("img", "srcset"),
    ("source", "src"),
    ("source", "srcset"),
    ("iframe", "src"),
    ("video", "src"),
    ("video", "poster"),
    ("audio", "src"),
    ("embed", "src"),
    ("object", "data"),
    ("link", "href"),  # except rel=canonical / alternate, see below
}
NOT_FETCHED_LINK_RELS = {"canonical", "alternate"}
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]""")


@dataclass
class Page:
    path: Path  # relative to the site root, e.g. why/index.html
    ids: set[str] = field(default_factory=set)
    links: list[str] = field(default_factory=list)  # <a href> and <link href>
    resources: list[str] = field(default_factory=list)  # URLs the browser fetches by itself
    meta: dict[str, str] = field(default_factory=dict)  # name/property -> content

    @property
    def url_path(self) -> str:
        """The path the page is served at: why/index.html -> /why/."""
        path = "/" + self.path.as_posix()
        return path.removesuffix("index.html")


class _PageParser(HTMLParser):
    def __init__(self, page: Page) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        for name in ("id", "name"):
            if name in values and tag != "meta":
                self.page.ids.add(values[name])
        if tag == "meta":
            key = values.get("property") or values.get("name")
            if key:
                self.page.meta[key] = values.get("content", "")
        if tag in ("a", "link") and "href" in values:
            self.page.links.append(values["href"])
        self.page.resources.extend(fetched_urls(tag, values))
        if "style" in values:
            self.page.resources.extend(css_urls(values["style"]))
        self.in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self.in_style = False

    def handle_data(self, data: str) -> None:
        if self.in_style:
            self.page.resources.extend(css_urls(data))


def fetched_urls(tag: str, values: dict[str, str]) -> list[str]:
    """The URLs this element makes the browser fetch."""
    rels = set(values.get("rel", "").lower().split())
    if tag == "link" and rels & NOT_FETCHED_LINK_RELS:
        return []
    urls: list[str] = []
    for attribute, value in values.items():
        if (tag, attribute) in RESOURCE_ATTRIBUTES:
            urls.extend(split_srcset(value) if attribute == "srcset" else [value])
    return urls


def split_srcset(value: str) -> list[str]:
    return [candidate.split()[0] for candidate in value.split(",") if candidate.strip()]


def css_urls(css: str) -> list[str]:
    return [url or imported for url, imported in CSS_URL.findall(css)]


def parse_page(site: Path, path: Path) -> Page:
    page = Page(path=path.relative_to(site))
    _PageParser(page).feed(path.read_text(encoding="utf-8"))
    return page


def html_pages(site: Path) -> dict[str, Page]:
    """Every built HTML page, keyed by its path relative to the site root."""
    return {
        path.relative_to(site).as_posix(): parse_page(site, path)
        for path in sorted(site.rglob("*.html"))
    }


def is_third_party(url: str) -> bool:
    """True when the browser would fetch this URL from another origin."""
    scheme = urlsplit(url).scheme.lower()
    if scheme in ("data", "blob"):
        return False
    return bool(scheme) or url.startswith("//")


def local_target(site: Path, page: Page, href: str) -> tuple[Path, str] | None:
    """The built file and #fragment an internal link points at; None for external links."""
    if href.startswith(GUIDE_URL):
        href = "/" + href.removeprefix(GUIDE_URL)
    parts = urlsplit(urljoin("http://site.invalid" + page.url_path, href))
    if parts.netloc != "site.invalid" or parts.scheme != "http":
        return None
    target = site / parts.path.lstrip("/")
    if parts.path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, parts.fragment


def text_files(site: Path) -> list[Path]:
    return sorted(
        path for path in site.rglob("*") if path.is_file() and path.suffix in TEXT_SUFFIXES
    )


def hosts_mentioned(text: str) -> set[str]:
    lowered = text.lower()
    return {host for host in THIRD_PARTY_HOSTS if host in lowered}
