// The memory snapshot as it is stored: without its pages of zeros. About a third of Python's
// memory is zeros right after the checker warms up, so the stored copy is a third smaller, and a
// returning visitor's browser reads a third less before Python starts.
//
// Layout, little-endian 32-bit numbers: magic ("ncsp"), layout version, the snapshot's whole
// length, the number of runs; then each run's start and length; then the runs' bytes, in order.
// A run is a stretch of the snapshot between pages of zeros (PAGE_BYTES each); what no run covers
// is zeros.

const MAGIC = 0x7073636e; // "ncsp", little-endian
const VERSION = 1;
const HEADER_BYTES = 16;
const RUN_BYTES = 8;
export const PAGE_BYTES = 4096;

/** The stretches of `bytes` that are not whole pages of zeros: [[start, end), ...]. */
export function nonZeroRuns(bytes) {
  if (bytes.byteOffset % 4 !== 0 || bytes.byteLength % 4 !== 0) {
    throw new Error("a snapshot is whole 32-bit words");
  }
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  const wordsPerPage = PAGE_BYTES / 4;
  const runs = [];
  let start = -1;
  for (let first = 0; first < words.length; first += wordsPerPage) {
    const last = Math.min(first + wordsPerPage, words.length);
    let zeros = true;
    for (let index = first; index < last && zeros; index++) zeros = words[index] === 0;
    if (!zeros && start < 0) start = first * 4;
    if (zeros && start >= 0) {
      runs.push([start, first * 4]);
      start = -1;
    }
  }
  if (start >= 0) runs.push([start, bytes.byteLength]);
  return runs;
}

/** The snapshot as stored (see the layout above). */
export function packSnapshot(bytes) {
  const runs = nonZeroRuns(bytes);
  const body = runs.reduce((total, [start, end]) => total + end - start, 0);
  const packed = new Uint8Array(HEADER_BYTES + RUN_BYTES * runs.length + body);
  const view = new DataView(packed.buffer);
  [MAGIC, VERSION, bytes.byteLength, runs.length].forEach((value, index) => view.setUint32(4 * index, value, true));
  let offset = HEADER_BYTES + RUN_BYTES * runs.length;
  runs.forEach(([start, end], index) => {
    view.setUint32(HEADER_BYTES + RUN_BYTES * index, start, true);
    view.setUint32(HEADER_BYTES + RUN_BYTES * index + 4, end - start, true);
    packed.set(bytes.subarray(start, end), offset);
    offset += end - start;
  });
  return packed;
}

function damaged(why) {
  return new Error(`the stored snapshot is damaged (${why})`);
}

/** Exact byte counts from a stream of chunks of any size. */
class ChunkReader {
  #reader;
  #chunk = new Uint8Array(0);
  #at = 0;
  bytes = 0; // read so far

  constructor(reader) {
    this.#reader = reader;
  }

  async #more() {
    if (this.#at < this.#chunk.length) return true;
    const { done, value } = await this.#reader.read();
    if (done) return false;
    this.#chunk = value;
    this.#at = 0;
    return true;
  }

  /** The next `count` bytes, copied into a new array; throws if the stream ends first. */
  async read(count) {
    const target = new Uint8Array(count);
    (await this.body(count)).copy(0, count, target, 0);
    return target;
  }

  /** The next `count` bytes as they came, without copying them: a Body; throws if the stream
   *  ends first. */
  async body(count) {
    const pieces = [];
    let taken = 0;
    while (taken < count) {
      if (!(await this.#more())) throw damaged("cut off");
      const size = Math.min(count - taken, this.#chunk.length - this.#at);
      pieces.push(this.#chunk.subarray(this.#at, this.#at + size));
      this.#at += size;
      this.bytes += size;
      taken += size;
    }
    return new Body(pieces);
  }

  async atEnd() {
    return !(await this.#more());
  }
}

/** Bytes held in the pieces they were read in (a stream's chunks), copied out by offset. */
class Body {
  #pieces;
  #starts = []; // where each piece begins

  constructor(pieces) {
    this.#pieces = pieces;
    let start = 0;
    for (const piece of pieces) {
      this.#starts.push(start);
      start += piece.length;
    }
  }

  /** The index of the piece that holds byte `offset`. */
  #pieceAt(offset) {
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.#starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** Copies bytes [start, end) into `target` at `offset`. */
  copy(start, end, target, offset) {
    for (let index = this.#pieceAt(start); start < end; index++) {
      const piece = this.#pieces[index];
      const from = start - this.#starts[index];
      const count = Math.min(end - start, piece.length - from);
      target.set(piece.subarray(from, from + count), offset);
      start += count;
      offset += count;
    }
  }
}

/** The run table: checked to lie in order inside a snapshot of `length` bytes. Each run is
 *  [start, size, where its bytes begin in the body]. */
function readRuns(table, length) {
  const view = new DataView(table.buffer);
  const runs = [];
  let end = 0;
  let body = 0;
  for (let offset = 0; offset < table.length; offset += RUN_BYTES) {
    const start = view.getUint32(offset, true);
    const size = view.getUint32(offset + 4, true);
    if (start < end || size === 0 || start + size > length) throw damaged("bad run table");
    runs.push([start, size, body]);
    end = start + size;
    body += size;
  }
  return runs;
}

/** A stored snapshot, read: its runs and their bytes. `copy` writes any part of the snapshot
 *  where it is needed, so the whole snapshot never has to exist twice. */
export class PackedSnapshot {
  #runs;
  #body;

  constructor(length, runs, body, storedBytes) {
    this.length = length; // the whole snapshot's
    this.storedBytes = storedBytes;
    this.#runs = runs;
    this.#body = body;
  }

  /** Writes the snapshot's bytes from `from` on into `target` (as many as it holds). Between
   *  runs the snapshot is zeros: written only below `zerosBelow`, for a target known to hold
   *  zeros from there on (fresh memory). */
  copy(from, target, zerosBelow = target.length) {
    const to = Math.min(from + target.length, this.length);
    let zerosFrom = from; // where the snapshot's next stretch of zeros begins
    for (const [start, size, at] of this.#runs) {
      const first = Math.max(start, from);
      const last = Math.min(start + size, to);
      if (last <= first) continue;
      target.fill(0, zerosFrom - from, Math.min(first - from, zerosBelow));
      this.#body.copy(at + first - start, at + last - start, target, first - from);
      zerosFrom = last;
    }
    target.fill(0, zerosFrom - from, Math.min(to - from, zerosBelow));
  }
}

/** Reads a stored snapshot from `reader` (a stream reader), checked to be the snapshot of
 *  `length` bytes it says it is. */
export async function readPacked(reader, length) {
  const input = new ChunkReader(reader);
  const header = await input.read(HEADER_BYTES);
  const view = new DataView(header.buffer);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) {
    throw damaged("not a stored snapshot");
  }
  const count = view.getUint32(12, true);
  if (view.getUint32(8, true) !== length || count > length / PAGE_BYTES + 1) throw damaged("bad header");
  const runs = readRuns(await input.read(RUN_BYTES * count), length);
  const body = await input.body(runs.reduce((total, [, size]) => total + size, 0));
  if (!(await input.atEnd())) throw damaged("longer than stored");
  return new PackedSnapshot(length, runs, body, input.bytes);
}
