"""Every wording and constant that more than one shell shows: the one home they all read.

The engine and the CLI import these names; the guide's hooks render pages from them; the build
writes `for_browser()` to `assets/checker/wording.json`, which the widgets read. A test fails
when a JavaScript file holds a copy of any of these texts.
"""

from __future__ import annotations

from .model import (
    FREE_LIMIT,
    GUIDE_URL,
    MODES,
    PREMIUM_LIMIT,
    SEVERITIES,
    VERDICTS,
    Mode,
    Severity,
    Verdict,
)

LIMITS = (FREE_LIMIT, PREMIUM_LIMIT)
LIMIT_LABELS = {FREE_LIMIT: "Free account", PREMIUM_LIMIT: "Premium"}
# Where the site's length switches start, until the visitor picks one: most members have a
# free account, and a note that fits it fits every account.
SITE_DEFAULT_LIMIT = FREE_LIMIT

# One name per verdict, the same for a draft and a received note, in every shell.
VERDICT_NAMES: dict[Verdict, str] = {
    "pitch": "Pitch",
    "generic": "Generic",
    "not-judged": "Not judged",
    "needs-work": "Needs work",
    "personal": "Personal",
}

# What each verdict means, told to the note's writer (draft) or to its recipient (received).
VERDICT_SUMMARIES: dict[Verdict, dict[Mode, str]] = {
    "pitch": {
        "draft": "This reads as a pitch. Take the offer out and connect for its own sake.",
        "received": "This is a pitch dressed as a connection request.",
    },
    "generic": {
        "draft": "This could go to anyone. Add who they are to you and why you're asking.",
        "received": "Nothing here was written for you: a generic request.",
    },
    "not-judged": {
        "draft": "The checker can't read this language yet, so it checked only the length, the "
        "name and template slots. Judge the rest yourself.",
        "received": "The checker can't read this language yet, so it checked only the length, "
        "the name and template slots. Judge the rest yourself.",
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

# How the guide explains each verdict (docs/checker.md's "How to read the result").
VERDICT_MEANINGS: dict[Verdict, str] = {
    "personal": "the note greets the person, says how you know them or their work, and gives "
    "a reason to connect, without selling anything.",
    "needs-work": "a real person wrote it, but something a good note needs is missing, such as "
    "the reason for connecting.",
    "generic": "nothing in it is about the recipient: no note at all, LinkedIn's stock "
    "sentence, or a template with the name swapped in.",
    "pitch": "the note asks for a call, sells something, or invites the person to a group, "
    "event or newsletter before any relationship exists.",
    "not-judged": "the note is in a language the checker cannot read yet; it checked only what "
    "needs no words, and the rest is yours to judge.",
}

# A writer can fix a note; a recipient cannot, so for them the findings are signs.
SEVERITY_HEADINGS: dict[Mode, dict[Severity, str]] = {
    "draft": {"error": "Must fix", "warning": "Should fix", "suggestion": "Could be better"},
    "received": {"error": "Red flags", "warning": "Worth noticing", "suggestion": "Minor points"},
}
ADVICE_LABELS: dict[Mode, str] = {"draft": "Fix", "received": "What it means"}

# Why the rule-by-rule table skips rules, by the rule whose failure makes the rest meaningless
# (in this order), or by the note's language.
NOT_CHECKED_BECAUSE = {
    "empty": "there is no note",
    "stock-text": "it is LinkedIn's stock sentence",
    "placeholder": "it is a template with slots left to fill",
}
NOT_CHECKED_LANGUAGE = "the checker can't read this language yet"

POLICY_PATH = "policy/"
GENERAL_POLICY_URL = GUIDE_URL + POLICY_PATH
POLICY_URL_SLOT = "{policy_url}"

# Replies for someone who received a request (checker/replies.py picks them by verdict).
HEADS_UP = (
    "Hi, thanks for the invitation! I accept requests that come with a short personal note, "
    "so I know how we know each other and why you'd like to connect. Here is what I look "
    f"for: {POLICY_URL_SLOT} Tell me a little, and I'll gladly take a look."
)
REMIND_ME = (
    "Hi, thanks for the invitation! Could you remind me how we know each other? "
    "I like to know the story behind each connection."
)
ASK_REASON = (
    "Hi, thanks for the note! What made you want to connect? I'd like to know the story behind it."
)
THANKS = "Thank you for the thoughtful note. Glad to be connected!"


def heads_up(policy_url: str) -> str:
    """The friendly heads-up about a note policy, with the link to the policy page."""
    return HEADS_UP.replace(POLICY_URL_SLOT, policy_url)


def limit_label(limit: int) -> str:
    """'Free account: 200', the words on every limit switch."""
    return f"{LIMIT_LABELS[limit]}: {limit}"


def for_browser() -> dict[str, object]:
    """What the widgets show, keyed as the JavaScript reads it (assets/checker/wording.json)."""
    return {
        "limits": [{"value": limit, "label": limit_label(limit)} for limit in LIMITS],
        "free_limit": FREE_LIMIT,
        "premium_limit": PREMIUM_LIMIT,
        "default_limit": SITE_DEFAULT_LIMIT,
        "modes": list(MODES),
        "severities": list(SEVERITIES),
        "verdicts": {
            verdict: {"name": VERDICT_NAMES[verdict], "summary": VERDICT_SUMMARIES[verdict]}
            for verdict in VERDICTS
        },
        "severity_headings": SEVERITY_HEADINGS,
        "advice_labels": ADVICE_LABELS,
        "policy_path": POLICY_PATH,
        "replies": {
            "heads_up": HEADS_UP,
            "policy_url_slot": POLICY_URL_SLOT,
            "remind_me": REMIND_ME,
            "ask_reason": ASK_REASON,
            "thanks": THANKS,
        },
    }
