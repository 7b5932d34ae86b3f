// Checks notes with the checker's wheel inside Pyodide under Node, as the site's worker does.
//
//   node tests/parity/check_in_pyodide.mjs <job.json>
//
// job.json: {"wheel": path, "stdlib": path or null, "notes": [{"id", "text",
//            "mode", "name", "limit"}], "drafts": [{"id", "relationship", "name", "detail",
//            "reason", "about", "limit"}]}
// Prints one JSON object to stdout: {"pyodide": version, "python": version, "reports": {id: report},
// "drafts": {id: composer answer}, "relationships": the composer's choices, "traceback": the
// message of a Python error raised in the checker, as the worker receives it}.
//
// After checker.web is imported and warmed up, the unpacked wheel is deleted, as a worker
// restored from a memory snapshot has Python's memory but not its files (worker.js does not
// unpack the wheel again): so the checker must read no file after its warm-up.
//
// Pyodide comes from node_modules/pyodide (the pinned npm package the site copies). "stdlib" is
// the site's precompiled and trimmed python_stdlib.zip and "wheel" the worker's bytecode wheel, so
// what the site ships is what runs here; the checker is called through checker/web.py, the module
// the site's worker calls. The fallback to the full library (stdlib_fallback.py) is not
// installed: a module the trimmed library lacks fails here.

import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const PYODIDE_DIR = join(ROOT, "node_modules", "pyodide") + "/";

async function main() {
  const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
  const { loadPyodide } = await import(pathToFileURL(join(PYODIDE_DIR, "pyodide.mjs")).href);
  const options = { indexURL: PYODIDE_DIR };
  if (job.stdlib) options.stdLibURL = resolve(job.stdlib);
  const pyodide = await loadPyodide(options);
  pyodide.unpackArchive(new Uint8Array(readFileSync(job.wheel)), "wheel");
  const web = pyodide.pyimport("checker.web");
  web.warm_up();
  // As in a worker restored from a memory snapshot: Python's memory, not its files. Everything
  // below runs with the unpacked wheel gone.
  pyodide.runPython("import shutil; shutil.rmtree('checker')");
  const reports = {};
  for (const note of job.notes) {
    const answer = JSON.parse(web.check_json(note.text, note.mode, note.name ?? null, note.limit, null));
    reports[note.id] = answer.report;
  }
  const drafts = {};
  for (const draft of job.drafts) {
    const { relationship, name, detail, reason, about, limit } = draft;
    drafts[draft.id] = JSON.parse(web.compose_json(relationship, name, detail, reason, about, limit));
  }
  const relationships = JSON.parse(web.relationships_json());
  let traceback = null;
  try {
    web.check_json("Hi", "no-such-mode", null, 300, null);
  } catch (error) {
    traceback = error.message;
  }
  const python = pyodide.runPython("import sys; sys.version.split()[0]");
  const result = { pyodide: pyodide.version, python, reports, drafts, relationships, traceback };
  process.stdout.write(JSON.stringify(result));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
