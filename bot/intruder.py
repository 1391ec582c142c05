"""Fear of someone getting in, told as it happens: someone breaking in, or a noise downstairs
when they are home alone.

A break-in puts the emergency number first, with how to stay safe until the police come, and
staff are told; what follows in the next minutes is about it, until they say it was nothing
or help has come. A noise alone gets calm, practical steps and when to call: not a crisis
line, which is for a different fear.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bot import safety_words
from bot.crisis import raise_flag
from bot.locale import helpline_of
from bot.text import render
from bot.types import Reply
from store.models import Conversation

# Someone unknown getting in: "someone is breaking in", "heard glass smash downstairs",
# "someone is trying the back door".
_BREAKING_IN = re.compile(
    r"\b(?:someone|somebody|someones|someone'?s|a (?:man|guy|stranger|person|burglar)|some "
    r"(?:guy|man|men|people|lads)|people|burglars?|an intruder|intruders?)(?:'s| is| are)?"
    r"(?: (?:just|literally|actually))? (?:breaking in(?:to)?|trying to (?:break|get|climb) "
    r"in(?:to)?|trying (?:the|my|our) (?:door|doors|handle|door handle|windows?|back door|front "
    r"door)|climbing (?:in|through))\b|"
    r"\b(?:i'?m|im|i am|we'?re|we are) (?:being|getting) (?:burgled|broken into)\b|"
    r"\b(?:there'?s|theres|there is) (?:an intruder|a burglar)\b|"
    r"\b(?:heard|hear|hearing|just heard) (?:the |a )?(?:glass|window|windows) (?:smash|break|"
    r"shatter)\w*|"
    # "someone's smashed my window and i can hear them inside", "i can hear them trying the
    # back door"
    r"\b(?:someone|somebody|someones|someone'?s|somebody'?s)(?: has| just| has just)? (?:smashed|"
    r"broken|broke|kicked in|forced|jimmied) (?:my|the|our) (?:\w+ )?(?:window|door|lock)\b|"
    r"\bhear (?:them|someone|somebody|him|people) (?:trying (?:the|my|our|to get in)|breaking|"
    r"inside|in the house|downstairs|at the (?:back |front )?door)\b",
    re.IGNORECASE,
)
# Someone unknown already in, or at the window: an intruder when said with fear or a guess
# ("i think someone is in my house"), not "someone's in the kitchen making tea".
_SOMEONE_IN = re.compile(
    r"\b(?:someone|somebody|someones|someone'?s|a (?:man|guy|stranger|person))(?:'s| is)? "
    r"(?:(?:in|inside) (?:my|the|our) (?:house|flat|home|apartment|room|kitchen|hall|garden|loft|"
    r"attic)|downstairs|upstairs|in the house|inside|outside (?:my|the|our) (?:window|bedroom|"
    r"back door|front door|door))\b",
    re.IGNORECASE,
)
_UNEASE = re.compile(
    r"\bi (?:think|can hear|heard|can see|saw|swear)\b|\b(?:don'?t|dont) know (?:who|them)\b|"
    r"\b(?:there'?s|theres|there is) (?:someone|somebody|a (?:man|guy|person|stranger))\b|"
    r"\b(?:knife|weapon|gun|balaclava|mask)\b",
    re.IGNORECASE,
)
_ALONE_OR_AFRAID = re.compile(
    r"\b(?:home alone|on my own|by myself|alone|scared|terrified|frightened|freaking out|"
    r"creeped out|spooked|nervous|panicking|shaking|what do i do|what should i do|help)\b",
    re.IGNORECASE,
)
# Someone they know: what they fear is them, which the abuse answer meets.
_KNOWN = re.compile(
    r"\b(?:my (?:\w+ )?(?:ex|husband|wife|partner|boyfriend|bf|"
    r"girlfriend|gf|dad|father|mum|mom|mother|stepdad|stepmum|brother|sister|son|daughter|"
    r"uncle|flatmate|roommate|landlord|neighbou?r))\b",
    re.IGNORECASE,
)
# It was nothing ("it was just the cat", "false alarm"), or they are safe now ("they've gone").
_NOTHING = re.compile(
    r"\bit was (?:just |only )?(?:the|my|a|our) \w+|\bfalse alarm\b|\b(?:nothing|nobody|no one|"
    r"noone) (?:there|here|was there)\b|\ball clear\b|\bit was nothing\b",
    re.IGNORECASE,
)
_SAFE_NOW = re.compile(
    r"\b(?:i'?m|im|i am|we'?re|we are) (?:ok|okay|fine|safe|alright)(?: now)?\b|"
    r"\b(?:they|he|she|it)(?:'s|'re|'ve| is| are| have| has)? (?:gone|left|run off|ran off)\b",
    re.IGNORECASE,
)
_HELP_HERE = re.compile(
    r"\b(?:police|cops|they)(?:'s|'re| is| are)? (?:here|arrived)\b", re.IGNORECASE
)
_CALLED = re.compile(
    r"\b(?:police|cops|they)(?:'s|'re| is| are)? (?:on (?:their|the) way|coming)\b|"
    r"\b(?:called|rang|rung|phoned) (?:999|911|112|000|the police|the cops|them)\b",
    re.IGNORECASE,
)


_OTHER_CRISES = ("abuse", "suicidal", "self_harm")


def sign_of(plain: str) -> str | None:
    """ "intruder" for someone breaking in, "noise" for a frightening noise when alone or
    afraid; None when it is about someone they know, or a crisis of another kind."""
    if _KNOWN.search(plain) or safety_words.crisis_kind(plain) in _OTHER_CRISES:
        return None
    if _BREAKING_IN.search(plain):
        return "intruder"
    if _SOMEONE_IN.search(plain) and (_UNEASE.search(plain) or _ALONE_OR_AFRAID.search(plain)):
        return "intruder"
    if safety_words.NOISE_HEARD.search(plain) and _ALONE_OR_AFRAID.search(plain):
        return "noise"
    return None


def respond(
    session: Session,
    convo: Conversation,
    sign: str,
    text: str,
    settings: dict[str, Any],
    now: datetime,
    *,
    again: bool,
) -> list[Reply]:
    """What to do now. A break-in is told to staff, and what follows in the next minutes is
    about it; a noise alone is not a crisis, and what follows is theirs."""
    helpline = helpline_of(convo, settings)
    news = "called" if _CALLED.search(text) else None  # "i've rung the police, hiding upstairs"
    if again:
        news = (
            "help_here"
            if _HELP_HERE.search(text)
            else "called"
            if _CALLED.search(text)
            else "nothing"
            if _NOTHING.search(text)
            else "safe"
            if _SAFE_NOW.search(text)
            else None
        )
    if sign == "intruder" and news not in ("nothing", "safe"):
        raise_flag(session, convo, "crisis", "danger", now)
        convo.slots = {**convo.slots, "emergency": {"sign": sign, "at": now.isoformat()}}
    else:  # a noise, or it was nothing: what they say next is theirs again
        convo.slots = {k: v for k, v in convo.slots.items() if k != "emergency"}
    return [Reply(render("intruder", helpline=helpline, sign=sign, again=again, news=news))]
