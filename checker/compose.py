"""The note composer: from a few facts, a draft that fits the limit and reads as personal.

Pure and standard library only, like the checker; the browser runs it in the same worker.
The draft is a starting point the visitor edits freely, so it is checked here and, when a
longer version does not fit or does not pass, a shorter one is tried. A detail is only ever
shortened to one of its own complete leading phrases, never cut mid-phrase; when even the
shortest of those does not fit, the composer says how long the detail may be instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise
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
    # How you know them, for a detail that is a name or a phrase ("Acme", "the MSc at Leeds").
    # {detail} is filled in; {at} is the preposition its main noun takes (at, on, in, during).
    context: str
    # The same sentence for a detail that opens with its own preposition ("at PyCon in Berlin").
    context_after_preposition: str
    # And for a detail that is a clause of its own ("we ran the chess club").
    context_for_clause: str
    reason: str  # the default reason when the visitor gives none
    short_reason: str  # the default reason when the longer one does not fit
    introduce_yourself: bool  # whether they may not know who you are


RELATIONSHIPS: tuple[RelationshipKind, ...] = (
    RelationshipKind(
        id="event",
        label="We met at an event",
        detail_label="Which event, and when?",
        detail_example="PyCon UK on Friday",
        context="it was great meeting you {at} {detail}.",
        context_after_preposition="it was great meeting you {detail}.",
        context_for_clause="it was great meeting you when {detail}.",
        reason="I'd like to keep in touch.",
        short_reason="I'd like to keep in touch.",
        introduce_yourself=False,
    ),
    RelationshipKind(
        id="worked",
        label="We worked together",
        detail_label="Where did you work together?",
        detail_example="Arup in Leeds",
        context="it's been a while since we worked together {at} {detail}.",
        context_after_preposition="it's been a while since we worked together {detail}.",
        context_for_clause="it's been a while since {detail}.",
        reason="I'd love to catch up and hear what you're working on now.",
        short_reason="I'd love to catch up.",
        introduce_yourself=False,
    ),
    RelationshipKind(
        id="studied",
        label="We studied together",
        detail_label="Where, or which course?",
        detail_example="the MSc at Edinburgh",
        context="it's been a while since we studied together {at} {detail}.",
        context_after_preposition="it's been a while since we studied together {detail}.",
        context_for_clause="it's been a while since {detail}.",
        reason="I'd love to catch up and hear what you're up to now.",
        short_reason="I'd love to catch up.",
        introduce_yourself=False,
    ),
    RelationshipKind(
        id="work",
        label="I know their work",
        detail_label="Which piece of their work?",
        detail_example="your article on onboarding junior developers",
        context="I keep coming back to {detail}.",
        context_after_preposition="I keep coming back to what you shared {detail}.",
        context_for_clause="I often think back to when {detail}.",
        reason="I'd like to follow your work and learn from it.",
        short_reason="I'd like to follow your work.",
        introduce_yourself=True,
    ),
    RelationshipKind(
        id="referral",
        label="Someone referred me",
        detail_label="Who suggested you get in touch?",
        detail_example="Priya Shah",
        context="{detail} suggested I get in touch with you.",
        context_after_preposition="I was pointed your way {detail}.",
        context_for_clause="I was pointed your way because {detail}.",
        reason="I'd like to ask you a couple of questions about your work.",
        short_reason="I'd like to ask you a question or two.",
        introduce_yourself=True,
    ),
    RelationshipKind(
        id="reconnect",
        label="We're reconnecting",
        detail_label="What did you share back then?",
        detail_example="our time at the Bristol lab",
        context="it's been years since {detail}! How have you been?",
        context_after_preposition="it's been years since our time {detail}! How have you been?",
        context_for_clause="it's been years since {detail}! How have you been?",
        reason="I'd love to catch up.",
        short_reason="I'd love to catch up.",
        introduce_yourself=False,
    ),
)
RELATIONSHIPS_BY_ID = {kind.id: kind for kind in RELATIONSHIPS}

# The words a detail may open with that join it to the sentence by themselves.
_PREPOSITIONS = frozenset(
    "at in on during with from through via over after before since by around near inside "
    "outside across about for under among between behind alongside within throughout".split()
)
# A detail that opens with a time ("last Tuesday at the meetup") joins like one with a preposition
# where the sentence says where you were; "this" counts only before a time ("this morning").
_TIME_OPENERS = frozenset("last yesterday today tonight earlier back".split())
_THIS_TIMES = frozenset(
    "morning afternoon evening week weekend month year spring summer autumn fall winter".split()
)
# The main noun of a detail picks the preposition: at Arup, on the MSc, in the structures team.
_TAKES_ON = frozenset(
    "project projects redesign migration launch rollout programme program course courses module "
    "degree msc ma mba bsc ba phd bootcamp scheme placement committee board panel pilot bid "
    "campaign case account build release trial shift desk rota app website product contract "
    "thesis".split()
)
_TAKES_IN = frozenset("team teams cohort class group squad department unit".split())
_TAKES_DURING = frozenset(
    "time days years year summer winter spring autumn season term semester internship "
    "residency sabbatical".split()
)
# A detail that opens with who did something is a clause: "we ran the chess club".
_SUBJECTS = frozenset("we you i i'm i've we're we've you're you've they she he".split())
# Where a detail may be shortened: before a comma or one of these words, what comes before is a
# complete phrase ("the Leeds meetup" of "the Leeds meetup on Tuesday, where we met"). A few
# words of the other languages the checker reads count too ("la Feria de Abril en Sevilla").
# "of" and "de" are left out: "the University of Leeds" cut to "the University" says nothing.
_PHRASE_BREAKS = _PREPOSITIONS | frozenset(
    "to and or but where when which who whom whose while that because so as "
    "en y con et avec dans und mit bei im bij e com em nel".split()
)
# A shortened detail may not end on a word that needs another after it.
_LEADING_WORDS = frozenset(
    "a an the of to and or but my our your their his her its this that these those de la el le "
    "les der die das di da do du van von".split()
)
_DANGLING = _PREPOSITIONS | _SUBJECTS | _LEADING_WORDS
# What may follow a comma in a detail that is the subject of a sentence, making an aside that
# needs a second comma to close it: "Priya, who worked with you at Monzo, suggested…".
_ASIDE_OPENERS = frozenset("who whom whose which a an the my our your".split())

_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[\w'’-]+")
_REASON_OPENERS = ("i ", "i'd", "i’d", "i'm", "i’m", "i would", "could ", "can ", "would ", "let's")
_INTRO_OPENERS = ("i ", "i'm ", "i’m ", "my ")


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
    """Write a draft note. Raises ValueError for an unknown relationship, a missing name or
    detail (the composer needs those three to write anything personal), or a detail too long to
    fit even when shortened; the message says what to change and can be shown as it is."""
    kind = RELATIONSHIPS_BY_ID.get(relationship)  # type: ignore[call-overload]
    if kind is None:
        raise ValueError(f"relationship must be one of {', '.join(RELATIONSHIPS_BY_ID)}")
    name, reason, about = (_tidy(value) for value in (name, reason, about))
    detail = _tidy_detail(detail)
    if not name or not _words(detail):
        raise ValueError("the composer needs their name and one specific detail")
    fallback: Draft | None = None
    for text, shortened in _attempts(kind, name, detail, reason, about):
        if len(text) > limit:
            continue
        draft = Draft(text, check(text, name=name, limit=limit), shortened)
        if draft.report.verdict == "personal":
            return draft
        fallback = fallback or draft
    if fallback is None:
        raise ValueError(_too_long(kind, name, detail, limit))
    return fallback


def _tidy(value: str) -> str:
    return _SPACES.sub(" ", value or "").strip().rstrip(".!,;:")


def _tidy_detail(detail: str) -> str:
    """The detail ends inside a sentence of the draft, so it loses its own closing marks."""
    return _tidy(detail).rstrip(".!?,;:… ")


def _sentence(text: str) -> str:
    text = text[:1].upper() + text[1:]
    return text if text.endswith(("?", "!", ".")) else text + "."


def _as_reason(reason: str, default: str) -> str:
    if not reason:
        return default
    lowered = reason.lower()
    if lowered.startswith(_REASON_OPENERS):
        return _sentence(reason)
    if lowered.startswith("to "):  # "to ask how you ran it": the template brings its own "to"
        reason = reason[3:]
    return _sentence(f"I'd like to {reason[:1].lower()}{reason[1:]}")


def _as_intro(about: str) -> str:
    if not about:
        return ""
    if about.lower().startswith(_INTRO_OPENERS):
        return _sentence(about)
    return _sentence(f"I'm {about}")


def _words(text: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(text)]


def _first_word(text: str) -> str:
    words = _words(text)
    return words[0] if words else ""


def _opens_with_preposition(kind: RelationshipKind, detail: str) -> bool:
    first = _first_word(detail)
    if first in _PREPOSITIONS:
        return True
    if "{at}" not in kind.context:
        return False
    second = _words(detail)[1:2]
    return first in _TIME_OPENERS or (first == "this" and bool(_THIS_TIMES.intersection(second)))


def _preposition_for(detail: str) -> str:
    """The preposition the detail's main noun takes: the last word before anything that
    qualifies it ("the MSc in data science at Edinburgh" is about "the MSc")."""
    head = ""
    for word in _words(detail):
        if head and (word in _PHRASE_BREAKS or word in ("of", "de")):
            break
        head = word
    if head in _TAKES_ON:
        return "on"
    if head in _TAKES_IN:
        return "in"
    return "during" if head in _TAKES_DURING else "at"


def _context(kind: RelationshipKind, detail: str) -> str:
    if _opens_with_preposition(kind, detail):
        return kind.context_after_preposition.format(detail=detail)
    if _first_word(detail) in _SUBJECTS:
        return kind.context_for_clause.format(detail=detail)
    if kind.context.startswith("{detail}") and _opens_an_aside(detail):
        detail += ","
    return kind.context.format(detail=detail, at=_preposition_for(detail))


def _opens_an_aside(detail: str) -> bool:
    """'Priya Shah, who worked with you' needs a closing comma; 'Priya, Sam and Ola' does not."""
    if "," not in detail:
        return False
    after_last_comma = _words(detail.rsplit(",", 1)[1])
    return bool(after_last_comma) and after_last_comma[0] in _ASIDE_OPENERS


def _note(kind: RelationshipKind, name: str, detail: str, intro: str, reason: str) -> str:
    parts = [f"Hi {name}, {_context(kind, detail)}"]
    if intro:
        parts.append(intro)
    parts.append(reason)
    return " ".join(parts)


Attempt = tuple[str, tuple[str, ...]]  # a draft, and which of the visitor's words it left out


def _attempts(
    kind: RelationshipKind, name: str, detail: str, reason: str, about: str
) -> list[Attempt]:
    """Drafts from the fullest to the shortest, each with what it left out of the visitor's
    words: first who they are, then their reason, then the end of their detail."""
    intro = _as_intro(about) if kind.introduce_yourself else ""
    own_reason = _as_reason(reason, kind.reason)
    cut_intro: tuple[str, ...] = ("who you are",) if intro else ()
    cut_reason = (*cut_intro, "your reason") if reason else cut_intro
    attempts: list[Attempt] = [(_note(kind, name, detail, intro, own_reason), ())]
    if intro:
        attempts.append((_note(kind, name, detail, "", own_reason), cut_intro))
    attempts += [
        (_note(kind, name, detail, "", kind.reason), cut_reason),
        (_note(kind, name, detail, "", kind.short_reason), cut_reason),
    ]
    attempts += [
        (_note(kind, name, shorter, "", kind.short_reason), (*cut_reason, "the detail"))
        for shorter in _shorter_phrases(detail)
    ]
    return attempts


def _shorter_phrases(detail: str) -> list[str]:
    """The detail's complete leading phrases, longest first: each ends before a comma or a word
    that starts a new phrase, and never on a word that needs another after it."""
    found = set()
    for previous, word in pairwise(_WORD.finditer(detail)):
        gap = detail[previous.end() : word.start()]
        if not _starts_a_phrase(gap, word.group()):
            continue
        phrase = detail[: previous.end()]
        if _words(phrase)[-1] not in _DANGLING and phrase.count("(") == phrase.count(")"):
            found.add(phrase)
    return sorted(found, key=len, reverse=True)


def _starts_a_phrase(gap: str, word: str) -> bool:
    return word.lower() in _PHRASE_BREAKS or any(mark in gap for mark in ",;:(–—")


def _too_long(kind: RelationshipKind, name: str, detail: str, limit: int) -> str:
    room = limit - (len(_note(kind, name, detail, "", kind.short_reason)) - len(detail))
    if room < 1:
        return f"The name is too long for a {limit}-character note"
    return (
        f"The detail is too long for a {limit}-character note: keep it under {room + 1} characters"
    )


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
