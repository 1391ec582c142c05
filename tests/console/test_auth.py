"""Sign-in, server-side sessions, idle expiry, lock-out and the create-admin command."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from console.passwords import locked_until, verify_password
from console.sessions import COOKIE, token_hash
from mindlink import create_app
from nlu.fake import FakeClassifier
from store.models import AuditLog, Staff, StaffSession
from tests.conftest import base_config
from tests.console import seed
from tests.fakes import FakeClock, RecordingChannel


def count(app: Flask, model: Any, *where: Any) -> int:
    with seed.db(app).session() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def session_cookie(response: Any) -> str:
    """The Set-Cookie header for the console session."""
    headers = [h for h in response.headers.getlist("Set-Cookie") if h.startswith(COOKIE + "=")]
    assert len(headers) == 1
    return str(headers[0])


def test_sign_in_sets_an_httponly_samesite_cookie_backed_by_a_row(
    app: Flask, client: FlaskClient, staff: dict[str, int]
) -> None:
    response = seed.login(client, "support@example.org")
    assert response.status_code == 302
    cookie = session_cookie(response)
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Path=/console" in cookie
    assert "Secure" not in cookie  # development over plain http
    token = cookie.split(";")[0].split("=", 1)[1]
    with seed.db(app).session() as session:
        row = session.scalar(select(StaffSession))
        assert row is not None and row.token_hash == token_hash(token) != token
    assert client.get("/console/conversations/").status_code == 200


def test_cookie_is_secure_in_production(
    tmp_path: Path, channel: RecordingChannel, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = base_config(tmp_path) | {"env": "production"}
    app = create_app(config, channel=channel, classifier=FakeClassifier, clock=clock)
    app.config["WTF_CSRF_ENABLED"] = False
    seed.db(app).create_all()
    seed.staff(app, "support", clock())
    assert "Secure" in session_cookie(seed.login(app.test_client(), "support@example.org"))


def test_sign_out_deletes_the_session(app: Flask, signed_in: Callable[[str], FlaskClient]) -> None:
    client = signed_in("clinician")
    assert count(app, StaffSession) == 1
    response = client.post("/console/logout")
    assert response.headers["Location"] == "/console/login"
    assert count(app, StaffSession) == 0
    assert client.get("/console/conversations/").status_code == 302


def test_a_stolen_cookie_stops_working_after_sign_out(
    app: Flask, signed_in: Callable[[str], FlaskClient]
) -> None:
    client = signed_in("support")
    token = client.get_cookie(COOKIE, path="/console")
    assert token is not None
    client.post("/console/logout")
    thief = app.test_client()
    thief.set_cookie(COOKIE, token.value, path="/console")
    assert thief.get("/console/conversations/").status_code == 302


@pytest.mark.parametrize(("idle_minutes", "signed_in_after"), [(29, True), (31, False)])
def test_sessions_expire_when_idle(
    app: Flask,
    signed_in: Callable[[str], FlaskClient],
    clock: FakeClock,
    idle_minutes: int,
    signed_in_after: bool,
) -> None:
    client = signed_in("support")
    clock.advance(minutes=idle_minutes)
    status = client.get("/console/conversations/").status_code
    assert (status == 200) is signed_in_after
    assert count(app, StaffSession) == (1 if signed_in_after else 0)


def test_activity_keeps_a_session_alive_until_the_absolute_limit(
    signed_in: Callable[[str], FlaskClient], clock: FakeClock
) -> None:
    client = signed_in("support")
    for _ in range(11 * 3):  # 11 hours of a page every 20 minutes
        clock.advance(minutes=20)
        assert client.get("/console/queue").status_code == 200
    clock.advance(hours=1, minutes=1)
    assert client.get("/console/queue").status_code == 302


def test_wrong_password_is_refused_and_audited(
    app: Flask, client: FlaskClient, staff: dict[str, int]
) -> None:
    response = seed.login(client, "support@example.org", "wrong password!")
    assert response.status_code == 401
    assert "did not match" in response.get_data(as_text=True)
    assert count(app, StaffSession) == 0
    assert count(app, AuditLog, AuditLog.action == "login_failed") == 1


def test_unknown_email_gets_the_same_answer(client: FlaskClient, staff: dict[str, int]) -> None:
    response = seed.login(client, "nobody@example.org")
    assert response.status_code == 401
    assert "did not match" in response.get_data(as_text=True)


def test_lock_out_after_repeated_failures_even_with_the_right_password(
    app: Flask, client: FlaskClient, staff: dict[str, int], clock: FakeClock
) -> None:
    for _ in range(5):
        assert seed.login(client, "support@example.org", "guess guess guess").status_code == 401
    with seed.db(app).session() as session:
        row = session.get(Staff, staff["support"])
        assert row is not None and row.failed_logins == 5 and row.locked_until is not None
    assert seed.login(client, "support@example.org").status_code == 401  # locked
    clock.advance(minutes=1, seconds=1)
    assert seed.login(client, "support@example.org").status_code == 302
    with seed.db(app).session() as session:
        row = session.get(Staff, staff["support"])
        assert row is not None and row.failed_logins == 0 and row.locked_until is None


def test_attempts_while_locked_do_not_extend_the_lock(
    app: Flask, client: FlaskClient, staff: dict[str, int], clock: FakeClock
) -> None:
    for _ in range(5):
        seed.login(client, "support@example.org", "guess guess guess")
    for _ in range(3):
        seed.login(client, "support@example.org", "guess guess guess")
    with seed.db(app).session() as session:
        row = session.get(Staff, staff["support"])
        assert row is not None and row.failed_logins == 5


@pytest.mark.parametrize(
    ("failures", "minutes"), [(0, None), (4, None), (5, 1), (6, 2), (8, 8), (11, 60), (40, 60)]
)
def test_lock_time_doubles_up_to_an_hour(failures: int, minutes: int | None) -> None:
    now = datetime(2026, 3, 2, tzinfo=UTC)
    expected = None if minutes is None else now + timedelta(minutes=minutes)
    assert locked_until(failures, now) == expected


def test_deactivated_staff_are_signed_out(
    app: Flask, signed_in: Callable[[str], FlaskClient], staff: dict[str, int]
) -> None:
    support, admin = signed_in("support"), signed_in("admin")
    response = admin.post(f"/console/admin/staff/{staff['support']}", data={"role": "support"})
    assert response.status_code == 302
    assert support.get("/console/conversations/").status_code == 302
    assert seed.login(app.test_client(), "support@example.org").status_code == 401


def test_admin_cannot_demote_themselves(
    signed_in: Callable[[str], FlaskClient], staff: dict[str, int]
) -> None:
    admin = signed_in("admin")
    admin.post(f"/console/admin/staff/{staff['admin']}", data={"role": "support", "active": "y"})
    assert admin.get("/console/admin/audit").status_code == 200


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/console/", "/dev/outbox"]
)
def test_next_only_leads_inside_the_console(
    client: FlaskClient, staff: dict[str, int], target: str
) -> None:
    response = client.post(
        "/console/login",
        query_string={"next": target},
        data={"email": "support@example.org", "password": seed.PASSWORD},
    )
    assert response.headers["Location"] == "/console/conversations/"


def test_next_returns_to_the_page_asked_for(client: FlaskClient, staff: dict[str, int]) -> None:
    first = client.get("/console/queue")
    assert first.headers["Location"].startswith("/console/login?next=")
    response = client.post(
        first.headers["Location"],
        data={"email": "support@example.org", "password": seed.PASSWORD},
    )
    assert response.headers["Location"] == "/console/queue"


def test_anonymous_posts_go_to_sign_in_without_a_next(client: FlaskClient) -> None:
    response = client.post("/console/conversations/1/take")
    assert response.headers["Location"] == "/console/login"


def test_create_admin_from_the_environment(app: Flask, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINDLINK_ADMIN_PASSWORD", "a long enough password")
    result = app.test_cli_runner().invoke(
        args=["create-admin", "--email", "Boss@Example.org", "--name", "Boss"]
    )
    assert result.exit_code == 0, result.output
    with seed.db(app).session() as session:
        row = session.scalar(select(Staff))
        assert row is not None
        assert (row.email, row.name, row.role) == ("boss@example.org", "Boss", "admin")
        assert verify_password(row.password_hash, "a long enough password")
    assert (
        seed.login(app.test_client(), "boss@example.org", "a long enough password").status_code
        == 302
    )


def test_create_admin_prompts_and_rejects_short_passwords(
    app: Flask, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MINDLINK_ADMIN_PASSWORD", raising=False)
    runner = app.test_cli_runner()
    short = runner.invoke(args=["create-admin", "--email", "a@example.org"], input="short\nshort\n")
    assert short.exit_code != 0
    assert count(app, Staff) == 0
    good = runner.invoke(
        args=["create-admin", "--email", "a@example.org"],
        input="another good password\nanother good password\n",
    )
    assert good.exit_code == 0, good.output
    assert count(app, Staff, Staff.role == "admin") == 1


def test_admin_resets_a_password_and_signs_the_person_out(
    app: Flask, signed_in: Callable[[str], FlaskClient], staff: dict[str, int]
) -> None:
    support = signed_in("support")
    signed_in("admin").post(
        f"/console/admin/staff/{staff['support']}",
        data={"role": "support", "active": "y", "password": "a brand new password"},
    )
    assert support.get("/console/queue").status_code == 302
    assert seed.login(app.test_client(), "support@example.org").status_code == 401
    fresh = app.test_client()
    assert seed.login(fresh, "support@example.org", "a brand new password").status_code == 302
