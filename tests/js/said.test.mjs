// The composer's words about a shortened draft.
import assert from "node:assert/strict";
import { test } from "node:test";

import { joinWords, whatWasCut } from "../../docs/assets/composer/said.js";

test("lists join with commas and a final and", () => {
  assert.equal(joinWords(["a"]), "a");
  assert.equal(joinWords(["a", "b"]), "a and b");
  assert.equal(joinWords(["a", "b", "c"]), "a, b and c");
});

test("each part compose.py may cut has its own words", () => {
  assert.equal(
    whatWasCut(["who you are", "your reason", "the detail"]),
    "To fit, it leaves out who you are, uses a short general reason instead of yours and shortens your detail.",
  );
  assert.equal(whatWasCut(["something new"]), "To fit, it leaves out something new.");
});
