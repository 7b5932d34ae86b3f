from ..analysis import Analysis
from ..model import Example, Hit, Rule
from ._helpers import phrase_hits


def _check(analysis: Analysis) -> list[Hit]:
    if not analysis.note.tokens or analysis.has_reason:
        return []
    if analysis.bare_connect:
        return phrase_hits(
            analysis,
            analysis.bare_connect[:1],
            message="“Connect” says what you want, not why.",
            received_message="“Connect” says what the sender wants, not why.",
            suggestion="Say what you hope for: stay in touch, continue a conversation, "
            "learn from their work, or send what you promised.",
            severity="suggestion",
        )
    return [Hit()]


RULE = Rule(
    id="reason",
    title="Says why you want to connect",
    severity="warning",
    message="The note doesn't say why you want to connect.",
    received_message="The note doesn't say why the sender wants to connect.",
    suggestion=(
        "Add what you hope for: to stay in touch, continue a conversation, learn from their "
        "work, or send something you promised."
    ),
    received_suggestion=(
        "It doesn't say what they want from the connection. Accept if you know them; otherwise "
        "it is fine to ask."
    ),
    why=(
        "Context says how you know them; the reason says why you are asking now. Without it the "
        "recipient has to guess, and the usual guesses (collecting contacts, borrowing their "
        "standing, a favour later) are not flattering."
    ),
    must_flag=(
        Example("Hi Lucia, great meeting you at the Madrid product meetup yesterday."),
        Example("Hi Ben, your talk on accessibility audits at CSUN was excellent."),
    ),
    must_pass=(
        Example(
            "Hi Lucia, great meeting you at the Madrid product meetup yesterday. "
            "I'd like to keep in touch."
        ),
        Example(
            "Hi Ben, your talk on accessibility audits at CSUN was excellent. "
            "Could I ask how you scope the first audit?"
        ),
        Example(
            "Hi Ben, your talk on accessibility audits at CSUN was excellent; I'd love to connect."
        ),
    ),
    check=_check,
)
