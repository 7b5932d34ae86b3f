"""Runs the rules over a note and turns their hits into one report and one verdict."""

from __future__ import annotations

from dataclasses import replace

from .analysis import Analysis
from .model import (
    MODES,
    PREMIUM_LIMIT,
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
from .rules import RULES, RULES_BY_ID
from .signals import Signal, carried_spans, collect
from .text import Note
from .verdict import BLOCKING, Decision, Evidence, decide
from .wording import (
    GENERAL_POLICY_URL,
    NOT_CHECKED_BECAUSE,
    NOT_CHECKED_LANGUAGE,
    REMIND_ME,
    VERDICT_SUMMARIES,
    heads_up,
)


def check(
    text: str, *, mode: str = "draft", name: str | None = None, limit: int = PREMIUM_LIMIT
) -> Report:
    """Check a connection note. Never raises for any str; rejects options that make no sense."""
    _validate(text, mode, name, limit)
    note = Note(text, mode, (name or "").strip() or None, limit)  # type: ignore[arg-type]
    analysis = Analysis(note)
    judged = [rule for rule in RULES if _judged_in(rule, analysis)]
    by_rule = {
        rule.id: [_finding(rule, hit, note) for hit in rule.check(analysis)] for rule in judged
    }
    judged_ids = set(by_rule)
    signals = collect(analysis)
    evidence = Evidence(analysis, tuple(f for found in by_rule.values() for f in found), signals)
    decision = decide(evidence)
    _explain_learned_decision(by_rule, decision, evidence)
    findings = [finding for found in by_rule.values() for finding in found]
    results = [
        RuleResult(
            rule.id, rule.title, _status(by_rule[rule.id]) if rule.id in judged_ids else "skipped"
        )
        for rule in RULES
    ]
    results, not_checked = _skip_rules_with_nothing_to_judge(results, analysis)
    return Report(
        verdict=decision.verdict,
        mode=note.mode,
        summary=VERDICT_SUMMARIES[decision.verdict][note.mode],
        findings=tuple(sorted(findings, key=_severity_order)),
        rules=tuple(results),
        stats=Stats(note.length, note.length_utf16, limit),
        action=_action(decision.verdict, findings) if note.mode == "received" else None,
        decided_by=decision.to_dict(),
        language=analysis.language.to_dict(),
        not_checked=not_checked,
        signals=tuple(signal.to_dict() for signal in signals),
    )


def _judged_in(rule: Rule, analysis: Analysis) -> bool:
    """In a language the checker cannot read, only the rules that read no words run (and the
    pitch rule, for offer links)."""
    return analysis.language.supported or rule.language_free or rule.id == "pitch"


_LEARNED_PITCH_MESSAGE = (
    "These words read like a sales message: notes that sell use them, notes written to "
    "connect rarely do."
)
_LEARNED_GENERIC_MESSAGE = (
    "This wording could have gone to anyone: nothing in it reads as written for this person."
)
_NOT_A_PITCH_AFTER_ALL = (
    "This sounds like selling, but the note as a whole does not read as a pitch."
)
_NOT_A_PITCH_FIX: dict[Mode, str] = {
    "draft": "If you are asking for advice, say so plainly; if you are selling, take it out.",
    "received": "Read it for yourself: an honest request for advice can ask for a call too.",
}


def _explain_learned_decision(
    by_rule: dict[str, list[Finding]], decision: Decision, evidence: Evidence
) -> None:
    """Keep the findings in step with the decision: a pitch the learned score found gets the
    words that carried it marked; a hand pitch finding the score overruled becomes a tip; a note
    judged generic by the learned score says so under the boilerplate rule."""
    note = evidence.analysis.note
    if "pitch" in by_rule:
        if decision.verdict == "pitch" and not by_rule["pitch"]:
            learned = evidence.signal("sales-intent")
            by_rule["pitch"] = _learned_findings(
                "pitch", learned, evidence.analysis, _LEARNED_PITCH_MESSAGE
            )
        elif decision.verdict != "pitch" and by_rule["pitch"]:
            by_rule["pitch"] = [
                replace(
                    finding,
                    severity="suggestion",
                    message=_NOT_A_PITCH_AFTER_ALL,
                    suggestion=_NOT_A_PITCH_FIX[note.mode],
                )
                for finding in by_rule["pitch"]
            ]
    boilerplate = by_rule.get("boilerplate", [])
    if decision.meta_rule == "reads-like-anyone" and not any(
        f.severity in BLOCKING for f in boilerplate
    ):
        learned = evidence.signal("could-go-to-anyone")
        by_rule["boilerplate"] = boilerplate + _learned_findings(
            "boilerplate", learned, evidence.analysis, _LEARNED_GENERIC_MESSAGE
        )


def _learned_findings(
    rule_id: str, learned: Signal | None, analysis: Analysis, message: str
) -> list[Finding]:
    """One finding per run of words that carried the learned score (or one for the whole note),
    made like any rule's finding, so the fix fits the mode."""
    rule = RULES_BY_ID[rule_id]
    spans = carried_spans(analysis, learned) if learned else ()
    hits = [Hit(start, end, message, severity="error") for start, end in spans]
    return [
        _finding(rule, hit, analysis.note)
        for hit in hits or [Hit(message=message, severity="error")]
    ]


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
    message = hit.message or rule.message
    if note.mode == "received":
        suggestion = hit.received_suggestion or rule.received_suggestion or suggestion
        own = rule.received_message if hit.message is None else None
        message = hit.received_message or own or message
    return Finding(
        rule=rule.id,
        title=rule.title,
        severity=hit.severity or rule.severity,
        message=message,
        span=span,
        text=note.text[hit.start : hit.end] if has_span else "",
        suggestion=suggestion,
    )


# When a note is LinkedIn's stock text or an unfilled template, these rules have nothing of the
# sender's to judge: a tick for them ("says why you want to connect") would mislead. When there
# is no note at all, no rule but "there is a note" has anything to judge.
_CONTENT_RULES = frozenset({"boilerplate", "context", "reason", "self-intro"})


def _skip_rules_with_nothing_to_judge(
    results: list[RuleResult], analysis: Analysis
) -> tuple[list[RuleResult], str | None]:
    """The results with the rules that had nothing to judge marked skipped, and why."""
    failed = {result.rule for result in results if result.status == "fail"}
    reason = next((rule for rule in NOT_CHECKED_BECAUSE if rule in failed), None)
    if reason is None:
        unread = not analysis.language.supported and any(r.status == "skipped" for r in results)
        return results, NOT_CHECKED_LANGUAGE if unread else None
    skipped = (
        {result.rule for result in results} - {"empty"}
        if reason == "empty"
        else {rule for rule in _CONTENT_RULES if rule not in failed}
    )
    return [
        RuleResult(result.rule, result.title, "skipped") if result.rule in skipped else result
        for result in results
    ], NOT_CHECKED_BECAUSE[reason]


def _status(rule_findings: list[Finding]) -> RuleStatus:
    if any(finding.severity in BLOCKING for finding in rule_findings):
        return "fail"
    return "tip" if rule_findings else "pass"


def _severity_order(finding: Finding) -> int:
    return ("error", "warning", "suggestion").index(finding.severity)


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
            heads_up(GENERAL_POLICY_URL),
        )
    if verdict == "not-judged":
        return Action(
            "look-closer",
            "Read it yourself",
            "The checker can't read this language yet. Ask yourself: does it greet you by name, "
            "say how you know each other and why, and sell nothing?",
            None,
        )
    missing_context = any(finding.rule == "context" for finding in findings)
    return Action(
        "look-closer",
        "Look closer",
        "Someone made an effort, but something is off. If you know them, accept; if you can't "
        "place them, ask before you decide.",
        REMIND_ME if missing_context else None,
    )
