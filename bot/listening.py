"""Listening: venting heard rather than met with a form, a small everyday thing they keep
forgetting met with a reminder offered, a loss and the memories that follow it, a hard feeling
kept for the "what should i do?" after it, lived topics (OCD, drink, coming out, a crying baby,
gambling) met as such, and more about someone they worry about.

venting ──▶ "i keep forgetting to drink water" ──▶ "would a reminder help?"
    ├─▶ "yeah go on" ──▶ "when should I remind you to drink water?"
    ├─▶ "every day at 2pm" ──▶ set
    ├─▶ "what would that involve" / "idk" ──▶ what it is, offer kept
    └─▶ "nah" / "not rn" / "maybe later" ──▶ still listening
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import safety_words
from bot.actions.general import DOCTOR_FOR_THEM, supporting_lately
from bot.forms import COPE_ASK
from bot.locale import helpline_of
from bot.moods import (
    EVERYONE_LEAVES,
    LEAVE_ME_ALONE,
    WHY_ASKED_HOW,
    day_told,
    excited_news,
    grossed_out,
    vented_about,
)
from bot.put_off import as_you
from bot.reminders import quiet_for_a_while
from bot.routing import HURT_BY_SOMEONE, LIFE_EVENT, LOSS, MIXED, VENTING, keyword_action
from bot.runner import end_form
from bot.safety_words.everyday import forgets_medicine
from bot.text import render
from bot.topics import (
    ADVICE_ASK,
    ANXIOUS_WORDS,
    COPING_FOR_EKMAN,
    COPING_WITH_BREATHING,
    EXASPERATED,
    FUNERAL_AHEAD,
    LONELY,
    NEWS_TEASED,
    PET_MISSING,
    STORY_START,
    THIRD_PERSON,
    WHAT_NOW,
    WHAT_THINK,
    chat_topic,
    day_ahead,
    everyday_news,
    nerves_ahead,
    not_glad,
    sarcastic,
    service_topic,
    told_not_asked,
)
from bot.types import Reply
from store.models import CheckIn, Conversation

if TYPE_CHECKING:
    from nlu import Parse


# Caring for someone: "i look after my husband who has dementia", "I am her full time carer".
CARING_FOR = re.compile(
    r"\b(?:i'?m|im|i am|i've been|ive been) (?:(?:his|her|their|a|the|my \w+'?s) )?"
    r"(?:full[- ]?time |main |only |unpaid |young )?(?:carer|caregiver|care giver)\b|"
    r"\bi (?:look|looked|have to look) after (?:my|our)\b|"
    r"\b(?:i'?m|im|i am) (?:looking after|caring for) (?:my|our)\b|"
    r"\bi care for (?:my|our) (?:\w+ )?(?:mum|mom|mam|dad|mother|father|wife|husband|partner|"
    r"son|daughter|brother|sister|nan|gran|grandma|grandad|grandfather|grandmother|parents?)\b",
    re.IGNORECASE,
)
CARER_HEARD_FOR = timedelta(hours=3)  # a bare "what would you suggest?" is about caring
# "what would you suggest?", "what help is there", "wat shud i do": what to do, asked bare
_HELP_THERE = re.compile(
    r"^\W*(?:so|ok|okay|but|and|well)?\W*(?:what|is there (?:any|anything))\b.{0,20}"
    r"\b(?:help|support)\b.{0,12}\??\W*$",
    re.IGNORECASE,
)
LOSS_HEARD_FOR = timedelta(hours=2)  # memories after a loss is told are heard as grief
# Telling about someone who died: "she was my best friend", "he always used to sing".
MEMORY_OF_THEM = re.compile(
    r"^\W*(?:and |but |honestly |just )?(?:he|she|they|we|my (?:\w+ ){0,2}(?:mum|mom|dad|"
    r"nan|gran|grandma|grandad|grandpa|brother|sister|friend|husband|wife|partner|son|"
    r"daughter|dog|cat|boy|girl))\b.{0,30}\b(?:was|were|used to|would always|always|loved|"
    r"had|made|taught|gave|raised|brought me up|looked after|took care)\b",
    re.IGNORECASE,
)
# What the model may make of more told about a death ("it was sudden, heart attack" reads as
# danger, "she was 14" as off-topic); heard as part of the loss when nothing in it is danger.
GRIEF_HEARD_INTENTS = ("crisis", "out_of_scope", "out_of_scope_unsure", "smalltalk", "help")
SUDDEN = re.compile(
    r"\b(?:sudden(?:ly)?|out of (?:nowhere|the blue)|no warning|unexpected(?:ly)?|heart attack|"
    r"stroke|accident|crash|aneurysm|in (?:his|her|their) sleep|so quick(?:ly)?|so fast)\b",
    re.IGNORECASE,
)
# Told how young they were: "he was only 24", "she was so young", "far too soon".
TOO_YOUNG = re.compile(
    r"\bonly (?:just )?(?:\d{1,2}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty)\w*)\b(?! ?(?:days?|weeks?|months?|hours?|hrs?|min\w*|times?|years? ago)\b)|"
    r"\b(?:so|too|really|very|way too|far too) young\b|\b(?:too|way too|far too) (?:soon|early)\b|"
    r"\b(?:his|her|their) (?:whole )?life (?:ahead|in front)\b|\bbarely (?:\d{1,2}|an adult)\b",
    re.IGNORECASE,
)
IF_ONLY = re.compile(
    r"\b(?:should(?:'?ve| have) (?:noticed|known|seen|been|done|gone|called|rung|visited)|"
    r"could(?:'?ve| have) (?:done|stopped|saved|noticed)|if only|my fault)\b",
    re.IGNORECASE,
)
# What the model may make of everyday news ("im flying to spain tomorrow" reads as off-topic).
NEWS_INTENTS = ("smalltalk", "out_of_scope", "out_of_scope_unsure", "help", "greet", "mood_report")
# A score said in digits or words, not only an emoji.
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", re.I)
# Who a loss or a memory is about, for the words said back ("tell me about him").
_HE = re.compile(
    r"\b(?:he|him|his|husband|dad|daddy|father|grandad|grandpa|granddad|grandfather|brother|"
    r"son|boyfriend|uncle|nephew|grandson|stepdad|fiance|bf)\b",
    re.IGNORECASE,
)
_SHE = re.compile(
    r"\b(?:she|her|hers|wife|mum|mom|mam|mummy|mommy|mother|nan|nana|gran|granny|grandma|"
    r"grandmother|sister|daughter|girlfriend|aunt|auntie|niece|granddaughter|stepmum|stepmom|"
    r"fiancee|gf)\b",
    re.IGNORECASE,
)
_PRONOUNS = {"he": ("he", "him"), "she": ("she", "her"), "they": ("they", "them")}


def who_is_meant(text: str) -> str:
    """ "he", "she" or "they": the first word in the message that tells who ("my husband
    died" is "he"; "my friend", a pet or nothing said is "they")."""
    # the part that tells the loss, when there is one: "My daughter set this up for me. I've
    # been lonely since my husband passed." is about him
    told = [p for p in re.split(r"(?<=[.!?\n])\s+|,\s+", text) if LOSS.search(p)]
    if told and (_HE.search(told[0]) or _SHE.search(told[0])):
        text = told[0]
    he, she = _HE.search(text), _SHE.search(text)
    if he and (she is None or he.start() < she.start()):
        return "he"
    return "she" if she else "they"


def pronouns(convo: Conversation, text: str = "") -> dict[str, str]:
    """The words for the one they lost, from this message or from the loss as told:
    ``they`` ("he") and ``them`` ("him")."""
    told = who_is_meant(text)
    who = told if told != "they" else str(convo.slots.get("lost_one", "they"))
    they, them = _PRONOUNS.get(who, _PRONOUNS["they"])
    return {"they": they, "them": them}


# After "i just need to vent", feelings are listened to for this long since the last one.
LISTEN_FOR = timedelta(minutes=20)
# A "no" to breathing while they tell us how they feel keeps it from being offered this long.
EXERCISE_DECLINED_FOR = timedelta(hours=1)
# A hard feeling told this recently is what a bare "what should i do?" is about.
FELT_FOR = timedelta(minutes=30)
# A message this long about how they feel is listened to first, not met with a 1-10 question.
LONG_TELLING = 12
CHECKED_IN_LATELY = timedelta(hours=3)
# Said in the middle of a story: "like who does that", "how could she", "why would he say that".
RHETORICAL = re.compile(
    r"\b(?:who|what kind of (?:a )?(?:person|friend|boss|manager|mum|mom|dad|parent|teacher|"
    r"partner)) (?:even )?(?:does|do|would do|says|said|would say) (?:that|this|stuff like that|"
    r"something like that)\b|\bhow (?:could|can|dare) (?:she|he|they|anyone|someone|people)\b|"
    r"\bwhy would (?:she|he|they|anyone|someone) (?:do|say)\b",
    re.IGNORECASE,
)
# More of the story, carried on: "and she just laughed", "but then he left", "like seriously".
STILL_TELLING = re.compile(r"^\W*(?:and|but|then|plus|like|cos|coz|because)\b", re.IGNORECASE)
# No words for it just now, while telling us: "idk", "i dont know what to say", "dunno".
# Sorry for how they told it: "I do apologise for rambling on", "sorry for shouting", "sorry
# for the essay lol", "soz for moaning".
SORRY_FOR_TELLING = re.compile(
    r"^\W*(?:(?:ok|okay|anyway|god|ugh|lol|haha)\W+)*(?:(?:i'?m|im|i am) )?(?:so |really )?"
    r"(?:sorry|soz|sry|apologies|i (?:do )?apologi[sz]e)\W+(?:for|about|if i'?m|if i am|"
    r"that i'?m|i'?m|im)?\W*(?:the |my |all the |all this |all that |being )?(?:rambl\w*|"
    r"rant\w*|going on|moan\w*|whing\w*|shout\w*|swear\w*|all caps|caps|essay|waffl\w*|"
    r"offload\w*|dump\w*|unload\w*|long (?:message|text)s?)\b"
    r"(?:\W+(?:on|at you|like that|lol|haha|x+))*\W*$",
    re.IGNORECASE,
)
LOST_FOR_WORDS = re.compile(
    r"^\W*(?:(?:idk|i dunno|dunno|i don'?t know|i dont know|not sure|no idea|hm+|um+)"
    r"(?: what (?:to say|else to say|i (?:want|need|feel)))?(?: (?:tbh|honestly|really|man|lol))?"
    # "idk its whatever", "whatever", "it is what it is": a shrug, while telling us
    r"(?:\W+(?:it'?s|its) (?:whatever|just whatever|fine|nothing))?|whatever|it is what it is)\W*$",
    re.IGNORECASE,
)
# Said to us, not part of the story: "and can you help", "but what do u think".
_QUESTION_START = re.compile(
    r"^\W*(?:what|wat|how|why|when|where|who|can|could|should|shud|is|are|do|does|will|would)\b",
    re.IGNORECASE,
)
# An exclamation that opens like a question: "what a day", "how amazing is that".
_EXCLAIMED = re.compile(
    r"^\W*(?:what an? |how (?!(?:are|r|is|was|were|do|did|does|can|could|should|would|will|"
    r"come|long|much|many|about)\b)\w+)",
    re.IGNORECASE,
)
_TO_US = re.compile(r"\b(?:you|u|ur|your|bot)\b", re.IGNORECASE)
# A reaction to coming out: "she just cried and wont talk to me", "keeps calling me my deadname".
_REACTED = re.compile(
    r"\b(?:cried|crying|won'?t talk|wont talk|didn'?t (?:take|react)|kicked|shouted|angry|"
    r"disowned|deadnam\w*|won'?t accept|doesn'?t accept|laughed)\b",
    re.IGNORECASE,
)


# Met with love after coming out: "she was amazing about it", "they took it really well".
_WELCOMED = re.compile(
    r"\b(?:was|were|been|is|are) (?:so |really |actually |totally |super |completely )?"
    r"(?:amazing|great|brilliant|lovely|fine|cool|supportive|accepting|chill|ok|okay|good|"
    r"wonderful|incredible)(?: (?:about|with) it)?\b|\btook it (?:so |really )?(?:well|great|"
    r"fine)\b|\bhugged me\b|\bso proud of me\b|\b(?:still )?loves? me (?:no matter what|"
    r"anyway|just the same)\b",
    re.IGNORECASE,
)
# Something small they keep forgetting, that a text from us could help with: "i keep
# forgetting to drink water", "i never remember to take my meds", "i always forget to eat"
# (not "i forgot to call her on her birthday": once, and past).
FORGETTING = re.compile(
    r"\b(?:keep (?:on )?forgetting|always forget(?:ting)?|constantly forget(?:ting)?|(?:often|"
    r"usually|sometimes|do|just) forget|never remember|don'?t remember|dont remember|"
    r"(?:^|\bi |\band |, )forget) to (?P<task>(?:(?!\b(?:because|cos|coz|cuz|bc|when|while|"
    r"lol|lmao|tbh|honestly|but|so|which|and then|and i|anymore|lately|these days|at all|"
    r"half the time|most days|recently|until|till|now|too|either)\b)[a-z']+ ?){1,6})",
    re.IGNORECASE,
)


# Skipped rather than forgotten: "i keep skipping lunch", "always miss my meds", "i never
# drink enough water". The same small thing a reminder can help with.
_SKIPPED = re.compile(
    r"\b(?:keep (?:on )?|always |often |constantly |usually |tend to )(?:skipping|missing|skip|"
    r"miss|forgetting|forget) (?:my |the |about my |to take (?:my |the )?|taking (?:my |the )?)?"
    r"(?:(?P<meal>breakfast|lunch|dinner|meals)|"
    r"(?P<meds>meds|medication|medicine|pills|tablets|anti-?depressants|vitamins|inhaler))\b|"
    r"\b(?:never|don'?t|do not|barely) (?:drink|have) enough "
    r"(?P<water>water)\b",
    re.IGNORECASE,
)


def forgotten_task(text: str) -> str | None:
    """The everyday thing they keep forgetting ("drink water", "take my meds"); None else."""
    skipped = _SKIPPED.search(text.replace("\u2019", "'"))
    if skipped is not None:
        meal = (skipped["meal"] or "").lower()
        if meal:
            return "eat" if meal == "meals" else f"have {meal}"
        return f"take my {skipped['meds'].lower()}" if skipped["meds"] else "drink water"
    found = FORGETTING.search(text.replace("\u2019", "'"))
    if found is None:
        return None
    task = re.sub(
        r"(?: (?:and|or|to|at|the|a|in|on|with|for))+$", "", found["task"].strip().lower()
    )
    return task if task and not task.startswith(("what", "how", "who", "why", "where")) else None


def offer_a_reminder(
    convo: Conversation, text: str, intent: str, parse: Parse, now: datetime, *, recent: bool
) -> list[Reply] | None:
    """While listening (or told as how they feel), a small thing they keep forgetting: heard,
    and a reminder offered gently, the listening kept; None when nothing is forgotten."""
    task = forgotten_task(text)
    if task is None or task.startswith("breath"):
        return None  # ("i forget to breathe when i panic": breathing, not a reminder)
    if parse.crisis and not forgets_medicine(text):  # (the model can hear pills as a crisis)
        return None
    told = ("mood_report", "out_of_scope_unsure", "smalltalk")
    if intent not in told and not (recent and intent == "set_reminder"):
        return None  # ("i keep forgetting my meds, remind me at 9" asks for one: set it)
    convo.slots = {
        **convo.slots,
        "listening_since": now.isoformat(),
        "listened": True,
        "offer": "reminder_for",
        "offer_reminder_task": task[:60],
    }
    return [Reply(render("offer_reminder", task=as_you(task), asked=False))]


def _answered_once(convo: Conversation, key: str, now: datetime) -> bool:
    """Whether this message answers what we said at the time kept under `key` ("so_so_at",
    "bored_at"), within `ABOUT_US_FOR`; the time is let go either way, so only the next
    message is read as the answer."""
    said_at = convo.slots.get(key)
    if not said_at:
        return False
    convo.slots = {k: v for k, v in convo.slots.items() if k != key}
    return now - datetime.fromisoformat(str(said_at)) <= ABOUT_US_FOR


def offer_to_listen(convo: Conversation, now: datetime) -> None:
    """After "would you like to tell me about it?": listening, and a yes or no to it is
    answered as one (see offers.answer_offer)."""
    convo.slots = {
        **convo.slots,
        "listening_since": now.isoformat(),
        "listened": False,
        "offer": "talk",
    }


# Told we got them wrong: "you got it wrong", "thats not what i meant", "you're not listening".
_GOT_WRONG = re.compile(
    r"\b(?:you'?ve|youve|you|u) (?:got|get|have got|read|took|taken|heard) (?:it|that|me|this) "
    r"(?:all |completely |totally )?wrong\b|\b(?:you|u) (?:misunderstood|misread|misheard|"
    r"misunderstand)\b|^\W*(?:no\W+)?(?:that'?s|thats|that is|thats) not what i (?:said|meant|mean|"
    r"asked|wrote|was saying)\b|\b(?:you'?re|you are|ur|u r|youre|ure) not (?:even )?(?:listening|"
    r"hearing me|getting it)\b|\bi (?:never|didn'?t|didnt) say (?:that|i was)\b|^\W*no\W+i said\b",
    re.IGNORECASE,
)
# Feelings, as put right: "im not sad im angry", "i said i was annoyed not sad".
_FELT = (
    r"sad|angry|annoyed|upset|anxious|stressed|worried|scared|tired|frustrated|hurt|lonely|"
    r"bored|fine|ok|okay|happy|low|depressed|mad|furious|nervous|overwhelmed|confused|numb|"
    r"jealous|disappointed|embarrassed|guilty|irritated|fed up|pissed off|exhausted|gutted"
)
_FELT_INSTEAD = re.compile(
    rf"\b(?:i'?m|im|i am|i was|i feel|i felt) not (?:feeling )?(?P<wrongly>{_FELT})\b\W+(?:i'?m|im|"
    rf"i am|i was|i feel|just|i'?m just|im just|more|more like)\s+(?P<felt>{_FELT})\b|"
    rf"\b(?:i said|i was|i'?m|im|i feel)\s+(?:i was |i'?m |im |i felt )?(?P<felt2>{_FELT}),? not "
    rf"(?P<wrongly2>{_FELT})\b",
    re.IGNORECASE,
)
# Asked why we keep asking for numbers: "why do you keep asking me for numbers".
_NUMBERS_AGAIN = re.compile(
    r"\bwhy (?:do|does|d'?you) (?:you|u|it) (?:keep|always) (?:asking|wanting|making me)\b.{0,30}"
    r"\b(?:numbers?|scores?|rate|rating|scale|1 ?(?:-|to) ?10)\b|"
    r"\bi (?:don'?t|dont|do not) want to (?:give|pick|choose|put) (?:you )?(?:a )?"
    r"(?:number|score|rating)\b|\benough with the (?:numbers|scores|ratings)\b",
    re.IGNORECASE,
)


def put_right(convo: Conversation, text: str, now: datetime) -> list[Reply] | None:
    """Told we got them wrong ("you got it wrong, im not sad im angry", "thats not what i
    meant"), or asked why we keep asking for numbers: sorry, the feeling as they put it, and
    listening; None for anything else."""
    said = text.replace("\u2019", "'")
    numbers = _NUMBERS_AGAIN.search(said) is not None
    wrong = _GOT_WRONG.search(said) is not None
    instead = _FELT_INSTEAD.search(said)
    if not (numbers or wrong or (instead and listening_lately(convo, now))):
        return None
    felt = (instead["felt"] or instead["felt2"]).lower() if instead else None
    wrongly = (instead["wrongly"] or instead["wrongly2"]).lower() if instead else None
    told = listening_lately(convo, now)  # what made them feel it was told just now
    convo.slots = {
        **{k: v for k, v in convo.slots.items() if k not in ("offer", "offer_at")},
        "listening_since": now.isoformat(),
        "listened": True,
    }
    said_back = render("put_right", numbers=numbers, felt=felt, wrongly=wrongly, told=told)
    return [Reply(said_back)]


# Alone on their day: "no one remembered", "just me on my own".
FORGOTTEN = re.compile(
    r"\b(?:no ?one|nobody|no body|not even)\b.{0,30}\b(?:remember\w*|said|messaged|texted|called|"
    r"rang|came|cares?|bothered)\b|\b(?:everyone|they all|they) forgot\b|\bforgot(?:ten)?\b.{0,20}"
    r"\bbirthday\b|\b(?:on my own|by myself|alone|just me)\b",
    re.IGNORECASE,
)
# The longest answer to "doing anything nice?" met as plans ("just a quiet one with my family").
PLANS_WORDS = 14
# What makes that answer no plans to be glad about: "nothing, no one remembered", "not really".
PLANS_NOT_GLAD = re.compile(
    r"\b(?:no|not|nothing|nope|nah|never|nobody|no one|noone|alone|on my own|by myself|forgot|"
    r"forgotten|remembered|working|work|sad|lonely|cry\w*|just me)\b|n'?t\b",
    re.IGNORECASE,
)
# Ready for the day ahead: "yeah im ready i think", "not too worried actually", "excited!".
READY_AHEAD = re.compile(
    r"^(?!.*\b(?:but|though|tho|what if|except)\b)(?:.*\bnot (?:too |that |really |very )?"
    r"(?:worried|nervous|bothered|scared|stressed)\b|(?!.*\b(?:not|n'?t|never|no)\b).*\b(?:ready|"
    r"prepared|confident|excited|buzzing|calm|fine|good|great|alright|all right|ok|okay|chill)\b)",
    re.IGNORECASE,
)
# The fewest words of a short telling mid-story: "i keep checking his instagram".
SHORT_STORY_WORDS = 3
# Told of themselves: "i keep...", "i just...".
TOLD_OF_ME = re.compile(r"^\W*(?:i|i'?m|im|i'?ve|ive|my)\b", re.IGNORECASE)
# Others laughing, told mid-story: "everyone was laughing", "and they all just laughed".
LAUGHED_AT = re.compile(
    r"\b(?:everyone|everybody|they|people|he|she|all of them|the whole \w+|the class|my mates|"
    r"the others|them)\b(?: \w+){0,3} (?:was |were |just |all |started |kept )*(?:laugh(?:ing|ed)|"
    r"giggl(?:ing|ed)|smirk(?:ing|ed)|snigger(?:ing|ed)|mocking|making fun)\b",
    re.IGNORECASE,
)
# A worry about the day ahead just told: "what if i mess it up", "i always blank".
WORRY_AHEAD = re.compile(
    r"\bwhat if\b|\b(?:mess|screw|cock|balls|muck) (?:it |this |everything )?up\b|\bblank\w*\b|"
    r"\bgo(?:es)? wrong\b|\bfail\w*\b|\b(?:nervous|nervy|anxious|scared|worried|terrified|"
    r"dreading|bricking it|shitting it|panick\w*)\b|\bmake a fool of myself\b|\bembarrass\w*\b",
    re.IGNORECASE,
)
# What a hard telling can be about that is listened to at once, not asked for a number.
TOLD_TROUBLES = frozenset(
    {
        "study",
        "housemate",
        "work",
        "partner",
        "family",
        "friends",
        "children",
        "behind",
        "school",
        "parent",
        "lonely",
        "missing",
        "illness",
        "moving_away",
    }
)


def listening(
    session: Session, convo: Conversation, text: str, intent: str, parse: Parse, now: datetime
) -> list[Reply] | None:
    """ "i just need to vent": listen. What they say next about how they feel is heard, with
    an exercise or a check-in offered, rather than starting a check-in form; something small
    they keep forgetting is met with a reminder offered."""
    if LEAVE_ME_ALONE.search(text) and keyword_action(text) is None and not quiet_for_a_while(text):
        # "Why do you keep asking me how I feel. Just leave me alone.": space, not "I'm
        # listening, say as much as you want"; no offer left open, and the way to fewer texts
        convo.slots = {
            k: v for k, v in convo.slots.items() if k not in ("offer", "listening_since")
        }
        asked = WHY_ASKED_HOW.search(text) is not None
        left = EVERYONE_LEAVES.search(text) is not None
        return [Reply(render("leave_alone", asked=asked, left=left))]
    if chat_topic(text) == "change_subject":
        # "can we talk about something else" while we listen: that is left, not "go on"
        convo.slots = {
            k: v for k, v in convo.slots.items() if k not in ("offer", "listening_since")
        }
        return None
    topic = service_topic(text)
    # ("my husband died 3 weeks ago and my son said i should text this": the loss is heard)
    told_and_sent = topic == "who_we_are" and intent == "mood_report" and len(text.split()) >= 10
    # ("can we just talk": asked to be listened to, which is what this is)
    if topic is not None and topic != "listening" and not told_and_sent:
        return None  # "what help is there for carers": a question of ours, answered as one
    if NO_REASON.match(text) and not listening_lately(convo, now):
        # "i dont really know why im texting": no reason needed, and asked gently, not a 1-10
        offer_to_listen(convo, now)
        return [Reply(render("no_reason_needed"))]
    # ("bored i guess", "feeling a bit off today", "fine-ish": as mild, not "I'm sorry")
    so_so = SO_SO.match(text) or MILD.match(text)
    if so_so and not listening_lately(convo, now):
        # "meh", "could be better", "surviving" out of the blue: a so-so day, heard as one;
        # "im tired": asked what from, not "I'm sorry you're feeling this way" and a 1-10
        tired = re.search(r"tired|sleepy", text, re.IGNORECASE) is not None
        # ("bored i guess": boredom, as for "so bored"; what they say next is heard)
        bored = re.search(r"bored", text, re.IGNORECASE) is not None
        if bored:  # "nothing to do" next is more of the boredom (see below)
            convo.slots = {**convo.slots, "offer": None, "bored_at": now.isoformat()}
            return [Reply(render("so_so_heard", bored=True))]
        offer = None if tired else "checkin"
        convo.slots = {**convo.slots, "offer": offer, "so_so_at": now.isoformat()}
        return [Reply(render("so_so_heard", tired=tired))]
    bored_lately = _answered_once(convo, "bored_at", now)  # "boredom can be ... tiring"
    if (
        bored_lately and NOTHING_TO_DO.match(text) and not parse.crisis
    ):  # "so bored" ... "nothing to do": a day dragging, not the menu
        return [Reply(render("so_so_heard", bored=True, more=True))]
    so_so_lately = _answered_once(convo, "so_so_at", now)  # "want to tell me about it?"
    if (
        so_so_lately
        and intent in NEWS_INTENTS
        and "?" not in text
        and keyword_action(text) is None
        and not _QUESTION_START.match(text)
    ):  # "meh" ... "work stuff": what the day was, told; listened to
        convo.slots = {
            **convo.slots,
            "listening_since": now.isoformat(),
            "listened": True,
            "offer": None if _exercise_declined(convo, now) else "breathing",
        }
        felt = parse.ekman if parse.emotion_confidence >= 0.5 else "neutral"
        about = vented_about(text)  # "school was long and my mates were being weird": named
        return [
            Reply(render("listening", more=True, again=False, ekman=felt, said=None, about=about))
        ]
    opening = _opening(convo, text, parse, now)
    if opening is not None:
        return opening
    if SMALL_WIN.search(text) and not parse.crisis and keyword_action(text) is None:
        # "i got out of bed today. small win": glad with them, not "Let's check in" and a 1-10
        return [Reply(render("small_win"))]
    if (
        intent == "mood_report"
        and chat_topic(text) == "mishap"
        and not parse.crisis
        and keyword_action(text) is None
        and not any(e.type == "mood_score" for e in parse.entities)
    ):  # "ugh my phone screen cracked": an "oh no", not a check-in
        # ("breathe" is named as a word to send: a "yeah" next is agreeing, not a yes to it)
        mishap = {"offer": None, "listening_since": now.isoformat(), "listened": True}
        convo.slots = {**convo.slots, **mishap, "listen_turns": 0}
        return [Reply(render("mishap_heard"))]
    kind = _kind_words(text, intent, parse)
    if kind is not None:
        # "i failed my driving test again": a disappointment met as one; "why do i always ruin
        # everything": gently, not a 1-10 question; what they say next is listened to
        convo.slots = {
            **convo.slots,
            "listening_since": now.isoformat(),
            "listened": True,
            "listen_turns": 0,
            "offer": None,
        }
        if kind == "setback":
            again = SETBACK_AGAIN.search(text) is not None
            return [Reply(render("setback_heard", again=again))]
        return [Reply(render("self_critical", body=kind == "body"))]
    if listening_lately(convo, now) and WHAT_THINK.match(text):
        # "...and i just walked out" ... "what do you think": a thought back, not "a small bot"
        convo.slots = {**convo.slots, "listening_since": now.isoformat()}
        return [Reply(render("opinion_asked", about="overreacting"))]
    excited = excited_news(text) if not parse.crisis and keyword_action(text) is None else None
    if excited is not None:
        # "im literally shaking i got into uni", "nervous but excited, wedding is tomorrow":
        # good news, whatever fear or tears the model hears in it; thanks next shares the joy
        convo.slots = {**convo.slots, "good_news_at": now.isoformat()}
        return [Reply(render("good_news", felt=excited))]
    plain_ahead = day_ahead(text) if not parse.crisis and keyword_action(text) is None else None
    if plain_ahead is not None and intent in NEWS_INTENTS:
        # "i have an interview tomorrow": good luck, and how they feel about it asked, not
        # "not something I can help with"; a worry next ("what if i mess it up") is nerves
        convo.slots = {
            **convo.slots,
            "listening_since": now.isoformat(),
            "listened": False,
            "ahead_at": now.isoformat(),
        }
        return [Reply(render("day_ahead", what=plain_ahead))]
    ahead_at = convo.slots.get("ahead_at")
    ahead_lately = bool(ahead_at) and now - datetime.fromisoformat(str(ahead_at)) <= LISTEN_FOR
    if ahead_lately and READY_AHEAD.search(text) and "?" not in text and not parse.crisis:
        # "yeah im ready i think", to "how are you feeling about it?": glad, and good luck
        convo.slots = {k: v for k, v in convo.slots.items() if k != "ahead_at"}
        return [Reply(render("day_ahead", ready=True))]
    worried_next = ahead_lately and WORRY_AHEAD.search(text) is not None
    if (
        intent in ("mood_report", "smalltalk", "out_of_scope_unsure")
        and (nerves_ahead(text) or worried_next)
        and not parse.crisis
        and keyword_action(text) is None
        # "feeling like a 3 today, so anxious about tomorrow": a score given, kept as one
        and not any(e.type == "mood_score" for e in parse.entities)
    ):  # "so nervous, my first day at the new job tomorrow": nerves before something new
        convo.slots = {
            **convo.slots,
            "listening_since": now.isoformat(),
            "listened": True,
            "offer": None if _exercise_declined(convo, now) else "breathing",
        }
        return [Reply(render("nerves_ahead"))]
    if glad_more(convo, text, intent, parse, now):
        # "i passed my driving test" ... "first time!!!": glad with them again, not a form
        convo.slots = {k: v for k, v in convo.slots.items() if k != "good_news_at"}
        return [Reply(render("good_news_more"))]
    plans = convo.slots.get("plans_asked_at")
    if plans:  # one answer to "doing anything nice?"
        convo.slots = {k: v for k, v in convo.slots.items() if k != "plans_asked_at"}
    if (
        plans
        and now - datetime.fromisoformat(str(plans)) <= LISTEN_FOR
        and intent in NEWS_INTENTS
        and len(text.split()) <= PLANS_WORDS
        and "?" not in text
        and keyword_action(text) is None
        and not any(e.type == "mood_score" for e in parse.entities)
        and not not_glad(text)
        and not PLANS_NOT_GLAD.search(text)
    ):  # "just a quiet one with my family", to "doing anything nice?": glad, not a 1-10
        return [Reply(render("smalltalk_glad", ekman="joy", plans=True))]
    if plans and NOTHING_PLANNED.match(text) and not parse.crisis:
        # "nothing really", to "doing anything nice?" on their birthday: a quiet one is fine,
        # met kindly, not "talk it through"; what they say next is listened to
        convo.slots = {**convo.slots, "listening_since": now.isoformat(), "listened": True}
        return [Reply(render("birthday_quiet"))]
    if plans and FORGOTTEN.search(text) and not parse.crisis:
        # "nothing, no one remembered", to "doing anything nice?": alone on the day, heard
        offer = None if _exercise_declined(convo, now) else "breathing"
        alone = {"listening_since": now.isoformat(), "listened": True, "offer": offer}
        convo.slots = {**convo.slots, **alone}
        said_back = render("listening", more=True, ekman="sadness", said=None, about="lonely")
        return [Reply(said_back)]
    news = everyday_news(text) if intent in NEWS_INTENTS and not loss_lately(convo, now) else None
    if news is not None and keyword_action(text) is None:
        # "im dying to see my sister", "im flying to spain tomorrow": glad with them (was
        # "that sounds hard", or "not something I can help with")
        if news["kind"] == "birthday":  # "doing anything nice?" is answered next
            convo.slots = {**convo.slots, "plans_asked_at": now.isoformat()}
        return [Reply(render("everyday_news", here=convo.timezone, **news))]
    recent = listening_lately(convo, now)
    reminder = offer_a_reminder(convo, text, intent, parse, now, recent=recent)
    if reminder is not None:
        return reminder
    ekman = parse.ekman if parse.emotion_confidence >= 0.5 else "neutral"
    if ekman == "disgust" and grossed_out(text):
        ekman = "grossed_out"  # "coworker chewing with his mouth open, so gross": grim, not hard
    if ekman in ("fear", "neutral", "joy") and FLAT.search(text):
        ekman = "sadness"  # "i just feel a bit flat lately": low, not "a lot of pressure"
    if ekman in ("neutral", "joy", "surprise") and vented_about(text) == "trust":
        ekman = "sadness"  # "i trusted her", read as pride: hurt
    asked = keyword_action(text) not in (None, "action_menu")  # "...can we do breathing"
    if SORRY_FOR_TELLING.search(text) and not asked and not parse.crisis:
        # "I do apologise for rambling on", "sorry for shouting": no need, and still listening
        convo.slots = {**convo.slots, "listening_since": now.isoformat(), "listened": True}
        return [Reply(render("listening", more=True, said="sorry", ekman=ekman))]
    if VENTING.search(text) and not asked:
        convo.slots = {**convo.slots, "listening_since": now.isoformat(), "listened": False}
        return [Reply(render("listening", more=False, ekman=ekman))]
    scored = any(e.type == "mood_score" for e in parse.entities)
    # a 💔 beside a loss is the loss, not a score to save ("my nan died this morning 💔")
    rated = scored and _NUMBER.search(text) is not None
    if LOSS.search(text) and intent == "mood_report" and not rated and not asked:
        # "my dog died yesterday": met as a loss and listened to, not a form to fill in
        offer_to_listen(convo, now)  # "would you like to tell me about them?"
        return [Reply(render("loss_heard", **pronouns(convo, text)))]
    if (
        recent
        and (
            intent in GRIEF_HEARD_INTENTS
            or (
                intent == "mood_report"
                and (SUDDEN.search(text) or IF_ONLY.search(text) or TOO_YOUNG.search(text))
            )
        )
        and grieving(convo, text, now)
        and not asked
        and not scored
        and "?" not in text
        and not _TO_US.search(text)
        and not _QUESTION_START.match(text)  # "do i have to go in": asked, not told
        and not (ADVICE_ASK.match(text.strip()) or COPE_ASK.search(text) or WHAT_NOW.search(text))
    ):  # "it was sudden, heart attack", "she was 14", after a loss: more of it, not the menu
        convo.slots = {**convo.slots, "listening_since": now.isoformat(), "listened": True}
        how = "sudden" if SUDDEN.search(text) else "guilt" if IF_ONLY.search(text) else None
        how = "young" if TOO_YOUNG.search(text) else how  # "he was only 24": so unfair
        return [Reply(render("grief_heard", how=how, **pronouns(convo, text)))]
    # ("my so called best friend told everyone my secret": a confidence broken, the same)
    heartbreak = vented_about(text) in ("breakup", "trust") and not _BETTER_OFF.search(text)
    # "i just feel like such a failure", however flatly the model reads it: heard as hurt
    heartbreak = heartbreak or vented_about(text) == "failure"
    # "my boyfriend said something really hurtful": hurt by someone close, listened to
    heartbreak = heartbreak or (HURT_BY_SOMEONE.search(text) is not None and not parse.crisis)
    # "my flatmate ate my food AGAIN", "uni is so hard i think im gonna drop out", "my daughter
    # wont speak to me": a trouble with someone or something named, told as what happened
    trouble = (
        vented_about(text) in TOLD_TROUBLES
        # heard as hard, or caring for them ("just a quiet one with my family" is not)
        and (
            ekman in ("sadness", "fear", "anger", "disgust") or CARING_FOR.search(text) is not None
        )
        and not parse.crisis
        and "?" not in text
        # ("my parents are getting divorced": news of a change, asked how they feel about it)
        # ("my parents are always fighting": rows that go on, listened to like any trouble)
        and (not LIFE_EVENT.search(text) or ONGOING_ROWS.search(text) is not None)
        and not MIXED.search(text)  # "bittersweet, last day at my job": both, in a check-in
    )
    heartbreak = heartbreak or trouble
    if heartbreak and intent == "mood_report" and not scored and not asked and not recent:
        # "he cheated and i still love him" (the model can hear love as glad): heartbreak,
        # listened to, not "Glad to hear it!" and a 1-10 question
        convo.slots = {
            **convo.slots,
            "listening_since": now.isoformat(),
            "listened": True,
            "offer": None if _exercise_declined(convo, now) else "breathing",
        }
        about = vented_about(text)  # "breakup"; or whoever hurt them ("partner", "friends")
        # (a trouble is said back as it was felt: "exams ... havent revised": pressure)
        felt = ekman if trouble and ekman in ("fear", "anger") else "sadness"
        said_back = render("listening", more=True, ekman=felt, said=None, about=about)
        return [Reply(said_back)]
    # A long hard telling ("my whole week has been a disaster...") is venting too.
    told_at_length = len(text.split()) >= LONG_TELLING and ekman not in ("joy", "surprise")
    # Just checked in: more about the day is heard, not a second check-in straight away.
    checked_in = intent == "mood_report" and _checked_in_lately(session, convo, now)
    told_at_length = told_at_length and not asked  # "...I should like to record how I feel"
    if not (recent or checked_in or (told_at_length and intent == "mood_report")):
        return None
    # more of the story while we listen ("and when i said something she just laughed at me"),
    # whatever small talk the model hears in it
    story = recent and intent == "smalltalk" and len(text.split()) >= 6 and "?" not in text
    # ("i keep checking his instagram": shorter, but told of themselves or of them)
    story = story or (
        recent
        and intent == "smalltalk"
        and len(text.split()) >= SHORT_STORY_WORDS
        and "?" not in text
        and (THIRD_PERSON.search(text) is not None or TOLD_OF_ME.match(text) is not None)
        and keyword_action(text) is None
        and not _TO_US.search(text)
    )
    # ("saw it on insta", after "my friends went out without me": how they found out)
    story = story or (
        recent
        and intent == "smalltalk"
        and len(text.split()) >= SHORT_STORY_WORDS
        and told_not_asked(text)
        and chat_topic(text) is None
        and keyword_action(text) is None
        and not _TO_US.search(text)
        and not parse.crisis
    )
    # "my parents want me get high score", read as off-topic: still about their own people
    story = story or (
        recent
        and intent == "out_of_scope"
        and len(text.split()) >= 5
        and "?" not in text
        # ("she told the whole year": what they did, while we listen)
        and (vented_about(text) is not None or THIRD_PERSON.match(text.strip()) is not None)
        and keyword_action(text) is None
        and not _TO_US.search(text)
    )
    # "everyone was laughing", after being told off in front of the class: at them, not glad
    laughed_at = recent and LAUGHED_AT.search(text) is not None and "?" not in text
    if laughed_at:
        ekman = "sadness"
    story = story or laughed_at
    aside = recent and intent in ("smalltalk", "help", "out_of_scope") and _aside(text)
    # a bare "lol" in the middle of something hard: rueful, not "Glad something made you smile"
    aside = aside or (recent and chat_topic(text) == "laugh" and len(text.split()) <= 2)
    stuck = recent and LOST_FOR_WORDS.match(text) is not None  # "idk", "idk what to say"
    # "I suppose I am managing.", read as a call for help: more of how they are, not the menu
    managing = (
        recent
        and intent == "help"
        and "?" not in text
        and len(text.split()) >= 3
        and keyword_action(text) is None
        and not (ADVICE_ASK.match(text.strip()) or COPE_ASK.search(text) or WHAT_NOW.search(text))
        and not _HELP_THERE.match(text.strip())
        and not _QUESTION_START.match(text)
    )
    mild = recent and MILD.match(text) is not None  # "meh", while we listen, however read
    # "by text", after "so i got dumped": more of the story, not the menu
    aside = aside or (recent and FRAGMENT.match(text) is not None and "?" not in text)
    # "whatever its fine", "we'll see", while telling us: shrugged off, heard as such
    shrug = recent and SHRUGGED_OFF.match(text) is not None and not parse.crisis
    # "we'll see", "maybe", "i guess" (read as a goodbye or a yes): unsure, still with us
    aside = aside or (recent and WAIT_AND_SEE.match(text) is not None and not parse.crisis)
    # "yeah", to "how are you feeling about it?" with nothing offered: still telling us
    aside = aside or (recent and BARE_YEAH.match(text) is not None and not convo.slots.get("offer"))
    heard = intent in ("mood_report", "out_of_scope_unsure") or story or aside or stuck or managing
    heard = heard or mild or shrug
    if scored or not heard:
        return None
    again = recent and bool(convo.slots.get("listened"))  # the offer was made already
    # plans and news told plainly ("this weekend im going to my cousins wedding..."): heard,
    # with no breathing offered for nothing hard
    plain = ekman == "neutral" and not (recent or stuck)
    # the breathing offer stays open while we listen, unless they said no to it, it was never
    # made (a loss), or the fridge is only grim
    offered = (again or not (stuck or aside)) and ekman != "grossed_out" and not plain
    # how many times running we have said "go on": the words change each time
    turn = int(convo.slots.get("listen_turns") or 0) + 1 if again else 0
    convo.slots = {
        **convo.slots,
        "listening_since": now.isoformat(),
        "offer": "breathing" if offered and not _exercise_declined(convo, now) else None,
        "listened": True,
        "listen_turns": turn,
    }
    said = "stuck" if stuck else "aside" if aside else "plain" if plain else None
    said = "shrug" if shrug and not said else said
    if said is None and MILD.match(text):  # "bored i guess", "meh": light, not "really hard"
        said = "aside" if again else "mild"  # (once; "meh" next is "I hear you", not the same)
        convo.slots = {**convo.slots, "offer": None}
    # "my manager had a go at me...": work (feeling flat is about no one thing)
    about = vented_about(text) if said is None and not FLAT.search(text) else None
    answer = render(
        "listening", more=True, again=again, ekman=ekman, said=said, about=about, turn=turn
    )
    return [Reply(answer)]


def _opening(convo: Conversation, text: str, parse: Parse, now: datetime) -> list[Reply] | None:
    """Gladness said through gritted teeth ("great, just great. my car got clamped"), a story
    begun ("ok so long story") or news promised ("got some good news today"): met as such,
    not with a 1-10 question; None else."""
    opens = STORY_START.match(text) is not None  # "promise you wont judge me", read as harm
    if (parse.crisis and not opens) or keyword_action(text) is not None:
        return None
    if safety_words.crisis_kind(text):
        return None
    if day_told(text) == "good" and parse.ekman in ("sadness", "fear", "anger", "disgust"):
        # "no cap today was actually good", read as sad: glad with them, not sorry
        return [Reply(render("smalltalk_glad", ekman="joy"))]
    if sarcastic(text):
        offer = None if _exercise_declined(convo, now) else "breathing"
        convo.slots = {
            **convo.slots,
            "listening_since": now.isoformat(),
            "listened": True,
            "offer": offer,
        }
        return [Reply(render("sarcasm_heard"))]
    if FUNERAL_AHEAD.search(text):  # "nervous about the funeral tomorrow": the loss behind it
        offer_to_listen(convo, now)
        # what follows ("its for my uncle") is heard as part of the loss
        lost = {"loss_at": now.isoformat(), "memories_told": 0, "lost_one": who_is_meant(text)}
        convo.slots = {**convo.slots, **lost}
        return [Reply(render("funeral_ahead"))]
    if PET_MISSING.search(text):  # "my cat's been missing for 3 days": worry, and what helps
        offer_to_listen(convo, now)
        return [Reply(render("pet_missing"))]
    if EXASPERATED.match(text):  # "fml", "ugh", "bruh": what happened, asked
        convo.slots = {**convo.slots, "listening_since": now.isoformat(), "listened": False}
        return [Reply(render("exasperated"))]
    if STORY_START.match(text):  # what they tell next is listened to
        # "ok so", then "basically": still starting, met more briefly, not word for word again
        again = listening_lately(convo, now) and convo.slots.get("listened") is False
        convo.slots = {**convo.slots, "listening_since": now.isoformat(), "listened": False}
        judged = re.search(r"\b(?:judge|hate|laugh|confess|admit|ashamed|embarrass)", text)
        return [Reply(render("story_start", again=again, judged=judged is not None))]
    if NEWS_TEASED.match(text):  # the news next is glad with them (see glad_more)
        convo.slots = {**convo.slots, "good_news_at": now.isoformat()}
        return [Reply(render("news_teased"))]
    return None


def _aside(text: str) -> bool:
    """A few words said in the middle of telling ("like who does that", "and she just
    laughed"), not a question to us or a request."""
    if keyword_action(text) is not None or _TO_US.search(text) or "?" in text:
        return False
    if ADVICE_ASK.match(text.strip()) or COPE_ASK.search(text) or WHAT_NOW.search(text):
        return False  # "like what am i supposed to do": what to do, not more of the story
    return bool(RHETORICAL.search(text) or STILL_TELLING.match(text))


def talk_answer(convo: Conversation, answer: str | None, now: datetime) -> list[Reply] | None:
    """A yes or no to "would you like to tell me about it?": asked on gently, or told that's
    OK; None for anything else (the telling itself)."""
    if answer is None:
        return None
    convo.slots = {**convo.slots, "listening_since": now.isoformat()}
    return [Reply(render("talk_answer", yes=answer == "yes"))]


def _exercise_declined(convo: Conversation, now: datetime) -> bool:
    """They said no to breathing while telling us how they feel, within the last hour."""
    said = convo.slots.get("exercise_declined_at")
    return bool(said) and now - datetime.fromisoformat(str(said)) <= EXERCISE_DECLINED_FOR


def listening_lately(convo: Conversation, now: datetime) -> bool:
    """They were telling us how they feel, and we listening, within `LISTEN_FOR`."""
    since = convo.slots.get("listening_since")
    return bool(since) and now - datetime.fromisoformat(str(since)) <= LISTEN_FOR


def _checked_in_lately(session: Session, convo: Conversation, now: datetime) -> bool:
    """A check-in was saved in the last few hours."""
    last = session.scalar(
        select(CheckIn.created_at)
        .where(CheckIn.conversation_id == convo.id)
        .order_by(CheckIn.id.desc())
        .limit(1)
    )
    return last is not None and now - last <= CHECKED_IN_LATELY


def remember_feeling(
    convo: Conversation, text: str, parse: Parse, now: datetime, *, loss: bool = True
) -> None:
    """Keep the kind of a hard feeling just told, for a "what should i do?" that follows
    (and, with ``loss``, that a loss was told, so what follows is heard as part of it)."""
    kind = COPING_FOR_EKMAN.get(parse.ekman) if parse.emotion_confidence >= 0.75 else None
    if LOSS.search(text):
        kind = "grief"
    elif ANXIOUS_WORDS.search(text):  # "feelin realy anxius", read by the model as anger
        kind = "anxiety"
    elif kind == "low" and LONELY.search(text):
        kind = "lonely"
    if kind and len(text.split()) >= 3:
        convo.slots = {**convo.slots, "felt": {"kind": kind, "at": now.isoformat()}}
    if WORKLOAD.search(text):  # "can you help me make a plan" next is about the work
        convo.slots = {**convo.slots, "workload_at": now.isoformat()}
    if loss and kind == "grief" and LOSS.search(text):  # what follows is read as part of it
        convo.slots = {
            **convo.slots,
            "loss_at": now.isoformat(),
            "memories_told": 0,
            "lost_one": who_is_meant(text),
        }


# Too much work told: "i have 4 essays due", "deadlines are killing me", "exams next week".
WORKLOAD = re.compile(
    r"\b(?:essays?|assignments?|deadlines?|coursework|dissertation|exams?|revision|revising|"
    r"(?:so much|too much|loads of|a lot of|mountain of) (?:work|homework|stuff to do)|"
    r"behind (?:on|with) (?:work|everything|uni|school))\b",
    re.IGNORECASE,
)
# Asking for a plan or where to start: "can you help me make a plan", "where do i even start".
PLAN_ASK = re.compile(
    r"\b(?:help me (?:make|with|come up with|write|plan)|make|need|want|give me) (?:a |some )?"
    r"(?:plan|schedule|timetable)\b|\bwhere (?:do|should|can) i (?:even )?(?:start|begin)\b|"
    r"\bhow (?:do|should|can) i (?:even )?(?:start|begin|get started|plan|organi[sz]e)\b|"
    r"\bhelp me (?:get )?(?:started|organi[sz]ed|prioriti[sz]e)\b",
    re.IGNORECASE,
)
# A eulogy to give: "i have to give the eulogy", "they want me to speak at the funeral".
EULOGY = re.compile(
    r"\beulog\w*|\b(?:speak|speech|talk|say (?:a few words|something)|reading) (?:at|for) "
    r"(?:the|his|her|their|my \w+'?s) (?:funeral|service|memorial|cremation)\b|"
    r"\b(?:funeral|memorial) (?:speech|tribute)\b",
    re.IGNORECASE,
)
# How to do it, asked bare: "how do i even write that", "where do i start", "any tips".
HOW_ASK = re.compile(
    r"\bhow (?:do|should|can|would) (?:i|you|u|one) (?:even )?(?:write|start|begin|do|go about)\b|"
    r"\bwhere (?:do|should|would) i (?:even )?(?:start|begin)\b|\bwhat (?:do|should) i "
    r"(?:even )?(?:write|say|put)\b|\bany (?:tips|advice|ideas)\b|\bhelp me (?:write|with)\b",
    re.IGNORECASE,
)
# Asking how to stop, just after a question about us: the messages ("how do i stop it").
STOP_ASK = re.compile(
    r"^\W*(?:ok |so |and |but )?(?:how (?:do|can|would) (?:i|you|u) |can (?:i|you|u) )"
    r"(?:stop|cancel|unsubscribe|turn off|switch off|end|quit|opt out of)(?: it| this| them| the "
    r"(?:messages|texts|service|whole thing)| from (?:it|this))?(?: if i (?:want|need) to)?"
    r"\W*(?:\?|later|then|tho|though)?\W*$",
    re.IGNORECASE,
)
# Asking how to stop "this" with nothing else under way: the messages ("how do i stop this",
# "hw do i stp ths", "is there a way to pause this"), however it is spelt.
STOP_ASK_ALONE = re.compile(
    r"^\W*(?:(?:ok|so|and|but|um+|hi|hey|hello|sorry)\W+)*(?:how (?:do|can|would|d) (?:i|you|u) |"
    r"hw (?:do|d|can) (?:i|u) |can (?:i|you|u) |is there (?:a|any) way to |how to )(?:stop|stp|"
    r"cancel|unsubscribe|turn off|switch off|end|quit|opt out of|pause|mute|leave)(?: (?:this|"
    r"ths|dis|these|you|u|the (?:messages|texts|msgs|service|whole thing|bot|chat)|getting "
    r"(?:these|the|your|ur) (?:messages|texts|msgs)|from (?:this|you|u)))(?: if i (?:want|need) "
    r"to)?(?:\W+(?:later|then|tho|though|pls|please|plz))*\W*$",
    re.IGNORECASE,
)
# "how long for?", "for how long", "and how long do u keep it": asked just after what we keep.
HOW_LONG_KEPT = re.compile(
    r"^\W*(?:ok |so |and |but )?(?:how long(?: for| is it| do (?:you|u) keep (?:it|them|that))?|"
    r"for how long|till when|until when)\W*$",
    re.IGNORECASE,
)
# Work or school just after a death: "do i have to go in", "should i go to work tomorrow",
# "can i take time off", "how do i tell my boss".
WORK_AFTER_LOSS = re.compile(
    r"\b(?:do|should|shud|must|can) i (?:have to |really have to |still )?(?:go|going) "
    r"(?:in|to work|to school|to college|to uni|back)\b|\b(?:can|could|should|shud) i "
    r"(?:take|get|have|ask for) (?:some |a few days |a day |the day |time )?(?:time )?off\b|"
    r"\b(?:compassionate|bereavement) leave\b|\bhow (?:do|should) i tell (?:my )?(?:boss|"
    r"manager|work|school|teacher)\b|\bwhat do i (?:tell|say to) (?:my )?(?:boss|manager|work)\b",
    re.IGNORECASE,
)
# What to do with the things of someone who died: "what should i do with her clothes", "i
# cant face clearing his room", "when do i sort out mums stuff".
THEIR_THINGS = re.compile(
    r"\b(?:what (?:do|should|shud|am) i (?:supposed to )?do with|(?:clear|clearing|sort|sorting|"
    r"go through|going through|get rid of|getting rid of|give away|giving away|keep|pack|"
    r"packing|throw|throwing)(?: out| away| up)?) (?:all )?(?:of )?(?:his|her|their|my \w+'?s?|"
    r"mums?|moms?|dads?|nans?|grans?) (?:old )?(?:clothes|things|stuff|belongings|room|"
    r"bedroom|house|flat|wardrobe|shoes|phone|ashes|possessions|bits)\b",
    re.IGNORECASE,
)
# The phone they text from is not only theirs: "its a work phone", "my mum checks my phone".
SHARED_PHONE = re.compile(
    r"\b(?:it'?s|its|it is|this is|im on|i'?m using|using) (?:a |my |the |our )?(?:work|company|"
    r"shared|family|school|business|mums?|moms?|dads?|parents'?|partners?|husbands?|wifes?|"
    r"boyfriends?|girlfriends?)'?s? (?:phone|mobile|number|sim)\b|\b(?:my )?(?:mum|mom|dad|"
    r"parents|partner|husband|wife|boyfriend|girlfriend|boss|work) (?:checks?|reads?|looks? "
    r"(?:at|through)|goes through|has access to|can see) my (?:phone|texts|messages)\b",
    re.IGNORECASE,
)
# "what happens to my messages then", "so what happens to my data now".
MESSAGES_FATE = re.compile(
    r"^\W*(?:so |and |ok |okay |but )?what (?:happens|will happen|happened) (?:to|with) (?:my|the|"
    r"our|all my) (?:messages|texts|data|stuff|info|chats?|conversations?)(?: then| now| after| if "
    r"i say no)?\W*$",
    re.IGNORECASE,
)
PRIVACY_TOPICS = ("privacy", "telling", "trust", "encryption", "anonymous", "keeping")
WORK_PHONE = re.compile(r"\b(?:work|company|business|boss)\b", re.IGNORECASE)
ABOUT_US_FOR = timedelta(minutes=15)
PRACTICAL_FOR = timedelta(hours=2)  # "how do i write that" is about the eulogy told this long


def _privacy_just_asked(convo: Conversation, now: datetime) -> bool:
    """The message before this one asked who can see our chat ("will my work see it")."""
    before = convo.slots.get("said_before") or {}
    at = before.get("at")
    if not at or now - datetime.fromisoformat(str(at)) > ABOUT_US_FOR:
        return False
    return service_topic(str(before.get("text", ""))) in PRIVACY_TOPICS


def practical_asked(
    convo: Conversation, text: str, settings: dict[str, Any], now: datetime
) -> list[Reply] | None:
    """A practical thing to do, told or asked about in context: a eulogy to give (simple help
    to write it, heard as part of the loss), or a plan asked for soon after too much work was
    told (list it, smallest first, short blocks, ask for more time); how to stop the messages
    asked just after a question about us."""
    about_at = convo.slots.get("about_us_at")
    if (
        about_at
        and now - datetime.fromisoformat(str(about_at)) <= ABOUT_US_FOR
        and STOP_ASK.match(text)
    ) or (
        STOP_ASK_ALONE.match(text)
        and not convo.active_flow
        and not listening_lately(convo, now)
        # (not just after breathing or a talk was offered for how they feel)
        and convo.slots.get("offer") in (None, "timezone_city", "checkin", "how_are_you")
    ):  # "is this free?" ... "how do i stop it", or "how do i stop this" with nothing under
        # way: how to stop the messages (not the menu); after a feeling told, the feeling
        from bot.preferences import how_to_stop

        return how_to_stop(convo, settings, when=False)
    if (
        about_at
        and now - datetime.fromisoformat(str(about_at)) <= ABOUT_US_FOR
        and HOW_LONG_KEPT.match(text)
    ):  # "what do you keep about me" ... "how long for": how long it is kept
        days = int(settings["retention"]["transcript_days"])
        return [Reply(render("about_keeping", retention_days=days))]
    if MESSAGES_FATE.match(text) and convo.consent is not None:
        # "what happens to my messages then": said as it stands for them, kept or not
        if convo.consent:
            days = int(settings["retention"]["transcript_days"])
            return [Reply(render("about_keeping", retention_days=days))]
        return [Reply(render("about_not_kept"))]
    if SHARED_PHONE.search(text) and _privacy_just_asked(
        convo, now
    ):  # "will my work see it" ... "its a work phone": what others with the phone could see
        return [Reply(render("about_shared_phone", work=WORK_PHONE.search(text) is not None))]
    eulogy_at = convo.slots.get("eulogy_at")
    recent = bool(eulogy_at) and now - datetime.fromisoformat(str(eulogy_at)) <= PRACTICAL_FOR
    if EULOGY.search(text) or (recent and HOW_ASK.search(text) and len(text.split()) <= 12):
        end_form(convo)
        convo.slots = {**convo.slots, "eulogy_at": now.isoformat()}
        loss = loss_lately(convo, now)
        return [Reply(render("eulogy_help", again=recent, loss=loss, **pronouns(convo, text)))]
    if loss_lately(convo, now) and WORK_AFTER_LOSS.search(text):
        # "my nan died last night and i have work tomorrow" ... "do i have to go in"
        return [Reply(render("grief_work", **pronouns(convo, text)))]
    if loss_lately(convo, now) and THEIR_THINGS.search(text):
        # "what should i do with her clothes", after a loss: no rush, and ways people find
        return [Reply(render("grief_belongings", **pronouns(convo, text)))]
    work_at = convo.slots.get("workload_at")
    if (
        work_at and now - datetime.fromisoformat(str(work_at)) <= FELT_FOR and PLAN_ASK.search(text)
    ):  # "4 essays due and im so overwhelmed" ... "can you help me make a plan"
        end_form(convo)
        convo.slots = {k: v for k, v in convo.slots.items() if k not in ("workload_at", "felt")}
        return [Reply(render("work_plan"))]
    return None


def coping_asked(
    convo: Conversation, text: str, intent: str, settings: dict[str, Any], now: datetime
) -> list[Reply] | None:
    """ "what should i do?" soon after a hard feeling was told: ideas for that feeling; soon
    after they told us they care for someone, help for carers; a eulogy or a plan for too
    much work (see `practical_asked`)."""
    replies = practical_asked(convo, text, settings, now)
    if replies is not None:
        return replies
    caring = convo.slots.get("carer_at")
    asked = ADVICE_ASK.match(text.strip()) or _HELP_THERE.match(text.strip())
    if (
        caring
        and asked
        and now - datetime.fromisoformat(str(caring)) <= CARER_HEARD_FOR
        and not more_about_them(convo, text, intent, now)
    ):  # "My wife has dementia and I am her full time carer" ... "What would you suggest?"
        end_form(convo)
        convo.slots = {k: v for k, v in convo.slots.items() if k not in ("felt", "offer")}
        return [Reply(render("smalltalk", topic="carers", helpline=helpline_of(convo, settings)))]
    felt = convo.slots.get("felt")
    if (
        felt
        and (ADVICE_ASK.match(text.strip()) or COPE_ASK.search(text))
        and now - datetime.fromisoformat(felt["at"]) < FELT_FOR
        and not more_about_them(convo, text, intent, now)  # worry for someone: about them
        and not _sleep_topic_open(convo)  # "any tips" after the snoring answer: about that
    ):
        # "so anxious about my interview" ... "what should i do?": ideas for that feeling
        end_form(convo)
        kind = str(felt["kind"])
        convo.slots = {
            **{k: v for k, v in convo.slots.items() if k not in ("felt", "offer")},
            **({"offer": "breathing"} if kind in COPING_WITH_BREATHING else {}),
        }
        helpline = helpline_of(convo, settings)
        return [Reply(render("coping", kind=kind, helpline=helpline))]
    return None


def _sleep_topic_open(convo: Conversation) -> bool:
    """A sleep topic was just answered ("my husband snores"), with its offer still open:
    "any tips" next is about that (see bot.offers), not the feeling told with it."""
    topic = convo.slots.get("sleep_topic")
    return bool(topic) and convo.slots.get("offer") in ("sleep_diary", "night_breathing")


# Glad to be out of it: "we broke up and honestly im relieved", "its for the best".
_BETTER_OFF = re.compile(
    r"\b(?:relieved|relief|for the best|best thing|happier|better off|free at last|good "
    r"riddance|glad|so much better|feel free)\b",
    re.IGNORECASE,
)
# Flat rather than hard or worried: "i just feel a bit flat lately", "dont feel much about
# anything", "no motivation for anything".
FLAT = re.compile(
    r"\bfeel(?:ing|s)? (?:a bit |so |really |kind of |kinda |just |pretty )?(?:flat|numb|empty|"
    r"meh|blah|nothing)\b|\b(?:don'?t|dont|do not|can'?t|cant) (?:really |even )?feel (?:much|"
    r"anything)\b|\bno motivation\b|\bunmotivated\b",
    re.IGNORECASE,
)
# Texting with no reason they can name: "i dont really know why im texting", "not sure why
# im messaging tbh" (the whole message).
NO_REASON = re.compile(
    r"^\W*(?:(?:um+|hmm+|so|honestly|tbh|hi|hey|hello|ok|okay)\W+)*(?:i )?(?:don'?t|dont|do "
    r"not|not sure|no idea|dunno|idk)(?: really| even)?(?: know)? why (?:i'?m|im|i am) (?:texting|"
    r"messaging|here|doing this|writing)(?: (?:you|u|this))?(?:\W+(?:tbh|honestly|lol|really|"
    r"haha|sorry|x))*\W*$",
    re.IGNORECASE,
)
# A so-so day in a word or two: "meh", "bleh", "could be better", "same old". (Not "just
# existing", "surviving": those can mean more than a so-so day.)
SO_SO = re.compile(
    # ("ngl today was mid", "its been a meh day tbh", "kinda meh")
    r"^\W*(?:(?:ngl|tbh|honestly|lowkey|kinda|kind of|a bit|bit|pretty|just|feeling|feelin|"
    r"today(?:'?s| was| has been| been)|it(?:'?s| was| has been|s been)|(?:the )?day (?:was|has "
    r"been)|been|a|an)\W+)*"
    r"(?:meh+|m+eh|bleh+|blah+|so-?so|mid|could be (?:better|worse)|"
    r"same old(?: same old)?|ok-?ish|okayish|been better|not bad not "
    r"great|not great not terrible|it is what it is|it'?s what it is|nothing special|same as "
    r"(?:ever|always|usual)|just another day|getting by)"
    r"(?:\W+(?:lol|tbh|ngl|fr|tho|really|i guess|i suppose|haha|day|one|today))*\W*$",
    re.IGNORECASE,
)
# A setback of their own, told: "i failed my driving test again", "didnt get the job",
# "got rejected from uni" (not "passed my test but failed the theory": both, heard elsewhere).
SETBACK = re.compile(
    r"^(?!.*(?<!didn't )(?<!didnt )(?<!did not )\bpass(?:ed)?\b)(?!.*\?\W*$).*(?:\b(?:i|i'?ve|ive|"
    r"just|so i)\s+(?:just\s+|only\s+)?(?:failed|flunked)\s+(?:my|the|our|another|it|again)\b|"
    # (their own: "didnt get the job", "i didn't pass my test"; not "she didn't get the job")
    r"(?:^\W*|\bi\s+)(?:didn'?t|didnt|did not)\s+(?:pass|get)\s+(?:my|the|that)\s+(?:\w+\s+)?"
    r"(?:test|exam|job|interview|place|role|offer|part|promotion|audition)\b|"
    r"(?:^\W*|\bi\s+|\bi'?ve\s+|\bive\s+|\bjust\s+)got\s+rejected\s+(?:from|by|for)\b)",
    re.IGNORECASE,
)
# Not the first time: "again", "third time".
SETBACK_AGAIN = re.compile(
    r"\bagain\b|\b(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+time\b", re.IGNORECASE
)
# Hard on themselves, as a question to no one or a sweeping word: "why do i always ruin
# everything", "why am i like this", "i always mess things up", "i ruin everything".
SELF_CRITICAL = re.compile(
    r"^\W*(?:(?:honestly|ugh+|like|seriously|omg|god)\W+)*(?:why (?:do|does|am|must) i (?:always "
    r"|just )?(?:ruin|mess up|screw up|fuck up|wreck|spoil|break) (?:everything|it all|things)|"
    r"why am i (?:like this|so (?:stupid|useless|annoying|pathetic|rubbish|lazy|dumb|weird|"
    r"awkward|boring|ugly|fat))|(?:i'?m|im|i am) (?:so|such an?) (?:stupid|idiot|dumb|lazy|"
    r"pathetic)|"
    r"i (?:always|literally always|just|only ever) (?:ruin|mess up|screw up|fuck up|wreck|spoil) "
    r"(?:everything|it all|things)|"
    r"i (?:always|literally always) (?:mess|screw|fuck) (?:things|everything|it all) up|"
    r"i ruin everything|(?:wtf|what the (?:hell|fuck)|what'?s|whats|what is) (?:is )?wrong with me)"
    r"\b(?:\W+\w+){0,6}\W*$",
    re.IGNORECASE,
)
# Hard on how they look: "i hate my body", "im so ugly", "i look disgusting".
BODY_CRITICAL = re.compile(
    r"^\W*(?:(?:honestly|ugh+|like|tbh|god)\W+)*(?:i (?:really |just )?hate (?:my body|how i look|"
    r"the way i look|my face|my reflection)|(?:i'?m|im|i am|i feel|i look) (?:so |really |just |"
    r"literally )?(?:ugly|fat|disgusting|gross|hideous)|why am i so (?:ugly|fat))\b"
    r"(?:\W+\w+){0,8}\W*$",
    re.IGNORECASE,
)
# Shrugged off while telling us: "its fine", "whatever", "we'll see", "oh well", "its whatever".
SHRUGGED_OFF = re.compile(
    r"^\W*(?:(?:yeah|ye|anyway|but|so|idk|tbh)\W+)*(?:it'?s fine|its fine|it'?s whatever|its "
    r"whatever|whatever(?: it'?s fine| its fine)?|oh well|it is what it is|"
    r"it'?s what it is|its what it is|never mind|nvm|doesn'?t matter|doesnt matter)"
    r"(?:\W+(?:i guess|lol|tbh|really|anyway|honestly|i suppose|now))*\W*$",
    re.IGNORECASE,
)
# Unsure how it will go: "we'll see", "guess we'll see", "hopefully", "fingers crossed".
WAIT_AND_SEE = re.compile(
    r"^\W*(?:(?:i|we|guess|i guess|well|yeah|ye)\W+)*(?:we'?ll see|well see|we will see|"
    r"hopefully|fingers crossed|who knows|time will tell)(?:\W+(?:i guess|lol|tbh))*\W*$",
    re.IGNORECASE,
)
# Nothing to fill the time: "nothing to do", "literally nothing", "nothing going on".
NOTHING_TO_DO = re.compile(
    r"^\W*(?:(?:there'?s|theres|i have|i got|ive got|i'?ve got|got|just|literally|like|"
    r"honestly|yeah|ye)\W+)*(?:nothing|nowt|fuck all|nothin)(?: (?:to do|going on|on|"
    r"happening|really))*(?:\W+(?:lol|tbh|rn|today|ngl|here))*\W*$",
    re.IGNORECASE,
)
# A small win, told as one: "i got out of bed today. small win", "managed to shower lol small
# victory", "tiny win today".
SMALL_WIN = re.compile(
    r"\b(?:small|little|tiny|mini|minor) (?:win|victory|victories|wins)\b|"
    r"\b(?:i'?ll|ill) take (?:the|that|it as a) win\b",
    re.IGNORECASE,
)
# More of the story in a few words, where or how: "by text", "over whatsapp", "in front of
# everyone", "at work again".
FRAGMENT = re.compile(
    r"^\W*(?:by|over|on|at|in|with|from|after|before|during|via|through|infront|in front of)\b"
    r"(?:\W+[\w']+){1,4}\W*$",
    re.IGNORECASE,
)
# Rows that go on and on at home: "my parents are always fighting", "they keep arguing".
ONGOING_ROWS = re.compile(
    r"\b(?:always|constantly|keep|keeps|still|never stop|won'?t stop|every (?:day|night)) "
    r"(?:fighting|arguing|rowing|shouting|screaming at each other)\b",
    re.IGNORECASE,
)
# No plans, in a word or two: "nothing really", "nah not really", "no plans", "nothing much".
NOTHING_PLANNED = re.compile(
    r"^\W*(?:(?:nah|no|nope|honestly|tbh|um+|hmm+|not)\W+)*(?:nothing(?: really| much| special| "
    r"planned)?|not really|no plans|nothing tbh|not much)(?:\W+(?:tbh|lol|really|honestly|haha|"
    r"no plans|just chilling|just a normal day))*\W*$",
    re.IGNORECASE,
)
# A mild feeling, all they said: "bored i guess", "meh", "tired", "a bit off", "fine-ish".
MILD = re.compile(
    r"^\W*(?:(?:just|a bit|bit|kinda|kind of|pretty|so|im|i'?m|i am|feeling|feelin|honestly|tbh|"
    # ("a bit off", "feeling off"; not "im off", which is leaving)
    r"ngl)\W+)*(?:bored|tired|sleepy|meh+|blah+|bleh+|(?:a )?(?:bit|little|tad) off|"
    r"(?:feeling|feelin|feel|kinda) off|"
    r"fine[- ]?ish|ok[- ]?ish|okay[- ]?ish|so[- ]?so)"
    r"(?:\W+(?:i guess|i suppose|tbh|lol|ngl|rn|today|really|af|tho|honestly))*\W*$",
    re.IGNORECASE,
)


def _kind_words(text: str, intent: str, parse: Parse) -> str | None:
    """ "setback", "self_critical": a disappointment or harsh words about themselves, met as
    such before any numbers; None for anything else, or anything that may be more."""
    if parse.crisis or keyword_action(text) is not None or safety_words.crisis_kind(text):
        return None
    if intent not in ("mood_report", "smalltalk", "out_of_scope", "out_of_scope_unsure"):
        return None
    if any(e.type == "mood_score" for e in parse.entities):
        return None
    if SETBACK.search(text) and len(text.split()) <= 20:
        return "setback"
    if BODY_CRITICAL.match(text):
        return "body"
    if SELF_CRITICAL.match(text):
        return "self_critical"
    return None


# A shrug, not a yes: "meh", "eh", "bleh", "meh i guess" (the model can read "meh" as yes).
MEH_ONLY = re.compile(r"^\W*(?:m+e+h+|eh+|bleh+|blah+)(?:\W+(?:i guess|idk|lol))?\W*$", re.I)
# A bare "yeah", "yep", "mm": agreement with what we just said, when it asked nothing.
BARE_YEAH = re.compile(
    r"^\W*(?:yeah+|yea+|ya+|yh|ye+|yep|yup|yeh|mm+|mhm+|true|i know)(?:\W+(?:lol|tbh|ngl|"
    r"really|man|mate))?\W*$",
    re.IGNORECASE,
)


GLAD_MORE_FOR = timedelta(minutes=30)  # more told about good news just shared is more of it


def glad_more(convo: Conversation, text: str, intent: str, parse: Parse, now: datetime) -> bool:
    """A few more words about good news just told ("a little girl", "first time!!!"), with
    nothing hard, asked or scored in them."""
    told = convo.slots.get("good_news_at")
    if not told or now - datetime.fromisoformat(str(told)) > GLAD_MORE_FOR:
        return False
    return (
        (intent in NEWS_INTENTS or intent in ("affirm", "support_other"))
        and len(text.split()) <= 12
        and "?" not in text
        # "how are you": asked, not more of the news ("what a day!" is more of it)
        and (not _QUESTION_START.match(text) or _EXCLAIMED.match(text) is not None)
        and keyword_action(text) is None
        and not any(e.type == "mood_score" for e in parse.entities)
        and not_glad(text) is False
        and not safety_words.worried_about_someone(text)
        and not _BARE_YES.match(text)
    )


_BARE_YES = re.compile(r"^\W*(?:yes|yeah|yea|yep|yup|ya|ok|okay|k|sure|y|mhm)\W*$", re.IGNORECASE)


def told_first(
    session: Session, convo: Conversation, action: str, text: str, parse: Parse, now: datetime
) -> list[Reply] | None:
    """A first message that told how they are ("my husband died 3 weeks ago", "my boyfriend
    dumped me and i cant stop crying"), answered once they have said yes or no to keeping
    our conversation: met as it would have been later (a loss listened to, venting heard),
    not with a 1-10 question; None when a check-in is the answer."""
    if action != "action_start_checkin" or parse.intent != "mood_report":
        return None
    remember_feeling(convo, text, parse, now)
    return listening(session, convo, text, parse.intent, parse, now)


def loss_lately(convo: Conversation, now: datetime) -> bool:
    """A loss was told within `LOSS_HEARD_FOR`."""
    told = convo.slots.get("loss_at")
    return bool(told) and now - datetime.fromisoformat(str(told)) <= LOSS_HEARD_FOR


def grieving(convo: Conversation, text: str, now: datetime) -> bool:
    """A loss was told lately and this message has nothing of danger in its words ("he was
    always there for me"): a memory to hear, whatever the model read in it."""
    if not loss_lately(convo, now):
        return False
    return not (
        safety_words.crisis_kind(text)
        or safety_words.is_doubtful(text)
        or safety_words.wants_to_follow_them(text)
        or safety_words.prepared(text)
    )


_FRIGHTENED = re.compile(
    r"\b(?:scar(?:ed|es|y|ing)|terrif\w*|frighten\w*|freak\w*|panic\w*|afraid)\b", re.IGNORECASE
)


def lived_topic(text: str) -> tuple[str, dict[str, Any]] | None:
    """The template for OCD, drink recovery, coming out, a crying baby or gambling, with what
    it needs; None else."""
    topic = next(iter(safety_words.lived_topics(text)), None)
    if topic == "ocd":
        return topic, {"hands": re.search(r"\bhands?\b", text, re.IGNORECASE) is not None}
    if topic == "craving":
        return topic, {"lapse": safety_words.craving_told(text) == "lapse"}
    if topic == "coming_out":
        welcomed = _WELCOMED.search(text) is not None and _REACTED.search(text) is None
        return topic, {"reacted": _REACTED.search(text) is not None, "welcomed": welcomed}
    if topic == "gambling":
        short = re.search(r"\b(?:rent|bills?|mortgage|food)\b", text, re.IGNORECASE)
        return topic, {"rent": short is not None}
    if topic == "cutting_down":  # drink, smoking, vaping, gambling, weed or other drugs
        owned = safety_words.habit_owned(text) is not None  # "i think im addicted to weed"
        return topic, {"what": safety_words.cutting_down(text), "owned": owned}
    if topic == "unreal":  # "nothing feels real and im scared": the fear, heard
        return topic, {"scared": _FRIGHTENED.search(text) is not None}
    return (topic, {}) if topic else None  # a crying baby needs nothing more


# How they are themselves, to "and how are you doing yourself?" after asking about someone:
# "i'm ok, just worried about her", "honestly not great", "im fine thanks".
_OWN_STATE = re.compile(
    r"^\W*(?:(?:yeah|yes|yh|ya|no|nah|honestly|tbh|um+|hmm+|well|me\??)\W+)*(?:(?:i'?m|im|i am|i "
    r"feel|feeling|i'?ve been|been) (?:(?:so|really|very|pretty|quite|a bit|kinda|just|doing|"
    r"feeling|holding up)\s+)*(?P<state>ok|okay|fine|alright|good|all right|not bad|not too bad|"
    r"ok-?ish|not (?:great|good|ok|okay|fine|so good|too good)|struggling|exhausted|tired|"
    r"drained|scared|worried|anxious|stressed|overwhelmed|a mess|a wreck|shaken|sad|upset|"
    r"heartbroken|numb)|not (?:great|good|ok|okay|so good|too good)|could be better)\b",
    re.IGNORECASE,
)
_WELL = frozenset({"ok", "okay", "fine", "alright", "good", "all right", "not bad", "not too bad"})


def own_state_after_them(convo: Conversation, text: str, now: datetime) -> bool | None:
    """Soon after we asked how they are themselves, beside help for someone else: True for
    "i'm ok, just worried about her", False for "honestly not great", None for anything else
    (more about the other person, a question, a crisis of their own)."""
    if not supporting_lately(convo.slots.get("supporting_other"), now):
        return None
    found = _OWN_STATE.match(text)
    if found is None or len(text.split()) > 14 or "?" in text or safety_words.is_doubtful(text):
        return None
    return (found.group("state") or "").lower() in _WELL


def more_about_them(convo: Conversation, text: str, intent: str, now: datetime) -> bool:
    """More about the person they are worried about, soon after asking how to help them, or
    asking what to do now ("what do i do", "yes" to ideas for helping)."""
    earlier = convo.slots.get("supporting_other")
    if not supporting_lately(earlier, now):
        return False
    if WHAT_NOW.search(text) or intent == "affirm" or safety_words.AGE_ONLY.search(text):
        return True
    if DOCTOR_FOR_THEM.search(text) and THIRD_PERSON.search(text):  # "should i take her to the gp"
        return True
    if safety_words.follow_up_about_them(text):  # "i promised tho", "mum doesnt believe me"
        return True
    told = earlier or {}
    serious = told.get("about_crisis") or told.get("abuse") or told.get("urgent")
    if (
        serious
        and intent not in ("thanks", "goodbye", "greet", "deny")
        and not keyword_action(text)
        and (THIRD_PERSON.search(text) is not None or "?" in text)
    ):  # "she's asleep now. should i wake her?": still about them
        return True
    vague = intent in ("out_of_scope", "out_of_scope_unsure", "smalltalk", "help", "support_other")
    # "she keeps crying", "she just stays in bed all day", told of them as the subject:
    # still about them, not a mood, a sleep diary or a breathing exercise of ours
    of_them = (
        intent in ("mood_report", "sleep_help", "breathing_request", "checkin_request")
        and THIRD_PERSON.match(text.strip()) is not None
    )
    return (vague and THIRD_PERSON.search(text) is not None) or of_them


def still_about_them(convo: Conversation, text: str, now: datetime, *, own_words: bool) -> bool:
    """Soon after asking about someone else, more about them ("he wont answer his phone
    now"), with no crisis words of the person's own (``own_words``): about them, not the
    person writing."""
    if not supporting_lately(convo.slots.get("supporting_other"), now):
        return False
    if own_words:
        return False
    if safety_words.follow_up_about_them(text):  # "i promised tho. is it bad if i tell?"
        return True
    if safety_words.FIRST_PERSON_OVERRIDE.search(text) or safety_words.hurt_themself_told(text):
        return False  # "he pushed me into the wardrobe": their own danger now
    return THIRD_PERSON.search(text) is not None
