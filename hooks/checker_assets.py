"""MkDocs hook: ship the in-browser checker with the site.

- Copies the few Pyodide runtime files the checker needs from node_modules/pyodide (installed by
  `npm ci`, pinned in package-lock.json) into `assets/pyodide/v<version>/`. The one CDN address in
  pyodide.mjs is rewritten so no built file names a CDN, and the lock file is cut down to its
  header: the checker loads no Pyodide package, so the 300-odd package entries are dead weight.
- Ships the standard library precompiled to bytecode (hooks/precompile_stdlib.mjs, run by Node
  inside the same Pyodide): it cuts Python's start in the browser by more than half.
- Builds the checker's pure-Python wheel from `checker/` (pip + setuptools, offline) and ships it
  with `assets/checker/runtime.json`, which tells the worker where everything is, and
  `assets/checker/wording.json`: checker/wording.py's texts, which the widgets show.
- On every page whose HTML holds a `<div class="note-checker">`, adds the widget's stylesheet,
  its module script and a <noscript> message. Other pages get none of it, so a guide page
  transfers no Pyodide file.

It works the same under `mkdocs build` and `mkdocs serve` (files are registered in on_files).
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

log = logging.getLogger("mkdocs.hooks.checker_assets")

ROOT = Path(__file__).resolve().parent.parent
PYODIDE_PACKAGE = ROOT / "node_modules" / "pyodide"
WHEEL_CACHE = ROOT / "build" / "checker-wheel"
STDLIB_CACHE = ROOT / "build" / "pyodide-stdlib"
PRECOMPILE_SCRIPT = Path(__file__).resolve().parent / "precompile_stdlib.mjs"
CHECKER_ASSETS = "assets/checker"

# Copied as they are. Left out: console*.html, *.d.ts, *.map, pyodide.js (the UMD build),
# package.json and README.md: nothing the worker loads. python_stdlib.zip is precompiled.
PYODIDE_FILES_AS_IS = ("pyodide.asm.mjs", "pyodide.asm.wasm")
# pyodide.mjs falls back to this address for packages it cannot find next to itself.
CDN_DEFAULT = re.compile(r"`https://cdn\.jsdelivr\.net/pyodide/v\$\{\w+\}/full/`")
# Relative: resolved against the page that loads Pyodide, i.e. never a third party.
CDN_REPLACEMENT = '"./"'

WIDGET_OPENING_TAG = re.compile(
    r"<div\b[^>]*\bclass=\"(?:[^\"]*\s)?note-checker(?:\s[^\"]*)?\"[^>]*>"
)
NOSCRIPT = (
    '<noscript><p class="note-checker__noscript">The checker runs in your browser and needs '
    "JavaScript. Without it, check a note on your own computer with the command line: "
    '<code>python -m checker note.txt</code> (see <a href="{cli}">how</a>).</p></noscript>'
)


# ---------------------------------------------------------------------------- Pyodide runtime


def pyodide_version() -> str:
    manifest = PYODIDE_PACKAGE / "package.json"
    if not manifest.exists():
        raise PluginError("node_modules/pyodide is missing: run scripts/setup (it runs npm ci)")
    return json.loads(manifest.read_text(encoding="utf-8"))["version"]


def pyodide_dir(version: str) -> str:
    """Versioned, so a new Pyodide never meets an old cached copy."""
    return f"assets/pyodide/v{version}"


def pyodide_module_without_cdn() -> str:
    source = (PYODIDE_PACKAGE / "pyodide.mjs").read_text(encoding="utf-8")
    rewritten, count = CDN_DEFAULT.subn(CDN_REPLACEMENT, source)
    if count != 1:
        raise PluginError(
            f"pyodide.mjs: expected one CDN default address, found {count}; "
            "update CDN_DEFAULT in hooks/checker_assets.py for this Pyodide version"
        )
    if "cdn.jsdelivr" in rewritten:
        raise PluginError("pyodide.mjs still names cdn.jsdelivr.net after the rewrite")
    return rewritten


def lock_file_header_only() -> str:
    """The lock file's `info` (Pyodide checks its ABI version) and no packages."""
    lock = json.loads((PYODIDE_PACKAGE / "pyodide-lock.json").read_text(encoding="utf-8"))
    return json.dumps({"info": lock["info"], "packages": {}}, indent=1) + "\n"


def file_digest(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def precompiled_stdlib() -> Path:
    """python_stdlib.zip with bytecode instead of sources, built once per Pyodide version."""
    source = PYODIDE_PACKAGE / "python_stdlib.zip"
    cached = STDLIB_CACHE / file_digest(source, PRECOMPILE_SCRIPT) / "python_stdlib.zip"
    if cached.exists():
        return cached
    node = shutil.which("node")
    if node is None:
        raise PluginError("Node is needed to precompile Pyodide's standard library (scripts/setup)")
    shutil.rmtree(STDLIB_CACHE, ignore_errors=True)
    cached.parent.mkdir(parents=True)
    log.info("precompiling Pyodide's standard library (once per Pyodide version)")
    partial = cached.with_suffix(".partial")
    command = [node, str(PRECOMPILE_SCRIPT), str(PYODIDE_PACKAGE), str(partial)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise PluginError(f"precompiling the standard library failed:\n{result.stderr}")
    log.info(result.stdout.strip())
    partial.rename(cached)
    return cached


def pyodide_files(config: MkDocsConfig, version: str) -> list[File]:
    target = pyodide_dir(version)
    files = [
        File.generated(config, f"{target}/pyodide.mjs", content=pyodide_module_without_cdn()),
        File.generated(config, f"{target}/pyodide-lock.json", content=lock_file_header_only()),
        File.generated(
            config, f"{target}/python_stdlib.zip", abs_src_path=str(precompiled_stdlib())
        ),
    ]
    for name in PYODIDE_FILES_AS_IS:
        source = PYODIDE_PACKAGE / name
        if not source.exists():
            raise PluginError(f"{source} is missing: run scripts/setup (it runs npm ci)")
        files.append(File.generated(config, f"{target}/{name}", abs_src_path=str(source)))
    return files


# ---------------------------------------------------------------------------- checker wheel


def wheel_inputs() -> list[Path]:
    """Everything the wheel is built from; a change in any of them rebuilds it."""
    sources = sorted(
        path
        for path in (ROOT / "checker").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    )
    return [ROOT / "pyproject.toml", *sources]


def wheel_inputs_digest(inputs: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in inputs:
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def copy_wheel_sources(inputs: list[Path], destination: Path) -> None:
    """A clean copy, so setuptools' build/ leftovers (deleted modules) never reach the wheel."""
    for path in inputs:
        target = destination / path.relative_to(ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    readme = ROOT / "README.md"
    (destination / "README.md").write_text(
        readme.read_text(encoding="utf-8") if readme.exists() else "Two-Minute Note\n",
        encoding="utf-8",
    )


def build_wheel(output: Path) -> Path:
    """pip wheel, offline and without build isolation: setuptools is already in the venv."""
    inputs = wheel_inputs()
    with tempfile.TemporaryDirectory(prefix="checker-wheel-") as scratch:
        source = Path(scratch) / "src"
        copy_wheel_sources(inputs, source)
        command = [
            sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-index",
            "--no-build-isolation", "--disable-pip-version-check", "--wheel-dir", str(output),
            str(source),
        ]  # fmt: skip
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise PluginError(f"building the checker wheel failed:\n{result.stderr}")
    wheels = sorted(output.glob("*.whl"))
    if len(wheels) != 1:
        raise PluginError(f"expected one wheel in {output}, found {len(wheels)}")
    return wheels[0]


def checker_wheel() -> Path:
    """The wheel for the current sources, built once per change of checker/ or pyproject.toml."""
    digest = wheel_inputs_digest(wheel_inputs())
    cached = WHEEL_CACHE / digest
    wheels = sorted(cached.glob("*.whl")) if cached.is_dir() else []
    if len(wheels) == 1:
        return wheels[0]
    shutil.rmtree(WHEEL_CACHE, ignore_errors=True)
    log.info("building the checker wheel from checker/")
    return build_wheel(cached)


def runtime_manifest(wheel: Path, version: str) -> str:
    """What the worker reads first. Paths are relative to this file's own URL."""
    data = wheel.read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    manifest = {
        "pyodide_version": version,
        "pyodide_index": f"../pyodide/v{version}/",
        "wheel": f"{wheel.name}?v={sha256[:12]}",
        "wheel_sha256": sha256,
        "wheel_bytes": len(data),
    }
    return json.dumps(manifest, indent=1) + "\n"


def wording_json() -> str:
    """checker/wording.py's texts and constants, for the widgets (assets/checker/wording.js)."""
    from checker.wording import for_browser  # per build: rules_reference.py reloads checker/

    return json.dumps(for_browser(), ensure_ascii=False, indent=1) + "\n"


def checker_files(config: MkDocsConfig, version: str) -> list[File]:
    wheel = checker_wheel()
    return [
        File.generated(config, f"{CHECKER_ASSETS}/wording.json", content=wording_json()),
        File.generated(config, f"{CHECKER_ASSETS}/{wheel.name}", abs_src_path=str(wheel)),
        File.generated(
            config, f"{CHECKER_ASSETS}/runtime.json", content=runtime_manifest(wheel, version)
        ),
    ]


# ---------------------------------------------------------------------------- hooks


def on_files(files: Files, config: MkDocsConfig, **kwargs: object) -> Files:
    version = pyodide_version()
    for file in [*pyodide_files(config, version), *checker_files(config, version)]:
        existing = files.get_file_from_path(file.src_uri)
        if existing is not None:
            files.remove(existing)
        files.append(file)
    return files


def page_holds_checker(html: str) -> bool:
    return WIDGET_OPENING_TAG.search(html) is not None


def widget_head(page: Page) -> str:
    """The widget's stylesheet and its preloaded wordings, placed before the content: the
    stylesheet reserves the widget's room, so it must apply from the first paint, and the
    wordings are fetched beside the modules instead of after them."""
    stylesheet = get_relative_url(f"{CHECKER_ASSETS}/checker.css", page.url)
    wording = get_relative_url(f"{CHECKER_ASSETS}/wording.json", page.url)
    return (
        f'<link rel="stylesheet" href="{stylesheet}">\n'
        f'<link rel="preload" href="{wording}" as="fetch" crossorigin="anonymous">\n'
    )


def widget_script(page: Page) -> str:
    """The widget's module script, in the content, so navigation.instant runs it."""
    script = get_relative_url(f"{CHECKER_ASSETS}/widget.js", page.url)
    return f'\n<script type="module" src="{script}"></script>\n'


def on_page_content(
    html: str, page: Page, config: MkDocsConfig, files: Files, **kwargs: object
) -> str:
    if not page_holds_checker(html):
        return html
    noscript = NOSCRIPT.format(cli=get_relative_url("checker/", page.url) + "#command-line")
    with_noscript = WIDGET_OPENING_TAG.sub(lambda match: match.group(0) + noscript, html)
    return widget_head(page) + with_noscript + widget_script(page)
