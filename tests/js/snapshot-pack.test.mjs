// The snapshot as stored without its pages of zeros (docs/assets/checker/snapshot-pack.js):
// read back from chunks of any size, any part of it is copied out byte for byte; a damaged or
// foreign entry is refused.
import assert from "node:assert/strict";
import { test } from "node:test";

import { PAGE_BYTES, nonZeroRuns, packSnapshot, readPacked } from "../../docs/assets/checker/snapshot-pack.js";

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
    const read = await readPacked(readerOf(packed, size), snapshot.length);
    assert.equal(read.storedBytes, packed.length, `chunks of ${size}`);
    const target = new Uint8Array(snapshot.length).fill(0xee); // stale bytes: zeros are written too
    read.copy(0, target);
    assert.deepEqual(target, snapshot, `chunks of ${size}`);
  }
  const empty = new Uint8Array(2 * PAGE_BYTES);
  const target = new Uint8Array(empty.length).fill(1);
  (await readPacked(readerOf(packSnapshot(empty), 5), empty.length)).copy(0, target);
  assert.deepEqual(target, empty);
});

test("any part is copied out, from any offset, into a target of any length", async () => {
  const snapshot = sample();
  const read = await readPacked(readerOf(packSnapshot(snapshot), 999), snapshot.length);
  const P = PAGE_BYTES;
  for (const [from, size] of [[0, 48], [100, 3 * P], [4 * P, P], [5 * P + 10, 30 * P], [39 * P, P + 64], [6 * P, 100 * P]]) {
    const target = new Uint8Array(size).fill(0xee);
    read.copy(from, target);
    const expected = snapshot.slice(from, from + size);
    assert.deepEqual(target.subarray(0, expected.length), expected, `from ${from}, ${size} bytes`);
    assert.ok(target.subarray(expected.length).every((byte) => byte === 0xee), "nothing past the snapshot's end");
  }
});

test("zeros are written only below zerosBelow: fresh memory above it is zeros already", async () => {
  const snapshot = sample();
  const read = await readPacked(readerOf(packSnapshot(snapshot), 4096), snapshot.length);
  const P = PAGE_BYTES;
  const target = new Uint8Array(snapshot.length).fill(0xee);
  read.copy(0, target, 10 * P);
  assert.deepEqual(target.subarray(0, 10 * P), snapshot.subarray(0, 10 * P)); // pages 3, 4 and 6 zeroed
  assert.ok(target.subarray(10 * P, 20 * P).every((byte) => byte === 0xee), "pages 10-19 left as they were");
  assert.deepEqual(target.subarray(20 * P, 21 * P), snapshot.subarray(20 * P, 21 * P)); // a run is always written
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
    await assert.rejects(readPacked(readerOf(bytes, 1000), snapshot.length), /damaged/, name);
  }
});
