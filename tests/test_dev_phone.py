"""The dev phone and outbox: development only, same signed webhook path as Twilio."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from werkzeug.serving import make_server

from mindlink import create_app
from mindlink.config import ROOT
from nlu.fake import FakeClassifier
from tests.botdriver import TestBot
from tests.browser import launch, need_chromium
from tests.conftest import base_config

ARTIFACTS = ROOT / "test-artifacts" / "dev-phone"


def test_outbox_lists_what_was_sent_newest_last(testbot: TestBot, client: FlaskClient) -> None:
    testbot.push("hi")
    testbot.push("yes")
    items = client.get("/dev/outbox").get_json()
    assert len(items) >= 3
    assert {"to", "body", "channel", "status", "created_at"} <= set(items[0])
    assert [i["id"] for i in items] == sorted(i["id"] for i in items)
    assert items[0]["to"] == "+447400123456" and items[0]["channel"] == "sms"
    mine = client.get("/dev/outbox?to=%2B447400123456&after=" + str(items[0]["id"])).get_json()
    assert [i["id"] for i in mine] == [i["id"] for i in items[1:]]


def test_sign_endpoint_produces_a_request_the_webhook_accepts(client: FlaskClient) -> None:
    signed = client.post(
        "/dev/phone/sign", json={"channel": "whatsapp", "from": "+14155550123", "body": "hi"}
    )
    data = signed.get_json()
    assert data["params"]["From"] == "whatsapp:+14155550123"
    response = client.post(
        "/twilio/whatsapp", data=data["params"], headers={"X-Twilio-Signature": data["signature"]}
    )
    assert response.status_code == 200


def test_dev_routes_do_not_exist_with_twilio_credentials(config: dict, channel, clock) -> None:
    config["twilio"] = {"account_sid": "AC" + "1" * 32, "auth_token": "real-token"}
    app = create_app(config, channel=channel, classifier=FakeClassifier, clock=clock)
    client = app.test_client()
    assert client.get("/dev/outbox").status_code == 404
    assert client.get("/dev/phone").status_code == 404
    assert client.post("/dev/phone/sign", json={}).status_code == 404


@pytest.fixture
def live(tmp_path: Path) -> Iterator[str]:
    """The real app on a free local port."""
    need_chromium()
    app = create_app(base_config(tmp_path), classifier=FakeClassifier)
    app.extensions["mindlink"].db.create_all()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://localhost:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


@pytest.mark.browser
def test_texting_hi_on_the_dev_phone_gets_an_answer(live: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page()
        page.set_default_timeout(15_000)
        try:
            page.goto(live + "/dev/phone")
            page.select_option("#channel", "whatsapp")
            page.fill("#body", "hi")
            page.click("button[type=submit]")
            expect(page.locator(".msg.bot").first).to_contain_text("MindLink")
            page.fill("#body", "yes")
            page.click("button[type=submit]")
            expect(page.locator(".msg.bot").last).to_contain_text("5. Talk to a person")
            page.screenshot(path=str(ARTIFACTS / "dev-phone.png"), full_page=True)
        finally:
            browser.close()
