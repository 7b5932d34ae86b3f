"""MkDocs hook: gzip copies of the built site's text and WebAssembly files, for hosts that serve
precompressed files (nginx `gzip_static on`, Caddy `file_server { precompressed gzip }`).

Only when the environment asks for it (PRECOMPRESS=1): hosts that compress on the fly (GitHub
Pages, Netlify, Cloudflare Pages) have no use for the copies, which add about 4 MB to the site.
Each copy sits next to its file with ".gz" added and the same modification time. Files that
are already compressed (the standard library's zip, the wheel, images) are left alone, and so
is any file that gzip would not make at least 10% smaller.

Listed after hooks/csp.py, whose on_post_build rewrites every page: the copies are made from
the pages as they are served.
"""

from __future__ import annotations

import gzip
import os
import shutil
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

ENVIRONMENT_SWITCH = "PRECOMPRESS"
COMPRESSIBLE = frozenset(
    {".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".wasm", ".map"}
)
SMALLEST = 1024  # bytes: below this, a copy saves less than it costs the host to look for it
WORTH_IT = 0.9  # a copy is kept only when it is at most 90% of the original


def wanted() -> bool:
    return os.environ.get(ENVIRONMENT_SWITCH, "") not in ("", "0")


def compressible(path: Path) -> bool:
    return path.suffix in COMPRESSIBLE and path.stat().st_size >= SMALLEST


def write_gzip_copy(path: Path) -> bool:
    """Writes path + ".gz" when it pays; says whether it did."""
    data = path.read_bytes()
    packed = gzip.compress(data, compresslevel=9, mtime=0)
    target = path.with_name(path.name + ".gz")
    if len(packed) > WORTH_IT * len(data):
        target.unlink(missing_ok=True)
        return False
    target.write_bytes(packed)
    shutil.copystat(path, target)
    return True


def precompress(site: Path) -> int:
    """Gzip copies of every compressible file under site; returns how many were written."""
    files = [path for path in sorted(site.rglob("*")) if path.is_file() and compressible(path)]
    return sum(write_gzip_copy(path) for path in files)


def on_post_build(config: MkDocsConfig, **kwargs: object) -> None:
    if wanted():
        precompress(Path(config.site_dir))
