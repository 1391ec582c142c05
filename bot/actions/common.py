"""Small helpers shared by the actions: words from templates, effects, entities."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.text import render

EFFECT_KEY = "mindlink_effect"
# A time of day in words: "half 6", "quarter to 7", "half past 11" (not a mood of 6).
CLOCK_PHRASE = re.compile(
    r"\b(?:half|quarter)(?: (?:past|to|after))? \d{1,2}\b|\b\d{1,2} o'?clock\b", re.IGNORECASE
)
_NUMBER = re.compile(
    r"(?<![\d:.-])(\d{1,2})(?:\s*(?:/|out of)\s*10)?(?![\d:.]|-\d)"
    r"(?!\s*(?:am|pm|a\.m|p\.m|o'?clock|h\b|hrs?\b|hours?|mins?\b|minutes?|st\b|nd\b|rd\b|th\b|"
    # "1 year sh free", "exams in 2 days": a count of something, not a mood
    r"days?\b|weeks?\b|months?\b|years?\b|yrs?\b|times\b|x\b|pills|tablets|kg\b|lbs?\b|%|"
    r"people|kids|seconds?|secs?\b|nights?\b|mg\b))",
    re.IGNORECASE,
)
SHORT_ANSWER_WORDS = 8
# Declining an optional question in so many words.
_SKIP_SAID = re.compile(
    r"^\W*(?:not now|not rn|not right now|maybe later|later|(?:(?:i'?d|id|i would) )?"
    r"(?:rather not|prefer not)(?: to)?(?: say| answer| share| talk about it)?|no comment|"
    r"(?:i )?(?:don'?t|dont|do not) (?:really )?(?:want|wanna)(?: to)? "
    r"(?:say|answer|share|talk about it)|pass)\W*$",
    re.IGNORECASE,
)


def say(dispatcher: CollectingDispatcher, template: str, **context: Any) -> None:
    """Queue the text of ``templates/bot/<template>.txt``."""
    dispatcher.utter_message(text=render(template, **context))


def effect(dispatcher: CollectingDispatcher, name: str, **data: Any) -> None:
    """Ask the engine for a state change it owns (storing a check-in, a reminder...).

    Effects travel as rasa custom payloads, so an action server returns them too.
    """
    dispatcher.utter_message(json_message={EFFECT_KEY: name, **data})


def text_of(tracker: Tracker) -> str:
    """The latest user message text."""
    return str(tracker.latest_message.get("text") or "")


def intent_of(tracker: Tracker) -> str:
    """The latest message's intent name."""
    intent = tracker.latest_message.get("intent") or {}
    return str(intent.get("name") or "")


def entity(tracker: Tracker, kind: str) -> Any:
    """The first entity value of ``kind`` in the latest message, or None."""
    return next(tracker.get_latest_entity_values(kind), None)


def emotion_of(tracker: Tracker) -> tuple[str, str, float]:
    """(fine emotion, Ekman group, confidence) of the latest message."""
    emotion = tracker.latest_message.get("emotion") or {}
    return (
        str(emotion.get("name") or "neutral"),
        str(emotion.get("ekman") or "neutral"),
        float(emotion.get("confidence") or 0.0),
    )


def slot(tracker: Tracker, name: str, default: Any = None) -> Any:
    """A slot value with a default."""
    value = tracker.get_slot(name)
    return default if value is None else value


def now_of(tracker: Tracker) -> datetime:
    """The engine's clock, passed in as a slot so actions stay deterministic."""
    return datetime.fromisoformat(str(tracker.get_slot("now")))


def bare_number(text: str) -> int | None:
    """A lone number like "7", "7/10" or "7 out of 10" in a short answer (not a time)."""
    if len(text.split()) > SHORT_ANSWER_WORDS or CLOCK_PHRASE.search(text):
        return None
    match = _NUMBER.search(text)
    return int(match.group(1)) if match else None


def is_skip(text: str) -> bool:
    """The person declines to answer an optional question."""
    if _SKIP_SAID.match(text):  # "not now", "rather not"
        return True
    words = set(re.findall(r"[a-z']+", text.lower()))
    return (
        bool(words & {"skip", "no", "nope", "nah", "nothing", "pass", "none", "n"})
        and len(words) <= 4
    )
