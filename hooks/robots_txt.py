"""MkDocs hook: a robots.txt at the site root that lets every crawler in and names the sitemap.

The sitemap's address is built from the config's site_url, which hooks/site_url.py sets from
checker/model.py (GUIDE_URL), so the address is written down in one place only. Under
`mkdocs serve` MkDocs points site_url at the local server, and so does the Sitemap line, like
the sitemap itself.

The file is registered in on_files, so `mkdocs build` and `mkdocs serve` both publish it. It is
no page: it is in no sitemap and no search index.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

ROBOTS_TXT = "robots.txt"
SITEMAP = "sitemap.xml"  # where MkDocs writes the sitemap, at the site root


def sitemap_url(site_url: str) -> str:
    """The sitemap's absolute address under site_url (which may or may not end in "/")."""
    return site_url.rstrip("/") + "/" + SITEMAP


def robots_txt(site_url: str) -> str:
    """Every crawler may read every page; the sitemap lists them."""
    return f"User-agent: *\nAllow: /\n\nSitemap: {sitemap_url(site_url)}\n"


def on_files(files: Files, config: MkDocsConfig, **kwargs: object) -> Files:
    site_url = config.site_url
    if not site_url:
        raise PluginError(
            "robots.txt needs site_url for its Sitemap line: hooks/site_url.py sets it, "
            "so list that hook before hooks/robots_txt.py"
        )
    if files.get_file_from_path(ROBOTS_TXT) is not None:
        raise PluginError(
            f"docs/{ROBOTS_TXT} exists, and hooks/robots_txt.py writes one too: keep one of them"
        )
    files.append(File.generated(config, ROBOTS_TXT, content=robots_txt(site_url)))
    return files
