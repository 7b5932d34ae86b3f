// The checker's form: who wrote the note, the length limit, the name, and the note itself over
// its highlight layer. Only structure and wording here; view.js brings it to life.

import { el } from "./dom.js";

/** A group of radio buttons: [value, label] choices, `checked` on. */
export function radioGroup(name, legend, checked, choices) {
  return el(
    "fieldset",
    { class: "nc-choice" },
    el("legend", {}, legend),
    choices.map(([value, label]) =>
      el("label", {}, el("input", { type: "radio", name, value, checked: value === checked }), el("span", {}, label)),
    ),
  );
}

/** The form's elements, for a widget whose ids start with `id`; `limits` are the choices of
 *  length limit ([{value, label}], from wording.json). */
export function buildForm(id, { mode, limit, limits }) {
  const ids = { note: `${id}-note`, name: `${id}-name`, count: `${id}-count`, hint: `${id}-hint` };
  const parts = {
    nameLabel: el("label", { for: ids.name }),
    nameInput: el("input", {
      id: ids.name,
      name: "name",
      type: "text",
      autocomplete: "off",
      spellcheck: "false",
      placeholder: "Ada",
    }),
    backdrop: el("div", { class: "nc-backdrop", "aria-hidden": "true" }),
    textarea: el("textarea", {
      id: ids.note,
      name: "note",
      rows: 4,
      spellcheck: "true",
      "aria-describedby": `${ids.count} ${ids.hint}`,
      placeholder: "Hi Ada, we met at ...",
    }),
    count: el("span", { class: "nc-count", id: ids.count }),
    copyNote: el("button", { type: "button", class: "md-button nc-copy-note" }, "Copy the note"),
    copiedNote: el("span", { class: "nc-note-copied", role: "status" }),
  };
  parts.form = el(
    "form",
    { class: "nc-form", "aria-label": "Check a connection note" },
    el(
      "div",
      { class: "nc-options" },
      radioGroup("mode", "Who wrote the note?", mode, [
        ["draft", "I'm writing it"],
        ["received", "I received it"],
      ]),
      radioGroup(
        "limit",
        "Note length limit",
        String(limit),
        limits.map((choice) => [String(choice.value), choice.label]),
      ),
    ),
    el("div", { class: "nc-field" }, parts.nameLabel, parts.nameInput),
    el(
      "div",
      { class: "nc-field" },
      el("label", { for: ids.note }, "The note"),
      el("div", { class: "nc-editor" }, parts.backdrop, parts.textarea),
      el(
        "div",
        { class: "nc-meta" },
        parts.count,
        el("span", { class: "nc-hint", id: ids.hint }, "Marked words have a finding below. Your note stays in this browser."),
      ),
      el("div", { class: "nc-note-actions" }, parts.copyNote, parts.copiedNote),
    ),
  );
  return parts;
}

/** "212 / 200 characters: 12 too many for LinkedIn": the counter under the note. */
export function countLine(used, limit, mode) {
  const base = `${used} / ${limit} characters`;
  const over = used - limit;
  if (over <= 0) return base;
  return mode === "draft" ? `${base}: ${over} too many for LinkedIn` : `${base}: ${over} over`;
}

/** The name field's label and the note's placeholder, which depend on who wrote the note. */
export function nameWording(mode, name) {
  const first = name.trim().split(/\s+/)[0].slice(0, 40) || "Ada";
  return mode === "received"
    ? { label: "Your first name, as you spell it (optional)", placeholder: "Paste the note you received" }
    : { label: "Their first name, as they spell it (optional)", placeholder: `Hi ${first}, we met at ...` };
}
