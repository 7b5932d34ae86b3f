from ..analysis import Analysis
from ..model import Example, Hit, Rule


def _check(analysis: Analysis) -> list[Hit]:
    if not analysis.note.tokens or analysis.self_intro:
        return []
    if analysis.knows_sender:
        return []
    if not analysis.is_specific:
        return []
    return [Hit()]


RULE = Rule(
    id="self-intro",
    title="Says who you are",
    severity="suggestion",
    message="If they may not know you, say in a few words who you are.",
    received_message="The sender doesn't say who they are.",
    suggestion="Add half a sentence about yourself: “I'm a data engineer at Ocado” is enough.",
    received_suggestion="They don't say who they are. Their profile may tell you; if not, it's fine to ask.",
    why=(
        "At an event you would introduce yourself to a stranger before anything else. When you "
        "met or worked together it is not needed; when they only know your name from a screen, "
        "half a sentence about who you are helps them place you."
    ),
    must_flag=(
        Example(
            "Hi Ruth, your article on hospital discharge letters is on my wall. "
            "I'd like to follow your work."
        ),
    ),
    must_pass=(
        Example(
            "Hi Ruth, I'm a ward nurse in Leeds and your article on hospital discharge "
            "letters is on my wall. I'd like to follow your work."
        ),
        Example(
            "Dear Dr. Okafor, I read your paper on malaria vector modelling and I'm starting a PhD "
            "on a related topic at Ibadan. Could I connect to follow your work?"
        ),
        Example("Hi Ken, it's been years since we worked together at Fujitsu! How have you been?"),
        Example("Hi Sam, great meeting you at the Oslo meetup. I'd like to keep in touch."),
    ),
    check=_check,
)
