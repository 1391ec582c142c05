"""WhatsApp's 24-hour rule for proactive messages, through the real Twilio channel (faked HTTP)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs

import pytest
import responses
from flask import Flask

from bot.reminders import create_reminder
from mindlink import create_app
from nlu.fake import FakeClassifier
from tasks.channel import TwilioChannel
from tests.conftest import base_config
from tests.fakes import FakeClock
from tests.scheduling.conftest import add_person, outbound, tick

ACCOUNT = "AC" + "c" * 32
API = f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT}/Messages.json"
DUE = datetime(2026, 3, 2, 21, 0, tzinfo=UTC)


def whatsapp_app(tmp_path: Path, clock: FakeClock, content_sid: str) -> Flask:
    """The app with Twilio credentials and a reminder template (or none) configured."""
    config = base_config(tmp_path)
    config["twilio"] = {
        "account_sid": ACCOUNT,
        "auth_token": "secret",
        "send_retries": 2,
        "retry_backoff_seconds": 0,
    }
    config["whatsapp_templates"] = {
        "reminder": {"content_sid": content_sid, "variables": ["reminder"]},
        "nudge": {"content_sid": "", "variables": []},
    }
    app = create_app(
        config, channel=TwilioChannel(ACCOUNT, "secret"), classifier=FakeClassifier, clock=clock
    )
    app.extensions["mindlink"].db.create_all()
    return app


@pytest.mark.parametrize(
    ("hours_since_they_wrote", "content_sid", "expected"),
    [
        (2, "", "body"),  # inside the window: a plain message
        (30, "HX" + "1" * 32, "template"),  # outside, template configured: ContentSid
        (30, "", "skipped"),  # outside, no template: not sent, reason recorded
    ],
)
@responses.activate
def test_proactive_whatsapp_message_and_the_24_hour_window(
    tmp_path: Path, clock: FakeClock, hours_since_they_wrote: int, content_sid: str, expected: str
) -> None:
    app = whatsapp_app(tmp_path, clock, content_sid)
    responses.post(API, json={"sid": "SM" + "d" * 32, "status": "queued"}, status=201)
    clock.now = DUE - timedelta(hours=6)
    with app.extensions["mindlink"].db.session() as session:
        convo = add_person(
            session,
            channel="whatsapp",
            last_inbound_at=DUE - timedelta(hours=hours_since_they_wrote),
        )
        create_reminder(
            session,
            convo,
            kind="custom",
            label="stretch",
            rrule="FREQ=DAILY",
            local_time="21:00",
            first=None,
            now=clock.now,
        )
    clock.now = DUE
    tick(app)
    [row] = [r for r in outbound(app) if r.kind == "reminder"]
    if expected == "skipped":
        assert len(responses.calls) == 0
        assert row.status == "skipped"
        assert row.error_reason == "outside_whatsapp_24h_window_no_template"
        return
    [call] = responses.calls
    form = parse_qs(str(call.request.body))
    assert form["To"][0].startswith("whatsapp:+44")
    if expected == "body":
        assert form["Body"] == ["Reminder: stretch"]
        assert "ContentSid" not in form
    else:
        assert form["ContentSid"] == [content_sid]
        assert json.loads(form["ContentVariables"][0]) == {"1": "Reminder: stretch"}
        assert "Body" not in form
    assert row.status == "queued"


@pytest.mark.parametrize("content_sid", ["HX" + "2" * 32, ""])
@responses.activate
def test_a_nudge_always_falls_outside_the_window(
    tmp_path: Path, clock: FakeClock, content_sid: str
) -> None:
    app = whatsapp_app(tmp_path, clock, "")
    app.extensions["mindlink"].settings["whatsapp_templates"]["nudge"]["content_sid"] = content_sid
    responses.post(API, json={"sid": "SM" + "e" * 32, "status": "queued"}, status=201)
    with app.extensions["mindlink"].db.session() as session:
        add_person(session, channel="whatsapp", last_inbound_at=clock.now)
    clock.advance(days=4)  # past the 72 h of inactivity, at midday
    tick(app)
    tick(app)
    [row] = outbound(app)
    assert row.kind == "nudge" and row.variant in ("general_a", "general_b")
    if content_sid:
        [call] = responses.calls
        form = parse_qs(str(call.request.body))
        assert form["ContentSid"] == [content_sid] and "Body" not in form
        assert row.status == "queued"
    else:
        assert len(responses.calls) == 0
        assert (row.status, row.error_reason) == (
            "skipped",
            "outside_whatsapp_24h_window_no_template",
        )
