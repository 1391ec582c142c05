"""Per-conversation leases: one worker handles (or delivers for) a conversation at a time.

A lease is a conditional UPDATE, so it works the same on SQLite and PostgreSQL, and a
worker that dies simply lets its lease expire.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import or_, text, update
from sqlalchemy.orm import Session

from store.models import Conversation

Purpose = Literal["handle", "send"]


def _columns(purpose: Purpose) -> tuple[str, str]:
    return (
        ("lease_owner", "lease_until")
        if purpose == "handle"
        else ("send_lease_owner", "send_lease_until")
    )


def acquire(
    session: Session,
    conversation_id: int,
    owner: str,
    now: datetime,
    seconds: int,
    purpose: Purpose = "handle",
    commit: bool = True,
) -> bool:
    """Take the lease if it is free, expired or already ours; commit at once unless told
    the caller's transaction carries on."""
    owner_col, until_col = (getattr(Conversation, c) for c in _columns(purpose))
    if commit:
        relaxed_commit(session)
    result = session.execute(
        update(Conversation)
        .where(Conversation.id == conversation_id)
        .where(or_(until_col.is_(None), until_col < now, owner_col == owner))
        .values({owner_col: owner, until_col: now + timedelta(seconds=seconds)})
        .execution_options(synchronize_session=False)
    )
    if commit:
        session.commit()
    return bool(getattr(result, "rowcount", 0) == 1)


def acquire_many(
    session: Session,
    conversation_ids: Collection[int],
    owner: str,
    now: datetime,
    seconds: int,
    purpose: Purpose = "handle",
) -> set[int]:
    """Take (or renew) the lease of several conversations in one statement, inside the
    caller's transaction; return the ids now ours. The others are held by someone else."""
    if not conversation_ids:
        return set()
    owner_col, until_col = (getattr(Conversation, c) for c in _columns(purpose))
    rows = session.execute(
        update(Conversation)
        .where(Conversation.id.in_(sorted(conversation_ids)))
        .where(or_(until_col.is_(None), until_col < now, owner_col == owner))
        .values({owner_col: owner, until_col: now + timedelta(seconds=seconds)})
        .returning(Conversation.id)
        .execution_options(synchronize_session=False)
    ).all()
    return {row[0] for row in rows}


def release_many(
    session: Session,
    conversation_ids: Collection[int],
    owner: str,
    purpose: Purpose = "handle",
) -> None:
    """Give back the leases we still hold, inside the caller's transaction."""
    if not conversation_ids:
        return
    owner_col, until_col = (getattr(Conversation, c) for c in _columns(purpose))
    session.execute(
        update(Conversation)
        .where(Conversation.id.in_(sorted(conversation_ids)), owner_col == owner)
        .values({owner_col: None, until_col: None})
        .execution_options(synchronize_session=False)
    )


def release(
    session: Session,
    conversation_id: int,
    owner: str,
    purpose: Purpose = "handle",
    commit: bool = True,
) -> None:
    """Give the lease back if we still hold it."""
    owner_col, until_col = (getattr(Conversation, c) for c in _columns(purpose))
    if commit:
        relaxed_commit(session)
    session.execute(
        update(Conversation)
        .where(Conversation.id == conversation_id, owner_col == owner)
        .values({owner_col: None, until_col: None})
        .execution_options(synchronize_session=False)
    )
    if commit:
        session.commit()


def relaxed_commit(session: Session) -> None:
    """Let this transaction commit without waiting for the WAL flush (PostgreSQL).

    For bookkeeping whose loss in a database crash is harmless: a lost lease simply
    expires, a lost attempt count only allows one more try. Never for a record that a
    message was received or sent.
    """
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        session.execute(text("SET LOCAL synchronous_commit TO OFF"))
