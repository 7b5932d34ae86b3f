// A short-lived module worker, started once by the checker's worker on a first visit, after the
// first answer and a pause (worker.js, warmCodeCache). It is sent the address of Pyodide's
// pyodide.asm.mjs, imports it again and calls its factory, which stops at once (see below).
//
// Why: Chromium keeps a script's compiled code in its cache only once the script has loaded a
// second time, so the visit after the first would still compile this 1.2 MB script from scratch,
// and compile its big factory function when Pyodide calls it (about 70 ms of a returning visit
// on the test machine). This second load, here, is that second time: the next visit reads the
// compiled script, factory included, from the cache. Nothing is downloaded again (the browser's
// HTTP cache has the script) and no Python starts: the factory is stopped before it would fetch
// or compile any wasm.

// Chromium writes the compiled code shortly after the script has run (measured: within 0.1 s),
// and says nothing when it has: the worker waits this long before closing.
const LINGER_MS = 3000;

const STOP = "stopped before instantiating: only the compiled script is wanted";

async function compileFactory(scriptURL) {
  const url = new URL(scriptURL, self.location.href);
  if (url.origin !== self.location.origin) return;
  const { default: createModule } = await import(url.href);
  const settings = {
    noInitialRun: true,
    locateFile() {
      throw new Error(STOP);
    },
    instantiateWasm() {
      throw new Error(STOP);
    },
  };
  // Rejects, as it should, at the latest where the wasm would be fetched or instantiated; with
  // these settings Pyodide 314's factory stops earlier still, on the settings it lacks. Either
  // way it has been compiled, which is all that is wanted.
  await createModule(settings).catch(() => {});
}

self.addEventListener(
  "message",
  (event) => {
    compileFactory(String(event.data))
      .catch((error) => console.warn("note checker: could not prepare the next visit's script", error))
      .finally(() => setTimeout(() => self.close(), LINGER_MS));
  },
  { once: true },
);
