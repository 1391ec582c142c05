"""Move a test or demo clock forward, running scheduled jobs as their ETA tasks would."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from flask import Flask
from sqlalchemy import func, select

from store.models import ScheduledJob


def fast_forward(
    app: Flask, set_now: Callable[[datetime], None], now: datetime, target: datetime
) -> None:
    """Step the clock to each due job up to ``target`` and run it (eager Celery)."""
    from tasks.scheduling import run_job_task

    db = app.extensions["mindlink"].db
    with app.app_context():
        while True:
            with db.session() as session:
                next_due = session.scalar(
                    select(func.min(ScheduledJob.due_at)).where(
                        ScheduledJob.status == "pending", ScheduledJob.due_at <= target
                    )
                )
            if next_due is None:
                break
            now = max(now, next_due)
            set_now(now)
            with db.session() as session:
                due = list(
                    session.scalars(
                        select(ScheduledJob.id)
                        .where(ScheduledJob.status == "pending", ScheduledJob.due_at <= now)
                        .order_by(ScheduledJob.due_at, ScheduledJob.id)
                    )
                )
            for job_id in due:
                run_job_task.apply(args=[job_id])
            if now >= target:
                break
    set_now(target)
