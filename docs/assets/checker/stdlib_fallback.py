"""The full standard library, downloaded only if a module missing from the trimmed one is imported.

The site ships Pyodide's standard library trimmed to the modules that Pyodide's start and the
checker import (hooks/trace_stdlib.mjs lists them at build time by running the checker). If any
other standard module is ever imported (a path of the checker that the trace did not take), the
finder installed here, last on sys.meta_path, downloads the full library once, adds it to sys.path
and finds the module there: the visitor waits a little longer, and nothing breaks.

The worker (worker.js) runs this file and calls install() before it imports the checker; so do
hooks/trace_stdlib.mjs and tests/parity/stdlib_fallback_in_pyodide.mjs, with their own `fetch`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Sequence
from importlib.machinery import ModuleSpec, PathFinder

# Where the full library is written in Pyodide's file system, beside the trimmed /lib/python3XY.zip.
FULL_LIBRARY_PATH = "/lib/python_stdlib_full.zip"


def fetch_with_xhr(url: str) -> bytes:
    """A synchronous download. Allowed in a worker, which may also ask for an ArrayBuffer (a page
    may not: there, a synchronous request only gives text)."""
    from js import XMLHttpRequest  # type: ignore[import-not-found]  # Pyodide's JavaScript globals

    request = XMLHttpRequest.new()
    request.open("GET", url, False)
    request.responseType = "arraybuffer"
    request.send()
    if request.status != 200:
        raise OSError(f"HTTP {request.status}")
    return bytes(request.response.to_bytes())


class FullLibraryFinder:
    """A meta path finder for the modules the trimmed library lacks; only those whose top-level
    name has a module that the full library holds and the trimmed one does not."""

    def __init__(self, url: str, only_in_full: Iterable[str], fetch: Callable[[str], bytes]):
        self.url = url
        self.only_in_full = frozenset(only_in_full)
        self.fetch = fetch
        self.trimmed = next(entry for entry in sys.path if entry.endswith(".zip"))
        self.state = "not downloaded"  # then "downloading", "on sys.path" or "failed"

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: object = None
    ) -> ModuleSpec | None:
        if fullname.partition(".")[0] not in self.only_in_full:
            return None
        if self.state == "not downloaded":
            self._download(fullname)
        if self.state != "on sys.path":
            return None
        if path is None:
            return PathFinder.find_spec(fullname, [FULL_LIBRARY_PATH])
        # A submodule of a package from the trimmed library: look in its folder in the full one.
        folders = [
            FULL_LIBRARY_PATH + entry[len(self.trimmed) :]
            for entry in path
            if entry == self.trimmed or entry.startswith(self.trimmed + "/")
        ]
        return PathFinder.find_spec(fullname, folders) if folders else None

    def _download(self, fullname: str) -> None:
        self.state = "downloading"  # the download may import modules: they find nothing here
        print(
            f"{fullname} is not in the trimmed standard library: downloading the full one",
            file=sys.stderr,
        )
        try:
            data = self.fetch(self.url)
            with open(FULL_LIBRARY_PATH, "wb") as file:
                file.write(data)
        except Exception as error:
            self.state = "failed"
            print(f"could not download the full standard library: {error}", file=sys.stderr)
            return
        sys.path.append(FULL_LIBRARY_PATH)
        self.state = "on sys.path"


def install(
    url: str, only_in_full: Iterable[str], fetch: Callable[[str], bytes] = fetch_with_xhr
) -> None:
    """Puts the finder last on sys.meta_path. `url`: the full library's address; `only_in_full`:
    the top-level names it is needed for (runtime.json's stdlib_full_only).

    Run again in the same Python (a worker restored from a memory snapshot of an earlier visit), it
    replaces the finder from before. A snapshot keeps Python's memory but not its files: if the
    full library had been downloaded, it is gone, so it leaves sys.path until it is needed again.
    """
    sys.meta_path[:] = [
        finder for finder in sys.meta_path if type(finder).__name__ != FullLibraryFinder.__name__
    ]
    if not os.path.exists(FULL_LIBRARY_PATH):
        sys.path[:] = [entry for entry in sys.path if entry != FULL_LIBRARY_PATH]
        for entry in [
            entry for entry in sys.path_importer_cache if entry.startswith(FULL_LIBRARY_PATH)
        ]:
            del sys.path_importer_cache[entry]
    sys.meta_path.append(FullLibraryFinder(url, only_in_full, fetch))
