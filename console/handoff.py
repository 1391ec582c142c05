"""Taking a conversation over from the bot, answering as staff, and handing it back."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from bot.crisis import stop_waiting
from bot.outbox import queue_replies
from bot.types import Reply
from store.models import Conversation, Flag, OutboundMessage

OPEN = ("waiting", "taken")


def take_over(session: Session, convo: Conversation, staff_id: int, now: datetime) -> list[int]:
    """Mark the conversation handed over and claim its waiting flags; return the flag ids.

    The conditional UPDATE means two staff pressing "take over" at once cannot both claim
    the same flag.
    """
    convo.handed_over = True
    claimed = session.scalars(
        update(Flag)
        .where(Flag.conversation_id == convo.id, Flag.status == "waiting")
        .values(status="taken", taken_by=staff_id)
        .returning(Flag.id)
    ).all()
    return list(claimed)


def reply(
    session: Session,
    convo: Conversation,
    staff_id: int,
    text: str,
    now: datetime,
    max_chars: int = 1600,
) -> list[OutboundMessage]:
    """Store a staff message on the normal outbound path (delivered after commit)."""
    rows = queue_replies(session, convo, [Reply(text, kind="staff")], now, max_chars)
    for row in rows:
        row.staff_id = staff_id
    convo.last_outbound_at = now
    convo.last_activity_at = now
    stop_waiting(convo)
    return rows


def hand_back(session: Session, convo: Conversation, now: datetime) -> list[int]:
    """Let the bot answer again: resolve the flags staff held; unflag if none stay open."""
    convo.handed_over = False
    stop_waiting(convo)
    convo.slots = {**convo.slots, "handed_back": True}  # the bot's next answer says so
    resolved = session.scalars(
        update(Flag)
        .where(Flag.conversation_id == convo.id, Flag.status == "taken")
        .values(status="resolved", resolved_at=now)
        .returning(Flag.id)
    ).all()
    still_open = session.scalar(
        select(func.count(Flag.id)).where(Flag.conversation_id == convo.id, Flag.status.in_(OPEN))
    )
    convo.flagged = bool(still_open)
    return list(resolved)


def waiting(session: Session, limit: int = 200) -> list[tuple[Flag, Conversation]]:
    """Waiting flags, oldest first, with their conversations."""
    rows = session.execute(
        select(Flag, Conversation)
        .join(Conversation, Conversation.id == Flag.conversation_id)
        .where(Flag.status == "waiting")
        .order_by(Flag.created_at, Flag.id)
        .limit(limit)
    ).all()
    return [(flag, convo) for flag, convo in rows]


def taken_by(session: Session, staff_id: int) -> list[tuple[Flag, Conversation]]:
    """Flags this staff member holds, oldest first."""
    rows = session.execute(
        select(Flag, Conversation)
        .join(Conversation, Conversation.id == Flag.conversation_id)
        .where(Flag.status == "taken", Flag.taken_by == staff_id)
        .order_by(Flag.created_at, Flag.id)
    ).all()
    return [(flag, convo) for flag, convo in rows]
