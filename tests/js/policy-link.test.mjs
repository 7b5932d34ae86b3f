// Policy links: what a hostile or old address turns into, and what the builder writes.
import assert from "node:assert/strict";
import { test } from "node:test";

import {
  DEFAULT_ASKS,
  MAX_MESSAGE,
  MAX_NAME,
  buildPolicyLink,
  cleanText,
  encodeQueryValue,
  limitSentence,
  parsePolicy,
} from "../../docs/assets/policy/link.js";

const LIMITS = [200, 300];
const BASE = "https://example.org/policy/";

test("a link round-trips through the builder and the parser", () => {
  const policy = { name: "José Ángel", message: "Fridays, mostly: I read every note.", asks: ["greet", "reason"], limit: 200 };
  const link = buildPolicyLink(policy, BASE);
  assert.deepEqual(parsePolicy(new URL(link).search, LIMITS), policy);
});

test("the builder writes the message before the asks and the limit, readable punctuation as itself", () => {
  const link = buildPolicyLink({ name: "Ada", message: "Hi, what's up? A/B", asks: ["greet"], limit: 300 }, BASE);
  assert.equal(link, `${BASE}?name=Ada&msg=Hi,+what's+up?+A/B&ask=greet&limit=300`);
  assert.equal(encodeQueryValue("a&b=c+d#e"), "a%26b%3Dc%2Bd%23e");
});

test("an empty policy is the general page itself", () => {
  assert.equal(buildPolicyLink({ name: "", message: "", asks: [], limit: null }, BASE), BASE);
});

test("old links with %20 and parameters in any order open the same policy", () => {
  const old = parsePolicy("?msg=Hello%20there&limit=300&name=Ada%20Lovelace&ask=own,greet", LIMITS);
  assert.deepEqual(old, { name: "Ada Lovelace", message: "Hello there", asks: ["greet", "own"], limit: 300 });
});

test("unknown, malformed and hostile values vanish instead of failing", () => {
  const policy = parsePolicy("?name=%E2%80%AEevil%00&limit=250&ask=greet,<script>&msg=%ZZ", LIMITS);
  assert.equal(policy.name, "evil");
  assert.equal(policy.limit, null);
  assert.deepEqual(policy.asks, ["greet"]);
  assert.deepEqual(parsePolicy("?name=1234&limit=3e2", LIMITS), { name: "", limit: null, asks: [], message: "" });
});

test("long values are capped in code points, not cut inside an emoji", () => {
  const name = "🙂".repeat(MAX_NAME + 10);
  assert.equal([...parsePolicy(`?name=${encodeURIComponent(`A${name}`)}`, LIMITS).name].length, MAX_NAME);
  const message = cleanText("x\n\n\n\ny ".repeat(MAX_MESSAGE), MAX_MESSAGE, { multiline: true });
  assert.ok([...message].length <= MAX_MESSAGE);
  assert.ok(!message.includes("\n\n\n"));
});

test("the limit sentence names the two limits it is given", () => {
  const limits = { free: 200, premium: 300 };
  assert.match(limitSentence(200, limits), /within 200 characters/);
  assert.match(limitSentence(300, limits), /within 300 characters.*allows 200/);
  assert.equal(limitSentence(null, limits), null);
});

test("letters of any alphabet stay readable in the link, and still parse back", () => {
  const policy = { name: "José Ångström", message: "Спасибо & 谢谢", asks: ["own"], limit: 200 };
  const link = buildPolicyLink(policy, BASE);
  assert.equal(link, `${BASE}?name=José+Ångström&msg=Спасибо+%26+谢谢&ask=own&limit=200`);
  assert.deepEqual(parsePolicy(new URL(link).search, LIMITS), policy);
});

test("a link asking for what the general page lists leaves the asks out", () => {
  const link = buildPolicyLink({ name: "Ada", message: "", asks: [...DEFAULT_ASKS].reverse(), limit: 200 }, BASE);
  assert.equal(link, `${BASE}?name=Ada&limit=200`);
});
