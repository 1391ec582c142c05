"""Proactive work driven by Celery beat and by jobs scheduled during a conversation.

One beat entry (``mindlink.tick``, every 30 s) reads what is due from the database and
fans out: reminders and nudges in chunks, scheduled jobs one by one. Every schedule
lives in the database, so restarting beat or a worker loses nothing; every firing is a
compare-and-set there, so two beats or a retried task never send twice.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

from celery import shared_task
from sqlalchemy import or_, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from bot import nudges, reminders
from bot.jobs import HANDLERS, SILENT_KINDS, URGENT_KINDS, claim
from bot.outbox import queue_replies
from bot.proactive import gate
from mindlink import metrics
from mindlink.services import services
from store.models import Conversation, ScheduledJob
from tasks.delivery import deliver_many
from tasks.messaging import deliver_task, enqueue_delivery, worker_id

log = logging.getLogger("mindlink.scheduling")
T = TypeVar("T")

# Reminders due this soon are queued now with a countdown, so they go out on the minute.
LOOKAHEAD = timedelta(seconds=60)
# A queued occurrence that has not fired by then lost its broker message: queue it again.
REQUEUE_AFTER = timedelta(seconds=180)
# Jobs are queued when created; the tick only rescues those this late (broker was down).
JOB_GRACE = timedelta(seconds=30)
# Small enough that the last chunks finish close together on a busy worker.
CHUNK = 50
RETRY = {"autoretry_for": (OperationalError,), "retry_backoff": 2, "max_retries": 8}


@shared_task(name="mindlink.tick", ignore_result=True)
def tick_task() -> dict[str, int]:
    """Find every due reminder, nudge and job and queue the work to fire it."""
    svc = services()
    now = svc.clock()
    with svc.db.session() as session:
        due_reminders = reminders.claim_due(session, now, LOOKAHEAD, REQUEUE_AFTER)
        due_jobs = claim_due_jobs(session, now)
        planned = nudges.plan_unplanned(session, now, svc.settings)
        due_nudges = nudges.due_conversations(session, now)
        nudges.expire_replies(session, now)
    queued = fan_out(due_reminders, now, _queue_reminders)
    for job_id, due_at in due_jobs:
        _queue(run_job_task, [job_id], _countdown(due_at, now))
    for chunk in chunks(due_nudges, CHUNK):
        _queue(fire_nudges_task, [chunk], 0)
    counts = {
        "reminders": len(due_reminders),
        "reminder_tasks": queued,
        "jobs": len(due_jobs),
        "nudges_planned": planned,
        "nudges": len(due_nudges),
    }
    if any(counts.values()):
        log.info("tick", extra=counts)
    return counts


def claim_due_jobs(session: Session, now: datetime) -> list[tuple[int, datetime]]:
    """Pending jobs overdue by ``JOB_GRACE`` whose queued task never ran: queue them again."""
    rows = session.execute(
        update(ScheduledJob)
        .where(
            ScheduledJob.status == "pending",
            ScheduledJob.due_at <= now - JOB_GRACE,
            or_(ScheduledJob.queued_at.is_(None), ScheduledJob.queued_at < now - REQUEUE_AFTER),
        )
        .values(queued_at=now)
        .returning(ScheduledJob.id, ScheduledJob.due_at)
        .execution_options(synchronize_session=False)
    ).all()
    return [(row[0], row[1]) for row in rows]


def chunks(ids: Sequence[int], size: int) -> list[list[int]]:
    """Sorted ids in lists of ``size`` (sorted, so racing tasks lock rows in one order)."""
    ordered = sorted(ids)
    return [ordered[i : i + size] for i in range(0, len(ordered), size)]


def fan_out(
    due: Iterable[tuple[int, datetime]],
    now: datetime,
    send: Callable[[list[int], float], None],
    size: int = CHUNK,
) -> int:
    """Group (id, due) by due time and hand each chunk to ``send`` with its countdown."""
    by_time: dict[datetime, list[int]] = defaultdict(list)
    for item_id, due_at in due:
        by_time[due_at].append(item_id)
    count = 0
    for due_at, ids in sorted(by_time.items()):
        for chunk in chunks(ids, size):
            send(chunk, _countdown(due_at, now))
            count += 1
    return count


@shared_task(name="mindlink.fire_reminders", acks_late=True, ignore_result=True, **RETRY)
def fire_reminders_task(reminder_ids: list[int]) -> dict[str, int]:
    """Fire a chunk of due reminders in one transaction, then queue their delivery."""
    svc = services()
    now = svc.clock()
    with svc.db.session() as session:
        try:
            with session.begin_nested():
                results = reminders.fire_many(session, reminder_ids, now, svc.settings)
        except IntegrityError:  # one clashing row: fire them one by one, skipping it
            results = [
                _savepoint(session, reminders.fire, rid, now, svc.settings)
                or reminders.Fired("conflict")
                for rid in reminder_ids
            ]
    sent = sorted({r.conversation_id for r in results if r.outcome == "sent" and r.conversation_id})
    if sent:  # committed: if this publish fails, the sweeper finds the stored rows
        _queue(deliver_batch_task, [sent], 0)
    return dict(Counter(r.outcome for r in results))


@shared_task(bind=True, name="mindlink.deliver_batch", acks_late=True, ignore_result=True)
def deliver_batch_task(self, conversation_ids: list[int]) -> None:  # type: ignore[no-untyped-def]
    """Deliver what a firing chunk stored: one task per chunk rather than one per person."""
    deliver_now(conversation_ids, worker_id(self.request.id))


def deliver_now(conversation_ids: Iterable[int], owner: str) -> None:
    """Deliver stored messages of several conversations at once (``deliver_many``).

    The same send lease as the delivery task; a conversation whose lease is busy, or that
    must back off, goes to the delivery task. If this worker dies mid-way the rows stay
    stored and the sweeper sends them. Queued separately from firing, so every due
    reminder is fired (and stored) first.
    """
    svc = services()
    ids = sorted(set(conversation_ids))
    try:
        results = deliver_many(svc.db, ids, svc.channel, svc.settings, owner, svc.clock)
    except Exception:
        log.exception("deliver_failed", extra={"conversations": len(ids)})
        for conversation_id in ids:
            enqueue_delivery(conversation_id)
        return
    metrics.OUTBOUND_SENT.inc(sum(result.sent for result in results.values()))
    for conversation_id, result in results.items():
        if result.error:
            enqueue_delivery(conversation_id)
        elif result.busy or result.retry_in is not None:
            _queue(deliver_task, [conversation_id], result.retry_in or 0.5)


@shared_task(name="mindlink.fire_nudges", acks_late=True, ignore_result=True, **RETRY)
def fire_nudges_task(conversation_ids: list[int]) -> dict[str, int]:
    """Fire a chunk of due nudges in one transaction, then queue their delivery."""
    svc = services()
    now = svc.clock()
    outcomes: dict[str, int] = defaultdict(int)
    sent: list[int] = []
    with svc.db.session() as session:
        for cid in conversation_ids:
            result = _savepoint(session, nudges.fire, cid, now, svc.settings)
            outcome = result.outcome if result else "conflict"
            outcomes[outcome] += 1
            if outcome == "sent":
                sent.append(cid)
    if sent:
        _queue(deliver_batch_task, [sent], 0)
    return dict(outcomes)


@shared_task(name="mindlink.run_job", acks_late=True, ignore_result=True, **RETRY)
def run_job_task(job_id: int) -> bool:
    """Run one scheduled job exactly once and deliver what it produced."""
    svc = services()
    now = svc.clock()
    with svc.db.session() as session:
        run = run_job(session, job_id, now, svc.settings)
        new_jobs = list(session.info.pop("new_jobs", []))  # a handler may chain a job
    if run.outcome == "deferred" and run.until is not None:
        _queue(run_job_task, [job_id], _countdown(run.until, now))
    if run.replies and run.conversation_id is not None:
        enqueue_delivery(run.conversation_id)
    enqueue_jobs(new_jobs)
    return run.outcome == "ran"


@dataclass(frozen=True)
class JobRun:
    """What happened to one due job."""

    outcome: str  # ran | deferred | skipped | not_due | taken | gone
    conversation_id: int | None = None
    replies: int = 0
    until: datetime | None = None


def run_job(session: Session, job_id: int, now: datetime, settings: dict[str, Any]) -> JobRun:
    """Claim and run one job, or defer or skip it.

    Crisis follow-ups always reach their handler (it decides what goes to the person and
    what to staff); other jobs are skipped for people who opted out or were handed over,
    and wait out quiet hours.
    """
    job = session.get(ScheduledJob, job_id)
    if job is None or job.status != "pending":
        return JobRun("gone")
    if job.due_at > now:
        return JobRun("not_due", job.conversation_id)
    convo = session.get(Conversation, job.conversation_id)
    if convo is None:
        return JobRun("gone")
    if job.kind not in URGENT_KINDS and job.kind not in SILENT_KINDS:
        verdict = gate(convo, job.kind, now, settings)
        if verdict.action == "drop":
            _end_job(session, job, "cancelled", verdict.reason, now)
            return JobRun("skipped", convo.id)
        if verdict.action == "defer" and verdict.until is not None:
            moved = _defer_job(session, job, verdict.until)
            return JobRun("deferred" if moved else "taken", convo.id, until=moved)
    if not claim(session, job_id, now):
        return JobRun("taken", convo.id)
    handler = HANDLERS.get(job.kind)
    if handler is None:
        log.warning("job_without_handler", extra={"job_id": job_id, "kind": job.kind})
    replies = handler(session, convo, job, settings, now) if handler else []
    rows = queue_replies(session, convo, replies, now, settings["limits"]["max_sms_chars"])
    return JobRun("ran", convo.id, replies=len(rows))


def enqueue_jobs(jobs: Iterable[tuple[int, datetime]]) -> None:
    """Queue jobs created while handling a message to run at their due time."""
    for job_id, due_at in jobs:
        try:
            run_job_task.apply_async(args=[job_id], eta=due_at, retry=False)
        except Exception:  # broker down: the per-minute dispatcher picks due jobs up
            log.warning("enqueue_failed", extra={"job_id": job_id})


def _end_job(session: Session, job: ScheduledJob, status: str, reason: str, now: datetime) -> None:
    """Close a pending job without running it, and say why."""
    session.execute(
        update(ScheduledJob)
        .where(ScheduledJob.id == job.id, ScheduledJob.status == "pending")
        .values(status=status, skipped_reason=reason, done_at=now)
        .execution_options(synchronize_session=False)
    )
    log.info("job_skipped", extra={"job_id": job.id, "reason": reason})


def _defer_job(session: Session, job: ScheduledJob, until: datetime) -> datetime | None:
    """Move a job to the end of quiet hours (once, however many tasks race)."""
    result = session.execute(
        update(ScheduledJob)
        .where(
            ScheduledJob.id == job.id,
            ScheduledJob.status == "pending",
            ScheduledJob.due_at == job.due_at,
        )
        .values(due_at=until, queued_at=None)
        .execution_options(synchronize_session=False)
    )
    return until if getattr(result, "rowcount", 0) == 1 else None


def _savepoint(session: Session, fire: Callable[..., T], *args: Any) -> T | None:
    """Fire one item in a savepoint: a clash on a unique key skips that item, not the chunk."""
    try:
        with session.begin_nested():
            return fire(session, *args)
    except IntegrityError:
        log.warning("fire_conflict")
        return None


def _countdown(due: datetime, now: datetime) -> float:
    """Seconds from ``now`` (the app's clock) until ``due``; never negative."""
    return max(0.0, (due - now).total_seconds())


def _queue_reminders(ids: list[int], countdown: float) -> None:
    _queue(fire_reminders_task, [ids], countdown)


def _queue(task: Any, args: list[Any], countdown: float) -> None:
    """apply_async that never raises: what is not queued is found again by the tick."""
    try:
        task.apply_async(args=args, countdown=countdown or None, retry=False)
    except Exception:
        log.warning("enqueue_failed", extra={"task": task.name})
