"""Scheduled jobs (crisis follow-ups, exercise steps): quiet hours, opt-out, hand-over, once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from flask import Flask
from sqlalchemy.orm import Session

from bot.jobs import HANDLERS, schedule_job
from bot.types import Reply
from store.models import Conversation, ScheduledJob
from tests.fakes import FakeClock, RecordingChannel
from tests.scheduling.conftest import add_person, tick

NIGHT = datetime(2026, 3, 2, 23, 30, tzinfo=UTC)  # London, inside the 23:00-07:00 quiet hours


class CountingHandler:
    """A job handler that counts its calls and asks for one follow-up message."""

    def __init__(self) -> None:
        self.calls: list[int] = []

    def __call__(
        self,
        session: Session,
        convo: Conversation,
        job: ScheduledJob,
        settings: dict[str, Any],
        now: datetime,
    ) -> list[Reply]:
        self.calls.append(job.id)
        return [Reply(f"checking in ({job.kind})", kind="followup", template="followup")]


@pytest.fixture
def handler() -> Iterator[CountingHandler]:
    """Register the counting handler for a routine kind and for crisis follow-ups."""
    fake = CountingHandler()
    saved = dict(HANDLERS)
    HANDLERS["routine_check"] = fake
    HANDLERS["crisis_followup"] = fake
    yield fake
    HANDLERS.clear()
    HANDLERS.update(saved)


def add_job(app: Flask, kind: str, due_at: datetime, **flags: object) -> tuple[int, int]:
    """A person (with ``flags``) and one pending job of ``kind``; returns (convo id, job id)."""
    with app.extensions["mindlink"].db.session() as session:
        convo = add_person(session, last_inbound_at=due_at - timedelta(minutes=5), **flags)  # type: ignore[arg-type]
        job = schedule_job(session, convo, kind, due_at)
        assert job is not None
        session.info.pop("new_jobs", None)  # not queued: the tick has to find it
        return convo.id, job.id


def job_row(app: Flask, job_id: int) -> ScheduledJob:
    with app.extensions["mindlink"].db.session() as session:
        row = session.get(ScheduledJob, job_id)
        assert row is not None
        return row


def run(app: Flask, job_id: int) -> bool:
    from tasks.scheduling import run_job_task

    with app.app_context():
        return bool(run_job_task.apply(args=[job_id]).get())


def test_a_routine_job_waits_out_quiet_hours_then_runs_once(
    app: Flask, clock: FakeClock, channel: RecordingChannel, handler: CountingHandler
) -> None:
    clock.now = NIGHT
    _, job_id = add_job(app, "routine_check", NIGHT)
    assert run(app, job_id) is False
    assert handler.calls == [] and channel.sent == []
    assert job_row(app, job_id).due_at == datetime(2026, 3, 3, 7, 0, tzinfo=UTC)
    clock.now = datetime(2026, 3, 3, 8, 1, tzinfo=UTC)
    tick(app)
    tick(app)
    assert run(app, job_id) is False  # a redelivered task finds it done
    assert handler.calls == [job_id]
    assert channel.bodies() == ["checking in (routine_check)"]


def test_a_crisis_followup_goes_inside_quiet_hours(
    app: Flask, clock: FakeClock, channel: RecordingChannel, handler: CountingHandler
) -> None:
    clock.now = NIGHT
    _, job_id = add_job(app, "crisis_followup", NIGHT)
    assert run(app, job_id) is True
    assert channel.bodies() == ["checking in (crisis_followup)"]


@pytest.mark.parametrize(
    ("flag", "kind", "handler_runs", "reason"),
    [
        ("opted_out", "routine_check", False, "opted_out"),
        ("handed_over", "routine_check", False, "handed_over"),
        # The handler decides what a crisis follow-up does for a handed-over person.
        ("handed_over", "crisis_followup", True, None),
    ],
)
def test_opted_out_and_handed_over(
    app: Flask,
    clock: FakeClock,
    handler: CountingHandler,
    flag: str,
    kind: str,
    handler_runs: bool,
    reason: str | None,
) -> None:
    clock.now = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    _, job_id = add_job(app, kind, clock.now, **{flag: True})
    run(app, job_id)
    row = job_row(app, job_id)
    assert bool(handler.calls) is handler_runs
    assert row.status == ("done" if handler_runs else "cancelled")
    assert row.skipped_reason == reason


def test_an_opted_out_persons_crisis_followup_reaches_no_phone(
    app: Flask, clock: FakeClock, channel: RecordingChannel, handler: CountingHandler
) -> None:
    _, job_id = add_job(app, "crisis_followup", clock.now, opted_out=True)
    run(app, job_id)
    assert channel.sent == []  # the outbox refuses to text someone who opted out


def test_a_job_whose_task_was_lost_is_found_by_the_tick(
    app: Flask, clock: FakeClock, channel: RecordingChannel, handler: CountingHandler
) -> None:
    _, job_id = add_job(app, "routine_check", clock.now)
    clock.advance(seconds=10)
    tick(app)  # within the grace period its own queued task is trusted
    assert handler.calls == []
    clock.advance(seconds=30)
    tick(app)
    tick(app)
    assert handler.calls == [job_id] and len(channel.sent) == 1
