"""The Content-Security-Policy hooks/csp.py puts on every built page and in site/_headers."""

from __future__ import annotations

import base64
import hashlib
import html
import re
import shutil
from pathlib import Path

import pytest
from tests.hook_loading import load_hook


# Written independently of the hook's HTML parser, so the two cross-check each other.
META_POLICY = re.compile(
    r"<meta\s+http-equiv=\"?content-security-policy\"?\s+content=\"([^\"]*)\"\s*/?>", re.I
)
SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.I | re.S)
TYPE_ATTRIBUTE = re.compile(r"\btype\s*=\s*\"?([^\"\s>]*)", re.I)
SRC_ATTRIBUTE = re.compile(r"\bsrc\s*=", re.I)
DATA_BLOCK_TYPES = {"application/json", "application/ld+json", "text/template"}
HEAD = re.compile(r"<head\b[^>]*>(.*?)</head>", re.I | re.S)
CHARSET = re.compile(r"<meta\s+charset=[^>]*>", re.I)
# Cloudflare Pages ignores a _headers line longer than this.
HEADERS_LINE_LIMIT = 2000


def parse_policy(text: str) -> dict[str, list[str]]:
    directives = [part.split() for part in text.split(";") if part.strip()]
    return {words[0]: words[1:] for words in directives}


def meta_policies(page_html: str) -> list[str]:
    return [html.unescape(content) for content in META_POLICY.findall(page_html)]


def inline_script_hashes(page_html: str) -> set[str]:
    hashes = set()
    for attributes, text in SCRIPT.findall(page_html):
        declared = TYPE_ATTRIBUTE.search(attributes)
        if SRC_ATTRIBUTE.search(attributes) or (
            declared and declared.group(1).lower() in DATA_BLOCK_TYPES
        ):
            continue
        digest = hashlib.sha256(text.encode("utf-8")).digest()
        hashes.add("'sha256-" + base64.b64encode(digest).decode("ascii") + "'")
    return hashes


def headers_rules(site: Path) -> dict[str, dict[str, str]]:
    """_headers as {path: {header: value}}, the way Netlify and Cloudflare Pages read it."""
    rules: dict[str, dict[str, str]] = {}
    current: dict[str, str] = {}
    for line in (site / "_headers").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            current = rules.setdefault(line.strip(), {})
            continue
        name, _, value = line.strip().partition(":")
        current[name.strip()] = value.strip()
    return rules


@pytest.fixture(scope="module")
def pages(built_site: Path) -> dict[str, str]:
    return {
        path.relative_to(built_site).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(built_site.rglob("*.html"))
    }


@pytest.fixture(scope="module")
def header_policy(built_site: Path) -> dict[str, list[str]]:
    return parse_policy(headers_rules(built_site)["/*"]["Content-Security-Policy"])


def test_every_page_has_exactly_one_policy_tag_first_in_its_head(pages: dict[str, str]) -> None:
    assert {"index.html", "404.html", "checker/index.html", "policy/index.html"} <= set(pages)
    for name, page_html in pages.items():
        assert len(meta_policies(page_html)) == 1, name
        head = HEAD.search(page_html)
        assert head is not None, name
        policy_tag = META_POLICY.search(head.group(1))
        assert policy_tag is not None, f"{name}: the policy is not in <head>"
        before_policy = head.group(1)[: policy_tag.start()]
        # only <meta charset> may come first: a policy does not cover what precedes it
        assert CHARSET.sub("", before_policy).strip() == "", f"{name}: {before_policy!r}"


def test_every_page_allows_the_inline_scripts_of_every_page(pages: dict[str, str]) -> None:
    # navigation.instant runs the next page's scripts under the first page's policy
    every_hash = set().union(*(inline_script_hashes(page_html) for page_html in pages.values()))
    assert len(every_hash) >= 3  # Material's own inline scripts, at least
    for name, page_html in pages.items():
        script_src = parse_policy(meta_policies(page_html)[0])["script-src"]
        assert every_hash <= set(script_src), f"{name} misses {every_hash - set(script_src)}"


def test_the_page_policy_is_strict(pages: dict[str, str]) -> None:
    for name, page_html in pages.items():
        directives = parse_policy(meta_policies(page_html)[0])
        assert directives["default-src"] == ["'self'"], name
        assert [s for s in directives["script-src"] if not s.startswith("'sha256-")] == ["'self'"]
        assert directives["style-src"] == ["'self'"], name
        assert directives["img-src"] == ["'self'", "data:"], name
        assert directives["object-src"] == ["'none'"], name
        for directive in ("font-src", "connect-src", "worker-src", "manifest-src", "base-uri"):
            assert directives[directive] == ["'self'"], f"{name}: {directive}"
        assert directives["form-action"] == ["'self'"], name
        assert "frame-ancestors" not in directives, f"{name}: ignored in a <meta> policy"


def test_headers_file_sends_the_page_policy_with_what_only_a_header_can_carry(
    built_site: Path, pages: dict[str, str], header_policy: dict[str, list[str]]
) -> None:
    rules = headers_rules(built_site)
    # the policy for every path; Python's runtime files, named by their digest, kept a year
    assert list(rules) == ["/*", "/assets/pyodide/*"]
    assert rules["/assets/pyodide/*"] == {"Cache-Control": "public, max-age=31536000, immutable"}
    assert rules["/*"]["X-Content-Type-Options"] == "nosniff"
    assert rules["/*"]["Referrer-Policy"] == "no-referrer"
    page_policy = parse_policy(meta_policies(pages["index.html"])[0])
    assert header_policy["frame-ancestors"] == ["'none'"]
    # the checker's worker runs under the header sent with its script, and compiles WebAssembly
    assert header_policy["script-src"] == [*page_policy["script-src"], "'wasm-unsafe-eval'"]
    assert header_policy == {
        **page_policy,
        "script-src": header_policy["script-src"],
        "frame-ancestors": ["'none'"],
    }


def test_no_policy_allows_inline_code_or_eval(
    pages: dict[str, str], header_policy: dict[str, list[str]]
) -> None:
    policies = [parse_policy(meta_policies(page_html)[0]) for page_html in pages.values()]
    for directives in [*policies, header_policy]:
        for directive in ("script-src", "style-src", "default-src"):
            assert "'unsafe-inline'" not in directives[directive]
            assert "'unsafe-eval'" not in directives[directive]


def test_headers_file_fits_the_hosts_limits_and_stays_out_of_the_sitemap(
    built_site: Path,
) -> None:
    lines = (built_site / "_headers").read_text(encoding="utf-8").splitlines()
    assert max(len(line) for line in lines) < HEADERS_LINE_LIMIT
    assert "_headers" not in (built_site / "sitemap.xml").read_text(encoding="utf-8")


def test_a_second_pass_over_the_built_site_changes_nothing(
    built_site: Path, tmp_path: Path
) -> None:
    """A dirty rebuild under `mkdocs serve` runs the hook over pages it has already tagged."""
    copy = tmp_path / "site"
    shutil.copytree(built_site, copy, ignore=shutil.ignore_patterns("pyodide", "*.whl"))
    load_hook("csp").on_post_build({"site_dir": str(copy)})
    for path in sorted(built_site.rglob("*.html")):
        twice = (copy / path.relative_to(built_site)).read_text(encoding="utf-8")
        assert twice == path.read_text(encoding="utf-8"), path
    assert (copy / "_headers").read_text() == (built_site / "_headers").read_text()
