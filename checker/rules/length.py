from ..analysis import Analysis
from ..model import Example, Hit, Rule

# LinkedIn's limit for free accounts, according to 2025-2026 reports.
FREE_LIMIT = 200


def _check(analysis: Analysis) -> list[Hit]:
    note = analysis.note
    if note.length > note.limit:
        over = note.length - note.limit
        return [
            Hit(
                note.limit,
                note.length,
                f"{note.length} characters: {over} over the limit of {note.limit}. "
                "LinkedIn will not let you send the highlighted part.",
                received_message=f"{note.length} characters, over the {note.limit} set above: "
                "the sender may have Premium, which allows 300.",
            )
        ]
    if note.limit > FREE_LIMIT and note.length > FREE_LIMIT:
        return [
            Hit(
                FREE_LIMIT,
                note.length,
                f"{note.length} characters fits Premium's {note.limit}, but recent reports put "
                f"free accounts at {FREE_LIMIT}.",
                f"If you use a free account, trim it to {FREE_LIMIT} characters.",
                "suggestion",
            )
        ]
    return []


RULE = Rule(
    id="length",
    title="Fits LinkedIn's limit",
    severity="error",
    message="The note is longer than LinkedIn allows.",
    suggestion="Cut it to one to three sentences: keep the name, the context and the reason.",
    received_suggestion="This is long for a note; that is not a fault in itself.",
    why=(
        "LinkedIn caps the note: 300 characters with Premium and, according to 2025-2026 reports, "
        "200 with a free account (LinkedIn does not publish either number). One to three sentences "
        "fit comfortably, and a short note is easier to read on a phone."
    ),
    must_flag=(
        Example(
            "Hi Tom, "
            + "we met at the Oslo meetup and talked about queues for ages. " * 5
            + "I'd like to keep in touch."
        ),
        Example(
            "Hi Tom, great meeting you at the Oslo meetup on Thursday, where we talked about "
            "queues, retries and the odd way our two teams both ended up rewriting the same "
            "scheduler that nobody else wanted to touch. I'd like to keep in touch.",
            limit=200,
        ),
    ),
    must_pass=(
        Example(
            "Hi Tom, great meeting you at the Oslo meetup. I'd like to keep in touch.", limit=200
        ),
    ),
    check=_check,
    language_free=True,
)
