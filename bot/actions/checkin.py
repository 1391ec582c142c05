"""Check-in: mood 1-10 (or emoji), feeling words, an optional note.

    start ──▶ ask mood ──▶ ask feelings ──▶ ask note ──▶ submit
               │ (prefilled from "I'm a 4, stressed"; words instead of a number
               │  are kept as the feelings and the number is asked again)
               │                                          │
               └──────────────── re-ask twice, then offer a way out

Submit stores the check-in (effect), answers in keeping with the mood and emotion,
notices trends against recent check-ins, and offers an exercise when the mood is low.
"""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.actions.common import (
    SHORT_ANSWER_WORDS,
    bare_number,
    effect,
    emotion_of,
    entity,
    is_skip,
    say,
    slot,
    text_of,
)
from bot.moods import ROUGH_MOODS, band, streak_days, trend
from bot.routing import EASING, LIFE_EVENT, LOSS, MIXED, keyword_action

FORM = "checkin_form"
SLOTS = ("mood", "feelings", "note")


# A number taken back for another: "6 no wait 3", "7, actually more like 5".
_CORRECTED = re.compile(
    r"^\W*\d{1,2}\W+(?:no+|nah|sorry|wait|actually|i mean|make (?:it|that)|scratch that)\b"
    r"(?:\W+(?:wait|actually|sorry|no|more like|like|maybe|prob(?:ably)?|a|an))*\W+(\d{1,2})\W*$",
    re.IGNORECASE,
)
# A score past either end of the scale, said as such: "11/10", "0/10", "a 0 out of 10".
_BEYOND_THE_SCALE = re.compile(
    r"^\W*(?:like |a |an |solid )*(0|1[1-9]|[2-9]\d|\d{3,})\s*(?:/|out of)\s*10\b\W*\w*\W*$",
    re.IGNORECASE,
)


def mood_from(tracker: Tracker) -> int | None:
    """A 1-10 mood from the NLU's entity or a bare number."""
    from nlu import parse_mood_score

    text = text_of(tracker)
    if re.match(r"^\s*(?:minus |-\s*)\d{1,3}(?:\s*/\s*10)?\W*$", text, re.IGNORECASE):
        return 1  # "-3", "minus 10": below the bottom of the scale
    value = entity(tracker, "mood_score")
    if value is not None and len(text.split()) > SHORT_ANSWER_WORDS:
        # "exams in 2 days and im freaking out 😭": an emoji in a long message is a feeling
        # shown, not a score given
        value = parse_mood_score(re.sub(r"[^\w\s/'.]", " ", text))
    corrected = _CORRECTED.search(text)
    if corrected and 1 <= int(corrected.group(1)) <= 10:
        return int(corrected.group(1))  # "6 no wait 3": the number they settled on
    beyond = _BEYOND_THE_SCALE.match(text)
    if value is None and beyond:  # "11/10" is a 10, "0/10" a 1: said past the end, meant
        return 10 if int(beyond.group(1)) > 10 else 1
    if value is None:
        value = bare_number(text)
        if value is not None and not 1 <= value <= 10 and re.search(r"[a-z]{2}", text, re.I):
            return None  # "he was 14", about the dog that died: not a score out of range
    return int(value) if value is not None else None


# The score put right at the next question: "actually 6", "wait no make it 5", "more like a 4".
_MOOD_FIX = re.compile(
    r"^\W*(?:(?:actually|no+|nah|wait|sorry|oops|hmm|i mean|make (?:it|that)|more like|scratch "
    r"that|change (?:it|that) to|it'?s|its|prob(?:ably)?|maybe|like|a|an)\W+)+(\d{1,2})"
    r"(?:\s*/\s*10| out of 10)?(?:\W+(?:actually|tbh|really|instead))?\W*$",
    re.IGNORECASE,
)


def _mood_fixed(text: str) -> int | None:
    """A new 1-10 score said as a correction, else None."""
    found = _MOOD_FIX.match(text)
    if found is None or not 1 <= int(found.group(1)) <= 10:
        return None
    return int(found.group(1))


def feelings_from(tracker: Tracker, text: str = "") -> dict[str, str] | None:
    """The feeling words with the emotion the model read in them (None if unread).

    A shrug ("meh", "so so") is neutral and a hedged low ("been better") is sadness,
    whatever the model made of them.
    """
    name, ekman, confidence = emotion_of(tracker)
    if not text and (ekman == "neutral" or confidence < 0.5):
        return None
    if text:
        name, ekman = by_the_words(text, name, ekman)
    return {"text": text, "emotion": name, "ekman": ekman}


def by_the_words(text: str, name: str, ekman: str) -> tuple[str, str]:
    """The fine emotion and Ekman group once the words have their say over a reading: a
    shrug is neutral, a death told is grief ("my dog died yesterday"), grief with no death
    told is sad ("she broke up with me"), and a hedged low ("been better") is sadness."""
    if SHRUG.match(text):
        return "neutral", "neutral"
    if LOSS.search(text):
        return "grief", "sadness"
    if name == "grief":
        return "sad", ekman
    if ekman in ("joy", "neutral") and HEDGED_LOW.search(text):
        return "disappointed", "sadness"
    if EASING.search(text):
        return "relieved", "joy"
    return name, ekman


# Below this the opening line stays neutral: "honestly i'm fine" is not met with "I'm sorry".
SURE = 0.75
# "been better", "not my best day": low, though the word "better" can read as joy.
HEDGED_LOW = re.compile(
    r"\b(?:been|could be|had|have had|i'?ve had) better\b|\bnot (?:my|the) best\b|"
    r"\bnot (?:great|amazing|brilliant|good|so good|too good|the greatest)\b|"
    r"\bone of those (?:days|weeks)\b",
    re.IGNORECASE,
)

# "meh", "so so", "average i guess": neither good nor bad.
SHRUG = re.compile(
    r"^\W*(?:meh+|eh+|so[- ]?so|ok(?:ay)?[- ]?ish|average|middling|50/50|fifty[- ]fifty|"
    r"same old|nothing special|not bad not good|neither (?:good|here) nor (?:bad|there)|"
    r"could be worse|mid|(?:i'?m |im |i am )?(?:ok|okay|fine|alright|alr|all right)(?:,? "
    r"(?:i guess|i suppose|ish|i think))?)(?: i guess| tbh| really| honestly| thanks| thx)?\W*$",
    re.IGNORECASE,
)


# A rough band, said after we asked for one: "pretty low", "middling i guess", "good".
ROUGHLY = re.compile(
    r"^\W*(?:(?:pretty|quite|fairly|a bit|kinda|kind of|probably|prob|maybe|i guess|i'?d say|"
    r"id say|def(?:initely)?|more like|i think|prolly)\W+)*(low|bad|not good|rubbish|middling|"
    r"middle|in the middle|mid|medium|ok(?:ay)?|so-?so|alright|good|great|high)"
    r"(?:\W+(?:i guess|i think|tbh|ish|maybe|probably|really|one))?\W*$",
    re.IGNORECASE,
)
_BANDS = {
    "low": "low",
    "bad": "low",
    "not good": "low",
    "rubbish": "low",
    "good": "high",
    "great": "high",
    "high": "high",
}


# A mood in one word, to "1 to 10?": "meh", "not great", "pretty good".
_WORD_MOODS = {
    "awful": 2,
    "terrible": 2,
    "horrible": 2,
    "miserable": 2,
    "depressed": 2,
    "everything sucks": 2,
    "life sucks": 2,
    "crap": 3,
    "shit": 3,
    "shite": 3,
    "rubbish": 3,
    "bad": 3,
    "not good": 3,
    "not ok": 3,
    "not okay": 3,
    "low": 3,
    "down": 3,
    "sad": 3,
    "rough": 3,
    "sucks": 3,
    "stressed": 4,
    "anxious": 4,
    "not great": 4,
    "tired": 5,
    "meh": 5,
    "so so": 5,
    "average": 5,
    "mid": 5,
    "okish": 5,
    "not bad": 6,
    "not too bad": 6,
    "ok": 6,
    "okay": 6,
    "alright": 6,
    "fine": 6,
    "decent": 7,
    "good": 7,
    "happy": 8,
    "great": 8,
    "brilliant": 9,
    "fantastic": 9,
    "amazing": 9,
}
_MOOD_WORD = re.compile(
    r"^\W*(?:(?:pretty|quite|fairly|kinda|kind of|a bit|honestly|tbh|just|feeling|i feel|im|"
    r"i'?m|really|very|so|super|bit)\W+)*("
    + "|".join(
        re.escape(word).replace(r"\ ", r"[\s-]+")
        for word in sorted(_WORD_MOODS, key=len, reverse=True)
    )
    + r")(?:\W+(?:tbh|honestly|really|today|rn|right now|i guess|thanks|ty|thx|atm|lately))*\W*$",
    re.IGNORECASE,
)


# An apology to us opening the message: "sorry missed yesterday", "sorry for the late reply".
APOLOGY = re.compile(r"^\W*(?:so+rry|soz|apologies)\b", re.IGNORECASE)


def fits(mood: int, ekman: str, tracker: Tracker) -> bool:
    """Whether the emotion read in a message with no words agrees with its mood score."""
    if any(c.isalpha() for c in text_of(tracker)):
        return True  # words carry their own feeling, whatever number came with them
    expected = {"low": ("sadness", "fear", "anger", "disgust"), "high": ("joy", "surprise")}
    return ekman in expected.get(band(mood), ())


class ActionStartCheckin(Action):
    """Open the check-in form, keeping whatever the first message already told us."""

    def name(self) -> str:
        """Action name."""
        return "action_start_checkin"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Prefill mood and feelings; the engine asks for the rest."""
        said = text_of(tracker)
        mood = mood_from(tracker)
        mood = mood if mood is not None and 1 <= mood <= 10 else None
        feelings = feelings_from(tracker)
        if feelings is not None and keyword_action(said) == "action_start_checkin":
            feelings = None  # "I should like to record how I am feeling": asked, not told
        if feelings is not None and mood is not None and not fits(mood, feelings["ekman"], tracker):
            feelings = None  # "🤷" is a 5; a reading of joy in it would be answered wrongly
        emotion, ekman = "neutral", "neutral"
        if feelings is not None:
            text = feelings["text"] = said[:280]
            sure = emotion_of(tracker)[2] >= SURE  # unsure: plain, unless the words say more
            emotion, ekman = by_the_words(
                text,
                feelings["emotion"] if sure else "neutral",
                feelings["ekman"] if sure else "neutral",
            )
            if SHRUG.match(text):  # "im ok i guess": kept as neutral, not met with "I'm sorry"
                feelings.update(emotion="neutral", ekman="neutral")
            if mood is not None and mood >= 6 and APOLOGY.match(text):
                # "sorry missed yesterday, 7 today": an apology to us, not a sad day
                emotion, ekman = "neutral", "neutral"
                feelings.update(emotion="neutral", ekman="neutral")
        told_hard_news = LIFE_EVENT.search(said) is not None
        if feelings is None and LOSS.search(said):  # a death told, with a number
            say(dispatcher, "checkin_ack", ekman="sadness", emotion="grief")
        elif told_hard_news and emotion != "grief" and (feelings is None or ekman != "joy"):
            # "my parents are getting divorced", "i just got some bad news": met with care,
            # whatever feeling the model heard in it (a death told is met as grief)
            say(dispatcher, "checkin_ack", ekman="sadness", emotion="life_event")
        elif feelings is not None and MIXED.search(said):
            say(dispatcher, "checkin_ack", ekman=ekman, emotion="mixed")  # "nervous but excited"
        elif feelings is not None:
            say(dispatcher, "checkin_ack", ekman=ekman, emotion=emotion)
        return [
            ActiveLoop(FORM),
            SlotSet("mood", mood),
            SlotSet("feelings", feelings),
            SlotSet("note", None),
            SlotSet(
                "requested_slot",
                "mood" if mood is None else ("feelings" if feelings is None else "note"),
            ),
        ]


class ValidateCheckinForm(FormValidationAction):
    """Extract and check each answer of the check-in."""

    def name(self) -> str:
        """Action name."""
        return "validate_checkin_form"

    async def extract_mood(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Only when we asked for the mood; words about how they feel are kept as feelings."""
        if tracker.get_slot("requested_slot") != "mood":
            return {}
        mood = mood_from(tracker)
        if mood is not None:
            return {"mood": mood}
        text = text_of(tracker).strip()
        rough = ROUGHLY.match(text) if tracker.get_slot("mood_roughly") else None
        if rough:  # "low" to "roughly, low, middling or good?": the middle of that band
            mood = ROUGH_MOODS[_BANDS.get(rough.group(1).lower(), "middle")]
            say(dispatcher, "checkin_mood_rough", mood=mood)
            return {"mood": mood}
        said = _MOOD_WORD.match(text)
        if said:  # "meh", "not great" to "1 to 10?": a number that fits, said back
            mood = _WORD_MOODS[" ".join(said.group(1).lower().replace("-", " ").split())]
            say(dispatcher, "checkin_mood_rough", mood=mood)
            told = feelings_from(tracker, text[:280])
            if tracker.get_slot("feelings") is None and told is not None:
                return {"mood": mood, "feelings": told}  # the word is how they feel, too
            return {"mood": mood}
        if tracker.get_slot("feelings") is None and len(text.split()) >= 3:
            feelings = feelings_from(tracker)
            if feelings is not None:
                return {"feelings": {**feelings, "text": text[:280]}}
        return {}

    def validate_mood(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """A whole number from 1 to 10."""
        try:
            mood = int(value)
        except (TypeError, ValueError):
            return {"mood": None}
        if not 1 <= mood <= 10:
            say(dispatcher, "checkin_mood_range")
            return {"mood": None}
        return {"mood": mood}

    async def extract_feelings(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Any words count as feelings; the model's emotion reading goes with them."""
        if tracker.get_slot("requested_slot") != "feelings":
            return {}
        text = text_of(tracker).strip()
        if not text:
            return {}
        fixed = _mood_fixed(text)
        if fixed is not None:  # "actually 6", after the 8 they gave: the number changes
            say(dispatcher, "checkin_mood_fixed", mood=fixed)
            return {"mood": fixed}
        if is_skip(text):
            return {"feelings": {"text": "", "emotion": "neutral", "ekman": "neutral"}}
        feelings = feelings_from(tracker, text[:280])
        # told just now, in answer to the question: the next question acknowledges it
        return {"feelings": {**feelings, "answered": "now"} if feelings else None}

    def validate_feelings(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Whatever words they chose."""
        return {"feelings": value}

    def validate_note(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Free text, or empty when skipped."""
        return {"note": value}

    async def extract_note(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        """Optional: "skip" or "no" leaves it empty."""
        if tracker.get_slot("requested_slot") != "note":
            return {}
        text = text_of(tracker).strip()
        fixed = _mood_fixed(text)
        if fixed is not None:  # "wait no make it 5"
            say(dispatcher, "checkin_mood_fixed", mood=fixed)
            return {"mood": fixed}
        return {"note": "" if is_skip(text) else text[:1000]}


class ActionSubmitCheckin(Action):
    """Store the check-in and answer it."""

    def name(self) -> str:
        """Action name."""
        return "action_submit_checkin"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        """Reply in keeping with the mood, note the trend, offer an exercise when low."""
        mood = int(slot(tracker, "mood", 5))
        feelings = dict(slot(tracker, "feelings", {}) or {})
        emotion = str(feelings.get("emotion") or "neutral")
        ekman = str(feelings.get("ekman") or "neutral")
        recent = list(slot(tracker, "recent_moods", []))
        effect(
            dispatcher,
            "save_checkin",
            mood=mood,
            feelings=feelings.get("text", ""),
            note=str(slot(tracker, "note", "") or ""),
            emotion=emotion,
            ekman=ekman,
        )
        mood_band = band(mood)
        say(
            dispatcher,
            "checkin_done",
            band=mood_band,
            mood=mood,
            ekman=ekman,
            trend=trend(mood, [int(r["mood"]) for r in recent]),
            # "my mum's funeral is on friday" told with a 7: not "That's good to hear"
            loss=LOSS.search(f"{feelings.get('text', '')} {slot(tracker, 'note', '') or ''}")
            is not None,
            streak=streak_days([str(r["day"]) for r in recent], str(slot(tracker, "today"))),
            saved=slot(tracker, "consent", None) is not False,
        )
        events: list[EventType] = [
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            *(SlotSet(s, None) for s in SLOTS),
        ]
        if mood_band == "low":
            say(dispatcher, "offer_exercise")
            events.append(SlotSet("offer", "breathing"))
        return events
