"""Sleep coach: a sleep diary, sleep efficiency, CBT-I tips, an optional wind-down reminder.

start ─┬─ "what's my sleep efficiency" ──▶ the last week of the diary (or an offer to start it)
       ├─ 11pm-5am, no diary asked for ──▶ help for tonight, offer breathing
       │     (asked again that night: more tips; a third time: letting go of trying)
       ├─ "tips" / "advice" ──▶ the tips, offer the diary
       └─▶ diary ──▶ ask bed_time ──▶ ask wake_time ──▶ ask latency ──▶ ask quality ──▶ submit
                                          │                 ▲
              over 12h / under 3h in bed: │ confirm         │ skipped when they told how long
              over 16h / under 1h: asked again              │ they slept ("slept about 6 hours",
                                                            │ "never fell asleep": 0)
   efficiency = time asleep / time in bed
              = (time in bed − time to fall asleep) / time in bed, unless they said how long
   tips: stimulus control · fixed wake time · wind-down ──▶ offer wind-down reminder
   A question mid-diary ("what's 2+2") fills nothing: the same question is asked again.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.common import (
    bare_number,
    effect,
    entity,
    intent_of,
    is_skip,
    now_of,
    say,
    slot,
    text_of,
)
from bot.moods import SCORE_JUDGED, asked_good, vented_about
from bot.routing import A_MOMENT, LOSS
from bot.sleep import (
    IMPOSSIBLE_LONG,
    SHORT_SLEEP,
    TIRED_AFTER_A_FULL_NIGHT,
    WORRIED_AWAKE,
    asks_something,
    asleep_told,
    awake_after,
    bedtime_told,
    clock_answer,
    early_waking,
    hours_only,
    kept_awake_by_thoughts,
    minutes_between,
    morning_finish,
    night_check,
    night_figures,
    rise_time,
    sleep_pattern,
    sleep_question,
    sleep_summary,
    sleeper,
    sleepless,
    small_hours,
    tips,
    up_late,
    wind_down_asked,
    winddown_time,
    woke_time,
)

FORM = "sleep_form"
OFF_TOPIC_SURE = 0.9  # as sure as the check-in is before it says a question is not ours
ASLEEP_SLACK = 15  # minutes: "slept 8 hours" after 7h 50m in bed is a rounding, kept
SLOTS = ("bed_time", "wake_time", "latency", "quality")
# Kept beside the questions: minutes asleep when they told it ("slept about 6 hours", 0 for
# "never fell asleep"), a wake time that makes an unusual night, until it is confirmed, and
# the time they woke for good before getting up ("woke at 4 and couldnt get back").
# A bare "no" to the rating is asked about once ("quality_no"), and a wind-down reminder
# asked for halfway is set at the end ("winddown_wanted"). The question last answered "idk"
# is kept ("diary_unsure"): asked again more roughly once, then let go.
# Time awake in the middle of the night, told at any question, is kept too ("awake_night"),
# and so is time on a phone or screen in bed before trying to sleep ("screen_awake").
SIDE_SLOTS = (
    "asleep",
    "wake_check",
    "woke_at",
    "quality_no",
    "winddown_wanted",
    "diary_unsure",
    "awake_night",
    "screen_awake",
)
# A wake time put right with these words at the confirmation ("yes", "that's right").
_CONFIRMED = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|ya|y|correct|right|that'?s right|thats right|it is|true|really|"
    r"honestly|yes really|yes that'?s right)\b",
    re.IGNORECASE,
)
_WORD_MINUTES = {
    "few": 5,
    "quick": 10,  # "quick (under 15 minutes)", as the rough question puts it
    "quickly": 10,
    "fast": 10,
    "not long": 10,
    "wasn't long": 10,
    "wasnt long": 10,
    "no time": 5,
    "straight away": 2,
    "straightaway": 2,
    "right away": 2,
    "immediately": 1,
    "instantly": 1,
    "like a light": 1,
    "a while": 30,
    "ages": 60,
    "long time": 60,
    "too long": 60,
    "forever": 90,
    "half an hour": 30,
    "half hour": 30,
    "quarter of an hour": 15,
}
# How many hours, said as a length: "an hour and a half", "1.5 hrs", "2 and a half hours",
# "1h30", "a couple of hours", "a few hours", "hours".
_HOURS_LONG = re.compile(
    r"(?<![\d.,:])(?:(?P<n>\d{1,2}(?:[.,]\d+)?|an?|one|two|three|four|five|six|couple(?: of)?|"
    r"few|several)\s*)?(?P<half>and a half\s*)?(?:\b|(?<=\d))(?P<unit>hours?|hrs?|h)(?![a-z])"
    r"(?P<half_after>\s*and a half)?(?:\s*(?:and\s*)?(?P<m>\d{1,2})\s*(?:mins?|minutes?|m)?\b)?",
    re.IGNORECASE,
)
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _hours_long(text: str) -> int | None:
    """Minutes in a length told in hours ("hour and a half" 90, "a few hours" 180)."""
    found = _HOURS_LONG.search(text)
    if found is None:
        return None
    said = (found.group("n") or "").lower()
    if not said:  # "hours" is more than one; "hour and a half" is one and a half
        hours = 2.0 if found.group("unit").lower() in ("hours", "hrs") else 1.0
    elif said[0].isdigit():
        hours = float(said.replace(",", "."))
    else:
        hours = float(_COUNT_WORDS.get(said, 2 if said.startswith("couple") else 3))
    if found.group("half") or found.group("half_after"):
        hours += 0.5
    return round(hours * 60) + int(found.group("m") or 0)


def latency_answer(tracker: Tracker) -> int | None:
    """Minutes to fall asleep from "20 mins", "an hour", "ages" or a bare number; what they
    slept ("slept 6 hours") and when they woke ("woke at 4") are not read as one."""
    text = text_of(tracker)
    awake = night_awake(text, "latency")
    text = awake[1] if awake else text  # "was up 2 hrs in the middle" is not this
    early = early_waking(text)
    if early is not None:
        text = early[2]
    told = asleep_told(text)
    if told is None and early is None and awake is None:
        value = entity(tracker, "duration_minutes")
        if value is not None:
            return int(value)
    return latency_from(told[1] if told else text)


def latency_from(text: str) -> int | None:
    """Minutes to fall asleep said in words: "20 mins", "an hour", "ages", "45"."""
    text = text.lower()
    if re.search(r"\b(?:half an? hour|half hour|quarter of an hour)\b", text) is None:
        hours = _hours_long(text)
        if hours is not None:
            return hours
    found = re.search(r"(?<!\d)(\d{1,3})(?!\d|\s*(?:times?|x)\b)", text)  # not "5 times"
    if found is not None:
        return int(found.group(1))
    for words, minutes in sorted(_WORD_MINUTES.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{re.escape(words)}\b", text):  # ("fast", not "breakfast")
            return minutes
    return None


# Time awake in the middle of the night: "was up for 2 hrs in the middle", "awake for like 2
# hours", "lay awake about an hour at 3", "an hour and a half awake in the night".
_LENGTH = (
    r"(?:an?|one|two|three|four|five|couple(?: of)?|few|\d{1,3}(?:[.,]\d)?|half an?|half)\s*"
    r"(?:and a half\s*)?(?:hours?|hrs?|h|mins?|minutes?|m)\b(?:\s*(?:and a half|and \d{1,2}\s*"
    r"(?:mins?|minutes?)))?"
)
_ROUGHLY = (
    r"(?:(?:like|about|around|roughly|maybe|probably|prob|a good|over|nearly|almost|bout)\s+)*"
)
_AWAKE_FOR = re.compile(
    r"\b(?:(?:wide |lay |lying |laid |was |been |were )?awake|(?:was|been|got|woke) up|up|"
    r"woke|woken)\s+"
    rf"(?:(?:at|around|about)\s+\d{{1,2}}(?:[:.]\d\d)?\s*(?:am|pm)?\s+)?(?:for\s+){_ROUGHLY}"
    rf"(?P<long>{_LENGTH})|"
    rf"\b(?:wide |lay |lying |laid )?awake\s+{_ROUGHLY}(?P<long2>{_LENGTH})|"
    rf"(?P<long3>{_LENGTH})\s+(?:wide )?awake\b",
    re.IGNORECASE,
)
# Said of the middle of the night, not of getting to sleep: "in the middle", "at 3".
_MID_NIGHT = re.compile(
    r"\b(?:middle|in the night|during the night|mid ?night|woke|wake|waking|then|again|after|"
    r"at (?:like |about |around )?\d)\b",
    re.IGNORECASE,
)
# Lying awake before sleep came, which is the time to fall asleep.
_BEFORE_SLEEP = re.compile(
    r"\bbefore (?:i )?(?:fell|fall|falling|dropped|drop|drifted|got to|getting to|went to) "
    r"(?:asleep|off|sleep)\b|\bto (?:fall asleep|drop off|get to sleep)\b",
    re.IGNORECASE,
)


def night_awake(text: str, asked: str | None) -> tuple[int, str] | None:
    """Minutes awake in the middle of the night, and the rest of the text, when the words
    tell it: at the rating any "awake for 2 hours" (how long it took to fall asleep is
    answered by then), at the other questions only when said of the middle of the night
    ("was up for 2 hrs in the middle"); None otherwise."""
    found = _AWAKE_FOR.search(text)
    if found is None or _BEFORE_SLEEP.search(text, found.start(), found.end() + 40):
        return None  # ("lay awake for an hour before i dropped off": the time to fall asleep)
    if asked != "quality" and not _MID_NIGHT.search(text):
        return None
    said = found.group("long") or found.group("long2") or found.group("long3")
    minutes = latency_from(said)
    if not minutes:
        return None
    return minutes, text[: found.start()] + " " + text[found.end() :]


# Asking what the diary shows: "what's my sleep efficiency", "how has my sleep been this week",
# "show me my sleep diary" (not "how can i improve my sleep", which wants tips).
SLEEP_HISTORY = re.compile(
    r"^(?!.*\b(?:improve|better|increase|raise|fix|boost|help me)\b).*(?:"
    r"\b(?:what'?s|whats|what is|what was|what were|what has|how'?s|how is|how was|how has|"
    r"how have)\s+(?:been\s+)?my\s+(?:sleep|nights?)\b|"
    r"\b(?:show|see|view|tell me about|give me|check|look at|read|send|pull up)\b(?:\s+\w+){0,2}?"
    r"\s+my\s+(?:sleep|nights?)\b|"
    r"\bmy (?:sleep|sleeping) (?:efficiency|history|stats|statistics|summary|average|log|trend|"
    r"scores?|data|so far|results?|diary (?:so far|entries|history|results))\b|"
    r"\bhow (?:did|have|has) i (?:been )?(?:slept|sleep|sleeping)\b)",
    re.IGNORECASE,
)
DIARY_ASKED = re.compile(r"\b(diary|log|last night)\b", re.IGNORECASE)
DIARY_NAMED = re.compile(r"\b(diary|log)\b", re.IGNORECASE)
# Keeping track asked for: "can you help me track my sleep", "keep a record of my sleep".
TRACK_ASKED = re.compile(r"\b(?:track(?:ing)?|record|diary|log)\b(?<!on track)", re.IGNORECASE)
# A routine for bedtime asked for: "i need a bedtime routine", "night time routine ideas".
ROUTINE_ASKED = re.compile(
    r"\b(?:bed ?time|night ?time|evening|sleep|pre-?sleep|before bed) routines?\b", re.IGNORECASE
)
TIPS_ASKED = re.compile(
    r"\b(tips?|advice|suggestions?|ideas?|help|what (can|should|do) i do|how (can|do|should) i|"
    r"should i|how (much|many hours)|is it (normal|ok|bad)|best way|ways to|how to|what helps|"
    r"anything (that )?helps)\b",
    re.IGNORECASE,
)
NIGHTMARES = re.compile(
    r"\b(?:nightmares?|(?:bad|horrible|horrid|awful|scary|terrible|frightening|disturbing) "
    r"dreams?|night terrors?)\b",
    re.IGNORECASE,
)
# Sleeping too much: "i sleep too much", "keep oversleeping", "sleeping all day".
TOO_MUCH = re.compile(
    r"\b(?:sleep(?:ing)?|slept) (?:too much|way too much|so much|all day|all the time|"
    r"constantly)\b|\boversleep\w*|\bhypersomnia\b|"
    r"\bcan'?t (?:stop sleeping|stay awake(?: in the day| during the day)?|get out of bed)\b|"
    # "i sleep like 12 hours and still feel tired", "get 11 hrs a night but wake up exhausted"
    r"\b(?:like|about|over|for|sleep|slept|sleeping|get|getting) (?:like |about |over )?"
    r"(?:1[0-6]|ten|eleven|twelve|thirteen|fourteen) ?(?:hours|hrs|h)\b.{0,40}\b(?:still|and|"
    r"but)\b.{0,20}\b(?:tired|exhausted|knackered|shattered|groggy|drained|sleepy|wiped)\b",
    re.IGNORECASE,
)
# A busy mind at bedtime: "my mind wont switch off", "racing thoughts", "overthinking".
RACING_MIND = re.compile(
    r"\b(?:mind|brain|head|thoughts?)\b[^.!?]{0,15}\b(?:racing|spinning|(?:won'?t|wont|can'?t|"
    r"cant|doesn'?t|never) (?:stop|shut up|shut off|switch off|turn off|settle|quiet down|"
    r"slow down))\b|\b(?:mind|brain|head)(?: is|'s|s)? (?:just )?(?:going|going (?:round and "
    r"round|a mile a minute|non ?stop))\W*$|\bracing thoughts\b|\boverthink\w*|"
    r"\bcan'?t (?:switch|shut|turn) "
    r"(?:my (?:brain|mind|head) )?off\b",
    re.IGNORECASE,
)
# Nights lost to stress: "i havent slept in 3 days, exams are killing me" (not one night's diary).
NIGHTS_LOST = re.compile(
    r"\b(?:haven'?t|havent|have not|not|hardly|barely) (?:really |properly |actually )?"
    r"(?:slept|had (?:any|much|proper) sleep)(?: properly| much| at all| well)? (?:in|for) "
    r"(?:\d+|two|three|four|five|a few|several|days|ages|a week|weeks|nights)\b",
    re.IGNORECASE,
)
STRESS_BEHIND = re.compile(r"\bstress\w*|\bkilling me\b|\bso much (?:on|going on)\b", re.I)
# A pattern told, not tonight: "been lying awake till 3am every night".
HABITUAL = re.compile(
    r"\bevery night\b|\bmost nights\b|\bnightly\b|\blately\b|\bfor (?:weeks|months|days|ages)\b|"
    r"\ball (?:week|month)\b|\bthese days\b|\bbeen (?:lying|waking|staying|up)\b",
    re.IGNORECASE,
)
# Awake as they write, whatever the clock says ("it's 3am", "mind is racing", "still awake").
LATE_EVENING = 21
CANT_SLEEP = re.compile(
    r"\b(?:can'?t|cant|cannot|unable to|trying to|battling to|struggling to) (?:get to |fall )?"
    r"(?:sleep|asleep)\b|"
    r"\btoo (?:wired|awake|restless)\b",
    re.IGNORECASE,
)
# "honestly i dont want to do this right now": the diary put off, not awake right now
NOT_NOW = re.compile(
    r"\b(?:don'?t|dont|do not) (?:really )?(?:want|wanna|feel like)\b|\bnot (?:right )?now\b",
    re.IGNORECASE,
)
AWAKE_NOW = re.compile(
    r"\b(right now|rn|tonight|still (awake|up)|wide awake|lying (here|awake|in bed)"
    r"|tossing and turning|racing thoughts|(mind|brain|head|thoughts)( is|'s|s| are| keeps?)"
    r" (racing|spinning|going|won'?t (stop|shut|switch|turn))"
    r"|(it'?s|its) (almost |nearly |past |gone )?\d{1,2}(:\d\d)? ?(am|a\.m\.|in the morning))\b",
    re.IGNORECASE,
)


# A good night told: "slept well for once", "finally had a decent night's sleep".
SLEPT_WELL = re.compile(
    r"^(?!.*\b(?:not|never|didn'?t|didnt|hardly|barely|wish|but)\b).*(?:\bslept (?:really |so |"
    r"pretty |quite |actually )?(?:well|great|good|amazing|brilliant|properly|like a (?:log|baby)|"
    r"through|"
    r"all night|8 hours|9 hours)|\b(?:good|great|decent|proper|full|amazing) night'?s? (?:sleep|"
    r"kip|rest)|\bgot (?:a )?(?:good|decent|proper|full) (?:sleep|night|kip|8 hours))",
    re.IGNORECASE,
)

# The good night was a child's: "my baby slept through", "the little one slept 7 hours".
_SOMEONE_ELSE_SLEPT = re.compile(
    r"\b(?:baby|babies|newborn|little one|son|daughter|kids?|child|children|toddler|boy|girl|"
    r"twins|(?:s?he|they))\b(?: \w+){0,3} (?:slept|sleeps|stayed asleep|went down|settled)\b",
    re.IGNORECASE,
)


# A baby crying through the night, told: "my baby has colic and screams all night", "she
# wont stop crying". It's OK to put them down safely and step away comes first.
BABY_CRIES = re.compile(
    r"\bcolic\w*|\bscream\w*|\binconsolable\b|\b(?:crying|cries|cry)\b.{0,20}\b(?:all night|"
    r"for hours|non ?stop|constantly|every night)\b|\b(?:won'?t|wont|will not) (?:stop crying|"
    r"settle)\b",
    re.IGNORECASE,
)


# Topics told with a diary answer ("awful, night sweats again"): the answer is read.
TOLD_WITH_AN_ANSWER = frozenset({"pain", "pregnancy", "menopause"})
# Topics answered that have more to say when asked for next ("any tips", "how do i stop").
TOPICS_WITH_MORE = frozenset({"snoring", "own_snoring", "screens", "caffeine", "jet_lag"})


class ActionStartSleep(Action):
    """Help for tonight when they are awake now, tips when asked for, otherwise the diary."""

    def name(self) -> str:
        """Action name."""
        return "action_start_sleep"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Choose what fits the time and the words, then answer or open the diary; the topic
        answered ("snoring", "screens", "caffeine", "jet_lag") is kept, so "any tips" or
        "how do i stop" next gets more on it."""
        events = await self._choose(dispatcher, tracker, domain)
        topic = sleep_question(text_of(tracker))
        answered = topic in TOPICS_WITH_MORE and any(
            isinstance(e, dict) and e.get("name") == "offer" for e in events
        )
        told = {"topic": topic, "at": now_of(tracker).isoformat()} if answered else None
        return [*events, SlotSet("sleep_topic", told)]

    async def _choose(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Choose what fits the time and the words, then answer or open the diary."""
        text = text_of(tracker)
        if SLEEP_HISTORY.search(text):
            return await ActionSleepSummary().run(dispatcher, tracker, domain)
        told_well = SLEPT_WELL.search(text) is not None and DIARY_NAMED.search(text) is None
        if DIARY_ASKED.search(text) and not told_well:  # ("slept so well last night": glad)
            return await ActionSleepDiary().run(dispatcher, tracker, domain)
        if wind_down_asked(text) == "routine" or ROUTINE_ASKED.search(text):
            # "wind down routine pls", "i need a bedtime routine": one, not the diary
            return _wind_down_routine(dispatcher, tracker)
        who, pattern = sleeper(text), sleep_pattern(text)
        if who == "shift":  # "i work nights and cant sleep in the day": whatever the hour
            # ("if i finish at 7am": sleep soon after getting home, not before a 7am alarm)
            track = TRACK_ASKED.search(text) is not None  # "can you help me track my sleep"
            say(dispatcher, "sleep_shift", track=track, **morning_finish(text))
            return [SlotSet("offer", "sleep_diary")] if track else []
        if who == "baby" and BABY_CRIES.search(text):  # "colic and screams all night, im losing
            # it": safe to put them down and step away, then support
            say(dispatcher, "crying_baby", helpline=slot(tracker, "helpline", {}), young=False)
            return [SlotSet("offer", "breathing")]
        topic = sleep_question(text)
        if who in ("baby", "child") and pattern is None and topic in (None, "tips"):
            # "how do i get any sleep with a newborn", "my 6 year old wont go to sleep": broken
            # nights with a baby, or a child's bedtimes, not the usual advice (a good night
            # told is glad news, below)
            pattern = None if SLEPT_WELL.search(text) else "general"
        tonight = _awake_tonight(tracker, text)
        if topic and topic != "tips":  # "how much sleep do i need", "is it bad to nap"
            local = _local(tracker)
            # "what is sleep efficiency" just after the diary: answered, not the diary again
            today = slot(tracker, "today", "")
            logged = any(n.get("day") == today for n in slot(tracker, "recent_sleep", []) or [])
            say(
                dispatcher,
                "sleep_answer",
                topic=topic,
                who=who,
                during=False,
                night=tonight,
                logged=logged,
                **local,
                **bedtime_told(text),
            )
            if tonight:
                return [SlotSet("offer", "night_breathing")]
            if topic == "pain":  # slow breathing eases pain's hold; a diary would not
                return [SlotSet("offer", "sleep_breathing")]
            no_diary = who in ("baby", "child") or logged
            return [] if no_diary else [SlotSet("offer", "sleep_diary")]
        if NIGHTMARES.search(text):  # at night: calming down after one comes first
            lost = LOSS.search(text) is not None  # "a bad dream about my dad who died"
            say(dispatcher, "sleep_nightmares", tonight=tonight, lost=lost, **_local(tracker))
            return [SlotSet("offer", "night_breathing" if tonight else "sleep_breathing")]
        if tonight:
            return _help_tonight(dispatcher, tracker, who)
        worried = WORRIED_AWAKE.search(text) and not TIPS_ASKED.search(text)  # (not "help?")
        about = vented_about(text)
        stress = about in ("study", "work", "money") or STRESS_BEHIND.search(text) is not None
        days = NIGHTS_LOST.search(text) is not None and stress
        if RACING_MIND.search(text) or worried or kept_awake_by_thoughts(text) or days:
            # "my mind wont switch off", "cant sleep because of my anxiety": what helps;
            # "i havent slept in 3 days, exams are killing me": the stress behind it met first
            say(dispatcher, "sleep_racing", days=days, about=about)
            return [SlotSet("offer", "sleep_breathing")]  # yes: breathing; "tips": more tips
        full = TIRED_AFTER_A_FULL_NIGHT.search(text) is not None  # "exhausted even after 8 hours"
        if TOO_MUCH.search(text) or full:  # "i sleep too much and still tired": not a diary
            say(
                dispatcher,
                "sleep_too_much",
                full=full and not TOO_MUCH.search(text),
                **_local(tracker),
            )
            return [SlotSet("offer", "sleep_diary")]
        if pattern:  # "i keep waking up at 3am every night": that, not one night's diary
            say(dispatcher, "sleep_pattern", kind=pattern, who=who, **_local(tracker))
            if who == "child":  # (the diary is their own nights, not the child's)
                return []
            return [SlotSet("offer", "breathing" if who == "baby" else "sleep_diary")]
        if topic == "tips" or TIPS_ASKED.search(text):
            say(dispatcher, "sleep_tips")
            return [SlotSet("offer", "sleep_diary")]
        if CANT_SLEEP.search(text) or NIGHTS_LOST.search(text):
            # "i cant sleep", "i havent slept in 3 days", in the day: what helps, then the diary
            say(dispatcher, "sleep_tips")
            return [SlotSet("offer", "sleep_diary")]
        if SLEPT_WELL.search(text):  # "slept well for once": glad, and the diary offered
            # "my baby slept through the night!!": glad with them; the diary is their own
            # nights, so it is not offered for the baby's
            theirs = who in ("baby", "child") and _SOMEONE_ELSE_SLEPT.search(text) is not None
            say(dispatcher, "sleep_good_night", who=who if theirs else None)
            return [] if theirs else [SlotSet("offer", "sleep_diary")]
        return await ActionSleepDiary().run(dispatcher, tracker, domain)


def _awake_tonight(tracker: Tracker, text: str) -> bool:
    """Awake as they write: in the small hours, in words ("still awake", "it's 3am"), or
    unable to sleep late in the evening ("cant sleep, too wired" at 22:30)."""
    local = now_of(tracker).astimezone(ZoneInfo(str(slot(tracker, "timezone", "UTC"))))
    if HABITUAL.search(text) and not small_hours(local.hour):
        return False
    late = local.hour >= LATE_EVENING and CANT_SLEEP.search(text) is not None
    return small_hours(local.hour) or AWAKE_NOW.search(text) is not None or late


# In tears as they write at night: "lying here crying and cant sleep".
IN_TEARS = re.compile(r"\b(?:crying|cried|in tears|sobbing|tears)\b", re.IGNORECASE)
# Fed up with lying awake: "ive been lying here since midnight, i hate this", "again, so sick
# of it", "why cant i just sleep like a normal person".
FED_UP_AWAKE = re.compile(
    r"\b(?:hate (?:this|it)|(?:so )?sick of (?:this|it)|fed up|why (?:can'?t|cant|won'?t|wont) i"
    r"(?: just)? (?:sleep|get to sleep|drop off)|(?:lying|laying|been) (?:here|awake) (?:since|for "
    r"(?:hours|ages))|so done with (?:this|it)|every (?:single )?night)\b",
    re.IGNORECASE,
)
# Woken to care for someone: "im a carer and i get woken up all night by my mum".
CARER = re.compile(
    r"\bcarer\b|\bcaring for (?:my|her|his|their)\b|\blook(?:ing)? after my (?:mum|mom|mam|dad|"
    r"mother|father|husband|wife|partner|nan|gran|grandma|grandad|son|daughter)\b",
    re.IGNORECASE,
)


# Help for tonight given within this long counts as the same night: asked again ("what if i
# still cant sleep"), more is given rather than the same block.
SAME_NIGHT = timedelta(hours=6)


# The bed time a wind-down reminder is first offered for, before any is known.
USUAL_BED = "23:00"


def _wind_down_routine(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """A wind-down routine, with a nightly reminder for it offered unless one is set."""
    had = any(r.get("kind") == "sleep" for r in tracker.get_slot("reminders") or [])
    quiet = dict(slot(tracker, "quiet_hours", {}) or {})
    at = None if had else winddown_time(USUAL_BED, quiet.get("start"), quiet_end=quiet.get("end"))
    say(dispatcher, "sleep_winddown", time=at)
    return [SlotSet("offer", "winddown"), SlotSet("offer_time", at)] if at else []


def _help_tonight(
    dispatcher: CollectingDispatcher, tracker: Tracker, who: str | None = None
) -> list[EventType]:
    """Help for being awake now: the first time what helps, then more tips, then a word
    about letting go of trying (never the same block twice in one night)."""
    now = now_of(tracker)
    given = dict(tracker.get_slot("night_help") or {})
    since = given.get("at")
    times = int(given.get("times") or 0)
    if not since or now - datetime.fromisoformat(str(since)) > SAME_NIGHT:
        since, times = now.isoformat(), 0
    said = text_of(tracker)
    if times == 0:
        who = who or ("carer" if CARER.search(said) else None)
        upset, fed_up = IN_TEARS.search(said) is not None, FED_UP_AWAKE.search(said) is not None
        say(dispatcher, "sleep_tonight", who=who, upset=upset, fed_up=fed_up)
    elif times == 1:
        say(dispatcher, "sleep_tips_more", tonight=True)
    else:
        say(dispatcher, "sleep_tonight_still")
    return [
        SlotSet("offer", "night_breathing"),
        SlotSet("night_help", {"at": since, "times": times + 1}),
    ]


def _local(tracker: Tracker) -> dict[str, str]:
    """What the person's country calls the family doctor ("GP") and who visits a new baby
    ("health visitor"), for the words that name them."""
    line = tracker.get_slot("helpline") or {}
    return {"doctor": line.get("doctor") or "doctor", "baby_nurse": line.get("baby_nurse") or ""}


class ActionSleepSummary(Action):
    """What the sleep diary shows for the last week, or an offer to start one."""

    def name(self) -> str:
        """Action name."""
        return "action_sleep_summary"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Read back the nights logged (from the ``recent_sleep`` context slot); offer the
        diary for last night when it is not logged yet."""
        summary = _summary_of(tracker)
        say(dispatcher, "sleep_summary", summary=summary, during=False)
        if summary is not None and summary["logged_today"]:
            return []
        return [SlotSet("offer", "sleep_diary")]


def _summary_of(tracker: Tracker) -> dict[str, Any] | None:
    """The diary's last week, or None when this deployment does not derive the nights."""
    nights = tracker.get_slot("recent_sleep")
    if nights is None:
        return None
    today = str(slot(tracker, "today", now_of(tracker).date().isoformat()))
    return sleep_summary(list(nights), today)


class ActionSleepDiary(Action):
    """Open the sleep diary for last night."""

    def name(self) -> str:
        """Action name."""
        return "action_sleep_diary"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Explain the diary and begin; what the message already told is kept, and only the
        rest is asked ("went to bed at 11:30, woke up at 6:45, slept like crap")."""
        text = text_of(tracker)
        if SLEEP_HISTORY.search(text):  # "show me my sleep diary": what it holds
            return await ActionSleepSummary().run(dispatcher, tracker, domain)
        told = night_told(text)
        rated = told.get("quality") or rating_told(text)
        short = told.get("asleep") is not None and int(told["asleep"]) <= SHORT_NIGHT
        rough = (rated is not None and rated <= 2) or short or _ROUGH_NIGHT.search(text) is not None
        say(dispatcher, "sleep_intro", noted=bool(told), rough=rough)
        if told.get("wake_check"):
            bed, wake = str(told["bed_time"]), str(told["wake_check"])
            say(dispatcher, "sleep_wake_check", **_night_said(bed, wake))
        first = next((name for name in SLOTS if told.get(name) is None), None)
        return [
            ActiveLoop(FORM),
            *(SlotSet(name, told.get(name)) for name in (*SLOTS, *SIDE_SLOTS)),
            SlotSet("requested_slot", first),
        ]


# A bad night told as the diary begins ("slept terribly", "barely slept"): heard first.
_ROUGH_NIGHT = re.compile(
    r"\b(?:terribl[ey]|awful(?:ly)?|horribl[ey]|badly|rubbish|crap|shit|hardly|barely|"
    r"(?:didn'?t|didnt|did not|couldn'?t|couldnt) sleep|no sleep|rough night|bad night|"
    r"worst night)\b",
    re.IGNORECASE,
)
# Minutes asleep at or under which a night told is a short one, heard as rough.
SHORT_NIGHT = 4 * 60


# Asked for halfway through the diary, and given before it goes on.
TIPS_WANTED = re.compile(
    r"^\W*(?:(?:ok|okay|actually|hmm+|um+|so|can|could|i|you|u|please|pls|just|give|me|some|"
    r"any|got|have|get|want|need|would|like|i'?d|send|the|tell)\W+){0,6}(?:sleep(?:ing)?\s+)?"
    r"(?:tips?|advice|ideas|suggestions|help me sleep(?: better)?)(?:\W+(?:please|pls|instead|"
    r"first|then|for (?:sleep|sleeping)|on (?:sleep|sleeping)|to sleep(?: better)?|with "
    r"(?:sleep|sleeping)))*\W*$",
    re.IGNORECASE,
)
WINDDOWN_ASKED = re.compile(
    r"\bwind(?:ing)?[- ]?down\b.{0,30}\b(?:remind\w*|nudge|alert|alarm)\b|"
    r"\b(?:remind\w*|nudge|alert|alarm)\b.{0,30}\bwind(?:ing)?[- ]?down\b|"
    r"\bbed ?time (?:reminder|nudge|alarm)\b|"
    r"\bremind(?:er)? (?:me )?(?:to go |when to go |about going )?(?:to|for) bed\b",
    re.IGNORECASE,
)
# The diary asked for in the diary: the same question again.
DIARY_AGAIN = re.compile(
    r"^\W*(?:(?:the|my|a|do|doing|start|fill in|ok|yes)\s+)*(?:sleep\s+)?diary\W*$|"
    r"^\W*log (?:my )?sleep\W*$",
    re.IGNORECASE,
)


def _asked_aside(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """Something asked for halfway through the diary, answered: tips ("tips", "i cant
    sleep"), a wind-down reminder (set at the end), a question about sleep ("what's a good
    bedtime for a teenager"), or the diary itself; None for an answer (or anything else)."""
    if WINDDOWN_ASKED.search(text) and clock_answer(text, "bed") is None:
        say(dispatcher, "sleep_winddown_later")
        return [SlotSet("winddown_wanted", True)]
    # "i was up till 2 on my phone": an answer to the diary, read as one
    topic = None if up_late(text) else sleep_question(text)
    numbers = re.search(r"\d", text) is not None  # "cant sleep till 2": an answer, read as one
    if topic == "tips" or TIPS_WANTED.match(text) or (CANT_SLEEP.search(text) and not numbers):
        say(dispatcher, "sleep_tips", during=True)
        return []
    if topic and topic not in TOLD_WITH_AN_ANSWER:  # "awful, my back pain kept me up": read
        who = sleeper(text)
        say(
            dispatcher,
            "sleep_answer",
            topic=topic,
            who=who,
            during=True,
            night=False,
            **_local(tracker),
            **bedtime_told(text),
        )
        return []
    if DIARY_AGAIN.match(text):
        return []
    return None


# A time just given, put right: "no wait it was 1am", "sorry i meant half 12", "actually 8".
_FIXING = re.compile(
    r"^\W*(?:(?:no+|nah|wait|sorry|oops|soz|actually|hang on|oh|hmm+|i mean|i meant|meant|"
    r"scratch that|make (?:it|that)|it was|it wa?s more like|more like)\b\W*)+",
    re.IGNORECASE,
)
# Not knowing, said first ("no idea, 7 maybe", "nah not sure tbh"): no correction.
_UNSURE_FIRST = re.compile(
    r"^\W*(?:(?:no+|nah|nope|hmm+|um+|oh|sorry|soz|honestly|tbh|well|wait)\W+)*(?:i\s+)?"
    r"(?:no (?:idea|clue)|not a clue|not (?:really |too |that |very )?(?:sure|certain)|unsure|"
    r"idk|dunno|(?:don'?t|dont|do not) (?:really )?(?:know|remember)|"
    r"(?:can'?t|cant|cannot) (?:really )?(?:remember|recall|say)|who knows)\b",
    re.IGNORECASE,
)
# Which answer a correction is about, told after the question that followed it.
_FIXES_ANSWER = {"wake_time": "bed_time", "latency": "wake_time"}


def _time_fixed(
    dispatcher: CollectingDispatcher, tracker: Tracker, text: str
) -> list[EventType] | None:
    """A bed or wake time put right at the next question: kept, said back, and the same
    question asked again; None when the message is not such a correction."""
    asked = str(tracker.get_slot("requested_slot") or "")
    if not _FIXING.match(text) or asked not in _FIXES_ANSWER or tracker.get_slot("wake_check"):
        return None  # ("sorry, 3pm" to "just to check, up at 3am?" answers that)
    if _UNSURE_FIRST.match(text):  # "no idea, 7 maybe": a rough answer to this question
        return None
    marker = _MARKERS.search(text)
    fixes = _FIXES_ANSWER[asked]
    if marker is not None:
        fixes = "bed_time" if marker.group("bed") else "wake_time"
    if tracker.get_slot(fixes) is None:
        return None
    role = "bed" if fixes == "bed_time" else "wake"
    said = clock_answer(_without_amount(text), role)
    if said is None:
        return None
    bed_now, wake_now = tracker.get_slot("bed_time"), tracker.get_slot("wake_time")
    if marker is None and fixes == "wake_time" and bed_now and wake_now:
        # "wait actually it was 11pm" after 10pm and 8am: no night ends at 11pm, but one
        # begins then, so it is the bed time put right (not "up at 11pm", 1h in bed)
        as_bed = clock_answer(_without_amount(text), "bed")
        moved = night_check(str(bed_now), said) != "ok"
        if moved and as_bed and night_check(as_bed, str(wake_now)) == "ok":
            fixes, role, said = "bed_time", "bed", as_bed
    bed = said if fixes == "bed_time" else tracker.get_slot("bed_time")
    wake = said if fixes == "wake_time" else tracker.get_slot("wake_time")
    if bed and wake and night_check(str(bed), str(wake)) == "odd":
        return None  # no night fits it: left to the question asked
    say(dispatcher, "sleep_time_fixed", role=role, at=said)
    return [SlotSet(fixes, said), SlotSet("aside", True)]


# Not knowing the answer (not "what do you mean", which is about the question).
NOT_KNOWN = re.compile(
    r"^\W*(?:(?:um+|hm+|honestly|sorry|tbh|oh|lol|ugh|nah|nope|no|well)[ ,.!]*)*(?:i )?"
    r"(?:idk|dunno|i dunno|"
    r"(?:really |honestly )?(?:don'?t|dont|do not) (?:really )?(?:know|remember|recall)|"
    r"not sure|unsure|no idea|no clue|not a clue|(?:can'?t|cant|cannot) (?:remember|recall|say)|"
    r"forgot|(?:i )?have no idea|hard to say|who knows)"
    r"(?:[ ,.!]*(?:really|tbh|honestly|sorry|lol|to be honest|tho|though|mate|x+))*\W*$",
    re.IGNORECASE,
)
# One question passed over: "skip", "skip that one", "pass", "next question".
_SKIP_ONE = re.compile(
    r"^\W*(?:(?:um+|ok(?:ay)?|just|can (?:we|i)|lets|let'?s)\s+)*(?:skip|pass|next)"
    r"(?:\s+(?:it|this|that|this one|that one|the question|this question|that question|"
    r"question|one|please|pls|plz))*\W*$",
    re.IGNORECASE,
)
# Not knowing, said with a "no" first ("nah not sure", "nope dunno"), which is no way out.
_NO_FIRST = re.compile(r"^\W*(?:no+|nah+|nope)\b(?!\W*(?:idea|clue)\b)", re.IGNORECASE)
# Told "idk" twice about how long it took: most people who cannot remember dropped off
# without noticing, so a typical time stands in (and is said, so it can be put right).
TYPICAL_LATENCY = 15


def _not_known(asked: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """ "idk" to a diary question: asked once more, roughly; the second time the rating is
    left out, the time to fall asleep taken as typical, and a diary with no bed or wake
    time left for the morning after (rather than asked a third time)."""
    if tracker.get_slot("diary_unsure") != asked:
        return [SlotSet("diary_unsure", asked)]  # the gentler question comes next
    if asked == "quality":
        return [SlotSet("quality", 0), SlotSet("diary_unsure", None)]
    if asked == "latency":
        say(dispatcher, "sleep_latency_guessed", minutes=TYPICAL_LATENCY)
        return [SlotSet("latency", TYPICAL_LATENCY), SlotSet("diary_unsure", None)]
    say(dispatcher, "sleep_not_known")
    return [
        ActiveLoop(None),
        SlotSet("requested_slot", None),
        *(SlotSet(name, None) for name in (*SLOTS, *SIDE_SLOTS)),
    ]


def _judged(tracker: Tracker) -> tuple[str | None, int]:
    """What "is that bad?" mid-diary asks about, and its minutes: how long it took to fall
    asleep (asked just before the rating), how long they slept (told), or the time in bed
    (both times told); (None, 0) when nothing yet."""
    asked = tracker.get_slot("requested_slot")
    latency, asleep = tracker.get_slot("latency"), tracker.get_slot("asleep")
    bed, wake = tracker.get_slot("bed_time"), tracker.get_slot("wake_time")
    if asked == "quality" and latency is not None and asleep is None:
        return "latency", int(latency)
    if asleep is not None:
        return "asleep", int(asleep)
    if bed and wake:
        return "in_bed", minutes_between(str(bed), str(wake))
    return None, 0


def _confidence(tracker: Tracker) -> float:
    """How sure the model is of the latest message's intent."""
    return float((tracker.latest_message.get("intent") or {}).get("confidence") or 0.0)


def _night_said(bed: str, wake: str) -> dict[str, Any]:
    """What the templates about one night's times need."""
    return {"bed_time": bed, "wake_time": wake, "in_bed": minutes_between(bed, wake)}


_BED_WORDS = r"\b(?:bed|slept at|asleep|sleep at|crashed|lights out|turned in)\b"
_WAKE_WORDS = r"\b(?:woke|wake|waking|got up|get up|up at|awake at|up(?= \d))\b"
_MARKERS = re.compile(f"(?P<bed>{_BED_WORDS})|(?P<wake>{_WAKE_WORDS})", re.IGNORECASE)
# A night told as a span: "slept from 11 to 7", "i slept 11-7", "in bed 10:30pm till 6".
_SPAN_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?"
_NIGHT_SPAN = re.compile(
    r"\b(?:slept|sleeping|asleep|in bed|bed)\b\W*(?:from |between |about |around |like )?"
    rf"(?P<bed>{_SPAN_CLOCK})\s*(?:-|–|to|till|til|until|and)\s*(?:about |around )?"
    rf"(?P<wake>{_SPAN_CLOCK})(?![\d:.])(?!\s*(?:mins?|minutes?|hours?|hrs?|h)\b)",
    re.IGNORECASE,
)
_NIGHT_RATED = re.compile(
    r"\bslept (?:like (?:crap|shit|rubbish|a baby|a log)|badly|terribly|awful|poorly|well|"
    r"great|ok|okay|fine|alright)\b",
    re.IGNORECASE,
)
_RATINGS = {
    "crap": 1,
    "shit": 1,
    "rubbish": 1,
    "terribly": 1,
    "awful": 1,
    "badly": 2,
    "poorly": 2,
    "ok": 3,
    "okay": 3,
    "fine": 3,
    "alright": 3,
    "well": 4,
    "great": 5,
    "a baby": 5,
    "a log": 5,
}


def night_told(text: str) -> dict[str, Any]:
    """Bed time, wake time, a rating and how long they slept, told in one message, as the
    diary keeps them.

    Each time is read from the part of the message that names it ("went to bed at 11:30",
    "woke up at 6:45"). A wake time that does not fit the bed time is left to be asked, and
    one that makes an unusual night (over 12 hours in bed) is kept to be confirmed.
    """
    told: dict[str, Any] = {}
    awake = night_awake(text, None)  # "was awake for 2 hours in the middle": not a waking
    text = awake[1] if awake else text
    span = _NIGHT_SPAN.search(text)
    if span:  # "slept from 11 to 7", "in bed 10:30-6:30"
        bed, wake = clock_answer(span["bed"], "bed"), clock_answer(span["wake"], "wake")
        told = {"bed_time": bed, "wake_time": wake} if bed and wake else {}
    marks = [] if told else list(_MARKERS.finditer(text))
    ends = [mark.start() for mark in marks[1:]] + ([len(text)] if marks else [])
    for mark, end in zip(marks, ends, strict=True):
        role = "bed" if mark.group("bed") else "wake"
        part = text[mark.start() : end]
        said = clock_answer(part, role)
        if said and f"{role}_time" not in told:
            told[f"{role}_time"] = said
    early = early_waking(text)
    if early is not None:  # "woke at 4 and couldnt get back": woke then, up is asked
        told["woke_at"] = early[0]
        told.pop("wake_time", None)
        if early[1]:
            told["wake_time"] = early[1]
    bed, wake = told.get("bed_time"), told.get("wake_time")
    if bed and told.get("woke_at") and not _woke_in_night(bed, told["woke_at"], wake):
        del told["woke_at"]
    if bed and wake and night_check(bed, wake) != "ok":
        if night_check(bed, wake) == "confirm":
            told["wake_check"] = wake
        del told["wake_time"]
    asleep = None if asks_something(text) else asleep_told(text)
    if asleep is not None:
        told["asleep"] = asleep[0]
    took = took_to_sleep(text) if told and "asleep" not in told else None
    if took is not None:  # "took ages", "took about an hour to drop off"
        told["latency"] = took
    dropped = _ASLEEP_AT.search(text) if told.get("bed_time") and "latency" not in told else None
    at = clock_answer(dropped.group(1), "bed") if dropped else None
    if at and 0 < minutes_between(str(told["bed_time"]), at) <= 6 * 60:
        # "went to bed at 10, fell asleep around 11": an hour to fall asleep, not asked again
        told["latency"] = minutes_between(str(told["bed_time"]), at)
    rating = rating_told(text) if told else None
    if rating is not None:
        told["quality"] = rating
    if awake is not None:
        told["awake_night"] = awake[0]
    screen = screen_awake(text, told.get("bed_time")) if "latency" not in told else None
    if screen is not None:  # "went to bed at 11 but was on my phone till 1": awake in bed
        told["screen_awake"] = screen
    return told


# How they felt, told with the night: "felt rubbish", "woke up feeling ok".
_NOW_OR_TODAY = re.compile(r"\b(?:today|rn|right now|now|atm|at the moment)\b", re.I)
_FELT = re.compile(r"\b(?:felt|feel|feeling)\b(?P<how>[^,.;!?]{1,25})", re.IGNORECASE)


def rating_told(text: str) -> int | None:
    """A rating of the night told in passing with its times: "slept like crap" 1, "felt
    rubbish" 1, "slept ok" 3; None when the words do not rate it."""
    out_of_five = _OUT_OF_FIVE.search(text)
    if out_of_five:  # "2/5", "3 out of 5" to the wake time: the rating, told early
        return int(out_of_five.group(1))
    out_of_ten = _OUT_OF_TEN.search(text)
    if out_of_ten and 1 <= int(out_of_ten.group(1)) <= 10:
        return max(1, round(int(out_of_ten.group(1)) / 2 + 0.01))
    rated = _NIGHT_RATED.search(text)
    word = rated.group(0).lower().removeprefix("slept ").removeprefix("like ") if rated else ""
    if word in _RATINGS:
        return _RATINGS[word]
    felt = _FELT.search(text)
    if felt and _NOW_OR_TODAY.search(felt.group("how")):
        return None  # "i feel awful today tbh": their day, not the night
    return quality_words(felt.group("how")) if felt else None


# How long it took, told with the night's times: "took ages", "took about an hour to drop off"
# (not "took my tablets at 10": a bare number there is a time, not a length).
_TOOK = re.compile(r"\btook\s+(?:me\s+)?(?P<how>[^,.;!?]{1,40})", re.IGNORECASE)
_LENGTH_UNIT = re.compile(r"\d\s*(?:mins?|minutes?|m|hours?|hrs?|h)\b", re.IGNORECASE)


def took_to_sleep(text: str) -> int | None:
    """Minutes to fall asleep from "took ..." in a message that tells the night."""
    took = _TOOK.search(text)
    if took is None:
        return None
    how = took.group("how")
    if re.search(r"\d", how) and not _LENGTH_UNIT.search(how):
        return None
    return latency_from(how)


# To how long it took to fall asleep, that it never came: "never did", "i didnt", "never".
_NEVER_DID = re.compile(
    r"^\W*(?:(?:i|honestly|tbh|well|um+|erm+)\W+)*(?:never(?: did)?|didn'?t|did not|i never did)"
    r"(?:\W+(?:at all|tbh|honestly|lol|sadly|unfortunately))*\W*$",
    re.IGNORECASE,
)


def _slept_hours(tracker: Tracker) -> int | None:
    """Hours on their own to how long it took to fall asleep ("bout 6 hrs i reckon") that
    would leave under an hour of sleep: how long they slept, misheard as the question."""
    hours = hours_only(text_of(tracker))
    bed, wake = tracker.get_slot("bed_time"), tracker.get_slot("wake_time")
    if tracker.get_slot("requested_slot") != "latency" or hours is None or not bed or not wake:
        return None
    return hours if hours >= minutes_between(str(bed), str(wake)) - 60 else None


def _woke_in_night(bed: str, woke: str, wake: str | None) -> bool:
    """A time of waking for good that falls after bed and before getting up."""
    into_night = minutes_between(bed, woke)
    if into_night > IMPOSSIBLE_LONG:
        return False
    return wake is None or (woke != wake and into_night < minutes_between(bed, wake))


# "got up straight away" to "what time did you get up in the end?": when they woke.
_UP_THEN = re.compile(
    r"\b(?:straight away|right away|straightaway|immediately|at once|there and then|same time|"
    r"then|just got up|got (?:straight )?up(?: then| too| after)?|got out of bed)\b",
    re.IGNORECASE,
)


def _without_amount(text: str) -> str:
    """The message with how long they slept taken out ("only got about 4 and a half hours"
    is no bedtime of 4:30)."""
    told = asleep_told(text)
    return told[1] if told else text


# Sleep that came late: "didnt fall asleep till 3", "couldn't get to sleep until half 2",
# "fell asleep around 11".
_ASLEEP_AT = re.compile(
    r"\b(?:(?:didn'?t|did not|couldn'?t|could not|never|only|finally|eventually|wasn'?t)\s+"
    r"(?:fall(?:ing)?|fell|get|got|drop(?:ped)?|drift(?:ed)?)?\s*(?:asleep|to sleep|off|"
    r"sleeping|sleep)|fell asleep|dropped off|drifted off|nodded off|got to sleep)\s+(?:till|"
    r"until|til|before|at|around|about|gone)\s+(?:like\s+|about\s+|around\s+)?(.{1,20})",
    re.IGNORECASE,
)
# On a phone or a screen in bed until a time: "was on my phone till 1", "scrolling til 2am",
# "watching netflix until half 1". Awake in bed, not asleep.
_SCREEN_UNTIL = re.compile(
    r"\b(?:on (?:my|the|me|her|his) (?:phone|ipad|tablet|laptop|switch)|phone|(?:doom ?)?scroll"
    r"\w*|tiktok|youtube|insta(?:gram)?|reels|netflix|gaming|play(?:ing|ed)? (?:games|on)|"
    r"watch(?:ing|ed)? (?:tv|telly|netflix|youtube|stuff|things|something|a film|a movie|"
    r"videos|shows?)|texting|messaging|on social media)\b[^.!?]{0,25}?\b(?:till|until|til|"
    r"untill|to|til like)\s+(?:like\s+|about\s+|around\s+|gone\s+|past\s+)?(.{1,20})",
    re.IGNORECASE,
)
# Longer than this on a screen after getting into bed is not believed (asked as usual).
SCREEN_AT_MOST = 6 * 60


def screen_awake(text: str, bed: str | None) -> int | None:
    """Minutes on a phone or screen in bed after the bed time ("in bed at 11 but on my phone
    till 1" is 120), or None when none is told or it does not fit the night."""
    said = _SCREEN_UNTIL.search(text)
    until = clock_answer(said.group(1), "bed") if said and bed else None
    if until is None or bed is None:
        return None
    gap = minutes_between(bed, until) % (24 * 60)
    return gap if 0 < gap <= SCREEN_AT_MOST else None


def _screen_told(text: str, events: list[EventType], tracker: Tracker) -> list[EventType]:
    """Time on a phone in bed, told with an answer ("11, but i was on my phone till 1"), kept
    to count as awake in bed; nothing when it took them that long to fall asleep anyway."""
    if tracker.get_slot("screen_awake") is not None:
        return []
    filled = {str(e.get("name")): e.get("value") for e in events if e.get("event") == "slot"}
    if filled.get("latency") is not None:
        return []
    bed = filled.get("bed_time") or tracker.get_slot("bed_time")
    screen = screen_awake(text, str(bed)) if bed else None
    return [] if screen is None else [SlotSet("screen_awake", screen)]


def _told_early(asked: Any, events: list[EventType], dispatcher: CollectingDispatcher) -> None:
    """ "awful", "i feel awful tbh", "45 mins", "took ages" in place of a time: kept as how
    they slept or how long it took, and said back before the same question (not the question
    again as if unheard)."""
    if asked not in ("bed_time", "wake_time", "latency"):
        return
    filled = {e.get("name"): e.get("value") for e in events if e.get("event") == "slot"}
    if filled.get(str(asked)) is not None:
        return
    rating = filled.get("quality")
    if rating:
        say(dispatcher, "sleep_rated_noted", rating=int(rating))
    latency = filled.get("latency")
    if asked != "latency" and latency is not None and "asleep" not in filled:
        say(dispatcher, "sleep_latency_noted", minutes=int(latency))


class ValidateSleepForm(FormValidationAction):
    """Bed time, wake time, time to fall asleep, quality."""

    def name(self) -> str:
        """Action name."""
        return "validate_sleep_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Awake as they answer ("it's 3am", "still awake"): help for tonight, not the diary.
        A question ("what's 2+2") fills nothing; one about their diary is answered; how long
        they slept is kept, whichever question it answers."""
        text = text_of(tracker)
        awake = AWAKE_NOW.search(text) is not None and not NOT_NOW.search(text)
        if awake or (CANT_SLEEP.search(text) and _awake_tonight(tracker, text)):
            tonight = _help_tonight(dispatcher, tracker)
            return [ActiveLoop(None), SlotSet("requested_slot", None), *tonight]
        if SLEEP_HISTORY.search(text):  # answered, then the same question again
            say(dispatcher, "sleep_summary", summary=_summary_of(tracker), during=True)
            return []
        if A_MOMENT.match(text):  # "hang on a sec", "one sec": no rush (and not 1am)
            say(dispatcher, "diary_wait")
            return [SlotSet("aside", True)]
        aside = _asked_aside(dispatcher, tracker, text)
        if aside is not None:  # tips, a wind-down reminder or a question: then on we go
            return [*aside, SlotSet("aside", True)]
        judged = _judged(tracker) if SCORE_JUDGED.match(text) else None
        if judged is not None:  # "is that bad?" of what they just told: answered, asked again
            good = asked_good(text)
            say(dispatcher, "sleep_judged", what=judged[0], minutes=judged[1], good=good)
            return [SlotSet("aside", True)]
        if asks_something(text) and not _SO_SO.search(text):  # ("could be better": a rating)
            # nothing is filled; the question is asked again
            if intent_of(tracker) == "out_of_scope" and _confidence(tracker) >= OFF_TOPIC_SURE:
                say(dispatcher, "form_off_topic")  # "who won the match last night"
            return []
        asked = tracker.get_slot("requested_slot")
        fixed = _time_fixed(dispatcher, tracker, text)
        if fixed is not None:  # "no wait it was 1am": the last answer put right, not a no
            return fixed
        if asked in SLOTS and NOT_KNOWN.match(text):  # "idk", "cant remember"
            events = _not_known(str(asked), dispatcher, tracker)
            if _NO_FIRST.match(text) and tracker.get_slot("diary_unsure") != asked:
                # "nah not sure tbh": not a no to the diary; asked again, roughly
                return [*events, SlotSet("aside", True)]
            return events
        if asked == "latency" and _SKIP_ONE.match(text):
            # "skip" to how long it took to fall asleep: that one left out (a typical time
            # stands in, and is said), not the whole diary with the times already told
            say(dispatcher, "sleep_latency_guessed", minutes=TYPICAL_LATENCY, skipped=True)
            return [SlotSet("latency", TYPICAL_LATENCY), SlotSet("diary_unsure", None)]
        if asked == "quality" and _NO_ONLY.match(text) and not tracker.get_slot("quality_no"):
            # a bare "no" to the rating: the way to leave it out, and the question again
            say(dispatcher, "sleep_quality_no")
            return [SlotSet("quality_no", True), SlotSet("aside", True)]
        early = early_waking(text)
        woke = self._woke(early[0] if early else None, tracker)
        if woke:
            tracker.slots["woke_at"] = woke
        events = await super().run(dispatcher, tracker, domain)
        events += _screen_told(text, events, tracker)
        _told_early(asked, events, dispatcher)
        if woke and not any(e.get("name") == "woke_at" for e in events):
            events.append(SlotSet("woke_at", woke))
            if asked in ("latency", "quality"):  # told late: heard, then the same question
                say(dispatcher, "sleep_woke_noted", woke_at=woke)
        in_night = None if early else night_awake(text, str(asked))
        if in_night is not None and in_night[0] != tracker.get_slot("awake_night"):
            # "was up for 2 hrs in the middle": kept, said back, and the question goes on
            say(dispatcher, "sleep_awake_noted", minutes=in_night[0])
            events.append(SlotSet("awake_night", in_night[0]))
            if not any(e.get("name") == asked and e.get("value") is not None for e in events):
                events.append(SlotSet("aside", True))
            text = in_night[1]  # ("up for 2 hours" is no length of sleep)
        told = asleep_told(text)
        if told is None and asked == "latency" and _NEVER_DID.match(text):
            told = (0, "")  # "never did", "i didnt": they never fell asleep
        bare = hours_only(text) if asked in ("bed_time", "wake_time") else None
        if told is None and bare is not None:  # "maybe 4 hours" for a time: how long they slept
            told = (bare, "")
        slept = _slept_hours(tracker) if told is None else None
        if slept is not None:  # "bout 6 hrs" for how long it took: how long they slept
            say(dispatcher, "sleep_asleep_noted", asleep=slept)
            told = (slept, "")
        asleep = told[0] if told else tracker.get_slot("asleep")
        if asleep is None:
            return events
        return events + self._with_asleep(int(asleep), told is not None, dispatcher, tracker)

    @staticmethod
    def _woke(said: str | None, tracker: Tracker) -> str | None:
        """The time they woke for good, told now, when it fits the night known so far."""
        if said is None:
            return None
        bed, wake = tracker.get_slot("bed_time"), tracker.get_slot("wake_time")
        if bed and not _woke_in_night(str(bed), said, str(wake) if wake else None):
            return None
        if not bed and wake and minutes_between(said, str(wake)) > 12 * 60:
            return None
        return said

    @staticmethod
    def _with_asleep(
        asleep: int, told_now: bool, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> list[EventType]:
        """Keep how long they slept; once the night's times are known it stands for the time
        to fall asleep, which is then not asked (a night longer than the time in bed is not
        kept, and the question is asked instead)."""
        requested = tracker.get_slot("requested_slot")
        bed, wake = tracker.get_slot("bed_time"), tracker.get_slot("wake_time")
        in_bed = minutes_between(str(bed), str(wake)) if bed and wake else None
        if in_bed is not None and asleep > in_bed + ASLEEP_SLACK:
            say(dispatcher, "sleep_asleep_odd", in_bed=in_bed, asleep=asleep)
            return [SlotSet("asleep", None)]
        events: list[EventType] = []
        if in_bed is not None:
            asleep = min(asleep, in_bed)
            if tracker.get_slot("latency") is None:
                events.append(SlotSet("latency", in_bed - asleep))
        answered = requested in ("latency", None) or tracker.get_slot(str(requested)) is not None
        heard = told_now and tracker.get_slot("asleep") != asleep  # (not again when said again)
        # (the summary says it next: a sleepless night is not rated, so with the night's
        # times known the diary is done)
        ending = asleep == 0 and (requested == "quality" or in_bed is not None)
        if heard and (asleep == 0 or not answered) and not ending:
            say(dispatcher, "sleep_asleep_noted", asleep=asleep)
        if asleep == 0 and tracker.get_slot("quality") is None:
            events.append(SlotSet("quality", 1))  # a night with no sleep is not asked to be rated
        return [SlotSet("asleep", asleep), *events]

    async def extract_bed_time(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """ "11", "11:30pm", "half 12", "midnight"."""
        if tracker.get_slot("requested_slot") != "bed_time":
            return {}
        text = _without_amount(text_of(tracker))
        # "got home from night shift at 8, bed at 9am": the time said of bed, not the first
        value = night_told(text).get("bed_time") or clock_answer(text, "bed")
        return {"bed_time": value} if value else {}

    def validate_bed_time(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A bed time that cannot go with a wake time told first is asked again."""
        wake = tracker.get_slot("wake_time")
        if wake and night_check(str(value), str(wake)) == "odd":
            say(dispatcher, "sleep_wake_odd", **_night_said(str(value), str(wake)))
            return {"bed_time": None}
        return {"bed_time": value}

    async def extract_wake_time(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """ "7", "6:45am"; "yes" when asked to confirm an unusual night. Told with the bed
        time ("went to bed at 9:30 ... got up at 6:30"), it is kept too."""
        text = text_of(tracker)
        asked = tracker.get_slot("requested_slot")
        if asked == "bed_time" and tracker.get_slot("wake_time") is None:
            early = early_waking(text)
            up = early[1] if early else rise_time(text) or woke_time(text)
            # "slept from 11 to 7": the night's span, both its ends
            up = up or (None if early else night_told(text).get("wake_time"))
            return {"wake_time": up} if up else {}
        if asked != "wake_time":
            return {}
        pending = tracker.get_slot("wake_check")
        if pending and _CONFIRMED.match(text) and clock_answer(text, "wake") is None:
            return {"wake_time": pending}
        early = early_waking(text)
        if early is not None:  # "woke at 4 and couldnt get back": up is asked for next
            up = early[1] or clock_answer(_without_amount(early[2]), "wake")
            if up is None and _UP_THEN.search(early[2]):
                up = early[0]  # "woke at 5 and just got up"
            return {"wake_time": up} if up else {}
        value = rise_time(text) or clock_answer(_without_amount(text), "wake")
        woke = tracker.get_slot("woke_at")
        if value is None and woke and _UP_THEN.search(text):
            value = str(woke)  # "straight away", asked when they got up after waking
        return {"wake_time": value} if value else {}

    def validate_wake_time(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Up before bed or hardly in bed is asked again; over 12 or under 3 hours in bed is
        checked with them first (kept once they confirm it or say the same time again)."""
        bed = tracker.get_slot("bed_time")
        check = night_check(str(bed), str(value)) if bed else "ok"
        if check == "odd":
            say(dispatcher, "sleep_wake_odd", **_night_said(str(bed), str(value)))
            return {"wake_time": None, "wake_check": None}
        woke = tracker.get_slot("woke_at")
        if woke and not (
            _woke_in_night(str(bed), str(woke), str(value))
            if bed
            else awake_after(str(woke), str(value)) <= 12 * 60
        ):
            tracker.slots["woke_at"] = None  # up before the waking told: that one is dropped
            return {"wake_time": value, "wake_check": None, "woke_at": None}
        if check == "confirm" and value != tracker.get_slot("wake_check"):
            say(dispatcher, "sleep_wake_check", **_night_said(str(bed), str(value)))
            return {"wake_time": None, "wake_check": value}
        return {"wake_time": value, "wake_check": None}

    async def extract_latency(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Minutes to fall asleep; told early ("took ages, like an hour" to the wake-time
        question), it is kept, and the question asked is asked again."""
        asked = tracker.get_slot("requested_slot")
        if asked in ("bed_time", "wake_time") and tracker.get_slot("latency") is None:
            said = text_of(tracker)
            if asked == "wake_time" and tracker.get_slot("woke_at") and _UP_THEN.search(said):
                return {}  # "straight away" to when they got up after waking is not this
            asleep = _ASLEEP_AT.search(said)
            at = clock_answer(asleep.group(1), "bed") if asleep else None
            bed = tracker.get_slot("bed_time") or (
                clock_answer(said[: asleep.start()], "bed") if asleep else None
            )
            if bed and at and bed != at:  # "went to bed at 12 but didnt fall asleep till 3"
                # is 3 hours ("fell asleep around 2 woke at 10" is the bed time, asked on)
                return {"latency": minutes_between(str(bed), at) % (24 * 60)}
            took = took_to_sleep(said)  # "bed at 12 up at 7 took ages"
            if took is not None:
                return {"latency": took}
            if hours_only(said) is not None:  # "maybe 4 hours": how long they slept
                return {}
            if _OUT_OF_FIVE.search(said) or _OUT_OF_TEN.search(said):  # "2/5": a rating
                return {}
            role = "bed" if asked == "bed_time" else "wake"
            if clock_answer(said, role) is None:  # a length of time, not a clock time
                early = latency_answer(tracker)
                return {"latency": early} if early is not None else {}
            return {}
        if asked != "latency" or _slept_hours(tracker) is not None:
            return {}
        value = latency_answer(tracker)
        return {"latency": value} if value is not None else {}

    def validate_latency(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Between 0 and the whole night."""
        bed, wake = tracker.get_slot("bed_time"), tracker.get_slot("wake_time")
        limit = minutes_between(str(bed), str(wake)) if bed and wake else 16 * 60
        return {"latency": int(value) if 0 <= int(value) <= limit else None}

    async def extract_quality(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """1 to 5, or words like "awful" / "great"; "skip" keeps the night unrated (0). Told
        with an earlier answer ("woke at 6:30, felt rubbish"), it is kept."""
        asked = tracker.get_slot("requested_slot")
        if asked in ("bed_time", "wake_time", "latency") and tracker.get_slot("quality") is None:
            rating = rating_told(text_of(tracker))
            if rating is None and asked != "bed_time" and _NIGHT_IN_A_WORD.match(text_of(tracker)):
                rating = quality_words(text_of(tracker))  # "bad", "crap tbh": the night rated
            return {"quality": rating} if rating is not None else {}
        if asked != "quality":
            return {}
        text = text_of(tracker).lower()
        early = early_waking(text)
        text = early[2] if early else text  # "woke at 5 and couldnt get back": no 5 out of 5
        if _NO_ONLY.match(text):  # no rating: asked once more, then kept unrated
            return {"quality": 0} if tracker.get_slot("quality_no") else {}
        if is_skip(text):
            return {"quality": 0}
        out_of_ten = _OUT_OF_TEN.search(text)
        if out_of_ten and int(out_of_ten.group(1)) <= 10:  # "4/10": the same on our scale
            return {"quality": max(1, round(int(out_of_ten.group(1)) / 2 + 0.01))}
        number = None if _COUNTED.search(text) else bare_number(text)
        if number is not None and 1 <= number <= 5:
            return {"quality": number}
        if sleepless(text):  # "didnt sleep at all really": the worst night there is
            return {"quality": 1}
        score = quality_words(text)
        return {"quality": score} if score else {}


# The night rated in a word, told before the rating is asked: "bad", "awful tbh", "pretty
# crap" (not "ok", which acknowledges the question).
_NIGHT_IN_A_WORD = re.compile(
    r"^\W*(?:(?:it was|was|honestly|tbh|pretty|really|so|just|very|proper)\s+)*(?:bad|awful|"
    r"terrible|horrible|horrendous|crap|crappy|shit|shite|rubbish|shocking|dreadful|rough|"
    r"great|amazing|brilliant)(?:\s+(?:tbh|honestly|lol|night|sleep|really|mate|x+))*\W*$",
    re.IGNORECASE,
)
# "no", "nope": not a rating, and not a wish to skip it ("skip" or "rather not" is).
_NO_ONLY = re.compile(r"^\W*(?:no|nope|nah|n|none|nothing|no thanks|no thank you)\W*$", re.I)
_OUT_OF_FIVE = re.compile(r"(?<![\d.])([1-5])\s*(?:/|out of)\s*5\b", re.IGNORECASE)
_OUT_OF_TEN = re.compile(r"(?<![\d.])(\d{1,2})\s*(?:/|out of)\s*10\b", re.IGNORECASE)
_QUALITY_WORDS = {
    "awful": 1,
    "terrible": 1,
    "horrible": 1,
    "rubbish": 1,
    "crap": 1,
    "shit": 1,
    "shocking": 1,
    "dreadful": 1,
    "horrendous": 1,
    "grim": 1,
    "shite": 1,
    "shitty": 1,
    "crappy": 1,
    "dire": 1,
    "hellish": 1,
    "rough": 2,
    "badly": 2,
    "poorly": 2,
    "bad": 2,
    "poor": 2,
    "lousy": 2,
    "restless": 2,
    "broken": 2,
    "meh": 3,
    "ok": 3,
    "okay": 3,
    "fine": 3,
    "alright": 3,
    "average": 3,
    "so-so": 3,
    "mid": 3,
    "decent": 4,
    "good": 4,
    "solid": 4,
    "nice": 4,
    "fab": 5,
    "perfect": 5,
    "great": 5,
    "amazing": 5,
    "excellent": 5,
    "brilliant": 5,
}
_NOT_BEFORE_WORD = re.compile(
    r"\b(?:not|wasn'?t|isn'?t|never|hardly)(?:\s+(?:too|very|that|so|"
    r"really|particularly|at all))?\s*$",
    re.IGNORECASE,
)


# "best sleep in ages", "slept like a log": a great night; "worst night ever": an awful one.
_BEST_WORST = re.compile(
    r"\bbest\s+(?:night'?s?\s+)?(?:sleep|kip|night)\b|"
    r"\bslept like (?:a )?(?:log|baby|rock)\b|"
    r"\b(?P<worst>worst)\s+(?:night'?s?\s+)?(?:sleep|kip|night)\b",
    re.IGNORECASE,
)
_NOT_NEAR = re.compile(r"\b(?:not|never|hardly|wasn'?t|isn'?t)(?:\s+[\w']+){0,2}\s*$", re.I)
_SO_SO = re.compile(
    r"\bcould (?:have )?(?:be|been) better\b|\bnot the best\b|\bseen better\b|\bso so\b",
    re.IGNORECASE,
)


def quality_words(text: str) -> int | None:
    """A rating from 1 to 5 in words: "awful" 1, "ok" 3, "great" 5; "not good" is 2 and
    "not too bad" 3."""
    so_so = _SO_SO.search(text)  # "could be better", "not the best", "so so"
    if so_so:
        return 3 if so_so.group(0).lower() == "so so" else 2
    extreme = _BEST_WORST.search(text)
    if extreme and _NOT_NEAR.search(text[: extreme.start()]):
        return 2 if extreme.group("worst") is None else None  # "not my best night"
    if extreme:
        return 1 if extreme.group("worst") else 5
    for found in re.finditer(r"[a-z]+(?:-[a-z]+)?", text.lower()):
        score = _QUALITY_WORDS.get(found.group(0))
        if score is None:
            continue
        if _NOT_BEFORE_WORD.search(text[: found.start()]):
            return 2 if score >= 3 else 3
        return score
    return None


# "woke up 3 times", "slept 4 hours": a number that counts something is not a rating.
_COUNTED = re.compile(
    r"\d\s*(?:times|x\b|hours?|hrs?|h\b|mins?|minutes?|am\b|pm\b|o'?clock)", re.IGNORECASE
)


class ActionSubmitSleep(Action):
    """Store the night, give efficiency and tips, offer a wind-down reminder."""

    def name(self) -> str:
        """Action name."""
        return "action_submit_sleep"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Compute and explain; a night without sleep is met kindly, never called good."""
        bed, wake = str(slot(tracker, "bed_time")), str(slot(tracker, "wake_time"))
        latency, quality = int(slot(tracker, "latency", 0)), int(slot(tracker, "quality", 3))
        screen = int(tracker.get_slot("screen_awake") or 0)  # on the phone in bed, awake
        latency = min(latency + screen, minutes_between(bed, wake))
        told = tracker.get_slot("asleep")
        woke = tracker.get_slot("woke_at")
        awake = awake_after(str(woke), wake) if woke else 0
        awake = awake if awake < minutes_between(bed, wake) else 0
        woke_early = awake
        night = int(tracker.get_slot("awake_night") or 0)  # "up for 2 hrs in the middle"
        night = night if awake + latency + night < minutes_between(bed, wake) else 0
        awake += night
        in_bed, asleep, eff = night_figures(
            bed, wake, latency, None if told is None else int(told), awake
        )
        effect(
            dispatcher,
            "save_sleep",
            bed_time=bed,
            wake_time=wake,
            latency=latency,
            quality=quality,
            efficiency=eff,
            awake_minutes=awake,
        )
        say(
            dispatcher,
            "sleep_done",
            efficiency=round(eff * 100),
            hours=in_bed // 60,
            minutes=in_bed % 60,
            asleep=None if told is None and not awake else asleep,
            sleepless=asleep == 0,
            woke_at=woke if woke_early else None,
            awake_night=night if told is None else 0,
            quality=quality,
            short=asleep < SHORT_SLEEP,
            slept=asleep,
            tips=tips(eff, latency, quality, in_bed, awake, asleep),
        )
        quiet = dict(slot(tracker, "quiet_hours", {}) or {})
        winddown = winddown_time(bed, quiet.get("start"), quiet_end=quiet.get("end"))
        done: list[EventType] = [
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            *(SlotSet(s, None) for s in (*SLOTS, *SIDE_SLOTS)),
        ]
        had = any(r.get("kind") == "sleep" for r in tracker.get_slot("reminders") or [])
        if tracker.get_slot("winddown_wanted") and not had:  # asked for halfway: set now
            effect(
                dispatcher,
                "create_reminder",
                kind="sleep",
                label="wind down",
                rrule="FREQ=DAILY",
                local_time=winddown,
                first=None,
            )
            return done
        if had:  # one is set already: not offered again
            return done
        say(dispatcher, "offer_winddown", time=winddown)
        return [*done, SlotSet("offer", "winddown"), SlotSet("offer_time", winddown)]
