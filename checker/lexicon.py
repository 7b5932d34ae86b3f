"""Word and phrase lists. Data only; the rules decide what a match means.

Phrase syntax is explained in phrases.py: `a|b` alternatives, `_` joins words, `?` optional,
`*` any one word. Every word is lower-case with straight apostrophes.
"""

from __future__ import annotations

# --- building blocks -------------------------------------------------------------------------

I_WOULD = "i'd|id|i_would|would|i_'d"
I_AM = "i'm|im|i_am"
WE_ARE = "we're|we_are|were"
YOU_ARE = "you're|you_are|youre|ur"

STOCK_PHRASES = {
    "add-to-network": [
        "faire partie de votre réseau",
        "in mein berufliches netzwerk",
        "votre réseau professionnel sur linkedin",
        "zu meinem beruflichen netzwerk",
        "beruflichen netzwerk auf linkedin",
        f"{I_WOULD} like to add you to my professional? network on_linkedin?",
        "i want|wanted to add you to my professional? network on_linkedin?",
        f"{I_WOULD} like to add you as a connection on_linkedin?",
    ],
    "join-your-network": [
        f"{I_WOULD} like to join your professional|linkedin? network on_linkedin?",
        "join my professional|linkedin? network on_linkedin?",
    ],
    "connect-on-linkedin": [
        f"{I_WOULD} like to connect with you on linkedin",
        "please accept my invitation to connect",
    ],
    "translated": [
        "me gustaría|quisiera añadirte|agregarte a mi red profesional? en_linkedin?",
        "j'aimerais|je_voudrais|je_souhaiterais vous|t' inviter|ajouter à rejoindre? mon réseau professionnel? sur_linkedin?",
        "ich möchte sie|dich gerne? zu|in meinem|mein beruflichen|berufliches netzwerk auf? linkedin? hinzufügen|einladen?",
        "gostaria de adicioná|adicionar|te_adicionar lo|la|você? à|a minha rede profissional? no_linkedin?",
        "vorrei aggiungerti|aggiungerla alla mia rete professionale? su_linkedin?",
        "ik wil je|u graag? toevoegen aan mijn professionele? netwerk",
        "red profesional",
        "réseau professionnel",
        "beruflichen netzwerk",
        "rede profissional",
        "rete professionale",
        "professionele netwerk",
    ],
    "indicated": [
        "has indicated you|you're|that_you are|were a|an friend|colleague|classmate|"
        "fellow_group_member|group_member|business_partner|fellow_member",
    ],
}

BOILERPLATE_PHRASES = {
    "came-across-profile": [
        "i came|stumbled|come across your profile|page",
        "came|stumbled across your profile|page",
        "i've|i_have|just? saw|noticed|viewed|found|seen|checked|checking your linkedin? profile",
        "your profile caught|grabbed my eye|attention",
        "your profile is|looks impressive|interesting|inspiring",
        "impressed|inspired by your linkedin? profile|background|experience|journey",
        "your impressive profile|background|experience",
        "impressive profile|background",
    ],
    "expand-network": [
        "expand|expanding|grow|growing|build|building|broaden|broadening|extend|extending|widen"
        " my|our professional|linkedin? network|networks|circle|circles|connections|contacts",
        "expand|grow my connections",
        "be part of your network",
        "expand|expanding|grow|growing|build|building|broaden|broadening|extend|extending my|our professional? network in|within the? * space|industry|sector|field|world|community",
        "expand|expanding|grow|growing|build|building|broaden|broadening|extend|extending my|our professional? network in|within the? * * space|industry|sector|field|world|community",
        "be in your network",
        "add you to my circle|contacts",
    ],
    "like-minded": [
        "like minded professionals|people|individuals|leaders|folks|experts",
        "likeminded professionals|people|individuals|leaders|folks|experts",
        "professionals|people|leaders|experts in|from|across the|my|your same|similar? industry|field|space",
        "in the same|similar industry|field|space",
        "connect with professionals|people|leaders|experts",
        "thought leaders",
    ],
    "mutual-connections": [
        "we share|have many|several|a_few|some|a_lot_of|lots_of|a_number_of|common|mutual mutual? "
        "connections|contacts|friends",
        "we have * mutual connections|contacts",
        "mutual connections|contacts",
        "connections|contacts|friends in common",
        "move|moving|are in the? same|similar professional? circles|circle",
        "always looking|keen|eager|happy to meet|connect_with new? people|professionals",
        "we both work|are in|within * *?",
        "people|professionals|folks working in * *?",
        "so i thought i'd|id|i_would reach_out|connect|say_hi",
        "appeared|appearing in|under|among my? suggestions|recommendations|feed",
        "popped_up|came_up|showed_up in|under|among my? suggestions|recommendations|feed",
        "someone worth knowing|connecting_with|following",
        "worth knowing|connecting_with|following",
        "you seem like someone",
        "the same people",
        "building|build meaningful relationships|connections",
        "across industries|sectors",
        "linkedin keeps|says|tells telling|suggesting|saying",
        "cross paths",
        "someone i may|might know",
        "not sure we've|we_have ever? actually? met",
        "make a point of connecting|reaching_out",
        "glad|happy|pleased to have you in my network",
        "if i can ever be of help|any_help|use",
        "world class",
        "networks overlap",
        "shared contacts|connections",
        "reaching out to a few? inspiring? people|professionals|folks",
        "what you're|you_are doing in your field|industry|space|sector",
        "in my feed",
        "always a bright spot",
        "a bright spot",
        "your posts|content|updates are always",
        "your profile radiates|shows|exudes|screams",
        "goal of connecting|reaching",
        "made my list",
        "engaging with your content|posts",
        "exchanging|sharing insights|ideas",
        "going forward",
        "shines through every|your post|posts",
        "growth mindset",
        "lift each other up",
        "came|come accross|across your profile|page",
        "like minded profesionals|professionals|people",
        "be in your network",
        "among my|your contacts|network|connections",
        "have you among|in my contacts|network|connections",
        "reaching out to people|professionals|folks|leaders in|from|who|working * *?",
        "reaching out to people|professionals|folks|leaders",
        "support one another|each_other",
        "people|professionals|folks|leaders in|from the|my|your field|industry|space|sector|area",
        "professionals|people|leaders in|from|across * *?",
        "your journey|story|career is|has_been genuinely|truly|really? inspiring|impressive",
        "as many people as",
        "we're|we_are|were|we both part_of|members_of * * *?",
        "i have sent you this request",
        "sent you this|a request",
        "don't|dont|do_not mind me reaching out|connecting|asking",
        "we'd|we_would|we'll have a lot|lots|plenty to talk_about|discuss|share",
        "your experience|background|profile|work is|looks really? impressive|inspiring",
        "a lot of the same",
        "same circles",
        "share|have several|many|a_few|some|lots_of|a_lot_of connections|contacts",
        "many connections in common",
        "connect|connecting|network|networking|meet|meeting with? other|fellow",
        "connect|connecting|network|networking|meet|meeting with? other|fellow * in|from|across * *?",
        "learn from experienced|other|fellow|seasoned|senior|successful|established",
        "marketers|engineers|developers|designers|founders|leaders|experts|women|peers|recruiters|"
        "teachers|educators|nurses|lawyers|accountants like you",
        "stay updated on|with your work|posts|updates|content|journey|activity",
        "follow your updates|posts|content|activity on|about|in",
        "looking for opportunities|a_job|a_role|work|roles|openings|an_internship|a_position|jobs in",
        "appreciate it if you could connect|accept",
        "expand|expanding|grow|growing|build|building my|our network of * *? *? *?",
        "add more * to my|our network",
        "add more * * to my|our network",
        "add more * in * to my|our network",
        "years|years' of? experience in|with * *? *? *?",
        "please accept my|this invitation|request|invite",
        "passionate about * *? *? *?",
        "you're|you_are a|an * *? at a|an * *? company|firm|startup|agency|business|organisation",
        "leaders|people|professionals|experts in the field|industry|space|sector",
        "learn from professionals|people|experts|leaders like you",
        "learn from your journey|experience|expertise",
        "years in * *? *? *?",
        "eid|ramadan|diwali mubarak",
        "merry christmas",
        "happy new year|diwali|eid|holidays|friday|monday|weekend|hanukkah|lunar_new_year",
        "wishing you and your family|loved_ones",
        "a prosperous|happy|great new? year",
        "wishing you a|an * *? 2024|2025|2026|2027|year",
        "to you and your loved ones|family",
        "your latest|recent|last|new post|article|webinar|video|piece|newsletter|posts|articles",
        "great article|post",
        "enjoying|enjoyed|loved|liked your posts|content",
        "read your article|post",
        "it really? resonated",
        "gave me a lot to think about",
        "your name came up",
        "in a search for * *?",
        "came|come across your name",
        "searching for * *? in",
        "same event on linkedin",
        "both attending",
        "vi seu|teu perfil",
        "achei muito interessante",
        "vamos nos conectar",
        "me connecter avec vous",
        "auf ihr|dein profil gestoßen",
        "gerne vernetzen",
        "ho visto il tuo|suo profilo",
        "connettermi con te",
        "meet people in|from the local? * *? scene|community|industry",
        "local tech|startup|business scene",
        "support each other",
        "e meet|e_meet you",
        "fast paced world",
        "collaboration is key",
        "authentic connections",
        "continuous learning",
        "results driven",
        "solving complex problems",
        "good vibes",
        "positive energy",
        "drop you a connection request",
        "have a good|great|nice|lovely weekend|week|day",
        "open to new connections",
        "vi tu perfil",
        "me pareció muy interesante",
        "conectar contigo",
        "j'ai vu votre|ton profil",
        "ravi d'échanger|de_vous_rencontrer",
    ],
    "interested-in-work": [
        "interested in your work|profile|background|experience|career",
        "i admire your work|profile|background|experience|career",
        "i follow|like|love|enjoy your work|posts|content",
    ],
    "suggested-by-linkedin": [
        "people you may know",
        "popped|came|showed up|appeared in|under|as my? people|suggestions|suggested|recommendations",
        "linkedin suggested|recommended|thinks",
        "the algorithm",
    ],
    "well-wishing": [
        "wishing you continued? success|luck|all_the_best",
        "continued success",
        "following your career|professional journey|path|progress",
        "your career|professional journey",
        "hope your week|day|month is|has off|started|going",
        "have you in my network",
        "love to have you in my|your network|circle|connections",
        "love to have you as a connection",
        "results driven|oriented",
        "greetings from * *?",
        "in the * space|industries|industry|sector|world",
        "people like you",
        "amazing|great|inspiring|interesting people like you",
        "kindly accept|approve my request|invitation|invite",
        "we're|we_are|were both in|working_in",
        "it makes sense to connect",
        "your background|experience|profile|work|journey caught|grabbed my eye|attention",
        "always nice|good|great to meet|connect_with new people",
    ],
    "always-looking": [
        f"{I_AM} always looking|keen|eager|happy to connect",
        "i always like|love to connect",
        "always looking to connect",
        "i love connecting with",
        "share insights|ideas|knowledge|opportunities",
        "exchange insights|ideas|knowledge|opportunities",
        "explore potential? synergies|opportunities|collaborations",
        "mutually beneficial",
        "add value to each_other|your_network|one_another",
    ],
}

PITCH_PHRASES = {
    "call-request": [
        "open to a|an quick|brief|short|informal? conversation|catch_up|intro",
        "get|grab|have|steal 5|10|15|20|30|five|ten|fifteen|twenty|thirty minutes|mins|min",
        "minutes|mins to demo|show|walk|present|pitch",
        "demo our|my|the_platform|the_product|the_tool",
        "hop|jump|get on a|an quick|brief|short|15|20|30|10? minute|min|mins? call|zoom|demo|chat",
        "schedule|book|set_up|arrange|grab|setup|organise|organize a|an quick|brief|short|free|15|20|30|10?"
        " minute|min|mins? call|demo|meeting|zoom|consultation|chat",
        "open to|for a|an quick|brief|short|15|20|30|10? minute|min|mins? call|chat|demo|zoom|meeting",
        "free for a|an quick|brief|short? call|chat|demo|zoom|meeting",
        "time for a|an quick|brief|short? call|chat|demo|zoom",
        "15|20|30|10|five|ten|fifteen|twenty|thirty minute|min|mins|minutes call|chat|meeting|demo|zoom",
        "few minutes of your time",
        "book|grab a time|slot|call|demo",
        "quick|brief|short|discovery|intro|sales|strategy|exploratory call|demo",
        "a quick chat|zoom|meeting",
        "a|quick|free|live|product|personalised|personalized|short|custom demo of|for",
        "send you a calendar? invite",
        "my calendar|calendly|booking_link|booking_page",
        "when are you free",
        "when would be a good time to talk|chat|call|meet|speak",
        "what does your calendar|schedule|week look like",
        "free consultation|audit|assessment|strategy_session",
        "up for a|an quick|brief|short|15|20|30|10? minute|min|mins? call|demo|zoom",
    ],
    "services": [
        "spots|seats|places|slots|spaces are? left|remaining|available",
        "pay|pays for themselves|itself",
        "kickstarter|indiegogo|crowdfunding|crowdfunder",
        "free for a|one|the_first|your_first month|week|year|months|weeks",
        "your background|profile|experience|skillset fits|matches",
        "search firm|partner",
        "executive search",
        "a|my|our client in|of * is|are quietly? building|hiring|growing|looking",
        "preorders|pre_orders open|are_open|now",
        "signed copies",
        "at no cost|charge",
        "free of charge",
        "sign up link|page|form",
        "complimentary",
        "free pilot|audit|consultation|session|call|valuation|quote|assessment|review|strategy|webinar|guide|ebook|download|training|walkthrough|tour|demo|demonstration|sample|samples|month|months",
        "day|week|month free trial|pilot",
        "better rate|rates|deal|price|quote|mortgage",
        "run the numbers",
        "launched a|an|our saas|product|platform|app|tool|service|course|programme|program|agency|startup|start",
        "give our|my company? page a follow|like",
        "our|my company page",
        "save you a seat|spot|place",
        "mastermind",
        "coaching programme|program|package|packages|offer|sessions",
        "page one|1 of|on google",
        "guaranteed",
        "we|i help * * to? grow|scale|increase|generate|boost|double|triple|save|reduce|cut|automate|land|close|win|get",
        "introduce our|my|you_to_our|you_to_my",
        "free * trial",
        "free * * trial",
        "would you like a_free|a_trial|a_demo|a_copy|a_signed|to_try",
        "pricing sheet|page|deck|plans",
        "we|i can|could offer|give_you",
        "if you sign|buy|order|book|register before|by|up|today|now|this",
        "free valuation|quote|estimate|review|assessment|sample|copy|report|analysis|evaluation|appraisal",
        "you'd|you_would|you'll|you_will|you'll_really|you'd_really enjoy|love|like|benefit_from|find|want my|our",
        "like and share",
        "like|share|repost|reshare|comment_on|boost my|our latest? post|article|video|page|launch",
        "our product launch",
        "at cost",
        "no obligation",
        "no win no fee",
        "visit's|survey's|quote's|consultation's|assessment's|install's|first_lesson's|first_session's free",
        "the|a|your visit|survey|quote|consultation|assessment|installation is free",
        "cost|costs nothing",
        "seats|roles|positions|spots|places|openings opening|open on|in our * *? team",
        "membership is by invitation",
        "extend one|an_invitation|an_invite|the_invitation to you",
        "a follow and|or a like",
        "follow and|or like",
        "like and|or follow",
        "on the house",
        "with a leaflet|brochure|flyer|price_list|catalogue",
        "guest pass|passes",
        "price it|that|this up",
        "trial lesson|class|session|week|month is? free",
        "would you subscribe|sign_up|join|like_to_subscribe",
        "is|are on us|the_house",
        "flat fee|price",
        "days|weeks|months free",
        "first season|term|month|year|week|lesson|session|class is|are? free",
        "taster session|class|day|lesson|box",
        "send you a|some * of our",
        "send you a|some * * of our",
        "all we ask is",
        "discount|promo|voucher|referral code|codes",
        "to offer an|a|you assessment|survey|audit|consultation|quote|demo|trial|visit|valuation|review|comparison",
        "free comparison|check|scan|estimate|health_check|export|sketch|design|mockup|report",
        "would a|an free",
        "get|got in free",
        "put|add you on|to the|my|our guest|mailing|vip? list",
        "send you an invite|invitation|invite_code",
        "sample box|pack|kit|bottle|case",
        "franchise pack|territory|territories|opportunity|fee",
        "information|investment|offering memorandum",
        "sponsorship pack|deck|package|packages|options",
        "price list",
        "fancy|want|like a free",
        "half price|off",
        "at last|this year's rates|prices|pricing",
        "early|special|discounted|reduced|introductory|founding|launch rates|prices|pricing|rate|price",
        "first|1st month|week|year|session|lesson|class|module free",
        "on my page|site|website|channel if",
        "brand ambassador|ambassadors|partners|affiliates",
        "earn|earning|earned|make|making commission|commissions",
        "commission on",
        "this week only",
        "free on kindle|amazon",
        "click here|the_link|below",
        "request access",
        "we|i help companies|businesses|brands|startups|founders|agencies|coaches|teams|leaders|"
        "professionals|clients|firms|organisations|organizations|b2b|saas|ecommerce|"
        "small_businesses|law_firms|realtors|consultants|executives|entrepreneurs|creators|you",
        "we|i help * to? grow|scale|increase|generate|boost|double|triple|save|reduce|cut|automate|"
        "land|close|win|get",
        "lead generation",
        "generate more? leads|sales|revenue|clients|appointments|meetings|traffic",
        "more leads|clients|customers|sales|revenue|appointments|traffic",
        "grow|scale|boost|increase|double|triple|10x|skyrocket|supercharge your business|revenue|sales|"
        "pipeline|income|brand|following|audience|profits|roi|leads|team's_output",
        "our|my platform|software|product|tool|app|solution|agency|service can|could|will|helps|"
        "help|lets|allows|is_designed",
        "we|i offer|provide",
        f"we {'specialise|specialize'} in",
        f"let me know if {YOU_ARE}|you'd_be|you_would_be interested",
        "can|could|may i show you",
        "save you time|money|hours",
        "done for you",
        "appointment setting",
        "white label",
        "ghostwriting|ghostwriter services?",
        "our|my services|solution|solutions|offering|offerings",
        "our agency|consultancy",
        "are you still? the right person",
        "point me to|towards whoever|the_person|the_right_person|someone",
        "my|our agency|consultancy|firm|studio can|could|will|helps|help|offers|specialises|specializes",
        "seo|marketing|design|development|bookkeeping|consulting|coaching|recruitment|staffing services",
        "virtual assistant|assistants",
        "outsourcing|outsource",
        "dm me|for",
        "reply yes|interested",
        "special|exclusive|limited|limited_time offer|deal|discount|price|pricing|spots|offers",
        "coupon|coupons",
        "promo code|codes",
        "use code|coupon",
        "off your first",
        "trial for free",
        "early bird",
        "free for your|the first|new",
        "limited spots|seats|availability|places",
        "buy my|our",
        "order now|today",
        "pre order|orders|preorder|preorders",
        "grab|get your|a copy|copy_today",
        "available on amazon",
        "link in bio|comments|the_comments|my_profile",
        "check out my|our",
        "take|have a look at my|our",
        "my|our new? book|course|ebook|podcast|program|programme|app|product|newsletter|community|"
        "masterclass|album|offer|tool is|is_now|just|has_just|has out|live|available|launched|"
        "released|dropped|launching",
    ],
    "invitation": [
        "free to join",
        "come and? join us",
        "join us",
        "you to join|come|attend|subscribe|sign_up",
        "would you like to come|attend|join|subscribe|sign_up",
        "subscribe here|now|today|below",
        "you can subscribe|join|register|sign_up",
        "have you as a subscriber|member|client|customer|reader|guest|follower",
        "tickets are limited|selling",
        "limited tickets|seats|places|spaces",
        "grab yours",
        "following|liking our|my company? page",
        "a|the private * group|community",
        "group i run|created|started|host|manage|moderate|founded",
        "join my|our group|community|page|newsletter|mastermind|programme|program|webinar|"
        "event|masterclass|waitlist|list|circle|tribe|membership|course|challenge|club|slack|discord|"
        "whatsapp|telegram|summit|workshop|podcast|movement|academy|cohort|team_of|free",
        "join my|our * group|community|page|newsletter|mastermind|programme|program|webinar|"
        "event|masterclass|waitlist|circle|tribe|membership|course|challenge|club|summit|workshop",
        "join my|our * * group|community|page|newsletter|mastermind|programme|program|"
        "webinar|event|masterclass|circle|club|summit",
        "invite|inviting you to join|attend|register|our|my|a|an|the",
        "invitation to join|attend|our|my",
        f"{YOU_ARE} invited",
        "follow|like my|our company? page|channel|podcast|newsletter|account|blog",
        "subscribe to|for my|our",
        "sign up for|to my|our|the_free",
        "register for|here|now|today|free",
        "rsvp",
        "save|grab|book|reserve your|a seat|spot|ticket|place",
        "free webinar|masterclass|workshop|ebook|e_book|guide|course|training|audit|session|summit|"
        "challenge|download|checklist|template",
        "would you like to join",
        "you want to join",
        "want to join us|our|my",
        "for you to be part of|join",
        "be part of my|our",
        "if you'd|you_would like to join|come|attend|subscribe",
        "a|the private group|community",
        "have you subscribe|sign_up|as_a_subscriber",
        "mean a lot|the_world if you subscribe|subscribed|followed|joined|signed_up|shared|reposted",
    ],
    "income": [
        "angel round|funding",
        "looking for investors|funding|backers|partners",
        "looking for angel|seed|early investors|backers",
        "raising a|an|our * *? round",
        "uncapped|unlimited earnings|income|commission",
        "flexible hours",
        "work your own hours",
        "looking for passionate|motivated|ambitious|driven people|individuals|professionals",
        "raising our|a seed|pre_seed|series_a|series_b|angel|funding round",
        "raising a|our round",
        "interested in investing",
        "invest in us|our",
        "interested in earning|making",
        "investment|business|income|earning|money_making|financial|wealth opportunity|opportunities",
        "passive|extra|side|residual|second income",
        "income from home",
        "financial freedom",
        "work from home",
        "earn|make money|extra|passive|from_home|online",
        "crypto|bitcoin|forex|nft|nfts|cryptocurrency",
        "trading signals|platform|bot|account",
        "guaranteed returns|roi|profit|profits|income",
        "returns of",
        "invest with|in_our|in_us",
        "be your own boss",
        "side hustle",
        "send you a|some bottle|bottles|sample|samples|case|box to try",
        "no charge for|on|to_you",
        "mates|friends|family|neighbour neighbourly? rates|rate|discount|discounts|prices",
        "dates|slots|spots|spaces|places left|available|remaining",
        "avon|herbalife|tupperware|younique|arbonne|scentsy|tropic rep|consultant|distributor|products",
        "there's|there_is a spot|seat|place for you",
        "channel|page|podcast|newsletter a follow|like|subscribe",
        "sponsorship packages|package|deck|tiers",
        "got|have_you_got 5|10|15|20|30|five|ten|fifteen|twenty|thirty minutes|mins",
        "free * *? *? sessions|consultations|audits|calls",
        "10|15|20|30|45 minute|min walkthrough|tour",
        "walkthrough of our|my",
        "5|10|15|20|30|five|ten|fifteen|twenty|thirty minutes|mins of your time",
        "tour of our|my",
        "see if there's|there_is|we're|we_are a good? fit|match",
        "explore how|whether we|i could|can help|support|work_with",
        "discuss how we|i can|could help|support",
        "how we|i can|could help|support your",
        "first call|session|consultation|lesson|class|walk|visit|clean|haircut is|are always? free",
        "salário|salario competitivo",
        "oportunidade|oportunidad incrível|increíble|incrivel|increible",
        "marcar|agendar|tener uma|una call|reunião|reunion|conversa|chamada|llamada",
        "kostenloses|kostenlose|gratis erstgespräch|beratung|probetraining|testphase",
        "biete ich ihnen|dir",
        "je propose|vous_propose",
        "2 for 1",
        "two for one",
        "buy one get one",
        "paid shout out|promotion|post|partnership|collab|collaboration",
        "sponsor an|a|your issue|episode|newsletter|video|post|podcast|show",
        "promote|promoting it|this|them to your audience|followers|readers|subscribers",
        "get on their|your radar",
        "best person at your company|team|firm|organisation|organization to talk|speak",
        "free * *? briefing|seminar|licence|license|code|codes",
        "free code|codes|licence|license|licenses",
        "saved|reserved|kept you a seat|spot|place",
        "opened|opening a few|some|two|three|four spots|slots|places",
        "looking for * *? to pilot|trial|test it|our|my",
        "that's|that_is what we|i do",
        "i've|i_have placed",
        "help finding|hiring engineers|developers|talent|staff|candidates",
        "specialise|specialize|specialising|specializing in placing|recruiting|hiring",
        "we|i help new|first_time|growing|small|early_stage cfos|ctos|ceos|founders|teams|managers|companies|businesses|brands",
        "arrange|book viewings|a_viewing",
        "split|share the revenue|profits|proceeds",
        "strong|great|excellent|top|qualified candidates for",
        "seats|places|spaces|tickets|spots are limited",
        "a follow|subscribe",
        "seo|promo|marketing|ads package|packages",
        "fancy a|an quick|short? demo",
        "nuestra agencia|empresa|consultora puede",
        "una llamada|reunión|demo",
        "tienes|tiene 10|15|20|30 minutos",
        "notre cabinet|agence|entreprise|société accompagne|aide|propose",
        "un échange|appel|rendez vous de 10|15|20|30 minutes",
        "seriez vous disponible|disponibles",
        "wir helfen",
        "hätten sie|hast_du 10|15|20|30 minuten",
        "ein kurzes gespräch|telefonat",
        "chat|talk|discuss about? your investments|finances|pension|portfolio|wealth|retirement|mortgage|insurance|savings",
        "try|test the|our|my beta",
        "openings|spots|slots|places this|next month|quarter|week|year",
    ],
    "recruiting": [
        "exciting|amazing|fantastic|unique|excellent|incredible|great|interesting|confidential * role|position|opportunity|opening|vacancy",
        "confidential role|search|opportunity|position",
        "is|are hiring",
        "pass_on|forward|share|send your cv|resume|cvs|résumé",
        "is|are looking for a|an * engineer|developer|designer|manager|analyst|scientist|lead|director|head|marketer|consultant|specialist|architect|recruiter|assistant|accountant|nurse|teacher",
        "looks|seems|is like? a|an strong|great|perfect|ideal|excellent|good match|fit",
        "join our|my growing? team",
        "join our * * team",
        f"{WE_ARE}|{I_AM}|we|i currently|actively? hiring|recruiting for?",
        "currently|actively hiring|recruiting",
        "hiring for a|an",
        "exciting|amazing|fantastic|unique|excellent|incredible|great|interesting new? opportunity|role|"
        "position|opening|openings|opportunities|vacancy",
        "i|we have a|an * role|position|opportunity|opening|vacancy",
        "i|we have a|an role|position|opportunity|opening|vacancy",
        "open to new? opportunities|roles|offers|a_move|a_new_role|new_challenges|a_change",
        "perfect|great|ideal|strong|good fit|match for",
        "send|share me? your cv|resume|résumé|cvs",
        "my|our client is|are hiring|looking|recruiting|seeking",
        "role that|which might|may|could|would interest|suit",
        "might|may|could|would be interested in a|an|this|the role|position|opportunity",
        "competitive salary|package|compensation|pay|base",
        "apply here|now|today",
        "remote role|position|opportunity",
        "on my|our books",
    ],
}

CONTEXT_PHRASES = {
    "met": [
        "nice|good|great|lovely|wonderful|fun|pleasure|brilliant|fab see|seeing|chat|chatting|talk|talking|meet|meeting|catch|catching|speak|speaking|hear|hearing|connect|connecting",
        "we got talking|chatting",
        "thanks|thank_you|thank|grateful|thankful for",
        "together",
        "said you're|you_are|you|that_you",
        "with your team|company|group|lab|office|department|class|students",
        "in|last|this|since|until|through|back_in january|february|march|april|may|june|july|august|september|october|november|december",
        "one of the volunteers|attendees|speakers|students|organisers|organizers|people|folks|runners|parents|mentors|interns|guests|participants|members",
        "saturday's|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|yesterday's|last_week's|today's|tonight's|this_morning's",
        "we|i met",
        "meeting|meet|met you",
        "nice|good|great|lovely|wonderful|fun|pleasure to see|seeing|chat|chatting|talk|talking you?",
        "bumped|ran into you|each_other",
        "chatting|chatted|talking|talked|spoke|speaking|spoken with|to you",
        "we chatted|talked|spoke|spoken|connected|exchanged|emailed|discussed|worked|shared",
        "our chat|conversation|talk|discussion|call|exchange|meeting|session|coffee|lunch|dinner|"
        "walk|interview|email|emails|messages|chats|conversations",
        "the chat|conversation|call|discussion|exchange|meeting|interview",
        "you spoke|presented|gave|ran|hosted|moderated|led|taught|organised|organized|chaired|shared|"
        "mentioned|said|suggested|recommended|offered|promised|asked|helped|showed|told|sent|answered|"
        "replied|commented|wrote|messaged|emailed|interviewed|hired|managed|mentored|supervised|coached",
        "sat|sitting next to|beside|across",
        "same table|panel|session|flight|train|stand|booth|workshop|bus|hotel",
        "after|during|at|from|in your|the talk|session|keynote|presentation|panel|workshop|class|"
        "lecture|webinar|demo|training|course|seminar|meetup|conference|event|summit|hackathon|"
        "fair|expo|dinner|reception|offsite|party|launch|retreat|booth|game|match|concert|festival|"
        "mixer|breakfast|lunch|meeting|gala|ceremony|symposium|forum|roundtable|q&a|tutorial|"
        "bootcamp|sprint|standup|call|interview|screening|visit|tour|open_day|demo_day|career_fair|"
        "job_fair|book_club|book_launch|user_group|networking_event|happy_hour|wedding",
        "at|during|from the * talk|session|keynote|presentation|panel|workshop|class|lecture|"
        "webinar|meetup|conference|event|summit|hackathon|fair|expo|dinner|reception|party|"
        "retreat|mixer|breakfast|lunch|forum|symposium|seminar|bootcamp|sprint|day|night|group",
        "at|during|from the * * conference|meetup|summit|event|workshop|hackathon|group|club|day",
        "in|at|on your|the class|course|seminar|cohort|team|lab|group|program|programme|module|"
        "thread|panel|podcast|show|episode",
    ],
    "reconnect": [
        "it's|its|it_has|it_is|has been|it's_been|it_has_been a_while|ages|years|too_long|"
        "a_long_time|forever|some_time|so_long|a_few_years|a_minute",
        "been a|so|too while|long|ages",
        "been years|ages",
        "long time no see|speak|talk|chat",
        "how have you been",
        "how's|hows|how_is life|things|the|your",
        "since we worked|studied|met|last|were|both|spoke|talked",
        "years ago",
        "back in|at|when",
        "haven't|havent|have_not seen|spoken|talked|caught|been",
        "lost touch",
        "remember me",
        "you may|might|probably|won't|wont remember",
        "reconnect|reconnecting|catch_up|catching_up",
    ],
    "worked": [
        "worked|working|work together|alongside",
        "worked|working|work with you",
        "we both worked|were|studied|spoke|attended|joined|volunteered|lived",
        "we were colleagues|teammates|classmates|neighbours|neighbors|at|in|on|both",
        "former|old|ex colleague|colleagues|teammate|teammates|boss|manager|classmate|classmates|"
        "coworker|coworkers|co_worker|student|students|teacher|professor|mentor|mentee|intern|"
        "client|neighbour|neighbor|flatmate|roommate|housemate|supervisor|tutor|lecturer|team",
        "same team|class|cohort|company|lab|department|year|program|programme|course|project|"
        "floor|office|school|university|uni|squad|group|club|community|meetup|gym|choir|league|"
        "building|street|village|church|mosque|synagogue|temple|batch|dorm|college",
        "your team at",
        "when|while you|we|i were|was at|in|on|with",
        "during my|our|your time at|in|on",
        "you interviewed|hired|managed|mentored|taught|supervised|coached|trained|onboarded|"
        "reviewed|helped|introduced me",
        "i interviewed|hired|managed|mentored|taught|supervised|coached|trained|onboarded|"
        "reviewed|helped|assisted|shadowed you",
        "you were my|our",
        "i was your|in_your|on_your|one_of_your",
        "studied|study together|with_you",
        "classmates|classmate|alumni|alum|alumnus|alumna|teammates",
        "both members|volunteers|alumni|alums|mentors|speakers|parents|runners",
        "fellow member|members|volunteer|volunteers|alum|alumni|speaker|attendee|parent|runner|"
        "student|panellist|panelist|mentor|maintainer|contributor|organiser|organizer",
        f"{I_AM}|we're|we_are * friend|sister|brother|cousin|colleague|partner|classmate|neighbour|"
        "neighbor|teammate|manager|student|daughter|son|wife|husband|mentee",
        "at|on * suggestion|recommendation|advice",
    ],
    "referral": [
        "suggested|recommended|mentioned|said|thought|told|advised me|i|that|we|you|reaching|"
        "connecting|contacting|getting|talking|speaking|asking",
        "referred|pointed|sent|directed me|you",
        "pointed me to|towards|your_way",
        "introduced us|me|you",
        "put us|me in_touch|in_contact|together",
        "gave|passed me|on your name|details|contact",
        "said i|we should",
        "thinks|thought we|you should|you'd|i'd|i_should",
        "mentioned your name",
        "speaks|spoke|speak highly of you",
    ],
    "their-work": [
        "read|reading|finished|heard|hearing|listened|listening|watched|watching|saw|seen|used|"
        "using|use|tried|trying|followed|following|follow|bought|attended|enjoyed|enjoying|loved|"
        "liked|appreciated|shared|cited|quoted|reviewed|studied|reread|devoured|borrowed|"
        "recommended|discovered|bookmarked|forked|starred|installed|adopted|implemented|"
        "translated|subscribed_to|signed_up_for your|you|the",
        "your book|books|article|articles|talk|talks|keynote|paper|papers|newsletter|thread|blog|"
        "essay|essays|video|videos|interview|research|study|report|tutorial|tutorials|guide|library|"
        "project|repo|repository|package|framework|plugin|thesis|dissertation|piece|column|comment|"
        "comments|answer|reply|question|chapter|slides|deck|poster|demo|launch|startup|podcast|"
        "episode|course|class|lecture|workshop|session|panel|presentation|webinar|album|game|"
        "exhibition|recipe|speech|campaign|op_ed|story|photos|photography|designs|portfolio|"
        "contribution|contributions|analysis|dataset|map|visualisation|visualization|chart|"
        "substack|channel|app|tool|product|patch|fix|pr|pull_request|work_on|work_in|work_at|"
        "work_with|work_around|work_about|team's|company's|new_role|new_job|new_position|promotion|"
        "move|appointment|award|win|speaking|writing|handbook|textbook|novel|memoir|show|series|"
        "site|website|app's|review|benchmark|survey|findings|proposal|framework's|"
        "keynote's|stories|case_study|newsletter's",
        "your * book|article|talk|keynote|paper|newsletter|thread|blog|essay|video|interview|post|"
        "research|study|report|tutorial|guide|library|project|podcast|episode|course|class|lecture|"
        "workshop|session|panel|presentation|piece|column|series|work|thread|answer|comment|launch|"
        "role|job|position|album|recipe|speech|show|app|tool|campaign|analysis|review|survey",
        "your post|posts|comment|thread about|on|regarding|last|yesterday|this|from|in|where|that",
        "congratulations|congrats on",
        f"{I_AM} a|an|such_a|big|huge fan",
        "as promised",
        "i promised",
    ],
    "when": [
        "yesterday|today|tonight|last_week|last_month|last_night|last_year|last_spring|last_summer|"
        "last_autumn|last_fall|last_winter|this_morning|this_afternoon|this_week|earlier_today|"
        "earlier_this_week|earlier_this_month|the_other_day|recently|on_monday|on_tuesday|"
        "on_wednesday|on_thursday|on_friday|on_saturday|on_sunday|last_monday|last_tuesday|"
        "last_wednesday|last_thursday|last_friday|last_saturday|last_sunday",
    ],
}

# Weaker pitch signals: none is a pitch alone; an ask together with an offer or commercial words is.
PITCH_ASK_PHRASES = {
    "ask": [
        "count you in",
        "can|could|may|shall i count|reserve|save|book|add|put|sign|pencil you",
        "reserve|save|hold|keep you a place|seat|spot",
        "add you to the|our|my list|community|group|waitlist|mailing_list|newsletter|roster|pool|cohort|invite_list|guest_list",
        "would you like me to add|send|share|book|reserve|include|sign",
        "mind if i send|share|show|add",
        "may|could|can|shall i send|share|show|forward|pass you? my|our|some|a_few|a_couple",
        "send|share you? a|an sample|samples|brochure|quote|proposal|price_list|mock_up|mockup|demo|trial",
        "just say the word",
        "worth a short|quick|brief|15_minute? conversation|chat|call",
        "open to exploring|a_conversation|hearing_more|learning_more|a_chat",
        "walk you through",
        "the link is in",
        "link in my",
        "are you still? the right person",
        "the right person to speak|talk to",
        "see if we|i could|can help",
        "happy to share more|our|my",
        "consider sponsoring|joining|investing|attending|supporting|partnering",
        "have you ever thought about|considered",
        "does that sound",
        "sound interesting|useful|good|appealing",
        "keen to hear more",
        "shall i send|tell|share|book|reserve",
        "can i tell you more",
        "want me to send|share",
        "would you be interested",
        "would it be worth",
        "can|could|may|shall i pencil|hold|book|put|count|add|reserve|pick|grab|steal|pop|drop",
        "can|could|may|shall i sign you",
        "sign up this|today|now|before|by",
        "worth a quick|short|closer? look|peek",
        "if you fancy a peek|look",
        "here's|here_is the form|link|sign_up",
        "applications close|open|are_open|closing",
        "open to hearing|learning how|more|what|about",
        "want|like to see a|some sample|samples|example|examples|demo",
        "worth 5|10|15|20|30|five|ten|fifteen|twenty|thirty|a_few minutes|mins",
        "want me to run|set|book|put|send|share|sort|hold|reserve|save|dm|message|email|pencil|price|quote|cost",
        "fancy a look|peek",
        "if any of your",
        "if you've|you_have ever thought|considered",
        "send me your current? policy|bill|contract|statement|quote",
        "would you come along|by|to_it",
        "would it help if i",
        "can|could|may|shall i put your name forward",
        "would a|an * *? date|slot|time suit_you|work",
        "if you're|you_are planning a|an",
        "glad|happy to survey|quote|assess|inspect|measure|price your",
        "send you my showreel|portfolio|rate_card|price_list|brochure|deck|rates",
        "would it help to see|to_have|if_we",
        "i|we could|can pop|drop|come round|by|over|in",
        "shall|can|could i set it up",
        "keep|hold|save two|three|four|a_few|some places|seats|spots|slots",
        "would that|it|this be worth",
        "would you be curious|keen",
        "what that|this could|would|might look like for you",
        "can|could|may|shall i set|sign you up",
        "want one|a_spot|a_place|a_stall|a_pitch|a_table|in",
        "be one of them|the_first|our_first",
        "keep|hold|save one|a_place|a_seat|a_spot|a_space|a_slot for you",
        "add|have|take your number|email|details|phone",
        "send over|across|through my|our|the",
        "back us|our_campaign|our_project",
        "try it|us|our_tool|our_app free",
        "open to a|an confidential|private|exploratory conversation|chat|call",
        "run you a quote|price|number",
        "you might|may|would|will enjoy|like|love my|our",
        "how it works",
        "welcome|have|get|spare|give_me|borrow 5|10|15|20|30|five|ten|fifteen|twenty|thirty minutes|mins|min",
        "reply here|below|yes|with|to_this",
        "pop|drop|leave|put your email|e_mail|number|details",
        "would like to offer you",
        "like to offer you",
        "pick|grab|steal|borrow 5|10|15|20|30|five|ten|fifteen|twenty|thirty minutes|mins|min",
        "want|need|fancy a|an|the? invite|invitation|code|link|copy|syllabus|brochure|spot|seat|place|ticket|pass|trial|demo",
        "exploring a|an|the|this collab|collaboration|partnership|opportunity",
        "how to get in",
        "circling|circle back",
        "following up on|about the|my proposal|quote|offer|email|invoice|contract",
        "the proposal|quote|invoice|contract i sent",
        "adjust the numbers|price|quote|terms",
        "reserve your|a page|spot|seat|place|slot",
        "if you're|you_are|youre interested",
        "happy to show|walk|offer|give",
        "i'd|i_would love to walk",
        "let's|lets talk|chat|connect about how",
        "explore working together|partnering|a_partnership|collaborating",
        "would you try|test",
        "thinking of selling|buying|moving|switching|refinancing|remortgaging",
        "who handles|manages|looks_after|is_in_charge_of|is_responsible_for",
        "can i send details|more|the_details|you_details",
        "interested in learning|hearing more",
        "would you like to see the|our|my numbers|deck|figures|brochure",
        "may|can|could i share|send|forward the|our|my brochure|deck|details|price_list",
        "need any for",
        "love|like to send you some|a samples|sample|bottle|case|box|pack",
        "love|like to mock up|design|draft|redesign",
        "be happy|glad to help",
        "i'd love to help",
        "if you or anyone you know",
        "your firm|company|team ever needs",
        "would love to nominate",
        "you'd|you_would fit right in",
        "would you like one|a_spot|a_place|a_session|a_seat",
        "happy|glad to quote|price",
        "offer you a|an",
        "set you up",
        "send you a|my signed? copy",
        "show you my|our",
        "tell you about what|how we're|we_are|our|we",
        "on a|an quick|short? call",
        "know anyone who needs|wants|might_need|could_use|might_want",
        "would be perfect|ideal for you",
        "can i include you",
        "pick up|grab|buy a copy",
        "leave a review",
        "off your plate|hands",
        "happy|glad to take a look",
        "show you round|around",
        "for you to try",
        "love to pop|drop round|by|over|in",
        "i'm your girl|guy|man|woman",
        "if you fancy it",
        "you're|you_are raising",
        "happy to|can_i|could_i|may_i|shall_i tell you more",
        "can|could|may|shall i tell you more",
        "you'd|you_would be a great|perfect|good|ideal fit|addition",
        "honoured|honored|grateful|thrilled if you gave|give|took|take|picked",
        "give it a read|listen|look|try|follow|spin",
        "could|would|might|will really? help your team|business|company|organisation|organization|people|staff",
    ],
}
# Friendly asks: on their own, or next to a sales word, they are what friends say; next to a real
# offer they ask for business ("I run a design agency. Fancy a coffee?").
PITCH_SOFT_ASK_PHRASES = {
    "soft-ask": [
        "fancy a chat|call|coffee|catch_up|quick_chat",
        "grab|have a coffee|call|chat|quick_call|quick_chat",
        "happy to chat",
        f"let me know if {I_WOULD}|you'd|you_would|you're|you_are|youre interested|keen|open|up|free|looking|like|want|be",
        "love|like|hope to see you there|at_the_next_one|at_the_next",
        "great|lovely|nice to see|have you there",
        "if you ever need|want|think",
        "no pressure chat|call|conversation|coffee",
        "just? message|dm|ping me",
        "get in touch if",
        "drop me a line|message|dm",
        "i'll|i_will|happy_to|can send you? the|an invite|invitation|details|link",
        "have you join|along|on_board|with_us",
        "might|may like to come|join|attend|come_along|check_it_out",
        "tell you more|how_we|how_our|about_our",
        "show you what|how|the",
        "fancy joining|coming",
        "i'll|i_will|happy_to add you",
        "can|could we chat|talk|speak|meet",
        "let me know if i|we can help",
        "happy to pop|drop round|by|over|in",
        "dites moi si",
        "buy you a coffee|drink|lunch",
        "let me know if you ever need anything|a_hand|help|me",
        "if you ever need help|anything|a_hand",
        "i'm here",
        "love|like to see you at",
        "have you in it|there|the_group",
        "happy to send it|them over",
        "coffee soon|next_week",
    ],
}

# Saying what you do: an offer only next to a sales ask, not a friendly one.
PITCH_WEAK_OFFER_PHRASES = {
    "weak-offer": [
        "i host|run|offer|freelance|coach|consult|write|teach|mentor|tutor|advise|train|build|design|do",
        f"{WE_ARE}|we building|looking|taking|putting|organising|organizing|running|partnering|"
        "expanding|holding|fitting",
        "we help",
        f"{I_AM} running|building|looking|taking|putting|organising|organizing",
        "our|my firm|company|startup|agency|studio|platform|product|app|tool|service|services|solution|programme|program|course|cohort|community|newsletter|podcast|event|fund|syndicate|offer|membership",
        "we built|made|created|launched|developed a|an * *? tool|app|platform|product|service",
        "we built|made|created|launched|developed a|an tool|app|platform|product|service",
        "we've|we_have put_together|built|launched|created|developed|designed|helped"
    ],
}

PITCH_OFFER_PHRASES = {
    "offer": [
        "i sell",
        "i'm|i_am a|an * *? recruiter|headhunter|realtor|broker|translator|solicitor|conveyancer",
        "i've|i_have|i just? started|launched|opened a|an * *? business|company|agency|studio|practice|shop",
        "i've|i_have just? published a|an|my",
        "i put_together|wrote|created|made|built a|an",
        "i've|i_have helped",
        "we've|we_have helped * *? *? cut|reduce|grow|save|increase|double|launch",
        "i|we handle|do conveyancing|wills|probate|bookkeeping|payroll|taxes|accounts",
        "we deliver",
        "what we're|we_are doing|building with|at|in",
        "looking for new? clients|customers",
        f"{I_AM} hosting|launching|offering|recruiting|raising",
        "our|my|the pitch|investor? deck",
        "taking on * *? members|clients|students|customers",
        "i've|i_have|i just? started|created|set_up|launched a|an * *? group|community|circle|club|server",
        "my|our discord|slack|whatsapp|telegram|facebook server|group|community|channel",
        "my|our * discord|slack|whatsapp|telegram|facebook server|group|community|channel",
        "i've|i_have put_together|created|written|made|built a|an",
        "i've|i_have|i'm|i_am just? started|start selling",
        "just become|became a|an * *? rep|distributor|consultant|agent",
        "ours is|costs|does|works|saves",
        "i|we could|can have yours|your",
        "we make|bake|brew|roast|grow|produce|supply",
        "practices|clients|firms|shops|schools|agencies|companies|brands|teams|people like yours",
        "i'm|i_am now? at * leasing|letting|selling",
        "leasing|letting|renting office|retail|commercial|space|flats|apartments|homes|properties",
        "run|do|hold a|an * *? session|workshop|training|talk for your|yours",
        "run|do|hold a|an session|workshop|training|talk for your|yours",
        "i place|recruit|hire",
        "my debut|new|first book|novel|thriller|album|single|memoir",
        "i run|own|manage a|an * *? firm|agency|business|company|studio|practice|consultancy|shop|clinic|service",
        "i do botox|fillers|lashes|nails|makeup|hair|massages|facials",
        "a wedding|event|party planner|photographer|dj|caterer",
        "i host|run|organise|organize|hold a|an * *? roundtable|meetup|dinner|breakfast|salon|circle|"
        "workshop|webinar|masterclass|club|group|community|retreat|summit",
        "we supply|ship",
        "entry is|costs|fee",
        "i'm|i_am a|an recruiter|headhunter|realtor|realtors|broker|translator",
        "headhunter|recruiter working with|at|for",
        "we need a|an",
        "looking for a few angel? investors",
        f"{WE_ARE}|we launching|offering|hosting|inviting|recruiting|selling",
        "a client of mine",
        "on behalf of",
        "looking for a few|beta|founding|early|new users|members|customers|clients|testers|sponsors|investors|partners|candidates",
        "taking on two|a_few|new|more|a_couple_of members|clients|students|people",
        "brands|companies|businesses|teams|founders like yours|you",
        "our|my pricing|rates|prices|packages|plans|fees|rate",
        "how we cut|saved|helped|grew|doubled|reduced|increased|scaled",
        "our|my * services|software|platform|solution|solutions|dashboard|tool|app|product",
        "our|my firm|agency|team|practice|company handles|offers|provides|does|can",
        "our|my * * services|software|platform|solution|solutions|dashboard|tool|app|product",
        "for free",
        "we have|we've restored|helped|worked_with|supported|served",
        "we lease|list|rent|pay|bring|handle|fit|turn|keep|put_together|fly|run|survey|shoot|film|cater|print|ship|partner|install|build|design|sell|supply|provide|offer|deliver|manage|handle|fix|repair|clean|develop|produce|distribute|import|export|organise|organize|train|represent|source|place|match",
        "i represent|sell|supply|provide|install|distribute|help",
        "i film|shoot|photograph|cater|decorate weddings|events|parties|families|brands",
        "we've|we_have just? launched the|our page|app|product|shop|store|site",
        "i prepare|train|coach|help executives|leaders|teams|founders|companies|businesses|brands",
        "i've|i_have just? launched|built|released|started a|an * *? app|tool|platform|product|service|course|newsletter|podcast|community",
        "i|we run a private|paid * *? community|slack|group|club|network|circle",
        f"{I_AM} gathering|forming|convening|starting|assembling a|an * *? circle|group|community|cohort|network|club",
        "our * translators|designers|writers|engineers|consultants|specialists|experts|team",
        "our boats|vans|rooms|venues|studios|tours|courses|classes take|run|hold|host",
        "charities|members|students|groups|friends|readers get",
        "i look after|handle|manage * leases|accounts|sales|clients|deals|policies|cover|investments",
        "i look after|handle|manage * * leases|accounts|sales|clients|deals|policies|cover|investments",
        "i've|i_have built|made|created|launched a|an * tool|app|platform|product|service|course",
        "i've|i_have built|made|created|launched a|an tool|app|platform|product|service|course",
        "i send out",
        "now offers|offer|provides",
        "our|my * team|firm|company|agency|service|app|platform|product|tool|software|studio|practice",
        "we're|we_are|were|i'm|i_am|im looking for a|an|someone|candidates|people",
        "opening|role|position|vacancy with|at one of my|our clients|client",
        "one of my|our clients",
        "i teach|run|host|lead a|an|my * course|cohort|programme|program|workshop|masterclass|bootcamp",
        "i teach|run|host|lead a|an|my * * course|cohort|programme|program|workshop|masterclass|bootcamp",
        "members only",
        "featured profiles|listings",
        "start at|from",
        "is waived",
        "partner rate|price|discount",
        "co marketing",
        "pays|returns|earns|yields * a|per week|month|year|day",
        "can|could help you find|buy|sell|rent|compare|plan|save|grow|get|secure|switch|refinance|invest",
        "help|helping professionals|people|leaders|women|founders|teams|families|parents|engineers|"
        "executives|managers|businesses|companies|clients like you",
        "my|our new? book|ebook|album|channel|substack|blog",
        "launched|started|launching|starting my|our podcast|newsletter|book|course|community|substack|channel|app|group",
        "started|created|set_up|launched|run a|an * *? group|community|circle|club",
        "i lead partnerships",
        "my|our startup does|makes|builds",
    ],
}
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

REASON_PHRASES = {
    "specific": [
        "keep|stay|staying|keeping|remain|be|get in touch|contact|the_loop",
        "keep|stay|staying|keeping connected",
        "keep up with",
        "keep track of",
        "follow|following your|along|the_progress|how",
        "continue|continuing|pick_up|carry_on|resume|extend our|the|this conversation|chat|discussion|"
        "thread|exchange|talk",
        "learn|learning more? from|about",
        "hear|hearing more? about|how|what|your|from|back",
        "ask|asking you? about|a_question|for_your|your|how|whether|if",
        "send|sending|share|sharing|pass|forward you? the|that|my|those|a|some|an|over",
        "as promised",
        "i promised",
        "compare|swap|trade|exchange notes|ideas|experiences|tips|stories",
        "get|hear|have your take|thoughts|advice|perspective|view|opinion|feedback|input|views",
        "would appreciate|value your",
        "catch up|catching up",
        "reconnect|reconnecting",
        "collaborate|collaborating|team_up",
        "work together",
        "see|seeing how|what|where|more",
        "next time",
        "support|cheer your|you",
        "so that? i|we can|could",
        "talk|chat|speak|write more about",
        "invite you",
        "introduce you",
        "grab|get|have a|another coffee|drink|beer|tea",
        "meet up|again",
        "let me know|know_if|know_how",
        "grateful|thankful for your feedback|advice|help|thoughts|input|view|views|take",
        "would be grateful|glad|delighted|thankful",
        "keep me posted|updated|informed|in_the_loop",
        "connecting so|to_say|to_thank",
        "to be connected beyond|outside|off|away_from|too|as_well",
        "say thanks|thank_you",
        "follow what|whatever you",
        "long time no see|speak|talk",
        "had to say hello|hi",
        "hope you're|you_are|life|things well|doing|treating",
        "hope you and * *? are well",
        "would|it'd|it_would be great|nice|good|lovely|fun to",
        "keep the conversation going",
        "au plaisir",
        "j'aimerais|je_voudrais|je_souhaite|je_souhaiterais suivre|rester|garder|continuer|échanger",
        "chat|talk|meet again",
        "hope we can",
        "drop me a line",
        "love|like|value your thoughts|take|advice|feedback|input|views|opinion",
        "refer * to each other",
        "in kontakt zu? bleiben",
        "in verbindung bleiben",
        "mantener el contacto",
        "saber más de|sobre tu|su trabajo",
        "en savoir plus sur",
        "échanger à nouveau",
        "continuar a|la conversa|conversación",
        "continuare la conversazione",
        "restiamo in contatto",
        "contact te houden",
        "hålla kontakten",
        "w kontakcie",
        "iletişimde kalmak",
        "see you at|around the|next",
        "see you there|again|soon",
        "paths cross",
        # The same wishes in a few other languages: Spanish, French, German, Portuguese, Italian.
        "seguir|estar|mantenernos|mantenerme|mantener|quedar en contacto",
        "seguir tu|su trabajo",
        "rester|garder le? en? contact",
        "suivre votre|ton travail",
        "in kontakt bleiben",
        "kontakt halten",
        "deine|ihre arbeit verfolgen",
        "manter o? contato|contacto",
        "acompanhar o seu|teu trabalho",
        "restare|rimanere|tenerci in contatto",
        "seguire il tuo|suo lavoro",
    ],
    "wish": [
        f"{I_WOULD}|i love|like|want|hope|wanted|aim|plan|intend|mean|meant to",
        "would love|like|want|be_glad|be_happy to",
        "we'd|we_would|we'll love|like|be_glad|be_happy to",
        "i'd|i_would|would|we'd really|truly|so|genuinely love|like|value|appreciate",
        "would really? value|appreciate|love|like your|a|an|the|some|any|it",
        "would love|like|appreciate|welcome that|the|a|your|some|any|to|it|an",
        "hoping|keen|eager|planning|trying|excited|glad|happy to",
        "looking forward to",
        "can't|cant wait to",
        "let's|lets",
        "could|can|may|might i|we|you",
        "would|will you",
        "do you",
        "are you",
        "feel free to",
        "please",
    ],
}

# A bare wish to connect: a reason only in name. Accepted, with a suggestion to say more.
BARE_CONNECT_PHRASES = {
    "connect-wish": [
        f"{I_WOULD}|i love|like|want|be_glad|be_happy|would_be_happy|would_be_glad|would_love to "
        "connect|be_connected|add_you|link_up",
        "would love|like|be_glad|be_happy to connect|be_connected",
        "let's|lets connect|stay_connected",
        f"{I_AM}|i_would_be happy|glad|keen|eager|excited to connect",
        "hope|hoping to connect",
        "wanted to connect|reach_out|say_hello|say_hi",
        "looking forward to connecting",
        "thought i'd|id|i_would connect|reach_out",
    ],
}

SELF_INTRO_PHRASES = {
    "self-intro": [
        f"{I_AM} a|an|the|part|one|on|with|from|based|currently|now|working|studying|leading|"
        "running|building|writing|heading|head|founder|co|ceo|cto|lead|manager|director|student|"
        "engineer|designer|developer|researcher|writer|consultant|recruiter|teacher|nurse|doctor|"
        "lawyer|pm|phd|final|junior|senior|also|still|doing|moving|switching|transitioning|changing|"
        "planning|retired|retiring|welder|graduate|intern|apprentice|starting|beginning|finishing|"
        "completing|training|new",
        "my name is",
        "name's",
        "this is * from|at|here",
        "i work|worked|lead|run|manage|teach|study|studied|build|write|design|research|coach|"
        "volunteer|organise|organize|founded|started|joined|moved as|at|in|on|for|with|a|an|the|"
        "to|into|our|my",
        "i'm|im|i_am|we're * at|from",
        "me and my",
        "my team|company|startup|lab|work|role|job|research|background",
    ],
}

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
    "beatriz": ("bea",),
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
    "francisco": ("paco", "pancho", "fran", "cisco"),
    "josé": ("pepe",),
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
