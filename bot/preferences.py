"""Their own settings, asked about or changed in so many words: time zone, quiet hours,
nudges, whether their messages are kept, and how to stop altogether.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot import onboarding
from bot.actions.reminders import leaves_out_days
from bot.followups import reminder_just_sent
from bot.locale import country_of_zones, helpline_of, zone_from_clock, zone_named, zone_near
from bot.nudges import set_wanted as set_nudges_wanted
from bot.onboarding import CLEAR_YES
from bot.proactive import quiet_window
from bot.reminders import rezone
from bot.routing import (
    CONSENT_KEEP,
    CONSENT_STOP,
    CONTACT_WORDS,
    DAY_ASK,
    NUDGES_OFF,
    NUDGES_ON,
    QUIET_HOURS_WORDS,
    TIMEZONE_ASK,
    TIMEZONE_WORDS,
)
from bot.sleep import clock_answer, quiet_bound_from, quiet_hours_from, quiet_window_from
from bot.text import render
from bot.types import Reply
from store.models import Conversation


def preference_told(
    session: Session,
    convo: Conversation,
    text: str,
    derived: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """Their time zone, quiet hours, nudges or the keeping of their messages, asked about or
    changed in so many words; None for anything else."""
    # "i live in the uk but im in bali rn": where they are now, else "im actually in melbourne"
    zone = zone_here(text, convo.country) or onboarding.zone_told(text, convo.country)
    zone = zone or zone_arrived(text, convo.country)  # "just landed in dubai"
    back = None if zone else _BACK_IN.match(text)
    if back:  # "actually im back in sydney now": the zone of home again
        zone = zone_named(back["place"], convo.country)
    if zone:
        return set_zone(session, convo, zone, now)
    wide = _country_of_zones_told(text)
    if wide is not None:  # "i'm in australia now": which of its clocks is theirs, asked
        convo.slots = {**convo.slots, "offer": "timezone_city"}
        zone_asked(convo, now, question=True)
        return [Reply(render("timezone_which_city", code=wide[0], country=wide[1]))]
    asked = _zone_just_asked(convo, now)
    if asked is not None:  # the answer to "which city are you in?", in words not read before
        near = zone_near(text)
        if asked and not near:  # "its 3am here", to "which city are you in?"
            near = zone_from_clock(text, now, convo.country, convo.timezone)
        if near:  # "torronto"
            return set_zone(session, convo, near, now)
        if asked and onboarding.ZONE_UNSURE.match(text):  # "idk": it stays as it is
            local = now.astimezone(ZoneInfo(convo.timezone))
            return [Reply(render("timezone_kept", zone=convo.timezone, local=local))]
    if _WHY_TEXTED.match(text) and reminder_just_sent(session, convo, now) is not None:
        return None  # "why did you text me" just after a reminder: that reminder, named
    fewer = fewer_or_time_wrong(convo, text, derived, settings, now)
    if fewer is not None:
        return fewer
    if (
        not derived.get("reminders")
        and _NOT_TEXTED.search(text)
        and leaves_out_days(text)
        and not re.search(r"\d", text)  # ("no messages before 9am on weekends": quiet hours)
        and len(text.split()) <= 14
    ):  # "can you not text me on weekends", with no reminders set: what comes when, and how
        start, end = quiet_window(convo, settings)
        return [Reply(render("no_days_off", start=start, end=end))]
    if QUIET_HOURS_WORDS.search(text) and len(text.split()) <= 12:
        said = quiet_hours(convo, text, settings)
        if not quiet_hours_from(text):  # shown, not changed: "11pm to 7am" next sets them
            convo.slots = {**convo.slots, "offer": "quiet_hours"}
        return [Reply(said)]
    window = quiet_window_from(text) if CONTACT_WORDS.search(text) else None
    if window and len(text.split()) <= 14:  # "don't text me before 9am or after 9pm"
        convo.quiet_start, convo.quiet_end = window
        return [
            Reply(render("quiet_hours", start=window[0], end=window[1], off=False, changed=True))
        ]
    if (
        _NIGHT_WORK.search(text)
        and (CONTACT_WORDS.search(text) or _NONE_OF_OURS.search(text))
        and (_WHILE_BUSY.search(text) or _IN_THE_DAY.search(text) or _ONLY_LATER.search(text))
        and len(text.split()) <= 24
    ):  # "i work nights so dont message me during the day": the quiet stretch, moved?
        start, end = quiet_window(convo, settings)
        convo.slots = {**convo.slots, "offer": "quiet_hours_day"}
        offered = {"start": DAY_QUIET[0], "end": DAY_QUIET[1]}
        return [Reply(render("quiet_hours_nights", start=start, end=end, day=offered))]
    if CONTACT_WORDS.search(text) and _WHILE_BUSY.search(text) and len(text.split()) <= 16:
        # "can u not message me during school hours": one quiet stretch is kept, the night's
        start, end = quiet_window(convo, settings)
        return [Reply(render("quiet_hours_daytime", start=start, end=end))]
    between = _quiet_between(text) if CONTACT_WORDS.search(text) else None
    if between and len(text.split()) <= 16 and _DAYTIME.search(text):
        # "dont text me between 9 and 5 im at work": one quiet stretch is kept, the night's
        start, end = quiet_window(convo, settings)
        return [Reply(render("quiet_hours_daytime", start=start, end=end))]
    if between and len(text.split()) <= 16:  # "no messages between 11 and 7"
        convo.quiet_start, convo.quiet_end = between
        return [
            Reply(render("quiet_hours", start=between[0], end=between[1], off=False, changed=True))
        ]
    some_days = _ON_SOME_DAYS.search(text) if CONTACT_WORDS.search(text) else None
    bound_then = quiet_bound_from(text[: some_days.start()]) if some_days else None
    if bound_then and len(text.split()) <= 14:
        # "no messages before 9am on weekends": the same every day, said so, and how
        start, end = quiet_window(convo, settings)
        side, at = bound_then
        return [Reply(render("quiet_hours_some_days", start=start, end=end, side=side, at=at))]
    bound = quiet_bound_from(text) if CONTACT_WORDS.search(text) else None
    if bound and len(text.split()) <= 12:
        return [Reply(_quiet_bound(convo, bound, settings))]
    if TIMEZONE_ASK.search(text) or DAY_ASK.match(text) or _TIME_THERE.match(text):
        local = now.astimezone(ZoneInfo(convo.timezone))
        day = DAY_ASK.match(text) is not None  # "what day is it": the day and date too
        return [Reply(render("timezone_current", zone=convo.timezone, local=local, day=day))]
    if TIMEZONE_WORDS.search(text) and len(text.split()) <= 6:
        convo.slots = {**convo.slots, "offer": "timezone_city"}
        zone_asked(convo, now, question=True)
        return [Reply(render("timezone_which_city"))]
    off = NUDGES_OFF.search(text) is not None or _NUDGES_OFF_FOR_NOW.match(text) is not None
    at_night = _AT_NIGHT.search(text) is not None and len(text.split()) <= 12
    if at_night and (off or _NONE_OF_OURS.search(text)):
        # "stop the nudges at night pls": they wait for the morning already (all of them
        # were turned off)
        return [Reply(quiet_hours(convo, "", settings))]
    checkins = [r for r in derived["reminders"] if r.get("kind") == "checkin"]
    if off and checkins and _REMINDER_NAMED.search(text):
        return None  # "stop the check in reminders", with one set: that reminder, cancelled
    if (off or NUDGES_ON.search(text)) and len(text.split()) <= 16:
        wanted = not off
        set_nudges_wanted(convo, wanted)
        return [Reply(render("nudges_changed", wanted=wanted, checkin_reminders=len(checkins)))]
    if onboarding.language_asked(text):  # "do you speak spanish", "sorry my english not good"
        apology = onboarding.ENGLISH_APOLOGY.match(text.strip()) is not None
        helpline = helpline_of(convo, settings)
        return [Reply(render("language", apology=apology, helpline=helpline))]
    if EXPORT_ELSEWHERE.search(text):  # "can you email it to me", "as a pdf"
        email = re.search(r"\be-?mail\b", text, re.IGNORECASE) is not None
        return [Reply(render("export_how", email=email))]
    if DATA_AFTER_STOP.search(text):  # "what happens to my data if i stop"
        days = int(settings["retention"]["transcript_days"])
        return [Reply(render("about_after_stop", retention_days=days))]
    declined = _just_declined(convo, now)
    if declined and WHY_KEEP.search(text):  # "why do you need it", just after a no
        days = int(settings["retention"]["transcript_days"])
        convo.slots = {**convo.slots, "consent_reasked": True}  # it ends "may I keep it?"
        return [Reply(render("consent_explain", days=days))]
    reasked = bool(convo.slots.get("consent_reasked"))
    yes = CHANGED_MIND.match(text.strip()) or (reasked and CLEAR_YES.match(text.strip()))
    if declined and reasked and re.match(r"^\W*(?:no+|nah|nope|no thanks?)\W*$", text, re.I):
        convo.slots = {k: v for k, v in convo.slots.items() if k != "consent_reasked"}
        return [Reply(render("consent_changed", keep=False))]  # still no: nothing kept
    if declined and yes:  # "ok fine yes", "actually yes keep them", or yes to the question again
        convo.consent = True
        drop = ("consent_declined_at", "consent_reasked")
        convo.slots = {k: v for k, v in convo.slots.items() if k not in drop}
        return [Reply(render("consent_changed", keep=True))]
    stop_keeping = CONSENT_STOP.search(text) is not None
    if stop_keeping or CONSENT_KEEP.search(text):
        convo.consent = not stop_keeping
        return [Reply(render("consent_changed", keep=convo.consent))]
    return None


# Two places, one home and one where they are now: "i live in the uk but im in bali rn", "im
# in tokyo this week, normally london". Split where the second is said.
_TWO_PLACES = re.compile(
    r"\s*(?:[,;]|\s-\s|\.\s)\s*(?:but\s+)?|\s+(?:but|though|tho|although|however|whereas|"
    r"while|and)\s+",
    re.IGNORECASE,
)
# Where they are for now: "im in bali rn", "currently in bali", "visiting tokyo", "on holiday in
# spain", "here in bali for 2 weeks".
_HERE_NOW = re.compile(
    r"^\W*(?:(?:so|and|but|tho|though|actually|right now|rn|atm|currently|at the moment|for now|"
    r"this week|for work)\W+)*(?:(?:i'?m|im|i am|we'?re|we are|ive been|i'?ve been)\s+)?(?:(?:"
    r"currently|now|actually|still|just|temporarily|rn|atm)\s+)*(?:(?:in|at|staying in|over in|out "
    r"in|down in|up in|here in|travell?ing (?:in|around)|backpacking (?:in|around)|visiting|"
    r"holidaying in|on (?:holiday|vacation|hols|a trip|a work trip|business) in|away in|working "
    r"in|on a trip to|out to)\s+)(?P<place>[a-z][a-z .'-]{1,30}?)(?:[\s,]+(?:rn|atm|right now|"
    r"now|currently|at the moment|for now|for (?:a |the )?(?:few days|week|weekend|month|"
    r"fortnight|while|bit|couple of weeks|\d+ (?:days|weeks|months))|for work|on holiday|this "
    r"(?:week|weekend|month)|till \w+|until \w+|tho|though|lol|haha|x+))*\W*$",
    re.IGNORECASE,
)
# Where home is, said next to where they are now: "i live in the uk", "from london", "based in
# leeds", "normally in sydney", "home is dublin".
_HOME_IS = re.compile(
    r"\b(?:live|living|lives|based|from|home is|home'?s|normally|usually|originally|back home)\b",
    re.IGNORECASE,
)


# Arrived somewhere, or there for now, said with no home beside it: "just landed in dubai",
# "finally made it to tokyo!", "im in spain on holiday so an hour ahead", "we're in lisbon
# this week".
_ARRIVED = re.compile(
    r"^\W*(?:(?:just|finally|we|we'?ve|i'?ve|have|ok|so|well|right|omg|yay)\W+)*(?:landed|arrived|"
    r"touched down|made it|got here)(?: safely| safe)?(?: here)? (?:in|at|to) "
    r"(?P<place>[a-z][a-z .'-]{1,30}?)(?:\s*(?:[!.,]|$|\s(?:and|so|now|safely|finally|at last|"
    r"lol|yay|x+)\b))",
    re.IGNORECASE,
)
_THERE_FOR_NOW = re.compile(
    r"^\W*(?:(?:so|ok|well|btw|fyi|oh)\W+)*(?:i'?m|im|i am|we'?re|we are) (?:now |currently )?"
    r"(?:in|over in|out in|staying in) (?P<place>[a-z][a-z .'-]{1,30}?)"
    r"(?: (?:on holiday|on hols|on vacation|for work|on a work trip|on business|this week|"
    r"this weekend|for (?:a|the|two|three|\d+) (?:few )?(?:days?|weeks?|months?|weekend)|atm|rn|"
    r"right now|at the moment))+(?:\W+(?:so|and|which|its|it'?s)\b.*)?\W*$",
    re.IGNORECASE,
)


def zone_arrived(text: str, country: str | None) -> str | None:
    """The zone of where they have just arrived or are for now ("just landed in dubai", "im
    in spain on holiday so an hour ahead"); None when no known place is named."""
    found = _ARRIVED.match(text) or _THERE_FOR_NOW.match(text)
    if found is None:
        return None
    place = found["place"].strip()
    return zone_named(place, country) or zone_named(place, None)


def _country_of_zones_told(text: str) -> tuple[str, str] | None:
    """The country they say they are in ("i'm in australia now", "just landed in the us"),
    when it keeps several clocks, so their city is needed; None for anything else."""
    told = onboarding.ZONE_TOLD.search(text) or _ARRIVED.match(text) or _THERE_FOR_NOW.match(text)
    return country_of_zones(told["place"]) if told else None


def zone_here(text: str, country: str | None) -> str | None:
    """The zone of where they are now when they name home too ("i live in the uk but im in
    bali rn", "im in bali rn but i live in the uk", "from london, currently in new york"):
    reminders keep the clock where they are. None unless both are said."""
    if not _HOME_IS.search(text):
        return None
    for part in _TWO_PLACES.split(text):
        if not part or _HOME_IS.search(part):
            continue
        now_at = _HERE_NOW.match(part)
        if now_at is None:
            continue
        place = now_at["place"].strip()
        zone = zone_named(place, country) or zone_named(place, None)
        if zone:
            return zone
    return None


# Home again, said as where they are: "actually im back in sydney now", "back in london x".
_BACK_IN = re.compile(
    r"^\W*(?:(?:actually|ok|okay|so|anyway|and|also|btw|right|well|hey|hi|phew|finally)\W+)*"
    r"(?:(?:i'?m|im|i am|we'?re|we are)\s+)?(?:now\s+)?(?:finally\s+)?back(?:\s+home)?\s+"
    r"(?:in|to)\s+(?P<place>[a-z][a-z .'-]{2,30}?)(?:[\s,]+(?:now|again|today|at last|finally|"
    r"lol|x+|thank god|thankfully))*\W*$",
    re.IGNORECASE,
)
# Not while they are busy in the day: "not during school hours", "dont text me while im at work".
_WHILE_BUSY = re.compile(
    r"\b(?:not|don'?t|dont|do not|never|no)\b.{0,30}\b(?:during|while|when)\s+(?:i'?m\s+|im\s+|"
    r"i am\s+)?(?:at\s+)?(?:school|work|uni|college|lessons?|class(?:es)?|the day|working|"
    r"(?:school|work|working|office|lesson) (?:hours|time|day))\b",
    re.IGNORECASE,
)
# Working nights: "i work nights", "im on night shifts", "doing nights this week".
_NIGHT_WORK = re.compile(
    r"\b(?:work(?:ing)? (?:nights?|night shifts?|the night shift|overnight|nocturnal)|(?:on|doing) "
    r"(?:nights|night shifts?|the night shift)|night ?shifts?|nights? worker|i sleep (?:in|during) "
    r"the day)\b",
    re.IGNORECASE,
)
# The day, said as when not to message: "in the day", "during the day", "daytime".
_IN_THE_DAY = re.compile(
    r"\b(?:in|during|thru|through) the day(?:time)?\b|\bdaytime\b|\bin the days\b", re.IGNORECASE
)
# Only late in the day: "only message me in the evenings", "just text me at night".
_ONLY_LATER = re.compile(
    r"\b(?:only|just)\b.{0,25}\b(?:in the (?:evenings?|night)|at night|evenings|nights|after "
    r"(?:\d|work|my shift))",
    re.IGNORECASE,
)
# The quiet stretch offered to someone who works nights, to sleep in the day.
DAY_QUIET = ("09:00", "17:00")
# Hours slept in the day, told to that offer: "8 till 4", "10am-6pm", "9 to 5".
_DAY_RANGE = re.compile(
    r"(?P<a>\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)\s*(?:to|till|til|until|-|–)\s*"
    r"(?P<b>\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)\b",
    re.IGNORECASE,
)


def day_quiet_from(text: str) -> tuple[str, str] | None:
    """Daytime quiet hours from "8 till 4" (8am to 4pm, as someone who works nights sleeps),
    "10am-6pm"; None when no such range is said."""
    found = _DAY_RANGE.search(text)
    if found is None:
        return None
    start, end = clock_answer(found["a"], "wake"), clock_answer(found["b"], "wake")
    if start is None or end is None:
        return None
    if end <= start and not re.search(r"[ap]m", found["b"], re.IGNORECASE):
        end = f"{int(end[:2]) + 12:02d}{end[2:]}"  # "8 till 4": 4 in the afternoon
    return (start, end) if start != end and end < "24" else None


def quiet_in_the_day(convo: Conversation, text: str, answer: str | None) -> str | None:
    """The answer to moving the quiet hours to the day: "yes" (9am-5pm), or the hours they
    sleep; None for anything else."""
    window = day_quiet_from(text)
    if window is None and answer == "yes":
        window = DAY_QUIET
    if window is None:
        return None
    convo.quiet_start, convo.quiet_end = window
    return render("quiet_hours", start=window[0], end=window[1], off=False, changed=True)


# Some days only, said after the time: "on weekends", "on school nights", "on sundays".
_ON_SOME_DAYS = re.compile(
    r"\s+(?:on|at|during|over)\s+(?:the\s+)?(?:weekends?|weekdays?|school nights?|work ?days?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b.*$",
    re.IGNORECASE,
)
# Only at night: "stop the nudges at night", "no check ins overnight".
_AT_NIGHT = re.compile(
    r"\b(?:at night|at nighttime|overnight|in the night|late at night|at bedtime|when i'?m "
    r"(?:asleep|sleeping|in bed))\b",
    re.IGNORECASE,
)
# None of our messages, in so many words: "no check ins", "dont send nudges".
_NONE_OF_OURS = re.compile(
    r"\b(?:no|stop|don'?t|dont|do not|quit|turn off)\b.{0,20}\b(?:check[- ]?ins?|nudges?|"
    r"messages?|texts?)\b",
    re.IGNORECASE,
)
# Quiet between two times: "dont text me between 9 and 5 im at work", "no messages between
# 11 and 7".
_QUIET_BETWEEN = re.compile(
    r"\b(?:don'?t|dont|do not|never|no|not|nothing)\b.{0,30}?\bbetween\s+(?P<a>\d{1,2}(?:[:.]"
    r"\d{2})?\s*(?:am|pm)?)\s*(?:and|&|-|to|till|until)\s*(?P<b>\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)"
    r"(?!\s*(?:mins?|minutes?|hours?|hrs?))\b",
    re.IGNORECASE,
)
# Said of the day: the times are those of a working or school day, not the night's.
_DAYTIME = re.compile(
    r"\b(?:work|working|school|uni|college|office|class|classes|lectures?|shift|meetings?|job|"
    r"the day|daytime)\b",
    re.IGNORECASE,
)


def _quiet_between(text: str) -> tuple[str, str] | None:
    """Quiet hours ("HH:MM", "HH:MM") from "no messages between 11 and 7" (11pm to 7am: the
    first time read as an evening one, the second as a morning one); None if not said."""
    found = _QUIET_BETWEEN.search(text)
    if found is None:
        return None
    start, end = clock_answer(found["a"], "bed"), clock_answer(found["b"], "wake")
    return (start, end) if start and end and start != end else None


# Nudges off for a while, said with the word after: "turn nudges off for now", "switch the
# check ins off for a bit".
# A reminder named, not the check-ins we start: "stop my check-in reminder".
_REMINDER_NAMED = re.compile(r"\breminders?\b", re.IGNORECASE)
_NUDGES_OFF_FOR_NOW = re.compile(
    r"^\W*(?:(?:pls|please|can you|could you|can u|ok|okay)\W+)*(?:turn|switch|put) (?:the |my |"
    r"your |all )?(?:nudges?|check[- ]?ins?)(?: and (?:the )?(?:nudges?|check[- ]?ins?))? off"
    r"(?: for (?:now|a (?:bit|while|few days|week|couple of days)|the (?:moment|time being)))?"
    r"(?:\W+(?:please|pls|plz|thanks|ty|x+))*\W*$",
    re.IGNORECASE,
)
# The time asked of us, as if we were somewhere: "what time is it for u", "whats the time
# there" (the time in their zone is what we go by).
_TIME_THERE = re.compile(
    r"^\W*(?:(?:so|and|hey|ok|um+|btw)\W+)*(?:what|wat|wot)(?:'?s| is)? (?:the )?time(?: is it)?"
    r"(?: now)? (?:for (?:you|u|ya)|there|where (?:you|u) (?:are|r)|in your (?:world|bit|end)|"
    r"your (?:end|side)|on your (?:end|side))(?: now| rn| then)?\W*$",
    re.IGNORECASE,
)
# Changing their mind about keeping messages, just after saying no: "ok fine yes", "actually
# yes", "go on then, keep them".
CHANGED_MIND = re.compile(
    r"^\W*(?:(?:ok|okay|oh|hmm|um|wait)\W+)*(?:fine|actually|alright|go on(?: then)?|on second "
    r"thought|(?:i(?:'ve)? )?changed my mind)\W+(?:then\W+)?(?:yes|yeah|yep|ok|okay|you can|keep "
    r"(?:them|it|my messages))\b|^\W*(?:ok\W+)?(?:yes|yeah|yep)\W+(?:you can )?keep (?:them|it)\b",
    re.IGNORECASE,
)
# Asking why we would keep their messages, just after saying no: "why do you need it".
WHY_KEEP = re.compile(
    r"\bwhy\b.{0,30}\b(?:need|want|keep|ask|store|save)|\bwhat (?:for|do (?:you|u) (?:do|keep)|"
    r"does (?:that|it|keeping) mean)\b|\bwhat'?s the point of (?:keeping|that)\b",
    re.IGNORECASE,
)
# What becomes of what is kept when they leave: "what happens to my data if i stop", "does
# unsubscribing delete my messages", "if i text stop is my data deleted".
DATA_AFTER_STOP = re.compile(
    r"\bwhat happens to (?:my|the|all my|all the|our) (?:data|messages|info|information|chats?|"
    r"stuff|check-?ins|texts)\b.{0,30}\b(?:stop|unsubscribe|leave|quit|opt out|stop using)\b|"
    r"\bif i (?:text |send |say |reply )?(?:stop|unsubscribe|leave|quit|opt out)\b.{0,40}"
    r"\b(?:deleted|kept|erased|gone|removed|stay|stored|delete|erase)\b|"
    r"\b(?:does|will|would) (?:stop|unsubscribing|stopping|texting stop|opting out|leaving) "
    r"(?:also )?(?:delete|erase|remove|wipe)\b",
    re.IGNORECASE,
)
# Their copy sent another way: "can you email it to me", "send my data to my email", "as a pdf".
EXPORT_ELSEWHERE = re.compile(
    r"\b(?:email|e-mail|mail) (?:it|them|that|this|me (?:it|a copy|my data|the copy)|my (?:data|"
    r"copy|chats?|messages))\b|\b(?:to|by|via|on) (?:my )?e-?mail\b.{0,20}\b(?:data|copy|chats?|"
    r"messages|export)\b|\b(?:data|copy|chats?|messages|export)\b.{0,30}\b(?:to|by|via) "
    r"(?:my )?e-?mail\b|\b(?:as|in) an? (?:pdf|csv|file|spreadsheet|download|document)\b",
    re.IGNORECASE,
)
# How long after a no to keeping messages a yes or a "why?" is about that.
DECLINED_FOR = timedelta(minutes=15)


def _just_declined(convo: Conversation, now: datetime) -> bool:
    """They said no to keeping their messages a moment ago, on first contact."""
    at = convo.slots.get("consent_declined_at")
    return bool(at) and not convo.consent and now - datetime.fromisoformat(str(at)) < DECLINED_FOR


# How long "which city are you in?" (or "if that's wrong, just text your city") waits for an
# answer spelt in a way the offer's own reading misses.
_ZONE_ANSWER_WAIT = timedelta(minutes=10)


def zone_asked(convo: Conversation, now: datetime, *, question: bool) -> None:
    """Note that their city may come next: asked for (``question``), or invited by a
    "if that's wrong, text your city"."""
    convo.slots = {**convo.slots, "zone_asked": {"at": now.isoformat(), "question": question}}


def _zone_just_asked(convo: Conversation, now: datetime) -> bool | None:
    """Whether their city was just asked for (True) or invited (False), or None; asked once:
    the note goes with this message."""
    noted = convo.slots.get("zone_asked")
    if not isinstance(noted, dict):
        return None
    convo.slots = {k: v for k, v in convo.slots.items() if k != "zone_asked"}
    if now - datetime.fromisoformat(str(noted.get("at"))) > _ZONE_ANSWER_WAIT:
        return None
    return bool(noted.get("question"))


def set_zone(session: Session, convo: Conversation, zone: str, now: datetime) -> list[Reply]:
    """Take the zone the person named, and say so; repeating reminders keep their local time
    there ("every day at 9pm" is 9pm in New York now), so none fires twice in one day."""
    convo.timezone, convo.timezone_confirmed = zone, True
    convo.slots = {k: v for k, v in convo.slots.items() if k != "zone_asked"}
    moved = rezone(session, convo, now)
    return [Reply(render("timezone_changed", zone=zone, changed=True, moved=moved))]


# When we text at all, asked: "what time do you stop texting me", "when do u stop messaging at
# night", "how late do you text", "do you message at night?" (not "when will you stop texting
# me", which has had enough, nor a reminder asked for).
_QUIET_ASKED = re.compile(
    r"^\W*(?:(?:so|and|but|hey|hi|um+|ok|okay|btw|quick q(?:uestion)?|just wondering|sorry)\W+)*"
    r"(?:(?:what|wat|wot|which) (?:time|times)|till when|until when|(?:till|until|up (?:un)?til|"
    r"from|by|at) what time|when (?:do|does|d'?you|d'?ya|du))\b"
    r"(?!.*\b(?:remind|reminders?|alarm)\b).{0,30}?\b(?:you|u|ya|mindlink|messages|texts|check-?ins|nudges)\b.{0,25}?\b(?:stop|quit|"
    r"finish|start|begin|go quiet|be quiet|stay quiet|(?:text|txt|messag|send|contact|ping|bother)"
    r"\w*\b.{0,20}\b(?:at night|in the night|overnight|late|in the morning|early))\b|"
    r"^\W*(?:(?:so|and|but|hey|hi|um+|ok|okay|btw)\W+)*(?:(?:what|which) hours|how (?:late|early))"
    r"\b(?!.*\b(?:remind|reminders?|alarm)\b).{0,30}?\b(?:you|u|ya|mindlink|messages|texts|"
    r"check-?ins|nudges)\b.{0,25}?\b(?:stop|quit|finish|start|begin|text|txt|messag|send|contact|"
    r"ping|bother)|"
    r"^\W*(?:(?:so|and|but|hey|um+|ok|okay|btw)\W+)*(?:do|will|would|are|r) (?:you|u|ya) "
    r"(?:gonna |going to |ever )?(?:text|txt|message|msg|send|ping|contact|bother|wake)\w* (?:me )?"
    r"(?:(?:messages|texts|stuff|anything) )?(?:at night|in the night|in the middle of the night|"
    r"overnight|late at night|(?:really |super |very )?late|early in the morning|really early|"
    r"while i'?m (?:asleep|sleeping)|when i'?m (?:asleep|sleeping|in bed))\b",
    re.IGNORECASE,
)


# Fewer messages from us asked for: "can you text me less", "you message too much", "too many
# texts", "less messages pls", "not so many reminders".
_FEWER = re.compile(
    r"^\W*(?:(?:can|could|would) (?:you|u) (?:please |pls )?|please |pls |just )?"
    r"(?:text|message|msg|contact|ping|check in (?:on|with)) me (?:a (?:bit|lot|little) )?"
    r"(?:less|fewer times|less often)\b|"
    r"^\W*(?:but |honestly |tbh |omg |ngl )?(?:you|u|ya) (?:text|message|msg|send|ping)\w* "
    r"(?:me )?(?:way |far |a bit |a lot |so much )?(?:too much|too often|so much|a lot|loads)\b|"
    r"(?:^\W*|\b(?:there are|there'?s|getting|sending|send(?:ing)? me) )"
    r"(?:way |far |a few |a bit )?(?:too many|(?:less|fewer)|not so many) "
    r"(?:messages|texts|msgs|check[- ]?ins|nudges|notifications|reminders)\b"
    r"(?! from (?!you\b|u\b|ya\b|mindlink\b))",
    re.IGNORECASE,
)
# Their clock, or ours, told as wrong: "my time is wrong", "the time's off", "the reminder
# came an hour early", "you've got the wrong time zone".
_TIME_WRONG = re.compile(
    r"\b(?:my|the|your|ur) (?:time|clock|times|time ?zone)(?: is|'s|s| are| seems?| looks?)? "
    r"(?:all )?(?:wrong|off|out|incorrect|messed up|not right)\b|"
    r"\bwrong time ?zone\b|"
    r"\b(?:reminders?|messages?|texts?|it|they|that)\b.{0,25}\b(?:came|comes|come|coming|arrived?|"
    r"went off|goes off|is|are|was|were) (?:an hour|\d+ hours?|a few hours|hours) (?:early|late|"
    r"too early|too late|out)\b|\b(?:reminders?|messages?|texts?) (?:come|came|coming|arrive|"
    r"arrived|are coming) at the wrong time\b",
    re.IGNORECASE,
)


# Not being texted, asked for: "can you not text me on weekends", "dont message me on sundays"
# (not "dont remind me", which is about reminders).
_NOT_TEXTED = re.compile(
    r"\b(?:not|don'?t|dont|do not|never|no)\b.{0,20}\b(?:text|txt|message|msg|contact|ping|"
    r"bother|hear from)\w*\b",
    re.IGNORECASE,
)


def fewer_or_time_wrong(
    convo: Conversation,
    text: str,
    derived: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply] | None:
    """ "can you text me less": the ways to have fewer messages; "my time is wrong", "the
    reminder came an hour early": the zone we have them on, and which city they are in."""
    if len(text.split()) > 20:
        return None
    if _TIME_WRONG.search(text):
        local = now.astimezone(ZoneInfo(convo.timezone))
        zone_asked(convo, now, question=True)
        convo.slots = {**convo.slots, "offer": "timezone_city"}
        return [Reply(render("timezone_wrong", zone=convo.timezone, local=local))]
    if _FEWER.search(text):
        start, end = quiet_window(convo, settings)
        count = len(derived.get("reminders") or [])
        return [Reply(render("fewer_messages", start=start, end=end, reminders=count))]
    if _HOW_OFTEN.search(text) or _WHY_TEXTED.match(text):
        # "how often will you text me", "only message me once a day", "why did you text me"
        start, end = quiet_window(convo, settings)
        return [
            Reply(
                render(
                    "how_often",
                    start=start,
                    end=end,
                    reminders=len(derived.get("reminders") or []),
                    nudges=convo.nudges_stopped_reason is None,
                    days=round(float(settings["nudges"]["inactive_hours"]) / 24),
                    limit=_LIMIT_SAID.search(text) is not None,
                )
            )
        ]
    return None


# How often we text, asked, or a limit asked for: "how often will you message me", "how many
# texts will i get", "only text me once a day".
_HOW_OFTEN = re.compile(
    r"^\W*(?:so |and |but |just wondering,? )?how (?:often|many times|much|regularly) (?:will|do|"
    r"would|are|r|can) (?:you|u|ya) (?:be )?(?:going to |gonna )?(?:text|message|msg|contact|"
    r"ping|check in (?:on|with)|remind|send|messaging|texting)\w*(?: me)?(?: (?:messages|texts))?"
    r"(?:\W+(?:a day|a week|per day|per week))?\W*$|"
    r"^\W*how many (?:texts|messages|msgs|check[- ]?ins) (?:will|do|would) i (?:get|receive)\b|"
    + r"^\W*(?:can (?:you|u) |please |pls )?(?:only|just) (?:text|message|msg|contact) me "
    r"(?:once|one time|twice) a (?:day|week)\b",
    re.IGNORECASE,
)
# "why did you text me", "why am i getting these messages": when we text, told (unless a
# reminder was the last thing sent, which is then named: bot.followups.WHAT_WAS_THAT).
_WHY_TEXTED = re.compile(
    r"^\W*(?:(?:um+|so|hi|hey|hello|wait|erm)\W+)*why (?:did|do|are|r|have) (?:you|u|ya) "
    r"(?:been )?(?:text|messag|msg|contact)(?:e|ed|ing)? me(?: (?:again|now|today|out of the "
    r"blue))?\W*$|^\W*why am i getting (?:these|your|ur|all these|so many) (?:texts|messages|"
    r"msgs)\W*$",
    re.IGNORECASE,
)
_LIMIT_SAID = re.compile(r"\b(?:once|one time|twice) a (?:day|week)\b", re.IGNORECASE)


def quiet_hours_asked(
    convo: Conversation, text: str, settings: dict[str, Any]
) -> list[Reply] | None:
    """When we go quiet and how to change it, for "what time do you stop texting me"; None
    when the message asks no such thing. "11pm to 7am" next sets them."""
    if _QUIET_ASKED.search(text) is None or len(text.split()) > 16:
        return None
    said = quiet_hours(convo, "", settings)
    convo.slots = {**convo.slots, "offer": "quiet_hours"}
    return [Reply(said)]


def how_to_stop(
    convo: Conversation, settings: dict[str, Any], *, when: bool, kept: bool = False
) -> list[Reply]:
    """How STOP works, and the gentler ways (fewer messages, quiet hours at ``when`` asked);
    ``kept``: asked to keep their data, so that STOP erases nothing is said too."""
    start, end = quiet_window(convo, settings)
    return [Reply(render("opt_out_how", when=when, start=start, end=end, kept=kept))]


def quiet_hours(convo: Conversation, text: str, settings: dict[str, Any]) -> str:
    """Set the person's quiet hours from their words, or say what they are."""
    wanted = quiet_hours_from(text)
    if wanted:
        convo.quiet_start, convo.quiet_end = wanted
    start, end = quiet_window(convo, settings)
    return render("quiet_hours", start=start, end=end, off=start == end, changed=bool(wanted))


def _quiet_bound(convo: Conversation, bound: tuple[str, str], settings: dict[str, Any]) -> str:
    """Move one end of the quiet hours ("not before 10am"), keeping the other."""
    start, end = quiet_window(convo, settings)
    side, when = bound
    start, end = (start, when) if side == "end" else (when, end)
    if start == end:  # "not after 8am" with quiet hours ending at 8: say them, change nothing
        return quiet_hours(convo, "", settings)
    convo.quiet_start, convo.quiet_end = start, end
    return render("quiet_hours", start=start, end=end, off=False, changed=True)
