"""One conversation at a time, in arrival order, with real workers racing for the work.

Two ``celery -A make_celery worker`` processes (two children each) consume from a private
Redis database; the web side is this process's app posting through the signed webhook.
The database is a private PostgreSQL database, then a SQLite file shared by the three
processes (the development setup). The same script replayed through an eager
app is the reference: every conversation must get exactly the replies a single worker
would have sent, in the same order, each message handled once.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from flask import Flask
from sqlalchemy import select

from bot.intake import find_conversation
from mindlink import create_app
from nlu.fake import FakeClassifier
from store.models import Conversation, InboundMessage, OutboundMessage
from tests import services as real
from tests.botdriver import TestBot
from tests.conftest import TEST_KEY, base_config
from tests.workers import scratch_postgres, wait_for, workers

pytestmark = [pytest.mark.redis, pytest.mark.slow]

PEOPLE = ("+447400100001", "+447400100002", "+14155550103", "+61400100004")
SCRIPT = (
    "hi",
    "yes",
    "ok",
    "i feel a bit anxious",
    "7",
    "help",
    "breathing please",
    "stop it",
    "what can you do",
    "thanks",
    "i slept badly",
    "bye",
)
HASH_KEY = "test-hash-key"
# Replies may quote the local time; the reference run reads the clock at another moment.
CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}(?:\s?[ap]m)?\b", re.IGNORECASE)


def comparable(body: str) -> str:
    """A reply body with clock times blanked."""
    return CLOCK_TIME.sub("HH:MM", body)


@pytest.fixture
def broker() -> Iterator[str]:
    """A Redis database of our own, empty before and after."""
    url = real.redis_url().rsplit("/", 1)[0] + "/12"
    client = redis.Redis.from_url(url)
    client.flushdb()
    yield url
    client.flushdb()
    client.close()


@pytest.fixture(params=["postgres", "sqlite"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A private database with our tables: PostgreSQL, or a SQLite file (the dev setup)."""
    from sqlalchemy import create_engine

    from store.models import Base

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'ordering.db'}"
    else:
        url = scratch_postgres(real.postgres_url(), "mindlink_test_ordering")
    engine = create_engine(url)
    Base.metadata.create_all(engine)
    engine.dispose()
    return url


def web_app(tmp_path: Path, database: str, broker: str) -> Flask:
    """The web process: publishes to the real broker, never runs tasks itself."""
    config = base_config(tmp_path, database)
    config.update(celery_eager=False, broker_url=broker, hash_key=HASH_KEY)
    return create_app(config, classifier=FakeClassifier)


def worker_env(database: str, broker: str) -> dict[str, str]:
    """The environment a deployed worker reads its settings from."""
    return {
        "DATABASE_URL": database,
        "REDIS_URL": broker,
        "MINDLINK_ENCRYPTION_KEYS": TEST_KEY,
        "MINDLINK_HASH_KEY": HASH_KEY,
        "SECRET_KEY": "test-secret",
        "MINDLINK_NLU_FAKE": "1",
        "MINDLINK_ENV": "development",
        "TWILIO_ACCOUNT_SID": "",
        "TWILIO_AUTH_TOKEN": "",
        "HF_HUB_OFFLINE": "1",
    }


def settled(app: Flask, expected: int) -> bool:
    """Every inbound message handled, nothing left to send, and every lease given back."""
    with app.extensions["mindlink"].db.session() as session:
        statuses = list(session.scalars(select(InboundMessage.status)))
        unsent = session.scalar(
            select(OutboundMessage.id).where(OutboundMessage.status.in_(("pending", "sending")))
        )
        held = session.scalar(
            select(Conversation.id).where(
                (Conversation.lease_owner.is_not(None))
                | (Conversation.send_lease_owner.is_not(None))
            )
        )
    done = len(statuses) == expected and set(statuses) == {"handled"}
    return done and unsent is None and held is None


def transcript(app: Flask) -> dict[str, dict[str, list]]:
    """Per person: inbound (id, status, attempts, handled_at) and outbound rows, in id order."""
    found: dict[str, dict[str, list]] = defaultdict(dict)
    with app.extensions["mindlink"].db.session() as session:
        for person in PEOPLE:
            convo = find_conversation(session, "sms", person)
            assert convo is not None, person
            found[person]["inbound"] = list(
                session.execute(
                    select(
                        InboundMessage.id,
                        InboundMessage.status,
                        InboundMessage.attempts,
                        InboundMessage.handled_at,
                    )
                    .where(InboundMessage.conversation_id == convo.id)
                    .order_by(InboundMessage.id)
                )
            )
            found[person]["outbound"] = list(
                session.scalars(
                    select(OutboundMessage)
                    .where(OutboundMessage.conversation_id == convo.id)
                    .order_by(OutboundMessage.id)
                )
            )
    return found


def reference_replies(tmp_path: Path) -> dict[str, list[str]]:
    """What one eager, single-threaded app answers to the same script."""
    (tmp_path / "ref").mkdir()
    app = create_app(
        {**base_config(tmp_path / "ref"), "hash_key": HASH_KEY}, classifier=FakeClassifier
    )
    app.extensions["mindlink"].db.create_all()
    bot = TestBot(app, app.test_client())
    replies = {}
    for person in PEOPLE:
        for body in SCRIPT:
            bot.as_(person).push(body)
        replies[person] = [comparable(row.body) for row in bot.as_(person).outbound()]
    app.extensions["mindlink"].db.engine.dispose()
    return replies


def post(bot: TestBot, bodies: tuple[str, ...]) -> None:
    """Each body from every person in turn, through the signed webhook."""
    for body in bodies:
        for person in PEOPLE:
            bot.as_(person).push(body)


def test_two_workers_answer_each_conversation_in_order_exactly_once(
    tmp_path: Path, database: str, broker: str
) -> None:
    expected = reference_replies(tmp_path)
    app = web_app(tmp_path, database, broker)
    bot = TestBot(app, app.test_client())
    (tmp_path / "logs").mkdir()
    with workers(worker_env(database, broker), tmp_path / "logs") as pool:
        pool.start("one", concurrency=2)
        pool.start("two", concurrency=2)
        half = len(SCRIPT) // 2
        # The first half waits in the queue for the workers to come up; the second half
        # arrives while they are busy with it. Interleaved: every conversation has work
        # queued at every moment.
        post(bot, SCRIPT[:half])
        assert wait_for(pool.ready, 60), "workers did not start:\n" + pool.logs()
        post(bot, SCRIPT[half:])
        total = len(SCRIPT) * len(PEOPLE)
        assert wait_for(lambda: settled(app, total), 90, 0.25), "not settled:\n" + pool.logs()
        logs = pool.logs()
    assert "handle_failed" not in logs, logs
    for name in ("one", "two"):
        assert "Task mindlink.handle_conversation" in pool.logs(name), f"worker {name} idle"

    found = transcript(app)
    for person in PEOPLE:
        inbound = found[person]["inbound"]
        assert len(inbound) == len(SCRIPT)
        assert [(row.status, row.attempts) for row in inbound] == [("handled", 1)] * len(SCRIPT)
        handled_at = [row.handled_at for row in inbound]
        assert handled_at == sorted(handled_at), f"{person}: handled out of arrival order"

        outbound = found[person]["outbound"]
        assert [comparable(row.body) for row in outbound] == expected[person], (
            f"{person}: replies differ from a single worker's (missing, repeated or reordered)"
        )
        assert {row.status for row in outbound} == {"delivered"}
        assert [row.attempts for row in outbound] == [1] * len(outbound)
        sent_at = [row.sent_at for row in outbound]
        assert sent_at == sorted(sent_at), f"{person}: replies delivered out of order"
    app.extensions["mindlink"].db.engine.dispose()
