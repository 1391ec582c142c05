"""Entity extraction for a message: mood score, reminder time, clock time, duration."""

from __future__ import annotations

import re
from datetime import datetime

from nlu.clock import parse_clock_time, parse_duration_minutes
from nlu.mood import EMOJI_SCORES, parse_mood_score
from nlu.types import Entity
from nlu.when import parse_when

REMINDER_INTENTS = {"set_reminder", "cancel_reminder", "list_reminders"}
_TIMEISH = re.compile(
    r"\d|\b(noon|midnight|midday|half|quarter|hour|minute|mins?|tomorrow|tonight|every|daily)\b"
)
_DURATION_CUE = re.compile(r"\b(min|mins|minutes?|hours?|hrs?|h)\b|^\s*\d{1,3}\s*$")


def extract_entities(
    text: str, *, tz: str = "UTC", now: datetime, intent: str = ""
) -> tuple[Entity, ...]:
    """All entities found in `text`; reminder times only for reminder-like messages."""
    out: list[Entity] = []
    stripped = text.strip()
    if not stripped:
        return ()
    has_digit_or_emoji = bool(re.search(r"\d", text)) or any(e in text for e in EMOJI_SCORES)
    if has_digit_or_emoji or intent in ("mood_report", "checkin_request"):
        score = parse_mood_score(text)
        if score is not None:
            out.append(Entity("mood_score", score, stripped))
    if not _TIMEISH.search(text.lower()) and intent not in REMINDER_INTENTS:
        return tuple(out)
    if intent in REMINDER_INTENTS or re.search(r"\b(remind|reminder|every|in \d+)\b", text.lower()):
        try:
            when = parse_when(text, tz, now)
        except Exception:  # a date library edge case must never fail classification
            when = None
        if when is not None:
            out.append(Entity("when", when, stripped))
    clock = parse_clock_time(text)
    if clock is not None:
        out.append(Entity("clock_time", clock, stripped))
    if _DURATION_CUE.search(text.lower()):
        minutes = parse_duration_minutes(text)
        if minutes is not None and (not out or re.search(r"[a-z]", text.lower())):
            out.append(Entity("duration_minutes", minutes, stripped))
    return tuple(out)
