"""Inbound webhooks: signatures, malformed input, idempotency, media, status callbacks."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select, text

from store.models import InboundMessage, OutboundMessage
from tests.botdriver import TestBot, sign, twilio_form


def count(app: Flask, model: type) -> int:
    """Rows in a table."""
    with app.extensions["mindlink"].db.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_valid_signature_is_stored_answered_with_empty_twiml(testbot: TestBot, app: Flask) -> None:
    response = testbot.post(twilio_form("hi", "+447400123456"))
    assert response.status_code == 200
    assert response.mimetype == "text/xml"
    assert response.get_data(as_text=True).endswith("<Response/>")
    assert count(app, InboundMessage) == 1
    assert testbot.pop(), "the bot answered"


def test_forged_signature_is_403_and_nothing_stored(client: FlaskClient, app: Flask) -> None:
    form = twilio_form("hi", "+447400123456")
    response = client.post("/twilio/sms", data=form, headers={"X-Twilio-Signature": "forged="})
    assert response.status_code == 403
    assert count(app, InboundMessage) == 0


def test_missing_signature_is_403(client: FlaskClient, app: Flask) -> None:
    response = client.post("/twilio/sms", data=twilio_form("hi", "+447400123456"))
    assert response.status_code == 403
    assert count(app, InboundMessage) == 0


def test_signature_for_another_url_is_403(client: FlaskClient, app: Flask) -> None:
    form = twilio_form("hi", "+447400123456")
    wrong = sign(app, "http://localhost/twilio/whatsapp", form)
    response = client.post("/twilio/sms", data=form, headers={"X-Twilio-Signature": wrong})
    assert response.status_code == 403


def test_tampered_body_is_403(client: FlaskClient, app: Flask) -> None:
    form = twilio_form("hi", "+447400123456")
    signature = sign(app, "http://localhost/twilio/sms", form)
    form["Body"] = "something else"
    response = client.post("/twilio/sms", data=form, headers={"X-Twilio-Signature": signature})
    assert response.status_code == 403


def test_forwarded_headers_rebuild_the_public_url(config: dict, channel, clock) -> None:
    from mindlink import create_app
    from nlu.fake import FakeClassifier

    config["proxy"] = {"trust_forwarded_headers": True, "public_base_url": ""}
    app = create_app(config, channel=channel, classifier=FakeClassifier, clock=clock)
    app.extensions["mindlink"].db.create_all()
    client = app.test_client()
    form = twilio_form("hi", "+447400123456")
    public = "https://bot.example.org/twilio/sms"
    headers = {
        "X-Twilio-Signature": sign(app, public, form),
        "X-Forwarded-Proto": "https",
        "X-Forwarded-Host": "bot.example.org",
    }
    assert client.post("/twilio/sms", data=form, headers=headers).status_code == 200
    # Without trusting the proxy, the same request is judged against the local URL.
    config["proxy"] = {"trust_forwarded_headers": False, "public_base_url": ""}
    strict = create_app(config, channel=channel, classifier=FakeClassifier, clock=clock)
    form2 = twilio_form("hi", "+447400123456")
    headers["X-Twilio-Signature"] = sign(app, public, form2)
    assert strict.test_client().post("/twilio/sms", data=form2, headers=headers).status_code == 403


def test_pinned_public_base_url(config: dict, channel, clock) -> None:
    from mindlink import create_app
    from nlu.fake import FakeClassifier

    config["proxy"] = {
        "trust_forwarded_headers": False,
        "public_base_url": "https://hooks.example.org/",
    }
    app = create_app(config, channel=channel, classifier=FakeClassifier, clock=clock)
    app.extensions["mindlink"].db.create_all()
    form = twilio_form("hi", "+447400123456")
    signature = sign(app, "https://hooks.example.org/twilio/sms", form)
    response = app.test_client().post(
        "/twilio/sms", data=form, headers={"X-Twilio-Signature": signature}
    )
    assert response.status_code == 200


def test_repeated_message_sid_is_acknowledged_not_processed_twice(
    testbot: TestBot, app: Flask
) -> None:
    form = twilio_form("hi", "+447400123456")
    assert testbot.post(form).status_code == 200
    first = testbot.pop()
    assert testbot.post(form).status_code == 200
    assert testbot.pop() == []
    assert first
    assert count(app, InboundMessage) == 1


import pytest  # noqa: E402


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"From": ""}, "missing From"),
        ({"MessageSid": ""}, "missing MessageSid"),
        ({"MessageSid": "not-a-sid"}, "MessageSid"),
        ({"From": "12345"}, "E.164"),
        ({"From": "+44abc"}, "E.164"),
        ({"From": "whatsapp:+447400123456"}, "WhatsApp"),
        ({"Body": "x" * 5000}, "longer than"),
        ({"NumMedia": "lots"}, "NumMedia"),
        ({"NumMedia": "1"}, "MediaUrl0"),
    ],
)
def test_malformed_requests_are_400_with_a_reason(
    testbot: TestBot, app: Flask, changes: dict, reason: str
) -> None:
    form = twilio_form("hi", "+447400123456")
    form.update(changes)
    response = testbot.post(form)
    assert response.status_code == 400
    assert reason in response.get_data(as_text=True)
    assert "Traceback" not in response.get_data(as_text=True)
    assert count(app, InboundMessage) == 0


def test_whatsapp_endpoint_requires_whatsapp_address(testbot: TestBot, app: Flask) -> None:
    form = twilio_form("hi", "+447400123456")  # SMS-shaped
    response = testbot.post(form, channel="whatsapp")
    assert response.status_code == 400


def test_media_only_message_is_stored_by_url_and_gets_a_kind_reply(
    testbot: TestBot, app: Flask
) -> None:
    testbot.push(
        "",
        NumMedia="1",
        MediaUrl0="https://api.twilio.com/media/ME1",
        MediaContentType0="image/jpeg",
    )
    replies = testbot.pop()
    assert (replies and "picture" in replies[0].lower()) or "voice" in replies[0].lower()
    with app.extensions["mindlink"].db.session() as session:
        row = session.scalars(select(InboundMessage)).one()
        assert row.num_media == 1
        assert "image/jpeg" in (row.media or "")


def test_whatsapp_message_answered_on_whatsapp(testbot: TestBot, channel) -> None:
    wa = testbot.as_("+14155550123", "whatsapp")
    wa.push("hi")
    assert wa.pop()
    assert channel.sent[-1].to == "whatsapp:+14155550123"
    assert channel.sent[-1].from_ == "whatsapp:+14155238886"


def status_form(sid: str, status: str) -> dict[str, str]:
    """A status callback as Twilio posts it."""
    return {"MessageSid": sid, "MessageStatus": status, "AccountSid": "ACdev"}


def post_status(client: FlaskClient, app: Flask, form: dict[str, str]):
    url = "http://localhost/twilio/status"
    return client.post(url, data=form, headers={"X-Twilio-Signature": sign(app, url, form)})


def test_status_callbacks_never_move_backwards(
    testbot: TestBot, client: FlaskClient, app: Flask
) -> None:
    testbot.push("hi")
    row = testbot.outbound()[0]
    assert row.twilio_sid
    for status in ("sent", "delivered", "sent", "queued"):
        assert post_status(client, app, status_form(row.twilio_sid, status)).status_code == 200
    assert testbot.outbound()[0].status == "delivered"
    post_status(client, app, status_form(row.twilio_sid, "read"))
    assert testbot.outbound()[0].status == "read"


def test_status_failure_records_error_code(
    testbot: TestBot, client: FlaskClient, app: Flask
) -> None:
    testbot.push("hi")
    row = testbot.outbound()[0]
    form = status_form(row.twilio_sid or "", "undelivered")
    form["ErrorCode"] = "30003"
    post_status(client, app, form)
    after = testbot.outbound()[0]
    assert (after.status, after.error_code) == ("undelivered", "30003")


def test_status_callback_needs_signature_and_known_status(client: FlaskClient, app: Flask) -> None:
    form = status_form("SM" + "1" * 32, "delivered")
    assert client.post("/twilio/status", data=form).status_code == 403
    assert post_status(client, app, status_form("SM" + "1" * 32, "bogus")).status_code == 400


def test_bodies_and_numbers_are_encrypted_at_rest(testbot: TestBot, app: Flask) -> None:
    testbot.push("my secret feelings")
    engine = app.extensions["mindlink"].db.engine
    with engine.connect() as conn:
        raw = " ".join(
            str(v)
            for row in conn.execute(
                text(
                    "SELECT body FROM inbound_messages UNION ALL SELECT address FROM conversations "
                    "UNION ALL SELECT slots FROM conversations "
                    "UNION ALL SELECT body FROM outbound_messages"
                )
            )
            for v in row
        )
    assert "secret feelings" not in raw
    assert "+447400123456" not in raw and "7400123456" not in raw
    assert count(app, OutboundMessage) >= 1
