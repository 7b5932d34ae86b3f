// One checker widget on the page: its form, the verdict banner, and the report below. It asks
// the shared worker (client.js) for a check as the visitor types, and shows only the answer to
// the note as it is now.
//
// Safety: the visitor's text and the report's strings are only ever put in the page as text.

import { CheckerStopped, checkNote, checkerState, startChecker } from "./client.js";
import { clearStoredSnapshot, storedSnapshotBytes } from "./snapshot-store.js";
import { countCharacters, el, uniqueId } from "./dom.js";
import { buildForm, countLine, nameWording } from "./form.js";
import { renderMarks } from "./marks.js";
import { copyText, fitHeight, sitePath } from "./page.js";
import { renderAction, renderFindings, renderRuleTable } from "./report.js";
import { loadError, progressLine, readyLine, startOffer } from "./status.js";
import { policyLink, presetsFromQuery, saveDraft, saveLimit, savedDraft, savedLimit } from "./storage.js";
import { wording } from "./wording.js";

const DEBOUNCE_MS = 150;
const ANNOUNCE_AFTER_MS = 1200; // a pause in typing this long means the verdict is worth hearing
export const PRESET_ATTRIBUTES = ["data-mode", "data-limit", "data-name", "data-text", "data-fixed"];

export class NoteChecker {
  /** `retry` restarts the shared worker after a failed load ("Try again"). */
  constructor(root, { retry }) {
    this.root = root;
    this.retry = retry;
    this.latestRequest = 0;
    this.touched = false;
    this.rulesOpen = false;
    this.lastBanner = "";
    // data-load="on-intent": Python is fetched only once the visitor turns to the checker (the
    // policy page, which most visitors only read, often on a phone's data plan).
    this.onIntent = root.dataset.load === "on-intent";
    const fromAddress = root.dataset.fromUrl !== undefined ? presetsFromQuery(location.search, wording) : {};
    Object.assign(root.dataset, fromAddress);
    this.restoreDraft(fromAddress);
    this.build();
  }

  /** The note this tab was writing here before (Back from a rule's page), unless the page or
   *  its address brings a note of its own. A name or mode from the address, or a mode the page
   *  has fixed, still wins. */
  restoreDraft(fromAddress) {
    const preset = this.root.dataset;
    const draft = preset.text === undefined ? savedDraft(location.pathname) : null;
    if (!draft || draft.text === "") return;
    preset.text = draft.text;
    if (preset.name === undefined) preset.name = draft.name;
    const modeFixed = (preset.fixed || "").split(/\s+/).includes("mode");
    if (fromAddress.mode === undefined && !modeFixed) preset.mode = draft.mode;
  }

  rememberDraft() {
    const { text, name, mode } = this.options;
    saveDraft(location.pathname, { text, name: name || "", mode });
  }

  get limits() {
    return wording.limits.map((choice) => choice.value);
  }

  build() {
    const preset = this.root.dataset;
    const mode = preset.mode === "received" ? "received" : "draft";
    // a page's own limit first (a policy link's), then the visitor's last choice, then the default
    const ownLimit = this.limits.map(String).includes(preset.limit) ? preset.limit : null;
    const limit = ownLimit || savedLimit(this.limits) || String(wording.default_limit);
    Object.assign(this, buildForm(uniqueId("note-checker"), { mode, limit, limits: wording.limits }));
    this.status = el("div", { class: "nc-status", role: "status" });
    // The banner is a live region, but screen readers hear the verdict once it has settled, not
    // every flip while the visitor types: the visible part is hidden from them, and the hidden
    // announcer beside it is updated after a pause.
    this.bannerText = el("span", { class: "nc-verdict__text", "aria-hidden": "true" });
    this.announcer = el("span", { class: "nc-visually-hidden" });
    this.banner = el("div", { class: "nc-verdict", "aria-live": "polite" }, this.bannerText, this.announcer);
    this.details = el("div", { class: "nc-details" });
    this.root.replaceChildren(
      ...this.root.querySelectorAll("noscript"),
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
   *  changes them (the policy page fills in a name from its link; the composer a draft). */
  applyPresets() {
    const preset = this.root.dataset;
    if (wording.modes.includes(preset.mode)) this.radio("mode", preset.mode).checked = true;
    if (this.limits.map(String).includes(preset.limit)) this.radio("limit", preset.limit).checked = true;
    if (preset.name !== undefined) this.nameInput.value = preset.name;
    if (preset.text !== undefined) {
      this.textarea.value = preset.text;
      this.touched = this.touched || preset.text !== "";
    }
    // data-fixed="mode limit": switches the page has settled, hidden (a policy page's sender)
    const fixed = (preset.fixed || "").split(/\s+/);
    for (const name of ["mode", "limit"]) {
      this.form.querySelector(`input[name=${name}]`).closest("fieldset").hidden = fixed.includes(name);
    }
    this.updateNameLabel();
    this.updateCount();
    fitHeight(this.textarea);
  }

  radio(name, value) {
    return this.form.querySelector(`input[name=${name}][value="${value}"]`);
  }

  listen() {
    new MutationObserver(() => {
      this.applyPresets();
      this.checkNow();
    }).observe(this.root, { attributes: true, attributeFilter: PRESET_ATTRIBUTES });
    this.form.addEventListener("submit", (event) => event.preventDefault());
    this.form.addEventListener("focusin", () => {
      if (this.onIntent && checkerState().phase === "idle") startChecker();
    });
    this.form.addEventListener("input", () => this.rememberDraft());
    this.textarea.addEventListener("input", () => {
      this.touched = true;
      this.updateCount();
      fitHeight(this.textarea);
      if (this.backdrop.querySelector("mark")) this.renderMarks(this.textarea.value, []);
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
      this.rememberDraft();
      this.touched = true;
      this.updateNameLabel();
      this.updateCount();
      this.checkNow();
    });
    this.copyNote.addEventListener("click", () => copyText(this.textarea.value, this.copiedNote, "the note"));
    this.textarea.addEventListener("scroll", () => {
      this.backdrop.scrollTop = this.textarea.scrollTop;
    });
  }

  get options() {
    const data = new FormData(this.form);
    const limit = Number(data.get("limit"));
    return {
      text: this.textarea.value,
      name: this.nameInput.value.trim() || null,
      mode: data.get("mode") === "received" ? "received" : "draft",
      limit: this.limits.includes(limit) ? limit : wording.default_limit,
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

  async checkNow() {
    clearTimeout(this.debounceTimer);
    const options = this.options;
    if (!this.touched && options.text === "") {
      this.showIdle();
      return;
    }
    if (checkerState().phase === "error") {
      delete this.root.dataset.pending; // only "Try again" restarts a failed load
      return;
    }
    const request = ++this.latestRequest;
    const policy = options.mode === "received" ? this.policyLink() : null;
    this.root.dataset.pending = "";
    if (checkerState().phase !== "ready") this.setBanner(null, "Your note is checked as soon as the checker has loaded.");
    try {
      const answer = await checkNote({ ...options, policyUrl: policy?.url });
      if (request === this.latestRequest) this.showReport(answer, options.text, policy);
    } catch (error) {
      if (request !== this.latestRequest) return; // a note that has changed since
      delete this.root.dataset.pending;
      if (!(error instanceof CheckerStopped) && checkerState().phase !== "error") {
        this.setBanner(null, `This note could not be checked: ${error.message}`);
      }
    }
  }

  policyLink() {
    return policyLink(sitePath(wording.policy_path));
  }

  // ----- the worker's state

  showRuntimeState(state) {
    this.root.dataset.state = state.phase;
    const line = this.status.firstElementChild;
    if (state.phase === "loading" && line?.dataset.stage === state.stage) line.update(state);
    else if (state.phase === "loading") this.status.replaceChildren(progressLine(state));
    else if (state.phase === "error") this.status.replaceChildren(loadError(state.message, this.onIntent, this.retry));
    else if (state.phase === "idle" && this.onIntent) {
      this.status.replaceChildren(
        startOffer(() => {
          startChecker();
          this.textarea.focus(); // the button is gone with this line: the note is where they go next
        }, wording.download),
      );
    } else if (state.phase === "ready") {
      this.status.replaceChildren(readyLine());
      this.showStoredSnapshot();
      if (this.wasLoading) this.announce("The checker is ready.");
    } else this.status.replaceChildren();
    this.wasLoading = state.phase === "loading";
  }

  /** On the ready line, the snapshot this browser keeps for a faster next visit (snapshot.js),
   *  and "Clear". Runs when the checker becomes ready and when the worker stores a snapshot. */
  async showStoredSnapshot() {
    const bytes = await storedSnapshotBytes().catch(() => 0);
    const ready = this.status.querySelector(".nc-ready");
    if (ready) ready.showStored(bytes, clearStoredSnapshot);
  }

  // ----- results

  showIdle() {
    delete this.root.dataset.pending;
    this.setBanner(null, "Type or paste a note; the verdict shows up here as you type.");
    this.details.replaceChildren();
    this.renderMarks(this.textarea.value, []);
  }

  showReport({ report, replies, roundTripMs }, checkedText, policy) {
    this.lastRoundTripMs = roundTripMs;
    this.root.dataset.checks = String(Number(this.root.dataset.checks || 0) + 1);
    const verdict = wording.verdicts[report.verdict];
    const decidedBy = report.decided_by && report.decided_by.says;
    this.setBanner(report.verdict, report.summary, verdict ? verdict.name : report.verdict, decidedBy);
    this.renderMarks(checkedText, report.findings);
    this.details.replaceChildren(
      ...renderFindings(report.findings, report.mode),
      report.action ? renderAction(report.action, replies, policy || this.policyLink()) : "",
      renderRuleTable(report.rules, report.not_checked, this.rulesOpen, (open) => {
        this.rulesOpen = open; // the table is rebuilt on every check: keep it as the visitor left it
      }),
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

  renderMarks(text, findings) {
    renderMarks(this.backdrop, text, findings, wording.severities);
  }

  updateCount() {
    const { text, limit, mode } = this.options;
    const used = countCharacters(text);
    this.count.classList.toggle("nc-count--over", used > limit);
    this.count.textContent = countLine(used, limit, mode);
  }

  updateNameLabel() {
    const { label, placeholder } = nameWording(this.options.mode, this.nameInput.value);
    this.nameLabel.textContent = label;
    this.textarea.placeholder = placeholder;
  }

  get connected() {
    return this.root.isConnected;
  }
}
