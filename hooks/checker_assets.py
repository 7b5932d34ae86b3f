"""MkDocs hook: ship the in-browser checker with the site.

- Copies the few Pyodide runtime files the checker needs from node_modules/pyodide (installed by
  `npm ci`, pinned in package-lock.json) into `assets/pyodide/v<version>-<digest>/` (the digest
  is of those files: browsers may keep them). The one CDN address in pyodide.mjs is rewritten so
  no built file names a CDN, and the lock file is cut down to its header: the checker loads no
  Pyodide package, so the 300-odd package entries are dead weight.
- Ships the standard library precompiled to bytecode (hooks/precompile_stdlib.mjs, run by Node
  inside the same Pyodide): it cuts Python's start in the browser by more than half. And trimmed:
  python_stdlib.zip holds only the files that Pyodide's start and the checker import, listed by
  running the checker in Pyodide (hooks/trace_stdlib.mjs); the full library ships beside it as
  python_stdlib_full.zip, which the worker downloads only if a module outside the list is ever
  imported (assets/checker/stdlib_fallback.py).
- Builds the checker's pure-Python wheel from `checker/` (pip + setuptools, offline), for visitors
  to download and install, and a copy compiled to bytecode inside the same Pyodide
  (hooks/compile_wheel.mjs), for the worker. Ships them with `assets/checker/runtime.json`, which
  tells the worker where everything is, and `assets/checker/wording.json`: checker/wording.py's
  texts, which the widgets show.
- On every page whose HTML holds a `<div class="note-checker">`, adds the widget's stylesheet,
  its module script and a <noscript> message. Other pages get none of it, so a guide page
  transfers no Pyodide file.

It works the same under `mkdocs build` and `mkdocs serve` (files are registered in on_files).
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import logging
import os
import posixpath
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
import zipfile
from collections.abc import Callable
from html import escape
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
STDLIB_TRACE_CACHE = ROOT / "build" / "pyodide-stdlib-trace"
TRIMMED_STDLIB_CACHE = ROOT / "build" / "pyodide-stdlib-trimmed"
BYTECODE_WHEEL_CACHE = ROOT / "build" / "checker-wheel-bytecode"
HOOKS = Path(__file__).resolve().parent
PRECOMPILE_SCRIPT = HOOKS / "precompile_stdlib.mjs"
TRACE_SCRIPT = HOOKS / "trace_stdlib.mjs"
COMPILE_WHEEL_SCRIPT = HOOKS / "compile_wheel.mjs"
CHECKER_ASSETS = "assets/checker"
# The runtime's folders, one per Pyodide build (pyodide_folder); hooks/csp.py lets browsers keep
# what is in them.
PYODIDE_ASSETS = "assets/pyodide"
# Run by the worker before it imports the checker; a static file of the site (docs/).
STDLIB_FALLBACK = ROOT / "docs" / CHECKER_ASSETS / "stdlib_fallback.py"
FULL_STDLIB_NAME = "python_stdlib_full.zip"

# Copied as they are. Left out: console*.html, *.d.ts, *.map, pyodide.js (the UMD build),
# package.json and README.md: nothing the worker loads. python_stdlib.zip is precompiled (and
# trimmed).
PYODIDE_FILES_AS_IS = ("pyodide.asm.mjs", "pyodide.asm.wasm")
# pyodide.mjs falls back to this address for packages it cannot find next to itself.
CDN_DEFAULT = re.compile(r"`https://cdn\.jsdelivr\.net/pyodide/v\$\{\w+\}/full/`")
# Relative: resolved against the page that loads Pyodide, i.e. never a third party.
CDN_REPLACEMENT = '"./"'

# <head> and its <meta charset>, which must stay first: the worker's start comes right after.
HEAD_START = re.compile(r"<head\b[^>]*>(?:\s*<meta\s+charset=[^>]*>)?", re.IGNORECASE)
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
    return f"{PYODIDE_ASSETS}/{pyodide_folder(version)}"


def pyodide_index(version: str) -> str:
    """pyodide_dir as runtime.json gives it: relative to runtime.json's folder."""
    return posixpath.relpath(pyodide_dir(version), CHECKER_ASSETS) + "/"


@functools.cache
def pyodide_folder(version: str) -> str:
    """The folder's name: the Pyodide version and a digest of the files copied into it as this
    hook writes them. A browser may then keep them for a year without asking again (_headers,
    hooks/csp.py): any change of theirs is a new address. The standard libraries beside them are
    asked for with a ?v= digest of their own."""
    as_is = [PYODIDE_PACKAGE / name for name in PYODIDE_FILES_AS_IS]
    digest = digest_of(pyodide_module_without_cdn(), lock_file_header_only(), file_digest(*as_is))
    return f"v{version}-{digest[:10]}"


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


def digest_of(*parts: str) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def cached_file(cache: Path, key: str, name: str, make: Callable[[Path], None]) -> Path:
    """cache/key/name, made by make(path) unless it exists; older keys are deleted first."""
    cached = cache / key / name
    if cached.exists():
        return cached
    shutil.rmtree(cache, ignore_errors=True)
    cached.parent.mkdir(parents=True, exist_ok=True)
    partial = cached.with_name(f"{name}.{os.getpid()}.partial")  # builds may run side by side
    make(partial)
    partial.replace(cached)
    return cached


def run_node(script: Path, *args: Path, doing: str) -> None:
    """Runs one of the hooks' Node scripts, which start the pinned Pyodide under Node."""
    node = shutil.which("node")
    if node is None:
        raise PluginError(f"Node is needed for {doing} (scripts/setup)")
    log.info(doing)
    command = [node, str(script), *(str(arg) for arg in args)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise PluginError(f"{doing} failed:\n{result.stderr}")
    log.info(result.stdout.strip())


def precompiled_stdlib() -> Path:
    """python_stdlib.zip with bytecode instead of sources, built once per Pyodide version."""
    source = PYODIDE_PACKAGE / "python_stdlib.zip"
    return cached_file(
        STDLIB_CACHE,
        file_digest(source, PRECOMPILE_SCRIPT),
        "python_stdlib.zip",
        lambda output: run_node(
            PRECOMPILE_SCRIPT,
            PYODIDE_PACKAGE,
            output,
            doing="precompiling Pyodide's standard library (once per Pyodide version)",
        ),
    )


def traced_stdlib_files(full_stdlib: Path, wheel: Path) -> list[str]:
    """The standard library files Pyodide's start and the checker import: hooks/trace_stdlib.mjs
    runs the checker (the worker's wheel) in Pyodide and lists them. Traced again when the
    standard library, the script, stdlib_fallback.py or the checker's sources change."""
    key = digest_of(
        file_digest(full_stdlib, TRACE_SCRIPT, STDLIB_FALLBACK), wheel_inputs_digest(wheel_inputs())
    )
    trace = cached_file(
        STDLIB_TRACE_CACHE,
        key,
        "trace.json",
        lambda output: run_node(
            TRACE_SCRIPT,
            PYODIDE_PACKAGE,
            full_stdlib,
            wheel,
            STDLIB_FALLBACK,
            output,
            doing="listing the standard library modules the checker imports",
        ),
    )
    files: list[str] = json.loads(trace.read_text(encoding="utf-8"))["files"]
    return files


def trimmed_stdlib(full_stdlib: Path, files: list[str]) -> Path:
    """The precompiled standard library cut down to `files`; entries keep their dates, so the same
    list gives the same zip."""

    def trim(output: Path) -> None:
        with zipfile.ZipFile(full_stdlib) as full, zipfile.ZipFile(output, "w") as trimmed:
            missing = sorted(set(files) - set(full.namelist()))
            if missing:
                raise PluginError(f"traced files missing from the standard library: {missing}")
            for entry in full.infolist():
                if entry.filename in files:
                    trimmed.writestr(entry, full.read(entry))

    key = digest_of(file_digest(full_stdlib), *files)
    return cached_file(TRIMMED_STDLIB_CACHE, key, "python_stdlib.zip", trim)


def only_in_full(full_stdlib: Path, trimmed: Path) -> list[str]:
    """Top-level names with a module that the full library holds and the trimmed one does not:
    the imports stdlib_fallback.py downloads the full library for (any other name fails at once,
    as it would with the full library)."""

    def modules(path: Path) -> set[str]:
        with zipfile.ZipFile(path) as archive:
            return {name for name in archive.namelist() if name.endswith(".pyc")}

    missing = modules(full_stdlib) - modules(trimmed)
    return sorted({name.split("/")[0].removesuffix(".pyc") for name in missing})


def stdlib_files(
    config: MkDocsConfig, version: str, wheel: Path
) -> tuple[list[File], dict[str, object]]:
    """The trimmed standard library, the full one beside it, and what runtime.json says of them."""
    full = precompiled_stdlib()
    trimmed = trimmed_stdlib(full, traced_stdlib_files(full, wheel))
    target = pyodide_dir(version)
    files = [
        File.generated(config, f"{target}/python_stdlib.zip", abs_src_path=str(trimmed)),
        File.generated(config, f"{target}/{FULL_STDLIB_NAME}", abs_src_path=str(full)),
    ]
    index = pyodide_index(version)
    manifest = {
        "stdlib": f"{index}python_stdlib.zip?v={file_digest(trimmed)[:12]}",
        "stdlib_bytes": trimmed.stat().st_size,
        # What the worker's progress counts: its two big downloads (`big` in worker.js's load).
        "download_bytes": (PYODIDE_PACKAGE / "pyodide.asm.wasm").stat().st_size
        + trimmed.stat().st_size,
        "stdlib_full": f"{index}{FULL_STDLIB_NAME}?v={file_digest(full)[:12]}",
        "stdlib_full_only": only_in_full(full, trimmed),
        "stdlib_fallback": f"{STDLIB_FALLBACK.name}?v={file_digest(STDLIB_FALLBACK)[:12]}",
    }
    return files, manifest


def pyodide_files(config: MkDocsConfig, version: str) -> list[File]:
    """The runtime, without the standard library (stdlib_files)."""
    target = pyodide_dir(version)
    files = [
        File.generated(config, f"{target}/pyodide.mjs", content=pyodide_module_without_cdn()),
        File.generated(config, f"{target}/pyodide-lock.json", content=lock_file_header_only()),
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
    """A clean copy, so setuptools' build/ leftovers (deleted modules) never reach the wheel,
    with each phrase file also as JSON (checker/lexicon reads that first: it loads faster)."""
    for path in inputs:
        target = destination / path.relative_to(ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
        if target.parent.name == "lexicon" and target.suffix == ".toml":
            target.with_suffix(".json").write_text(lexicon_json(path), encoding="utf-8")
    readme = ROOT / "README.md"
    (destination / "README.md").write_text(
        readme.read_text(encoding="utf-8") if readme.exists() else "Two-Minute Note\n",
        encoding="utf-8",
    )


def lexicon_json(toml_file: Path) -> str:
    from checker.lexicon import as_json  # per build: rules_reference.py reloads checker/

    return as_json(toml_file.read_text(encoding="utf-8"))


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


def bytecode_wheel(wheel: Path) -> Path:
    """The wheel with bytecode instead of sources, compiled inside Pyodide (hooks/compile_wheel.mjs)
    and tagged for its Python (cp314-none-any): the worker's. Rebuilt with the wheel, and when
    Pyodide or the script changes."""
    key = digest_of(
        wheel_inputs_digest(wheel_inputs()), pyodide_version(), file_digest(COMPILE_WHEEL_SCRIPT)
    )
    folder = BYTECODE_WHEEL_CACHE / key
    wheels = sorted(folder.glob("*.whl")) if folder.is_dir() else []
    if len(wheels) == 1:
        return wheels[0]
    shutil.rmtree(BYTECODE_WHEEL_CACHE, ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix="checker-bytecode-") as scratch:
        run_node(
            COMPILE_WHEEL_SCRIPT,
            PYODIDE_PACKAGE,
            precompiled_stdlib(),
            wheel,
            Path(scratch),
            doing="compiling the checker wheel to bytecode in Pyodide",
        )
        compiled = sorted(Path(scratch).glob("*.whl"))
        if len(compiled) != 1:
            raise PluginError(f"expected one compiled wheel, found {compiled}")
        folder.mkdir(parents=True, exist_ok=True)
        return Path(shutil.copy2(compiled[0], folder / compiled[0].name))


def runtime_manifest(wheel: Path, version: str, stdlib: dict[str, object]) -> dict[str, object]:
    """What the worker reads first. Paths are relative to this file's own URL."""
    data = wheel.read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    manifest = {
        "pyodide_version": version,
        "pyodide_index": pyodide_index(version),
        "wheel": f"{wheel.name}?v={sha256[:12]}",
        "wheel_sha256": sha256,
        "wheel_bytes": len(data),
        **stdlib,
    }
    return manifest


@functools.lru_cache(maxsize=16)
def gzip_size(path: Path, size: int, mtime: float) -> int:
    """What gzip makes of a file (size and mtime key the cache: `mkdocs serve` rebuilds)."""
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def download_sizes(paths: list[Path]) -> dict[str, int]:
    """The bytes a first visit downloads for Python and the checker, as files and as a host
    that compresses them sends them (zip files gain nothing and are counted as they are)."""
    raw = sum(path.stat().st_size for path in paths)
    sent = sum(
        path.stat().st_size
        if path.suffix in (".zip", ".whl")
        else gzip_size(path, path.stat().st_size, path.stat().st_mtime)
        for path in paths
    )
    return {"bytes": raw, "gzip_bytes": sent}


def megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def wording_json(download: dict[str, int]) -> str:
    """checker/wording.py's texts and constants, for the widgets (assets/checker/wording.js),
    with the download's size from this build."""
    from checker.wording import for_browser  # per build: rules_reference.py reloads checker/

    wording = {**for_browser(), "download": download}
    return json.dumps(wording, ensure_ascii=False, indent=1) + "\n"


# This build's download size, for the pages that state it (on_page_markdown).
DOWNLOAD_SIZE: dict[str, int] = {}
# runtime.json's addresses of Python's big files, added to start.js's address (early_start), so
# the worker starts downloading them before it has read runtime.json: WORKER_HINTS in
# assets/checker/protocol.js names them.
WORKER_HINTS = ("pyodide_index", "stdlib")
START_HINTS: dict[str, str] = {}
DOWNLOAD_SIZE_TOKEN = "[[python-download-size]]"


def first_visit_downloads(compiled_wheel: Path, stdlib: list[File]) -> list[Path]:
    """The Pyodide files and the checker a first visit of /checker/ fetches (not the full
    standard library, fetched only if ever needed, nor the wheel offered for pip)."""
    runtime = [PYODIDE_PACKAGE / name for name in PYODIDE_FILES_AS_IS]
    trimmed = [
        Path(str(file.abs_src_path))
        for file in stdlib
        if file.src_uri.endswith("/python_stdlib.zip")
    ]
    return [*runtime, *trimmed, compiled_wheel]


def checker_files(config: MkDocsConfig, version: str) -> list[File]:
    """The wheel to download (sources, any Python), the worker's (bytecode), the standard library
    and runtime.json."""
    wheel = checker_wheel()
    compiled = bytecode_wheel(wheel)
    stdlib, stdlib_manifest = stdlib_files(config, version, compiled)
    manifest = runtime_manifest(compiled, version, stdlib_manifest)
    download = download_sizes(first_visit_downloads(compiled, stdlib))
    DOWNLOAD_SIZE.update(download)
    START_HINTS.update({name: str(manifest[name]) for name in WORKER_HINTS})
    return [
        File.generated(config, f"{CHECKER_ASSETS}/wording.json", content=wording_json(download)),
        File.generated(config, f"{CHECKER_ASSETS}/{wheel.name}", abs_src_path=str(wheel)),
        File.generated(config, f"{CHECKER_ASSETS}/{compiled.name}", abs_src_path=str(compiled)),
        File.generated(
            config, f"{CHECKER_ASSETS}/runtime.json", content=json.dumps(manifest, indent=1) + "\n"
        ),
        *stdlib,
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


def on_page_markdown(markdown: str, page: Page, **kwargs: object) -> str:
    """Pages state the download's size as this build makes it: "about 5.6 MB"."""
    if DOWNLOAD_SIZE_TOKEN not in markdown:
        return markdown
    said = f"about {megabytes(DOWNLOAD_SIZE['gzip_bytes'])}"
    return markdown.replace(DOWNLOAD_SIZE_TOKEN, said)


def page_holds_checker(html: str) -> bool:
    return WIDGET_OPENING_TAG.search(html) is not None


def checker_starts_at_once(html: str) -> bool:
    """A widget that starts Python as the page loads (not data-load="on-intent")."""
    return any(
        'data-load="on-intent"' not in match.group(0) for match in WIDGET_OPENING_TAG.finditer(html)
    )


def early_start(page: Page) -> str:
    """The worker's start, first thing in <head> (start.js), with the two modules it needs
    fetched at once: the worker then starts before the theme's scripts run, not after. start.js's
    address carries START_HINTS, for the worker."""

    def url(name: str) -> str:
        return get_relative_url(f"{CHECKER_ASSETS}/{name}", page.url)

    links = "".join(
        f'<link rel="modulepreload" href="{url(name)}">\n' for name in ("client.js", "protocol.js")
    )
    hints = urllib.parse.urlencode(START_HINTS, safe="/")
    start = escape(f"{url('start.js')}?{hints}")
    return f'{links}<script type="module" async src="{start}"></script>\n'


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


def on_post_page(output: str, page: Page, **kwargs: object) -> str:
    if not checker_starts_at_once(output):
        return output
    head = HEAD_START.search(output)
    if head is None:
        raise PluginError(f"{page.file.src_uri}: no <head> to start the checker from")
    return f"{output[: head.end()]}\n{early_start(page)}{output[head.end() :]}"
