"""Reach the real PostgreSQL and Redis: required on CI, skipped with a reason elsewhere."""

from __future__ import annotations

import os

import pytest

POSTGRES_URL = os.environ.get(
    "MINDLINK_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REDIS_URL = os.environ.get("MINDLINK_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
REQUIRED = bool(os.environ.get("MINDLINK_REQUIRE_SERVICES")) or os.environ.get("CI") == "true"


def unavailable(what: str, exc: Exception) -> None:
    """Fail loudly on CI; skip with the reason elsewhere."""
    message = f"{what} unreachable ({type(exc).__name__}: {exc})"
    if REQUIRED:
        pytest.fail(message + " - CI requires it", pytrace=False)
    pytest.skip(message + "; set MINDLINK_TEST_POSTGRES_URL / MINDLINK_TEST_REDIS_URL")


def postgres_url() -> str:
    """URL of a reachable PostgreSQL, or skip/fail."""
    from sqlalchemy import create_engine, text

    try:
        engine = create_engine(POSTGRES_URL)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:
        unavailable("PostgreSQL", exc)
    return POSTGRES_URL


def redis_url() -> str:
    """URL of a reachable Redis, or skip/fail."""
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except Exception as exc:
        unavailable("Redis", exc)
    return REDIS_URL
