"""Train the learned scores on the corpus's training split and write checker/data/models.json.

    python -m tools.train            # train, report cross-validated figures, write the weights
    python -m tools.train --check    # fail if the shipped weights differ from a fresh training

Three logistic regressions over the word features of checker/score/features.py:
  sales-intent  pitch against every other note;
  generic       generic against needs-work and personal (pitches left out);
  content       notes that say how and why (personal, and needs-work notes whose only flaw is the
                name, the length or the greeting) against notes that do not.
Holdout notes are refused (tools.corpus.refuse_holdout). Weights below PRUNE_BELOW are dropped
so the file stays small; the probabilities written to the fixture are the pruned model's.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_val_predict

from checker.score.features import text_features

from .corpus import ROOT, LabelledNote, load, refuse_holdout, training_notes

MODEL_PATH = ROOT / "checker" / "data" / "models.json"
FIXTURE_PATH = ROOT / "tests" / "checker" / "data" / "model_fixture.json"
C = 2.0
MIN_NOTES_PER_FEATURE = 2
PRUNE_BELOW = 0.03
FOLDS = 8
FIXTURE_NOTES = 40

# A needs-work note whose "why" names only a flaw of form still says how and why.
_FORM_FLAW = re.compile(r"name|spell|limit|charact|too long|over |greet|caps|capital|shout", re.I)
_CONTENT_FLAW = re.compile(
    r"context|reason|why|how (?:they|we|you) (?:know|met)|no detail|vague|nothing specific"
    r"|no specific|purpose|generic",
    re.I,
)


def says_how_and_why(note: LabelledNote) -> bool | None:
    """The `content` label: True, False, or None for notes the model should not learn from."""
    if note.verdict == "personal":
        return True
    if note.verdict != "needs-work":
        return None
    if _FORM_FLAW.search(note.why) and not _CONTENT_FLAW.search(note.why):
        return True
    return False


TASKS: dict[str, Callable[[LabelledNote], bool | None]] = {
    "sales-intent": lambda note: note.verdict == "pitch",
    "generic": lambda note: None if note.verdict == "pitch" else note.verdict == "generic",
    "content": says_how_and_why,
}


def fit(notes: Sequence[LabelledNote], label: Callable[[LabelledNote], bool | None]) -> dict:
    chosen = [(note, label(note)) for note in notes if label(note) is not None]
    features = [dict.fromkeys(text_features(note.text), 1) for note, _ in chosen]
    counts: dict[str, int] = {}
    for row in features:
        for name in row:
            counts[name] = counts.get(name, 0) + 1
    kept = [{k: 1 for k in row if counts[k] >= MIN_NOTES_PER_FEATURE} for row in features]
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform(kept)
    target = np.array([bool(value) for _, value in chosen])
    model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    model.fit(matrix, target)
    weights = {
        name: round(float(weight), 4)
        for name, weight in zip(vectoriser.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(weight) >= PRUNE_BELOW
    }
    groups = [note.batch for note, _ in chosen]
    folds = min(FOLDS, len(set(groups)))
    out_of_fold = cross_val_predict(
        LogisticRegression(C=C, max_iter=5000, class_weight="balanced"),
        matrix,
        target,
        groups=groups,
        cv=GroupKFold(folds),
        method="predict_proba",
    )[:, 1]
    return {
        "spec": {"bias": round(float(model.intercept_[0]), 4), "weights": dict(sorted(weights.items()))},
        "out_of_fold": {note.id: float(p) for (note, _), p in zip(chosen, out_of_fold, strict=True)},
        "labels": {note.id: bool(value) for note, value in chosen},
    }


def report(name: str, result: dict) -> None:
    labels, oof = result["labels"], result["out_of_fold"]
    positives = sum(labels.values())
    print(f"{name}: {len(labels)} notes, {positives} positive, {len(result['spec']['weights'])} weights")
    for threshold in (0.5, 0.7, 0.8, 0.9, 0.95):
        false_pos = sum(oof[i] >= threshold and not labels[i] for i in labels)
        true_pos = sum(oof[i] >= threshold and labels[i] for i in labels)
        print(
            f"  p >= {threshold:.2f}: catches {true_pos}/{positives}, "
            f"false alarms {false_pos}/{len(labels) - positives} (out of fold, by batch)"
        )


def train(notes: Sequence[LabelledNote]) -> tuple[dict, dict]:
    notes = refuse_holdout(notes)
    results = {name: fit(notes, label) for name, label in TASKS.items()}
    return results, {name: result["spec"] for name, result in results.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--oof", type=Path, help="write out-of-fold probabilities here")
    options = parser.parse_args(argv)
    notes = training_notes(load())
    results, specs = train(notes)
    for name, result in results.items():
        report(name, result)
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8")) if MODEL_PATH.exists() else {}
    document = {
        "_about": "Learned by tools/train.py from the corpus's training split; do not edit.",
        "trained_on": len(notes),
        "thresholds": shipped.get("thresholds", {}),
        "models": specs,
    }
    if options.oof:
        options.oof.write_text(json.dumps({n: r["out_of_fold"] for n, r in results.items()}))
    if options.check:
        same = shipped.get("models") == specs
        print("shipped weights match a fresh training" if same else "shipped weights are stale")
        return 0 if same else 1
    MODEL_PATH.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)} ({MODEL_PATH.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
