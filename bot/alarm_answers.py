"""Answers to "I can't ring an alarm, but I can text you at 7:00am. Want that?" that say more
than yes: another time ("yes but make it 7:30", "no, 6:45") or what it is for ("it's for my
meds"). Each becomes the reminder request it stands for.

"set an alarm for 7am" ──▶ offered ──▶ "make it 7:30" ──▶ "remind me at 7:30am"
                                   └─▶ "its for my meds" ──▶ "remind me at 7am for my meds"
"""

from __future__ import annotations

import re

from bot.readings import at_or_in
from bot.routing import ALARM_ASK
from bot.safety_words import is_doubtful

# A clock time in a reply: "7:30", "6.45", "at 6", "7am" (not "20 mins" or "2 hours").
CLOCK = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?(?!\d|\s*(?:mins?|minutes?|hours?|hrs?|h)\b)"
    r"(?:\s*(am|pm|a\.m\.|p\.m\.))?(?![a-z])",  # (not the 5 of "the 5th")
    re.IGNORECASE,
)
# What the text is for, said instead of yes: "it's for my meds", "for work", "to take my meds".
FOR_WHAT = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|ok|okay|sure|please)\W+)?(?:it'?s |its |it is |that'?s |thats )?"
    r"(?P<what>(?:for|to|about) \S.*?)\W*$",
    re.IGNORECASE,
)


def as_reminder(asked: str) -> str:
    """The alarm request in reminder words: "set an alarm for 7am" -> "remind me at 7am",
    "wake me up tomorrow at 6" -> "remind me tomorrow at 6"."""
    found = ALARM_ASK.search(asked)
    rest = asked[found.end() :] if found else asked
    rest = re.sub(r"^\W*(?:for|at|@)\s+", "", rest, flags=re.IGNORECASE).strip()
    if rest[:1].isdigit():
        rest = at_or_in(rest)  # "7am" -> "at 7am", "20 minutes" -> "in 20 minutes"
    return f"remind me {rest}".strip()


def moved_to(asked: str, offered: str, reply: str) -> str | None:
    """The request at the time the reply names ("make it 7:30"), or None when it names none.
    ``offered`` is the time offered ("HH:MM"): a time without am or pm keeps its half of
    the day, as "7:30" after 7am means the morning."""
    said = CLOCK.search(reply)
    if said is None:
        return None
    hour, minute = int(said.group(1)), int(said.group(2) or 0)
    suffix = (said.group(3) or "").lower().replace(".", "")
    if hour > 23 or minute > 59 or (suffix and not 1 <= hour <= 12):
        return None
    if suffix == "pm" and hour < 12:
        hour += 12
    elif suffix == "am" and hour == 12:
        hour = 0
    elif not suffix and hour <= 12 and int(offered[:2]) >= 12:
        hour = 12 if hour == 12 else hour + 12
    clock = f"{hour % 12 or 12}:{minute:02d}{'am' if hour < 12 else 'pm'}"
    request = as_reminder(asked)
    if CLOCK.search(request):
        return CLOCK.sub(clock, request, count=1)
    return f"remind me at {clock}"


def named(asked: str, reply: str) -> str | None:
    """The request with what it is for ("it's for my meds"), or None when the reply does not
    say."""
    found = FOR_WHAT.match(reply)
    if found is None or is_doubtful(reply):  # ("for when i'm gone": read as what it says)
        return None
    return f"{as_reminder(asked)} {found.group('what')}"
