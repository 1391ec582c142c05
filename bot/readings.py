"""A message and its reading: kept to be answered after a question of ours, read again
later, or read for a time ("11pm", "in 20 mins").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bot.actions.reminders import asks_for_reminder
from bot.routing import CLOCK_ANSWER, WHAT_FOR

if TYPE_CHECKING:
    from collections.abc import Callable

    from nlu import Parse

    # The model's reading of words other than the whole message (part of it, said on its own).
    Reread = Callable[[str], Parse]


def kept_reading(text: str, parse: Parse) -> dict[str, Any]:
    """A message and its reading, kept to be answered after a question of ours."""
    return {
        "text": text[:500],
        "intent": parse.intent,
        "emotion": parse.emotion,
        "emotion_confidence": parse.emotion_confidence,
        "ekman": parse.ekman,
    }


def replayed(
    said: dict[str, Any], text: str, parse: Parse, tz: str, now: datetime
) -> tuple[str, Parse]:
    """The first message again, read now: its times resolve in the zone just confirmed."""
    first = str(said.get("text") or "")
    if not first:
        return text, parse
    from nlu.entities import extract_entities

    intent = str(said.get("intent") or parse.intent)
    return first, replace(
        parse,
        text=first,
        intent=intent,
        intent_confidence=1.0,
        emotion=str(said.get("emotion") or "neutral"),
        emotion_confidence=float(said.get("emotion_confidence") or 0.0),
        ekman=str(said.get("ekman") or "neutral"),
        entities=extract_entities(first, tz=tz, now=now, intent=intent),
    )


def with_when(parse: Parse, text: str, tz: str, now: datetime) -> Parse:
    """When we asked "when?", read any time expression as a reminder time."""
    if any(e.type == "when" for e in parse.entities):
        return parse
    from nlu import Entity, parse_when

    try:
        when = parse_when(text, tz, now)
    except (ValueError, KeyError, OverflowError):
        return parse
    if when is None:
        return parse
    return replace(parse, entities=(*parse.entities, Entity("when", when, text)))


def bare_time(text: str) -> bool:
    """A clock time or a length of time on its own ("11pm", "20 mins"), with no word of a
    reminder."""
    words = text.strip()
    return (
        len(words.split()) <= 4
        and CLOCK_ANSWER.search(words) is not None
        and not asks_for_reminder(words)
        and not WHAT_FOR.match(words)
    )


# A day or how often, said before the time: "tomorrow at 9", "tonight 10pm", "every day at 8",
# "on friday at 3".
_DAY_FIRST = re.compile(
    r"(?:tomorrow|tmrw|tmr|tonight|today|this|next|every|each|daily|weekdays?|weekends?|on)\b",
    re.IGNORECASE,
)
# A day of the week first: "friday 3pm", "mon at 2".
_WEEKDAY_FIRST = re.compile(
    r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\b",
    re.IGNORECASE,
)


def at_or_in(said: str) -> str:
    """ "at 11pm" for a clock time, "in 20 mins" for a length of time."""
    said = said.strip()[:40]
    if re.match(r"(?:in|at|around|about|by)\b", said, re.IGNORECASE):
        return said  # "in 10 mins", "at 9pm": said with its own word already
    if _WEEKDAY_FIRST.match(said):
        return f"on {said}"  # "friday 3pm": on friday
    if _DAY_FIRST.match(said):
        return said  # "tomorrow at 9", "every day at 8": a day first, read as it is
    duration = re.search(r"\b(?:min|mins|minutes?|hours?|hrs?|h)\b", said, re.IGNORECASE)
    return f"in {said}" if duration else f"at {said}"
