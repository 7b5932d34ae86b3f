// The line above the checker's form: loading progress, ready, a failed load, or (on a page that
// loads Python only when asked) the offer to start. Loading and ready take one line each.

import { el } from "./dom.js";
import { STAGES } from "./protocol.js";

const STAGE_TEXTS = {
  downloading: "Downloading Python for your browser (up to 15 MB the first time; your browser keeps it for later visits)",
  starting: "Starting Python",
  "loading-checker": "Loading the checker",
};

export function progressLine(stage) {
  const step = Math.max(STAGES.indexOf(stage), 0) + 1;
  return el(
    "div",
    { class: "nc-progress" },
    el("progress", { max: STAGES.length, value: step, "aria-label": "Loading the checker" }),
    el("span", {}, `Step ${step} of ${STAGES.length}: ${STAGE_TEXTS[STAGES[step - 1]]}…`),
  );
}

export function readyLine() {
  return el("p", { class: "nc-progress nc-ready" }, el("span", {}, "Ready: the checker runs in this browser."));
}

/** A failed load, and "Try again" (`retry`). */
export function loadError(message, onIntent, retry) {
  const button = el("button", { type: "button", class: "md-button nc-retry" }, "Try again");
  button.addEventListener("click", retry);
  return el(
    "div",
    { class: "nc-error", role: "alert" },
    el("strong", {}, "The checker could not start in this browser"),
    ` (${message}). `,
    "The rest of this page works as usual: the rules in the guide are the same ones the checker uses. ",
    "Try again, or another browser",
    ...(onIntent
      ? [". "]
      : ["; on a computer, the command line checks notes too: ", el("code", {}, "python -m checker"), ". "]),
    button,
  );
}

/** The offer to start Python on a page that waits to be asked; `start` does it. */
export function startOffer(start) {
  const button = el("button", { type: "button", class: "md-button nc-start" }, "Start the checker");
  button.addEventListener("click", start);
  return el(
    "p",
    { class: "nc-waiting" },
    "The checker starts when you click into the note: it runs Python in your browser, a one-time download of about 9 MB. ",
    button,
  );
}
