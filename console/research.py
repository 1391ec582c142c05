"""Anonymised research datasets: labels, scores, counts and times under pseudonymous ids.

Only columns listed here leave the building. Phone numbers, names, message bodies, check-in
notes and feeling words are never selected, so no scrubbing can miss them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from store.crypto import vault
from store.models import (
    BreathingSession,
    CheckIn,
    Conversation,
    InboundMessage,
    Nudge,
    OutboundMessage,
    Reminder,
    SleepEntry,
)

Row = list[Any]


def pid(conversation_id: int) -> str:
    """The stable pseudonymous id of a conversation."""
    return vault().pseudonym("conversation", conversation_id)


def checkins(session: Session) -> Iterator[Row]:
    """One row per check-in: mood and its Ekman emotion."""
    yield ["participant", "created_at", "mood", "ekman", "source"]
    stmt = select(
        CheckIn.conversation_id, CheckIn.created_at, CheckIn.mood, CheckIn.ekman, CheckIn.source
    ).order_by(CheckIn.id)
    for cid, at, mood, ekman, source in session.execute(stmt).yield_per(1000):
        yield [pid(cid), at.isoformat(), mood, ekman or "", source]


def messages(session: Session) -> Iterator[Row]:
    """One row per inbound message: what the model read, never what was written."""
    yield ["participant", "received_at", "intent", "ekman", "crisis"]
    stmt = select(
        InboundMessage.conversation_id,
        InboundMessage.received_at,
        InboundMessage.intent,
        InboundMessage.ekman,
        InboundMessage.crisis,
    ).order_by(InboundMessage.id)
    for cid, at, intent, ekman, crisis in session.execute(stmt).yield_per(1000):
        yield [pid(cid), at.isoformat(), intent or "", ekman or "", int(bool(crisis))]


def flows(session: Session) -> Iterator[Row]:
    """How often each participant used each flow."""
    yield ["participant", "flow", "uses"]
    sources: list[tuple[str, Any, Any]] = [
        ("checkin", CheckIn.conversation_id, None),
        ("sleep_diary", SleepEntry.conversation_id, None),
        ("reminder", Reminder.conversation_id, None),
        ("breathing", BreathingSession.conversation_id, BreathingSession.pattern),
    ]
    for flow, column, detail in sources:
        group = [column] + ([detail] if detail is not None else [])
        stmt = select(*group, func.count()).group_by(*group).order_by(*group)
        for found in session.execute(stmt):
            name = f"{flow}:{found[1]}" if detail is not None else flow
            yield [pid(found[0]), name, found[-1]]


def engagement(session: Session) -> Iterator[Row]:
    """Per participant: messages each way, active days, nudges and replies to them."""
    yield [
        "participant",
        "channel",
        "inbound",
        "outbound_bot",
        "outbound_staff",
        "active_days",
        "nudges",
        "nudges_replied",
    ]
    counts: dict[str, dict[int, int]] = {
        "inbound": _count(session, InboundMessage.conversation_id),
        "bot": _count(session, OutboundMessage.conversation_id, OutboundMessage.staff_id.is_(None)),
        "staff": _count(
            session, OutboundMessage.conversation_id, OutboundMessage.staff_id.is_not(None)
        ),
        "days": dict(
            session.execute(
                select(
                    InboundMessage.conversation_id,
                    func.count(distinct(func.date(InboundMessage.received_at))),
                ).group_by(InboundMessage.conversation_id)
            ).all()
        ),
        "nudges": _count(session, Nudge.conversation_id),
        "replied": _count(session, Nudge.conversation_id, Nudge.replied.is_(True)),
    }
    stmt = select(Conversation.id, Conversation.channel).order_by(Conversation.id)
    for cid, channel in session.execute(stmt).yield_per(1000):
        yield [
            pid(cid),
            channel,
            *(
                counts[k].get(cid, 0)
                for k in ("inbound", "bot", "staff", "days", "nudges", "replied")
            ),
        ]


def _count(session: Session, column: Any, *where: Any) -> dict[int, int]:
    """Rows per conversation id."""
    stmt = select(column, func.count()).where(*where).group_by(column)
    return {cid: n for cid, n in session.execute(stmt)}


DATASETS: dict[str, Callable[[Session], Iterator[Row]]] = {
    "checkins": checkins,
    "messages": messages,
    "flows": flows,
    "engagement": engagement,
}
