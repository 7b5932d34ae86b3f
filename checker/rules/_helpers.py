"""Small helpers the rules share: turning phrase matches into hits."""

from __future__ import annotations

from collections.abc import Iterable

from ..analysis import Analysis
from ..model import Hit, Severity
from ..phrases import PhraseMatch

# A report lists at most this many hits per rule; past that, more marks help nobody.
MAX_HITS_PER_RULE = 25


def phrase_hits(
    analysis: Analysis,
    matches: Iterable[PhraseMatch],
    *,
    message: str | None = None,
    suggestion: str | None = None,
    severity: Severity | None = None,
    received_message: str | None = None,
) -> list[Hit]:
    hits = []
    for match in matches:
        start, end = analysis.note.token_span(match.first, match.last)
        hits.append(
            Hit(start, end, message, suggestion, severity, received_message=received_message)
        )
        if len(hits) == MAX_HITS_PER_RULE:
            break
    return hits
