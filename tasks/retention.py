"""Retention: messages older than ``retention.transcript_days`` are deleted, in batches."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from celery import shared_task
from sqlalchemy import Select, delete, select, update

from bot.schedule import retention_cutoff
from mindlink.services import services
from store import Database
from store.models import Conversation, InboundMessage, OutboundMessage

log = logging.getLogger("mindlink.retention")


@shared_task(name="mindlink.retention", ignore_result=True)
def retention_task() -> dict[str, int]:
    """Delete inbound and outbound messages past the retention window."""
    svc = services()
    cfg = svc.settings["retention"]
    cutoff = retention_cutoff(svc.clock(), int(cfg["transcript_days"]))
    counts = purge_messages(svc.db, cutoff, int(cfg.get("batch_size", 5000)))
    counts["replies_forgotten"] = forget_unkept_replies(svc.db, svc.clock())
    log.info("retention", extra=counts)
    return counts


# The clean-up runs hourly; a reply sent in the last this-long is looked at again.
FORGET_LOOKBACK = timedelta(hours=3)


def forget_unkept_replies(db: Database, now: datetime) -> int:
    """Blank the text of our sent replies to people who asked us not to keep their messages
    (a reply can repeat what they said: "I'll remind you to call the clinic about..."). A
    conversation flagged for staff keeps its replies, as it keeps its crisis messages."""
    recent = (
        select(OutboundMessage.id)
        .join(Conversation)
        .where(
            Conversation.consent.is_(False),
            Conversation.flagged.is_(False),
            OutboundMessage.status.not_in(("pending", "sending")),
            OutboundMessage.updated_at >= now - FORGET_LOOKBACK,
        )
    )
    with db.session() as session:
        ids = list(session.scalars(recent))
        if ids:
            session.execute(
                update(OutboundMessage)
                .where(OutboundMessage.id.in_(ids))
                .values(body="", content_variables=None)
                .execution_options(synchronize_session=False)
            )
    return len(ids)


def purge_messages(db: Database, cutoff: datetime, batch: int) -> dict[str, int]:
    """Delete messages older than ``cutoff``; short transactions so nothing waits long.

    Inbound messages still waiting to be answered and outbound ones still being sent are
    kept: the retention window never races the message pipeline.
    """
    inbound = _purge(
        db,
        select(InboundMessage.id)
        .where(InboundMessage.received_at < cutoff, InboundMessage.status != "pending")
        .limit(batch),
        InboundMessage,
    )
    outbound = _purge(
        db,
        select(OutboundMessage.id)
        .where(
            OutboundMessage.created_at < cutoff,
            OutboundMessage.status.not_in(("pending", "sending")),
        )
        .limit(batch),
        OutboundMessage,
    )
    return {"inbound": inbound, "outbound": outbound}


def _purge(
    db: Database, ids_query: Select[int], model: type[InboundMessage] | type[OutboundMessage]
) -> int:
    """Delete batch after batch of the rows ``ids_query`` selects until none are left."""
    total = 0
    while True:
        with db.session() as session:
            ids = list(session.scalars(ids_query))
            if not ids:
                return total
            session.execute(delete(model).where(model.id.in_(ids)))
            total += len(ids)
