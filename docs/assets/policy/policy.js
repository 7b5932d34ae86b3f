// The policy page (/policy/): personalised by its own address, and the builder that makes such
// addresses.
//
// The link's parameters (all optional; anything else is ignored):
//   name=Anne                         the owner's first name (at most 80 characters)
//   msg=...                           a message of the owner's own (at most 280 characters)
//   ask=greet,context,reason,...      what the owner looks for in a note (ids in ASKS below)
//   limit=200 | 300                   the note length the owner asks for
// They may come in any order, with spaces as "+" or "%20": the builder's first links used "%20"
// and put msg last, and they still open the same page. The builder now writes the parameters in
// the order above, so its links end in the limit: a linkifier that drops a link's trailing "."
// or "!" cannot clip the owner's message.
//
// Safety: whatever the address holds is cleaned, capped and put in the page as text
// (textContent), never as HTML. A malformed or unknown parameter is dropped, never an error.
//
// The builder saves the visitor's own link in this browser (localStorage, key STORAGE_KEY),
// so the checker's reply templates can offer it; widget.js reads the same key.

import { countCharacters, el, uniqueId } from "../checker/dom.js";

const SITE_ROOT = new URL("../../", import.meta.url);
export const STORAGE_KEY = "two-minute-note:policy";
export const MAX_NAME = 80;
export const MAX_MESSAGE = 280;
const MAX_ASK_PARAMETER = 200; // seven ids and their commas fit in well under this
const LIMITS = [200, 300];

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
const DEFAULT_ASKS = ["greet", "context", "reason", "nopitch"];

// ---------------------------------------------------------------------------------- helpers

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

function cleanName(value) {
  const name = cleanText(value, MAX_NAME);
  // A "name" with no letter at all is not one, and U+FFFD means the link was garbled.
  return /\p{L}/u.test(name) && !name.includes("\ufffd") ? name : "";
}

function cleanAsks(value) {
  if (typeof value !== "string" || value.length > MAX_ASK_PARAMETER) return [];
  const wanted = new Set(value.toLowerCase().split(",").map((part) => part.trim()));
  return ASKS.map((ask) => ask.id).filter((id) => wanted.has(id));
}

/** The owner's settings from a query string. Never throws; unknown or bad values vanish. */
export function parsePolicy(search) {
  let params;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const limit = Number(params.get("limit"));
  return {
    name: cleanName(params.get("name")),
    limit: LIMITS.includes(limit) && /^\d+$/.test(params.get("limit")) ? limit : null,
    asks: cleanAsks(params.get("ask")),
    message: cleanText(params.get("msg"), MAX_MESSAGE, { multiline: true }),
  };
}

function hasSettings(policy) {
  return Boolean(policy.name || policy.limit || policy.asks.length || policy.message);
}

/** The page's absolute address, wherever the site is published. */
export function policyPageUrl() {
  return new URL("policy/", SITE_ROOT).href;
}

// Punctuation that is safe as itself inside a query value (RFC 3986 allows it there, and
// URLSearchParams reads it back unchanged). "&", "=", "+", "#", "%" and "@" stay encoded.
const READABLE_IN_QUERY = { "%2C": ",", "%3A": ":", "%3B": ";", "%2F": "/", "%3F": "?" };

/** Encodes one query value for a link people will read: spaces as "+", punctuation as itself. */
export function encodeQueryValue(value) {
  return encodeURIComponent(value)
    .replace(/%20/g, "+")
    .replace(/%(?:2C|3A|3B|2F|3F)/g, (code) => READABLE_IN_QUERY[code]);
}

/** A link that opens the owner's policy: name, message, asks, then the limit (see the top). */
export function buildPolicyLink(policy, base = policyPageUrl()) {
  const parts = [];
  if (policy.name) parts.push(`name=${encodeQueryValue(policy.name)}`);
  if (policy.message) parts.push(`msg=${encodeQueryValue(policy.message)}`);
  if (policy.asks.length) parts.push(`ask=${policy.asks.join(",")}`);
  if (policy.limit) parts.push(`limit=${policy.limit}`);
  return parts.length ? `${base}?${parts.join("&")}` : base;
}

// ---------------------------------------------------------------------- what the owner asks

function askTexts(asks) {
  return ASKS.filter((ask) => asks.includes(ask.id)).map((ask) => ask.text);
}

function limitSentence(limit) {
  if (limit === 200) return "Keep it within 200 characters, so it fits on a free account too.";
  if (limit === 300) {
    return "Keep it within 300 characters, LinkedIn's limit with Premium (a free account allows 200).";
  }
  return null;
}

// ---------------------------------------------------------------------- the personal page

function slot(name, scope = document) {
  return scope.querySelector(`[data-policy-slot="${name}"]`);
}

/** Shows the owner's settings on the page, as text. */
function showPolicy(policy) {
  const owner = slot("owner");
  if (!owner || owner.dataset.shown === location.search) return; // once per page and address
  owner.dataset.shown = location.search;
  if (policy.name) {
    owner.textContent = policy.name;
    const site = document.title.includes(" - ") ? document.title.slice(document.title.lastIndexOf(" - ")) : "";
    document.title = `Connecting with ${policy.name} on LinkedIn${site}`;
    slot("signoff").textContent = ` — ${policy.name}`;
    slot("signoff").hidden = false;
    slot("example-name").textContent = policy.name;
  }
  if (hasSettings(policy)) slot("general").hidden = true;

  if (policy.message) {
    slot("message").textContent = policy.message;
    if (policy.name) slot("message-author").textContent = policy.name;
    slot("message-box").hidden = false;
  }
  if (policy.asks.length) {
    slot("asks").replaceChildren(...askTexts(policy.asks).map((text) => el("li", {}, text)));
    const intro = document.querySelector(".tmn-policy-asks-intro");
    // The "short" item says how long already; the intro need not say it twice.
    const length = policy.asks.includes("short") ? "" : "One to three sentences are plenty. ";
    if (intro) intro.textContent = `${length}What I look for:`;
  }
  const limitLine = limitSentence(policy.limit);
  if (limitLine) slot("limit-line").textContent = limitLine;
  presetChecker(policy);
}

/** Hands the owner's name and limit to the checker on the page, mounted yet or not. */
function presetChecker(policy) {
  const root = document.querySelector(".note-checker");
  const preset = {};
  if (policy.name) preset.name = policy.name;
  if (policy.limit) preset.limit = String(policy.limit);
  if (!root || Object.keys(preset).length === 0) return;
  // A widget reads these when it mounts, and a mounted one watches them (widget.js).
  Object.assign(root.dataset, preset);
  const hint = slot("checker-preset");
  if (hint) hint.textContent = presetSentence(policy);
}

function presetSentence(policy) {
  if (policy.name && policy.limit) {
    return `The checker already knows my name, spelled “${policy.name}”, and is set to ${policy.limit} characters.`;
  }
  if (policy.name) return `The checker already knows my name, spelled “${policy.name}”.`;
  return `The checker is set to ${policy.limit} characters. Type my first name in the name field so it can check the spelling.`;
}

// ---------------------------------------------------------------------------- the builder

function readSaved() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) || "null");
    return saved && typeof saved.link === "string" ? saved : null;
  } catch {
    return null;
  }
}

function save(policy, link) {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ link, ...policy }));
    return true;
  } catch {
    return false; // storage switched off: the link still works, only the replies cannot use it
  }
}

function forget() {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing saved, nothing to forget
  }
}

/** A read-only text area as tall as its text, so nothing to copy hides below the fold. */
function fitHeight(textarea) {
  if (!textarea.isConnected) return;
  textarea.style.height = "auto";
  textarea.style.height = `${textarea.scrollHeight + 2}px`;
}

export function aboutLine(link) {
  return `I accept connection requests that come with a short personal note. What I look for, and a checker to try your note: ${link}`;
}

// The same words as heads_up() in checker/replies.py (a browser test compares them).
export function headsUpReply(link) {
  return (
    "Hi, thanks for the invitation! I accept requests that come with a short personal note, " +
    "so I know how we know each other and why you'd like to connect. Here is what I look " +
    `for: ${link} Tell me a little, and I'll gladly take a look.`
  );
}

async function copyText(text, status, what) {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = `${what} copied.`;
  } catch {
    status.textContent = `Copying was blocked: select the ${what.toLowerCase()} and copy it by hand.`;
  }
}

class PolicyBuilder {
  constructor(root) {
    this.root = root;
    this.saveTimer = null;
    this.build();
    this.restore();
    this.update({ save: false });
  }

  build() {
    const id = uniqueId("tmn-builder");
    this.ids = { name: `${id}-name`, message: `${id}-message`, count: `${id}-count` };
    this.nameInput = el("input", {
      id: this.ids.name,
      name: "owner-name",
      type: "text",
      maxlength: MAX_NAME,
      autocomplete: "given-name",
      spellcheck: "false",
      placeholder: "Anne",
    });
    this.messageInput = el("textarea", {
      id: this.ids.message,
      name: "owner-message",
      rows: 3,
      maxlength: MAX_MESSAGE,
      "aria-describedby": this.ids.count,
      placeholder: "I read every note myself, usually on Fridays.",
    });
    this.count = el("span", { class: "tmn-builder__count", id: this.ids.count });
    this.form = el(
      "form",
      { class: "tmn-builder__form", "aria-label": "Your policy" },
      el(
        "div",
        { class: "tmn-builder__field" },
        el("label", { for: this.ids.name }, "Your first name, as you spell it"),
        this.nameInput,
      ),
      this.radioGroup(),
      this.askGroup(),
      el(
        "div",
        { class: "tmn-builder__field" },
        el("label", { for: this.ids.message }, "A message of your own (optional)"),
        this.messageInput,
        this.count,
      ),
    );
    this.preview = el("div", { class: "tmn-policy-card tmn-builder__card" });
    this.outputs = this.buildOutputs();
    this.root.replaceChildren(
      el(
        "div",
        { class: "tmn-builder" },
        el("div", { class: "tmn-builder__column" }, this.form),
        el(
          "div",
          { class: "tmn-builder__column" },
          el("p", { class: "tmn-builder__heading", id: `${id}-preview` }, "Preview"),
          el("section", { class: "tmn-builder__preview", "aria-labelledby": `${id}-preview` }, this.preview),
        ),
      ),
      this.outputs,
    );
    this.form.addEventListener("submit", (event) => event.preventDefault());
    this.form.addEventListener("input", () => this.update());
    this.form.addEventListener("change", () => this.update());
  }

  radioGroup() {
    const choices = [
      ["200", "200 characters: fits every account"],
      ["300", "300 characters: for senders with Premium"],
    ];
    return el(
      "fieldset",
      { class: "tmn-builder__choice" },
      el("legend", {}, "How long may a note be?"),
      choices.map(([value, label]) =>
        el(
          "label",
          {},
          el("input", { type: "radio", name: "owner-limit", value, checked: value === "200" }),
          el("span", {}, label),
        ),
      ),
    );
  }

  askGroup() {
    return el(
      "fieldset",
      { class: "tmn-builder__choice tmn-builder__asks" },
      el("legend", {}, "What you look for in a note"),
      ASKS.map((ask) =>
        el(
          "label",
          {},
          el("input", { type: "checkbox", name: "owner-ask", value: ask.id, checked: DEFAULT_ASKS.includes(ask.id) }),
          el("span", {}, ask.text),
        ),
      ),
    );
  }

  output(label, name, multiline) {
    const id = uniqueId("tmn-builder-output");
    const field = multiline
      ? el("textarea", { id, name, readonly: true, rows: 2 })
      : el("input", { id, name, type: "text", readonly: true });
    const copy = el("button", { type: "button", class: "md-button tmn-builder__copy" }, `Copy`);
    copy.setAttribute("aria-label", `Copy: ${label}`);
    copy.addEventListener("click", () => copyText(field.value, this.status, label));
    field.addEventListener("focus", () => field.select());
    return { field, block: el("div", { class: "tmn-builder__output" }, el("label", { for: id }, label), el("div", { class: "tmn-builder__row" }, field, copy)) };
  }

  buildOutputs() {
    const link = this.output("Your link", "policy-link", false);
    const about = this.output("A line for your profile's About section", "policy-about", true);
    const reply = this.output("A reply to a request without a note", "policy-reply", true);
    this.linkField = link.field;
    this.aboutField = about.field;
    this.replyField = reply.field;
    // A new tab keeps the builder open. (It also has to: navigation.instant swallows a link to
    // the page it is on when only the query differs.)
    this.openLink = el("a", { class: "md-button tmn-builder__open", target: "_blank", rel: "noopener" }, "Open your page");
    this.status = el("p", { class: "tmn-builder__status", role: "status" });
    this.storageNote = el("span", {});
    const forgetButton = el("button", { type: "button", class: "md-button tmn-builder__forget" }, "Forget my link");
    forgetButton.addEventListener("click", () => {
      forget();
      this.saved = false;
      this.showStorage();
      this.status.textContent = "Forgotten. The checker's replies link to the general policy page again.";
    });
    return el(
      "div",
      { class: "tmn-builder__outputs" },
      link.block,
      el("p", { class: "tmn-builder__open-line" }, this.openLink, el("span", {}, "It opens in a new tab, to show your page as others will see it.")),
      about.block,
      reply.block,
      this.status,
      el("p", { class: "tmn-builder__storage" }, this.storageNote, " ", forgetButton),
    );
  }

  /** The form's settings, cleaned the same way as a link's. */
  get policy() {
    const data = new FormData(this.form);
    const limit = Number(data.get("owner-limit"));
    return {
      name: cleanName(this.nameInput.value),
      limit: LIMITS.includes(limit) ? limit : null,
      asks: ASKS.map((ask) => ask.id).filter((ask) => data.getAll("owner-ask").includes(ask)),
      message: cleanText(this.messageInput.value, MAX_MESSAGE, { multiline: true }),
    };
  }

  restore() {
    const saved = readSaved();
    let policy;
    try {
      policy = parsePolicy(new URL(saved.link, SITE_ROOT).search);
    } catch {
      return; // nothing saved, or not a link: start from the defaults
    }
    this.nameInput.value = policy.name;
    this.messageInput.value = policy.message;
    for (const input of this.form.querySelectorAll("input[name=owner-limit]")) {
      input.checked = Number(input.value) === (policy.limit || 200);
    }
    for (const input of this.form.querySelectorAll("input[name=owner-ask]")) {
      input.checked = policy.asks.includes(input.value);
    }
    this.saved = true;
  }

  update({ save: shouldSave = true } = {}) {
    const policy = this.policy;
    const link = buildPolicyLink(policy);
    this.count.textContent = `${countCharacters(this.messageInput.value)} / ${MAX_MESSAGE} characters`;
    this.renderPreview(policy);
    this.linkField.value = link;
    this.aboutField.value = aboutLine(link);
    this.replyField.value = headsUpReply(link);
    for (const field of [this.aboutField, this.replyField]) fitHeight(field);
    this.openLink.href = link;
    this.root.dataset.link = link;
    if (shouldSave) {
      clearTimeout(this.saveTimer);
      this.saveTimer = setTimeout(() => {
        if (policy.name) this.saved = save(policy, link);
        this.showStorage();
      }, 200);
    }
    this.showStorage();
  }

  showStorage() {
    this.storageNote.textContent = this.saved
      ? "This browser remembers your link (in its local storage, never sent anywhere), so the reply templates on the checker page can use it."
      : "Once you type your name, this browser remembers your link (in its local storage, never sent anywhere), so the reply templates on the checker page can use it.";
  }

  renderPreview(policy) {
    const asks = policy.asks.length ? askTexts(policy.asks) : [];
    this.preview.replaceChildren(
      el("p", { class: "tmn-builder__title" }, `Connecting with ${policy.name || "me"} on LinkedIn`),
      el(
        "p",
        { class: "tmn-policy-lead" },
        "Hello, and thanks for thinking of me! ",
        el("strong", {}, "I accept connection requests that carry a personal note."),
      ),
      policy.message
        ? el("figure", { class: "tmn-policy-message" }, el("blockquote", {}, policy.message))
        : "",
      asks.length ? el("p", {}, "What I look for:") : "",
      asks.length ? el("ul", { class: "tmn-policy-asks" }, asks.map((text) => el("li", {}, text))) : "",
      el("p", { class: "tmn-policy-limit" }, limitSentence(policy.limit) || ""),
      el("p", { class: "tmn-builder__more" }, "…then why, how to add a note, and a checker preset with your name."),
    );
  }
}

// ------------------------------------------------------------------------------ page changes

function syncWithPage() {
  if (!slot("owner")) return; // not the policy page
  showPolicy(parsePolicy(location.search));
  for (const root of document.querySelectorAll(".tmn-policy-builder:not([data-mounted])")) {
    root.dataset.mounted = "";
    new PolicyBuilder(root);
  }
}

syncWithPage();
// navigation.instant: Material replays the current page to new subscribers and emits each
// page reached by an in-site link; read the address again every time.
if (typeof window.document$ === "object" && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(() => syncWithPage());
}
