"""One-off proactive jobs (crisis follow-ups, breathing steps, nudges): scheduling and handlers.

A handler turns a due job into replies; the tasks layer claims the job exactly once,
applies quiet hours and opt-out, and sends.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.types import Reply
from store.models import Conversation, ScheduledJob

JobHandler = Callable[[Session, Conversation, ScheduledJob, dict[str, Any], datetime], list[Reply]]
HANDLERS: dict[str, JobHandler] = {}
# Kinds that may be sent inside quiet hours and to handed-over conversations: crisis
# follow-ups, and the paced steps of an exercise the person started a moment ago.
URGENT_KINDS = frozenset({"crisis_followup", "soon_followup", "breathing_step", "breathing_end"})
# Kinds that send nothing (a pause of their reminders starting on the day they asked): run at
# their time, quiet hours or a hand-over or not.
SILENT_KINDS = frozenset({"pause_reminders"})


def handler(kind: str) -> Callable[[JobHandler], JobHandler]:
    """Register the function that turns a due ``kind`` job into replies."""

    def register(fn: JobHandler) -> JobHandler:
        HANDLERS[kind] = fn
        return fn

    return register


def schedule_job(
    session: Session,
    convo: Conversation,
    kind: str,
    due_at: datetime,
    payload: dict[str, Any] | None = None,
    dedupe_key: str | None = None,
) -> ScheduledJob | None:
    """Add a pending job (once per ``dedupe_key``); the tasks layer enqueues it on commit."""
    if dedupe_key and session.scalar(
        select(ScheduledJob.id).where(ScheduledJob.dedupe_key == dedupe_key)
    ):
        return None
    job = ScheduledJob(
        conversation_id=convo.id,
        kind=kind,
        due_at=due_at,
        payload=payload or {},
        dedupe_key=dedupe_key,
    )
    session.add(job)
    session.flush()
    session.info.setdefault("new_jobs", []).append((job.id, due_at))
    return job


def cancel_jobs(session: Session, convo: Conversation, kind: str | None = None) -> None:
    """Cancel pending jobs of a kind (or all) for a conversation."""
    query = update(ScheduledJob).where(
        ScheduledJob.conversation_id == convo.id, ScheduledJob.status == "pending"
    )
    if kind:
        query = query.where(ScheduledJob.kind == kind)
    session.execute(query.values(status="cancelled"))


def claim(session: Session, job_id: int, now: datetime) -> bool:
    """Mark a pending job done; True for exactly one caller however many race."""
    result = session.execute(
        update(ScheduledJob)
        .where(ScheduledJob.id == job_id, ScheduledJob.status == "pending")
        .values(status="done", done_at=now)
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0) == 1)
