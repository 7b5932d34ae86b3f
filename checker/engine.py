"""Runs the rules over a note and turns their hits into one report and one verdict."""

from __future__ import annotations

from .analysis import Analysis
from .model import (
    MODES,
    Action,
    Finding,
    Hit,
    Mode,
    Report,
    Rule,
    RuleResult,
    RuleStatus,
    Stats,
    Verdict,
)
from .rules import RULES
from .text import Note

_BLOCKING = ("error", "warning")
_GENERIC_RULES = ("empty", "placeholder")

_SUMMARIES: dict[Verdict, dict[Mode, str]] = {
    "pitch": {
        "draft": "This reads as a pitch. Take the offer out and connect for its own sake.",
        "received": "This is a pitch dressed as a connection request.",
    },
    "generic": {
        "draft": "This could go to anyone. Add who they are to you and why you're asking.",
        "received": "Nothing here was written for you: a generic request.",
    },
    "needs-work": {
        "draft": "A real note, nearly there: fix the points below before you send it.",
        "received": "A genuine attempt, but something is missing or wrong.",
    },
    "personal": {
        "draft": "A personal note: it greets them, says how you know them and why. Send it.",
        "received": "A personal note: it was written for you.",
    },
}

_POLITE_HEADS_UP = (
    "Hi, thanks for the invitation. I only accept requests that come with a short personal note, "
    "so I know how we know each other and why you'd like to connect. If you send one, I'll gladly "
    "take a look."
)
_REMIND_ME = "Thanks for the invitation! Could you remind me how we know each other?"


def check(text: str, *, mode: str = "draft", name: str | None = None, limit: int = 300) -> Report:
    """Check a connection note. Never raises for any str; rejects options that make no sense."""
    _validate(text, mode, name, limit)
    note = Note(text, mode, (name or "").strip() or None, limit)  # type: ignore[arg-type]
    analysis = Analysis(note)
    findings: list[Finding] = []
    results: list[RuleResult] = []
    for rule in RULES:
        rule_findings = [_finding(rule, hit, note) for hit in rule.check(analysis)]
        findings += rule_findings
        results.append(RuleResult(rule.id, rule.title, _status(rule_findings)))
    verdict = _verdict(findings, analysis)
    results = _skip_content_rules_of_a_template(results)
    return Report(
        verdict=verdict,
        mode=note.mode,
        summary=_SUMMARIES[verdict][note.mode],
        findings=tuple(sorted(findings, key=_severity_order)),
        rules=tuple(results),
        stats=Stats(note.length, note.length_utf16, limit),
        action=_action(verdict, findings) if note.mode == "received" else None,
    )


def _validate(text: object, mode: object, name: object, limit: object) -> None:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if mode not in MODES:
        raise ValueError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
    if name is not None and not isinstance(name, str):
        raise TypeError(f"name must be a str or None, not {type(name).__name__}")
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError(f"limit must be a positive whole number of characters, not {limit!r}")


def _finding(rule: Rule, hit: Hit, note: Note) -> Finding:
    has_span = hit.start is not None and hit.end is not None
    span = note.span(hit.start, hit.end) if has_span else None  # type: ignore[arg-type]
    suggestion = hit.suggestion or rule.suggestion
    if note.mode == "received":
        suggestion = hit.received_suggestion or rule.received_suggestion or suggestion
    return Finding(
        rule=rule.id,
        title=rule.title,
        severity=hit.severity or rule.severity,
        message=hit.message or rule.message,
        span=span,
        text=note.text[hit.start : hit.end] if has_span else "",
        suggestion=suggestion,
    )


# When a note is empty, LinkedIn's stock text or an unfilled template, these rules have nothing of
# the sender's to judge: a tick for them ("says why you want to connect") would mislead.
_TEMPLATE_RULES = frozenset({"empty", "stock-text", "placeholder"})
_CONTENT_RULES = frozenset({"boilerplate", "context", "reason", "self-intro"})


def _skip_content_rules_of_a_template(results: list[RuleResult]) -> list[RuleResult]:
    if not any(result.rule in _TEMPLATE_RULES and result.status == "fail" for result in results):
        return results
    return [
        RuleResult(result.rule, result.title, "skipped")
        if result.rule in _CONTENT_RULES and result.status != "fail"
        else result
        for result in results
    ]


def _status(rule_findings: list[Finding]) -> RuleStatus:
    if any(finding.severity in _BLOCKING for finding in rule_findings):
        return "fail"
    return "tip" if rule_findings else "pass"


def _severity_order(finding: Finding) -> int:
    return ("error", "warning", "suggestion").index(finding.severity)


def _verdict(findings: list[Finding], analysis: Analysis) -> Verdict:
    rules_hit = {finding.rule for finding in findings}
    if "pitch" in rules_hit:
        return "pitch"
    if rules_hit & set(_GENERIC_RULES) or not analysis.is_specific:
        return "generic"
    if "stock-text" in rules_hit and not analysis.has_context_cue:
        return "generic"  # the stock sentence plus a signature or season's greetings
    if any(finding.severity in _BLOCKING for finding in findings):
        return "needs-work"
    return "personal"


def _action(verdict: Verdict, findings: list[Finding]) -> Action:
    if verdict == "personal":
        return Action(
            "accept", "Accept", "It was written for you: accepting is the friendly answer.", None
        )
    if verdict == "pitch":
        return Action(
            "ignore",
            "Ignore",
            "Ignoring is the better answer: a reply to a pitch invites the next one. If it came "
            "after you connected, you can remove the connection; they are not told.",
            None,
        )
    if verdict == "generic":
        return Action(
            "ignore",
            "Ignore, or reply with your policy",
            "Nothing here was written for you. Ignore it (the sender is not told), or send a "
            "short, friendly heads-up that you accept requests with a personal note.",
            _POLITE_HEADS_UP,
        )
    missing_context = any(finding.rule == "context" for finding in findings)
    return Action(
        "look-closer",
        "Look closer",
        "Someone made an effort, but something is off. If you know them, accept; if you can't "
        "place them, ask before you decide.",
        _REMIND_ME if missing_context else None,
    )
