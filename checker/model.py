"""The data the checker hands out: rules' metadata, findings and the report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

SCHEMA_VERSION = 2

Severity = Literal["error", "warning", "suggestion"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "suggestion")

Verdict = Literal["pitch", "generic", "needs-work", "personal", "not-judged"]
# In order of precedence. "not-judged": a language the checker cannot read yet.
VERDICTS: tuple[Verdict, ...] = ("pitch", "generic", "not-judged", "needs-work", "personal")

Mode = Literal["draft", "received"]
MODES: tuple[Mode, ...] = ("draft", "received")

FREE_LIMIT = 200  # LinkedIn's note limit on a free account
PREMIUM_LIMIT = 300  # and with Premium: the library's and the CLI's default

# Where the guide is published. Set here only: the MkDocs hook copies it into site_url.
GUIDE_URL = "https://two-minute-note.github.io/"


def rule_path(rule_id: str) -> str:
    """The rule's section of the guide, relative to the site root."""
    return f"rules/#{rule_id}"


@dataclass(frozen=True)
class Span:
    """Where a finding sits: code-point offsets for Python, UTF-16 offsets for JavaScript."""

    start: int
    end: int
    start_utf16: int
    end_utf16: int

    def to_dict(self) -> dict[str, int]:
        return {
            "start": self.start,
            "end": self.end,
            "start_utf16": self.start_utf16,
            "end_utf16": self.end_utf16,
        }


@dataclass(frozen=True)
class Example:
    """A must-flag or must-pass example of a rule, with the options it is checked under."""

    text: str
    name: str | None = None
    limit: int = PREMIUM_LIMIT
    mode: Mode = "draft"


@dataclass(frozen=True)
class Hit:
    """What a rule found: a code-point span (or None for the note as a whole) and,
    where the rule's default wording does not fit, its own message and fix."""

    start: int | None = None
    end: int | None = None
    message: str | None = None
    suggestion: str | None = None
    severity: Severity | None = None
    received_suggestion: str | None = None  # what it means to someone who received the note
    received_message: str | None = None  # the message, told to the note's recipient


@dataclass(frozen=True)
class Rule:
    """One self-describing rule. `check` reads the analysed note and returns its hits."""

    id: str
    title: str
    severity: Severity
    message: str
    suggestion: str
    why: str
    must_flag: tuple[Example, ...]
    must_pass: tuple[Example, ...]
    check: Callable[..., list[Hit]] = field(repr=False, compare=False)
    # The advice for someone who received the note, where it differs from the sender's fix.
    received_suggestion: str | None = None
    # The message, told to someone who received the note ("the sender", "you"), where it differs.
    received_message: str | None = None
    # Reads no words of any language (length, name, template slots): runs whatever the language.
    language_free: bool = False

    @property
    def guide_path(self) -> str:
        return rule_path(self.id)

    @property
    def link(self) -> str:
        return GUIDE_URL + self.guide_path


@dataclass(frozen=True)
class Finding:
    rule: str
    title: str
    severity: Severity
    message: str
    span: Span | None
    text: str
    suggestion: str

    @property
    def guide_path(self) -> str:
        return rule_path(self.rule)

    @property
    def link(self) -> str:
        return GUIDE_URL + self.guide_path

    def to_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "title": self.title,
            "severity": self.severity,
            "message": self.message,
            "span": self.span.to_dict() if self.span else None,
            "text": self.text,
            "suggestion": self.suggestion,
            "link": self.link,
            "guide_path": self.guide_path,
        }


RuleStatus = Literal["pass", "fail", "tip", "skipped"]


@dataclass(frozen=True)
class RuleResult:
    """One line of the rule-by-rule table. `fail`: an error or warning; `tip`: only suggestions;
    `skipped`: not judged, because the note is empty, stock text or an unfilled template."""

    rule: str
    title: str
    status: RuleStatus

    @property
    def passed(self) -> bool:
        return self.status in ("pass", "tip")

    def to_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "title": self.title,
            "status": self.status,
            "passed": self.passed,
            "guide_path": rule_path(self.rule),
        }


@dataclass(frozen=True)
class Action:
    """For a received note: what to do with it, and a polite reply where one helps."""

    id: Literal["accept", "look-closer", "ignore"]
    label: str
    advice: str
    reply: str | None

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "label": self.label, "advice": self.advice, "reply": self.reply}


@dataclass(frozen=True)
class Stats:
    characters: int
    characters_utf16: int
    limit: int

    def to_dict(self) -> dict[str, int]:
        return {
            "characters": self.characters,
            "characters_utf16": self.characters_utf16,
            "limit": self.limit,
        }


@dataclass(frozen=True)
class Report:
    verdict: Verdict
    mode: Mode
    summary: str
    findings: tuple[Finding, ...]
    rules: tuple[RuleResult, ...]
    stats: Stats
    action: Action | None = None
    # The meta-rule that decided ({"id", "verdict", "says"}), the note's language
    # ({"code", "name", "supported"}), and the named signals with their points.
    decided_by: dict[str, str] = field(default_factory=dict)
    language: dict[str, object] = field(default_factory=dict)
    signals: tuple[dict[str, object], ...] = ()
    # Why some rules were not checked ("there is no note"), or None when every rule was.
    not_checked: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "schema_version": SCHEMA_VERSION,
            "verdict": self.verdict,
            "mode": self.mode,
            "summary": self.summary,
            "findings": [finding.to_dict() for finding in self.findings],
            "rules": [result.to_dict() for result in self.rules],
            "stats": self.stats.to_dict(),
            "action": self.action.to_dict() if self.action else None,
            "decided_by": dict(self.decided_by),
            "language": dict(self.language),
            "signals": [dict(signal) for signal in self.signals],
            "not_checked": self.not_checked,
        }
