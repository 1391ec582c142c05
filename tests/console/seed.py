"""Rows for console tests: staff, conversations, messages and flags, written directly."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from console.passwords import hash_password
from store import Database
from store.crypto import vault
from store.models import (
    CheckIn,
    Conversation,
    Flag,
    InboundMessage,
    OutboundMessage,
    SleepEntry,
    Staff,
)

PASSWORD = "correct horse battery staple"
PHONE = "+447700900123"
_HASH = hash_password(PASSWORD)  # hashing once keeps the fixtures fast


def db(app: Flask) -> Database:
    """The app's database."""
    database: Database = app.extensions["mindlink"].db
    return database


def staff(app: Flask, role: str, now: datetime, email: str | None = None) -> int:
    """A console account; returns its id."""
    with db(app).session() as session:
        row = Staff(
            email=email or f"{role}@example.org",
            name=f"{role.title()} Person",
            password_hash=_HASH,
            role=role,
            created_at=now,
        )
        session.add(row)
        session.flush()
        return row.id


def login(client: FlaskClient, email: str, password: str = PASSWORD) -> TestResponse:
    """POST the sign-in form."""
    return client.post("/console/login", data={"email": email, "password": password})


def conversation(
    app: Flask, now: datetime, phone: str = PHONE, channel: str = "sms", **fields: Any
) -> int:
    """A conversation for ``phone``; returns its id."""
    with db(app).session() as session:
        row = Conversation(
            channel=channel,
            address_hash=vault().phone_hash(phone),
            address=phone,
            last_activity_at=fields.pop("last_activity_at", now),
            created_at=now,
            **fields,
        )
        session.add(row)
        session.flush()
        return row.id


def crisis(app: Flask, now: datetime, phone: str = PHONE, text: str = "I want to end it") -> int:
    """A conversation whose last message was a crisis, with a waiting flag; returns its id."""
    cid = conversation(app, now, phone, flagged=True, last_crisis_at=now, profile_name="Alex Doe")
    with db(app).session() as session:
        session.add_all(
            [
                InboundMessage(
                    conversation_id=cid,
                    message_sid=f"SMseed{cid}a",
                    body="hi",
                    status="handled",
                    received_at=now - timedelta(minutes=5),
                    intent="greet",
                    emotion="neutral",
                    ekman="neutral",
                    crisis=False,
                    crisis_score=0.01,
                ),
                OutboundMessage(
                    conversation_id=cid,
                    body="Hello! How are you feeling today?",
                    status="delivered",
                    created_at=now - timedelta(minutes=5),
                ),
                InboundMessage(
                    conversation_id=cid,
                    message_sid=f"SMseed{cid}b",
                    body=text,
                    status="handled",
                    received_at=now - timedelta(minutes=1),
                    intent="crisis",
                    emotion="sadness",
                    ekman="sadness",
                    crisis=True,
                    crisis_score=0.97,
                ),
                Flag(
                    conversation_id=cid,
                    reason="crisis",
                    crisis_kind="suicidal",
                    created_at=now - timedelta(minutes=1),
                ),
                CheckIn(
                    conversation_id=cid,
                    mood=3,
                    ekman="sadness",
                    feelings="hopeless",
                    note="my sister Maria Lopez",
                    created_at=now - timedelta(days=1),
                ),
            ]
        )
    return cid


def history(app: Flask, cid: int, now: datetime, days: int = 14) -> None:
    """Two weeks of check-ins and sleep diary entries, for the trends charts."""
    with db(app).session() as session:
        for day in range(days):
            at = now - timedelta(days=days - day)
            session.add(
                CheckIn(
                    conversation_id=cid,
                    mood=3 + (day * 5 // days) + day % 2,
                    ekman="joy" if day % 3 else "sadness",
                    created_at=at,
                )
            )
            session.add(
                SleepEntry(
                    conversation_id=cid,
                    bed_time="23:30",
                    wake_time="07:00",
                    latency_minutes=40 - 2 * day,
                    quality=2 + day % 3,
                    efficiency=0.70 + 0.015 * day,
                    created_at=at,
                )
            )
