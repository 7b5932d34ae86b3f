"""The verdict, from an ordered list of named meta-rules: the only place a verdict is decided.

Each meta-rule is a readable condition over the rules' findings and the signals' points. They
are tried in order (pitch, then generic, then "not judged" for a language the checker cannot
read, then needs work, then personal); the first that holds decides, and the report names it, so a
visitor can see why ("Decided by: it asks for a call, a meeting or a demo").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .analysis import Analysis
from .model import Finding, Rule, Verdict
from .rules import (
    boilerplate,
    context,
    empty,
    greeting,
    pitch,
    placeholder,
    reason,
    stock_text,
)
from .signals import PITCH_POINTS, Signal, pitch_points

BLOCKING = ("error", "warning")


@dataclass(frozen=True)
class Evidence:
    """What the meta-rules read: the analysed note, the rules' findings, the signals."""

    analysis: Analysis
    findings: tuple[Finding, ...]
    signals: tuple[Signal, ...]

    def fired(self, *rules: Rule) -> bool:
        """Whether any of these rules reported an error or a warning."""
        ids = {rule.id for rule in rules}
        return any(f.rule in ids and f.severity in BLOCKING for f in self.findings)

    def signal(self, *prefixes: str) -> Signal | None:
        return next((s for s in self.signals if s.id.startswith(prefixes)), None)

    @property
    def strongest_pitch_signal(self) -> Signal:
        return max((s for s in self.signals if s.family == "pitch"), key=lambda s: s.points)

    @property
    def first_blocking(self) -> Finding | None:
        """The first rule broken, leaving out the pitch rule: whether a note sells is decided by
        the pitch signals' points alone."""
        return next(
            (f for f in self.findings if f.severity in BLOCKING and f.rule != pitch.RULE.id),
            None,
        )


@dataclass(frozen=True)
class Decision:
    meta_rule: str
    verdict: Verdict
    says: str  # plain words, to follow "Decided by: "

    def to_dict(self) -> dict[str, str]:
        return {"id": self.meta_rule, "verdict": self.verdict, "says": self.says}


@dataclass(frozen=True)
class MetaRule:
    id: str
    verdict: Verdict
    holds: Callable[[Evidence], bool]
    says: Callable[[Evidence], str]
    describes: str  # for the rules reference: when it holds, in plain words


def _sells(evidence: Evidence) -> bool:
    return pitch_points(evidence.signals) >= PITCH_POINTS


def _empty_or_template(evidence: Evidence) -> bool:
    return evidence.fired(empty.RULE, placeholder.RULE)


def _stock_sentence(evidence: Evidence) -> bool:
    # LinkedIn's stock sentence, unless the sender wrote something of their own around it
    return evidence.fired(stock_text.RULE) and not evidence.analysis.has_context_cue


def _nothing_specific(evidence: Evidence) -> bool:
    """Every word is a greeting, a name or networking talk. The word lists are the supported
    languages': in another language this cannot be told."""
    analysis = evidence.analysis
    return analysis.language.supported and bool(analysis.note.words) and not analysis.is_specific


def _reads_like_anyone(evidence: Evidence) -> bool:
    """The learned score says this could go to anyone, and the hand rules found no context or
    no reason: a strong score alone is not enough to overrule them."""
    learned = evidence.signal("could-go-to-anyone")
    if learned is None:
        return False
    if learned.id.endswith("97"):
        return evidence.fired(context.RULE, reason.RULE, boilerplate.RULE, stock_text.RULE)
    return evidence.fired(context.RULE, reason.RULE) and evidence.fired(
        boilerplate.RULE, greeting.RULE
    )


def _not_in_a_supported_language(evidence: Evidence) -> bool:
    return not evidence.analysis.language.supported


def _breaks_a_rule(evidence: Evidence) -> bool:
    return evidence.first_blocking is not None


def _describe_blocking(evidence: Evidence) -> str:
    finding = evidence.first_blocking
    return f"it misses “{finding.title}”" if finding else "a rule is not met"


META_RULES: tuple[MetaRule, ...] = (
    MetaRule(
        "sells",
        "pitch",
        _sells,
        lambda e: e.strongest_pitch_signal.says,
        f"The pitch signals below add up to {PITCH_POINTS:g} points or more.",
    ),
    MetaRule(
        "empty-or-template",
        "generic",
        _empty_or_template,
        lambda e: (
            "it is empty or an unfilled template"
            if e.fired(placeholder.RULE) or not e.analysis.note.words
            else "there is no note"
        ),
        "The note is empty, or has a template slot nobody filled in.",
    ),
    MetaRule(
        "stock-sentence",
        "generic",
        _stock_sentence,
        lambda _: "it is LinkedIn's stock sentence and nothing more",
        "LinkedIn's stock invitation sentence, with nothing of the sender's own around it.",
    ),
    MetaRule(
        "nothing-specific",
        "generic",
        _nothing_specific,
        lambda _: "nothing in it is about this person",
        "Every word could have gone to anyone: greetings, compliments that name nothing, "
        "networking phrases.",
    ),
    MetaRule(
        "reads-like-anyone",
        "generic",
        _reads_like_anyone,
        lambda e: (e.signal("could-go-to-anyone") or Signal("", "", 0, "")).says,
        "The learned could-go-to-anyone score is high and the hand rules found no context or no "
        "reason either (a very high score is enough with one of them).",
    ),
    MetaRule(
        "language-not-supported",
        "not-judged",
        _not_in_a_supported_language,
        lambda e: (
            f"it is written in {e.analysis.language.name}, which the checker cannot judge yet"
        ),
        "The note is in a language the checker cannot read yet: only the length, the name and "
        "template slots are checked, and the content is not judged.",
    ),
    MetaRule(
        "breaks-a-rule",
        "needs-work",
        _breaks_a_rule,
        _describe_blocking,
        "A rule below reports an error or a warning: a wrong name, no greeting, no context, no "
        "reason, over the limit.",
    ),
    MetaRule(
        "all-rules-met",
        "personal",
        lambda _: True,
        lambda _: "it greets them, says how you know them and why, and sells nothing",
        "None of the above: the note is personal.",
    ),
)

META_RULES_BY_ID = {meta_rule.id: meta_rule for meta_rule in META_RULES}


def decide(evidence: Evidence) -> Decision:
    for meta_rule in META_RULES:
        if meta_rule.holds(evidence):
            return Decision(meta_rule.id, meta_rule.verdict, meta_rule.says(evidence))
    raise AssertionError("the last meta-rule always holds")
