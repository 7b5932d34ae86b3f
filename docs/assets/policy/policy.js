// The policy page (/policy/): personalised by its own address (link.js reads it), and the
// builder that makes such addresses (builder.js).
//
// Safety: whatever the address holds is cleaned and capped by link.js and put in the page as
// text (textContent), never as HTML.

import { el } from "../checker/dom.js";
import { onEveryPage } from "../checker/page.js";
import { wording } from "../checker/wording.js";
import { PolicyBuilder, limitNumbers, limitValues } from "./builder.js";
import { askTexts, hasSettings, limitSentence, parsePolicy } from "./link.js";

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
  const personal = hasSettings(policy);
  slot("general").hidden = personal;
  document.documentElement.classList.toggle("tmn-personal", personal); // early.js guessed it

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
  const limitLine = limitSentence(policy.limit, limitNumbers());
  if (limitLine) slot("limit-line").textContent = limitLine;
  presetChecker(policy);
}

/** Hands the owner's name and limit to the checker on the page, mounted yet or not. */
function presetChecker(policy) {
  const root = document.querySelector(".note-checker");
  const preset = {};
  if (policy.name) preset.name = policy.name;
  if (policy.limit) {
    preset.limit = String(policy.limit);
    preset.fixed = "mode limit"; // the owner chose it: the sender has nothing to switch
  }
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

// ------------------------------------------------------------------------------ page changes

function syncWithPage() {
  if (!slot("owner") || !wording) return; // not the policy page, or the wordings are missing
  showPolicy(parsePolicy(location.search, limitValues()));
  for (const root of document.querySelectorAll(".tmn-policy-builder:not([data-mounted])")) {
    root.dataset.mounted = "";
    new PolicyBuilder(root);
  }
}

// navigation.instant: read the address again on every page.
onEveryPage(syncWithPage);
