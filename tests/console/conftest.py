"""Console fixtures: staff of every role, signed-in clients, and seeded conversations."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient

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
def signed_in(app: Flask, staff: dict[str, int]) -> Callable[[str], FlaskClient]:
    """A fresh client signed in as the given role."""

    def sign_in(role: str) -> FlaskClient:
        client = app.test_client()
        response = seed.login(client, f"{role}@example.org")
        assert response.status_code == 302, response.get_data(as_text=True)
        return client

    return sign_in
