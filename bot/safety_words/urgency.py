"""Danger now: a close time, means at hand, a place to fall from, bleeding, words after a crisis.

These turn a crisis into an emergency, answered with the emergency number and first aid first:
"got the rope in my room rn", "its bleeding a lot and wont stop", "i took them", or "i just want to
sleep" after an overdose.
"""

from __future__ import annotations

import re

from bot.safety_words.crisis import _OVERDOSE, _POISON, STRANGLING
from bot.safety_words.others import is_third_party
from bot.safety_words.text import _plain

# Soon after a crisis: "i took them", "done it. took them all", "i've taken them".
_DID_IT = re.compile(
    r"^\W*(?:(?:i|ive|i'?ve|i have|just|already|now|ok|okay|well)\W+)*(?:took|taken|swallowed|"
    r"had|downed) (?:them|it|the lot|them all|all of them|everything|it all)\b|"
    r"\b(?:took|taken|swallowed) (?:them|the lot) all\b|"
    r"^\W*(?:(?:i|i'?ve|ive|i have|just|already|ok)\W+)*(?:did|done) it\W*(?:$|\btook\b|"
    r"\bit'?s done\b)|"
    # "i took some pills last night but i'm awake": not a dose named, and not routine
    r"\bi (?:took|'?ve taken|have taken|swallowed) (?:some|a few|more|extra|a couple(?: of)?|"
    r"loads of|a load of) (?:\w+ )?(?:pills|tablets|meds|painkillers|paracetamol)\b|"
    # someone else's, not counted: "took a few of my moms pills to sleep. idk how many"
    r"\b(?:took|taken|swallowed) (?:some|a few|a couple|a load|loads|a bunch|a handful) of (?:my "
    r"\w+'?s|his|her|their|the|my) (?:\w+ )?(?:pills|tablets|meds|painkillers|sleeping pills)\b"
    r"(?=.{0,60}\b(?:idk|don'?t know|dont know|not sure|can'?t remember|cant remember|lost count)"
    r"\b)|"
    r"\balready (?:taken|took|swallowed|had|done) (?:the|them|those|all the|it\W+took the) "
    r"(?:\w+ )?(?:pills|tablets|meds|painkillers|paracetamol)\b",
    re.IGNORECASE,
)
# Strangled or choked by someone: injuries that can't be seen, and a warning sign of worse.
_STRANGLED = re.compile(STRANGLING, re.IGNORECASE)


def did_it(text: str) -> bool:
    """Telling, soon after a crisis, that it is done: pills taken (danger now), also after a
    "no" ("no, i've already taken the pills")."""
    plain = _LEADING_WORD.sub("", _plain(text))
    return bool(_DID_IT.search(plain))


_LEADING_WORD = re.compile(r"^\W*(?:no+|nah+|nope|well|so|yeah|yes|ok|okay|too late)\b\W*", re.I)


_POISON_TAKEN = re.compile(_POISON, re.IGNORECASE)


def overdose_told(text: str) -> bool:
    """An overdose or poison told as taken, in words or soon after a crisis as "i took them"."""
    plain = _plain(text)
    return (
        did_it(plain)
        or any(re.search(p, plain, re.IGNORECASE) for p in _OVERDOSE)
        or bool(_POISON_TAKEN.search(plain))
    )


def was_strangled(text: str) -> bool:
    """Strangled or choked by someone: a doctor should check, even if it seems fine."""
    return bool(_STRANGLED.search(_plain(text)))


# A plan with a time that is close: "im going to do it tonight", "i'll end it in an hour".
_IMMINENT = re.compile(
    r"\b(?:going to|gonna|will|i'?ll|about to|plan(?:ning)? to|ready to|decided to|want to|"
    r"wanna|need to|have to|gotta|thinking (?:about|of)|want (?:it|this|everything) (?:all )?to "
    r"(?:be over|end|stop))\b.{0,40}"
    r"\b(?:tonight|today|right now|now|this (?:evening|morning|afternoon)|"
    r"in (?:an|a few|\d+|half an) (?:hours?|minutes?|mins?))\b",
    re.IGNORECASE,
)


def is_imminent(text: str) -> bool:
    """A plan told with a time that is close (a crisis is then danger now)."""
    return bool(_IMMINENT.search(_plain(text)))


# The means at hand, or hurt that needs a doctor now: "got the rope in my room rn", "i have
# pills in my hand", "saving up my pills", "its bleeding a lot and wont stop".
_MEANS = (
    r"(?:pills|tablets|meds|painkillers|rope|noose|knife|knives|blades?|razors?|gun|poison|"
    r"rat poison|sniper|pesticide|paraquat|bleach|weed ?killer)"
)
_AT_HAND = re.compile(
    rf"\b(?:got|have|holding|bought|buy|don buy|saved|saving(?: up)?|stockpil\w*|hoard\w*|"
    rf"collect\w*|stash\w*)\b.{{0,20}}\b{_MEANS}\b|"
    rf"\b{_MEANS} (?:is |are )?(?:in|on|under|next to) (?:my|the) (?:hands?|room|bed|desk|lap|"
    rf"pocket|bag|table|drawer)\b|"
    # sitting with it: "sat on the bathroom floor with the razor again"
    r"\b(?:sat|sitting|sit|lying|laying|in bed|on the (?:bathroom |bedroom |kitchen )?floor)\b"
    r".{0,40}\bwith (?:the|my|a) (?:razor|blade|rope|noose|pills|tablets|knife)\b|"
    # a crash thought of after drinking: "been drinking since lunch and thinking about driving
    # the car into a tree"
    r"\b(?:drunk|drinking|been drinking|pissed|wasted|hammered|on the piss|had (?:a few|too "
    r"many))\b.{0,80}\b(?:driv\w*|crash\w*|steer\w*|wrap\w*) (?:the |my )?(?:car |ute |truck |"
    r"van |bike )?(?:into|off|round)\b|"
    r"\bbleeding (?:a lot|loads|heavily|badly|so much|everywhere|really bad)|"
    r"\b(?:got|have) (?:everything|all) (?:i need|ready|sorted)\b|\bwaiting (?:for|till|until) "
    r"(?:the house|everyone|them|they|my \w+) (?:to be|is|are|to) (?:empty|asleep|gone|leave|out|"
    r"go to (?:sleep|bed)|fall asleep|go out)\b|"
    r"\b(?:written|wrote|finished|left) (?:my|the|a) (?:suicide |goodbye )?(?:note|letter)s?\b|"
    r"\bctb\b.{0,20}\b(?:tonight|today|now|soon|this (?:evening|weekend))\b|"
    r"\b(?:researching|researched|looked up|looking up|googl\w*) how (?:much|many)\b.{0,40}"
    r"\b(?:it'?d|it would|would it|it will|to) (?:take|kill)\b|"
    r"\b(?:found|have|got|there'?s|there is) (?:a |my \w+'?s |the |his |her )?gun\b|"
    r"\b(?:tonight|today|tomorrow|this weekend|this week|on \w+day)\b.{0,30}\b(?:i'?ll do it|"
    r"is when i'?ll|is the day|i do it)\b|\b(?:tonight|today)(?:'s| is) the (?:night|day)\b|"
    r"\btonight feels right\b|\b(?:end it|do it|kill myself|go through with it)\s+(?:tonight|today|"
    r"right now|now)\b|\bafter tonight\b|\b(?:have|got|made) a plan\b|\ba date and a method\b|"
    r"\b(?:keeps|still|won'?t stop|hasn'?t stopped) bleeding\b|\bdeeper than (?:usual|normal|"
    r"ever|before)\b|"
    r"\b(?:won'?t|wont|can'?t|cant) stop (?:the )?bleeding\b|\bbleeding (?:and )?(?:it )?"
    r"(?:won'?t|wont) stop\b|\b(?:took|taken|swallowed|downed) (?:[1-9]\d+|a (?:bunch|lot|"
    r"load|handful)) of (?:my|the|those|these|his|her) ",
    re.IGNORECASE,
)


# Asking for a height: "highest bridge in london", "bridges taller than 25 meters", "how high
# is the clifton suspension bridge".
_HEIGHT_ASKED = re.compile(
    # (not trivia or music: "tallest building in the world", "the bridge of the song")
    r"^(?!.*\b(?:in the world|on earth|ever (?:built|made)|songs?|chorus|verse|music|guitar|"
    r"violin|nose|dental|teeth|tooth|dentures?|cards?|games?|lego|minecraft|fortnite|roblox)\b)"
    r".*(?:\b(?:highest|tallest) (?:bridge|cliff|car ?park|multi-?storey|roof)|"
    r"\b(?:bridge|cliff|car ?park|multi-?storey|roof)s?\b.{0,30}\b(?:highest|tallest|high "
    r"enough|(?:taller|higher) than)\b|"
    r"\bhow (?:high|tall|far down|far a drop) is (?:the |that |this )?(?:[\w'-]+ ){0,3}"
    r"(?:bridge|cliff|car ?park|multi-?storey)\b|"
    r"\b(?:bridge|cliff|car ?park|multi-?storey|roof)s?\b.{0,30}\bhow (?:high|far (?:down|the "
    r"drop))\b|"
    # a tall building near them: "tallest building near me", "nearest tall building with a roof"
    r"\b(?:highest|tallest) (?:building|tower|block)s?\b.{0,30}\b(?:near|nearest|closest|around "
    r"here|round here|in (?:my|this) (?:town|city|area)|i can get (?:to|on|up))\b|"
    r"\b(?:near(?:est)?|closest) (?:tall|high) (?:building|tower|block|bridge|cliff)\b)",
    re.IGNORECASE,
)
# Asking where to find means or a height: "where can i buy rope", "highest bridge in london".
_MEANS_ASKED = re.compile(
    rf"\b(?:where|how) (?:can|do|could|would|to) (?:i |you |u )?(?:buy|get|find|order)\b.{{0,25}}"
    rf"\b(?:{_MEANS}|helium|charcoal)\b|{_HEIGHT_ASKED.pattern}",
    re.IGNORECASE,
)
_BLEEDING = re.compile(r"\bbleed\w*\b|\bblood everywhere\b", re.IGNORECASE)


# Signs of a goodbye: "thanks for everything", "tell my mum i love her".
_FAREWELL = re.compile(
    r"\bthank(?:s| you) for everything\b|\bgoodbye (?:forever|everyone|for good)\b|"
    r"\bthis is (?:goodbye|my last)\b|\bsorry for everything\b|\btell (?:my \w+|them|everyone) "
    r"(?:i love|i'?m sorry)|\btake care of my (?:dog|cat|kids?|children|pets?|son|daughter)\b|"
    r"\bwon'?t (?:be (?:around|here)|need (?:it|this|them)) "
    r"(?:anymore|much longer|after tonight)\b|"
    r"\byou won'?t hear from me\b|\bbye (?:forever|for good)\b",
    re.IGNORECASE,
)


def sounds_like_goodbye(text: str) -> bool:
    """Words of farewell: after a crisis, a warning sign, not good manners."""
    return bool(_FAREWELL.search(_plain(text)))


def asks_about_means(text: str) -> bool:
    """A question about getting means or finding a height (danger soon after a crisis)."""
    return bool(_MEANS_ASKED.search(_plain(text)))


def asks_for_a_height(text: str) -> bool:
    """ "whats the tallest bridge near bristol": out of the blue, worth asking about."""
    return bool(_HEIGHT_ASKED.search(_plain(text)))


def is_bleeding(text: str) -> bool:
    """A wound told as bleeding: first aid goes with the emergency number."""
    return bool(_BLEEDING.search(_plain(text)))


# Asked to ring for them: "can you call 999 for me", "please call an ambulance", "ring the
# police for me". We cannot make calls, and say so before the number.
_CALL_FOR_ME = re.compile(
    r"\b(?:can|could|will|would|pls|please|plz|just)\s+(?:you|u)?\s*(?:call|ring|phone|get|send)"
    r"\s+(?:me\s+)?(?:an? |the )?(?:999|911|000|112|ambulance|police|cops|paramedics|help|"
    r"someone|emergency services)\b|"
    r"\b(?:call|ring|phone) (?:999|911|000|112|an ambulance|the police|the cops|for help|"
    r"(?:the )?emergency services) for me\b|"
    r"^\W*(?:pls |please |plz )?(?:call|ring) (?:999|911|000|112|an ambulance|the police)\b",
    re.IGNORECASE,
)


def asks_us_to_call(text: str) -> bool:
    """ "can you call 999 for me": told we cannot make calls, with the number to ring."""
    return bool(_CALL_FOR_ME.search(_plain(text)))


def urgent_now(text: str) -> bool:
    """A crisis told with a close time, a place, the means at hand or a wound bleeding: the
    emergency number comes first."""
    plain = _plain(text)
    return is_imminent(plain) or names_place_or_means(plain) or bool(_AT_HAND.search(plain))


# Where someone in crisis is, or what they have with them: "from the bridge near my house",
# "im on the roof", "i have the pills here".
_PLACE_OR_MEANS = re.compile(
    # ("on edge" is nerves; "on the edge of tears", "edge of my seat" are not a place)
    r"\b(?:bridge|roof|rooftop|ledge|(?<!\bon )edge(?! of (?:tears|my seat|a breakdown|"
    r"breaking|giving up|sanity))|cliff|tracks|railway|train line|platform|car ?park|"
    r"(?:train|railway|tube) station|level crossing|"
    r"multi-?storey|balcony|top floor|river|canal|motorway|overpass|tower|pier|"
    r"(?:(?:the|my|some|these|those|a|all (?:my|the)) )?(?:pills|tablets|rope|knife|blade|razor|"
    r"gun)\b.{0,20}"
    r"\b(?:here|with me|in my hand|in front of me|ready|next to me))\b",
    re.IGNORECASE,
)


# A time said on its own, soon after a crisis: "tonight", "i mean it though, tonight".
_WHEN_ALONE = re.compile(
    r"^\W*(?:(?:i mean it|i'?m serious|im serious|seriously|honestly|for real|probably|prob|"
    r"maybe|doing it|it'?s happening|it will be|it'?ll be|gonna be|going to be)\W+)*"
    r"(?:(?:though|tho)\W+)?(?:tonight|today|right now|this (?:evening|morning|afternoon)|"
    r"in (?:an|a few|\d+|half an) (?:hours?|minutes?|mins?)|"
    r"(?:after|when|once) (?:every(?:one|body)|they|the house|my \w+)(?:'s| is| are|'re)? "
    r"(?:goes? to (?:sleep|bed)|(?:is |are )?asleep|(?:is |are )?out|(?:has |have )?gone|"
    r"leaves?)(?: tomorrow| tonight| later)?)\W*(?:(?:though|tho|fr|then|probably|prob|maybe|"
    r"i think|idk|i guess)\W*)*$",
    re.IGNORECASE,
)


def where_or_when(text: str) -> bool:
    """A place to fall from, means at hand, or a time said alone: after a crisis, the plan
    told in part ("im on the roof", "tonight")."""
    plain = _plain(text)
    return bool(_WHEN_ALONE.match(plain) or _PLACE_OR_MEANS.search(plain) or _AT_HAND.search(plain))


def names_place_or_means(text: str) -> bool:
    """A place to fall from or drown in, or means at hand (said soon after a crisis)."""
    return bool(_PLACE_OR_MEANS.search(_plain(text)))


# A burn, not a cut: the first aid differs (cool running water, not pressure).
BURNED = re.compile(
    r"\bburn(?:ed|t|ing|s)?\b|\blighter\b|\bcigarette\b|\bscald\w*|\bblister\w*",
    re.IGNORECASE,
)


_FOLLOWED = re.compile(
    r"\b(?:following|followed|chasing|chased|stalking|stalked) me\b|\bbeing (?:followed|chased|"
    r"stalked)\b|\b(?:i have|i'?ve got|got) a stalker\b",
    re.IGNORECASE,
)


def being_followed(text: str) -> bool:
    """Followed or chased as they write: where to go, with the emergency number."""
    return bool(_FOLLOWED.search(_plain(text)))


# Wanting to sleep, or drowsy: after an overdose, a sign of poisoning.
_SLEEPY = re.compile(
    r"\b(?:want to|wanna|going to|gonna|gotta|can i|let me|i'?ll|i will|just|need to)\s+"
    r"(?:just\s+)?(?:sleep|go to sleep|go to bed|lie down|nap|sleep it off|close my eyes)\b|"
    r"\b(?:so|really|getting|feel(?:ing)?|i'?m|im|kinda|kind of|very)\s+(?:really\s+|so\s+)?"
    r"(?:sleepy|drowsy|woozy|dizzy|out of it|spaced out)\b|\bgoing to bed\b|\bnodding off\b|"
    r"\bvision (?:is |'?s )?(?:weird|blurry|funny|going)\b|\bcan'?t keep my eyes open\b|"
    r"\b(?:falling|fall) asleep\b",
    re.IGNORECASE,
)


def sleepy(text: str) -> bool:
    """ "i just want to sleep", "getting really drowsy": after an overdose, danger."""
    return bool(_SLEEPY.search(_plain(text)))


# When it was taken, told after an overdose: "an hour ago", "like 20 mins ago", "last night",
# "around 6", "this morning".
_WHEN_TAKEN = re.compile(
    r"^\W*(?:(?:i took (?:them|it)|took (?:them|it)|it was|that was|like|about|around|maybe|"
    r"roughly|just|only|over|almost|nearly|more than|less than|at|um+|idk|dunno)\W+)*"
    r"(?:(?:an?|one|two|three|four|five|six|a few|a couple(?: of)?|half an?|\d+(?:\.\d+)?|"
    r"twenty|thirty|forty|fifty|ten|fifteen)\s*(?:hours?|hrs?|h|minutes?|mins?|m)\s+ago|"
    r"(?:earlier|earlier (?:today|on|tonight)|this (?:morning|afternoon|evening)|last night|"
    r"tonight|just now|a (?:bit|while|little while) ago|at (?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?"
    r"|midnight|lunch(?:time)?|dinner|tea ?time|bedtime))|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm))"
    r"(?:\W+(?:ago|i think|maybe|ish|or so|roughly|tops))*\W*$|"
    # "its been like 10 hours", "been about 2 hours now"
    r"^\W*(?:(?:it|it'?s|its|it has)\s+)?been\s+(?:like |about |around |maybe |over |nearly |"
    r"almost |more than |less than )?(?:an?|one|two|three|four|five|six|a few|a couple(?: of)?|"
    r"half an?|\d+(?:\.\d+)?|ten|twelve|twenty|thirty)\s*(?:hours?|hrs?|h|minutes?|mins?)"
    r"(?:\W+(?:now|since|i think|maybe|or so|ish))*\W*$",
    re.IGNORECASE,
)


def when_taken(text: str) -> bool:
    """ "an hour ago", "last night", "around 6": when it was taken, told after an overdose."""
    return bool(_WHEN_TAKEN.match(_plain(text)))


# Doing it, told after a crisis: "fine. i'll do it then", "i'm going to do it".
_ACTING = re.compile(
    r"\b(?:i'?ll|i will|i'?m going to|im going to|i'?m gonna|im gonna|gonna|going to) (?:just )?"
    r"(?:do it|go through with it|end it)(?:\W+(?:then|now|tonight|anyway|myself|today))?\W*$|"
    r"\bi'?m doing it\b",
    re.IGNORECASE,
)


def acting_now(text: str) -> bool:
    """ "i'll do it then": after a crisis, about to act."""
    return bool(_ACTING.search(_plain(text)))


_MEANS_NAMED = (
    ("gun", re.compile(r"\b(?:gun|pistol|rifle|shotgun|firearm|revolver|glock)\b", re.I)),
    ("rope", re.compile(r"\b(?:rope|noose|ligature|belt round my neck)\b", re.I)),
    ("blade", re.compile(r"\b(?:knife|knives|blades?|razors?)\b", re.I)),
    ("pills", re.compile(r"\b(?:pills|tablets|meds|painkillers|paracetamol)\b", re.I)),
)


# A weapon in someone else's hands is a danger to them, not a means of their own: "my
# flatmate ... he has a knife", "he came at me with a knife".
_HELD_BY_ANOTHER = re.compile(
    r"\b(?:he|she|they|someone|somebody|a (?:man|guy|woman|stranger)|my (?:\w+ )?(?:boyfriend|"
    r"girlfriend|husband|wife|partner|ex|dad|father|mum|mom|mother|stepdad|stepmum|brother|sister|"
    r"flatmate|roommate|housemate|son|daughter|uncle|neighbou?r))(?:'?s| has| had| is| was)? "
    r"(?:got |holding |waving |pulled |grabbed |picked up )?(?:out )?(?:a |the |his |her |their )?"
    r"(?:kitchen )?(?:knife|knives|gun|pistol|rifle|shotgun|blade|machete)\b|"
    r"\b(?:threaten\w*|came at|coming at|chased|chasing|pointing|pointed|waving|attacked|went "
    r"for) (?:me|us|her|him|them|my \w+)(?: \w+){0,2} with (?:a|the|his|her|their) (?:kitchen )?"
    r"(?:knife|gun|blade|machete)\b",
    re.IGNORECASE,
)


# Medicine as treatment, talked about: "therapy didnt work, meds didnt work", "they changed
# my meds". Not "all my pills", "took a bunch of tablets", "been saving my meds".
_MEDS_AS_TREATMENT = re.compile(
    r"\b(?:pills|tablets|meds)\b (?:(?:just|really|never|still|even|also|either) )?"
    r"(?:didn'?t|didnt|don'?t|dont|do not|never|haven'?t|havent|aren'?t|arent|are not|won'?t|"
    r"wont|stopped) (?:\w+ )?(?:work\w*|help\w*|do (?:anything|nothing|much))\b|"
    r"\b(?:changed|changing|upped|lowered|switched|new|started|starting|tried|on) (?:my |the |"
    r"different |new )?(?:meds|pills|tablets)\b",
    re.IGNORECASE,
)
_MEDS_AS_MEANS = re.compile(
    r"\b(?:all|whole|lot|bunch|handful|stash|saved|saving|stockpil\w*|hoard\w*|overdose|od|"
    r"take them|swallow|too many|loads)\b",
    re.IGNORECASE,
)


def means_named(text: str) -> str | None:
    """What they have said they would use: gun | rope | blade | pills, else None (a knife or a
    gun held by someone else is not theirs to put down; medicine talked of as treatment, "meds
    didnt work", is not a means)."""
    plain = _plain(text)
    name = next((name for name, pattern in _MEANS_NAMED if pattern.search(plain)), None)
    if name in ("gun", "blade") and _HELD_BY_ANOTHER.search(plain):
        return None
    if name == "pills" and _MEDS_AS_TREATMENT.search(plain) and not _MEDS_AS_MEANS.search(plain):
        return None
    return name


# Nowhere safe to sleep tonight: "kicked out", "sleeping in my car", "sleeping rough".
_NO_SAFE_PLACE = re.compile(
    r"\b(?:kicked|thrown|chucked|turfed) (?:me )?out\b|\bsleeping (?:rough|outside|on the "
    r"streets?|in (?:my|the|a) car|in a park|at the station)\b|\bnowhere (?:to (?:sleep|stay|go|"
    r"live)|safe)\b|\b(?:i'?m|im|i am|we'?re|we are) homeless\b|\bon the streets?\b|"
    r"\bhomeless (?:tonight|now|again)\b|\bnowhere for (?:us|me|my \w+) to (?:sleep|stay|go)\b|"
    r"\b(?:sleeping|staying|stuck) (?:in|on) (?:the |my |a )?(?:car|street|bench|park|doorway)\b",
    re.IGNORECASE,
)


# Hurt by someone, told beside it: "his mother slapped me. i have nowhere to go" is abuse,
# met with the abuse answer (which names a place to go), not only a roof for the night.
_HURT_BY_SOMEONE = re.compile(
    r"\b(?:slapped|slaps|hit|hits|beat|beats|beaten|punched|punches|kicked|kicks|hurt|hurts|"
    r"choked|chokes|strangled|pushed|shoved|burned|burnt|abused|abuses|threatened|threatens|"
    r"raped|attacked|assaulted) me\b(?! out\b)",
    re.IGNORECASE,
)


# "nowhere to go", "nowhere safe": beside being hurt, the abuse answer (a way out) comes first.
_NOWHERE_TO_GO = re.compile(
    r"\bnowhere (?:to go|safe|to live)\b(?! (?:to (?:sleep|stay)|tonight)\b)", re.IGNORECASE
)


def no_safe_place(text: str) -> bool:
    """Nowhere safe to sleep tonight (a roof first, not insomnia tips). "nowhere to go" beside
    being hurt by someone is met with the abuse answer instead ("his mother slapped me. i have
    nowhere to go"); put out, or sleeping in a car, still gets a roof first."""
    plain = _plain(text)
    found = _NO_SAFE_PLACE.search(_NOWHERE_TO_GO.sub(" ", plain))
    hurt = _HURT_BY_SOMEONE.search(plain) is not None
    return bool(found or (_NOWHERE_TO_GO.search(plain) and not hurt)) and not is_third_party(plain)


# Signs that need a doctor today, not a diary or a breathing exercise: hearing or seeing
# things, or coming off alcohol or benzodiazepines suddenly with shakes.
_SEEING_THINGS = re.compile(
    r"\b(?:hearing|seeing|hear|see) (?:things|voices|stuff that isn'?t there|people who aren'?t "
    r"there)\b|\bvoices (?:in my head|telling me|tell me)\b|"
    # beliefs that others don't share: "someone is watching us through the tv"
    r"\b(?:watching|spying on|listening to|following) (?:me|us) through (?:the |my )?(?:tv|telly|"
    r"phone|walls|wifi|radio|computer|laptop|camera)\b|"
    r"\b(?:the )?(?:tv|telly|radio) (?:is |keeps )?(?:sending|giving|talking to) (?:me )?"
    r"(?:messages|signs|signals)\b|"
    r"\b(?:someone|they)(?:'s| is| are|'re) (?:controlling|putting thoughts in|reading) my "
    r"(?:thoughts|mind|brain)\b",
    re.IGNORECASE,
)
_WITHDRAWAL = re.compile(
    r"\b(?:stopped|quit|came off|coming off|ran out of|run out of|cut out)\b.{0,40}\b(?:drink\w*|"
    r"alcohol|booze|xanax|valium|diazepam|benzos?|clonazepam|lorazepam|pills|meds)\b|\b(?:drink\w*|"
    r"alcohol|xanax|benzos?)\b.{0,40}\b(?:stopped|quit|ran out)\b",
    re.IGNORECASE,
)
_WITHDRAWAL_SIGNS = re.compile(
    r"\b(?:shak\w*|tremb\w*|tremor\w*|sweat\w*|seeing things|hearing things|hallucinat\w*|"
    r"confused|seizure|fit|fitting|heart (?:racing|pounding)|can'?t stop shaking)\b",
    re.IGNORECASE,
)


# A mood going very high: days without sleep and a mind or energy that won't stop, "i havent
# slept in 3 days and my thoughts are racing, i feel invincible".
_NO_SLEEP_FOR_DAYS = re.compile(
    r"\b(?:haven'?t|havent|have not|not|barely|hardly) (?:slept|been to sleep|had any sleep|"
    r"needed (?:any )?sleep)\b.{0,20}\b(?:in|for) (?:\d+|two|three|four|five|six|a few|several|"
    r"days)\b|\b(?:\d+|two|three|four|five|six|a few|several) days (?:without|with no) sleep\b|"
    r"\bdon'?t (?:even )?need (?:to )?sleep\b",
    re.IGNORECASE,
)
_HIGH = re.compile(
    r"\b(?:invincible|unstoppable|on top of the world|like a god|like god|superpowers?|"
    r"chosen one|genius|buzzing|wired|thoughts (?:are )?racing|racing thoughts|mind (?:is )?"
    r"racing|can'?t stop talking|spent all my (?:money|savings)|maxed out my cards?|so much "
    r"energy|full of energy|never felt (?:this )?(?:good|amazing|powerful))\b",
    re.IGNORECASE,
)


def needs_a_doctor_now(text: str) -> str | None:
    """withdrawal | perceptions | high when the words need a doctor today, else None."""
    plain = _plain(text)
    if _WITHDRAWAL.search(plain) and _WITHDRAWAL_SIGNS.search(plain):
        return "withdrawal"
    if _NO_SLEEP_FOR_DAYS.search(plain) and _HIGH.search(plain):
        return "high"
    if _SEEING_THINGS.search(plain):
        return "perceptions"
    return None


# Preparations and the means kept ready, however lightly told: "got a noose in the wardrobe",
# "been stockpiling my pills", "wrote my suicide note". A laugh does not make them a joke.
_PREPARED = re.compile(
    r"\bnoose\b|"
    # "ctb tonight": "catch the bus", a euphemism for suicide, with a time that is close
    r"\bctb\b.{0,20}\b(?:tonight|today|now|soon|this (?:evening|weekend))\b|"
    r"\b(?:stockpil\w*|hoard\w*|saving up|been saving|stash\w*|collecting|squirrel\w* away)\b"
    r".{0,20}\b(?:pills|tablets|meds|painkillers|paracetamol|sleeping pills)\b|"
    # "ive got 60 tramadol saved up"
    r"\b\d{2,3} (?:\w+ )?(?:pills|tablets|meds|painkillers|paracetamol|tramadol|codeine|"
    r"diazepam|sleeping pills|co-?codamol|oxy\w*)\b.{0,15}\b(?:saved|saved up|stashed|hidden|"
    r"put by|put away|stockpiled)\b|"
    r"\b(?:wrote|written|writing|finished|left) (?:my|a|the) (?:suicide|goodbye) "
    r"(?:note|letter)s?\b|"
    # "ive got a rope in the car already", "the pills are lined up on my desk"
    r"\b(?:got|have|bought|hid|hidden|keep|kept) (?:a|the|some) rope\b.{0,30}\b(?:already|ready|"
    r"for (?:tonight|later|when|it))\b|"
    r"\b(?:belt|rope|cord|cable|scarf|noose|ligature)\b.{0,25}\b(?:on|over|round|around|tied "
    r"to|hanging from) (?:the |my )?(?:door|hook|banister|bannister|beam|rail|wardrobe|loft|"
    r"ceiling|curtain pole|tree)\b(?=.{0,25}\b(?:now|ready|tonight|already)\b)"
    r"(?!.{0,40}\b(?:swing|fairy|lights|coat|kids|christmas|decorations?)\b)|"
    r"\b(?:pills|tablets|meds|painkillers|paracetamol)\b(?!.{0,40}\b(?:vitamins?|organi[sz]er|"
    r"pill ?box|dosette|trip|holiday|the week)\b).{0,10}\b(?:lined up|counted out|laid "
    r"out|all ready|ready to go)\b",
    re.IGNORECASE,
)


def prepared(text: str) -> bool:
    """Means kept ready or a goodbye note written (never read as a joke)."""
    plain = _plain(text)
    return bool(_PREPARED.search(plain)) and not is_third_party(plain)


# The body in trouble, their own, told as it happens: "my chest is on fire", "i think im going
# to pass out", "i have a pain in my chest". Not a figure ("get it off my chest", "i could pass
# out i'm so tired"), a cause that explains it ("my chest hurts from crying", "heartburn"), or
# someone else's ("my mum has chest pains").
_CHEST_TROUBLE = re.compile(
    r"\bchest (?:is |feels |'s |keeps )?(?:really |so |very |a bit |kinda |kind of |quite |"
    r"proper |literally )?(?:hurts?|hurting|pains?|aching|aches|sore|tight|tightening|on fire|"
    r"burning|killing me|crushing|heavy and (?:tight|sore))\b|"
    r"\b(?:pains?|tight(?:ness)?|burning|pressure) (?:in|across) my chest\b|"
    r"\b(?:tight|sore|painful) chest\b|"
    # a heart that won't settle, feared as dying: "i think im dying my heart wont slow down"
    r"\b(?:i think|i feel like|feels like) (?:i'?m|im|i am) (?:dying|having a heart attack)\b"
    r".{0,40}\bheart\b|\bheart\b.{0,40}\b(?:i think|i feel like|feels like) (?:i'?m|im|i am) "
    r"(?:dying|having a heart attack)\b",
    re.IGNORECASE,
)
_FAINT_TROUBLE = re.compile(
    r"\b(?:going to|gonna|about to|might|think i'?(?:m|ll)|feel like i'?(?:m|ll)(?: going to| "
    r"gonna| about to)?|i'?(?:m|ll)(?: going to| gonna| about to)?) (?:pass out|faint|black out|"
    r"collapse)\b|\bfeel(?:ing)? (?:(?:dizzy|light-?headed|woozy|sick|shaky|weak) (?:and|&) )?"
    r"(?:really |so |very |a bit )?faint\b|\bfaint and (?:dizzy|light-?headed|shaky|sick)\b|"
    r"\bkeep (?:fainting|blacking out|passing out)\b",
    re.IGNORECASE,
)
_BODY_EXPLAINED = re.compile(
    r"\boff my chest\b|\banxi\w*|\bstress\w*|\bon edge\b|\bnerv\w*|\bworr\w*|\boverthink\w*|"
    r"\bhelp me breathe\b|\bbreath(?:ing|e) (?:exercise|with me|together)|"
    r"\bfrom (?:crying|coughing|laughing|the gym|lifting|working out|a cold|"
    r"the cough)\b|\b(?:heartburn|indigestion|reflux|chest infection|asleep|sleep|bed|sofa|"
    r"couch|tired|exhausted|knackered|boredom|bored|lol|lmao|haha\w*|jk)\b|😂|🤣|💀|"
    r"\b(?:drunk|wasted|hammered|pissed)\b|\b(?:when|if) (?:i|he|she|they|you)\b|"
    r"\b(?:my|his|her|their) (?:\w+ )?(?:mum|mom|dad|nan|gran|grandma|grandad|husband|wife|"
    r"partner|son|daughter|friend|mate|brother|sister|boyfriend|girlfriend)\b|"
    r"\b(?:he|she|they)(?:'s| is| has| keeps| feels)\b",
    re.IGNORECASE,
)
# Anything taken, a wound or a blow beside it: "pass out from all the pills i took" is an
# overdose, "my chest hurts where he kicked me" is abuse; those keep the crisis answer.
_BODY_NOT_ALONE = re.compile(
    r"\b(?:pills?|tablets?|meds|medicines?|medication|paracetamol|ibuprofen|aspirin|overdos\w*|"
    r"took|taken|taking|swallow\w*|drank|drinking|drink|drugs?|alcohol|something|cut\w*|"
    r"bleed\w*|blood|hurt myself|harm\w*|hit|punch\w*|kick\w*|chok\w*|strangl\w*|stab\w*|"
    r"burn(?:t|ed) myself|starv\w*|not eaten|haven'?t eaten|havent eaten)\b",
    re.IGNORECASE,
)


def body_in_trouble(text: str) -> str | None:
    """Their own chest hurting or tight ("chest"), or about to faint ("faint"), told as it
    happens with nothing to explain it and no word of harm beside it; None otherwise. Met with
    what to do for the body, the emergency number first, not a crisis line."""
    from bot.safety_words.doubt import nothing_worrying

    plain = _plain(text)
    if _BODY_EXPLAINED.search(plain) or is_third_party(plain) or not nothing_worrying(plain):
        return None
    if overdose_told(plain) or _BODY_NOT_ALONE.search(plain):
        return None
    if _CHEST_TROUBLE.search(plain):
        return "chest"
    return "faint" if _FAINT_TROUBLE.search(plain) else None
