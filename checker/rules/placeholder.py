from ..analysis import Analysis
from ..model import Example, Hit, Rule
from ._helpers import MAX_HITS_PER_RULE


def _check(analysis: Analysis) -> list[Hit]:
    return [
        Hit(slot.start, slot.end, f"“{slot.text}” is a template slot that was never filled in.")
        for slot in analysis.placeholders[:MAX_HITS_PER_RULE]
    ]


RULE = Rule(
    id="placeholder",
    title="No unfilled template slots",
    severity="error",
    message="A template slot was never filled in.",
    suggestion="Replace the slot with the real words, or better, write the sentence for this person.",
    received_suggestion="An unfilled slot such as [Name] means a tool sent this to many people at once. Ignore it.",
    why=(
        "A slot such as [Name], {first_name} or %COMPANY% that reaches the recipient proves the note "
        "came from a template sent in bulk. It is worse than no note at all: it shows that nobody "
        "read it before it went out."
    ),
    must_flag=(
        Example("Hi [Name], I'd love to connect with you."),
        Example("Hi {first_name}, loved your work at {{company}}!"),
        Example("Dear %FIRST_NAME%, great to meet you at the summit."),
        Example("Hi FIRSTNAME, we met at the Berlin meetup and I'd like to keep in touch."),
        Example("Hello {{ first_name }}, I enjoyed your talk."),
    ),
    must_pass=(
        Example(
            "Hi Nadia, your talk [the one on queues] at PyCon was great; I'd like to keep in touch."
        ),
        Example(
            "Hi Ravi, thanks for the {curly braces} tip in your Python talk. I'd love to stay in touch."
        ),
        Example(
            "Hi Mia, loved your post on NAME collisions in DNS; I'd like to follow your work.",
            name="Mia",
        ),
    ),
    check=_check,
    language_free=True,
)
