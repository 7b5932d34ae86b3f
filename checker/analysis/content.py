"""Reading what the note says about the recipient: stock text and boilerplate, specific words,
context (how they know each other), the reason to connect, the sender's self-introduction."""

from __future__ import annotations

from .. import lexicon
from ..names import name_token_indexes
from ..phrases import PhraseMatch
from ..text import cached_property
from .form import FormReading
from .patterns import (
    CLAUSE_WORDS,
    SELF_INTRO_CLAUSE_WORDS,
    SELF_INTRO_LONG_WORDS,
    SIGNATURE_WORDS,
    SPECIFIC_WORDS_NEEDED,
    has_real_question,
    is_past_tense,
)


class ContentReading(FormReading):
    @cached_property
    def stock(self) -> list[PhraseMatch]:
        return self._phrases["stock"]

    @cached_property
    def boilerplate(self) -> list[PhraseMatch]:
        found = self._phrases["boilerplate"]
        return [match for match in found if not self._has_detail_after(match)]

    def _has_detail_after(self, match: PhraseMatch) -> bool:
        """'interested in your work on accessibility' names a detail; bare 'your work' does not."""
        if match.label != "interested-in-work":
            return False
        following = match.last + 1
        words = self.note.words
        return following < len(words) and words[following] in ("on", "about", "in", "at", "with")

    @cached_property
    def bare_connect(self) -> list[PhraseMatch]:
        return self._phrases["bare-connect"]

    @cached_property
    def self_intro(self) -> list[PhraseMatch]:
        return sorted(
            self._phrases["self-intro"] + self._introduces_by_name(),
            key=lambda match: match.first,
        )

    def _introduces_by_name(self) -> list[PhraseMatch]:
        """'I'm Sam', 'I am welder': the sender naming or describing themselves."""
        words = self.note.words
        found = []
        for index in range(len(words) - 1):
            if words[index] in ("i'm", "im"):
                subject = index + 1
            elif words[index] == "i" and words[index + 1] == "am" and index + 2 < len(words):
                subject = index + 2
            else:
                continue
            word = words[subject]
            if word not in lexicon.STOPWORDS and word not in lexicon.GENERIC_WORDS:
                found.append(PhraseMatch(index, subject, "self-intro"))
        return found

    @cached_property
    def signature_tokens(self) -> frozenset[int]:
        """A closing line of a few capitalised words or sign-offs: "Cheers, Ana", "- Sam Lee"."""
        note = self.note
        spans, words, text = note.spans, note.words, note.text
        if len(words) < 2:
            return frozenset()
        last_sentence = note.sentence_at(spans[-1][0])
        tail = []
        for index in range(len(words) - 1, -1, -1):
            if note.sentence_at(spans[index][0]) != last_sentence:
                break
            tail.append(index)
            if len(tail) > SIGNATURE_WORDS:
                return frozenset()
        if tail[-1] == 0:
            return frozenset()
        if all(text[spans[i][0]].isupper() or words[i] in lexicon.SIGN_OFF_WORDS for i in tail):
            return frozenset(tail)
        return frozenset()

    @cached_property
    def generic_token_indexes(self) -> frozenset[int]:
        """Tokens that say nothing about this recipient: stock, boilerplate, greeting, names."""
        covered: set[int] = set()
        for match in (*self.stock, *self.boilerplate):
            covered.update(range(match.first, match.last + 1))
        if self.salutation.greeting:
            covered.update(range(self.salutation.greeting[0], self.salutation.greeting[1] + 1))
        covered.update(self.salutation.name_tokens)
        signature_words = {self.note.words[index] for index in self.signature_tokens}
        covered.update(i for i, word in enumerate(self.note.words) if word in signature_words)
        covered.update(self._self_intro_clause_tokens())
        if self.note.name:
            covered.update(name_token_indexes(self.note, self.note.name))
        return frozenset(covered)

    def _from_a_place(self, index: int) -> bool:
        """'an analyst from Karachi' says where the sender is from; 'Jonas from the ceramics
        class' or 'Ines, from Tuesday's call' says how you know each other."""
        note, words = self.note, self.note.words
        if words[index] != "from" or index + 1 >= len(words):
            return False
        place = note.tokens[index + 1]
        following = words[index + 2] if index + 2 < len(words) else ""
        return (
            place.is_capitalised
            and not place.folded.endswith("'s")
            and following not in lexicon.OCCASION_WORDS
            and following not in ("class", "team", "group", "office", "call")
        )

    def _self_intro_reach(self, match: PhraseMatch) -> int:
        """How far a self-description runs: a long CV line ("a second-year computer science
        student at the University of Nairobi") unless it turns to them ("…who spoke to you")."""
        ahead = self.note.words[match.last + 1 : match.last + 1 + SELF_INTRO_LONG_WORDS]
        if lexicon.ABOUT_THEM_AFTER.intersection(ahead) or "your" in ahead:
            return SELF_INTRO_CLAUSE_WORDS
        return SELF_INTRO_LONG_WORDS

    def _self_intro_clause_tokens(self) -> set[int]:
        """'I'm a real estate agent' is about the sender, not the recipient: not a detail."""
        words, spans, text = self.note.words, self.note.spans, self.note.text
        count = len(words)
        covered: set[int] = set()
        for match in self.self_intro:
            index = match.first
            limit = min(count, match.last + 1 + self._self_intro_reach(match))
            while index < limit:
                covered.add(index)
                nxt = index + 1
                if nxt >= count or (words[nxt] in CLAUSE_WORDS and not self._from_a_place(nxt)):
                    break
                gap = text[spans[index][1] : spans[nxt][0]].strip(" -/")
                if gap == "," and words[nxt] in ("a", "an", "the"):
                    # "I'm Sam, a data analyst": the description after the comma is still hers.
                    limit = min(count, nxt + 1 + SELF_INTRO_CLAUSE_WORDS)
                elif gap:
                    break  # punctuation ends the clause
                index = nxt
        return covered

    @cached_property
    def specific_words(self) -> list[int]:
        """Token indexes of words that could only have been written for this person."""
        skip = self.generic_token_indexes
        seen: set[str] = set()
        found = []
        for index, word in enumerate(self.note.words):
            if index in skip or word in lexicon.STOPWORDS or word in lexicon.GENERIC_WORDS:
                continue
            if word.endswith("'s") and word[:-2] in lexicon.GENERIC_WORDS:
                continue
            if word not in seen:
                seen.add(word)
                found.append(index)
        return found

    @property
    def is_specific(self) -> bool:
        return len(self.specific_words) >= SPECIFIC_WORDS_NEEDED

    @cached_property
    def knows_sender(self) -> bool:
        """Whether the context shows the recipient already knows the sender (met, worked...)."""
        return any(match.label in lexicon.KNOWS_SENDER for match in self._phrases["context"])

    @cached_property
    def has_context_cue(self) -> bool:
        """Context said in so many words: an occasion, or how you know each other."""
        return bool(self._phrases["context"]) or any(
            word in lexicon.EVENT_WORDS for word in self.note.words
        )

    @cached_property
    def has_context(self) -> bool:
        return (
            self.has_context_cue or self._tells_shared_past() or self._has_detail_beyond_reason()
        )

    def _tells_shared_past(self) -> bool:
        """'you judged our robot', 'we worked', 'you were the best intern': a shared past."""
        words = self.note.words
        in_reason = self._reason_clause_tokens
        for index in range(len(words) - 1):
            if words[index] in ("you", "we") and index not in in_reason:
                verb = words[index + 1]
                if is_past_tense(verb):
                    return True
        return False

    def _has_detail_beyond_reason(self) -> bool:
        """A detail about them outside the reason and the self-introduction is context too:
        a note need not use our words for "we met" to show how the sender knows them."""
        in_reason = self._reason_clause_tokens
        return (
            sum(1 for index in self.specific_words if index not in in_reason)
            >= SPECIFIC_WORDS_NEEDED
        )

    @cached_property
    def _reason_clause_tokens(self) -> frozenset[int]:
        """Every word from a reason phrase to the end of its sentence."""
        covered: set[int] = set()
        note = self.note
        for match in self._phrases["reason"]:
            sentence = note.sentence_at(note.spans[match.first][0])
            index = match.first
            while index < len(note.words) and note.sentence_at(note.spans[index][0]) == sentence:
                covered.add(index)
                index += 1
        return frozenset(covered)

    @cached_property
    def has_reason(self) -> bool:
        if self._phrases["reason"]:
            return True
        return has_real_question(self.note.text)
