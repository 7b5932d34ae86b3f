"""Word lists and the phrase tables' loader. Data only; the rules decide what a match means.

The phrase tables live in one TOML file per language (`en.toml`, `es.toml`, ...), so the reviewer
of one language can own one file; `README.md` beside them explains the categories and labels.
The word sets below are mostly English and are read by the analysis directly.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

# The languages with phrase files, in the order they are merged. "other" holds a few phrases in
# languages the checker cannot judge yet.
PHRASE_FILES = ("en", "es", "fr", "de", "pt", "it", "nl", "other")
# Each category and the labels its phrases may carry. The rules read these labels (the pitch
# rule has a message for each pitch label), so a file that brings a new one fails at import,
# not inside check().
PHRASE_LABELS: dict[str, tuple[str, ...]] = {
    "stock": (
        "add-to-network",
        "join-your-network",
        "connect-on-linkedin",
        "translated",
        "indicated",
    ),
    "boilerplate": (
        "came-across-profile",
        "expand-network",
        "like-minded",
        "mutual-connections",
        "interested-in-work",
        "suggested-by-linkedin",
        "well-wishing",
        "always-looking",
    ),
    "pitch": ("call-request", "services", "invitation", "income", "recruiting"),
    "pitch-ask": ("ask",),
    "pitch-soft-ask": ("soft-ask",),
    "pitch-offer": ("offer",),
    "pitch-weak-offer": ("weak-offer",),
    "context": ("met", "reconnect", "worked", "referral", "their-work", "when"),
    "reason": ("specific", "wish"),
    "bare-connect": ("connect-wish",),
    "self-intro": ("self-intro",),
}
PHRASE_CATEGORIES = tuple(PHRASE_LABELS)

# Word lists a language file may extend, under [words] (see README.md).
WORD_LIST_KEYS = (
    "stopwords",
    "generic",
    "greetings",
    "greeting-phrases",
    "thanks-openers",
    "not-a-name",
    "titles",
    "sign-off",
    "events",
)

PhraseTable = dict[str, dict[str, list[str]]]


@cache
def _parsed(language: str) -> dict[str, Any]:
    """One language file, read and parsed once for both its phrase tables and its word lists.

    A built wheel also carries each file as JSON, written from the TOML as the wheel is built
    (hooks/checker_assets.py): the same data, read about twenty times faster, since Python's TOML
    reader is pure Python and the browser runs it slowly. From the sources, the TOML is read."""
    files = resources.files(__name__)
    built = files.joinpath(f"{language}.json")
    if built.is_file():
        loaded: dict[str, Any] = json.loads(built.read_text(encoding="utf-8"))
        return loaded
    import tomllib  # here, so that a wheel with the JSON never imports it

    return tomllib.loads(files.joinpath(f"{language}.toml").read_text(encoding="utf-8"))


def as_json(toml_text: str) -> str:
    """A language file's TOML as the JSON a built wheel carries beside it."""
    import tomllib

    return json.dumps(tomllib.loads(toml_text), ensure_ascii=False, separators=(",", ":"))


@cache
def phrase_file(language: str) -> PhraseTable:
    """One language's phrase tables: category -> label -> patterns."""
    table: PhraseTable = {key: value for key, value in _parsed(language).items() if key != "words"}
    unknown = set(table) - set(PHRASE_CATEGORIES)
    if unknown:
        raise ValueError(f"{language}.toml: unknown phrase categories {sorted(unknown)}")
    for category, groups in table.items():
        strange = set(groups) - set(PHRASE_LABELS[category])
        if strange:
            raise ValueError(f"{language}.toml: unknown labels in [{category}]: {sorted(strange)}")
    return table


@cache
def _language_words(language: str) -> dict[str, list[str]]:
    """A language file's [words]: a string of words separated by spaces, or a list of phrases."""
    raw: dict[str, str | list[str]] = _parsed(language).get("words", {})
    unknown = set(raw) - set(WORD_LIST_KEYS)
    if unknown:
        raise ValueError(f"{language}.toml: unknown word lists {sorted(unknown)}")
    return {key: value.split() if isinstance(value, str) else value for key, value in raw.items()}


def words_from_files(key: str) -> frozenset[str]:
    """One word list as every language file extends it."""
    return frozenset(
        word for language in PHRASE_FILES for word in _language_words(language).get(key, [])
    )


@cache
def phrase_tables() -> PhraseTable:
    """Every language's tables merged: category -> label -> patterns."""
    merged: PhraseTable = {category: {} for category in PHRASE_CATEGORIES}
    for language in PHRASE_FILES:
        for category, groups in phrase_file(language).items():
            for label, patterns in groups.items():
                merged[category].setdefault(label, []).extend(patterns)
    return merged


COMMERCIAL_WORDS = frozenset(
    """
    pricing price prices rates fee fees pack sponsorship sponsoring sponsor sponsors
    quote demo beta subscription subscribe subscribers masterclass webinar cohort
    openings seats spots clients customers brands revenue roi syndicate investors invest
    invests investment investing funding equity recruiter candidates talent hiring role roles
    opportunity opportunities agency services consultancy freelance fractional coaching discount
    complimentary deal examples growth users testers commission members membership
    ticket tickets waitlist package packages fee fees waived rate pass passes investors
    numbers partnership collab marketing syllabus relocation salary compensation
    cv resume staking pays returns walkthrough featured feature listing profiles
    invite video bills savings save costs budget contract renewal application accelerator
    sponsored paid slot slots subscription audit consultation quote quotes priced guarantee
    guaranteed samples booth managed discount discounts fund minimum memorandum cost trial
    brochure places spaces deals valuation broadcast sample franchise tranche hampers leases
    showreel footage salaries interviews
    lease contact contacts export
    """.split()
)
# A sales word followed by one of these names an occasion: "demo day", "pitch night".
NOT_SALES_AFTER = frozenset({"day", "days", "night", "run"})

# A commercial word right after these, or followed by "you", is about them: "your pilot", "the
# free workshop you ran".
ABOUT_THEM_BEFORE = frozenset({"your"})
# Looking back this far for "your" (stopping at the sender's own "my", "our", "I", "we").
ABOUT_THEM_WINDOW = 4
SENDER_WORDS = frozenset({"my", "our", "i", "we", "i'm", "we're", "me", "us"})
ABOUT_THEM_AFTER = frozenset({"you", "you've", "you'd", "yours"})

# Sales-sounding words in a clause that opens with one of these tell of the past or of their
# work, not of an offer: "thanks for the brief call", "congrats on the new role", "it was a joy
# to have you as a guest", "we worked together on the trading platform".
TOLD_CUES = frozenset(
    """
    thanks thank thanked grateful was were had enjoyed went attended learned learnt worked agreed
    agreeing congrats congratulations luck remember remembered covering researching
    studying got won received landed secured backed watch watching swapped heard met
    """.split()
)
TOLD_CUE_PAIRS = frozenset(
    {
        ("excited", "for"),
        ("wait", "for"),
        ("thrilled", "for"),
        ("delighted", "for"),
        ("glad", "we"),
        ("week", "we"),
        ("day", "we"),
        ("year", "we"),
        ("night", "we"),
    }
)
# Looking back this many words, within the clause, for one of those cues.
TOLD_CLAUSE_WORDS = 14
# A new clause starts at these, so a cue before them does not count.
CLAUSE_BREAK_WORDS = frozenset("and but so if or because then also please let's lets now".split())
# "As promised, …": what follows in the sentence is something they were promised, when it is
# something sent ("send you a copy of our paper"), not a price list.
PROMISED = frozenset({"promised"})
PROMISED_THINGS = frozenset({"send", "share", "copy", "introduce", "forward", "slides", "notes"})
# "I was wondering whether…", "we were thinking you might…": a request now, not a story.
PRESENT_AFTER_WAS = frozenset(
    "wondering hoping thinking planning looking curious keen going reaching writing".split()
)
# "We met at the Bitcoin meetup", "during the free workshop": where they met, not an offer.
OCCASION_PREPOSITIONS = frozenset({"at", "during", "after", "from", "since"})

# "your talk on lead generation": what follows names the subject of their work.
WORK_NOUNS = frozenset(
    """
    talk talks study studies newsletter workshop paper papers book books post posts article
    articles keynote thread piece podcast research session panel video course lecture essay
    blog presentation advice tips webinar masterclass report thesis library tool package
    framework project repo dataset map guide
    """.split()
)
# Past verbs among those cues tell a story only after a subject ("I got", "we worked").
TOLD_VERBS = frozenset(
    "got won received landed secured backed heard watch watching worked went attended learned "
    "learnt enjoyed had remember remembered swapped met".split()
)
STORY_SUBJECTS = frozenset("i we you they he she i've we've you've just also both all and".split())
# After "your talk", these show the words that follow are about their work.
ABOUT_WORDS = frozenset("on about at in for from was is were has had and".split())
SAME_AS_THEIRS = frozenset({"similar", "same"})
# Sales words that make "what I do" an offer next to a friendly ask: "6 sessions for £300".
PRICE_WORDS = frozenset(
    "slots openings rates fee fees price prices pricing discount quote package packages trial "
    "sessions session".split()
)
# "your background looks a strong match": praise from a recruiter, not something of theirs.
PRAISED_ABOUT_THEM = frozenset(
    "background profile experience skills skillset cv resume work expertise".split()
)
PEOPLE = frozenset(
    """
    friend friends cousin cousins colleague colleagues brother sister mum mom dad mother father
    wife husband son daughter aunt uncle mentor boss manager classmate neighbour neighbor
    flatmate roommate
    """.split()
)
# Phrases that sell when they are asked of the reader ("Thinking of moving house?") but not when
# the sender says them of themselves ("I'm thinking of moving into data").
SENDER_SUBJECT_PHRASES = frozenset({"thinking", "interested", "want"})
SENDER_SUBJECTS = frozenset({"i'm", "im", "am", "i", "we're", "and", "student"})
SENDER_SUBJECTS_IN_CLAUSE = frozenset({"i'm", "im", "i", "we", "we're", "i've", "we've"})

# Context kinds that show the recipient already knows the sender, so no self-introduction is owed.
KNOWS_SENDER = frozenset({"met", "reconnect", "worked"})

# Past-tense verbs after "you" or "we" tell of something shared: "you judged our robot".
IRREGULAR_PAST = frozenset(
    """
    was were had did gave ran taught met spoke said wrote built made took sent told led won lent
    brought bought caught thought found gave got kept left lost paid put read saw sat showed
    stood understood went drove flew fought held heard knew lay meant rode rang rose sang sold
    shook shot sought spent spun stole struck swam swore threw wore woke
    """.split()
)

# Words for gatherings: a note that names one is anchored in a real occasion.
EVENT_WORDS = frozenset(
    """
    conference conferences meetup meetups summit festival festivals hackathon workshop workshops
    panel keynote lecture seminar symposium expo fair convention bootcamp marathon q&a meeting
    dinner lunch breakfast party wedding reunion retreat offsite concert gig exhibition
    tournament webinar class cohort colloquium congress forum roundtable residency tutorial
    tutorials course internship placement rotation training onboarding
    """.split()
)


GREETING_WORDS = frozenset(
    """
        hi hello hey dear greetings hiya howdy yo heya hallo hola bonjour salut ciao olá ola hej
        gentile gentilissimo gentilissima caro cara estimado estimada querido querida liebe lieber
        cher chère prezado prezada
        namaste servus moin grüß gruezi aloha salaam shalom kia ora merhaba hei ahoj szia cześć
        dzień zdravo privet здравствуйте привет γεια नमस्ते こんにちは 你好 您好 안녕하세요 olá oi bom buenos
        buenas bonsoir guten goedemorgen goedendag hoi morning afternoon evening duit lelei chào
        chao konnichiwa assalamu assalam alaikum salam delek namaskar vanakkam sawubona habari
        jambo selam tena talofa bula buongiorno grüezi g'day gday goddag
        """.split()
)
GREETING_PHRASES = frozenset(
    {
        "good morning", "good afternoon", "good evening", "good day",
        "as salamu alaykum", "as salamu alaikum", "as salaam alaikum", "assalamu alaikum",
        "assalamu alaykum", "salam alaikum", "salaam alaikum", "selamat pagi", "selamat siang",
        "selamat sore", "selamat malam", "sat sri akal", "buenos dias", "buenos días",
        "buenas tardes", "buenas noches", "bom dia", "boa tarde", "boa noite", "guten morgen",
        "guten tag", "guten abend", "dzień dobry", "dobry den", "dobrý den", "god morgen",
        "goede morgen", "buona sera", "kia ora", "xin chào", "chào anh", "chào chị",
        "sehr geehrte", "sehr geehrter",
    }
)  # fmt: skip

# Words after a greeting that are not a name ("Hi there", "Hello everyone").
NOT_A_NAME = frozenset(
    """
    here
        there all everyone everybody again friend friends team folks guys y'all yall you sir madam
        madame colleague colleagues connection connections stranger mate buddy pal dear from and
        from hope how it i i'm i'd thank thanks great nice just quick so as hiring manager recruiter
        future fellow linkedin network member members to the a an good morning afternoon evening day
        this it's its is was am are we what my your our
        """.split()
)

TITLES = frozenset(
    """
    ji san sama sensei kun chan bey hanım hanim nim ssi sahib saheb anh chị chi bhai didi
        dr dr. doctor prof prof. professor mr mr. mrs mrs. ms ms. miss mx mx. sir madam dame lord
        lady rev rev. reverend fr fr. father sister brother sra sr sra. sr. señor señora herr frau
        ssa dott ing mme mlle
        monsieur madame mme mlle dott ing eng engr hon judge coach captain capt chef rabbi imam
        pastor sheikh
        """.split()
)

SIGN_OFF_WORDS = frozenset(
    """
        best regards cheers thanks thank warmly warm kind sincerely yours all the many with
        gratitude take care talk soon speak later
        """.split()
)

STOPWORDS = frozenset(
    """
    y de del la las el los en que me mi mis tu tus su sus muy con por para un una unos es
    et le les des je vous votre vos avec du au aux est ce cette mon ma mes ton ta
    ich und sie mit dem der die das den zu auf ein eine einen ist bei mich dich
    o os as e do da dos das um uma com por para meu minha seu sua
    il di che per con del della un una è ho mi ti
        a about above after again against all also am an and any are aren't as at be because been
        before being below between both but by can can't cannot could couldn't did didn't do does
        doesn't doing don't down during each few for from further had hadn't has hasn't have haven't
        having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll
        i'm i've id im ive if in into is isn't it it's its itself let's lets me more most mustn't my
        myself no nor not of off on once only or other ought our ours ourselves out over own same
        shan't she she'd she'll she's should shouldn't so some such than that that's the their
        theirs them themselves then there there's these they they'd they'll they're they've this
        those through to too under until up very was wasn't we we'd we'll we're we've were weren't
        what what's when when's where where's which while who who's whom why why's will with won't
        would wouldn't you you'd you'll you're you've your yours yourself yourselves youre ur u just
        really much many lot lots bit quite still even ever yet already maybe perhaps since via per
        upon within without across among onto toward towards something anything everything someone
        anyone everyone thing things way well one two get got go going make made let may might must
        shall s t d ll m re ve
        """.split()
)

# Words that carry no detail about this recipient: boilerplate's vocabulary.
GENERIC_WORDS = frozenset(
    """
        hi hello hey dear greetings hiya good morning afternoon evening there everyone all connect
        connecting connected connection connections network networks networking professional
        professionals professionally linkedin profile profiles page invite invited invitation
        invitations accept accepting add adding join joining expand expanding grow growing build
        building broaden broadening extend extending circle like liked likes love loved loving would
        want wanted wanting hope hoping hoped glad happy great nice pleasure keen eager excited
        interested interesting impressive impressed inspiring inspired amazing awesome wonderful
        fantastic cool excellent incredible outstanding remarkable admire admired thanks thank best
        regards cheers kind warm wishes sincerely warmly look looking forward reach reaching reached
        touch stay staying keep keeping contact work works working career careers background
        experience experiences expertise skills skill journey industry industries field fields space
        sector domain area areas role company people person individuals individual minded likeminded
        others folks leaders leader thought mutual common shared share sharing insights insight
        ideas knowledge opportunities opportunity value valuable beneficial mutually synergies
        synergy collaborate collaboration collaborations came come across stumbled found saw noticed
        seen viewed see checked noticed day days week today time sometime soon always really truly
        definitely certainly content posts post updates activity feed accomplishments achievements
        success successful fellow member members part community similar same related learn learning
        grow together future potential possible possibly doing well hope fine trust dr doctor prof
        message messages note request finds find wanted hear reach following follow followed wishing
        wish wished continued continue continuing path progress pleased delighted honoured honored
        thrilled grateful thankful appreciate appreciated respect respected valued benefit benefits
        contacts platform world arena market landscape ecosystem peers interests passion passionate
        driven results oriented dynamic motivated ambitious talented experienced experts leadership
        skillset future popped appeared showed suggestions suggested algorithm browsing scrolling
        hopefully everything anything something way ways absolutely often sometimes weekend month
        year start started starting good week off add added believe believes believed innovation
        innovative power each other cutting edge kindly makes sense learning having new several
        welcome chance whose paths inspire inspires reaching figured linked looks know seem seems lovely fruitful growth accomplished accepting productive ahead
        conect profesionals profesional accross privilege genuinely values lifelong admiring afar
        role model mean god bless blessings keeps telling here try enjoy thoughtful yours weekend
        meaningful relationships sure actually anyway log energy seasons season's wraps fascinating
        perspective point radiates sets bar clearly someone goal list set accept thrown
        professor mr mrs ms miss mx sir madam
        ai ml machine data science marketing marketers finance fintech tech technology sales
        healthcare engineering software business management hr digital strategy analytics
        cybersecurity blockchain web3 advice tips jobs job region regions swap swapping notes
        compare comparing say properly joyful holiday holidays season prosperous health
        happiness 2024 2025 2026 2027 2028 grow together resonated insightful lately recent
        latest reading ravi ravie serais würde gerne bin vernetzen
        """.split()
)

# Nicknames and the formal names they stand for. Both directions are accepted.
NICKNAMES: dict[str, tuple[str, ...]] = {
    "babatunde": ("tunde",),
    "elisabeth": ("lisa", "liesel", "elise"),
    "robert": ("bob", "bobby", "rob", "robbie", "bert"),
    "william": ("will", "bill", "billy", "liam", "willy"),
    "katherine": ("kate", "katie", "kathy", "kat", "kay", "kit"),
    "catherine": ("cate", "kate", "katie", "cathy", "cat"),
    "kathryn": ("kate", "katie", "kathy", "kat"),
    "elizabeth": ("liz", "lizzie", "lizzy", "beth", "betty", "eliza", "libby", "bess"),
    "margaret": ("maggie", "meg", "peggy", "marge", "greta", "megan"),
    "michael": ("mike", "mikey", "mick", "micky"),
    "james": ("jim", "jimmy", "jamie", "jimbo"),
    "john": ("johnny", "jack"),
    "jonathan": ("jon", "jonny", "nathan"),
    "joseph": ("joe", "joey", "jo"),
    "thomas": ("tom", "tommy"),
    "richard": ("rick", "ricky", "dick", "rich", "richie"),
    "christopher": ("chris", "kit", "topher"),
    "christine": ("chris", "chrissy", "tina"),
    "christina": ("chris", "chrissy", "tina"),
    "alexander": ("alex", "sasha", "xander", "sandy", "al"),
    "alexandra": ("alex", "sasha", "lexi", "alexa", "sandra"),
    "alejandro": ("alex", "ale"),
    "anthony": ("tony", "ant"),
    "andrew": ("andy", "drew"),
    "daniel": ("dan", "danny"),
    "danielle": ("dani",),
    "david": ("dave", "davy", "davey"),
    "edward": ("ed", "eddie", "ned", "ted"),
    "matthew": ("matt", "matty"),
    "nicholas": ("nick", "nicky", "nico"),
    "patrick": ("pat", "paddy"),
    "patricia": ("pat", "patty", "trish", "tricia"),
    "peter": ("pete",),
    "samuel": ("sam", "sammy"),
    "samantha": ("sam", "sammy"),
    "stephen": ("steve", "stevie"),
    "steven": ("steve", "stevie"),
    "timothy": ("tim", "timmy"),
    "benjamin": ("ben", "benny", "benji"),
    "charles": ("charlie", "chuck", "chas"),
    "charlotte": ("charlie", "lottie"),
    "gregory": ("greg",),
    "jennifer": ("jen", "jenny", "jenn"),
    "jessica": ("jess", "jessie"),
    "rebecca": ("becky", "becca", "bex"),
    "susan": ("sue", "suzy", "susie"),
    "suzanne": ("sue", "suzy"),
    "deborah": ("deb", "debbie"),
    "victoria": ("vicky", "vicki", "tori"),
    "abigail": ("abby", "abbie"),
    "isabella": ("izzy", "bella", "isa"),
    "isabel": ("izzy", "bel", "isa"),
    "gabriel": ("gabe",),
    "gabrielle": ("gabby", "gabi"),
    "gabriela": ("gabi", "gaby"),
    "nathaniel": ("nate", "nat"),
    "nathan": ("nate",),
    "zachary": ("zach", "zack"),
    "joshua": ("josh",),
    "jacob": ("jake",),
    "kenneth": ("ken", "kenny"),
    "lawrence": ("larry",),
    "leonard": ("leo", "len", "lenny"),
    "francis": ("frank", "fran"),
    "frances": ("fran", "frankie"),
    "francesca": ("fran", "frankie", "cesca"),
    "frederick": ("fred", "freddie"),
    "henry": ("harry", "hank", "hal"),
    "harold": ("harry", "hal"),
    "theodore": ("ted", "teddy", "theo"),
    "vincent": ("vince", "vinny"),
    "eleanor": ("ellie", "nell", "nora", "elle"),
    "dorothy": ("dot", "dottie"),
    "josephine": ("jo", "josie"),
    "johanna": ("jo", "hanna"),
    "judith": ("judy", "jude"),
    "kimberly": ("kim",),
    "pamela": ("pam",),
    "teresa": ("terry", "tess", "tessa"),
    "theresa": ("terry", "tess", "tessa"),
    "valerie": ("val",),
    "cynthia": ("cindy",),
    "melissa": ("mel", "missy"),
    "melanie": ("mel",),
    "amanda": ("mandy",),
    "jacqueline": ("jackie",),
    "penelope": ("penny",),
    "rosemary": ("rosie",),
    "veronica": ("ronnie",),
    "ronald": ("ron", "ronnie"),
    "donald": ("don", "donny"),
    "douglas": ("doug",),
    "raymond": ("ray",),
    "gerald": ("gerry", "jerry"),
    "jeffrey": ("jeff",),
    "geoffrey": ("geoff",),
    "philip": ("phil", "pip"),
    "phillip": ("phil",),
    "albert": ("al", "bert"),
    "alfred": ("alf", "fred"),
    "arthur": ("art", "artie"),
    "benedict": ("ben",),
    "dominic": ("dom",),
    "eugene": ("gene",),
    "oliver": ("ollie", "olly"),
    "olivia": ("liv", "livvy"),
    "sebastian": ("seb", "bastian", "basti"),
    "maximilian": ("max",),
    "maxwell": ("max",),
    "priyanka": ("priya",),
    "siddharth": ("sid",),
    "venkatesh": ("venkat",),
    "rajesh": ("raj",),
    "oluwaseun": ("seun",),
    "oluwaseyi": ("seyi",),
    "oluwatobi": ("tobi",),
    "olusegun": ("segun",),
    "oluwafemi": ("femi",),
    "aleksandr": ("sasha", "sanya"),
    "mikhail": ("misha",),
    "dmitri": ("dima",),
    "dmitry": ("dima",),
    "ekaterina": ("katya", "katia"),
    "yekaterina": ("katya", "katia"),
    "elizaveta": ("liza",),
    "tatiana": ("tanya",),
    "natalia": ("natasha", "nata"),
    "ivan": ("vanya",),
    "vladimir": ("vova", "vlad"),
    "anastasia": ("nastya", "ana", "stacy"),
    "przemysław": ("przemek",),
    "bartłomiej": ("bartek",),
    "beatrice": ("bea", "trixie", "bee"),
    "thandiwe": ("thandi",),
    "yosef": ("yossi", "yosi", "yossef"),
    "avraham": ("avi",),
    "yitzhak": ("itzik", "yitzi"),
    "shlomo": ("shlomi",),
    "moshe": ("moishe",),
    "beatriz": ("bea", "bia"),
    "bartosz": ("bartek",),
    "tomasz": ("tomek",),
    "grzegorz": ("grzesiek",),
    "krzysztof": ("krzysiek",),
    "agnieszka": ("aga",),
    "magdalena": ("magda",),
    "alejandra": ("ale",),
    "guadalupe": ("lupe", "lupita"),
    "ignacio": ("nacho",),
    "eduardo": ("edu", "lalo"),
    "roberto": ("beto", "rober"),
    "fernando": ("nando", "fer"),
    "antonio": ("toni", "tono", "tony"),
    "konstantin": ("kostya",),
    "nikolai": ("kolya",),
    "svetlana": ("sveta",),
    "yevgeny": ("zhenya",),
    "evgeny": ("zhenya",),
    "olga": ("olya",),
    "lyudmila": ("lyuda", "mila"),
    "muhammad": ("mo",),
    "mohammed": ("mo",),
    "mohamed": ("mo",),
    "abdullah": ("abdul",),
    "johannes": ("hannes", "hans", "jo"),
    "małgorzata": ("gosia", "małgosia"),
    "katarzyna": ("kasia",),
    "wojciech": ("wojtek",),
    "aleksandra": ("ola",),
    "giuseppe": ("beppe", "peppe", "pino"),
    "francisco": ("paco", "pancho", "fran", "cisco", "chico", "kiko"),
    "josé": ("pepe", "zé", "zeca"),
    "guillermo": ("memo", "guille"),
    "jesús": ("chucho", "chuy"),
    "manuel": ("manolo", "manu"),
    "dolores": ("lola",),
    "ólafur": ("óli",),
    "sigríður": ("sigga",),
    "guðmundur": ("gummi",),
    "siobhán": ("shiv",),
    "nguyễn": (),
}

# What names an occasion in "we met at the early bird swim": the gatherings above, and a few more.
OCCASION_WORDS = EVENT_WORDS | frozenset({"swim", "show", "run", "ride", "walk", "drinks", "night"})


# --- the same lists, extended by the language files ------------------------------------------
STOPWORDS = STOPWORDS | words_from_files("stopwords")
GENERIC_WORDS = GENERIC_WORDS | words_from_files("generic")
GREETING_WORDS = GREETING_WORDS | words_from_files("greetings")
GREETING_PHRASES = GREETING_PHRASES | words_from_files("greeting-phrases")
THANKS_OPENERS = frozenset({"thanks", "thank", "thx", "cheers"}) | words_from_files(
    "thanks-openers"
)
NOT_A_NAME = NOT_A_NAME | words_from_files("not-a-name")
TITLES = TITLES | words_from_files("titles")
SIGN_OFF_WORDS = SIGN_OFF_WORDS | words_from_files("sign-off")
EVENT_WORDS = EVENT_WORDS | words_from_files("events")
OCCASION_WORDS = OCCASION_WORDS | words_from_files("events")
