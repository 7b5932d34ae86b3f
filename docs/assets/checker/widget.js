// The note checker widget. Every <div class="note-checker"> on a page becomes a checker; all of
// them share one module Web Worker (worker.js) that runs the Python checker in Pyodide.
//
// Options, as data attributes on the div (all optional):
//   data-mode="draft" | "received"   which switch is on at first          (default: draft)
//   data-limit="200" | "300"         free or Premium note length          (default: 300)
//   data-name="Ada"                  the name field's first value
//   data-text="Hi Ada, ..."          a note to check straight away
// A page script may change them later: the widget copies the new values into its form.
//
// Safety: the visitor's text is only ever put in the page as text nodes (textContent), never as
// HTML. The report's strings are treated the same way.

import { countCharacters, el, uniqueId } from "./dom.js";

const SITE_ROOT = new URL("../../", import.meta.url);
const WORKER_URL = new URL("./worker.js", import.meta.url);
const DEBOUNCE_MS = 150;
const ANNOUNCE_AFTER_MS = 1200; // a pause in typing this long means the verdict is worth hearing
const PRESET_ATTRIBUTES = ["data-mode", "data-limit", "data-name", "data-text"];
const SEVERITIES = ["error", "warning", "suggestion"];
// A reader cannot fix a note someone else sent: in "I received it" mode the findings are signs.
const SEVERITY_HEADINGS = {
  draft: { error: "Must fix", warning: "Should fix", suggestion: "Could be better" },
  received: { error: "Red flags", warning: "Worth noticing", suggestion: "Minor points" },
};
const ADVICE_LABELS = { draft: "Fix: ", received: "What it means: " };
const VERDICT_LABELS = {
  draft: {
    pitch: "Reads as a pitch",
    generic: "Could have gone to anyone",
    "needs-work": "Nearly there",
    personal: "Personal: ready to send",
    "not-judged": "Not judged: a language the checker can't read yet",
  },
  received: {
    pitch: "A pitch in disguise",
    generic: "A generic request",
    "needs-work": "Some effort, but thin",
    personal: "A personal note",
    "not-judged": "Not judged: a language the checker can't read yet",
  },
};
const STAGES = {
  downloading: { step: 1, text: "Downloading Python for your browser (up to 15 MB the first time; your browser keeps it for later visits)" },
  starting: { step: 2, text: "Starting Python" },
  "loading-checker": { step: 3, text: "Loading the checker" },
};

// ---------------------------------------------------------------------------------- helpers

/** Findings grouped by rule and wording, in order: a repeated explanation is shown once. */
function sameExplanations(findings) {
  const groups = new Map();
  for (const finding of findings) {
    const key = `${finding.rule}\u0000${finding.message}\u0000${finding.suggestion}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(finding);
  }
  return [...groups.values()];
}

function guideLink(guidePath) {
  return new URL(guidePath, SITE_ROOT).href;
}

// ------------------------------------------------------------------------- the shared worker

const runtime = {
  worker: null,
  state: { phase: "idle" }, // idle | loading (stage) | ready | error (message)
  widgets: new Set(),
  nextId: 1,
  pending: new Map(), // check id -> {widget, sentAt}
  requests: new Map(), // other requests' id -> {resolve, reject} (the composer's)
};

function broadcastState(state) {
  runtime.state = state;
  for (const widget of runtime.widgets) widget.showRuntimeState(state);
}

function startWorker() {
  if (runtime.worker) return;
  if (typeof WebAssembly !== "object") {
    broadcastState({ phase: "error", message: "this browser has WebAssembly switched off or does not support it" });
    return;
  }
  let worker;
  try {
    worker = new Worker(WORKER_URL, { type: "module" });
  } catch (error) {
    broadcastState({ phase: "error", message: `the browser refused to start the checker (${error.message})` });
    return;
  }
  runtime.worker = worker;
  broadcastState({ phase: "loading", stage: "downloading" });
  worker.addEventListener("message", (event) => handleWorkerMessage(event.data));
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    failWorker("the checker's script could not be loaded");
  });
}

function failWorker(message) {
  stopWorker();
  broadcastState({ phase: "error", message });
}

function stopWorker() {
  if (runtime.worker) runtime.worker.terminate();
  runtime.worker = null;
  runtime.pending.clear();
  for (const { reject } of runtime.requests.values()) reject(new Error("the checker stopped"));
  runtime.requests.clear();
}

function handleWorkerMessage(message) {
  switch (message.type) {
    case "progress":
      broadcastState({ phase: "loading", stage: message.stage });
      break;
    case "ready":
      broadcastState({ phase: "ready", timings: message.timings });
      // For scripts/bench_browser.py and the curious: how long loading took, in ms.
      window.noteCheckerTimings = message.timings;
      break;
    case "error":
      failWorker(message.message);
      break;
    case "result":
    case "check-error": {
      const request = runtime.pending.get(message.id);
      runtime.pending.delete(message.id);
      if (!request) return;
      const roundTripMs = performance.now() - request.sentAt;
      if (message.type === "result") {
        request.widget.showReport(message.id, message.report, roundTripMs, message.replies);
      } else request.widget.showCheckError(message.id, message.message);
      break;
    }
    case "composed":
    case "compose-error":
    case "relationships": {
      const request = runtime.requests.get(message.id);
      runtime.requests.delete(message.id);
      if (!request) return;
      if (message.type === "compose-error") request.reject(new Error(message.message));
      else request.resolve(message.type === "composed" ? message.draft : message.options);
      break;
    }
    default:
      break;
  }
}

function requestCheck(widget, options) {
  if (runtime.state.phase === "error") return null; // only "Try again" restarts a failed load
  startWorker();
  if (!runtime.worker) return null;
  const id = runtime.nextId++;
  runtime.pending.set(id, { widget, sentAt: performance.now() });
  runtime.worker.postMessage({ type: "check", id, ...options });
  return id;
}

/** Any other request to the worker (the composer's), answered by a promise. */
function askWorker(message) {
  if (runtime.state.phase === "error") return Promise.reject(new Error(runtime.state.message));
  startWorker();
  if (!runtime.worker) return Promise.reject(new Error("the checker could not start"));
  const id = runtime.nextId++;
  return new Promise((resolve, reject) => {
    runtime.requests.set(id, { resolve, reject });
    runtime.worker.postMessage({ ...message, id });
  });
}

/** The note composer's draft (checker/compose.py), computed in the worker. */
export function composeNote({ relationship, name, detail, reason = "", about = "", limit = 300 }) {
  return askWorker({ type: "compose", relationship, name, detail, reason, about, limit });
}

/** The composer's relationship choices: [{id, label, detail_label, detail_example}]. */
export function relationshipOptions() {
  return askWorker({ type: "relationships" });
}

// The visitor's own policy link, saved by the builder on the policy page (policy.js writes
// this key); replies to a generic request link to it, or to the general policy page.
const POLICY_STORAGE_KEY = "two-minute-note:policy";

function policyLink() {
  const general = new URL("policy/", SITE_ROOT);
  try {
    const saved = JSON.parse(localStorage.getItem(POLICY_STORAGE_KEY) || "null");
    const link = new URL(saved.link);
    if (link.origin === general.origin && link.pathname === general.pathname) {
      return { url: link.href, own: true };
    }
  } catch {
    // nothing saved, storage off, or not a link of this site: the general page
  }
  return { url: general.href, own: false };
}

// "Try it in the checker" links from the guide: /checker/?text=…&name=…&mode=…&limit=…
const ADDRESS_CAPS = { text: 2000, name: 80 };

/** Copies the note and options from the page's address into the widget's data-* presets, as
 *  text, length-capped; unknown or malformed values are ignored. */
function presetFromAddress(root) {
  const query = new URLSearchParams(window.location.search);
  for (const [key, cap] of Object.entries(ADDRESS_CAPS)) {
    const value = query.get(key);
    if (value !== null) root.dataset[key] = value.slice(0, cap);
  }
  if (["draft", "received"].includes(query.get("mode"))) root.dataset.mode = query.get("mode");
  if (["200", "300"].includes(query.get("limit"))) root.dataset.limit = query.get("limit");
}

// The limit a visitor last chose, so a free account's 200 stays chosen on the next visit.
const LIMIT_STORAGE_KEY = "two-minute-note:limit";

function savedLimit() {
  try {
    const value = localStorage.getItem(LIMIT_STORAGE_KEY);
    return value === "200" || value === "300" ? value : null;
  } catch {
    return null; // storage switched off
  }
}

function saveLimit(value) {
  try {
    localStorage.setItem(LIMIT_STORAGE_KEY, value);
  } catch {
    // storage switched off: the choice lasts for this page only
  }
}

function retryWorker() {
  stopWorker();
  startWorker();
  for (const widget of runtime.widgets) widget.checkNow();
}

// ---------------------------------------------------------------------------------- a widget

class NoteChecker {
  constructor(root) {
    this.root = root;
    this.latestId = 0;
    this.touched = false;
    this.debounceTimer = null;
    this.lastBanner = "";
    // data-load="on-intent": Python is fetched only once the visitor turns to the checker (the
    // policy page, which most visitors only read, often on a phone's data plan).
    this.onIntent = root.dataset.load === "on-intent";
    if (root.dataset.fromUrl !== undefined) presetFromAddress(root);
    this.build();
  }

  // ----- structure

  build() {
    const id = uniqueId("note-checker");
    const preset = this.root.dataset;
    const mode = preset.mode === "received" ? "received" : "draft";
    // a page's own limit first (a policy link's), then the visitor's last choice, then Premium
    const limit = ["200", "300"].includes(preset.limit) ? preset.limit : savedLimit() || "300";
    this.ids = { note: `${id}-note`, name: `${id}-name`, count: `${id}-count`, hint: `${id}-hint` };

    this.status = el("div", { class: "nc-status", role: "status" });
    this.form = el(
      "form",
      { class: "nc-form", "aria-label": "Check a connection note" },
      el(
        "div",
        { class: "nc-options" },
        this.radioGroup("mode", "Who wrote the note?", mode, [
          ["draft", "I'm writing it"],
          ["received", "I received it"],
        ]),
        this.radioGroup("limit", "Note length limit", limit, [
          ["200", "Free account: 200"],
          ["300", "Premium: 300"],
        ]),
      ),
      el(
        "div",
        { class: "nc-field" },
        (this.nameLabel = el("label", { for: this.ids.name })),
        (this.nameInput = el("input", {
          id: this.ids.name,
          name: "name",
          type: "text",
          autocomplete: "off",
          spellcheck: "false",
          placeholder: "Ada",
        })),
      ),
      el(
        "div",
        { class: "nc-field" },
        el("label", { for: this.ids.note }, "The note"),
        el(
          "div",
          { class: "nc-editor" },
          (this.backdrop = el("div", { class: "nc-backdrop", "aria-hidden": "true" })),
          (this.textarea = el("textarea", {
            id: this.ids.note,
            name: "note",
            rows: 4,
            spellcheck: "true",
            "aria-describedby": `${this.ids.count} ${this.ids.hint}`,
            placeholder: "Hi Ada, we met at ...",
          })),
        ),
        el(
          "div",
          { class: "nc-meta" },
          (this.count = el("span", { class: "nc-count", id: this.ids.count })),
          el(
            "span",
            { class: "nc-hint", id: this.ids.hint },
            "Marked words have a finding below. Your note stays in this browser.",
          ),
        ),
      ),
    );

    // The banner is a live region, but screen readers hear the verdict once it has settled, not
    // every flip while the visitor types: the visible part is hidden from them, and the hidden
    // announcer beside it is updated after a pause.
    this.bannerText = el("span", { class: "nc-verdict__text", "aria-hidden": "true" });
    this.announcer = el("span", { class: "nc-visually-hidden" });
    this.banner = el("div", { class: "nc-verdict", "aria-live": "polite" }, this.bannerText, this.announcer);
    this.details = el("div", { class: "nc-details" });
    this.root.replaceChildren(
      ...[...this.root.querySelectorAll("noscript")],
      el("h2", { class: "nc-visually-hidden" }, "Check a note"),
      this.status,
      this.form,
      this.banner,
      this.details,
    );
    this.root.classList.add("nc-mounted");
    this.applyPresets();
    this.showIdle();
    this.listen();
  }

  /** Copies the data-* options into the form. Runs at mount, and again whenever a page script
   *  changes them (the policy page fills in a name from its link). */
  applyPresets() {
    const preset = this.root.dataset;
    if (preset.mode === "draft" || preset.mode === "received") {
      this.form.querySelector(`input[name=mode][value=${preset.mode}]`).checked = true;
    }
    if (preset.limit === "200" || preset.limit === "300") {
      this.form.querySelector(`input[name=limit][value="${preset.limit}"]`).checked = true;
    }
    if (preset.name !== undefined) this.nameInput.value = preset.name;
    if (preset.text !== undefined) {
      this.textarea.value = preset.text;
      this.touched = this.touched || preset.text !== "";
    }
    this.updateNameLabel();
    this.updateCount();
    this.fitHeight();
  }

  radioGroup(name, legend, checked, choices) {
    return el(
      "fieldset",
      { class: "nc-choice" },
      el("legend", {}, legend),
      choices.map(([value, label]) =>
        el(
          "label",
          {},
          el("input", { type: "radio", name, value, checked: value === checked }),
          el("span", {}, label),
        ),
      ),
    );
  }

  listen() {
    new MutationObserver(() => {
      this.applyPresets();
      this.checkNow();
    }).observe(this.root, { attributes: true, attributeFilter: PRESET_ATTRIBUTES });
    this.form.addEventListener("submit", (event) => event.preventDefault());
    this.form.addEventListener("focusin", () => {
      if (this.onIntent && runtime.state.phase === "idle") startWorker();
    });
    this.textarea.addEventListener("input", () => {
      this.touched = true;
      this.updateCount();
      this.fitHeight();
      this.clearStaleMarks();
      this.scheduleCheck();
    });
    this.nameInput.addEventListener("input", () => {
      this.touched = true;
      this.updateNameLabel();
      this.scheduleCheck();
    });
    this.form.addEventListener("change", (event) => {
      if (event.target.type !== "radio") return;
      if (event.target.name === "limit") saveLimit(event.target.value);
      this.touched = true;
      this.updateNameLabel();
      this.updateCount();
      this.checkNow();
    });
    this.textarea.addEventListener("scroll", () => {
      this.backdrop.scrollTop = this.textarea.scrollTop;
    });
  }

  get options() {
    const data = new FormData(this.form);
    return {
      text: this.textarea.value,
      name: this.nameInput.value.trim() || null,
      mode: data.get("mode") === "received" ? "received" : "draft",
      limit: Number(data.get("limit")) === 200 ? 200 : 300,
    };
  }

  // ----- checking

  // data-pending is on the widget from a change until the report for it is shown
  // (the browser tests and the benchmark wait on it).
  scheduleCheck() {
    this.root.dataset.pending = "";
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => this.checkNow(), DEBOUNCE_MS);
  }

  checkNow() {
    clearTimeout(this.debounceTimer);
    const options = this.options;
    if (!this.touched && options.text === "") {
      this.showIdle();
      return;
    }
    const policyUrl = options.mode === "received" ? policyLink().url : undefined;
    const id = requestCheck(this, { ...options, policyUrl });
    if (id === null) {
      delete this.root.dataset.pending;
      return;
    }
    this.root.dataset.pending = "";
    this.latestId = id;
    this.checkedText = options.text;
  }

  // ----- runtime state

  showRuntimeState(state) {
    this.root.dataset.state = state.phase;
    if (state.phase === "loading") {
      const stage = STAGES[state.stage] || STAGES.downloading;
      this.status.replaceChildren(
        el(
          "div",
          { class: "nc-progress" },
          el("progress", { max: 3, value: stage.step, "aria-label": "Loading the checker" }),
          el("span", {}, `Step ${stage.step} of 3: ${stage.text}…`),
        ),
      );
    } else if (state.phase === "error") {
      const retry = el("button", { type: "button", class: "md-button nc-retry" }, "Try again");
      retry.addEventListener("click", retryWorker);
      this.status.replaceChildren(
        el(
          "div",
          { class: "nc-error", role: "alert" },
          el("strong", {}, "The checker could not start in this browser"),
          ` (${state.message}). `,
          "The rest of this page works as usual: the rules in the guide are the same ones the checker uses. ",
          "Try again, or another browser",
          ...(this.onIntent
            ? [". "]
            : ["; on a computer, the command line checks notes too: ", el("code", {}, "python -m checker"), ". "]),
          retry,
        ),
      );
    } else if (state.phase === "idle" && this.onIntent) {
      const start = el("button", { type: "button", class: "md-button nc-start" }, "Start the checker");
      start.addEventListener("click", () => startWorker());
      this.status.replaceChildren(
        el(
          "p",
          { class: "nc-waiting" },
          "The checker starts when you click into the note: it runs Python in your browser, a one-time download of about 9 MB. ",
          start,
        ),
      );
    } else {
      this.status.replaceChildren();
      if (state.phase === "ready" && this.wasLoading) this.announce("The checker is ready.");
    }
    this.wasLoading = state.phase === "loading";
  }

  // ----- results

  showIdle() {
    delete this.root.dataset.pending;
    this.setBanner(null, "Type or paste a note; the verdict shows up here as you type.");
    this.details.replaceChildren();
    this.renderMarks(this.textarea.value, []);
  }

  showCheckError(id, message) {
    if (id !== this.latestId) return;
    delete this.root.dataset.pending;
    this.setBanner(null, `This note could not be checked: ${message}`);
  }

  showReport(id, report, roundTripMs, replies) {
    if (id !== this.latestId) return; // an answer to a note that has changed since
    this.lastRoundTripMs = roundTripMs;
    this.root.dataset.checks = String(Number(this.root.dataset.checks || 0) + 1);
    const labels = VERDICT_LABELS[report.mode] || VERDICT_LABELS.draft;
    const decidedBy = report.decided_by && report.decided_by.says;
    this.setBanner(report.verdict, report.summary, labels[report.verdict] || report.verdict, decidedBy);
    this.renderMarks(this.checkedText, report.findings);
    this.details.replaceChildren(
      ...this.renderFindings(report.findings, report.mode),
      report.action ? this.renderAction(report.action, replies) : "",
      this.renderRuleTable(report.rules),
    );
    delete this.root.dataset.pending;
  }

  setBanner(verdict, summary, label = "", decidedBy = "") {
    const key = `${verdict}\u0000${label}\u0000${summary}\u0000${decidedBy}`;
    if (key === this.lastBanner) return; // unchanged: nothing new for screen readers to announce
    this.lastBanner = key;
    if (verdict) this.banner.dataset.verdict = verdict;
    else delete this.banner.dataset.verdict;
    this.bannerText.replaceChildren(
      label ? el("strong", { class: "nc-verdict__label" }, label) : "",
      el("span", { class: "nc-verdict__summary" }, summary),
      decidedBy ? el("span", { class: "nc-verdict__why" }, `Decided by: ${decidedBy}.`) : "",
    );
    const spoken = label ? `${label}. ${summary}` : summary;
    this.announce(decidedBy ? `${spoken} Decided by: ${decidedBy}.` : spoken, verdict ? ANNOUNCE_AFTER_MS : 0);
  }

  /** Says something to screen readers after `delay` ms, unless something newer comes first. */
  announce(text, delay = 0) {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcer.textContent = text;
    }, delay);
  }

  renderFindings(findings, mode) {
    if (findings.length === 0) return [];
    const headings = SEVERITY_HEADINGS[mode] || SEVERITY_HEADINGS.draft;
    return SEVERITIES.filter((severity) => findings.some((f) => f.severity === severity)).map(
      (severity) =>
        el(
          "section",
          { class: `nc-group nc-group--${severity}` },
          el("h3", {}, headings[severity]),
          el(
            "ul",
            {},
            sameExplanations(findings.filter((f) => f.severity === severity)).map((group) =>
              this.renderFinding(group, mode),
            ),
          ),
        ),
    );
  }

  /** One finding, or several with the same explanation: the explanation is shown once. */
  renderFinding(group, mode) {
    const [finding] = group;
    const quoted = group.filter((f) => f.text && f.span);
    const where = mode === "received" ? "In this note: " : "In your note: ";
    return el(
      "li",
      { class: "nc-finding", dataset: { rule: finding.rule, severity: finding.severity } },
      el("p", { class: "nc-finding__message" }, el("strong", {}, `${finding.title}: `), finding.message),
      quoted.length
        ? el(
            "p",
            { class: "nc-finding__text" },
            where,
            ...quoted.flatMap((f, index) => [index ? ", " : "", el("q", {}, f.text)]),
          )
        : "",
      finding.suggestion
        ? el("p", { class: "nc-finding__fix" }, el("strong", {}, ADVICE_LABELS[mode] || ADVICE_LABELS.draft), finding.suggestion)
        : "",
      el("a", { class: "nc-finding__link", href: guideLink(finding.guide_path) }, `About the “${finding.title}” rule`),
    );
  }

  renderAction(action, replies) {
    const box = el(
      "section",
      { class: "nc-action", dataset: { action: action.id } },
      el("h3", {}, `What to do: ${action.label}`),
      el("p", {}, action.advice),
    );
    // Replies that fit the verdict (checker/replies.py); the engine's single reply otherwise.
    const options = Array.isArray(replies) ? replies : action.reply ? [{ id: "reply", label: "", text: action.reply }] : [];
    if (options.length === 0) return box;
    box.append(el("p", { class: "nc-reply__intro" }, options.length > 1 ? "Replies you can send:" : "A reply you can send:"));
    for (const reply of options) box.append(this.renderReply(reply));
    const link = policyLink();
    if (options.some((reply) => reply.text.includes(link.url))) {
      box.append(
        el(
          "p",
          { class: "nc-reply__source" },
          link.own
            ? "The link is your own policy page, which this browser remembers from the policy page's builder (it stays on this device). "
            : "The link goes to the general policy page. ",
          el(
            "a",
            { href: new URL("policy/#make-your-own-policy-link", SITE_ROOT).href },
            link.own ? "Change your link" : "Make your own link with your name",
          ),
          link.own ? "." : "; this browser then remembers it for these replies.",
        ),
      );
    }
    return box;
  }

  renderReply(reply) {
    const replyId = uniqueId("nc-reply");
    const copied = el("span", { class: "nc-copied", role: "status" });
    const copy = el("button", { type: "button", class: "md-button nc-copy", "aria-describedby": replyId }, "Copy the reply");
    copy.addEventListener("click", () => copyText(reply.text, copied));
    return el(
      "div",
      { class: "nc-reply-option", dataset: { reply: reply.id } },
      reply.label ? el("p", { class: "nc-reply__label", id: replyId }, reply.label) : "",
      el("blockquote", { class: "nc-reply", id: reply.label ? null : replyId }, reply.text),
      el("div", { class: "nc-reply__actions" }, copy, copied),
    );
  }

  renderRuleTable(rules) {
    const passed = rules.filter((rule) => rule.passed).length;
    const skipped = rules.filter((rule) => rule.status === "skipped").length;
    const judged = rules.length - skipped;
    // [visible mark, word for screen readers] per status
    const marks = { pass: ["✓", "Met: "], tip: ["✓", "Met: "], fail: ["✗", "Missed: "], skipped: ["–", "Not checked: "] };
    const details = el(
      "details",
      { class: "nc-rules", open: this.rulesOpen === true },
      el(
        "summary",
        {},
        `Rule by rule: ${passed} of ${judged} met` + (skipped ? ` (${skipped} not checked: the note is empty or a template)` : ""),
      ),
      el(
        "ul",
        {},
        rules.map((rule) => {
          const [mark, spoken] = marks[rule.status] || (rule.passed ? marks.pass : marks.fail);
          return el(
            "li",
            { dataset: { rule: rule.rule, passed: String(rule.passed), status: rule.status || "" } },
            el("span", { class: "nc-rules__mark", "aria-hidden": "true" }, mark),
            el("span", { class: "nc-visually-hidden" }, spoken),
            el("a", { href: guideLink(`rules/#${rule.rule}`) }, rule.title),
          );
        }),
      ),
    );
    // the list is rebuilt on every check: keep it open or closed as the visitor left it
    details.addEventListener("toggle", () => {
      this.rulesOpen = details.open;
    });
    return details;
  }

  // ----- highlights

  /** Rebuilds the layer behind the textarea: the same text, with <mark>s at the findings'
   *  UTF-16 offsets (JavaScript's string indices), so emoji before a finding shift nothing. */
  renderMarks(text, findings) {
    const spans = findings
      .filter((f) => f.span && f.span.end_utf16 > f.span.start_utf16)
      .map((f) => ({ start: f.span.start_utf16, end: Math.min(f.span.end_utf16, text.length), finding: f }))
      .filter((s) => s.start < s.end);
    const cuts = new Set([0, text.length]);
    for (const span of spans) cuts.add(span.start).add(span.end);
    const points = [...cuts].sort((a, b) => a - b);
    const nodes = [];
    for (let i = 0; i < points.length - 1; i += 1) {
      const [start, end] = [points[i], points[i + 1]];
      const covering = spans.filter((s) => s.start <= start && end <= s.end);
      const piece = text.slice(start, end);
      if (covering.length === 0) {
        nodes.push(document.createTextNode(piece));
        continue;
      }
      const worst = SEVERITIES.find((severity) => covering.some((s) => s.finding.severity === severity));
      nodes.push(
        el("mark", { class: `nc-mark nc-mark--${worst}`, dataset: { rules: covering.map((s) => s.finding.rule).join(" ") } }, piece),
      );
    }
    // A trailing newline needs something after it, or the layer ends one line short.
    nodes.push(document.createTextNode("\u200b"));
    this.backdrop.replaceChildren(...nodes);
  }

  clearStaleMarks() {
    if (this.backdrop.querySelector("mark")) this.renderMarks(this.textarea.value, []);
  }

  // ----- count and layout

  updateCount() {
    const { text, limit, mode } = this.options;
    const used = countCharacters(text);
    const over = used - limit;
    this.count.classList.toggle("nc-count--over", over > 0);
    const base = `${used} / ${limit} characters`;
    if (over > 0) {
      this.count.textContent = mode === "draft" ? `${base}: ${over} too many for LinkedIn` : `${base}: ${over} over`;
    } else {
      this.count.textContent = base;
    }
  }

  updateNameLabel() {
    const received = this.options.mode === "received";
    this.nameLabel.textContent = received
      ? "Your first name, as you spell it (optional)"
      : "Their first name, as they spell it (optional)";
    const first = this.nameInput.value.trim().split(/\s+/)[0].slice(0, 40) || "Ada";
    this.textarea.placeholder = received ? "Paste the note you received" : `Hi ${first}, we met at ...`;
  }

  fitHeight() {
    this.textarea.style.height = "auto";
    this.textarea.style.height = `${this.textarea.scrollHeight + 2}px`;
  }

  // ----- lifecycle

  get connected() {
    return this.root.isConnected;
  }
}

async function copyText(text, statusElement) {
  try {
    await navigator.clipboard.writeText(text);
    statusElement.textContent = "Copied.";
  } catch {
    statusElement.textContent = "Copying was blocked: select the reply and copy it by hand.";
  }
  setTimeout(() => {
    statusElement.textContent = "";
  }, 4000);
}

// ------------------------------------------------------------------------------ page changes

/** Mounts new widgets, forgets those that left the page, and stops the worker when no page
 *  holds a checker any more (navigation.instant keeps this module alive between pages). */
function syncWithPage() {
  for (const widget of [...runtime.widgets]) {
    if (!widget.connected) runtime.widgets.delete(widget);
  }
  for (const root of document.querySelectorAll(".note-checker:not(.nc-mounted)")) {
    const widget = new NoteChecker(root);
    runtime.widgets.add(widget);
    widget.showRuntimeState(runtime.state);
    if (widget.touched) widget.checkNow(); // a preset note is checked without waiting
  }
  const widgets = [...runtime.widgets];
  if (widgets.some((widget) => !widget.onIntent)) startWorker();
  else if (widgets.length > 0) {
    // only on-intent widgets: wait for the visitor (a worker already running stays)
  } else if (runtime.worker) {
    stopWorker();
    runtime.state = { phase: "idle" };
  }
}

syncWithPage();
// Material for MkDocs replays the current document to new subscribers and emits each page
// reached through navigation.instant.
if (typeof window.document$ === "object" && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(() => syncWithPage());
}
// A turned phone or a resized window rewraps the note: refit the fields to their text.
window.addEventListener("resize", () => {
  for (const widget of runtime.widgets) widget.fitHeight();
});
// For the browser tests and the benchmark: round-trip time of a widget's last check.
window.noteCheckerRoundTrips = () => [...runtime.widgets].map((widget) => widget.lastRoundTripMs);
