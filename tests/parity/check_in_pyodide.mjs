// Checks notes with the checker's wheel inside Pyodide under Node, as the site's worker does.
//
//   node tests/parity/check_in_pyodide.mjs <job.json>
//
// job.json: {"wheel": path, "stdlib": path or null, "worker": path, "notes": [{"id", "text",
//            "mode", "name", "limit"}]}
// Prints one JSON object to stdout: {"pyodide": version, "python": version, "reports": {id: report}}.
//
// Pyodide comes from node_modules/pyodide (the pinned npm package the site copies). "stdlib" is
// the site's precompiled python_stdlib.zip, so the bytecode the site ships is what runs here; the
// Python entry point is read out of the site's worker.js, so both call the checker the same way.

import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const PYODIDE_DIR = join(ROOT, "node_modules", "pyodide") + "/";

function entryPointFrom(workerPath) {
  const source = readFileSync(workerPath, "utf8");
  const match = source.match(/const PYTHON_ENTRY_POINT = `([\s\S]*?)`;/);
  if (!match) throw new Error(`no PYTHON_ENTRY_POINT in ${workerPath}`);
  return match[1];
}

async function main() {
  const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
  const { loadPyodide } = await import(pathToFileURL(join(PYODIDE_DIR, "pyodide.mjs")).href);
  const options = { indexURL: PYODIDE_DIR };
  if (job.stdlib) options.stdLibURL = resolve(job.stdlib);
  const pyodide = await loadPyodide(options);
  pyodide.unpackArchive(new Uint8Array(readFileSync(job.wheel)), "wheel");
  const checkToJson = pyodide.runPython(entryPointFrom(job.worker));
  const reports = {};
  for (const note of job.notes) {
    reports[note.id] = JSON.parse(checkToJson(note.text, note.mode, note.name ?? null, note.limit));
  }
  const python = pyodide.runPython("import sys; sys.version.split()[0]");
  process.stdout.write(JSON.stringify({ pyodide: pyodide.version, python, reports }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
