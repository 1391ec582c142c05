"""Retention: transcripts older than the window are deleted, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

from flask import Flask
from sqlalchemy import select

from store.models import Conversation, InboundMessage, OutboundMessage
from tests.fakes import FakeClock
from tests.scheduling.conftest import add_person


def test_messages_past_the_window_are_deleted(any_app: Flask, clock: FakeClock) -> None:
    from tasks.retention import retention_task

    db = any_app.extensions["mindlink"].db
    days = any_app.extensions["mindlink"].settings["retention"]["transcript_days"]
    old = clock.now - timedelta(days=days, hours=1)
    recent = clock.now - timedelta(days=days - 1)
    with db.session() as session:
        convo = add_person(session, last_inbound_at=recent)
        for n, (at, status) in enumerate([(old, "handled"), (old, "pending"), (recent, "handled")]):
            session.add(
                InboundMessage(
                    conversation_id=convo.id,
                    message_sid=f"SMret{n:030d}",
                    body=f"in {n}",
                    status=status,
                    received_at=at,
                )
            )
        for n, (at, status) in enumerate([(old, "delivered"), (old, "pending"), (recent, "sent")]):
            session.add(
                OutboundMessage(
                    conversation_id=convo.id,
                    body=f"out {n}",
                    status=status,
                    created_at=at,
                    updated_at=at,
                )
            )
        cid = convo.id
    with any_app.app_context():
        counts = retention_task.apply().get()
    assert counts == {"inbound": 1, "outbound": 1}
    with db.session() as session:
        inbound = session.scalars(select(InboundMessage.body).order_by(InboundMessage.id)).all()
        out = session.scalars(select(OutboundMessage.body).order_by(OutboundMessage.id)).all()
        assert session.get(Conversation, cid) is not None  # the person stays; their old words go
    # Still waiting to be answered or sent: kept until the pipeline is done with them.
    assert inbound == ["in 1", "in 2"]
    assert out == ["out 1", "out 2"]
