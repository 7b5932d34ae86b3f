// What the browser remembers, with storage that works, is full, or is switched off.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  forgetPolicy,
  policyLink,
  presetsFromQuery,
  saveLimit,
  savePolicy,
  savedLimit,
} from "../../docs/assets/checker/storage.js";

const LIMITS = [200, 300];
const GENERAL = "https://example.org/policy/";

function memoryStorage() {
  const items = new Map();
  return {
    getItem: (key) => (items.has(key) ? items.get(key) : null),
    setItem: (key, value) => items.set(key, String(value)),
    removeItem: (key) => items.delete(key),
  };
}

const brokenStorage = {
  getItem() {
    throw new Error("SecurityError");
  },
  setItem() {
    throw new Error("QuotaExceededError");
  },
  removeItem() {
    throw new Error("SecurityError");
  },
};

test("a chosen limit is remembered, and only a real limit is read back", () => {
  const store = memoryStorage();
  assert.equal(savedLimit(LIMITS, store), null);
  assert.equal(saveLimit(200, store), true);
  assert.equal(savedLimit(LIMITS, store), "200");
  store.setItem("two-minute-note:limit", "250");
  assert.equal(savedLimit(LIMITS, store), null);
});

test("storage switched off or full loses the choice quietly", () => {
  assert.equal(saveLimit(200, brokenStorage), false);
  assert.equal(savedLimit(LIMITS, brokenStorage), null);
  assert.equal(savePolicy({ name: "Ada" }, `${GENERAL}?name=Ada`, brokenStorage), false);
  assert.deepEqual(policyLink(GENERAL, brokenStorage), { url: GENERAL, own: false });
  assert.doesNotThrow(() => forgetPolicy(brokenStorage));
});

test("replies use the visitor's own policy link, until they forget it", () => {
  const store = memoryStorage();
  assert.deepEqual(policyLink(GENERAL, store), { url: GENERAL, own: false });
  savePolicy({ name: "Ada" }, `${GENERAL}?name=Ada`, store);
  assert.deepEqual(policyLink(GENERAL, store), { url: `${GENERAL}?name=Ada`, own: true });
  forgetPolicy(store);
  assert.deepEqual(policyLink(GENERAL, store), { url: GENERAL, own: false });
});

test("a saved link to another site or page is never offered", () => {
  const store = memoryStorage();
  for (const link of ["https://evil.example/policy/?name=Ada", "https://example.org/other/", "not a link"]) {
    store.setItem("two-minute-note:policy", JSON.stringify({ link }));
    assert.equal(policyLink(GENERAL, store).own, false, link);
  }
  store.setItem("two-minute-note:policy", "{broken json");
  assert.equal(policyLink(GENERAL, store).own, false);
});

test("an address presets text and name capped, mode and limit only when valid", () => {
  const options = { modes: ["draft", "received"], limits: LIMITS };
  const long = "😀".repeat(3000);
  const presets = presetsFromQuery(`?text=${encodeURIComponent(long)}&name=Ada&mode=sideways&limit=250`, options);
  assert.equal([...presets.text].length, 2000);
  assert.equal(presets.name, "Ada");
  assert.equal("mode" in presets, false);
  assert.equal("limit" in presets, false);
  assert.deepEqual(presetsFromQuery("?mode=received&limit=200", options), { mode: "received", limit: "200" });
});
