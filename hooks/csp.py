"""MkDocs hook: a strict Content-Security-Policy on every page, and the same policy as headers.

Every HTML page gets, right after its <meta charset>, a
`<meta http-equiv="Content-Security-Policy">`; the site root gets a `_headers` file (Netlify /
Cloudflare Pages format) with the same policy as an HTTP header plus what only a header can
carry, and the caching of the runtime's files. Both policies are made by `policy()` from the one
table, `DIRECTIVES`.

What the policy allows, and why:

- Scripts: the site's own files, and each inline <script> by its SHA-256 hash. No
  'unsafe-inline', no 'unsafe-eval'. Every page lists the hashes of every inline script in the
  whole site, not only its own, so all pages carry the same policy. navigation.instant swaps the
  next page's content into the current document and re-runs its inline scripts (the content
  tabs' scripts, say) under the policy of the page first loaded; and it copies into <head> any
  head element the new page has and the current one lacks, so a different <meta> policy would be
  added to the one in force, and a browser enforces both. (The `data:,` script fallbacks that
  hooks/no_cdn.py leaves in Material's bundle stay blocked: nothing on this site reaches them.)
- 'wasm-unsafe-eval', in the header only: the checker's module worker compiles Pyodide's
  WebAssembly, and a worker is governed by the policy sent with its own script (header), not by
  the page's <meta>. Found in headless Chromium: with the header policy and no such source,
  WebAssembly.instantiateStreaming() in the worker is refused and the checker never loads; with
  it (and no 'unsafe-eval') the checker gives its verdict. With the <meta> policy alone the
  worker runs unrestricted, and the page itself compiles no WebAssembly, so the <meta> leaves it
  out. One `/*` header block serves every file, so documents receive it too; it allows compiling
  WebAssembly only, never JavaScript from strings.
- Styles: the site's own stylesheets only ('self', no 'unsafe-inline', no hashes needed). The
  built pages hold no <style> element and no style= attribute; Pygments highlights with CSS
  classes; Material and the site's scripts change styles through the CSSOM
  (element.style.setProperty), which a policy does not restrict.
- Images: 'self' and data:, because Material's stylesheet draws its icons (admonitions, details,
  tabs, navigation arrows) as data: SVG URLs; the icons in the pages are inline <svg>.
- Fonts, fetches, workers, the web manifest: the site's own only; no plugins, no <base>
  elsewhere, forms post only to the site.

Why one `/*` block for the policy in `_headers` and not one block per page: both hosts merge
every block whose path matches, so a page-specific policy would be sent alongside the `/*` one
and both would be enforced; and because of navigation.instant each page needs every page's
hashes anyway. The file's one other block lets browsers keep Python's runtime files for a year
(KEPT_FOR_A_YEAR). The file is written after the build, so it is in no sitemap or search index.
A host that ignores `_headers` (GitHub Pages) serves it as a plain file; the <meta> policy
still applies there.

Under `mkdocs serve` the server appends its live-reload <script> to every page, and that script
carries a fresh timestamp on every response, so no hash can allow it. There the <meta> allows
inline scripts instead of listing hashes (a hash would switch 'unsafe-inline' off); the rest of
the policy, and the built site's `_headers`, are unchanged. `mkdocs build` always gets the hashes.

It rewrites the built pages in on_post_build, last among the hooks: only then is every page's
final HTML known, and the same holds under `mkdocs serve`, which builds into a directory too.
The rewrite replaces an earlier policy tag, so a dirty rebuild never stacks two.
"""

from __future__ import annotations

import base64
import hashlib
import html
import logging
import re
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import Path
from typing import Literal

from mkdocs.config.defaults import MkDocsConfig

log = logging.getLogger("mkdocs.hooks.csp")

DIRECTIVES: dict[str, tuple[str, ...]] = {
    "default-src": ("'self'",),
    "script-src": ("'self'",),  # + the inline scripts' hashes
    "style-src": ("'self'",),
    "img-src": ("'self'", "data:"),  # Material's stylesheet draws its icons as data: SVGs
    "font-src": ("'self'",),
    "connect-src": ("'self'",),
    "worker-src": ("'self'",),
    "manifest-src": ("'self'",),
    "object-src": ("'none'",),
    "base-uri": ("'self'",),
    "form-action": ("'self'",),
}
# Browsers ignore these in a <meta> policy.
HEADER_ONLY_DIRECTIVES: dict[str, tuple[str, ...]] = {"frame-ancestors": ("'none'",)}
HEADER_ONLY_SCRIPT_SOURCES = ("'wasm-unsafe-eval'",)
LIVE_RELOAD_SCRIPT_SOURCES = ("'unsafe-inline'",)
OTHER_HEADERS = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}
HEADERS_FILE = "_headers"
# What a browser may keep without asking again: hooks/checker_assets.py names each folder of
# Python's runtime with a digest of its files (and the standard libraries in it are asked for with
# a ?v= digest), so a changed file always comes at a new address. Everything else revalidates,
# as the hosts do by default. (Netlify and Cloudflare Pages merge this block with the `/*` one.)
KEPT_FOR_A_YEAR = {"/assets/pyodide/*": "public, max-age=31536000, immutable"}

# Script types the browser runs (the HTML standard's JavaScript MIME types, "module"), plus the
# inline types it also checks against script-src. Any other type is a data block.
JAVASCRIPT_TYPES = {
    "", "module", "importmap", "speculationrules",
    "application/ecmascript", "application/javascript", "application/x-ecmascript",
    "application/x-javascript", "text/ecmascript", "text/javascript", "text/javascript1.0",
    "text/javascript1.1", "text/javascript1.2", "text/javascript1.3", "text/javascript1.4",
    "text/javascript1.5", "text/jscript", "text/livescript", "text/x-ecmascript",
    "text/x-javascript",
}  # fmt: skip

META_TAG = '<meta http-equiv="Content-Security-Policy" content="{policy}">'
EARLIER_META_TAG = re.compile(r'\s*<meta http-equiv="Content-Security-Policy" content="[^"]*">')
# The policy tag goes after <meta charset> (which must stay first) and before anything else.
HEAD_START = re.compile(r"<head\b[^>]*>(?:\s*<meta\s+charset=[^>]*>)?", re.IGNORECASE)

Delivery = Literal["meta", "header", "live-reload-meta"]


# ---------------------------------------------------------------------------- the policy


def policy(script_hashes: Iterable[str], delivery: Delivery) -> str:
    """The policy text for a <meta> tag, the HTTP header, or a <meta> under `mkdocs serve`."""
    directives = {name: list(sources) for name, sources in DIRECTIVES.items()}
    if delivery == "live-reload-meta":
        directives["script-src"] += LIVE_RELOAD_SCRIPT_SOURCES
    else:
        directives["script-src"] += [f"'{digest}'" for digest in sorted(set(script_hashes))]
    if delivery == "header":
        directives["script-src"] += HEADER_ONLY_SCRIPT_SOURCES
        directives.update({name: list(sources) for name, sources in HEADER_ONLY_DIRECTIVES.items()})
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


def headers_file(script_hashes: Iterable[str]) -> str:
    headers = {"Content-Security-Policy": policy(script_hashes, "header"), **OTHER_HEADERS}
    lines = ["# Written by hooks/csp.py at build time.", "/*"]
    lines += [f"  {name}: {value}" for name, value in headers.items()]
    for path, value in KEPT_FOR_A_YEAR.items():
        lines += [path, f"  Cache-Control: {value}"]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------- inline scripts


def runs_inline(script_attributes: dict[str, str]) -> bool:
    """True for a <script> whose own text the browser runs (no src, not a data block)."""
    script_type = script_attributes.get("type", "").strip().lower()
    return "src" not in script_attributes and script_type in JAVASCRIPT_TYPES


class _InlineScripts(HTMLParser):
    """Collects the text of every inline <script> the browser would run."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self._current: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "script":
            return
        values = {name: value or "" for name, value in attrs}
        self._current = [] if runs_inline(values) else None

    def handle_data(self, data: str) -> None:
        if self._current is not None:
            self._current.append(data)  # script text arrives raw, possibly in several pieces

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._current is not None:
            self.texts.append("".join(self._current))
            self._current = None


def inline_scripts(page_html: str) -> list[str]:
    parser = _InlineScripts()
    parser.feed(page_html)
    parser.close()
    return parser.texts


def script_hash(text: str) -> str:
    """The hash source for one script, as the browser computes it: over the UTF-8 text, after
    the HTML parser has turned every CR LF and lone CR into LF."""
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    digest = hashlib.sha256(normalized.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


# ---------------------------------------------------------------------------- pages


def without_policy_tag(page_html: str) -> str:
    return EARLIER_META_TAG.sub("", page_html)


def with_policy_tag(page_html: str, page_policy: str) -> str:
    head = HEAD_START.search(page_html)
    if head is None:
        return page_html  # an HTML fragment, not a page
    tag = META_TAG.format(policy=html.escape(page_policy, quote=False).replace('"', "&quot;"))
    return f"{page_html[: head.end()]}\n    {tag}{page_html[head.end() :]}"


def built_pages(site_dir: Path) -> dict[Path, str]:
    """Every HTML file of the site, without a policy tag a previous build may have left."""
    return {
        path: without_policy_tag(path.read_text(encoding="utf-8"))
        for path in sorted(site_dir.rglob("*.html"))
    }


# ---------------------------------------------------------------------------- hooks

_serving = False


def on_startup(command: str, dirty: bool, **kwargs: object) -> None:
    global _serving
    _serving = command == "serve"


def on_post_build(config: MkDocsConfig, **kwargs: object) -> None:
    site_dir = Path(config["site_dir"])
    pages = built_pages(site_dir)
    hashes = sorted({script_hash(text) for page in pages.values() for text in inline_scripts(page)})
    page_policy = policy(hashes, "live-reload-meta" if _serving else "meta")
    for path, page_html in pages.items():
        path.write_text(with_policy_tag(page_html, page_policy), encoding="utf-8")
    (site_dir / HEADERS_FILE).write_text(headers_file(hashes), encoding="utf-8")
    log.debug("policy on %d pages, %d inline script hashes", len(pages), len(hashes))
