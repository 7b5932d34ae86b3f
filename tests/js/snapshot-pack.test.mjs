// The snapshot as stored without its pages of zeros (docs/assets/checker/snapshot-pack.js):
// unpacked, it is the snapshot again, byte for byte, from chunks of any size; a damaged or
// foreign entry is refused.
import assert from "node:assert/strict";
import { test } from "node:test";

import { PAGE_BYTES, nonZeroRuns, packSnapshot, unpackSnapshot } from "../../docs/assets/checker/snapshot-pack.js";

/** A snapshot-like buffer: pages of data with runs of zero pages between them. */
function sample() {
  const bytes = new Uint8Array(PAGE_BYTES * 40 + 64);
  const data = [0, 1, 2, 7, 8, 20, 39, 40]; // page 40 is the short tail
  for (const page of data) {
    for (let index = 0; index < PAGE_BYTES; index += 97) {
      if (page * PAGE_BYTES + index < bytes.length) bytes[page * PAGE_BYTES + index] = (page * 31 + index) % 255 || 1;
    }
  }
  bytes[5 * PAGE_BYTES + PAGE_BYTES - 1] = 9; // a page with only its last byte set is not zeros
  return bytes;
}

/** A stream reader handing out `bytes` in chunks of `size`. */
function readerOf(bytes, size) {
  let at = 0;
  return {
    async read() {
      if (at >= bytes.length) return { done: true, value: undefined };
      const value = bytes.slice(at, at + size);
      at += size;
      return { done: false, value };
    },
  };
}

test("the runs are the stretches between whole pages of zeros", () => {
  const P = PAGE_BYTES;
  assert.deepEqual(nonZeroRuns(sample()), [
    [0, 3 * P],
    [5 * P, 6 * P],
    [7 * P, 9 * P],
    [20 * P, 21 * P],
    [39 * P, 40 * P + 64],
  ]);
  assert.deepEqual(nonZeroRuns(new Uint8Array(3 * P)), []);
  assert.throws(() => nonZeroRuns(new Uint8Array(10)), /32-bit words/);
});

test("a snapshot is stored smaller and comes back byte for byte, whatever the chunks", async () => {
  const snapshot = sample();
  const packed = packSnapshot(snapshot);
  assert.ok(packed.length < snapshot.length * 0.3, `${packed.length} of ${snapshot.length}`);
  for (const size of [1, 7, 16, 4096, 65536, packed.length]) {
    const target = new Uint8Array(snapshot.length);
    assert.equal(await unpackSnapshot(readerOf(packed, size), target), packed.length, `chunks of ${size}`);
    assert.deepEqual(target, snapshot, `chunks of ${size}`);
  }
  const empty = new Uint8Array(2 * PAGE_BYTES);
  const target = new Uint8Array(empty.length);
  await unpackSnapshot(readerOf(packSnapshot(empty), 5), target);
  assert.deepEqual(target, empty);
});

test("a cut-off, longer, foreign or scrambled entry is refused", async () => {
  const snapshot = sample();
  const packed = packSnapshot(snapshot);
  const withRun = (index, field, value) => {
    const bytes = packed.slice();
    new DataView(bytes.buffer).setUint32(16 + 8 * index + 4 * field, value, true);
    return bytes;
  };
  const damaged = {
    "cut off": packed.slice(0, packed.length - 100),
    "cut off in its header": packed.slice(0, 10),
    "longer than stored": new Uint8Array([...packed, 1, 2, 3]),
    "not a stored snapshot": new Uint8Array(snapshot.slice(0, 4096)),
    "another length": (() => {
      const bytes = packed.slice();
      new DataView(bytes.buffer).setUint32(8, snapshot.length + 4096, true);
      return bytes;
    })(),
    "runs out of order": withRun(1, 0, 0),
    "a run past the end": withRun(4, 1, 10 * PAGE_BYTES),
    "an empty run": withRun(2, 1, 0),
  };
  for (const [name, bytes] of Object.entries(damaged)) {
    await assert.rejects(unpackSnapshot(readerOf(bytes, 1000), new Uint8Array(snapshot.length)), /damaged/, name);
  }
});
