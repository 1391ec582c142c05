"""Reminders in words: set, list, move, cancel, in the person's time zone.

set ──▶ (what + when in one message) ──▶ created
    └─▶ missing when ──▶ ask when ──▶ created
"what reminders do I have" ──▶ list
"move it to 8" ──▶ the last or only reminder, same half of the day
"change my reminder" ──▶ ask the new time ──▶ "9pm" moves it
"cancel the sleep reminder" ──▶ match by kind/label ──▶ ask which when ambiguous
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.common import bare_number, effect, entity, now_of, say, slot, text_of
from bot.reminders import (
    BREAK_FROM_US,
    BY_HOW_LONG,
    DAY_NAMED,
    PAUSE_ASKED,
    QUIET_FOR_A_TIME,
    bedtime_task,
    checkin_later,
    comes_before,
    comes_on,
    day_named,
    medicine_label,
    planned,
    repeats_on,
    shifted_by,
)
from bot.schedule import (
    in_quiet_hours,
    local_at,
    next_local_time,
    next_occurrence,
    parse_hhmm,
    rule_parts,
)

_KINDS = (
    (
        "checkin",
        re.compile(
            r"\bcheck[- ]?in\b|\bmood\b|\bhow i(?:'?m| am)? (?:feel|doing|getting on)|"
            r"\bcheck (?:up )?on me\b|\bask me how i(?:'?m| am)\b",
            re.I,
        ),
    ),
    ("sleep", re.compile(r"\b(?:sleep\w*|bed|bedtime|wind[- ]?down|winddown)\b", re.I)),
    ("breathing", re.compile(r"\bbreath\w*", re.I)),
)
# Checking in on someone else is a task of theirs, not our check-in: "check in on my mum".
_SOMEONE_ELSE = re.compile(r"\bcheck[- ]?in (?:on|with) (?!me\b|myself\b|you\b)", re.I)
# "remind me to...", also "nudge me", "ping me", "text me every evening to journal".
_LABEL = re.compile(
    # "and one to take my meds at 10": another reminder, asked for right after one
    # "poke me at 9 to call my sister", "i need reminding to drink water"; asked for as a
    # thing: "i need a poke at 9 to call my sister", "give me a shout at 6 to stretch"
    # (typed in a hurry: "remmind", "remnd", "rmind", "remid me")
    r"(?:(?:re+m+i?n+d|remid|rmind|remin(?= me\b))(?:er|ing|ed)?|nudge|ping|text|txt|"
    r"message|msg|prompt|(?:poke|buzz|nag|bug)(?= me\b)|"
    r"\b(?:an?|another|little|quick|wee) (?:poke|buzz|nag|prod|kick|shout|bell|heads[- ]?up)\b|"
    r"\b(?:and|also|plus) one|another(?: one)?|"
    r"one more)(?: me)?(?: (to|too|2|about|bout|that|for)"
    r"(?=\s+[^\W\d]))?\s+(.*)",
    re.IGNORECASE,
)
# "sun" alone is a day, but not in "sun cream"; a short day name with no "on" needs a time
# after it ("call mum sat at 2").
_DAY_NAME = (
    r"(?:mon|tues?|wed|weds|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?s?\b"
    r"(?!\s*(?:cream|screen|block|tan|lotion|glasses|bed|light|lamp|set|rise|shine))"
)
_SHORT_DAY = r"(?:mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)\b(?=\s+(?:at|@)\s*\d)"
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b"
)
_TIME_WORDS = (
    r"(?:every|evry|evey|everyday|each|daily|nightly|weekly|monthly|fortnightly|hourly|tomorrow|"
    r"tmrw|tmr|2mor+ow|tomoro|tomo|tmw|"
    r"(?:twice|once|(?:three|four|\d) ?(?:times|x)|x ?\d) ?(?:a|per|each|every) ?\w+|"
    r"2moro|tomoz|tonight|tonite|2nite|today|yesterday|last (?:night|week|month)|"
    r"in (?:\d|an?\b|half|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|fifty|a few|"
    r"a couple|quarter|three quarters)|(?:the )?day after tomorrow|some ?time\b|"
    rf"(?:at|around|about) (?:\d|noon|midnight|half|quarter|five|ten|twenty)|on (?:the )?\d|"
    rf"on {_DAY_NAME}|for \d|"
    # "drink water between 9 and 5": the hours it comes in
    r"(?:between|from) \d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?(?:\s*(?:and|to|till|until|-)\s*|_to_)\d|"
    # "set a reminder for my meds 9pm": a clock time said with no "at"
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)\b|\d{1,2}:\d\d\b|"
    # "on march 9", "by 7pm" (by a time: "remind me by 6am"), "in the arvo", "9/3 at 8"
    rf"on (?:the )?{_MONTH_NAME}|\d{{1,2}}[/.]\d{{1,2}}\b|"
    # "call mum on her birthday, 14th march": the date, not the task
    rf"(?:on )?(?:the )?\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH_NAME}"
    r"(?=\W*$|\s*[,.!?]|\s+(?:at|@|to|in|every|by)\b)|"
    rf"by (?:\d|noon|midnight|tomorrow|tmrw|tonight|{_DAY_NAME}|{_MONTH_NAME})|"
    r"(?:in the|this|tomorrow|tmrw) (?:morning|arvo|afternoon|evening|night)|s'arvo|"
    # "morning and night", "nights and mornings": twice a day
    r"mornings? and (?:nights?|evenings?|bed ?time)\b|(?:nights?|evenings?) and mornings?\b|"
    r"(?:on|at|over) (?:the )?week(?:end|day)s?\b|(?:on )?school ?nights?\b|"
    r"(?:on )?(?:the )?nights? before (?:school|college|uni|work)\b|"
    rf"{_DAY_NAME}\s*(?:[-–—]|to\b|till\b|until\b|thru\b|through\b)\s*{_DAY_NAME}|"
    # "next week", "this weekend" (not "finish this", "do this for my kids")
    rf"(?:next|this) (?:week(?:end)?|month|year|time|{_DAY_NAME})|"
    r"weekday|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|"
    # "first thing", "before bed", "at lunch", "later", "after work", "the 3rd"
    r"first thing\b|(?:just )?before (?:i go to )?bed(?:time)?\b|at bed ?time\b|"
    r"(?:at|around|by) lunch(?: ?time)?\b|after (?:work|school|lunch|dinner|tea)\b|"
    r"later(?: on| today| tonight)?\b|the \d{1,2}(?:st|nd|rd|th)\b|now now\b|"
    # "on the last day of every month", "at the end of each month"
    r"(?:on|by) (?:the )?(?:last|final|first) (?:working )?day of\b|"
    # "on the last friday of every month", "every first monday of the month"
    r"(?:(?:on|by|every) )?(?:the )?(?:last|final|first|second|third|fourth|1st|2nd|3rd|4th) "
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:of|in)\b|"
    r"(?:at|by|on) the (?:end|start|beginning) of (?:the |every |each )?month\b|"
    rf"{_SHORT_DAY})"
)
# What follows the last day of a range ("mon to fri at 8"), not a task ("on friday to sun myself").
_RANGE_END = r"(?=\s*(?:$|[,.!?@\d]|(?:at|to|from|and|in|on|every)\b))"
# (not a day or week that names a thing: "the sunday roast", "my weekend plans")
_NOT_A_THING = r"(?<!\bthe)(?<!\bmy)(?<!\byour)(?<!\bour)(?<!\bhis)(?<!\bher)"
_TIME_TAIL = re.compile(rf"{_NOT_A_THING}\s+{_TIME_WORDS}(?!['’]s\b).*$", re.IGNORECASE)
# A clock time said in words, made one token so its "to" is not the task's: "at quarter to 7
# to leave", "at ten to 7", "twenty past 6".
_CLOCK_WORDS = re.compile(
    r"\b(quarter|half|\d{1,2}|five|ten|twenty|twenty five) (to|past) (\d{1,2})\b", re.IGNORECASE
)
# What a time said after "that ..." may hold and still be only a time: "that it gets better
# every morning at 8" loses "every morning at 8", "that today is a new day" keeps "today".
_TIME_ONLY = frozenset(
    (
        "every", "each", "daily", "weekly", "nightly", "monthly", "fortnightly", "hourly", "day",
        "days", "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night",
        "nights", "tonight", "today", "tomorrow", "tmrw", "tmr", "this", "next", "week", "weeks",
        "weekend", "weekends", "weekday", "weekdays", "month", "months", "at", "on", "in", "by",
        "from", "the", "a", "an", "and", "of", "around", "about", "am", "pm", "noon", "midday",
        "midnight", "half", "quarter", "past", "o'clock", "hour", "hours", "hr", "hrs", "min",
        "mins", "minute", "minutes", "other", "second", "monday", "mondays", "tuesday", "tuesdays",
        "wednesday", "wednesdays", "thursday", "thursdays", "friday", "fridays", "saturday",
        "saturdays", "sunday", "sundays", "mon", "tue", "tues", "wed", "weds", "thu", "thur",
        "thurs", "fri", "sat", "sun", "please", "pls", "plz", "thanks", "thank", "you", "x", "xx",
        "first", "thing", "before", "bed", "bedtime", "lunch", "lunchtime", "later"
    )
)  # fmt: skip
# "every weekday at 7am to take my meds", "mon wed fri at 6pm to go to the gym".
_TIME_HEAD = re.compile(
    rf"^(?:{_TIME_WORDS}|{_DAY_NAME}).*?\s(to(?!\s+{_DAY_NAME}{_RANGE_END}|\s+\d)|about|that|"
    r"for(?=\s+[^\W\d])|make (?:i|me|we)(?=\s+[^\W\d]))\s+(.+)$",
    re.IGNORECASE,
)
_SWAP = {
    "my": "your",
    "i": "you",
    "me": "you",
    "myself": "yourself",
    "i'm": "you're",
    "im": "you're",
    "mine": "yours",
    "i've": "you've",
    "ive": "you've",
    "i'll": "you'll",
    "i'd": "you'd",
    "am": "are",
    "was": "were",
    "wasn't": "weren't",
}
# "am" and "was" change only after "I": "that I am loved" -> "that you are loved", but "that
# it was worth it" keeps its "was".
_AFTER_I_ONLY = frozenset(("am", "was", "wasn't"))
# Moving a reminder in other words: "postpone" and "prepone" (Indian English), "push it
# back", "bring it forward", "put it off", "delay it".
_SHIFT_WORDS = (
    r"postpone|prepone|delay|put (?:it |that |this )?off|bring (?:it |that |this )?forward"
)
CHANGE_WORDS = (
    "move", "change", "instead", "reschedule", "push", "make it", "switch", "postpone",
    "prepone", "bring it forward", "bring forward", "put it off", "delay",
)  # fmt: skip
# "can I change my reminder time" may read as a cancel request: it must never cancel.
_CHANGE = re.compile(
    rf"\b(change|move|reschedule|push|shift|switch|edit|update|{_SHIFT_WORDS})\b", re.I
)
_CHANGE_REQUEST = re.compile(
    r"^(?!.*\bremind me (?:to|about)\b).*\b(change|move|reschedule|push|shift|edit|update|"
    rf"{_SHIFT_WORDS})\b.*\breminders?\b",
    re.IGNORECASE,
)
# Asking how, not asking for it: "how would i stop these reminders if i wanted to".
_HOW_TO = re.compile(
    r"\bhow (?:do|would|can|could|should) (?:i|you|u|we) (?:stop|cancel|turn off|delete|remove|"
    r"get rid of|pause)\b|\bif i (?:want|wanted|ever want) to\b|\bis it possible to\b",
    re.IGNORECASE,
)
_CANCEL = re.compile(r"\b(cancel|delete|remove|stop|turn off|drop|get rid|scrap|clear)\b", re.I)


# A task of its own, whatever word of sleep or mood is in it: "take my sleeping pills",
# "fill in my sleep diary" are said as asked, not as a bedtime message.
_OWN_TASK = re.compile(
    r"\b(?:pills?|tablets?|meds|medication|medicine|melatonin|diary|journal|log|inhaler|"
    r"injection|dose)\b",
    re.IGNORECASE,
)


def kind_of(text: str) -> str:
    """checkin | sleep | breathing | custom, from the words of a request."""
    lowered = text.lower()
    label = label_of(text)
    if _OWN_TASK.search(lowered) and label:
        return "custom"
    # What it is for decides, not when: "take the bins out before bed" is not a bedtime one.
    words = label or lowered
    if _SOMEONE_ELSE.search(words):
        return "custom"
    for kind, said in _KINDS:
        if said.search(words) and (kind != "sleep" or not label or _TO_BED.search(label)):
            return kind
    return "custom"


# Going to bed, as a task: "go to bed", "get ready for bed", "sleep" (not "wash the bed sheets").
_TO_BED = re.compile(
    r"\b(?:go|get|head|off|ready for|be in|in|time for) (?:to )?bed\b|\bbed ?time\b|\bsleep\w*|"
    r"\bwind[- ]?down\b",
    re.IGNORECASE,
)


# What they keep forgetting, told beside the request: "i keep forgetting my meds can you
# remind me", "i always forget to drink water, remind me?".
_FORGOTTEN = re.compile(
    r"\bforget(?:ting|s)? (?:about )?(?:to (?P<task>\w+(?: (?:my|the|some|a|an))? )(?P<what1>\w+"
    r"(?: \w+)?)|(?:my|the) (?P<what2>\w+(?: \w+)?))",
    re.IGNORECASE,
)


def _forgotten(text: str) -> str:
    """What they keep forgetting, as a label ("about your meds", "to drink water")."""
    found = _FORGOTTEN.search(text)
    if found is None:
        return ""
    if found.group("task"):
        said = _time_cut(f"{found.group('task')}{found.group('what1')}", strict=False)
        said = said.strip(" .!?,")
        said = re.split(r"\s+(?:can|could|will|so|pls|please|and|but)\b", said)[0]
        return _swapped(said)[:120]
    thing = re.split(
        r"\s+(?:can|could|will|so|pls|please|and|but|all|every)\b", found.group("what2")
    )[0]
    return f"about {_swapped('my ' + thing)}"[:120]


# When something happens, told as the time: "when i finish work", "once i get home". Not a
# clock time the reminder can keep, so left out of what to remind about and asked for.
_WHEN_SOMETHING = re.compile(
    r"\s+(?:when|once|as soon as|after) (?:i|you) (?:finish|get|leave|wake|come|am|'?m|arrive)"
    r"\b.*$|\s+after (?:work|school|uni|college|my shift|the gym)\W*$",
    re.IGNORECASE,
)


# A reminder for someone else, which only they can pass on: "remind my son to do his
# homework at 5", "can you text my mum at 6 to remind her about her pills".
_FOR_SOMEONE = re.compile(
    r"\b(?:remind|nudge|ping)\s+(?P<who>(?:my|our)\s+(?!(?:meds|medication|tablets|pills|"
    r"appointment|self)\b)[a-z'-]+(?:\s+[a-z'-]+)?)\s+(?P<rest>(?:to|about|that)\s+\S.*)$|"
    r"\b(?:text|message|msg|whatsapp|ping|tell)\s+(?P<who2>(?:my|our)\s+[a-z'-]+"
    r"(?:\s+(?!(?:at|on|in|by|around|tomorrow|tonight|today|every|each)\b)[a-z'-]+)?)"
    r"\s+(?P<when>.*?)\s*\bto\s+remind\s+(?:her|him|them)\s+(?P<rest2>(?:to|about|that)\s+\S.*)$",
    re.IGNORECASE,
)


def for_someone(text: str) -> tuple[str, str] | None:
    """(who, what) for a reminder meant for someone else: ("my son", "remind my son to do his
    homework at 5pm"), said as their own reminder to pass it on; None for one of theirs."""
    found = _FOR_SOMEONE.search(text)
    if found is None:
        return None
    who = found["who"] or found["who2"]
    rest = found["rest"] or f"{found['rest2']} {found['when'] or ''}".strip()
    return who, f"remind me to remind {who} {rest}"


# An hour said roughly: "7ish", "at 8ish", "around half 7ish".
_ABOUT_AN_HOUR = re.compile(
    r"\b(?:(at|around|about|by) )?(\d{1,2}(?:[:.]\d\d)?)ish\b", re.IGNORECASE
)


# Days left out, said after the task: "take my tablets except sundays", "apart from weekends".
_DAYS_LEFT_OUT = re.compile(
    r",?\s+(?:except|but not|apart from|not on)(?: on)?(?: the)? (?:weekends?|(?:mon|tues|wednes|"
    r"thurs|fri|satur|sun)days?(?:,? (?:(?:and|or|&) )?(?:mon|tues|wednes|thurs|fri|satur|sun)"
    r"days?)*)\b",
    re.IGNORECASE,
)
# Another one earlier, said at the end: "and the day before", "and an hour before too".
_BEFORE_TOO_TAIL = re.compile(
    r",?\s*\b(?:and|also|plus)\s+(?:(?:the|a)\s+(?:day|night|evening|morning)|(?:an|one)\s+hour|"
    r"\d{1,2}\s+(?:days?|hours?|mins?|minutes?))\s+before(?:\s+(?:too|as well|also))?\W*$",
    re.IGNORECASE,
)
# A day of the month in words: "the first of", "the third of".
_ORDINALS = {
    "first": "1st",
    "second": "2nd",
    "third": "3rd",
    "fourth": "4th",
    "fifth": "5th",
    "sixth": "6th",
    "seventh": "7th",
    "eighth": "8th",
    "ninth": "9th",
    "tenth": "10th",
}
_ORDINAL_WORD = re.compile(rf"\bthe ({'|'.join(_ORDINALS)}) of\b", re.IGNORECASE)
# "like" before a time: "at like 4ish", "around like 8".
_LIKE_BEFORE_TIME = re.compile(r"\b(at|around|about|by)\s+like\s+(?=\d)", re.IGNORECASE)
# A word of thinking after "remind me": "remind me um at 8", "remind me erm tomorrow".
_FILLER_AFTER_ME = re.compile(r"\b(me)\W+(?:(?:um+|uh+|erm+|hmm+)\b\W*)+", re.IGNORECASE)


# What a reminder is for, said before the word: "a water reminder", "my meds reminder", "set a
# gym reminder" (not "a daily reminder", "a bedtime reminder": how often, or one of our kinds).
_THING_REMINDER = re.compile(
    r"\b(?P<mine>a|an|my|the|me a|some)\s+(?P<thing>(?:[a-z'-]+\s+){0,2}?[a-z'-]+)\s+"
    r"(?:reminder|alert|nudge)s?\b",
    re.IGNORECASE,
)
_NO_THING_WORDS = frozenset(
    {"daily", "quick", "new", "another", "little", "weekly", "morning", "evening", "night",
     "nightly", "regular", "recurring", "second", "few", "couple", "wee", "gentle", "friendly",
     "bedtime", "sleep", "wind", "down", "check", "in", "checkin", "check-in", "breathing",
     "mood", "one", "single", "repeating", "same", "other", "different", "hourly", "text",
     "reminder", "simple", "short", "kind", "nice", "separate", "monthly", "every", "day"}
)  # fmt: skip


def _thing_named(text: str) -> str:
    """ "about water", "about your meds": what "a water reminder" is for; "" for none."""
    found = _THING_REMINDER.search(text)
    if found is None:
        return ""
    words = found["thing"].lower().split()
    if any(w in _NO_THING_WORDS for w in words) or any(re.match(_TIME_WORDS, w) for w in words):
        return ""
    mine = found["mine"].lower() == "my"
    return f"about {'your ' if mine else ''}{' '.join(words)}"[:120]


def label_of(text: str) -> str:
    """What to remind about, in words that follow "remind you": "remind me to take my meds
    at 8" -> "take your meds"; "about the dentist" and "that you need to pack" keep their
    first word, so the reply reads "remind you about the dentist"; "remind my son to do his
    homework" -> "remind your son to do his homework" (only they get our messages); "a
    water reminder" -> "about water"."""
    label = _label_of(text)
    if not label or re.match(r"(?:about )?(?:and|or|&)\b", label, re.IGNORECASE):
        # "can i get my meds reminder at 9pm and 9am": about your meds (was "about and 9am")
        return _thing_named(text) or ("" if label and label.split()[-1][:1].isdigit() else label)
    return label


def _label_of(text: str) -> str:
    """``label_of``, from the words after "remind me"."""
    someone = _FOR_SOMEONE.search(text)
    if someone is not None and not re.match(r"remind me to remind ", text, re.IGNORECASE):
        passed_on = for_someone(text)
        return label_of(passed_on[1]) if passed_on else ""
    said = _CLOCK_WORDS.sub(r"\1_\2_\3", re.sub(r"@\s*(?=\d)", "at ", text))
    said = _FILLER_AFTER_ME.sub(r"\1 ", said)  # "remind me um at 8 to walk"
    said = _LIKE_BEFORE_TIME.sub(r"\1 ", said)  # "at like 4ish": at 4ish
    # "on the first of every month": a date, read as "the 1st of" is
    said = _ORDINAL_WORD.sub(lambda m: f"the {_ORDINALS[m[1].lower()]} of", said)
    said = _ABOUT_AN_HOUR.sub(lambda m: f"{m[1] or 'at'} {m[2]}", said)  # "7ish": at 7
    said = _LOOSE_DELAY.sub("in ", said)  # "in like 20 min", "me 20mins": in 20 min
    match = _LABEL.search(said)
    if not match:
        return _forgotten(text)
    prep, rest = (match.group(1) or "").lower(), match.group(2)
    prep = {"bout": "about", "too": "to"}.get(prep, prep)  # "remind me bout the dentist"
    if rest.lower() in ("me", "me?"):  # "can you remind me"
        return _forgotten(text)  # "i keep forgetting my meds can you remind me"
    head = _TIME_HEAD.match(rest) if prep != "that" else None
    bare = False
    if head:
        prep, rest = head.group(1).lower(), head.group(2)
    elif prep == "that":
        pass  # "that today is a new day": what to hear, whatever words of time are in it
    elif (
        not prep
        and (lead := _LEADING_TIME.match(rest))
        and re.match(r"(?:to\s+)?[^\W\d]", rest[lead.end() :])
        and not re.match(_TIME_WORDS, rest[lead.end() :], re.IGNORECASE)
        and not _SIGN_OFF.fullmatch(rest[lead.end() :])  # "remind me at 9 pls": no task
    ):
        # "remind me 9am tmrw call council", "mon-fri 7am take meds": the task after the time,
        # with no "to"
        prep, rest, bare = "to", rest[lead.end() :], True
        if rest.lower().startswith("to "):  # "5:30 tmrw morning to run"
            rest, bare = rest[3:], False
        elif re.match(r"(?:for|about)\s+\S", rest, re.IGNORECASE):
            # "set reminder 6 am daily for walk": about the walk (was "about for walk")
            prep, rest = rest.split(None, 1)
            prep, bare = prep.lower(), False
    elif (
        re.match(_TIME_WORDS, rest, re.IGNORECASE)
        or (prep == "for" and rest[:1].isdigit())
        # "remind me half past 8": a time and nothing else
        or (
            not prep
            and (lead := _LEADING_TIME.match(rest))
            and not rest[lead.end() :].strip(" .!?")
        )
    ):
        # only a time: what they keep forgetting, told before ("i keep forgetting to eat lunch
        # can you remind me at 1"), is what for
        return _forgotten(text)
    rest = _SECOND_REQUEST.split(rest, maxsplit=1)[0]
    rest = _DAYS_LEFT_OUT.sub("", rest)  # "take my tablets except sundays": the schedule's
    rest = _BEFORE_TOO_TAIL.sub("", rest)  # "... and an hour before": a second one, earlier
    label = _without_sign_off(_time_cut(_no_emoji(rest), strict=prep == "that").strip(" .!?,"))
    label = _to_them(_swapped(_WHEN_SOMETHING.sub("", label)))
    if bare and label and label.split()[0].lower() not in TASK_VERBS:
        prep = "about"  # "set reminder 7am gym": about the gym, not "to gym"
    if label and prep in ("about", "for"):
        label = f"about {label}"
    elif label and prep == "that":
        label = f"that {label}"
    if label.lower() in ("instead", "about instead", "then", "about then"):
        return ""  # "remind me tonight instead": no new task named
    if _WORDS_AS_TIME.match(label):
        # "remind me at i keep forgetting my tablets" (their words taken for a time): what
        # they keep forgetting, or nothing (was "to at you keep forgetting your tablets")
        return _forgotten(text)
    return label.replace("_", " ")[:120]


# Words where a time should be: "at you keep forgetting", "in your tablets".
_WORDS_AS_TIME = re.compile(r"^(?:at|in|on) (?:you|your|yours|i|me|my)\b", re.IGNORECASE)


def _no_emoji(words: str) -> str:
    """The words without emoji, which are theirs, not the task's: "take my meds 💊",
    "drink water 💧💧 every 2 hours"."""
    kept = "".join(c for c in words if unicodedata.category(c) != "So" and c not in "\u200d\ufe0f")
    return " ".join(kept.split()) if kept != words else words


# What the message itself is to do to them, said as theirs to do: "to wake me up" -> "wake up",
# "to remind me to take my meds" -> "take your meds".
_TO_THEM = (
    (re.compile(r"^(wake|get) you up\b", re.IGNORECASE), r"\1 up"),
    (re.compile(r"^remind you (?:to (?=\S)|(?=(?:about|that) \S))", re.IGNORECASE), ""),
)


def _to_them(label: str) -> str:
    """ "wake you up" -> "wake up": a task of theirs, not one done to them."""
    for pattern, repl in _TO_THEM:
        label = pattern.sub(repl, label)
    return label


def _time_cut(rest: str, *, strict: bool) -> str:
    """``rest`` without the words of time that end it: "take my meds at 8 every day" -> "take
    my meds". ``strict``: only when all that follows is time ("that it gets better every
    morning" loses "every morning"; "that today is a new day" is kept whole)."""
    if not strict:
        cut = _TIME_TAIL.search(rest)
        if cut is None:
            return rest
        kept = rest[: cut.start()]
        if re.match(rf"\s*{_LEADING_DAY}\b", cut.group(0), re.IGNORECASE):
            # "do yoga mon wed fri at 7": the days before the last are the schedule's too
            kept = _DAYS_BEFORE.sub("", kept)
        return kept
    for found in _TIME_TAIL_AT.finditer(rest):
        tail = re.findall(r"[\w':.]+", rest[found.start() :].lower())
        if all(any(c.isdigit() for c in w) or w.strip(".") in _TIME_ONLY for w in tail):
            return rest[: found.start()]
    return rest


# Things "me" owns in British speech ("ring me mum", "find me keys"), where it means "my".
_ME_OWN = frozenset(
    (
        "mum", "mam", "mom", "dad", "nan", "nana", "gran", "grandad", "mate", "mates", "bro",
        "sister", "brother", "sis", "missus", "fella", "bf", "gf", "boyfriend", "girlfriend",
        "wife", "husband", "kids", "son", "daughter", "auntie", "uncle", "cousin", "meds",
        "tablets", "pills", "keys", "phone", "car", "washing", "bins", "hair", "tea", "dinner",
    )
)  # fmt: skip


def _swapped(label: str) -> str:
    """What they said of themselves, said back to them: "I am doing this for my kids" ->
    "you are doing this for your kids"."""
    words = label.split()
    out = []
    for k, word in enumerate(words):
        low = word.lower()
        after_i = k > 0 and words[k - 1].lower() == "i"
        if low in _AFTER_I_ONLY and not after_i:
            out.append(word)
        elif low == "me" and k + 1 < len(words) and words[k + 1].lower() in _ME_OWN:
            out.append("your")  # "ring me mum" (UK, "my mum"): "ring your mum"
        else:
            out.append(_SWAP.get(low, word))
    return " ".join(out)


_TIME_TAIL_AT = re.compile(rf"{_NOT_A_THING}\s+{_TIME_WORDS}(?!['’]s\b)", re.IGNORECASE)
# Times said first with no "to" after them: "9am tmrw", "7am", "tomorrow at 9".
_LEADING_DAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mon|tues?|wed|weds|thu|thurs|fri|sat|sun)"
)
# Days listed before the last one of a schedule: " mon wed", " mon, wed and" (not "the sun").
_DAYS_BEFORE = re.compile(
    rf"{_NOT_A_THING}(?:[\s,/&]+(?:and\s+)?{_LEADING_DAY}\b)+[\s,/&]*(?:\band)?\s*$",
    re.IGNORECASE,
)
_LEADING_TIME = re.compile(
    # "half past 8", "quarter to 7" (made one word by _CLOCK_WORDS), "half 8"
    r"^(?:(?:(?:at|@|on|by|for|every|evry)\s+)?(?:(?:quarter|half|\d{1,2}|five|"
    r"ten|twenty|twenty five)_(?:to|past)_\d{1,2}(?:\s*(?:am|pm))?|half \d{1,2}\b(?:\s*(?:am|pm))?|"
    r"\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?"
    r"(?!\s*(?:mins?|minutes?|hours?|hrs?|h|days?|weeks?|months?)\b)|noon|midday|"
    r"tomorrow|tmrw|tmr|tonight|today|every ?day|daily|weekdays?|weekends?|"
    # "now now", "just now" (South Africa: soon, in a while)
    r"now now|just now|"
    rf"{_LEADING_DAY}(?:\s*[-–]\s*{_LEADING_DAY})?|morning|evening|night)\b[\s,]*)+",
    re.IGNORECASE,
)
# The first word of a task said with no "to" ("7am gym" is about the gym, "9am call the
# council" is to call it).
TASK_VERBS = frozenset(
    (
        "call", "ring", "phone", "text", "email", "message", "ask", "tell", "take", "buy", "get",
        "pick", "pay", "book", "go", "walk", "run", "check", "do", "make", "send", "post", "put",
        "clean", "wash", "water", "feed", "cook", "eat", "drink", "leave", "start", "stop",
        "finish", "meditate", "stretch", "journal", "write", "read", "study", "pack", "bring",
        "collect", "drop", "renew", "cancel", "order", "see", "visit", "meet", "sign", "fill",
        "submit", "print", "charge", "change", "book", "empty", "hoover", "tidy", "iron", "apply",
        "practise", "practice", "exercise", "breathe", "sleep", "wake", "rest", "shower"
    )
)  # fmt: skip


# Where a second request starts: "... and also can we do breathing", "... and remind me at 10
# to go to bed", "... and to call the gp at 10".
_SECOND_REQUEST = re.compile(
    r"\s*,?\s*\b(?:and (?:also|then) (?=(?:can|could|will|would|let'?s|lets|we|do|start|set|"
    r"show|tell|help|try)\b)|(?:and|also|plus|then) (?:can|could|will|would) "
    r"(?:we|you|u|i)\b|,\s*(?:can|could) (?:we|you|u)\b|(?:and|also|,)(?: also)? "
    r"(?:please |pls |can you |could you )?(?:remind|ping|nudge|text) me\b|and to (?=\w+ .*?"
    r"\b(?:at \d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?|at noon|in \d+|tomorrow|tonight|every)\b)|"
    # "..., at 1pm to eat lunch and at 10pm to go to bed": another time and its task
    r"(?:,|\band|,\s*and)\s+(?=(?:at|@)\s*\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?\s+(?:to|about)\s+\w)|"
    # "... every day at 8am and one for bed at 10pm": another one, with its own time
    r"(?:,|\band|,\s*and)\s+(?=(?:another(?: one)?|one more|a second(?: one)?|(?:also )?one)"
    r"\s+(?:for|to|about)\s+\w.*?\b(?:at \d|in \d|(?:at noon|tomorrow|tonight|every)\b))|"
    # "take meds at 8am, drink water at 12 and go to bed at 11pm", "at 9pm n to drink water at
    # 3pm": after a time, another task (a verb of its own) with its own time
    r"(?:(?<=\d)|(?<=am)|(?<=pm))\s*(?:,\s*and|,|\band|\bn|&|\+)\s+(?:to\s+)?"
    rf"(?P<task>(?=(?:{'|'.join(sorted(TASK_VERBS))})\s+(?!(?:it|them|that|this|those|again)\b)"
    r"\S.*?(?:(?:at|@)\s*\d|\bin \d|\b(?:at noon|tomorrow|tonight|every)\b))))",
    re.IGNORECASE,
)


_CLOCK = r"(?:at|@)\s*\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?"
# One task said once for two people or things: "remind me to call mum at 5 and dad at 6".
_SAME_VERB = re.compile(
    rf"^(?P<head>.*?\bto (?P<verb>\w+) (?:\w+ ){{1,3}}?{_CLOCK})\s*,?\s*and "
    r"(?!(?:again|also|then|later|once more|maybe)\b)"
    rf"(?P<what>(?:(?:my|the|his|her|our|your) )?\w+(?: \w+)?) (?P<when>{_CLOCK})\W*$",
    re.IGNORECASE,
)


# Two schedules for one task: "every weekday at 7 and weekends at 9", "mon-fri at 6:30 and
# saturdays at 8", "every day at 8am and fridays at 6pm".
_DAYS_NAMED = (
    r"(?:weekdays?|weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)\s*-\s*(?:mon|tue|wed|thu|fri|sat|sun))"
)
_EVERY_DAY = r"(?:(?:every|each)\s+day|daily)"
_DAYS_AT = (
    rf"(?:{_EVERY_DAY}|(?:(?:every|on|at)\s+)?{_DAYS_NAMED})\s+(?:at|@)\s*"
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?"
)
_TWO_SCHEDULES = re.compile(
    rf"^(?P<head>.*?)\s+(?P<first>{_DAYS_AT})\s*,?\s+and\s+(?P<second>{_DAYS_AT})"
    r"(?P<tail>(?:\s+to\s+\S.*?)?)(?:\W+(?:please|pls|plz|thanks|thank you|thx|ty|x+))*\W*$",
    re.IGNORECASE,
)


# A schedule with the time first: "at 9 on weekdays", "9pm on weekends", "8am every day".
_TIME_ON = (
    r"(?:(?:at|@)\s*)?(?P<at>\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)\s+"
    rf"(?P<days>{_EVERY_DAY}|(?:(?:on|every|at)\s+(?:the\s+)?)?{_DAYS_NAMED})\b"
)
# Two schedules, one or both with the time first: "at 9 on weekdays and 10 on weekends",
# "at 8am every day and 6pm on friday".
_SCHEDULE = rf"(?:{_TIME_ON}|{_DAYS_AT})".replace("?P<at>", "").replace("?P<days>", "")
_TIMES_FIRST = re.compile(
    rf"\b(?P<one>{_SCHEDULE})(?P<sep>\s*,?\s+and\s+)(?P<two>{_SCHEDULE})", re.IGNORECASE
)


def _days_then_time(schedule: str) -> str:
    """ "8am every day" -> "every day at 8am", "9 on weekdays" -> "on weekdays at 9"; a
    schedule with its days first as it is."""
    found = re.fullmatch(_TIME_ON, schedule, re.IGNORECASE)
    if found is None:
        return schedule
    if re.fullmatch(_EVERY_DAY, found["days"], re.IGNORECASE):
        return f"every day at {found['at']}"
    days = re.sub(r"^(?:on|every|at)\s+(?:the\s+)?", "", found["days"], flags=re.I)
    return f"on {days} at {found['at']}"


def _days_first(text: str) -> str:
    """ "at 9 on weekdays and 10 on weekends" -> "on weekdays at 9 and on weekends at 10", as
    the two schedules are read; any other message as it is."""
    return _TIMES_FIRST.sub(
        lambda m: _days_then_time(m["one"]) + m["sep"] + _days_then_time(m["two"]), text
    )


def split_requests(text: str) -> tuple[str, str]:
    """A message asking two things, at the word that starts the second: ("remind me at 9 to
    take meds", "and also can we do breathing"); the second is "" when there is none. A task
    said once for two ("call mum at 5 and dad at 6", "every weekday at 7 and weekends at 9")
    is said again for the second."""
    two = _TWO_SCHEDULES.match(_days_first(text.strip()))
    task = re.search(r"\bto\s+(\S.*)$", two["tail"] or two["head"], re.I) if two else None
    if two and task:
        second = re.sub(r"^(?:every|on|at)\s+", "", two["second"], flags=re.I)
        return f"{two['head']} {two['first']}{two['tail']}", f"and to {task[1]} every {second}"
    found = _SECOND_REQUEST.search(text)
    if found is None:
        same = _SAME_VERB.match(text.strip())
        if same is None or same.group("verb").lower() not in TASK_VERBS:
            return text, ""
        return same.group("head"), f"and to {same.group('verb')} {same['what']} {same['when']}"
    if found["task"] is not None:  # "..., drink water at 12": said as "and to drink water at 12"
        return text[: found.start()], f"and to {text[found.end() :].strip()}"
    return text[: found.start()], text[found.start() :].strip(" ,")


def second_reminder(said: str) -> str:
    """The second part as a request of its own ("and to call the gp at 10" -> "remind me to
    call the gp at 10"), or "" when it asks for something other than a reminder."""
    found = re.match(
        r"\W*(?:and|also|plus|,)?\s*(?:also\s+)?(?:please |pls |(?:can|could|will|would) "
        r"(?:you|u|ya) (?:please |pls )?)?"
        r"(?:(?P<verb>remind|ping|nudge|text) me\b|(?P<to>to) |(?=(?:at|@)\s*\d)|"
        r"(?:another(?: one)?|one more|a second(?: one)?|(?:also )?one)\s+(?=(?:for|to|about)\s))",
        said,
        re.IGNORECASE,
    )
    if found is None:
        return ""
    return "remind me " + ("to " if found.group("to") else "") + said[found.end() :].strip()


# Pleasantries that close a message, not part of what to do: ". Many thanks.", "please x",
# "cheers mate", "Kind regards, Margaret".
_SIGN_OFF = re.compile(
    r"(?P<sep>[\s,.!;:~-]*)\b(?:(?:many|massive|big) thanks|thanks?(?: (?:so|very) much| a lot|"
    r" a million| again| in advance| you)?|thank you(?: (?:so|very) much| kindly| in advance)?|"
    r"thx|ty|tyvm|ta|cheers|please|pls|plz|much appreciated|appreciate it|"
    r"(?:kind(?:est)?|best|warm(?:est)?) regards|regards|best wishes|all the best|"
    r"yours (?:sincerely|faithfully|truly)|have a (?:nice|good|great|lovely) (?:day|one|evening|"
    r"weekend)|x+|xo+|love(?: from)?(?=[\s,]+(?-i:[A-Z])))"
    r"(?:[\s,]+(?:(?-i:[A-Z][a-z'-]+)|mate|pal|hun|hon|babe|x+))?[\s,.!~]*$",
    re.IGNORECASE,
)


# Verbs whose thanks is the task: "say thanks", "send thank you", "text ty".
_THANKING = frozenset(("say", "send", "give", "text", "write", "email", "message", "tell", "post"))


_COURTESY_ONLY = re.compile(
    r"\W*(?:please|pls|plz|thanks?|thank you|thx|ty|ta|cheers|x+)\W*", re.IGNORECASE
)


def _without_sign_off(label: str) -> str:
    """ "telephone my sister. Many thanks" -> "telephone my sister", "gym thanks" -> "gym".
    Thanks after a verb of thanking with no comma or full stop is kept ("say thanks")."""
    while found := _SIGN_OFF.search(label):
        kept = label[: found.start()].rstrip(" ,.!;:~-")
        if not kept and _COURTESY_ONLY.fullmatch(label):
            return ""  # "wind down reminder pls": nothing said of what for (was "to pls")
        if not kept or (
            len(kept.split()) < 2 and not found.group("sep").strip() and kept.lower() in _THANKING
        ):
            return label
        label = kept
    return label


# Asking for another reminder in so many words, not changing one.
_ANOTHER_WORDS = r"another(?: one)?|one more|and one|also one"
_ANEW = re.compile(rf"\b(?:remind|reminder|nudge|ping|{_ANOTHER_WORDS})\b", re.IGNORECASE)
_CHANGE_SAID = re.compile(
    rf"\b(?:change|move|reschedule|shift|switch|edit|update|instead|make it|{_SHIFT_WORDS}|"
    r"push (?:it |that |this )?back)\b",
    re.IGNORECASE,
)


def asks_anew(text: str) -> bool:
    """ "remind me tomorrow at 8am to call the bank": a new reminder with its own words, even
    right after one was set, not a new time for that one."""
    return bool(_ANEW.search(text) and label_of(text) and not _CHANGE_SAID.search(text))


# Short words that name nothing ("the", "my"): never enough to pick a reminder.
_SMALL_WORDS = frozenset(
    (
        "to", "the", "my", "your", "a", "an", "at", "on", "in", "of", "for", "and", "me",
        "you", "it", "up", "do", "go", "be", "is", "am", "pm", "by", "or", "so", "us", "we",
        "our", "his", "her", "him",
    )
)  # fmt: skip


# Words for the same thing: "my meds one" names the reminder to take your tablets.
_SAME_THING = (
    frozenset(("meds", "med", "medication", "medications", "medicine", "medicines", "pills",
               "pill", "tablets", "tablet", "prescription", "dose", "meds.")),
    frozenset(("water", "drink", "drinking", "hydrate", "hydration", "fluids")),
    frozenset(("gym", "workout", "exercise", "exercises", "training", "run", "running")),
    frozenset(("gp", "doctor", "doctors", "doc")),
    frozenset(("mum", "mom", "mam", "mother", "mummy", "ma")),
    frozenset(("dad", "father", "daddy", "pa")),
)  # fmt: skip


def _also_called(word: str) -> frozenset[str]:
    """The other words for what ``word`` names ("meds" -> "tablets", "pills"...)."""
    return next((group for group in _SAME_THING if word in group), frozenset((word,)))


def matches(reminder: dict[str, Any], text: str, *, as_said: bool = False) -> bool:
    """Does a cancel/change request name this reminder? Only words that name something count
    ("stop reminding me about water" does not name the one about your gp appointment).
    ``as_said``: by its own words only, not by others for the same thing."""
    lowered = text.lower()
    if reminder["kind"] != "custom" and kind_of(lowered) == reminder["kind"]:
        return True
    label = str(reminder.get("label") or "").lower()
    words = [w.strip(".,!?'\"") for w in label.split()]
    return any(
        (said in lowered) if len(said) > 3 else re.search(rf"\b{re.escape(said)}\b", lowered)
        for w in words
        if len(w) >= 2 and w not in _SMALL_WORDS and w not in _NAMES_NOTHING
        # "the plant one" names "water the plants": one of them, as well as all of them
        for said in (
            *((w,) if as_said else _also_called(w)),
            *([w[:-1]] if len(w) > 4 and w.endswith("s") else []),
            # "my meditation reminder" names "to meditate", "the stretching one" "to stretch"
            *([w[:-1]] if len(w) > 5 and w.endswith("e") else []),
        )
    )


def named_in(reminders: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """The reminders a message names; where other words for the same thing name more than
    one, those named in their own words ("the gym one" beside "do your exercises")."""
    named = [r for r in reminders if matches(r, text)]
    if len(named) > 1:
        return [r for r in named if matches(r, text, as_said=True)] or named
    return named


# "in 20 minutes", "in an hour": an exact time, unlike "on sunday" (9am unless told).
_RELATIVE = re.compile(
    r"\bin\s+(?:like\s+|about\s+|around\s+|roughly\s+|maybe\s+|approx\s+)?(\d+|an?|half|"
    r"a few|a couple|(?:three )?quarters? of an hour|(?:twenty|thirty|forty|fifty)(?:[ -]\w+)?"
    r"(?= ?(?:mins?|minutes?)\b)|(?:one|two|three|four|five|six|ten|fifteen)(?=(?: and a (?:half|"
    r"quarter))? ?(?:mins?|minutes?|hrs?|hours?)\b))\b|\bme\s+\d+\s*(?:mins?|minutes|hrs?|"
    r"hours)\b",
    re.IGNORECASE,
)
# A delay said loosely: "in like 20 min", "in about an hour", "remind me 20mins": "in 20 min".
_LOOSE_DELAY = re.compile(
    r"\b(?:in (?:like|about|around|roughly|maybe|approx) |(?<=\bme )(?=\d+\s*(?:mins?|minutes|"
    r"hrs?|hours)\b))",
    re.IGNORECASE,
)


# "at 8am and 8pm", "8:00 & 20:00", "at 8am and take them again at 8pm": two times of day for
# the same reminder.
_TIME_OF_DAY = r"\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}"
_MORE_TIMES = re.compile(
    rf"\b({_TIME_OF_DAY})\s*(?:and|&|\+|,)\s*(?:(?:take|have|do) (?:them|it|one|another)\s+"
    rf"(?=again\b))?(?:again\s+)?(?:at\s+)?({_TIME_OF_DAY})\b",
    re.IGNORECASE,
)
# "at 8am every day and take them again at 8pm": the second time on the same days (not "and at
# 6pm on friday", a day of its own).
_AGAIN_EVERY_DAY = re.compile(
    rf"\b({_TIME_OF_DAY})\s+(?:every|each) (?:day|morning)\s*(?:and|&|\+|,)\s*(?:(?:take|have|"
    rf"do) (?:them|it|one|another)\s+)?again\s+(?:at\s+)?({_TIME_OF_DAY})\b(?!\s*(?:on|this|"
    r"next|tomorrow|tmrw|tonight)\b)",
    re.IGNORECASE,
)


# A time with the part of the day it is in: "8 o'clock every morning", "8pm every night",
# "6 in the evening".
_WITH_PART = re.compile(
    r"\b(\d{1,2}(?:[:.]\d{2})?)\s*(am|pm)?\s*(?:o'?clock\s*)?(?:(?:every|each|in the|at|on a)\s+)?"
    r"(morning|afternoon|evening|night|nighttime)s?\b",
    re.IGNORECASE,
)


def _with_halves(found: re.Match[str]) -> str:
    """ "8 o'clock every evening" -> "8pm"; "12 at night" -> "12am"."""
    hour = int(re.split(r"[:.]", found[1])[0])
    half = found[2] or ("am" if found[3].lower() == "morning" else "pm")
    if not found[2] and found[3].lower().startswith("night") and (hour == 12 or hour <= 4):
        half = "am"  # "12 at night", "2 at night": after midnight
    return found[1].replace(".", ":") + half.lower()


def also_at(text: str, when: dict[str, Any]) -> list[str]:
    """The other times of day ("HH:MM") when a request names two: "at 8am and 8pm", "at 8
    o'clock every morning and 8 o'clock every evening"."""
    from nlu import parse_clock_time

    found = _MORE_TIMES.search(text) or _MORE_TIMES.search(_WITH_PART.sub(_with_halves, text))
    found = found or _AGAIN_EVERY_DAY.search(text)
    if not found:
        return []
    first = str(when.get("local_time") or "")[:5]
    times = [parse_clock_time(t) for t in found.groups()]
    return [f"{t:%H:%M}" for t in times if t is not None and f"{t:%H:%M}" != first]


_CLOCK = r"\d{1,2}(?:[:.]\d{2})?(?:\s*(?:am|pm))?"
# "at 10, 12, 2 and 4", "at 9 and 3": a list of times of day, some without am or pm.
_TIME_LIST = re.compile(
    rf"\b(?:at|@)\s*({_CLOCK}(?:\s*(?:,|and|&|\+|,\s*and)\s*(?:at\s+)?{_CLOCK})+)\b(?!\s*(?:mins?|"
    r"minutes?|hours?|hrs?|days?|weeks?|times|of|out))",
    re.IGNORECASE,
)


def listed_times(text: str) -> list[str]:
    """The times of day ("HH:MM") of a list said with bare hours, in order through the day:
    "at 10, 12, 2 and 4" -> 10:00, 12:00, 14:00, 16:00; [] when there is no such list."""
    # "at half 8 and half 7": 8:30 and 7:30
    found = _TIME_LIST.search(re.sub(r"\bhalf (?:past )?(\d{1,2})\b", r"\1:30", text, flags=re.I))
    if found is None:
        return []
    said = re.findall(r"(\d{1,2})(?:[:.](\d{2}))?(?:\s*(am|pm))?", found.group(1), re.IGNORECASE)
    if len(said) < 2 or all(suffix or int(hour) > 12 for hour, _, suffix in said):
        return []  # "at 8am and 8pm": also_at reads those
    out: list[int] = []
    for hour_said, minute_said, suffix in said:
        hour, minute = int(hour_said), int(minute_said or 0)
        if hour > 23 or minute > 59:
            return []
        if suffix:
            hour = hour % 12 + (12 if suffix.lower() == "pm" else 0)
            options = [hour]
        elif hour > 12 or hour == 0:
            options = [hour]
        else:
            options = [hour % 12, hour % 12 + 12]
        at = [h * 60 + minute for h in options]
        if not out:  # the first: in waking hours ("10" is 10am, "2" is 2pm)
            first = next((m for m in at if 7 * 60 <= m < 23 * 60), at[-1])
            out.append(first)
        else:
            out.append(next((m for m in at if m > out[-1]), at[0]))
    return [f"{m // 60:02d}:{m % 60:02d}" for m in out]


def at_time(reminders: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """The reminders set for the time of day a message names ("the 8am one"), if any."""
    from nlu.clock import clock_match

    found = clock_match(text)
    if found is None:
        return []
    said, explicit, _ = found
    times = {f"{said:%H:%M}"}
    if not explicit and 1 <= said.hour <= 12:
        # "the one at 8:30" for one at 20:30: a bare hour is either half of the day
        times.add(f"{(said.hour + 12) % 24:02d}:{said.minute:02d}")
    return [r for r in reminders if str(r.get("local_time") or "")[:5] in times]


# An old time and a new one, said bare: "actually 8 to 4", "from 8am to 4pm please", "can u
# change 9pm -> 10pm".
_CLOCK_BARE = r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?"
_FROM_TO = re.compile(
    r"^\W*(?:(?:wait|no|nah|sorry|oops|actually|oh|hmm|um|ah|ok|okay|erm)\W+)*"
    r"(?:(?:can|could|will) (?:you|u) (?:please |pls )?)?(?:(?:change|move|switch|make|put|"
    r"swap) (?:it |that |the time |them )?)?(?:from\s+)?(?:(?:at|@)\s*)?"
    rf"(?P<old>{_CLOCK_BARE})\s*(?:to|->|-->|=>|>)\s*(?P<new>{_CLOCK_BARE})"
    r"(?:\W+(?:actually|instead|then|please|pls|plz|thanks|ta|x+))*\W*$",
    re.IGNORECASE,
)


def moved_from_to(text: str, reminders: list[dict[str, Any]]) -> str | None:
    """ "actually 8 to 4" with a reminder at 8: said as "move the 8 one to 4"; None when no
    reminder is at the first time (then "8 to 4" may be hours, or a score)."""
    found = _FROM_TO.match(text.strip())
    named = at_time(reminders, f"at {found['old']}") if found else []
    if found is None or len(named) != 1:
        return None
    hour, minute = (int(part) for part in str(named[0]["local_time"])[:5].split(":"))
    old = f"{(hour - 1) % 12 + 1}{f':{minute:02d}' if minute else ''}{'am' if hour < 12 else 'pm'}"
    return f"move the {old} one to {found['new'].strip()}"


# "the morning one", "my night reminder": the hours of the day each part names (they overlap,
# and only a part that picks out one reminder is taken).
_PARTS_OF_DAY = {
    "morning": range(4 * 60, 12 * 60),
    "lunchtime": range(11 * 60, 14 * 60 + 30),
    "afternoon": range(12 * 60, 17 * 60 + 30),
    "evening": range(17 * 60, 22 * 60),
    "night": range(19 * 60 + 30, 28 * 60),
    "bedtime": range(20 * 60, 27 * 60),
}
_PART_NAMED = re.compile(
    r"\b(morning|lunchtime|lunch|afternoon|evening|night|nighttime|bedtime)s?\b",
    re.IGNORECASE,
)


def in_part_of_day(reminders: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """The one reminder set for the part of the day a message names ("cancel the morning
    one"), or [] when it names none or more than one fits."""
    found = _PART_NAMED.search(text)
    if found is None:
        return []
    part = {"lunch": "lunchtime", "nighttime": "night"}.get(
        found.group(1).lower(), found.group(1).lower()
    )
    hours = _PARTS_OF_DAY[part]
    fits = []
    for reminder in reminders:
        at = re.match(r"(\d{2}):(\d{2})", str(reminder.get("local_time") or ""))
        if at is None:
            continue
        minute = int(at[1]) * 60 + int(at[2])
        if minute in hours or minute + 24 * 60 in hours:
            fits.append(reminder)
    return fits if len(fits) == 1 else []


def when_of(tracker: Tracker) -> dict[str, Any] | None:
    """The resolved time entity {first, rrule, local_time}, if the message has one."""
    value = entity(tracker, "when")
    return dict(value) if isinstance(value, dict) and value.get("first") else None


class ActionSetReminder(Action):
    """Create a reminder, or ask when if the message did not say."""

    def name(self) -> str:
        """Action name."""
        return "action_set_reminder"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Both parts present: create; else open the form for the time. A second request in
        the same message ("... and remind me at 10 to go to bed") is set too, or offered."""
        text = text_of(tracker)
        first, rest = split_requests(text)
        if (
            rest
            and (
                _ONLY_TELLING.match(first)
                or _LEAD_IN.fullmatch(first)
                # "my head is all over the place and can u remind me ...": only the second
                # part asks for a reminder
                or not re.search(r"\b(?:remind|reminder|ping|nudge|alarm)", first, re.I)
            )
            and second_reminder(rest)
        ):
            # "I'm fixing to go to bed, remind me at 7am to meditate": what they are doing,
            # then the one request
            return await self._one(dispatcher, tracker, domain, rest, _when_said(tracker, rest))
        if not rest:
            return await self._one(dispatcher, tracker, domain, text, when_of(tracker))
        made = await self._one(dispatcher, tracker, domain, first, _when_said(tracker, first))
        return [*made, *_and_also(dispatcher, tracker, rest, made)]

    async def _one(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
        text: str,
        when: dict[str, Any] | None,
    ) -> list[EventType]:
        """One request: create it, or open the form for its time."""
        reminders = list(slot(tracker, "reminders", []))
        if not asks_anew(text) and (
            _CHANGE_REQUEST.search(text)
            or (reminders and any(w in text.lower() for w in CHANGE_WORDS))
        ):
            return await ActionChangeReminder().run(dispatcher, tracker, domain)
        if reminders and _only_shifted(text):
            # "can you remind me an hour earlier": the one set, moved; not a new one
            return await ActionChangeReminder().run(dispatcher, tracker, domain)
        kind, label = kind_of(text), label_of(text) or _unprompted_label(text) or _after_colon(text)
        last = slot(tracker, "last_reminder", None)
        done = slot(tracker, "last_done", None)
        if _THIS_AGAIN.fullmatch(label) and isinstance(done, dict):
            # "remind me to do this again tomorrow", during or just after a breathing exercise
            # or a check-in: that, tomorrow at about the time it began (or the time they say)
            kind, label = str(done["kind"]), ""
            if when and not when.get("local_time"):
                when = _at_first_of(tracker, when, str(done["at"]))
        elif _AGAIN.fullmatch(label) and isinstance(last, dict):
            # "can you remind me again in 10 minutes": the last one, once more
            kind, label = str(last.get("kind") or "custom"), str(last.get("label") or "")
            at = last.get("local_time")
            if when and at and not when.get("local_time"):
                # "again tomorrow (same time)": tomorrow at the last one's time, not 9am
                when = _at_first_of(tracker, when, str(at)[:5])
        elif kind == "custom" and _THIS_AGAIN.fullmatch(label):
            label = ""  # "do this again" with nothing before it: asked what it is for
        bare_time = kind == "custom" and not label and not _ASKED.search(text)
        if bare_time and reminders and tracker.get_slot("last_reminder_id"):
            # "9pm" just after one was set: that reminder's time, not a new one
            return await ActionChangeReminder().run(dispatcher, tracker, domain)
        if (
            when is None
            and label
            and _LATER_SAID.search(text)
            and not _AFTER_SOMETHING.search(text)
        ):
            # "remind me to stretch in a bit", "text my sister later": an hour from now, offered
            # to change (as "later" is, said to "when?")
            when = _an_hour_on(tracker)
        when = _at_meal(tracker, kind, label, text, when)
        when, label = _at_work(tracker, label, text, when)
        if when is None:
            if _PAST.search(text):  # "remind me to call mum yesterday": said plainly
                say(dispatcher, "reminder_past")
            _say_unworkable(dispatcher, tracker, text)
            return _ask_when(kind, label, text)
        when = _as_often_as_the_last(tracker, text, reminders, when)
        return _create(dispatcher, tracker, kind, label, when, as_said=True, text=text)


# A meal named for the time, with no clock time: "with breakfast", "after dinner", "at
# teatime"; the time it stands for, before, with or after it.
_MEAL = re.compile(
    r"\b(?:(?P<when>before|with|at|after|over|during)\s+(?:my\s+|your\s+|the\s+|our\s+)?"
    r"(?P<meal>breakfast|brekkie|brekky|lunch|dinner|supper)(?:\s*time)?|"
    r"(?P<when2>before|at|after)\s+(?:my\s+|your\s+)?tea\s*time|(?P<when3>before|at|after)\s+"
    r"(?:my\s+|your\s+)?tea\b|(?P<meal2>breakfast|brekkie|brekky|lunch|dinner|supper|tea)"
    r"\s*time)\b",
    re.IGNORECASE,
)
_MEAL_TIMES = {  # (before, with, after)
    "breakfast": ("07:30", "08:00", "08:30"),
    "lunch": ("11:30", "12:00", "13:00"),
    "dinner": ("17:30", "18:00", "19:00"),
}


def meal_time(text: str) -> tuple[str, str] | None:
    """The meal a message names for the time, and the time ("HH:MM") it stands for: "after
    dinner" -> ("dinner", "19:00"); None when it names none, or says a clock time too."""
    from nlu.clock import clock_match

    found = _MEAL.search(text)
    if found is None or clock_match(text) is not None:
        return None
    meal = (found["meal"] or found["meal2"] or "tea").lower()
    meal = {"brekkie": "breakfast", "brekky": "breakfast", "supper": "dinner", "tea": "dinner"}.get(
        meal, meal
    )
    said = (found["when"] or found["when2"] or found["when3"] or "at").lower()
    before, during, after = _MEAL_TIMES[meal]
    return meal, before if said == "before" else after if said == "after" else during


def meal_as_clock(text: str) -> str:
    """The message with a meal said for the time put as its clock time: "yeah after dinner"
    -> "yeah at 19:00"; unchanged when it names none."""
    said = meal_time(text)
    return text if said is None else _MEAL.sub(f"at {said[1]}", text, count=1)


def _at_meal(
    tracker: Tracker, kind: str, label: str, text: str, when: dict[str, Any] | None
) -> dict[str, Any] | None:
    """ "take my vitamins with breakfast", "after dinner every day": the time the meal stands
    for (8am, 7pm) when no clock time is said; every day for medicine said with no day, else
    once. Marked with the meal, so the confirmation says how to put it at theirs."""
    said_at = meal_time(text)
    if said_at is None:
        return when
    meal, at = said_at
    zone, now = str(slot(tracker, "timezone", "UTC")), now_of(tracker)
    if when is None:
        daily = medicine_label(label) and not _NAMES_A_DATE.search(text)
        first = next_local_time(at, zone, now)
        return {"first": first.isoformat(), "rrule": "FREQ=DAILY" if daily else None,
                "local_time": at, "meal": meal}  # fmt: skip
    if when.get("rrule"):
        return {**when, "local_time": at, "first": now.isoformat(), "meal": meal}
    day = datetime.fromisoformat(str(when["first"]))
    first = local_at(day, parse_hhmm(at), zone)
    if first <= now:
        first = next_local_time(at, zone, now)
    return {**when, "local_time": at, "first": first.isoformat(), "meal": meal}


# Work hours named for when, with no clock time: "while im at work", "during work hours",
# "every couple of hours at work", "when you're on shift".
_AT_WORK = re.compile(
    r"\s*\b(?:(?:while|whilst|when|wen)\s+(?:i'?m|im|i am|you'?re|youre|you are)\s+(?:at work|"
    r"working|on (?:a |my |your )?shift|at the office|in the office)|(?:during|in|thru|through)"
    r"\s+(?:my |your |the )?(?:work(?:ing)? ?(?:hours|day)|work|office hours|shifts?)|at work|"
    r"on (?:my|your) shifts?)\b",
    re.IGNORECASE,
)
_WORK_HOURS = "from 9am to 5pm on weekdays"


def _at_work(
    tracker: Tracker, label: str, text: str, when: dict[str, Any] | None
) -> tuple[dict[str, Any] | None, str]:
    """ "drink water while im at work", "every couple of hours at work": every 2 hours (or
    as often as said) from 9am to 5pm on weekdays, marked so the confirmation says how to
    put it at their hours; the work hours are left out of what it is for."""
    from nlu.clock import clock_match

    if not _AT_WORK.search(text) or clock_match(text) is not None:
        return when, label
    rule = rule_parts(str(when.get("rrule") or "")) if when else {}
    if when is not None and rule.get("FREQ") not in ("HOURLY", "MINUTELY"):
        return when, label  # "at work tomorrow": that day, as said
    every = int(rule.get("INTERVAL", "1")) * (60 if rule.get("FREQ") == "HOURLY" else 1)
    hours = max(1, every // 60) if when is not None else 2
    windowed = _when_said(tracker, f"every {hours} hours {_WORK_HOURS}")
    if windowed is None:
        return when, label
    return {**windowed, "work": hours}, _AT_WORK.sub("", label).strip() or label


# What someone is doing, told before the request, not a request of its own: "I'm fixing to go
# to bed", "im off to work", "gonna sleep now".
_ONLY_TELLING = re.compile(
    r"^\W*(?:ok\W+|so\W+|well\W+)?(?:i'?m|im|i am|i'?ll|i will|i'?ve|ive|about to|off to|"
    r"heading|going|gonna|fixing|finna)\b(?!.*\b(?:can|could|would|let'?s|lets|want|help|please|"
    r"pls|breath\w*|check ?in)\b)",
    re.IGNORECASE,
)
# Words that only lead into a request, not one of their own: "oh", "ok so", "oh yeah".
_LEAD_IN = re.compile(
    r"\W*(?:(?:oh|ok|okay|ah|so|um+|erm|right|wait|yeah|yes|btw|hey|oops|and|also|plus|"
    r"actually|sorry)\W*)*",
    re.IGNORECASE,
)
# A time already gone: "yesterday", "last night", "2 days ago".
_PAST = re.compile(
    r"\b(?:yesterday|last (?:night|week|month)|(?:\d+|an?|two|three) \w+ ago)\b", re.I
)


def _say_unworkable(dispatcher: CollectingDispatcher, tracker: Tracker, text: str) -> None:
    """ "at 25 o'clock", "on the 31st of february", "in 500 years": why that time cannot be
    set is said before the time is asked for again."""
    from nlu.when import unworkable

    why = unworkable(text, str(slot(tracker, "timezone", "UTC")), now_of(tracker))
    if why is not None:
        say(dispatcher, "reminder_unworkable", why=why)


def _ask_when(kind: str, label: str, text: str) -> list[EventType]:
    """Open the form that asks when; "twice a day" is kept, so the times told next come
    every day, and how many times is kept too, with the times told already ("twice a day at
    8am"), so the form asks until it has them all."""
    wanted = times_a_day(text)
    told = _clock_times(text) if wanted > 1 else []
    return [
        ActiveLoop("reminder_form"),
        SlotSet("reminder_kind", kind),
        SlotSet("reminder_label", label),
        SlotSet("reminder_repeat", "daily" if wanted or _FORGETS.search(text) else None),
        SlotSet("reminder_times", wanted or None),
        SlotSet("reminder_times_told", told[: wanted - 1] or None),
        SlotSet("when", None),
        SlotSet("requested_slot", "when"),
    ]


# Something they keep forgetting: a time of day told for it is every day.
_FORGETS = re.compile(
    r"\b(?:keep (?:on )?forgetting|always forget(?:ting)?|constantly forget(?:ting)?|never "
    r"remember)\b",
    re.IGNORECASE,
)

_HOW_MANY = {"twice": 2, "two": 2, "three": 3, "four": 4}


def times_a_day(text: str) -> int:
    """How many times a day a request asks for: "twice a day" 2, "3x daily" 3; 0 for none."""
    from nlu.when import TIMES_A_DAY

    found = TIMES_A_DAY.search(text.lower())
    if found is None:
        return 0
    word = re.search(r"twice|two|three|four|[2-6]", found.group(0))
    if word is None:
        return 2
    return int(word.group(0)) if word.group(0).isdigit() else _HOW_MANY[word.group(0)]


def _clock_times(text: str) -> list[str]:
    """Every clock time ("HH:MM") a request names, in the order said, leaving out how many
    times a day ("2x a day at 8am" names 8am only)."""
    from nlu.clock import clock_match
    from nlu.when import TIMES_A_DAY

    rest, out = TIMES_A_DAY.sub(" ", text.lower()), list[str]()
    while len(out) < 8 and (found := clock_match(rest)) is not None:
        at, _, (start, end) = found
        if f"{at:%H:%M}" not in out:
            out.append(f"{at:%H:%M}")
        rest = f"{rest[:start]} {rest[end:]}"
    return out


# Only times of day: "8 and 8", "8am, 2pm and 8pm", "at 9 & 9".
_CLOCKS_ONLY = re.compile(
    rf"^\W*(?:(?:at|@)\s*)?{_CLOCK}(?:\s*(?:,|and|&|\+|,\s*and)\s*(?:at\s+)?{_CLOCK})*\W*$",
    re.IGNORECASE,
)
# A time that is a day or a date, not a time of day: kept as said ("tomorrow at 9").
_NOT_EVERY_DAY = re.compile(
    r"\b(?:every|each|daily|weekdays?|weekends?|tomorrow|today|tonight|in \d|in an?\b|on\b|"
    r"next|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b",
    re.IGNORECASE,
)


# Parts of the day only: "morning and evening", "in the morning and at night".
_PARTS_ONLY = re.compile(
    r"^\W*(?:(?:in the |at |before )?(?:morning|afternoon|evening|night|bed ?time)s?"
    r"(?:\s*(?:,|and|&|\+|,\s*and)\s*|\W*$)){2,}",
    re.IGNORECASE,
)
# The hour each part of the day stands for when no time is told (as a reminder set for
# "tomorrow morning" or "tonight" comes).
_PART_HOUR = {"morning": "8am", "afternoon": "3pm", "evening": "9pm", "night": "9pm",
              "bedtime": "9pm"}  # fmt: skip


# A time of day in an answer: a number, or a word for an hour or a part of the day.
_SOME_TIME = re.compile(
    r"\d|\b(?:noon|midday|midnight|morning|afternoon|arvo|evening|night|tonight|bed ?time|"
    r"lunch ?time|lunch|dinner ?time|breakfast)\b",
    re.IGNORECASE,
)


def _every_day(tracker: Tracker, text: str) -> dict[str, Any] | None:
    """The times told to "twice a day, when?" as every day at each ("8am and 8pm", "8 and 8"),
    with the words they were read from under "said"; None for a day or a date of their own."""
    from nlu import parse_when

    if _NOT_EVERY_DAY.search(text):
        return None
    said = text.strip()
    if _CLOCKS_ONLY.match(said) and not re.match(r"\W*(?:at|@)", said, re.IGNORECASE):
        said = f"at {said}"  # "8 and 8": times of day, as "at 8 and 8" is
    elif _PARTS_ONLY.match(said):  # "morning and evening": the usual hour of each
        parts = re.findall(r"morning|afternoon|evening|night|bed ?time", said, re.IGNORECASE)
        said = "at " + " and ".join(_PART_HOUR[p.lower().replace(" ", "")] for p in parts)
    if not _SOME_TIME.search(said):
        return None  # "actually forget it" names no time (was read as 9am every day)
    zone = str(slot(tracker, "timezone", "UTC"))
    try:
        daily = parse_when(f"every day {said}", zone, now_of(tracker))
    except (ValueError, KeyError, OverflowError):
        return None
    if daily is None or not daily.rrule or not daily.rrule.startswith("FREQ=DAILY"):
        return None
    return {**daily.to_json(), "said": said}


def _times_of_day(tracker: Tracker, text: str) -> list[str]:
    """The times of day ("HH:MM") an answer to "what times?" names, in order: "8am and 8pm",
    "8 and 8", "9am, 1pm", "morning and evening", "8am every day"; [] for none, or for a day
    or a date ("tomorrow at 9")."""
    daily = _every_day(tracker, text)
    said = str(daily.pop("said")) if daily else text
    if daily is None:
        daily = when_of(tracker)
        if daily is None or not str(daily.get("rrule") or "").startswith("FREQ=DAILY"):
            return []
    if not _SOME_TIME.search(said):
        return []  # "actually forget it": no time at all, not 9am
    listed = listed_times(said)
    if listed:
        return listed
    clocks = _clock_times(said)
    if len(clocks) > 1:  # "8am, 2pm and 8pm"
        return clocks
    first = str(daily.get("local_time") or "")[:5]  # "half 8 at night": its half of the day
    return [first] if first else clocks


# Once a day is enough, said to "and the second time?": "just the one", "once is fine",
# "no thats it", "just 8am is fine", "only the morning".
_ENOUGH = re.compile(
    r"^\W*(?:(?:no|nope|nah|oh|ok|okay|actually|um+|hmm+)\W+)*(?:(?:no|nope|nah|none)|"
    r"(?:just|only)(?: the)? (?:one|once|that(?: one)?|it|\S+(?: one)?)(?: a day| is (?:fine|ok|"
    r"okay|enough|good|plenty))?|(?:one|once)(?: a day)? (?:is|will|'?ll|should)\b.*|"
    r"that'?s (?:it|all|fine|enough)|thats (?:it|all|fine|enough)|that(?:'ll| will) do|"
    r"no more|nothing else|don'?t need (?:a|another|two|more)\b.*)"
    r"(?:\W+(?:thanks?|thx|ty|cheers|please|pls|x+))*\W*$",
    re.IGNORECASE,
)


def _daily_at(tracker: Tracker, times: list[str]) -> dict[str, Any] | None:
    """The time entity for every day at each of ``times``, with the times under "times"."""
    from nlu import parse_when

    zone = str(slot(tracker, "timezone", "UTC"))
    try:
        daily = parse_when(f"every day at {times[0]}", zone, now_of(tracker))
    except (ValueError, KeyError, OverflowError):
        return None
    return {**daily.to_json(), "times": list(times)} if daily else None


def _and_also(
    dispatcher: CollectingDispatcher, tracker: Tracker, rest: str, made: list[EventType]
) -> list[EventType]:
    """The second request of a message: another reminder is set (or asked when); anything
    else ("and also can we do breathing") is offered, never put in the reminder's words."""
    asking = any(e.get("event") == "active_loop" and e.get("name") for e in made)
    second = second_reminder(rest)
    if second and not asking:
        # "... at 1pm to eat lunch and at 10pm to go to bed": each one in turn
        second, more = split_requests(second)
        when = _when_said(tracker, second)
        kind, label = kind_of(second), label_of(second)
        if when is None:
            return _ask_when(kind, label, second)
        created = _create(dispatcher, tracker, kind, label, when, as_said=True, text=second)
        return [*created, *(_and_also(dispatcher, tracker, more, created) if more else [])]
    breathing = re.search(r"\bbreath", rest, re.IGNORECASE) is not None
    say(dispatcher, "reminder_also", breathing=breathing, asking=asking)
    return [SlotSet("offer", "breathing")] if breathing and not asking else []


# "same time tomorrow", "at the same time": the time of the reminder just before.
_SAME_TIME = re.compile(r"\b(?:same|usual) time\b", re.IGNORECASE)
# A reminder asked for again, naming nothing new: "remind me again", "again please".
_AGAIN = re.compile(
    r"(?:(?:about |to do |to |do )?(?:it|that|this) )?again"
    r"(?: (?:at )?(?:the )?(?:same|usual) time)?(?: please| pls)?",
    re.I,
)


# Nights before a school day: Sunday to Thursday, not Monday to Friday ("on school nights",
# "the night before school"); week nights are Monday to Friday ("every weeknight").
_SCHOOL_NIGHTS = re.compile(
    r"\bschool ?nights?\b|\bnights? before (?:school|college|uni|work)\b", re.IGNORECASE
)
_WEEK_NIGHTS = re.compile(r"\b(?:every|each|on) (?:week ?nights?|weekday nights?)\b", re.IGNORECASE)


def _school_nights(when: dict[str, Any], text: str, zone: str, now: datetime) -> dict[str, Any]:
    """ "take my meds on school nights at 9pm": Sunday to Thursday, from the next of them;
    "every weeknight at 7": Monday to Friday, not once."""
    rule = str(when.get("rrule") or "")
    if _SCHOOL_NIGHTS.search(text):
        days = "BYDAY=SU,MO,TU,WE,TH"
    elif _WEEK_NIGHTS.search(text) and not rule:
        days = "BYDAY=MO,TU,WE,TH,FR"
    else:
        return when
    local = str(when.get("local_time") or "")[:5]
    if not local and when.get("first"):
        local = (
            datetime.fromisoformat(str(when["first"])).astimezone(ZoneInfo(zone)).strftime("%H:%M")
        )
    if not rule:
        rule = f"FREQ=WEEKLY;{days}"
    elif "FREQ=WEEKLY" not in rule and "FREQ=DAILY" not in rule:
        return when
    rule = re.sub(r"FREQ=DAILY", "FREQ=WEEKLY", rule)
    rule = re.sub(r"BYDAY=[A-Z,]+", days, rule) if "BYDAY=" in rule else f"{rule};{days}"
    first = next_local_time(local, zone, now).isoformat() if local else when.get("first")
    return {**when, "rrule": rule, "first": first, "local_time": local or when.get("local_time")}


# What was just done, pointed at: "do this again", "do it again", "this again", "do that one
# again", "this exercise again".
_THIS_AGAIN = re.compile(
    r"(?:to )?(?:do )?(?:this|that|it)(?: (?:one|exercise|breathing|check-?in|again))*"
    r"(?: again)?(?: please| pls)?|(?:to )?do (?:this|that|it)",
    re.IGNORECASE,
)


def _create(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    kind: str,
    label: str,
    when: dict[str, Any],
    *,
    as_said: bool,
    text: str | None = None,
    times: list[str] | None = None,
) -> list[EventType]:
    """Create the reminder ("at 8am and 8pm": one at each), or say it is set already;
    ``as_said``: asked for in one message, so an hour guessed is offered to change; ``text``:
    the part of the message that asked for it; ``times``: the times of day ("HH:MM") told
    for it, one reminder at each."""
    text = text_of(tracker) if text is None else text
    zone = str(slot(tracker, "timezone", "UTC"))
    when = _school_nights(when, text, zone, now_of(tracker))
    listed = times or listed_times(text)
    if not listed and len(clocks := _clock_times(text)) > 2:
        listed = clocks  # "3 times a day at 8am, 2pm and 8pm": one at each
    if listed:  # "at 10, 12, 2 and 4": one at each, through the same day
        when, more = _at_first_of(tracker, when, listed[0]), listed[1:]
    else:
        more = also_at(text, when)
    wanted = [when, *(_at_time_of_day(when, at, zone) for at in more)]
    same = [_already_set(tracker, kind, label, each) for each in wanted]
    if all(same):  # the same words twice: one reminder, not two
        found = [row for row in same if row is not None]
        say(dispatcher, "reminder_exists", descriptions=[r["description"] for r in found])
        return [SlotSet("last_reminder_id", found[0]["id"])]
    covered = None if more else _comes_anyway(tracker, kind, label, when)
    if covered is not None:  # "remind me again tomorrow" with the daily one due then anyway
        say(dispatcher, "reminder_exists", descriptions=[covered["description"]], anyway=True)
        return [SlotSet("last_reminder_id", covered["id"])]
    guessed = when.get("rrule") is None and when.get("local_time") is None
    guessed = as_said and (guessed or _repeats_at_an_hour_guessed(when, text))
    guessed = guessed and (not _RELATIVE.search(text) or _LATER_SAID.search(text) is not None)
    other_half = morning = None
    if not listed:
        when, other_half = _out_of_quiet_hours(tracker, kind, label, text, when)
    if not listed and not more and other_half is None:
        when, morning = _errand_in_the_morning(tracker, label, text, when)
    effect(
        dispatcher,
        "create_reminder",
        kind=kind,
        label=label,
        time_guessed=guessed,
        also_at=more,
        other_half=other_half,
        morning_chosen=morning,
        other_reading=None if listed or more else _other_reading(text, when, now_of(tracker)),
        # "remind your son to do his homework": only they get our messages, so it is said
        passed_on=passed[1] if (passed := _PASSED_ON.match(label)) else None,
        **when,
    )
    # "11pm" next, after "at 11" was taken as 11am tomorrow: tonight's 11pm, not tomorrow's
    return [SlotSet("reminder_half_chosen", other_half is not None or morning is not None)]


_PASSED_ON = re.compile(r"remind (your [\w' -]+?) (?:to|about|that) ", re.IGNORECASE)


def _repeats_at_an_hour_guessed(when: dict[str, Any], text: str) -> bool:
    """A repeating reminder said with no clock time ("every night before bed", "every other
    day", "on sundays"): its hour is ours, so it is offered to change."""
    from nlu.clock import clock_match

    rule = str(when.get("rrule") or "")
    if not rule or "HOURLY" in rule or "MINUTELY" in rule:
        return False
    return clock_match(text) is None


# Hours before the day's usual start that some people's days start in ("at 6 to do yoga").
_EARLY_HOURS = range(4, 7)


def _other_reading(
    text: str, when: dict[str, Any], now: datetime | None = None
) -> dict[str, int] | None:
    """A reminder at an hour said without am/pm or a part of the day ("half 6 every day to
    take my meds", set for 6:30pm): the other half of the day, which the confirmation offers
    ("if you meant 6:30am"); None when the time said was plain. A reminder for once is
    offered it only when that half came sooner and was passed over for being early ("at 6:00
    to do yoga" at 11:30pm: 6pm tomorrow, not 6am)."""
    from nlu.clock import clock_match

    local = str(when.get("local_time") or "")[:5]
    found = clock_match(text)
    if not local or found is None or _PART_OF_DAY.search(text):
        return None
    said, explicit, _ = found
    hour, minute = int(local[:2]), int(local[3:5])
    if explicit or said.hour % 12 != hour % 12 or said.minute != minute or hour % 12 == 0:
        return None
    if not when.get("rrule"):
        # once: an early morning passed over for a later hour, or an evening hour taken for
        # tonight ("to call mum at 8" at six: 8pm, or 8am tomorrow)
        first = datetime.fromisoformat(str(when.get("first")))
        sooner = now is not None and first - timedelta(hours=12) > now
        early = sooner and (hour + 12) % 24 in _EARLY_HOURS
        if not early and not (hour >= 12 and hour - 12 in _MORNING_HOURS):
            return None
    if (hour + 12) % 24 in _SMALL_HOURS:
        return None  # "lunch every day at 1": 1am is no reading to offer
    return {"hour": (hour + 12) % 24, "minute": minute}


# Hours of the night no bare hour is offered as meaning.
_SMALL_HOURS = range(1, 4)


# The morning hours a bare "at 10" may mean instead of the evening ones.
_MORNING_HOURS = range(7, 12)
# Something done while places are open: "call the vet", "ring the gp", "go to the bank".
_OPEN_HOURS = re.compile(
    r"\b(?:vets?|doctors?|dr|gp|surgery|dentists?|banks?|council|pharmacy|chemist|clinic|"
    r"hospital|school|nursery|office|landlord|(?:letting|estate) agents?|insurance|insurers?|"
    r"post office|garage|mechanic|plumber|electrician|builders?|hmrc|dwp|job ?centre|"
    r"universal credit|solicitors?|accountant|nhs|dvla|benefits|prescriptions?|opticians?|"
    r"physio|hairdressers?|barbers?|salon|receptionist|appointments?|citizens advice|boss|"
    r"manager|work(?! ?out)|(?:gas|electric(?:ity)?|energy|phone|water) (?:company|supplier))\b",
    re.IGNORECASE,
)


def _errand_in_the_morning(
    tracker: Tracker, label: str, text: str, when: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, int] | None]:
    """ "remind me to call the vet at 10" said at six in the evening: the bare hour read as
    10pm tonight is 10am tomorrow when the task needs a place to be open. Returns the time to
    use and, when it changed, the hour and minute chosen (for the confirmation to say so)."""
    from nlu.clock import clock_match

    local = str(when.get("local_time") or "")[:5]
    found = clock_match(text)
    if when.get("rrule") or not local or not when.get("first") or found is None:
        return when, None
    said, explicit, _ = found
    hour, minute = int(local[:2]), int(local[3:5])
    if explicit or _PART_OF_DAY.search(text) or said.hour % 12 != hour % 12:
        return when, None
    if hour < 12 or hour - 12 not in _MORNING_HOURS or not _OPEN_HOURS.search(label):
        return when, None
    zone = str(slot(tracker, "timezone", "UTC"))
    at = f"{hour - 12:02d}:{minute:02d}"
    first = datetime.fromisoformat(str(when["first"]))
    if first.astimezone(ZoneInfo(zone)).date() != now_of(tracker).astimezone(ZoneInfo(zone)).date():
        return when, None  # a day was said ("on friday at 10"): as read
    morning = next_local_time(at, zone, now_of(tracker))
    return {**when, "local_time": at, "first": morning.isoformat()}, {
        "hour": hour - 12,
        "minute": minute,
    }


def _at_first_of(tracker: Tracker, when: dict[str, Any], at: str) -> dict[str, Any]:
    """The time entity at the first time of a list: the same rule at that time of day, or a
    one-off on its day at that time (the next day when that time has gone)."""
    if when.get("rrule") or not when.get("first"):
        return {**when, "local_time": at}
    zone = ZoneInfo(str(slot(tracker, "timezone", "UTC")))
    local = datetime.fromisoformat(str(when["first"])).astimezone(zone)
    hour, minute = (int(part) for part in at.split(":"))
    first = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if first <= now_of(tracker):
        first += timedelta(days=1)
    return {**when, "local_time": at, "first": first.isoformat()}


def _out_of_quiet_hours(
    tracker: Tracker, kind: str, label: str, text: str, when: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, int] | None]:
    """A bare hour ("at 11") whose next time falls in quiet hours, where it would wait until
    morning, is the other half of the day when that is outside them: 11am tomorrow, not 11pm
    held until 7am. Returns the time to use and, when it changed, the hour and minute chosen
    (for the confirmation to say so)."""
    from nlu import parse_when

    quiet = slot(tracker, "quiet_hours", None)
    if when.get("rrule") or not when.get("local_time") or not isinstance(quiet, dict):
        return when, None
    if bedtime_task(kind, label):  # sent at the time set, quiet hours or not
        return when, None
    zone, now = str(slot(tracker, "timezone", "UTC")), now_of(tracker)
    try:
        start, end = parse_hhmm(str(quiet["start"])), parse_hhmm(str(quiet["end"]))
        first = datetime.fromisoformat(str(when["first"]))
        if not in_quiet_hours(first, zone, str(quiet["start"]), str(quiet["end"])):
            return when, None
        plain = parse_when(text, zone, now)
        moved = parse_when(text, zone, now, quiet=(start, end))
    except (ValueError, KeyError, OverflowError):
        return when, None
    if plain is None or moved is None or plain.to_json()["first"] != when["first"]:
        return when, None  # the time came from other words than these
    if moved.rrule or moved.first == plain.first or moved.local_time is None:
        return when, None
    return moved.to_json(), {"hour": moved.local_time.hour, "minute": moved.local_time.minute}


def _at_time_of_day(when: dict[str, Any], at: str, zone: str) -> dict[str, Any]:
    """The same time entity at another time of day ("at 8am and 8pm": the 8pm one)."""
    if when.get("rrule") or not when.get("first"):
        return {**when, "local_time": at, "first": None}
    local = datetime.fromisoformat(str(when["first"])).astimezone(ZoneInfo(zone))
    hour, minute = (int(part) for part in at.split(":"))
    first = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
    return {**when, "local_time": at, "first": first.isoformat()}


def _already_set(
    tracker: Tracker, kind: str, label: str, when: dict[str, Any]
) -> dict[str, Any] | None:
    """The reminder already set for the same thing at the same times, if there is one."""
    from bot.context import reminder_description

    zone = str(slot(tracker, "timezone", "UTC"))
    try:
        row = planned(
            kind=kind,
            label=label,
            rrule=when.get("rrule"),
            local_time=str(when["local_time"])[:5] if when.get("local_time") else None,
            first=datetime.fromisoformat(str(when["first"])) if when.get("first") else None,
            tz=zone,
            now=now_of(tracker),
        )
    except (ValueError, KeyError, OverflowError):
        return None  # not one that can be stored: the effect says so
    # Said the same way: what it is for and when it comes, down to the minute.
    wanted = " ".join(reminder_description(row, zone).casefold().split())
    return next(
        (
            r
            for r in slot(tracker, "reminders", [])
            if r.get("kind") == kind
            and " ".join(str(r.get("description") or "").casefold().split()) == wanted
        ),
        None,
    )


def _comes_anyway(
    tracker: Tracker, kind: str, label: str, when: dict[str, Any]
) -> dict[str, Any] | None:
    """The repeating reminder for the same thing that comes at the very time a one-off is
    asked for ("remind me again tomorrow" before the daily 9am one), if there is one."""
    if when.get("rrule") or not when.get("first"):
        return None
    zone = str(slot(tracker, "timezone", "UTC"))
    try:
        moment = datetime.fromisoformat(str(when["first"]))
    except ValueError:
        return None
    for row in slot(tracker, "reminders", []):
        if not row.get("rrule") or row.get("kind") != kind:
            continue
        if " ".join(str(row.get("label") or "").casefold().split()) != " ".join(
            label.casefold().split()
        ):
            continue
        anchor = datetime.fromisoformat(str(row["next_at"])) if row.get("next_at") else None
        found = next_occurrence(
            str(row["rrule"]), row.get("local_time"), zone, moment - timedelta(seconds=1), anchor
        )
        if found is not None and found == moment:
            return dict(row)
    return None


_ANOTHER = re.compile(rf"\b(?:{_ANOTHER_WORDS})\b", re.IGNORECASE)


def _as_often_as_the_last(
    tracker: Tracker, text: str, reminders: list[dict[str, Any]], when: dict[str, Any]
) -> dict[str, Any]:
    """ "and another one at 8pm" after a daily reminder: daily too, unless told otherwise."""
    from datetime import datetime

    from nlu import parse_when

    if when.get("rrule") or not when.get("local_time") or not _ANOTHER.search(text):
        return when
    last = next((r for r in reminders if r["id"] == tracker.get_slot("last_reminder_id")), None)
    if last is None or not str(last.get("rrule") or "").startswith("FREQ=DAILY"):
        return when
    now = datetime.fromisoformat(str(slot(tracker, "now")))
    zone = str(slot(tracker, "timezone", "UTC"))
    daily = parse_when(f"every day at {str(when['local_time'])[:5]}", zone, now)
    return daily.to_json() if daily else when


# An answer to "when?" that names no time: "later", "in a bit". Read as an hour from now
# (as "later" to a reminder that came is), rather than as a goodbye.
# Parts of the day said as a habit, to "when?": "mornings", "in the evenings", "weekday nights".
_PARTS_EACH_DAY = re.compile(
    r"^\W*(?:(?:um+|erm|hmm+|oh|ok|okay|just|maybe|idk|probably|usually)\W+)*(?:in the |on )?"
    r"(?:(weekday|weekend)\s+)?(morning|afternoon|evening|night)s\b(?:\W+(?:please|pls|i guess|"
    r"thanks|ty|probably))*\W*$",
    re.IGNORECASE,
)
# No time in mind, to "when?": "idk whenever", "any time", "you choose", "dont mind".
_ANY_TIME = re.compile(
    r"^\W*(?:(?:um+|erm|hmm+|oh|ok|okay|idk|i dunno|dunno|honestly|tbh|just|really)\W+)*"
    r"(?:whenever|when ?ever(?: you (?:want|like))?|any ?time|anytime is fine|you (?:choose|pick|"
    r"decide)|up to (?:you|u)|(?:i )?(?:don'?t|dont) mind|doesn'?t matter|no preference|"
    r"(?:i )?(?:don'?t|dont) know|idk)(?:\W+(?:really|tbh|honestly|lol|is fine|works|then))*\W*$",
    re.IGNORECASE,
)
_LATER_ONLY = re.compile(
    r"^\W*(?:(?:um+|erm|hmm+|oh|ok|okay|just|maybe|idk)\W+)*(?:(?:a bit |a little )?later(?: on"
    r"| today)?|in a (?:bit|while|little while|min|minute)|(?:in )?an hour or (?:so|two))"
    r"(?:\W+(?:please|pls|plz|thanks|thx|ty))?\W*$",
    re.IGNORECASE,
)
# The same, said with the request: "remind me to stretch in a bit", "text my sister later pls".
_LATER_SAID = re.compile(
    r"\b(?:(?:a bit |a little )?later(?: on)?(?: today)?|in a (?:bit|while|little while|lil bit|"
    r"little bit)|in an hour or (?:so|two))(?:\W+(?:please|pls|plz|thanks|thx|ty|x+|lol))*\W*$",
    re.IGNORECASE,
)


def _an_hour_on(tracker: Tracker) -> dict[str, Any] | None:
    """The time entity for an hour from now: "later" said with no time."""
    from nlu import parse_when

    later = parse_when("in 60 minutes", str(slot(tracker, "timezone", "UTC")), now_of(tracker))
    return later.to_json() if later else None


# "after work", "when i get home": a time of theirs we cannot know, so it is asked for.
_AFTER_SOMETHING = re.compile(
    r"\b(?:after|when i (?:finish|get (?:back |in )?from|leave|get off|'?m off)|once i(?:'?ve)? "
    r"(?:finish(?:ed)?|get back from|leave)|when i get|once i get) (?:from )?(work|school|"
    r"uni|college|class|(?:my )?shift|home|the gym|gym|back)\b",
    re.IGNORECASE,
)
_HINTS = {"home": "get home", "back": "get back", "the gym": "finish at the gym",
          "gym": "finish at the gym"}  # fmt: skip


class ValidateReminderForm(FormValidationAction):
    """Ask for the time of a reminder."""

    def name(self) -> str:
        """Action name."""
        return "validate_reminder_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """ "twice a day", then one time: kept, and the next time asked for (the same
        question, not a missed answer); "just the one" then sets the times told."""
        wanted = int(slot(tracker, "reminder_times", 0) or 0)
        if tracker.get_slot("requested_slot") != "when" or wanted < 2 or _new_request(tracker):
            return await super().run(dispatcher, tracker, domain)
        told = list(slot(tracker, "reminder_times_told", []) or [])
        text = text_of(tracker)
        if told and _ENOUGH.match(text):
            when = _daily_at(tracker, told)
            return [SlotSet("when", when)] if when else [SlotSet("aside", True)]
        said = _times_of_day(tracker, text)
        if not said:
            return await super().run(dispatcher, tracker, domain)
        times = told + [t for t in said if t not in told]
        if times == told:  # the same time again: the next one is still asked for
            return [SlotSet("aside", True)]
        if len(times) < wanted:
            return [SlotSet("reminder_times_told", times), SlotSet("aside", True)]
        when = _daily_at(tracker, times)
        return [SlotSet("when", when)] if when else await super().run(dispatcher, tracker, domain)

    async def extract_when(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """ "every day at 9pm", "in 20 minutes", "tomorrow at 9"; "later" is an hour from
        now, offered to change."""
        when = when_of(tracker)
        daily = slot(tracker, "reminder_repeat", None) == "daily"
        if daily and (not when or not when.get("rrule")):
            # "twice a day" asked, "8am and 8pm" told: every day at each
            when = _every_day(tracker, text_of(tracker)) or when
        if when:
            return {"when": when}
        from nlu import parse_when

        text, zone = text_of(tracker), str(slot(tracker, "timezone", "UTC"))
        if _LATER_ONLY.match(text):
            later = parse_when("in 60 minutes", zone, now_of(tracker))
            return {"when": {**later.to_json(), "guessed": True}} if later else {}
        found = _PARTS_EACH_DAY.search(text)
        if found is not None:  # "mornings", "weekday evenings": every one of them
            every = f"every {found[1] + ' ' if found[1] else ''}{found[2]}"
            each = parse_when(every, zone, now_of(tracker))
            return {"when": {**each.to_json(), "guessed": True}} if each else {}
        kind, label = slot(tracker, "reminder_kind", "custom"), slot(tracker, "reminder_label", "")
        meal = _at_meal(tracker, kind, str(label or ""), text, None)
        if meal is not None:  # "with breakfast", "lunchtime": that meal's time
            return {"when": {**meal, "said": text}}
        if _ANY_TIME.match(text):
            # "idk whenever", "any time": the next 9am (9pm for bed), offered to change
            at = "21:00" if bedtime_task(str(kind), str(label or "")) else "09:00"
            first = next_local_time(at, zone, now_of(tracker))
            return {"when": {"first": first.isoformat(), "rrule": None, "local_time": None,
                             "guessed": True}}  # fmt: skip
        _say_unworkable(dispatcher, tracker, text)
        return {}

    async def extract_when_hint(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """ "after work", "when i get home" with no time: what to ask the time of."""
        after = None if when_of(tracker) else _AFTER_SOMETHING.search(text_of(tracker))
        if after is None:
            return {"when_hint": None}
        word = after.group(1).lower()
        return {"when_hint": _HINTS.get(word, f"finish {word.replace('my ', 'your ')}")}

    async def extract_reminder_label(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """When it was asked for with the time and not said yet, what to remind about told
        on its own ("to stretch"); told with the time, `validate_when` reads it."""
        if when_of(tracker):
            return {}
        if _new_request(tracker):  # "remind me to call the vet" instead: asked when for that
            return {"reminder_label": label_of(text_of(tracker))}
        if tracker.get_slot("reminder_label"):
            return {}
        if slot(tracker, "reminder_kind", "custom") != "custom":
            return {}
        text = text_of(tracker).strip()
        told = _LABEL_ONLY.match(text)
        said = label_of(f"remind me {told.group(1)}") if told else ""
        if not said and _TASK_ONLY.match(text):  # "take my meds", to "what should I remind..."
            said = label_of(f"remind me to {text}")
        return {"reminder_label": said} if said and _is_label(said) else {}

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        """The time is what the form asks for; what it is for may be told on its own, and
        what "after work" stands for is kept to ask for its time."""
        return [*domain_slots, "reminder_label", "when_hint"]

    def validate_when_hint(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Kept as said ("finish work"), for the question that follows."""
        return {"when_hint": value}

    def validate_reminder_label(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """What to remind about, as told; a new request brings its own kind."""
        if _new_request(tracker):
            return _asked_now(tracker)
        return {"reminder_label": value}

    def validate_when(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """The time; and what the reminder is for, when it was not said before and comes
        with the time ("to stretch in an hour"). A whole new request ("remind me tomorrow at 10
        to call the vet") replaces the one asked about."""
        if _new_request(tracker):
            return {"when": value, **_asked_now(tracker)}
        kind = slot(tracker, "reminder_kind", "custom")
        if tracker.get_slot("reminder_label") or kind != "custom":
            return {"when": value}
        said = label_of(f"remind me {text_of(tracker).strip()}")
        return {"when": value, "reminder_label": said if _is_label(said) else ""}


# What a reminder asked for anew names only by pointing back: "remind me to do it at 9".
_POINTS_BACK = re.compile(r"(?:about |to )?(?:do )?(?:it|that|this|them)", re.IGNORECASE)


def _new_request(tracker: Tracker) -> bool:
    """The message asks for a reminder of its own ("remind me to call the vet"), not only
    when the one asked about should come ("remind me please at 9pm", "remind me about it")."""
    text = text_of(tracker)
    asked = _LABEL.search(text)
    if asked is None or not asks_anew(text) or _POINTS_BACK.fullmatch(label_of(text)):
        return False
    return bool(asked.group(1)) or _TIME_HEAD.match(asked.group(2)) is not None


def _asked_now(tracker: Tracker) -> dict[str, Any]:
    """The kind and label of the reminder the message asks for."""
    text = text_of(tracker)
    return {"reminder_kind": kind_of(text), "reminder_label": label_of(text)}


class ActionSubmitReminder(Action):
    """Create the reminder once its time is known."""

    def name(self) -> str:
        """Action name."""
        return "action_submit_reminder"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Create from the form's slots."""
        when = dict(slot(tracker, "when", {}))
        kind = slot(tracker, "reminder_kind", "custom")
        label = slot(tracker, "reminder_label", "")
        # a whole new request ("remind me tomorrow at 10 to call the vet") is read as if
        # it had come first
        guessed = bool(when.pop("guessed", False))  # "later": an hour on, offered to change
        said = when.pop("said", None)  # "8 and 8" to "twice a day": read as "at 8 and 8"
        times = when.pop("times", None)  # "twice a day", "8am", "8pm": every day at each
        as_said = guessed or _new_request(tracker)
        made = _create(
            dispatcher, tracker, kind, label, when, as_said=as_said, text=said, times=times
        )
        return [
            *made,
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            SlotSet("when", None),
            SlotSet("when_hint", None),
            SlotSet("reminder_repeat", None),
            SlotSet("reminder_times", None),
            SlotSet("reminder_times_told", None),
        ]


class ActionListReminders(Action):
    """Say which reminders are set."""

    def name(self) -> str:
        """Action name."""
        return "action_list_reminders"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """One line per reminder, numbered; one held by "pause my reminders" says until when."""
        reminders = list(slot(tracker, "reminders", []))
        paused = slot(tracker, "reminders_paused", None)
        if isinstance(paused, dict) and paused.get("until"):
            zone = ZoneInfo(str(slot(tracker, "timezone", "UTC")))
            until = datetime.fromisoformat(str(paused["until"])).astimezone(zone)
            if now_of(tracker) < until:
                held = set(paused.get("ids") or [])
                start = paused.get("from")  # a pause asked for ahead: from when, too
                since = datetime.fromisoformat(str(start)).astimezone(zone) if start else None
                since = since if since is not None and since > now_of(tracker) else None
                reminders = [
                    {**r, "paused_until": until, "paused_from": since} if r.get("id") in held else r
                    for r in reminders
                ]
        if _NEXT_ASKED.search(text_of(tracker)):
            zone = ZoneInfo(str(slot(tracker, "timezone", "UTC")))
            coming = [r for r in reminders if r.get("next_at") and not r.get("paused_until")]
            if coming:  # "what time is my next one": that one, and when
                soonest = min(coming, key=lambda r: datetime.fromisoformat(str(r["next_at"])))
                at = datetime.fromisoformat(str(soonest["next_at"])).astimezone(zone)
                today = now_of(tracker).astimezone(zone).date()
                say(
                    dispatcher,
                    "reminder_next",
                    kind=soonest["kind"],
                    label=soonest["label"],
                    days_away=(at.date() - today).days,
                    weekday=at.weekday(),
                    day=at.day,
                    month=at.month,
                    hour=at.hour,
                    minute=at.minute,
                    count=len(reminders),
                )
                return []
        day = _day_asked(tracker)
        if day is not None and reminders:  # "what have i got on sunday": that day's only
            tz = str(slot(tracker, "timezone", "UTC"))
            numbered = [{**r, "number": n} for n, r in enumerate(reminders, 1)]
            on_day = [
                r
                for r in numbered
                if comes_on(
                    datetime.fromisoformat(str(r["next_at"])) if r.get("next_at") else None,
                    r.get("rrule"),
                    r.get("local_time"),
                    tz,
                    day,
                )
            ]
            today = now_of(tracker).astimezone(ZoneInfo(tz)).date()
            say(
                dispatcher,
                "reminder_list_day",
                reminders=on_day,
                others=[r for r in numbered if r not in on_day],
                days_away=(day - today).days,
                weekday=day.weekday(),
                day=day.day,
                month=day.month,
            )
            return [SlotSet("reminders_listed_at", now_of(tracker).isoformat())]
        # none left, but one was sent lately ("did you remind me?"): that one, and when
        sent = slot(tracker, "last_sent", None) if not reminders else None
        say(dispatcher, "reminder_list", reminders=reminders, sent=sent)
        # none yet: "set one then", or "drink water at 2", next is the one to set
        listed = SlotSet("reminders_listed_at", now_of(tracker).isoformat())
        return [listed] if reminders else [SlotSet("offer", "reminder_new")]


# "what time is my next one", "when's my next reminder", "which one is next"
_NEXT_ASKED = re.compile(r"\bnext (?:one|reminder|ping|nudge)\b|\b(?:one|which) is next\b", re.I)

# A day asked about: "what have i got on sunday", "any reminders tomorrow?", "whats on today".
_DAY_ASKED = re.compile(
    r"\b(?P<today>today|tonight|2day|2nite)\b|\b(?P<tomorrow>tomorrow|tmrw|tmr|tomoz|2moro|2morrow)\b|"
    r"\b(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?\b|"
    r"\b(?:on|for) (?P<short>mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\b",
    re.IGNORECASE,
)


def _day_asked(tracker: Tracker) -> date | None:
    """The local day a list request names ("on sunday", "tomorrow"), or None for all days."""
    found = _DAY_ASKED.search(text_of(tracker))
    if found is None:
        return None
    tz = str(slot(tracker, "timezone", "UTC"))
    if found["today"]:
        return now_of(tracker).astimezone(ZoneInfo(tz)).date()
    word = "tomorrow" if found["tomorrow"] else str(found["day"] or found["short"])
    return day_named(word, tz, now_of(tracker))


# "pause my reminders until monday", "hold them for a week", "no reminders for 3 days".
PAUSE = re.compile(
    r"\b(?:pause|hold|suspend|mute|silence|put on hold|take a break from|break from|no(?! more))"
    r"\b.{0,25}\breminders?\b|\b(?:pause|hold|suspend|mute|silence) (?:them|it|everything)\b|"
    # "stop reminding me for now", "stop the reminders for a bit": a break, not the end
    r"\b(?:stop|no|turn off)\b.{0,25}\b(?:remind\w*|them|it)\b.{0,15}\bfor (?:now|a bit|a while|"
    r"a little while|the time being|a few days|a couple (?:of )?days|the (?:week|weekend))\b|"
    + QUIET_FOR_A_TIME.pattern  # "mute till monday", "no messages for a week"
    + "|"
    + BREAK_FROM_US.pattern  # "take a break from messaging me"
    + "|"
    + PAUSE_ASKED.pattern,  # "snooze my reminders for 3 days", "put everything on hold"
    re.IGNORECASE,
)
# Reminders left out of a pause: "pause everything except my meds till friday", "all of them
# apart from the water one", "everything but my tablets".
_BUT_THESE = re.compile(
    r"\b(?:except(?: for)?|apart from|but not|other than|not|but(?= (?:my|the|your|ur)\b)|"
    r"(?:but |and )?(?:keep|leave)(?: on| going)?)\s+"
    r"(?P<kept>.+?)(?=\s+\b(?:till|til|until|untill|for|this|next|over|from|while|pls|please)\b|"
    r"[,.!?]|$)",
    re.IGNORECASE,
)
# The one weekend coming, not every weekend ("at the weekend" may be every one): "this weekend",
# "for the weekend", "over the weekend".
_THE_WEEKEND = re.compile(r"\b(?:this|over the|for the) weekend\b(?!s)", re.I)
# The week coming as the time off, not the end of it: "im away next week", "no reminders next
# week pls" (not "pause them till next week").
_NEXT_WEEK_AWAY = re.compile(
    r"^(?!.*\b(?:till|til|until|untill|to|before|from|by)\s+(?:the\s+)?next week\b).*"
    r"\b(?:all |for |during |over )?next week\b",
    re.IGNORECASE,
)
_THIS_WEEK = re.compile(r"\b(?:this|for the|for the rest of the|rest of the) week\b(?!end)", re.I)
_FOR_WEEKS = re.compile(r"\bfor (?:a|one|1|two|2|three|3) weeks?\b", re.IGNORECASE)
_WEEKS = {"a": 1, "one": 1, "1": 1, "two": 2, "2": 2, "three": 3, "3": 3}
# "for 3 days", "for a couple of days", "for a few days": from now, that many days on
_FOR_DAYS = re.compile(
    r"\bfor (?:the next )?(a|one|1|two|2|three|3|four|4|five|5|six|6|ten|10|a few|a couple(?: of)?)"
    r" days\b",
    re.IGNORECASE,
)
# The rest of today: "for today", "no more today", "tonight".
_FOR_TODAY = re.compile(r"\b(?:today|tonight|rest of the day)\b", re.IGNORECASE)
_DAYS_COUNT = {
    "a": 1, "one": 1, "1": 1, "two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4,
    "five": 5, "5": 5, "six": 6, "6": 6, "ten": 10, "10": 10, "a few": 3,
}  # fmt: skip


def _pause(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    reminders: list[dict[str, Any]],
    text: str,
) -> list[EventType]:
    """Hold every repeating reminder until the day asked for; ask for a day if none was.
    With none set, a day asked for still holds our nudges ("mute till monday")."""
    when = when_of(tracker)
    but = _BUT_THESE.search(text)
    if when is None or but is not None:
        # the day read without those kept ("apart from the meds one until monday" is no span
        # from one to monday), and read whatever the model made of the message
        when = _day_said(tracker, text[: but.start()] + text[but.end() :] if but else text) or when
    weeks = _FOR_WEEKS.search(text)
    named = re.search(r"\bremind", text, re.IGNORECASE) is not None  # not "mute till monday"
    if not reminders and (_THE_WEEKEND.search(text) or named):
        say(dispatcher, "reminder_none", doing="pause")
        return []
    if _NEXT_WEEK_AWAY.search(text):
        # "im on holiday next week, no reminders": from next Monday for that week, never from
        # now until then (which held this week's and let the holiday's come)
        zone = ZoneInfo(str(slot(tracker, "timezone", "UTC")))
        today = now_of(tracker).astimezone(zone).date()
        start = datetime.combine(today + timedelta(days=7 - today.weekday()), time(0), zone)
        until = start + timedelta(days=7)
        # "no run reminders": that one; "no reminders", "pause everything": all of them
        every = re.search(r"\b(?:all|every|everything|both)\b", text, re.IGNORECASE)
        picked = named_in(reminders, text) if not every else []
        only = [picked[0]["id"]] if len(picked) == 1 and len(reminders) > 1 else []
        effect(
            dispatcher,
            "pause_reminders",
            until=until.isoformat(),
            only=only,
            **{"from": start.isoformat()},
        )
        return []
    if _THE_WEEKEND.search(text):
        # "no reminders this weekend": from Saturday until Monday, never from now until
        # Saturday (which held the weekdays and let the weekend's come)
        zone = ZoneInfo(str(slot(tracker, "timezone", "UTC")))
        today = now_of(tracker).astimezone(zone).date()
        if today.weekday() < 5:
            say(dispatcher, "reminder_pause_weekend")
            return []
        until = datetime.combine(today + timedelta(days=7 - today.weekday()), time(12), zone)
    elif _THIS_WEEK.search(text):  # "dont message me this week": until next Monday
        zone = ZoneInfo(str(slot(tracker, "timezone", "UTC")))
        today = now_of(tracker).astimezone(zone).date()
        until = datetime.combine(today + timedelta(days=7 - today.weekday()), time(12), zone)
    elif weeks is not None:
        count = _WEEKS[weeks.group(0).split()[1].lower()]
        until = now_of(tracker) + timedelta(weeks=count)
    elif (days := _FOR_DAYS.search(text)) is not None:
        until = now_of(tracker) + timedelta(days=_DAYS_COUNT.get(days[1].lower(), 2))
    elif _FOR_TODAY.search(text) and not re.search(r"\b(?:till|until|untill|til)\b", text, re.I):
        # "enough water reminders for today": until the day is over
        zone = ZoneInfo(str(slot(tracker, "timezone", "UTC")))
        today = now_of(tracker).astimezone(zone).date()
        until = datetime.combine(today + timedelta(days=1), time(0), zone)
    elif when is not None:
        until = datetime.fromisoformat(str(when["first"]))
    else:
        say(dispatcher, "reminder_pause_ask", reminders=bool(reminders))
        return [SlotSet("offer", "pause_until")]  # "till friday" next: until then
    kept = named_in(reminders, but["kept"]) if but else []
    if kept:
        # "pause everything except my meds": all the others, and those named come as usual
        others = [r["id"] for r in reminders if r not in kept]
        if not others and _OUR_CHECK_INS.search(text):
            # "pause my check ins for a week but keep my meds reminder": ours held, theirs kept
            effect(
                dispatcher,
                "pause_reminders",
                until=until.isoformat(),
                kept=[r["id"] for r in kept],
                ours_only=True,
            )
            return []
        if not others:
            say(
                dispatcher,
                "reminder_pause_kept",
                kept=[str(r.get("description") or "") for r in kept],
            )
            return []
        kept_ids = [r["id"] for r in kept]
        effect(dispatcher, "pause_reminders", until=until.isoformat(), only=others, kept=kept_ids)
        return []
    picked = [] if _ALL_OF_THEM.search(text) else named_in(reminders, text)
    if len(picked) == 1 and len(reminders) > 1:
        # "pause the walk reminder for a week": that one, the others (their meds) kept
        effect(dispatcher, "pause_reminders", until=until.isoformat(), only=[picked[0]["id"]])
        return []
    effect(dispatcher, "pause_reminders", until=until.isoformat())
    return []


def _day_said(tracker: Tracker, text: str) -> dict[str, Any] | None:
    """The time in these words, read as a reminder time would be, if there is one."""
    from nlu import parse_when

    try:
        found = parse_when(text, str(slot(tracker, "timezone", "UTC")), now_of(tracker))
    except (ValueError, KeyError, OverflowError):
        return None
    if found is None or found.first is None:
        return None
    return {"first": found.first.isoformat(), "rrule": found.rrule, "local_time": found.local_time}


# Our own messages named: "pause my check ins", "no messages from you".
_OUR_CHECK_INS = re.compile(r"\b(?:check[- ]?ins|messages|texts|nudges|notifications)\b", re.I)


# All of them, whatever else is named: "pause everything", "all my reminders".
_ALL_OF_THEM = re.compile(r"\b(?:all|every|everything|both|reminders)\b", re.IGNORECASE)


_DAY_CODES = {
    "mon": "MO", "tue": "TU", "wed": "WE", "thu": "TH", "fri": "FR", "sat": "SA", "sun": "SU",
}  # fmt: skip
_ALL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAYS_SAID = rf"(?:weekends?|weekdays?|{_DAY_NAME}(?:\s*(?:,|&|and|or|/)\s*(?:on\s+)?{_DAY_NAME})*)"
# Days left out of a repeating reminder: "dont remind me on weekends", "not on sundays", "no
# reminders at the weekend", "skip saturdays".
_PLURAL_DAYS = (
    r"(?:weekends|weekdays|(?:mon|tues|wednes|thurs|fri|satur|sun)days"
    r"(?:\s*(?:,|&|and|or|/)\s*(?:mon|tues|wednes|thurs|fri|satur|sun)days?)*)\b"
)
# ("no not the one on sunday" picks a reminder; "the journal one on fridays" leaves days out)
_NOT_ON = re.compile(
    r"\b(?:don'?t|dont|do not|not|no|never|skip)\b(?:[^.?!]{0,30}?\s+(?:on|at|over|during)\s+"
    rf"(?:the\s+)?({_PLURAL_DAYS})|[^.?!]{{0,30}}?(?<!\bone)\s+(?:on|at|over|during)\s+"
    rf"(?:the\s+)?({_DAYS_SAID})|\s+({_PLURAL_DAYS}))",
    re.IGNORECASE,
)


def leaves_out_days(text: str) -> bool:
    """ "not on sundays", "dont remind me at weekends": days left out of a repeating one."""
    return _NOT_ON.search(text) is not None


def _not_on_days(
    dispatcher: CollectingDispatcher, reminders: list[dict[str, Any]], text: str
) -> bool:
    """Leave the days named out of the repeating reminders meant ("dont remind me on
    weekends": the one named, else all that come on those days); False when the message says
    no such thing or no reminder comes on those days."""
    found = _NOT_ON.search(text)
    if found is None or re.search(r"\b(?:ever|anymore|any more|again)\b", text, re.I):
        return False
    said = next(group for group in found.groups() if group).lower()
    if said.startswith("weekend"):
        dropped = {"SA", "SU"}
    elif said.startswith("weekday"):
        dropped = {"MO", "TU", "WE", "TH", "FR"}
    else:
        dropped = {_DAY_CODES[d[:3]] for d in re.findall(_DAY_NAME, said, re.IGNORECASE)}
    repeating = [r for r in reminders if r.get("rrule")]
    named = [r for r in repeating if matches(r, text)]
    changed = False
    for target in named or repeating:
        days = _days_of(str(target["rrule"]))
        kept = [d for d in _ALL_DAYS if d in (days or ()) and d not in dropped]
        if not days or not kept or len(kept) == len(days):
            continue
        effect(
            dispatcher,
            "reschedule_reminder",
            id=target["id"],
            label=None,
            local_time=target.get("local_time"),
            rrule=f"FREQ=WEEKLY;BYDAY={','.join(kept)}",
            first=None,
            # "OK, not on Fridays": the days dropped, said back
            left_out=[_ALL_DAYS.index(d) for d in _ALL_DAYS if d in dropped and d in days],
        )
        changed = True
    return changed


# One coming day skipped: "skip tomorrow", "no reminder tonight pls", "can you skip it on
# saturday", "dont remind me tomorrow, im off work" (not "skip saturdays": days left out).
_SKIP_DAY = re.compile(
    r"\b(?:skip|miss out|no (?:reminders?|pings?|nudges?)|(?:don'?t|dont|do not|no need to|"
    # "can you not remind me tomorrow, im out" (not "why did you not remind me today")
    r"(?<!did you )(?<!why )(?<!you did )not) (?:remind|ping|"
    # "turn off all reminders for tonight", "pause them tomorrow": that day, not for good
    r"nudge|text) me|(?:turn|switch) off|pause|mute|stop|cancel|hold off)\b(?:\s+(?:it|that|"
    r"this|them|the (?:reminder|one)|(?:my|the) \w+ (?:reminder|one)|(?:all\s+)?(?:of\s+)?"
    r"(?:my\s+|the\s+)?(?:reminders|pings)))?\s+(?:on\s+|for\s+)?(?P<day>today|tonight|tomorrow(?:'?s)?|tmrw|tmr|"
    r"(?:this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?!s))\b",
    re.IGNORECASE,
)


def skips_a_day(text: str) -> bool:
    """ "skip tomorrow", "no reminder tonight": one coming day without the reminder."""
    return _SKIP_DAY.search(text) is not None


def _skip_day(
    dispatcher: CollectingDispatcher, tracker: Tracker, reminders: list[dict[str, Any]], text: str
) -> bool:
    """Skip the repeating reminders meant on the day named; False when none repeats or the
    message names no single day."""
    found = _SKIP_DAY.search(text)
    repeating = [r for r in reminders if r.get("rrule")]
    if found is None or not repeating or re.search(r"\b(?:ever|anymore|any more)\b", text, re.I):
        return False
    zone = str(slot(tracker, "timezone", "UTC"))
    now = now_of(tracker)
    word = found.group("day").lower().replace("this", "").strip()
    if word in ("today", "tonight"):
        day = now.astimezone(ZoneInfo(zone)).date()
    else:
        day = day_named(word, zone, now)
    named = [r for r in repeating if matches(r, text)]
    effect(
        dispatcher,
        "skip_reminder_day",
        ids=[r["id"] for r in named or repeating],
        day=day.isoformat(),
        tonight=word == "tonight",
    )
    return True


def _days_of(rrule: str) -> list[str] | None:
    """The weekdays a rule comes on (all seven for a daily one); None when that hangs on
    more than the rule (every other day, monthly)."""
    parts = rule_parts(rrule)
    if parts.get("INTERVAL", "1") != "1":
        return None
    if parts.get("FREQ") == "DAILY" and "BYDAY" not in parts:
        return list(_ALL_DAYS)
    if parts.get("FREQ") in ("DAILY", "WEEKLY") and parts.get("BYDAY"):
        return [d[-2:] for d in parts["BYDAY"].split(",")]
    return None


# "don't remind me tomorrow", "no more of them": not a change, whatever else is said.
_NEGATED = re.compile(r"\b(?:don'?t|dont|do not|no more|never|stop)\b", re.IGNORECASE)
_MAKE_IT = re.compile(r"\bmake (?:it|that|this|them)\b", re.IGNORECASE)


def _asks_change(text: str) -> bool:
    """A message read as a cancel that asks for a change and has no word of cancelling."""
    if _CANCEL.search(text) or _NEGATED.search(text):
        return False
    return bool(_CHANGE.search(text) or _CHANGE_SAID.search(text) or _MAKE_IT.search(text))


# A reminder named and nothing more: "wind down reminder", "bedtime reminder pls".
_ONLY_NAMED = re.compile(
    r"^\W*(?:(?:a|an|my|the|i want a|i'?d like a|can i have a|can i get a|set up a|new)\s+)?"
    r"(?:[\w'-]+\s+){0,3}(?:reminder|nudge|alarm)s?(?:\s+(?:please|pls|plz|thanks|ta))?\W*$",
    re.IGNORECASE,
)
# Words of stopping or taking away a reminder.
_CANCEL_WORDS = re.compile(
    r"\b(?:cancel\w*|stop\w*|delete\w*|remove\w*|off|no|not|don'?t|dont|never|get rid|scrap|bin|"
    r"end|quit|drop|kill|clear|enough|pause\w*|mute\w*|silence\w*|skip|ditch|axe|erase|wipe|undo|"
    r"unset|without)\b",
    re.IGNORECASE,
)


def _each_named(reminders: list[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """The reminders named one by one ("get rid of the meds and dog ones"), when each name
    picks out one of them; [] otherwise."""
    parts = [p for p in re.split(r"\s*(?:,|&|\band\b|\bplus\b)\s*", text) if p.strip()]
    if len(parts) < 2:
        return []
    found: list[dict[str, Any]] = []
    for part in parts:
        named = named_in(reminders, part)
        if len(named) != 1:
            return []
        found += [r for r in named if r not in found]
    return found if len(found) > 1 else []


class ActionCancelReminder(Action):
    """Cancel the reminder the message names, all of them, or ask which."""

    def name(self) -> str:
        """Action name."""
        return "action_cancel_reminder"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Resolve the target, then cancel."""
        reminders = list(slot(tracker, "reminders", []))
        text = text_of(tracker)
        if _ONLY_NAMED.match(text) and not _CANCEL_WORDS.search(text):
            # "wind down reminder", with no word of stopping it: one asked for, never a cancel
            return await ActionSetReminder().run(dispatcher, tracker, domain)
        if _asks_change(text):
            # "can you make that every weekday instead", "make it weekdays only": a change,
            # never a cancel
            return await ActionChangeReminder().run(dispatcher, tracker, domain)
        if _HOW_TO.search(text):  # "how do i stop these reminders if i want to": told, not done
            say(dispatcher, "reminder_how_to_cancel", reminders=reminders)
            return []
        if _skip_day(dispatcher, tracker, reminders, text):
            # "skip tomorrow": that day only, the reminder kept
            return []
        if _not_on_days(dispatcher, reminders, text):
            # "dont remind me on weekends": those days left out, the reminder kept
            return []
        if PAUSE.search(text):  # "pause my reminders until monday": held, never deleted
            return _pause(dispatcher, tracker, reminders, text)
        if not reminders:
            say(dispatcher, "reminder_none", doing="cancel")
            return []
        if re.search(r"\b(all|every|both|these|those|(?:no|any) more reminders)\b", text, re.I) or (
            re.search(r"\b(?:my|the) reminders\b", text, re.IGNORECASE)
            and not re.search(r"\bone of\b", text, re.IGNORECASE)
        ):
            targets = reminders
        else:
            number = _number_said(text)
            if number is not None and _place_unseen(tracker, reminders, text):
                # "cancel the first one" with no list seen: the first set, or the first listed?
                say(dispatcher, "reminder_which", reminders=reminders)
                listed = SlotSet("reminders_listed_at", now_of(tracker).isoformat())
                return [SlotSet("offer", "cancel_which"), listed]
            if number is not None and 1 <= number <= len(reminders):
                targets = [reminders[number - 1]]
            else:
                targets = named_in(reminders, text)
                if len(targets) != 1:  # "the 8am one": the time tells them apart
                    targets = at_time(targets or reminders, text) or targets
                if len(targets) != 1:  # "the morning one"
                    targets = in_part_of_day(targets or reminders, text) or targets
            asked = None if targets else _named_in_cancel(text)
            if number is not None and not targets:  # "cancel 5" with two: there is no 5
                asked = str(number)
            if asked:  # never another one instead of the one named
                say(
                    dispatcher,
                    "reminder_not_found",
                    asked=asked,
                    number=number is not None,
                    reminders=reminders,
                )
                return [SlotSet("offer", "cancel_which")]
            if not targets and len(reminders) == 1:  # "cancel it", "cancel my reminder"
                targets = reminders
        last = tracker.get_slot("last_reminder_id")
        if len(targets) != 1 and last is not None and _LAST_SET.search(text):
            # "cancel the last one", "delete the one i just set": the one set most lately
            targets = [r for r in reminders if r["id"] == last] or targets
        each = _each_named(reminders, text) if len(targets) != 1 else []
        if len(targets) != 1 and (targets != reminders or _JUST_ONE.search(text)) and not each:
            # ("cancel my 9pm one" with two at 9pm: which, never both)
            say(dispatcher, "reminder_which", reminders=reminders)
            return [SlotSet("offer", "cancel_which")]
        targets = each or targets  # "get rid of the meds and dog ones": both
        for target in targets:
            effect(dispatcher, "cancel_reminder", id=target["id"])
        say(dispatcher, "reminder_cancelled", reminders=targets)
        return [SlotSet("offer", None)]


# One reminder asked about, not all: "my 9pm one", "the morning reminder" (not "all my 9pm
# ones", "both", "my reminders").
_JUST_ONE = re.compile(
    r"^(?!.*\b(?:all|both|every|everything|ones|reminders|them|these|those)\b).*\b(?:one|reminder)\b",
    re.IGNORECASE,
)


# The one set most lately: "the last one", "the latest one", "the one i just set".
_LAST_SET = re.compile(
    r"\b(?:the )?(?:last|latest|newest|most recent|new) (?:one|reminder)\b|\bthe one i (?:just )?"
    r"(?:set|made|added)\b|\bthat last one\b",
    re.IGNORECASE,
)
# "cancel 2", "delete reminder 2", "cancel number 2", "remove #2".
_NUMBER_SAID = re.compile(
    r"^\W*(?:(?:cancel|delete|remove|drop|stop|scrap)\s+)?(?:(?:the\s+)?(?:reminder|number|no\.?)"
    r"\s*)?#?(\d{1,2})(?:\s+(?:please|pls|plz|thanks?))?\W*$",
    re.IGNORECASE,
)


# A reminder picked by its number on the list: "change 3 to 7:30am", "move #2 to 8pm".
_LIST_NUMBER = re.compile(
    r"^\W*(?:change|move|edit|update|reschedule|make|switch|shift)\s+(?:reminder\s+|number\s+|"
    r"no\.?\s*|#)?(\d)\s+(?:to|for|at|until|till)\b",
    re.IGNORECASE,
)


# Picked from the list by its place: "delete the second one", "cancel the 3rd reminder".
_PLACE_SAID = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|yeah|just|please|pls|can you|can u|could you|and|oh|actually)\W+)*"
    r"(?:(?:cancel|delete|remove|drop|stop|scrap|bin|ditch|get rid of)\s+)?(?:the\s+)?"
    r"(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th)(?:\s+(?:one|reminder))?"
    r"(?:\s+(?:please|pls|plz|thanks?|ta|x+))?\W*$",
    re.IGNORECASE,
)
_PLACES = {"fir": 1, "1st": 1, "sec": 2, "2nd": 2, "thi": 3, "3rd": 3, "fou": 4, "4th": 4}


# How long a list shown stays the one "the second one" counts in.
_LIST_SEEN_FOR = timedelta(minutes=30)


def _place_unseen(tracker: Tracker, reminders: list[dict[str, Any]], text: str) -> bool:
    """ "delete the first one" with no list shown lately, when the order they were set in is
    not the order the list gives: which one is meant is not known."""
    if _PLACE_SAID.match(text) is None or _NUMBER_SAID.match(text) is not None:
        return False
    seen = slot(tracker, "reminders_listed_at", None)
    if seen and now_of(tracker) - datetime.fromisoformat(str(seen)) <= _LIST_SEEN_FOR:
        return False
    ids = [r.get("id") for r in reminders]
    return ids != sorted(ids, key=lambda i: int(i or 0))


def _number_said(text: str) -> int | None:
    """The number of the reminder a cancel request picks from the list, if it picks one."""
    said = _NUMBER_SAID.match(text)
    if said:
        return int(said.group(1))
    place = _PLACE_SAID.match(text)
    if place:  # "the second one": number 2 on the list
        return _PLACES.get(place.group(1).lower()[:3], 5)
    number = bare_number(text)
    return number if number is not None and len(text) < 12 else None


# Words of a cancel request that name no reminder: "please cancel that one for me now".
_NAMES_NOTHING = frozenset(
    (
        "a", "an", "the", "my", "your", "this", "that", "these", "those", "it", "its", "one",
        "ones", "reminder", "reminders", "reminding", "remind", "me", "i", "you", "u", "please",
        "pls", "plz", "can", "could", "would", "will", "just", "now", "for", "to", "of", "off",
        "about", "on", "thanks", "thank", "thx", "ta", "ok", "okay", "actually", "so", "oh",
        "um", "hey", "yes", "yeah", "want", "wanna", "need", "don't", "dont", "do", "not", "no",
        "any", "more", "anymore", "again", "set", "made", "last", "first", "only", "latest",
        "new", "other", "earlier", "today", "today's", "tonight", "tonight's", "tomorrow",
        "tomorrow's", "daily", "morning", "evening", "night", "weekly", "cancel", "delete",
        "remove", "stop", "turn", "drop", "get", "rid", "scrap", "clear", "sent", "up", "all",
        "whole", "thing", "there", "here", "message", "messages", "text", "texts",
        "alarm", "notification", "notifications", "at", "every", "day", "too", "as", "well",
        "x", "xx", "which", "what", "is", "was", "were", "have", "had", "got", "there's",
    )
)  # fmt: skip
# How a cancel request names a reminder: "the reminder to call mum", "stop reminding me about
# the dentist"; "the dentist reminder", "my evening meds one"; "cancel dentist".
_CANCEL_NAMES = (
    re.compile(
        r"\b(?:reminders?|remind(?:ing)?(?: me)?) (?:to|about|for|that|of) ([^,.;:!?]+)",
        re.IGNORECASE,
    ),
    re.compile(r"\b((?:[\w'-]+ ){1,3})(?:reminders?|ones?)\b", re.IGNORECASE),
    re.compile(
        r"^\W*(?:please\s+)?(?:cancel|delete|remove|drop|scrap|clear)\s+((?:[\w'-]+\s*){1,3})\W*$",
        re.IGNORECASE,
    ),
)
# Where the words about which one end: "... because i've stopped taking them".
_CLAUSE_END = re.compile(
    r"\b(?:and|but|because|cause|cos|coz|since|already|as i|i've|ive|i have)\b", re.IGNORECASE
)


def _named_in_cancel(text: str) -> str:
    """What a cancel request names the reminder by ("the dentist reminder" -> "dentist"), or
    "" when it only points at one ("cancel it", "cancel my reminder")."""
    for pattern in _CANCEL_NAMES:
        found = pattern.search(text)
        if found is None:
            continue
        said = _CLAUSE_END.split(found.group(1), maxsplit=1)[0].lower()
        words = [w for w in re.findall(r"[\w'-]+", said) if w not in _NAMES_NOTHING]
        if words and not all(w in _SMALL_WORDS for w in words):
            return " ".join(words)
    return ""


# Done with one, in loose words: "scrap the water one", "bin the gym reminder", "ditch my
# meds one", "get rid of the dentist one".
_BINNED = re.compile(
    r"^\W*(?:(?:please|pls|can you|could you|can u|ok|okay|just|and|also|oh|actually)\W+)*"
    r"(?:cancel|delete|remove|scrap|drop|bin|ditch|clear|kill|axe|nix|lose|get rid of|"
    r"do away with|stop)\b",
    re.IGNORECASE,
)


def cancels_one_named(text: str, reminders: list[dict[str, Any]]) -> bool:
    """A short request to be rid of one of their reminders, named by what it is for."""
    if not _BINNED.match(text) or len(text.split()) > 10:
        return False
    named = _named_in_cancel(text)
    return bool(named) and any(matches(r, named) for r in reminders)


# "snooze", "snooze 5": put off what just came, never a new time for one still to come.
_SNOOZED = re.compile(r"^\W*(?:pls |please )?sno+ze?\b", re.IGNORECASE)


class ActionChangeReminder(Action):
    """Move a reminder to a new time: "move it to 8"."""

    def name(self) -> str:
        """Action name."""
        return "action_change_reminder"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Pick the named, last-touched or only reminder and reschedule it."""
        reminders = list(slot(tracker, "reminders", []))
        text = text_of(tracker)
        if not reminders:
            say(dispatcher, "reminder_none", doing="change")
            return []
        if _SNOOZED.match(text) and PAUSE_ASKED.search(text):
            # "snooze all my reminders": a pause (until when?), not one put off
            return _pause(dispatcher, tracker, reminders, text)
        if _SNOOZED.match(text):  # "snooze 5" before it came: nothing to put off (not 5pm)
            say(dispatcher, "snooze_nothing")
            return []
        pending = slot(tracker, "reminder_change_pending", None)
        picked = bare_number(text) if pending else None
        if pending and picked is not None and 1 <= picked <= len(reminders):
            # "2", to "which one should I move?": that one, to the time asked before
            text, pending_pick = str(pending), [reminders[picked - 1]]
        else:
            pending_pick = []
        fixed = correction(text)
        if fixed is not None:  # "sorry i meant 8pm not 9pm": 8pm, for the 9pm one
            text = fixed[0]
        # "move the 8am one to 9am": which one, then the new time at the end.
        moved_to = _MOVED_TO.search(text)
        which = text[: moved_to.start()] if moved_to else text
        if fixed is not None and (fixed[1] or not named_in(reminders, which)):
            # "sorry i meant 8pm not 9pm": the 9pm one; "move my meds reminder to 10 instead"
            # names its own (never the one set last instead)
            which = fixed[1]
        numbered = _LIST_NUMBER.match(text)
        if numbered and 1 <= int(numbered.group(1)) <= len(reminders):
            # "change 3 to 7:30am": the third on the list, not 3 o'clock
            named = [reminders[int(numbered.group(1)) - 1]]
            which = ""
        else:
            named = pending_pick or named_in(reminders, which)
        if len(named) != 1:
            named = at_time(named or reminders, which) or named
        if len(named) != 1:  # "move the morning one to 9"
            named = in_part_of_day(named or reminders, which) or named
        unknown = _NAMED_ONE.search(which)
        if not named and unknown and not _NOT_A_NAME.match(unknown.group(1)):
            # "change the water one" with no water reminder: never move another instead
            say(dispatcher, "reminder_unknown", asked=unknown.group(1), reminders=reminders)
            return []
        last = tracker.get_slot("last_reminder_id")
        if len(named) == 1:
            target = named[0]
        elif len(reminders) == 1:
            target = reminders[0]
        elif fixed is not None or _CORRECTING.search(text):
            # "actually 8pm", "make it 8": the one just set, corrected
            target = next((r for r in reminders if r["id"] == last), None)
        else:
            target = None  # "change it to 8pm" with two: which, as for "cancel it"
        shift = shifted_by(text)
        if target is None and shift is not None and _EVERY_ONE.search(which):
            # "move them both an hour later": each of them, by the same (was "which one?")
            moved: list[EventType] = [SlotSet("reminder_change_pending", None)] if pending else []
            for each in reminders:
                moved += _move_by(dispatcher, each, shift)
            return moved
        if target is None:
            say(dispatcher, "reminder_which", reminders=reminders, doing="move")
            return [
                SlotSet("reminder_change_pending", text[:120]),
                SlotSet("offer", "reminder_time"),
            ]
        events: list[EventType] = [SlotSet("reminder_change_pending", None)] if pending else []
        return events + self._move(dispatcher, tracker, target, reminders, text, which)

    def _move(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        target: dict[str, Any],
        reminders: list[dict[str, Any]],
        text: str,
        which: str,
    ) -> list[EventType]:
        """Reschedule ``target`` to the time (or day) ``text`` names, or ask for one."""
        shifted = shifted_by(text)
        if shifted is not None:  # "prepone it by one hour", "push it back 30 mins"
            return _move_by(dispatcher, target, shifted)
        moved_to = _MOVED_TO.search(text)
        numbered = _LIST_NUMBER.match(text)
        told = text_of(tracker)
        when = (when_of(tracker) if text == told else None) or _when_said(tracker, text)
        said = moved_to.group(1) if moved_to and at_time([target], which) else text
        if numbered:
            said = text[numbered.end() :]  # "to 7:30am", without the 3 that picked it
        local_time = _new_local_time(said, target.get("local_time"))
        if said is not text and when is not None and when.get("local_time") != local_time:
            when = None  # the parsed time was the one that named the reminder
        half = _half_named(tracker, target, said) if local_time is None else None
        if half is not None and when and when.get("first") and not when.get("rrule"):
            # "no i meant tonight" just after "at 10" was taken as 10am tomorrow: 10pm tonight
            zone_name = str(slot(tracker, "timezone", "UTC"))
            local_time = half
            on_day = datetime.fromisoformat(str(when["first"]))
            when = {
                **when,
                "local_time": half,
                "first": local_at(on_day, parse_hhmm(half), zone_name),
            }
            when["first"] = when["first"].isoformat()
        if local_time is None and when and not when.get("rrule") and _PART_OF_DAY.search(said):
            # "make that sunday night": the part of the day is its time (9pm), as when set
            zone = ZoneInfo(str(slot(tracker, "timezone", "UTC")))
            part_at = datetime.fromisoformat(str(when["first"])).astimezone(zone)
            local_time = part_at.strftime("%H:%M")
        split = _two_days_at(tracker, target, said) or _some_days_at(target, when, told)
        if split is not None:
            # "make it 8:30 on weekends" for one every day at 8: weekends at 8:30, the other
            # days kept at 8 (not moved wholly to weekends)
            effect(dispatcher, "split_reminder", id=target["id"], **split)
            return []
        if when and when.get("rrule") and target.get("local_time") and not _names_time_of_day(said):
            # "make it weekdays only" for one at 8pm: weekdays at 8pm, not the 9am a day alone
            # would get
            rule = ";".join(p for p in str(when["rrule"]).split(";") if not p.startswith("BYH"))
            rule = ";".join(p for p in rule.split(";") if not p.startswith("BYMI"))
            when = {**when, "rrule": rule, "local_time": target["local_time"], "first": None}
        label = None if target.get("label") else _late_label(text)
        day = DAY_NAMED.search(said)
        if when is None and local_time is None and not label and day and not target.get("rrule"):
            # "move it to tomorrow": a one-off keeps its time of day on the day named
            effect(dispatcher, "reschedule_reminder", id=target["id"], day=day.group(1))
            return []
        new_time = (when or {}).get("rrule") or (when or {}).get("local_time") or local_time
        just_set = target["id"] == tracker.get_slot("last_reminder_id")
        corrected = just_set and _CORRECTING.search(text) is not None
        only_day = not new_time or (local_time and not (when or {}).get("rrule"))
        # (a day with a time, "move it to sunday at 9pm", is that day each week from now on)
        weekly = (
            _weekly_on(target, day.group(1))
            if day and only_day and (corrected or local_time)
            else None
        )
        if weekly is not None and not label:
            # "make it thursday" just after one every friday was set: every thursday ("move
            # it to saturday" could mean one week's, so is not guessed at); "make that sunday
            # night": every sunday at 9pm
            at = {"local_time": local_time} if local_time else {}
            effect(dispatcher, "reschedule_reminder", id=target["id"], rrule=weekly, **at)
            return []
        if day and target.get("rrule") and not new_time and not label:
            # "move it to tomorrow" for one that repeats: no one day of it can move
            return _repeats_anyway(dispatcher, tracker, target, reminders, day.group(1))
        renamed = _renamed(told) if when is None and local_time is None else None
        if renamed:  # "actually change it to call mum": what it is for, at the same time
            effect(dispatcher, "reschedule_reminder", id=target["id"], label=renamed, relabel=True)
            return []
        if when is None and local_time is None and not label:
            say(dispatcher, "reminder_change_when")
            return [SlotSet("last_reminder_id", target["id"]), SlotSet("offer", "reminder_time")]
        first = (when or {}).get("first")
        if first and not target.get("rrule") and not (when or {}).get("rrule"):
            # "actually make it 2:30" for Thursday's one-off: Thursday at 2:30, not today
            named = _NAMES_A_DATE.search(said) or _other_half_wanted(tracker, target, local_time)
            first = first if named else None
        effect(
            dispatcher,
            "reschedule_reminder",
            id=target["id"],
            label=label,
            local_time=local_time or (when or {}).get("local_time"),
            rrule=(when or {}).get("rrule"),
            first=first,
        )
        return []


_EVENING_SAID = re.compile(r"\b(?:tonight|this evening|evening|at night|pm)\b", re.IGNORECASE)
_MORNING_SAID = re.compile(r"\b(?:morning|am)\b", re.IGNORECASE)


def _half_named(tracker: Tracker, target: dict[str, Any], said: str) -> str | None:
    """ "no i meant tonight" (or "the morning") just after a bare hour was put in the other
    half of the day: the same hour in the half named ("HH:MM"); None otherwise."""
    if not slot(tracker, "reminder_half_chosen", False) or target.get("rrule"):
        return None
    if target.get("id") != tracker.get_slot("last_reminder_id"):
        return None
    was = str(target.get("local_time") or "")[:5]
    if not was:
        return None
    hour = int(was[:2])
    if hour < 12 and _EVENING_SAID.search(said):
        return f"{hour + 12:02d}:{was[3:5]}"
    if hour >= 12 and _MORNING_SAID.search(said):
        return f"{hour - 12:02d}:{was[3:5]}"
    return None


def _weekly_on(target: dict[str, Any], word: str) -> str | None:
    """The rule of a reminder that comes once a week (or every few weeks) on one day, moved
    to the weekday named; None for any other rule, or for "tomorrow"."""
    rule = str(target.get("rrule") or "")
    parts = rule_parts(rule) if rule else {}
    days = [d for d in parts.get("BYDAY", "").split(",") if d]
    if parts.get("FREQ") != "WEEKLY" or len(days) > 1 or word.lower().startswith("tom"):
        return None
    code = _DAY_CODES[word.lower()[:3]]
    kept = [f"{k}={v}" for k, v in parts.items() if k != "BYDAY"]
    return ";".join([*kept[:1], f"BYDAY={code}", *kept[1:]])


# Only the days named: "make it weekends only", "just on saturdays from now on".
_ONLY_THOSE = re.compile(r"\b(?:only|just|instead)\b", re.IGNORECASE)


def _some_days_at(
    target: dict[str, Any], when: dict[str, Any] | None, told: str
) -> dict[str, Any] | None:
    """A new time for some of the days a repeating reminder comes ("make it 8:30 on
    weekends" for one every day at 8): those days and the time, to split it in two; None for
    anything else ("make it weekends only", "move it to 9am")."""
    if not when or not when.get("rrule") or not when.get("local_time") or not target.get("rrule"):
        return None
    if _ONLY_THOSE.search(told) or not _names_time_of_day(told):
        return None
    had, named = _days_of(str(target["rrule"])), _days_of(str(when["rrule"]))
    if not had or not named or not set(named) < set(had):
        return None
    kept = [d for d in _ALL_DAYS if d in had and d not in named]
    return {
        "kept_rrule": f"FREQ=WEEKLY;BYDAY={','.join(kept)}",
        "rrule": f"FREQ=WEEKLY;BYDAY={','.join(d for d in _ALL_DAYS if d in named)}",
        "local_time": str(when["local_time"])[:5],
    }


def _two_days_at(tracker: Tracker, target: dict[str, Any], said: str) -> dict[str, Any] | None:
    """Two times for a repeating reminder, each on its days ("make it 9pm on weekends and 7pm
    on weekdays"): the reminder kept for the first days at the first time and a second one
    for the others, to split it in two; None for anything else."""
    two = _TWO_SCHEDULES.match(f"x {_days_first(said.strip())}")
    if two is None or not target.get("rrule"):
        return None
    bare = (re.sub(r"^(?:every|on|at)\s+", "", two[k], flags=re.I) for k in ("first", "second"))
    parts = [_when_said(tracker, f"every {days_at}") for days_at in bare]
    days = [_days_of(str(p["rrule"])) if p and p.get("rrule") else None for p in parts]
    had = _days_of(str(target["rrule"]))
    if not all(parts) or not days[0] or not days[1] or set(days[0]) & set(days[1]):
        return None
    if had is None or set(days[0]) | set(days[1]) != set(had):  # no day of theirs dropped
        return None
    kept, more = parts
    if kept is None or more is None or not kept.get("local_time") or not more.get("local_time"):
        return None
    return {
        "kept_rrule": f"FREQ=WEEKLY;BYDAY={','.join(days[0])}",
        "kept_local_time": str(kept["local_time"])[:5],
        "rrule": f"FREQ=WEEKLY;BYDAY={','.join(days[1])}",
        "local_time": str(more["local_time"])[:5],
    }


def _names_time_of_day(said: str) -> bool:
    """Whether a change names a time of day ("8pm", "half 7", "mornings"), not only days."""
    from nlu import parse_clock_time

    return parse_clock_time(said) is not None or _PART_OF_DAY.search(said) is not None


_PART_OF_DAY = re.compile(
    r"\b(?:mornings?|afternoons?|evenings?|nights?|tonight|noon|midday|midnight|bed ?time|"
    r"lunch ?time|first thing)\b",
    re.IGNORECASE,
)


def _other_half_wanted(tracker: Tracker, target: dict[str, Any], local_time: str | None) -> bool:
    """ "11pm" just after "at 11" was taken as 11am tomorrow (out of quiet hours): the 11pm
    asked for is the next one, tonight, not the one on the day that was guessed."""
    if not slot(tracker, "reminder_half_chosen", False) or local_time is None:
        return False
    if target.get("id") != tracker.get_slot("last_reminder_id"):
        return False
    was = str(target.get("local_time") or "")[:5]
    return (
        bool(was)
        and was != local_time
        and (int(was[:2]) % 12 == int(local_time[:2]) % 12 and was[3:5] == local_time[3:5])
    )


def _only_shifted(text: str) -> bool:
    """A reminder asked for again only earlier or later, with nothing new to do: "remind me an
    hour earlier", "can you remind me 30 mins later"."""
    if shifted_by(text) is None:
        return False
    said = BY_HOW_LONG.sub("", label_of(text)).strip(" .!?,")
    return said.lower() in ("", "earlier", "later", "sooner", "instead", "earlier instead")


# All the reminders they have, said so: "move them both", "push all of them back".
_EVERY_ONE = re.compile(r"\b(?:both|all|them|every ?one|the lot|each of them)\b", re.IGNORECASE)


def _move_by(
    dispatcher: CollectingDispatcher, target: dict[str, Any], minutes: int
) -> list[EventType]:
    """The same reminder, ``minutes`` later or earlier in the day; asked for a time when that
    would cross midnight for a one-off (its day is not known here) or no time is set."""
    at = str(target.get("local_time") or "")[:5]
    total = int(at[:2]) * 60 + int(at[3:5]) + minutes if at else None
    if total is None or (not target.get("rrule") and not 0 <= total < 24 * 60):
        say(dispatcher, "reminder_change_when")
        return [SlotSet("last_reminder_id", target["id"]), SlotSet("offer", "reminder_time")]
    total %= 24 * 60
    effect(
        dispatcher,
        "reschedule_reminder",
        id=target["id"],
        label=None,
        local_time=f"{total // 60:02d}:{total % 60:02d}",
        rrule=None,
        first=None,
    )
    return []


# Words that correct the reminder just set rather than point at one of several: "actually
# 8pm", "make it 8", "9pm" on its own.
_CORRECTING = re.compile(
    r"\b(?:wait|sorry|oops|actually|instead|meant|mean|make (?:it|that))\b|"
    r"^\W*(?:(?:no|nah|nope)\W+)?(?:at\s+)?\d",
    re.IGNORECASE,
)
_FILLER = re.compile(
    r"^\W*(?:(?:wait|no|nah|nope|sorry|oops|oh|ah|um|hmm|actually|my bad|i mean|i meant|meant|"
    r"make (?:it|that))\b\W*)*",
    re.IGNORECASE,
)
# "8pm not 9pm" / "not 9, 10" / "not 9 but 10".
_NOT_THEN = re.compile(
    r"^(?P<pre>.*?)\bnot\s+(?P<old>[^,;]+?)\s*(?:[,;]|\bbut\b)\s*(?P<new>.+)$", re.I
)
_THEN_NOT = re.compile(r"^(?P<new>.+?)[\s,]+not\s+(?P<old>.+?)\W*$", re.IGNORECASE)
_WHEN_WORDS = re.compile(
    r"\d|\b(?:noon|midday|midnight|morning|afternoon|evening|tonight|night|today|tomorrow|"
    r"tmrw|mon|tues?|wed|thu|thurs|fri|sat|sun|every|daily|weekdays?|weekends?)",
    re.IGNORECASE,
)
_INSTEAD = re.compile(r"\s*\binstead\b(?:\s*(?:please|pls|plz|thanks?|thx))?\W*$", re.IGNORECASE)
# How a change is asked for before the new time: "can you do it", "could we make that", "set it
# for".
_ASKING_FOR = re.compile(
    r"^\W*(?:(?:ok|okay|oh|hmm|um)\W+)?(?:(?:can|could|would|will) (?:you|u|we|i) |pls |please )?"
    r"(?:(?:do|make|set|have|change|move|switch|put|send) (?:it|that|this|them|one)"
    r"(?: (?:to|for|at))?\s+|do\s+)?",
    re.IGNORECASE,
)


def correction(text: str) -> tuple[str, str] | None:
    """A new time said as a correction, and the old time it replaces: "sorry i meant 8pm not
    9pm" -> ("8pm", "9pm"), "no not 9, 10" -> ("10", "9"), "wait i meant tomorrow morning" ->
    ("tomorrow morning", ""); None when the message corrects nothing."""
    said = " ".join(text.split())
    found = _NOT_THEN.match(said)
    if (found and not _WHEN_WORDS.search(found.group("pre"))) or (found := _THEN_NOT.match(said)):
        new, old = found.group("new"), found.group("old")
    elif re.search(r"\b(?:meant|mean)\b", said, re.IGNORECASE):
        new, old = said, ""
    elif _INSTEAD.search(said):  # "can you do it at 10 instead", "weekdays instead pls"
        new, old = _INSTEAD.sub("", _ASKING_FOR.sub("", said)), ""
    else:
        return None
    new = _FILLER.sub("", new).strip(" .!?,")
    if not new or not _WHEN_WORDS.search(new) or len(new.split()) > 6:
        return None
    return new, old.strip(" .!?,")


def corrects_reminder(text: str) -> bool:
    """ "sorry i meant 8pm not 9pm" just after a reminder was set: a new time for it."""
    return correction(text) is not None and not asks_anew(text)


def _repeats_anyway(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    target: dict[str, Any],
    reminders: list[dict[str, Any]],
    word: str,
) -> list[EventType]:
    """Say what moving a repeating reminder to the day named would mean, change nothing, and
    take the next time they send as its new time."""
    zone, now = str(slot(tracker, "timezone", "UTC")), now_of(tracker)
    rule, at = str(target["rrule"]), target.get("local_time")
    day = day_named(word, zone, now)
    say(
        dispatcher,
        "reminder_repeats",
        description=target["description"],
        tomorrow=day == now.astimezone(ZoneInfo(zone)).date() + timedelta(days=1),
        weekday=day.weekday(),
        comes=repeats_on(rule, at, zone, day),
        sooner=comes_before(rule, at, zone, day, now),
        only=sum(1 for r in reminders if r.get("rrule")) == 1,
    )
    return [SlotSet("last_reminder_id", target["id"]), SlotSet("offer", "reminder_time")]


def _when_said(tracker: Tracker, text: str) -> dict[str, Any] | None:
    """The new time in a change the model did not read as a reminder ("move it to 3pm on
    friday" can read as off-topic), resolved in the person's zone."""
    from nlu import parse_when

    now = datetime.fromisoformat(str(slot(tracker, "now")))
    try:
        when = parse_when(text, str(slot(tracker, "timezone", "UTC")), now)
    except (ValueError, KeyError, OverflowError):
        return None
    return when.to_json() if when is not None else None


# A day or a delay in a change of time: without one, a one-off keeps its day.
_NAMES_A_DATE = re.compile(
    r"\b(?:today|tonight|this (?:morning|afternoon|evening)|tomorrow|tmrw|tmr|mon(?:day)?|"
    r"tue(?:s|sday)?|wed(?:s|nesday)?|"
    r"thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|weekend|next|week|day|days|"
    r"in (?:an?|\d+|half)|from now|\d{1,2}(?:st|nd|rd|th)|jan\w*|feb\w*|mar(?:ch)?|apr\w*|"
    r"may|june?|july?|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*|\d{1,2}/\d{1,2})\b",
    re.IGNORECASE,
)


# "the water one", "my gym reminder": a reminder named by what it is for.
_NAMED_ONE = re.compile(r"\b(?:the|my) ([a-z]+(?: [a-z]+)?) (?:one|reminder)\b", re.IGNORECASE)
_NOT_A_NAME = re.compile(
    r"^(?:(?:\w+ )?(?:last|first|second|third|other|new|same|only|latest|earlier|later|next|"
    r"morning|evening|night|daily|weekly|am|pm|o'?clock)|it|that|this)$",
    re.IGNORECASE,
)


# "at 3pm to call the dentist", "3pm, about the dentist", "to call the dentist at 3"
_LATE_LABEL = re.compile(
    r"\s*(?:at\s+)?(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)?|noon|midday)?\s*,?\s*"
    r"((?:to|about|that)\s+\S.*)",
    re.IGNORECASE,
)


# The new time at the end of a change request: "... to 9am", "... to 21:30".
_MOVED_TO = re.compile(
    r"\b(?:to|for)\s+(\d{1,2}(?::\d{2})?\s*(?:am|pm)?|noon|midnight)\W*$", re.IGNORECASE
)


# Asking for a reminder in so many words ("remind me", "set a reminder", "ping me").
# (a check-in later asked for in other words: "can we do a check in tomorrow at 8", "check on
# me tonight at 10", "ask me how im doing every evening at 9")
_ASKED = re.compile(
    r"\b(?:remind|reminder|alarm|ping|nudge|text|message|alert|check in with|check (?:up )?on me|"
    r"(?:do|have) (?:a|another|our|my|the) check[- ]?in|ask me how i(?:'?m| am))\b",
    re.IGNORECASE,
)
# "to stretch", "about the dentist", "for my meds": what to remind about, without a time.
_LABEL_ONLY = re.compile(r"^((?:to|about|for|that) \S.{0,80}?)\W*$", re.IGNORECASE)
# A task named on its own, as people answer "what should I remind you about?": "take my meds",
# "call the pharmacy" (not "idk", "why", "i'm tired", "no").
_TASK_ONLY = re.compile(
    r"^(?!(?:i|im|i'm|i'?ve|it|its|it's|this|that|what|why|how|when|who|where|no|nope|nah|yes|"
    r"yeah|yep|not|ok|okay|hmm+|um+|idk|dunno|lol|nothing|never|nevermind|cancel|stop|skip|"
    r"help|menu|hi|hey|hello|thanks|thank|please|maybe|sure|you|u|whatever|anything|the|a)\b)"
    r"[a-z][a-z'-]*(?:\s+[\w'-]+){0,8}\W*$",
    re.IGNORECASE,
)


def _unprompted_label(text: str) -> str:
    """What for, when the request names no reminder verb: "every weekday at 7am to take my
    meds" -> "take your meds"."""
    if _LABEL.search(text) or _ASKED.search(text) or not re.search(r"\bto [a-z]", text, re.I):
        return ""
    said = label_of(f"remind me {text.strip()}")
    return said if _is_label(said) else ""


def asks_for_reminder(text: str) -> bool:
    """A reminder asked for in so many words ("remind me", "set an alarm", "ping me", "check in
    tmrw at 8")."""
    return bool(_ASKED.search(text)) or checkin_later(text)


def _after_colon(text: str) -> str:
    """What for, told after a colon or dash: "reminder for 10 pm tonight: text sarah back"."""
    found = re.search(r"[:\u2013\u2014-]\s+([a-z].{1,80}?)\W*$", text, re.IGNORECASE)
    said = label_of(f"remind me to {found.group(1)}") if found else ""
    if said and said.split()[0].lower() not in TASK_VERBS and not _PREP_FIRST.match(said):
        said = f"about {said}"  # "reminder: dentist thursday 2pm": about the dentist
    return said if _is_label(said) else ""


_PREP_FIRST = re.compile(r"(?:about|that)\b", re.IGNORECASE)


def _is_label(words: str) -> bool:
    """Words that say what to do, not only when ("6pm", "noon")."""
    from nlu import parse_clock_time

    if not words or words[0].isdigit():
        return False
    return not (len(words.split()) <= 2 and parse_clock_time(words) is not None)


# What it is for, changed: "actually change it to call mum", "make it say take my vitamins
# instead", "can you change that to ring the gp".
_RENAMED = re.compile(
    r"^\W*(?:(?:actually|oh|sorry|wait|no|nah|ok(?:ay)?|and|can you|could you|can u|please|"
    r"pls)\W+)*(?:change|make|switch|edit|update|rename)\s+(?:it|that|this|the reminder|the "
    r"task)\s+(?:to|so it'?s|so its|so it says)\s+(?:say\s+|be\s+)?(?:to\s+)?"
    r"(?P<task>[a-z][\w' ]*?)(?:\s+instead)?(?:\s+(?:please|pls|thanks|ta|x+))?\W*$",
    re.IGNORECASE,
)


def _renamed(text: str) -> str | None:
    """The new task when a change only says what it is for ("change it to call mum"), in
    words that follow "remind you"; None when it names a time or no task."""
    found = _RENAMED.match(text)
    if found is None or found["task"].split()[0].lower() not in TASK_VERBS:
        return None
    label = label_of(f"remind me to {found['task']}")
    return label if label and not label[0].isdigit() else None


def _late_label(text: str) -> str | None:
    """What a reminder set without one is for, told with its time ("at 3pm to call the
    dentist" after "remind me tomorrow"); None when the answer is only a time."""
    told = _LATE_LABEL.match(text)
    if not told:
        return None
    label = label_of(f"remind me {told.group(1)}")
    return label if label and not label[0].isdigit() else None


# The half of the day said in words beside a bare hour: "at 8 tomorrow morning", "7 tonight".
_HALF_SAID = re.compile(
    r"\b(?:(morning|mornin|brekkie|breakfast)|afternoon|arvo|evening|tonight|tonite|night)\b",
    re.IGNORECASE,
)


def _new_local_time(text: str, current: str | None) -> str | None:
    """ "to 8" keeps the half of the day of the current time (21:00 -> 20:00); "9.30",
    "half 9" and "quarter to 8" are read as the clock times they are."""
    from nlu.clock import clock_match

    match = re.search(r"\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)?\b", text, re.IGNORECASE)
    said = clock_match(text)
    if (not match and said is None) or _RELATIVE.search(text):
        return None  # "in 3 hours" is a delay, not 3 o'clock
    if said is not None:  # "half 9" is 9:30, "9.30" not 9:00; "21:30" needs no am or pm
        hour, minute, suffix = said[0].hour, said[0].minute, "told" if said[1] else ""
    elif match is not None:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        suffix = (match.group(3) or "").lower()
    if hour > 23 or minute > 59:
        return None
    half = _HALF_SAID.search(text) if not suffix else None  # "8 tomorrow morning"
    suffix = suffix or ("am" if half and half.group(1) else "pm" if half else "")
    if suffix == "pm" and hour < 12:
        hour += 12
    elif suffix == "am" and hour == 12:
        hour = 0
    elif not suffix and current and hour <= 12 and int(current[:2]) >= 12 and hour != 12:
        hour += 12
    elif not suffix and current and 1 <= hour <= 5 and int(current[:2]) >= 6:
        hour += 12  # "8 to 4" for one at 8am: 4 in the afternoon, not the small hours
    elif not suffix and not current and 1 <= hour <= 6:
        hour += 12  # no time of its own yet ("tomorrow", then "6"): 6 in the evening
    return f"{hour:02d}:{minute:02d}"
