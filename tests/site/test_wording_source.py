"""One source for every wording the browser shows: checker/wording.py, shipped as wording.json.

The widgets read the built wording.json; no JavaScript file may keep its own copy of a verdict
name, a summary, a severity heading, a reply or a note limit.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from checker.wording import (
    LIMITS,
    SEVERITY_HEADINGS,
    VERDICT_NAMES,
    VERDICT_SUMMARIES,
    for_browser,
)
from checker.wording import ASK_REASON, HEADS_UP, POLICY_URL_SLOT, REMIND_ME, THANKS

ROOT = Path(__file__).resolve().parents[2]
JS_FILES = sorted((ROOT / "docs" / "assets").rglob("*.js"))
COMMENT = re.compile(r"/\*.*?\*/|(?<![:\"'`\\])//[^\n]*", re.S)


def code_of(path: Path) -> str:
    """The file without its comments: a comment may mention a limit, code may not hold one."""
    return COMMENT.sub("", path.read_text(encoding="utf-8"))


def sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?:])\s+", text.replace(POLICY_URL_SLOT, " "))
    return [part.strip() for part in parts if len(part.strip()) >= 12]


def long_wordings() -> list[str]:
    texts = [text for by_mode in VERDICT_SUMMARIES.values() for text in by_mode.values()]
    texts += [HEADS_UP, REMIND_ME, ASK_REASON, THANKS]
    return sorted({sentence for text in texts for sentence in sentences(text)})


def short_wordings() -> list[str]:
    headings = [text for by_mode in SEVERITY_HEADINGS.values() for text in by_mode.values()]
    return sorted({*VERDICT_NAMES.values(), *headings})


def test_the_built_wording_file_is_checker_wording(built_site: Path) -> None:
    shipped = json.loads((built_site / "assets" / "checker" / "wording.json").read_text("utf-8"))
    download = shipped.pop("download")  # this build's size, added by hooks/checker_assets.py
    assert shipped == json.loads(json.dumps(for_browser()))
    assert 0 < download["gzip_bytes"] < download["bytes"]


def test_the_javascript_files_are_found() -> None:
    names = {path.name for path in JS_FILES}
    assert {"widget.js", "view.js", "composer.js", "policy.js", "builder.js"} <= names


@pytest.mark.parametrize("path", JS_FILES, ids=lambda path: path.name)
def test_no_javascript_file_copies_a_sentence_of_the_wordings(path: Path) -> None:
    code = code_of(path)
    copied = [sentence for sentence in long_wordings() if sentence in code]
    assert copied == [], f"{path.name} copies checker/wording.py; read wording.json instead"


@pytest.mark.parametrize("path", JS_FILES, ids=lambda path: path.name)
def test_no_javascript_file_spells_a_verdict_name_or_severity_heading(path: Path) -> None:
    code = code_of(path)
    quoted = [
        word
        for word in short_wordings()
        if re.search(rf"[\"'`]{re.escape(word)}[\"'`:]", code)
    ]
    assert quoted == [], f"{path.name} spells wordings of checker/wording.py"


@pytest.mark.parametrize("path", JS_FILES, ids=lambda path: path.name)
def test_no_javascript_file_holds_a_note_limit(path: Path) -> None:
    code = code_of(path)
    found = [limit for limit in LIMITS if re.search(rf"(?<![\w.]){limit}(?![\w.])", code)]
    assert found == [], f"{path.name} holds the limits {found}; read wording.json instead"


def test_the_checks_above_catch_a_copy() -> None:
    """The scans must find what they look for, or they prove nothing."""
    copy = f'const X = {{ a: "{VERDICT_NAMES["needs-work"]}", b: {LIMITS[0]} }}; // {LIMITS[1]}'
    copy += f'\nconst Y = "{sentences(HEADS_UP)[0]}";'
    assert any(word in copy for word in short_wordings())
    assert any(sentence in code_of_text(copy) for sentence in long_wordings())
    assert re.search(rf"(?<![\w.]){LIMITS[0]}(?![\w.])", code_of_text(copy))
    assert not re.search(rf"(?<![\w.]){LIMITS[1]}(?![\w.])", code_of_text(copy))


def code_of_text(text: str) -> str:
    return COMMENT.sub("", text)
