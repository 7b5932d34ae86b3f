"""In "I received it" mode every message speaks to the recipient about the sender's note."""

from __future__ import annotations

import re

from checker import check
from tools.corpus import load

# Wording that addresses the note's writer, or assumes the note came before connecting.
SPEAKS_TO_THE_SENDER = re.compile(
    r"your note|you want to connect|how you know them|who you are\b|of yours\b|invites them"
    r"|asks them|you sell|before you have even connected|before I accept",
    re.IGNORECASE,
)


def test_no_received_finding_speaks_to_the_sender() -> None:
    wrong = set()
    for note in load():
        if note.mode != "received":
            continue
        report = check(note.text, **note.check_options())
        for finding in report.findings:
            for text in (finding.message, finding.suggestion):
                if SPEAKS_TO_THE_SENDER.search(text):
                    wrong.add((finding.rule, text))
    assert not wrong, "\n".join(f"{rule}: {text}" for rule, text in sorted(wrong))
