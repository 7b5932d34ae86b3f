// A memory snapshot for returning visitors: on a first visit, the worker copies Python's memory
// as soon as the checker is imported and warmed up, before any note reaches it, and once the
// checker has answered and the visitor pauses, stores the copy in the browser's Cache Storage;
// later visits restore it instead of starting Python and importing the checker again. Nothing
// leaves the browser, and no note is stored: a copy taken after a check would hold the note's
// text and the recipient's name (freed memory is not cleared, and the checker caches words).
//
// Pyodide's snapshots are experimental and private (314.0.7): loadPyodide({_makeSnapshot: true})
// then pyodide.makeMemorySnapshot() makes one; loadPyodide({_loadSnapshot: bytes}) restores it.
// A snapshot is a 48-byte header (magic, offset of the memory, length of a JSON part, padding,
// build id), the JSON part, then the wasm memory as it was.
//
// The worker uses WorkerSnapshot; the page may use storedSnapshotBytes() and
// clearStoredSnapshot(). Both sides open the same cache, SNAPSHOT_CACHE.

import {
  BYTES_HEADER,
  IDLE_MS,
  MEMORY_AT_HEADER,
  SNAPSHOT_CACHE,
  USES,
  cacheStorage,
  memoryOffset,
  readStored,
  restoreMemory,
  restoringModuleFactory,
  savesData,
  snapshotHeapBytes,
  snapshotKey,
} from "./snapshot-store.js";

import { packSnapshot } from "./snapshot-pack.js";

export * from "./snapshot-store.js";

/** The address of Pyodide's script with the emscripten module's factory, in `indexURL`. */
export function factoryScript(indexURL) {
  return `${indexURL}pyodide.asm.mjs`;
}

/** Python's import path, to tell whether it changed while the checker loaded (the standard
 *  library fallback adds the full library: a file a restored snapshot would not find). */
function importPath(pyodide) {
  return pyodide.runPython("__import__('sys').path.__repr__()");
}

/**
 * The worker's side. Create it when the worker starts (it watches the requests from then on, to
 * know when the visitor used the checker), then:
 *  - `lookup(manifest)`, if it wants to know early: resolves to the stored snapshot that fits
 *    the manifest, or null (looked up once; loadPyodide uses the same answer).
 *  - `loadPyodide(loadPyodide, manifest, options, verify)` instead of `loadPyodide(options)`
 *    (`loadPyodide`, pyodide.mjs's function, or a promise of it):
 *    boots from a stored snapshot that fits the manifest if there is one, else as usual (set up
 *    to take a snapshot later, unless the browser asks to save data). A stored snapshot that does
 *    not load, or whose Python fails `verify(pyodide)`, is deleted and Pyodide loads as usual.
 *    `restored` tells which happened.
 *  - `saveWhenIdle(pyodide, report, alongside)` once the checker is ready, before it reads any
 *    note: takes the snapshot (a copy of Python's memory: some tens of ms), deletes snapshots of
 *    other runtimes, and after the first check or draft is answered and the visitor pauses for
 *    IDLE_MS, stores the snapshot and calls `alongside()`, other work for the next visit;
 *    `report(bytes)` is told the size of the stored snapshot (at once, after a restore).
 */
export class WorkerSnapshot {
  restored = false;
  #storage;
  #key = null;
  #mayStore = false;
  #restoredBytes = 0;
  #used = false;
  #timer = null;
  #report = null;
  #alongside = null;
  #pathAtStart = null;
  #taken = null;
  #lookup = null;

  constructor(scope = self) {
    this.#storage = cacheStorage(scope);
    this.scope = scope;
    this.onMessage = (event) => this.#activity(event.data);
    scope.addEventListener("message", this.onMessage);
  }

  async loadPyodide(loadPyodide, manifest, options, verify = () => {}) {
    // loadPyodide imports it too (the same module), but later: after its options are ready.
    const factory = import(factoryScript(options.indexURL)).then((module) => module.default);
    factory.catch(() => {}); // then loadPyodide's own import fails, and says so
    // `loadPyodide` may be a promise (pyodide.mjs still loading): the lookup does not wait for it.
    const [stored, load] = await Promise.all([this.lookup(manifest), loadPyodide]);
    return this.#boot(load, stored, options, factory, verify);
  }

  async #boot(loadPyodide, stored, options, factory, verify) {
    if (stored) {
      try {
        const pyodide = await this.#restore(loadPyodide, stored, options, factory);
        await verify(pyodide);
        this.restored = true;
        return pyodide;
      } catch (error) {
        console.warn("note checker: the stored snapshot did not load, so Python starts as usual", error);
        await this.#delete(this.#key);
      }
    } else {
      this.#mayStore = Boolean(this.#key) && !savesData(this.scope.navigator);
    }
    if (!this.#mayStore) return loadPyodide(options);
    const pyodide = await loadPyodide({ ...options, _makeSnapshot: true });
    try {
      this.#pathAtStart = importPath(pyodide);
    } catch {
      this.#mayStore = false;
    }
    return pyodide;
  }

  lookup(manifest) {
    this.#lookup ??= this.#find(manifest);
    return this.#lookup;
  }

  /** The cache entry for this runtime, or null; never throws (no snapshot is no error). */
  async #find(manifest) {
    try {
      this.#key = this.#storage ? await snapshotKey(manifest) : null;
      if (!this.#key) return null;
      const cache = await this.#storage.open(SNAPSHOT_CACHE);
      return (await cache.match(this.#key)) ?? null;
    } catch (error) {
      console.warn("note checker: could not read the stored snapshot", error);
      return null;
    }
  }

  /** Pyodide gets, at once, the snapshot's head (its header and JSON part) with no memory part:
   *  the head is filled in, and the memory copied straight into Python's, once the stored
   *  snapshot is read (meanwhile the wasm compiles) and the module exists. */
  #restore(loadPyodide, response, options, factory) {
    const length = Number(response.headers.get(BYTES_HEADER));
    const memoryAt = Number(response.headers.get(MEMORY_AT_HEADER));
    if (!Number.isSafeInteger(length) || !Number.isSafeInteger(memoryAt) || memoryAt <= 0 || memoryAt >= length) {
      throw new Error("the stored snapshot is damaged (no size stored with it)");
    }
    const head = new Uint8Array(memoryAt);
    const read = readStored(response, length).then((packed) => {
      this.#restoredBytes = packed.storedBytes;
      packed.copy(0, head);
      return { packed, heapBytes: snapshotHeapBytes(head, length) };
    });
    read.catch(() => {}); // awaited by the module factory, if loadPyodide gets that far
    const restore = async (Module) => {
      const { packed, heapBytes } = await read;
      restoreMemory(Module, packed, memoryAt, heapBytes);
    };
    return loadPyodide({
      ...options,
      _loadSnapshot: head,
      createPyodideModule: restoringModuleFactory(factory, restore),
    });
  }

  saveWhenIdle(pyodide, report = () => {}, alongside = () => {}) {
    this.#report = report;
    this.#alongside = alongside;
    if (this.restored) setTimeout(() => report(this.#restoredBytes)); // after "ready"
    if (!this.#mayStore) return this.#storeNothing();
    try {
      if (importPath(pyodide) !== this.#pathAtStart) throw new Error("the import path changed");
      this.#taken = pyodide.makeMemorySnapshot();
    } catch (error) {
      // Python holds something a snapshot cannot: the next visit starts as this one did.
      console.warn("note checker: no snapshot for the next visit", error);
      return this.#storeNothing();
    }
    this.#schedule();
  }

  /** This visit stores no snapshot; those of other runtimes still go (#save does it when it
   *  stores), after a pause, not while the first answer is awaited. */
  #storeNothing() {
    this.#stop();
    setTimeout(() => this.#deleteOthers(), IDLE_MS);
  }

  #activity(message) {
    if (!message || typeof message !== "object") return;
    if (USES.has(message.type)) this.#used = true;
    this.#schedule();
  }

  #schedule() {
    clearTimeout(this.#timer);
    if (this.#taken && this.#used) {
      this.#timer = setTimeout(() => this.#save(), IDLE_MS);
    }
  }

  #stop() {
    clearTimeout(this.#timer);
    this.#mayStore = false;
    this.scope.removeEventListener("message", this.onMessage);
  }

  async #save() {
    const snapshot = this.#taken;
    this.#taken = null; // the worker keeps no second copy of Python's memory
    this.#stop(); // one snapshot per visit
    this.#alongside();
    try {
      const headers = {
        "content-type": "application/octet-stream",
        [BYTES_HEADER]: String(snapshot.byteLength),
        [MEMORY_AT_HEADER]: String(memoryOffset(snapshot)),
      };
      const stored = packSnapshot(snapshot);
      await this.#deleteOthers(); // first: the space they took is this one's
      const cache = await this.#storage.open(SNAPSHOT_CACHE);
      await cache.put(this.#key, new Response(stored, { headers }));
      this.#report(stored.byteLength);
    } catch (error) {
      // Full storage (QuotaExceededError): the next visit starts as this one did.
      console.warn("note checker: no snapshot stored for the next visit", error);
    }
  }

  async #delete(key) {
    try {
      const cache = await this.#storage.open(SNAPSHOT_CACHE);
      await cache.delete(key);
    } catch (error) {
      console.warn("note checker: could not delete the stored snapshot", error);
    }
  }

  /** Snapshots of other runtimes (an older checker or Pyodide) are of no more use. */
  async #deleteOthers() {
    try {
      if (!this.#storage || !(await this.#storage.has(SNAPSHOT_CACHE))) return;
      const cache = await this.#storage.open(SNAPSHOT_CACHE);
      for (const request of await cache.keys()) {
        if (request.url !== this.#key) await cache.delete(request);
      }
    } catch (error) {
      console.warn("note checker: could not delete old snapshots", error);
    }
  }
}
