// The memory snapshot's pure parts (docs/assets/checker/snapshot.js): the data-saving check, the
// cache key, the snapshot's header check, growing Python's memory, and the page's size and clear
// functions on a stand-in Cache Storage. The browser tests cover the rest
// (tests/browser/test_checker_snapshot.py).
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  SNAPSHOT_CACHE,
  clearStoredSnapshot,
  growMemory,
  memoryOffset,
  restoreMemory,
  savesData,
  snapshotHeapBytes,
  snapshotKey,
  storedSnapshotBytes,
} from "../../docs/assets/checker/snapshot.js";
import { packSnapshot, readPacked } from "../../docs/assets/checker/snapshot-pack.js";

/** A stream reader handing out `bytes` in one chunk. */
function readerOf(bytes) {
  let done = false;
  return {
    async read() {
      if (done) return { done: true, value: undefined };
      done = true;
      return { done: false, value: bytes };
    },
  };
}

const MANIFEST = {
  pyodide_version: "314.0.7",
  pyodide_index: "../pyodide/v314.0.7/",
  wheel: "two_minute_note-0.1.0-cp314-none-any.whl?v=d9662e1310f1",
  wheel_sha256: "d9662e1310f12b9631f6a4284e1e5000e701ff589271b4e5d4919d9111a12090",
  stdlib: "../pyodide/v314.0.7/python_stdlib.zip?v=cf0907564f38",
};
const BASE = "https://example.org/assets/checker/snapshot.js";

test("the browser asks to save data only when its connection says so", () => {
  assert.equal(savesData({ connection: { saveData: true } }), true);
  assert.equal(savesData({ connection: { saveData: false } }), false);
  assert.equal(savesData({}), false); // Firefox and Safari have no navigator.connection
  assert.equal(savesData(undefined), false);
  const throwing = {
    get connection() {
      throw new Error("SecurityError");
    },
  };
  assert.equal(savesData(throwing), false);
});

test("the key names the Pyodide version, the standard library and the wheel", async () => {
  const key = new URL(await snapshotKey(MANIFEST, BASE));
  assert.equal(key.origin + key.pathname, "https://example.org/assets/checker/snapshot");
  assert.equal(key.searchParams.get("pyodide"), "314.0.7");
  assert.equal(key.searchParams.get("stdlib"), "cf0907564f38");
  assert.equal(key.searchParams.get("wheel"), MANIFEST.wheel_sha256);
  assert.equal(await snapshotKey({ ...MANIFEST }, BASE), key.href); // the same runtime, the same key
  const withHash = await snapshotKey({ ...MANIFEST, stdlib_sha256: "ab".repeat(32) }, BASE);
  assert.equal(new URL(withHash).searchParams.get("stdlib"), "ab".repeat(32));
});

test("any change of the runtime changes the key", async () => {
  const key = await snapshotKey(MANIFEST, BASE);
  const changes = [
    { pyodide_version: "314.0.8" },
    { wheel_sha256: "0".repeat(64) },
    { stdlib: "../pyodide/v314.0.7/python_stdlib.zip?v=000000000000" },
    { stdlib_fallback: "stdlib_fallback.py?v=123456789abc" }, // a field the key does not name
  ];
  for (const change of changes) {
    assert.notEqual(await snapshotKey({ ...MANIFEST, ...change }, BASE), key, JSON.stringify(change));
  }
});

test("no key, so no snapshot, when the manifest does not identify the runtime", async () => {
  for (const field of ["pyodide_version", "wheel_sha256", "stdlib"]) {
    const manifest = { ...MANIFEST };
    delete manifest[field];
    assert.equal(await snapshotKey(manifest, BASE), null, field);
  }
  assert.equal(await snapshotKey(null, BASE), null);
});

/** A snapshot as Pyodide 314 writes it: header, JSON, then `pages` wasm pages of memory. */
function fakeSnapshot(pages = 2, json = '{"hiwireKeys":[],"immortalKeys":[]}') {
  const jsonBytes = new TextEncoder().encode(json);
  const offset = Math.ceil((48 + 2 * json.length) / 16) * 16;
  const bytes = new Uint8Array(offset + pages * 65536);
  const header = new DataView(bytes.buffer);
  header.setUint32(0, 0x706e7300, true);
  header.setUint32(4, offset, true);
  header.setUint32(8, jsonBytes.length, true);
  bytes.set(jsonBytes, 48);
  return bytes;
}

/** A snapshot's head (header and JSON, up to its memory) and whole length. */
function headOf(bytes) {
  return [bytes.subarray(0, memoryOffset(bytes)), bytes.length];
}

test("a snapshot's head gives its memory size", () => {
  assert.equal(snapshotHeapBytes(...headOf(fakeSnapshot(2))), 2 * 65536);
  assert.equal(snapshotHeapBytes(...headOf(fakeSnapshot(576))), 576 * 65536); // 36 MiB, as measured
});

test("anything but the head of a whole snapshot is refused", () => {
  const whole = fakeSnapshot(2);
  const [head, length] = headOf(whole);
  const changed = (change) => {
    const bytes = head.slice();
    change(bytes, new DataView(bytes.buffer));
    return bytes;
  };
  const damaged = {
    empty: [new Uint8Array(0), length],
    garbage: [new Uint8Array(4096).map((_, index) => (index * 7919) % 251), length],
    "cut off": [head, length - 4096],
    "odd length": [head, length - 1],
    "no length": [head, Number.NaN],
    "no magic": [changed((bytes) => (bytes[0] ^= 0xff)), length],
    "memory elsewhere": [changed((_, view) => view.setUint32(4, head.length + 16, true)), length],
    "a longer head": [whole.subarray(0, head.length + 16), length],
    "memory past the end": [changed((_, view) => view.setUint32(4, length, true)), length],
    "bad json": headOf(fakeSnapshot(2, '{"hiwireKeys":[],"immortalKeys":[' + " ".repeat(3))),
    "not bytes": [whole.buffer, length],
  };
  for (const [name, [bytes, size]] of Object.entries(damaged)) {
    assert.throws(() => snapshotHeapBytes(bytes, size), /damaged/, name);
  }
});

function fakeModule(bytes, { canGrow = true } = {}) {
  const module = {
    HEAP8: new Int8Array(bytes),
    grownTo: null,
  };
  if (canGrow) {
    module.growMemory = (size) => {
      module.grownTo = size;
      module.HEAP8 = new Int8Array(Math.ceil(size / 65536) * 65536);
      return 1;
    };
  }
  return module;
}

test("Python's memory is grown to the snapshot's size before it is copied in", () => {
  const module = fakeModule(2 * 65536);
  growMemory(module, 5 * 65536);
  assert.equal(module.grownTo, 5 * 65536);
  assert.equal(module.HEAP8.length, 5 * 65536);

  const big = fakeModule(5 * 65536);
  growMemory(big, 2 * 65536); // big enough already
  assert.equal(big.grownTo, null);
});

test("memory that cannot grow fails the restore (the worker then starts as usual)", () => {
  assert.throws(() => growMemory(fakeModule(65536, { canGrow: false }), 2 * 65536), /could not grow/);
  const refusing = fakeModule(65536);
  refusing.growMemory = () => undefined; // emscripten's growMemory says no without throwing
  assert.throws(() => growMemory(refusing, 2 * 65536), /could not grow/);
});

test("the snapshot's memory is copied into Python's, grown to fit, old contents and all", async () => {
  const snapshot = fakeSnapshot(3);
  const memoryAt = memoryOffset(snapshot);
  const memory = snapshot.subarray(memoryAt);
  memory[10] = 1; // page 0: data, then zeros
  memory[2 * 65536 + 5] = 2; // page 2: data; page 1: zeros
  const module = fakeModule(2 * 65536);
  module.HEAP8.fill(7); // what the fresh module wrote in its first two pages
  module.growMemory = (size) => {
    const grown = new Int8Array(size); // wasm memory grows with zeros, keeping what it held
    grown.set(module.HEAP8);
    module.HEAP8 = grown;
    return 1;
  };
  const packed = packSnapshot(snapshot);
  const read = await readPacked(readerOf(packed), snapshot.length);
  restoreMemory(module, read, memoryAt, 3 * 65536);
  assert.deepEqual(new Uint8Array(module.HEAP8.buffer), memory);
});

/** A stand-in for the browser's CacheStorage, with Response bodies from Node. */
function fakeCaches() {
  const caches = new Map();
  return {
    caches,
    async has(name) {
      return caches.has(name);
    },
    async open(name) {
      if (!caches.has(name)) caches.set(name, new Map());
      const entries = caches.get(name);
      return {
        async keys() {
          return [...entries.keys()].map((url) => new Request(url));
        },
        async match(request) {
          const response = entries.get(typeof request === "string" ? request : request.url);
          return response ? response.clone() : undefined;
        },
        async put(url, response) {
          entries.set(url, response);
        },
      };
    },
    async delete(name) {
      return caches.delete(name);
    },
  };
}

test("the page reads the stored size and clears it", async () => {
  const storage = fakeCaches();
  assert.equal(await storedSnapshotBytes(storage), 0);
  assert.equal(storage.caches.has(SNAPSHOT_CACHE), false, "reading the size creates no cache");

  const cache = await storage.open(SNAPSHOT_CACHE);
  // the size as stored, not the snapshot's whole size (its pages of zeros are not stored)
  const headers = { "x-snapshot-bytes": "37748896" };
  await cache.put("https://example.org/assets/checker/snapshot?a", new Response("xyz", { headers }));
  await cache.put("https://example.org/assets/checker/snapshot?b", new Response("12345"));
  assert.equal(await storedSnapshotBytes(storage), 3 + 5);

  assert.equal(await clearStoredSnapshot(storage), true);
  assert.equal(await storedSnapshotBytes(storage), 0);
  assert.equal(await clearStoredSnapshot(storage), false);
});

test("without Cache Storage there is nothing stored and nothing to clear", async () => {
  assert.equal(await storedSnapshotBytes(null), 0);
  assert.equal(await clearStoredSnapshot(null), false);
  const broken = {
    has: async () => {
      throw new Error("SecurityError");
    },
    delete: async () => {
      throw new Error("SecurityError");
    },
  };
  assert.equal(await storedSnapshotBytes(broken), 0);
  assert.equal(await clearStoredSnapshot(broken), false);
});
