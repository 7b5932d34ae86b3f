"""Every rule carries complete metadata, and its own examples behave as it says."""

from __future__ import annotations

import re

import pytest

from checker import RULES, check
from checker.model import SEVERITIES, Example, Rule

ALL_EXAMPLES = [
    pytest.param(rule, example, kind, id=f"{rule.id}-{kind}-{index}")
    for rule in RULES
    for kind, examples in (("flag", rule.must_flag), ("pass", rule.must_pass))
    for index, example in enumerate(examples)
]


def _run(example: Example):
    return check(example.text, mode=example.mode, name=example.name, limit=example.limit)


@pytest.mark.parametrize(("rule", "example", "kind"), ALL_EXAMPLES)
def test_rule_example(rule: Rule, example: Example, kind: str) -> None:
    report = _run(example)
    found = [finding for finding in report.findings if finding.rule == rule.id]
    if kind == "flag":
        assert found, f"{rule.id} should flag {example.text!r}; report: {report.to_dict()}"
    else:
        assert not found, f"{rule.id} should not flag {example.text!r}; it said {found}"


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_rule_has_complete_metadata(rule: Rule) -> None:
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.id), "ids are stable kebab-case anchors"
    assert rule.severity in SEVERITIES
    for text in (rule.title, rule.message, rule.suggestion, rule.why):
        assert text.strip() and text == text.strip()
    assert len(rule.why) > 80, "the why explains, in a few sentences"
    assert rule.must_flag, "every rule needs at least one must-flag example"
    assert rule.must_pass, "every rule needs at least one must-pass example"


def test_rule_ids_are_unique() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))


def test_the_rules_the_issue_names_all_exist() -> None:
    assert {rule.id for rule in RULES} >= {
        "greeting",
        "name",
        "context",
        "reason",
        "self-intro",
        "stock-text",
        "placeholder",
        "boilerplate",
        "pitch",
        "length",
        "tone",
    }
