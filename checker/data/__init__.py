"""Data files the checker reads: language profiles and learned weights (read with importlib)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_json(name: str) -> Any:
    """One of the package's JSON data files, parsed once."""
    return json.loads(resources.files(__name__).joinpath(name).read_text(encoding="utf-8"))
