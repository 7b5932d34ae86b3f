// Compiles the checker's wheel to bytecode, inside Pyodide itself (run by Node), as
// hooks/precompile_stdlib.mjs does for the standard library.
//
//   node hooks/compile_wheel.mjs <pyodide package dir> <stdlib zip> <input wheel> <output dir>
//
// <stdlib zip>: the precompiled standard library, so that Pyodide starts fast.
//
// Why: Pyodide cannot cache bytecode between visits, so the worker would compile the checker's
// sources on every page load. Each module.py becomes module.pyc (unchecked hash-based, sourceless,
// as `pyodide py-compile` does); the other files are kept, except a TOML file that the wheel also
// has as JSON (checker/lexicon reads the JSON), and RECORD is rewritten to match. The
// bytecode only loads in this Python version, so the wheel is tagged for it, as `pyodide
// py-compile` does too: <name>-<version>-cp314-none-any.whl in <output dir>. Called by
// hooks/checker_assets.py, which caches the result.
//
// Tracebacks: a code object keeps the path it was compiled with, here the path inside the wheel
// (checker/engine.py), which is also where the worker unpacks it, relative to Python's working
// directory. A traceback names that file and the line; it cannot show the line's text, as the
// source is not shipped.

import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const COMPILE = `
import base64
import hashlib
import importlib.util
import sys
import zipfile
from importlib._bootstrap_external import _code_to_hash_pyc

PYTHON_TAG = f"cp{sys.version_info.major}{sys.version_info.minor}"

def compiled_name(wheel_name):
    """two_minute_note-0.1.0-py3-none-any.whl -> two_minute_note-0.1.0-cp314-none-any.whl"""
    *name_and_version, _python, abi, platform = wheel_name.removesuffix(".whl").split("-")
    return "-".join([*name_and_version, PYTHON_TAG, abi, platform]) + ".whl"

def record_line(name, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"

def compile_entry(entry, data):
    code = compile(data, entry.filename, "exec", dont_inherit=True)
    pyc = bytes(_code_to_hash_pyc(code, importlib.util.source_hash(data), checked=False))
    compiled = zipfile.ZipInfo(entry.filename + "c", date_time=entry.date_time)
    compiled.compress_type = zipfile.ZIP_DEFLATED
    return compiled, pyc

def retag(data):
    """The WHEEL file, its Tag lines for the compiled wheel's Python."""
    lines = []
    for line in data.decode().splitlines():
        if line.startswith("Tag: "):
            _python, abi, platform = line.removeprefix("Tag: ").split("-")
            line = f"Tag: {PYTHON_TAG}-{abi}-{platform}"
            if line in lines:
                continue
        lines.append(line)
    if not any(line.startswith("Tag: ") for line in lines):
        raise ValueError("the wheel's WHEEL file has no Tag")
    return ("\\n".join(lines) + "\\n").encode()

def has_json_twin(filename, names):
    """A phrase file's TOML, when the wheel also has it as JSON: the checker reads the JSON."""
    return filename.endswith(".toml") and filename.removesuffix(".toml") + ".json" in names

def compile_wheel(source_path, target_dir):
    with zipfile.ZipFile(source_path) as source:
        entries = [(entry, source.read(entry)) for entry in source.infolist()]
    records = [entry for entry, _ in entries if entry.filename.endswith(".dist-info/RECORD")]
    if len(records) != 1:
        raise ValueError(f"expected one RECORD in the wheel, found {len(records)}")
    name = compiled_name(source_path.rsplit("/", 1)[-1])
    names = {entry.filename for entry, _ in entries}
    lines = []
    compiled = 0
    with zipfile.ZipFile(f"{target_dir}/{name}", "w", compression=zipfile.ZIP_DEFLATED) as target:
        for entry, data in entries:
            if entry is records[0] or has_json_twin(entry.filename, names):
                continue
            if entry.filename.endswith(".py"):
                entry, data = compile_entry(entry, data)
                compiled += 1
            elif entry.filename.endswith(".dist-info/WHEEL"):
                data = retag(data)
            target.writestr(entry, data)
            lines.append(record_line(entry.filename, data))
        lines.append(f"{records[0].filename},,")
        target.writestr(records[0], "\\n".join(lines) + "\\n")
    return name, f"{compiled} checker modules compiled, Python {sys.version.split()[0]}"

compile_wheel
`;

async function main() {
  const [packageDir, stdlibZip, inputPath, outputDir] = process.argv.slice(2);
  if (!outputDir) {
    console.error("usage: node compile_wheel.mjs <pyodide dir> <stdlib zip> <input wheel> <output dir>");
    process.exit(2);
  }
  const indexURL = resolve(packageDir) + "/";
  const { loadPyodide } = await import(pathToFileURL(join(indexURL, "pyodide.mjs")).href);
  const pyodide = await loadPyodide({ indexURL, stdLibURL: resolve(stdlibZip) });
  const inputName = inputPath.split(/[\\/]/).pop();
  pyodide.FS.mkdirTree("/tmp/in");
  pyodide.FS.mkdirTree("/tmp/out");
  pyodide.FS.writeFile(`/tmp/in/${inputName}`, readFileSync(inputPath));
  const compileWheel = pyodide.runPython(COMPILE);
  const [name, summary] = compileWheel(`/tmp/in/${inputName}`, "/tmp/out").toJs();
  writeFileSync(join(outputDir, name), pyodide.FS.readFile(`/tmp/out/${name}`));
  console.log(summary);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
