// Lists the standard library files the site's checker needs, by running it inside Pyodide (Node).
//
//   node hooks/trace_stdlib.mjs <pyodide package dir> <stdlib zip> <checker wheel> \
//        <stdlib_fallback.py> <output json>
//
// The site ships a standard library trimmed to these files (hooks/checker_assets.py builds it and
// caches this script's output). The run does what the worker does, in the same order: Pyodide
// starts with <stdlib zip> (the precompiled full library), stdlib_fallback.py is installed, the
// wheel is unpacked and checker.web imported; then every function the worker calls is called,
// with every option it passes: check (both modes, with and without a name, with a policy link, and
// every rule's examples), compose for every relationship and with an unknown one, the
// relationships list, warm_up, and a Python error that reaches JavaScript (its traceback is
// formatted). Then every module in sys.modules that was loaded from the zip is one line of the
// output, as the zip names it; that includes everything Pyodide imported while starting.
//
// Output: {"python": version, "files": ["__future__.pyc", "json/__init__.pyc", ...]}

import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const NOTES = [
  "Hi Ada, I loved your PyCon talk on accessible forms. I'd like to keep in touch.",
  "I'd like to add you to my professional network on LinkedIn.",
  "Hi Ada 👋🏽😀, book a demo of our product here: https://example.com/demo",
  "Hallo Ada, wir haben uns auf der Konferenz in Köln getroffen. Gerne vernetzen!",
  "Hola [Name], vi tu perfil y me encantaría conectar contigo.",
  "",
];
const POLICY_URL = "https://two-minute-note.example/policy/?limit=200";

const EXERCISE_RULE_EXAMPLES = `
from checker import RULES
from checker.web import check_json

for rule in RULES:
    for example in (*rule.must_flag, *rule.must_pass):
        check_json(example.text, example.mode, example.name, example.limit, POLICY_URL)
`;

const LOADED_FROM_ZIP = `
import sys

def loaded_from_zip():
    zip_path = next(entry for entry in sys.path if entry.endswith(".zip"))
    prefix = zip_path + "/"
    files = set()
    for module in list(sys.modules.values()):
        spec = getattr(module, "__spec__", None)
        origin = getattr(spec, "origin", None) or ""
        if origin.startswith(prefix):
            files.add(origin[len(prefix):])
    return sorted(files)

loaded_from_zip
`;

async function main() {
  const [packageDir, stdlibZip, wheel, fallback, output] = process.argv.slice(2);
  if (!output) {
    console.error(
      "usage: node trace_stdlib.mjs <pyodide dir> <stdlib zip> <wheel> <stdlib_fallback.py> <output>",
    );
    process.exit(2);
  }
  const indexURL = resolve(packageDir) + "/";
  const { loadPyodide } = await import(pathToFileURL(join(indexURL, "pyodide.mjs")).href);
  const pyodide = await loadPyodide({ indexURL, stdLibURL: resolve(stdlibZip) });

  // As the worker does (docs/assets/checker/worker.js). Nothing is missing from the full library,
  // so the fallback never downloads; installing it records what it imports.
  const namespace = pyodide.globals.get("dict")();
  pyodide.runPython(readFileSync(fallback, "utf8"), { globals: namespace, filename: "stdlib_fallback.py" });
  namespace.get("install")("unused://python_stdlib_full.zip", [], () => {
    throw new Error("the full standard library was asked for during the trace");
  });
  pyodide.unpackArchive(new Uint8Array(readFileSync(wheel)), "wheel");
  const web = pyodide.pyimport("checker.web");

  web.warm_up();
  for (const mode of ["draft", "received"]) {
    for (const name of [null, "Ada"]) {
      for (const limit of [200, 300]) {
        for (const text of NOTES) {
          JSON.parse(web.check_json(text, mode, name, limit, null));
          JSON.parse(web.check_json(text, mode, name, limit, POLICY_URL));
        }
      }
    }
  }
  const relationships = JSON.parse(web.relationships_json());
  for (const { id } of relationships) {
    for (const limit of [200, 300]) {
      JSON.parse(web.compose_json(id, "Ada", "your PyCon talk on accessible forms", "", "", limit));
      JSON.parse(
        web.compose_json(id, "Zoë", "the Lyon meetup", "to keep in touch", "I build forms", limit),
      );
      JSON.parse(web.compose_json(id, "Ada", "x".repeat(400), "", "", limit)); // too long
    }
  }
  const unknown = JSON.parse(web.compose_json("no-such-relationship", "Ada", "the meetup", "", "", 300));
  if (!unknown.error) throw new Error("compose with an unknown relationship gave no error");
  try {
    web.check_json("Hi", "no-such-mode", null, 300, null);
    throw new Error("check with an unknown mode did not fail");
  } catch (error) {
    if (error.constructor.name !== "PythonError") throw error;
  }
  pyodide.runPython(EXERCISE_RULE_EXAMPLES, { globals: pyodide.toPy({ POLICY_URL }) });

  const files = pyodide.runPython(LOADED_FROM_ZIP)().toJs();
  const python = pyodide.runPython("import sys; sys.version.split()[0]");
  writeFileSync(output, JSON.stringify({ python, files }, null, 1) + "\n");
  console.log(`${files.length} standard library files imported, Python ${python}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
