"""An offer put off ("not now but tomorrow", "in 10 mins", "maybe later"): a reminder to do
it then, or asked when, with the reminder set from the answer; and the answer to a reminder
offered for something they keep forgetting (see listening).

offered ──▶ "in 10 mins" / "tomorrow" ──▶ reminder to do it then
        └─▶ "maybe later" ──▶ "say 'breathe' when ready, or tell me when" ──▶ "at 8" ──▶ set
                                                                           └─▶ "no" ──▶ fine
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from bot.actions.reminders import meal_as_clock
from bot.readings import with_when
from bot.runner import run
from bot.safety_words import answer_of
from bot.text import render
from bot.types import Reply
from store.models import Conversation

if TYPE_CHECKING:
    from nlu import Parse

# What each offer is, as a reminder to do it: "remind me to <task>".
TASKS = {
    "breathing": "do a breathing exercise",
    "night_breathing": "do a breathing exercise",
    "checkin_breathing": "do a breathing exercise",
    "sleep_breathing": "do a breathing exercise",
    "sleep_diary": "fill in my sleep diary",
    "checkin": "check in",
}
# Not now, but another time: "later", "not now but tomorrow", "in 10 mins", "after dinner".
PUT_OFF = re.compile(
    r"\b(?:later|not (?:right )?now|not yet|not tonight|not today|another time|some other "
    r"time|tomorrow|tmrw|tmr|tonight|in a (?:bit|while|min(?:ute)?|sec)|after (?:dinner|work|"
    r"school|lunch|tea|class|uni|this)|this (?:evening|afternoon|morning)|before bed|when i "
    r"get (?:home|back|in)|in (?:an?|one|two|\d+|half an) (?:hours?|hrs?|mins?|minutes?))\b",
    re.IGNORECASE,
)
# A clock time: "at 7:30pm" to a breathing offer is when to do it (to the sleep diary,
# "at 11" is when they went to bed).
AT_CLOCK = re.compile(r"\b(?:at|around) \d", re.IGNORECASE)
# Longer than this, a reply is more than putting it off (a story told instead).
MAX_WORDS = 8
# The only words a reply that puts it off is made of: anything more ("maybe tomorrow if i'm
# still here") is read as what it says, never made a cheerful reminder.
_TIMING_WORD = re.compile(
    r"yes|yeah|yep|ok|okay|sure|no|nah|nope|not|now|right|maybe|perhaps|probably|later|but|"
    r"can|could|we|i|do|it|that|please|pls|thanks|ty|tomorrow|tmrw|tmr|tonight|morning|evening|"
    r"afternoon|in|a|an|one|two|bit|while|mins?|minutes?|sec|hours?|hrs?|half|at|after|before|"
    r"dinner|work|school|lunch|tea|class|uni|this|bed|when|get|home|back|then|another|time|"
    r"some|other|yet|today|the|on|am|pm|lets|let's|let|us|how|about|first|just|ill|i'll|will|"
    r"remind|me|rather|would|prefer|around|ish|until|till|til|im|i'm|busy|out|gym|driving|and|"
    r"or|of|to|go|gotta|got|bus|train|x+|lol|hm+|um+|\d.*"
)

# Their words said back to them: "take my meds" as "take your meds".
SAID_AS_YOU = {"my": "your", "me": "you", "i": "you", "myself": "yourself", "im": "you're"}
# "maybe later", "not now", "another time": no reminder now, and still listening.
NOT_NOW = re.compile(
    r"\b(?:later|not (?:right )?now|not rn|nrn|not yet|another time|maybe|some other time)\b",
    re.IGNORECASE,
)


def put_off(text: str, offer: str) -> bool:
    """Whether a short reply puts off what was offered to another time, and says nothing
    else."""
    when = PUT_OFF.search(text) or (AT_CLOCK.search(text) if offer != "sleep_diary" else None)
    return offer in TASKS and when is not None and only_timing(text)


def only_timing(text: str) -> bool:
    """Whether a short reply says when and nothing else ("tomorrow at 9", "not now, after
    dinner"), not "tomorrow if i'm still here"."""
    words = re.findall(r"[a-z']+|\d+(?:[:.]\d+)?(?:am|pm)?", text.lower().replace("\u2019", "'"))
    return len(words) <= MAX_WORDS and all(_TIMING_WORD.fullmatch(w) for w in words)


def time_said(parse: Parse, text: str, zone: str, now: datetime) -> Parse | None:
    """The message read as a reminder request with the time it gives ("tomorrow morning",
    "at 8"); None when it gives no time."""
    # ("after dinner", "at lunch": the time the meal stands for, 7pm, 12pm)
    said = meal_as_clock(text)
    timed = with_when(replace(parse, intent="set_reminder", entities=()), said, zone, now)
    return timed if any(e.type == "when" for e in timed.entities) else None


def answer(
    session: Session,
    convo: Conversation,
    offer: str,
    text: str,
    parse: Parse,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """A reminder to do it at the time given, or asked when; None when no time is given and
    the offer has its own answer to "not now" (after a low check-in)."""
    task = TASKS[offer]
    timed = time_said(parse, text, convo.timezone, now)
    if timed is not None:
        return run(
            session, convo, "action_set_reminder", f"remind me to {task}", timed, settings, now
        )
    if offer == "checkin_breathing":
        return None
    convo.slots = {**convo.slots, "offer": "put_off", "offer_task": offer}
    return [Reply(render("offer_later", offer=offer))]


def when_told(
    session: Session,
    convo: Conversation,
    text: str,
    parse: Parse,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """ "at 8", "in an hour" just after we asked when: the reminder for what was put off; None
    for anything else."""
    task = TASKS.get(str(convo.slots.get("offer_task") or ""))
    if task is None or not only_timing(text):
        return None
    timed = time_said(parse, text, convo.timezone, now)
    if timed is None:
        return None
    return run(session, convo, "action_set_reminder", f"remind me to {task}", timed, settings, now)


def as_you(task: str) -> str:
    """The task in their words said back to them: "take my meds" as "take your meds"."""
    return " ".join(SAID_AS_YOU.get(word, word) for word in task.split())


def reminder_answer(
    session: Session,
    convo: Conversation,
    text: str,
    parse: Parse,
    settings: dict[str, Any],
    now: datetime,
    *,
    unsure: bool,
) -> list[Reply] | None:
    """An answer to "would a reminder to drink water help?": a time sets it, a yes asks when,
    ``unsure`` ("what's that like?") says what it is, a no or "later" goes back to listening;
    None for anything else (more of what they were telling)."""
    task = str(convo.slots.get("offer_reminder_task") or "")
    if not task:
        return None
    asked = f"remind me to {task}"
    timed = time_said(parse, text, convo.timezone, now)
    answer = answer_of(text, parse.intent)
    short = len(text.split()) <= 8
    if timed is not None and short and answer != "no":
        # "every day at 2pm", "yeah at 3", "in an hour": set for then; a time of day alone is
        # every day, as something they keep forgetting needs ("at 9pm": each night)
        every = _each_day(parse, text, timed, convo.timezone, now)
        return run(session, convo, "action_set_reminder", asked, every, settings, now)
    listened = {"listening_since": now.isoformat(), "listened": True}
    if short and NOT_NOW.search(text) and not unsure:
        convo.slots = {**convo.slots, **listened}  # "maybe later", "not rn": still listening
        return [Reply(render("offer_reminder_not_now", task=as_you(task), later=True))]
    if answer == "no" and short:  # "nah", "no thanks", "i'm ok": still listening
        convo.slots = {**convo.slots, **listened}
        return [Reply(render("offer_reminder_not_now", task=as_you(task), later=False))]
    if unsure:  # "idk", "what would that involve": what it is, kept
        convo.slots = {**convo.slots, "offer": "reminder_for"}
        return [Reply(render("offer_reminder", task=as_you(task), asked=True))]
    if answer == "yes" and short:  # "yeah go on", "sure why not": when, asked
        bare = replace(parse, intent="set_reminder", entities=())
        replies = run(session, convo, "action_set_reminder", asked, bare, settings, now)
        if convo.active_flow == "reminder_form":  # "9pm" told next: every day at 9pm
            convo.slots = {**convo.slots, "reminder_repeat": "daily"}
        return replies
    return None


# A day, a date or a delay in the time told: "tomorrow at 9", "in an hour", "on fridays".
_NOT_EACH_DAY = re.compile(
    r"\b(?:every|each|daily|weekdays?|weekends?|tomorrow|tmrw|today|tonight|in \d|in an?\b|on\b|"
    r"next|once|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b",
    re.IGNORECASE,
)


def _each_day(parse: Parse, text: str, timed: Parse, zone: str, now: datetime) -> Parse:
    """The time told for something they keep forgetting, every day when it is a time of day
    alone ("at 9pm", "yeah 8am"); as told when it names a day, a date or a delay."""
    if _NOT_EACH_DAY.search(text):
        return timed
    daily = time_said(parse, f"every day {text}", zone, now)
    return daily if daily is not None else timed
