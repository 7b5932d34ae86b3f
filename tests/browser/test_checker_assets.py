"""What hooks/checker_assets.py puts in the built site: only the Pyodide files the worker needs,
with no CDN address left, and a wheel built from the current checker sources."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYODIDE_PACKAGE = ROOT / "node_modules" / "pyodide"


def pyodide_version() -> str:
    return json.loads((PYODIDE_PACKAGE / "package.json").read_text())["version"]


def test_only_the_needed_pyodide_files_are_copied(built_site: Path) -> None:
    copied = built_site / "assets" / "pyodide" / f"v{pyodide_version()}"
    assert sorted(path.name for path in copied.iterdir()) == [
        "pyodide-lock.json",
        "pyodide.asm.mjs",
        "pyodide.asm.wasm",
        "pyodide.mjs",
        "python_stdlib.zip",
    ]
    assert sorted(path.name for path in (built_site / "assets" / "pyodide").iterdir()) == [
        f"v{pyodide_version()}"
    ]


def test_the_copied_runtime_names_no_cdn(built_site: Path) -> None:
    copied = built_site / "assets" / "pyodide" / f"v{pyodide_version()}"
    original = (PYODIDE_PACKAGE / "pyodide.mjs").read_text(encoding="utf-8")
    rewritten = (copied / "pyodide.mjs").read_text(encoding="utf-8")
    assert "cdn.jsdelivr.net" in original  # the rewrite has something to do ...
    for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide-lock.json"):
        assert "jsdelivr" not in (copied / name).read_text(encoding="utf-8")
    # ... and changes nothing else
    assert len(original) - len(rewritten) == len(
        "`https://cdn.jsdelivr.net/pyodide/v${U}/full/`"
    ) - len('"./"')
    lock = json.loads((copied / "pyodide-lock.json").read_text())
    assert lock["packages"] == {}
    assert lock["info"] == json.loads((PYODIDE_PACKAGE / "pyodide-lock.json").read_text())["info"]


def test_the_standard_library_is_bytecode_for_every_module(built_site: Path) -> None:
    copied = built_site / "assets" / "pyodide" / f"v{pyodide_version()}" / "python_stdlib.zip"
    with zipfile.ZipFile(PYODIDE_PACKAGE / "python_stdlib.zip") as source:
        sources = {name for name in source.namelist() if name.endswith(".py")}
    with zipfile.ZipFile(copied) as compiled:
        names = set(compiled.namelist())
        magic = compiled.read("json/__init__.pyc")[:4]
    assert sources, "the npm package's standard library has no .py files"
    assert {name + "c" for name in sources} <= names
    assert not any(name.endswith(".py") for name in names)
    # Python 3.14's bytecode magic number (importlib.util.MAGIC_NUMBER on 3.14)
    assert int.from_bytes(magic[:2], "little") in range(3600, 3700)


def test_the_wheel_holds_the_current_checker_sources(built_site: Path) -> None:
    assets = built_site / "assets" / "checker"
    runtime = json.loads((assets / "runtime.json").read_text())
    wheel = assets / runtime["wheel"].split("?")[0]
    data = wheel.read_bytes()
    assert hashlib.sha256(data).hexdigest() == runtime["wheel_sha256"]
    assert runtime["wheel"].endswith(f"?v={runtime['wheel_sha256'][:12]}")
    with zipfile.ZipFile(wheel) as archive:
        packaged = {name: archive.read(name) for name in archive.namelist() if name.endswith(".py")}
    on_disk = {
        str(path.relative_to(ROOT)): path.read_bytes() for path in (ROOT / "checker").rglob("*.py")
    }
    differing = sorted(
        name for name in packaged.keys() | on_disk.keys() if packaged.get(name) != on_disk.get(name)
    )
    assert differing == [], f"the wheel is older than checker/ (run scripts/build): {differing}"
