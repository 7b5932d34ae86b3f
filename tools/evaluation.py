"""Judging labelled notes with the checker and summarising the result as plain-text tables."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from checker.language import SUPPORTED_LANGUAGES

from .corpus import VERDICTS, LabelledNote

CheckFunction = Callable[..., Any]


@dataclass(frozen=True)
class Judgement:
    note: LabelledNote
    got: str
    report: dict[str, Any]

    @property
    def correct(self) -> bool:
        """As labelled; for a note in a language the checker does not support, "not-judged" is
        the designed answer too (labels say what a reader of that language would decide)."""
        if self.got == "not-judged":
            return self.note.lang not in SUPPORTED_LANGUAGES
        return self.got == self.note.verdict

    @property
    def serious(self) -> bool:
        """A false alarm on a good note, or a pitch or generic note passed as personal."""
        expected, got = self.note.verdict, self.got
        if self.correct:
            return False
        if expected == "personal":
            return got != "personal"
        return expected in ("pitch", "generic") and got == "personal"


def judge(notes: Sequence[LabelledNote], check: CheckFunction) -> list[Judgement]:
    judged = []
    for note in notes:
        report = check(note.text, **note.check_options()).to_dict()
        judged.append(Judgement(note, report["verdict"], report))
    return judged


def ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "  -  "


def accuracy(judged: Sequence[Judgement]) -> float:
    return sum(j.correct for j in judged) / len(judged) if judged else 0.0


def headline(judged: Sequence[Judgement]) -> str:
    correct = sum(j.correct for j in judged)
    personal_wrongly = sum(
        j.note.verdict in ("pitch", "generic", "needs-work") and j.got == "personal" for j in judged
    )
    good_rejected = sum(j.note.verdict == "personal" and not j.correct for j in judged)
    pitches_personal = sum(j.note.verdict == "pitch" and j.got == "personal" for j in judged)
    return (
        f"{len(judged)} notes, {correct} right (accuracy {ratio(correct, len(judged))}); "
        f"judged personal wrongly {personal_wrongly} (pitches {pitches_personal}); "
        f"good notes judged otherwise {good_rejected}"
    )


def verdict_table(judged: Sequence[Judgement]) -> str:
    counts = Counter((j.note.verdict, j.got) for j in judged)
    lines = [f"{'verdict':<12}{'labelled':>9}{'judged':>8}{'precision':>11}{'recall':>8}"]
    for verdict in VERDICTS:
        labelled = sum(n for (expected, _), n in counts.items() if expected == verdict)
        judged_as = sum(n for (_, got), n in counts.items() if got == verdict)
        hits = counts[(verdict, verdict)]
        lines.append(
            f"{verdict:<12}{labelled:>9}{judged_as:>8}"
            f"{ratio(hits, judged_as):>11}{ratio(hits, labelled):>8}"
        )
    columns = list(VERDICTS) + sorted({got for _, got in counts} - set(VERDICTS))  # not-judged
    lines += ["", "Confusion (rows: labelled, columns: judged)"]
    lines.append(f"{'':<12}" + "".join(f"{got:>12}" for got in columns))
    for expected in VERDICTS:
        cells = "".join(f"{counts[(expected, got)]:>12}" for got in columns)
        lines.append(f"{expected:<12}{cells}")
    return "\n".join(lines)


def language_table(judged: Sequence[Judgement]) -> str:
    languages = sorted({j.note.lang for j in judged}, key=lambda lang: (lang != "en", lang))
    lines = [
        f"{'language':<10}{'notes':>7}{'accuracy':>10}{'good rejected':>15}{'passed wrongly':>16}"
    ]
    for lang in languages:
        part = [j for j in judged if j.note.lang == lang]
        rejected = sum(j.note.verdict == "personal" and not j.correct for j in part)
        passed = sum(j.note.verdict != "personal" and j.got == "personal" for j in part)
        correct = sum(j.correct for j in part)
        lines.append(
            f"{lang:<10}{len(part):>7}{ratio(correct, len(part)):>10}{rejected:>15}{passed:>16}"
        )
    return "\n".join(lines)


def describe_miss(judgement: Judgement) -> str:
    note = judgement.note
    options = f"mode={note.mode}, name={note.name!r}, limit={note.limit}, lang={note.lang}"
    lines = [
        f"- {note.id}: labelled {note.verdict}, judged {judgement.got} ({options})",
        f"    text: {note.text!r}",
        f"    why labelled so: {note.why}",
    ]
    for finding in judgement.report.get("findings", []):
        quoted = f' on "{finding["text"]}"' if finding.get("text") else ""
        lines.append(
            f"    finding: {finding['rule']} ({finding['severity']}){quoted}: {finding['message']}"
        )
    decided = judgement.report.get("decided_by")
    if decided:
        lines.append(f"    decided by: {decided['id']}")
    return "\n".join(lines)
