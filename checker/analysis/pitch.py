"""Reading whether the note sells: pitch phrases, asks next to offers, sales words, prices,
offer links and discounts, and the clauses that show a sales word tells of something else."""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress

from .. import lexicon
from ..phrases import PhraseMatch
from ..text import cached_property
from .content import ContentReading
from .patterns import (
    COMMERCIAL_WORDS_NEEDED,
    DISCOUNTS,
    INTERESTED,
    OFFER_HOSTS,
    OFFER_URL_RE,
    PRICES,
    URLS,
    WEB_ADDRESSES,
    is_past_tense,
)


class PitchReading(ContentReading):
    @cached_property
    def pitch(self) -> list[PhraseMatch]:
        """Strong pitch phrases, or an ask together with an offer or commercial words."""
        words = self.note.words
        strong = [
            match
            for match in self._phrases["pitch"]
            if not self._about_them(match, window=self._strong_window(match))
            and not self._not_an_offer(match)
        ]
        asks, soft_asks = self._asks, self._soft_asks
        offers = self._offered(self._phrases["pitch-offer"])
        weak_offers = self._offered(self._phrases["pitch-weak-offer"])
        commercial = self._commercial
        combined: list[PhraseMatch] = []
        if asks and (offers or weak_offers or commercial):
            combined = asks + offers + weak_offers + commercial
        elif soft_asks and offers:
            combined = soft_asks + offers + commercial
        elif soft_asks and weak_offers:
            # "I coach women returning to work, 6 sessions for £300. Happy to chat!"; but in
            # "I freelance as a sound engineer", the sales word is the self-description itself
            described = {i for match in weak_offers for i in range(match.first, match.last + 1)}
            priced = [
                match
                for match in commercial
                if match.first not in described
                and (match.label == "price" or words[match.first] in lexicon.PRICE_WORDS)
            ]
            if priced:
                combined = soft_asks + weak_offers + priced
        elif (
            (offers or weak_offers)
            and len({words[match.first] for match in commercial}) >= COMMERCIAL_WORDS_NEEDED
        ):
            combined = offers + weak_offers + commercial
        return sorted(strong + combined, key=lambda match: match.first)

    @cached_property
    def loose_asks(self) -> list[PhraseMatch]:
        """Asks that sell only next to an offer: "open to a quick call?", "interested?"."""
        return sorted(self._asks + self._soft_asks, key=lambda match: match.first)

    @cached_property
    def loose_sales_words(self) -> list[PhraseMatch]:
        """Sales vocabulary, prices and web addresses that are not about them."""
        return self._commercial

    @cached_property
    def _boilerplate_indexes(self) -> frozenset[int]:
        return frozenset(
            index for match in self.boilerplate for index in range(match.first, match.last + 1)
        )

    def _outside_boilerplate(self, matches: list[PhraseMatch]) -> list[PhraseMatch]:
        # "I'm building my network": boilerplate, not a sales offer.
        inside = self._boilerplate_indexes
        return [
            match
            for match in matches
            if not any(i in inside for i in range(match.first, match.last + 1))
        ]

    def _offered(self, matches: list[PhraseMatch]) -> list[PhraseMatch]:
        return self._outside_boilerplate(
            [
                match
                for match in matches
                if not self._about_them(match) and not self._not_an_offer(match)
            ]
        )

    @cached_property
    def _asks(self) -> list[PhraseMatch]:
        return self._outside_boilerplate(
            [
                match
                for match in self._phrases["pitch-ask"] + self._interested_questions()
                if not self._not_an_offer(match)
            ]
        )

    @cached_property
    def _soft_asks(self) -> list[PhraseMatch]:
        return self._offered(self._phrases["pitch-soft-ask"])

    @cached_property
    def _commercial(self) -> list[PhraseMatch]:
        return self._outside_boilerplate(
            [match for match in self._commercial_words() if not self._not_an_offer(match)]
        )

    def _strong_window(self, match: PhraseMatch) -> int:
        # "your team is hiring", "your candle side hustle" are theirs; "your background looks a
        # strong match" is a recruiter's compliment.
        before = self.note.words[match.first - 1] if match.first > 0 else ""
        return 1 if before in lexicon.PRAISED_ABOUT_THEM else 2

    def _not_an_offer(self, match: PhraseMatch) -> bool:
        """Sales-sounding words that tell of something else: a call that happened, a role they
        got, a seat at their workshop, a friend to introduce, 'I'm looking forward'."""
        words = self.note.words
        inside = words[match.first : match.last + 1]
        after = words[match.last + 1 : match.last + 3]
        before = words[match.first - 1] if match.first > 0 else ""
        if lexicon.SAME_AS_THEIRS.intersection(inside) or after[:1] == ["forward"]:
            return True  # "I have a similar role", "I'm looking forward"
        if inside[-1] == "follow" and after[:1] == ["up"]:
            return True  # "a follow-up study", not "give my page a follow"
        if before == "fellow":
            return True  # "fellow early bird at the run club"
        if self._names_the_occasion(match):
            return True  # "we met at the Bitcoin meetup", "at the free workshop"
        if match.label == "invitation" and after[:1] == ["at"] and after[1:] == ["your"]:
            return True  # "grab a seat at your workshop"
        if inside[:3] == ["introduce", "you", "to"] and after[:1] and after[0] in lexicon.PEOPLE:
            return True  # "introduce you to my cousin"
        if inside[0] in lexicon.SENDER_SUBJECT_PHRASES and before in lexicon.SENDER_SUBJECTS:
            return True  # "I'm thinking of moving into data", "I'm interested in investing"
        sent = not lexicon.PROMISED_THINGS.isdisjoint(inside)
        return self._told_in_clause(match) or (sent and self._promised_earlier(match))

    def _names_the_occasion(self, match: PhraseMatch) -> bool:
        words = self.note.words
        named = words[match.first : match.last + 3]
        if not lexicon.OCCASION_WORDS.intersection(named):
            return False  # "at half price" is a price, not a place
        if lexicon.SENDER_WORDS.intersection(words[match.last + 1 : match.last + 6]):
            return False  # "the exclusive dinner we're hosting"
        start = max(self._clause_starts[match.first], match.first - 4)
        for index in range(match.first - 1, start - 1, -1):
            if words[index] in ("our", "my"):
                return False  # "at our free webinar" is theirs to sell
            if words[index] in lexicon.OCCASION_PREPOSITIONS:
                return True  # "at the Prague Bitcoin meetup"
        return False

    def _told_in_clause(self, match: PhraseMatch) -> bool:
        """'thanks for the brief call', 'congrats on raising a seed round', 'your talk on lead
        generation': the clause tells of the past, or of their work, not of an offer."""
        words = self.note.words
        start = max(self._clause_starts[match.first], match.first - lexicon.TOLD_CLAUSE_WORDS)
        index = match.first - 1
        crossed_sender = False  # "your posts … I'm building a team": the clause is theirs no more
        while index >= start:
            word = words[index]
            if word in lexicon.CLAUSE_BREAK_WORDS:
                return False
            crossed_sender = crossed_sender or word in lexicon.SENDER_SUBJECTS_IN_CLAUSE
            following = words[index + 1]
            if word in ("was", "were") and following in lexicon.PRESENT_AFTER_WAS:
                return False  # "I was wondering whether you have 15 minutes": an ask today
            if word in ("thanks", "thank") and "advance" in words[index + 1 : index + 4]:
                return False  # "thanks in advance for considering a call"
            if word in lexicon.TOLD_CUES and self._tells_of_the_past(index):
                return True
            if (word, following) in lexicon.TOLD_CUE_PAIRS:
                return True
            if word == "you" and is_past_tense(following):
                return True  # "you moved to a remote role", "you helped us buy our flat"
            if word == "your" and not crossed_sender and self._names_their_work(index):
                return True  # "your talk on lead generation"
            index -= 1
        return False

    def _names_their_work(self, index: int) -> bool:
        """'your talk on…', 'your library powered…': what follows is about their work. Not 'your
        podcast would be a perfect fit for our…' or 'turn your talk into a course'."""
        words = self.note.words
        for position in range(index + 1, min(index + 5, len(words))):
            if words[position] in lexicon.WORK_NOUNS:
                after = words[position + 1] if position + 1 < len(words) else ""
                return after in lexicon.ABOUT_WORDS or is_past_tense(after)
        return False

    def _tells_of_the_past(self, index: int) -> bool:
        """A past verb tells a story only with someone doing it: "I got the funding", not "Got 15
        minutes for a demo?"; "we worked together", not "we've worked with 200 brands"."""
        words = self.note.words
        word = words[index]
        if word not in lexicon.TOLD_VERBS:
            return True
        following = words[index + 1 : index + 3]
        if word in ("watch", "watching"):
            return following[:1] == ["you"]  # "watch you grow", not "watch our free demo"
        before = words[index - 1] if index > 0 else ""
        if before not in lexicon.STORY_SUBJECTS:
            return False
        if word == "worked":
            return following[:1] != ["with"] or following[1:] == ["you"]
        return True

    def _promised_earlier(self, match: PhraseMatch) -> bool:
        """'As promised, I'd like to send you a copy of our paper.'"""
        note = self.note
        sentence = note.sentence_at(note.spans[match.first][0])
        index = match.first - 1
        while index >= 0 and note.sentence_at(note.spans[index][0]) == sentence:
            if note.words[index] in lexicon.PROMISED:
                return True
            index -= 1
        return False

    def _about_them(self, match: PhraseMatch, window: int = lexicon.ABOUT_THEM_WINDOW) -> bool:
        """'your free webinar on pricing', 'the demo you gave': their thing, not an offer."""
        words = self.note.words
        after = words[match.last + 1] if match.last + 1 < len(words) else ""
        verb = words[match.last + 2] if match.last + 2 < len(words) else ""
        if after in lexicon.ABOUT_THEM_AFTER and is_past_tense(verb):
            return True  # "the free workshop you ran", not "on my page if you fancy a peek"
        if after in ("of", "from") and verb == "your":
            return True  # "the free sample of your cheese"
        # within the clause only: "for your bakery, no charge for the first draft" is an offer
        start = max(self._clause_starts[match.first], match.first - window)
        for index in range(match.first - 1, start - 1, -1):
            if words[index] in lexicon.ABOUT_THEM_BEFORE:
                return True
            if words[index] in lexicon.SENDER_WORDS:
                return False
        return False

    def _commercial_words(self) -> list[PhraseMatch]:
        # A price, and any web address, are sales signals in a connection note.
        found = self._regex_matches(PRICES, "price") + self._regex_matches(
            WEB_ADDRESSES, "commercial"
        )
        words = self.note.words
        for index in compress(range(len(words)), map(lexicon.COMMERCIAL_WORDS.__contains__, words)):
            if index + 1 < len(words) and words[index + 1] in lexicon.NOT_SALES_AFTER:
                continue  # "demo day", "trial run": an occasion, not an offer
            match = PhraseMatch(index, index, "commercial")
            if not self._about_them(match):
                found.append(match)
        return found

    def _interested_questions(self) -> list[PhraseMatch]:
        return self._regex_matches(INTERESTED, "ask")

    @cached_property
    def offer_links(self) -> list[tuple[int, int]]:
        folded = self.note.folded
        links = [
            match.span() for match in URLS.finditer(folded) if OFFER_URL_RE.search(match.group())
        ]
        links += [
            match.span()
            for match in OFFER_HOSTS.finditer(folded)
            if not any(start <= match.start() < end for start, end in links)
        ]
        return sorted(link for link in links if not self._link_is_theirs(link))

    def _link_is_theirs(self, link: tuple[int, int]) -> bool:
        """'your essay at ana.substack.com/p/…' points to their work, not to an offer."""
        index = bisect_left(self.note.spans, (link[0], link[0]))
        return index < len(self.note.words) and self._about_them(PhraseMatch(index, index, "link"))

    @cached_property
    def discounts(self) -> list[tuple[int, int]]:
        return [match.span() for match in DISCOUNTS.finditer(self.note.text)]
