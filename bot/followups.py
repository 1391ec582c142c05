"""Just after a reminder was set or sent: snoozed, not done yet, skipped today, its time
put right, made to repeat, one more before it, a day left out; and the 1-10 a check-in
reminder or a nudge asked for.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot import context, effects, reminders
from bot.actions.reminders import (
    TASK_VERBS,
    cancels_one_named,
    corrects_reminder,
    for_someone,
    leaves_out_days,
    moved_from_to,
    skips_a_day,
)
from bot.readings import with_when
from bot.reminders import just_sent, put_off_from
from bot.routing import REMINDER_CANCEL, REMINDER_CHANGE, REMINDER_WHEN
from bot.runner import run
from bot.schedule import in_quiet_hours, quiet_hours_end, rule_parts
from bot.text import render
from bot.types import Reply
from store.models import Conversation, OutboundMessage, Reminder

if TYPE_CHECKING:
    from nlu import Parse


# Put off a reminder that just came: "snooze", "later", "remind me again in 15 min".
SNOOZE = re.compile(
    r"^\W*(?:(?:ugh+|urgh+|argh+|meh|nah|no|nope|sorry|ok|okay|hmm+|oh|omg|crap|shit|damn|oops|"
    r"(?:i )?forgot|i totally forgot|yeah|can (?:you|u)|could (?:you|u)|pls|please|just)\W+)*"
    r"(?:sno+ze?|snoozw|later|not now|not right now|not rn|in a bit|in a while|"
    # "can we do this later", "ill do it later"
    r"(?:can|could) (?:we|i|u|you) (?:do (?:this|it|that) )?later|"
    # "can't rn", "busy atm", "cant rn im driving": not now, so a little later
    r"(?:(?:(?:i )?(?:can'?t|cannot)|(?:i'?m |im |i am )?(?:busy|driving|at work|in a meeting|"
    r"out|cooking|working|in class|on the (?:bus|train|phone)|on a call|in the shower|at the "
    r"(?:gym|shops)|with (?:the kids|a client|a customer|someone)))"
    r"(?: rn| right now| now| atm| at the moment| just now)?(?:\W+|$)){1,3}"
    r"(?:(?:sorry|soz|x+)\W*)?$|"
    r"remind me (?:again |later|in )|again in|"
    r"in (?:\d+|an?|half an?) (?:more )?(?:mins?|minutes?|hours?|hrs?|h)\b|"
    r"(?:ask|tell|ping|text) me (?:again |later|in )|give me \d+|\d+ (?:more )?min)",
    re.IGNORECASE,
)
# Snooze asked for, with or without how long: "snooze for 15", "snooze 5 mins pls".
_SNOOZE_ASKED = re.compile(
    r"^\W*(?:pls |please )?sno+ze?(?: (?:it|that|this))?(?: (?:for )?(?P<minutes>\d{1,3})"
    r"(?: ?(?:mins?|minutes?|hours?|hrs?))?)?(?:\W+(?:please|pls|plz|thanks|ty))*\W*$",
    re.IGNORECASE,
)
# A day or a clock time, not a delay: "again tomorrow same time", "again at 9pm", "on friday".
# The reminder flow sets those; a snooze would put it off 10 minutes instead.
NOT_A_DELAY = re.compile(
    r"\b(?:tomorrow|tmrw|tmr|(?:same|usual) time|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"at \d|\d\s*(?:am|pm)|next week)\b",
    re.IGNORECASE,
)
# A number of minutes alone, just after a reminder came: "in 5", "another 10 pls".
BARE_DELAY = re.compile(
    r"^\W*(?:in|another|give me|(?:in )?like) (\d{1,3})(?: more)?(?: ?(?:mins?|minutes?))?\W*"
    r"(?:pls|please|plz|x+|ty|"
    r"thanks)?\W*$",
    re.IGNORECASE,
)
# None left, in answer to a reminder to take them: "i ran out", "out of them", "none left".
RAN_OUT = re.compile(
    r"^\W*(?:(?:ugh+|oh|oops|damn|shit|crap|ffs|well|um+|ah+|can'?t|cant|i can'?t|sorry)\W+)*"
    r"(?:(?:i'?ve |ive |i )?(?:ran|run|have run|'?ve run|am running|'?m running) out"
    r"(?: of (?:them|it|my (?:meds|tablets|pills|medication|prescription)|meds|tablets|pills))?|"
    r"(?:there'?s |i have |i'?ve got |ive got |got )?(?:none|no (?:more|meds|tablets|pills)) left|"
    r"(?:i'?m |im )?out of (?:them|meds|tablets|pills|my (?:meds|tablets|pills|medication|"
    r"prescription)))(?:\W+(?:lol|tbh|again|already|oops|ffs|x+))*\W*$",
    re.IGNORECASE,
)
# A bare no, in answer to a reminder: "no", "nope", "nah not really", "no i havent".
SAID_NO = re.compile(
    r"^\W*(?:no+|nope|nah+|na|naw|not really|no+\W+(?:i\s+)?(?:have ?n'?t|havent|did ?n'?t|"
    r"didnt|not really))(?:\W+(?:sorry|soz|sry|lol|tbh|ngl|x+))*\W*$",
    re.IGNORECASE,
)
# Not up to it, in answer to a reminder: "cant be bothered", "dont feel like it", "not in the
# mood", "no motivation tbh" (not "not today" alone, which skips the day).
NOT_FEELING_IT = re.compile(
    r"^\W*(?:(?:ugh+|urgh+|meh|nah|honestly|tbh|idk|ngl|lol|ok|hmm+)\W+)*"
    r"(?:(?:i\s+)?(?:can'?t|cant|cannot|really can'?t) be (?:bothered|arsed|assed)|"
    r"(?:i\s+)?(?:don'?t|dont|do not) (?:really )?(?:feel like|wanna|want to)(?: it| doing it)?|"
    r"not (?:in the|really in the) mood|"
    # "ugh do i have to", "cba", "effort": the same, said shorter
    r"(?:do|must) i (?:really )?(?:have|need) to|cba|effort|"
    r"(?:no|zero) (?:motivation|energy)(?: for (?:it|that|this))?)"
    r"(?:\W+(?:tbh|honestly|lol|today|rn|atm|tho|right now|now))*\W*$",
    re.IGNORECASE,
)
# "remind me in 20", "can u ping me again in 15 pls": minutes, the unit left out.
_REMIND_IN = re.compile(
    r"\b(?:remind|ping|text|ask) me (?:again )?in (\d{1,3})(?: ?(?:mins?|minutes?))?"
    r"(?:\W+(?:pls|please|plz|x+|ty|thanks))*\W*$",
    re.IGNORECASE,
)
# A number of minutes at the end of a short answer: "cant right now, in 30?", "busy, 20 mins".
DELAY_AT_END = re.compile(
    r"^\W*(?:[a-z']+\W+){1,6}(?:in|another|give me|like) (\d{1,3})(?: more)?(?: ?mins?| "
    r"?minutes?)?\W*$",
    re.IGNORECASE,
)
LATER_WORD = re.compile(r"\b(?:later|in a while|after \w+|tonight|when i)\b", re.IGNORECASE)
# Not done yet, in answer to a reminder: "havent taken them yet, ill do it after dinner".
NOT_YET = re.compile(
    r"^\W*(?:(?:no|nope|nah|sorry|oops|ah)\W+)?(?:not yet|haven'?t (?:yet|(?:taken|done|had) "
    r"(?:them|it|mine|my \w+) yet)|havent (?:yet|(?:taken|done|had) (?:them|it|mine|my \w+) yet)|"
    r"will do(?: it)? (?:in a (?:min|minute|sec|bit)|later|soon|after)|"
    r"i'?ll (?:do|take|have) (?:it|them|mine|my \w+) (?:later|soon|in a (?:min|bit|sec)|after|"
    r"when|tonight)|give me a (?:min|sec|bit|minute)|"
    r"did ?n'?t (?:do|take|have) (?:it|them|mine|my \w+)(?: yet)?\W*$)",
    re.IGNORECASE,
)
# Not doing it this time, in answer to a reminder: "not today", "skip", "can't today".
SKIP_TODAY = re.compile(
    r"^\W*(?:(?:no more|enough|that'?s enough|thats enough)(?: for)? today|not today|"
    r"skip(?:ping)?(?: it| today| this one| this time)?|not this time|"
    r"can'?t today|cant today|no time today|not tonight|"
    r"(?:no|nah),? not today)\W*$",
    re.IGNORECASE,
)
# Put off to tomorrow, in answer to a reminder: "tomorrow", "maybe tomorrow", "ill do it tmrw".
TOMORROW_INSTEAD = re.compile(
    r"^\W*(?:(?:ok|okay|no|nah|sorry|maybe|prob(?:ably)?|hmm+|ugh|nope)\W+)*(?:(?:i'?ll|ill|i will|"
    r"will|gonna|going to|i'?m gonna|im gonna|(?:can|could) (?:you|u))\s+)?(?:remind me(?: again)?"
    r"(?: about (?:it|that|them))?\s+|(?:do|take|have|"
    r"call|try|push|move|put|leave|save|shift|bump) (?:it|that|them|this|mine)(?:\s+(?:back|off|"
    r"over))?(?:\s+(?:to|till|til|until|for))?\s+)?(?:tomorrow|tmrw|tmr|tomoz|tomo|2moro|2morrow)(?P<at>\s+(?:at\s+|around\s+|"
    r"in the\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?|morning|afternoon|evening|night|noon|"
    r"lunch ?time|first thing))?(?:\W+(?:then|instead|maybe|please|pls|prob(?:ably)?|i think|x+|"
    r"(?:at )?(?:the )?same time|again))*"
    r"\W*$",
    re.IGNORECASE,
)
# Seen, in answer to a reminder to do something: "ok", "ok thanks", "got it", "thx".
SEEN = re.compile(
    r"^\W*(?:(?:ugh|urgh|ok|okay|yeah|yh|ya|meh)\W+)?(?:fine|on it|yeah yeah|ya ya|doing it now|"
    r"on my way|going now|"
    # "ok ill ring him now", "calling her now": about to do it
    r"(?:i'?ll|ill|i will|gonna|going to) (?:do|ring|call|phone|take|text|have|get|grab|drink|"
    r"go|sort) (?:it|him|her|them|that|mine|one|(?:my|the) \w+)(?: now| in a sec| in a min)|"
    r"(?:doing|ringing|calling|phoning|taking|texting|sorting) (?:it|him|her|them|that|mine|"
    r"(?:my|the) \w+)(?: now)?)\W*$|"
    r"^\W*(?:ok(?:ay)?|k+|kk|okie|okey dokey|sure|got it|noted|will do|alright|right|cool|"
    r"yes|yep|yeah|yup|yh|ya|yea|aye|"  # "yep" to "Reminder: take your meds": seen
    r"thanks|thank you|thank u|ty|thx|ta|cheers|👍|👌|🙏)(?:[\s,!.]+(?:thanks|thank you|thank u|"
    r"ty|thx|ta|cheers|will do|got it|done(?: now| it)?|x+|👍|👌|🙏|:\)|🙂))*\W*$",
    re.IGNORECASE,
)
# Done already, in answer to a reminder, in words "done" alone does not cover: "already did
# it lol", "took them ages ago", "all sorted", "i already called them", "did that this morning".
DONE_TOLD = re.compile(
    r"^\W*(?:(?:yeah|yep|yes|yh|ya|yup|ok|okay|lol|haha+|mate|no need|nah)\W+)*(?:i\W+)?"
    r"(?:(?:all |already |just )?(?:sorted|done|did it|done it|did that|done that|dealt with it)|"
    # two at once: "done both", "both done", "did them both"
    r"(?:both|both of them) (?:done|sorted)|(?:done|did|sorted) (?:them )?both|"
    r"(?:i'?ve |ive |i have )?(?:already |just )?(?:took|taken|did|done|called|rang|phoned|"
    r"texted|messaged|booked|paid|sent|drank|ate|had|finished)(?: (?:it|them|that|him|her|mine|"
    # (never "took the lot", "had the whole box": how many is for the safety check, not a tick)
    r"(?:my|the) (?!lot\b|whole\b|rest\b|box\b|boxes\b|packets?\b|packs?\b|bottles?\b|"
    r"strips?\b|load\b|handful\b|stash\b)\w+))?)"
    r"(?:\s+(?:ages ago|already|earlier|this (?:morning|afternoon|evening)|before|hours? ago|an "
    r"hour ago|a while ago|last night|too|as well|thanks|ty|ta|cheers|mate|tho|though))*"
    # "taken ✅ thx", "done thank you x"
    r"(?:\W+(?:lol|lmao|haha+|hehe|x+|thanks|thank you|thank u|thx|tysm|ty|ta|cheers|mate|"
    r"tho))*[\W_]*$",
    re.IGNORECASE,
)
# Forgotten until the reminder came: "ugh i forgot again im so useless", "omg totally forgot".
FORGOT = re.compile(
    r"^\W*(?:(?:ugh+|urgh+|argh+|oh no|oh god|omg|oops|damn|shit|crap|ffs|no+|oh|ah+)\W+)*"
    r"(?:i\s+)?(?:totally |completely |clean |had )?(?:forgot|forgotten)\b(?!.*\b(?:in \d|"
    r"later|tomorrow|tmrw|tonight|at \d|remind|min|mins|minutes|hours?|took|taken|all|lot|whole|"
    r"more|extra|double|twice|again and)\b).{0,60}$",
    re.IGNORECASE,
)
# Hard on themselves: "im so useless", "i'm an idiot".
HARSH_ON_SELF = re.compile(
    r"\b(?:useless|stupid|idiot|hopeless|pathetic|rubbish|a failure|failure|so bad at|the worst|"
    r"a mess|brain ?dead|can'?t do anything right)\b",
    re.IGNORECASE,
)
# Not up to it today: "i cant face calling them today", "not up to it today".
CANT_FACE = re.compile(
    r"\b(?:can'?t|cant|cannot|couldn'?t) (?:face|be bothered with|manage|handle|do) (?:it|that|"
    r"this one|them|(?!anything|everything|anyone|life)\w+ing(?: (?:it|them|him|her|the \w+))?) "
    r"today\b|\bnot (?:up to|up for) (?:it|that|this)(?: today)?\W*$",
    re.IGNORECASE,
)
# The same reminder at another time, instead: "can you remind me tonight instead", "remind me
# at 9 instead", "make it tomorrow morning instead".
INSTEAD = re.compile(
    r"^\W*(?:(?:ok|okay|no|nah|sorry|actually)\W+)*(?:(?:can|could) (?:you|u) )?(?:(?:remind|"
    r"ping|text|tell|ask) me|make it|do it|(?:i'?ll|ill) do it)\s+(?P<when>.+?)\s+instead"
    r"(?:\W+(?:please|pls|thanks|ty|x+))*\W*$",
    re.IGNORECASE,
)
# "what meds", "what tablets": which task, asked just after it came.
_WHAT_THING = re.compile(r"^\W*what\s+(?P<thing>[a-z]+)\W*$", re.IGNORECASE)


def _instead_at(found: re.Match[str], zone: str, now: datetime) -> datetime | None:
    """The time said with "instead" ("tonight", "at 9"), if it is still to come."""
    from nlu import parse_when

    try:
        when = parse_when(f"remind me {found['when']}", zone, now)
    except (ValueError, KeyError, OverflowError):
        return None
    return when.first if when is not None and when.first and when.first > now else None


def _names_task(said: str, due: list[Reminder]) -> bool:
    """ "what meds" for a reminder to take their meds: the word is in what it was for."""
    found = _WHAT_THING.match(said)
    word = found["thing"].lower() if found else ""
    return any(word and word in (r.label or "").lower().split() for r in due)


# Asked to stop the reminder that just came: "stop reminding me about this", "quit sending me
# that one".
STOP_THIS_ONE = re.compile(
    r"^\W*(?:(?:ok|okay|please|pls|can you|can u|could you)\W+)*(?:stop|quit|don'?t keep|dont "
    r"keep|no need to keep) (?:reminding me|sending (?:me )?(?:this|that|it)(?: one)?)"
    r"(?: (?:about|of) (?:this|that|it))?(?: (?:one|reminder))?(?:\W+(?:please|pls|thanks|ty|"
    r"any ?more|now))*\W*$",
    re.IGNORECASE,
)
# Off to bed, in answer to the wind-down reminder: "ok night", "heading up now x", "night night".
GOING_TO_BED = re.compile(
    r"^\W*(?:(?:ok|okay|k|yeah|yep|yes|will do|thanks|thank you|ty|cheers|right|on it)\W+)*"
    r"(?:(?:good ?)?night(?: night)?|nite|nighty? night|gn|g'?night|night all|(?:i'?m |im )?(?:off|"
    r"heading|going) (?:to bed|to sleep|up)(?: now)?|(?:bed|sleep) time|bedtime|getting ready for "
    r"bed|in bed(?: already)?|already in bed)"
    r"(?:\W+(?:now|then|thanks|ty|x+|lol|haha|😴|🌙|💤))*[\W_]*$",
    re.IGNORECASE,
)
# What the reminder that just came is about: "what was that for?", "huh?", "what's this?".
WHAT_WAS_THAT = re.compile(
    r"^\W*(?:what(?:'?s| was| is) (?:that|this|it)(?: (?:for|about|reminder))?|what (?:was|is) "
    r"(?:that|this) reminder(?: for| about)?|what reminder|huh|eh|wdym|what\?*|why|"
    # "why do you keep asking me this", "why am i getting these": the reminder they set
    r"why (?:do|did|are|r) (?:you|u) (?:keep |always )?(?:asking|ask|texting|text|messaging|"
    r"message|sending|send|reminding|remind)(?:ing)? me(?: (?:this|that|these|about (?:this|that)"
    r"|every (?:day|night|evening|morning)))?|why am i getting (?:this|these|that))"
    r"(?:\W+(?:again|tho|though|lol|sorry))*\W*$",
    re.IGNORECASE,
)
_THANKS = re.compile(r"\b(?:thanks|thank (?:you|u)|ty|thx|ta|cheers)\b|🙏", re.IGNORECASE)
# How long after a reminder came, with nothing sent since, "done" is about it.
DONE_LATE_FOR = timedelta(hours=12)
# How long after setting a reminder a bare time ("9:30pm") is its new time.
JUST_SET = timedelta(minutes=15)
# A bare number this soon after a check-in reminder or a nudge answers its 1-10 question.
MOOD_ASKED_FOR = timedelta(hours=24)
# A time put right just after setting a reminder: "at 7:30 actually", "no make it 8pm",
# "change it", "can it be half 6".
_CLOCK_SAID = (
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|noon|midday|midnight|"
    r"half (?:past )?\w+|quarter (?:past|to) \w+|"
    # a part of the day for the time guessed: "first thing", "lunchtime", "in the afternoon"
    r"first thing(?: in the morning)?|lunch ?time|lunch|in the (?:morning|afternoon|evening)|"
    r"tonight|this (?:evening|morning|afternoon)|"
    # a day for a one-off just set: "make it wednesday", "no wait friday", "sunday night",
    # "tomorrow at 8"
    r"(?:(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tmrw)(?:\s+(?:morning|"
    r"afternoon|evening|night|arvo)|\s+at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)?)"
)
# A time of day or a day somewhere in a message.
CLOCK_SAID = re.compile(r"\b" + _CLOCK_SAID + r"\b", re.IGNORECASE)
TIME_CORRECTED = re.compile(
    r"^\W*(?:(?:wait|no|nah|sorry|oops|actually|oh|hmm|um|ah)\W+)*(?:"
    r"(?:(?:make (?:it|that)|change (?:it|that)(?: to)?|move (?:it|that)(?: to)?|can (?:it|we) "
    r"(?:be|do|make it)|(?:can|could|will) (?:you|u) (?:please |pls )?(?:make it|do it|change "
    r"(?:it|that)(?: to)?|move (?:it|that)(?: to)?)|at|for|to)\s+)*"
    + _CLOCK_SAID
    + r"(?:\s+(?:actually|instead|then|please|pls))?|"
    r"(?:(?:can|could|will) (?:you|u|i|we) (?:please |pls )?)?(?:change (?:it|that|the time)|"
    r"move (?:it|that))(?:\W+(?:please|pls))?)\W*$",
    re.IGNORECASE,
)
# The time it had before, wanted back: "no wait 9 was right", "go back to 9", "keep it at 9",
# "9 was fine actually".
BACK_TO = re.compile(
    r"^\W*(?:(?:wait|no|nah|sorry|oops|actually|oh|hmm|um|ah|ok|okay)\W+)*(?:"
    r"(?:(?:go|put (?:it|that)|change (?:it|that)|move (?:it|that)|set (?:it|that)|switch "
    r"(?:it|that))\s+)?back\s+to\s+(?P<to>" + _CLOCK_SAID + r")|(?:keep|leave) (?:it|that) "
    r"(?:at|as)\s+(?P<keep>" + _CLOCK_SAID + r")|(?:at\s+)?(?P<was>" + _CLOCK_SAID + r")\s+"
    r"(?:was|is|'s)\s+(?:right|fine|good|correct|ok|okay|better|perfect)(?: after all)?)"
    r"(?:\s+(?:actually|then|after all|please|pls|thanks|sorry))*\W*$",
    re.IGNORECASE,
)
# Just after a one-off was set, the same made to repeat: "every night", "make it nightly",
# "can it be every day".
REPEAT_SAID = re.compile(
    r"^\W*(?:(?:oh|ok|okay|actually|and|sorry|wait)\W+)*(?:(?:make|change|set) (?:it|that|this|"
    # "make them daily", "both every day" after two were set at once
    r"them(?: both)?|both(?: of them)?|those)(?: to)?\s+|(?:can|could) (?:it|that|you make it) "
    r"(?:be|repeat)?\s*|(?:i meant|i mean|meant)\s+|both\s+)?(?:(?:every|each) (?:night|evening|"
    r"morning|day|weekday)|(?:nightly|daily)\b|"
    # "actually make it weekdays only", "just weekends"
    r"(?:(?:only|just) )?(?:on |at )?(?:the )?week(?:day|end)s(?: only)?)"
    r"(?:\s+(?:for )?both)?(?:\s+(?:please|pls|plz|thanks|thx|actually|instead))*\W*$",
    re.IGNORECASE,
)
# Another of the same, earlier: "and the day before too please", "2 hours before as well".
BEFORE_TOO = re.compile(
    r"^\W*(?:and|also|plus|oh and|can you)?\W*(?:remind me\s+)?(?:(?:the|a)\s+(?P<unit1>day|night|"
    r"evening|morning)|(?:an|one)\s+(?P<unit2>hour)|(?P<count>\d{1,2})\s+(?P<unit3>days?|hours?|"
    r"mins?|minutes?))\s+before(?:\s+(?:too|as well|also))?(?:\s+(?:please|pls))?\W*$",
    re.IGNORECASE,
)
# The same once more at another time of day: "and at night too, 9pm", "also 9pm", "and one
# in the evening as well".
ALSO_AT = re.compile(
    r"^\W*(?:(?:and|also|plus|oh and|\+)\W+(?:also\W+)?(?:(?:the same|one|another)(?: one)?\W+)?|"
    r"(?:another|one more)(?: one)?\W+)(?:at\W+|in "
    r"the\W+|(?P<every>every|each)\W+)?(?:(?P<part>night|nighttime|bedtime|evening|morning|afternoon|"
    r"lunchtime)\W*)?"
    r"(?:(?:too|as well|also)\W+)?(?:at\W+)?(?P<clock>\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)?"
    r"\W*(?:too|as well|also)?(?:\W+(?:please|pls))?\W*$",
    re.IGNORECASE,
)
# A message that asks us to message or remind someone: "can you text my mum at 6 to ...",
# "pls remind my son ..." (not "i have to remind my son to ... and it's exhausting").
_ASKS_US = re.compile(
    r"^\W*(?:(?:hi|hey|ok|okay|oh|and|also)\W+)*(?:(?:can|could|will|would) (?:you|u)\W+)?"
    r"(?:please\W+|pls\W+|plz\W+)?(?:text|message|msg|whatsapp|ping|remind|nudge|tell)\b",
    re.IGNORECASE,
)
# Another one earlier, asked for with the reminder: "... on thursday at 2 and the day before".
_BEFORE_IN_REQUEST = re.compile(
    r",?\s*\b(?:and|also|plus)\s+(?:(?:the|a)\s+(?:day|night|evening|morning)|(?:an|one)\s+hour|"
    r"\d{1,2}\s+(?:days?|hours?|mins?|minutes?))\s+before(?:\s+(?:too|as well|also))?\W*$",
    re.IGNORECASE,
)
# A reminder asked for as a text from us, with a day or time and what for: "text me tmrw
# arvo to call the gp", "txt me friday to ring nan" (the model can read these as off-topic).
_TEXT_ME_TO = re.compile(
    r"^\W*(?:(?:hi|hey|ok|okay|oh|and|also|pls|please|plz)\W+)*(?:(?:can|could|will|would) "
    r"(?:you|u)\W+)?(?:please\W+|pls\W+|plz\W+)?(?:text|txt|message|msg|whatsapp|buzz|ping) "
    r"me\b.*\b(?:to|about)\s+[a-z]",
    re.IGNORECASE,
)
# Reminders just cancelled or paused, wanted back: "unpause my reminders", "turn them back
# on", "actually no keep it", "undo that", "start my reminders again".
BACK_ON = re.compile(
    r"^\W*(?:(?:ok|okay|actually|oh|wait|no|nah|sorry|hmm|um|please|pls|can you|could you|"
    r"can u|oops)\W+)*(?:"
    r"(?:un-?pause|resume|restart|reactivate|re-?enable|undo)(?:\s+(?:all\s+)?(?:my|the))?"
    r"(?:\s+(?:reminders?|them|it|that|those|(?:the\s+)?(?:cancel|pause)|\w+ (?:one|reminder)))?|"
    r"(?:turn|switch|put|set)\s+(?:(?:all\s+)?(?:my|the)\s+)?(?:reminders?|them|it|that|those|"
    r"\w+ (?:reminder|one))\s+(?:back\s+)?on(?:\s+again)?|"
    r"(?:start|send)\s+(?:(?:my|the)\s+)?(?:reminders?|them)\s+again|"
    r"bring\s+(?:it|them|that|(?:my|the)\s+reminders?)\s+back|"
    r"(?:keep|don'?t cancel|do not cancel)\s+(?:it|that|them|(?:my|the)\s+\w+\s+(?:one|reminder))"
    r"|i (?:still |do )?want (?:it|them|that one)(?:\s+back)?|i didn'?t mean (?:it|that|to cancel "
    r"(?:it|them))|(?:can i )?(?:have|get) (?:it|them|that one) back)"
    r"(?:\s+(?:please|pls|plz|thanks|thx|actually|after all|again|then))*\W*$",
    re.IGNORECASE,
)
_SWITCHED_ON = re.compile(r"\b(?:un-?pause|resume|restart|reactivate|reminders?)\b", re.I)
# More days for the one just set: "make it weekends too", "and saturdays as well".
DAYS_TOO = re.compile(
    r"^\W*(?:(?:and|also|oh|ok|okay|actually|plus)\W+)*(?:(?:can|could) you\W+)?"
    r"(?:(?:make it|do|add|include)\s+)?(?:on\s+|at\s+)?(?:the\s+)?(?P<days>weekends?|weekdays?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?:\s*(?:,|&|and)\s*(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)days?)*)\s+(?:too|as well|also)(?:\s+(?:please|pls|plz|thanks))?\W*$",
    re.IGNORECASE,
)
_DAY_CODE = {
    "mon": "MO", "tue": "TU", "wed": "WE", "thu": "TH", "fri": "FR", "sat": "SA", "sun": "SU",
}  # fmt: skip
# One more of it asked for as a thing to add: "actually can you also add one at 9pm", "add
# another at 9pm please", "can i have a second one at 8pm" (the rest read as ALSO_AT reads it).
ADD_ONE = re.compile(
    r"^\W*(?:(?:actually|ok|okay|oh|and|also|plus|wait|sorry|um|yeah)\W+)*"
    r"(?:(?:can|could|will|would) (?:you|u|i|we)\W+(?:please\W+)?)?(?:also\W+)?"
    r"(?:add|set|make|do|put in|have|get|i'?d like|i want)\W+(?:(?:one|another)(?: one)?"
    r"(?: more)?|a second(?: one)?)\W+(?P<rest>.+)$",
    re.IGNORECASE,
)
# The same task for someone or something else, just after it was set: "and dad at 6" after
# "remind me to call mum at 5pm".
AND_OTHER = re.compile(
    r"^\W*(?:and|also|plus|oh and)\s+(?:also\s+)?(?!(?:every|each|in the|on|at|tomorrow|"
    r"tonight|today|one|another|the same)\b)(?P<what>(?:(?:my|the|his|her|our) )?[a-z]+"
    r"(?: [a-z]+)?)\s+(?P<when>(?:at|@)\s*\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?)(?:\s+(?:too|as "
    r"well))?\W*$",
    re.IGNORECASE,
)
# A part of the day named alone, and the time it stands for.
_PART_OF_DAY = {"morning": 8, "lunchtime": 12, "afternoon": 15, "evening": 19, "night": 21,
                "nighttime": 21, "bedtime": 22}  # fmt: skip
# Only a number, maybe after "no make it": "25", "wait no make it 25 pls".
_BARE_NUMBER = re.compile(
    r"\W*(?:(?:wait|no|nah|sorry|oops|actually|oh|hmm|um|ah)\W+)*(?:(?:make it|change (?:it|that)"
    r"(?: to)?|can (?:it|we) (?:be|do))\s+)?(\d{1,3})(?:\s+(?:actually|instead|then|please|pls))?"
    r"\W*",
    re.IGNORECASE,
)
# A length of time alone, maybe after "make it": "make it 2 hours", "no 45 mins".
_LENGTH_SAID = re.compile(
    r"\W*(?:(?:wait|no|nah|sorry|oops|actually|oh|hmm|um|ah|ok|okay)\W+)*(?:(?:(?:(?:can|could|"
    r"would) (?:you|u) (?:please |pls )?)?(?:make (?:it|that)|change (?:it|that)(?: to)?)|"
    r"can (?:it|we) (?:be|do)|in)\s+)?(?P<length>(?:\d{1,3}|an?|half an?)"
    r"\s*(?:mins?|minutes?|hours?|hrs?))(?:\s+(?:actually|instead|then|please|pls))?\W*",
    re.IGNORECASE,
)
# How far before, by the word said ("the day", "an hour", "20 mins").
_BEFORE_STEPS = (
    ("day", timedelta(days=1)),
    ("morning", timedelta(days=1)),
    ("hour", timedelta(hours=1)),
    ("min", timedelta(minutes=1)),
)


def reminder_just_sent(session: Session, convo: Conversation, now: datetime) -> Reminder | None:
    """The reminder that was the last thing sent to them, within two hours."""
    last = session.execute(
        select(OutboundMessage.kind, OutboundMessage.dedupe_key, OutboundMessage.created_at)
        .where(OutboundMessage.conversation_id == convo.id)
        .order_by(OutboundMessage.id.desc())
        .limit(1)
    ).first()
    if last is None or last.kind != "reminder" or not last.dedupe_key:
        return None
    reminder = session.get(Reminder, int(last.dedupe_key.split(":")[1]))
    return (
        reminder if reminder is not None and now - last.created_at <= timedelta(hours=2) else None
    )


def done_told(session: Session, convo: Conversation, now: datetime) -> list[Reply]:
    """A reminder's task told done: said back briefly, and one put off ("not yet") to come
    again is called off."""
    waiting = [r for r in reminders.put_off(session, convo, now) if r.kind != "checkin"]
    times = [
        r.next_fire_at.astimezone(ZoneInfo(convo.timezone)).strftime("%H:%M")
        for r in waiting
        if r.next_fire_at is not None
    ]
    for row in waiting:
        reminders.cancel_reminder(session, row)
    return [Reply(render("reminder_ack", called_off=times))]


def just_reminded(session: Session, convo: Conversation, now: datetime) -> bool:
    """The last thing sent to them was a reminder to do something, within two hours, or one
    came and was put off since ("not yet")."""
    reminder = reminder_just_sent(session, convo, now)
    if reminder is None:
        return any(r.kind != "checkin" for r in reminders.put_off(session, convo, now))
    return reminder.kind != "checkin"  # a check-in one asks a number


# A late reply to something we sent: "sorry only just seen this", "soz was at work", "hey sorry
# been mad busy", "sorry missed this".
LATE_REPLY = re.compile(
    r"\b(?:sorry|soz|sry|apologies)\W+(?:(?:i'?m|im|i|i'?ve|ive)\W+)?(?:only |just )+(?:seen|"
    r"seeing|saw|getting|got|noticed|read|reading)(?: to)? (?:this|it|ur|your|the|these|that)\b|"
    r"\b(?:sorry|soz|sry)\W+(?:for (?:the|my) )?(?:late|slow) (?:reply|response|answer)\b|"
    r"\b(?:sorry|soz|sry)\W+(?:i )?missed (?:this|it|your|ur)\b|"
    r"^\W*(?:(?:hi|hey|hiya|oh|ah|omg)\W+)?(?:sorry|soz|sry)\W+(?:i was|i'?ve been|ive been|was|"
    r"been) (?:at work|(?:(?:so|mad|really|super|crazy|well|rly) )?busy|asleep|driving|out|"
    r"working|in (?:a meeting|class|work)|at (?:the gym|school|uni|college)|with the kids|on "
    r"shift|flat out|rushed off my feet|away|off grid)\b",
    re.IGNORECASE,
)


def late_reply(text: str) -> bool:
    """A late reply with no score in it ("sorry only just seen this, been a mad day"; not
    "sorry only seeing this now. about a 5", which is the answer itself)."""
    return (
        LATE_REPLY.search(text) is not None
        and not re.search(r"\b(?:[1-9]|10)\b", text)
        and not _MOOD_SAID.search(text)  # "hey sorry was busy, im pretty good today": the mood
    )


_MOOD_SAID = re.compile(
    r"\b(?:i'?m|im|i am|feeling|feel)(?: \w+){0,2} (?:good|great|fine|ok|okay|alright|bad|rough|"
    r"low|better|worse|rubbish|amazing|awful|terrible|lovely|decent)\b",
    re.IGNORECASE,
)


def mood_asked(session: Session, convo: Conversation, now: datetime) -> bool:
    """The last thing sent to them, within a day, asked how they feel from 1 to 10: a
    check-in reminder or a nudge."""
    last = session.execute(
        select(OutboundMessage.kind, OutboundMessage.dedupe_key, OutboundMessage.created_at)
        .where(OutboundMessage.conversation_id == convo.id)
        .order_by(OutboundMessage.id.desc())
        .limit(1)
    ).first()
    if last is None or now - last.created_at > MOOD_ASKED_FOR:
        return False
    if last.kind == "nudge":
        return True
    if last.kind != "reminder" or not last.dedupe_key:
        return False
    reminder = session.get(Reminder, int(last.dedupe_key.split(":")[1]))
    return reminder is not None and reminder.kind == "checkin"


# How long after a reminder came "remind me in 30 mins", with something said between, still
# puts it off.
PUT_OFF_LATE_FOR = timedelta(minutes=30)


# How long "in an hour" or "not today" still answers "remind you later, or not today?".
ASKED_AGAIN_FOR = timedelta(minutes=30)


def _asking_again(
    session: Session, convo: Conversation, due: list[Reminder], now: datetime
) -> None:
    """Keep which reminders "want me to remind you later, or leave it for today?" is about,
    and the last message sent before it."""
    before = session.scalars(
        select(func.max(OutboundMessage.id)).where(OutboundMessage.conversation_id == convo.id)
    ).first()
    asked = {"ids": [r.id for r in due], "at": now.isoformat(), "after": before or 0}
    convo.slots = {**convo.slots, "reminder_asked_again": asked}


def asked_again(session: Session, convo: Conversation, now: datetime) -> list[Reminder]:
    """The reminders just asked about ("remind you later, or not today?"), within half an
    hour; [] when that was not asked."""
    asked = convo.slots.get("reminder_asked_again")
    if not isinstance(asked, dict) or now - datetime.fromisoformat(asked["at"]) > ASKED_AGAIN_FOR:
        return []
    rows = (session.get(Reminder, rid) for rid in asked.get("ids") or [])
    return [row for row in rows if row is not None and row.conversation_id == convo.id]


# Yes to "want me to remind you again a bit later?": "yes", "ok", "yeah go on".
YES_LATER = re.compile(
    r"^\W*(?:yes+|yeah|yea|yeh|yep|yup|ya|yh|sure|ok(?:ay)?|please|pls|go on|(?:yes|yeah|ok) "
    r"(?:please|pls|go on))(?:\W+(?:please|pls|thanks|thank you|ty|x+))*\W*$",
    re.IGNORECASE,
)


def _last_asked_again(session: Session, convo: Conversation, now: datetime) -> list[Reminder]:
    """The reminders of "want me to remind you later, or not today?", when that was the last
    thing we sent."""
    due = asked_again(session, convo, now)
    if not due:
        return []
    since = session.scalars(
        select(func.count(OutboundMessage.id)).where(
            OutboundMessage.conversation_id == convo.id,
            OutboundMessage.id > int(convo.slots["reminder_asked_again"].get("after") or 0),
        )
    ).one()
    return due if since == 1 else []


def snooze(
    session: Session, convo: Conversation, text: str, settings: dict[str, Any], now: datetime
) -> list[Reply] | None:
    """ "snooze", "later", "remind me again in 15 min" just after a reminder came: the same
    reminder once more, after the time they said (10 minutes, or an hour for "later")."""
    bare = BARE_DELAY.match(text) or _REMIND_IN.search(text)  # "can u remind me in 20"
    if bare is None and SNOOZE.search(text.split(",")[0]) is not None:
        bare = DELAY_AT_END.match(text)  # "cant right now, in 30?": 30 minutes
    yes_later = YES_LATER.match(text) is not None and bool(_last_asked_again(session, convo, now))
    if not SNOOZE.search(text) and not NOT_YET.search(text) and not bare and not yes_later:
        return None
    if re.search(r"\b(?:remind|ping|text|ask|tell) me\b", text, re.I) and NOT_A_DELAY.search(text):
        return None
    due = just_sent(session, convo, now)  # two at 8pm: "snooze" means both
    due = due or asked_again(session, convo, now)  # "in an hour", to "later, or not today?"
    if not due and bare is not None:
        # "remind me in 30 mins" after "ugh forgot again" was answered: the one that came
        due = reminders.came_lately(session, convo, now, within=PUT_OFF_LATE_FOR)
    if not due:
        return None
    from nlu import parse_duration_minutes

    asked = _SNOOZE_ASKED.match(text)
    said = int(asked["minutes"]) if asked and asked["minutes"] else None  # "snooze for 15"
    minutes = (int(bare.group(1)) if bare else parse_duration_minutes(text) or said) or (
        60
        if LATER_WORD.search(text)
        or yes_later
        or (NOT_YET.match(text.strip()) and "min" not in text)
        else 10
    )
    said_at = _said_time(text, convo.timezone, now)
    first = said_at or now + timedelta(minutes=minutes)
    if said_at is None:
        overnight = _into_the_night(convo, due, first, settings)
        if overnight is not None:  # "later" to "drink water" at 10pm: not at 11pm, the morning
            return overnight
    return _again_at(session, convo, due, first, settings, now)


def _into_the_night(
    convo: Conversation, due: list[Reminder], at: datetime, settings: dict[str, Any]
) -> list[Reply] | None:
    """A delay that runs into quiet hours, for reminders whose night-time ones wait until the
    morning ("every 2 hours"): no copy in the night, and the next one is said; None when
    the time is not in quiet hours or one of them is at a time they chose."""
    from bot.proactive import quiet_window

    start, end = quiet_window(convo, settings)
    if not in_quiet_hours(at, convo.timezone, start, end):
        return None
    if any(reminders.at_chosen_time(r) or reminders.for_bedtime(r) for r in due):
        return None  # their 10pm meds put off an hour: at 11pm, as asked
    morning = quiet_hours_end(at, convo.timezone, start, end).astimezone(ZoneInfo(convo.timezone))
    tasks = [render("reminder_about", kind=r.kind, label=r.label) for r in due]
    said = render("reminder_put_off_night", at=morning, tasks=[t for t in tasks if t])
    return [Reply(said)]


def _again_at(
    session: Session,
    convo: Conversation,
    due: list[Reminder],
    at: datetime,
    settings: dict[str, Any],
    now: datetime,
    *,
    not_today: bool = False,
) -> list[Reply]:
    """The reminders just come, once more at ``at``: put off, not set anew, so said as
    briefly as a snooze button would; ``not_today``: put off because they said so."""
    replies: list[Reply] = []
    for reminder in due:
        replies += effects.apply(
            session,
            convo,
            {
                "mindlink_effect": "create_reminder",
                "kind": reminder.kind,
                "label": reminder.label,
                "first": at.isoformat(),
            },
            settings,
            now,
        )
    row = session.get(Reminder, convo.slots.get("last_reminder_id"))
    if row is None or row.next_fire_at != at:  # held for quiet hours: that is explained
        return replies
    zone = ZoneInfo(convo.timezone)
    local = at.astimezone(zone)
    days = (local.date() - now.astimezone(zone).date()).days
    tasks = [render("reminder_about", kind=r.kind, label=r.label) for r in due]
    said = render("reminder_snoozed", at=local, days=days, tasks=[t for t in tasks if t],
                  not_today=not_today)  # fmt: skip
    return [Reply(said)]


def _said_time(text: str, zone: str, now: datetime) -> datetime | None:
    """The clock time or day said with "later" ("later, at 9pm", "not now, tomorrow
    morning"), or None for a plain delay."""
    if not NOT_A_DELAY.search(text):
        return None
    from nlu import parse_when

    try:
        when = parse_when(text, zone, now)
    except (ValueError, KeyError, OverflowError):
        return None
    return when.first if when is not None and when.first and when.first > now else None


_WEEKDAYS = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"
_WEEKENDS = "FREQ=WEEKLY;BYDAY=SA,SU"
_SET_TOGETHER = timedelta(seconds=5)


def _set_together(session: Session, convo: Conversation) -> list[Reminder]:
    """The one-offs set in the same message as the last one set ("at 9pm and 9am"), it
    included; none when it repeats already."""
    last = session.get(Reminder, convo.slots.get("last_reminder_id"))
    if last is None or last.rrule or not last.active:
        return []
    rows = session.scalars(
        select(Reminder).where(
            Reminder.conversation_id == convo.id,
            Reminder.active.is_(True),
            Reminder.rrule.is_(None),
            Reminder.kind == last.kind,
        )
    )
    return [
        row
        for row in rows
        if row.label == last.label and abs(row.created_at - last.created_at) < _SET_TOGETHER
    ]


def reminder_just_set(convo: Conversation, now: datetime) -> bool:
    """A reminder was set or moved in the last few minutes ("9:30pm" then moves it)."""
    at = convo.slots.get("reminder_at")
    return bool(at) and now - datetime.fromisoformat(str(at)) < JUST_SET


def reminder_talk(
    session: Session,
    convo: Conversation,
    text: str,
    parse: Parse,
    derived: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """About their reminders: one just come seen or put off to tomorrow, one more before the one
    just set, its time put right or made to repeat, a day skipped, or one changed, cancelled or
    listed; None for anything else."""
    answered = answer_to_reminder(session, convo, text, settings, now)
    if answered is not None:
        return answered
    taken = taken_asked(session, convo, text, settings, now)
    if taken is not None:
        return taken
    moved = moved_from_to(text, derived["reminders"]) if derived["reminders"] else None
    if moved is not None:  # "actually 8 to 4" (read as a mood of 8): the 8am one, to 4pm
        reading = with_when(replace(parse, entities=()), moved, convo.timezone, now)
        return run(session, convo, "action_change_reminder", moved, reading, settings, now)
    if _SNOOZE_ASKED.match(text):
        # "snooze for 15", "snooze 5" with no reminder just come: nothing to put off (was
        # off-topic, or the reminder just set moved to 5pm)
        return [Reply(render("snooze_nothing"))]
    back_on = BACK_ON.match(text.strip())
    if back_on and (
        effects.reminders.back_on_waiting(convo, now) or _SWITCHED_ON.search(text)
    ):  # "unpause my reminders", "actually no keep it": those paused or just cancelled
        # (never read as a cancel: "unpause my reminders" cancelled them all)
        return effects.reminders.reminders_back_on(session, convo, {"text": text}, settings, now)
    earlier_too = _BEFORE_IN_REQUEST.search(text) if parse.intent == "set_reminder" else None
    if earlier_too is not None:
        # "remind me about the dentist on thursday at 2 and the day before": both
        replies = run(session, convo, "action_set_reminder", text, parse, settings, now)
        before = BEFORE_TOO.match(earlier_too.group(0).strip(" ,"))
        row = session.get(Reminder, convo.slots.get("last_reminder_id"))
        earlier = _one_before(session, convo, before, now) if before and row else None
        if earlier is not None and reminder_just_set(convo, now):
            replies += effects.reminders.create_reminder(session, convo, earlier, settings, now)
        return replies
    if parse.intent != "set_reminder" and _TEXT_ME_TO.match(text):
        reading = with_when(replace(parse, intent="set_reminder", entities=()), text,
                            convo.timezone, now)  # fmt: skip
        if any(e.type == "when" for e in reading.entities):  # "text me tmrw arvo to call the gp"
            return run(session, convo, "action_set_reminder", text, reading, settings, now)
    passed_on = for_someone(text) if parse.intent != "set_reminder" else None
    if passed_on and CLOCK_SAID.search(text) and _ASKS_US.match(text):
        # "can you text my mum at 6 to remind her about her pills": only they get our
        # messages, so a reminder for them to pass it on
        said = passed_on[1]
        reading = with_when(replace(parse, entities=()), said, convo.timezone, now)
        return run(session, convo, "action_set_reminder", said, reading, settings, now)
    days_too = DAYS_TOO.match(text.strip())
    if days_too and derived["reminders"] and reminder_just_set(convo, now):
        more = _with_days(session, convo, days_too["days"])
        if more is not None:  # "make it weekends too" after one set for weekdays: every day
            return effects.reminders.reschedule_reminder(session, convo, more, settings, now)
    before_too = BEFORE_TOO.match(text.strip())
    if before_too and derived["reminders"] and reminder_just_set(convo, now):
        earlier = _one_before(session, convo, before_too, now)
        if earlier is not None:  # "and the day before too please": a second one, earlier
            return effects.reminders.create_reminder(session, convo, earlier, settings, now)
        return [Reply(render("reminder_before_gone"))]  # already past, or one that repeats
    other = AND_OTHER.match(text.strip())
    if other and reminder_just_set(convo, now):
        asked = _same_task_for(session, convo, other)
        if asked:  # "and dad at 6": the same task for them, its time read like the first one's
            said = f"{asked} {other['when']}"
            reading = with_when(replace(parse, entities=()), said, convo.timezone, now)
            return run(session, convo, "action_set_reminder", said, reading, settings, now)
    added = ADD_ONE.match(text.strip())
    also = ALSO_AT.match(f"also {added['rest']}" if added else text.strip())
    if also and (also["part"] or also["clock"]) and reminder_just_set(convo, now):
        again = _once_more_at(session, convo, also, now)
        row = session.get(Reminder, convo.slots.get("last_reminder_id"))
        if again is not None and row is not None and _same_as(row, again, convo.timezone):
            # "and at 9pm too" when "at 9" was already taken as 9pm: that one, not two
            described = context.reminder_description(row, convo.timezone)
            return [Reply(render("reminder_exists", descriptions=[described]))]
        if again is not None:  # "and at night too, 9pm": the same reminder, a second time
            return effects.reminders.create_reminder(session, convo, again, settings, now)
    back = BACK_TO.match(text.strip())
    if back and derived["reminders"] and reminder_just_set(convo, now):
        # "no wait 9 was right" just after it was moved: back to that time
        text = f"make it {back['to'] or back['keep'] or back['was']}"
        parse = with_when(replace(parse, entities=()), text, convo.timezone, now)
    if derived["reminders"] and reminder_just_set(convo, now) and REPEAT_SAID.match(text):
        together = _set_together(session, convo)
        if len(together) > 1:  # "at 9pm and 9am" then "every day": both, each day
            days = next((d for d in ("weekday", "weekend") if d in text.lower()), None)
            rule = {"weekday": _WEEKDAYS, "weekend": _WEEKENDS}.get(days or "", "FREQ=DAILY")
            data = {"ids": [row.id for row in together], "rrule": rule}
            return effects.reminders.repeat_together(session, convo, data, settings, now)
    if (
        derived["reminders"]
        and reminder_just_set(convo, now)
        and (
            TIME_CORRECTED.match(text)
            or corrects_reminder(text)
            or REPEAT_SAID.match(text)
            or _LENGTH_SAID.fullmatch(text.strip())  # "make it 2 hours" after "in 1 hour"
        )
    ):  # "make it 8", "sorry i meant 8pm not 9pm": the reminder just set, moved
        # "at 7:30 actually", "change it", just after setting one: that reminder, moved
        if REPEAT_SAID.match(text):  # "every night": at the time it was set for, each day
            days = next((d for d in ("weekday", "weekend") if d in text.lower()), None)
            text = f"every {days}" if days else "daily"
            parse = with_when(parse, text, convo.timezone, now)
        text, parse = in_the_same_unit(session, convo, text, parse)
        return run(session, convo, "action_change_reminder", text, parse, settings, now)
    if derived["reminders"]:
        if len(text.split()) <= 12 and (skips_a_day(text) or leaves_out_days(text)):
            # "skip tomorrow", "not on sundays": a day or days without it, the reminder kept
            return run(session, convo, "action_cancel_reminder", text, parse, settings, now)
        if REMINDER_CHANGE.search(text):
            return run(session, convo, "action_change_reminder", text, parse, settings, now)
        if REMINDER_CANCEL.search(text) or cancels_one_named(text, derived["reminders"]):
            # "scrap the water one", "bin the gym reminder": cancelled as "cancel" would be
            return run(session, convo, "action_cancel_reminder", text, parse, settings, now)
        if REMINDER_WHEN.match(text):
            return run(session, convo, "action_list_reminders", text, parse, settings, now)
    return None


def answer_to_reminder(
    session: Session, convo: Conversation, text: str, settings: dict[str, Any], now: datetime
) -> list[Reply] | None:
    """ "ok", "ok thanks" just after a reminder came: seen, said briefly; "tomorrow" or "not
    today": a repeating one comes anyway (today let go), a one-off comes again tomorrow at
    the same time. None for anything else, or when no reminder was the last thing sent."""
    skipped = skip_today(session, convo, text, settings, now)
    if skipped is not None:
        return skipped
    said = text.strip()
    if WHAT_WAS_THAT.match(said):
        return _what_it_was(session, convo, now)
    forgot = FORGOT.match(said)
    due_now = [r for r in just_sent(session, convo, now) if r.kind != "checkin"]
    if forgot and due_now:  # "ugh i forgot again im so useless": kindly, and what next
        harsh = HARSH_ON_SELF.search(said) is not None
        tasks = [render("reminder_about", kind=r.kind, label=r.label) for r in due_now]
        return [Reply(render("reminder_forgot", harsh=harsh, tasks=[t for t in tasks if t]))]
    dose = _dose_asked(session, convo, said, settings, now)
    if dose is not None:  # "how many am i supposed to take again", after a tablets reminder
        return dose
    medicine = any(reminders.for_medicine(r) for r in due_now)
    if medicine and RAN_OUT.match(said):  # "i ran out", to a meds reminder: how to get more
        return [Reply(render("reminder_ran_out"))]
    if due_now and SAID_NO.match(said) and all(r.kind != "breathing" for r in due_now):
        # "no", "nope", "no i havent": not done, and no telling off; again later, or not today
        _asking_again(session, convo, due_now, now)
        return [Reply(render("reminder_said_no"))]
    if due_now and NOT_FEELING_IT.match(said):  # "cant be bothered": no telling off
        _asking_again(session, convo, due_now, now)
        return [Reply(render("reminder_not_feeling_it"))]
    if CANT_FACE.search(said) and due_now and len(said.split()) <= 12:
        # "i cant face calling them today": not today, and it comes again tomorrow
        return skip_today(session, convo, "not today", settings, now)
    instead = INSTEAD.match(said)
    tomorrow_only = TOMORROW_INSTEAD.match(said)
    if instead and tomorrow_only and not tomorrow_only["at"] and all(r.rrule for r in due_now):
        instead = None  # "remind me tomorrow instead" to a daily one: it comes then anyway
    at = _instead_at(instead, convo.timezone, now) if instead and due_now else None
    if at is not None:  # "can you remind me tonight instead": that one, then
        return _again_at(session, convo, due_now, at, settings, now)
    if _WHAT_THING.match(said) and due_now and _names_task(said, due_now):
        return _what_it_was(session, convo, now)  # "what meds": the reminder they set
    # ("done" hours later, with nothing sent since, is still about that reminder)
    late = just_sent(session, convo, now, within=DONE_LATE_FOR)
    late = late + reminders.put_off(session, convo, now)  # "took them" after "not yet"
    if DONE_TOLD.match(said) and any(r.kind != "checkin" for r in late):
        return done_told(session, convo, now)  # "already did it lol": done, said back briefly
    if STOP_THIS_ONE.match(said):
        return _no_more(session, convo, settings, now)
    sleepy = [r for r in just_sent(session, convo, now) if r.kind == "sleep"]
    if sleepy and GOING_TO_BED.match(said):  # "ok night" to the wind-down reminder
        return [Reply(render("reminder_seen", thanks=bool(_THANKS.search(said)), sleep=True))]
    tomorrow, seen = TOMORROW_INSTEAD.match(said), SEEN.match(said)
    if not tomorrow and not seen:
        return None
    due = [r for r in just_sent(session, convo, now) if r.kind != "checkin"]
    if not due:  # (a check-in reminder asks for a number: "ok" is no answer to it)
        return None
    if seen:
        if any(r.kind == "breathing" for r in due):
            return None  # "ok" to "reply breathe and I'll guide you": maybe a yes, not thanks
        sleep = all(r.kind == "sleep" for r in due)
        return [Reply(render("reminder_seen", thanks=bool(_THANKS.search(said)), sleep=sleep))]
    repeating = [r for r in due if r.active and r.rrule]
    if repeating:  # it comes tomorrow anyway: today let go, as "not today" is
        upcoming = context.reminder_description(repeating[0], convo.timezone)
        return [Reply(render("reminder_skipped", upcoming=upcoming))]
    said_at = _said_time(said, convo.timezone, now) if tomorrow and tomorrow["at"] else None
    return _same_time_tomorrow(session, convo, due, settings, now, said_at)


def _no_more(
    session: Session, convo: Conversation, settings: dict[str, Any], now: datetime
) -> list[Reply] | None:
    """ "stop reminding me about this" just after a reminder came: a repeating one is
    cancelled, a one-off is said to be done with already; None when no reminder just came."""
    due = [put_off_from(session, convo, r) for r in just_sent(session, convo, now)]
    if not due:
        return None
    repeating = list({r.id: r for r in due if r.active}.values())
    for row in repeating:
        effects.apply(
            session, convo, {"mindlink_effect": "cancel_reminder", "id": row.id}, settings, now
        )
    described = ", ".join(context.reminder_description(r, convo.timezone) for r in repeating)
    return [Reply(render("reminder_no_more", one_off=not repeating, what=described))]


# How much of a medicine to take, asked after a reminder to take it: "how many am i supposed
# to take again", "what dose was it", "is it 1 or 2", "how much do i take".
DOSE_ASKED = re.compile(
    r"^(?!.*\b(?:all|whole|every|kill|die|end it|overdose|od|too many|too much)\b)(?:.*\b(?:"
    r"how (?:many|much)\b(?!.{0,12}\b(?:have|had|did) i\b).{0,30}\b(?:take|meant|supposed|"
    r"should|do i|am i|was it|is it)|"
    r"what(?:'?s| is| was)? (?:my |the )?(?:dose|dosage|amount)|what (?:dose|dosage|strength)|"
    r"(?:is|was) it (?:one|1|two|2|half)(?: (?:tablets?|pills?))? or (?:one|1|two|2|three|3)|"
    r"(?:one|1) or (?:two|2) (?:tablets?|pills?)|which (?:ones?|pills?|tablets?) (?:do|should|am)"
    r" i\b|how many (?:tablets?|pills?|capsules?|mg)\b))",
    re.IGNORECASE,
)
# How long after one came a question about the dose is still about it.
DOSE_ASKED_FOR = timedelta(hours=3)


def _dose_asked(
    session: Session, convo: Conversation, said: str, settings: dict[str, Any], now: datetime
) -> list[Reply] | None:
    """A question of how much to take, after a reminder to take medicine came (whatever was
    sent since): we don't know their dose, and who does; None for anything else."""
    if not DOSE_ASKED.match(said) or len(said.split()) > 20:
        return None
    came = reminders.came_lately(session, convo, now, within=DOSE_ASKED_FOR)
    taken = [r for r in came if reminders.for_medicine(r)]
    if not taken:
        return None
    from bot.locale import helpline_of

    tasks = [render("reminder_about", kind=r.kind, label=r.label) for r in taken]
    helpline = helpline_of(convo, settings)
    return [Reply(render("reminder_dose", tasks=[t for t in tasks if t], helpline=helpline))]


# Asked whether they took their medicine: "did i take my meds today?", "have i had my tablets".
TAKEN_ASKED = re.compile(
    r"^\W*(?:(?:oh|hmm+|wait|um+|erm+|ugh|hey|so)\W+)*(?:did|have) i (?:take|taken|had|have|"
    r"done) (?:my |the |me )?(?:meds|medication|medicine|tablets?|pills?|dose|inhaler|insulin)\b"
    r"(?:\s+(?:today|this morning|tonight|this evening|yet|already|earlier|or not))*\W*$",
    re.IGNORECASE,
)


def taken_asked(
    session: Session, convo: Conversation, text: str, settings: dict[str, Any], now: datetime
) -> list[Reply] | None:
    """ "did i take my meds today?" from someone with a medicine reminder: we can't know, and
    not to double up; None for anything else."""
    if not TAKEN_ASKED.match(text.strip()):
        return None
    came = reminders.came_lately(session, convo, now, within=timedelta(hours=24))
    if not any(
        reminders.for_medicine(r) for r in reminders.active_reminders(session, convo) + came
    ):
        return None
    from bot.locale import helpline_of

    return [Reply(render("reminder_taken_asked", helpline=helpline_of(convo, settings)))]


def _what_it_was(session: Session, convo: Conversation, now: datetime) -> list[Reply] | None:
    """ "what was that for?" just after a reminder came: the reminder they set, and how to
    change or stop it; None when no reminder just came."""
    due = just_sent(session, convo, now)
    if not due:
        return None
    described = [reminders.describe(r, convo.timezone) for r in due if r.active and r.rrule]
    told = [render("reminder_about", kind=r.kind, label=r.label) for r in due]
    return [Reply(render("reminder_what", upcoming=described, tasks=[t for t in told if t]))]


def skip_today(
    session: Session, convo: Conversation, text: str, settings: dict[str, Any], now: datetime
) -> list[Reply] | None:
    """ "not today", "skip" just after a reminder came: a repeating one is let go today and
    comes again as usual; a one-off, still to be done, comes again tomorrow at the same time
    (it was ended as if done). None for other words, or when no reminder just came."""
    if not SKIP_TODAY.match(text.strip()):
        return None
    due = just_sent(session, convo, now) or asked_again(session, convo, now)
    if not due:
        return None
    many = [r for r in due if r.active and r.rrule and _more_than_daily(r.rrule)]
    if many:  # "no more today" to "drink water" every hour: none until tomorrow
        zone = ZoneInfo(convo.timezone)
        tomorrow = now.astimezone(zone).date() + timedelta(days=1)
        until = datetime.combine(tomorrow, datetime.min.time(), zone)
        others = [r for r in reminders.active_reminders(session, convo) if r not in many]
        data = {"until": until.isoformat(), "only": [r.id for r in many] if others else []}
        return effects.reminders.pause_reminders(session, convo, data, settings, now)
    repeating = [r for r in due if r.active and r.rrule]
    if repeating or any(r.kind == "checkin" for r in due):
        # ("not today" to "how are you, 1 to 10?": no check-in today, not one put off)
        upcoming = context.reminder_description(repeating[0], convo.timezone) if repeating else None
        return [Reply(render("reminder_skipped", upcoming=upcoming))]
    return _same_time_tomorrow(session, convo, due, settings, now, not_today=True)


def _more_than_daily(rule: str) -> bool:
    """A reminder that comes more than once a day ("every 2 hours")."""
    return rule_parts(rule).get("FREQ") in ("HOURLY", "MINUTELY")


def _same_time_tomorrow(
    session: Session,
    convo: Conversation,
    due: list[Reminder],
    settings: dict[str, Any],
    now: datetime,
    said_at: datetime | None = None,
    *,
    not_today: bool = False,
) -> list[Reply]:
    """The one-offs just come, once more tomorrow at the time they came (or the time said:
    "tomorrow at 10"), said briefly."""
    zone = ZoneInfo(convo.timezone)
    came = (due[0].anchor_at or now).astimezone(zone)
    at = (came.replace(tzinfo=None) + timedelta(days=1)).replace(tzinfo=zone)
    if said_at is not None:
        at = said_at.astimezone(zone)
    if at <= now:
        at = (now + timedelta(days=1)).astimezone(zone)
    return _again_at(session, convo, due, at, settings, now, not_today=not_today)


def _same_task_for(session: Session, convo: Conversation, said: re.Match[str]) -> str:
    """ "remind me to call dad" for "and dad at 6" just after "call mum" was set; "" when the
    reminder just set is not a task done to someone or something."""
    row = session.get(Reminder, convo.slots.get("last_reminder_id"))
    verb = (row.label or "").split(" ", 1)[0].lower() if row is not None else ""
    if verb not in TASK_VERBS or verb == said["what"].split(" ", 1)[0].lower():
        return ""
    return f"remind me to {verb} {said['what']}"


def _once_more_at(
    session: Session, convo: Conversation, said: re.Match[str], now: datetime
) -> dict[str, Any] | None:
    """The reminder just set, at the other time said: repeating as it does, or once, on the
    same day (the next day when that time has passed); None when there is none."""
    row = session.get(Reminder, convo.slots.get("last_reminder_id"))
    if row is None or row.next_fire_at is None:
        return None
    zone = ZoneInfo(convo.timezone)
    set_at = row.next_fire_at.astimezone(zone)
    part = (said["part"] or "").lower()
    clock = re.match(r"(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?", said["clock"] or "", re.I)
    if clock:
        hour, minute = int(clock[1]) % 24, int(clock[2] or 0)
        half = (clock[3] or "").lower()
        later = half == "pm" or (not half and _PART_OF_DAY.get(part, 0) > 12)  # "night 9"
        later = later or (not half and not part and set_at.hour >= 12)  # "and at 9" after 7pm
        hour = hour + 12 if later and hour < 12 else (0 if half == "am" and hour == 12 else hour)
    else:
        hour, minute = _PART_OF_DAY[part], 0
    if hour > 23 or minute > 59:
        return None
    local_time = f"{hour:02d}:{minute:02d}"
    data = {"kind": row.kind, "label": row.label, "text": ""}
    if row.rrule:
        return {**data, "rrule": row.rrule, "local_time": local_time}
    if said["every"]:  # "and every night at 10 too" after a reminder set for once: daily
        return {**data, "rrule": "FREQ=DAILY", "local_time": local_time}
    day = set_at.date()
    first = datetime.combine(day, datetime.min.time(), zone).replace(hour=hour, minute=minute)
    if first <= now:
        first += timedelta(days=1)
    return {**data, "first": first.isoformat()}


def _with_days(session: Session, convo: Conversation, said: str) -> dict[str, Any] | None:
    """The reminder just set, on the days said as well as its own ("weekends" too); None when
    it has no weekly days to add to."""
    row = session.get(Reminder, convo.slots.get("last_reminder_id"))
    if row is None or not row.active or not row.rrule:
        return None
    parts = rule_parts(row.rrule)
    if parts.get("INTERVAL", "1") != "1" or parts.get("FREQ") not in ("DAILY", "WEEKLY"):
        return None
    days = {d[-2:] for d in parts.get("BYDAY", "").split(",") if d}
    if not days:
        return None
    low = said.lower()
    if low.startswith("weekend"):
        days |= {"SA", "SU"}
    elif low.startswith("weekday"):
        days |= {"MO", "TU", "WE", "TH", "FR"}
    else:
        days |= {_DAY_CODE[d[:3]] for d in re.findall(r"(?:mon|tue|wed|thu|fri|sat|sun)", low)}
    order = list(_DAY_CODE.values())
    rule = (
        "FREQ=DAILY"
        if len(days) == 7
        else "FREQ=WEEKLY;BYDAY=" + ",".join(d for d in order if d in days)
    )
    return {"id": row.id, "rrule": rule, "local_time": row.local_time, "added": True}


def _same_as(row: Reminder, again: dict[str, Any], tz: str) -> bool:
    """Whether "the same once more at" names the time the reminder already has."""
    if row.next_fire_at is None:
        return False
    if again.get("rrule"):
        return bool(row.rrule) and again.get("local_time") == row.local_time
    first = again.get("first")
    return bool(first) and datetime.fromisoformat(str(first)) == row.next_fire_at.astimezone(
        ZoneInfo(tz)
    )


def _one_before(
    session: Session, convo: Conversation, said: re.Match[str], now: datetime
) -> dict[str, Any] | None:
    """The reminder just set, once more, a day, a night or some hours before it; None for a
    repeating one or a time already past."""
    row = session.get(Reminder, convo.slots.get("last_reminder_id"))
    if row is None or row.rrule or row.next_fire_at is None:
        return None
    unit = (said.group("unit1") or said.group("unit2") or said.group("unit3") or "day").lower()
    count = int(said.group("count") or 1)
    if unit.startswith(("night", "evening")):  # the evening before, at 8pm their time
        zone = ZoneInfo(convo.timezone)
        day_before = row.next_fire_at.astimezone(zone).date() - timedelta(days=1)
        first = datetime.combine(day_before, datetime.min.time(), zone).replace(hour=20)
    else:
        step = next(length for name, length in _BEFORE_STEPS if unit.startswith(name))
        first = row.next_fire_at - step * count
    if first <= now:
        return None
    return {"kind": row.kind, "label": row.label, "first": first.isoformat(), "text": ""}


def in_the_same_unit(
    session: Session, convo: Conversation, text: str, parse: Parse
) -> tuple[str, Parse]:
    """ "make it 25" just after "in 20 minutes": 25 minutes, not 25 o'clock; "10" just after
    one set for 9pm: 10pm, not 10 the next morning."""
    unit = convo.slots.get("reminder_in")
    length = _LENGTH_SAID.fullmatch(text.strip())
    if length is not None:  # "make it 2 hours" just after "in 1 hour": in 2 hours, not 2pm
        return f"in {length['length']}", replace(parse, entities=())
    number = _BARE_NUMBER.fullmatch(text.strip())
    if number is None:
        return text, parse
    if unit:
        return f"in {number.group(1)} {unit}", replace(parse, entities=())
    if convo.slots.get("reminder_change_pending"):
        return text, parse  # "1" to "which one should I move?": the first on the list
    row = session.get(Reminder, convo.slots.get("last_reminder_id"))
    hour = int(number.group(1))
    at = row.next_fire_at if row is not None else None
    if at is not None and 1 <= hour <= 11 and at.astimezone(ZoneInfo(convo.timezone)).hour >= 12:
        return f"{hour}pm", replace(parse, entities=())  # the same half of the day
    return text, parse
