"""Sleep coach: a sleep diary, sleep efficiency, CBT-I tips, an optional wind-down reminder.

start ─┬─ 11pm-5am, no diary asked for ──▶ help for tonight, offer breathing
       ├─ "tips" / "advice" ──▶ the tips, offer the diary
       └─▶ diary ──▶ ask bed_time ──▶ ask wake_time ──▶ ask latency ──▶ ask quality ──▶ submit
                                                               │
   efficiency = (time in bed − time to fall asleep) / time in bed
   tips: stimulus control · fixed wake time · wind-down ──▶ offer wind-down reminder
"""

from __future__ import annotations

import re
from typing import Any
from zoneinfo import ZoneInfo

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.common import bare_number, effect, entity, is_skip, now_of, say, slot, text_of
from bot.sleep import clock_answer, efficiency, minutes_between, small_hours, tips, winddown_time

FORM = "sleep_form"
SLOTS = ("bed_time", "wake_time", "latency", "quality")
_WORD_MINUTES = {
    "few": 5,
    "straight away": 2,
    "instantly": 1,
    "ages": 60,
    "forever": 90,
    "an hour": 60,
    "half an hour": 30,
    "hour": 60,
    "couple of hours": 120,
    "two hours": 120,
    "quarter of an hour": 15,
}


def latency_answer(tracker: Tracker) -> int | None:
    """Minutes to fall asleep from "20 mins", "an hour", "ages" or a bare number."""
    value = entity(tracker, "duration_minutes")
    if value is not None:
        return int(value)
    text = text_of(tracker).lower()
    found = re.search(r"(?<!\d)(\d{1,3})(?!\d|\s*(?:times?|x)\b)", text)  # not "5 times"
    number = int(found.group(1)) if found else None
    hours = "hour" in text or "hr" in text
    if number is not None:
        return number * 60 if hours and number < 12 else number
    for words, minutes in sorted(_WORD_MINUTES.items(), key=lambda kv: -len(kv[0])):
        if words in text:
            return minutes
    return None


DIARY_ASKED = re.compile(r"\b(diary|log|last night)\b", re.IGNORECASE)
TIPS_ASKED = re.compile(
    r"\b(tips?|advice|suggestions?|ideas?|help|what (can|should|do) i do|how (can|do|should) i|"
    r"should i|how (much|many hours)|is it (normal|ok|bad)|best way|ways to|how to|what helps|"
    r"anything (that )?helps)\b",
    re.IGNORECASE,
)
NIGHTMARES = re.compile(r"\b(nightmares?|bad dreams?|night terrors?)\b", re.IGNORECASE)
# A busy mind at bedtime: "my mind wont switch off", "racing thoughts", "overthinking".
RACING_MIND = re.compile(
    r"\b(?:mind|brain|head|thoughts?)\b[^.!?]{0,15}\b(?:racing|spinning|(?:won'?t|wont|can'?t|"
    r"cant|doesn'?t|never) (?:stop|shut up|shut off|switch off|turn off|settle|quiet down|"
    r"slow down))\b|\bracing thoughts\b|\boverthink\w*|\bcan'?t (?:switch|shut|turn) "
    r"(?:my (?:brain|mind|head) )?off\b",
    re.IGNORECASE,
)
# A pattern told, not tonight: "been lying awake till 3am every night".
HABITUAL = re.compile(
    r"\bevery night\b|\bmost nights\b|\bnightly\b|\blately\b|\bfor (?:weeks|months|days|ages)\b|"
    r"\ball (?:week|month)\b|\bthese days\b|\bbeen (?:lying|waking|staying|up)\b",
    re.IGNORECASE,
)
# Awake as they write, whatever the clock says ("it's 3am", "mind is racing", "still awake").
LATE_EVENING = 21
CANT_SLEEP = re.compile(
    r"\b(?:can'?t|cant|cannot|unable to|trying to) (?:get to |fall )?(?:sleep|asleep)\b|"
    r"\btoo (?:wired|awake|restless)\b",
    re.IGNORECASE,
)
AWAKE_NOW = re.compile(
    r"\b(right now|rn|tonight|still (awake|up)|wide awake|lying (here|awake|in bed)"
    r"|tossing and turning|racing thoughts|(mind|brain|head|thoughts)( is|'s|s| are| keeps?)"
    r" (racing|spinning|going|won'?t (stop|shut|switch|turn))"
    r"|(it'?s|its) (almost |nearly |past |gone )?\d{1,2}(:\d\d)? ?(am|a\.m\.|in the morning))\b",
    re.IGNORECASE,
)


class ActionStartSleep(Action):
    """Help for tonight when they are awake now, tips when asked for, otherwise the diary."""

    def name(self) -> str:
        """Action name."""
        return "action_start_sleep"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Choose what fits the time and the words, then answer or open the diary."""
        text = text_of(tracker)
        if DIARY_ASKED.search(text):
            return await ActionSleepDiary().run(dispatcher, tracker, domain)
        local = now_of(tracker).astimezone(ZoneInfo(str(slot(tracker, "timezone", "UTC"))))
        awake_now = AWAKE_NOW.search(text) is not None and not HABITUAL.search(text)
        # "cant sleep, too wired" at 22:30: tonight, not a diary of last night
        late = local.hour >= LATE_EVENING and CANT_SLEEP.search(text) and not HABITUAL.search(text)
        if small_hours(local.hour) or awake_now or late:
            say(dispatcher, "sleep_tonight")
            return [SlotSet("offer", "night_breathing")]
        if RACING_MIND.search(text):  # "my mind wont switch off": what helps with that
            say(dispatcher, "sleep_racing")
            return [SlotSet("offer", "breathing")]
        if NIGHTMARES.search(text):
            say(dispatcher, "sleep_nightmares")
            return [SlotSet("offer", "breathing")]
        if TIPS_ASKED.search(text):
            say(dispatcher, "sleep_tips")
            return [SlotSet("offer", "sleep_diary")]
        return await ActionSleepDiary().run(dispatcher, tracker, domain)


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
        told = night_told(text_of(tracker))
        say(dispatcher, "sleep_intro", noted=bool(told))
        first = next((name for name in SLOTS if told.get(name) is None), None)
        return [
            ActiveLoop(FORM),
            *(SlotSet(name, told.get(name)) for name in SLOTS),
            SlotSet("requested_slot", first),
        ]


_BED_WORDS = r"\b(?:bed|slept at|asleep|sleep at|crashed|lights out|turned in)\b"
_WAKE_WORDS = r"\b(?:woke|wake|waking|got up|get up|up at|awake at)\b"
_MARKERS = re.compile(f"(?P<bed>{_BED_WORDS})|(?P<wake>{_WAKE_WORDS})", re.IGNORECASE)
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
    """Bed time, wake time and a rating told in one message, as the diary keeps them.

    Each time is read from the part of the message that names it ("went to bed at 11:30",
    "woke up at 6:45"); a wake time that does not fit the bed time is left to be asked.
    """
    told: dict[str, Any] = {}
    marks = list(_MARKERS.finditer(text))
    ends = [mark.start() for mark in marks[1:]] + ([len(text)] if marks else [])
    for mark, end in zip(marks, ends, strict=True):
        role = "bed" if mark.group("bed") else "wake"
        part = text[mark.start() : end]
        said = clock_answer(part, role)
        if said and f"{role}_time" not in told:
            told[f"{role}_time"] = said
    bed, wake = told.get("bed_time"), told.get("wake_time")
    if bed and wake and not 60 <= minutes_between(bed, wake) <= 16 * 60:
        del told["wake_time"]
    rated = _NIGHT_RATED.search(text) if told else None
    word = rated.group(0).lower().removeprefix("slept ").removeprefix("like ") if rated else ""
    if word in _RATINGS:
        told["quality"] = _RATINGS[word]
    return told


# Sleep that came late: "didnt fall asleep till 3", "couldn't get to sleep until half 2".
_ASLEEP_AT = re.compile(
    r"\b(?:didn'?t|did not|couldn'?t|could not|never|only|finally|eventually|wasn'?t)\s+"
    r"(?:fall(?:ing)?|fell|get|got|drop(?:ped)?|drift(?:ed)?)?\s*(?:asleep|to sleep|off|"
    r"sleeping|sleep)\s+(?:till|until|til|before|at|around)\s+(.{1,20})",
    re.IGNORECASE,
)


class ValidateSleepForm(FormValidationAction):
    """Bed time, wake time, time to fall asleep, quality."""

    def name(self) -> str:
        """Action name."""
        return "validate_sleep_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Awake as they answer ("it's 3am", "still awake"): help for tonight, not the diary."""
        if AWAKE_NOW.search(text_of(tracker)):
            say(dispatcher, "sleep_tonight")
            return [
                ActiveLoop(None),
                SlotSet("requested_slot", None),
                SlotSet("offer", "night_breathing"),
            ]
        return await super().run(dispatcher, tracker, domain)

    async def extract_bed_time(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """ "11", "11:30pm", "half 12", "midnight"."""
        if tracker.get_slot("requested_slot") != "bed_time":
            return {}
        value = clock_answer(text_of(tracker), "bed")
        return {"bed_time": value} if value else {}

    async def extract_wake_time(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """ "7", "6:45am"."""
        if tracker.get_slot("requested_slot") != "wake_time":
            return {}
        value = clock_answer(text_of(tracker), "wake")
        return {"wake_time": value} if value else {}

    def validate_wake_time(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """At least an hour and at most 16 hours after bed time."""
        bed = tracker.get_slot("bed_time")
        if bed and not 60 <= minutes_between(str(bed), str(value)) <= 16 * 60:
            say(dispatcher, "sleep_wake_odd", bed_time=bed, wake_time=value)
            return {"wake_time": None}
        return {"wake_time": value}

    async def extract_latency(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Minutes to fall asleep; told early ("took ages, like an hour" to the wake-time
        question), it is kept, and the question asked is asked again."""
        asked = tracker.get_slot("requested_slot")
        if asked in ("bed_time", "wake_time") and tracker.get_slot("latency") is None:
            said = text_of(tracker)
            asleep = _ASLEEP_AT.search(said)
            at = clock_answer(asleep.group(1), "bed") if asleep else None
            bed = tracker.get_slot("bed_time") or (
                clock_answer(said[: asleep.start()], "bed") if asleep else None
            )
            if bed and at:  # "went to bed at 12 but didnt fall asleep till 3": 3 hours
                return {"latency": minutes_between(str(bed), at) % (24 * 60)}
            role = "bed" if asked == "bed_time" else "wake"
            if clock_answer(said, role) is None:  # a length of time, not a clock time
                early = latency_answer(tracker)
                return {"latency": early} if early is not None else {}
            return {}
        if asked != "latency":
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
        """1 to 5, or words like "awful" / "great"; "skip" keeps the night unrated (0)."""
        if tracker.get_slot("requested_slot") != "quality":
            return {}
        text = text_of(tracker).lower()
        if is_skip(text):
            return {"quality": 0}
        number = None if _COUNTED.search(text) else bare_number(text)
        if number is not None and 1 <= number <= 5:
            return {"quality": number}
        words = {
            "awful": 1,
            "terrible": 1,
            "bad": 2,
            "poor": 2,
            "rubbish": 1,
            "meh": 3,
            "ok": 3,
            "okay": 3,
            "fine": 3,
            "alright": 3,
            "good": 4,
            "great": 5,
            "amazing": 5,
            "excellent": 5,
        }
        for word, score in words.items():
            if word in text.split():
                return {"quality": score}
        return {}


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
        """Compute and explain."""
        bed, wake = str(slot(tracker, "bed_time")), str(slot(tracker, "wake_time"))
        latency, quality = int(slot(tracker, "latency", 0)), int(slot(tracker, "quality", 3))
        eff = efficiency(bed, wake, latency)
        in_bed = minutes_between(bed, wake)
        effect(
            dispatcher,
            "save_sleep",
            bed_time=bed,
            wake_time=wake,
            latency=latency,
            quality=quality,
            efficiency=eff,
        )
        say(
            dispatcher,
            "sleep_done",
            efficiency=round(eff * 100),
            hours=in_bed // 60,
            minutes=in_bed % 60,
            tips=tips(eff, latency, quality, in_bed),
        )
        quiet = dict(slot(tracker, "quiet_hours", {}) or {})
        winddown = winddown_time(bed, quiet.get("start"))
        say(dispatcher, "offer_winddown", time=winddown)
        return [
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            *(SlotSet(s, None) for s in SLOTS),
            SlotSet("offer", "winddown"),
            SlotSet("offer_time", winddown),
        ]
