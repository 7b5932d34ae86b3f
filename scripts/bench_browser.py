#!/usr/bin/env python3
"""Benchmarks the in-browser checker in headless Chromium against the built site on 127.0.0.1.

Prints:
  - navigation to ready and navigation to first verdict on /checker/, cold (an empty browser
    cache, a new profile per run) and warm (the same profile, visited before);
  - the median round trip of one check in the worker (page -> worker -> page), over many checks;
  - the bytes transferred by /checker/ and by guide pages (cold cache), with what gzip would
    make of the same files.

Usage: .venv/bin/python scripts/bench_browser.py [--runs 5] [--checks 300] [--check-targets]
The site must be built (scripts/build); with --build this script builds it first.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
# The browser tests' launch settings, so the benchmark measures the browser the tests drive.
sys.path.insert(0, str(ROOT / "tests"))
from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

TARGET_FIRST_VERDICT_COLD_S = 2.5
TARGET_ROUND_TRIP_MS = 10.0
GUIDE_PAGES = ("", "writing/", "rules/")
NOTE = "Hi Ada, I loved your PyCon talk on accessible forms. I'd like to keep in touch."

# Runs in every page before its own scripts: pastes the note as soon as the widget exists and
# records, on the page's own clock (0 = navigation start), when the checker became ready and
# when the first verdict appeared.
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
  }).observe(document, { subtree: true, attributes: true, childList: true });
})();
""".replace("__NOTE__", json.dumps(NOTE))

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


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012 - the stdlib defines it as a class attribute
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".wasm": "application/wasm",
    }

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    handler = functools.partial(QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.handle_error = lambda request, address: None  # a closed tab is not an error
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class Load:
    ready_ms: float
    verdict_ms: float


def load_checker(context: Any, url: str) -> Load:
    page = context.new_page()
    page.goto(url)
    page.wait_for_function("() => window.__bench && 'verdict' in window.__bench", timeout=60_000)
    milestones = page.evaluate("window.__bench")
    page.close()
    return Load(milestones["ready"], milestones["verdict"])


def new_context(playwright: Any, profile: str) -> Any:
    context = playwright.chromium.launch_persistent_context(
        profile, executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
    )
    context.add_init_script(MILESTONES_SCRIPT)
    return context


def browser_profile() -> tempfile.TemporaryDirectory[str]:
    """A fresh profile directory; Chromium may still be writing to it as it closes."""
    return tempfile.TemporaryDirectory(prefix="bench-profile-", ignore_cleanup_errors=True)


def measure_loads(playwright: Any, base: str, runs: int) -> tuple[list[Load], list[Load]]:
    cold, warm = [], []
    for _ in range(runs):
        with browser_profile() as profile:
            context = new_context(playwright, profile)
            cold.append(load_checker(context, base + "checker/"))
            warm.append(load_checker(context, base + "checker/"))
            context.close()
    return cold, warm


def measure_round_trips(playwright: Any, base: str, checks: int) -> dict[str, list[float]]:
    with browser_profile() as profile:
        context = new_context(playwright, profile)
        page = context.new_page()
        page.goto(base + "checker/")
        page.wait_for_selector(".note-checker[data-state=ready]", timeout=60_000)
        result = page.evaluate(ROUND_TRIP_SCRIPT, checks)
        context.close()
    return result


@dataclass
class Transfer:
    requests: int
    bytes: int
    gzip_bytes: int
    files: dict[str, int]


def measure_transfer(playwright: Any, base: str, path: str, site: Path) -> Transfer:
    """Bytes over the wire with an empty cache: bodies and headers of every request the page
    and its workers make, until the page is idle (and, on /checker/, ready)."""
    with browser_profile() as profile:
        context = new_context(playwright, profile)
        finished: list[Any] = []
        context.on("requestfinished", lambda request: finished.append(request))
        page = context.new_page()
        page.goto(base + path)
        if page.locator(".note-checker").count():
            page.wait_for_selector(".note-checker[data-state=ready]", timeout=60_000)
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(500)
        files: dict[str, int] = {}
        total = gzip_total = 0
        for request in finished:
            sizes = request.sizes()
            size = sizes["responseBodySize"] + sizes["responseHeadersSize"]
            total += size
            local = local_file(request.url, base, site)
            gzip_total += gzipped_size(local) if local else size
            files[urlsplit(request.url).path] = size
        context.close()
    return Transfer(len(finished), total, gzip_total, files)


def local_file(url: str, base: str, site: Path) -> Path | None:
    if not url.startswith(base):
        return None
    path = site / urlsplit(url).path.lstrip("/")
    if path.is_dir() or not path.suffix:
        path = path / "index.html"
    return path if path.is_file() else None


@functools.cache
def gzipped_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6))


def seconds(values: list[float]) -> str:
    ordered = sorted(values)
    return (
        f"median {statistics.median(ordered) / 1000:.2f} s "
        f"(min {ordered[0] / 1000:.2f}, max {ordered[-1] / 1000:.2f})"
    )


def megabytes(count: int) -> str:
    return f"{count / 1_000_000:.2f} MB" if count >= 100_000 else f"{count / 1000:.1f} kB"


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def report(args: argparse.Namespace, base: str, playwright: Any) -> bool:
    out: Callable[[str], None] = functools.partial(print, flush=True)
    cold, warm = measure_loads(playwright, base, args.runs)
    out(f"/checker/ cold cache, {args.runs} runs (a new browser profile each):")
    out(f"  navigation -> ready:          {seconds([load.ready_ms for load in cold])}")
    out(f"  navigation -> first verdict:  {seconds([load.verdict_ms for load in cold])}")
    out(f"/checker/ warm cache, {args.runs} runs (the same profile, second visit):")
    out(f"  navigation -> ready:          {seconds([load.ready_ms for load in warm])}")
    out(f"  navigation -> first verdict:  {seconds([load.verdict_ms for load in warm])}")

    trips = measure_round_trips(playwright, base, args.checks)
    round_trip = statistics.median(trips["roundTrips"])
    p90 = statistics.quantiles(trips["roundTrips"], n=10)[-1]
    in_worker = statistics.median(trips["inWorker"])
    out(f"check round trip, page -> worker -> page, {args.checks} checks:")
    out(f"  median {round_trip:.2f} ms, p90 {p90:.2f} ms (Python's share: {in_worker:.2f} ms)")

    out("bytes transferred, cold cache (served uncompressed here; gzip column for comparison):")
    for path in ("checker/", *GUIDE_PAGES):
        transfer = measure_transfer(playwright, base, path, args.site_dir)
        label = f"/{path}"
        out(
            f"  {label:<12} {megabytes(transfer.bytes):>9} in {transfer.requests:>2} requests "
            f"(gzip: {megabytes(transfer.gzip_bytes)})"
        )
        if path == "checker/":
            biggest = sorted(transfer.files.items(), key=lambda item: -item[1])[:4]
            for name, size in biggest:
                out(f"      {megabytes(size):>9}  {name}")
        elif any("/assets/pyodide/" in name or name.endswith(".wasm") for name in transfer.files):
            out("      !! a guide page fetched Pyodide files")

    first_verdict = statistics.median(load.verdict_ms for load in cold) / 1000
    verdict_ok = first_verdict < TARGET_FIRST_VERDICT_COLD_S
    trip_ok = round_trip < TARGET_ROUND_TRIP_MS
    out("targets:")
    out(
        f"  first verdict, cold, < {TARGET_FIRST_VERDICT_COLD_S} s: "
        f"{first_verdict:.2f} s, {verdict(verdict_ok)}"
    )
    out(
        f"  check round trip < {TARGET_ROUND_TRIP_MS:g} ms: {round_trip:.2f} ms, {verdict(trip_ok)}"
    )
    return verdict_ok and trip_ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="page loads per cache state")
    parser.add_argument("--checks", type=int, default=300, help="checks for the round trip")
    parser.add_argument("--build", action="store_true", help="run scripts/build first")
    parser.add_argument("--site-dir", type=Path, default=SITE, help="the built site to serve")
    parser.add_argument(
        "--check-targets", action="store_true", help="exit with 1 when a target is missed"
    )
    args = parser.parse_args()
    if args.build or not (args.site_dir / "checker" / "index.html").exists():
        subprocess.run(
            [str(ROOT / "scripts" / "build"), "--site-dir", str(args.site_dir)], check=True
        )
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: run scripts/setup --browser", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    started = time.monotonic()
    with serve(args.site_dir) as base, sync_playwright() as playwright:
        targets_met = report(args, base, playwright)
    print(f"(benchmark took {time.monotonic() - started:.0f} s)")
    return 1 if args.check_targets and not targets_met else 0


if __name__ == "__main__":
    sys.exit(main())
