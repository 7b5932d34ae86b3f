// A policy link, read and written: pure functions, no page, unit-tested with `node --test`
// (tests/js/policy-link.test.mjs).
//
// The link's parameters (all optional; anything else is ignored):
//   name=Anne                         the owner's first name (at most MAX_NAME characters)
//   msg=...                           a message of the owner's own (at most MAX_MESSAGE characters)
//   ask=greet,context,reason,...      what the owner looks for in a note (ids in ASKS below)
//   limit=...                         the note length the owner asks for: one of LinkedIn's limits
// They may come in any order, with spaces as "+" or "%20": the builder's first links used "%20"
// and put msg last, and they still open the same page. The builder now writes the parameters in
// the order above, so its links end in the limit: a linkifier that drops a link's trailing "."
// or "!" cannot clip the owner's message.
//
// Safety: whatever the address holds is cleaned and capped here; a malformed or unknown
// parameter is dropped, never an error. The page puts the result in as text only.

export const MAX_NAME = 80;
export const MAX_MESSAGE = 280;
const MAX_ASK_PARAMETER = 160; // the seven ids and their commas take 42

/** What an owner may ask of a note, in the order the page lists them. */
export const ASKS = [
  { id: "greet", text: "Greet me by name, spelled the way I spell it" },
  { id: "context", text: "Say how we know each other, or which piece of my work you mean" },
  { id: "reason", text: "Tell me why you'd like to connect" },
  { id: "intro", text: "If we have never met, tell me who you are" },
  { id: "nopitch", text: "No pitches: no sales, calls, groups or newsletters" },
  { id: "own", text: "Write it yourself: no stock sentence, no template" },
  { id: "short", text: "Keep it short: one to three sentences" },
];
/** What the general page lists when a link names no asks (docs/policy.md): a link that asks for
 *  exactly these leaves `ask` out, and is that much shorter. */
export const DEFAULT_ASKS = ["greet", "context", "reason", "intro", "nopitch"];

// Direction overrides and isolates could make a name read backwards; control characters
// have no business in a heading.
const INVISIBLE_TRICKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const CONTROL = /\p{Cc}/gu;

/** Cleans one parameter: no control characters, tidy spaces, at most `max` code points. */
export function cleanText(value, max, { multiline = false } = {}) {
  if (typeof value !== "string" || value === "") return "";
  // A cheap first cut keeps a 100 KB parameter from costing anything below.
  let text = value.slice(0, max * 4).replace(INVISIBLE_TRICKS, "");
  if (multiline) {
    text = text
      .replace(/\r\n?/g, "\n")
      .replace(/[^\S\n]+/g, " ")
      .replace(/ ?\n ?/g, "\n")
      .replace(/\n{3,}/g, "\n\n");
  } else {
    text = text.replace(/\s+/g, " ");
  }
  text = text.replace(CONTROL, (c) => (multiline && c === "\n" ? c : "")).trim();
  return [...text].slice(0, max).join("").trim();
}

export function cleanName(value) {
  const name = cleanText(value, MAX_NAME);
  // A "name" with no letter at all is not one, and U+FFFD means the link was garbled.
  return /\p{L}/u.test(name) && !name.includes("\ufffd") ? name : "";
}

function cleanAsks(value) {
  if (typeof value !== "string" || value.length > MAX_ASK_PARAMETER) return [];
  const wanted = new Set(value.toLowerCase().split(",").map((part) => part.trim()));
  return ASKS.map((ask) => ask.id).filter((id) => wanted.has(id));
}

/** The owner's settings from a query string; `limits` are LinkedIn's note limits. Never
 *  throws; unknown or bad values vanish. */
export function parsePolicy(search, limits) {
  let params;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const limit = Number(params.get("limit"));
  return {
    name: cleanName(params.get("name")),
    limit: limits.includes(limit) && /^\d+$/.test(params.get("limit")) ? limit : null,
    asks: cleanAsks(params.get("ask")),
    message: cleanText(params.get("msg"), MAX_MESSAGE, { multiline: true }),
  };
}

export function hasSettings(policy) {
  return Boolean(policy.name || policy.limit || policy.asks.length || policy.message);
}

// Punctuation that is safe as itself inside a query value (RFC 3986 allows it there, and
// URLSearchParams reads it back unchanged). "&", "=", "+", "#", "%" and "@" stay encoded.
const READABLE_IN_QUERY = { "%2C": ",", "%3A": ":", "%3B": ";", "%2F": "/", "%3F": "?" };

// Letters, marks and digits beyond ASCII stay themselves ("José", not "Jos%C3%A9"): browsers
// and linkifiers take such addresses (IRIs) and encode them on the way out.
const LETTER_OR_DIGIT = /^[\p{L}\p{M}\p{N}]$/u;

function encodeCharacter(character) {
  if (character.codePointAt(0) > 0x7f && LETTER_OR_DIGIT.test(character)) return character;
  return encodeURIComponent(character);
}

/** Encodes one query value for a link people will read: spaces as "+", punctuation and letters
 *  of any alphabet as themselves. */
export function encodeQueryValue(value) {
  return Array.from(value, encodeCharacter)
    .join("")
    .replace(/%20/g, "+")
    .replace(/%(?:2C|3A|3B|2F|3F)/g, (code) => READABLE_IN_QUERY[code]);
}

/** A link to the policy page at `base` that opens the owner's policy: name, message, asks,
 *  then the limit (see the top). */
export function buildPolicyLink(policy, base) {
  const parts = [];
  if (policy.name) parts.push(`name=${encodeQueryValue(policy.name)}`);
  if (policy.message) parts.push(`msg=${encodeQueryValue(policy.message)}`);
  if (policy.asks.length && !sameAsks(policy.asks, DEFAULT_ASKS)) parts.push(`ask=${policy.asks.join(",")}`);
  if (policy.limit) parts.push(`limit=${policy.limit}`);
  return parts.length ? `${base}?${parts.join("&")}` : base;
}

function sameAsks(asks, others) {
  return asks.length === others.length && asks.every((ask) => others.includes(ask));
}

export function askTexts(asks) {
  return ASKS.filter((ask) => asks.includes(ask.id)).map((ask) => ask.text);
}

/** The policy's line on length, for LinkedIn's `free` and `premium` limits; null for none. */
export function limitSentence(limit, { free, premium }) {
  if (limit === free) return `Keep it within ${free} characters, so it fits on a free account too.`;
  if (limit === premium) {
    return `Keep it within ${premium} characters, LinkedIn's limit with Premium (a free account allows ${free}).`;
  }
  return null;
}

export function aboutLine(link) {
  return `I accept connection requests that come with a short personal note. What I look for, and a checker to try your note: ${link}`;
}
