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
    assert counts == {"inbound": 1, "outbound": 1, "replies_forgotten": 0}
    with db.session() as session:
        inbound = session.scalars(select(InboundMessage.body).order_by(InboundMessage.id)).all()
        out = session.scalars(select(OutboundMessage.body).order_by(OutboundMessage.id)).all()
        assert session.get(Conversation, cid) is not None  # the person stays; their old words go
    # Still waiting to be answered or sent: kept until the pipeline is done with them.
    assert inbound == ["in 1", "in 2"]
    assert out == ["out 1", "out 2"]


def test_replies_to_people_who_said_no_to_keeping_are_forgotten(
    any_app: Flask, clock: FakeClock
) -> None:
    from tasks.retention import retention_task

    db = any_app.extensions["mindlink"].db
    with db.session() as session:
        declined = add_person(session, last_inbound_at=clock.now, consent=False)
        flagged = add_person(session, last_inbound_at=clock.now, consent=False, flagged=True)
        kept = add_person(session, last_inbound_at=clock.now, consent=True)
        for convo, status in [
            (declined, "delivered"),
            (declined, "pending"),
            (flagged, "sent"),
            (kept, "sent"),
        ]:
            session.add(
                OutboundMessage(
                    conversation_id=convo.id,
                    body=f"remind you to call the clinic ({convo.id} {status})",
                    status=status,
                    created_at=clock.now,
                    updated_at=clock.now,
                )
            )
    with any_app.app_context():
        counts = retention_task.apply().get()
    assert counts["replies_forgotten"] == 1
    with db.session() as session:
        bodies = session.scalars(select(OutboundMessage.body).order_by(OutboundMessage.id)).all()
    assert bodies[0] == ""  # sent to someone who said no: forgotten
    assert all(body for body in bodies[1:])  # still to send, flagged for staff, or kept
