"""Helpers for scheduling tests: people in given zones, and running the beat tick."""

from __future__ import annotations

import itertools
from datetime import datetime
from typing import Any

from flask import Flask
from sqlalchemy import select
from sqlalchemy.orm import Session

from store.crypto import vault
from store.models import Conversation, OutboundMessage

_numbers = itertools.count(100)


def add_person(
    session: Session,
    *,
    tz: str = "Europe/London",
    channel: str = "sms",
    last_inbound_at: datetime | None = None,
    **fields: Any,
) -> Conversation:
    """A conversation with a fresh number, as if they had written to us once."""
    number = f"+4477009{next(_numbers):05d}"
    convo = Conversation(
        channel=channel,
        address_hash=vault().phone_hash(number),
        address=number,
        timezone=tz,
        last_inbound_at=last_inbound_at,
        **{"consent": True, "onboarded": True, "slots": {}, **fields},
    )
    session.add(convo)
    session.flush()
    return convo


def outbound(app: Flask, conversation_id: int | None = None) -> list[OutboundMessage]:
    """Outbound rows (of one conversation, if given), oldest first."""
    with app.extensions["mindlink"].db.session() as session:
        query = select(OutboundMessage).order_by(OutboundMessage.id)
        if conversation_id is not None:
            query = query.where(OutboundMessage.conversation_id == conversation_id)
        return list(session.scalars(query))


def tick(app: Flask) -> dict[str, int]:
    """One beat tick, with the eager Celery of the test app running what it queues."""
    from tasks.scheduling import tick_task

    with app.app_context():
        result: dict[str, int] = tick_task.apply().get()
    return result
