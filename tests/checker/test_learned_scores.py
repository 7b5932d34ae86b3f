"""The learned scores: the pure-Python scorer reproduces scikit-learn, the weights stay small and
fresh, and the words that carried a score are the ones a finding marks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker import check
from checker.score.features import stem, text_features
from checker.score.linear import load_models
from tools.corpus import ROOT

FIXTURE = Path(__file__).resolve().parent / "data" / "model_fixture.json"
MODEL_FILE = ROOT / "checker" / "data" / "models.json"
MAX_MODEL_BYTES = 200_000


@pytest.mark.parametrize("name", ["sales-intent", "generic"])
def test_runtime_scores_match_the_training_scripts(name: str) -> None:
    expected = json.loads(FIXTURE.read_text(encoding="utf-8"))[name]
    model = load_models()[name]
    for text, probability in expected.items():
        assert model.score(text_features(text)).probability == pytest.approx(probability, abs=1e-7)


def test_the_weights_ship_small() -> None:
    assert MODEL_FILE.stat().st_size <= MAX_MODEL_BYTES


def test_features_are_stems_of_words_and_pairs_with_digits_folded() -> None:
    features = text_features("Démonstration in 15 minutes")
    assert {"w:demon", "w:in", "w:00", "w:minut", "b:demon in", "b:in 00", "b:00 minut"} == set(
        features
    )
    assert features["w:minut"] == 3
    assert features["b:00 minut"] == 2
    assert stem("Zoë") == "zoe"


def test_a_learned_pitch_marks_the_words_that_carried_it() -> None:
    text = (
        "Hi Dana, we've been helping teams like yours cut ticket volume by 30% and I'd love to "
        "share what we've learned over a quick chat."
    )
    report = check(text, name="Dana").to_dict()
    assert report["verdict"] == "pitch"
    marked = [f["text"] for f in report["findings"] if f["rule"] == "pitch" and f["span"]]
    assert marked and all(part in text for part in marked)
    assert any(signal["id"].startswith("sales-intent") for signal in report["signals"])


def test_scoring_every_model_in_one_pass_equals_scoring_each() -> None:
    from checker.score.linear import score_all

    text = "Hola Lucía, ¿te interesaría ver una demo de nuestra plataforma? 15 minutos bastan."
    features = text_features(text)
    together = score_all(features)
    for name, model in load_models().items():
        alone = model.score(features)
        assert together[name].probability == pytest.approx(alone.probability, abs=1e-12)
        assert set(together[name].weighed) == set(alone.weighed)
