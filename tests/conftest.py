"""Fixtures: an app on a fresh database, a client, and a testbot that texts the bot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import MetaData, create_engine, text

from mindlink import create_app
from mindlink.services import Services
from nlu.fake import FakeClassifier
from store.models import Base
from tests import services as real
from tests.botdriver import TestBot
from tests.fakes import FakeClock, RecordingChannel

TEST_KEY = Fernet.generate_key().decode()


def base_config(tmp_path: Path, database_url: str | None = None) -> dict[str, Any]:
    """Settings for a test app: eager Celery, in-memory broker, fixed keys."""
    return {
        "env": "development",
        "database_url": database_url or f"sqlite:///{tmp_path / 'test.db'}",
        "broker_url": "memory://",
        "celery_eager": True,
        "instance_dir": str(tmp_path / "instance"),
        "secret_key": "test-secret",
        "encryption_keys": TEST_KEY,
        "hash_key": "test-hash-key",
        "twilio": {"account_sid": "", "auth_token": ""},
    }


@pytest.fixture
def clock() -> FakeClock:
    """A frozen clock the test moves by hand."""
    return FakeClock()


@pytest.fixture
def channel() -> RecordingChannel:
    """Records what would have gone to Twilio."""
    return RecordingChannel()


@pytest.fixture
def config(tmp_path: Path) -> dict[str, Any]:
    """Per-test settings; tests may edit before the app is built."""
    return base_config(tmp_path)


@pytest.fixture
def app(config: dict[str, Any], channel: RecordingChannel, clock: FakeClock) -> Iterator[Flask]:
    """The real app on a fresh database, with fake channel, model and clock."""
    app = create_app(config, channel=channel, classifier=FakeClassifier, clock=clock)
    app.config["TESTING"] = True
    svc(app).db.create_all()
    yield app
    svc(app).db.engine.dispose()


def svc(app: Flask) -> Services:
    """The app's services."""
    services: Services = app.extensions["mindlink"]
    return services


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """Flask test client."""
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> Any:
    """Flask CLI runner."""
    return app.test_cli_runner()


@pytest.fixture
def testbot(app: Flask, client: FlaskClient) -> TestBot:
    """Push a message through the signed webhook and pop the bot's replies."""
    return TestBot(app, client)


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """A reachable PostgreSQL URL (tables are reset per test by ``pg_app``)."""
    return real.postgres_url()


def reset_postgres(url: str) -> None:
    """Drop every table in the test database, then create ours."""
    engine = create_engine(url)
    meta = MetaData()
    meta.reflect(engine)
    with engine.begin() as conn:
        for table in reversed(meta.sorted_tables):
            conn.execute(text(f'DROP TABLE IF EXISTS "{table.name}" CASCADE'))
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    Base.metadata.create_all(engine)
    engine.dispose()


@pytest.fixture
def pg_app(
    tmp_path: Path, postgres_url: str, channel: RecordingChannel, clock: FakeClock
) -> Iterator[Flask]:
    """The real app on the real PostgreSQL."""
    reset_postgres(postgres_url)
    app = create_app(
        base_config(tmp_path, postgres_url), channel=channel, classifier=FakeClassifier, clock=clock
    )
    yield app
    svc(app).db.engine.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def any_app(
    request: pytest.FixtureRequest, tmp_path: Path, channel: RecordingChannel, clock: FakeClock
) -> Iterator[Flask]:
    """The app on SQLite and on PostgreSQL: for tests of the data layer."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'any.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
        reset_postgres(url)
    app = create_app(
        base_config(tmp_path, url), channel=channel, classifier=FakeClassifier, clock=clock
    )
    if request.param == "sqlite":
        svc(app).db.create_all()
    yield app
    svc(app).db.engine.dispose()
