"""What hooks/checker_assets.py puts in the built site: only the Pyodide files the worker needs,
with no CDN address left, the standard library as bytecode and trimmed to what the checker
imports (with the full one beside it, for stdlib_fallback.py), and wheels built from the current
checker sources: one to download, one compiled for the worker. And, in Chromium, that the
checker page loads the trimmed library, and that a worker gets a missing module from the full
one."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import tomllib
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from checker_driver import Checker, watched_page

from checker.lexicon import PHRASE_FILES
from tests.hook_loading import load_hook

ROOT = Path(__file__).resolve().parents[2]
PYODIDE_PACKAGE = ROOT / "node_modules" / "pyodide"


def pyodide_version() -> str:
    return json.loads((PYODIDE_PACKAGE / "package.json").read_text())["version"]


def runtime_manifest(built_site: Path) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads(
        (built_site / "assets" / "checker" / "runtime.json").read_text(encoding="utf-8")
    )
    return manifest


def runtime_folder(built_site: Path) -> Path:
    """Where runtime.json says Pyodide's files are."""
    return site_file(built_site, runtime_manifest(built_site)["pyodide_index"])


def site_file(built_site: Path, address: str) -> Path:
    """A runtime.json address (relative to assets/checker/, maybe with ?v=) as a built file."""
    return (built_site / "assets" / "checker" / address.split("?")[0]).resolve()


def test_only_the_needed_pyodide_files_are_copied(built_site: Path) -> None:
    copied = runtime_folder(built_site)
    assert sorted(path.name for path in copied.iterdir()) == [
        "pyodide-lock.json",
        "pyodide.asm.mjs",
        "pyodide.asm.wasm",
        "pyodide.mjs",
        "python_stdlib.zip",
        "python_stdlib_full.zip",
    ]
    assert sorted(path.name for path in (built_site / "assets" / "pyodide").iterdir()) == [
        copied.name
    ]


def test_the_runtime_folder_is_named_with_its_files_digest_and_kept_a_year(
    built_site: Path,
) -> None:
    """_headers lets browsers keep what is in it without asking again, so any change of its files
    must give it a new name (the standard libraries in it come with a ?v= digest of their own)."""
    folder = runtime_folder(built_site)
    assert re.fullmatch(rf"v{re.escape(pyodide_version())}-[0-9a-f]{{10}}", folder.name)
    hook = load_hook("checker_assets")
    assert folder.name == hook.pyodide_folder(pyodide_version())
    original = hook.digest_of
    try:  # another copy of pyodide.mjs (a new CDN rewrite, say): another name
        hook.digest_of = lambda *parts: original(*parts, "changed")
        hook.pyodide_folder.cache_clear()
        assert hook.pyodide_folder(pyodide_version()) != folder.name
    finally:
        hook.digest_of = original
        hook.pyodide_folder.cache_clear()
    runtime = runtime_manifest(built_site)
    for key in ("stdlib", "stdlib_full"):
        assert site_file(built_site, runtime[key]).parent == folder
        assert "?v=" in runtime[key]
    headers = (built_site / "_headers").read_text(encoding="utf-8").splitlines()
    block = headers.index("/assets/pyodide/*")
    assert headers[block + 1] == "  Cache-Control: public, max-age=31536000, immutable"


def test_the_copied_runtime_names_no_cdn(built_site: Path) -> None:
    copied = runtime_folder(built_site)
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


def test_the_full_standard_library_is_bytecode_for_every_module(built_site: Path) -> None:
    copied = runtime_folder(built_site)
    with zipfile.ZipFile(PYODIDE_PACKAGE / "python_stdlib.zip") as source:
        sources = {name for name in source.namelist() if name.endswith(".py")}
    with zipfile.ZipFile(copied / "python_stdlib_full.zip") as compiled:
        names = set(compiled.namelist())
        magic = compiled.read("json/__init__.pyc")[:4]
    assert sources, "the npm package's standard library has no .py files"
    assert {name + "c" for name in sources} <= names
    assert not any(name.endswith(".py") for name in names)
    # Python 3.14's bytecode magic number (importlib.util.MAGIC_NUMBER on 3.14)
    assert int.from_bytes(magic[:2], "little") in range(3600, 3700)


def test_the_shipped_standard_library_is_the_full_one_trimmed(built_site: Path) -> None:
    runtime = runtime_manifest(built_site)
    trimmed_path = site_file(built_site, runtime["stdlib"])
    full_path = site_file(built_site, runtime["stdlib_full"])
    assert trimmed_path.name == "python_stdlib.zip"
    assert full_path.name == "python_stdlib_full.zip"
    assert trimmed_path.parent == full_path.parent == runtime_folder(built_site)
    for path, key in ((trimmed_path, "stdlib"), (full_path, "stdlib_full")):
        assert runtime[key].endswith(f"?v={hashlib.sha256(path.read_bytes()).hexdigest()[:12]}")
    assert runtime["stdlib_bytes"] == trimmed_path.stat().st_size
    with zipfile.ZipFile(trimmed_path) as trimmed, zipfile.ZipFile(full_path) as full:
        kept = trimmed.namelist()
        assert all(trimmed.read(name) == full.read(name) for name in kept)
        only_in_full = {name for name in full.namelist() if name.endswith(".pyc")} - set(kept)
    # What Pyodide's start and the checker import (the trace), and not what neither does: the
    # worker's wheel has its phrase files as JSON, so the TOML reader is not needed either.
    for needed in ("encodings/__init__.pyc", "json/__init__.pyc", "re/__init__.pyc"):
        assert needed in kept
    for unneeded in (
        "unittest/__init__.pyc",
        "pydoc.pyc",
        "http/__init__.pyc",
        "tomllib/__init__.pyc",
    ):
        assert unneeded not in kept
    assert 50 < len(kept) < len(only_in_full)
    assert trimmed_path.stat().st_size < full_path.stat().st_size / 2
    top_level = {name.split("/")[0].removesuffix(".pyc") for name in only_in_full}
    assert runtime["stdlib_full_only"] == sorted(top_level)
    fallback = site_file(built_site, runtime["stdlib_fallback"])
    assert fallback.read_bytes() == (ROOT / "docs/assets/checker/stdlib_fallback.py").read_bytes()
    assert runtime["stdlib_fallback"].endswith(
        f"?v={hashlib.sha256(fallback.read_bytes()).hexdigest()[:12]}"
    )


def test_the_wheel_to_download_holds_the_current_checker_sources(built_site: Path) -> None:
    """The wheel the About page links, for pip on any Python."""
    wheels = sorted((built_site / "assets" / "checker").glob("*-py3-none-any.whl"))
    assert [wheel.name for wheel in wheels] == ["two_minute_note-0.1.0-py3-none-any.whl"]
    with zipfile.ZipFile(wheels[0]) as archive:
        packaged = {name: archive.read(name) for name in archive.namelist() if name.endswith(".py")}
    on_disk = {
        str(path.relative_to(ROOT)): path.read_bytes() for path in (ROOT / "checker").rglob("*.py")
    }
    differing = sorted(
        name for name in packaged.keys() | on_disk.keys() if packaged.get(name) != on_disk.get(name)
    )
    assert differing == [], f"the wheel is older than checker/ (run scripts/build): {differing}"


def test_the_wheels_phrase_files_as_json_hold_what_their_toml_holds(built_site: Path) -> None:
    """checker/lexicon reads the JSON the build writes beside each TOML file; the sources have
    none, so the TOML stays the one file to edit."""
    assert sorted((ROOT / "checker" / "lexicon").glob("*.json")) == []
    wheel = built_site / "assets" / "checker" / "two_minute_note-0.1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        for code in PHRASE_FILES:
            toml = tomllib.loads((ROOT / "checker" / "lexicon" / f"{code}.toml").read_text("utf-8"))
            assert json.loads(archive.read(f"checker/lexicon/{code}.json")) == toml, code


def test_the_workers_wheel_is_that_wheel_compiled_to_bytecode(built_site: Path) -> None:
    assets = built_site / "assets" / "checker"
    runtime = runtime_manifest(built_site)
    wheel = assets / runtime["wheel"].split("?")[0]
    data = wheel.read_bytes()
    assert wheel.name == "two_minute_note-0.1.0-cp314-none-any.whl"
    assert hashlib.sha256(data).hexdigest() == runtime["wheel_sha256"]
    assert runtime["wheel"].endswith(f"?v={runtime['wheel_sha256'][:12]}")
    assert runtime["wheel_bytes"] == len(data)
    with zipfile.ZipFile(assets / "two_minute_note-0.1.0-py3-none-any.whl") as archive:
        source = {name: archive.read(name) for name in archive.namelist()}
    with zipfile.ZipFile(wheel) as archive:
        compiled = {name: archive.read(name) for name in archive.namelist()}
    dist_info = "two_minute_note-0.1.0.dist-info/"
    # every module as bytecode, no source; a phrase file as JSON only; every other file as it is
    dropped = {
        name
        for name in source
        if name.endswith(".toml") and name.removesuffix(".toml") + ".json" in source
    }
    assert {name.split("/")[-1] for name in dropped} == {f"{code}.toml" for code in PHRASE_FILES}
    expected_names = {name + "c" if name.endswith(".py") else name for name in source} - dropped
    assert set(compiled) == expected_names
    kept_as_is = set(source) - dropped - {f"{dist_info}WHEEL", f"{dist_info}RECORD"}
    for name in kept_as_is:
        if not name.endswith(".py"):
            assert compiled[name] == source[name], name
    assert "Tag: cp314-none-any" in compiled[f"{dist_info}WHEEL"].decode().splitlines()
    # hash-based .pyc files (flags 1: not checked against a source) of the runtime's Python
    with zipfile.ZipFile(site_file(built_site, runtime["stdlib"])) as stdlib:
        stdlib_magic = stdlib.read("json/__init__.pyc")[:4]
    for name, content in compiled.items():
        if name.endswith(".pyc"):
            assert content[:4] == stdlib_magic, name
            assert int.from_bytes(content[4:8], "little") == 1, name
    # RECORD lists every file with its hash and size
    record = {}
    for line in compiled[f"{dist_info}RECORD"].decode().splitlines():
        name, digest, size = line.rsplit(",", 2)
        record[name] = (digest, size)
    assert record.pop(f"{dist_info}RECORD") == ("", "")
    assert set(record) == set(compiled) - {f"{dist_info}RECORD"}
    for name, (digest, size) in record.items():
        sha256 = base64.urlsafe_b64encode(hashlib.sha256(compiled[name]).digest()).rstrip(b"=")
        assert (digest, size) == (f"sha256={sha256.decode()}", str(len(compiled[name]))), name


def test_the_checker_page_loads_the_trimmed_library_only(
    new_context: Any, site_server: str, built_site: Path
) -> None:
    runtime = runtime_manifest(built_site)
    context = new_context()
    page, watch = watched_page(context)
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))  # the worker's too
    page.goto(site_server + "checker/")
    checker = Checker(page)
    checker.wait_until_ready()
    checker.enter("Hi Ada, join my group!", name="Ada")
    assert checker.verdict == "pitch"
    checker.enter("Hi Ada, your PyCon talk on accessible forms changed how I build mine.")
    assert checker.verdict is not None
    page.wait_for_load_state("networkidle")

    assets = site_server + "assets/checker/"
    stdlibs = [url for url in requests if "/python_stdlib" in urlsplit(url).path]
    assert stdlibs == [urljoin(assets, runtime["stdlib"])]
    assert urljoin(assets, runtime["stdlib_fallback"]) in requests
    assert urljoin(assets, runtime["wheel"]) in requests
    assert not any(url.endswith("-py3-none-any.whl") for url in requests)
    assert watch.errors == []


# A module worker that starts Pyodide as worker.js does, installs stdlib_fallback.py as
# worker.js's installStdlibFallback does, and imports a module the trimmed library lacks: the real
# download, a synchronous XMLHttpRequest. (worker.js itself has no way to be asked to import
# anything else than the checker.)
FALLBACK_WORKER = """
const assets = new URL("assets/checker/", BASE);
try {
  const runtime = await (await fetch(new URL("runtime.json", assets))).json();
  const indexURL = new URL(runtime.pyodide_index, assets).href;
  const { loadPyodide } = await import(indexURL + "pyodide.mjs");
  const pyodide = await loadPyodide({ indexURL, stdLibURL: new URL(runtime.stdlib, assets).href });
  const source = await (await fetch(new URL(runtime.stdlib_fallback, assets))).text();
  const namespace = pyodide.globals.get("dict")();
  pyodide.runPython(source, { globals: namespace, filename: "stdlib_fallback.py" });
  namespace.get("install")(new URL(runtime.stdlib_full, assets).href, runtime.stdlib_full_only);
  postMessage(JSON.parse(pyodide.runPython(`
import json, http.cookies, xml.dom.minidom
json.dumps({
    "tag": xml.dom.minidom.parseString("<a/>").documentElement.tagName,
    "cookie": http.cookies.SimpleCookie("a=1")["a"].value,
    "origin": xml.dom.minidom.__spec__.origin,
})
`)));
} catch (error) {
  postMessage({ error: String(error) });
}
"""

START_WORKER = """
async ([base, code]) => {
  const script = `const BASE = ${JSON.stringify(base)};\n${code}`;
  const url = URL.createObjectURL(new Blob([script], { type: "text/javascript" }));
  const worker = new Worker(url, { type: "module" });
  return new Promise((resolve, reject) => {
    worker.onmessage = (event) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(event.message));
  });
}
"""


def test_in_a_worker_a_missing_module_comes_from_the_full_library(
    new_context: Any, site_server: str, built_site: Path
) -> None:
    runtime = runtime_manifest(built_site)
    context = new_context()
    requests: list[tuple[str, str]] = []
    context.on("request", lambda request: requests.append((request.url, request.resource_type)))
    page = context.new_page()
    # A page of the site's origin without the site's Content-Security-Policy (no blob: workers).
    page.route(
        site_server + "fallback-test/",
        lambda route: route.fulfill(
            content_type="text/html", body="<!doctype html><title>t</title>"
        ),
    )
    page.goto(site_server + "fallback-test/")
    result = page.evaluate(START_WORKER, [site_server, FALLBACK_WORKER])

    assert result == {
        "tag": "a",
        "cookie": "1",
        "origin": "/lib/python_stdlib_full.zip/xml/dom/minidom.pyc",
    }
    full = urljoin(site_server + "assets/checker/", runtime["stdlib_full"])
    assert [kind for url, kind in requests if url == full] == ["xhr"]
