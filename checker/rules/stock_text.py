from ..analysis import Analysis
from ..model import Example, Hit, Rule
from ._helpers import phrase_hits


def _check(analysis: Analysis) -> list[Hit]:
    return phrase_hits(analysis, analysis.stock)


RULE = Rule(
    id="stock-text",
    title="No stock sentence",
    severity="error",
    message="This is LinkedIn's stock invitation text, or a close copy of it.",
    suggestion="Delete it and say in your own words how you know them and why you'd like to connect.",
    received_suggestion=(
        "The sender kept LinkedIn's stock sentence, so nothing here was written for you. "
        "Ignore it, or reply with your policy and ask how you know each other."
    ),
    why=(
        "For years LinkedIn filled the note box with “I'd like to add you to my professional "
        "network on LinkedIn.” Everyone recognises it, so it reads exactly like no note at all, "
        "with the added message that the sender did not bother to replace it."
    ),
    must_flag=(
        Example("I'd like to add you to my professional network on LinkedIn."),
        Example("i would like to add you to my professional network on linkedin"),
        Example("Hi Dana, Id like to add you to my professional network. - Sam Lee"),
        Example("Hi NAME, I'd like to join your LinkedIn network."),
        Example("Join my network on LinkedIn."),
        Example("Rosa has indicated you are a Friend."),
    ),
    must_pass=(
        Example(
            "Hi Dana, I'd like to add you to the list of speakers I'm inviting back next year — "
            "your talk at PyData Leeds was the highlight."
        ),
        Example("Hi Omar, we met at the Lisbon design meetup and I'd like to keep in touch."),
    ),
    check=_check,
)
