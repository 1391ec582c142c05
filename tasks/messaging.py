"""Handle inbound messages, deliver outbound ones, and sweep up anything left behind."""

from __future__ import annotations

import logging
import os
import socket
from datetime import timedelta

from celery import shared_task
from sqlalchemy import select

from bot.runtime import handle_conversation
from mindlink import metrics
from mindlink.services import services
from store.models import InboundMessage, OutboundMessage
from tasks.delivery import deliver_conversation

log = logging.getLogger("mindlink.tasks")


def worker_id(task_id: str | None) -> str:
    """Lease owner name: host, process and task, so a retried task can renew its own lease."""
    return f"{socket.gethostname()}:{os.getpid()}:{task_id or 'inline'}"[:64]


@shared_task(bind=True, name="mindlink.handle_conversation", max_retries=None, acks_late=True)
def handle_conversation_task(self, conversation_id: int) -> object:  # type: ignore[no-untyped-def]
    """Answer a conversation's pending messages in order, then deliver the replies."""
    svc = services()
    result = handle_conversation(
        svc.db,
        conversation_id,
        svc.classifier(),
        svc.settings,
        worker_id(self.request.id),
        svc.clock,
    )
    if result.busy:  # another worker holds it; it may finish before seeing our message
        return self.retry(countdown=0.5, throw=False)
    metrics.INBOUND_HANDLED.inc(result.handled)
    if result.jobs:
        from tasks.scheduling import enqueue_jobs

        enqueue_jobs(result.jobs)
    for flag_id in result.alerts:
        from tasks.alerts import enqueue_alert

        enqueue_alert(flag_id)
    if result.outbound:
        enqueue_delivery(conversation_id)
    if result.retry:
        return self.retry(countdown=5, throw=False)
    return result.handled


@shared_task(bind=True, name="mindlink.deliver", max_retries=None, acks_late=True)
def deliver_task(self, conversation_id: int) -> object:  # type: ignore[no-untyped-def]
    """Send a conversation's pending outbound messages in order."""
    svc = services()
    result = deliver_conversation(
        svc.db, conversation_id, svc.channel, svc.settings, worker_id(self.request.id), svc.clock
    )
    if result.busy:
        return self.retry(countdown=0.5, throw=False)
    metrics.OUTBOUND_SENT.inc(result.sent)
    if result.retry_in is not None:
        return self.retry(countdown=result.retry_in, throw=False)
    return result.sent


def enqueue_handling(conversation_id: int) -> bool:
    """Queue handling; False (and logged) when the broker is unreachable."""
    try:
        handle_conversation_task.apply_async(args=[conversation_id], retry=False)
    except Exception:  # broker down: the message is stored, the sweeper will find it
        log.warning("enqueue_failed", extra={"conversation_id": conversation_id})
        metrics.ENQUEUE_FAILED.inc()
        return False
    return True


def enqueue_delivery(conversation_id: int) -> bool:
    """Queue delivery; False when the broker is unreachable (the sweeper retries)."""
    try:
        deliver_task.apply_async(args=[conversation_id], retry=False)
    except Exception:
        log.warning("enqueue_failed", extra={"conversation_id": conversation_id})
        metrics.ENQUEUE_FAILED.inc()
        return False
    return True


@shared_task(name="mindlink.sweep")
def sweep_task() -> dict[str, int]:
    """Re-queue conversations with stored-but-unhandled or unsent messages."""
    svc = services()
    cutoff = svc.clock() - timedelta(seconds=int(svc.settings["limits"]["sweep_after_seconds"]))
    with svc.db.session() as session:
        inbound = session.scalars(
            select(InboundMessage.conversation_id)
            .where(InboundMessage.status == "pending", InboundMessage.received_at < cutoff)
            .distinct()
        ).all()
        outbound = session.scalars(
            select(OutboundMessage.conversation_id)
            .where(
                OutboundMessage.status.in_(("pending", "sending")),
                OutboundMessage.updated_at < cutoff,
            )
            .distinct()
        ).all()
    for cid in inbound:
        enqueue_handling(cid)
    for cid in outbound:
        enqueue_delivery(cid)
    if inbound or outbound:
        log.info("swept", extra={"inbound": len(inbound), "outbound": len(outbound)})
    return {"inbound": len(inbound), "outbound": len(outbound)}
