from ..analysis import Analysis
from ..model import Example, Hit, Rule
from ..names import addressed_by_name, compare_name, vocatives


def _check(analysis: Analysis) -> list[Hit]:
    note = analysis.note
    if not note.name or not note.tokens:
        return []
    name_tokens = analysis.salutation.name_tokens
    if name_tokens and addressed_by_name(note, name_tokens):
        start = note.tokens[name_tokens[0]].start
        end = note.tokens[name_tokens[-1]].end
        compare = _compare_received if note.mode == "received" else _compare
        return compare(note.text[start:end], start, end, note.name)
    if analysis.name_mentioned:
        return []
    # No greeting ("Thanks for connecting, Prianka."): a misspelled name in address still counts.
    for start, end in vocatives(note):
        verdict, expected = compare_name([note.text[start:end]], note.name)
        if verdict == "misspelled":
            shown = note.text[start:end]
            return [
                Hit(
                    start,
                    end,
                    f"“{shown}” looks like a misspelling of {expected}.",
                    f"Write {expected}, exactly as they spell it.",
                )
            ]
    whose = "your" if note.mode == "received" else "their"
    return [
        Hit(
            message=f"The note never uses {whose} name, {note.name}.",
            suggestion=f"Greet them by name: “Hi {note.name.split()[0]},”.",
            severity="warning",
            received_suggestion=(
                "A note without your name may have gone to many people at once. "
                "Look at the rest before you decide."
            ),
        )
    ]


def _compare(shown: str, start: int, end: int, expected_name: str) -> list[Hit]:
    # Whitespace keeps "Jean-Louis" whole, so it is not mistaken for "Jean" of "Jean-Luc".
    verdict, expected = compare_name(shown.split(), expected_name)
    if verdict == "match":
        return []
    if verdict == "misspelled":
        message = f"“{shown}” looks like a misspelling of {expected}."
    elif verdict == "long-form":
        message = f"They go by {expected}; “{shown}” is a longer form they did not choose."
    else:
        message = f"The note greets “{shown}”, but the name given is {expected_name}."
    return [Hit(start, end, message, f"Write {expected}, exactly as they spell it.")]


def _compare_received(shown: str, start: int, end: int, expected_name: str) -> list[Hit]:
    return [
        Hit(hit.start, hit.end, hit.message.replace("the name given is", "your name is"))
        if hit.message
        else hit
        for hit in _compare(shown, start, end, expected_name)
    ]


RULE = Rule(
    id="name",
    title="Their name, spelled their way",
    severity="error",
    message="The name in the greeting is not theirs, or is misspelled.",
    suggestion="Copy their name from their profile, exactly as they write it.",
    received_suggestion=(
        "Your name is wrong or misspelled, so this was probably not written with you in mind. "
        "Treat it with care, especially if it asks for something."
    ),
    why=(
        "People notice their own name before anything else. Getting it wrong tells them the note "
        "was dashed off or mail-merged. Nicknames they use, titles with the surname, any part of a "
        "name written family-name first, and names without their accents are all fine; Ann, Anna "
        "or Annette for Anne are not, and nor is Robert for someone who goes by Bob."
    ),
    must_flag=(
        Example(
            "Hi Annette, great meeting you at the Oslo meetup. I'd like to keep in touch.",
            name="Anne",
        ),
        Example(
            "Hi Ann, great meeting you at the Oslo meetup. I'd like to keep in touch.", name="Anne"
        ),
        Example(
            "Hi Anna, great meeting you at the Oslo meetup. I'd like to keep in touch.", name="Anne"
        ),
        Example(
            "Hi John, great meeting you at the Oslo meetup. I'd like to keep in touch.", name="Jon"
        ),
        Example(
            "Hi Maria, great meeting you at the Oslo meetup. I'd like to keep in touch.",
            name="Anne Berg",
        ),
        Example(
            "Hi Priyanka, great meeting you at the Chennai summit. I'd like to keep in touch.",
            name="Priya Raman",
        ),
        Example(
            "Hi, great meeting you at the Oslo meetup. I'd like to keep in touch.", name="Anne"
        ),
    ),
    must_pass=(
        Example(
            "Hi Anne, great meeting you at the Oslo meetup. I'd like to keep in touch.",
            name="Anne Berg",
        ),
        Example(
            "Hi Anne Berg, great meeting you at the Oslo meetup. Let's keep in touch.",
            name="Anne Berg",
        ),
        Example(
            "Dear Dr. Okafor, I read your paper on malaria vaccines and would love to follow "
            "your work.",
            name="Chidi Okafor",
        ),
        Example(
            "Hi Bob, great meeting you at the Oslo meetup. I'd like to keep in touch.",
            name="Robert Lee",
        ),
        Example(
            "Hi Kate, great meeting you at the Oslo meetup. I'd like to keep in touch.",
            name="Katherine",
        ),
        Example(
            "Hi Zoe, great meeting you at the Oslo meetup. I'd like to keep in touch.", name="Zoë"
        ),
        Example(
            "Hi Lan, great meeting you at the Hanoi meetup. I'd like to keep in touch.",
            name="Nguyễn Thị Lan",
        ),
        Example(
            "Hi Wei, great meeting you at the Shanghai meetup. I'd like to keep in touch.",
            name="Wang Wei",
        ),
    ),
    check=_check,
    language_free=True,
)
