// The policy page's builder: the visitor's settings in, their policy link out, with a line for
// their profile and a reply to send, each ready to copy, and a preview of their page.
//
// It saves the visitor's own link in this browser (storage.js, never sent anywhere), so the
// checker's replies can offer it.

import { countCharacters, el, uniqueId } from "../checker/dom.js";
import { SITE_ROOT, copyText, fitHeight, sitePath } from "../checker/page.js";
import { forgetPolicy, savePolicy, savedPolicy } from "../checker/storage.js";
import { headsUpReply, wording } from "../checker/wording.js";
import {
  ASKS,
  DEFAULT_ASKS,
  MAX_MESSAGE,
  MAX_NAME,
  aboutLine,
  askTexts,
  buildPolicyLink,
  cleanName,
  cleanText,
  limitSentence,
  parsePolicy,
} from "./link.js";

const SAVE_AFTER_MS = 250; // saved once typing pauses, not on every key

/** The policy page's absolute address, wherever the site is published. */
export function policyPageUrl() {
  return sitePath(wording.policy_path);
}

export function limitValues() {
  return wording.limits.map(({ value }) => value);
}

export function limitNumbers() {
  return { free: wording.free_limit, premium: wording.premium_limit };
}

export class PolicyBuilder {
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
    const { free_limit: free, premium_limit: premium } = wording;
    const choices = [
      [String(free), `${free} characters: fits every account`],
      [String(premium), `${premium} characters: for senders with Premium`],
    ];
    return el(
      "fieldset",
      { class: "tmn-builder__choice" },
      el("legend", {}, "How long may a note be?"),
      choices.map(([value, label]) =>
        el(
          "label",
          {},
          el("input", { type: "radio", name: "owner-limit", value, checked: value === String(free) }),
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

  /** A read-only field to copy from; `copied` names it in the status line ("your link"). */
  output(label, name, multiline, copied, hint = "") {
    const id = uniqueId("tmn-builder-output");
    const describedBy = hint ? `${id}-hint` : null;
    const field = multiline
      ? el("textarea", { id, name, readonly: true, rows: 2, "aria-describedby": describedBy })
      : el("input", { id, name, type: "text", readonly: true, "aria-describedby": describedBy });
    const copy = el("button", { type: "button", class: "md-button tmn-builder__copy" }, `Copy`);
    copy.setAttribute("aria-label", `Copy: ${label}`);
    copy.addEventListener("click", () => copyText(field.value, this.status, copied));
    field.addEventListener("focus", () => field.select());
    return {
      field,
      block: el(
        "div",
        { class: "tmn-builder__output" },
        el("label", { for: id }, label),
        hint ? el("p", { class: "tmn-builder__hint", id: describedBy }, hint) : "",
        el("div", { class: "tmn-builder__row" }, field, copy),
      ),
    };
  }

  buildOutputs() {
    const link = this.output("Your link", "policy-link", false, "your link");
    const about = this.output(
      "A line for your profile",
      "policy-about",
      true,
      "the line for your profile",
      "Paste it into your About section. LinkedIn may show the address there as plain text, so add your link to your Featured section or to Contact info too, where it can be clicked.",
    );
    const reply = this.output("A reply to a request without a note", "policy-reply", true, "the reply");
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
      forgetPolicy();
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
      limit: wording.limits.some(({ value }) => value === limit) ? limit : null,
      asks: ASKS.map((ask) => ask.id).filter((ask) => data.getAll("owner-ask").includes(ask)),
      message: cleanText(this.messageInput.value, MAX_MESSAGE, { multiline: true }),
    };
  }

  restore() {
    const saved = savedPolicy();
    let policy;
    try {
      policy = parsePolicy(new URL(saved.link, SITE_ROOT).search, limitValues());
    } catch {
      return; // nothing saved, or not a link: start from the defaults
    }
    this.nameInput.value = policy.name;
    this.messageInput.value = policy.message;
    for (const input of this.form.querySelectorAll("input[name=owner-limit]")) {
      input.checked = Number(input.value) === (policy.limit || wording.free_limit);
    }
    for (const input of this.form.querySelectorAll("input[name=owner-ask]")) {
      // a link without asks asks for what the general page lists
      input.checked = (policy.asks.length ? policy.asks : DEFAULT_ASKS).includes(input.value);
    }
    this.saved = true;
  }

  update({ save: shouldSave = true } = {}) {
    const policy = this.policy;
    const link = buildPolicyLink(policy, policyPageUrl());
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
        if (policy.name) this.saved = savePolicy(policy, link);
        this.showStorage();
      }, SAVE_AFTER_MS);
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
      el("p", { class: "tmn-policy-limit" }, limitSentence(policy.limit, limitNumbers()) || ""),
      el("p", { class: "tmn-builder__more" }, "…then why, how to add a note, and a checker preset with your name."),
    );
  }
}
