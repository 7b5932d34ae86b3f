"""The labelled corpus: reading it, checking its shape, and splitting it for honest measurement.

Every note carries `batch` (who wrote it, when) and `split`: `train` notes may be tuned on,
`holdout` notes never are. The corpus lives in tests/corpus/: `notes.toml` (the first batches)
and one file per later batch in `tests/corpus/batches/`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "tests" / "corpus"
BATCH_DIR = CORPUS_DIR / "batches"
SCOREBOARD = CORPUS_DIR / "SCOREBOARD.md"

VERDICTS = ("pitch", "generic", "needs-work", "personal")
MODES = ("draft", "received")
LIMITS = (200, 300)
SPLITS = ("train", "holdout")
KEBAB_CASE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANGUAGE_CODE = re.compile(r"^[a-z]{2}(?:-[a-z]{2})?$")
REQUIRED_KEYS = {"id", "verdict", "why", "text", "batch", "split", "lang"}
ALLOWED_KEYS = REQUIRED_KEYS | {"mode", "name", "limit"}


@dataclass(frozen=True)
class LabelledNote:
    id: str
    verdict: str
    mode: str
    name: str | None
    limit: int
    why: str
    text: str
    batch: str
    split: str
    lang: str

    def check_options(self) -> dict[str, Any]:
        return {"mode": self.mode, "name": self.name, "limit": self.limit}


class HoldoutRefused(ValueError):
    """Raised when a holdout note reaches code that tunes or trains."""


def corpus_files() -> list[Path]:
    return [CORPUS_DIR / "notes.toml", *sorted(BATCH_DIR.glob("*.toml"))]


def read_raw(paths: Iterable[Path] | None = None) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    for path in paths if paths is not None else corpus_files():
        with path.open("rb") as corpus_file:
            entries += tomllib.load(corpus_file).get("note", [])
    return entries


def to_labelled_note(raw: dict[str, Any]) -> LabelledNote:
    return LabelledNote(
        id=raw["id"],
        verdict=raw["verdict"],
        mode=raw.get("mode", "draft"),
        name=raw.get("name"),
        limit=raw.get("limit", 300),
        why=raw["why"],
        text=raw["text"],
        batch=raw["batch"],
        split=raw["split"],
        lang=raw["lang"],
    )


def load(paths: Iterable[Path] | None = None) -> list[LabelledNote]:
    return [to_labelled_note(raw) for raw in read_raw(paths)]


def training_notes(notes: Sequence[LabelledNote]) -> list[LabelledNote]:
    """The notes that may be tuned on. Holdout notes never leave this function."""
    return [note for note in notes if note.split == "train"]


def refuse_holdout(notes: Iterable[LabelledNote]) -> list[LabelledNote]:
    """For code that learns from notes: fails loudly if a holdout note was handed in."""
    notes = list(notes)
    leaked = [note.id for note in notes if note.split != "train"]
    if leaked:
        shown = ", ".join(leaked[:5]) + (" ..." if len(leaked) > 5 else "")
        raise HoldoutRefused(f"{len(leaked)} holdout notes may not be trained on: {shown}")
    return notes


def problems_with_entry(raw: dict[str, Any]) -> list[str]:
    """What is wrong with one [[note]] table, as readable sentences (empty when fine)."""
    label = raw.get("id", "<no id>")
    problems = [f"{label}: unknown key {key!r}" for key in sorted(set(raw) - ALLOWED_KEYS)]
    problems += [f"{label}: missing key {key!r}" for key in sorted(REQUIRED_KEYS - set(raw))]
    if not KEBAB_CASE.match(str(raw.get("id", ""))):
        problems.append(f"{label}: id is missing or not kebab-case")
    if raw.get("verdict") not in VERDICTS:
        problems.append(f"{label}: verdict {raw.get('verdict')!r} is not one of {VERDICTS}")
    if raw.get("mode", "draft") not in MODES:
        problems.append(f"{label}: mode {raw.get('mode')!r} is not one of {MODES}")
    if raw.get("limit", 300) not in LIMITS:
        problems.append(f"{label}: limit {raw.get('limit')!r} is not one of {LIMITS}")
    if raw.get("split") not in SPLITS:
        problems.append(f"{label}: split {raw.get('split')!r} is not one of {SPLITS}")
    if not LANGUAGE_CODE.match(str(raw.get("lang", ""))):
        problems.append(f"{label}: lang {raw.get('lang')!r} is not a language code")
    if not isinstance(raw.get("text"), str):
        problems.append(f"{label}: text is missing or not a string")
    if not str(raw.get("why", "")).strip():
        problems.append(f"{label}: says nothing about why it has its label")
    name = raw.get("name")
    if name is not None and (not isinstance(name, str) or not name.strip()):
        problems.append(f"{label}: name, when given, must be a non-empty string")
    return problems
