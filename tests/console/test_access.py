"""Every console route against every role: allowed (200 or a redirect inside), 403, or sign-in."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.console import seed
from tests.fakes import FakeClock

ANONYMOUS = "anonymous"
ROLES = ("support", "clinician", "admin", "researcher")
CARE = {"support", "clinician"}

# (method, url template, form data, roles allowed) - written out by hand, not derived from
# console.roles, so a change to the permission table has to be made here too.
ROUTES: list[tuple[str, str, dict[str, str], set[str]]] = [
    ("GET", "/console/conversations/", {}, CARE),
    ("POST", "/console/conversations/", {"q": "+447700900123"}, CARE),
    ("GET", "/console/conversations/{cid}", {}, CARE),
    ("POST", "/console/conversations/{cid}/notes", {"body": "called back"}, CARE),
    ("POST", "/console/conversations/{cid}/reveal", {}, CARE),
    ("GET", "/console/conversations/{cid}/trends", {}, {"clinician"}),
    ("GET", "/console/queue", {}, CARE),
    ("POST", "/console/queue/{fid}/take", {}, CARE),
    ("POST", "/console/conversations/{cid}/take", {}, CARE),
    ("POST", "/console/conversations/{cid}/reply", {"body": "I'm here with you."}, CARE),
    ("POST", "/console/conversations/{cid}/handback", {}, CARE),
    ("GET", "/console/export/", {}, {"researcher"}),
    ("GET", "/console/export/checkins.csv", {}, {"researcher"}),
    ("GET", "/console/export/engagement.csv", {}, {"researcher"}),
    ("GET", "/console/admin/staff", {}, {"admin"}),
    (
        "POST",
        "/console/admin/staff",
        {"email": "new@example.org", "name": "N", "role": "support", "password": "x" * 14},
        {"admin"},
    ),
    ("POST", "/console/admin/staff/{sid}", {"role": "researcher", "active": "y"}, {"admin"}),
    ("GET", "/console/admin/audit", {}, {"admin"}),
]


@pytest.fixture
def ids(app: Flask, clock: FakeClock, staff: dict[str, int]) -> dict[str, int]:
    """A crisis conversation, its flag, and a staff account to edit."""
    cid = seed.crisis(app, clock())
    return {"cid": cid, "fid": 1, "sid": seed.staff(app, "support", clock(), "x@example.org")}


@pytest.mark.parametrize("role", [ANONYMOUS, *ROLES])
@pytest.mark.parametrize(
    ("method", "url", "data", "allowed"), ROUTES, ids=[f"{m} {u}" for m, u, _, _ in ROUTES]
)
def test_route_by_role(
    signed_in: Callable[[str], FlaskClient],
    app: Flask,
    ids: dict[str, int],
    role: str,
    method: str,
    url: str,
    data: dict[str, str],
    allowed: set[str],
) -> None:
    client = app.test_client() if role == ANONYMOUS else signed_in(role)
    if "reply" in url and role in allowed:  # replying needs the conversation taken over first
        client.post(f"/console/conversations/{ids['cid']}/take")
    response = client.open(url.format(**ids), method=method, data=data)
    location = response.headers.get("Location", "")
    if role == ANONYMOUS:
        assert response.status_code == 302
        assert location.startswith("/console/login")
    elif role in allowed:
        assert response.status_code in (200, 302), response.get_data(as_text=True)[:500]
        assert "/console/login" not in location
    else:
        assert response.status_code == 403


def test_table_covers_every_console_route(app: Flask) -> None:
    """A new console route must be added to ROUTES (and so get a role decision)."""
    public = {"console.home", "console.static", "console.auth.login", "console.auth.logout"}
    rules = {
        (method, rule.rule)
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith("console.") and rule.endpoint not in public
        for method in rule.methods or ()
        if method in ("GET", "POST")
    }
    names = {
        "{cid}": "<int:conversation_id>",
        "{fid}": "<int:flag_id>",
        "{sid}": "<int:staff_id>",
        "checkins.csv": "<name>.csv",
        "engagement.csv": "<name>.csv",
    }
    table = set()
    for method, url, _, _ in ROUTES:
        for placeholder, converter in names.items():
            url = url.replace(placeholder, converter)
        table.add((method, url))
    assert rules == table


@pytest.mark.parametrize(
    ("role", "home"),
    [
        ("support", "/console/conversations/"),
        ("clinician", "/console/conversations/"),
        ("admin", "/console/admin/staff"),
        ("researcher", "/console/export/"),
    ],
)
def test_each_role_lands_on_its_home(
    signed_in: Callable[[str], FlaskClient], role: str, home: str
) -> None:
    assert signed_in(role).get("/console/").headers["Location"] == home


@pytest.mark.parametrize(
    ("role", "visible", "hidden"),
    [
        ("support", ["Conversations", "Crisis queue"], ["Research export", "Audit log"]),
        ("clinician", ["Conversations", "Crisis queue"], ["Staff</a>", "Audit log"]),
        ("admin", ["Staff</a>", "Audit log"], ["Conversations</a>", "Crisis queue"]),
        ("researcher", ["Research export"], ["Conversations</a>", "Crisis queue", "Audit"]),
    ],
)
def test_navigation_shows_only_what_the_role_may_open(
    signed_in: Callable[[str], FlaskClient], role: str, visible: list[str], hidden: list[str]
) -> None:
    page = signed_in(role).get("/console/", follow_redirects=True).get_data(as_text=True)
    for text in visible:
        assert text in page
    for text in hidden:
        assert text not in page


def test_console_pages_are_not_cached_or_framed(
    signed_in: Callable[[str], FlaskClient], app: Flask
) -> None:
    for client in (app.test_client(), signed_in("support")):
        response = client.get("/console/login")
        assert response.headers["Cache-Control"] == "no-store"
        assert response.headers["X-Frame-Options"] == "DENY"
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    css = app.test_client().get("/console/static/console.css")
    assert css.status_code == 200 and "no-store" not in css.headers.get("Cache-Control", "")
