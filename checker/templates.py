"""Ready-to-fill connection notes, and the guide's good/bad example pairs.

Data only (plus two tiny helpers). The guide's Templates and Writing pages are generated from
this module by hooks/guide_pages.py, and tests/site/test_guide_examples.py runs every note here
through the checker, so what the pages claim about a note is what the checker says about it.

Each template's ``text`` has ``{slot}`` fields; ``example`` fills every slot with one realistic
set of values. Filled in, every template stays under 200 characters: the limit that free
accounts reportedly get (see the "How to add a note" page).
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field

from checker.model import FREE_LIMIT, PREMIUM_LIMIT, Verdict


@dataclass(frozen=True)
class Template:
    id: str
    title: str
    situation: str
    text: str
    example: dict[str, str] = field(hash=False)


def slots(template: Template) -> tuple[str, ...]:
    """The template's slot names, in order of first appearance."""
    names = (name for _, name, _, _ in string.Formatter().parse(template.text) if name)
    return tuple(dict.fromkeys(names))


def fill(template: Template, values: dict[str, str]) -> str:
    """The template with every slot replaced; a missing value raises KeyError."""
    missing = [name for name in slots(template) if name not in values]
    if missing:
        raise KeyError(f"no value for slot(s) {', '.join(missing)} in template {template.id!r}")
    return template.text.format_map(values)


TEMPLATES: tuple[Template, ...] = (
    Template(
        id="met-recently",
        title="Someone you met recently",
        situation="You talked at an event, a meeting or a course in the last few days.",
        text=(
            "Hi {name}, it was good to meet you at {event}. I enjoyed our chat about {topic} "
            "and would like to stay in touch. {your_name}"
        ),
        example={
            "name": "Priya",
            "event": "the Leeds product meetup on Tuesday",
            "topic": "onboarding emails",
            "your_name": "Tom",
        },
    ),
    Template(
        id="reconnecting",
        title="Reconnecting after years",
        situation="You knew each other well once, then lost touch.",
        text=(
            "Hi {name}, it has been years since {shared_past}! How have you been? "
            "I saw you are now {their_news} and would love to catch up. {your_name}"
        ),
        example={
            "name": "Marcus",
            "shared_past": "our summer at the Bristol lab",
            "their_news": "running your own studio",
            "your_name": "Elena",
        },
    ),
    Template(
        id="stranger-whose-work-you-know",
        title="A stranger whose work you know",
        situation=("You have never met, but you read, heard or used something specific they made."),
        text=(
            "Hi {name}, I'm {your_name}, {your_role}. Your {their_work} changed how I "
            "{what_changed}. I would like to follow your work and learn from it."
        ),
        example={
            "name": "Dana",
            "your_name": "Sam",
            "your_role": "a nurse in Cork",
            "their_work": "article on night-shift handovers",
            "what_changed": "brief my team",
        },
    ),
    Template(
        id="referral",
        title="Someone you were referred to",
        situation="A person you both know suggested that you talk.",
        text=(
            "Hi {name}, {referrer} suggested I contact you about {topic}. I'm {your_name}, "
            "{your_role}, and would be glad to connect and learn from you."
        ),
        example={
            "name": "Aiko",
            "referrer": "Ben Carter",
            "topic": "moving into UX research",
            "your_name": "Leo",
            "your_role": "a librarian",
        },
    ),
    Template(
        id="classmate-or-colleague",
        title="A classmate or former colleague",
        situation="You studied or worked together, and they will remember you with a nudge.",
        text=(
            "Hi {name}, {your_name} here: we {shared_work} at {place}. "
            "I'd like to stay in touch now that we both work in {field}."
        ),
        example={
            "name": "Grace",
            "your_name": "Omar",
            "shared_work": "ran the student paper together",
            "place": "Dundee",
            "field": "publishing",
        },
    ),
)


@dataclass(frozen=True)
class Contrast:
    """A bad note that breaks one rule and a good note that keeps it, for the Writing page.

    ``bad_verdict`` is what the page says the checker makes of the bad note (a rule of
    severity "suggestion" flags a note without lowering its verdict, so such a bad note can
    still be "personal"); the good note is always rated "personal" and does not break the
    rule. Both are checked with ``name`` as the recipient's name.
    """

    rule: str
    bad: str
    good: str
    name: str
    bad_verdict: Verdict
    lesson: str
    limit: int = PREMIUM_LIMIT


# One good note that several contrasts share: greeting, name, context, reason, signature.
PANEL_NOTE = (
    "Hi Dana, we met at the Galway broadband panel yesterday and I'd like to keep in touch. Sam"
)

CONTRASTS: tuple[Contrast, ...] = (
    Contrast(
        rule="empty",
        bad="",
        good=(
            "Hi Dana, we sat together at the rural broadband panel in Galway yesterday. "
            "I'd like to keep in touch and hear how your pilot goes. Sam"
        ),
        name="Dana",
        bad_verdict="generic",
        lesson="A request with no note at all tells the other person nothing.",
    ),
    Contrast(
        rule="stock-text",
        bad="I'd like to add you to my professional network on LinkedIn.",
        good=(
            "Hi Dana, thank you for the advice on grant writing at the library on Monday. "
            "I'd like to stay in touch as I apply. Sam"
        ),
        name="Dana",
        bad_verdict="generic",
        lesson="LinkedIn's old default sentence was never written by the sender.",
    ),
    Contrast(
        rule="placeholder",
        bad="Hi [Name], I loved your talk at {event} and would like to stay in touch.",
        good="Hi Dana, I loved your talk at PyCon Ireland and would like to stay in touch. Sam",
        name="Dana",
        bad_verdict="generic",
        lesson="An unfilled slot shows that the note went out to a list.",
    ),
    Contrast(
        rule="boilerplate",
        bad="Hi Dana, I came across your profile and would like to expand my network.",
        good=(
            "Hi Dana, I read your case study on clinic waiting lists and tried your triage "
            "checklist at work. I'd like to follow what you publish next. Sam"
        ),
        name="Dana",
        bad_verdict="generic",
        lesson="Stock phrases could have been sent to anyone.",
    ),
    Contrast(
        rule="pitch",
        bad=(
            "Hi Dana, I help coaches double their income. Can we book a quick call this week "
            "so I can show you a demo?"
        ),
        good=(
            "Hi Dana, your workshop on feedback at the Cork coaching day helped me a lot. "
            "I'd like to stay in touch and learn from your posts. Sam"
        ),
        name="Dana",
        bad_verdict="pitch",
        lesson="A sales pitch in the first message turns a request into an advert.",
    ),
    Contrast(
        rule="greeting",
        bad=("We met at the Galway broadband panel yesterday and I'd like to keep in touch. Sam"),
        good=PANEL_NOTE,
        name="Dana",
        bad_verdict="needs-work",
        lesson="Nobody walks up to someone at an event and starts mid-sentence.",
    ),
    Contrast(
        rule="name",
        bad=PANEL_NOTE.replace("Dana", "Diana"),
        good=PANEL_NOTE,
        name="Dana",
        bad_verdict="needs-work",
        lesson="A misspelled name is the fastest way to look careless.",
    ),
    Contrast(
        rule="context",
        bad=(
            "Hi Dana, I'm Sam, a data analyst, and I'd love to ask how you got the Galway "
            "broadband pilot funded."
        ),
        good=(
            "Hi Dana, I'm Sam, the data analyst from your Excel course last week, and I'd love "
            "to ask how you got the Galway broadband pilot funded."
        ),
        name="Dana",
        bad_verdict="needs-work",
        lesson="Without context, the reader has to guess how you know them.",
    ),
    Contrast(
        rule="reason",
        bad="Hi Dana, we met at the Galway broadband panel yesterday. Sam",
        good=PANEL_NOTE,
        name="Dana",
        bad_verdict="needs-work",
        lesson="Say what you hope for, even if it is only to stay in touch.",
    ),
    Contrast(
        rule="self-intro",
        bad=(
            "Hi Dana, your article on night-shift handovers was excellent "
            "and I'd like to follow your work."
        ),
        good=(
            "Hi Dana, I'm Sam, a nurse in Cork. Your article on night-shift handovers changed "
            "how I brief my team, and I'd like to follow your work."
        ),
        name="Dana",
        bad_verdict="personal",
        lesson="A stranger needs to know who is writing before anything else.",
    ),
    Contrast(
        rule="length",
        bad=(
            "Hi Dana, we met at the Galway broadband panel yesterday, where you explained how "
            "your county ran its pilot, which towns went first, what the survey found, and why "
            "the second phase was delayed. I'd like to keep in touch and hear how it goes. Sam"
        ),
        good=PANEL_NOTE,
        name="Dana",
        bad_verdict="needs-work",
        lesson=(
            "Over the limit, LinkedIn will not let you send it; under it, shorter still reads "
            "better."
        ),
        limit=FREE_LIMIT,
    ),
    Contrast(
        rule="tone",
        bad="HEY DANA!!! Loved the panel yesterday!!! Let's connect ASAP!!!",
        good="Hi Dana, I loved the Galway panel yesterday and would like to stay in touch. Sam",
        name="Dana",
        bad_verdict="personal",
        lesson="Shouting and a row of exclamation marks read as pressure.",
    ),
)
