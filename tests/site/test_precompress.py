"""The build can leave gzip copies beside the files a host serves (PRECOMPRESS=1)."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from tests.hook_loading import load_hook

precompress = load_hook("precompress")


def test_copies_decompress_to_the_served_files_and_only_where_they_pay(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_text("<p>Hello, and thanks for thinking of me!</p>\n" * 200, encoding="utf-8")
    noise = tmp_path / "assets" / "noise.js"
    noise.parent.mkdir()
    noise.write_bytes(os.urandom(4096))  # random bytes do not compress
    archive = tmp_path / "python_stdlib.zip"
    archive.write_bytes(b"PK" + b"\0" * 4096)
    tiny = tmp_path / "robots.txt"
    tiny.write_text("User-agent: *\n", encoding="utf-8")

    assert precompress.precompress(tmp_path) == 1
    assert gzip.decompress((tmp_path / "index.html.gz").read_bytes()) == page.read_bytes()
    assert (tmp_path / "index.html.gz").stat().st_mtime == page.stat().st_mtime
    for untouched in (noise, archive, tiny):
        assert not untouched.with_name(untouched.name + ".gz").exists()


def test_the_switch_is_off_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRECOMPRESS", raising=False)
    assert not precompress.wanted()
    monkeypatch.setenv("PRECOMPRESS", "0")
    assert not precompress.wanted()
    monkeypatch.setenv("PRECOMPRESS", "1")
    assert precompress.wanted()


def test_the_plain_build_leaves_no_copies(built_site: Path) -> None:
    if precompress.wanted():
        pytest.skip("this build was asked for copies")
    copies = [path.name for path in built_site.rglob("*.gz")]
    assert copies in ([], ["sitemap.xml.gz"])  # MkDocs always writes its own sitemap.xml.gz
