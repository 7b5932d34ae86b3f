from ..analysis import Analysis
from ..model import Example, Hit, Rule


def _check(analysis: Analysis) -> list[Hit]:
    return [] if analysis.note.tokens else [Hit()]


RULE = Rule(
    id="empty",
    title="There is a note",
    severity="error",
    message="There is no note: the request would arrive with nothing but your name.",
    received_message="There is no note: the request came with nothing but the sender's name.",
    suggestion="Write one to three sentences: their name, how you know them, and why you'd like to connect.",
    received_suggestion="A request with no note tells you nothing. Ignore it, or reply and ask how you know each other.",
    why=(
        "LinkedIn lets anyone send an invitation without a word. For many members that blank "
        "invitation is the clearest sign of someone collecting contacts, and they ignore it. "
        "A note of two or three sentences costs two minutes and is the only thing that tells the "
        "recipient who you are and why you are asking."
    ),
    must_flag=(Example(""), Example("   \n\t "), Example("👋"), Example("...")),
    must_pass=(
        Example("Hi Sam, great meeting you at the Leeds Python meetup. Let's keep in touch!"),
    ),
    check=_check,
    language_free=True,
)
