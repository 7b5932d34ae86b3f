"""Logistic-regression scores from shipped weights: a probability, and what carried it."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from ..data import load_json
from .features import feature_span

MODEL_FILE = "models.json"


@dataclass(frozen=True)
class Contribution:
    feature: str
    weight: float
    span: tuple[int, int]  # token indexes, first and last inclusive


@dataclass(frozen=True)
class Score:
    model: str
    probability: float
    # the features that carried weight, with the first word of each (turned into contributions
    # only when a finding needs them: most checks never ask)
    weighed: tuple[tuple[str, float, int], ...] = ()

    @property
    def contributions(self) -> tuple[Contribution, ...]:
        """Every feature that carried weight, strongest first, positive and negative."""
        found = [
            Contribution(feature, weight, feature_span(feature, first))
            for feature, weight, first in self.weighed
        ]
        return tuple(sorted(found, key=lambda c: -abs(c.weight)))


@dataclass(frozen=True)
class LinearModel:
    name: str
    bias: float
    weights: Mapping[str, float]

    def score(self, features: Mapping[str, int]) -> Score:
        get = self.weights.get
        weighed = [
            (feature, weight, first)
            for feature, first in features.items()
            if (weight := get(feature)) is not None
        ]
        return self.scored(weighed)

    def scored(self, weighed: list[tuple[str, float, int]]) -> Score:
        """The score from the features that carried weight."""
        total = self.bias + math.fsum(weight for _, weight, _ in weighed)
        return Score(self.name, _sigmoid(total), tuple(weighed))


def _sigmoid(value: float) -> float:
    if value >= 0:
        return 1 / (1 + math.exp(-value))
    exp = math.exp(value)
    return exp / (1 + exp)


@cache
def load_models() -> dict[str, LinearModel]:
    data = load_json(MODEL_FILE)
    return {
        name: LinearModel(name, spec["bias"], spec["weights"])
        for name, spec in data["models"].items()
    }


@cache
def _joint_table() -> tuple[tuple[LinearModel, ...], dict[str, tuple[tuple[int, float], ...]]]:
    """Every model's weights in one table (feature -> (model index, weight) pairs), so a note's
    features are looked up once for all the models."""
    models = tuple(load_models().values())
    table: dict[str, list[tuple[int, float]]] = {}
    for index, model in enumerate(models):
        for feature, weight in model.weights.items():
            table.setdefault(feature, []).append((index, weight))
    return models, {feature: tuple(pairs) for feature, pairs in table.items()}


def score_all(features: Mapping[str, int]) -> dict[str, Score]:
    """Every model's score for the same features, in one pass: the same as `model.score` each."""
    models, table = _joint_table()
    weighed: list[list[tuple[str, float, int]]] = [[] for _ in models]
    get = table.get
    for feature, first in features.items():
        pairs = get(feature)
        if pairs is not None:
            for index, weight in pairs:
                weighed[index].append((feature, weight, first))
    return {model.name: model.scored(found) for model, found in zip(models, weighed, strict=True)}
