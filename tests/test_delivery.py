"""Outbound through the Twilio REST API (faked with responses): retries, failures, order."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest
import responses
from flask import Flask

from mindlink import create_app
from nlu.fake import FakeClassifier
from tasks.channel import TwilioChannel
from tests.botdriver import TestBot
from tests.fakes import FakeClock

ACCOUNT = "AC" + "a" * 32
API = f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT}/Messages.json"


def twilio_app(config: dict, clock: FakeClock) -> Flask:
    """The app with real Twilio credentials and the real Twilio channel."""
    config["twilio"] = {
        "account_sid": ACCOUNT,
        "auth_token": "secret-token",
        "send_retries": 4,
        "retry_backoff_seconds": 0,
    }
    config["proxy"] = {
        "public_base_url": "https://bot.example.org",
        "trust_forwarded_headers": False,
    }
    app = create_app(
        config,
        channel=TwilioChannel(ACCOUNT, "secret-token"),
        classifier=FakeClassifier,
        clock=clock,
    )
    app.extensions["mindlink"].db.create_all()
    return app


def created(sid: str = "SM" + "b" * 32) -> dict:
    """The JSON Twilio returns for a created message."""
    return {"sid": sid, "status": "queued", "account_sid": ACCOUNT, "body": "x"}


@responses.activate(assert_all_requests_are_fired=True)
def test_send_uses_rest_api_with_status_callback(config: dict, clock: FakeClock) -> None:
    app = twilio_app(config, clock)
    responses.post(API, json=created(), status=201)
    bot = TestBot(app, app.test_client())
    bot.push("hi")
    sent = parse_qs(responses.calls[0].request.body)
    assert sent["To"] == ["+447400123456"]
    assert sent["StatusCallback"] == ["https://bot.example.org/twilio/status"]
    assert bot.outbound()[0].status == "queued"
    assert bot.outbound()[0].twilio_sid == "SM" + "b" * 32


@pytest.mark.parametrize("status", [429, 500, 503])
@responses.activate
def test_transient_errors_are_retried_then_sent(
    config: dict, clock: FakeClock, status: int
) -> None:
    app = twilio_app(config, clock)
    responses.post(API, json={"code": 20429, "message": "busy", "status": status}, status=status)
    responses.post(API, json={"code": 20500, "message": "busy", "status": status}, status=status)
    responses.post(API, json=created(), status=201)
    bot = TestBot(app, app.test_client())
    bot.push("hi")
    assert len(responses.calls) == 3
    row = bot.outbound()[0]
    assert (row.status, row.attempts) == ("queued", 3)


@responses.activate
def test_retries_exhausted_is_recorded_as_failed(config: dict, clock: FakeClock) -> None:
    app = twilio_app(config, clock)
    for _ in range(4):
        responses.post(API, json={"code": 20500, "message": "down", "status": 500}, status=500)
    bot = TestBot(app, app.test_client())
    bot.push("hi")
    rows = bot.outbound()
    assert len(responses.calls) == 4
    assert rows[0].status == "failed"
    assert rows[0].error_code == "retries_exhausted"


@responses.activate
def test_permanent_error_is_recorded_not_retried(config: dict, clock: FakeClock) -> None:
    app = twilio_app(config, clock)
    responses.post(API, json={"code": 21211, "message": "invalid To", "status": 400}, status=400)
    bot = TestBot(app, app.test_client())
    bot.push("hi")
    assert len(responses.calls) == 1
    row = bot.outbound()[0]
    assert (row.status, row.error_code) == ("failed", "21211")


@responses.activate
def test_network_errors_never_reach_the_real_network(config: dict, clock: FakeClock) -> None:
    import requests

    app = twilio_app(config, clock)
    responses.post(API, body=requests.ConnectionError("no route"))
    responses.post(API, json=created(), status=201)
    bot = TestBot(app, app.test_client())
    bot.push("hi")
    assert bot.outbound()[0].status == "queued"


@responses.activate
def test_long_reply_is_split_and_sent_in_order(config: dict, clock: FakeClock) -> None:
    import itertools
    import json

    from bot.outbox import queue_replies
    from bot.types import Reply
    from tasks.delivery import deliver_conversation

    app = twilio_app(config, clock)
    ids = itertools.count()
    responses.add_callback(
        responses.POST,
        API,
        callback=lambda _req: (201, {}, json.dumps(created(f"SM{next(ids):032d}"))),
    )
    svc = app.extensions["mindlink"]
    with app.app_context(), svc.db.session() as session:
        from store.models import Conversation

        convo = Conversation(channel="sms", address_hash="h", address="+447700900999", slots={})
        session.add(convo)
        session.flush()
        text = " ".join(f"sentence{i} is here." for i in range(300))
        queue_replies(session, convo, [Reply(text)], clock())
        cid = convo.id
    deliver_conversation(svc.db, cid, svc.channel, svc.settings, "w1", clock)
    bodies = [parse_qs(c.request.body)["Body"][0] for c in responses.calls]
    assert len(bodies) == 4
    assert all(len(b) <= 1600 for b in bodies)
    assert " ".join(bodies).split() == text.split()


def test_staff_reply_outside_whatsapp_window_is_recorded_not_sent(
    testbot: TestBot, app: Flask, channel, clock
) -> None:
    from bot.outbox import queue_replies
    from bot.types import Reply
    from tasks.delivery import deliver_conversation

    wa = testbot.as_("+14155550123", "whatsapp")
    wa.push("hi")
    before = len(channel.sent)
    clock.advance(hours=25)
    svc = app.extensions["mindlink"]
    with app.app_context(), svc.db.session() as session:
        convo = wa.conversation(session)
        queue_replies(session, convo, [Reply("Hi, it's Sam from the team", kind="staff")], clock())
        cid = convo.id
    deliver_conversation(svc.db, cid, svc.channel, svc.settings, "w1", clock)
    assert len(channel.sent) == before
    last = wa.outbound()[-1]
    assert (last.kind, last.status) == ("staff", "skipped")
    assert last.error_reason == "outside_whatsapp_24h_window_no_template"


@responses.activate
def test_a_carrier_opt_out_stops_our_sending_too(config: dict, clock: FakeClock) -> None:
    """Twilio's 21610 (the person replied STOP to the carrier): recorded, and the
    conversation is opted out, so reminders and nudges stop until START."""
    app = twilio_app(config, clock)
    responses.post(
        API,
        json={"code": 21610, "message": "Attempt to send to unsubscribed recipient", "status": 400},
        status=400,
    )
    bot = TestBot(app, app.test_client())
    bot.push("hi")
    assert len(responses.calls) == 1
    assert (bot.outbound()[0].status, bot.outbound()[0].error_code) == ("failed", "21610")
    with app.extensions["mindlink"].db.session() as session:
        convo = bot.conversation(session)
        assert convo is not None and convo.opted_out
