"""A medical emergency told as it happens: someone found hanging, not breathing, who can't
be woken, a child who swallowed tablets, the signs of a stroke or a heart attack.

The emergency number comes first, then what to do until help arrives; questions in the next
minutes ("should i put her on her side", "she's snoring weird") are answered the same way
instead of starting a check-in or a sleep diary.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from bot import intruder
from bot.crisis import raise_flag
from bot.locale import helpline_of
from bot.text import render
from bot.types import Reply
from store.models import Conversation

# Questions and news in this window after the first answer are about the emergency.
STILL_HAPPENING = timedelta(minutes=45)

_OLD_NEWS = re.compile(
    r"\b(?:years?|months?|weeks?) ago\b|\blast (?:year|month|week|summer|winter|spring|autumn)\b|"
    r"\banniversary\b|\bstill (?:haunts|think about|see)\b|\bnightmares? about\b|\bflashbacks?\b|"
    r"\bwhen i was (?:a )?(?:kid|child|little|young|\d+)\b|"
    # days ago, or a death already told: "found my cousin hanging in the garage yesterday"
    r"\byesterday\b|\bthe other day\b|\b(?:\d+|two|three|four|five|six|a few|a couple of) days "
    r"ago\b|\blast (?:night|weekend|\w+day)\b|\bat the weekend\b|\b(?:funeral|inquest|"
    r"post-?mortem|coroner)\b|\b(?:he|she|they) (?:died|passed away|passed(?! out))\b|"
    r"\bsince (?:i found|finding)\b|\bi was the one who found\b",
    re.IGNORECASE,
)
# Someone else, named or pointed to: "him", "my son", "grandma", "the baby".
_THEM = (
    r"(?:he|she|they|hes|shes|theyre|him|her|them|someone|somebody|"
    r"my (?:\w+ )?(?:son|daughter|mum|mom|mam|dad|"
    r"brother|sister|friend|mate|partner|husband|wife|boyfriend|girlfriend|baby|child|kid|"
    r"roommate|flatmate|nan|gran|grandma|grandad|grandpa|grandmother|grandfather|uncle|aunt|"
    r"cousin|neighbou?r|housemate|colleague)|grandma|grandad|nan|gran|the baby|the (?:man|woman|"
    r"guy|girl|boy|kid|person)|a (?:man|woman|guy|girl|boy|kid|person))"
)
# Not a body in danger: "hanging out with", "a heart attack about this interview", "lol".
_FIGURE = re.compile(
    r"\bhang(?:ing|s)? (?:out|around|about|up|on)\b|\bheart attack (?:about|over|when|at|if)\b|"
    r"\b(?:nearly|almost|practically|literally|basically) (?:had|having|gave me|give me) a "
    r"(?:heart attack|stroke)\b|\bfeels? like (?:i'?m|im|i am) (?:not breathing|having a)\b|"
    r"\b(?:lol|lmao|haha\w*|jk)\b|😂|🤣|💀",
    re.IGNORECASE,
)
# Something taken by the writer, at a party or by name: "i took something at a party",
# "took a pill at a festival", "i did a line and". (Too much weed or ketamine has its own
# answer; medicine taken by mistake or an overdose too.)
_TAKEN_BY_ME = re.compile(
    r"(?:^\W*|\b(?:i|i'?ve|ive|i have|we|we'?ve|me and \w+)\s+)(?:just\s+|already\s+|think i\s+)?"
    r"(?:took|taken|had|dropped|done|did|tried|ate|smoked|snorted|necked|popped|swallowed|"
    r"drank)\s+(?:(?P<something>something(?! to (?:eat|drink))|some stuff|some pills?|a pill|"
    r"(?:[1-4]|one|two|three|four|a couple of|a few|half a|half) (?:pills?|tabs?|bombs?|caps?|"
    r"capsules?)|"
    r"pills|half a pill|a half|a tab|tabs|a bomb|bombs|a line|lines|a gummy|a drink (?:someone|"
    r"a guy|a stranger) gave me)|(?:some |a bit of |too much |a lot of |loads of )?(?:acid|lsd|"
    r"mdma|molly|mandy|md|ecstasy|coke|cocaine|speed|shrooms|mushrooms|2cb|2c-b|spice|mamba|"
    r"crystal|meth|pingers?|drugs|nos|g|ghb|mephedrone|mcat|m-cat))\b",
    re.IGNORECASE,
)
_AT_A_PARTY = re.compile(
    r"\b(?:party|festival|club|clubbing|rave|gig|afters|afterparty|after party|house party|"
    r"pres|predrinks|uni|a night out|tonight|dancing)\b",
    re.IGNORECASE,
)
# How they feel: frightened, or a body in trouble.
_SCARED = re.compile(
    r"\b(?:freak\w* out|panick\w*|panic attack|scared|terrified|frightened|paranoid|tripping|"
    r"bad trip|seeing things|hallucinat\w*|feel(?:s|ing)? (?:so |really |very )?(?:weird|strange|"
    r"wrong|off|sick|dizzy|faint|funny|like i'?m (?:dying|going to die|gonna die))|shaking|"
    r"can'?t stop shaking|jaw|spinning|not ok|not okay|help)\b",
    re.IGNORECASE,
)
_BODY = re.compile(
    r"\b(?:heart (?:is |keeps |'s )?(?:racing|pounding|going mad|going crazy|beating "
    r"(?:so |really )?fast|skipping)|chest (?:pains?|hurts?|is tight)|can'?t (?:breathe|catch "
    r"my breath)|overheating|(?:so|really|too|very) hot|burning up|boiling|fitting|seizure|"
    r"passing out|going to pass out|gonna pass out|fainted|confused|throwing up|being sick|"
    r"can'?t stop being sick)\b",
    re.IGNORECASE,
)


def _drugs_taken_by_me(plain: str) -> bool:
    """Something taken by the writer, and frightening now: a drug scare, theirs."""
    from bot import safety_words

    taken = _TAKEN_BY_ME.search(plain)
    if taken is None or not (_SCARED.search(plain) or _BODY.search(plain)):
        return False
    if taken.group("something") and not (_AT_A_PARTY.search(plain) or _BODY.search(plain)):
        return False  # "i took something from the shop and im freaking out"
    return not (
        safety_words.crisis_kind(plain) in ("suicidal", "self_harm", "abuse")
        or safety_words.is_doubtful(plain)
        or safety_words.overdose_told(plain)
        or safety_words.greening_out(plain)
        or safety_words.in_a_k_hole(plain)
    )


# Checked in this order: the first that matches decides the advice.
_SIGNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "hanging",
        re.compile(
            r"\b(?:found|find|came home to|walked in on|just saw)\b.{0,12}\b" + _THEM + r"\b.{0,25}"
            r"\b(?:hanging|hanged|hung)\b(?! (?:out|around|about|up|on|with|back))|"
            r"\b(?:he|she|they)(?:'s|'re| is| are) hanging (?:from|in|off)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "not_breathing",
        re.compile(
            r"\b" + _THEM + r"(?:'s| is| are|'re)? (?:isn'?t|is not|not|stopped|has stopped|"
            r"aren'?t|are not) breathing\b|\b" + _THEM + r"(?:'s| is| are|'re)? (?:turning|gone|"
            r"going) blue\b|\bno pulse\b|\bcan'?t (?:find|feel) (?:a|his|her|their) pulse\b|"
            r"\b(?:collapsed|passed out|fell|went down)\b.{0,30}\b(?:isn'?t|is not|not|stopped|"
            r"aren'?t) breathing\b",
            re.IGNORECASE,
        ),
    ),
    (
        "poisoned_child",
        re.compile(
            r"\b(?:my|the|our|her|his) (?:\d+ ?(?:year|yr|month)[- ]old|baby|toddler|son|"
            r"daughter|little one|kid|child|boy|girl)\b.{0,40}\b(?:swallowed|ate|eaten|drank|"
            r"drunk|got into|has had)\b.{0,40}\b(?:tablets?|pills?|meds|medicine|paracetamol|"
            r"bleach|batter(?:y|ies)|button batter\w+|detergent|pods?|capsules?|cleaning|poison|"
            r"antifreeze|vape liquid|e-?liquid|magnets?)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "drugs",
        re.compile(
            # collapsed or overheating on drugs: "she passed out after a pill and is really hot",
            # "out cold after a pill, people say let him sleep it off"
            r"\b(?:passed out|collapsed|out cold|fainted|blacked out)\b.{0,40}\b(?:after|on|from)\b"
            r".{0,15}\b(?:a pill|pills|mdma|molly|ecstasy|md|drugs|spice|ket|ketamine|ghb|g|coke|"
            r"cocaine|a bomb)\b|\b(?:pills?|mdma|molly|ecstasy|md)\b.{0,60}\b(?:overheating|"
            r"really hot|burning up|boiling|collapsed|passed out|"
            r"heart (?:is )?(?:going|racing|pounding))\b|"
            r"\bout cold\b|\b(?:sleep it off)\b.{0,40}\b(?:won'?t|wont|can'?t|cant) wake\b",
            re.IGNORECASE,
        ),
    ),
    (
        "unresponsive",
        re.compile(
            r"\b(?:can'?t|cant|cannot|won'?t|wont) (?:wake|rouse|get a response from) "
            + _THEM
            + r"\b|\b"
            + _THEM
            + r"\b(?:(?!\bi\b).){0,30}?\b(?:won'?t|wont|can'?t|cant|isn'?t|is not|not) (?:wake up|"
            r"waking up|waking|be woken)\b|\b"
            + _THEM
            + r"(?:'s| is| are|'re) (?:completely |totally )?(?:unconscious|unresponsive)\b"
            r"(?! (?:since|to|on))|\b"
            + _THEM
            + r"\b.{0,40}\b(?:snoring|gurgling|choking on (?:sick|vomit))\b.{0,60}"
            r"\b(?:pills|tablets|xanax|drunk|vodka|drank|took|overdose|od)\b|"
            r"\b(?:pills|tablets|xanax|drunk|vodka|drank|took|overdose|od)\b.{0,60}"
            r"\b(?:snoring|gurgling|choking on (?:sick|vomit))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "seizure",
        re.compile(
            r"\b" + _THEM + r"(?:'s|'re| is| are)? (?:having|had|has) (?:a )?(?:seizure|fit|"
            r"convulsions?)\b|\b"
            + _THEM
            + r"(?:'s|'re| is| are)? (?:fitting|seizing|convulsing)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "stroke",
        re.compile(
            r"\b(?:face|mouth|smile) (?:is |has |keeps )?(?:drooping|droops|dropped|gone "
            r"lopsided|lopsided)\b|"
            r"\b(?:can'?t|cant|cannot) (?:lift|move|feel) (?:my|his|her|their) (?:arm|leg)\b"
            r".{0,60}\b(?:face|speech|talk|words|vision)\b|"
            r"\b(?:face|speech|talk|words)\b.{0,60}\b(?:can'?t|cant|cannot) (?:lift|move|feel) "
            r"(?:my|his|her|their) (?:arm|leg)\b|"
            r"\bi think (?:i'?m|im|i am|" + _THEM + r"(?:'s| is)) having a stroke\b",
            re.IGNORECASE,
        ),
    ),
    (
        "heart",
        re.compile(
            r"\bchest (?:pain|hurts?|is (?:tight|crushing|heavy))\b.{0,60}\b(?:arm|jaw|sweat\w*|"
            r"short of breath|can'?t breathe|numb)\b|\b(?:arm|jaw)\b.{0,40}\b(?:numb|hurts?|"
            r"pain)\b.{0,40}\bchest\b|\bcrushing (?:pain|feeling) in (?:my|his|her) chest\b|"
            r"\bi think (?:i'?m|im|i am|" + _THEM + r"(?:'s| is)) having a heart attack\b|"
            # "my chest is tight and my hands are tingling is this a heart attack"
            r"\b(?:is (?:this|it|that)|am i having|could (?:this|it) be|r i having) a heart "
            r"attack\b|"
            r"\b(?:really |very |so |such )?(?:bad|severe|sharp|crushing|terrible|awful|horrible|"
            r"intense|agonising|agonizing) (?:chest pains?|pains? in (?:my|his|her) chest)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "fall",
        re.compile(
            r"\b" + _THEM + r"\b.{0,20}\b(?:fell|fallen|has fallen|collapsed)\b.{0,60}"
            r"\b(?:not moving|isn'?t moving|won'?t move|can'?t (?:get up|move)|"
            r"hit (?:his|her|their) head|unconscious|bleeding from (?:the|his|her) head)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "fire",
        re.compile(
            # "my kitchen is on fire", "theres a fire in the flat upstairs", "the house is full
            # of smoke"; not "this song is fire", "my throat is on fire", "a fire drill"
            r"(?:\b(?:my|the|our|this|a|his|her|their|next door'?s|(?:the )?neighbou?rs'?) "
            r"(?:\w+ )?|^\W*)(?:kitchen|house|home|flat|apartment|room|bedroom|living room|"
            r"building|block|garage|shed|car|van|oven|hob|pan|chip pan|toaster|microwave|hallway|"
            r"stairs|stairwell|roof|curtains?|sofa|bed|loft|attic|upstairs|downstairs)"
            r"(?:'s| is| are|'re)? (?:on fire|in flames|alight|burning|full of smoke|filling "
            r"(?:up )?with smoke)\b|"
            r"\b(?:there'?s|there is|theres) (?:a )?fire\b(?! (?:alarm|drill|exit|door|"
            r"extinguisher|pit|place|in (?:me|my|his|her|their|your) (?:eyes|belly|heart|soul|"
            r"chest)))|"
            r"\b(?:smoke|fire) (?:is )?(?:everywhere|coming (?:under|through|from)|in the "
            r"(?:hall|hallway|stairs|stairwell|kitchen))\b|"
            r"\b(?:can'?t|cant|cannot) get out\b.{0,40}\b(?:fire|smoke|flames)\b|"
            r"\b(?:fire|smoke|flames)\b.{0,40}\b(?:can'?t|cant|cannot) get out\b",
            re.IGNORECASE,
        ),
    ),
)
# Follow-ups in the minutes after: help has arrived, they have woken, or a question.
_HELP_HERE = re.compile(
    r"\b(?:ambulance|paramedics?|police|fire ?(?:brigade|fighters?)|they)(?:'s|'re| is| are)? "
    r"(?:here|arrived|on (?:their|the) way|coming)\b|"
    r"\b(?:called|rang|phoned) (?:999|911|112|000|111|an ambulance|the ambulance|them|"
    r"the police)\b|"
    r"\bon the (?:phone|line) (?:to|with) (?:them|999|911|112|000|the ambulance)\b",
    re.IGNORECASE,
)
_WOKE = re.compile(
    r"\b(?:woke|waking|is awake|'s awake|came round|come round|breathing (?:again|now|normally)|"
    r"seems? (?:ok|okay|fine|better)|(?:he|she|they)(?:'s|'re| is| are) (?:ok|okay|fine) now)\b",
    re.IGNORECASE,
)
# Someone left in a fire: "my gran is still inside", "the dog is still in there".
_STILL_INSIDE = re.compile(
    r"\b(?:" + _THEM + r"|the (?:dog|cat|kids?|baby))(?:'s|'re| is| are)? (?:still|stuck|"
    r"trapped) (?:inside|in there|in (?:the|her|his|their) (?:house|flat|building|room|bedroom|"
    r"kitchen)|upstairs|downstairs)\b",
    re.IGNORECASE,
)
# Caught in a fire themselves: "im stuck in the bedroom", "we cant get out".
_TRAPPED = re.compile(
    r"\b(?:i'?m|im|i am|we'?re|we are|me and [\w ]{1,20}(?:are|r))\s+(?:stuck|trapped)\b|"
    r"\b(?:i|we) (?:can'?t|cant|cannot|couldn'?t) (?:get out|get to the (?:door|stairs)|reach the "
    r"(?:door|front door|stairs))\b",
    re.IGNORECASE,
)
# Out of a fire: "we're all out", "im outside now", "got everyone out".
_GOT_OUT = re.compile(
    r"\b(?:(?:we|i|everyone|everybody|all of us|the kids)(?:'re|'m| are| am| is|'s)? (?:all )?"
    r"(?:got |are |is )?(?:out|outside|safe)|got (?:everyone|everybody|the kids|us|them|him|her)"
    r" out|(?:we|i) got out)\b",
    re.IGNORECASE,
)
_NOISY = re.compile(r"\b(?:snor\w*|gurgl\w*|rattl\w*|choking)\b", re.IGNORECASE)
_THANKED = re.compile(
    r"^\W*(?:ok(?:ay)?\W+)?(?:thank(?:s| you)(?: so much)?|ty|thx|cheers)\b.{0,40}$", re.IGNORECASE
)
_SIDE = re.compile(
    r"\b(?:on (?:her|his|their|its) side|recovery position|roll (?:him|her|them)|turn (?:him|her|"
    r"them) over)\b",
    re.IGNORECASE,
)


def sign_of(text: str) -> str | None:
    """Which emergency the words tell, if any ("hanging", "unresponsive", "stroke"...)."""
    plain = " ".join(text.replace("\u2019", "'").split())
    if _OLD_NEWS.search(plain) or _FIGURE.search(plain):
        return None  # "i found my dad hanging 5 years ago", "hanging out with her new bf"
    if _drugs_taken_by_me(plain):
        return "drugs_self"  # "i took something at a party and im freaking out"
    feared = intruder.sign_of(plain)  # "someone is breaking in", "a noise downstairs"
    if feared is not None:
        return feared
    sign = next((name for name, pattern in _SIGNS if pattern.search(plain)), None)
    if sign == "fire" and _own_harm(plain):
        return None  # "my house is on fire and i want to die with it": the crisis answer
    if sign is None:
        from bot import safety_words

        body = safety_words.body_in_trouble(plain)  # "my chest is on fire", "gonna pass out"
        sign = f"body_{body}" if body else None
    return sign


def _own_harm(plain: str) -> bool:
    """Words of suicide or self-harm of their own in the message."""
    from bot import safety_words

    return safety_words.crisis_kind(plain) in ("suicidal", "self_harm")


# "no i mean hanging out", "im not in danger lol": we read it wrong.
CORRECTED = re.compile(
    r"^\W*(?:what\W*|no+\W*|nah\W*|lol\W*|omg\W*|wtf\W*)*(?:i (?:mean|meant)|not like that|"
    r"not (?:literally|really|an emergency)|(?:nobody|no one)'?s (?:hurt|in danger)|"
    r"(?:i'?m|im|i am|we'?re|everyone'?s) (?:not in danger|fine|ok|okay|safe)|it was a joke|"
    r"(?:you|u) (?:misread|misunderstood)|that'?s not what i)\b",
    re.IGNORECASE,
)


def corrected(convo: Conversation, text: str, now: datetime) -> bool:
    """They put us right soon after an emergency answer: we drop it and say sorry. (After a
    break-in, "im ok now" is news, answered as such.)"""
    if lately(convo, now) in (None, "intruder") or not CORRECTED.search(text):
        return False
    convo.slots = {k: v for k, v in convo.slots.items() if k != "emergency"}
    return True


def lately(convo: Conversation, now: datetime, text: str = "") -> str | None:
    """The emergency told in the last minutes, if any. After a drug scare that was a fright
    only, what follows is theirs again unless it tells of the body in trouble ("my heart is
    racing now")."""
    told = (convo.slots or {}).get("emergency")
    if not told:
        return None
    if now - datetime.fromisoformat(str(told["at"])) > STILL_HAPPENING:
        return None
    if told.get("fright") and not _BODY.search(text):
        return None
    if str(told["sign"]).startswith("body_") and not _BODY_NEWS.search(text):
        return None  # "can you set a reminder", after "my chest hurts": theirs again
    return str(told["sign"])


def respond(
    session: Session,
    convo: Conversation,
    sign: str,
    text: str,
    settings: dict[str, Any],
    now: datetime,
    *,
    again: bool = False,
) -> list[Reply]:
    """The emergency number first, then what to do until help comes; staff are told."""
    if sign == "drugs_self":
        return _drug_scare(session, convo, text, settings, now, again=again)
    if sign.startswith("body_"):
        return _body_in_trouble(session, convo, sign, text, settings, now, again=again)
    if sign in ("intruder", "noise"):
        return intruder.respond(session, convo, sign, text, settings, now, again=again)
    raise_flag(session, convo, "crisis", "danger", now)
    convo.slots = {**convo.slots, "emergency": {"sign": sign, "at": now.isoformat()}}
    helpline = helpline_of(convo, settings)
    if not again:
        inside = sign == "fire" and _STILL_INSIDE.search(text) is not None
        trapped = sign == "fire" and _TRAPPED.search(text) is not None
        return [
            Reply(
                render(
                    "emergency_now", sign=sign, helpline=helpline, inside=inside, trapped=trapped
                )
            )
        ]
    news = (
        "help_here"
        if _HELP_HERE.search(text)
        else "out"
        if sign == "fire" and _GOT_OUT.search(text)
        else "woke"
        if _WOKE.search(text)
        else "thanks"
        if _THANKED.match(text)
        else None
    )
    side = _SIDE.search(text) is not None
    noisy = _NOISY.search(text) is not None
    return [
        Reply(
            render(
                "emergency_more", sign=sign, helpline=helpline, news=news, side=side, noisy=noisy
            )
        )
    ]


# Feeling it ease, after a drug scare: "calming down now", "feel a bit better".
_EASING = re.compile(
    r"\b(?:calm\w*|better|ok now|okay now|fine now|easing|slowing down|wearing off|come down|"
    r"coming down)\b",
    re.IGNORECASE,
)


def _drug_scare(
    session: Session,
    convo: Conversation,
    text: str,
    settings: dict[str, Any],
    now: datetime,
    *,
    again: bool,
) -> list[Reply]:
    """A drug scare of their own: what to do now, and when to call for help. A body in
    trouble (a racing heart, overheating, chest pain) puts the emergency number first, is told
    to staff, and what follows in the next minutes is about it; a fright alone gets calm first
    aid and a breathing offer."""
    helpline = helpline_of(convo, settings)
    body = _BODY.search(text) is not None
    if body or again:
        raise_flag(session, convo, "crisis", "danger", now)
        convo.slots = {**convo.slots, "emergency": {"sign": "drugs_self", "at": now.isoformat()}}
    else:  # a fright: breathing offered, and a racing heart in the next minutes heard as this
        told = {"sign": "drugs_self", "at": now.isoformat(), "fright": True}
        convo.slots = {**convo.slots, "offer": "breathing", "emergency": told}
    news = None
    if again:
        news = (
            "help_here"
            if _HELP_HERE.search(text)
            else "easing"
            if _EASING.search(text) and not body
            else None
        )
    if news == "easing":  # what they say next is theirs again, not the scare's
        convo.slots = {k: v for k, v in convo.slots.items() if k != "emergency"}
    return [Reply(render("drug_scare", helpline=helpline, body=body, again=again, news=news))]


# What they say of their body in the minutes after "my chest hurts" or "i think im going to
# pass out": help has come, it eases or not, it may be panic, or a short answer to "how is it?"
_BODY_NEWS = re.compile(
    r"\b(?:still|worse|better|easing|eased|gone|passed|calm\w*|hurts?|hurting|pain\w*|tight|"
    r"dizzy|faint|shak\w*|breath\w*|panic\w*|anxi\w*|ambulance|paramedics?|111|999|911|doctor|"
    r"a ?& ?e|hospital|heart|chest|arm|jaw|sick|sweat\w*|numb|tingl\w*)\b|"
    r"^\W*(?:\w+\W+){0,3}\w*\W*$",
    re.IGNORECASE,
)
_BODY_OK = re.compile(
    r"^\W*(?:(?:i'?m|im|i am|feeling|feel|it'?s|its)\s+)?(?:ok(?:ay)?|fine|alright|all right|"
    r"good|better|grand|settled|normal)(?:\s+(?:now|thanks|thank you|ty|again))*\W*$",
    re.IGNORECASE,
)
_PANIC_TOLD = re.compile(r"\bpanic\w*|\banxiety attack\b|\bjust anxi\w*", re.IGNORECASE)


def _body_in_trouble(
    session: Session,
    convo: Conversation,
    sign: str,
    text: str,
    settings: dict[str, Any],
    now: datetime,
    *,
    again: bool,
) -> list[Reply]:
    """Their own chest hurting, or about to faint: what to do for the body now and when to call
    the emergency number, not a crisis line; a chest is told to staff. What they say of it in
    the next minutes is heard as about it: help come, easing, or panic (breathing offered)."""
    helpline = helpline_of(convo, settings)
    if sign == "body_chest" and not again:
        raise_flag(session, convo, "crisis", "danger", now)
    news = None
    if again:
        news = (
            "help_here"
            if _HELP_HERE.search(text)
            else "panic"
            if _PANIC_TOLD.search(text)
            else "easing"
            if (_EASING.search(text) or _BODY_OK.match(text))
            and not re.search(r"\b(?:not|no|still)\b", text, re.I)
            else None
        )
    rest = {k: v for k, v in convo.slots.items() if k != "emergency"}
    if news in ("easing", "help_here"):  # what they say next is theirs again
        convo.slots = rest
    elif news == "panic":  # a yes takes the breathing offered
        convo.slots = {**rest, "offer": "breathing"}
    else:
        convo.slots = {**rest, "emergency": {"sign": sign, "at": now.isoformat()}}
    return [Reply(render("body_now", helpline=helpline, sign=sign, again=again, news=news))]
