"""MkDocs hook: take site_url from the checker, so findings' links and the site agree."""

from __future__ import annotations

import os

from checker.model import GUIDE_URL


def on_config(config, **kwargs):
    # SITE_URL lets a fork publish elsewhere without editing code. An empty value (an unset
    # CI variable) means "not set", and the address always ends in "/".
    site_url = os.environ.get("SITE_URL") or GUIDE_URL
    config["site_url"] = site_url if site_url.endswith("/") else site_url + "/"
    return config
