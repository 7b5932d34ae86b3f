"""The browser's entry point: what the site's Web Worker calls, with JSON in and out.

The worker imports this module inside Pyodide (`pyodide.pyimport("checker.web")`) and calls these
functions with plain strings and numbers; each returns one JSON string, so nothing but text
crosses between JavaScript and Python. The parity test calls the same functions in Pyodide under
Node and compares with CPython.
"""

from __future__ import annotations

import json

from .compose import compose, relationship_options
from .engine import check
from .replies import replies_for


def check_json(
    text: str, mode: str, name: str | None, limit: int, policy_url: str | None = None
) -> str:
    """{"report": the report, "replies": replies for a received note when a policy link is given,
    else null}."""
    report = check(text, mode=mode, name=name or None, limit=int(limit))
    replies = None
    if report.mode == "received" and policy_url:
        replies = [reply.to_dict() for reply in replies_for(report, policy_url=policy_url)]
    return json.dumps({"report": report.to_dict(), "replies": replies}, ensure_ascii=False)


def compose_json(
    relationship: str, name: str, detail: str, reason: str, about: str, limit: int
) -> str:
    """A draft ({"text", ...}), or {"error": message} for input the composer cannot use."""
    try:
        draft = compose(
            relationship, name=name, detail=detail, reason=reason, about=about, limit=int(limit)
        )
    except ValueError as error:
        return json.dumps({"error": str(error)}, ensure_ascii=False)
    return json.dumps(draft.to_dict(), ensure_ascii=False)


def relationships_json() -> str:
    return json.dumps(relationship_options(), ensure_ascii=False)


# Notes of our own, in the words most connection notes use. The checker builds its phrase trie one
# first word at a time, as notes bring them (checker/phrases.py); checked here, before any note
# of the visitor's, these words are ready in the worker's memory snapshot, so a returning
# visitor's first check waits for almost nothing.
WARM_UP_NOTES = (
    "Hi Sam, we met at the meetup last week. I'd love to stay in touch and hear how the talk went.",
    "Hello, I'm on the team that uses your library; it would be great to connect with you.",
    "Thanks for the chat! I could share my notes from our call next week, to keep in touch.",
    "Hi Sam, I like a lot of what you write and it is good for me too.",
)


def warm_up() -> None:
    """A few checks, so whatever the checker sets up lazily is ready before the visitor types."""
    for note in WARM_UP_NOTES:
        check(note, name="Sam")
