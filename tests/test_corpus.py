"""The labelled corpus of connection notes, and how well the checker's verdicts match it.

Labels in tests/corpus/notes.toml follow the issue's verdict spec, not any implementation.
Run `pytest -s tests/test_corpus.py` (or `-rA`) to see the precision/recall table and the
confusion matrix; when the strict test fails, the same table is part of its failure message.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

CORPUS_PATH = Path(__file__).resolve().parent / "corpus" / "notes.toml"

VERDICTS = ("pitch", "generic", "needs-work", "personal")
MODES = ("draft", "received")
LIMITS = (200, 300)
KEBAB_CASE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ALLOWED_KEYS = {"id", "verdict", "mode", "name", "limit", "why", "text"}

MIN_NOTES = 150
MIN_PER_VERDICT = 30
MIN_PERSONAL = 60
MIN_RECEIVED = 40
MIN_ACCURACY = 0.9


@dataclass(frozen=True)
class LabelledNote:
    id: str
    verdict: str
    mode: str
    name: str | None
    limit: int
    why: str
    text: str


@dataclass(frozen=True)
class Judgement:
    note: LabelledNote
    got: str
    findings: tuple[dict[str, Any], ...]

    @property
    def correct(self) -> bool:
        return self.got == self.note.verdict


def read_raw_corpus() -> list[dict[str, Any]]:
    with CORPUS_PATH.open("rb") as corpus_file:
        return tomllib.load(corpus_file)["note"]


def to_labelled_note(raw: dict[str, Any]) -> LabelledNote:
    return LabelledNote(
        id=raw["id"],
        verdict=raw["verdict"],
        mode=raw.get("mode", "draft"),
        name=raw.get("name"),
        limit=raw.get("limit", 300),
        why=raw["why"],
        text=raw["text"],
    )


@pytest.fixture(scope="module")
def corpus() -> list[LabelledNote]:
    return [to_labelled_note(raw) for raw in read_raw_corpus()]


def problems_with_entry(raw: dict[str, Any]) -> list[str]:
    """What is wrong with one [[note]] table, as readable sentences (empty when fine)."""
    label = raw.get("id", "<no id>")
    problems = [f"{label}: unknown key {key!r}" for key in sorted(set(raw) - ALLOWED_KEYS)]
    if not KEBAB_CASE.match(str(raw.get("id", ""))):
        problems.append(f"{label}: id is missing or not kebab-case")
    if raw.get("verdict") not in VERDICTS:
        problems.append(f"{label}: verdict {raw.get('verdict')!r} is not one of {VERDICTS}")
    if raw.get("mode", "draft") not in MODES:
        problems.append(f"{label}: mode {raw.get('mode')!r} is not one of {MODES}")
    if raw.get("limit", 300) not in LIMITS:
        problems.append(f"{label}: limit {raw.get('limit')!r} is not one of {LIMITS}")
    if not isinstance(raw.get("text"), str):
        problems.append(f"{label}: text is missing or not a string")
    if not str(raw.get("why", "")).strip():
        problems.append(f"{label}: says nothing about why it has its label")
    name = raw.get("name")
    if name is not None and (not isinstance(name, str) or not name.strip()):
        problems.append(f"{label}: name, when given, must be a non-empty string")
    return problems


def shortfalls_in_coverage(notes: Sequence[LabelledNote]) -> list[str]:
    """Which of the corpus's coverage promises are not met."""
    verdicts = Counter(note.verdict for note in notes)
    modes = Counter(note.mode for note in notes)
    limits = Counter(note.limit for note in notes)
    named = sum(note.name is not None for note in notes)
    wanted = {
        "notes in all": (len(notes), MIN_NOTES),
        "pitch notes": (verdicts["pitch"], MIN_PER_VERDICT),
        "generic notes": (verdicts["generic"], MIN_PER_VERDICT),
        "needs-work notes": (verdicts["needs-work"], MIN_PER_VERDICT),
        "personal notes": (verdicts["personal"], MIN_PERSONAL),
        "received notes": (modes["received"], MIN_RECEIVED),
        "draft notes": (modes["draft"], 1),
        "notes with limit 200": (limits[200], 1),
        "notes with limit 300": (limits[300], 1),
        "notes with a name": (named, 1),
        "notes without a name": (len(notes) - named, 1),
    }
    return [
        f"only {have} {what}, want at least {least}"
        for what, (have, least) in wanted.items()
        if have < least
    ]


def test_corpus_is_well_formed(corpus: list[LabelledNote]) -> None:
    raw_entries = read_raw_corpus()
    problems = [problem for raw in raw_entries for problem in problems_with_entry(raw)]
    duplicates = sorted(i for i, n in Counter(r.get("id") for r in raw_entries).items() if n > 1)
    problems += [f"{duplicate}: id used more than once" for duplicate in duplicates]
    problems += shortfalls_in_coverage(corpus)
    assert not problems, "\n".join(problems)


@pytest.fixture(scope="module")
def judgements(corpus: list[LabelledNote]) -> list[Judgement]:
    from checker import check

    results = []
    for note in corpus:
        report = check(note.text, mode=note.mode, name=note.name, limit=note.limit).to_dict()
        results.append(Judgement(note, report["verdict"], tuple(report["findings"])))
    return results


def confusion_counts(judged: Sequence[Judgement]) -> Counter[tuple[str, str]]:
    return Counter((judgement.note.verdict, judgement.got) for judgement in judged)


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "  - "


def scoreboard(judged: Sequence[Judgement]) -> str:
    """Precision and recall per verdict, then the confusion matrix, as a plain-text table."""
    counts = confusion_counts(judged)
    correct = sum(judgement.correct for judgement in judged)
    lines = [
        f"Corpus: {len(judged)} notes, {correct} judged as labelled "
        f"(accuracy {ratio(correct, len(judged))})",
        "",
        f"{'verdict':<12}{'labelled':>9}{'judged':>8}{'precision':>11}{'recall':>8}",
    ]
    for verdict in VERDICTS:
        labelled = sum(n for (expected, _), n in counts.items() if expected == verdict)
        judged_as = sum(n for (_, got), n in counts.items() if got == verdict)
        hits = counts[(verdict, verdict)]
        lines.append(
            f"{verdict:<12}{labelled:>9}{judged_as:>8}"
            f"{ratio(hits, judged_as):>11}{ratio(hits, labelled):>8}"
        )
    got_columns = list(VERDICTS) + sorted({got for _, got in counts} - set(VERDICTS))
    lines += ["", "Confusion matrix (rows: labelled, columns: judged)"]
    lines.append(f"{'':<12}" + "".join(f"{got:>12}" for got in got_columns))
    for expected in VERDICTS:
        cells = "".join(f"{counts[(expected, got)]:>12}" for got in got_columns)
        lines.append(f"{expected:<12}{cells}")
    return "\n".join(lines)


def describe_finding(finding: dict[str, Any]) -> str:
    quoted = f' on "{finding["text"]}"' if finding.get("text") else ""
    return f"{finding['rule']} ({finding['severity']}){quoted}: {finding['message']}"


def describe_miss(judgement: Judgement) -> str:
    note = judgement.note
    options = f"mode={note.mode}, name={note.name!r}, limit={note.limit}"
    lines = [
        f"- {note.id}: labelled {note.verdict}, judged {judgement.got} ({options})",
        f"    text: {note.text!r}",
        f"    why labelled so: {note.why}",
    ]
    lines += [f"    finding: {describe_finding(finding)}" for finding in judgement.findings]
    if not judgement.findings:
        lines.append("    finding: (none)")
    return "\n".join(lines)


def is_serious_miss(judgement: Judgement) -> bool:
    """A false alarm on a good note, or a pitch/generic note passed as personal."""
    expected, got = judgement.note.verdict, judgement.got
    if expected == "personal":
        return got != "personal"
    return expected in ("pitch", "generic") and got == "personal"


def test_no_false_alarms_and_no_bad_note_passes_as_personal(
    judgements: list[Judgement],
) -> None:
    table = scoreboard(judgements)
    print("\n" + table)
    serious = [judgement for judgement in judgements if is_serious_miss(judgement)]
    message = "\n".join(describe_miss(judgement) for judgement in serious)
    assert not serious, (
        f"{len(serious)} serious misses (personal judged otherwise, or pitch/generic judged "
        f"personal):\n{message}\n\n{table}"
    )


def test_overall_accuracy_is_at_least_ninety_percent(judgements: list[Judgement]) -> None:
    misses = [judgement for judgement in judgements if not judgement.correct]
    accuracy = 1 - len(misses) / len(judgements)
    message = "\n".join(describe_miss(judgement) for judgement in misses)
    print(f"\naccuracy {accuracy:.3f}; {len(misses)} misses\n{message}")
    assert accuracy >= MIN_ACCURACY, (
        f"accuracy {accuracy:.3f} is below {MIN_ACCURACY}; {len(misses)} misses:\n{message}"
        f"\n\n{scoreboard(judgements)}"
    )
