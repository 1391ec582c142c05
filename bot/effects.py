"""State changes the actions ask for, applied to the database by the engine."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from bot import breathing, reminders, safety
from bot.context import reminder_description
from bot.jobs import cancel_jobs, handler, schedule_job
from bot.schedule import in_quiet_hours, quiet_hours_end
from bot.text import render
from bot.types import Reply
from store.models import (
    BreathingSession,
    CheckIn,
    Conversation,
    Flag,
    InboundMessage,
    Note,
    Nudge,
    OutboundMessage,
    Reminder,
    ScheduledJob,
    SleepEntry,
)

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
                quality=int(data["quality"]),
                efficiency=float(data["efficiency"]),
                created_at=now,
            )
        )
    return []


@effect("start_breathing")
def start_breathing(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Create the session and schedule one paced prompt per round, then the end."""
    pattern = breathing.PATTERNS[str(data["pattern"])]
    row = BreathingSession(
        conversation_id=convo.id,
        pattern=pattern.key,
        mood_before=data.get("mood_before"),
        started_at=now,
    )
    session.add(row)
    session.flush()
    for index, offset in enumerate(breathing.schedule(pattern)):
        schedule_job(
            session,
            convo,
            "breathing_step",
            now + timedelta(seconds=offset),
            {"session_id": row.id, "round": index + 1},
            dedupe_key=f"breathing:{row.id}:{index + 1}",
        )
    schedule_job(
        session,
        convo,
        "breathing_end",
        now + timedelta(seconds=breathing.finish_after(pattern)),
        {"session_id": row.id},
        dedupe_key=f"breathing:{row.id}:end",
    )
    convo.slots = {
        **convo.slots,
        "breathing_session_id": row.id,
        "breathing_mood_before": data.get("mood_before"),
    }
    return []


def _running_session(session: Session, convo: Conversation) -> BreathingSession | None:
    """The breathing session in progress, if any."""
    sid = convo.slots.get("breathing_session_id")
    row = session.get(BreathingSession, sid) if sid else None
    return row if row is not None and row.conversation_id == convo.id else None


@effect("stop_breathing")
def stop_breathing(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Cancel the remaining prompts at once."""
    cancel_jobs(session, convo, "breathing_step")
    cancel_jobs(session, convo, "breathing_end")
    row = _running_session(session, convo)
    if row is not None and row.status == "running":
        row.status, row.ended_at = "stopped", now
    return []


@effect("finish_breathing")
def finish_breathing(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Keep the mood after."""
    row = _running_session(session, convo)
    if row is not None:
        row.mood_after = data.get("mood_after")
        row.status = "done" if row.status == "running" else row.status
        row.ended_at = row.ended_at or now
    convo.slots = {
        k: v
        for k, v in convo.slots.items()
        if k not in ("breathing_session_id", "breathing_mood_before")
    }
    return []


@handler("breathing_step")
def breathing_step(
    session: Session,
    convo: Conversation,
    job: ScheduledJob,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """One paced prompt."""
    row = session.get(BreathingSession, job.payload.get("session_id"))
    if row is None or row.status != "running" or convo.opted_out:
        return []
    pattern = breathing.PATTERNS[row.pattern]
    row.step = int(job.payload["round"])
    return [
        Reply(
            render("breathing_step", round=row.step, rounds=pattern.rounds, phases=pattern.phases),
            kind="breathing",
        )
    ]


@handler("breathing_end")
def breathing_end(
    session: Session,
    convo: Conversation,
    job: ScheduledJob,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Last round done: ask how they feel."""
    row = session.get(BreathingSession, job.payload.get("session_id"))
    if row is None or row.status != "running" or convo.opted_out:
        return []
    row.status, row.ended_at = "done", now
    convo.active_flow = "breathing_after_form"
    convo.flow_updated_at = now
    convo.slots = {**convo.slots, "requested_slot": "mood_after", "mood_after": None}
    return [
        Reply(render("breathing_end"), kind="breathing"),
        Reply(render("ask_mood_after"), kind="breathing"),
    ]


@effect("create_reminder")
def create_reminder(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Create it and confirm in words, mentioning quiet hours when they delay it."""
    first = datetime.fromisoformat(data["first"]) if data.get("first") else None
    local_time = str(data["local_time"])[:5] if data.get("local_time") else None
    row = reminders.create_reminder(
        session,
        convo,
        kind=str(data.get("kind") or "custom"),
        label=str(data.get("label") or ""),
        rrule=data.get("rrule"),
        local_time=local_time,
        first=first,
        now=now,
    )
    convo.slots = {**convo.slots, "last_reminder_id": row.id}
    return [
        Reply(
            render(
                "reminder_created",
                description=reminder_description(row, convo.timezone),
                **_quiet_note(convo, row, settings),
            )
        )
    ]


@effect("reschedule_reminder")
def reschedule_reminder(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Move it and confirm."""
    row = session.get(Reminder, data.get("id"))
    if row is None or row.conversation_id != convo.id:
        return [Reply(render("reminder_none"))]
    first = datetime.fromisoformat(data["first"]) if data.get("first") else None
    local_time = str(data["local_time"])[:5] if data.get("local_time") else None
    reminders.reschedule(
        session, row, local_time=local_time, rrule=data.get("rrule"), first=first, now=now
    )
    convo.slots = {**convo.slots, "last_reminder_id": row.id}
    return [
        Reply(
            render(
                "reminder_moved",
                description=reminder_description(row, convo.timezone),
                **_quiet_note(convo, row, settings),
            )
        )
    ]


def _quiet_note(convo: Conversation, row: Reminder, settings: dict[str, Any]) -> dict[str, Any]:
    """Template context saying whether the next firing falls in quiet hours."""
    start = convo.quiet_start or settings["quiet_hours"]["start"]
    end = convo.quiet_end or settings["quiet_hours"]["end"]
    due = row.next_fire_at
    if due is None or not in_quiet_hours(due, convo.timezone, start, end):
        return {"quiet": False}
    release = quiet_hours_end(due, convo.timezone, start, end).astimezone(ZoneInfo(convo.timezone))
    return {
        "quiet": True,
        "quiet_start": start,
        "quiet_end": end,
        "release": release.strftime("%H:%M"),
    }


@effect("cancel_reminder")
def cancel_reminder(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Cancel one reminder of this person's."""
    row = session.get(Reminder, data.get("id"))
    if row is not None and row.conversation_id == convo.id:
        reminders.cancel_reminder(session, row)
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
    safety.hand_over(session, convo, str(data.get("reason") or "human_request"), now)
    return []


@effect("export_data")
def export_data(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """A summary of everything kept, sent as a message."""

    def count(model: Any) -> int:
        return int(
            session.scalar(
                select(func.count()).select_from(model).where(model.conversation_id == convo.id)
            )
            or 0
        )

    moods = list(
        session.scalars(
            select(CheckIn)
            .where(CheckIn.conversation_id == convo.id)
            .order_by(CheckIn.created_at.desc())
            .limit(10)
        )
    )
    zone = ZoneInfo(convo.timezone)
    return [
        Reply(
            render(
                "export",
                consent=convo.consent,
                channel=convo.channel,
                timezone=convo.timezone,
                since=convo.created_at.astimezone(zone),
                messages=count(InboundMessage),
                checkins=count(CheckIn),
                sleep=count(SleepEntry),
                breathing=count(BreathingSession),
                moods=[(c.created_at.astimezone(zone), c.mood) for c in moods],
                reminders=[
                    reminder_description(r, convo.timezone)
                    for r in reminders.active_reminders(session, convo)
                ],
            )
        )
    ]


@effect("delete_data")
def delete_data(
    session: Session,
    convo: Conversation,
    data: dict[str, Any],
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Erase everything now; the row itself goes once the confirmation is delivered."""
    for model in (CheckIn, SleepEntry, BreathingSession, Reminder, Nudge, Note, Flag):
        session.execute(delete(model).where(model.conversation_id == convo.id))
    session.execute(delete(OutboundMessage).where(OutboundMessage.conversation_id == convo.id))
    cancel_jobs(session, convo)
    for row in session.scalars(
        select(InboundMessage).where(InboundMessage.conversation_id == convo.id)
    ):
        row.body, row.media, row.redacted = "", None, True
    convo.slots, convo.active_flow, convo.profile_name = {}, None, None
    convo.flagged = convo.handed_over = False
    convo.onboarded, convo.consent = False, None
    schedule_job(
        session,
        convo,
        "erase_conversation",
        now + timedelta(minutes=10),
        {},
        dedupe_key=f"erase:{convo.id}:{now.isoformat()}",
    )
    return []


@handler("erase_conversation")
def erase_conversation(
    session: Session,
    convo: Conversation,
    job: ScheduledJob,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Delete the conversation and everything left under it (after the goodbye went)."""
    last = session.scalar(
        select(func.max(InboundMessage.received_at)).where(
            InboundMessage.conversation_id == convo.id, InboundMessage.redacted.is_(False)
        )
    )
    if last is not None and last > job.created_at:
        return []  # they came back since asking: keep the new conversation
    session.delete(convo)
    return []
