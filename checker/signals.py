"""Named, scored signals, in the spirit of SpamAssassin: each says in plain words what it saw,
carries points, and marks the words that carried it. verdict.py adds them up.

Two families. `pitch` signals come from the hand rules (a call request, an offer link, an ask
next to an offer...) and from the learned sales-intent score, in bands; `generic` signals come
from the learned could-go-to-anyone score. The points are kept here, in one table.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import lexicon
from .analysis import Analysis
from .score.linear import Score

# A pitch needs this many points: any one hand signal, or a strong learned score, or a middling
# learned score next to an ask.
PITCH_POINTS = 5.0

# (lowest probability, signal id, points, what it says): the first band the score reaches counts.
SALES_INTENT_BANDS: tuple[tuple[float, str, float, str], ...] = (
    (0.90, "sales-intent-90", 5.0, "it reads like a sales message"),
    (0.75, "sales-intent-75", 3.5, "much of it reads like a sales message"),
    (0.60, "sales-intent-60", 2.0, "some of it reads like a sales message"),
)
# A very low sales-intent score speaks against a pitch: an advice request that asks for a call,
# say. It outweighs one ask-and-offer combination, never a phrase that sells outright.
NOT_SALES_BELOW = 0.08
NOT_SALES_POINTS = -1.5

# Hand evidence. A phrase that sells outright, an offer link or a discount decides alone, whatever
# the learned score; a call request or an ask next to an offer decides unless the learned score
# says the note does not read like selling (an advice request that asks for a call).
HAND_POINTS = {
    "call-request": 5.0,
    "services": 6.5,
    "invitation": 6.5,
    "income": 6.5,
    "recruiting": 6.5,
    "offer-link": 6.5,
    "discount": 6.5,
    # an ask next to an offer, or an offer among sales words
    "ask-and-offer": 5.0,
    # on their own, not enough
    "ask": 2.0,
    "sales-words": 1.0,
}
HAND_SAYS = {
    "call-request": "it asks for a call, a meeting or a demo",
    "services": "it sells a product or a service",
    "invitation": "it invites you to a group, page, newsletter or event of the sender's",
    "income": "it offers an investment or an income opportunity",
    "recruiting": "it recruits",
    "offer-link": "it links to an offer, a sign-up or a booking page",
    "discount": "it offers a discount",
    "ask-and-offer": "it asks for business next to an offer",
    "ask": "it asks for a call, a chat or a yes",
    "sales-words": "it uses sales vocabulary",
}
# The labels of phrases that sell on their own (the rest are asks and offers, which combine).
_STRONG_LABELS = frozenset(lexicon.PHRASE_LABELS["pitch"])

GENERIC_BANDS: tuple[tuple[float, str, str], ...] = (
    (0.97, "could-go-to-anyone-97", "nothing in it reads as written for one person"),
    (0.85, "could-go-to-anyone-85", "most of it could have gone to anyone"),
)

Span = tuple[int, int]


@dataclass(frozen=True)
class Signal:
    id: str
    family: str  # "pitch" or "generic"
    points: float
    says: str  # plain words, to follow "Decided by: "
    spans: tuple[Span, ...] = ()  # code-point spans of the words that carried it
    # for a learned signal, the score whose words carried it (marked only when a finding needs
    # them: working out the words costs more than the score itself)
    score: Score | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "family": self.family, "points": self.points, "says": self.says}


# The words shown for a learned score: the strongest few, joined into runs across short gaps.
_SHOWN_FEATURES = 5
_RUN_GAP_WORDS = 2


def _telling(feature: str) -> bool:
    """A feature worth showing a reader: not only little words ("a", "and") or digits."""
    words = feature[2:].split()
    return any(
        word not in lexicon.STOPWORDS and not word.strip("0").isdigit() and word.strip("0")
        for word in words
    )


def carried_spans(analysis: Analysis, signal: Signal) -> tuple[Span, ...]:
    """Where the words that carried a signal sit in the note."""
    if signal.score is None:
        return signal.spans
    return _token_spans(analysis, signal.score)


def _token_spans(analysis: Analysis, score: Score) -> tuple[Span, ...]:
    """Where the words that carried a learned score sit: the strongest telling features, joined
    into runs ("helping teams like yours cut") so a reader sees phrases, not scattered words."""
    shown = [c for c in score.contributions if c.weight > 0 and _telling(c.feature)]
    indexes = sorted({i for c in shown[:_SHOWN_FEATURES] for i in range(c.span[0], c.span[1] + 1)})
    runs: list[list[int]] = []
    for index in indexes:
        if runs and index - runs[-1][1] <= _RUN_GAP_WORDS:
            runs[-1][1] = index
        else:
            runs.append([index, index])
    return tuple(analysis.note.token_span(first, last) for first, last in runs)


def _hand_pitch_signals(analysis: Analysis) -> list[Signal]:
    found: dict[str, list[Span]] = {}
    note = analysis.note
    for match in analysis.pitch:
        kind = match.label if match.label in _STRONG_LABELS else "ask-and-offer"
        found.setdefault(kind, []).append(note.token_span(match.first, match.last))
    if analysis.offer_links:
        found["offer-link"] = list(analysis.offer_links)
    if analysis.discounts:
        found["discount"] = list(analysis.discounts)
    if not found:
        asks = analysis.loose_asks
        if asks:
            found["ask"] = [note.token_span(m.first, m.last) for m in asks]
        words = analysis.loose_sales_words
        if words:
            found["sales-words"] = [note.token_span(m.first, m.last) for m in words]
    return [
        Signal(kind, "pitch", HAND_POINTS[kind], HAND_SAYS[kind], tuple(spans))
        for kind, spans in found.items()
    ]


def _sales_intent_signal(analysis: Analysis) -> Signal | None:
    score = analysis.scores["sales-intent"]
    if score.probability < NOT_SALES_BELOW:
        return Signal("not-sales", "pitch", NOT_SALES_POINTS, "it does not read like selling")
    for lowest, signal_id, points, says in SALES_INTENT_BANDS:
        if score.probability >= lowest:
            return Signal(signal_id, "pitch", points, says, score=score)
    return None


def _generic_signal(analysis: Analysis) -> Signal | None:
    score = analysis.scores["generic"]
    for lowest, signal_id, says in GENERIC_BANDS:
        if score.probability >= lowest:
            return Signal(signal_id, "generic", 0.0, says, score=score)
    return None


def collect(analysis: Analysis) -> tuple[Signal, ...]:
    """Every signal the note raises, strongest first within each family."""
    if not analysis.language.supported:
        links = [s for s in _hand_pitch_signals(analysis) if s.id in ("offer-link", "discount")]
        return tuple(links)
    signals = _hand_pitch_signals(analysis)
    for learned in (_sales_intent_signal(analysis), _generic_signal(analysis)):
        if learned is not None:
            signals.append(learned)
    return tuple(sorted(signals, key=lambda s: (s.family, -abs(s.points))))


def pitch_points(signals: tuple[Signal, ...]) -> float:
    return sum(signal.points for signal in signals if signal.family == "pitch")


def catalogue() -> tuple[tuple[str, float, str], ...]:
    """Every pitch signal the checker can raise, with its points, for the rules reference."""
    hand = tuple((kind, HAND_POINTS[kind], HAND_SAYS[kind]) for kind in HAND_POINTS)
    learned = tuple(
        (signal_id, points, f"{says} (learned score at least {lowest:.2f})")
        for lowest, signal_id, points, says in SALES_INTENT_BANDS
    )
    veto = (("not-sales", NOT_SALES_POINTS, f"the learned score is below {NOT_SALES_BELOW:.2f}"),)
    return hand + learned + veto
