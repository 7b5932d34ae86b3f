import re

from ..analysis import PUNCTUATION_RUN_RE, SHOUT_RE, Analysis
from ..model import Example, Hit, Rule
from ._helpers import MAX_HITS_PER_RULE

_TWO_CAPITALS_RE = re.compile(r"[A-Z]{2}")

# Capitalised words that are names of things, not shouting.
_ACRONYM_RUNS_OK = 2


def _check(analysis: Analysis) -> list[Hit]:
    text = analysis.note.text
    if _TWO_CAPITALS_RE.search(text) is None and "!" not in text and "??" not in text:
        return []  # nothing loud to look at
    hits = [
        Hit(match.start(), match.end(), "Capitals read as shouting.", "Write it in ordinary case.")
        for match in SHOUT_RE.finditer(text)
        if not _looks_like_acronym(match.group())
    ]
    hits += [
        Hit(
            match.start(),
            match.end(),
            "A run of exclamation marks reads as pushy.",
            "One is plenty.",
        )
        for match in PUNCTUATION_RUN_RE.finditer(text)
        if _is_pushy(match.group())
    ]
    hits.sort(key=lambda hit: hit.start or 0)
    return hits[:MAX_HITS_PER_RULE]


def _is_pushy(run: str) -> bool:
    """'!!' or '?!!' or '???' are pushy; a single '?!' is not."""
    return run.count("!") >= 2 or run.count("?") >= 3


def _looks_like_acronym(run: str) -> bool:
    words = run.split()
    return len(words) <= _ACRONYM_RUNS_OK and all(len(word) <= 5 for word in words)


RULE = Rule(
    id="tone",
    title="Calm tone",
    severity="suggestion",
    message="The tone is louder than it needs to be.",
    suggestion="Use ordinary case and at most one exclamation mark.",
    received_suggestion=None,
    why=(
        "Capitals and strings of exclamation marks read as shouting or as an advert. A calm "
        "note sounds like a person."
    ),
    must_flag=(
        Example("Hi Tom, GREAT MEETING YOU at the Oslo meetup. I'd like to keep in touch."),
        Example("Hi Tom, great meeting you at the Oslo meetup!!! I'd like to keep in touch."),
    ),
    must_pass=(
        Example("Hi Tom, great meeting you at the NDC Oslo meetup! I'd like to keep in touch."),
        Example(
            "Hi Tom, your AWS and GCP cost talk at SRECon was great. I'd like to keep in touch."
        ),
    ),
    check=_check,
)
