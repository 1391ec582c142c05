"""State changes the actions ask for, applied to the database by the engine.

Actions name an effect in a rasa custom payload; each module here registers the
functions for one concern: records (check-ins, sleep, handover), breathing sessions,
reminders, and the person's data (export, erasure).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bot.types import Reply
from store.models import Conversation

Effect = Callable[[Session, Conversation, dict[str, Any], dict[str, Any], datetime], list[Reply]]
EFFECTS: dict[str, Effect] = {}


def effect(name: str) -> Callable[[Effect], Effect]:
    """Register the function that applies an effect."""

    def register(fn: Effect) -> Effect:
        EFFECTS[name] = fn
        return fn

    return register


def apply(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Apply one effect; returns any confirmation replies."""
    name = str(data.get("mindlink_effect"))
    return EFFECTS[name](session, convo, data, settings, now)


def keeps_data(convo: Conversation) -> bool:
    """Records are kept unless the person declined consent."""
    return convo.consent is not False


# Registered on import; they need effect() and keeps_data() defined above.
from bot.effects import breathing, data, records, reminders  # noqa: E402
from bot.effects.breathing import stop_breathing  # noqa: E402

__all__ = [
    "EFFECTS",
    "apply",
    "breathing",
    "data",
    "effect",
    "keeps_data",
    "records",
    "reminders",
    "stop_breathing",
]
