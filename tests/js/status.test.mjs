// The loading line's figures: sizes in words and the share of bytes downloaded.
import assert from "node:assert/strict";
import { test } from "node:test";

import { downloadShare, megabytes } from "../../docs/assets/checker/status.js";

test("sizes read as MB, or kB below one", () => {
  assert.equal(megabytes(5_612_345), "5.6 MB");
  assert.equal(megabytes(840_200), "840 kB");
  assert.equal(megabytes(12), "1 kB");
});

test("the share of bytes is capped, and absent without a total from the build", () => {
  assert.deepEqual(downloadShare(2_500_000, 5_000_000), { value: 2_500_000, max: 5_000_000, percent: 50 });
  assert.equal(downloadShare(6_000_000, 5_000_000).percent, 100);
  assert.equal(downloadShare(-5, 100).percent, 0);
  assert.equal(downloadShare(100, 0), null);
  assert.equal(downloadShare(100, undefined), null);
});
