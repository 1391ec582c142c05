"""Safety first, then the active flow or a new one."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from bot.text import render
from bot.types import Reply
from store.models import Conversation, Flag

if TYPE_CHECKING:
    from nlu import Parse


def respond(
    session: Session,
    convo: Conversation,
    text: str,
    media: list[dict[str, str]],
    parse: Parse,
    settings: dict[str, Any],
    now: datetime,
) -> list[Reply]:
    """Replies for one message that is not a carrier keyword."""
    if media and not text.strip():
        return [Reply(render("media"))]
    return [Reply(render("menu"))]


def flag(
    session: Session,
    convo: Conversation,
    reason: str,
    kind: str | None,
    now: datetime,
    settings: dict[str, Any],
) -> Flag:
    """Put the conversation in the staff queue (once per open reason)."""
    convo.flagged = True
    row = Flag(conversation_id=convo.id, reason=reason, crisis_kind=kind, created_at=now)
    session.add(row)
    session.flush()
    return row
