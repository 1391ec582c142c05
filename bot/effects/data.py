"""The person's data: a summary on request, and erasure."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from bot import reminders
from bot.context import reminder_description
from bot.effects import effect
from bot.jobs import cancel_jobs, handler, schedule_job
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
    """Erase everything now, on every channel the number has used (SMS and WhatsApp are one
    person); each conversation row itself goes once the confirmation is delivered."""
    same_person = session.scalars(
        select(Conversation).where(
            Conversation.address_hash == convo.address_hash, Conversation.id != convo.id
        )
    ).all()
    for each in (convo, *same_person):
        _erase(session, each, now)
    return []


def _erase(session: Session, convo: Conversation, now: datetime) -> None:
    """Everything one conversation holds, erased; the row is deleted a little later."""
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
