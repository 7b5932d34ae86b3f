from ..analysis import Analysis
from ..model import Example, Hit, Rule
from ._helpers import phrase_hits

_SPECIFIC_NOTE_MESSAGE = "This phrase could go to anyone; the rest of the note already does better."
_SPECIFIC_NOTE_FIX = "Cut it: the specific sentences carry the note."


def _check(analysis: Analysis) -> list[Hit]:
    if not analysis.note.tokens:
        return []
    if analysis.is_specific:
        return phrase_hits(
            analysis,
            analysis.boilerplate,
            message=_SPECIFIC_NOTE_MESSAGE,
            suggestion=_SPECIFIC_NOTE_FIX,
            severity="suggestion",
        )
    hits = phrase_hits(analysis, analysis.boilerplate)
    if not hits and not analysis.stock and not analysis.placeholders:
        hits.append(
            Hit(
                message="Nothing in this note is about this person: it could go to anyone.",
                received_message="Nothing in this note is about you: it could go to anyone.",
            )
        )
    return hits


RULE = Rule(
    id="boilerplate",
    title="Something only this person could receive",
    severity="error",
    message="This phrase could go to anyone, and nothing else in the note is about this person.",
    received_message="This phrase could go to anyone, and nothing else in the note is about you.",
    suggestion=(
        "Name one specific thing: where you met, who introduced you, or which piece of their "
        "work you read, heard or used."
    ),
    received_suggestion=(
        "Nothing here shows the sender knows you or your work. Ignore it, or ask how you know "
        "each other."
    ),
    why=(
        "“I came across your profile”, “expanding my network” and “like-minded professionals” "
        "fit every member of LinkedIn, so they tell the recipient nothing. A note earns a reply "
        "when it holds one detail that could only have been written to this person."
    ),
    must_flag=(
        Example("Hi Tom, I came across your profile and would love to connect."),
        Example("Hello! Looking to expand my professional network with like-minded professionals."),
        Example("Hi Priya, we share many mutual connections, so I thought I'd reach out."),
        Example("Hi Marco, I'm interested in your work and would like to connect."),
        Example("Hi Lena, hope you're well! Would love to connect.", name="Lena"),
    ),
    must_pass=(
        Example(
            "Hi Tom, a friend sent me your PyCon talk on packaging; "
            "I'd like to follow your work on wheels."
        ),
        Example(
            "Hi Marco, I'm interested in your work on low-carbon concrete — "
            "could I ask you about the Porto pilot?"
        ),
        Example(
            "Hi Ines, it was great chatting at the user group where we met on Thursday. "
            "I'd like to keep in touch."
        ),
    ),
    check=_check,
)
