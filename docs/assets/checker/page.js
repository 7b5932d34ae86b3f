// Page helpers shared by the checker widget, the note composer and the policy page.

/** The site's root, wherever it is published (this file sits in assets/checker/). */
export const SITE_ROOT = new URL("../../", import.meta.url);

/** An address of this site from a path relative to its root ("rules/#greeting"). */
export function sitePath(path) {
  return new URL(path, SITE_ROOT).href;
}

/** Runs `callback` now and after every page change. Material for MkDocs' navigation.instant
 *  swaps pages without a reload (modules stay alive) and emits each new page on `document$`;
 *  it may also replay the current one, so `callback` must not mind running twice. */
export function onEveryPage(callback) {
  callback();
  const documents = window.document$;
  if (typeof documents === "object" && documents !== null && typeof documents.subscribe === "function") {
    documents.subscribe(() => callback());
  }
}

/** Copies `text` to the clipboard and says how it went in `status` (a live region), for a few
 *  seconds. `what` names the thing copied in the status line: "the reply", "your link". */
export async function copyText(text, status, what) {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = `Copied ${what}.`;
  } catch {
    status.textContent = `Copying was blocked: select ${what} and copy it by hand.`;
  }
  clearTimeout(status.copiedTimer);
  status.copiedTimer = setTimeout(() => {
    status.textContent = "";
  }, COPIED_MESSAGE_MS);
}

const COPIED_MESSAGE_MS = 4000;

/** Makes a text area exactly as tall as its text, so nothing hides behind a scroll bar. */
export function fitHeight(textarea) {
  if (!textarea.isConnected) return;
  textarea.style.height = "auto";
  textarea.style.height = `${textarea.scrollHeight + 2}px`;
}
