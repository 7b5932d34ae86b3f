"""The patterns the analysis matches beyond the phrase tables: prices, web addresses, template
slots, discounts, shouting; each costly one behind a cheap guard. Data and small helpers only."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .. import lexicon
from ..phrases import PhraseCatalogue
from ..text import URL_RE

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
    # [[name]], [[first_name]]; not C++ such as [[nodiscard]]
    r"|\[\[\s{0,2}[A-Za-z_]{0,12}(?:[Nn]ame|NAME|[Cc]ompany|COMPANY|[Tt]itle|[Rr]ole|[Nn]ombre"
    r"|[Vv]orname|[Pp]r[ée]nom|[Nn]aam|[Nn]ome)\s{0,2}\]\]"
    r"|<<\s{0,3}[A-Za-z_][\w .-]{0,40}>>"  # <<Name>>
    # <First Name>, <Company>, <first_name>; not code such as <Suspense>
    r"|<\s{0,2}(?:(?:[A-Z][a-z]{0,20}[ _]){0,2}(?:Name|Company|Title|Role|City|Industry|Position)"
    r"|[a-z]{1,20}_[a-z_]{1,30}|(?:first|last|full|company)[ _]?name|name|company"
    # <Nome>, <PRIMEIRO_NOME>, <Empresa>, <Vorname>
    r"|[A-Z_]{0,12}(?:NOME|NOMBRE|NAME|NAAM|EMPRESA)|[Nn]ome|[Nn]ombre|[Vv]orname|[Nn]aam"
    r"|[Pp]r[ée]nom|[Ee]mpresa|[Ee]ntreprise|[Ff]irma|[Aa]zienda|[Bb]edrijf)\s{0,2}>"
    r"|\[\s{0,2}(?:"  # [Name], [First Name], [COMPANY], [first_name], [company name]
    rf"{_CAPITALISED_WORD}(?:[ _]{_CAPITALISED_WORD}){{0,3}}"
    r"|[A-Z_][A-Z_ ]{1,40}"
    r"|[a-z]{1,20}(?:_[a-z]{1,20}){1,3}"
    r"|(?:first|last|full|company|their|your|recipient|contact)[ _]?name|company|job title|title"
    # [bedrijf], [nombre], [sujet du post]: lower-case slots in the other languages
    r"|(?:nombre|nome|nom|pr[ée]nom|vorname|naam|voornaam|empresa|entreprise|firma|bedrijf|azienda"
    r"|cargo|sujet|tema|thema|onderwerp|argomento|evento|[ée]v[ée]nement)"
    r"(?:[ _][a-zà-ÿ]{1,12}){0,3}"
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
SIGNATURE_WORDS = 5
SPECIFIC_WORDS_NEEDED = 2
# Without an explicit ask, an offer needs this many distinct sales words to count as a pitch.
COMMERCIAL_WORDS_NEEDED = 3
SELF_INTRO_CLAUSE_WORDS = 6
SELF_INTRO_LONG_WORDS = 12
# Punctuation between two words that ends a clause.
CLAUSE_MARKS = re.compile(r"[,.;:!?()\u2013\u2014\u2600-\u27bf\U0001f300-\U0001faff]|\s-\s")
# "I'm Jonas from the ceramics class": what follows "from" is shared context, not self-description.
CLAUSE_WORDS = frozenset("who that which and but so because where when while whose from".split())


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


def is_past_tense(word: str) -> bool:
    return word in lexicon.IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)


def has_real_question(text: str) -> bool:
    """Whether a sentence of at least a dozen characters ends in '?'."""
    return QUESTION_RE.search(text) is not None


@dataclass(frozen=True)
class Placeholder:
    start: int
    end: int
    text: str
