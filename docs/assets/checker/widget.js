// The note checker widget's entry point: every <div class="note-checker"> on a page becomes a
// checker (view.js); all of them share one Web Worker (client.js) that runs the Python checker
// in Pyodide (worker.js, checker/web.py).
//
// Options, as data attributes on the div (all optional):
//   data-mode="draft" | "received"   which switch is on at first          (default: draft)
//   data-limit="200" | "300"         free or Premium note length          (default: the last choice, else Premium)
//   data-name="Ada"                  the name field's first value
//   data-text="Hi Ada, ..."          a note to check straight away
//   data-from-url                    take those four from the page address (?text=&name=&mode=&limit=)
//   data-load="on-intent"            start Python only when the visitor turns to the checker
//   data-fixed="mode limit"          hide those switches: the page has settled them
// A page script may change the first four and data-fixed later: the widget follows.

import { el } from "./dom.js";
import { checkerState, restartChecker, startChecker, stopChecker, watchChecker, watchSnapshot } from "./client.js";
import { fitHeight, onEveryPage } from "./page.js";
import { NoteChecker } from "./view.js";
import { wording, wordingError } from "./wording.js";

const widgets = new Set();

function retry() {
  restartChecker();
  for (const widget of widgets) widget.checkNow();
}

/** Mounts new widgets, forgets those that left the page, and stops the worker when no page
 *  holds a checker any more (navigation.instant keeps this module alive between pages). */
function syncWithPage() {
  for (const widget of [...widgets]) {
    if (!widget.connected) widgets.delete(widget);
  }
  for (const root of document.querySelectorAll(".note-checker:not(.nc-mounted)")) {
    const widget = new NoteChecker(root, { retry });
    widgets.add(widget);
    widget.showRuntimeState(checkerState());
    if (widget.touched) widget.checkNow(); // a preset note is checked without waiting
  }
  if ([...widgets].some((widget) => !widget.onIntent)) startChecker();
  // only on-intent widgets: wait for the visitor (a worker already running stays)
  else if (widgets.size === 0 && checkerState().phase !== "idle") stopChecker();
}

/** Without its wordings the widget cannot speak: say so where it would have been. */
function showWordingError() {
  for (const root of document.querySelectorAll(".note-checker:not(.nc-mounted)")) {
    root.classList.add("nc-mounted");
    root.append(
      el(
        "p",
        { class: "nc-error", role: "alert" },
        el("strong", {}, "The checker could not start in this browser"),
        ` (${wordingError}). Reload the page to try again; the rest of the guide works as usual.`,
      ),
    );
  }
}

if (wording) {
  watchChecker((state) => {
    for (const widget of widgets) widget.showRuntimeState(state);
  });
  // a snapshot stored after the first verdict: the ready line says so, with "Clear"
  watchSnapshot(() => {
    for (const widget of widgets) widget.showStoredSnapshot();
  });
  onEveryPage(syncWithPage);
  // A turned phone or a resized window rewraps the note: refit the fields to their text.
  window.addEventListener("resize", () => {
    for (const widget of widgets) fitHeight(widget.textarea);
  });
  // For the browser tests and the benchmark: round-trip time of a widget's last check.
  window.noteCheckerRoundTrips = () => [...widgets].map((widget) => widget.lastRoundTripMs);
} else {
  onEveryPage(showWordingError);
}
