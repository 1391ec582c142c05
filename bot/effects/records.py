"""Check-ins, the sleep diary, and handing over to a person."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from bot import crisis
from bot.effects import effect, keeps_data
from bot.effects.breathing import stop_breathing
from bot.types import Reply
from store.models import (
    CheckIn,
    Conversation,
    SleepEntry,
)


@effect("save_checkin")
def save_checkin(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Store a check-in."""
    if keeps_data(convo):
        session.add(
            CheckIn(
                conversation_id=convo.id,
                mood=int(data["mood"]),
                emotion=data.get("emotion"),
                ekman=data.get("ekman"),
                feelings=data.get("feelings") or None,
                note=data.get("note") or None,
                created_at=now,
            )
        )
    return []


@effect("save_sleep")
def save_sleep(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Store a night in the sleep diary."""
    if keeps_data(convo):
        session.add(
            SleepEntry(
                conversation_id=convo.id,
                bed_time=data["bed_time"],
                wake_time=data["wake_time"],
                latency_minutes=int(data["latency"]),
                awake_minutes=int(data.get("awake_minutes") or 0),
                quality=int(data["quality"]) or None,  # 0: the rating was skipped
                efficiency=float(data["efficiency"]),
                created_at=now,
            )
        )
    return []


@effect("handover")
def handover(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """A person takes over; exercises in progress stop."""
    stop_breathing(session, convo, {}, settings, now)
    crisis.hand_over(session, convo, str(data.get("reason") or "human_request"), now)
    return []
