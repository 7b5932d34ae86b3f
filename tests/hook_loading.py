"""Loading a build hook (hooks/<name>.py) in a test, to call its functions the way MkDocs would.

MkDocs loads hooks by their path, not as a package; each call here gives a fresh module, so a
test may change one of its functions without touching the build's own copy."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

HOOKS = Path(__file__).resolve().parent.parent / "hooks"


def load_hook(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"{name}_hook", HOOKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
