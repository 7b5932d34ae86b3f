"""MkDocs hook: keep the theme's JavaScript from ever reaching a third-party host.

Material's bundle carries two fallbacks that load scripts from unpkg.com: a ResizeObserver
polyfill (only for browsers older than 2020) and Mermaid (only for pages with diagrams; we have
none). The site promises no third-party requests, so after the build we point both at an empty
inline script (``data:,``): old browsers lose a few layout niceties, nobody is sent elsewhere.
The theme's JavaScript source maps, which repeat those addresses and are only useful for
debugging Material itself, are not published.

Only Material's own files under assets/javascripts/ are touched, so a CDN address that another
part of the build introduces still fails the checks in tests/site/test_no_third_party.py.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.no_cdn")

UNPKG_URL = re.compile(r"https://unpkg\.com/[^\"'`\s\\]*")
SOURCE_MAP_COMMENT = re.compile(r"\n?//# sourceMappingURL=\S+\s*$")
EMPTY_SCRIPT = "data:,"


def theme_scripts(site_dir: Path) -> list[Path]:
    scripts = site_dir / "assets" / "javascripts"
    return sorted([*scripts.glob("bundle.*.js"), *scripts.glob("workers/*.js")])


def strip_cdn_fallbacks(script: Path) -> int:
    """Rewrites unpkg.com addresses in one script, drops its source map; returns the count."""
    text = script.read_text(encoding="utf-8")
    rewritten, count = UNPKG_URL.subn(EMPTY_SCRIPT, text)
    rewritten = SOURCE_MAP_COMMENT.sub("\n", rewritten)
    if rewritten != text:
        script.write_text(rewritten, encoding="utf-8")
    script.with_name(script.name + ".map").unlink(missing_ok=True)
    return count


def on_post_build(config, **kwargs) -> None:
    site_dir = Path(config["site_dir"])
    replaced = sum(strip_cdn_fallbacks(script) for script in theme_scripts(site_dir))
    log.debug("replaced %d unpkg.com fallback(s) in the theme's scripts", replaced)
