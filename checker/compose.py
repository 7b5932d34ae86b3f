"""The note composer: from a few facts, a draft that fits the limit and reads as personal.

Pure and standard library only, like the checker; the browser runs it in the same worker.
The draft is a starting point the visitor edits freely, so it is checked here and, when a
longer version does not fit or does not pass, a shorter one is tried.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .engine import check
from .model import PREMIUM_LIMIT, Report

Relationship = Literal["event", "worked", "studied", "work", "referral", "reconnect"]


@dataclass(frozen=True)
class RelationshipKind:
    id: Relationship
    label: str  # what the visitor picks
    detail_label: str  # what the detail field asks for
    detail_example: str
    context: str  # the sentence that says how you know them; {detail} is filled in
    reason: str  # the default reason when the visitor gives none
    introduce_yourself: bool  # whether they may not know who you are


RELATIONSHIPS: tuple[RelationshipKind, ...] = (
    RelationshipKind(
        "event",
        "We met at an event",
        "Which event, and when?",
        "PyCon UK on Friday",
        "it was great meeting you at {detail}.",
        "I'd like to keep in touch.",
        False,
    ),
    RelationshipKind(
        "worked",
        "We worked together",
        "Where did you work together?",
        "Arup in Leeds",
        "it's been a while since we worked together at {detail}.",
        "I'd love to catch up and hear what you're working on now.",
        False,
    ),
    RelationshipKind(
        "studied",
        "We studied together",
        "Where, or which course?",
        "the MSc at Edinburgh",
        "we studied together on {detail}, and I still remember it fondly.",
        "I'd love to catch up and hear what you're up to now.",
        False,
    ),
    RelationshipKind(
        "work",
        "I know their work",
        "Which piece of their work?",
        "your article on onboarding junior developers",
        "I read {detail} and found it really useful.",
        "I'd like to follow your work and learn from it.",
        True,
    ),
    RelationshipKind(
        "referral",
        "Someone referred me",
        "Who suggested you get in touch?",
        "Priya Shah",
        "{detail} suggested I get in touch with you.",
        "I'd like to ask you a couple of questions about your work.",
        True,
    ),
    RelationshipKind(
        "reconnect",
        "We're reconnecting",
        "What did you share back then?",
        "our time at the Bristol lab",
        "it's been years since {detail}! How have you been?",
        "I'd love to catch up.",
        False,
    ),
)
RELATIONSHIPS_BY_ID = {kind.id: kind for kind in RELATIONSHIPS}

_SPACES = re.compile(r"\s+")
_REASON_OPENERS = ("i ", "i'd", "i’d", "i'm", "i’m", "i would", "could ", "can ", "would ", "let's")
_ELLIPSIS = "…"


@dataclass(frozen=True)
class Draft:
    text: str
    report: Report
    shortened: tuple[str, ...]  # what had to be cut to fit, in words for the visitor

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "report": self.report.to_dict(),
            "shortened": list(self.shortened),
        }


def compose(
    relationship: str,
    *,
    name: str,
    detail: str,
    reason: str = "",
    about: str = "",
    limit: int = PREMIUM_LIMIT,
) -> Draft:
    """Write a draft note. Raises ValueError for an unknown relationship or a missing name or
    detail: the composer needs those three to write anything personal."""
    kind = RELATIONSHIPS_BY_ID.get(relationship)  # type: ignore[call-overload]
    if kind is None:
        raise ValueError(f"relationship must be one of {', '.join(RELATIONSHIPS_BY_ID)}")
    name, detail, reason, about = (_tidy(value) for value in (name, detail, reason, about))
    if not name or not detail:
        raise ValueError("the composer needs their name and one specific detail")
    attempts = _attempts(kind, name, detail, reason, about, limit)
    fallback: Draft | None = None
    for text, shortened in attempts:
        report = check(text, name=name, limit=limit)
        draft = Draft(text, report, shortened)
        if len(text) <= limit and report.verdict == "personal":
            return draft
        if fallback is None and len(text) <= limit:
            fallback = draft
    return fallback or draft


def _tidy(value: str) -> str:
    return _SPACES.sub(" ", value or "").strip().rstrip(".!,;:")


def _sentence(text: str) -> str:
    text = text[:1].upper() + text[1:]
    return text if text.endswith(("?", "!", ".")) else text + "."


def _as_reason(reason: str, default: str) -> str:
    if not reason:
        return default
    lowered = reason.lower()
    if lowered.startswith(_REASON_OPENERS):
        return _sentence(reason)
    return _sentence(f"I'd like to {reason[:1].lower()}{reason[1:]}")


def _as_intro(about: str) -> str:
    if not about:
        return ""
    lowered = about.lower()
    if lowered.startswith(("i'm ", "i’m ", "i am ")):
        return _sentence(about)
    return _sentence(f"I'm {about}")


def _note(kind: RelationshipKind, name: str, detail: str, intro: str, reason: str) -> str:
    context = kind.context.format(detail=detail)
    parts = [f"Hi {name}, {context}"]
    if intro and kind.introduce_yourself:
        parts.append(intro)
    parts.append(reason)
    return " ".join(parts)


def _attempts(
    kind: RelationshipKind, name: str, detail: str, reason: str, about: str, limit: int
) -> list[tuple[str, tuple[str, ...]]]:
    """Drafts from the fullest to the shortest, each with what it left out."""
    intro = _as_intro(about)
    own_reason = _as_reason(reason, kind.reason)
    fullest = _note(kind, name, detail, intro, own_reason)
    attempts: list[tuple[str, tuple[str, ...]]] = [(fullest, ())]
    if intro and kind.introduce_yourself:
        attempts.append((_note(kind, name, detail, "", own_reason), ("who you are",)))
    if reason:
        attempts.append(
            (_note(kind, name, detail, "", kind.reason), ("who you are", "your reason"))
        )
    skeleton = _note(kind, name, "", "", kind.reason)
    room = limit - len(skeleton)
    if len(detail) > room:
        attempts.append(
            (
                _note(kind, name, _cut(detail, room), "", kind.reason),
                ("who you are", "your reason", "the detail"),
            )
        )
    return attempts


def _cut(text: str, room: int) -> str:
    """Shorten at a word boundary, with an ellipsis, to at most `room` characters."""
    if room <= len(_ELLIPSIS):
        return ""
    cut = text[: room - len(_ELLIPSIS)]
    if " " in cut:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:") + _ELLIPSIS


def relationship_options() -> list[dict[str, str]]:
    """The composer's choices, for a form: id, label, and what the detail field asks for."""
    return [
        {
            "id": kind.id,
            "label": kind.label,
            "detail_label": kind.detail_label,
            "detail_example": kind.detail_example,
        }
        for kind in RELATIONSHIPS
    ]
