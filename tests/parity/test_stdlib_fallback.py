"""The trimmed standard library's fallback: a standard module the site's python_stdlib.zip lacks
still imports, from the full library, fetched once (docs/assets/checker/stdlib_fallback.py).

tests/parity/stdlib_fallback_in_pyodide.mjs starts Pyodide under Node with the built site's
trimmed library and installs the site's stdlib_fallback.py as the worker does, with a fetch that
reads the full library from disk (Node has no XMLHttpRequest; the browser's download is tested in
tests/browser/test_checker_assets.py).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.parity.node_run import node_json

NODE_SCRIPT = Path(__file__).resolve().parent / "stdlib_fallback_in_pyodide.mjs"


def site_file(built_site: Path, address: str) -> Path:
    """A runtime.json address (relative to assets/checker/, maybe with ?v=) as a built file."""
    return (built_site / "assets" / "checker" / address.split("?")[0]).resolve()


@pytest.fixture(scope="module")
def runtime(built_site: Path) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads(
        (built_site / "assets" / "checker" / "runtime.json").read_text(encoding="utf-8")
    )
    return manifest


@pytest.fixture(scope="module")
def steps(built_site: Path) -> dict[str, dict[str, Any]]:
    report = node_json(NODE_SCRIPT, str(built_site), timeout_s=120)
    assert report["meta_path_last"].startswith("<FullLibraryFinder")
    return {step["step"]: step for step in report["steps"]}


def test_the_modules_tried_are_missing_from_the_trimmed_library(
    built_site: Path, runtime: dict[str, Any]
) -> None:
    with zipfile.ZipFile(site_file(built_site, runtime["stdlib"])) as trimmed:
        names = set(trimmed.namelist())
    with zipfile.ZipFile(site_file(built_site, runtime["stdlib_full"])) as full:
        full_names = set(full.namelist())
    # whole packages missing, and a missing submodule of a package that is there
    for missing in ("http/cookies.pyc", "xml/dom/minidom.pyc", "json/tool.pyc"):
        assert missing not in names
        assert missing in full_names
    assert "json/__init__.pyc" in names
    assert "encodings/__init__.pyc" in names
    assert "encodings/cp1252.pyc" not in names
    assert {"http", "xml", "json", "encodings"} <= set(runtime["stdlib_full_only"])
    assert "_winapi" not in runtime["stdlib_full_only"]


def test_nothing_is_fetched_before_a_missing_module_is_imported(
    steps: dict[str, dict[str, Any]],
) -> None:
    before = steps["before install: http.cookies"]
    assert not before["imported"]
    assert before["error"] == "ModuleNotFoundError: No module named 'http'"
    for name in ("not a standard module", "standard, not in Pyodide"):
        assert not steps[name]["imported"]
        assert steps[name]["error"].startswith("ModuleNotFoundError")
        assert steps[name]["fetches"] == 0


def test_missing_modules_import_from_the_full_library_fetched_once(
    steps: dict[str, dict[str, Any]],
) -> None:
    for name in ("xml.dom.minidom", "http.cookies", "json.tool", "codec cp1252"):
        assert steps[name]["imported"], steps[name]["error"]
        assert steps[name]["fetches"] == 1
    absent = steps["missing submodule of a present package"]
    assert absent["error"] == "ModuleNotFoundError: No module named 'json.no_such_module'"


def test_a_failed_download_is_an_import_error_and_is_not_retried(
    steps: dict[str, dict[str, Any]],
) -> None:
    first = steps["failing fetch: http.cookies"]
    again = steps["failing fetch, again: xml.dom.minidom"]
    assert first["error"] == "ModuleNotFoundError: No module named 'http'"
    assert again["error"] == "ModuleNotFoundError: No module named 'xml'"
    assert first["fetches"] == again["fetches"] == 1


def test_installed_again_after_a_memory_snapshot_it_replaces_the_finder(
    steps: dict[str, dict[str, Any]],
) -> None:
    """A snapshot keeps sys.path but not the downloaded file: it is downloaded again if needed."""
    again = steps["installed again"]
    assert again["finders"] == 1
    assert not again["full_on_path"]
    assert again["fetches"] == 0
    after = steps["after the snapshot: html.parser"]
    assert after["imported"], after["error"]
    assert after["fetches"] == 1
