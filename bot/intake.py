"""Store an inbound message exactly once, creating its conversation on first contact."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import (
    Connection,
    Executable,
    Integer,
    String,
    bindparam,
    false,
    literal_column,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.locale import country_of, guess_timezone
from bot.types import InboundMessage
from store.crypto import vault
from store.models import Conversation
from store.models import InboundMessage as InboundRow
from store.types import EncryptedText, UTCDateTime


@dataclass(frozen=True)
class Stored:
    """What storing an inbound message did."""

    conversation_id: int
    inbound_id: int
    duplicate: bool


def find_conversation(session: Session, channel: str, address: str) -> Conversation | None:
    """Look a conversation up by channel and the keyed hash of the number."""
    return session.scalar(
        select(Conversation).where(
            Conversation.channel == channel,
            Conversation.address_hash == vault().phone_hash(address),
        )
    )


def conversation_for(
    session: Session, msg: InboundMessage, now: datetime, default_tz: str = "UTC"
) -> Conversation:
    """The conversation for the sender, created (with a country and zone guess) if new."""
    convo = find_conversation(session, msg.channel, msg.sender)
    if convo is not None:
        return convo
    zone, _ = guess_timezone(msg.sender, default_tz)
    convo = Conversation(
        channel=msg.channel,
        address_hash=vault().phone_hash(msg.sender),
        address=msg.sender,
        our_number=msg.recipient,
        profile_name=msg.profile_name,
        country=country_of(msg.sender),
        timezone=zone,
        slots={},
        created_at=now,
        last_activity_at=now,
    )
    try:
        with session.begin_nested():
            session.add(convo)
    except IntegrityError:  # the same person's first two messages raced; use the winner
        found = find_conversation(session, msg.channel, msg.sender)
        assert found is not None
        return found
    return convo


def media_json(msg: InboundMessage) -> str | None:
    """The stored form of a message's media: a JSON list of URL and content type, or None."""
    if not msg.media:
        return None
    return json.dumps([{"url": m.url, "content_type": m.content_type} for m in msg.media])


def store_known_sender(conn: Connection, msg: InboundMessage, now: datetime) -> Stored | None:
    """Store a new message from a known sender in one statement; None means "not that case".

    The usual webhook: the person has written before and this MessageSid is new. One
    INSERT … SELECT from their conversation, skipped on a repeated MessageSid, then the
    conversation's activity times. On PostgreSQL both are one statement (a data-modifying
    CTE), so in autocommit it is a single round trip. None when no row went in: a first
    message or a repeat, which `store_inbound` sorts out. The caller commits.
    """
    params = {
        "in_channel": msg.channel,
        "in_hash": vault().phone_hash(msg.sender),
        "in_sid": msg.message_sid,
        "in_body": msg.body,
        "in_media": media_json(msg),
        "in_num_media": len(msg.media),
        "in_now": now,
    }
    insert, touch = _known_sender_statements(conn.dialect.name)
    row = conn.execute(insert, params).first()
    if row is None:
        return None
    if touch is not None:
        conn.execute(touch, {"in_conversation": row.conversation_id, "in_now": now})
    return Stored(row.conversation_id, row.id, duplicate=False)


@cache
def _known_sender_statements(dialect: str) -> tuple[Executable, Executable | None]:
    """The statements behind `store_known_sender`, built once per dialect.

    Returns the insert (which also touches the conversation on PostgreSQL) and, where
    the dialect cannot put an UPDATE in a CTE, the separate conversation update.
    """
    now = bindparam("in_now", type_=UTCDateTime)
    values = {
        "conversation_id": Conversation.id,
        "message_sid": bindparam("in_sid", type_=String),
        "body": bindparam("in_body", type_=EncryptedText),
        "media": bindparam("in_media", type_=EncryptedText),
        "num_media": bindparam("in_num_media", type_=Integer),
        "status": literal_column("'pending'"),
        "attempts": literal_column("0"),
        "received_at": now,
        "crisis": false(),
        "redacted": false(),
    }
    source = select(*values.values()).where(
        Conversation.channel == bindparam("in_channel"),
        Conversation.address_hash == bindparam("in_hash"),
    )
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = (
        insert(InboundRow)
        .from_select(list(values), source)
        .on_conflict_do_nothing(index_elements=[InboundRow.message_sid])
        .returning(InboundRow.id, InboundRow.conversation_id)
    )
    if dialect == "postgresql":
        ins = stmt.cte("ins")
        touch = (
            update(Conversation)
            .where(Conversation.id == ins.c.conversation_id)
            .values(last_inbound_at=now, last_activity_at=now)
            .cte("touch")
        )
        return select(ins.c.id, ins.c.conversation_id).add_cte(touch), None
    touch_one = (
        update(Conversation)
        .where(Conversation.id == bindparam("in_conversation"))
        .values(last_inbound_at=now, last_activity_at=now)
    )
    return stmt, touch_one


def store_inbound(
    session: Session, msg: InboundMessage, now: datetime, default_tz: str = "UTC"
) -> Stored:
    """Persist ``msg`` unless its MessageSid was seen before; the caller commits."""
    existing = session.scalar(select(InboundRow).where(InboundRow.message_sid == msg.message_sid))
    if existing is not None:
        return Stored(existing.conversation_id, existing.id, duplicate=True)
    convo = conversation_for(session, msg, now, default_tz)
    row = InboundRow(
        conversation_id=convo.id,
        message_sid=msg.message_sid,
        body=msg.body,
        media=media_json(msg),
        num_media=len(msg.media),
        received_at=now,
    )
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:  # a concurrent retry of the same webhook won the insert
        again = session.scalar(select(InboundRow).where(InboundRow.message_sid == msg.message_sid))
        assert again is not None
        return Stored(again.conversation_id, again.id, duplicate=True)
    convo.last_inbound_at = now
    convo.last_activity_at = now
    return Stored(convo.id, row.id, duplicate=False)
