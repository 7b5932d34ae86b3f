"""The rules, in the order the report lists them."""

from __future__ import annotations

from ..model import Rule
from . import (
    boilerplate,
    context,
    empty,
    greeting,
    length,
    name,
    pitch,
    placeholder,
    reason,
    self_intro,
    stock_text,
    tone,
)

RULES: tuple[Rule, ...] = tuple(
    module.RULE
    for module in (
        empty,
        placeholder,
        stock_text,
        boilerplate,
        pitch,
        greeting,
        name,
        context,
        reason,
        self_intro,
        length,
        tone,
    )
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}
