"""Slots derived from the database for every turn (never stored in the conversation)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import reminders
from bot.crisis import in_crisis_window
from bot.locale import helpline_of
from bot.proactive import quiet_window
from bot.text import render
from store.models import BreathingSession, CheckIn, Conversation, Reminder, SleepEntry


def reminder_description(reminder: Reminder, tz: str) -> str:
    """ "to check in every day at 9:00pm": what the reminder is for, then when."""
    about = render("reminder_about", kind=reminder.kind, label=reminder.label)
    when = reminders.describe(reminder, tz)
    return f"{about} {when}" if about else when


def derive(
    session: Session, convo: Conversation, settings: dict[str, Any], now: datetime
) -> dict[str, Any]:
    """now, today, zone, recent moods, reminders, helpline, whether breathing is running (or
    paused) and whether a crisis was told within the hour."""
    zone = ZoneInfo(convo.timezone)
    recent = session.scalars(
        select(CheckIn)
        .where(CheckIn.conversation_id == convo.id)
        .order_by(CheckIn.created_at.desc())
        .limit(7)
    )
    nights = session.scalars(
        select(SleepEntry)
        .where(SleepEntry.conversation_id == convo.id)
        .order_by(SleepEntry.created_at.desc())
        .limit(14)
    )
    active = reminders.active_reminders(session, convo)
    status = breathing_status(session, convo)
    return {
        "now": now.isoformat(),
        "today": now.astimezone(zone).date().isoformat(),
        "timezone": convo.timezone,
        "channel": convo.channel,
        "country": convo.country,
        "consent": convo.consent,
        "helpline": helpline_of(convo, settings),
        "recent_moods": [
            {"mood": c.mood, "day": c.created_at.astimezone(zone).date().isoformat()}
            for c in recent
        ],
        "retention_days": int(settings["retention"]["transcript_days"]),
        "recent_sleep": [
            {
                "day": n.created_at.astimezone(zone).date().isoformat(),
                "bed_time": n.bed_time,
                "wake_time": n.wake_time,
                "efficiency": n.efficiency,
            }
            for n in nights
        ],
        "reminders": [
            {
                "id": r.id,
                "kind": r.kind,
                "label": r.label,
                "local_time": r.local_time,
                "rrule": r.rrule,
                "description": reminder_description(r, convo.timezone),
                "next_at": r.next_fire_at.isoformat() if r.next_fire_at else None,
            }
            for r in active
        ],
        "breathing_running": status == "running",
        "breathing_paused": status == "paused",
        "recent_crisis": in_crisis_window(convo, settings, now),
        "quiet_hours": dict(zip(("start", "end"), quiet_window(convo, settings), strict=True)),
        "last_done": reminders.last_done(session, convo, now),  # "do this again tomorrow"
        "last_sent": reminders.last_sent(session, convo, now),  # "did you remind me?"
    }


def breathing_status(session: Session, convo: Conversation) -> str | None:
    """The status of the breathing exercise the conversation holds ("running", "paused",
    "done", "stopped"), or None when it holds none."""
    sid = convo.slots.get("breathing_session_id")
    row = session.get(BreathingSession, sid) if sid else None
    return row.status if row is not None else None
