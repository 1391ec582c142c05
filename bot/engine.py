"""Run rasa-sdk actions in-process over the stored conversation.

The engine builds a rasa ``Tracker`` from the conversation row, runs an action or a form's
validation action, applies the returned events (``SlotSet``, ``ActiveLoop``,
``FollowupAction``...) and hands back texts and effects. The same actions can be served by
``python -m rasa_sdk --actions bot.actions``.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from rasa_sdk import Tracker
from rasa_sdk.events import UserUttered
from rasa_sdk.executor import CollectingDispatcher

from bot.actions import DOMAIN, REGISTRY
from bot.actions.common import EFFECT_KEY

if TYPE_CHECKING:
    from nlu import Parse

# Slots the engine derives from the database on every turn; never persisted.
CONTEXT_SLOTS = (
    "now",
    "timezone",
    "channel",
    "country",
    "consent",
    "recent_moods",
    "recent_sleep",
    "retention_days",
    "reminders",
    "helpline",
    "breathing_running",
    "breathing_paused",
    "recent_crisis",
    "quiet_hours",
    "today",
    "last_done",
)


@dataclass
class Outcome:
    """What running one or more actions produced."""

    texts: list[str] = field(default_factory=list)
    effects: list[dict[str, Any]] = field(default_factory=list)
    slots: dict[str, Any] = field(default_factory=dict)
    active_loop: str | None = None
    loop_changed: bool = False
    followup: str | None = None


def latest_message(text: str, parse: Parse) -> dict[str, Any]:
    """Rasa's ``parse_data`` for the message, plus our emotion and crisis readings."""
    return {
        "text": text,
        "intent": {"name": parse.intent, "confidence": parse.intent_confidence},
        "entities": [
            {"entity": e.type, "value": _jsonable(e.value), "text": e.text} for e in parse.entities
        ],
        "emotion": {
            "name": parse.emotion,
            "ekman": parse.ekman,
            "confidence": parse.emotion_confidence,
        },
        "crisis": {"flag": parse.crisis, "score": parse.crisis_score, "kind": parse.crisis_kind},
    }


def _jsonable(value: Any) -> Any:
    """Entity values as JSON: When -> dict, time -> "HH:MM:SS"."""
    if hasattr(value, "to_json"):
        return value.to_json()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def build_tracker(
    sender_id: str,
    slots: dict[str, Any],
    message: dict[str, Any],
    active_loop: str | None,
    candidates: dict[str, Any] | None = None,
) -> Tracker:
    """A rasa Tracker; ``candidates`` become the SlotSet events a form validates."""
    events: list[dict[str, Any]] = [UserUttered(message["text"], parse_data=message)]
    events += [{"event": "slot", "name": k, "value": v} for k, v in (candidates or {}).items()]
    return Tracker(
        sender_id,
        dict(slots),
        message,
        events,
        False,
        None,
        {"name": active_loop} if active_loop else {},
        None,
    )


def run(action_name: str, tracker: Tracker) -> Outcome:
    """Run one registered action and collect its texts, effects and events."""
    action = REGISTRY[action_name]
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, DOMAIN))
    outcome = Outcome()
    for message in dispatcher.messages:
        custom = message.get("custom") or {}
        if EFFECT_KEY in custom:
            outcome.effects.append(dict(custom))
        elif message.get("text"):
            outcome.texts.append(str(message["text"]))
    for event in events or []:
        kind = event.get("event")
        if kind == "slot":
            outcome.slots[event["name"]] = event["value"]
        elif kind == "active_loop":
            outcome.active_loop = event.get("name")
            outcome.loop_changed = True
        elif kind == "followup":
            outcome.followup = event.get("name")
    return outcome


def context_slots(now: datetime, **values: Any) -> dict[str, Any]:
    """The derived slots every action can read."""
    return {"now": now.isoformat(), **values}
