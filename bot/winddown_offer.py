"""Answers to "Would you like a wind-down reminder at 10:30pm each night?": yes, no, or
another time in everyday words.

offered ──▶ "yes" ──▶ set at the time offered, every night
        └─▶ "only on school nights", "weekdays", "not on fridays" ──▶ set on those nights
        └─▶ "yes but at 10", "can it be 9:30 instead", "an hour earlier",
            "i go to bed at 12" ──▶ set at that time (or half an hour before bed)
        └─▶ "can it be later?" ──▶ "what time?" (the offer kept) ──▶ "11" ──▶ set
        └─▶ "no", "maybe later" ──▶ fine, and how to set one another time
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import effects
from bot.routing import CLOCK_ANSWER
from bot.sleep import clock_answer, winddown_time
from bot.text import render
from bot.types import Reply
from store.models import Conversation, SleepEntry

# A wind-down reminder moved from the time offered: "an hour earlier", "30 mins later".
SHIFTED = re.compile(
    r"\b(?P<amount>an?|one|half an?|\d{1,3}) (?P<unit>hours?|hrs?|h|mins?|minutes?)\s+"
    r"(?P<way>earlier|later|before|after|sooner)\b",
    re.IGNORECASE,
)
# The offer comes this long before the bed time it was worked out from.
BEFORE_BED = 30
# Some nights only: the nights before a work or school day, weekdays, or weekends.
NIGHTS = (
    (
        "FREQ=WEEKLY;BYDAY=SU,MO,TU,WE,TH",
        re.compile(
            r"\b(?:school|work|week) ?nights?\b|\bsun(?:day)? to thu(?:rs)?(?:day)?\b", re.I
        ),
    ),
    (
        "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
        re.compile(
            r"\bweek ?days?\b|\bmon(?:day)? to fri(?:day)?\b|\bnot (?:on )?(?:the )?weekends?\b",
            re.I,
        ),
    ),
    (
        "FREQ=WEEKLY;BYDAY=SA,SU",
        re.compile(r"\b(?:only )?(?:on )?(?:the )?weekends?(?: only)?\b", re.I),
    ),
)
# Not now, to the wind-down reminder: "maybe later", "not now", "not tonight".
NOT_NOW = re.compile(
    r"^\W*(?:maybe |perhaps |probably |um+ |hmm+ )?(?:later|another time|not (?:right )?now|"
    r"not yet|not tonight)\W*$",
    re.IGNORECASE,
)
# Another time, not yet said: "can it be later?", "earlier would be better".
OTHER_TIME = re.compile(r"\b(?:earlier|later|another time|different time|other time)\b", re.I)
# A bed time told instead of a reminder time: "i go to bed at 12 though", "i sleep at 1".
BED_TOLD = re.compile(r"\b(?:bed|sleep|asleep|turn in|lights out)\b", re.IGNORECASE)
# No reminder, whatever time is named: "no thanks, i'm in bed by 10 anyway".
NOT_WANTED_AT_ALL = re.compile(
    r"\b(?:no thanks|no thank you|don'?t (?:want|need)|dont (?:want|need)|not (?:needed|"
    r"interested|necessary)|no need)\b",
    re.IGNORECASE,
)


# The night's figure asked about: "is that good?", "is 96% bad", "what does that mean".
RESULT_ASKED = re.compile(
    r"^\W*(?:(?:so|and|but|um+|hmm+|wait|ok(?:ay)?|oh)\W+)*(?:is (?:that|it|this|\d{1,3} ?%?)"
    r" (?:good|bad|ok(?:ay)?|normal|alright|high|low|healthy|decent)|what does (?:that|it|this)"
    r" (?:mean|tell me)|is that (?:a )?(?:good|bad) (?:score|number|result|figure))"
    r"(?:\W+(?:then|tho|though|lol))*\W*$",
    re.IGNORECASE,
)


def answer(
    session: Session,
    convo: Conversation,
    text: str,
    said: str | None,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """The reminder set, the time asked for, or a no taken; ``said`` is the reply read as
    "yes", "no" or None. None when the reply is about something else."""
    offered = str(convo.slots.get("offer_time") or "22:30")
    at, days = asked_at(convo, text), nights_of(text)
    if at or days:  # "yes but at 10", "can it be 9:30 instead", "only on school nights"
        return set_at(session, convo, at or offered, settings, now, days or "FREQ=DAILY")
    if said == "no" or (said is None and NOT_NOW.match(text)):
        # how to set one later; "actually yes" next takes the no back (see bot/offers.py)
        convo.slots = {**convo.slots, "offer": "declined", "declined_offer": "winddown"}
        return [Reply(render("offer_declined", offer="winddown"))]
    if OTHER_TIME.search(text):  # "can it be later?": what time, the offer kept for it
        convo.slots = {**convo.slots, "offer": "winddown"}
        return [Reply(render("winddown_offer_when"))]
    if RESULT_ASKED.match(text):  # "is that good?": the night's figure, then the offer again
        night = session.scalars(
            select(SleepEntry)
            .where(SleepEntry.conversation_id == convo.id)
            .order_by(SleepEntry.created_at.desc())
        ).first()
        pct = round(night.efficiency * 100) if night is not None else None
        convo.slots = {**convo.slots, "offer": "winddown"}
        return [
            Reply(render("winddown_result", efficiency=pct)),
            Reply(render("offer_winddown", time=offered)),
        ]
    if said == "yes":
        return set_at(session, convo, offered, settings, now)
    return None


def asked_at(convo: Conversation, text: str) -> str | None:
    """The time a reply to the wind-down offer asks for ("yes but at 10", "can it be 9:30
    instead", "an hour earlier"), or None when it names none or does not want one."""
    if NOT_WANTED_AT_ALL.search(text):
        return None
    offered = str(convo.slots.get("offer_time") or "22:30")
    moved = SHIFTED.search(text)
    if moved:  # "half an hour earlier": from the time offered
        h, m = map(int, offered.split(":"))
        amount = moved.group("amount").lower()
        hours = moved.group("unit").lower().startswith("h")
        if amount.startswith("half"):
            minutes = 30 if hours else 0  # ("half an hour"; "half a minute" moves nothing)
        else:
            minutes = (int(amount) if amount.isdigit() else 1) * (60 if hours else 1)
        way = moved.group("way").lower()
        minutes *= -1 if way in ("earlier", "before", "sooner") else 1
        if way in ("before", "after"):  # "an hour before (bed)": from bed, half an hour on
            minutes += BEFORE_BED
        total = (h * 60 + m + minutes) % (24 * 60)
        return f"{total // 60:02d}:{total % 60:02d}"
    at = clock_answer(text, "bed") if CLOCK_ANSWER.search(text) else None
    if at is None:
        return None
    if BED_TOLD.search(text) and not re.search(r"\bwind", text, re.IGNORECASE):
        # "i go to bed at 12 though": the reminder comes half an hour before that
        quiet = dict(convo.slots.get("quiet_hours") or {})
        return winddown_time(at, quiet.get("start"), quiet_end=quiet.get("end"))
    return at


# Some nights left out: "not on fridays", "except saturday and sunday", "apart from fri".
_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|weds|wed|thurs|"
    r"thur|thu|fri|sat|sun)s?\b"
)
LEFT_OUT = re.compile(
    rf"\b(?:not|except|apart from|other than|excluding|skip(?:ping)?)(?: on)?(?: the)?\s+"
    rf"(?P<days>{_DAY}(?:(?:\s*,\s*|\s+(?:and|or|&|n)\s+|\s+){_DAY})*)\b",
    re.IGNORECASE,
)
WEEK = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def nights_of(text: str) -> str | None:
    """The nights asked for ("weekdays only", "just on school nights", "not on fridays"), as
    a rule; None for every night or none said."""
    left_out = LEFT_OUT.search(text)
    if left_out:  # "yes pls but not on fridays": every night but those
        out = {day[:2].upper() for day in re.findall(_DAY, left_out.group("days"), re.I)}
        kept = [day for day in WEEK if day not in out]
        if kept and len(kept) < len(WEEK):
            return f"FREQ=WEEKLY;BYDAY={','.join(kept)}"
    for rule, said in NIGHTS:
        if said.search(text):
            return rule
    return None


def set_at(
    session: Session,
    convo: Conversation,
    at: str,
    settings: dict[str, Any],
    now: datetime,
    rrule: str = "FREQ=DAILY",
) -> list[Reply]:
    """The wind-down reminder, set at ``at`` ("HH:MM") on the nights of ``rrule``."""
    return effects.apply(
        session,
        convo,
        {
            "mindlink_effect": "create_reminder",
            "kind": "sleep",
            "label": "wind down",
            "rrule": rrule,
            "local_time": at,
            "first": None,
        },
        settings,
        now,
    )
