"""Nothing is lost: with the broker down a message is stored, and the sweeper gets it answered.

Two apps share one SQLite file: the web app whose broker refuses connections, then an
eager app standing in for the worker once the broker is back. Each ``create_app`` makes its
Celery app the current one, so the broken app is used before the eager one is built.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import kombu.utils.functional
import pytest
import redis.retry
from flask import Flask
from sqlalchemy import select

from bot.runtime import handle_conversation
from mindlink import create_app
from nlu.fake import FakeClassifier
from store import lease
from store.models import Conversation, InboundMessage, OutboundMessage
from tasks.messaging import sweep_task
from tests.botdriver import TestBot, twilio_form
from tests.conftest import base_config
from tests.fakes import FakeClock, RecordingChannel

REFUSED_BROKER = "redis://127.0.0.1:1/0"
PEOPLE = ("+447400123456", "+447400123457", "+14155550123")


def build(tmp_path: Path, channel: RecordingChannel, clock: FakeClock, **changes: Any) -> Flask:
    """An app on the shared test database with ``changes`` applied to its settings."""
    config = base_config(tmp_path)
    config.update(changes)
    app = create_app(config, channel=channel, classifier=FakeClassifier, clock=clock)
    app.config["TESTING"] = True
    app.extensions["mindlink"].db.create_all()
    return app


def inbound(app: Flask) -> list[InboundMessage]:
    """Every stored inbound message, oldest first."""
    with app.extensions["mindlink"].db.session() as session:
        return list(session.scalars(select(InboundMessage).order_by(InboundMessage.id)))


def outbound(app: Flask) -> list[OutboundMessage]:
    """Every outbound row, oldest first."""
    with app.extensions["mindlink"].db.session() as session:
        return list(session.scalars(select(OutboundMessage).order_by(OutboundMessage.id)))


def sweep(app: Flask) -> dict[str, int]:
    """Run the beat's sweep as a worker of ``app`` would."""
    with app.app_context():
        result: dict[str, int] = sweep_task.apply().get()
        return result


@pytest.fixture
def down(tmp_path: Path, channel: RecordingChannel, clock: FakeClock) -> Flask:
    """The web app with a broker that refuses connections."""
    return build(tmp_path, channel, clock, celery_eager=False, broker_url=REFUSED_BROKER)


def test_broker_down_webhook_still_answers_fast_and_stores(
    down: Flask, channel: RecordingChannel, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Twilio waits 15 s; the broker clients' connect retries must not spend that. Their
    # back-off sleeps are recorded instead of slept, so the check does not depend on timing.
    slept: list[float] = []
    monkeypatch.setattr(kombu.utils.functional, "sleep", slept.append)
    monkeypatch.setattr(redis.retry, "sleep", slept.append)
    bot = TestBot(down, down.test_client())
    for person in PEOPLE:
        for body in ("hi", "i feel low today"):
            response = bot.as_(person).post(twilio_form(body, person))
            assert response.status_code == 200
            assert response.get_data(as_text=True).endswith("<Response/>")
    assert slept == [], f"publishing retried the refused broker, sleeping {sum(slept):.1f}s"
    rows = inbound(down)
    assert len(rows) == 2 * len(PEOPLE)
    assert {row.status for row in rows} == {"pending"}
    assert channel.sent == []


def test_stored_messages_are_swept_and_answered_once_the_broker_is_back(
    tmp_path: Path, down: Flask, channel: RecordingChannel, clock: FakeClock
) -> None:
    bot = TestBot(down, down.test_client())
    for person in PEOPLE:
        assert bot.as_(person).post(twilio_form("hi", person)).status_code == 200
        assert bot.as_(person).post(twilio_form("yes", person)).status_code == 200
    assert {row.status for row in inbound(down)} == {"pending"}

    worker = build(tmp_path, channel, clock)  # eager: the broker is back
    assert sweep(worker) == {"inbound": 0, "outbound": 0}, "too young to sweep"
    after = int(worker.extensions["mindlink"].settings["limits"]["sweep_after_seconds"])
    clock.advance(seconds=after + 1)
    assert sweep(worker)["inbound"] == len(PEOPLE)

    rows = inbound(worker)
    assert [row.status for row in rows] == ["handled"] * len(rows)
    assert [row.attempts for row in rows] == [1] * len(rows)
    for person in PEOPLE:
        assert channel.bodies(person), f"{person} got no answer"
    sent = len(channel.sent)
    assert sweep(worker) == {"inbound": 0, "outbound": 0}
    assert len(channel.sent) == sent, "a second sweep sent again"
    assert {row.status for row in outbound(worker)} <= {"queued"}


def test_a_dead_workers_lease_expires_and_the_sweeper_handles_the_message_once(
    tmp_path: Path, down: Flask, channel: RecordingChannel, clock: FakeClock
) -> None:
    person = PEOPLE[0]
    assert TestBot(down, down.test_client()).post(twilio_form("hi", person)).status_code == 200
    worker = build(tmp_path, channel, clock)
    svc = worker.extensions["mindlink"]
    seconds = int(svc.settings["limits"]["handle_lease_seconds"])
    (row,) = inbound(worker)

    # A worker took the lease, counted its attempt, then was killed (no release, no commit).
    with svc.db.session() as session:
        assert lease.acquire(session, row.conversation_id, "gone:4242:task", clock(), seconds)
        session.get(InboundMessage, row.id).attempts += 1

    result = handle_conversation(
        svc.db, row.conversation_id, FakeClassifier(), svc.settings, "alive:1:task", clock
    )
    assert result.busy, "a live lease must keep a second worker out"
    assert inbound(worker)[0].status == "pending"

    clock.advance(seconds=seconds + 1)
    assert sweep(worker)["inbound"] == 1
    (row,) = inbound(worker)
    assert row.status == "handled"
    assert row.attempts == 2  # the dead worker's attempt and the one that answered
    replies = outbound(worker)
    assert replies, "the message was answered"
    assert len(channel.sent) == len(replies)
    with svc.db.session() as session:
        convo = session.get(Conversation, row.conversation_id)
        assert convo.lease_owner is None, "the re-run released the lease it took over"

    clock.advance(seconds=seconds + 1)
    assert sweep(worker) == {"inbound": 0, "outbound": 0}
    assert len(outbound(worker)) == len(replies), "handled once, answered once"
