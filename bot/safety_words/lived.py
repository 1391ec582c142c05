"""Lived topics met with their own answer: OCD, drink, gambling, coming out, a crying baby.

Also old scars, cutting down a habit, eating worries, intrusive thoughts, greening out and a
k-hole. A message about one of these is answered as what it is, not with the crisis script, as
long as nothing else in it tells a crisis (each predicate checks what is left).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.safety_words.crisis import crisis_kind
from bot.safety_words.doubt import is_doubtful, nothing_worrying
from bot.safety_words.others import is_third_party, tells_a_loss
from bot.safety_words.past import _HARM_AGAIN, _NOT_SELF_HARM_SCAR, _OLD_SCAR, is_milestone
from bot.safety_words.risk_to_others import harm_to_child
from bot.safety_words.set_aside import _GREENING
from bot.safety_words.text import _plain, harm_told
from bot.safety_words.who import new_parent

# Eating-disorder signs: purging, starving, restricting, a target weight.
_EATING = re.compile(
    # "make myself sick"; "make me sick" is disgust ("people who chew loudly make me sick")
    r"\b(?:make|made|making) myself (?:throw up|sick|vomit|puke)\b|"
    r"\b(?:make|made|making) me (?:throw up|vomit|puke|sick) after (?:i eat|eating|meals?|food)\b|"
    r"\b(?:down to|on|eating|having) (?:only |just |like |about )?\d{2,4} ?(?:calories|cals|kcal)"
    r"(?: a day| per day| a week)?\b|\brestrict(?:ing|ed)? (?:again|so much|everything)\b|"
    r"\bthrow(?:ing)? up after (?:i eat|eating|meals?|food)\b|\bpurg(?:e|ing|ed)\b|"
    r"\bstarv(?:e|ing) myself\b|\blaxatives?\b|"
    r"\bpro[- ]?ana\b|\bthinspo\b|"
    r"\b(?:haven'?t|not|didn'?t|stopped|barely) (?:been )?eat(?:en|ing)\b"
    r".{0,30}\b(?:on purpose|to lose weight|so i lose weight|deserve)|"
    r"\brestrict(?:ing)? (?:my )?(?:food|eating|calories)\b|"
    r"\b(?:under|only|less than) \d{2,4} (?:calories|cals|kcal)\b|"
    r"\b(?:get|be|down) (?:down )?to \d{2,3} ?(?:kg|kgs|lbs?|pounds|stone)\b|"
    r"\b(?:haven'?t|not|didn'?t) eaten\b.{0,40}\b(?:fat|thin|weight|skinny|huge|big|disgusting|"
    r"gross|ugly|fat)\b|"
    r"\b(?:binge|binging|bingeing)\b.{0,30}\b(?:sick|throw up|purge|hate myself)\b|"
    # "i only let myself have 500 calories", "i'm scared of gaining weight", "i dont let myself eat"
    r"\b(?:only |don'?t |dont |never )?let (?:myself|me) (?:have|eat)\b.{0,25}\b(?:\d{2,4} ?"
    r"(?:calories|cals|kcal)|one meal|an apple|nothing|anything)\b|\b(?:don'?t|dont|won'?t|wont|"
    r"never) let myself eat\b(?! (?:after|before|late|past|at night|in bed|junk|sweets|"
    r"chocolate))|\b(?:scared|terrified|afraid|frightened) (?:of|about) (?:gaining|"
    r"putting on) (?:weight|any weight|a pound|pounds|kilos?)\b",
    re.IGNORECASE,
)


def eating_worry(text: str) -> bool:
    """Signs of an eating disorder: met as such, with an eating-disorder line."""
    return bool(_EATING.search(_plain(text)))


# OCD told: "if i dont check the oven 20 times something bad will happen", "i know its ocd".
_OCD = re.compile(
    r"\bif i (?:don'?t|dont|do not) (?:check|tap|touch|wash|count|clean|say|do|switch|lock|turn)\b"
    r".{0,60}\b(?:something (?:bad|terrible|awful|horrible) (?:will|is going to|might|would) "
    r"happen|(?:will|'ll|is going to|might|would) die|(?:will|'ll) get (?:hurt|sick|ill))|"
    r"\b(?:my ocd|i have ocd|i'?ve got ocd|(?:it'?s|its) (?:my )?ocd|"
    r"ocd (?:is|has been) (?:so |really )?"
    r"(?:bad|awful|terrible|worse|out of control))\b|"
    r"\b(?:can'?t|cant) stop (?:checking|washing|tapping|counting|cleaning)\b|"
    r"\bwash(?:ing)? my hands (?:so much|until|till|constantly|all day)\b.{0,40}\b(?:cracked|"
    r"bleeding|raw|sore)\b",
    re.IGNORECASE,
)


def ocd_told(text: str) -> bool:
    """Rituals or the fear behind them, told: OCD, not a threat to anyone."""
    plain = _plain(text)
    return bool(_OCD.search(plain)) and not _INTRUSIVE.search(plain)


# Drink and recovery: a craving, standing outside the shop, a slip after days sober.
_CRAVING = re.compile(
    r"\b(?:cravings? (?:are|is) (?:\w+ )?(?:bad|unreal|awful|horrendous|so strong|strong|killing)|"
    r"crav(?:ing|e) (?:a drink|alcohol|booze|vodka|wine|beer|a bottle)\b(?! after work)|"
    r"urge to drink|(?:really |so badly |desperately )(?:want|need) a drink|"
    r"(?:standing|stood|sat|sitting) outside the (?:offy|off[- ]licen[cs]e|liquor store|"
    r"bottle shop)|"
    r"talk me out of (?:it|drinking)|"
    r"(?:relapsed|slipped up|fell off the wagon)\b(?=.{0,60}\b(?:drink|drank|drinking|sober|"
    r"alcohol|booze|vodka|wine|beer|bottle)\b)|"
    r"(?:drank|drinking|had a drink) (?:again )?(?:after|on day) \d+|"
    r"\d+ (?:days?|weeks?|months?) (?:sober|dry|clean)\b.{0,40}\b(?:cravings?|struggl\w*|hard|"
    r"want a drink|need a drink|slipped|relapsed|messed up))",
    re.IGNORECASE,
)
_DRINK = re.compile(
    r"\b(?:drink\w*|drank|sober|alcohol\w*|booze|offy|off[- ]licen[cs]e|vodka|wine|beer|"
    r"lager|cider|gin|whisky|whiskey|rum|pint|recovery|liquor|bottle)\b",
    re.IGNORECASE,
)
_LAPSED = re.compile(r"\b(?:relapsed|slipped up|fell off the wagon|messed up|drank)\b", re.I)
# A milestone or a joke, not a struggle: "6 months sober today, so proud", "lol".
_DRINK_FINE = re.compile(
    r"\b(?:proud|celebrat\w*|milestone|lol|haha|after work|of water|of juice|sober october|"
    r"dry january|for the drive)\b|🎉|🥳",
    re.IGNORECASE,
)


# Clean from a drug, told: "ive been clean from heroin 6 months", "3 months off the gear".
_CLEAN_FROM_DRUGS = re.compile(
    r"\b(?:clean|off|sober|stopped using|quit|not used|haven'?t used|havent used)\b.{0,25}\b"
    r"(?:heroin|gear|smack|opiates?|opioids?|fent\w*|oxy\w*|methadone|crack|coke|cocaine|"
    r"meth|spice|ket|ketamine|benzos?|drugs|using)\b|\b(?:heroin|opiates?|opioids?|crack|coke|"
    r"cocaine|meth|drugs?)\b.{0,25}\b(?:clean|free|recovery)\b",
    re.IGNORECASE,
)
# Used again, told after that: "i used last night", "i relapsed", "i slipped and used".
_USED_AGAIN = re.compile(
    r"^\W*(?:(?:so|well|um+|honestly|tbh|yeah|yh|and)\W+)*(?:i |i'?ve |ive |i have |just )?"
    r"(?:used|relapsed|slipped(?: up)?|went back on it|picked up again|scored)"
    r"(?:\s+(?:again|last night|today|tonight|yesterday|this morning|earlier))*"
    r"(?:\W+(?:again|tbh|honestly|lol|fr|and|but|i think)\b.*)?\W*$",
    re.IGNORECASE,
)


def clean_from_drugs(text: str) -> bool:
    """ "ive been clean from heroin 6 months": recovery from a drug, told."""
    return bool(_CLEAN_FROM_DRUGS.search(_plain(text)))


def used_again(text: str) -> bool:
    """ "i used last night", told soon after saying they were clean: a lapse, and tolerance
    is lower than it was (the risk of overdose is higher)."""
    return bool(_USED_AGAIN.match(_plain(text)))


def craving_told(text: str) -> str | None:
    """ "lapse" or "craving" in recovery from drink; None otherwise."""
    plain = _plain(text)
    if not (_CRAVING.search(plain) and _DRINK.search(plain)) or _DRINK_FINE.search(plain):
        return None
    return "lapse" if _LAPSED.search(plain) else "craving"


# Coming out, or not being seen as who they are: "im 16 and i think im gay", "deadname".
_COMING_OUT = re.compile(
    r"\b(?:i'?m|im|i am|i think i'?m|i think im|i might be|i'?m probably)\s+(?:\w+\s+)?"
    r"(?:gay|lesbian|bisexual|bi(?![- ]?(?:weekly|monthly|annual))|trans|transgender|queer|"
    r"non-?binary|nonbinary|asexual)\b(?!\s+(?:friend|mate|people|rights|bar|club))|"
    r"\bcame out (?:to|as)\b|\bcoming out (?:to|as)\b|\bdeadnam\w*\b|"
    r"\b(?:found out|know|knows|told (?:them|him|her|my \w+)) (?:that )?i'?m (?:gay|trans|bi|"
    r"lesbian|queer)\b",
    re.IGNORECASE,
)


def coming_out(text: str) -> bool:
    """Coming out told, or not being called by their name."""
    return bool(_COMING_OUT.search(_plain(text)))


# A baby who won't settle, told by a worn-out parent: "its 3am and the baby wont stop crying".
_BABY_CRYING = re.compile(
    r"\b(?:baby|newborn|little one|she|he)\b.{0,30}\b(?:won'?t|wont|will not|doesn'?t|does not|"
    r"can'?t|cant) (?:stop (?:crying|screaming)|settle|sleep)\b|\b(?:baby|newborn)\b.{0,20}\b"
    r"(?:crying|screaming) (?:for hours|all night|non ?stop|nonstop|constantly)\b",
    re.IGNORECASE,
)


_WORN_DOWN = re.compile(
    r"\b(?:\d{1,2} ?am|all night|for hours|hours|tried everything|everything|exhausted|so tired|"
    r"can'?t cope|cant cope|at my wits|losing it|breaking|help|desperate|crying too|in tears|"
    r"no sleep|haven'?t slept)\b",
    re.IGNORECASE,
)


def baby_wont_settle(text: str) -> bool:
    """A baby who won't stop crying or sleep, with no harm told."""
    plain = _plain(text)
    if not (_BABY_CRYING.search(plain) and re.search(r"\b(?:baby|newborn)\b", plain, re.I)):
        return False
    if not _WORN_DOWN.search(plain) or re.search(
        r"\b(?:lol|cute|loving|haha|brother|sister)\b", plain
    ):
        return False  # "baby won't sleep lol but she's so cute"
    return not (harm_told(plain) or harm_to_child(plain))


_GAMBLING = re.compile(
    r"\bchas\w* (?:my |the )?loss\w*|\bwin it (?:all )?back\b|\bgamstop\b|"
    r"\bblock (?:betting|gambling) (?:sites|apps)\b|"
    r"\b(?:gambl\w*|betting|bets|casino|slots|scratch ?cards|fruit machines?|bet365|roulette)\b"
    r"(?=.{0,60}\b(?:lost|losing|addict\w*|problem|can'?t stop|cant stop|stop me|debt|owe|rent|"
    r"borrow\w*|again|every penny|all my money|wages|savings|payday|loan)\b)|"
    r"\b(?:lost|blew|spent|gambled) (?:all )?(?:my |the )?(?:rent|wages|savings|money)\b.{0,30}"
    r"\b(?:gambl\w*|betting|bets|casino|slots|online|roulette)\b",
    re.IGNORECASE,
)


def gambling_told(text: str) -> bool:
    """Gambling that has become a problem: chasing losses, money gone, wanting to stop (not
    "casino night", nor a worried partner, nor "quit gambling 2 years ago today")."""
    plain = _plain(text)
    if re.search(
        r"\b(?:my|his|her) (?:husband|wife|partner|dad|mum|son|brother|boyfriend|"
        r"girlfriend)'?s? gambl",
        plain,
        re.IGNORECASE,
    ):
        return False
    if re.search(
        r"\b(?:quit|stopped|gave up) gambling\b.{0,30}\b(?:ago|today|years?|months?)\b",
        plain,
        re.IGNORECASE,
    ):
        return False
    return bool(_GAMBLING.search(plain))


def lived_topics(text: str) -> list[str]:
    """What in the message is OCD, drink recovery, coming out, a crying baby, gambling or a
    wish to cut down, in that order of precedence (met as what it is, not as a crisis)."""
    return [name for name, told in _LIVED if told(text)]


# Unwanted, frightening thoughts of harming someone, told as unwanted (OCD, after a birth).
_INTRUSIVE = re.compile(
    r"\bintrusive (?:thoughts?|images?)\b|"
    r"\b(?:thoughts?|images?|pictures?)\b.{0,30}\b(?:hurting|harming|stabbing|drowning|dropping|"
    r"shaking|killing|pushing)\b.{0,30}\b(?:my|the|our) (?:baby|newborn|son|daughter|child|kid|"
    r"partner|husband|wife|boyfriend|girlfriend|mum|mom|dad|dog|cat)\b.{0,80}\b(?:never|"
    r"wouldn'?t|would not|don'?t want to|scare[sd]? me|terrif\w*|horrif\w*|disgust\w*|"
    r"what'?s wrong with me|monster)\b",
    re.IGNORECASE,
)


# The same thoughts told as ones that keep coming: "i keep having really intense thoughts that
# i might hurt my baby", "i get these images of dropping her down the stairs".
# (what the thoughts are of, shared with the baby named only as "her" or "him", below)
_THOUGHTS_OF_HARMING = (
    r"\b.{0,25}\b(?:thoughts?|images?|pictures?|visions?|flashes)\b.{0,12}\b(?:that i (?:might|"
    r"could|may)|of (?:me )?|about (?:me )?|where i)\s*(?:accidentally |suddenly )?(?:hurt(?:ing|"
    r"s)?|harm(?:ing|s)?|drop(?:ping|s)?|drown(?:ing|s)?|shak(?:e|ing|es)|smother(?:ing|s)?|"
    r"stab(?:bing|s)?|suffocat\w+|throw(?:ing|s)?)"
)
_INTRUSIVE_COMING = re.compile(
    r"\b(?:keep (?:having|getting|thinking)|having|get|getting|i have|i'?ve (?:been )?(?:having|"
    r"getting)|these|scary|horrible|awful|dark|weird)"
    + _THOUGHTS_OF_HARMING
    + r"\b.{0,20}\b(?:my|the|our|her|him) (?:baby|newborn|son|daughter|child|kid|little one|"
    r"little boy|little girl)\b",
    re.IGNORECASE,
)
# The baby named only as "her" or "him", after a birth is told: "i had a baby 2 weeks ago and
# i keep getting thoughts of hurting her".
_INTRUSIVE_ABOUT_THE_BABY = re.compile(
    r"\b(?:keep (?:having|getting|thinking)|having|getting|i have|i'?ve (?:been )?(?:having|"
    r"getting)|these|scary|horrible|awful|dark|weird)"
    + _THOUGHTS_OF_HARMING
    + r" (?:her|him|them)\b",
    re.IGNORECASE,
)
_CHILD = re.compile(r"\b(?:baby|newborn|son|daughter|child|kid|little one)\b", re.IGNORECASE)


def intrusive_thoughts(text: str) -> bool:
    """ "intrusive thoughts about stabbing my partner, i'd never act on it": frightening
    thoughts told as unwanted; met with what they are, not as a wish to harm."""
    plain = _plain(text)
    told = (
        _INTRUSIVE.search(plain)
        or _INTRUSIVE_COMING.search(plain)
        or (new_parent(plain) and _INTRUSIVE_ABOUT_THE_BABY.search(plain))
    )
    return bool(told) and not re.search(
        r"\b(?:want to|wanna|going to|gonna|will|about to) (?:hurt|kill|harm)\b|"
        r"\b(?:already|i) (?:hurt|hit|shook|dropped|smothered) (?:my|the|her|him)\b",
        plain,
        re.IGNORECASE,
    )


def intrusive_about_a_child(text: str) -> bool:
    """Unwanted thoughts of harming their own baby or child (see `intrusive_thoughts`)."""
    return intrusive_thoughts(text) and _CHILD.search(_plain(text)) is not None


# Just after telling of such thoughts: that they'd never act, that the thoughts frighten them,
# or whether that makes them a bad parent ("am i a bad mum", "they just pop in my head").
_INTRUSIVE_MORE = re.compile(
    r"\b(?:(?:would|could|will) never|wouldn'?t ever|would not ever|never (?:would|could))\b|"
    r"\bpop(?:s|ping)? (?:in|into) my head\b|\bcome out of nowhere\b|\bterrif\w*|"
    r"\bscar(?:es|ed|y)\b|\bhorrif\w*|\bdisgust\w*|\bmonster\b|\bevil\b|"
    r"\bwhat'?s wrong with me\b|\bam i (?:a )?(?:bad|terrible|awful|horrible|dangerous|crazy|mad|"
    r"going mad|psycho|sick)\b|\b(?:bad|terrible|awful|horrible|unfit|useless) (?:mum|mom|"
    r"mother|mam|dad|father|parent|person)\b|\b(?:take|taken) (?:her|him|them|my baby|the baby) "
    r"(?:away|off me)\b|\bsocial services\b|\bwill i (?:do|act on) it\b",
    re.IGNORECASE,
)


def intrusive_more(text: str) -> bool:
    """More about unwanted thoughts just told of: fear of them, "i'd never", "am i a bad mum",
    with no crisis of their own told and no harm done."""
    plain = _plain(text)
    if crisis_kind(plain) or re.search(
        r"\b(?:want to|wanna|going to|gonna|about to) (?:hurt|kill|harm)\b|"
        r"\b(?:i|already) (?:hurt|hit|shook|dropped|smothered) (?:her|him|them|my|the)\b",
        plain,
        re.IGNORECASE,
    ):
        return False
    return _INTRUSIVE_MORE.search(plain) is not None


def old_scars_told(text: str) -> bool:
    """Healed self-harm scars, told as the past: met with care, not the crisis answer."""
    plain = _plain(text)
    return (
        bool(_OLD_SCAR.search(plain))
        and not _NOT_SELF_HARM_SCAR.search(plain)
        and not _HARM_AGAIN.search(plain)
        and not is_milestone(plain)  # "a year sh free!": celebrated, and asked gently
        and nothing_worrying(plain)
    )


# Stuck in a ketamine dissociation ("a k-hole"): keep still and safe, and never alone.
_K_HOLE = re.compile(
    r"\bk[- ]?hol(?:e|es|ed|ing)\b|"
    r"\b(?:too much|way too much|a lot of|loads of|so much) (?:ket|ketamine|special k)\b|"
    r"\b(?:ket|ketamine|special k)\b.{0,50}\b(?:can'?t (?:move|walk|feel my (?:legs|body|arms))|"
    r"stuck|out of my body|melting|floating|too much|too strong)\b",
    re.IGNORECASE,
)


# Drunk or high right now, told of themself: "im so high rn lol", "soooo im a bit drunk lol".
_UNDER_THE_INFLUENCE = re.compile(
    r"(?:^\W*|\b(?:i'?m|im|i am|i'?m getting|im getting|i got|got|feeling|i feel|feel)\s+)"
    r"(?:(?:so+|s+o+|really|rly|proper|properly|well|hella|mad|super|very|a bit|a little|"
    r"kinda|kind of|quite|pretty|absolutely|fully|fucking|fkn|literally|lowkey|still|way|just|"
    r"bare)\s+)*(?P<what>drunk|wasted|hammered|tipsy|plastered|mortal|rat-?arsed|high|stoned|"
    r"baked|blazed|zooted|tripping|trippin|munted|off my (?:face|head|tits|nut))\b"
    r"(?!\s+(?:on life|at work|with (?:my|the) (?:boss|job|work)|off|about|at (?:him|her|them|"
    r"you|me)|with (?:him|her|them|you|me)|of|up|school|expectations|standards?|hopes|alert|"
    r"risk|chance|score|grades?|marks?|ground|rise)\b)",
    re.IGNORECASE,
)
# Said of someone else, of the past, or as a plan: not the writer drunk or high now.
_NOT_NOW_INFLUENCE = re.compile(
    r"\b(?:last (?:night|week|weekend)|yesterday|was (?:so |really )?(?:drunk|high)|were "
    r"(?:drunk|high)|when i was|tomorrow|tonight(?! lol)|gonna get|going to get|want to get|"
    r"wanna get|(?:he|she|they|my \w+) (?:is|was|'s|are|were|got)|hungover|hangover|pissed off|"
    r"pissed at|pissed with|high school|high street|sugar high|high on life|high (?:blood|fever|"
    r"temperature)|cooked (?:dinner|tea|lunch|food|for)|fried (?:egg|chicken|rice)|baked "
    r"(?:a|some|cookies|bread|cake|beans|potato))\b",
    re.IGNORECASE,
)
_DRINK_WORDS = re.compile(r"\b(?:drunk|wasted|hammered|tipsy|plastered|mortal|rat-?arsed)\b", re.I)
# A means, a wheel or something taken beside it: not met as a night out.
_INFLUENCE_AND_DANGER = re.compile(
    r"\b(?:pills?|tablets?|meds|paracetamol|xanax|benzos?|valium|diazepam|codeine|tramadol|"
    r"knife|blade|razor|rope|bridge|roof|train tracks?|driv\w*|drove|behind the wheel|"
    r"took|taken|swallowed|overdos\w*|od'?d|hurt|hit|hurting|attacked|spiked|followed|"
    # a height, water or being held: "by the river with one leg over the rail", "someone
    # won't let me leave"
    r"river|canal|sea|lake|cliff|ledge|edge|rails?|railings?|balcony|motorway|platform|"
    r"won'?t let me (?:leave|go|out)|wont let me|locked (?:me )?in|trapped|stranger)\b",
    re.IGNORECASE,
)


def under_the_influence(text: str) -> str | None:
    """ "drunk" or "high": told of themself, now, with nothing of a crisis beside it (too much
    weed and a k-hole have answers of their own); None otherwise."""
    plain = _plain(text)
    told = _UNDER_THE_INFLUENCE.search(plain)
    if not told or _NOT_NOW_INFLUENCE.search(plain) or _INFLUENCE_AND_DANGER.search(plain):
        return None
    if harm_told(plain):
        return None
    if crisis_kind(plain) or is_doubtful(plain) or _GREENING.search(plain) or _K_HOLE.search(plain):
        return None
    return "drunk" if _DRINK_WORDS.match(told.group("what")) else "high"


def drunk_now(text: str) -> bool:
    """Drunk, told of themself now: safety for that state, and asked how they are."""
    return under_the_influence(text) == "drunk"


def high_now(text: str) -> bool:
    """High, told of themself now: safety for that state, and asked how they are."""
    return under_the_influence(text) == "high"


# How it feels, told soon after saying they are drunk or high: "im kinda scared actually",
# "like everything is melting", "im at home alone".
_INFLUENCE_FEAR = re.compile(
    r"\b(?:scared|scary|frightened|afraid|terrified|paranoid|panick?\w*|freak(?:ing|ed)? out|"
    r"anxious|weird|strange|wrong|melting|spinning|spin|heart(?:'s| is)? (?:racing|pounding|"
    r"going)|can'?t breathe|cant breathe|sick|throwing up|shaking|not ok|not okay|bad trip)\b",
    re.IGNORECASE,
)
_INFLUENCE_ALONE = re.compile(
    r"\b(?:alone|on my own|by myself|no ?one (?:is )?(?:here|with me|around)|nobody (?:is )?"
    r"(?:here|with me|around)|(?:everyone|they all|my mates|my friends) (?:left|went|gone))\b",
    re.IGNORECASE,
)


_INFLUENCE_AGAIN = re.compile(
    r"\b(?:drunk|wasted|hammered|tipsy|plastered|high|stoned|baked|zooted|tripping|off my "
    r"(?:face|head))\b",
    re.IGNORECASE,
)


def after_influence(text: str) -> dict[str, bool] | None:
    """Fear, being on their own or how drunk or high, told after saying they are drunk or
    high: which ({"scared": .., "alone": .., "again": ..}); None when none of them, or when a
    crisis is told in it."""
    plain = _plain(text)
    if crisis_kind(plain) or is_doubtful(plain) or harm_told(plain):
        return None
    scared = _INFLUENCE_FEAR.search(plain) is not None
    alone = _INFLUENCE_ALONE.search(plain) is not None
    # "like really drunk", "sooo high": said again, and how much
    again = len(plain.split()) <= 5 and _INFLUENCE_AGAIN.search(plain) is not None
    if not (scared or alone or again):
        return None
    return {"scared": scared, "alone": alone, "again": again}


def greening_out(text: str) -> bool:
    """Too much cannabis, told as it happens: harm reduction, not the crisis script."""
    plain = _plain(text)
    return bool(_GREENING.search(plain)) and not crisis_kind(plain) and not is_doubtful(plain)


def in_a_k_hole(text: str) -> bool:
    """A ketamine k-hole, told as it happens: keep safe and still until it passes."""
    plain = _plain(text)
    return bool(_K_HOLE.search(plain)) and not crisis_kind(plain) and not is_doubtful(plain)


# The world, or themself, felt as unreal, told as it happens: "nothing feels real right now and
# im scared", "i feel like im not in my body", "like im watching my life through a screen".
# Derealisation, common with panic, stress and exhaustion: grounding, not the danger question.
_UNREAL = re.compile(
    r"\bnothing (?:feels?|seems?|looks?) real\b|"
    r"\b(?:everything|the world|it all|things|everyone|people|my life|life|the room|my body|"
    r"my hands|myself|me)\s+(?:feels?|seems?|looks?)\s+(?:(?:so|really|kinda|kind of|a bit|"
    r"weird(?:ly)?|strange(?:ly)?|all|just)\s+)*(?:unreal|fake|not real|like (?:a|it'?s a|"
    r"i'?m in a|im in a) (?:dream|movie|film|simulation|video game)|dreamlike|far away|foggy|"
    r"muffled|like it'?s not mine|like it isn'?t mine|like (?:it|they) (?:aren'?t|arent|isn'?t|"
    r"isnt) (?:mine|real))\b|"
    r"\b(?:i|i'?m|im|i am)\s+(?:(?:feel|feeling|felt|keep feeling|just feel)\s+)?(?:like\s+)?"
    r"(?:(?:i'?m|im|i am|i'?m not|im not|i am not)\s+)?(?:not real|don'?t feel real|dont feel real|"
    r"not in my (?:own )?body|outside (?:of )?my (?:own )?body|floating outside (?:of )?"
    r"(?:my|me)\w*|watching myself from (?:outside|above|behind)|detached from (?:myself|my body|"
    r"reality|my own body|everything around me))\b|"
    r"\b(?:i|i'?m|im)\s+(?:don'?t|dont|do not) feel real\b|"
    r"\blike (?:i'?m|im|i am) (?:watching|living in) (?:a |my life (?:in|through|on|like) (?:a )?)?"
    r"(?:movie|film|dream|simulation|screen)\b|"
    r"\b(?:watching|living) my (?:own )?life (?:through|on|from|like) (?:a |the )?(?:screen|glass|"
    r"window|outside|movie|film)\b|"
    r"\b(?:de-?reali[sz]ation|de-?personali[sz]ation|dpdr|dp/dr)\b",
    re.IGNORECASE,
)
# Unreal as good news or praise: "it still doesn't feel real that we won", "the view was unreal".
_UNREAL_GLAD = re.compile(
    r"\b(?:won|passed|got the|got in|engaged|married|pregnant|promoted|graduat\w*|amazing|"
    r"incredible|happy|excited|proud|best|dream come true|so good|cant believe (?:i|we)|"
    r"can'?t believe (?:i|we)|birth|born|holiday|concert|gig)\b|"
    # someone else's: "my girlfriend says nothing feels real to her"
    r"\b(?:says?|said|tells? me|told me)\b|\bto (?:her|him|them)\b",
    re.IGNORECASE,
)


def feels_unreal(text: str) -> bool:
    """The world or themself felt as unreal, told as it happens, with no harm, doubt, good
    news, loss or someone else in it: grounding, and what it is (derealisation)."""
    plain = _plain(text)
    return (
        bool(_UNREAL.search(plain))
        and not _UNREAL_GLAD.search(plain)
        and not tells_a_loss(plain)  # "nothing feels real since mum died": grief, heard as such
        and not harm_told(plain)
        and not crisis_kind(plain)
        and not is_doubtful(plain)
        and not is_third_party(plain)
    )


# Wanting to cut down or stop: "i want to stop drinking", "how do i quit vaping", "trying to
# cut down on weed". A health goal, met with support and the line that helps with it.
_HABITS: tuple[tuple[str, str], ...] = (
    # (not "drinking coffee", "fizzy drinks" or "drinking so much water")
    (
        "drink",
        r"(?:drinking|the drink|drink|alcohol|booze|the booze|the bottle)(?! (?:coffee|tea|"
        r"fizzy|pop|soda|coke|energy|diet|caffeine|milk|water|juice|so much (?:coffee|tea|water|"
        r"pop|soda|coke)))",
    ),
    (
        "weed",
        r"(?:smoking )?(?:weed|cannabis|skunk|spliffs?|joints|edibles|thc|the weed)|smoking pot",
    ),
    ("smoking", r"smoking|smoke|cigarettes|cigs|fags|the fags|tobacco|nicotine|rollies"),
    ("vaping", r"vaping|vape|the vape|my vape|juuling|elf ?bars?"),
    ("gambling", r"gambling|gamble|betting|the bets|online betting|slots|the slots|scratch ?cards"),
    (
        "drugs",
        r"(?:doing |taking |using |sniffing )(?:drugs|coke|cocaine|ket|ketamine|mdma|speed|crack|"
        r"heroin|nos|balloons)|drugs|cocaine|ketamine|crack|heroin",
    ),
)
_CUT_VERB = (
    r"(?:stop|quit|give up|cut down(?: on)?|cut back(?: on)?|kick|pack in|cut out|lay off|"
    r"get off|come off)"
)
# Said of themself: "i want to", "im trying to", "how do i", "help me", or opening the message.
_CUT_DOWN_SAID = (
    r"(?:^\W*|\b(?:i|i'?m|im|i am|i'?ve|ive|i have|i'?d|id|i really|i just|me|really|"
    r"finally)\s+)(?:(?:really|just|finally|seriously|honestly|desperately|so|badly)\s+)*"
    r"(?:want|wanna|need|trying|try|tryna|going|gonna|ready|planning|plan|decided|hoping|"
    r"determined|like|would like|'d like|have|got|am going)\s+(?:to\s+)?(?:(?:finally|really|"
    r"properly|actually|try and|try to|just)\s+)*" + _CUT_VERB + r"\s+|"
    r"\bhow (?:do|can|should|would|could) i (?:\w+ )?" + _CUT_VERB + r"\s+|"
    r"\bhelp (?:me )?(?:to )?" + _CUT_VERB + r"\s+|\b(?:tips|advice|help|support) (?:for|on|"
    r"with|about) (?:quitting|stopping|giving up|cutting down(?: on)?|cutting back(?: on)?|"
    r"kicking)\s+|"
    r"\b(?:i'?m|im|i am) (?:finally |trying |going )?(?:quitting|stopping|giving up|"
    r"cutting down(?: on)?|cutting back(?: on)?|packing in)\s+"
)
_CUT_DOWN = tuple(
    (what, re.compile(rf"(?:{_CUT_DOWN_SAID})(?:my |the )?(?:{words})\b", re.IGNORECASE))
    for what, words in _HABITS
)
# "i drink too much", "i need to drink less": the same goal, said the other way round.
_LESS = re.compile(
    r"\b(?:i|i'?m|im)\s+(?:really\s+)?(?:need to|want to|wanna|should|have to|trying to)\s+"
    r"(?P<verb>drink|smoke|vape|gamble)\s+less\b|"
    r"\bi (?P<verb2>drink|smoke|vape|gamble) (?:way |far )?too much\b(?! (?:coffee|tea|water|"
    r"pop|coke|fizzy|caffeine|energy))|"
    r"\bi (?:want|need) to (?:get|be|stay) sober\b",
    re.IGNORECASE,
)
_LESS_WHAT = {"drink": "drink", "smoke": "smoking", "vape": "vaping", "gamble": "gambling"}
# Stopped already, or someone else's habit: "quit smoking 2 years ago", "my dad needs to stop".
_CUT_DOWN_NOT = re.compile(
    r"\b(?:quit|stopped|gave up|packed in) (?:\w+ ){0,2}(?:years?|months?|weeks?|days?) ago\b|"
    r"\b(?:my|his|her|their) (?:\w+ )?(?:husband|wife|partner|dad|father|mum|mom|mother|son|"
    r"daughter|brother|sister|friend|mate|boyfriend|girlfriend|bf|gf)\b.{0,30}\b(?:wants?|"
    r"needs?|is trying|keeps trying|won'?t)\b",
    re.IGNORECASE,
)


# A habit owned as a problem: "i think i might have a drinking problem", "im addicted to weed",
# "i think im an alcoholic", "i relapsed on weed". Not a phone, coffee or a TV series.
_OWNED_WHAT = (
    ("drink", r"drinking|drink|alcohol|booze"),
    ("weed", r"weed|cannabis|skunk|smoking weed|edibles|thc"),
    ("gambling", r"gambling|betting|slots|scratch ?cards"),
    ("vaping", r"vaping|vapes?|my vape|elf ?bars?"),
    ("smoking", r"smoking|cigarettes|cigs|nicotine|fags"),
    ("drugs", r"drugs?|coke|cocaine|ket|ketamine|crack|heroin|painkillers|codeine|pills|mdma"),
)
_OWNED = tuple(
    (
        what,
        re.compile(
            r"\b(?:i'?ve got|ive got|i have|i(?: might| may| could)? have|i'?ve developed|ive "
            r"developed|i(?: think)?(?: i)? (?:might|may) have) (?:a |an )?(?:serious |real |bit "
            rf"of an? |big |massive |proper )?(?:{words}) (?:problem|issue|addiction)\b|"
            r"\b(?:i'?m|im|i am)(?: \w+)? (?:addicted|hooked) (?:to|on) (?:my |the )?"
            rf"(?:{words})\b|"
            # "i relapsed on weed", "slipped up with the gambling again"
            r"\b(?:i )?(?:relapsed|slipped(?: up)?|fell off the wagon) (?:again )?(?:on|with) "
            rf"(?:my |the |some )?(?:{words})\b",
            re.IGNORECASE,
        ),
    )
    for what, words in _OWNED_WHAT
)
_ALCOHOLIC = re.compile(
    r"\b(?:i'?m|im|i am)(?: \w+)? (?:an alcoholic|(?:becoming|turning into) an alcoholic|an "
    r"addict)\b",
    re.IGNORECASE,
)


def habit_owned(text: str) -> str | None:
    """A habit owned as a problem, said of themself ("drink", "weed", "gambling", "vaping",
    "smoking", "drugs"); None otherwise."""
    plain = _plain(text)
    if _CUT_DOWN_NOT.search(plain) or is_third_party(plain):
        return None
    if _ALCOHOLIC.search(plain):
        return "drugs" if "addict" in plain.lower() and "alcohol" not in plain.lower() else "drink"
    return next((what for what, pattern in _OWNED if pattern.search(plain)), None)


def cutting_down(text: str) -> str | None:
    """What they want to cut down on or stop ("drink", "smoking", "vaping", "gambling",
    "weed", "drugs"), said of themself or owned as a problem; None otherwise."""
    plain = _plain(text)
    if _CUT_DOWN_NOT.search(plain):
        return None
    owned = habit_owned(plain)
    if owned:
        return owned
    less = _LESS.search(plain)
    if less:
        verb = less.group("verb") or less.group("verb2")
        return _LESS_WHAT[verb.lower()] if verb else "drink"
    return next((what for what, pattern in _CUT_DOWN if pattern.search(plain)), None)


# Parts of life met with their own answer, in order of precedence (see lived_topics).
# Drinking a lot, told of themself: "ive been drinking every night to get to sleep, like a
# bottle of wine", "i drink to cope", "a bottle of wine a night". Not water, tea or coffee.
_HEAVY_DRINKING = re.compile(
    r"\b(?:i'?ve been|ive been|i have been|i'?m|im|i am|i keep|i)\s+(?:\w+\s+)?"
    r"(?:drinking|"
    r"drink|drank)\s+(?:(?:a|half a|about a|like a|nearly a) (?:whole )?bottle|bottles|every "
    r"(?:single )?(?:night|day|evening)|each (?:night|day)|(?:most|all) (?:nights|days)|to "
    r"(?:get to sleep|sleep|cope|forget|numb|switch off|feel (?:ok|okay|normal|nothing|better)|"
    r"get through)|(?:alone|on my own) (?:every|most|each)|more and more|heavily|"
    r"(?:way |far )?more than i should)\b|"
    r"\b(?:a|half a|one|two|\d+) (?:bottles? of (?:wine|vodka|gin|whisky|whiskey|rum)|cans|"
    r"pints|beers|bottles) (?:a|every|each) (?:night|day|evening)\b",
    re.IGNORECASE,
)
_SOFT_DRINK = re.compile(
    r"\b(?:water|tea|coffee|milk|juice|squash|pop|coke|smoothies?|energy drinks?|caffeine|"
    r"fizzy|soda|decaf)\b",
    re.IGNORECASE,
)


# A bottle of spirits drunk now, not a habit told: "i drank a whole bottle of vodka and i'm
# alone" (alcohol poisoning is a danger; left to the model and the crisis answer).
_BOTTLE_DOWNED = re.compile(
    r"\b(?:drank|drunk|downed|necked|finished|had)\b.{0,20}\b(?:a |the |half a |most of a )?"
    r"(?:whole |full |entire )?bottle of (?:vodka|gin|whisky|whiskey|rum|tequila|spirits|jager\w*|"
    r"brandy|absinthe)\b(?!.{0,40}\b(?:every|each|a (?:night|day|week)|most (?:nights|days))\b)",
    re.IGNORECASE,
)


def heavy_drinking(text: str) -> bool:
    """A lot of drink told of themself, to sleep or to cope, with no word of harm or of
    wanting to stop (cutting down has its own answer) and nothing worrying beside it."""
    plain = _plain(text)
    return (
        bool(_HEAVY_DRINKING.search(plain))
        and not _BOTTLE_DOWNED.search(plain)
        and not _SOFT_DRINK.search(plain)
        and not _CUT_DOWN_NOT.search(plain)
        and not harm_told(plain)
        and not crisis_kind(plain)
        and not is_doubtful(plain)
        and not is_third_party(plain)
    )


_LIVED: tuple[tuple[str, Callable[[str], object]], ...] = (
    ("ocd", ocd_told),
    ("craving", craving_told),
    ("coming_out", coming_out),
    ("crying_baby", baby_wont_settle),
    ("gambling", gambling_told),
    ("cutting_down", cutting_down),
    ("heavy_drinking", heavy_drinking),
    ("old_scars", old_scars_told),
    ("greening_out", greening_out),
    ("k_hole", in_a_k_hole),
    ("drunk_now", drunk_now),
    ("high_now", high_now),
    ("unreal", feels_unreal),
)
