// The stored side of the memory snapshot (snapshot.js): its cache, key and size, reading it
// back safely, and growing Python's memory to fit it. The page uses storedSnapshotBytes() and
// clearStoredSnapshot(); the worker's WorkerSnapshot uses the rest.

import { TO_WORKER } from "./protocol.js";
import { readPacked } from "./snapshot-pack.js";

/** The Cache Storage cache that holds the snapshot (one entry, under snapshotKey()). */
export const SNAPSHOT_CACHE = "note-checker-snapshot";
/** Bumped when what the worker runs before a snapshot changes in a way the manifest's hashes do
 *  not show (a snapshot is Python's memory: it holds whatever the worker set up). */
// 2: stored without its pages of zeros (snapshot-pack.js); 3: with MEMORY_AT_HEADER.
export const SNAPSHOT_FORMAT = 3;
/** How long the worker waits, after the visitor's last request, before it stores the snapshot
 *  (not while the visitor types). */
export const IDLE_MS = 1000;
/** A snapshot not read by then is given up (and deleted): Python starts as usual. */
export const READ_TIMEOUT_MS = 10_000;
/** The snapshot's whole size in bytes, stored with it (read without reading the body): the
 *  memory to set aside before reading it. */
export const BYTES_HEADER = "x-snapshot-bytes";
/** Where Python's memory begins in the snapshot, stored with it: Pyodide's header and JSON part
 *  come before it. */
export const MEMORY_AT_HEADER = "x-snapshot-memory-at";

const PYODIDE_MAGIC = 0x706e7300; // "\0snp", little-endian, as Pyodide writes it
const PYODIDE_HEADER_BYTES = 48;
const WASM_PAGE_BYTES = 65536;
// Requests that mean the visitor used the checker: the snapshot waits for the first answer.
export const USES = new Set([TO_WORKER.check, TO_WORKER.compose]);

/** Cache Storage, or null where there is none (an insecure context, some private modes). */
export function cacheStorage(scope = globalThis) {
  try {
    return scope.caches && typeof scope.caches.open === "function" ? scope.caches : null;
  } catch {
    return null; // storage switched off: reading the property itself may throw
  }
}

/** Whether the browser asks to save data (Chromium's Data Saver / Lite mode): then nothing
 *  large is stored for later. */
export function savesData(nav = globalThis.navigator) {
  try {
    return Boolean(nav && nav.connection && nav.connection.saveData);
  } catch {
    return false;
  }
}

/** The cache key of the snapshot that fits this runtime (runtime.json), or null when the
 *  manifest does not identify everything the snapshot depends on: the Pyodide version, the
 *  standard library and the checker's wheel. `runtime` is a digest of the whole manifest, so
 *  that any other change of the runtime (a new fallback script, say) also changes the key. */
export async function snapshotKey(manifest, base = import.meta.url) {
  const stdlib = manifest && stdlibVersion(manifest);
  if (!manifest || !manifest.pyodide_version || !stdlib || !manifest.wheel_sha256) return null;
  const runtime = await sha256Hex(JSON.stringify(manifest));
  const query = new URLSearchParams({
    format: String(SNAPSHOT_FORMAT),
    pyodide: manifest.pyodide_version,
    stdlib: String(stdlib),
    wheel: manifest.wheel_sha256,
    runtime: runtime.slice(0, 16),
  });
  return new URL(`snapshot?${query}`, base).href;
}

/** The standard library's hash: stdlib_sha256, or the ?v= of its address (a digest of the file,
 *  written by the build), or else its address. */
function stdlibVersion(manifest) {
  if (manifest.stdlib_sha256) return String(manifest.stdlib_sha256);
  if (!manifest.stdlib) return null;
  return new URL(manifest.stdlib, "https://example.invalid/").searchParams.get("v") || String(manifest.stdlib);
}

async function sha256Hex(text) {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Where Python's memory begins in a snapshot (Pyodide's header says). */
export function memoryOffset(snapshot) {
  return new DataView(snapshot.buffer, snapshot.byteOffset, PYODIDE_HEADER_BYTES).getUint32(4, true);
}

/** Checks `head`, a snapshot's beginning up to where Python's memory begins (Pyodide's header and
 *  JSON part), for a snapshot of `length` bytes; returns the size of the memory it holds. Throws
 *  for anything that is not a whole Pyodide snapshot. Pyodide itself checks the build id. */
export function snapshotHeapBytes(head, length) {
  const fail = (why) => {
    throw new Error(`the stored snapshot is damaged (${why})`);
  };
  if (!(head instanceof Uint8Array) || head.byteLength < PYODIDE_HEADER_BYTES) fail("too short");
  if (!Number.isSafeInteger(length) || length % 4 !== 0) fail("odd length");
  const header = new DataView(head.buffer, head.byteOffset, PYODIDE_HEADER_BYTES);
  if (header.getUint32(0, true) !== PYODIDE_MAGIC) fail("not a Pyodide snapshot");
  const offset = header.getUint32(4, true);
  const jsonBytes = header.getUint32(8, true);
  const fits = offset === head.byteLength && offset >= PYODIDE_HEADER_BYTES + jsonBytes && offset < length;
  if (!fits || offset % 16 !== 0) fail("bad header");
  const heapBytes = length - offset;
  if (heapBytes % WASM_PAGE_BYTES !== 0) fail("cut off");
  try {
    const json = head.subarray(PYODIDE_HEADER_BYTES, PYODIDE_HEADER_BYTES + jsonBytes);
    JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(json));
  } catch {
    fail("bad header");
  }
  return heapBytes;
}

/** Grows a fresh Pyodide's memory to `heapBytes`, for a snapshot that big: Pyodide 314 sets
 *  emscripten's INITIAL_MEMORY to the snapshot's size, but the module ignores it (its memory is
 *  declared inside the wasm), and copying a bigger snapshot fails with "RangeError: offset is out
 *  of bounds" (pyodide/pyodide#6254). `Module` is the emscripten module. */
export function growMemory(Module, heapBytes) {
  if (Module.HEAP8.length >= heapBytes) return;
  if (typeof Module.growMemory !== "function" || !Module.growMemory(heapBytes)) {
    throw new Error(`could not grow Python's memory to ${heapBytes} bytes for the snapshot`);
  }
}

/** Copies the memory part of `packed` (a PackedSnapshot whose memory begins at `memoryAt` and
 *  holds `heapBytes`) into a fresh Pyodide's memory: grown first, and only the pages it had
 *  before growing are cleared where the snapshot has zeros (grown memory is zeros). */
export function restoreMemory(Module, packed, memoryAt, heapBytes) {
  const fresh = Module.HEAP8.length; // grown memory from here on
  growMemory(Module, heapBytes);
  const memory = new Uint8Array(Module.HEAP8.buffer, 0, heapBytes);
  packed.copy(memoryAt, memory, fresh);
}

/** Reads a stored snapshot (snapshot-pack.js) of `length` bytes; resolves to a PackedSnapshot.
 *  Gives up after READ_TIMEOUT_MS. */
export async function readStored(response, length) {
  if (!response.body) throw new Error("the stored snapshot is damaged (no body)");
  const reader = response.body.getReader();
  const timer = setTimeout(
    () => reader.cancel(new Error("reading the stored snapshot took too long")),
    READ_TIMEOUT_MS,
  );
  try {
    return await readPacked(reader, length);
  } catch (error) {
    reader.cancel().catch(() => {});
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** A createPyodideModule (a loadPyodide option): pyodide.asm.mjs's factory, the one loadPyodide
 *  would import, with one step after it: `restore(Module)` (it may wait for the stored snapshot,
 *  read meanwhile) fills the new module's memory before Pyodide sees the module. Pyodide is given
 *  the snapshot without its memory part, so it copies nothing itself: the whole snapshot never
 *  exists twice, and the wasm is still instantiated from a streamed fetch (the browser's
 *  compiled-code cache keeps working). A failed `restore` rejects the module. */
export function restoringModuleFactory(factory, restore) {
  return async (settings) => {
    const createModule = await factory;
    const Module = await createModule(settings);
    await restore(Module);
    return Module;
  };
}

/** The stored snapshots' size in bytes, as stored: 0 when there is none (or no Cache Storage).
 *  For the page, which offers to clear them. */
export async function storedSnapshotBytes(storage = cacheStorage()) {
  try {
    if (!storage || !(await storage.has(SNAPSHOT_CACHE))) return 0;
    const cache = await storage.open(SNAPSHOT_CACHE);
    let total = 0;
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      if (response) total += (await response.blob()).size; // a handle: the data is not read
    }
    return total;
  } catch {
    return 0;
  }
}

/** Deletes the stored snapshots (a visitor's "Clear"); the next visit starts Python as a first
 *  visit does, and may store a new one. Resolves to whether there was anything to delete. */
export async function clearStoredSnapshot(storage = cacheStorage()) {
  try {
    return storage ? await storage.delete(SNAPSHOT_CACHE) : false;
  } catch {
    return false;
  }
}
