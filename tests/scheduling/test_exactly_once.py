"""Exactly once on real PostgreSQL (and Redis): racing dispatchers, crashes, retries."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import redis
from celery.contrib.testing.worker import start_worker
from celery.exceptions import Retry
from flask import Flask
from sqlalchemy import event, select
from sqlalchemy.exc import OperationalError

import tasks.messaging
import tasks.scheduling  # noqa: F401
from bot import reminders
from bot.reminders import create_reminder
from mindlink import create_app
from nlu.fake import FakeClassifier
from store.models import OutboundMessage, Reminder
from tests import services as real
from tests.conftest import base_config, reset_postgres
from tests.fakes import FakeClock, RecordingChannel
from tests.scheduling.conftest import add_person, outbound

DUE = datetime(2026, 3, 2, 21, 0, tzinfo=UTC)


def add_reminders(app: Flask, clock: FakeClock, count: int) -> list[int]:
    """``count`` people with a daily 21:00 reminder each (London); returns reminder ids."""
    clock.now = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    ids = []
    with app.extensions["mindlink"].db.session() as session:
        for _ in range(count):
            convo = add_person(session, last_inbound_at=clock.now)
            row = create_reminder(
                session,
                convo,
                kind="checkin",
                label="",
                rrule="FREQ=DAILY",
                local_time="21:00",
                first=None,
                now=clock.now,
            )
            ids.append(row.id)
    clock.now = DUE
    return ids


def assert_each_fired_once(app: Flask, channel: RecordingChannel, ids: list[int]) -> None:
    """One outbound row and one send per reminder; every reminder moved to tomorrow."""
    rows = [r for r in outbound(app) if r.kind == "reminder"]
    keys = Counter(r.dedupe_key for r in rows)
    assert sorted(keys) == sorted(f"reminder:{i}:{DUE.isoformat()}" for i in ids)
    assert set(keys.values()) == {1}
    sends = Counter(m.to for m in channel.sent)
    assert len(sends) == len(ids) and set(sends.values()) == {1}
    with app.extensions["mindlink"].db.session() as session:
        fires = session.scalars(select(Reminder.next_fire_at).where(Reminder.id.in_(ids))).all()
    assert set(fires) == {datetime(2026, 3, 3, 21, 0, tzinfo=UTC)}


def race(workers: list[Callable[[], Any]]) -> None:
    """Start the callables together on threads and wait for all of them."""
    barrier = threading.Barrier(len(workers))
    errors: list[BaseException] = []

    def run(work: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            work()
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(w,)) for w in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def in_app(app: Flask, task_name: str, *args: Any) -> Callable[[], Any]:
    """A callable that runs a task eagerly inside ``app``."""

    def work() -> Any:
        task = app.extensions["celery"].tasks[task_name]
        with app.app_context():
            result = task.apply(args=list(args))
        if isinstance(result.result, BaseException):
            raise result.result
        return result.result

    return work


@pytest.mark.parametrize("how", ["two beats tick together", "two tasks fire the same chunk"])
def test_racing_dispatchers_fire_each_reminder_once(
    pg_app: Flask, clock: FakeClock, channel: RecordingChannel, how: str
) -> None:
    ids = add_reminders(pg_app, clock, 60)
    if how == "two beats tick together":
        race([in_app(pg_app, "mindlink.tick"), in_app(pg_app, "mindlink.tick")])
    else:
        race([in_app(pg_app, "mindlink.fire_reminders", ids) for _ in range(2)])
    assert_each_fired_once(pg_app, channel, ids)


class CrashOnce:
    """Kill the first unit of work that stores a reminder message, before it commits."""

    def __init__(self, error: type[BaseException]) -> None:
        self.error, self.crashed = error, 0

    def __call__(self, session: Any, flush_context: Any, instances: Any) -> None:
        if not self.crashed and any(isinstance(o, OutboundMessage) for o in session.new):
            self.crashed += 1
            if self.error is OperationalError:
                raise OperationalError("INSERT", {}, Exception("server closed the connection"))
            raise self.error("worker killed mid-send")


@pytest.fixture
def crash_once(pg_app: Flask) -> Iterator[Callable[[type[BaseException]], CrashOnce]]:
    """Install a crash-once hook on the app's sessions."""
    installed: list[CrashOnce] = []
    sessions = pg_app.extensions["mindlink"].db.Session

    def install(error: type[BaseException]) -> CrashOnce:
        hook = CrashOnce(error)
        event.listen(sessions, "before_flush", hook)
        installed.append(hook)
        return hook

    yield install
    for hook in installed:
        event.remove(sessions, "before_flush", hook)


def test_a_task_retried_after_a_database_error_sends_once(
    pg_app: Flask, clock: FakeClock, channel: RecordingChannel, crash_once: Any
) -> None:
    ids = add_reminders(pg_app, clock, 5)
    hook = crash_once(OperationalError)
    with pytest.raises(Retry):  # the task asks the broker to run it again
        in_app(pg_app, "mindlink.fire_reminders", ids)()
    assert hook.crashed == 1 and outbound(pg_app) == []
    in_app(pg_app, "mindlink.fire_reminders", ids)()  # the retry
    assert_each_fired_once(pg_app, channel, ids)


def test_a_worker_killed_before_commit_is_redelivered_and_sends_once(
    pg_app: Flask, clock: FakeClock, channel: RecordingChannel, crash_once: Any
) -> None:
    ids = add_reminders(pg_app, clock, 5)
    crash_once(SystemExit)
    with pytest.raises(SystemExit):
        in_app(pg_app, "mindlink.fire_reminders", ids)()
    assert outbound(pg_app) == []  # the compare-and-set rolled back with the insert
    in_app(pg_app, "mindlink.fire_reminders", ids)()  # acks_late: the broker redelivers
    assert_each_fired_once(pg_app, channel, ids)


def test_a_worker_killed_after_commit_is_not_resent_and_the_sweeper_delivers(
    pg_app: Flask, clock: FakeClock, channel: RecordingChannel
) -> None:
    ids = add_reminders(pg_app, clock, 3)
    svc = pg_app.extensions["mindlink"]
    with svc.db.session() as session:  # fired and committed; died before queueing delivery
        for rid in ids:
            assert reminders.fire(session, rid, clock.now, svc.settings).outcome == "sent"
    in_app(pg_app, "mindlink.fire_reminders", ids)()  # the redelivered task
    assert channel.sent == []
    clock.advance(seconds=int(svc.settings["limits"]["sweep_after_seconds"]) + 1)
    in_app(pg_app, "mindlink.sweep")()
    rows = outbound(pg_app)
    assert len(rows) == 3 and len(channel.sent) == 3


@pytest.fixture
def redis_app(tmp_path: Path, postgres_url: str, clock: FakeClock) -> Iterator[Flask]:
    """The app on real PostgreSQL with a real Redis broker (nothing eager)."""
    url = real.redis_url()
    redis.Redis.from_url(url).flushdb()
    reset_postgres(postgres_url)
    config = base_config(tmp_path, postgres_url)
    config.update(broker_url=url, celery_eager=False)
    app = create_app(config, channel=RecordingChannel(), classifier=FakeClassifier, clock=clock)
    yield app
    app.extensions["mindlink"].db.engine.dispose()
    redis.Redis.from_url(url).flushdb()


def wait_until_quiet(app: Flask, expected: int, timeout: float = 60.0) -> None:
    """Wait for ``expected`` sends and an empty queue (polling; no timing is asserted)."""
    broker = redis.Redis.from_url(app.extensions["mindlink"].settings["broker_url"])
    channel = app.extensions["mindlink"].channel
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if len(channel.sent) >= expected and broker.llen("mindlink") == 0:
            time.sleep(1.0)  # let any duplicate task still running finish
            if broker.llen("mindlink") == 0:
                return
        time.sleep(0.1)


def test_through_redis_two_beats_and_a_crash_still_send_each_reminder_once(
    redis_app: Flask, clock: FakeClock
) -> None:
    channel = redis_app.extensions["mindlink"].channel
    ids = add_reminders(redis_app, clock, 40)
    sessions = redis_app.extensions["mindlink"].db.Session
    hook = CrashOnce(OperationalError)
    event.listen(sessions, "before_flush", hook)
    celery = redis_app.extensions["celery"]
    fire = celery.tasks["mindlink.fire_reminders"]
    try:
        # Two beats tick at once, and a third dispatcher queues the same work again.
        race([in_app(redis_app, "mindlink.tick"), in_app(redis_app, "mindlink.tick")])
        with redis_app.app_context():
            fire.apply_async(args=[ids])
        with start_worker(celery, pool="threads", concurrency=4, perform_ping_check=False):
            wait_until_quiet(redis_app, len(ids))
    finally:
        event.remove(sessions, "before_flush", hook)
    assert hook.crashed == 1  # one chunk failed mid-way and was retried through Redis
    assert_each_fired_once(redis_app, channel, ids)
