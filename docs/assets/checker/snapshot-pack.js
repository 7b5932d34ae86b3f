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

  /** Copies the next `count` bytes into `target` at `offset`; throws if the stream ends first. */
  async readInto(target, offset, count) {
    while (count > 0) {
      if (!(await this.#more())) throw damaged("cut off");
      const taken = Math.min(count, this.#chunk.length - this.#at);
      target.set(this.#chunk.subarray(this.#at, this.#at + taken), offset);
      this.#at += taken;
      this.bytes += taken;
      offset += taken;
      count -= taken;
    }
  }

  async atEnd() {
    return !(await this.#more());
  }
}

/** The run table: checked to lie in order inside a snapshot of `length` bytes. */
function readRuns(table, length) {
  const view = new DataView(table.buffer);
  const runs = [];
  let end = 0;
  for (let offset = 0; offset < table.length; offset += RUN_BYTES) {
    const start = view.getUint32(offset, true);
    const size = view.getUint32(offset + 4, true);
    if (start < end || size === 0 || start + size > length) throw damaged("bad run table");
    runs.push([start, size]);
    end = start + size;
  }
  return runs;
}

/** Unpacks a stored snapshot from `reader` (a stream reader) into `target`: zeros, exactly as
 *  long as the snapshot. Resolves to the number of bytes read (the stored size). */
export async function unpackSnapshot(reader, target) {
  const input = new ChunkReader(reader);
  const header = new Uint8Array(HEADER_BYTES);
  await input.readInto(header, 0, HEADER_BYTES);
  const view = new DataView(header.buffer);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) {
    throw damaged("not a stored snapshot");
  }
  const count = view.getUint32(12, true);
  if (view.getUint32(8, true) !== target.byteLength || count > target.byteLength / PAGE_BYTES + 1) {
    throw damaged("bad header");
  }
  const table = new Uint8Array(RUN_BYTES * count);
  await input.readInto(table, 0, table.length);
  for (const [start, size] of readRuns(table, target.byteLength)) {
    await input.readInto(target, start, size);
  }
  if (!(await input.atEnd())) throw damaged("longer than stored");
  return input.bytes;
}
