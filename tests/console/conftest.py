"""Console fixtures: staff of every role, signed-in clients, and seeded conversations."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient

from console import sessions
from store.models import Staff
from tests.console import seed
from tests.fakes import FakeClock

ROLES = ("support", "clinician", "admin", "researcher")


@pytest.fixture
def app(app: Flask) -> Flask:
    """The shared app with CSRF checks off; tests about CSRF turn them back on."""
    app.config["WTF_CSRF_ENABLED"] = False
    return app


@pytest.fixture
def staff(app: Flask, clock: FakeClock) -> dict[str, int]:
    """One account per role (password ``seed.PASSWORD``), by role."""
    return {role: seed.staff(app, role, clock()) for role in ROLES}


@pytest.fixture
def signed_in(app: Flask, staff: dict[str, int], clock: FakeClock) -> Callable[[str], FlaskClient]:
    """A fresh client with a server-side session for the given role.

    The session row is written directly (the sign-in form, and its deliberately slow password
    check, is tested in test_auth.py).
    """

    def sign_in(role: str) -> FlaskClient:
        client = app.test_client()
        with seed.db(app).session() as session:
            row = session.get(Staff, staff[role])
            assert row is not None
            token = sessions.start(session, row, clock())
        client.set_cookie(sessions.COOKIE, token, path="/console")
        return client

    return sign_in
