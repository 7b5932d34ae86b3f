"""Everything the rules read, computed once per note: phrase matches, salutation, specificity."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import compress

from . import lexicon
from .language import Language, identify
from .names import Salutation, find_salutation, mentions_name, name_token_indexes
from .phrases import PhraseCatalogue, PhraseMatch
from .score.features import note_features
from .score.linear import Score, load_models
from .text import URL_RE, Note, cached_property

PHRASES = PhraseCatalogue(lexicon.phrase_tables())
_CURRENCY_CODES = "usd|eur|gbp|pkr|inr|aud|cad|ngn|kes|zar|jpy|cny|chf|sek|nok|dkk|pln|brl|mxn"
# A price or a return: "$450", "PKR 350,000", "50,000 SEK", "2% a week", "for 8%". Every branch
# starts at a currency sign or a digit, so the scan skips ordinary words quickly.
MONEY_RE = re.compile(
    r"[$€£¥₹]\s?\d|\d\s?%\s?off\b"
    rf"|\d(?<=(?:{_CURRENCY_CODES})\s\d)"
    r"|\d(?<=for\s\d)(?:\.\d)?\s?%"
    r"|\d[\d,.]{0,8}\s?(?:[a-z]{1,8}\s)?(?:a|per)\s(?:month|week|year|visit|hour|day|session|head"
    r"|person|seat|night)\b"
    r"|\d[\d,.]{0,12}\s?(?:%\s?(?:(?:a|per|each|every)\s(?:week|month|year|day)|yearly|annually"
    r"|monthly|weekly|returns?|yield|apy|apr)\b"
    rf"|(?:{_CURRENCY_CODES}|dollars|euros|pounds)\b)",
    re.IGNORECASE,
)
WEB_ADDRESS_RE = re.compile(
    r"https?://|www\.|(?<=[A-Za-z0-9-])\.(?:com|io|ly|ee|co|me|net|org|kr|uk|de|fr|ai|app|dev|to|in"
    r"|us|ca|au|nz|ie|es|it|nl|se|no|fi|pl|pt|br|mx|jp|cn|sg|hk|za|ng|ke|xyz|site|online|shop|store"
    r"|biz|info|link|page|club)\b",
    re.IGNORECASE,
)
# A question to them ("Any chance I could shadow you?", "Fancy swapping photos?") says what the
# sender hopes for, whatever its wording. Shorter ones ("Interested?") do not count.
# The look-behind anchors each try at a sentence start, so the scan stays linear.
QUESTION_RE = re.compile(r"(?<![^.!?\n])[^.!?\n]{12,}\?")
# "Interested?" on its own is the classic closing line of a sales message.
INTERESTED_RE = re.compile(r"\binterested\s{0,3}\?", re.IGNORECASE)

# A capitalised word in the Latin scripts the checker meets: "Name", "Imię", "Prénom".
_CAPITALISED_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ\u0100-\u017f]{0,20}"
# Unfilled template slots. Each alternative is bounded, so matching stays linear.
PLACEHOLDER_RE = re.compile(
    r"\{\{\s{0,3}[A-Za-z_][\w.-]{0,40}\s{0,3}\}\}"  # {{company}}
    # {first_name}, {firstName}, {company}; not code such as {namespace}
    r"|\{(?:[A-Za-z][A-Za-z0-9]{0,20}_[\w.-]{1,30}|[A-Za-z]{0,12}(?:[Nn]ame|NAME|[Cc]ompany|COMPANY"
    r"|[Tt]itle|[Rr]ole|[Cc]ity|[Ii]ndustry|[Pp]osition|[Ss]chool"
    # the same slots in the other languages the checker reads: {nombre}, {Vorname}, {naam}
    r"|[Nn]ombre|NOMBRE|[Nn]ome|NOME|[Nn]om|NOM|[Pp]r[ée]nom|PR[ÉE]NOM|[Vv]orname|VORNAME|[Nn]aam"
    r"|NAAM|[Vv]oornaam|[Ee]mpresa|[Ee]ntreprise|[Ff]irma|[Bb]edrijf|[Aa]zienda|[Cc]argo))\}"
    r"|%[A-Za-z_]{2,40}%"  # %FIRST_NAME%
    r"|<<\s{0,3}[A-Za-z_][\w .-]{0,40}>>"  # <<Name>>
    # <First Name>, <Company>, <first_name>; not code such as <Suspense>
    r"|<\s{0,2}(?:(?:[A-Z][a-z]{0,20}[ _]){0,2}(?:Name|Company|Title|Role|City|Industry|Position)"
    r"|[a-z]{1,20}_[a-z_]{1,30}|(?:first|last|full|company)[ _]?name|name|company)\s{0,2}>"
    r"|\[\s{0,2}(?:"  # [Name], [First Name], [COMPANY], [first_name], [company name]
    rf"{_CAPITALISED_WORD}(?:[ _]{_CAPITALISED_WORD}){{0,3}}"
    r"|[A-Z_][A-Z_ ]{1,40}"
    r"|[a-z]{1,20}(?:_[a-z]{1,20}){1,3}"
    r"|(?:first|last|full|company|their|your|recipient|contact)[ _]?name|company|job title|title"
    # [Insert name], [Insérer le nom]
    r"|(?:[Ii]nsert|[Ii]ns[ée]r(?:er|ez|ir|ire|tar)|[Vv]ul in|[Ff][üu]ge)[^\]\n]{1,30}"
    r")\s{0,2}\]"
    r"|«[^»\s]{1,30}»"  # «FirstName», a mail-merge field (a title in guillemets has spaces)
    # (first name)
    r"|\((?:[Ff]irst|[Ll]ast|[Ff]ull|[Cc]ompany|[Tt]heir|[Rr]ecipient)[ _]?[Nn]ame\)"
    # (Name des Kontakts), (nombre), (nome del collegamento), (prénom)
    r"|\((?:[Nn]ombre|[Nn]ome|[Pp]r[ée]nom|[Vv]orname|[Nn]aam|[Vv]oornaam|Name)"
    r"(?: [^\s()]{1,14}){0,3}\)"
    r"|\b(?:FIRST_?NAME|LAST_?NAME|FULL_?NAME|COMPANY_?NAME|JOB_?TITLE)\b"
    r"|\b(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear) (?:NAME|FIRST|COMPANY)\b"  # bare NAME: salutation only
    r"|\bfirst_name\b|\blast_name\b|\bcompany_name\b"
)
# Words in square brackets that are ordinary prose, not a slot.
NOT_A_SLOT = frozenset({"sic", "edit", "link", "emphasis added", "laughs", "smiles"})

OFFER_URL_RE = re.compile(
    r"calendly|cal\.com|bit\.ly|linktr\.ee|tinyurl|gumroad|eventbrite|hubspot|utm_|\?ref="
    # whole path segments only: "/book" and "/join", not "/books/2023/…" or "/joinery-basics"
    r"|/(?:offer|offers|webinar|register|book|booking|checkout|signup|sign-up|join|promo|discount"
    r"|free|demo|apply|invite|shop|store|masterclass|waitlist|pricing)(?=[/?#.)]|$)"
    r"|\b(?:apply|join|signup|register|book|go|shop|store)\.[a-z0-9-]+\.[a-z]"
    r"|substack\.com|beehiiv|amzn\.to|amazon\.|/subscribe|gofundme|patreon|kickstarter",
    re.IGNORECASE,
)
# Sign-up, booking and newsletter hosts, offers even when written without a path.
OFFER_HOST_RE = re.compile(
    r"\b[a-z0-9-]{1,63}\.(?:substack\.com|beehiiv\.com)\b"
    r"|\b(?:calendly\.com|cal\.com|linktr\.ee|bit\.ly|tinyurl\.com|gumroad\.com|patreon\.com"
    r"|eventbrite\.[a-z]{2,3}(?:\.[a-z]{2})?|kickstarter\.com|gofundme\.com)\b"
)
# An offered discount: "20% off your first order". Plain "10% off our rent" is only a sales word.
DISCOUNT_RE = re.compile(
    r"(?:\b\d{1,3}\s?%|[$£€]\s?\d{1,6})\s?(?:off|discount)\s(?:your|for|when|if|on|the|all|every|first"
    r"|this|until|before|with)\b"
    # "-20 % sur le premier mois", "20% de descuento", "20 % Rabatt"
    r"|\b\d{1,3}\s?%\s?(?:sur\s(?:le|la|les|votre)|de\s(?:réduction|remise|descuento|desconto)"
    r"|rabatt|auf\s(?:den|die|das|ihre|deine))\b",
    re.IGNORECASE,
)
SHOUT_RE = re.compile(r"\b[A-Z]{2,}(?:[^\S\n]{1,3}[A-Z]{2,}){2,}\b|\b[A-Z]{6,}\b")
PUNCTUATION_RUN_RE = re.compile(r"[!?]{2,}")

# Up to this many words of a final line made only of capitalised words or sign-offs is a signature.
_SIGNATURE_WORDS = 5
_SPECIFIC_WORDS_NEEDED = 2
# Without an explicit ask, an offer needs this many distinct sales words to count as a pitch.
_COMMERCIAL_WORDS_NEEDED = 3
_SELF_INTRO_CLAUSE_WORDS = 6
_SELF_INTRO_LONG_WORDS = 12
# Punctuation between two words that ends a clause.
_CLAUSE_MARKS = re.compile(r"[,.;:!?()\u2013\u2014\u2600-\u27bf\U0001f300-\U0001faff]|\s-\s")
# "I'm Jonas from the ceramics class": what follows "from" is shared context, not self-description.
_CLAUSE_WORDS = frozenset("who that which and but so because where when while whose from".split())


@dataclass(frozen=True)
class Guarded:
    """A costly pattern behind a cheap test that any of its matches must pass, so the many
    notes that cannot match skip the costly scan."""

    pattern: re.Pattern[str]
    needles: tuple[str, ...] = ()  # plain substrings: fastest when there are few
    guard: re.Pattern[str] | None = None  # or a small regex

    def may_match(self, text: str) -> bool:
        if self.guard is not None:
            return self.guard.search(text) is not None
        return any(needle in text for needle in self.needles)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.may_match(text) else iter(())


PLACEHOLDERS = Guarded(
    PLACEHOLDER_RE,
    needles=(
        "{",
        "(",
        "«",
        "[",
        "%",
        "<",
        "NAME",
        "COMPANY",
        "FIRST",
        "TITLE",
        "first_name",
        "last_name",
        "company_name",
    ),
)
URLS = Guarded(URL_RE, needles=("/", "www."))  # every address URL_RE finds has one of these
OFFER_HOSTS = Guarded(OFFER_HOST_RE, needles=(".com", ".ee", ".ly", "eventbrite"))
DISCOUNTS = Guarded(DISCOUNT_RE, needles=("%", "$", "£", "€"))
PRICES = Guarded(MONEY_RE, guard=re.compile(r"[\d$€£¥₹]"))
WEB_ADDRESSES = Guarded(WEB_ADDRESS_RE, guard=re.compile(r"://|\.[A-Za-z]"))
INTERESTED = Guarded(INTERESTED_RE, guard=re.compile(r"(?i)interested"))


def _is_past_tense(word: str) -> bool:
    return word in lexicon.IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)


def _has_real_question(text: str) -> bool:
    """Whether a sentence of at least a dozen characters ends in '?'."""
    return QUESTION_RE.search(text) is not None


@dataclass(frozen=True)
class Placeholder:
    start: int
    end: int
    text: str


class Analysis:
    """The analysed note; each property is computed on first use."""

    def __init__(self, note: Note) -> None:
        self.note = note

    @cached_property
    def language(self) -> Language:
        return identify(self.note.words, self.note.text)

    @cached_property
    def scores(self) -> dict[str, Score]:
        """The learned scores (sales intent, could-go-to-anyone), with what carried each."""
        features = note_features(self.note)
        return {name: model.score(features) for name, model in load_models().items()}

    @cached_property
    def _phrases(self) -> dict[str, list[PhraseMatch]]:
        return PHRASES.find_all(self.note.words)

    @cached_property
    def stock(self) -> list[PhraseMatch]:
        return self._phrases["stock"]

    @cached_property
    def boilerplate(self) -> list[PhraseMatch]:
        found = self._phrases["boilerplate"]
        return [match for match in found if not self._has_detail_after(match)]

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
            and len({words[match.first] for match in commercial}) >= _COMMERCIAL_WORDS_NEEDED
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

    @cached_property
    def _clause_starts(self) -> list[int]:
        """For each word, the index of the first word of its clause (after a comma, a full
        stop, a dash or an emoji)."""
        spans, text = self.note.spans, self.note.text
        starts = [0] * len(spans)
        for index in range(1, len(spans)):
            gap = text[spans[index - 1][1] : spans[index][0]]
            breaks = gap != " " and _CLAUSE_MARKS.search(gap) is not None
            starts[index] = index if breaks else starts[index - 1]
        return starts

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
            if word == "you" and _is_past_tense(following):
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
                return after in lexicon.ABOUT_WORDS or _is_past_tense(after)
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
        if after in lexicon.ABOUT_THEM_AFTER and _is_past_tense(verb):
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

    def _regex_matches(self, pattern: Guarded, label: str) -> list[PhraseMatch]:
        """Regex hits on the text, as one-word matches on the word at (or after) each hit."""
        found = []
        for hit in pattern.finditer(self.note.text):
            index = bisect_left(self.note.spans, (hit.start(), hit.start()))
            if index < len(self.note.words):
                found.append(PhraseMatch(index, index, label))
        return found

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

    def _has_detail_after(self, match: PhraseMatch) -> bool:
        """'interested in your work on accessibility' names a detail; bare 'your work' does not."""
        if match.label != "interested-in-work":
            return False
        following = match.last + 1
        words = self.note.words
        return following < len(words) and words[following] in ("on", "about", "in", "at", "with")

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
            if len(tail) > _SIGNATURE_WORDS:
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
        ahead = self.note.words[match.last + 1 : match.last + 1 + _SELF_INTRO_LONG_WORDS]
        if lexicon.ABOUT_THEM_AFTER.intersection(ahead) or "your" in ahead:
            return _SELF_INTRO_CLAUSE_WORDS
        return _SELF_INTRO_LONG_WORDS

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
                if nxt >= count or (words[nxt] in _CLAUSE_WORDS and not self._from_a_place(nxt)):
                    break
                gap = text[spans[index][1] : spans[nxt][0]].strip(" -/")
                if gap == "," and words[nxt] in ("a", "an", "the"):
                    # "I'm Sam, a data analyst": the description after the comma is still hers.
                    limit = min(count, nxt + 1 + _SELF_INTRO_CLAUSE_WORDS)
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
        return len(self.specific_words) >= _SPECIFIC_WORDS_NEEDED

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
                if _is_past_tense(verb):
                    return True
        return False

    def _has_detail_beyond_reason(self) -> bool:
        """A detail about them outside the reason and the self-introduction is context too:
        a note need not use our words for "we met" to show how the sender knows them."""
        in_reason = self._reason_clause_tokens
        return (
            sum(1 for index in self.specific_words if index not in in_reason)
            >= _SPECIFIC_WORDS_NEEDED
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
        return _has_real_question(self.note.text)
