// Module Web Worker: loads the self-hosted Pyodide runtime and the checker's wheel, then checks
// notes on request. Nothing here talks to any server but the site's own: the note stays in the
// visitor's browser.
//
// The messages in and out are listed in protocol.js; the Python side is checker/web.py.

import { FROM_WORKER, STAGES, TO_WORKER, WORKER_HINTS } from "./protocol.js";
import { WorkerSnapshot, factoryScript } from "./snapshot.js";
// snapshot.js imports these two: named here too, they are fetched beside it, not after it.
import "./snapshot-pack.js";
import "./snapshot-store.js";

const RUNTIME_MANIFEST = new URL("./runtime.json", import.meta.url);
const LOAD_TIMEOUT_MS = 120_000;

// checker/web.py: JSON strings in and out.
const PYTHON_MODULE = "checker.web";

let stage = STAGES[0];
let python = null; // checker/web.py's functions, once loaded
const queued = [];
// A returning visitor's Python starts from a memory snapshot of the first visit (snapshot.js).
const snapshot = new WorkerSnapshot();

function post(message) {
  self.postMessage(message);
}

function enterStage(next) {
  if (stage === next) return;
  stage = next;
  post({ type: FROM_WORKER.progress, stage });
}

const PROGRESS_EVERY_MS = 100;
const received = { bytes: 0, total: 0, postedAt: 0 };

/** Counts bytes of the big downloads and tells the page, at most every PROGRESS_EVERY_MS. */
function count(bytes) {
  received.bytes += bytes;
  const now = performance.now();
  if (stage !== STAGES[0] || now - received.postedAt < PROGRESS_EVERY_MS) return;
  received.postedAt = now;
  post({ type: FROM_WORKER.progress, stage, loaded: received.bytes, total: received.total });
}

/** Watches the worker's own fetches of the Pyodide files: reports a failed one at once (Pyodide
 *  would otherwise wait forever for a missing .wasm). Starts the big downloads (`big`, their
 *  addresses) at once, before Pyodide asks for them, and counts their bytes on a clone of each
 *  response, to show progress (against `total`, their sizes from the build) and to tell when
 *  Python can start. The responses Pyodide receives are the original ones, so the browser's
 *  compiled-code cache keeps working. Resolves never; rejects on the first failed download. */
function watchDownloads(indexURL, big, total = 0, early = new Map()) {
  received.total = total;
  let fail;
  const failed = new Promise((_, reject) => {
    fail = reject;
  });
  const remaining = new Set(big);
  const originalFetch = self.fetch.bind(self);
  const watchedFetch = async (input, init, started = null) => {
    const url = String(input instanceof Request ? input.url : input);
    const ours = url.startsWith(indexURL);
    let response;
    try {
      response = await (started ?? originalFetch(input, init));
    } catch (error) {
      if (ours) fail(new Error(`could not download ${fileName(url)}`));
      throw error;
    }
    if (ours && !response.ok) {
      fail(new Error(`could not download ${fileName(url)} (HTTP ${response.status})`));
    } else if (remaining.has(url)) {
      drain(response.clone()).then(() => {
        remaining.delete(url);
        if (remaining.size === 0 && stage === STAGES[0]) enterStage(STAGES[1]);
      }, fail);
    }
    return response;
  };
  // The big downloads, started now (or adopted from `early`), by address: Pyodide's fetch of one
  // is handed that same download.
  const prefetched = new Map(big.map((url) => [url, watchedFetch(url, undefined, early.get(url)?.response)]));
  self.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const download = prefetched.get(url);
    if (!download) return watchedFetch(input, init);
    prefetched.delete(url); // a response is read once: Pyodide's own
    return download;
  };
  for (const [url, { controller }] of early) {
    if (!big.includes(url)) controller.abort(); // runtime.json names other files: a page of an older build
  }
  return failed;
}

/** The big files loadPyodide fetches before Python can start (pyodide.asm.mjs is imported). */
function bigDownloads(indexURL, stdLibURL) {
  return [new URL("pyodide.asm.wasm", indexURL).href, stdLibURL];
}

/** The big downloads, started before runtime.json is read, when the page put their addresses in
 *  the worker's (WORKER_HINTS; relative to runtime.json, as there). watchDownloads adopts those
 *  runtime.json names too and cancels the others. */
function startEarlyDownloads() {
  const hints = new URL(self.location.href).searchParams;
  const [index, stdlib] = WORKER_HINTS.map((name) => hints.get(name));
  if (!index || !stdlib) return new Map();
  const urls = bigDownloads(new URL(index, RUNTIME_MANIFEST).href, new URL(stdlib, RUNTIME_MANIFEST).href);
  return new Map(
    urls.map((url) => {
      const controller = new AbortController();
      const response = fetch(url, { signal: controller.signal });
      response.catch(() => {}); // reported once adopted (watchDownloads), else of no interest
      return [url, { controller, response }];
    }),
  );
}

async function drain(response) {
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    count(value.byteLength);
  }
}

function fileName(url) {
  return new URL(url).pathname.split("/").pop();
}

async function fetchOk(url, init = {}) {
  let response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    throw new Error(`could not download ${fileName(url)}`, { cause: error });
  }
  if (!response.ok) throw new Error(`could not download ${fileName(url)} (HTTP ${response.status})`);
  return response;
}

async function importModule(url) {
  try {
    return await import(url);
  } catch (error) {
    console.error(error);
    throw new Error(`could not download ${fileName(url)}`, { cause: error });
  }
}

async function readManifest() {
  const response = await fetchOk(RUNTIME_MANIFEST, { cache: "no-cache" });
  return response.json();
}

/** Runs stdlib_fallback.py: should a module the trimmed standard library lacks ever be imported,
 *  Python downloads the full library (manifest.stdlib_full) and imports it from there. */
function installStdlibFallback(pyodide, source, manifest) {
  const namespace = pyodide.globals.get("dict")();
  try {
    pyodide.runPython(source, { globals: namespace, filename: "stdlib_fallback.py" });
    const install = namespace.get("install");
    install(new URL(manifest.stdlib_full, RUNTIME_MANIFEST).href, manifest.stdlib_full_only);
    install.destroy();
  } finally {
    namespace.destroy();
  }
}

/** Has the browser keep Pyodide's script compiled for the next visit: a helper worker loads it a
 *  second time (code-cache.js). */
function warmCodeCache(indexURL) {
  try {
    const helper = new Worker(new URL("./code-cache.js", import.meta.url), { type: "module" });
    helper.postMessage(factoryScript(indexURL));
  } catch (error) {
    console.warn("note checker: could not prepare the next visit's script", error); // no nested workers
  }
}

/** A download started on first call, or earlier by calling it without waiting; later calls get
 *  the same promise. */
function onDemand(download) {
  let started = null;
  return () => {
    if (!started) {
      started = download();
      started.catch(() => {}); // a failure is reported where it is awaited
    }
    return started;
  };
}

function timeout(ms) {
  return new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`it did not finish loading within ${ms / 1000} s`)), ms),
  );
}

/** Everything the worker downloads for Python, started at once (the big files may have started
 *  before the manifest was read: `early`). */
function startDownloads(manifest, early) {
  const at = (address) => new URL(address, RUNTIME_MANIFEST).href;
  const indexURL = at(manifest.pyodide_index);
  // The standard library, trimmed to what the checker imports (stdlib_fallback.py has the rest).
  const stdLibURL = at(manifest.stdlib);
  // The checker's wheel and the standard library's fallback: a Python restored from a snapshot
  // needs neither, so they are fetched once no stored snapshot is found (or on first use).
  const fallback = onDemand(() => fetchOk(at(manifest.stdlib_fallback)).then((response) => response.text()));
  const wheel = onDemand(() => fetchOk(at(manifest.wheel)).then((response) => response.arrayBuffer()));
  snapshot.lookup(manifest).then((stored) => {
    if (!stored) Promise.all([fallback(), wheel()]).catch(() => {});
  });
  // The big files, now (or since the worker started): Pyodide would ask for them only once its
  // scripts have loaded and the stored snapshot has been looked up (the build sums their sizes:
  // manifest.download_bytes).
  const big = bigDownloads(indexURL, stdLibURL);
  const failed = watchDownloads(indexURL, big, manifest.download_bytes, early);
  const loadPyodide = importModule(`${indexURL}pyodide.mjs`).then((module) => module.loadPyodide);
  loadPyodide.catch(() => {}); // awaited by snapshot.loadPyodide
  return { indexURL, stdLibURL, fallback, wheel, failed, loadPyodide };
}

/** checker/web.py's functions in `pyodide`, with the standard library's fallback installed and
 *  the checker unpacked and warmed up first. A restored Python has all three already: the
 *  snapshot was taken after them. Its files are not in the snapshot, and not needed: the checker
 *  reads no file after its warm-up (tests/parity runs it with them deleted). */
async function checkerIn(pyodide, { fallback, wheel, manifest }) {
  if (!snapshot.restored) {
    installStdlibFallback(pyodide, await fallback(), manifest);
    pyodide.unpackArchive(await wheel(), "wheel");
  }
  const web = pyodide.pyimport(PYTHON_MODULE);
  if (!snapshot.restored) web.warm_up();
  return {
    check: web.check_json,
    compose: web.compose_json,
    relationships: web.relationships_json,
  };
}

async function load() {
  const started = performance.now();
  if (typeof WebAssembly !== "object") {
    throw new Error("this browser has WebAssembly switched off or does not support it");
  }
  const early = startEarlyDownloads();
  const manifest = await readManifest();
  const { indexURL, stdLibURL, fallback, wheel, failed, loadPyodide } = startDownloads(manifest, early);

  const options = { indexURL, stdLibURL, packageBaseUrl: indexURL, fullStdLib: false };
  // A Python restored from a snapshot is used only if the checker in it answers.
  const answers = (restored) => restored.pyimport(PYTHON_MODULE).warm_up();
  const pyodide = await Promise.race([
    snapshot.loadPyodide(loadPyodide, manifest, options, answers),
    failed,
    timeout(LOAD_TIMEOUT_MS),
  ]);
  const pythonReady = performance.now();

  enterStage(STAGES[2]);
  python = await checkerIn(pyodide, { fallback, wheel, manifest });
  snapshot.saveWhenIdle(
    pyodide,
    (bytes) => post({ type: FROM_WORKER.snapshot, bytes }),
    () => warmCodeCache(indexURL),
  );
  const checkerReady = performance.now();
  return {
    pyodideMs: Math.round(pythonReady - started),
    checkerMs: Math.round(checkerReady - pythonReady),
    totalMs: Math.round(checkerReady - started),
    pyodideVersion: manifest.pyodide_version,
    fromSnapshot: snapshot.restored,
  };
}

/** A Python traceback's last line ("ImportError: ..."), or a JavaScript error's message. */
function lastLine(error) {
  const text = String(error && error.message ? error.message : error).trim();
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  return lines.length > 0 ? lines[lines.length - 1].trim() : "unknown error";
}

function runCheck({ id, text, mode, name, limit, policyUrl }) {
  const started = performance.now();
  try {
    // Replies come for a received note, with the visitor's policy link (checker/replies.py).
    const link = mode === "received" && policyUrl ? String(policyUrl) : null;
    const answer = JSON.parse(python.check(text, mode, name || null, limit, link));
    const replies = answer.replies ?? undefined;
    post({ type: FROM_WORKER.result, id, report: answer.report, replies, checkMs: performance.now() - started });
  } catch (error) {
    console.error("note checker: check failed", error);
    post({ type: FROM_WORKER.checkError, id, message: lastLine(error) });
  }
}

/** The note composer (checker/compose.py): a draft that fits and reads as personal. */
function runCompose({ id, relationship, name, detail, reason, about, limit }) {
  try {
    const answer = JSON.parse(
      python.compose(String(relationship), String(name), String(detail), String(reason || ""), String(about || ""), Number(limit)),
    );
    if (answer.error) post({ type: FROM_WORKER.composeError, id, message: answer.error });
    else post({ type: FROM_WORKER.composed, id, draft: answer });
  } catch (error) {
    console.error("note checker: compose failed", error);
    post({ type: FROM_WORKER.composeError, id, message: lastLine(error) });
  }
}

const HANDLERS = {
  [TO_WORKER.check]: runCheck,
  [TO_WORKER.compose]: runCompose,
  [TO_WORKER.relationships]: ({ id }) =>
    post({ type: FROM_WORKER.relationships, id, options: JSON.parse(python.relationships()) }),
};

function handle(message) {
  HANDLERS[message.type](message);
}

self.addEventListener("message", (event) => {
  const message = event.data;
  if (!message || !Object.hasOwn(HANDLERS, message.type)) return;
  if (python) handle(message);
  else queued.push(message);
});

post({ type: FROM_WORKER.progress, stage });
let loadFailed = false;

function failLoad(error) {
  if (loadFailed) return;
  loadFailed = true;
  console.error("note checker: loading failed", error);
  post({ type: FROM_WORKER.error, stage, message: lastLine(error) });
}

// Pyodide starts several downloads at once; when one fails, the others' rejections may have
// nobody left to listen. While loading, such a rejection is part of the one load failure.
self.addEventListener("unhandledrejection", (event) => {
  if (python) return;
  event.preventDefault();
  failLoad(event.reason);
});

load().then((timings) => {
  post({ type: FROM_WORKER.ready, timings });
  for (const message of queued.splice(0)) handle(message);
}, failLoad);
