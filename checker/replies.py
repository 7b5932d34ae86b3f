"""Replies for someone who received a connection request, chosen by the checker's verdict.

One function over the texts in checker/wording.py: the browser (through the worker), the CLI
and the engine's suggested action pick the same texts. The heads-up reply carries a link to a
policy page: the recipient's own link when they made one, or the site's general page.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Report
from .wording import ASK_REASON, GENERAL_POLICY_URL, REMIND_ME, THANKS, heads_up

__all__ = ["GENERAL_POLICY_URL", "Reply", "heads_up", "replies_for"]


@dataclass(frozen=True)
class Reply:
    id: str  # heads-up | remind-me | ask-reason | thanks
    label: str  # when to send it, in a few words
    text: str

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "label": self.label, "text": self.text}


def _failed(report: Report) -> set[str]:
    return {result.rule for result in report.rules if not result.passed}


def replies_for(report: Report, *, policy_url: str = GENERAL_POLICY_URL) -> tuple[Reply, ...]:
    """Replies that fit a received note, best first. None for a pitch (ignoring is better), nor
    for a note in a language the checker cannot read (it cannot tell which would fit)."""
    policy = Reply("heads-up", "A heads-up with your policy", heads_up(policy_url))
    remind = Reply("remind-me", "If you might know them", REMIND_ME)
    if report.verdict in ("pitch", "not-judged"):
        return ()
    if report.verdict == "personal":
        return (Reply("thanks", "After you accept, if you like", THANKS),)
    if report.verdict == "generic":
        return (policy, remind)
    failed = _failed(report)
    fitting: list[Reply] = []
    if "context" in failed or "self-intro" in failed:
        fitting.append(Reply("remind-me", "If you can't place them", REMIND_ME))
    if "reason" in failed:
        fitting.append(Reply("ask-reason", "If you wonder why they asked", ASK_REASON))
    # They did write a note: the policy heads-up would read as a telling-off.
    return tuple(fitting) or (Reply("thanks", "After you accept, if you like", THANKS),)
