"""MkDocs hook: take site_url from the checker, so findings' links and the site agree."""

from __future__ import annotations

import os

from checker.model import GUIDE_URL


def on_config(config, **kwargs):
    # SITE_URL lets a fork publish elsewhere without editing code.
    config["site_url"] = os.environ.get("SITE_URL", GUIDE_URL)
    return config
