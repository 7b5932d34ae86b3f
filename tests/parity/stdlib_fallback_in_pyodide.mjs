// Imports standard modules missing from the site's trimmed standard library, inside Pyodide under
// Node, with the site's stdlib_fallback.py installed as the worker installs it.
//
//   node tests/parity/stdlib_fallback_in_pyodide.mjs <built site>
//
// Node has no XMLHttpRequest, so the fallback's `fetch` is replaced by one that reads the site's
// full library from disk and counts its calls. Prints one JSON object: {"steps": [{"step",
// "imported", "error", "fetches"}], "meta_path_last": repr}; tests/parity/test_stdlib_fallback.py
// reads it.

import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const PYODIDE_DIR = join(ROOT, "node_modules", "pyodide") + "/";

// Each step imports (or runs) something and reports whether it worked and how many times the
// full library had been fetched by then.
const STEPS = `
import json
import os
import sys

FULL_LIBRARY_PATH = "/lib/python_stdlib_full.zip"

def attempt(step, code):
    try:
        exec(code, {})
        error = None
    except Exception as exception:
        error = f"{type(exception).__name__}: {exception}"
    return {"step": step, "imported": error is None, "error": error, "fetches": len(fetched)}

def run_steps(install, full_url, only_in_full, fetch_from_disk):
    steps = []
    steps.append(attempt("before install: http.cookies", "import http.cookies"))

    def failing_fetch(url):
        fetched.append(url)
        raise OSError("offline")

    install(full_url, only_in_full, failing_fetch)
    steps.append(attempt("failing fetch: http.cookies", "import http.cookies"))
    steps.append(attempt("failing fetch, again: xml.dom.minidom", "import xml.dom.minidom"))
    sys.meta_path.pop()
    fetched.clear()

    def fetch(url):
        fetched.append(url)
        return bytes(fetch_from_disk(url).to_py())

    install(full_url, only_in_full, fetch)
    steps.append(attempt("not a standard module", "import no_such_module_anywhere"))
    steps.append(attempt("standard, not in Pyodide", "import _winapi"))
    steps.append(attempt(
        "xml.dom.minidom",
        "import xml.dom.minidom\\n"
        "assert xml.dom.minidom.parseString('<a/>').documentElement.tagName == 'a'\\n"
        "assert xml.dom.minidom.__spec__.origin.startswith('/lib/python_stdlib_full.zip/')",
    ))
    steps.append(attempt(
        "http.cookies",
        "import http.cookies\\n"
        "assert http.cookies.SimpleCookie('a=1')['a'].value == '1'",
    ))
    steps.append(attempt(
        "json.tool",
        "import json, json.tool\\n"
        "assert json.__spec__.origin == '/lib/python314.zip/json/__init__.pyc'\\n"
        "assert json.tool.__spec__.origin == '/lib/python_stdlib_full.zip/json/tool.pyc'",
    ))
    steps.append(attempt("codec cp1252", "assert 'é'.encode('cp1252') == b'\\\\xe9'"))
    steps.append(attempt("missing submodule of a present package", "import json.no_such_module"))

    # A worker restored from a memory snapshot installs the finder again, in a Python that has
    # the full library on sys.path but no longer the file.
    os.remove(FULL_LIBRARY_PATH)
    fetched.clear()
    install(full_url, only_in_full, fetch)
    steps.append({
        "step": "installed again",
        "imported": None,
        "error": None,
        "fetches": len(fetched),
        "finders": sum(type(finder).__name__ == "FullLibraryFinder" for finder in sys.meta_path),
        "full_on_path": FULL_LIBRARY_PATH in sys.path,
    })
    steps.append(attempt(
        "after the snapshot: html.parser",
        "import html.parser\\n"
        "assert html.parser.__spec__.origin.startswith('/lib/python_stdlib_full.zip/')",
    ))
    return json.dumps({"steps": steps, "fetched": fetched, "meta_path_last": repr(sys.meta_path[-1])})

fetched = []
run_steps
`;

async function main() {
  const site = resolve(process.argv[2]);
  const runtime = JSON.parse(readFileSync(join(site, "assets", "checker", "runtime.json"), "utf8"));
  const checkerURL = pathToFileURL(join(site, "assets", "checker") + "/");
  const local = (address) => {
    const url = new URL(address, checkerURL); // runtime.json's addresses are relative to it
    url.search = "";
    return fileURLToPath(url);
  };
  const { loadPyodide } = await import(pathToFileURL(join(PYODIDE_DIR, "pyodide.mjs")).href);
  const pyodide = await loadPyodide({ indexURL: PYODIDE_DIR, stdLibURL: local(runtime.stdlib) });

  // As the worker does (docs/assets/checker/worker.js: installStdlibFallback).
  const namespace = pyodide.globals.get("dict")();
  pyodide.runPython(readFileSync(local(runtime.stdlib_fallback), "utf8"), {
    globals: namespace,
    filename: "stdlib_fallback.py",
  });
  const fullURL = new URL(runtime.stdlib_full, checkerURL).href;
  const fetchFromDisk = (url) => new Uint8Array(readFileSync(local(url)));
  const runSteps = pyodide.runPython(STEPS);
  const report = runSteps(namespace.get("install"), fullURL, runtime.stdlib_full_only, fetchFromDisk);
  process.stdout.write(report);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
