"""Train the learned scores on the corpus's training split and write checker/data/models.json.

    python -m tools.train            # train, report cross-validated figures, write the weights
    python -m tools.train --check    # fail if the shipped weights differ from a fresh training

Two logistic regressions over the word features of checker/score/features.py:
  sales-intent  pitch against every other note;
  generic       generic against needs-work and personal (pitches left out).
Holdout notes are refused (tools.corpus.refuse_holdout). Weights below PRUNE_BELOW are dropped
so the file stays small (the budget is 200 KB); the cross-validated figures are the pruned
models', and the fixture the runtime scorer is tested against holds the pruned model's
probabilities as scikit-learn computes them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

try:
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold
except ImportError as missing:  # a development dependency only
    raise SystemExit(
        f"{missing.name} is missing: .venv/bin/python -m pip install -r requirements-train.txt"
    ) from missing

from checker.score.features import text_features

from .corpus import ROOT, LabelledNote, load, refuse_holdout, training_notes

MODEL_PATH = ROOT / "checker" / "data" / "models.json"
FIXTURE_PATH = ROOT / "tests" / "checker" / "data" / "model_fixture.json"
C = 2.0
MIN_NOTES_PER_FEATURE = 2
PRUNE_BELOW = 0.12
FOLDS = 8
FIXTURE_NOTES = 40

TASKS: dict[str, Callable[[LabelledNote], bool | None]] = {
    "sales-intent": lambda note: note.verdict == "pitch",
    "generic": lambda note: None if note.verdict == "pitch" else note.verdict == "generic",
}


def _vectorise(notes: Sequence[LabelledNote]) -> tuple[DictVectorizer, Any]:
    rows = [dict.fromkeys(text_features(note.text), 1) for note in notes]
    counts: dict[str, int] = {}
    for row in rows:
        for name in row:
            counts[name] = counts.get(name, 0) + 1
    kept = [{k: 1 for k in row if counts[k] >= MIN_NOTES_PER_FEATURE} for row in rows]
    vectoriser = DictVectorizer()
    return vectoriser, vectoriser.fit_transform(kept)


def _pruned_fit(matrix: Any, target: np.ndarray) -> LogisticRegression:
    """Fit, then drop the small weights and round the rest as they are shipped, so the model
    scikit-learn scores with is exactly the one in models.json."""
    model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    model.fit(matrix, target)
    model.coef_[np.abs(model.coef_) < PRUNE_BELOW] = 0.0
    model.coef_ = np.round(model.coef_, 4)
    model.intercept_ = np.round(model.intercept_, 4)
    return model


def fit(notes: Sequence[LabelledNote], label: Callable[[LabelledNote], bool | None]) -> dict:
    chosen = [note for note in notes if label(note) is not None]
    target = np.array([bool(label(note)) for note in chosen])
    vectoriser, matrix = _vectorise(chosen)
    model = _pruned_fit(matrix, target)
    names = vectoriser.get_feature_names_out()
    weights = {
        name: round(float(weight), 4)
        for name, weight in zip(names, model.coef_[0], strict=True)
        if weight != 0.0
    }
    groups = np.array([note.batch for note in chosen])
    out_of_fold = np.zeros(len(chosen))
    for train_rows, test_rows in GroupKFold(min(FOLDS, len(set(groups)))).split(
        matrix, target, groups
    ):
        fold = _pruned_fit(matrix[train_rows], target[train_rows])
        out_of_fold[test_rows] = fold.predict_proba(matrix[test_rows])[:, 1]
    return {
        "spec": {
            "bias": round(float(model.intercept_[0]), 4),
            "weights": dict(sorted(weights.items())),
        },
        "model": model,
        "vectoriser": vectoriser,
        "out_of_fold": {note.id: float(p) for note, p in zip(chosen, out_of_fold, strict=True)},
        "labels": {note.id: bool(value) for note, value in zip(chosen, target, strict=True)},
    }


def report(name: str, result: dict) -> None:
    labels, oof = result["labels"], result["out_of_fold"]
    positives = sum(labels.values())
    weights = len(result["spec"]["weights"])
    print(f"{name}: {len(labels)} notes, {positives} positive, {weights} weights")
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


FIXTURE_EXTRA = (
    "",
    "Hi Ana, we help SaaS teams cut churn by 30%. Open to a quick call next week?",
    "Hola Lucía, nos conocimos en la PyCon de Valencia. ¡Me encantaría seguir en contacto!",
    "I'd like to add you to my professional network on LinkedIn.",
    "Hi {first_name}, I came across your profile and would love to connect!",
)


def fixture(results: dict, notes: Sequence[LabelledNote]) -> dict[str, dict[str, float]]:
    """Probabilities scikit-learn gives for a fixed set of texts: the runtime scorer must agree."""
    texts = [note.text for note in sorted(notes, key=lambda note: note.id)[::97]][:FIXTURE_NOTES]
    texts += FIXTURE_EXTRA
    document: dict[str, dict[str, float]] = {}
    for name, result in results.items():
        rows = [dict.fromkeys(text_features(text), 1) for text in texts]
        probabilities = result["model"].predict_proba(result["vectoriser"].transform(rows))[:, 1]
        document[name] = {
            text: round(float(p), 9) for text, p in zip(texts, probabilities, strict=True)
        }
    return document


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
        "models": specs,
    }
    if options.oof:
        options.oof.write_text(json.dumps({n: r["out_of_fold"] for n, r in results.items()}))
    if options.check:
        same = shipped.get("models") == specs
        print("shipped weights match a fresh training" if same else "shipped weights are stale")
        return 0 if same else 1
    MODEL_PATH.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n")
    FIXTURE_PATH.parent.mkdir(parents=True, exist_ok=True)
    FIXTURE_PATH.write_text(
        json.dumps(fixture(results, notes), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"wrote {MODEL_PATH.relative_to(ROOT)} ({MODEL_PATH.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
