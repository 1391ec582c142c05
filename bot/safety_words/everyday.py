"""Everyday hurt: heartbreak, dread of an ordinary event, illness news, money, a life plan.

These are hard things to hear out, not a crisis to ask about, but only with no word of harm, doubt
or crisis beside them; `bot/safety.py` also limits them by how sure the model is
(`docs/safety.md`).
"""

from __future__ import annotations

import re

from bot.safety_words.crisis import crisis_kind
from bot.safety_words.doubt import is_doubtful, nothing_worrying, wants_to_follow_them
from bot.safety_words.others import tells_a_loss
from bot.safety_words.past import is_milestone
from bot.safety_words.text import _HARM_NOT_FEAR, _HARM_WORDS, _plain, _without_harm, harm_told

# Heartbreak told plainly: "he cheated on me and left", "she says she doesnt love me anymore".
_HEARTBREAK = re.compile(
    r"\b(?:cheat(?:ed|ing)? on me|broke up with me|dumped me|left me|walked out|"
    r"(?:doesn'?t|does not|dont|don'?t) love me(?: any ?more)?|(?:got|been|was|just got) dumped|"
    r"(?:fell|falling) out of love|"
    r"we (?:broke|split) up|ended (?:things|it) with me|ghosted me|(?:got|been|was|being) "
    r"ghosted|wants? a divorce|"
    r"asked (?:me )?for a divorce|found someone else|seeing someone else|(?:has|had) an affair|"
    r"(?:don'?t|dont|doesn'?t|doesnt|do not|does not|won'?t|wont) approve of (?:me|us|our "
    r"relationship|(?:my|our) (?:boyfriend|girlfriend|partner|bf|gf|fianc[eé]e?|husband|wife|"
    r"relationship))|"
    # the silence after a row: "he isn't talking to me properly since the argument"
    r"(?:isn'?t|isnt|is not|hasn'?t|hasnt|has not|won'?t|wont|not|stopped) (?:really )?"
    r"(?:talking|speaking|spoken|talked) (?:to|with) me|silent treatment|ignoring me)\b",
    re.IGNORECASE,
)
# Pressure at work: "my boss keeps giving me more and more and i cant keep up".
_AT_WORK = re.compile(
    r"\b(?:boss|manager|supervisor|line manager|team lead|at work|my job|work (?:is|has been|"
    r"keeps|just)|work'?s|office|clients?|colleagues?|co-?workers?)\b",
    re.IGNORECASE,
)


def about_work(text: str) -> bool:
    """A boss, colleagues or the job named: "my boss keeps piling more work on me"."""
    return _AT_WORK.search(_plain(text)) is not None


_WORK_PRESSURE = re.compile(
    r"\b(?:more and more|on my back|piling (?:it |stuff |things |work )?on|keeps? (?:giving|"
    r"adding|dumping|piling)|(?:can'?t|cant|cannot) keep up|too much work|workload|deadlines?|"
    r"micromanag\w*|overworked|understaffed|breathing down my neck|(?:can'?t|cant) do anything "
    r"right|never (?:good )?enough for (?:him|her|them))\b",
    re.IGNORECASE,
)
# Hurt feelings in so many words ("honestly it hurts", "that really hurt"): heartbreak's own
# words, not harm done to them.
_FEELINGS_HURT = re.compile(
    r"\b(?:it|that|this|which) (?:really |honestly |just |still |kinda |so )*hurts?\b|"
    r"\bhurts? (?:my feelings|so much|like hell|a lot)\b|"
    r"\b(?:i'?m|im|i am|i feel|feeling|felt|i was) (?:so |really |very |a bit |kinda )*hurt\b",
    re.IGNORECASE,
)
# Dread of an ordinary event: "i have a presentation at work tomorrow and im terrified".
_DREAD_OF = re.compile(
    r"\b(?:presentation|exams?|test|interview|results|flight|flying|surgery|operation|"
    r"appointment|dentist|meeting|speech|deadline|first day|date|party|wedding|audition|viva|"
    r"smear|scan|mocks?|gcses?|a-?levels|finals|court|hearing|driving test|new job|new school|"
    r"performance|recital|match|race|assessment|review|appraisal|inspection|placement|funeral|"
    r"memorial|cremation|inquest)\b",
    re.IGNORECASE,
)
_DREAD = re.compile(
    r"\b(?:terrified|scared|nervous|anxious|dreading|panick(?:ing|y)|freaking out|bricking it|"
    r"shitting it|so worried|petrified|frightened|stressing|stressed|(?:can'?t|cant|cannot) "
    r"face (?:it|going))\b",
    re.IGNORECASE,
)
# News about an illness: "they said the cancer is back", "mum's been diagnosed with dementia".
_ILLNESS_NEWS = re.compile(
    r"\b(?:cancer|tumou?r|diagnos\w*|biopsy|chemo\w*|radiotherapy|(?:scan|test|blood) results|"
    r"terminal|dementia|alzheimer'?s|parkinson'?s|motor neurone|leukaemia|leukemia|lymphoma|"
    r"in (?:hospital|intensive care|icu|a&e)|palliative|hospice|(?:had|has) a stroke|"
    r"heart failure|kidney failure|ms diagnosis|miscarr\w*)\b",
    re.IGNORECASE,
)


# Good news about an illness: "im cancer free", "the lump was benign".
_GOOD_HEALTH_NEWS = re.compile(
    r"\b(?:cancer[- ]free|in remission|all clear|benign|clear scan|scan was clear|not cancer|"
    r"came back (?:clear|negative|fine|normal)|negative)\b",
    re.IGNORECASE,
)
_NEWLY_ILL = re.compile(
    r"\b(?:malignant|(?:it'?s|its|i have|i'?ve got|ive got|diagnosed with|he has|she has) "
    r"(?:ms|diabetes|epilepsy|lupus|crohn'?s|colitis|hiv|parkinson'?s|dementia|cancer|"
    r"leukaemia|leukemia|a tumou?r|endometriosis|arthritis|fibromyalgia|heart failure))\b",
    re.IGNORECASE,
)


# A relief about health: out of hospital, the all clear. (Not a bare "negative".)
_HEALTH_RELIEF = re.compile(
    r"\b(?:cancer[- ]free|in remission|all clear|clear scan|scan was clear|not cancer|(?:out of|"
    r"home from|discharged from|back from) (?:the )?hospital|(?:been|got|was|is) discharged)\b",
    re.IGNORECASE,
)


def health_relief_only(text: str) -> bool:
    """A relief about someone's health ("my dad's finally out of hospital"), with no harm,
    crisis or doubtful word beside it."""
    plain = _plain(text)
    told = _HEALTH_RELIEF.search(plain) is not None
    return told and nothing_worrying(plain) and not _HARM_NOT_FEAR.search(plain)


def good_health_news(text: str) -> bool:
    """Good news about an illness: "im cancer free", "the lump was benign"."""
    return bool(_GOOD_HEALTH_NEWS.search(_plain(text)))


def illness_news(text: str) -> bool:
    """Bad news about an illness just told: "scan results came back, its ms"."""
    plain = _plain(text)
    if _GOOD_HEALTH_NEWS.search(plain):
        return False
    return bool(_NEWLY_ILL.search(plain) or _ILLNESS_NEWS.search(plain))


# A home at risk: "my landlord is evicting me", "section 21", "the landlord wants us out by the
# end of the month", "we might end up homeless".
_HOUSING_AT_RISK = (
    r"\bevict\w*|\bsection 21\b|\bnotice to quit\b|"
    r"\blandlord\b.{0,30}\b(?:wants? (?:us|me) out|kick\w*|throw\w*|selling|us out|me out|"
    r"notice)\b|\b(?:going to|gonna|about to|could|might|will) (?:be|end up|become) homeless\b"
)
HOUSING_AT_RISK = re.compile(_HOUSING_AT_RISK, re.IGNORECASE)
_MONEY_TROUBLE = re.compile(
    r"\b(?:bailiffs?|debt collectors?|enforcement agents?|ccj|final demand|repossess\w*|"
    r"in arrears|overdrawn|payday loans?)\b|" + _HOUSING_AT_RISK,
    re.IGNORECASE,
)


# Things that break down: "got home and the boiler's broken", "car wouldnt start".
_MISHAP = re.compile(
    r"\b(?:boiler|car|phone|laptop|computer|washing machine|washer|fridge|freezer|heating|"
    r"wifi|internet|tv|telly|dishwasher|oven|cooker|kettle|bike|van|shower|toilet|printer|"
    r"train|bus)(?:'s| is| has| was)? (?:broken|broke|bust|died|dead|packed (?:in|up)|stopped "
    r"working|won'?t start|wont start|wouldn'?t start|wouldnt start|not working|kaput|"
    r"cancell?ed|delayed)\b",
    re.IGNORECASE,
)
# Held up on the road: "been sat on the m25 for 2 hours", "stuck in traffic since 5".
_HELD_UP = re.compile(
    r"\b(?:sat|sitting|stuck|queuing|queueing|crawling|parked) (?:on|in) (?:the |this |a )?"
    r"(?:m\d{1,2}|a\d{1,4}|motorway|traffic|jam|tailbacks?|queue|ring ?road|roadworks|diversion)\b",
    re.IGNORECASE,
)
# An end thought of on the road: "sat in traffic thinking of ending it", "drive off the bridge".
_ROAD_DANGER = re.compile(
    r"\b(?:end\w*|die|dying|dead|death|jump\w*|drive off|drive into|crash\w*|swerve\w*|bridge|"
    r"over|gone|pointless|kill\w*|hurt\w*)\b",
    re.IGNORECASE,
)
# Behind with study or work: "i havent revised enough", "so behind on coursework".
_BEHIND = re.compile(
    r"\b(?:haven'?t|havent|have not|didn'?t|didnt|not) (?:revised|studied|prepared|practised|"
    r"practiced|done (?:enough|any|my|the) (?:revision|work|homework|coursework|reading|"
    r"prep))(?: enough| at all| properly)?\b|\b(?:behind (?:on|with)|so much) (?:revision|"
    r"coursework|homework|assignments?|essays?|deadlines|work|studying)\b|\b(?:going to|gonna|"
    r"will) fail (?:the|my|this) (?:exam|test|module|course|year|resit|assignment)\b",
    re.IGNORECASE,
)
# Something taken, or slipped into a drink: "i took something at a party and i'm freaking
# out" is not dread of a party.
_SOMETHING_TAKEN = re.compile(
    r"\b(?:took|taken|swallowed|snorted|dropped|had|drank|smoked|given|gave me)\b.{0,20}\b(?:"
    r"something|some ?thing|pills?|tablets?|a pill|drugs?|molly|mdma|md|ket|coke|acid|shrooms|"
    r"edibles?|a tab|tabs|xans?|xanax|spice|too much)\b|\bspiked\b",
    re.IGNORECASE,
)


def everyday_hurt_only(text: str) -> bool:
    """Heartbreak, dread of an ordinary event, news of an illness, or something unkind said of
    them, with no harm, danger or wish to die in it: a hard thing to hear out, not a crisis to
    ask about."""
    plain = _plain(text)
    if is_doubtful(plain) or crisis_kind(plain):
        return False
    if _HARM_NOT_FEAR.search(_FEELINGS_HURT.sub(" ", plain)):
        return False
    if _SOMETHING_TAKEN.search(plain):
        return False
    if _ILLNESS_NEWS.search(plain) and _WISHED_FOR.search(plain):
        return False  # "if i got cancer i'd be relieved": a wish, asked about
    dread = bool(_DREAD_OF.search(plain) and _DREAD.search(plain))
    money = bool(_MONEY_TROUBLE.search(plain))  # "bailiffs are coming on monday"
    held_up = bool(_HELD_UP.search(plain)) and not _ROAD_DANGER.search(plain)
    mishap = bool(_MISHAP.search(plain) or _BEHIND.search(plain) or held_up)
    work = bool(_AT_WORK.search(plain) and _WORK_PRESSURE.search(plain))
    told = dread or money or mishap or work or bool(_HURT_FEELINGS.search(plain))
    told = told or _called_names_once(plain)
    return told or bool(_HEARTBREAK.search(plain)) or illness_news(plain)


# Feelings hurt, said in those words: "he hurt my feelings so bad but i'm over it now".
_HURT_FEELINGS = re.compile(r"\bhurt(?:s|ing)? my feelings\b", re.IGNORECASE)
# Something unkind said of them, once: "she said i was selfish", "he called me annoying". (Said
# again and again, "he calls me stupid every day", it is read as the model reads it.)
_CALLED_NAMES = re.compile(
    r"\b(?:said|says|called|call|told me|tells me|thinks|reckons|accused me of being)(?: that)?"
    r"(?: i'?m| im| i am| i was| me| i'?m being| im being| i was being| i'?d been)?(?: (?:a|an|so|"
    r"such an?|really|too|being|just|kind of|kinda|basically))* (?:selfish|lazy|stupid|dumb|"
    r"useless|annoying|boring|fat|ugly|weird|cringe|dramatic|(?:too )?sensitive|childish|immature|"
    r"rude|mean|clingy|needy|fake|toxic|two[- ]faced|attention[- ]seeking|bad (?:person|friend|"
    r"mum|mom|dad|mother|father|sister|brother|daughter|son|girlfriend|boyfriend)|(?:terrible|"
    r"horrible|rubbish|crap|shit|awful) (?:person|friend)|liar|loser|idiot|disappointment)\b",
    re.IGNORECASE,
)
_AGAIN_AND_AGAIN = re.compile(
    r"\b(?:keeps?|always|every (?:day|time|night)|all the time|constantly|never stops?|calls "
    r"me|says i'?m|tells me i'?m)\b",
    re.IGNORECASE,
)


def _called_names_once(plain: str) -> bool:
    return bool(_CALLED_NAMES.search(plain)) and not _AGAIN_AND_AGAIN.search(plain)


# Lost about where life is going: "idk what to do w my life fr". A question, not the answer.
_LOST_IN_LIFE = re.compile(
    r"\b(?:idk|i (?:honestly |really |just )?(?:don'?t|dont|do not) know|dunno|no idea|no clue)"
    r"\s+what (?:to do|i'?m doing|im doing|i am doing|i'?m going to do|im gonna do|i want to do)"
    r"\s+(?:w|with|w/)\s+(?:my|me|this) life\b(?! (?:savings|insurance|story|admin|plans?))",
    re.IGNORECASE,
)
_LIFE_HARM = re.compile(
    r"\b(?:die|dead|death|end|ending|kill\w*|suicid\w*|hurt\w*|harm|gone|disappear|over|"
    r"pointless|point|worthless|burden|hopeless|can'?t|cant|cannot)\b",
    re.IGNORECASE,
)


# A question about money put by: "what to do with my life savings, isa or pension?".
_SAVINGS = re.compile(
    r"\b(?:life savings|isa|isas|pension|pensions|savings account|invest\w*|index funds?|"
    r"stocks and shares|premium bonds|lump sum|inheritance)\b",
    re.IGNORECASE,
)


_SAVINGS_ASKED = re.compile(
    r"\bwhat (?:to|should i|do i|can i) do with\b|\bwhere (?:to|should i|do i) (?:put|keep|"
    r"invest)\b|\bshould i (?:put|invest|move|keep|open|get)\b|\bor\b.{0,20}\?|\?\W*$",
    re.IGNORECASE,
)
_MONEY_LOST = re.compile(
    r"\b(?:lost|lose|losing|gone|scammed|stolen|blew|wasted|debt|debts|owe|bankrupt)\b",
    re.IGNORECASE,
)


def savings_question_only(text: str) -> bool:
    """Where to put money by, asked with no word of harm, hopelessness or an end."""
    plain = _plain(text)
    return (
        bool(_SAVINGS.search(plain))
        and bool(_SAVINGS_ASKED.search(plain))
        and not _MONEY_LOST.search(plain)
        and not _LIFE_HARM.search(plain)
        and nothing_worrying(plain)
    )


def lost_in_life_only(text: str) -> bool:
    """ "idk what to do with my life", with no word of harm, hopelessness or an end."""
    plain = _plain(text)
    return (
        bool(_LOST_IN_LIFE.search(plain))
        and not _LIFE_HARM.search(plain)
        and nothing_worrying(plain)
    )


# Fear about their health: "terrified it's cancer", "waiting for my biopsy results".
_HEALTH_WORRY = re.compile(
    r"\b(?:cancer|tumou?r|biopsy|lump|scan results?|blood (?:test|results)|test results|"
    r"diagnos\w*|mri|ct scan|smear test|mammogram|pregnan\w*|missed (?:my )?period|"
    r"period (?:is )?late)\b",
    re.IGNORECASE,
)


# Fear said about it ("terrified it's cancer"), not a wish ("if i got cancer i'd be relieved").
_HEALTH_FEAR = re.compile(
    r"\b(?:terrified|scared|afraid|worried|worrying|anxious|nervous|panicking|freaking out|"
    r"dreading|shaking|can'?t stop thinking)\b",
    re.IGNORECASE,
)
_WISHED_FOR = re.compile(
    r"\b(?:relieved|relief|wouldn'?t mind|would(?:n'?t)? care|hope (?:it is|it'?s|i have|i get)|"
    r"wish|glad|good thing|welcome it|not (?:fight|treat)|refuse treatment|let it)\b",
    re.IGNORECASE,
)


def afraid_for_their_health(text: str) -> bool:
    """Fear about a test or an illness ("terrified it's cancer"), with no wish in it."""
    plain = _plain(text)
    return bool(
        _HEALTH_WORRY.search(plain)
        and _HEALTH_FEAR.search(plain)
        and not _WISHED_FOR.search(plain)
        and not is_doubtful(plain)
    )


def _told_unharmed(told: re.Pattern[str], text: str) -> bool:
    """``told`` is in the message, with no crisis or doubtful word and no harm beside it."""
    plain = _plain(text)
    return _told_plainly(told, plain) and not _HARM_NOT_FEAR.search(plain)


def _told_plainly(told: re.Pattern[str], text: str) -> bool:
    """``told`` is in the message, and no crisis or doubtful word beside it."""
    plain = _plain(text)
    return bool(told.search(plain)) and nothing_worrying(plain)


# An everyday ailment that lingers: "this cough wont go away", "my headache just wont shift".
# (Not chest pain, breathing or bleeding: those may be an emergency.)
LINGERING_AILMENT = re.compile(
    r"^(?!.*\b(?:chest|breath\w*|bleed\w*|blood|faint\w*|numb|vomit\w*|sick|collaps\w*|"
    r"overdose|pills?|took|taken|cut\w*|burn\w*)\b)"
    r".*\b(?:this|my|a|the|that|stupid|bloody)\s+(?:\w+ )?(?:cough|cold|headache|migraine|rash|"
    r"back ?ache|back pain|toothache|tooth ache|sore throat|flu|ear ?ache|earache|hay ?fever|"
    r"sniffles?|blocked nose|runny nose|eczema|acne|spots?|itch|hiccups|cramp|period pain|"
    r"stiff neck|knee pain|hip pain|neck pain|shoulder pain)\b.{0,20}\b(?:won'?t|wont|doesn'?t|"
    r"doesnt|will not|isn'?t|isnt|never) (?:just )?(?:go(?:es|ing)? away|clear(?:s|ing)? up|shift|"
    r"budge|stop|let up|ease off|get better)\b|"
    # pain that lasts and breaks sleep: "i have chronic pain and it wakes me every night"
    r"^(?!.*\b(?:chest|breath\w*|bleed\w*|blood|faint\w*|overdose|pills?|took|taken|cut\w*|"
    r"burn\w*|end it|die|dying|can'?t (?:take|cope with) (?:it|this) any ?more)\b).*\b(?:chronic "
    r"(?:pain|back pain|migraines?|fatigue)|fibro\w*|arthritis|endo(?:metriosis)?)\b.{0,40}"
    r"\b(?:wakes? me|keeps? me (?:up|awake)|every night|at night|all night|can'?t sleep|cant "
    r"sleep)\b",
    re.IGNORECASE,
)


def lingering_ailment(text: str) -> bool:
    """An everyday ailment that won't clear up, with no crisis or doubtful word beside it."""
    return _told_plainly(LINGERING_AILMENT, text)


# A sore body in everyday figures: "my throat is on fire", "my legs are burning after that
# run", "my skin feels like its on fire". Not with the chest, breath, blood or anything
# swallowed beside it ("my throat is burning after i drank bleach"): those are not explained away.
SORE_BODY = re.compile(
    r"^(?!.*\b(?:chest|heart|breath\w*|bleed\w*|blood|faint\w*|numb|vomit\w*|collaps\w*|"
    r"overdose|pills?|tablets?|took|taken|swallow\w*|drank|drunk|drink|ate|bleach|acid|cut\w*|"
    r"lighter|myself|set)\b)"
    r".*\bmy\s+(?:\w+ )?(?:throat|skin|feet|foot|legs?|thighs?|calves|calf|arms?|muscles|"
    r"quads|hamstrings|shoulders?|back|neck|eyes?|mouth|tongue|stomach|belly|tummy|hands?|"
    r"joints|knees?|ears?|nose|sinuses|scalp|face|lips?|gums?|tooth|teeth)\s+(?:is|are|'s|"
    r"feels?|feels? like (?:it'?s|its|they'?re|theyre|it is|they are))\s+(?:literally |actually |"
    r"so |absolutely )?(?:on fire|burning|in bits|killing me)\b",
    re.IGNORECASE,
)


def sore_body(text: str) -> bool:
    """A sore throat, burning legs after a run: an everyday figure, nothing worrying beside it."""
    return _told_plainly(SORE_BODY, text)


# What matters most, said warmly: "nothing matters more than family", "nothing else matters
# when im with you". (Not "all that matters is that im gone": what follows "is" can be anything.)
_WHAT_MATTERS_MOST = re.compile(
    r"\bnothing (?:else )?matters? (?:more|as much)(?: to me)? (?:than|as)\b|"
    r"\bnothing else matters\b(?! (?:anymore|any more|now))",
    re.IGNORECASE,
)


def what_matters_most(text: str) -> bool:
    """Something held dear, said as what matters most, with no worrying word beside it."""
    return _told_plainly(_WHAT_MATTERS_MOST, text)


# The body in everyday ways, said plainly: "i keep coughing", "the hold makes me feel dizzy",
# "i cant sleep because im in pain", "not breathing, something else" (to the breathing offer).
_EVERYDAY_BODY = re.compile(
    r"^(?!.*\b(?:blood|bleed\w*|chest|breathe|faint\w*|collaps\w*|numb|overdose|pills?|took|"
    r"taken|swallow\w*)\b).*?(?:"
    r"^\W*(?:i )?(?:keep|can'?t stop|cant stop) (?:coughing|sneezing|yawning|hiccuping|"
    r"hiccupping|sniffing|blowing my nose)\b.{0,30}$|"
    r"\b(?:the hold(?:ing)?|holding (?:it|my breath|the breath)|the breathing|this (?:one|"
    r"exercise)|breathing (?:like )?this|it) (?:makes?|is making|made) me (?:feel )?(?:a bit |"
    r"kinda |so |really )?(?:dizzy|light ?headed|tingly|funny|weird|yawn|cough)\b|"
    r"\b(?:can'?t|cant|cannot|couldn'?t) (?:get to )?sleep (?:because|cos|coz|cause|'cause|"
    r"due to|with) (?:of )?(?:the |my |this )?(?:pain|back ?ache|back pain|toothache|headache|"
    r"migraine|cough|cold|period pain|cramps|heat|noise|neighbou?rs|snoring|baby|itch\w*|"
    r"(?:i'?m|im|i am) in (?:so much |a lot of )?pain|my (?:back|tooth|head|knee|leg|hip|"
    r"shoulder|neck) (?:hurts|is killing me))\b|"
    r"^\W*(?:no+|nah)?\W*not (?:the )?breathing\b.{0,20}\b(?:something else|another|"
    r"different|other)\b)",
    re.IGNORECASE,
)
# A way of coping tried, that did not help: "i tried meditating but it didnt help", "tried
# the breathing exercises, didnt work". (Not "i tried everything, nothing helps".)
_COPING_DIDNT_HELP = re.compile(
    r"\b(?:tried|try|trying|done|did|been doing|been trying) (?:the |your |some |a |an |that |"
    r"those |all the |a bit of |doing )?(?:meditat\w*|breathing(?: exercises?| thing)?|"
    r"exercises?|yoga|journal\w*|mindfulness|grounding|the app|apps|headspace|calm app|"
    r"counting sheep|sleep tips|melatonin|herbal tea|camomile|chamomile|white noise|podcasts?|"
    r"audiobooks?|reading|a bath|baths|stretching|body scan|5-?4-?3-?2-?1)\b.{0,30}\b(?:didn'?t|"
    r"didnt|doesn'?t|doesnt|don'?t|dont|not|never|wasn'?t|isn'?t) (?:really |even |seem to |"
    r"seem to have |do anything to |do much to )?(?:help\w*|work\w*|do anything|do much)\b",
    re.IGNORECASE,
)


# Too much to do, or wanting a breather: "i have so much to do and no time to do it", "my boss
# keeps piling more work on me", "i just want 5 mins to myself".
_WORN_BY_DEMANDS = re.compile(
    r"\b(?:so much|too much|loads|tons|a million things) to do\b.{0,30}\b(?:no|not enough) time\b|"
    r"\b(?:piling|piles|piled|dumping|dumps|dumped|loading) (?:more |even more |all the )?"
    r"(?:work|jobs|tasks|stuff|things) on (?:me|us)\b|"
    r"\b(?:haven'?t|havent|have not|not) had (?:a )?(?:proper |decent )?(?:lunch )?break\b|"
    r"\bi (?:just )?(?:want|need) (?:\d+|five|ten|two) (?:mins?|minutes) (?:to myself|of peace|"
    r"(?:of )?quiet)\b|\bi (?:just )?(?:want|need) (?:a break|some peace(?: and quiet)?|peace and "
    r"quiet|some me time|some time to myself|a minute to myself)\b",
    re.IGNORECASE,
)


def worn_by_demands_only(text: str) -> bool:
    """Too much to do, or a breather wished for, with no worrying word beside it."""
    return _told_plainly(_WORN_BY_DEMANDS, text)


def everyday_body_only(text: str) -> bool:
    """A cough, a dizzy hold, pain that keeps them awake: the body in everyday ways, with no
    worrying word beside it."""
    return _told_plainly(_EVERYDAY_BODY, text)


def coping_didnt_help(text: str) -> bool:
    """A way of coping tried that did not help, with no worrying word beside it."""
    return _told_plainly(_COPING_DIDNT_HELP, text)


# Everyday plans thought about: "ive been thinking about changing jobs" (not "about it").
_EVERYDAY_PLAN = re.compile(
    r"\b(?:thinking|thought) (?:about|of) (?:changing|moving|getting (?:a|an|my)|starting|applying|"
    r"buying|learning|taking up|switching|retraining|booking|selling|renting|adopting|quitting "
    r"(?:my )?(?:job|course|uni|college|smoking|drinking|vaping)|a new (?:job|career|phone|car|"
    r"flat|house|course|hobby)|going back to (?:uni|college|school|work))\b|"
    # "im fixing to go for a run", "I'm going to go for a run", "gonna head to the gym"
    r"\b(?:going to|gonna|fixing to|finna|about to|off to|heading to|head to)\s+(?:go\s+|head\s+)?"
    r"(?:for a (?:run|walk|jog|swim|ride|bike ride|drive|coffee|drink|pint|nap|shower|bath)|"
    r"(?:to )?(?:the )?(?:gym|shops?|pub|park|beach|cinema|library|office|supermarket|bed|"
    r"work|school|uni|college|church|mosque|temple)|(?:go )?(?:running|walking|jogging|swimming|"
    r"shopping|home|out|cook|make (?:dinner|tea|lunch)))\b",
    re.IGNORECASE,
)


def everyday_plan(text: str) -> bool:
    """A plan for life as usual thought about, with no doubtful words beside it."""
    plain = _plain(text)
    return (
        _without_harm(_EVERYDAY_PLAN, plain)
        and not is_doubtful(plain)
        and not is_milestone(plain)  # "a semicolon tattoo for 3 years since my attempt"
        and "attempt" not in plain
    )


# A mind that will not settle, told of sleep or worry: "idk my mind just wont stop", "my
# brain wont switch off". What it will not stop doing is not said ("...telling me to die" is).
_RACING_MIND = re.compile(
    r"^\W*(?:(?:idk|dunno|i dunno|i don'?t know|no idea|honestly|ugh+|just|and|but|cos|because|"
    r"coz|bc|tbh|ngl|i think)\W+)*(?:(?:my|me) )?(?:mind|brain|head|thoughts?)(?: is| are)?"
    r"(?: just| still| literally| really)? (?:(?:won'?t|wont|will not|doesn'?t|doesnt|can'?t|cant|"
    r"never) (?:stop|shut up|switch off|turn off|slow down|settle|be quiet|quieten down|quiet "
    r"down)(?: racing| going| thinking| buzzing)?|(?:keeps?|keep) (?:racing|going|spinning|"
    r"buzzing|whirring)|racing|going a mile a minute)"
    r"(?:\W+(?:tbh|ngl|lol|at night|all night|tonight|again|anymore|any more|when i lie down|"
    r"in bed|so i cant sleep|so i can'?t sleep))*\W*$|"
    # going over and over what happened: "and i cant stop thinking about it", "cant stop
    # thinking about what he said"
    r"^\W*(?:(?:and|but|ugh+|honestly|tbh|i just|just|still)\W+)*(?:i )?(?:can'?t|cant|cannot) "
    r"stop (?:thinking about|going over|replaying|overthinking) (?:it|him|her|them|that|this|what "
    r"(?:happened|he said|she said|they said|i said|i did)|the (?:breakup|argument|row|fight|exam|"
    r"interview|conversation|text|message))(?:\W+(?:tbh|ngl|lol|at night|all night|all day|"
    r"again|anymore))*\W*$",
    re.IGNORECASE,
)


def racing_mind_only(text: str) -> bool:
    """A racing mind told in a few words, with nothing harmful or doubtful beside it."""
    plain = _plain(text)
    return _without_harm(_RACING_MIND, plain) and not is_doubtful(plain)


# Worry about telling someone close some news: "dunno what im gonna tell my wife", "how do
# i tell my parents". A goodbye or a plan in the message is read as that instead.
_TELLING_NEWS = re.compile(
    r"^\W*(?:(?:and|but|now|idk|honestly|i just|just|ugh+|tbh)\W+)*(?:i )?(?:dunno|don'?t know|"
    r"dont know|do not know|have no idea|no idea|not sure|idk|don'?t even know|dont even know) "
    r"(?:what|how) (?:i'?m|im|i am|am i|"
    r"i|i'?ll|ill|i will|i should|to|i'?m going to|i'?m gonna)(?: (?:gonna|going to|supposed "
    r"to|meant to))? (?:tell|say to|explain (?:it |this |that )?to|break it to) (?:my|the|our|"
    r"them|him|her)(?: \w+){0,2}(?:\W+(?:tbh|honestly|ngl|lol|now|tonight|yet))*\W*$|"
    r"^\W*how (?:do|am|will|can|should) i (?:gonna |going to )?(?:tell|break it to|explain "
    r"(?:it |this )?to) (?:my|our) (?:\w+ ){0,1}(?:wife|husband|partner|mum|mom|dad|parents|"
    r"family|kids|children|boyfriend|girlfriend)\W*$",
    re.IGNORECASE,
)
_GOODBYE_WORDS = re.compile(r"\b(?:goodbye|bye|sorry|forgive|love (?:her|him|them))\b", re.I)


def telling_news_worry(text: str) -> bool:
    """Worry about telling someone close some news, in a whole message of its own."""
    plain = _plain(text)
    return (
        _without_harm(_TELLING_NEWS, plain)
        and not _GOODBYE_WORDS.search(plain)
        and not is_doubtful(plain)
    )


# Hope run out, said beside the explaining words: read as said, never explained away.
_HOPE_GONE = re.compile(
    r"\b(?:(?:no|dont see the|don'?t see the|do not see the|what'?s the|whats the) point|"
    r"any ?more|give up|giving up|given up|hopeless|can'?t go on|cant go on|cannot go on|"
    r"can'?t do this|cant do this|cannot do this|can'?t take (?:it|this|any)|better off|"
    r"end (?:it|this|everything)|want(?:ed)? out|disappear|not (?:be )?here)\b",
    re.IGNORECASE,
)


# A diagnosis wondered about or asked for: "i think i have bpd too", "could i have adhd",
# "can you diagnose me with ocd". A condition named is not a crisis told.
_CONDITIONS = (
    r"(?:bpd|eupd|borderline(?: personality disorder)?|adhd|add|autism|autistic|asd|ocd|"
    r"ptsd|c-?ptsd|bipolar|depression|depressed|anxiety|gad|social anxiety|an anxiety "
    r"disorder|a personality disorder|dyslexia|dyspraxia|schizophrenia|psychosis|insomnia|"
    r"an eating disorder|(?:an? )?(?:binge eating|bulimia|anorexia)|pmdd|postnatal depression|"
    r"seasonal affective disorder|sad|hypochondria|health anxiety|dissociation|did)"
)
_DIAGNOSIS_WONDERED = re.compile(
    r"^\W*(?:(?:and|but|also|so|tbh|honestly|ngl|plus|lol)\W+)*(?:(?:i )?(?:think|reckon|"
    r"wonder if|feel like|guess|suspect) (?:i )?(?:might |may |could |probably |actually |"
    r"also )?(?:have|have got|got|be|am)|i (?:might|may|could|probably) (?:have|be)|"
    r"(?:do|could|might|can) i (?:have|be)|(?:am|could) i be|is it possible i (?:have|am)|"
    r"(?:can|could|will) (?:you|u) diagnose me(?: with)?|how do i (?:know|tell) if i (?:have|"
    r"am))(?: got)? (?:a (?:touch|bit) of )?"
    + _CONDITIONS
    + r"(?:\W+(?:too|as well|also|aswell|tho|though|maybe|or something|or smth|lol|tbh|ngl|"
    r"honestly|now|like my \w+))*\W*\??\W*$",
    re.IGNORECASE,
)


def wonders_about_a_diagnosis(text: str) -> bool:
    """A diagnosis wondered about or asked for, in a whole message of its own, with no word of
    harm or doubt beside it."""
    plain = _plain(text)
    return (
        _without_harm(_DIAGNOSIS_WONDERED, plain)
        and not _HOPE_GONE.search(plain)
        and not is_doubtful(plain)
    )


# Someone close who did not know them, or forgot them: "he didnt know who i was this morning",
# "mum doesnt recognise me anymore" (dementia told, not harm).
_NOT_KNOWN = re.compile(
    r"\b(?:he|she|they|mum|mom|dad|nan|nana|gran|granny|grandma|grandad|grandpa|husband|wife|"
    r"partner|mother|father)\b(?: \w+){0,2} (?:didn'?t|doesn'?t|did not|does not|couldn'?t|"
    r"could not|can'?t|cannot|won'?t|no longer|never) (?:even |really |always )?(?:know|knows|"
    r"recogni[sz]e|remember|remembers) (?:who i (?:was|am)|me|my name|who i'?m)\b",
    re.IGNORECASE,
)


def not_known_by_them(text: str) -> bool:
    """Someone close did not know who they were: a loved one's memory failing, heard as such."""
    plain = _plain(text)
    return _without_harm(_NOT_KNOWN, plain) and not is_doubtful(plain)


# Told just to be heard: "i just needed to tell someone", "just wanted to get it off my chest".
_JUST_TELLING = re.compile(
    r"^\W*(?:(?:sorry|sry|honestly|tbh|ngl|i guess|idk|anyway|anyways|yeah|ok|okay)\W+)*"
    r"(?:i )?(?:just |really |kinda )*(?:needed|wanted|had|need|want) to (?:tell (?:someone|"
    r"somebody|anyone|some1|some one|u|you)|say (?:it|that|this)(?: to (?:someone|somebody|"
    r"anyone|you|u))?(?: out loud)?|talk to (?:someone|somebody|anyone)|get (?:it|that|this) "
    r"(?:off my chest|out)|vent|let it out|write it down(?: somewhere)?)"
    r"(?:\W+(?:i guess|tbh|honestly|thats all|that'?s all|really|lol|thanks|thank you|x+))*\W*$",
    re.IGNORECASE,
)


def just_telling(text: str) -> bool:
    """Said only to be heard, in a whole message of its own."""
    plain = _plain(text)
    return (
        _without_harm(_JUST_TELLING, plain)
        and not _HOPE_GONE.search(plain)
        and not is_doubtful(plain)
    )


# Afraid of falling short at something new: "but im scared i wont be good enough", "worried
# ill mess it up", after good news or before a start.
_FALLING_SHORT = re.compile(
    r"^\W*(?:(?:but|and|tbh|honestly|ngl|lowkey|ok|just|also)\W+)*(?:i'?m|im|i am|i feel|feeling|"
    r"kinda|so|really|a bit|bit)?\W*(?:so |really |kinda |a bit |bit |super |lowkey )?(?:scared|"
    r"afraid|worried|nervous|terrified|anxious|panicking|panicky|bricking it|dreading)"
    r"(?: that)? (?:i'?ll|i will|i won'?t|i wont|i'?m not|i am not|im not|i might|i may|i can'?t|"
    r"i cant)(?: be| do| get| keep)? (?:good enough|up to it|ready|fail|mess (?:it |this |"
    r"everything )?up|screw (?:it |this )?up|let (?:\w+ )?down|get it wrong|do a good job|do well|"
    r"smart enough|clever enough|fit in|keep up|make friends|pass|be any good)\b[^.!?]{0,40}\W*$",
    re.IGNORECASE,
)
# Big news of a new start, or the start itself: "i got into uni", "got the job", "first day
# at the new job tomorrow", "moving to london next week".
_NEW_START = re.compile(
    r"\b(?:got|get|getting|been) (?:into|in to|accepted (?:into|to|at|on)|a place (?:at|on)|an? "
    r"(?:offer|place|spot) (?:at|from|for|on)) (?:uni|university|college|my (?:first|second|top) "
    r"choice|med school|law school|grad school|the (?:course|programme|program|apprenticeship)|"
    r"an? (?:apprenticeship|internship|course|masters|phd))\b|"
    r"\b(?:got|landed|offered|accepted|start(?:ing|s)?|started) (?:the|my|a|an) (?:new |first |"
    r"dream )?(?:job|role|position|apprenticeship|internship|placement)\b|"
    r"\b(?:first|1st) (?:day|week|shift) (?:at|of|in) (?:the |my |a )?(?:new )?(?:job|work|uni|"
    r"university|college|school|placement)\b|"
    r"\b(?:starting|start|moving (?:to|away to|out to|in to|into)|going (?:away )?to) (?:uni|"
    r"university|college|sixth form|secondary school|a new school|big school)\b|"
    r"\b(?:i'?m|im|i am|we'?re|we are) (?:moving|relocating) (?:to|abroad|away|house|out)\b|"
    r"\b(?:got|getting|just got) (?:engaged|married)\b",
    re.IGNORECASE,
)
# Nerves about it: "and im terrified", "so nervous", "bricking it".
_NERVES_ABOUT = re.compile(
    r"\b(?:terrified|scared|nervous|anxious|petrified|frightened|freaking out|panicking|"
    r"bricking it|shitting it|dreading|worried|overwhelmed|shaking)\b",
    re.IGNORECASE,
)


def new_start_nerves(text: str) -> bool:
    """Nerves about a new start or big news ("i got into uni and im terrified", "so nervous,
    first day at the new job tomorrow"), with no crisis or doubtful word beside them."""
    plain = _plain(text)
    return (
        _NEW_START.search(plain) is not None
        and _NERVES_ABOUT.search(plain) is not None
        and not _HARM_NOT_FEAR.search(plain)
        and nothing_worrying(plain)
    )


# A pregnancy found out, met with shock: "the test was positive and im not ready", "i think
# im pregnant and im scared". (Fear of how someone will take it is not this.)
_PREGNANCY = re.compile(
    r"\b(?:pregnant|preggers|positive (?:pregnancy )?test|(?:pregnancy )?test (?:was|is|came "
    r"(?:back|out)) positive)\b",
    re.IGNORECASE,
)
_PREGNANCY_SHOCK = re.compile(
    r"\b(?:terrified|scared|nervous|anxious|petrified|frightened|freaking out|panick\w*|shock\w*|"
    r"not ready|(?:don'?t|dont|do not|didn'?t|didnt) know what to do|what (?:do|should|am) i "
    r"(?:do|going to do|gonna do)|no idea what to do|unplanned|wasn'?t planned|wasnt planned|"
    r"didn'?t plan|didnt plan|oh god|can'?t afford|cant afford|(?:don'?t|dont) want (?:it|a "
    r"baby|kids))\b",
    re.IGNORECASE,
)
_HOW_THEY_TAKE_IT = re.compile(
    r"\b(?:react\w*|finds? out|going to (?:kill|kick|hurt)|gonna (?:kill|kick|hurt)|kick(?:s|ed)? "
    r"me out|throw(?:s)? me out|forc\w*|make me (?:get rid|have|keep)|get rid)\b|"
    r"\b(?:tell|telling) (?:him|her|them|my (?:mum|mom|dad|parents|family|boyfriend|bf|partner|"
    r"husband|girlfriend|gf))\b|"
    r"\b(?:he|she|they)(?:'ll| will|'s| is|'re| are| gets?| get| would)? (?:so |really |going to "
    r"be |gonna be )?(?:angry|mad|furious|livid)\b",
    re.IGNORECASE,
)


def pregnancy_feared_told(text: str) -> bool:
    """A pregnancy and fear of how someone will take it: "im pregnant and terrified of how
    he'll react". Asked gently whether anyone hurts them."""
    plain = _plain(text)
    return (
        _PREGNANCY.search(plain) is not None
        and _PREGNANCY_SHOCK.search(plain) is not None
        and _HOW_THEY_TAKE_IT.search(plain) is not None
    )


def pregnancy_shock(text: str) -> bool:
    """A pregnancy found out and met with shock or fear, with no fear of how someone will take
    it and no crisis or doubtful word beside it."""
    plain = _plain(text)
    return (
        _PREGNANCY.search(plain) is not None
        and _PREGNANCY_SHOCK.search(plain) is not None
        and not _HOW_THEY_TAKE_IT.search(plain)
        and not _HARM_NOT_FEAR.search(plain)
        and nothing_worrying(plain)
    )


# Looking forward to something: "cant wait to see my mum, havent seen her in ages".
_LOOKING_FORWARD = re.compile(
    r"\b(?:can'?t|cant|cannot) wait (?:to (?:see|meet|visit|hug|catch up|go|get|start|try|watch|"
    r"hear|show|tell|have|be back)|for (?:the|my|our|this|next|tomorrow|friday|saturday|sunday|"
    r"christmas|the weekend|the holidays))\b|\b(?:so |really )?(?:looking forward to|excited "
    r"(?:to|for|about))\b",
    re.IGNORECASE,
)


# Medicine forgotten: "keep forgetting to take my pills", "i always forget my meds".
_FORGETS_MEDICINE = re.compile(
    r"^\W*(?:(?:i|and|but|ugh|honestly|tbh|i just|i still)\W+)*(?:keep|always|kept|often|"
    r"sometimes)? ?(?:forget|forgetting|forgot|miss|missing|missed) (?:to take )?(?:my|the|me) "
    r"(?:\w+ )?(?:pills|meds|medication|medicine|tablets|antidepressants|inhaler|insulin|"
    r"dose|doses)\b(?: (?:again|lately|every day|most days|all the time|at night|in the morning|"
    r"tbh|lol|ugh))*\W*$",
    re.IGNORECASE,
)


def forgets_medicine(text: str) -> bool:
    """Medicine forgotten, said on its own (a reminder may help), with nothing else beside it."""
    plain = _plain(text)
    return bool(_FORGETS_MEDICINE.search(plain)) and not is_doubtful(plain)


# Medicine dropped, spilled, lost or run out of: "i dropped my pills down the sink".
MEDICINE_MISHAP = re.compile(
    r"^\W*(?:(?:i|ugh|omg|oh no|argh|great|just|i just|and|so|well|lol)\W+)*(?:(?:dropped|"
    r"spilled|spilt|lost|knocked|misplaced) (?:all |half )?(?:of )?(?:my|the|me) |(?:ran|run|"
    r"running) out of (?:my |the )?)(?:\w+ )?(?:pills|meds|medication|medicine|tablets|"
    r"antidepressants|inhaler|insulin)\b(?: (?:down the (?:sink|drain|toilet|loo|plughole)|on the "
    r"floor|in the (?:sink|toilet|bath|loo)|everywhere|somewhere|again|today|this morning))*"
    r"(?:\W+(?:ugh|ffs|lol|typical|great|help|what do i do|what now))*\W*$",
    re.IGNORECASE,
)


# A medicine reminder no longer needed: "i dont need the meds reminder anymore, i stopped
# taking them", "the doctor took me off them so cancel that reminder".
_REMINDER_NAMED = re.compile(r"\breminders?\b", re.IGNORECASE)
_MEDS_STOPPED = re.compile(
    r"\b(?:i'?ve |ive |i have |i )?(?:stopped|stopping|quit|finished|done with|no longer|not) "
    r"(?:taking |on )?(?:them|those|it|my (?:meds|medication|tablets|pills|antidepressants|"
    r"\w+))\b|\b(?:came|come|coming|am|i'?m|im) off (?:them|those|it|my (?:meds|medication|"
    r"tablets|pills|\w+))\b|\b(?:doctor|gp|psychiatrist|nurse)\b.{0,20}\b(?:took|taken|"
    r"stopped) (?:me )?(?:off )?(?:them|it|my \w+)\b|\bcourse (?:is |'s )?(?:finished|done|over)\b",
    re.IGNORECASE,
)


def meds_reminder_not_needed(text: str) -> bool:
    """A medicine reminder let go because the medicine was stopped, with no worrying word."""
    plain = _plain(text)
    return (
        bool(_REMINDER_NAMED.search(plain))
        and bool(_MEDS_STOPPED.search(plain))
        and not is_doubtful(plain)
        and not crisis_kind(plain)
    )


# Their own medicine stopped, told plainly: "i stopped taking my antidepressants", "came off my
# meds last week", "ive been off my sertraline a few days now". Not a crisis: the prescriber
# before anything else, and how they have been since. A medicine stopped to let go, a reason
# told, a life-sustaining medicine (insulin, heart tablets) or any doubtful word is never this.
_OWN_MEDICINE = (
    r"(?:meds|medication|medications|medicine|tablets|pills|antidepressants?|anti ?depressants?|"
    r"anti-depressants?|ssris?|sertraline|citalopram|escitalopram|fluoxetine|prozac|zoloft|"
    r"lexapro|mirtazapine|venlafaxine|effexor|duloxetine|paroxetine|seroxat|bupropion|"
    r"wellbutrin|lithium|quetiapine|seroquel|olanzapine|aripiprazole|abilify|lamotrigine|"
    r"adhd meds|ritalin|concerta|elvanse|vyvanse|adderall|mood stabili[sz]ers?|antipsychotics?)"
)
_STOPPED_OWN_MEDICINE = re.compile(
    r"^\W*(?:(?:so|and|but|also|well|honestly|tbh|ngl|update|btw|fyi|oh and|um+|uh+|just so "
    r"you know)\W+)*(?:i'?ve |ive |i have |i'?m |im |i am |i )?(?:just |kinda |finally |"
    r"actually )?(?:(?:stopped|quit|ditched|dropped|gave up)(?: taking| on)?|(?:came|come|gone|"
    r"went|been|coming|going) off|off|not (?:taking|on))(?: all| any of)? my "
    r"(?:(?!heart|blood|insulin|epilep|seizure|thyroid|transplant|hiv|cancer|chemo|kidney)\w+ )?"
    + _OWN_MEDICINE
    + r"(?:\W+(?:anymore|any more|now|again|cold turkey|last (?:week|night|month)|this (?:week|"
    r"month)|yesterday|today|recently|on my own|myself|without telling (?:anyone|my (?:gp|doctor|"
    r"psychiatrist))|(?:about |like )?(?:a|an|\d+|two|three|four|five|a few|a couple of|few) "
    r"(?:days?|weeks?|months?)(?: ago| now)?|for (?:about |like )?(?:a|an|\d+|two|three|a few|"
    r"a couple of) (?:days?|weeks?|months?)(?: now)?|tbh|ngl|honestly|lol|x+))*\W*$",
    re.IGNORECASE,
)


def stopped_own_medicine(text: str) -> bool:
    """Their own medicine stopped, said plainly with nothing harmful or doubtful beside it."""
    plain = _plain(text)
    return _without_harm(_STOPPED_OWN_MEDICINE, plain) and nothing_worrying(plain)


def medicine_mishap(text: str) -> bool:
    """Medicine dropped, lost or run out of, said on its own: the pharmacy, not a crisis."""
    plain = _plain(text)
    return bool(MEDICINE_MISHAP.search(plain)) and not is_doubtful(plain)


# Not managing something, asked of themselves: "i just dont know why i cant do it", after a
# failed test; "why cant i pass", "i dont get why i can't get it right". A thing not managed,
# not a life: "anymore", "go on" or any doubtful word is never this.
_CANT_MANAGE_IT = re.compile(
    r"^\W*(?:i (?:failed|flunked|messed up|screwed up|bombed|didn'?t pass|didnt pass)[^.,!?]{0,30}"
    r"[.,!?]+\s*)?(?:(?:and|but|so|ugh|honestly|tbh|ngl|idk|i just|just|like)\W+)*"
    r"(?:(?:i )?(?:just )?(?:dont|don't|do not|really dont|really don't) (?:know|get|understand) "
    r"why |why )(?:the hell |tf )?(?:i (?:just )?(?:cant|can't|cannot|can not|never)|"
    r"(?:cant|can't) i(?: just)?) "
    r"(?:do it|do this|do it right|do anything right|do anything|pass(?: it| this| (?:a|my|the) "
    r"(?:\w+ ){0,2}(?:test|exam|theory|course|module|assessment|interview|\w+))?|"
    r"get it|get it right|get this|get this right|get the hang of it|learn (?:it|this)|"
    r"understand (?:it|this)|focus|concentrate|remember (?:anything|it|things)|drive|"
    r"get through (?:a|an|one) (?:test|exam|interview|day at work))"
    r"(?:\W+(?:lol|ugh|tbh|honestly|ffs|man|mate|bro|like|everyone else can|seriously))*\W*$",
    re.IGNORECASE,
)


def cant_manage_it(text: str) -> bool:
    """A thing not managed, asked of themselves, with nothing harmful or doubtful beside it."""
    plain = _plain(text)
    return _without_harm(_CANT_MANAGE_IT, plain) and nothing_worrying(plain)


def falling_short_only(text: str) -> bool:
    """Afraid of not being good enough at something, with nothing else beside it."""
    plain = _plain(text)
    return bool(_FALLING_SHORT.search(plain) and nothing_worrying(plain))


# Something that helps, told as helping: "writing letters to my younger self. it's helping",
# "journaling has really helped". (Letters to everyone, a goodbye, are never this.)
_COPING = re.compile(
    r"\b(?:journal\w*|diary|writing (?:letters? )?to my (?:younger|future|older|past|inner "
    r"child|little) self|letters? to my (?:younger|future|older|past|little) self|gratitude "
    r"(?:list|journal)|therapy|counsell?ing|meditat\w*|mindfulness|walk(?:s|ing)?|running|"
    r"the gym|yoga|swimming|art|drawing|painting)\b"
)
_HELPING = re.compile(
    r"\b(?:it'?s|its|it has|it'?s been|that'?s|thats|which is|has|have|has been|have been|"
    r"really|actually|genuinely|honestly|kinda|slowly) (?:really |actually |genuinely |been |"
    r"slowly |kinda |so )?help(?:ing|s|ed|ful)\b|\bmaking a (?:real |big )?difference\b"
)


def coping_that_helps(text: str) -> bool:
    """Something they do to cope, told as helping, with no harm, crisis or doubtful word."""
    plain = _plain(text).lower()
    return (
        bool(_COPING.search(plain) and _HELPING.search(plain))
        and not _HARM_NOT_FEAR.search(plain)
        and nothing_worrying(plain)
        and not re.search(r"\b(?:goodbye|everyone|for after|when i'?m gone)\b", plain)
    )


def looking_forward(text: str) -> bool:
    """Something looked forward to, with no harm, crisis or doubtful word beside it."""
    plain = _plain(text)
    return _without_harm(_LOOKING_FORWARD, plain) and nothing_worrying(plain)


# Someone close unwell: "my mum is ill", "my dad is in hospital", "my son's poorly".
_CLOSE_ILL = re.compile(
    r"\b(?:my|our) (?:mum|mom|mam|dad|mother|father|parents?|nan|nana|gran|granny|grandma|"
    r"grandad|grandpa|husband|wife|partner|boyfriend|girlfriend|bf|gf|son|daughter|kid|kids|baby|"
    r"brother|sister|sis|bro|aunt|auntie|uncle|friend|best friend)(?:'?s| is| has been| was|"
    r" are| were| got| been)? (?:really |very |quite |so |a bit |still |taken |just )*(?:ill|"
    r"sick|poorly|unwell|not well|in hospital|in the hospital|in a&e|in icu|in intensive care|"
    r"having (?:an operation|surgery|chemo)|got covid|got the flu)\b",
    re.IGNORECASE,
)


# A fall, an accident or a prognosis told of someone else: "he fell down the stairs", "my nan
# had a fall", "theyre saying he might not walk again". (Not a push, and not an emergency
# happening now: "she fell and isn't breathing" is someone else in danger.)
_MISHAP_TO_THEM = re.compile(
    r"\b(?:he|she|they|my (?:\w+ )?(?:mum|mom|mam|dad|mother|father|nan|nana|gran|granny|grandma|"
    r"grandad|grandpa|husband|wife|partner|son|daughter|brother|sister|aunt|auntie|uncle|friend))"
    r"(?:'s| has| had| have)? (?:fell|fallen|had a (?:bad )?fall|tripped|slipped|broke (?:his|her|"
    r"their) (?:hip|leg|arm|wrist|ankle|back|neck)|had a (?:stroke|heart attack|seizure|fit)|"
    r"was in (?:a|an) (?:car |bad )?(?:crash|accident))\b|"
    r"\b(?:they'?re|theyre|they are|the doctors?(?: are| is)?|doctors are|the nurses? (?:are|is)?)"
    r" ?(?:saying|said|say|think|thinks|told us|told me)\b.{0,30}\b(?:might not|may not|won'?t|"
    r"will never|could never|might never|may never)\b.{0,20}\b(?:walk|talk|wake up|recover|make it|"
    r"come home|be the same|see again|remember)\b",
    re.IGNORECASE,
)
_NOT_A_MISHAP = re.compile(
    r"\b(?:push\w*|shov\w*|threw|thrown|hit|kick\w*|dragg\w*|punch\w*|me|i|not breathing|"
    r"isn'?t breathing|unconscious|won'?t wake|isn'?t (?:moving|responding|waking)|bleeding|blood"
    r"|right now|just now|help|ambulance|999|911)\b",
    re.IGNORECASE,
)


def mishap_to_someone_else(text: str) -> bool:
    """A fall, an accident or hard news from doctors about someone else, with nothing done to
    anyone and no emergency now: news to hear out, not a danger to ask about."""
    plain = _plain(text)
    return (
        bool(_MISHAP_TO_THEM.search(plain))
        and not _NOT_A_MISHAP.search(_MISHAP_TO_THEM.sub(" ", plain))
        and nothing_worrying(plain)
    )


def someone_close_ill(text: str) -> bool:
    """Someone close is ill or in hospital, with no word of harm or doubt of their own."""
    plain = _plain(text)
    return (
        _without_harm(_CLOSE_ILL, plain) and not _HOPE_GONE.search(plain) and not is_doubtful(plain)
    )


# A new medicine or dose, and feeling worse on it: "my gp put me on 50mg last week and i feel
# worse", "started sertraline and im more anxious". Side effects to talk over with the
# prescriber, not a crisis told.
_NEW_MEDICINE = re.compile(
    r"\b(?:(?:gp|doctor|doc|dr|psychiatrist|nurse|prescriber|they|she|he)\b.{0,15}\b(?:put|"
    r"started|start|switched|moved|changed) me (?:on|onto|to)|(?:upped|increased|raised|doubled|"
    r"changed|lowered|reduced) my (?:dose|dosage|meds|medication|tablets)|(?:i )?(?:started|"
    r"began|been on|am on|i'?m on|im on|switched to|new)\b.{0,12}\b(?:meds|medication|tablets|"
    r"pills|antidepressants?|sertraline|citalopram|escitalopram|fluoxetine|prozac|"
    r"mirtazapine|venlafaxine|duloxetine|amitriptyline|propranolol|quetiapine|lithium|"
    r"\d+ ?mg)|\bon \d+ ?mg\b)",
    re.IGNORECASE,
)
# More taken than prescribed is never this: "took 50mg more than i should and feel sick".
_TOO_MUCH = re.compile(
    r"\b(?:took|taken|take|taking|swallowed|downed|had)\b.{0,25}\b(?:more than|too many|too much|"
    r"extra|all|whole|lot|bunch|handful|double)\b|\b(?:overdos\w*|od'?d?)\b",
    re.IGNORECASE,
)
_FEELS_WORSE = re.compile(
    r"\b(?:feel(?:s|ing)?|felt|i'?m|im|i am|been|getting|made me|making me)\b.{0,12}\b(?:worse|"
    r"awful|terrible|rubbish|sick|weird|strange|more (?:anxious|on edge|low|down|depressed|"
    r"wired|agitated|restless)|on edge|jittery|wired|restless|agitated|numb|zombie|spaced out|"
    r"foggy)\b|\bside ?effects?\b|\b(?:cant|can'?t|cannot) sleep\b",
    re.IGNORECASE,
)


def worse_on_new_medicine(text: str) -> bool:
    """A new medicine or dose, and feeling worse on it, with no word of harm or doubt."""
    plain = _plain(text)
    return (
        _without_harm(_NEW_MEDICINE, plain)
        and not _HOPE_GONE.search(plain)
        and not _TOO_MUCH.search(plain)
        and _FEELS_WORSE.search(plain) is not None
        and not is_doubtful(plain)
    )


# Fear told in a few words: "im scared", "so worried tbh", "i'm really frightened".
_BARE_FEAR = re.compile(
    r"^\W*(?:(?:and|but|honestly|tbh|ngl|just|i think)\W+)*(?:i'?m|im|i am|i feel|feeling|"
    r"i'?m feeling|im feeling)? ?(?:(?:so|really|very|just|kinda|a bit|a little|quite|proper|"
    r"actually|too|pretty)\s+)*(?:scared|terrified|frightened|worried|anxious|afraid|nervous|"
    r"petrified|shaking|worried sick|scared for (?:him|her|them))"
    r"(?:\W+(?:tbh|honestly|ngl|rn|right now|now|lol|x+|about (?:him|her|them|it)))*\W*$",
    re.IGNORECASE,
)


def bare_fear(text: str) -> bool:
    """Fear told in a few words, with nothing harmful or doubtful beside it."""
    plain = _plain(text)
    told = _BARE_FEAR.search(plain) is not None
    return told and not _HARM_NOT_FEAR.search(plain) and not is_doubtful(plain)


# Everyday grumbles the model can hear as danger or abuse: repairs not done ("and the landlord
# wont fix the boiler"), chores ("and he leaves dishes for days"), school discipline ("she gave
# me detention for nothing"), not being understood ("she doesnt get how much pressure i have"),
# a secret told ("my so called best friend told everyone my secret"), and an apology for saying
# so much ("sorry this is a lot").
_GRUMBLE = re.compile(
    r"\b(?:landlord|letting agent|council|housing association)\b.{0,30}\b(?:won'?t|wont|will "
    r"not|doesn'?t|doesnt|never|still hasn'?t|still hasnt|refuses to) (?:\w+ )?(?:fix|repair|sort|"
    r"replace|come)\b|"
    r"\b(?:leaves?|left|leaving) (?:the |his |her |their |all (?:the |his |her )?|dirty )?"
    r"(?:dishes|washing up|mess|rubbish|bins?|dirty plates|plates|laundry|wet towels)\b|"
    r"\b(?:gave|given|giving|got|get|gets|getting) (?:me |us )?(?:a |an |another )?(?:detention|"
    r"isolation|after ?school|a (?:behaviour )?point|a warning|a strike)\b|"
    r"\b(?:doesn'?t|doesnt|don'?t|dont|never|won'?t|wont) (?:even )?(?:get|understand|see|"
    r"realise|realize|care) (?:how (?:much|hard|stressed|tired|busy)|what (?:it'?s|its) like|"
    r"what i'?m going through|what im going through)\b|"
    r"\btold (?:everyone|everybody|the whole (?:class|school|group)|people) my secrets?\b|"
    # time, plans and fairness at home: "she said i never make time for her", "she wants me to do
    # medicine and i want to do art", "my partner keeps going out without me", "my flatmate
    # never cleans up"
    r"\b(?:i|you) never (?:make|have|spend) (?:any )?time (?:for|with) (?:her|him|them|me)\b|"
    r"\bnever (?:makes?|has|have) (?:any )?time for (?:me|us)\b|"
    r"\bwants? me to (?:do|study|be|become|take|go into) (?:medicine|law|engineering|dentistry|"
    r"accounting|maths|math|sciences?|business|economics|a doctor|a lawyer|an engineer|a "
    r"dentist|pharmacy|nursing)\b|"
    r"\b(?:keeps?|kept|always) going out without me\b|"
    r"\bnever (?:cleans?|tidies|tidy|washes up|does the (?:dishes|washing|cleaning|hoovering))"
    r"(?: up)?\b|"
    r"^\W*(?:sorry|soz|sry)\W+(?:this is|that'?s|thats|that was|it'?s|its|i know this is) "
    r"(?:a lot|so much|loads|long|a rant|heavy|a mess)\W*$",
    re.IGNORECASE,
)


# Fear named ("i'm scared of what he'll do"): never an everyday grumble.
_AFRAID = re.compile(
    r"\b(?:scared|afraid|frightened|terrified|petrified|fear\w*|threat\w*)\b", re.IGNORECASE
)


def everyday_grumble(text: str) -> bool:
    """An everyday grumble (a repair not done, chores, a detention, not being understood), with
    no crisis or doubtful word, and no harm or fear, beside it."""
    return _told_unharmed(_GRUMBLE, text) and not _AFRAID.search(text)


# A relationship ended or to be ended: "thinking about ending things with my boyfriend", "im
# gonna end it with her tonight", "breaking up with him". Never with "them", "it" or a thing
# ("end it with the pills"): only a partner or him or her.
_PARTNER = (
    r"(?:my (?:\w+ )?(?:boyfriend|girlfriend|bf|gf|partner|husband|wife|hubby|fianc[eé]e?|"
    r"situationship|man|missus|other half)|him|her)"
)
_ENDING_IT_WITH = re.compile(
    r"\b(?:end|ends|ending|ended|finish|finishing|finished|call|calling|called|break|breaking|"
    r"broke) (?:things|it|stuff|everything|it all)?\s*(?:off|up)?\s*with " + _PARTNER + r"\b|"
    r"\b(?:dump|dumping|dumped|leave|leaving|divorce|divorcing) " + _PARTNER + r"\b|"
    # ended by the partner: "he ended it last night after 4 years", "she ended things with me"
    r"\b(?:he|she|my (?:\w+ )?(?:boyfriend|girlfriend|bf|gf|partner|husband|wife|fianc[eé]e?))"
    r" (?:just |finally |suddenly )?(?:ended|finished|called off|broke off) (?:it|things|us|our "
    r"relationship|the relationship|the engagement)(?: (?:with me|off))?\b(?=.{0,60}\b(?:after|"
    r"last (?:night|week)|yesterday|today|this morning|years?|months?|relationship|together|"
    r"feeling it|hoping|changed (?:his|her) mind|with me|over text|by text)\b)",
    re.IGNORECASE,
)


def ends_a_relationship(text: str) -> bool:
    """A relationship ended, or to be ended, with nothing else worrying told beside it."""
    plain = _plain(text)
    told = _ENDING_IT_WITH.search(plain)
    if told is None:
        return False
    before, rest = plain[: told.start()], f"{plain[: told.start()]} {plain[told.end() :]}"
    if _IF_I_LEAVE.search(before) or _EXPOSED.search(rest):
        return False  # "says the pics will be all over the group chat if i ever dump him"
    if tells_a_loss(rest) or _A_DEATH.search(rest):
        return False  # "he ended it last night, he took his own life": a death, not a break-up
    return not _HARM_WORDS.search(rest) and not harm_told(rest) and nothing_worrying(rest)


_A_DEATH = re.compile(
    r"\b(?:died|dead|death|took (?:his|her|their) (?:own )?life|killed (?:him|her|them)sel(?:f|"
    r"ves)|suicide|funeral|passed away|overdosed?|hanged|hung himself|hung herself)\b",
    re.IGNORECASE,
)


# A threat hung on leaving: "...if i ever dump him", "...if i break up with her".
_IF_I_LEAVE = re.compile(
    r"\b(?:if|when|unless|once|the day) (?:i|you|we) (?:ever |try to |tried to |dare |even )?\W*$",
    re.IGNORECASE,
)
_EXPOSED = re.compile(
    r"\b(?:pics?|nudes?|photos?|videos?|images?|post\w*|shar(?:e|es|ed|ing)|leak\w*|expos\w*|"
    r"tell everyone|ruin\w*|threat\w*|won'?t let me|wont let me)\b",
    re.IGNORECASE,
)


# Worn down by one thing after another, or lonely, said plainly: asked gently, not the full
# answer, however sure the model is ("honestly just one thing after another", "i have nobody
# to talk").
_WORN_DOWN = re.compile(
    r"\bone thing after (?:another|the other)\b|\bit never rains but it pours\b|"
    r"\bwhen it rains it pours\b|\bjust my luck\b|"
    # money and food run out: "no food in the house and no money til payday"
    r"\bno (?:food|money|cash) (?:in the (?:house|flat|fridge|cupboards?)|left|(?:til|till|"
    r"until) (?:payday|pay day|friday|the end of the month|i get paid|my next pay))\b|"
    # low, wanting to hide from the day: "i just want to stay in bed forever"
    r"\b(?:want to|wanna|wish i could|could) (?:just )?(?:stay|hide|lie) in bed (?:forever|all "
    r"(?:day|week)|for (?:a|the) (?:week|month|year|rest of the (?:week|year)))\b|"
    r"\b(?:i have|i'?ve got|ive got|have|got) (?:nobody|no ?one|no friends?) (?:here|to talk|"
    r"to talk to|to speak to|to go out with)\b|\b(?:i am|i'?m|im|feel|feeling) (?:so |very |"
    r"really )?(?:lonely|alone here|isolated)\b|"
    # longing to be held: "i just want someone to hold me", "i really need a hug"
    r"\b(?:want|need|wish i had|miss having) (?:someone|somebody|a person|anyone) to (?:hold|hug|"
    r"cuddle) me\b|"
    # left by everyone: "just leave me alone like everyone else does", "everyone leaves me"
    r"\b(?:leave|left|leaves|leaving|abandon\w*|ditch\w*) me\b.{0,25}\b(?:like|as) every(?:one|"
    r"body) (?:else )?(?:does|did|always does)\b|\bevery(?:one|body) (?:always )?(?:leaves|"
    r"ends up leaving|abandons|ditches|gets bored of) me\b",
    re.IGNORECASE,
)


def worn_down_only(text: str) -> bool:
    """One thing after another, or loneliness, told with no crisis or doubtful word beside it."""
    return _told_unharmed(_WORN_DOWN, text)


# Glad, or settling for the night, in words the model can hear as a wish to be gone: "i want to
# keep this feeling forever", "i never want today to end", "winding down". (Not "i want to sleep
# forever", "i want this to end".)
_GLAD_OR_SETTLING = re.compile(
    r"\b(?:keep|hold on to|bottle|remember) (?:this|that) (?:feeling|moment|day|night)(?: forever)?"
    r"\b|\b(?:wish|want) (?:this|it|today|tonight|this moment|this feeling) (?:could |would |to )?"
    r"(?:last|stay like this) forever\b|\bnever want (?:this|today|tonight|it|the day|the night) "
    r"to end\b|"
    r"\b(?:i have|i'?ve got|ive got|got) a (?:first |second |hot |blind )?date (?:tonight|"
    r"tomorrow|later|this (?:evening|weekend)|on (?:friday|saturday|sunday|monday|tuesday|"
    r"wednesday|thursday))\b|"
    r"^\W*(?:(?:ok|right|so|just|time for|time to start|starting|im|i'?m|i am)\W+)*winding down"
    r"(?:\W+(?:now|for (?:bed|the night|sleep)|for the day|a bit|early tonight))*\W*$",
    re.IGNORECASE,
)


def glad_or_settling(text: str) -> bool:
    """Glad ("i want to keep this feeling forever") or settling for the night ("winding down"),
    with no crisis or doubtful word beside it."""
    return _told_unharmed(_GLAD_OR_SETTLING, text)


# A helpline turned down for a talk: "i dont need a helpline i just want to talk", "no numbers
# please, i just want to vent".
_JUST_TALK = re.compile(
    r"\b(?:don'?t|dont|do not) (?:need|want) (?:a |the |any |another )?(?:helpline|hotline|"
    r"number|numbers|therapist|samaritans|crisis line)\b.{0,25}\b(?:just )?(?:want|need|wanna) "
    r"(?:to )?(?:talk|vent|chat|rant|get it off my chest)\b|"
    r"^\W*no (?:helplines?|hotlines?|numbers)(?: please| pls)?\W+(?:i )?(?:just )?(?:want|need|"
    r"wanna) (?:to )?(?:talk|vent|chat|rant)\b",
    re.IGNORECASE,
)


def just_wants_to_talk(text: str) -> bool:
    """A helpline declined for someone to talk to, with no crisis or doubtful word beside it."""
    return _told_unharmed(_JUST_TALK, text)


# Pain said and nothing else: "im in pain", "i'm in so much pain". The body, or more? Asked.
_IN_PAIN = re.compile(
    r"^\W*(?:(?:honestly|just|ugh+|tbh)\W+)*(?:i'?m|im|i am) (?:in )?(?:so much |such |a lot of |"
    r"real |serious |constant )?pain(?:\W+(?:rn|right now|tonight|today|tbh|again))*\W*$",
    re.IGNORECASE,
)


def in_pain_only(text: str) -> bool:
    """ "im in pain", said alone: asked about, not the full answer."""
    return bool(_IN_PAIN.match(_plain(text)))


# Longing for a time gone by: "i really wish i could go back to those days", "i'd give anything
# to be 17 again", "those were the days". (Not "i wish i could go back to sleep forever", nor a
# wish to be with someone who died: `wants_to_follow_them`.)
_NOSTALGIA = re.compile(
    r"\b(?:wish|if only) (?:i|we) (?:could|can) (?:go|get) back to (?:those|the old|the good|"
    r"them|that) (?:days|times|years|summers?|times?)\b|"
    r"\b(?:wish|if only) (?:i|we) (?:could|can) (?:go back|get back|turn back time)"
    r"(?: in time)? to (?:when (?:i|we) (?:was|were) (?:a kid|kids|little|young|younger|small|"
    r"\d{1,2}|at (?:school|uni|college)|in (?:school|year \d+))|being (?:a kid|little|young|"
    r"\d{1,2})|uni|school|college|before covid|my (?:teens|twenties|childhood|uni days|school "
    r"days))\b|"
    r"\b(?:give|do) anything to be (?:\d{1,2}|a kid|young|little|back (?:at|in) (?:uni|school|"
    r"college))(?: again)?\b|"
    r"\bthose were the (?:days|times)\b|\bmiss (?:the old|those|the good old) days\b",
    re.IGNORECASE,
)


# Someone gone, beside the longing: "when mum was alive", "before he passed".
_SOMEONE_GONE = re.compile(
    r"\b(?:alive|died|passed|gone|dead|lost (?:him|her|them))\b", re.IGNORECASE
)


def nostalgia_only(text: str) -> bool:
    """Longing for a time gone by, with no crisis, doubtful or harm word beside it, and no one
    lost in it ("i wish i could go back to when mum was alive" is grief, and asked about)."""
    return (
        _told_unharmed(_NOSTALGIA, text)
        and not tells_a_loss(text)
        and not wants_to_follow_them(text)
        and not _SOMEONE_GONE.search(text)
    )
