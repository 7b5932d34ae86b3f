// The line above the checker's form: loading progress, ready, a failed load, or (on a page that
// loads Python only when asked) the offer to start. Loading and ready take one line each.

import { el } from "./dom.js";
import { STAGES } from "./protocol.js";

const STAGE_TEXTS = {
  downloading: "Downloading Python for your browser",
  starting: "Starting Python",
  "loading-checker": "Loading the checker",
};

/** "5.6 MB", "840 kB". */
export function megabytes(bytes) {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

/** The progress bar's share while downloading: bytes so far of all, as {value, max, percent}. */
export function downloadShare(loaded, total) {
  if (!(total > 0)) return null;
  const value = Math.min(Math.max(loaded || 0, 0), total);
  return { value, max: total, percent: Math.floor((100 * value) / total) };
}

/** The loading line. Its text changes with the stage only (it is a live region); the bar and
 *  the percentage beside it follow the bytes. `update(state)` moves them in place. */
export function progressLine(state) {
  const bar = el("progress", { "aria-label": "Loading the checker" });
  const percent = el("span", { class: "nc-progress__percent", "aria-hidden": "true" });
  const line = el("div", { class: "nc-progress", dataset: { stage: state.stage } }, bar, el("span", {}, stageText(state)), percent);
  line.update = (next) => {
    const share = next.stage === STAGES[0] ? downloadShare(next.loaded, next.total) : null;
    const step = Math.max(STAGES.indexOf(next.stage), 0) + 1;
    bar.max = share ? share.max : STAGES.length;
    bar.value = share ? share.value : step;
    percent.textContent = share ? `${share.percent}%` : "";
  };
  line.update(state);
  return line;
}

function stageText({ stage, total }) {
  const step = Math.max(STAGES.indexOf(stage), 0) + 1;
  const size = stage === STAGES[0] && total > 0 ? ` (${megabytes(total)} the first time; your browser keeps it)` : "";
  return `Step ${step} of ${STAGES.length}: ${STAGE_TEXTS[STAGES[step - 1]]}${size}…`;
}

/** "Ready", and what the browser keeps for a faster next visit, with a button to clear it.
 *  `stored` ({bytes, clear}) is filled in by `line.showStored()` once its size is known. */
export function readyLine() {
  const stored = el("span", { class: "nc-stored" });
  const line = el("p", { class: "nc-progress nc-ready" }, el("span", {}, "Ready: the checker runs in this browser."), stored);
  line.showStored = (bytes, clear) => {
    if (!(bytes > 0)) {
      stored.replaceChildren();
      return;
    }
    const button = el("button", { type: "button", class: "nc-clear-snapshot" }, "Clear");
    button.addEventListener("click", async () => {
      await clear();
      stored.replaceChildren("Cleared: the next visit starts Python afresh.");
    });
    stored.replaceChildren(`Stored for speed: ${megabytes(bytes)} · `, button);
  };
  return line;
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

/** The offer to start Python on a page that waits to be asked; `start` does it. `download`:
 *  this build's size of it, {bytes, gzip_bytes} (wording.json). */
export function startOffer(start, download) {
  const button = el("button", { type: "button", class: "md-button nc-start" }, "Start the checker");
  button.addEventListener("click", start);
  return el(
    "p",
    { class: "nc-waiting" },
    `The checker starts when you click into the note: it runs Python in your browser, a one-time download of about ${megabytes(download.gzip_bytes)}. `,
    button,
  );
}
