// Precompiles Pyodide's standard library to bytecode, inside Pyodide itself (run by Node).
//
//   node hooks/precompile_stdlib.mjs <pyodide package dir> <output zip>
//
// Why: the npm package ships python_stdlib.zip as .py sources only, and Python cannot cache
// bytecode inside a zip, so every page load recompiles the ~190 modules Pyodide imports at
// startup (about 1.5 s of a 2.2 s start on a 2-core machine). `pyodide py-compile` would fix that,
// but it needs a host Python of exactly the runtime's version (3.14). Compiling inside the
// runtime itself needs nothing but Node and the pinned npm package, and the bytecode matches the
// runtime by construction. Called by hooks/checker_assets.py, which caches the result.
//
// The output keeps every non-Python file, and replaces each module.py by module.pyc (unchecked
// hash-based, so no timestamp check; sourceless, as `pyodide py-compile` does). Entries keep their
// dates, so the same input gives the same zip.

import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { join, resolve } from "node:path";

const COMPILE = `
import importlib.util
import sys
import zipfile
from importlib._bootstrap_external import _code_to_hash_pyc

def precompile(source_path, target_path):
    # Modules imported from the zip report paths under it: keep that in tracebacks.
    zip_on_path = next(entry for entry in sys.path if entry.endswith(".zip"))
    compiled = kept = 0
    with zipfile.ZipFile(source_path) as source, zipfile.ZipFile(
        target_path, "w", compression=zipfile.ZIP_DEFLATED
    ) as target:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename.endswith(".py"):
                try:
                    code = compile(data, f"{zip_on_path}/{entry.filename}", "exec", dont_inherit=True)
                except SyntaxError:
                    # e.g. test data written in Python 2: keep it as it is
                    target.writestr(entry, data)
                    kept += 1
                    continue
                pyc = _code_to_hash_pyc(code, importlib.util.source_hash(data), checked=False)
                compiled_entry = zipfile.ZipInfo(entry.filename + "c", date_time=entry.date_time)
                compiled_entry.compress_type = zipfile.ZIP_DEFLATED
                target.writestr(compiled_entry, bytes(pyc))
                compiled += 1
            else:
                target.writestr(entry, data)
                kept += 1
    return f"{compiled} modules compiled, {kept} files kept, Python {sys.version.split()[0]}"

precompile
`;

async function main() {
  const [packageDir, outputPath] = process.argv.slice(2);
  if (!packageDir || !outputPath) {
    console.error("usage: node precompile_stdlib.mjs <pyodide package dir> <output zip>");
    process.exit(2);
  }
  const indexURL = resolve(packageDir) + "/";
  const { loadPyodide } = await import(pathToFileURL(join(indexURL, "pyodide.mjs")).href);
  const pyodide = await loadPyodide({ indexURL });
  pyodide.FS.writeFile("/tmp/source.zip", readFileSync(join(indexURL, "python_stdlib.zip")));
  const precompile = pyodide.runPython(COMPILE);
  const summary = precompile("/tmp/source.zip", "/tmp/compiled.zip");
  writeFileSync(outputPath, pyodide.FS.readFile("/tmp/compiled.zip"));
  console.log(summary);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
