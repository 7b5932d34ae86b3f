"""A returning visitor's checker starts from a memory snapshot of the first visit (snapshot.js):
stored in Cache Storage after the first answer, used on the next visit, and dropped whenever it
is damaged, belongs to another runtime or the visitor clears it; nothing is stored when the
browser asks to save data."""

from __future__ import annotations

from typing import Any

import pytest
from checker_driver import Checker, wait_until, watched_page

SNAPSHOT_CACHE = "note-checker-snapshot"  # snapshot.js
IDLE_MS = 1000  # snapshot.js: the pause after the first answer before the snapshot is taken
STORED_TIMEOUT_MS = 30_000
NOTE = "Hi Ada, I loved your PyCon talk on accessible forms. I'd like to keep in touch."
# A German note: a language the warm-up notes do not use. A restored Python checks it with what
# its memory holds: the checker's files are not in a snapshot, and the worker does not unpack
# them again (the checker reads no file after its warm-up).
GERMAN_NOTE = (
    "Hallo Anna, ich habe deinen Vortrag auf der PyCon gehört und würde mich gern vernetzen."
)

CACHE_URLS = """async (name) => {
  if (!(await caches.has(name))) return [];
  return (await (await caches.open(name)).keys()).map((request) => request.url);
}"""
SNAPSHOT_MODULE = "new URL('/assets/checker/snapshot.js', location.href).href"
STORED_BYTES = f"async () => (await import({SNAPSHOT_MODULE})).storedSnapshotBytes()"
CLEAR = f"async () => (await import({SNAPSHOT_MODULE})).clearStoredSnapshot()"


class Visit:
    """One visit to /checker/ in a browser context: ready, then one note checked."""

    def __init__(self, context: Any, address: str, note: str = NOTE) -> None:
        self.page, self.watch = watched_page(context)
        self.page.goto(address + "checker/")
        self.checker = Checker(self.page)
        self.checker.wait_until_ready()
        self.checker.enter(note)
        self.verdict = self.checker.verdict
        self.findings = [finding["rule"] for finding in self.checker.findings()]
        self.timings: dict[str, Any] = self.page.evaluate("() => window.noteCheckerTimings")

    @property
    def from_snapshot(self) -> bool:
        return bool(self.timings["fromSnapshot"])

    def wait_for_stored_snapshot(self) -> int:
        """The stored snapshot's size, once the worker said it stored one."""
        self.page.wait_for_function(
            "() => window.noteCheckerSnapshotBytes > 0", timeout=STORED_TIMEOUT_MS
        )
        size: int = self.page.evaluate("() => window.noteCheckerSnapshotBytes")
        return size

    def cache_urls(self) -> list[str]:
        urls: list[str] = self.page.evaluate(CACHE_URLS, SNAPSHOT_CACHE)
        return urls

    def stored_bytes(self) -> int:
        size: int = self.page.evaluate(STORED_BYTES)
        return size

    def close(self) -> None:
        assert self.watch.errors == [], f"uncaught errors on /checker/: {self.watch.errors}"
        self.page.close()


def first_visit(context: Any, address: str) -> str:
    """A first visit that stores a snapshot; returns its cache key."""
    visit = Visit(context, address)
    assert not visit.from_snapshot
    size = visit.wait_for_stored_snapshot()
    [key] = visit.cache_urls()
    assert visit.stored_bytes() == size
    visit.close()
    return key


def test_a_second_visit_starts_from_the_snapshot_and_gives_the_same_verdict(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    first = Visit(context, site_server)
    assert not first.from_snapshot
    size = first.wait_for_stored_snapshot()
    assert size > 10_000_000  # Python's memory: tens of MB
    assert first.stored_bytes() == size
    key = first.cache_urls()
    assert len(key) == 1
    first.close()

    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))  # the worker's too
    second = Visit(context, site_server)
    assert second.from_snapshot
    assert (second.verdict, second.findings) == (first.verdict, first.findings)
    # what only a Python started afresh needs is not fetched: the wheel and the fallback
    assert any("pyodide.asm.wasm" in url for url in requests)
    assert not [url for url in requests if ".whl" in url or "stdlib_fallback" in url]
    # a restored Python, without the checker's files, checks a language its warm-up did not use
    second.checker.enter(GERMAN_NOTE)
    german = (second.checker.verdict, [finding["rule"] for finding in second.checker.findings()])
    assert german[0] is not None
    # the page is told the size of the snapshot it started from; none is stored again
    second.page.wait_for_function("() => window.noteCheckerSnapshotBytes > 0")
    assert second.page.evaluate("() => window.noteCheckerSnapshotBytes") == size
    second.page.wait_for_timeout(IDLE_MS + 500)
    assert second.cache_urls() == key
    second.close()

    # the same German note, checked by a Python that started as usual, finds the same
    fresh = Visit(new_context(), site_server, GERMAN_NOTE)
    assert not fresh.from_snapshot
    assert (fresh.verdict, fresh.findings) == german
    fresh.close()


SEARCH_SNAPSHOT = """async ([name, words]) => {
  const cache = await caches.open(name);
  const [key] = await cache.keys();
  const bytes = new Uint8Array(await (await cache.match(key)).arrayBuffer());
  const text = new TextDecoder("latin1").decode(bytes).toLowerCase();
  return words.filter((word) => text.includes(word.toLowerCase()));
}"""


def test_the_snapshot_holds_no_note_and_no_name(new_context: Any, site_server: str) -> None:
    """It is taken before the checker reads a note: Python's memory after a check would hold the
    note and the name (freed memory is not cleared; the checker caches words)."""
    context = new_context()
    page, watch = watched_page(context)
    page.goto(site_server + "checker/")
    checker = Checker(page)
    checker.wait_until_ready()
    checker.set_options(name="Quorblax Vintersmith")
    checker.enter("Hi Quorblax, I loved your Zyxwvut talk on frobnicating widgets in Ulthar.")
    page.wait_for_function("() => window.noteCheckerSnapshotBytes > 0", timeout=STORED_TIMEOUT_MS)
    words = ["Quorblax", "Vintersmith", "Zyxwvut", "frobnicating", "Ulthar"]
    assert page.evaluate(SEARCH_SNAPSHOT, [SNAPSHOT_CACHE, words]) == []
    # the search does find text that is there: the notes checker/web.py warms up with
    assert page.evaluate(SEARCH_SNAPSHOT, [SNAPSHOT_CACHE, ["meetup last week"]]) != []
    assert watch.errors == []


# Ways a stored snapshot can be damaged, written with the page's Cache Storage API. It is stored
# without its pages of zeros (snapshot-pack.js): Python's memory is damaged in the unpacked copy.
PACK_MODULE = "new URL('/assets/checker/snapshot-pack.js', location.href).href"
DAMAGE = f"""async ([name, key, how]) => {{
  const {{ packSnapshot, readPacked }} = await import({PACK_MODULE});
  const cache = await caches.open(name);
  const response = await cache.match(key);
  let headers = Object.fromEntries(response.headers);
  let bytes = new Uint8Array(Number(headers["x-snapshot-bytes"]));
  (await readPacked(response.body.getReader(), bytes.length)).copy(0, bytes);
  if (how === "memory") {{
    // the header intact, Python's memory scrambled
    const offset = new DataView(bytes.buffer).getUint32(4, true);
    for (let index = offset + 1024; index < bytes.length; index += 13) bytes[index] = 0x5a;
  }}
  if (how === "build-id") bytes[20] ^= 0xff;
  bytes = packSnapshot(bytes);
  if (how === "garbage") {{
    bytes = new Uint8Array(4096).map((_, index) => (index * 7919) % 251);
    headers = {{}};
  }}
  if (how === "cut-off") bytes = bytes.slice(0, bytes.length - 65536);
  const memoryAt = "x-snapshot-memory-at";
  if (how === "memory-at") headers[memoryAt] = String(Number(headers[memoryAt]) + 16);
  await cache.put(key, new Response(bytes, {{ headers }}));
}}"""


@pytest.mark.parametrize("how", ["garbage", "cut-off", "memory", "build-id", "memory-at"])
def test_a_damaged_snapshot_is_dropped_and_the_checker_still_answers(
    new_context: Any, site_server: str, how: str
) -> None:
    context = new_context()
    key = first_visit(context, site_server)
    page, _ = watched_page(context)
    page.goto(site_server)  # a page without the checker: the same origin, the same caches
    page.evaluate(DAMAGE, [SNAPSHOT_CACHE, key, how])
    page.close()

    second = Visit(context, site_server)
    assert not second.from_snapshot
    assert second.verdict == "personal"
    # dropped, and no new one stored on this visit (the next one may store one again)
    assert second.cache_urls() == []
    second.page.wait_for_timeout(IDLE_MS + 500)
    assert second.cache_urls() == []
    assert second.stored_bytes() == 0
    second.close()


MOVE_TO_OLD_KEY = """async ([name, key]) => {
  const cache = await caches.open(name);
  const old = key.replace(/wheel=[0-9a-f]+/, "wheel=" + "0".repeat(64));
  await cache.put(old, await cache.match(key));
  await cache.delete(key);
  return old;
}"""


def test_a_snapshot_of_another_runtime_is_not_used_and_is_deleted(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    key = first_visit(context, site_server)
    page, _ = watched_page(context)
    page.goto(site_server)  # a page without the checker: the same origin, the same caches
    old_key = page.evaluate(MOVE_TO_OLD_KEY, [SNAPSHOT_CACHE, key])  # a whole, valid snapshot
    page.close()

    second = Visit(context, site_server)
    assert not second.from_snapshot
    assert second.verdict == "personal"
    second.wait_for_stored_snapshot()  # this runtime's, in place of the old one
    urls = second.cache_urls()
    assert old_key not in urls
    assert urls == [key]
    second.close()


def save_data_in_worker(route: Any) -> None:
    """The worker's navigator says the visitor asks to save data. (Chromium's emulation,
    Emulation.setDataSaverOverride, reaches the page but not its workers.)"""
    response = route.fetch()
    override = (
        "Object.defineProperty(navigator, 'connection', "
        "{ value: { saveData: true }, configurable: true });\n"
    )
    route.fulfill(response=response, body=override + response.text())


def test_nothing_is_stored_when_the_browser_asks_to_save_data(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    context.route("**/assets/checker/worker.js*", save_data_in_worker)
    visit = Visit(context, site_server)
    assert visit.verdict == "personal"
    visit.page.wait_for_timeout(IDLE_MS + 2000)
    assert visit.cache_urls() == []
    assert visit.stored_bytes() == 0
    assert visit.page.evaluate("() => window.noteCheckerSnapshotBytes") is None
    visit.close()


def test_a_visitor_can_clear_the_stored_snapshot(new_context: Any, site_server: str) -> None:
    context = new_context()
    first_visit(context, site_server)
    page, watch = watched_page(context)
    page.goto(site_server)
    assert page.evaluate(STORED_BYTES) > 0
    assert page.evaluate(CLEAR) is True
    assert page.evaluate(STORED_BYTES) == 0
    assert page.evaluate(CLEAR) is False  # nothing left to clear
    assert watch.errors == []
    page.close()

    second = Visit(context, site_server)
    assert not second.from_snapshot
    assert second.verdict == "personal"
    second.close()


def test_the_ready_line_says_what_is_stored_and_its_clear_button_clears_it(
    new_context: Any, site_server: str
) -> None:
    context = new_context()
    visit = Visit(context, site_server)
    size = visit.wait_for_stored_snapshot()
    page = visit.page
    stored = page.locator(".note-checker .nc-ready .nc-stored")
    stored.get_by_text("Stored for speed:").wait_for()
    assert f"{size / 1e6:.1f} MB" in stored.inner_text()
    stored.get_by_role("button", name="Clear").click()
    stored.get_by_text("Cleared").wait_for()
    assert visit.stored_bytes() == 0
    visit.close()


# Chromium keeps a script's compiled code in its cache only from the script's second load on, so
# a first visit loads pyodide.asm.mjs a second time in a helper worker (code-cache.js).
CODE_CACHE_HELPER = "/assets/checker/code-cache.js"
FACTORY_SCRIPT = "pyodide.asm.mjs"


class HelperWorkers:
    """The code-cache helpers started by the pages of a browser context, and their ends."""

    def __init__(self, context: Any) -> None:
        self.started: list[str] = []
        self.closed: list[str] = []
        context.on("page", lambda page: page.on("worker", self.seen))

    def seen(self, worker: Any) -> None:
        if CODE_CACHE_HELPER in worker.url:
            self.started.append(worker.url)
            worker.on("close", lambda closed: self.closed.append(closed.url))

    def wait_until_closed(self, page: Any) -> None:
        finished = wait_until(page, lambda: self.started and len(self.closed) == len(self.started))
        assert finished, "the helper did not finish"


def compiled_scripts(context: Any, address: str) -> tuple[Visit, dict[str, int]]:
    """A visit whose script compilations are traced: the code cache each script was compiled
    from, in bytes (0: compiled from its source)."""
    probe = context.new_page()
    session = context.new_cdp_session(probe)
    events: list[dict[str, Any]] = []
    finished: list[bool] = []
    session.on("Tracing.dataCollected", lambda data: events.extend(data["value"]))
    session.on("Tracing.tracingComplete", lambda _: finished.append(True))
    session.send("Tracing.start", {"categories": "v8", "transferMode": "ReportEvents"})
    visit = Visit(context, address)
    session.send("Tracing.end")
    while not finished:
        probe.wait_for_timeout(50)
    probe.close()
    cache_bytes: dict[str, int] = {}
    for event in events:
        data = event.get("args", {}).get("data", {})
        if event["name"] == "v8.compileModule" and "url" in data:
            cache_bytes[data["url"].split("/")[-1]] = int(data.get("consumedCacheSize", 0))
    return visit, cache_bytes


def test_a_first_visit_leaves_pyodides_script_compiled_for_the_next(
    profile_context: Any, site_server: str
) -> None:
    context = profile_context
    helpers = HelperWorkers(context)
    first = Visit(context, site_server)
    first.wait_for_stored_snapshot()
    helpers.wait_until_closed(first.page)
    first.close()
    assert len(helpers.started) == 1

    second, cache_bytes = compiled_scripts(context, site_server)
    assert second.from_snapshot
    assert cache_bytes[FACTORY_SCRIPT] > 100_000, cache_bytes
    second.page.wait_for_timeout(IDLE_MS + 500)
    assert len(helpers.started) == 1  # a restored visit has the compiled script already
    second.close()
