"""Running a Node script of the parity tests (Pyodide from node_modules) and reading the JSON it
prints: what both test_pyodide_parity and test_stdlib_fallback do."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest


def node_json(script: Path, argument: str, timeout_s: int) -> Any:
    """What `node script argument` prints on stdout, as JSON; fails the test if it fails."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is missing: run scripts/setup")
    result = subprocess.run(
        [node, str(script), argument],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout_s,
        check=False,
    )
    assert result.returncode == 0, f"the Pyodide run failed:\n{result.stderr}"
    return json.loads(result.stdout)
