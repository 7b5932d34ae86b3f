"""Reading the note's form: the salutation, the name, unfilled template slots."""

from __future__ import annotations

from ..names import Salutation, find_salutation, mentions_name
from ..text import cached_property
from .base import Reading
from .patterns import NOT_A_SLOT, PLACEHOLDERS, Placeholder


class FormReading(Reading):
    @cached_property
    def name_mentioned(self) -> bool:
        return bool(self.note.name) and mentions_name(self.note, self.note.name or "")

    @cached_property
    def salutation(self) -> Salutation:
        return find_salutation(self.note)

    @cached_property
    def placeholders(self) -> list[Placeholder]:
        found: list[Placeholder] = []
        for match in PLACEHOLDERS.finditer(self.note.text):
            inner = match.group().strip("[]{}<>% ").lower()
            if inner in NOT_A_SLOT:
                continue
            found.append(Placeholder(match.start(), match.end(), match.group()))
        return found
