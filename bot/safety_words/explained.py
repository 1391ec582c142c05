"""Words that explain a message away: an idiom, a game, a song, a pet, a hug, harsh words, a theft.

The model can read "killed myself in minecraft", "dad hugged me for the first time in years" or
"my boss shouted at me" as a crisis. Each predicate holds only when nothing unwanted, harmful or
doubtful is beside the explaining words, so it cannot hide the danger it sits next to ("we argued
and he locked me in the bathroom").
"""

from __future__ import annotations

import re

from bot.safety_words.abuse import _CONTROLLED, _KEEP_SECRET, _SEXUAL, abuse_now
from bot.safety_words.crisis import crisis_kind
from bot.safety_words.doubt import is_doubtful, nothing_worrying
from bot.safety_words.set_aside import _A_SUBJECT, _HARMLESS
from bot.safety_words.text import _HARM_NOT_FEAR, _HARM_WORDS, _plain, _without_harm
from bot.safety_words.urgency import _AT_HAND, means_named, names_place_or_means, urgent_now

# Things taken, not people hurt: "i think my roommate is stealing from me".
_PROPERTY = re.compile(
    r"\b(?:steal\w*|stole|stolen|robbed|scammed|ripped off|pickpocketed|nicked|"
    r"(?:took|tak(?:e|es|ing)) my (?:money|stuff|things|charger|phone|food|clothes)|"
    r"(?:took|tak(?:e|es|ing)) (?:money|cash|things|stuff) (?:from|out of) my (?:purse|wallet|"
    r"bag|handbag|account|bank(?: account)?|pension|savings)|"
    # pried into: "she read my diary", "my mum went through my phone"
    r"read(?:s|ing)? my (?:diary|journal|messages|texts|emails|notes)|"
    r"(?:went|go(?:es)?|going|look(?:ed|s|ing)?) through my (?:phone|stuff|things|room|bag|"
    r"messages|texts|diary|drawers)|snoop\w*)\b",
    re.IGNORECASE,
)


# Harsh words, not harm: "my boss shouted at me in front of everyone".
_SHOUTED_AT = re.compile(
    r"\b(?:shout\w*|yell\w*|scream\w*|swore|sworn|swear\w*|snapp(?:ed|ing)|snaps? at|went off|"
    r"kicked off|(?:giving|gave|gives|give) out to me|(?:had|having|have|got into|get into) "
    r"(?:a|another|such a) (?:massive |huge |big |blazing |stupid |silly |little |proper )?"
    r"(?:row|argument|barney|bust-?up|falling out)|(?:massive|huge|big|blazing) (?:row|"
    r"argument|barney|bust-?up)|argu(?:ed|ing)|fell out|"
    r"had a go|told me off|tore into|ripped into|was (?:so |really )?rude|humiliat\w*|"
    r"belittl\w*|embarrass\w*|criticis\w*|criticiz\w*)\b",
    re.IGNORECASE,
)
# Who, outside home: harsh words from them are a bad day, not abuse to ask about.
_AWAY_FROM_HOME = re.compile(
    r"\b(?:boss|manager|supervisor|line manager|team ?lead|co-?workers?|colleagues?|"
    r"customers?|clients?|teachers?|professor|lecturer|tutor|coach|stranger|some (?:guy|man|"
    r"woman|lady|bloke)|(?:bus |taxi |uber )?driver|referee|ref)\b|"
    # "he shouted at me in front of the whole team", "in the middle of the office"
    r"\bin (?:front of|the middle of) (?:the |my )?(?:whole |entire )?(?:team|office|shop floor|"
    r"class|classroom|staff ?room|meeting|customers|everyone at work)\b",
    re.IGNORECASE,
)


# Someone close who drinks, and nothing more told: "my dad drinks every night and its getting
# worse", "my mum is an alcoholic". Asked whether anyone hurts them, not assumed.
_THEIR_DRINKING = re.compile(
    r"\b(?:my|our) (?:\w+ )?(?:dad|father|mum|mom|mam|mother|stepdad|stepmum|stepmom|husband|"
    r"wife|partner|boyfriend|girlfriend|bf|gf|brother|sister|parents?|fianc[eé]e?)(?:'s| is| are|"
    r"'re| has| have)? (?:\w+ ){0,3}?(?:drinks?|drinking|an alcoholic|alcoholic|on the "
    r"drink|on the booze|boozing|addicted to (?:drink|alcohol|booze))\b",
    re.IGNORECASE,
)
_HURT_OR_FEAR = re.compile(
    r"\b(?:hit\w*|hurt\w*|beat\w*|angry|anger|violent|scared|afraid|frightened|terrified|shout\w*|"
    r"scream\w*|yell\w*|threat\w*|kick\w*|punch\w*|push\w*|shov\w*|throw\w*|threw|smash\w*|"
    r"rage|aggressive|slap\w*|chok\w*|lock\w*|unsafe|safe|danger\w*|police|abus\w*|hid\w*|"
    r"gun|knife|knives|weapon|kill\w*|drunk|bridge|rope|pills|overdos\w*|die|dying|suicid\w*|"
    r"run|ran|escape|leave|left|out of control|smell\w*|drive\w*|driving)\b",
    re.IGNORECASE,
)


# Someone close who texts or rings a lot, and nothing more told: "my mum texts me too much",
# "my dad keeps calling me". (Checking where they are is control: not this.)
_CONTACTS_A_LOT = re.compile(
    r"^\W*(?:(?:ugh+|omg|honestly|lol|tbh)\W+)*(?:my|our) (?:\w+ )?(?:mum|mom|mam|mother|dad|"
    r"father|nan|gran|grandma|grandad|sister|brother|aunt|auntie|uncle|family|parents|friend|mate|"
    r"boss|colleague|ex)(?:'s| is| are| has been)? (?:keeps? |always |won'?t stop |wont stop |"
    r"never stops? )?(?:texting|texts|messaging|messages|calling|calls|ringing|rings|phoning|"
    r"phones|facetiming|spamming|checks? (?:up )?on|checking (?:up )?on)(?: me)?"
    r"(?: (?:too much|so much|all the time|constantly|"
    r"non ?stop|every day|24/7|loads))?"
    r"(?:\W+(?:lol|ugh+|tbh|its so annoying|so annoying|😩|🙄|😤))*\W*$",
    re.IGNORECASE,
)


def contacts_a_lot_only(text: str) -> bool:
    """A parent, friend or boss who texts or rings a lot, said alone."""
    plain = _plain(text)
    return _CONTACTS_A_LOT.search(plain) is not None and not is_doubtful(plain)


def their_drinking_only(text: str) -> bool:
    """Someone close drinks, with no word of hurt, fear or danger beside it."""
    plain = _plain(text)
    return (
        _THEIR_DRINKING.search(plain) is not None
        and not _HURT_OR_FEAR.search(plain)
        and not is_doubtful(plain)
        and not urgent_now(plain)
    )


# A parent who keeps them from going or doing something, and nothing more told: "my dad wont
# let me see my friends", "i got into uni but my parents wont let me go", "my parents are so
# strict". Being kept in, kept from sleep or food, or from leaving, is control: never this.
_KEPT_FROM_GOING = re.compile(
    r"\b(?:my|our) (?:\w+ )?(?:mum|mom|mam|mother|dad|father|parents?|stepdad|stepmum|stepmom|"
    r"folks|family)(?:'s| is| are)? (?:\w+ ){0,2}?(?:won'?t|wont|will not|wouldn'?t|wouldnt|"
    r"don'?t|dont|doesn'?t|doesnt|never|didn'?t|didnt|refuses? to|refused to) (?:even |ever )?"
    r"let(?:s)? me (?:go (?:to|on|out with|anywhere with|and see)|go\b(?! out(?:side| of))|"
    r"see (?:my |any )?(?:friends|mates|boyfriend|girlfriend|bf|gf|partner|him|her|them)|have "
    r"(?:a |my own )?(?:phone|boyfriend|girlfriend|bf|gf|social media|snapchat|instagram|tiktok|"
    r"sleepovers?|friends over|a job|a party|piercings?|a tattoo)|do (?:anything|what i want|"
    r"drama|art|music|sport)|get (?:a job|a tattoo|a piercing|my ears pierced|a phone)|date|"
    r"dye my hair|wear (?:what|makeup)|stay (?:out|over|up)|move out|study|apply|learn to drive|"
    r"drive|join|hang out)|"
    r"\b(?:strict|overprotective|over-protective|over protective|controlling) (?:parents?|mum|mom|"
    r"dad|family|folks)\b|"
    r"\bmy (?:parents?|mum|mom|dad|family|folks) (?:is|are) (?:so |too |really |super |way too |"
    r"crazy |mad )?(?:strict|overprotective|over-protective|over protective)\b",
    re.IGNORECASE,
)
# Beside it, more than rules: kept in or cut off, kept from food, sleep, school or a doctor,
# someone in their room at night, a marriage or a journey abroad.
_KEPT_BY_FORCE = re.compile(
    r"\b(?:lock\w*|locks|take my|took my|takes my|taking my|smash\w*|broke|made me|makes me|"
    r"pinn?ed|grab\w*|cornered|blocked|eat|food|sleep|outside|out of (?:the|my) (?:house|room)|"
    r"room|bed|night|touch\w*|school|doctors?|gp|hospital|not allowed|anyone|anybody|no ?one|"
    r"nobody|marry|married|marriage|abroad|back home|send(?:ing)? me)\b",
    re.IGNORECASE,
)


def kept_from_going_only(text: str) -> bool:
    """A parent's rules keep them from going or doing something ("my dad wont let me see my
    friends"), with no force, hurt, fear or doubtful word beside it."""
    return _told_alone(_KEPT_FROM_GOING, text)


# A partner's jealousy, and nothing more told: "my boyfriend gets jealous when i go out", "my
# gf is so jealous of my friends". Checking the phone, tracking, money, or keeping them from
# going is control: never this.
_JEALOUS_PARTNER = re.compile(
    r"\b(?:my|our) (?:\w+ )?(?:boyfriend|girlfriend|bf|gf|partner|husband|wife|fianc[eé]e?)"
    r"(?:'s| is| gets| get| can be| has been| always gets| keeps getting)? (?:so |really |super |"
    r"very |a bit |kinda |proper |well |dead |always )?(?:jealous|possessive)\b",
    re.IGNORECASE,
)
# A partner's temper, told alone: "my boyfriend gets really angry", "my wife has a temper".
_PARTNER_TEMPER = re.compile(
    r"\b(?:my|our) (?:\w+ )?(?:boyfriend|girlfriend|bf|gf|partner|husband|hubby|wife|"
    r"fianc[eé]e?)(?:'s| is| gets| get| can be| has been| always gets| keeps getting| has| "
    r"loses| lost)? (?:so |really |super |very |a bit |kinda |proper |well |dead |always |such "
    r"|scary |quite )?(?:angry|mad|aggressive|shouty|moody|volatile|a (?:bad |short |scary |"
    r"massive |real |nasty |horrible )?temper|(?:his|her|their) temper|(?:short|quick)[- ]"
    r"tempered|hot[- ]headed)\b",
    re.IGNORECASE,
)
_CONTROL = re.compile(
    r"\b(?:check\w*|track\w*|location|phone|passwords?|money|bank|wages|won'?t let|wont let|"
    r"doesn'?t let|doesnt let|not allowed|stops? me|stopped me|makes? me|made me|follow\w*|"
    r"accus\w*|isolat\w*|controll\w*|cut me off|reads my|went through my|goes through my)\b",
    re.IGNORECASE,
)


# Disliked by family, said alone: "my stepmum hates me", "my mum doesnt like me". Asked gently:
# for a young person it may be more, and what more there is matters.
_HATED_AT_HOME = re.compile(
    r"\bmy (?:\w+ )?(?:mum|mom|mam|mother|dad|father|parents?|stepmum|stepmom|stepdad|"
    r"step-?mum|step-?dad|stepmother|stepfather|family|brother|sister|nan|gran)(?:'s| is)? "
    r"(?:really |literally |actually |just |so |clearly |obviously )?(?:hates|despises|doesn'?t "
    r"like|doesnt like|can'?t stand|cant stand|resents) me\b",
    re.IGNORECASE,
)


def hated_at_home_only(text: str) -> bool:
    """Family said to dislike them ("my stepmum hates me"), with no control, force, hurt,
    fear or doubtful word beside it."""
    return _told_alone(_HATED_AT_HOME, text, control_counts=True)


def jealous_partner_only(text: str) -> bool:
    """A partner who gets jealous ("my boyfriend gets jealous when i go out"), with no
    control, force, hurt, fear or doubtful word beside it."""
    return _told_alone(_JEALOUS_PARTNER, text, control_counts=True)


def partner_temper_only(text: str) -> bool:
    """A partner's temper ("my boyfriend gets really angry"), with no control, force, hurt,
    fear or doubtful word beside it."""
    return _told_alone(_PARTNER_TEMPER, text, control_counts=True)


def _told_alone(told: re.Pattern[str], text: str, *, control_counts: bool = False) -> bool:
    """``told`` is in the message, with no force, hurt, fear, secret or doubtful word beside
    it (nor, with ``control_counts``, a word of control: the phone, money, tracking)."""
    plain = _plain(text)
    if control_counts and _CONTROL.search(plain):
        return False
    beside = told.sub(" ", plain)  # "learn to drive" is the rule, not a danger
    return (
        beside != plain
        and not _KEPT_BY_FORCE.search(plain)
        and not _HURT_OR_FEAR.search(beside)
        and not _SEXUAL.search(plain)
        and not _KEEP_SECRET.search(plain)
        and nothing_worrying(plain)
    )


# Busy this minute, and why: "cant rn im driving", "not now, in a meeting", "cant, on the bus".
_BUSY_NOW = re.compile(
    r"^\W*(?:(?:sorry|soz|nah|no|ugh|oh)\W+)*(?:i )?(?:(?:can'?t|cant|cannot)(?: (?:talk|text|"
    r"chat|reply|speak))?|not now|not rn|not right now|busy|in a bit|later)(?:\W+(?:rn|right now|"
    r"atm|at the moment|sorry|soz|x+))*\W+(?:(?:i'?m|im|i am)\s+)?(?:driving|at work|at the shops|"
    r"on the (?:bus|train|tube|phone|road|way|motorway)|in (?:a meeting|class|a lecture|the car|"
    r"the shower|the bath|work)|cooking|out|with (?:the kids|a customer|clients?|friends)|at "
    r"(?:the gym|school|uni|college|the doctors?|the dentist)|my (?:boss|manager|teacher|"
    r"lecturer) is (?:here|right here|next to me|watching))"
    r"(?:\W+(?:rn|right now|atm|x+|sorry|soz|lol|ttyl|later|(?:i'?ll|ill|will) (?:text|message|"
    r"talk to|get back to) (?:you|u) later|(?:i'?ll|ill|will) text later))*\W*$|"
    # busy, and back later: "busy atm ttyl", "in a meeting, will text later"
    r"^\W*(?:(?:sorry|soz)\W+)*(?:i'?m |im )?(?:busy|(?:i )?(?:can'?t|cant) (?:talk|text|chat)|in "
    r"(?:a meeting|class|a lecture)|at work)(?:\W+(?:rn|right now|atm|at the moment))?\W+"
    r"(?:ttyl|talk later|speak later|bbl|later|(?:i'?ll |ill |will )?(?:text|talk to|message|get "
    r"back to) (?:you |u )?later)(?:\W+(?:x+|sorry|soz|lol))*\W*$",
    re.IGNORECASE,
)


def busy_right_now(text: str) -> bool:
    """Busy this minute, with where or why, and nothing else told: "cant rn im driving"."""
    return _BUSY_NOW.match(_plain(text)) is not None


def shouted_at_only(text: str) -> str | None:
    """Harsh words with no word of harm: "work" when from someone away from home (a boss, a
    teacher), "home" otherwise (a parent or partner shouting is asked about), else None."""
    plain = _plain(text)
    if not _without_harm(_SHOUTED_AT, plain):
        return None
    if (
        _CONTROLLED.search(plain)
        or _KEEP_SECRET.search(plain)
        or _SEXUAL.search(plain)
        or is_doubtful(plain)
        # "my carer shouts at me and takes money from my purse": harsh words and money taken
        # by someone trusted with their care
        or (_CARER.search(plain) and _PROPERTY.search(plain))
    ):
        return None  # "we argued and he locked me in the bathroom": more than harsh words
    return "work" if _AWAY_FROM_HOME.search(plain) else "home"


def property_only(text: str) -> bool:
    """Something taken or pried into, with no word of anyone hurt, threatened or afraid, and
    not by someone who cares for them or shouts at them as well ("my carer shouts at me and
    takes my money" is abuse)."""
    plain = _plain(text)
    return (
        _without_harm(_PROPERTY, plain)
        and not _CARER.search(plain)
        and not _SHOUTED_AT.search(plain)
    )


# Someone paid or trusted to look after them.
_CARER = re.compile(
    r"\b(?:my|the|our|his|her) (?:\w+ )?(?:carers?|care workers?|care assistants?|home help|"
    r"support workers?|nurses?|appointee|power of attorney)\b",
    re.IGNORECASE,
)


# A car, a shed or a bike broken into, or a home burgled while nobody was in: a loss, not
# someone inside with them ("someone broke into my car last week").
_BROKEN_INTO = re.compile(
    r"\b(?:broke|broken|breaking|break) in(?:to)? (?:my|our|the|his|her|their) (?:\w+ )?(?:car|van|"
    r"truck|shed|garage|bike|locker|lock-?up|storage|workshop|allotment|office|shop|caravan)\b|"
    r"\b(?:car|van|truck|shed|garage|bike|locker|caravan)\b.{0,20}\b(?:got|was|been|were) "
    r"(?:broken into|burgled|robbed|nicked|stolen|smashed)\b|"
    r"\b(?:got|was|were|been) (?:burgled|broken into)\b.{0,40}\b(?:while|when) (?:we|i) "
    r"(?:were|was) (?:away|out|on holiday|at work)\b",
    re.IGNORECASE,
)
_STILL_THERE = re.compile(
    r"\b(?:hurt\w*|hit\w*|attack\w*|threat\w*|knife|gun|weapon|still (?:here|there|inside)|"
    r"right now|rn|tonight|now|kill\w*|hiding|die|suicid\w*|myself)\b",
    re.IGNORECASE,
)


def broken_into_only(text: str) -> bool:
    """A car, shed or empty home broken into, with nobody hurt, threatened or still there."""
    plain = _plain(text)
    return bool(_BROKEN_INTO.search(plain)) and not _STILL_THERE.search(plain)


# Figures of speech the model can mistake for danger: "my mate hit me up", "killing it".
_IDIOM = re.compile(
    r"\bhit(?:s|ting)? (?:me|us|him|her|them) up\b|\b(?:killing|killed|kill) it\b|"
    r"\bdying to (?:try|see|know|go|meet|get|tell|hear)\b|\bto die for\b|\bcould murder a\b|"
    r"\bdead on my feet\b|"
    # worn out: "woke up feeling like i got hit by a bus", "im going to be wrecked tomorrow"
    r"\b(?:feel|feels|feeling|felt) like i (?:got|'?ve been|have been|was|been|just got) hit by "
    r"a (?:bus|truck|train|lorry)\b|\b(?:going to|gonna|gon) be (?:so )?(?:wrecked|shattered|"
    r"knackered|a zombie|dead tired)\b|"
    r"\b(?:phone|battery|laptop|charger)(?:'s| is)? (?:about to |going to |gonna )?(?:die|dead|"
    r"died)\b|\bdied laughing\b|\bkilling me\b|"
    # anger at a cause, said of no one: "the way eskom is going i'm going to end up killing
    # someone", "if this printer jams one more time i'll kill someone"
    r"\b(?:the way (?:\w+ ){1,3}(?:is|are) going|if (?:\w+ ){1,5}one more time)\b.{0,30}\b(?:i'?m|"
    r"im|i am|i'?ll|ill|i will) (?:going to|gonna)? ?(?:end up )?(?:killing|kill|murder\w*|"
    r"strangl\w*) (?:someone|somebody|everyone|some1)\b|"
    # being there on time: "dont think ill make it to the party tonight"
    r"\bmak(?:e|ing) it to (?:the|a|an|my|your|his|her|their|our|\w+'s) (?:\w+ )?(?:party|meeting|"
    r"class|lecture|gym|wedding|game|match|event|gig|concert|dinner|lunch|brunch|appointment|"
    r"shift|interview|office|station|airport|show|practice|training|session|pub|drinks|"
    r"do|bbq|barbecue|rehearsal|exam|school run|flight|train|bus)\b|"
    # Indian English for "please do what's needed"
    r"\b(?:do|does|doing|did) the needful\b|\b(?:is|are|'s|was|were|been) dead to me\b|"
    # news that lands: "i didnt know him that well but it still hit me", "it really hit me hard"
    r"\b(?:it|that|this|the news|reality|the grief|it all)(?:'s| has)? (?:really |still |just |"
    r"finally |kinda |properly |only )?(?:hit|hits|hitting) me\b(?! with\b)|"
    # betrayal, not a knife: "stabbed in the back by my so called best friend"
    r"^(?!.*\b(?:bleed\w*|blood|knife|hospital|ambulance|wound|a&e)\b).*\bstabbed (?:me )?in "
    r"the back\b.{0,60}\b(?:so[- ]called|friends?|bestie|mate|told|secret|lied|behind my back|"
    r"betray\w*|snake|colleague|boss)\b",
    re.IGNORECASE,
)


# Stepping away for a moment: "someone at the door brb", "hang on, doorbell". Not fear of
# who it is ("someone keeps banging on the door and im scared").
_STEPPING_AWAY = re.compile(
    r"^\W*(?:(?:sorry|hang on|hold on|wait|one sec|1 sec|one min|omg|oh|ok|brb|gtg|g2g)\W+)*"
    r"(?:(?:(?:there'?s|theres)\s+)?(?:someone|somebody|someones|someone'?s|somebody'?s|the "
    r"postman|the post|a delivery|delivery|the delivery guy|my (?:mum|mom|dad|friend|mate|"
    r"neighbou?r))(?:\s+(?:is|'s))?\s+(?:at|knocking on|knocking at) the door|(?:the )?door ?bell"
    r"(?: (?:just )?(?:went|rang|is ringing|ringing))?|(?:my |the )?(?:food|takeaway|pizza|"
    r"parcel|delivery|uber eats|deliveroo)(?:'s| is)? (?:here|at the door))"
    r"(?:\W+(?:brb|gtg|g2g|back in a (?:sec|min|bit|mo)|one sec|1 sec|bbl|back soon|be right "
    r"back|afk|gotta get it|got to get it|hang on|sorry|lol))*\W*$|"
    r"^\W*(?:brb|gtg|g2g|be right back)\W+(?:door|doorbell|someone at the door|getting the "
    r"door|food'?s here|delivery)\W*$|"
    # a train or a lift come: "i have to go my train is here", "gtg bus is here"
    r"^\W*(?:(?:sorry|ok|oh|omg)\W+)*(?:(?:i )?(?:have to|gotta|got to|need to|must) go|gtg|g2g|"
    r"brb)?\W*(?:my |the )?(?:train|bus|tram|taxi|uber|cab|lift|ride|coach|stop)(?:'s| is)? "
    r"(?:here|coming|arriving|in)(?:\W+(?:gtg|brb|bye|sorry|later|ttyl|back (?:later|soon)))*\W*$",
    re.IGNORECASE,
)
_DOOR_FEAR = re.compile(
    r"\b(?:scared|afraid|terrified|frightened|won'?t (?:go away|leave|stop)|keeps? (?:knocking|"
    r"banging|ringing)|bang\w*|kick\w*|break\w*|trying to get in|shout\w*|threat\w*|knife|"
    r"police|hiding|help|don'?t (?:know who|answer)|stranger|ex|he|she|they|him|her|them)\b",
    re.IGNORECASE,
)


# Called away by everyday life: "sorry someone needs me i gotta go", "the baby just woke up i
# need to go", "my bus is here i have to go".
_CALLED_AWAY_BY = (
    r"(?:someone needs me|(?:the|my) (?:baby|kids?|son|daughter|toddler|little one|twins)(?:'s| "
    r"is| has| have| are)? (?:just )?(?:woke up|woken up|awake|up|crying|needs? me|calling|home)|"
    r"(?:my|the) (?:bus|train|tram|taxi|uber|cab|lift|ride)(?:'s| is)? (?:here|coming)|(?:my )?"
    r"break(?:'s| is) over|(?:work|my boss|my manager)(?:'s| is)? calling|(?:dinner|tea|food)(?:'s|"
    r" is) ready|(?:my )?(?:mum|mom|dad|wife|husband|partner)(?:'s| is) calling me|(?:i'?m|im) "
    r"(?:at work|in class|on shift) and (?:my (?:boss|manager|teacher)|someone)(?:'s| is) coming)"
)
_GOING = r"(?:(?:so )?(?:i )?(?:have to|gotta|got to|need to|must) go|gtg|g2g|brb|bbl|ttyl)"
_CALLED_AWAY = re.compile(
    rf"^\W*(?:(?:sorry|ok|oh|omg|argh|ugh|ah)\W+)*(?:{_CALLED_AWAY_BY}\W+{_GOING}|{_GOING}\W+"
    rf"{_CALLED_AWAY_BY})(?:\W+(?:sorry|bye|later|ttyl|x+|thanks|thank you|talk (?:later|soon)))*"
    r"\W*$",
    re.IGNORECASE,
)


def stepping_away(text: str) -> bool:
    """Stepping away for a moment ("someone at the door brb"), with no fear of who it is."""
    plain = _plain(text)
    away = _STEPPING_AWAY.match(plain) or _DOOR_ERRAND.search(plain) or _CALLED_AWAY.match(plain)
    return bool(away) and not _DOOR_FEAR.search(plain)


# A noise in or at the house: "a weird noise downstairs", "heard footsteps upstairs".
NOISE_HEARD = re.compile(
    r"\b(?:heard|hear|hearing) (?:a |some )?(?:weird |strange |loud |funny |scary )?(?:noises?|"
    r"bang|footsteps|something)\b|"
    r"\b(?:noises?|sounds?|footsteps|banging|bang|creak\w*|knocking|thud\w*|rattl\w*|scratching)"
    r"\b.{0,30}\b(?:downstairs|upstairs|in the (?:house|kitchen|loft|attic|hall|garden)|at the "
    r"(?:window|back door|front door|door)|outside (?:my|the) (?:window|door|room)|in my (?:house|"
    r"flat|room))\b",
    re.IGNORECASE,
)
# Explained in the same breath: "my flatmate is home", "probably mice", "it was the cat".
_NOISE_EXPLAINED = re.compile(
    r"\bmy (?:\w+ )?(?:flatmate|roommate|housemate|husband|wife|partner|boyfriend|girlfriend|mum|"
    r"mom|dad|brother|sister|son|daughter|kids?|cat|dog|neighbou?rs?)(?:'s| is| are)? (?:home|back|"
    r"up|in|awake|upstairs|downstairs)\b|\bprobably (?:just )?(?:the |a |my )?(?:mice|cat|dog|"
    r"wind|heating|pipes?|boiler|neighbou?rs?|fox|foxes|birds?)\b|\bit (?:was|'s|is) (?:just "
    r"|only )?(?:the|my|a) (?:cat|dog|wind|heating|boiler|pipes?|neighbou?rs?|fox|flatmate|"
    r"roommate)\b",
    re.IGNORECASE,
)


def explained_noise(text: str) -> bool:
    """A noise at home told with what it was ("i heard footsteps upstairs, my flatmate is
    home"), with no fear in it."""
    plain = _plain(text)
    return (
        bool(NOISE_HEARD.search(plain) and _NOISE_EXPLAINED.search(plain))
        and not _DOOR_FEAR.search(re.sub(r"\b(?:he|she|they|him|her|them)\b", " ", plain))
        and nothing_worrying(plain)
    )


# A creature in the room: "theres a massive spider in my room help", "a wasp got in".
_CREATURE = re.compile(
    r"\b(?:spiders?|huntsman|wasps?|hornets?|bees?|moths?|mouse|mice|rats?|cockroach\w*|"
    r"roach(?:es)?|beetles?|centipedes?|silverfish|slugs?|bugs?(?! (?:me|him|her|you|them))|"
    r"daddy long legs|crane fl(?:y|ies)|pigeons?|frogs?|lizards?|geckos?|possums?)\b(?<!as mice)"
    r"(?<!as a mouse)",
    re.IGNORECASE,
)
# Someone, beside the creature: "ex is outside with a baseball bat", "quiet as mice when dad".
_SOMEONE = re.compile(
    r"\b(?:he|she|him|her|his|they|them|ex|dad|mum|mom|father|mother|step\w+|partner|husband|"
    r"wife|boyfriend|girlfriend|bf|gf|someone|somebody|man|guy|men|people)\b",
    re.IGNORECASE,
)


def a_creature_only(text: str) -> bool:
    """A spider, wasp or mouse in the room, with nothing harmful, unwanted or doubtful beside
    it: "theres a massive spider in my room help"."""
    plain = _plain(text)
    unharmed = re.sub(r"\bkill(?:ed|ing)? (?:it|that|them|the \w+)\b", " ", plain)
    return (
        bool(_CREATURE.search(plain))
        and not _SOMEONE.search(plain)
        and not _HARM_NOT_FEAR.search(unharmed)
        and nothing_worrying(plain)
        and not means_named(plain)
    )


# An errand for us: "text my boyfriend for me and say im running late".
ERRAND_FOR_US = re.compile(
    r"^\W*(?:(?:can|could|will|would) (?:you|u) (?:please |pls |plz )?|(?:please|pls|plz) )?"
    r"(?:text|message|msg|tell|call|ring|phone|email|whatsapp|talk to|speak to|explain to) "
    r"(?:my \w+(?: \w+)?|him|her|them)\b.{0,20}\b(?:for me\b|and (?:say|tell|let|explain)\b|"
    r"that i'?m\b|that im\b)",
    re.IGNORECASE,
)


def an_errand_for_us(text: str) -> bool:
    """A message to pass on to someone, asked of us, with nothing harmful or doubtful in it:
    "text my boyfriend for me and say im running late"."""
    plain = _plain(text)
    return (
        bool(ERRAND_FOR_US.search(plain))
        and not _HARM_NOT_FEAR.search(plain)
        and nothing_worrying(plain)
        and not urgent_now(plain)
    )


# Someone at the door on an errand: "someone at the door just delivered my parcel".
_DOOR_ERRAND = re.compile(
    r"\b(?:someone|somebody|the postman|a (?:guy|man|woman|courier|driver))\b.{0,30}\bdoor\b"
    r".{0,40}\b(?:deliver\w*|parcel|package|amazon|post|letter|food|takeaway|pizza|meter)\b",
    re.IGNORECASE,
)


# "wot can u do fam", "so what do you even do": a question about us.
ASKS_WHAT_WE_DO = re.compile(
    r"^\W*(?:(?:so|ok|okay|and|but|hey|yo)\W+)?(?:wh?at|wot|wut|wat|wht) (?:else )?(?:can|do|does|"
    r"could) (?:you|u|ya|this(?: bot| app| thing)?) (?:even |actually )?(?:do|help with|offer)\b"
    r"(?: for me)?(?:\W+(?:then|fam|bro|mate|exactly|tho|though|lol|pls|please))?\W*$",
    re.IGNORECASE,
)


# "my parents will kill me": most often a figure of speech, but asked, never assumed.
_WILL_KILL_ME = re.compile(
    r"\b(?:mum|mom|mam|dad|parents?|family|teacher|boss|coach|sister|brother|nan|gran|they|"
    r"she|he)(?:'?s|'?ll| is| are| will| would)?\s+(?:literally |actually |so |going to |gonna |"
    r"be )*(?:kill(?:ing)?|murder(?:ing)?) me\b",
    re.IGNORECASE,
)


# A threat reported, or one that comes with a time: "he said he'll kill me when he gets home".
_THREAT_TOLD = re.compile(
    r"\b(?:said|says|told me|tells me|threaten\w*|keeps saying|swore|texted|messaged|screamed|"
    r"shouted)\b.{0,30}\b(?:kill|murder) me\b|\b(?:kill|murder) me\b.{0,40}\b(?:gets? (?:home|"
    r"back|here|in)|comes? (?:home|back)|tonight|next time|again)\b|"
    # on the way: "hes coming home and hes going to kill me"
    r"\b(?:coming|on (?:his|her|their) way|getting|gets?|comes?|driving|heading) (?:home|back|"
    r"here|over|round)\b.{0,40}\b(?:kill|murder) me\b",
    re.IGNORECASE,
)
# What makes "he'll kill me" a figure of speech: a laugh, or what they'll see or find out.
_KILL_ME_LIGHTLY = re.compile(
    r"\b(?:lol|lmao|lmfao|haha\w*|jk)\b|😂|🤣|💀|😭|\b(?:when|if|once) (?:he|she|they|mum|mom|dad|"
    r"my \w+)(?:'s| is)? (?:sees?|finds? out|hears?|notices?|gets? the bill|reads?)\b|"
    r"\b(?:grades?|report card|results|marks|dent\w*|scratch\w*|the car|phone bill|bill|late|"
    r"curfew|tattoo|piercing|spreadsheet|deadline|broke (?:his|her|their)|lost (?:his|her|their)|"
    r"spent|forgot)\b",
    re.IGNORECASE,
)


# Taking back what they told: "nvm forget i said anything", "ignore that", "delete this".
_TAKEN_BACK = re.compile(
    r"^\W*(?:(?:actually|ok|okay|sorry|ugh|lol|just)\W+)*(?:nvm|never ?mind|forget (?:it|that|"
    r"this|i said (?:anything|that|it|something)|what i said(?: earlier| before)?|about it|"
    r"everything i said|i ever said (?:anything|that))|ignore (?:that|this|me|what i said|my last "
    r"(?:message|text|msg))|i didn'?t mean (?:it|that|any of it)|delete (?:that|this|my last "
    r"(?:message|text|msg)|what i (?:said|wrote|sent)))\b",
    re.IGNORECASE,
)
# Their data, named: then it is a request for the data, not taking a message back.
_THEIR_DATA = re.compile(
    r"\b(?:data|account|history|everything you (?:have|know|keep|store)|all (?:my|of my) "
    r"(?:messages|texts|info)|erase)\b",
    re.IGNORECASE,
)
_FROM_THE_PHONE = re.compile(r"\bdelete\b", re.IGNORECASE)
# Said to be a joke, and nothing more: "jk", "lol just kidding", "i was only joking".
_JOKING = re.compile(
    r"^\W*(?:(?:lol|lmao|haha\w*|ok|okay|sorry|nah|no|i'?m|im|i was|was|it was|that was|"
    r"only|just|obvs|obviously|ofc)\W+)*(?:jk|j/k|jking|kidding|joking|a joke|jokes|banter|"
    r"messing|messing about|messing around|trolling)(?:\W+(?:lol|lmao|haha\w*|sorry|mate|"
    r"chill|obvs|obviously|ofc|innit|tho|bro|fr))*\W*$",
    re.IGNORECASE,
)


def takes_it_back(text: str) -> str | None:
    """ "nvm forget i said anything": "said" (or "delete" when asked to delete the words,
    "joking" for "jk"); None when it is not taking a message back, or names their data."""
    plain = _plain(text)
    if _JOKING.match(plain):
        return "joking"
    if not _TAKEN_BACK.search(plain) or _THEIR_DATA.search(plain):
        return None
    return "delete" if _FROM_THE_PHONE.search(plain) else "said"


def kill_me_as_a_figure(text: str) -> bool:
    """Someone "will kill me", with no threat told and no other word of harm or of wanting
    to die ("my parents will kill me when they see my grades")."""
    plain = _plain(text)
    rest = _WILL_KILL_ME.sub(" ", plain)
    return (
        bool(_WILL_KILL_ME.search(plain))
        and not _THREAT_TOLD.search(plain)
        and not _HARM_WORDS.search(rest)
        and not is_doubtful(plain)
    )


def kill_me_said_lightly(text: str) -> bool:
    """ "my dad will kill me when he sees my report card lol": a laugh, or what they will see
    or find out, beside it. Without that, "he's going to kill me" is asked straight out."""
    return bool(_KILL_ME_LIGHTLY.search(_plain(text)))


def only_an_idiom(text: str) -> bool:
    """A figure of speech ("hit me up", "killing it"), with no doubtful words beside it."""
    plain = _plain(text)
    means = names_place_or_means(plain) or means_named(plain) or _AT_HAND.search(plain)
    return bool(_IDIOM.search(plain)) and not is_doubtful(plain) and not means


# Affection told as such: "dad hugged me for the first time in years", "my crush hugged me".
_AFFECTION = re.compile(
    r"\b(?:hug(?:ged|s)?|cuddled|kissed) (?:me|us)\b|\b(?:held|holds|holding|hold) (?:my|our) "
    r"hands?\b|\bkissed (?:me|us) (?:on|goodnight|goodbye)\b|\btucked me in\b|"
    r"\b(?:gave|give|gives) (?:me|us) (?:a|the) (?:biggest |massive |huge |big |long |proper )?"
    r"(?:hug|cuddle|kiss on the (?:cheek|forehead))\b",
    re.IGNORECASE,
)
# What turns a hug or a touch into something to ask about.
_UNWANTED = re.compile(
    r"\b(?:uncomfortable|unwanted|(?:don'?t|dont|didn'?t|didnt|do not|did not) (?:like|want)|"
    r"creep\w*|weird|gross|icky|won'?t let (?:me )?go|wouldn'?t let (?:me )?go|too long|"
    r"at night|in (?:my|the|his|her) (?:bed|room)|bedroom|secret|touch\w*|naked|alone with|"
    r"lock\w*|(?:don'?t|dont|not to) tell|every (?:night|time)|made me|makes me|forced|"
    r"pressur\w*|sex\w*|private|under my|anymore|grab\w*|pulled me|when (?:he|she)'?s? drunk|"
    r"drunk|older|afterwards|after(?:wards)? (?:he|she)|but then|sorry|angry|mad|rage|"
    r"(?:can'?t|cant|couldn'?t|couldnt) breathe|too (?:hard|tight|rough)|rough\w*|squeez\w*)\b",
    re.IGNORECASE,
)


def affection_only(text: str) -> bool:
    """A hug, a held hand or a kiss told as warmth, with nothing unwanted, hurt or feared
    beside it ("dad hugged me when i passed my test"); not "he hugs me too long and i
    dont like it"."""
    plain = _plain(text)
    return (
        bool(_AFFECTION.search(plain))
        and not _UNWANTED.search(plain)
        and not _HARM_WORDS.search(plain)
        and not _HARM_NOT_FEAR.search(plain)
        and nothing_worrying(plain)
    )


def _only_in(phrases: re.Pattern[str], text: str) -> bool:
    """The risk words are in ``phrases``, and nothing worrying is left once those are set
    aside."""
    plain = _plain(text)
    if not phrases.search(plain):
        return False
    rest = phrases.sub(" ", plain)
    return nothing_worrying(rest)


def harmless_only(text: str) -> bool:
    """Risk words only in a harmless phrase ("overdosed on chocolate", "hurt myself laughing",
    "my knife collection"), with nothing worrying left once that is set aside."""
    return _only_in(_HARMLESS, text)


def a_subject_only(text: str) -> bool:
    """Suicide or self-harm named only as a subject (news, study, a storyline), with no crisis
    word of their own once that is set aside."""
    return _only_in(_A_SUBJECT, text)


# A quoted line with a word about music: "'i wanna die...' - bohemian rhapsody is a banger".
_QUOTED = re.compile(r"[\"“”](.{3,200}?)[\"“”]|(?<!\w)['‘](.{3,200}?)['’](?!\w)")
_MUSIC = re.compile(
    r"\b(?:song|songs|lyrics?|banger|tune|track|album|band|singer|sings|sang|playlist|spotify|"
    r"chorus|verse|rapper|concert|gig|queen|bohemian rhapsody|hits? (?:different|hard)|on repeat|"
    r"listening to|linkin park|nirvana|my chemical romance|mcr|twenty one pilots|radiohead|"
    r"taylor swift|billie eilish|the 1975|lana del rey|phoebe bridgers|juice wrld|lil peep|"
    r"mac miller|xxxtentacion|pierce the veil|paramore|evanescence|the smiths|mitski|"
    r"noah kahan|hozier|sza|the weeknd|drake|eminem)\b",
    re.IGNORECASE,
)


def quoting_a_song(text: str) -> bool:
    """The crisis words are inside a quoted line, and the rest of the message is about music."""
    plain = _plain(text)
    quoted = _QUOTED.search(plain)
    if not quoted:
        return False
    rest = plain[: quoted.start()] + " " + plain[quoted.end() :]
    return bool(_MUSIC.search(rest)) and crisis_kind(rest) is None


_GAME = re.compile(
    r"\b(?:minecraft|fortnite|roblox|elden ring|warzone|valorant|gta|the sims|among us|apex|"
    r"overwatch|league|lol match|zelda|mario|pokemon|respawn\w*|boss fight|speedrun\w*|"
    r"in (?:the|a|this) game|video ?game)\b",
    re.IGNORECASE,
)
_LAUGHING = re.compile(r"\b(?:lol|lmao|lmfao|haha\w*|jk|jokes?)\b|😂|🤣|💀", re.IGNORECASE)
_HYPERBOLE = re.compile(
    r"\b(?:i (?:literally |actually |just )?(?:want to|wanna) die|kms|kill me)\b|"
    r"^\W*(?:(?:literally|honestly|just|ugh+)\W+)*(?:wanna|want to) die\b|"
    # "feeling suicidal about this maths homework lmao": what it is said of, named
    r"\b(?:feeling|feel|i'?m|im|so|lowkey) suicidal (?:about|over|because of|bc of|cos of) "
    r"(?:this|the|my|that|these|another)\b",
    re.IGNORECASE,
)


_PET_ATE = re.compile(
    r"\bmy (?:\w+ )?(?:dog|cat|puppy|kitten|pet|rabbit|hamster)\b.{0,20}\b(?:ate|eaten|swallowed|"
    r"chewed|got into)\b",
    re.IGNORECASE,
)


_PET_BIT = re.compile(
    r"\b(?:dog|cat|puppy|kitten|pet|rabbit|hamster|horse|parrot)\b.{0,15}\b(?:bit|bitten|"
    r"scratched|nipped)\b",
    re.IGNORECASE,
)


def pet_bit_them(text: str) -> bool:
    """ "my dog bit me and it's bleeding a bit": a bite to look after, not a crisis."""
    return bool(_PET_BIT.search(_plain(text))) and not is_doubtful(_plain(text))


def pet_ate_something(text: str) -> bool:
    """A pet that ate something it should not have."""
    return bool(_PET_ATE.search(_plain(text)))


# A team's result: "the leafs blew a 3-1 lead again", "we got relegated", "mayo lost another
# final". Despair at a result is asked about gently, not met with the full crisis answer.
_SPORT = re.compile(
    r"\b(?:blew (?:a|the|another|our|their) (?:\d+-\d+ |\d+ (?:goal|point|run) )?lead|"
    r"\d+-\d+ (?:lead|loss|defeat|down|up|at (?:half|full) time)|(?:lost|losing|lose) (?:the|a|"
    r"another|yet another) (?:final|semi|semis|derby|grand final|cup final|playoff|play-off|"
    r"series|test|match|game \d)|relegat\w*|play-?offs?|grand final|cup final|world cup|"
    r"six nations|super bowl|stanley cup|premier league|champions league|all-ireland|the ashes|"
    r"ipl|nrl|afl|nfl|nba|nhl|mlb|gaa|the ref\b|referee|extra time|overtime|penalty shootout|"
    r"bottled (?:it|the (?:league|title|final|game|match))|leafs|canucks|habs|oilers|wallabies|"
    r"all blacks|springboks|proteas|bafana|black caps|socceroos|matildas|kangaroos|"
    r"(?:my|our) (?:footy|football|soccer|hockey|rugby|cricket|baseball|basketball) (?:team|"
    r"club)\b)",
    re.IGNORECASE,
)


def about_sport(text: str) -> bool:
    """A team's result or a match told of, with no crisis word, doubtful word, means or harm
    of their own."""
    plain = _plain(text)
    return (
        bool(_SPORT.search(plain))
        and nothing_worrying(plain)
        and not urgent_now(plain)
        and not _HARM_NOT_FEAR.search(plain)
    )


def about_a_game(text: str) -> bool:
    """Dying or killing told of a video game ("killed myself in minecraft again")."""
    return bool(_GAME.search(_plain(text)))


# A passing cause said beside it in a short message: "so hungover i want to die", "so
# embarrassed i wanna die".
_PASSING = re.compile(
    r"\b(?:hung ?over|hangover|cringe|cringing|cringey|so embarrass(?:ed|ing)|mortified)\b|"
    # "this is so mid i wanna die": something dull or bad, in slang
    r"\b(?:so|lowkey|kinda|mad) mid\b|"
    # "i literally want to die of embarrassment": what they would die of, said
    r"\bdie (?:of|from) (?:embarrassment|shame|cringe|boredom)\b",
    re.IGNORECASE,
)


# Crying-laughing over a chore with a deadline: "kms this homework is so long 😭".
_SOBBING = re.compile(r"😭|😩|😫|🥲")
_CHORE = re.compile(
    r"\b(?:homework|essay|coursework|assignment|revision|revising|exams?|test|quiz|deadline|"
    r"dissertation|lecture|maths|math|chem(?:istry)?|physics|biology|queue|traffic|meeting|"
    r"commute|shift|spreadsheet|emails?|washing up|laundry)\b",
    re.IGNORECASE,
)


# "kms this essay is due at 9am", "kill me this shift is never ending": kms or kill me said of
# the chore that follows it.
_KMS_CHORE = re.compile(
    r"(?:^\W*(?:kms|kill me)\W+|"
    # "im literally gonna kms if this lecture doesnt end": what would do it, hung on the chore
    r"\b(?:kms|kill myself|kill me|die) if\W+(?:i have to (?:sit through |do |write |go to )?)?)"
    r"(?:(?:this|the|my|that|these|another|more|a|one more)\W+)(?:\w+\W+){0,2}?" + _CHORE.pattern,
    re.IGNORECASE,
)


# Someone will "kill" or "strangle" them for a small thing: "my sister is going to strangle me
# for borrowing her dress lol". Said laughing; a threat for telling, or when he gets home, is not.
_THREAT_FOR = re.compile(
    r"\b(?:going to|gonna|gon|will|'ll|is gonna|is going to) (?:actually |literally )?(?:kill|"
    r"strangle|murder|end) me (?:for|if i|when (?:she|he|they) (?:sees?|finds? out|notices?))\b"
    r"(?!.{0,30}\b(?:telling|tell|told|leaving|leave|going to the police|report\w*)\b)",
    re.IGNORECASE,
)


def laughing_threat(text: str) -> bool:
    """ "lol my sister is going to strangle me for borrowing her dress": a figure of speech said
    laughing, over a small thing, with no harm now."""
    plain = _plain(text)
    return (
        bool(_LAUGHING.search(plain))
        and bool(_THREAT_FOR.search(plain))
        and not _MEANT_SERIOUSLY.search(plain)
        and not urgent_now(plain)
        and not abuse_now(plain)
        and len(plain.split()) <= 25
    )


# Wanting a break, not an end: "i wish i could just disappear for a while and go somewhere
# quiet", "i want to disappear to a cabin for a week".
_A_BREAK = re.compile(
    r"\bdisappear (?:for (?:a (?:while|bit|few days|week|weekend|month|day)|a couple of (?:days|"
    r"weeks)|the (?:weekend|week|day|summer))|to (?:a |an |the |some )?(?:cabin|beach|island|"
    r"mountains?|countryside|cottage|desert|forest|woods|somewhere (?:quiet|warm|sunny|hot|new|"
    r"else))|and (?:go|move|live|travel|start over|start again) (?:somewhere|to|abroad|away))\b",
    re.IGNORECASE,
)


_FOR_GOOD = re.compile(
    r"\b(?:never|forever|for good|permanently|not (?:come|coming) back|no one would (?:notice|"
    r"care|miss))\b",
    re.IGNORECASE,
)


def wants_a_break(text: str) -> bool:
    """ "i wish i could just disappear for a while and go somewhere quiet": time away wished
    for, with nothing else worrying beside it."""
    plain = _plain(text)
    rest = _A_BREAK.sub(" ", plain)
    return (
        bool(_A_BREAK.search(plain))
        and crisis_kind(rest) is None
        and not is_doubtful(rest)
        and not urgent_now(plain)
        and not _FOR_GOOD.search(rest)
    )


def laughing_hyperbole(text: str) -> bool:
    """ "my hair went orange, i want to die lol 😂", "so hungover i want to die", "kms this
    homework is so long 😭": said laughing, or of a hangover, a cringe or a chore, with no
    plan or means."""
    plain = _plain(text)
    short = len(plain.split()) <= 15
    passing = bool(_PASSING.search(plain) or (_SOBBING.search(plain) and _CHORE.search(plain)))
    # "kms this essay is due at 9am": the chore is what would kill them
    passing = passing or bool(_KMS_CHORE.search(plain))
    said_lightly = bool(_LAUGHING.search(plain)) or (passing and short)
    said_lightly = said_lightly and not _MEANT_SERIOUSLY.search(plain)  # "lol... but fr"
    return said_lightly and bool(_HYPERBOLE.search(plain)) and not urgent_now(plain)


# The laugh taken back in the same breath: "wanna die lmao but fr", "lol i want to die no joke".
_MEANT_SERIOUSLY = re.compile(
    r"\b(?:but fr|fr fr|for real|no joke|not (?:even )?(?:joking|kidding)|(?:i'?m|im|i am) "
    r"(?:being )?serious|seriously|srsly|deadass|no cap|not a joke)\b",
    re.IGNORECASE,
)


# Worry about an animal ("my cat is sick"): theirs to feel, not advice for helping a person.
_PET = re.compile(
    r"\b(?:my|our|the) (?:\w+ )?(?:cat|dog|pet|puppy|kitten|hamster|rabbit|bunny|bird|parrot|"
    r"horse|fish|guinea pig|tortoise|snake|budgie)s?\b",
    re.IGNORECASE,
)
_PERSON = re.compile(
    r"\b(?:friend|mate|sister|brother|mum|mom|dad|mother|father|partner|wife|husband|"
    r"boyfriend|girlfriend|son|daughter|kid|child|cousin|aunt|uncle|nan|gran|grandma|grandad|"
    r"colleague|flatmate|roommate|neighbou?r|someone|somebody|he|she|they)\b",
    re.IGNORECASE,
)


def about_a_pet(text: str) -> bool:
    """The one they worry about is an animal, with no person named."""
    plain = _plain(text)
    return bool(_PET.search(plain)) and not _PERSON.search(plain)


# A danger denied and nothing else said: "no i dont want to hurt myself", "no im not going
# to actually punch anything lol". "...anymore", "...but", "...tonight" say more, and are
# read as they are.
_DENIED_HARM = re.compile(
    r"^\W*(?:(?:no+|nah+|nope|lol|haha\w*|god|omg|honestly|ok(?:ay)?)\W+)*"
    r"(?:i (?:do not|don'?t|dont|am not|'?m not|m not|will not|won'?t|wont|would never|"
    r"'?d never|never)|im not|i'?m not)\s+"
    r"(?:(?:want|plan(?:ning)?|going|gonna|wanna)(?: to)?\s+|thinking (?:of|about)\s+)?"
    r"(?:(?:actually|really|literally|ever)\s+)?"
    r"(?:hurt(?:ing)?|harm(?:ing)?|kill(?:ing)?|punch(?:ing)?|hit(?:ting)?|cut(?:ting)?|do(?:ing)?)"
    r"\s+(?:myself|anything|anyone|anybody|him|her|them|something stupid|anything stupid)"
    r"(?:\W+(?:lol|lmao|haha\w*|tho|though|honestly|i promise|promise|obviously|obvs|ffs|"
    r"mate|i'?m (?:fine|ok|okay|safe)|im (?:fine|ok|okay|safe)|(?:i'?m |im )?just (?:angry|annoyed|"
    r"frustrated|fuming|venting|stressed|tired)))*\W*$",
    re.IGNORECASE,
)


_ANSWERED_NO = re.compile(r"^\W*(?:lol\W+|haha\w*\W+|omg\W+)?(?:no+|nah+|nope)\b", re.I)
_TO_THEMSELVES = re.compile(r"\b(?:myself|stupid)\b", re.IGNORECASE)


def denies_harm_only(text: str) -> bool:
    """A danger denied in a whole message: "no i dont want to hurt myself", "im not going to
    punch anything lol" (it names the harm only to say no to it). Harm to themselves is
    denied only as an answer, after a "no": "i dont want to kill myself", out of the blue,
    may be the start of telling it."""
    plain = _plain(text)
    if not _DENIED_HARM.match(plain):
        return False
    return not _TO_THEMSELVES.search(plain) or bool(_ANSWERED_NO.match(plain))


# The exercise's own counts found hard: "i cant do the 7 second hold", "holding my breath
# that long makes me panic", "the 8 count is too long". Read only while an exercise runs.
_EXERCISE_COUNTS = re.compile(
    r"\b(?:\d+|four|seven|eight)[ -]?(?:second|sec|count)s?\b|\bthe (?:hold|holds|holding|"
    r"count|counting|counts|out ?breath|in ?breath|breathing out|breathing in|exhale|inhale)\b|"
    r"\bhold(?:ing)? (?:my|your|the|a) breath\b|\bhold(?:ing)? (?:it|that|for) (?:that long|so "
    r"long|for (?:\d+|seven|eight|four|that long|so long))\b|\bhold (?:for )?(?:\d+|seven|eight)\b",
    re.IGNORECASE,
)


def about_the_exercise(text: str) -> bool:
    """The breathing's counts or holds named, with nothing harmful or doubtful beside them."""
    plain = _plain(text)
    return (
        bool(_EXERCISE_COUNTS.search(plain))
        and not _HARM_NOT_FEAR.search(plain)
        and nothing_worrying(plain)
    )


# The panic back, told while breathing for it: "its happening again im in the toilets at
# work", "another one is starting", "its coming back".
_PANIC_AGAIN = re.compile(
    r"^\W*(?:(?:oh no|no+|omg|god|shit|fuck|help|ugh+|and|now)\W+)*(?:it'?s|its|it is|the panic"
    r"(?: attack)?(?: is|'?s)?|another (?:one|attack)(?: is|'?s)?|here it) (?:happening|starting|"
    r"coming|kicking off|getting worse|back|comes)(?: again| back| on)?\b|\bpanic(?:king)? "
    r"again\b|\banother panic attack\b",
    re.IGNORECASE,
)


def panic_again(text: str) -> bool:
    """A panic coming back, told with no word of harm, means, a goodbye or a wish to die."""
    plain = _plain(text)
    return (
        bool(_PANIC_AGAIN.search(plain))
        and not _HARM_NOT_FEAR.search(plain)
        and nothing_worrying(plain)
        and not urgent_now(plain)
    )


# Whether to stop a medicine just talked about: "should i stop taking it", "can i just come off
# them". Read as such only just after they told of feeling worse on a new medicine.
_STOP_TAKING_IT = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|then|like|honestly)\W+)*(?:should|can|could|do|shall|would "
    r"it be ok(?:ay)? if) i (?:just )?(?:stop|quit|come off|get off|cut down|skip|not take)"
    r"(?: taking)? (?:it|them|these|those|the tablets|the meds|the pills|my meds|my tablets)"
    r"(?: then| now| altogether| for a bit)?\W*$",
    re.IGNORECASE,
)


def stop_taking_it(text: str) -> bool:
    """Whether to stop the medicine just talked about, asked in a message of its own."""
    return _STOP_TAKING_IT.search(_plain(text)) is not None
