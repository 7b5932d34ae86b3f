from ..analysis import Analysis
from ..model import Example, Hit, Rule
from ..phrases import PhraseMatch
from ._helpers import MAX_HITS_PER_RULE

# In order of strength: a sentence with several kinds of match is described by the first.
_KIND_MESSAGES = {
    "invitation": "This invites them to a group, page, newsletter, event or offer of yours.",
    "recruiting": "This reads as a recruiting blast.",
    "income": "This offers an investment or income opportunity.",
    "call-request": "This asks for a call, a meeting or a demo.",
    "services": "This sells a product or service.",
    "ask": "This asks them to sign up, book, or take something of yours.",
    "soft-ask": "Next to an offer, this friendly ask is an ask for business.",
    "weak-offer": "This says what you sell or run, next to an ask.",
    "offer": "This presents something you sell, run or recruit for.",
    "commercial": "Sales vocabulary, next to an ask: this reads as an offer.",
    "price": "A price, next to an ask: this reads as an offer.",
}


def _check(analysis: Analysis) -> list[Hit]:
    hits: list[Hit] = []
    # In a language the checker cannot read, only offer links and discounts are judged.
    phrases = analysis.pitch if analysis.language.supported else []
    # Matches come in text order, so the first ones are the ones a report can show.
    for group in _by_sentence(analysis, phrases[:MAX_HITS_PER_RULE]):
        start = analysis.note.spans[group[0].first][0]
        end = max(analysis.note.spans[match.last][1] for match in group)
        strongest = min(group, key=lambda match: _STRENGTH[match.label])
        label = strongest.label
        hits.append(
            Hit(start, end, _KIND_MESSAGES[label], received_message=_RECEIVED_MESSAGES.get(label))
        )
    for start, end in analysis.offer_links:
        hits.append(Hit(start, end, "This links to an offer, sign-up or booking page."))
    for start, end in analysis.discounts:
        hits.append(Hit(start, end, "This offers a discount."))
    hits.sort(key=lambda hit: hit.start or 0)
    return _without_nested(hits)[:MAX_HITS_PER_RULE]


_STRENGTH = {label: rank for rank, label in enumerate(_KIND_MESSAGES)}
# The same, told to the note's recipient about the sender, where the wording differs.
_RECEIVED_MESSAGES = {
    "invitation": "This invites you to a group, page, newsletter, event or offer of the sender's.",
    "ask": "This asks you to sign up, book, or take something of the sender's.",
    "weak-offer": "This says what the sender sells or runs, next to an ask.",
    "offer": "This presents something the sender sells, runs or recruits for.",
}


def _by_sentence(analysis: Analysis, matches: list[PhraseMatch]) -> list[list[PhraseMatch]]:
    """One finding per sentence, not one per fragment ("you'd be a", "for"): the matches of a
    sentence are marked as one run, from the first to the last."""
    note = analysis.note
    groups: dict[int, list[PhraseMatch]] = {}
    for match in sorted(matches, key=lambda match: match.first):
        groups.setdefault(note.sentence_at(note.spans[match.first][0]), []).append(match)
    return list(groups.values())


def _without_nested(hits: list[Hit]) -> list[Hit]:
    """'on a quick call' inside 'hop on a quick call' is the same finding twice."""
    spans = [(hit.start or 0, hit.end or 0) for hit in hits]
    return [
        hit
        for hit, (start, end) in zip(hits, spans, strict=True)
        if not any(
            outer_start <= start and end <= outer_end and (outer_start, outer_end) != (start, end)
            for outer_start, outer_end in spans
        )
    ]


RULE = Rule(
    id="pitch",
    title="No pitch",
    severity="error",
    message="This sells, recruits or invites them to something of yours.",
    received_message="This sells, recruits or invites you to something of the sender's.",
    suggestion=(
        "Take the offer out. Connect first for its own sake; if they accept and a conversation "
        "starts, there may be a time to mention what you do."
    ),
    received_suggestion=(
        "This is a pitch. Ignoring it is usually the best answer; if it came after you "
        "connected, you can remove the connection, and they are not told."
    ),
    why=(
        "A connection request that sells, books a call or invites someone to a group treats "
        "the recipient as a lead. Members who care about their network read it as exactly "
        "that, and a personalised pitch is still a pitch. The first message after connecting "
        "counts too: a misspelled name followed by an invitation to the sender's group undoes "
        "any goodwill the connection had."
    ),
    must_flag=(
        Example(
            "Hi Anne, loved your book! I'd like to invite you to join my LinkedIn group for authors."
        ),
        Example(
            "Hi Raj, we help SaaS founders generate more leads. Open to a quick call next week?"
        ),
        Example(
            "Hi Chloe, great meeting you at the summit! Check out my new course: bit.ly/grow-fast"
        ),
        Example(
            "Hey Sam, I have an exciting opportunity that might interest you. Send me your CV?"
        ),
        Example("Hi Lee, earn passive income from home with my crypto trading signals."),
        Example("Hi Mo, book a 15-minute call here: calendly.com/jo/intro"),
    ),
    must_pass=(
        Example(
            "Hi Anne, I read your book on slow journalism and it changed how I edit. "
            "I'd love to follow your work."
        ),
        Example(
            "Hi Dev, your newsletter on design systems is the one I forward to my team. "
            "I'd like to keep in touch."
        ),
        Example(
            "Hi Ana, it was great to meet you at the user group where we met last month — "
            "let's stay in touch."
        ),
        Example(
            "Hi Jo, thanks again for the advice we spoke about on the call on Tuesday. "
            "I'd like to keep in touch."
        ),
        Example(
            "Hi Mei, I'm a recruiter-turned-coach and your post on leaving recruiting "
            "rang true. I'd love to hear how the first year went."
        ),
        Example(
            "Hi Paul, I'm a real estate agent and would love to connect — your talk at the "
            "Bristol housing forum on first-time buyers was so useful."
        ),
    ),
    check=_check,
)
