// The page's side of the checker's Web Worker: one worker for every widget on the page, started
// on demand, answering each request with a promise. The messages are in protocol.js.

import { FROM_WORKER, TO_WORKER, WORKER_HINTS } from "./protocol.js";

const WORKER_URL = new URL("./worker.js", import.meta.url);

/** Rejects a request the worker will never answer (it stopped); callers usually ignore it. */
export class CheckerStopped extends Error {
  constructor() {
    super("the checker stopped");
    this.name = "CheckerStopped";
  }
}

const runtime = {
  worker: null,
  /** idle | loading {stage} | ready {timings} | error {message} */
  state: { phase: "idle" },
  listeners: new Set(),
  snapshotListeners: new Set(), // hear the size of a memory snapshot stored for the next visit
  nextId: 1,
  requests: new Map(), // id -> {resolve, reject, sentAt}
};

/** The worker's state now. */
export function checkerState() {
  return runtime.state;
}

/** Calls `listener(state)` now and on every change of the worker's state. */
export function watchChecker(listener) {
  runtime.listeners.add(listener);
  listener(runtime.state);
  return () => runtime.listeners.delete(listener);
}

/** Calls `listener(bytes)` when the worker has stored a memory snapshot (snapshot.js). */
export function watchSnapshot(listener) {
  runtime.snapshotListeners.add(listener);
  return () => runtime.snapshotListeners.delete(listener);
}

function setState(state) {
  runtime.state = state;
  for (const listener of runtime.listeners) listener(state);
}

/** The worker's address, with the WORKER_HINTS found in `hints` (URLSearchParams). */
function workerURL(hints) {
  const url = new URL(WORKER_URL);
  for (const name of WORKER_HINTS) {
    if (hints && hints.get(name)) url.searchParams.set(name, hints.get(name));
  }
  return url;
}

/** Starts the worker unless it runs already or failed (only `restartChecker` retries).
 *  `hints` (start.js's): where Python's big files are, for an earlier start. */
export function startChecker(hints = null) {
  if (runtime.worker || runtime.state.phase === "error") return;
  if (typeof WebAssembly !== "object") {
    setState({ phase: "error", message: "this browser has WebAssembly switched off or does not support it" });
    return;
  }
  let worker;
  try {
    worker = new Worker(workerURL(hints), { type: "module" });
  } catch (error) {
    setState({ phase: "error", message: `the browser refused to start the checker (${error.message})` });
    return;
  }
  runtime.worker = worker;
  setState({ phase: "loading", stage: "downloading" });
  worker.addEventListener("message", (event) => handleMessage(event.data));
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    fail("the checker's script could not be loaded");
  });
}

/** Stops the worker; what it had not answered yet is rejected with CheckerStopped. */
export function stopChecker() {
  terminate();
  setState({ phase: "idle" });
}

function terminate() {
  if (runtime.worker) runtime.worker.terminate();
  runtime.worker = null;
  for (const { reject } of runtime.requests.values()) reject(new CheckerStopped());
  runtime.requests.clear();
}

/** A new worker after a failed load ("Try again"). */
export function restartChecker() {
  terminate();
  runtime.state = { phase: "idle" };
  startChecker();
}

function fail(message) {
  terminate();
  setState({ phase: "error", message });
}

function settle(id, settleWith) {
  const request = runtime.requests.get(id);
  if (!request) return;
  runtime.requests.delete(id);
  settleWith(request);
}

const ANSWERS = {
  [FROM_WORKER.progress]: ({ stage, loaded, total }) => setState({ phase: "loading", stage, loaded, total }),
  [FROM_WORKER.ready]: (message) => {
    setState({ phase: "ready", timings: message.timings });
    // For scripts/bench_browser.py and the curious: how long loading took, in ms.
    window.noteCheckerTimings = message.timings;
  },
  [FROM_WORKER.error]: (message) => fail(message.message),
  // The size of the memory snapshot stored for the next visit, or this one started from
  // (snapshot.js: storedSnapshotBytes() and clearStoredSnapshot() read and delete it).
  [FROM_WORKER.snapshot]: (message) => {
    window.noteCheckerSnapshotBytes = message.bytes;
    for (const listener of runtime.snapshotListeners) listener(message.bytes);
  },
  [FROM_WORKER.result]: (message) =>
    settle(message.id, ({ resolve, sentAt }) =>
      resolve({ report: message.report, replies: message.replies, roundTripMs: performance.now() - sentAt }),
    ),
  [FROM_WORKER.composed]: (message) => settle(message.id, ({ resolve }) => resolve(message.draft)),
  [FROM_WORKER.relationships]: (message) => settle(message.id, ({ resolve }) => resolve(message.options)),
  [FROM_WORKER.checkError]: (message) => settle(message.id, ({ reject }) => reject(new Error(message.message))),
  [FROM_WORKER.composeError]: (message) => settle(message.id, ({ reject }) => reject(new Error(message.message))),
};

function handleMessage(message) {
  if (message && Object.hasOwn(ANSWERS, message.type)) ANSWERS[message.type](message);
}

/** Sends a request to the worker (starting it if need be); its answer resolves the promise. */
function ask(type, fields) {
  startChecker();
  if (runtime.state.phase === "error") return Promise.reject(new Error(runtime.state.message));
  const id = runtime.nextId++;
  return new Promise((resolve, reject) => {
    runtime.requests.set(id, { resolve, reject, sentAt: performance.now() });
    runtime.worker.postMessage({ ...fields, type, id });
  });
}

/** Checks a note: {report, replies, roundTripMs}. */
export function checkNote({ text, mode, name, limit, policyUrl }) {
  return ask(TO_WORKER.check, { text, mode, name, limit, policyUrl });
}

/** The note composer's draft (checker/compose.py). */
export function composeNote({ relationship, name, detail, reason = "", about = "", limit }) {
  return ask(TO_WORKER.compose, { relationship, name, detail, reason, about, limit });
}

/** The composer's relationship choices: [{id, label, detail_label, detail_example}]. */
export function relationshipOptions() {
  return ask(TO_WORKER.relationships, {});
}
