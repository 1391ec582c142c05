"""Proactive work driven by Celery beat and by jobs scheduled during a conversation."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime

from celery import shared_task

from bot.jobs import HANDLERS, claim
from bot.outbox import queue_replies
from mindlink.services import services
from store.models import Conversation, ScheduledJob
from tasks.messaging import enqueue_delivery

log = logging.getLogger("mindlink.scheduling")


def enqueue_jobs(jobs: Iterable[tuple[int, datetime]]) -> None:
    """Queue jobs created while handling a message to run at their due time."""
    for job_id, due_at in jobs:
        try:
            run_job_task.apply_async(args=[job_id], eta=due_at, retry=False)
        except Exception:  # broker down: the per-minute dispatcher picks due jobs up
            log.warning("enqueue_failed", extra={"job_id": job_id})


@shared_task(name="mindlink.run_job", acks_late=True)
def run_job_task(job_id: int) -> bool:
    """Run one scheduled job exactly once and deliver what it produced."""
    svc = services()
    now = svc.clock()
    with svc.db.session() as session:
        job = session.get(ScheduledJob, job_id)
        if job is None or job.status != "pending" or job.due_at > now:
            return False
        convo = session.get(Conversation, job.conversation_id)
        if convo is None or not claim(session, job_id, now):
            return False
        handler = HANDLERS.get(job.kind)
        replies = handler(session, convo, job, svc.settings, now) if handler else []
        queue_replies(session, convo, replies, now, svc.settings["limits"]["max_sms_chars"])
        conversation_id = convo.id
    if replies:
        enqueue_delivery(conversation_id)
    return True
