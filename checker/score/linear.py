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

    def carried_by(self, count: int = 4) -> tuple[Contribution, ...]:
        """The features that pushed the score up most."""
        return tuple(c for c in self.contributions if c.weight > 0)[:count]


@dataclass(frozen=True)
class LinearModel:
    name: str
    bias: float
    weights: Mapping[str, float]

    def score(self, features: Mapping[str, int]) -> Score:
        get = self.weights.get
        weighed = tuple(
            (feature, weight, first)
            for feature, first in features.items()
            if (weight := get(feature)) is not None
        )
        total = self.bias + math.fsum(weight for _, weight, _ in weighed)
        return Score(self.name, _sigmoid(total), weighed)


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
