"""CSRF is really on for console forms, and off for Twilio, the dev phone and health checks."""

from __future__ import annotations

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from store.models import Note
from tests.botdriver import TestBot, sign
from tests.console import seed
from tests.fakes import FakeClock


@pytest.fixture
def app(app: Flask) -> Flask:
    """The console app with CSRF checks on, as in production."""
    app.config["WTF_CSRF_ENABLED"] = True
    return app


def token(page: str) -> str:
    """The CSRF token from a rendered form."""
    found = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page)
    assert found, "no CSRF token on the page"
    return found.group(1)


def sign_in(client: FlaskClient) -> None:
    form = client.get("/console/login").get_data(as_text=True)
    response = client.post(
        "/console/login",
        data={"email": "support@example.org", "password": seed.PASSWORD, "csrf_token": token(form)},
    )
    assert response.status_code == 302


def notes(app: Flask) -> int:
    with seed.db(app).session() as session:
        return int(session.scalar(select(func.count(Note.id))) or 0)


def test_sign_in_without_a_token_is_rejected(client: FlaskClient, staff: dict[str, int]) -> None:
    response = client.post(
        "/console/login", data={"email": "support@example.org", "password": seed.PASSWORD}
    )
    assert response.status_code == 400
    assert "stale" in response.get_data(as_text=True)


def test_console_post_without_a_token_is_rejected(
    app: Flask, client: FlaskClient, staff: dict[str, int], clock: FakeClock
) -> None:
    cid = seed.crisis(app, clock())
    sign_in(client)
    response = client.post(f"/console/conversations/{cid}/notes", data={"body": "forged"})
    assert response.status_code == 400
    assert notes(app) == 0
    forged = client.post(
        f"/console/conversations/{cid}/notes", data={"body": "forged", "csrf_token": "nope"}
    )
    assert forged.status_code == 400
    assert notes(app) == 0


def test_console_post_with_the_page_token_works(
    app: Flask, client: FlaskClient, staff: dict[str, int], clock: FakeClock
) -> None:
    cid = seed.crisis(app, clock())
    sign_in(client)
    page = client.get(f"/console/conversations/{cid}").get_data(as_text=True)
    response = client.post(
        f"/console/conversations/{cid}/notes", data={"body": "called", "csrf_token": token(page)}
    )
    assert response.status_code == 302
    assert notes(app) == 1


def test_sign_out_needs_a_token(client: FlaskClient, staff: dict[str, int]) -> None:
    sign_in(client)
    assert client.post("/console/logout").status_code == 400
    assert client.get("/console/queue").status_code == 200


def test_twilio_webhooks_are_not_blocked(app: Flask, testbot: TestBot) -> None:
    testbot.push("hello")  # asserts a 200 from the signed webhook
    sid = testbot.outbound()[0].twilio_sid or ""
    form = {"MessageSid": sid, "MessageStatus": "read", "AccountSid": "ACdev"}
    url = f"{testbot.base}/twilio/status"
    response = app.test_client().post(
        "/twilio/status", data=form, headers={"X-Twilio-Signature": sign(app, url, form)}
    )
    assert response.status_code == 200
    assert testbot.outbound()[0].status == "read"


def test_dev_phone_and_health_are_not_blocked(client: FlaskClient) -> None:
    assert client.post("/dev/phone/sign", json={"body": "hi"}).status_code == 200
    assert client.get("/healthz").status_code == 200
