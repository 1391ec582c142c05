"""More coping ideas, asked for just after a few were given.

    coping ideas (anxiety | anger | low | lonely | grief) ──"any other tips?"──▶ more ideas
    more ideas ──"what else can i do"──▶ what has helped before, and a person to talk to

What was given is read from our last replies, whichever path gave it (a question about
coping, "what should i do?" after a feeling, or loneliness told).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.actions.sleep import TIPS_WANTED
from bot.locale import helpline_of
from bot.moods import vented_about
from bot.routing import PANIC, TALK_DOWN, keyword_action
from bot.text import render
from bot.topics import ANXIOUS_WORDS
from bot.types import Reply
from store.models import Conversation, OutboundMessage

if TYPE_CHECKING:
    from nlu import Parse

# "more tips", "any other tips?", "what else can i do", "i've tried all that".
MORE_ADVICE = re.compile(
    r"^\W*(?:(?:ok|okay|and|so|hmm+|thanks|thank you|thx|ty|cheers|right|yeah|but)\W+)*"
    r"(?:(?:(?:have you |you )?got |do (?:you|u) have |are there |is there )?(?:any |some )?"
    r"(?:more|other|different|extra|further) (?:tips?|ideas?|advice|suggestions?|ways?|"
    r"things?(?: (?:i|to) (?:can |could )?(?:do|try))?)|more|another one|another tip|"
    r"anything else(?: (?:i|to) (?:can |could )?(?:do|try))?|what else(?: (?:can|could|should|do) "
    r"(?:i|you|u) (?:do|try|suggest)| (?:helps?|works?|is there))?|"
    r"i(?:'?ve| have)? (?:already )?(?:tried|done|do) (?:all )?(?:that|those|them|these)"
    r"(?: already)?|(?:none of )?(?:that|those|them) (?:don'?t|dont|doesn'?t|doesnt|didn'?t|"
    r"didnt|never) (?:work|help)s?(?: for me)?|tell me more)"
    r"(?:\s+(?:please|pls|plz|then|tho|though|x+|lol))*\W*$",
    re.IGNORECASE,
)
# More ideas are only for ideas given this recently.
MORE_WITHIN = timedelta(minutes=30)
KINDS = ("anxiety", "anger", "lonely", "grief", "low")
# Our replies to the last turns looked at (the ideas, then perhaps "OK" to a "no").
TURNS_BACK = 2


def _opening(name: str, kind: str) -> str:
    """The first line of the ideas of one kind, which says which they were."""
    return render(name, kind=kind, helpline={"sentence": ""}, last=False).splitlines()[0]


def ideas_given(session: Session, convo: Conversation, now: datetime) -> tuple[str, bool] | None:
    """The kind of coping ideas in our replies of the last turns, and whether they were
    already the further ones; None when we gave none lately."""
    rows = session.execute(
        select(OutboundMessage.body, OutboundMessage.created_at)
        .where(OutboundMessage.conversation_id == convo.id, OutboundMessage.kind == "reply")
        .order_by(OutboundMessage.id.desc())
        .limit(6)
    ).all()
    turns: list[datetime] = []
    for body, at in rows:
        if now - at > MORE_WITHIN:
            return None
        if at not in turns:
            turns.append(at)
        if len(turns) > TURNS_BACK:
            return None
        for kind in KINDS:
            if body.startswith(_opening("coping", kind)):
                return kind, False
            if body.startswith(_opening("coping_more", kind)):
                return kind, True
    return None


def _shift_help_given(session: Session, convo: Conversation, now: datetime) -> bool:
    """The help for sleeping around shifts was among our replies of the last turns."""
    opening = render("sleep_shift").splitlines()[0]
    rows = session.execute(
        select(OutboundMessage.body, OutboundMessage.created_at)
        .where(OutboundMessage.conversation_id == convo.id, OutboundMessage.kind == "reply")
        .order_by(OutboundMessage.id.desc())
        .limit(TURNS_BACK * 2)
    ).all()
    return any(now - at <= MORE_WITHIN and opening in body for body, at in rows)


def more_shift_tips(
    session: Session, convo: Conversation, text: str, settings: dict[str, Any], now: datetime
) -> list[Reply] | None:
    """ "tips", "any more tips?" just after the help for sleeping around shifts: more of
    that (the general sleep tips, with daylight after waking and early naps, do not fit
    someone who sleeps in the day); None for anything else."""
    said = text.strip()
    if convo.active_flow or not (MORE_ADVICE.match(said) or TIPS_WANTED.match(said)):
        return None
    if not _shift_help_given(session, convo, now):
        return None
    doctor = (helpline_of(convo, settings) or {}).get("doctor") or "doctor"
    return [Reply(render("sleep_shift_more", doctor=doctor))]


def more_ideas(
    session: Session,
    convo: Conversation,
    text: str,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """ "any other tips?" just after coping ideas: more of the same kind (then, asked once
    more, what helped before); None for anything else."""
    if convo.active_flow or not MORE_ADVICE.match(text.strip()):
        return None
    given = ideas_given(session, convo, now)
    if given is None:
        return None
    kind, already = given
    # a "no" to breathing just now is not met by the same offer again
    declined = convo.slots.get("offer") == "declined"
    offered = kind in ("anxiety", "anger") and not declined and not already
    convo.slots = {k: v for k, v in convo.slots.items() if k not in ("offer", "offer_at")}
    if offered:
        convo.slots = {**convo.slots, "offer": "breathing"}
    helpline = helpline_of(convo, settings)
    return [
        Reply(render("coping_more", kind=kind, last=already, declined=declined, helpline=helpline))
    ]


# Stress or anxiety felt now, told in a few words: "im so stressed", "my anxiety is through
# the roof rn", "feeling really overwhelmed", "ugh stressed af". Met with support first (a
# short breathing exercise or grounding offered, and an ear), not a 1-10 question.
STRESSED_NOW = re.compile(
    r"^(?!.*\b(?:was|were|had|used to|yesterday|last (?:night|week|month|year)|earlier|"
    r"this morning|but (?:now|im|i'm) (?:ok|okay|fine|better)|better now|calmer now)\b)"
    r"(?!.*\b(?:he|she|they|mum|mom|dad|son|daughter|friend|partner|wife|husband|bf|gf|"
    r"boyfriend|girlfriend|sister|brother|kids?)(?:'s|s)? (?:is|are|seems?|gets?|got)\b)"
    r".*\b(?:stress(?:ed|in|ing)?(?: out)?|anx\w*|overwhelm\w*|on edge|panicky|wound up|"
    r"frazzled|tense|worked up|wired|jittery|nervy|freaking out|frantic|so nervous|"
    r"really nervous|super nervous|shaking|shaky|trembling|(?:can'?t|cant) stop (?:crying|shaking)|"
    r"in bits|falling apart|losing my mind|"
    # "everything feels unreal", "i feel so detached like im not here"
    r"(?:everything|nothing|it all|things) (?:feels?|seems?|is) (?:so )?(?:unreal|not real|"
    r"fake|far away)|(?:feel|feeling) (?:so )?(?:detached|unreal|disconnected|like i'?m not "
    r"(?:here|real)))\b",
    re.IGNORECASE,
)
# Unreal or far away, told: "everything feels unreal", "i feel so detached like im not here".
_UNREAL = re.compile(
    r"\b(?:unreal|not real|far away|detached|disconnected|like i'?m not (?:here|real))\b", re.I
)
# Longer tellings are listened to; a question about stress gets ideas instead.
STRESSED_WORDS_AT_MOST = 16


def stressed_now(text: str) -> bool:
    """Stress or anxiety felt now, told in a few words (not a question, not a past one), or
    asked to be calmed ("can you talk me down?", "im spiralling")."""
    said = text.replace("’", "'").strip()
    if len(said.split()) > STRESSED_WORDS_AT_MOST:
        return False
    return TALK_DOWN.search(said) is not None or (
        "?" not in said and STRESSED_NOW.search(said) is not None
    )


def stressed_heard(
    convo: Conversation, text: str, intent: str, parse: Parse, now: datetime
) -> list[Reply] | None:
    """ "im so stressed", "my anxiety is through the roof rn": support first (a short breathing
    exercise or grounding offered, and an ear), not a 1-10 question; what they tell next is
    listened to. None for anything else (a panic is breathed through at once, a score told is
    a check-in, "can we do breathing" is what they asked for)."""
    if (
        intent != "mood_report"
        or convo.active_flow
        or parse.crisis
        or not stressed_now(text)
        or PANIC.search(text)
        or keyword_action(text) is not None
        or any(e.type == "mood_score" for e in parse.entities)
    ):
        return None
    convo.slots = {
        **convo.slots,
        "offer": "breathing",
        "listening_since": now.isoformat(),
        "listened": True,
    }
    anxious = ANXIOUS_WORDS.search(text) is not None
    crying = _CRYING.search(text) is not None
    about = vented_about(text)
    unreal = _UNREAL.search(text) is not None
    said = render("stressed_now", anxious=anxious, crying=crying, about=about, unreal=unreal)
    return [Reply(said)]


# Tears told with it: "im shaking and cant stop crying", "sobbing".
_CRYING = re.compile(r"\b(?:cry\w*|tears|sobbing)\b", re.IGNORECASE)


# Asked for coping techniques by that name: "what coping techniques are there", "any coping
# strategies for anxiety", "give me some coping skills", "techniques to calm down".
COPING_NAMED = re.compile(
    r"^(?!.*\b(?:my|a|his|her|our) (?:friend|mate|partner|son|daughter|kid|child|mum|mom|dad|"
    r"brother|sister|wife|husband|boyfriend|girlfriend|student|colleague)s?\b)"
    r"(?=.*\b(?:what|which|any|some|give|tell|teach|share|list|got|have|need|want|know|"
    r"suggest|recommend|good|best|pls|please|plz)\b|.*\?)"
    r".*\b(?:coping (?:strateg\w+|techniques?|skills?|mechanisms?|methods?|tools?|ideas|tips|"
    r"exercises?)|(?:strateg\w+|techniques?|skills|exercises?|tricks?) (?:to|for|that help "
    r"(?:with|me)) (?:cop\w+|calm(?:ing)? (?:me |myself )?down|relax\w*|de-?stress\w*|"
    r"ground(?:ing)?(?: myself)?|manag\w+ (?:anxiety|stress|panic|worry|anger)|anxiety|stress|"
    r"panic\w*|worry|anger))\b",
    re.IGNORECASE,
)
# The feeling the techniques are for, when named, and the ideas given for it.
_FOR_FEELING = (
    ("anxiety", r"anx\w*|stress\w*|panic\w*|worr\w*|nerv\w*|overthink\w*|calm\w*|relax\w*"),
    ("anger", r"ang\w*|rage|temper|mad|furious"),
    ("low", r"sad\w*|depress\w*|low|down"),
    ("lonely", r"lonel\w*|alone|isolat\w*"),
    ("grief", r"grie\w*|loss|bereave\w*"),
)


def coping_named(convo: Conversation, text: str, settings: dict[str, Any]) -> list[Reply] | None:
    """ "what coping techniques are there": a few that help most people (breathing offered);
    "any coping strategies for anxiety": those for that feeling. None for anything else."""
    said = text.replace("’", "'")
    if convo.active_flow or not COPING_NAMED.search(said):
        return None
    found = COPING_NAMED.search(said)
    after = said[found.start() :] if found else said
    kind = next(
        (k for k, words in _FOR_FEELING if re.search(rf"\b(?:{words})\b", after, re.IGNORECASE)),
        "general",
    )
    offered = kind in ("anxiety", "anger", "general")
    convo.slots = {k: v for k, v in convo.slots.items() if k not in ("offer", "offer_at")}
    if offered:
        convo.slots = {**convo.slots, "offer": "breathing"}
    helpline = helpline_of(convo, settings)
    return [Reply(render("coping", kind=kind, helpline=helpline))]
