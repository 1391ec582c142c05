"""A conversation's messages in time order, with what the model read from each inbound one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.models import Flag, InboundMessage, Note, OutboundMessage, Staff

# Enough for a screen of history; older messages are still in the database.
MAX_MESSAGES = 500


@dataclass(frozen=True)
class Entry:
    """One line of the transcript."""

    at: datetime
    direction: str  # "in" | "out"
    body: str
    status: str
    kind: str = ""
    intent: str | None = None
    intent_confidence: float | None = None
    emotion: str | None = None
    ekman: str | None = None
    crisis: bool = False
    crisis_score: float | None = None
    staff_name: str | None = None
    redacted: bool = False


def timeline(session: Session, conversation_id: int) -> tuple[list[Entry], bool]:
    """Inbound and outbound merged by time (oldest first), and whether older ones were cut."""
    inbound = session.scalars(
        select(InboundMessage)
        .where(InboundMessage.conversation_id == conversation_id)
        .order_by(InboundMessage.id.desc())
        .limit(MAX_MESSAGES)
    ).all()
    outbound = session.execute(
        select(OutboundMessage, Staff.name)
        .outerjoin(Staff, Staff.id == OutboundMessage.staff_id)
        .where(OutboundMessage.conversation_id == conversation_id)
        .order_by(OutboundMessage.id.desc())
        .limit(MAX_MESSAGES)
    ).all()
    entries = [_inbound(row) for row in inbound] + [_outbound(row, name) for row, name in outbound]
    # Ties (same timestamp) keep inbound before the replies to it.
    entries.sort(key=lambda e: (e.at, e.direction != "in"))
    cut = len(inbound) == MAX_MESSAGES or len(outbound) == MAX_MESSAGES
    return entries, cut


def _inbound(row: InboundMessage) -> Entry:
    return Entry(
        at=row.received_at,
        direction="in",
        body=row.body or "",
        status=row.status,
        intent=row.intent,
        intent_confidence=row.intent_confidence,
        emotion=row.emotion,
        ekman=row.ekman,
        crisis=row.crisis,
        crisis_score=row.crisis_score,
        redacted=row.redacted,
    )


def _outbound(row: OutboundMessage, staff_name: str | None) -> Entry:
    return Entry(
        at=row.created_at,
        direction="out",
        body=row.body or "",
        status=row.status,
        kind=row.kind,
        staff_name=staff_name if row.staff_id else None,
    )


def notes(session: Session, conversation_id: int) -> list[tuple[Note, str]]:
    """Staff notes, oldest first, with the author's name (or email)."""
    rows = session.execute(
        select(Note, Staff.name, Staff.email)
        .join(Staff, Staff.id == Note.staff_id)
        .where(Note.conversation_id == conversation_id)
        .order_by(Note.id)
    ).all()
    return [(note, name or email) for note, name, email in rows]


def flags(session: Session, conversation_id: int) -> list[Flag]:
    """Every flag on the conversation, newest first."""
    return list(
        session.scalars(
            select(Flag).where(Flag.conversation_id == conversation_id).order_by(Flag.id.desc())
        )
    )
