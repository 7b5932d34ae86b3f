from ..analysis import Analysis
from ..model import Example, Hit, Rule


def _check(analysis: Analysis) -> list[Hit]:
    if not analysis.note.tokens or analysis.has_context:
        return []
    return [Hit()]


RULE = Rule(
    id="context",
    title="Says how you know them",
    severity="warning",
    message="The note doesn't say how you know them or which of their work you know.",
    received_message="The note doesn't say how the sender knows you or which of your work they know.",
    suggestion=(
        "Add one line of context: where you met, who introduced you, when you worked together, "
        "or which talk, article or project of theirs you know."
    ),
    received_suggestion=(
        "It doesn't say how you know each other, so nothing here helps you place the sender. "
        "If you want to know, asking is fine."
    ),
    why=(
        "A note jogs the recipient's memory: where you met, who sent you, or what of theirs you "
        "read. LinkedIn's own help pages suggest exactly that. For a stranger, it is the proof that "
        "you looked at what they do before asking."
    ),
    must_flag=(
        Example(
            "Hi Tom, I'm a product designer in Leeds and I'd love to hear how you got into UX research."
        ),
        Example(
            "Hi Amara, I'm a second-year nursing student hoping to learn more about neonatal care."
        ),
    ),
    must_pass=(
        Example("Hi Tom, we met at the Leeds design meetup; I'd love to keep in touch."),
        Example(
            "Hi Amara, Dr. Osei suggested I contact you about neonatal nursing. "
            "Could I ask you two questions?"
        ),
        Example("Hi Ken, it's been years since we worked together at Fujitsu! How have you been?"),
        Example(
            "Hi Ruth, your article on hospital discharge letters is on my wall. "
            "I'd like to follow your work."
        ),
    ),
    check=_check,
)
