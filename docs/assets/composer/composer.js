// The note composer on the checker page: a few facts in, a draft note out. The draft comes from
// checker/compose.py, run by the checker's own worker (client.js), so it always fits the
// chosen limit and is checked like any note. It lands in the checker's text area, where the
// visitor edits it freely.
//
// Markup: <div class="note-composer"></div> on a page that also holds a <div class="note-checker">
// (the checker page, and the policy page for whoever is about to write to its owner).
// Everything the visitor types is put in the page as text only (textContent), never as HTML.

import { composeNote, relationshipOptions } from "../checker/client.js";
import { countCharacters, el, uniqueId } from "../checker/dom.js";
import { onEveryPage } from "../checker/page.js";
import { wording } from "../checker/wording.js";
import { whatWasCut } from "./said.js";

// How much each field takes. A detail or reason longer than this cannot fit any note anyway.
const FIELD_CAPS = { name: 80, detail: 180, reason: 180, about: 120 };

let choices = null; // the relationship options, asked of the worker once it is ready

function loadChoices() {
  if (!choices) {
    choices = relationshipOptions().catch((error) => {
      choices = null; // ask again next time (after "Try again" in the checker, say)
      throw error;
    });
  }
  return choices;
}

class NoteComposer {
  constructor(root) {
    this.root = root;
    this.options = [];
    this.build();
    // Beside a checker that loads Python only when asked, so does the composer: when opened.
    if (this.checkerRoot?.dataset.load !== "on-intent") this.showChoices();
  }

  field(key, label, attributes, hint) {
    const input = el(attributes.rows ? "textarea" : "input", {
      id: this.ids[key],
      name: `compose-${key}`,
      type: attributes.rows ? null : "text",
      "aria-describedby": hint ? `${this.ids[key]}-hint` : null,
      ...attributes,
    });
    return {
      input,
      block: el(
        "div",
        { class: "ncc-field" },
        el("label", { for: this.ids[key] }, label),
        input,
        hint ? el("span", { class: "ncc-hint", id: `${this.ids[key]}-hint` }, hint) : "",
      ),
    };
  }

  build() {
    const id = uniqueId("note-composer");
    const fieldId = (key) => `${id}-${key}-field`;
    this.ids = { name: fieldId("name"), detail: fieldId("detail"), reason: fieldId("reason"), about: fieldId("about") };
    const name = this.field("name", "Their first name, as they spell it", {
      required: true,
      autocomplete: "off",
      spellcheck: "false",
      maxlength: FIELD_CAPS.name,
      placeholder: "Ada",
    });
    const detail = this.field("detail", "The specific detail", { required: true, maxlength: FIELD_CAPS.detail }, "Pick how you know them first.");
    const reason = this.field(
      "reason",
      "Why you'd like to connect (optional)",
      { maxlength: FIELD_CAPS.reason, placeholder: "compare notes on accessible forms" },
      "Leave it empty for a friendly default that fits how you know them.",
    );
    const about = this.field(
      "about",
      "Who you are, in a few words (optional)",
      { maxlength: FIELD_CAPS.about, placeholder: "a product designer at a small charity" },
      "Used when they may not know you: you know their work, or someone referred you.",
    );
    [this.nameInput, this.detailInput, this.reasonInput, this.aboutInput] = [name, detail, reason, about].map(
      (item) => item.input,
    );
    this.detailLabel = detail.block.querySelector("label");
    this.detailHint = detail.block.querySelector(".ncc-hint");
    this.relationships = el(
      "fieldset",
      { class: "ncc-choice ncc-relationships" },
      el("legend", {}, "How do you know them?"),
      el("p", { class: "ncc-hint" }, "Waiting for the checker below to load…"),
    );
    const limit = el(
      "fieldset",
      { class: "ncc-choice" },
      el("legend", {}, "Note length limit"),
      wording.limits.map(({ value, label }) =>
        el("label", {}, el("input", { type: "radio", name: "compose-limit", value }), el("span", {}, label)),
      ),
    );
    this.submit = el("button", { type: "submit", class: "md-button md-button--primary", disabled: true }, "Write my draft");
    this.status = el("div", { class: "ncc-status", role: "status", id: `${id}-status` });
    this.form = el(
      "form",
      { class: "ncc-form", "aria-label": "Compose a draft note", novalidate: true },
      name.block,
      this.relationships,
      detail.block,
      reason.block,
      about.block,
      limit,
      el("div", { class: "ncc-actions" }, this.submit),
      this.status,
    );
    this.details = el(
      "details",
      { class: "ncc" },
      el("summary", {}, "Not sure what to write? Let the composer draft a note"),
      el(
        "p",
        { class: "ncc-intro" },
        "Tell it who the note is for and how you know them. It writes a short draft that fits the limit " +
          "and puts it in the checker below, where you can change every word.",
      ),
      this.form,
    );
    this.root.replaceChildren(this.details);
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.write();
    });
    this.form.addEventListener("change", (event) => {
      if (event.target.name === "compose-relationship") this.showDetailQuestion();
    });
    this.details.addEventListener("toggle", () => {
      if (!this.details.open) return;
      this.syncLimitWithChecker();
      if (!this.asked) this.showChoices();
    });
    this.syncLimitWithChecker();
  }

  get checkerRoot() {
    return document.querySelector(".note-checker");
  }

  /** Starts from the limit the checker is set to. */
  syncLimitWithChecker() {
    const checked = this.checkerRoot?.querySelector("input[name=limit]:checked");
    const value = checked ? checked.value : String(wording.default_limit);
    for (const radio of this.form.querySelectorAll("input[name=compose-limit]")) radio.checked = radio.value === value;
  }

  async showChoices() {
    this.asked = true;
    try {
      this.options = await loadChoices();
    } catch (error) {
      this.relationships.lastChild.textContent = `The composer needs the checker, which could not start (${error.message}).`;
      this.retryWhenCheckerIsReady();
      return;
    }
    // A new fieldset rather than new children: Chromium may not lay out a fieldset whose
    // legend was replaced (it collapsed to nothing in a grid).
    const fieldset = el(
      "fieldset",
      { class: "ncc-choice ncc-relationships" },
      el("legend", {}, "How do you know them?"),
      el(
        "div",
        { class: "ncc-options" },
        this.options.map((option, index) =>
          el(
            "label",
            {},
            el("input", { type: "radio", name: "compose-relationship", value: option.id, required: true, checked: index === 0 }),
            el("span", {}, option.label),
          ),
        ),
      ),
    );
    this.relationships.replaceWith(fieldset);
    this.relationships = fieldset;
    this.submit.disabled = false;
    this.root.dataset.ready = "";
    this.showDetailQuestion();
  }

  /** After the checker's "Try again" works, ask for the choices again. */
  retryWhenCheckerIsReady() {
    const root = this.checkerRoot;
    if (!root) return;
    const watcher = new MutationObserver(() => {
      if (root.dataset.state !== "ready") return;
      watcher.disconnect();
      this.relationships.lastChild.textContent = "Waiting for the checker below to load…";
      this.showChoices();
    });
    watcher.observe(root, { attributes: true, attributeFilter: ["data-state"] });
  }

  get relationship() {
    const checked = this.form.querySelector("input[name=compose-relationship]:checked");
    return this.options.find((option) => option.id === checked?.value) || null;
  }

  showDetailQuestion() {
    const option = this.relationship;
    if (!option) return;
    this.detailLabel.textContent = option.detail_label;
    this.detailInput.placeholder = option.detail_example;
    this.detailHint.textContent = `For example: ${option.detail_example}`;
  }

  /** The first empty required field, focused, with a word on what it needs. */
  missingField() {
    if (!this.nameInput.value.trim()) return [this.nameInput, "Add their first name, spelled as they spell it."];
    if (!this.detailInput.value.trim()) {
      return [this.detailInput, `Add the detail: ${this.relationship?.detail_label || "how you know them"}`];
    }
    return null;
  }

  async write() {
    const missing = this.missingField();
    for (const input of [this.nameInput, this.detailInput]) {
      input.removeAttribute("aria-invalid");
      input.removeAttribute("aria-errormessage");
    }
    if (missing) {
      const [input, message] = missing;
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-errormessage", this.status.id);
      this.say(message, "error");
      input.focus();
      return;
    }
    const chosen = Number(new FormData(this.form).get("compose-limit"));
    const limit = wording.limits.some(({ value }) => value === chosen) ? chosen : wording.default_limit;
    const name = this.nameInput.value.trim();
    this.submit.disabled = true;
    this.say("Writing…");
    let draft;
    try {
      draft = await composeNote({
        relationship: this.relationship.id,
        name,
        detail: this.detailInput.value,
        reason: this.reasonInput.value,
        about: this.aboutInput.value,
        limit,
      });
    } catch (error) {
      this.showError(error.message);
      return;
    } finally {
      this.submit.disabled = false;
    }
    this.place(draft, name, limit);
  }

  /** The composer's own answer ("The detail is too long…") is shown as it is, on the field it
   *  names; anything else (the checker could not start) gets a word of context. */
  showError(message) {
    const field = { name: this.nameInput, detail: this.detailInput }[message.match(/^The (name|detail) /)?.[1]];
    if (!field) {
      this.say(`The composer could not write a draft: ${message}.`, "error");
      return;
    }
    field.setAttribute("aria-invalid", "true");
    field.setAttribute("aria-errormessage", this.status.id);
    this.say(message.endsWith(".") ? message : `${message}.`, "error");
    field.focus();
  }

  /** Shows a line under the form; an error looks like one, and the field it names points to it. */
  say(text, kind = "ok") {
    this.status.textContent = text;
    this.status.dataset.kind = kind;
  }

  /** Puts the draft in the checker (which checks it at once) and says what was cut. */
  place(draft, name, limit) {
    const root = this.checkerRoot;
    if (!root) return;
    // widget.js watches these attributes: the form follows them and the note is checked.
    Object.assign(root.dataset, { mode: "draft", limit: String(limit), name, text: draft.text });
    const said = [`Your draft is in the checker below (${countCharacters(draft.text)} of ${limit} characters). Change anything you like.`];
    if (draft.shortened.length > 0) {
      said.push(whatWasCut(draft.shortened));
    }
    if (draft.report.verdict !== "personal") said.push("The checker still finds something to fix: see its advice.");
    this.say(said.join(" "));
    this.root.dataset.composed = draft.report.verdict;
    const note = root.querySelector("textarea[name=note]");
    if (note) {
      note.focus({ preventScroll: true });
      const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      note.scrollIntoView({ block: "center", behavior: still ? "auto" : "smooth" });
    }
  }
}

function mountComposers() {
  if (!wording) return; // the checker below says why it cannot start
  for (const root of document.querySelectorAll(".note-composer:not([data-mounted])")) {
    root.dataset.mounted = "";
    new NoteComposer(root);
  }
}

onEveryPage(mountComposers);
