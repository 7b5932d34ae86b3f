"""Logistic-regression scores from shipped weights: a probability, and what carried it."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from ..data import load_json

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
    contributions: tuple[Contribution, ...]  # strongest first, positive and negative

    def carried_by(self, count: int = 4) -> tuple[Contribution, ...]:
        """The features that pushed the score up most."""
        return tuple(c for c in self.contributions if c.weight > 0)[:count]


@dataclass(frozen=True)
class LinearModel:
    name: str
    bias: float
    weights: Mapping[str, float]

    def score(self, features: Mapping[str, tuple[int, int]]) -> Score:
        weights = self.weights
        found = [
            Contribution(feature, weights[feature], span)
            for feature, span in features.items()
            if feature in weights
        ]
        total = self.bias + math.fsum(c.weight for c in found)
        found.sort(key=lambda c: -abs(c.weight))
        return Score(self.name, _sigmoid(total), tuple(found))


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
def thresholds() -> dict[str, float]:
    return dict(load_json(MODEL_FILE)["thresholds"])
