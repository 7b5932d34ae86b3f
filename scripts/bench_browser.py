#!/usr/bin/env python3
"""Benchmarks the in-browser checker in headless Chromium against the built site on 127.0.0.1,
side by side with bare Pyodide booted from the same npm package.

Prints:
  - navigation -> first verdict on /checker/ and, as the anchor, navigation -> ready for bare
    Pyodide: a minimal page of its own (served from a temporary directory, not shipped) that boots
    node_modules/pyodide's files, copied as they are, in a module Web Worker and is ready when
    loadPyodide() resolved and runPython("1+1") returned. Cold (a new browser profile per run) and
    warm (the same profile, second visit), with the ratio checker / bare: on localhost, then over
    links throttled in Chromium (40 Mbit/s and 5 Mbit/s), served gzip-compressed as a host would;
  - the median round trip of one check in the worker (page -> worker -> page), over many checks;
  - the bytes of a cold visit to /checker/, bare Pyodide and guide pages, raw and gzip-compressed;
  - the targets, met or missed.

Files are served as Netlify and Cloudflare Pages serve them: Cache-Control: public, max-age=0,
must-revalidate by default, so a warm visit revalidates each file and gets 304 Not Modified;
and the headers of the served folder's _headers file, where it has one. The site's lets
browsers keep Python's runtime files (their folder is named by their digest) and sends the
security policy; the bare Pyodide page has none. --no-headers-file serves the site without it
(as GitHub Pages does, which ignores the file).

Usage: .venv/bin/python scripts/bench_browser.py [--runs 5] [--slow-runs 1] [--checks 300]
                                                 [--no-throttle] [--linger 2] [--check-targets]
                                                 [--no-headers-file]
The site must be built (scripts/build); with --build this script builds it first. A 5 Mbit/s
visit takes 15-30 s, so that link gets --slow-runs runs (1 by default), not --runs.
"""

from __future__ import annotations

import argparse
import email.utils
import functools
import gzip
import http.server
import io
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
PYODIDE_NPM = ROOT / "node_modules" / "pyodide"
# The browser tests' launch settings, so the benchmark measures the browser the tests drive.
sys.path.insert(0, str(ROOT / "tests"))
from conftest import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    HeaderRules,
    headers_for,
    read_headers_file,
    running_server,
)

TARGET_FIRST_VERDICT_COLD_S = 2.5
TARGET_ROUND_TRIP_MS = 10.0
TARGET_COLD_GZIP_BYTES = 6_000_000
TARGET_WARM_VS_BARE = 0.4
TARGET_COLD_VS_BARE = 0.75
RATIO_TARGETS = (("warm", TARGET_WARM_VS_BARE), ("cold", TARGET_COLD_VS_BARE))

GUIDE_PAGES = ("", "writing/", "rules/")
NOTE = "Hi Ada, I loved your PyCon talk on accessible forms. I'd like to keep in touch."
CACHE_CONTROL = "public, max-age=0, must-revalidate"
GZIP_LEVEL = 6
GZIP_MIN_SAVING = 0.10  # a file is served gzip-compressed when that makes it at least 10% smaller
VISIT_TIMEOUT_MS = 180_000
OUT: Callable[[str], None] = functools.partial(print, flush=True)

CHECKER = "/checker/"
BARE = "bare Pyodide"
# node_modules/pyodide's files that loadPyodide() fetches or imports in a browser.
BARE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)

# Runs in every page before its own scripts: pastes the note as soon as the widget exists and
# records, on the page's own clock (0 = navigation start), when the checker became ready and
# when the first verdict appeared. (The bare Pyodide page records its own "ready".)
MILESTONES_SCRIPT = """
(() => {
  const note = __NOTE__;
  window.__bench = {};
  const stamp = (key) => { if (!(key in window.__bench)) window.__bench[key] = performance.now(); };
  new MutationObserver(() => {
    const field = document.querySelector(".note-checker textarea[name=note]");
    if (field && !("pasted" in window.__bench)) {
      stamp("pasted");
      field.value = note;
      field.dispatchEvent(new Event("input", { bubbles: true }));
    }
    if (document.querySelector(".note-checker[data-state=ready]")) stamp("ready");
    if (document.querySelector(".note-checker .nc-verdict[data-verdict]")) stamp("verdict");
    if (document.querySelector(".note-checker[data-state=error]")) stamp("error");
  }).observe(document, { subtree: true, attributes: true, childList: true });
})();
""".replace("__NOTE__", json.dumps(NOTE))

# The anchor: bare Pyodide in a module Web Worker, nothing else.
BARE_PAGE = """<!doctype html>
<html lang="en">
<meta charset="utf-8">
<title>Bare Pyodide</title>
<link rel="icon" href="data:,">
<output>loading</output>
<script type="module">
  const bench = (window.__bench ??= {});
  const worker = new Worker("worker.mjs", { type: "module" });
  worker.addEventListener("message", ({ data }) => {
    bench[data.type] = data.type === "ready" ? performance.now() : data.message;
    document.querySelector("output").textContent = `${data.type}: ${data.value ?? data.message}`;
  });
</script>
</html>
"""
BARE_WORKER = """import { loadPyodide } from "./pyodide/pyodide.mjs";

try {
  const pyodide = await loadPyodide();
  postMessage({ type: "ready", value: pyodide.runPython("1+1") });
} catch (error) {
  postMessage({ type: "error", message: String(error) });
}
"""

# Runs in a ready /checker/ page: a second worker from the same script, timed on many checks.
ROUND_TRIP_SCRIPT = """
async (count) => {
  const url = new URL("assets/checker/worker.js", document.baseURI.replace(/checker\\/.*$/, ""));
  const worker = new Worker(url, { type: "module" });
  await new Promise((resolve, reject) => worker.addEventListener("message", (event) => {
    if (event.data.type === "ready") resolve();
    if (event.data.type === "error") reject(new Error(event.data.message));
  }));
  const notes = [
    "Hi Ada, I loved your PyCon talk on accessible forms. I'd like to keep in touch.",
    "I'd like to add you to my professional network on LinkedIn.",
    "Hi Ada 😀, book a demo of our product here!",
    "Hi [Name], I came across your profile and would love to connect.",
  ];
  const roundTrips = [], inWorker = [];
  for (let i = 0; i < count; i++) {
    const text = notes[i % notes.length] + " ".repeat(i % 7);
    const started = performance.now();
    const result = await new Promise((resolve) => {
      const listen = (event) => {
        if (event.data.id !== i) return;
        worker.removeEventListener("message", listen);
        resolve(event.data);
      };
      worker.addEventListener("message", listen);
      worker.postMessage({ type: "check", id: i, text, mode: "draft", name: "Ada", limit: 300 });
    });
    roundTrips.push(performance.now() - started);
    inWorker.push(result.checkMs);
  }
  worker.terminate();
  return { roundTrips, inWorker };
}
"""


# ----- serving: files as they are, or gzip-compressed where that pays


def gzipped(path: Path) -> bytes:
    """The file gzip-compressed: its precompressed copy (path + ".gz") if the build made one,
    as a host serving precompressed files would send it; else compressed here."""
    copy = path.with_name(path.name + ".gz")
    source = copy if copy.is_file() else path
    stat = source.stat()
    return _gzipped(source, stat.st_mtime_ns, stat.st_size)


@functools.cache
def _gzipped(source: Path, mtime_ns: int, size: int) -> bytes:
    data = source.read_bytes()
    return data if source.suffix == ".gz" else gzip.compress(data, GZIP_LEVEL, mtime=0)


def worth_gzipping(path: Path) -> bool:
    """Measured, file by file: .zip and .whl are deflated inside, so gzip barely shrinks them."""
    return len(gzipped(path)) <= (1 - GZIP_MIN_SAVING) * path.stat().st_size


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012 - the stdlib defines it as a class attribute
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".wasm": "application/wasm",
        ".whl": "application/zip",
    }
    compress = False  # set per server: gzip-compress the responses where that pays
    rules: HeaderRules = ()  # set per server: the served directory's _headers file

    def end_headers(self) -> None:
        headers = headers_for(self.rules, self.path)
        if not any(name.lower() == "cache-control" for name, _ in headers):
            self.send_header("Cache-Control", CACHE_CONTROL)
        for name, value in headers:
            self.send_header(name, value)
        super().end_headers()

    def send_head(self) -> io.BytesIO | BinaryIO | None:
        path = self.file_to_gzip()
        return super().send_head() if path is None else self.send_gzipped(path)

    def file_to_gzip(self) -> Path | None:
        if not self.compress or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return None
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not urlsplit(self.path).path.endswith("/"):
                return None  # the stdlib redirects to the address with a slash
            path = path / "index.html"
        return path if path.is_file() and worth_gzipping(path) else None

    def send_gzipped(self, path: Path) -> io.BytesIO | None:
        modified = int(path.stat().st_mtime)
        if self.not_modified_since(modified):
            self.send_response(http.HTTPStatus.NOT_MODIFIED)
            self.end_headers()
            return None
        body = gzipped(path)
        self.send_response(http.HTTPStatus.OK)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", self.date_time_string(modified))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)

    def not_modified_since(self, modified: int) -> bool:
        since = self.headers.get("If-Modified-Since")
        if not since or "If-None-Match" in self.headers:
            return False
        try:
            when = email.utils.parsedate_to_datetime(since)
        except (TypeError, IndexError, OverflowError, ValueError):
            return False
        return when.tzinfo is not None and modified <= when.timestamp()

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(directory: Path, compress: bool, headers_file: bool = True) -> Iterator[str]:
    """Serves `directory` on 127.0.0.1 at a free port; yields the base URL ending in '/'."""
    if compress:  # compress ahead, so no timed visit waits for it
        for path in directory.rglob("*"):
            if path.is_file() and path.suffix != ".gz":
                gzipped(path)
    rules = directory / "_headers"
    settings: dict[str, object] = {"compress": compress}
    if headers_file and rules.is_file():
        settings["rules"] = read_headers_file(rules)
    handler_class = type("ServerHandler", (Handler,), settings)
    handler = functools.partial(handler_class, directory=str(directory))
    with running_server(handler, hang_ups_are_errors=False) as address:  # a closed tab: no error
        yield address


@contextmanager
def bare_pyodide(npm_package: Path) -> Iterator[Path]:
    """A temporary directory with the anchor page and node_modules/pyodide's files."""
    with tempfile.TemporaryDirectory(prefix="bench-bare-pyodide-") as name:
        directory = Path(name)
        (directory / "pyodide").mkdir()
        for file in BARE_FILES:
            shutil.copyfile(npm_package / file, directory / "pyodide" / file)
        (directory / "index.html").write_text(BARE_PAGE, encoding="utf-8")
        (directory / "worker.mjs").write_text(BARE_WORKER, encoding="utf-8")
        yield directory


@dataclass(frozen=True)
class Subject:
    """A page timed from navigation to a milestone in window.__bench."""

    name: str
    directory: Path
    path: str
    done: str  # "verdict" for /checker/, "ready" for bare Pyodide


class Servers:
    """Two servers for each directory: one sends files as they are, one gzip-compressed."""

    def __init__(
        self, stack: ExitStack, directories: Iterable[Path], headers_file: bool = True
    ) -> None:
        self.bases = {
            (directory, compress): stack.enter_context(serve(directory, compress, headers_file))
            for directory in directories
            for compress in (False, True)
        }

    def url(self, directory: Path, path: str, compress: bool) -> str:
        return self.bases[directory, compress] + path


# ----- network conditions


@dataclass(frozen=True)
class Condition:
    """Where the files come from: localhost as it is, or a link throttled in Chromium."""

    name: str
    mbit_s: float | None = None
    latency_ms: float = 0.0
    slow: bool = False  # too slow for many runs: --slow-runs, not --runs

    @property
    def throttled(self) -> bool:
        return self.mbit_s is not None

    def describe(self) -> str:
        if self.mbit_s is None:
            return f"{self.name}, not throttled, files served as they are"
        return (
            f"{self.name} with {self.latency_ms:g} ms latency (Chromium's network throttling), "
            "files served gzip-compressed"
        )

    def cdp_conditions(self) -> dict[str, object]:
        assert self.mbit_s is not None
        rate = self.mbit_s * 1_000_000 / 8  # bytes per second
        return {
            "offline": False,
            "latency": self.latency_ms,
            "downloadThroughput": rate,
            "uploadThroughput": rate,
        }

    def seconds_for(self, count: int) -> float:
        """The time the link needs for `count` bytes, latency aside."""
        assert self.mbit_s is not None
        return count * 8 / (self.mbit_s * 1_000_000)


LOCALHOST = Condition("localhost")
LINKS = (Condition("40 Mbit/s", 40, 40), Condition("5 Mbit/s", 5, 100, slow=True))


def throttle(context: Any, page: Any, condition: Condition) -> None:
    """Throttles the page's requests, its dedicated workers' included (Chromium applies a page's
    network conditions to them; report_throttling checks it by timing)."""
    session = context.new_cdp_session(page)
    session.send("Network.enable")
    session.send("Network.emulateNetworkConditions", condition.cdp_conditions())


# ----- page loads


@dataclass
class Load:
    ready_ms: float
    done_ms: float  # the first verdict on /checker/; ready for bare Pyodide


@dataclass
class Loads:
    cold: list[Load] = field(default_factory=list)
    warm: list[Load] = field(default_factory=list)

    def of(self, state: str) -> list[Load]:
        return self.cold if state == "cold" else self.warm


@dataclass
class Comparison:
    condition: Condition
    runs: int
    loads: dict[str, Loads]  # by subject name

    def median(self, subject: str, state: str) -> float:
        return statistics.median(load.done_ms for load in self.loads[subject].of(state))

    def ratio(self, state: str) -> float:
        return self.median(CHECKER, state) / self.median(BARE, state)


def new_context(playwright: Any, profile: str) -> Any:
    context = playwright.chromium.launch_persistent_context(
        profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
    )
    context.add_init_script(MILESTONES_SCRIPT)
    return context


def browser_profile() -> tempfile.TemporaryDirectory[str]:
    """A fresh profile directory; Chromium may still be writing to it as it closes."""
    return tempfile.TemporaryDirectory(prefix="bench-profile-", ignore_cleanup_errors=True)


def wait_for_milestone(page: Any, done: str) -> dict[str, Any]:
    page.wait_for_function(
        f"() => window.__bench && ({done!r} in window.__bench || 'error' in window.__bench)",
        timeout=VISIT_TIMEOUT_MS,
    )
    milestones: dict[str, Any] = page.evaluate("window.__bench")
    if "error" in milestones:
        raise RuntimeError(f"{page.url} failed to load: {milestones['error']}")
    return milestones


def visit(context: Any, url: str, done: str, condition: Condition, linger_ms: float) -> Load:
    """One visit, timed on the page's clock; the page then stays open for `linger_ms`, as a
    visitor reading the verdict would, so work done after it (caching) gets to finish."""
    page = context.new_page()
    if condition.throttled:
        throttle(context, page, condition)
    page.goto(url, wait_until="commit", timeout=VISIT_TIMEOUT_MS)
    milestones = wait_for_milestone(page, done)
    if linger_ms:
        page.wait_for_timeout(linger_ms)
    page.close()
    return Load(milestones.get("ready", milestones[done]), milestones[done])


def visit_twice(
    playwright: Any, url: str, done: str, condition: Condition, linger_ms: float
) -> tuple[Load, Load]:
    """A cold visit in a new profile, then a warm one in the same profile."""
    with browser_profile() as profile:
        context = new_context(playwright, profile)
        cold = visit(context, url, done, condition, linger_ms)
        warm = visit(context, url, done, condition, 0)
        context.close()
    return cold, warm


def compare(
    playwright: Any,
    servers: Servers,
    subjects: Iterable[Subject],
    condition: Condition,
    runs: int,
    linger_ms: float,
) -> Comparison:
    loads = {subject.name: Loads() for subject in subjects}
    for _ in range(runs):
        for subject in subjects:  # taken in turn, so a busy moment falls on both alike
            url = servers.url(subject.directory, subject.path, compress=condition.throttled)
            cold, warm = visit_twice(playwright, url, subject.done, condition, linger_ms)
            loads[subject.name].cold.append(cold)
            loads[subject.name].warm.append(warm)
    return Comparison(condition, runs, loads)


def measure_round_trips(playwright: Any, url: str, checks: int) -> dict[str, list[float]]:
    with browser_profile() as profile:
        context = new_context(playwright, profile)
        page = context.new_page()
        page.goto(url)
        page.wait_for_selector(".note-checker[data-state=ready]", timeout=VISIT_TIMEOUT_MS)
        result: dict[str, list[float]] = page.evaluate(ROUND_TRIP_SCRIPT, checks)
        context.close()
    return result


# ----- bytes


@dataclass
class Transfer:
    requests: int
    bytes: int
    files: dict[str, int]  # URL path -> bytes
    local: list[Path]  # the files on disk that were served


def measure_transfer(playwright: Any, url: str, directory: Path, done: str | None) -> Transfer:
    """Bytes over the wire with an empty cache: bodies (as sent: compressed or not) and headers
    of every request the page and its workers make, until the page reached `done` (or, on a
    guide page with the widget, the checker is ready) and is idle."""
    with browser_profile() as profile:
        context = new_context(playwright, profile)
        finished: list[Any] = []
        context.on("requestfinished", lambda request: finished.append(request))
        page = context.new_page()
        page.goto(url, timeout=VISIT_TIMEOUT_MS)
        if done:
            wait_for_milestone(page, done)
        elif page.locator(".note-checker").count():
            page.wait_for_selector(".note-checker[data-state=ready]", timeout=VISIT_TIMEOUT_MS)
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(500)
        files: dict[str, int] = {}
        local: list[Path] = []
        total = 0
        for request in finished:
            sizes = request.sizes()
            size = sizes["responseBodySize"] + sizes["responseHeadersSize"]
            total += size
            files[urlsplit(request.url).path] = size
            if path := local_file(request.url, url, directory):
                local.append(path)
        context.close()
    return Transfer(len(finished), total, files, local)


def local_file(url: str, page_url: str, directory: Path) -> Path | None:
    if urlsplit(url).netloc != urlsplit(page_url).netloc:
        return None
    path = directory / urlsplit(url).path.lstrip("/")
    if path.is_dir() or not path.suffix:
        path = path / "index.html"
    return path if path.is_file() else None


# ----- printing


def spread(values: Iterable[float]) -> str:
    ordered = sorted(values)
    median = statistics.median(ordered) / 1000
    if len(ordered) == 1:
        return f"{median:.2f} s"
    return f"{median:.2f} s ({ordered[0] / 1000:.2f}-{ordered[-1] / 1000:.2f})"


def megabytes(count: int) -> str:
    return f"{count / 1_000_000:.2f} MB" if count >= 100_000 else f"{count / 1000:.1f} kB"


def runs_text(count: int) -> str:
    return f"{count} run" if count == 1 else f"{count} runs"


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def report_comparison(comparison: Comparison, note: str = "") -> None:
    condition = comparison.condition
    OUT(f"{condition.describe()}, {runs_text(comparison.runs)} each{note}:")
    OUT(f"  {'':<5} {'/checker/ first verdict':<25} {'bare Pyodide ready':<25} checker / bare")
    for state in ("cold", "warm"):
        checker = (load.done_ms for load in comparison.loads[CHECKER].of(state))
        bare = (load.done_ms for load in comparison.loads[BARE].of(state))
        OUT(f"  {state:<5} {spread(checker):<25} {spread(bare):<25} {comparison.ratio(state):.2f}")
    ready = [
        statistics.median(load.ready_ms for load in comparison.loads[CHECKER].of(state)) / 1000
        for state in ("cold", "warm")
    ]
    OUT(f"  (/checker/ ready: cold {ready[0]:.2f} s, warm {ready[1]:.2f} s)")


def report_throttling(
    comparison: Comparison, unthrottled: Comparison, gzip_bytes: dict[str, int]
) -> None:
    """Checks by timing that the throttling reached the workers, which fetch nearly all the
    bytes: no cold visit may take less than its bytes need at the link's rate, and when that
    time exceeds the unthrottled cold visit, a visit that took it was throttled."""
    condition = comparison.condition
    floors = {name: condition.seconds_for(count) for name, count in gzip_bytes.items()}
    wire = " and ".join(f"{floor:.1f} s ({name})" for name, floor in floors.items())
    OUT(f"  the cold bytes alone need {wire} at {condition.name}:")
    cold = {name: comparison.median(name, "cold") / 1000 for name in floors}
    if any(cold[name] < floor for name, floor in floors.items()):
        OUT("  !! a cold visit was faster than that: some requests escaped the throttling")
    elif all(floor > unthrottled.median(name, "cold") / 1000 for name, floor in floors.items()):
        OUT("    both cold visits took longer, more than unthrottled: the workers were throttled")
    else:
        OUT("    both cold visits took longer (the slower link's runs tell more)")


def report_transfers(
    playwright: Any, servers: Servers, subjects: Iterable[Subject], site: Path
) -> dict[str, int]:
    """Prints the bytes of cold visits, raw and gzip; returns the gzip bytes by subject."""
    OUT(
        "bytes of a cold visit (bodies and headers; gzip: served gzip-compressed where that "
        f"saves {GZIP_MIN_SAVING:.0%} or more):"
    )
    gzip_bytes: dict[str, int] = {}
    served: list[Path] = []
    for subject in subjects:
        raw, packed = measure_transfers(
            playwright, servers, subject.directory, subject.path, subject.done
        )
        print_transfer(subject.name, raw, packed)
        print_biggest_files(raw, packed)
        gzip_bytes[subject.name] = packed.bytes
        served += packed.local
    for path in GUIDE_PAGES:
        raw, packed = measure_transfers(playwright, servers, site, path, None)
        print_transfer(f"/{path}", raw, packed)
        if any("/assets/pyodide/" in name or name.endswith(".wasm") for name in raw.files):
            OUT("      !! a guide page fetched Pyodide files")
    report_gzip_choices(served)
    return gzip_bytes


def measure_transfers(
    playwright: Any, servers: Servers, directory: Path, path: str, done: str | None
) -> tuple[Transfer, Transfer]:
    """A cold visit served as it is, and one served gzip-compressed."""
    raw = measure_transfer(playwright, servers.url(directory, path, False), directory, done)
    packed = measure_transfer(playwright, servers.url(directory, path, True), directory, done)
    return raw, packed


def print_biggest_files(raw: Transfer, packed: Transfer, count: int = 4) -> None:
    for name, size in sorted(raw.files.items(), key=lambda item: -item[1])[:count]:
        packed_size = megabytes(packed.files.get(name, 0))
        OUT(f"      {megabytes(size):>9}, gzip {packed_size:>9}  {name}")


def print_transfer(name: str, raw: Transfer, packed: Transfer) -> None:
    OUT(
        f"  {name:<14} {megabytes(raw.bytes):>9} in {raw.requests:>2} requests, "
        f"gzip {megabytes(packed.bytes):>9}"
    )


def report_gzip_choices(paths: Iterable[Path]) -> None:
    """What gzip makes of each file type served in the cold visits, and whether it was used."""
    by_type: dict[str, list[Path]] = {}
    for path in set(paths):
        by_type.setdefault(path.suffix or path.name, []).append(path)
    used, unused = [], []
    for suffix, files in sorted(by_type.items(), key=lambda item: -sum_size(item[1])):
        share = sum(len(gzipped(path)) for path in files) / max(sum_size(files), 1)
        count = sum(worth_gzipping(path) for path in files)
        text = f"{suffix} {share:.0%}"
        if count:
            used.append(text if count == len(files) else f"{text} ({count} of {len(files)} files)")
        else:
            unused.append(text)
    OUT("  gzip size / raw size, by file type, in the two cold visits:")
    OUT(f"    served gzip-compressed: {', '.join(used)}")
    if unused:
        OUT(f"    served as they are (compressed inside already): {', '.join(unused)}")


def sum_size(paths: Iterable[Path]) -> int:
    return sum(path.stat().st_size for path in paths)


def report_round_trips(playwright: Any, url: str, checks: int) -> float:
    trips = measure_round_trips(playwright, url, checks)
    round_trip = statistics.median(trips["roundTrips"])
    p90 = statistics.quantiles(trips["roundTrips"], n=10)[-1]
    in_worker = statistics.median(trips["inWorker"])
    OUT(f"check round trip, page -> worker -> page, {checks} checks:")
    OUT(f"  median {round_trip:.2f} ms, p90 {p90:.2f} ms (Python's share: {in_worker:.2f} ms)")
    return round_trip


def report_targets(comparisons: list[Comparison], round_trip: float, cold_gzip_bytes: int) -> bool:
    first_verdict = comparisons[0].median(CHECKER, "cold") / 1000
    results = [
        (
            f"first verdict, cold, {comparisons[0].condition.name}, "
            f"< {TARGET_FIRST_VERDICT_COLD_S} s: {first_verdict:.2f} s",
            first_verdict < TARGET_FIRST_VERDICT_COLD_S,
        ),
        (
            f"check round trip < {TARGET_ROUND_TRIP_MS:g} ms: {round_trip:.2f} ms",
            round_trip < TARGET_ROUND_TRIP_MS,
        ),
        (
            f"cold download <= {megabytes(TARGET_COLD_GZIP_BYTES)} gzip: "
            f"{megabytes(cold_gzip_bytes)}",
            cold_gzip_bytes <= TARGET_COLD_GZIP_BYTES,
        ),
    ]
    here, links = comparisons[0], comparisons[1:]
    results += [ratio_result(here, state, target) for state, target in RATIO_TARGETS]
    OUT(f"targets (on this machine: {here.condition.name}):")
    for text, ok in results:
        OUT(f"  {text}, {verdict(ok)}")
    if links:
        OUT("the same ratios over the simulated links (shown for comparison, not targets):")
        for state, target in RATIO_TARGETS:
            for comparison in links:
                text, under = ratio_result(comparison, state, target)
                OUT(f"  {text}, {'under' if under else 'over'} the line")
    return all(ok for _, ok in results)


def ratio_result(comparison: Comparison, state: str, target: float) -> tuple[str, bool]:
    ratio = comparison.ratio(state)
    text = (
        f"{state} first verdict <= {target:g} x bare Pyodide's {state} ready, "
        f"{comparison.condition.name}: {ratio:.2f} x"
    )
    return text, ratio <= target


def report(
    args: argparse.Namespace, servers: Servers, subjects: list[Subject], playwright: Any
) -> bool:
    checker = subjects[0]
    linger_ms = args.linger * 1000
    headers = (checker.directory / "_headers").is_file() and not args.no_headers_file
    OUT(
        f"{CHECKER} served with its _headers file, as Netlify and Cloudflare Pages do"
        if headers
        else f"{CHECKER} served without a _headers file (every file revalidates)"
    )
    comparisons = [compare(playwright, servers, subjects, LOCALHOST, args.runs, linger_ms)]
    report_comparison(comparisons[0], " (a new browser profile per run; warm: second visit)")
    round_trip = report_round_trips(
        playwright, servers.url(checker.directory, checker.path, False), args.checks
    )
    gzip_bytes = report_transfers(playwright, servers, subjects, checker.directory)
    if not args.no_throttle:
        for condition in LINKS:
            runs = args.slow_runs if condition.slow else args.runs
            comparison = compare(playwright, servers, subjects, condition, runs, linger_ms)
            note = " (a slow link: fewer runs, see --slow-runs)" if condition.slow else ""
            report_comparison(comparison, note)
            report_throttling(comparison, comparisons[0], gzip_bytes)
            comparisons.append(comparison)
    return report_targets(comparisons, round_trip, gzip_bytes[CHECKER])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="page loads per cache state")
    parser.add_argument(
        "--slow-runs", type=int, default=1, help="page loads per cache state at 5 Mbit/s"
    )
    parser.add_argument(
        "--no-throttle", action="store_true", help="skip the runs over throttled links"
    )
    parser.add_argument(
        "--linger", type=float, default=2.0, help="seconds a cold visit stays open after it ends"
    )
    parser.add_argument("--checks", type=int, default=300, help="checks for the round trip")
    parser.add_argument("--build", action="store_true", help="run scripts/build first")
    parser.add_argument("--site-dir", type=Path, default=SITE, help="the built site to serve")
    parser.add_argument(
        "--check-targets", action="store_true", help="exit with 1 when a target is missed"
    )
    parser.add_argument(
        "--no-headers-file",
        action="store_true",
        help="ignore the site's _headers, as GitHub Pages does (every file revalidates)",
    )
    args = parser.parse_args()
    if args.build or not (args.site_dir / "checker" / "index.html").exists():
        subprocess.run(
            [str(ROOT / "scripts" / "build"), "--site-dir", str(args.site_dir)], check=True
        )
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: run scripts/setup --browser", file=sys.stderr)
        return 2
    if not all((PYODIDE_NPM / file).is_file() for file in BARE_FILES):
        print(f"{PYODIDE_NPM} is incomplete: run scripts/setup", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    started = time.monotonic()
    with ExitStack() as stack:
        bare_directory = stack.enter_context(bare_pyodide(PYODIDE_NPM))
        site = args.site_dir.resolve()
        servers = Servers(stack, (site, bare_directory), not args.no_headers_file)
        subjects = [
            Subject(CHECKER, site, "checker/", "verdict"),
            Subject(BARE, bare_directory, "", "ready"),
        ]
        playwright = stack.enter_context(sync_playwright())
        targets_met = report(args, servers, subjects, playwright)
    print(f"(benchmark took {time.monotonic() - started:.0f} s)")
    return 1 if args.check_targets and not targets_met else 0


if __name__ == "__main__":
    sys.exit(main())
