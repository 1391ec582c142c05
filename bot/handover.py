"""A request for a person, called off: in their own words, or by leaving with STOP.

person offered ──▶ "idk", "maybe" ──▶ what a person could help with, their choice (once)
asked for a person ──▶ waiting for the team ──▶ "actually no its fine" ──▶ the bot again
                                            └─▶ STOP ──▶ withdrawn; START says so
                                            └─▶ someone from the team takes it: theirs
                                                (until they write, told honestly they've joined)
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.crisis import WHILE_WAITING_ASKS, stop_waiting
from bot.locale import helpline_of
from bot.routing import THANKED, keyword_action
from bot.safety_words import (
    ASKS_IF_PERSON,
    CALL_OFF,
    CALLED_OFF_END,
    MAYBE,
    OK_THANKS,
    STILL_WAITING,
)
from bot.text import render
from bot.types import Reply
from store.models import Conversation, Flag

# Not needed after all, in everyday words: "actually no its fine", "nah im good now", "dont
# worry about it", "i feel better now", "i've changed my mind", "ignore that".
_LEAD = r"(?:(?:actually|oh|ok|okay|sorry|no+|nah|nope|wait|hmm+|um+|honestly)[ ,.!]+)"
_FINE = r"(?:fine|ok|okay|alright|all right|all good|good)"
# What may follow the words that call it off ("..., thanks", "... i'm ok now", "... i'll just
# talk to you"); anything else ("i'm ok but scared") leaves the request standing.
_TAIL = (
    r"(?:[ ,.!]+(?:thanks|thank you|ty|thx|really|honestly|now|actually|anymore|x+|lol|sorry|"
    r"i'?m (?:ok|okay|fine|good)(?: now)?|(?:don'?t|dont) worry(?: about it)?|never ?mind|nvm|"
    r"no need|it'?s (?:fine|ok|okay)|(?:i'?ll|ill) (?:just )?(?:talk to (?:you|u)|carry on|"
    r"manage|be (?:ok|okay|fine))))*\W*$"
)
CALLED_OFF = re.compile(
    rf"^\W*(?:{_LEAD}+(?:it'?s|its|that'?s|thats|it is) {_FINE}|"
    rf"{_LEAD}*(?:it'?s|its|that'?s|thats|it is|all) {_FINE} (?:now|actually|really)|"
    rf"{_LEAD}*(?:i'?m|im|i am) (?:{_FINE}|better|feeling better)(?: now| actually| really)*|"
    rf"{_LEAD}*i (?:feel|am feeling) (?:better|{_FINE})(?: now)?|"
    rf"{_LEAD}*(?:i'?ll|ill|i will) be (?:{_FINE})|"
    rf"{_LEAD}*(?:don'?t|dont|do not) (?:worry|bother)(?: about (?:it|me|that))?|"
    rf"{_LEAD}*(?:i'?ve |i )?changed my mind|"
    rf"{_LEAD}*(?:forget|ignore) (?:i asked|that|me|what i said|my (?:last )?message)|"
    rf"{_LEAD}*scrap that|"
    # "actually can i just talk to you instead", "id rather chat with you": the bot instead
    rf"(?=.*\b(?:just|rather|instead)\b){_LEAD}*(?:(?:can|could) (?:i|we) |i'?d rather |id "
    rf"rather |i'?ll |ill |i will |let'?s |lets )?(?:just )?(?:talk|chat|speak|carry on|stick) "
    rf"(?:to|with) (?:you|u|the bot)(?: instead| for now| then| now)*|"
    rf"{_LEAD}*(?:not|no longer) (?:needed|necessary)(?: now| anymore)?|"
    rf"{_LEAD}*(?:i )?(?:don'?t|dont|do not) need (?:one|them|to anymore)(?: now| anymore)?)"
    rf"{_TAIL}",
    re.IGNORECASE,
)
# Happy to wait, in words that can sound like calling it off: "it's fine, i'll wait", "don't
# worry, take your time".
STILL_WANTED = re.compile(
    r"\b(?:i'?ll|ill|i will|i can|happy to|i don'?t mind|ok to|fine to|okay to) (?:wait|hold on|"
    r"hang on)\b|\btake (?:your|ur) time\b|\bno rush\b|\bstill (?:want|need|waiting)\b|"
    r"\bi'?ll be here\b|\bwhen(?:ever)? (?:they|someone|you) (?:can|are ready)\b",
    re.IGNORECASE,
)


# What a person from the team would do, asked instead of a yes: "idk what a person would even
# do", "what would they say", "what happens if i say yes".
PERSON_WHAT = re.compile(
    r"\bwhat (?:would|will|do|does|could|can) (?:a person|they|someone|somebody|the team|a human|"
    r"that person|the person|a real person)(?: even| actually| really)? (?:do|say|help with)\b|"
    r"\bwhat happens (?:if|when|then|next)\b|\bwhat (?:would|will|does) (?:that|it) (?:do|"
    r"involve|mean)\b",
    re.IGNORECASE,
)


def unsure_of_person(convo: Conversation, text: str) -> bool:
    """Whether "idk", "maybe" or "what would they even do" answers the offer of a person, for
    the first time (unsure again after hearing what they do, someone joins: see crisis)."""
    if convo.slots.get("person_explained") == _this_crisis(convo):
        return False
    return MAYBE.match(text) is not None or PERSON_WHAT.search(text) is not None


def _this_crisis(convo: Conversation) -> str:
    """The crisis the offer of a person was made for, by when it was told."""
    return convo.last_crisis_at.isoformat() if convo.last_crisis_at else "-"


def person_explained(convo: Conversation, settings: dict[str, Any]) -> list[Reply]:
    """What a person from the team could help with, and that it is their choice; the offer
    stays open for a yes or a no."""
    convo.slots = {**convo.slots, "person_explained": _this_crisis(convo)}
    return [Reply(render("handover_unsure", helpline=helpline_of(convo, settings)))]


def withdrawn(text: str) -> bool:
    """Whether the words call off a request for a person ("never mind", "actually no its
    fine", "i'm ok now"), and not "it's fine, i'll wait"."""
    said = text.strip()
    if STILL_WANTED.search(said):
        return False
    said_so = CALL_OFF.match(said)  # only the start is read there: the rest must fit too
    whole = said_so is not None and re.match(_TAIL, said[said_so.end() :], re.I) is not None
    return whole or bool(CALLED_OFF_END.search(said) or CALLED_OFF.match(said))


def call_off(
    session: Session, convo: Conversation, text: str, settings: dict[str, Any], now: datetime
) -> list[Reply] | None:
    """They asked for a person and now say they don't need one, before anyone answered:
    the request is withdrawn and the bot answers again. None when this does not apply."""
    if "awaiting_staff" not in convo.slots or not withdrawn(text):
        return None
    crisis = withdraw(session, convo, now)
    if crisis is None:
        return None  # someone from the team has it already
    helpline = helpline_of(convo, settings)
    # "actually yes i want someone" just after: asked for again (see offers.answer_offer)
    convo.slots = {**convo.slots, "offer": "person_again"}
    return [Reply(render("handover_called_off", crisis=crisis, helpline=helpline))]


def withdraw(session: Session, convo: Conversation, now: datetime) -> bool | None:
    """Withdraw a request for a person no one from the team has taken yet: whether a crisis
    flag stays open for the team to read, or None when someone has taken it already (or
    nothing was asked)."""
    if "awaiting_staff" not in convo.slots:
        return None
    open_flags = list(
        session.scalars(
            select(Flag).where(
                Flag.conversation_id == convo.id, Flag.status.in_(("waiting", "taken"))
            )
        )
    )
    if any(f.status != "waiting" for f in open_flags):
        return None
    crisis = any(f.reason != "human_request" for f in open_flags)
    for flag in open_flags:
        if flag.reason == "human_request":
            flag.status, flag.resolved_at = "resolved", now
    # after a crisis the flag stays for the team to read; the conversation comes back to us,
    # with help still in reach
    convo.handed_over = False
    convo.flagged = crisis
    stop_waiting(convo)
    if crisis:
        convo.slots = {**convo.slots, "person_declined": True}
    return crisis


def withdraw_on_leaving(session: Session, convo: Conversation, now: datetime) -> None:
    """STOP while waiting for a person: the team can no longer text them, so the request is
    withdrawn, and START says so (they may still want someone)."""
    if withdraw(session, convo, now) is not None:
        convo.slots = {**convo.slots, "person_withdrawn": True}


def withdrawn_on_leaving(convo: Conversation) -> bool:
    """Whether a request for a person was withdrawn when they left; said once, on START."""
    was = bool(convo.slots.get("person_withdrawn"))
    convo.slots = {k: v for k, v in convo.slots.items() if k != "person_withdrawn"}
    return was


def back_from_the_team(convo: Conversation) -> bool:
    """Whether the team handed the conversation back since the bot last answered (the person
    may still think they are texting someone from the team); said once."""
    was = bool(convo.slots.get("handed_back")) and not convo.handed_over
    if "handed_back" in convo.slots:
        convo.slots = {k: v for k, v in convo.slots.items() if k != "handed_back"}
    return was


# Asked whether anyone sees their messages: "is anyone actually reading this", "can anyone
# see this", "hello??".
READ_ASKED = re.compile(
    r"\b(?:anyone|anybody|someone|somebody|you|they)\b.{0,20}\b(?:read(?:ing)?|see(?:ing)?|"
    r"seen|getting) (?:this|these|my (?:messages?|texts?))\b|\bhel+o+\W*\?|\?{2,}\s*$",
    re.IGNORECASE,
)


# Asking what to do while the team is on the way: "what can i do while i wait", "what should
# i do in the meantime", "anything i can do till they get here".
MEANWHILE_ASKED = re.compile(
    r"\bwhat (?:can|should|do|could|shall) i do (?:while|whilst|till|until|in the meantime|"
    r"meanwhile|for now)\b|\b(?:anything|something|stuff) (?:i can|i could|to|for me to) do "
    r"(?:while|whilst|till|until|in the meantime|meanwhile)\b|\bwhat (?:now|next)\W+(?:while|"
    r"whilst) i wait\b",
    re.IGNORECASE,
)


# Asking who will reply, while waiting: "will it be a real person", "who will it be", "are
# they trained counsellors", "what kind of person will it be".
WHO_ASKED = re.compile(
    r"\b(?:will|would|is) (?:it|that|this|they|he|she) (?:be )?(?:a )?(?:real|actual|proper|"
    r"human)(?: person| human| people)?\b|\bwho (?:will|would|is going to|is gonna) (?:it be|"
    r"reply|answer|text|join|talk)\b|\bwhat (?:kind|sort|type) of (?:person|people|someone)\b|"
    r"\b(?:are|is) (?:they|he|she|the team|your team|the person|this person) (?:a |an )?"
    r"(?:trained|qualified|professionals?|counsell?ors?|therapists?|doctors?|nurses?|volunteers?|"
    r"real|human|people|a bot)\b",
    re.IGNORECASE,
)


def meanwhile(
    session: Session,
    convo: Conversation,
    text: str,
    settings: dict[str, Any],
    *,
    worried: bool = False,
) -> list[Reply] | None:
    """ "what can i do while i wait" or "will it be a real person", before anyone from the team
    has joined: answered in plain words, with help in reach. None for anything else."""
    if "awaiting_staff" not in convo.slots:
        return None
    who = WHO_ASKED.search(text) is not None  # "are they trained counsellors"
    if not who and not MEANWHILE_ASKED.search(text):
        return None
    if staff_joined(session, convo):
        return None  # someone is there: theirs to answer (see while_joined)
    helpline = helpline_of(convo, settings)
    template = "handover_who" if who else "handover_meanwhile"
    real = re.search(r"\b(?:real|actual|human|bot)\b", text, re.IGNORECASE) is not None
    return [Reply(render(template, helpline=helpline, worried=worried, real=real))]


def staff_joined(session: Session, convo: Conversation) -> bool:
    """Whether someone from the team has taken the conversation over."""
    taken = select(Flag.id).where(Flag.conversation_id == convo.id, Flag.status == "taken")
    return session.scalar(taken.limit(1)) is not None


def while_joined(
    session: Session,
    convo: Conversation,
    text: str,
    settings: dict[str, Any],
    *,
    worried: bool = False,
) -> list[Reply] | None:
    """Someone from the team has taken the conversation but not written yet: told so honestly
    ("are you there?", "is this a bot?"), never met with silence, help in reach when they are
    struggling. None when no one has joined (or staff have written: theirs now)."""
    if "awaiting_staff" not in convo.slots or not staff_joined(session, convo):
        return None
    if withdrawn(text):  # "never mind im ok now": theirs to hand back now
        said = "called_off"
    elif worried:
        said = "worried"
    elif ASKS_IF_PERSON.search(text):
        said = "bot"
    elif STILL_WAITING.search(text) or READ_ASKED.search(text):
        said = "there"
    elif OK_THANKS.match(text):
        said = "thanks" if THANKED.search(text) else "ok"
    elif keyword_action(text) in WHILE_WAITING_ASKS:  # "can i do breathing while i wait"
        said = "asked"
    else:
        said = None
    return [Reply(render("handover_joined", helpline=helpline_of(convo, settings), said=said))]
