"""MkDocs hook: keep the theme's JavaScript from ever reaching a third-party host.

Material's bundle carries two fallbacks that load scripts from unpkg.com: a ResizeObserver
polyfill (only for browsers older than 2020) and Mermaid (only for pages with diagrams; we have
none). The site promises no third-party requests, so after the build we point both at an empty
same-document script (``data:,``). Old browsers lose a few layout niceties; nobody is sent
elsewhere. Only Material's own files under assets/javascripts/ are touched, so a CDN address
that another part of the build introduces still fails the tests in tests/site/.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.no_cdn")

# Any https://unpkg.com/... address inside a JavaScript string or a source map.
UNPKG_URL = re.compile(r"https://unpkg\.com/[^\"'`\s\\]*")
EMPTY_SCRIPT = "data:,"
THEME_FILES = ("bundle.*.js", "bundle.*.js.map", "workers/*.js", "workers/*.js.map")


def theme_scripts(site_dir: Path) -> list[Path]:
    scripts = site_dir / "assets" / "javascripts"
    return sorted(path for pattern in THEME_FILES for path in scripts.glob(pattern))


def strip_cdn_fallbacks(path: Path) -> int:
    """Rewrites unpkg.com addresses in one file; returns how many it replaced."""
    text = path.read_text(encoding="utf-8")
    rewritten, count = UNPKG_URL.subn(EMPTY_SCRIPT, text)
    if count:
        path.write_text(rewritten, encoding="utf-8")
    return count


def on_post_build(config, **kwargs) -> None:
    site_dir = Path(config["site_dir"])
    replaced = sum(strip_cdn_fallbacks(path) for path in theme_scripts(site_dir))
    log.debug("replaced %d unpkg.com fallback(s) in the theme's scripts", replaced)
