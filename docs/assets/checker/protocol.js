// The messages between the page (client.js) and the checker's Web Worker (worker.js). Both
// import this table, so a type is spelled in one place; the Python side is checker/web.py.

/** Parameters the page may add to the worker's address (client.js, from start.js's, which the
 *  build writes): runtime.json's `pyodide_index` and `stdlib`, so that the worker starts
 *  downloading Python's big files before it has read runtime.json. */
export const WORKER_HINTS = Object.freeze(["pyodide_index", "stdlib"]);

/** Messages the page sends to the worker. */
export const TO_WORKER = Object.freeze({
  /** @type {"check"} {id, text, mode, name, limit, policyUrl} */
  check: "check",
  /** @type {"compose"} {id, relationship, name, detail, reason, about, limit} */
  compose: "compose",
  /** @type {"relationships"} {id} */
  relationships: "relationships",
});

/** Messages the worker sends to the page. */
export const FROM_WORKER = Object.freeze({
  /** @type {"progress"} {stage: one of STAGES, loaded, total}, while loading; loaded and total:
   *  bytes of the big downloads so far, and in all (from the build), while downloading */
  progress: "progress",
  /** @type {"ready"} {timings: {pyodideMs, checkerMs, totalMs, pyodideVersion, fromSnapshot}};
   *  fromSnapshot: Python started from the stored memory snapshot (snapshot.js) */
  ready: "ready",
  /** @type {"error"} {stage, message}: loading failed, nothing more follows */
  error: "error",
  /** @type {"result"} {id, report, replies, checkMs}; replies: received mode with a policy link */
  result: "result",
  /** @type {"check-error"} {id, message}: one check failed, the worker lives on */
  checkError: "check-error",
  /** @type {"composed"} {id, draft} */
  composed: "composed",
  /** @type {"compose-error"} {id, message} */
  composeError: "compose-error",
  /** @type {"relationships"} {id, options: [{id, label, detail_label, detail_example}]} */
  relationships: "relationships",
  /** @type {"snapshot"} {bytes}: a memory snapshot of this size is stored for the next visit
   *  (after the first answer and a pause), or this visit started from one (after "ready");
   *  snapshot.js's storedSnapshotBytes() and clearStoredSnapshot() read and delete it */
  snapshot: "snapshot",
});

/** The loading stages, in order. */
export const STAGES = Object.freeze(["downloading", "starting", "loading-checker"]);

/**
 * @typedef {object} CheckRequest
 * @property {number} id
 * @property {string} text
 * @property {"draft" | "received"} mode
 * @property {string | null} name
 * @property {number} limit
 * @property {string} [policyUrl] the visitor's policy link, for the replies to a received note
 */

/**
 * @typedef {object} ComposeRequest
 * @property {number} id
 * @property {string} relationship
 * @property {string} name
 * @property {string} detail
 * @property {string} reason
 * @property {string} about
 * @property {number} limit
 */
