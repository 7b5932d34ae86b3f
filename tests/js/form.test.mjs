// The checker form's own words: the counter and the name field.
import assert from "node:assert/strict";
import { test } from "node:test";

import { countLine, nameWording } from "../../docs/assets/checker/form.js";

test("the counter says how far over the limit a note is, in the writer's terms", () => {
  assert.equal(countLine(180, 200, "draft"), "180 / 200 characters");
  assert.equal(countLine(212, 200, "draft"), "212 / 200 characters: 12 too many for LinkedIn");
  assert.equal(countLine(212, 200, "received"), "212 / 200 characters: 12 over");
});

test("the note's placeholder greets the first name given, or Ada", () => {
  assert.equal(nameWording("draft", "  Priya Raman ").placeholder, "Hi Priya, we met at ...");
  assert.equal(nameWording("draft", "").placeholder, "Hi Ada, we met at ...");
  assert.equal(nameWording("received", "Priya").placeholder, "Paste the note you received");
  assert.match(nameWording("received", "").label, /^Your first name/);
});
