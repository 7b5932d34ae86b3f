from .. import lexicon
from ..analysis import Analysis
from ..model import Example, Hit, Rule
from ..names import addressed_by_name, vocatives


def _check(analysis: Analysis) -> list[Hit]:
    note = analysis.note
    if not note.tokens:
        return []
    salutation = analysis.salutation
    if salutation.greeting is None and not salutation.name_tokens:
        return [] if _thanks_them_by_name(analysis) else [Hit()]
    named = addressed_by_name(note, salutation.name_tokens)
    if salutation.greeting and not named and not note.name:
        start, end = note.token_span(*salutation.greeting)
        return [
            Hit(
                start,
                end,
                "The greeting has no name in it.",
                "Put their name right after the greeting, spelled the way they spell it.",
            )
        ]
    return []


def _thanks_them_by_name(analysis: Analysis) -> bool:
    """A first message may open "Thanks for connecting, Priya!": thanks by name is a greeting."""
    note = analysis.note
    if note.words[0] not in lexicon.THANKS_OPENERS:
        return False
    first_sentence = note.sentence_at(note.spans[0][0])
    return any(note.sentence_at(start) == first_sentence for start, _ in vocatives(note))


RULE = Rule(
    id="greeting",
    title="Greets them",
    severity="warning",
    message="The note starts without a greeting.",
    suggestion="Open with “Hi” and their name, as you would face to face.",
    received_suggestion="No greeting: it may have been pasted in a hurry. Look at the rest before you decide.",
    why=(
        "At a networking event nobody starts talking to someone without saying hello first. "
        "A greeting with their name is the first sign that the note was written for them."
    ),
    must_flag=(
        Example("Great meeting you at the Oslo meetup. I'd like to keep in touch."),
        Example(
            "Great meeting you at the Oslo meetup, Tom! I'd like to keep in touch.", name="Tom"
        ),
        Example(
            "Hi there, your post on remote onboarding at Acme was sharp. "
            "Could I ask how you run the first week?"
        ),
    ),
    must_pass=(
        Example(
            "Thanks for connecting, Tom! Great meeting you at the Oslo meetup; let's keep in touch."
        ),
        Example("Hi Tom, great meeting you at the Oslo meetup. I'd like to keep in touch."),
        Example("Tom, great meeting you at the Oslo meetup. I'd like to keep in touch."),
        Example(
            "Good morning Kate — thanks for the intro to your team at Arup yesterday. "
            "I'd love to stay in touch."
        ),
    ),
    check=_check,
)
