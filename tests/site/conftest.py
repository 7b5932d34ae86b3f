"""Fixtures for the site tests only (the shared ones live in tests/conftest.py)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# pytest runs with --import-mode=importlib, which does not put test folders on sys.path;
# the site tests share one helper module (builtsite.py) that lives next to this file.
sys.path.insert(0, str(Path(__file__).resolve().parent))
