"""The person's data: what is kept, a copy of it on request, and erasure."""

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
from bot.sms import split_message
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
    """What is kept, as a summary; then, unless only the summary was asked for, a copy of it
    all (check-ins, sleep diary, their messages), a part at a time, each part one text long.
    "export more" sends the next part of the same copy."""
    snapshot = convo.slots.get("export")
    more = bool(data.get("more")) and bool(snapshot)
    upto = dict(snapshot["upto"]) if more and snapshot else _latest_ids(session, convo)
    kept = _kept(session, convo, upto)
    replies = [] if more else [_summary(session, convo, kept, bool(data.get("summary")))]
    if data.get("summary"):
        # "what do you keep about me" ... "how long for": how long it is kept (bot.listening)
        convo.slots = {**convo.slots, "about_us_at": now.isoformat()}
        return replies
    limit = int(settings["limits"]["max_sms_chars"])
    pages = _pages(_copy_lines(convo, kept), limit - PAGE_WORDS)
    part = int(snapshot["part"]) + 1 if more and snapshot else 1
    if part > max(len(pages), 1):  # "export more" after the last part
        return [Reply(render("export_page", lines=[], part=part, parts=len(pages), sent=True))]
    convo.slots = {**convo.slots, "export": {"upto": upto, "part": part}}
    lines = pages[part - 1] if pages else []
    return [*replies, Reply(render("export_page", lines=lines, part=part, parts=len(pages)))]


# Room kept in each part for its first and last lines ("Your copy, part 2 of 3").
PAGE_WORDS = 160


def _latest_ids(session: Session, convo: Conversation) -> dict[str, int]:
    """The newest row of each kind now, so every part of one copy reads the same rows (the
    message asking for it, still being answered, is not in it)."""

    def newest(model: Any, *where: Any) -> int:
        found = session.scalar(
            select(func.max(model.id)).where(model.conversation_id == convo.id, *where)
        )
        return int(found or 0)

    return {
        "checkins": newest(CheckIn),
        "sleep": newest(SleepEntry),
        "messages": newest(InboundMessage, InboundMessage.status != "pending"),
    }


def _kept(session: Session, convo: Conversation, upto: dict[str, int]) -> dict[str, list[Any]]:
    """Check-ins, sleep diary nights and their messages kept, up to ``upto``, newest first
    (messages blanked because they said no, or by the clean-up, are not kept)."""

    def rows(model: Any, key: str) -> list[Any]:
        return list(
            session.scalars(
                select(model)
                .where(model.conversation_id == convo.id, model.id <= upto[key])
                .order_by(model.id.desc())
            )
        )

    messages = [
        m for m in rows(InboundMessage, "messages") if not m.redacted and (m.body or m.media)
    ]
    return {
        "checkins": rows(CheckIn, "checkins"),
        "sleep": rows(SleepEntry, "sleep"),
        "messages": messages,
    }


def _summary(
    session: Session, convo: Conversation, kept: dict[str, list[Any]], only: bool
) -> Reply:
    """How much is kept of each kind, and how to get a copy or erase it."""
    zone = ZoneInfo(convo.timezone)
    breathing = session.scalar(
        select(func.count())
        .select_from(BreathingSession)
        .where(BreathingSession.conversation_id == convo.id)
    )
    return Reply(
        render(
            "export",
            consent=convo.consent,
            channel=convo.channel,
            timezone=convo.timezone,
            since=convo.created_at.astimezone(zone),
            messages=len(kept["messages"]),
            checkins=len(kept["checkins"]),
            sleep=len(kept["sleep"]),
            breathing=int(breathing or 0),
            moods=[(c.created_at.astimezone(zone), c.mood) for c in kept["checkins"][:10]],
            reminders=[
                reminder_description(r, convo.timezone)
                for r in reminders.active_reminders(session, convo)
            ],
            copy_offered=only,
        )
    )


def _copy_lines(convo: Conversation, kept: dict[str, list[Any]]) -> list[str]:
    """Everything kept, newest first, one line each: check-ins, sleep diary, messages."""
    zone = ZoneInfo(convo.timezone)
    text = render(
        "export_copy",
        consent=convo.consent,
        checkins=[(c.created_at.astimezone(zone), c) for c in kept["checkins"]],
        nights=[(n.created_at.astimezone(zone), n) for n in kept["sleep"]],
        messages=[
            (m.received_at.astimezone(zone), " ".join((m.body or "").split()), bool(m.media))
            for m in kept["messages"]
        ],
    )
    return [line for line in text.splitlines() if line.strip()]


def _pages(lines: list[str], room: int) -> list[list[str]]:
    """Lines packed into parts of at most ``room`` characters (a long line is split)."""
    pages: list[list[str]] = []
    used = 0
    for whole in lines:
        for line in split_message(whole, room):
            if pages and used + 1 + len(line) <= room:
                pages[-1].append(line)
                used += 1 + len(line)
            else:
                pages.append([line])
                used = len(line)
    return pages


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
