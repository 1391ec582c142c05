"""End to end in headless Chromium: sign in, take a crisis over, reply, see it sent, hand back."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from werkzeug.serving import make_server

from mindlink import create_app
from mindlink.config import ROOT
from nlu.fake import FakeClassifier
from tests.browser import launch, need_chromium
from tests.conftest import base_config
from tests.console import seed

ARTIFACTS = ROOT / "test-artifacts" / "console"
REPLY = "Hi, I'm Sam, a person on the MindLink team. I'm here with you now."

pytestmark = pytest.mark.browser


@pytest.fixture
def live(tmp_path: Path) -> Iterator[tuple[str, Flask]]:
    """The real app (dev outbox channel, eager Celery, SQLite file) on a free local port."""
    need_chromium()
    app = create_app(base_config(tmp_path), classifier=FakeClassifier)
    seed.db(app).create_all()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", app
    server.shutdown()
    thread.join(timeout=5)
    seed.db(app).engine.dispose()


def test_crisis_handoff_in_a_real_browser(live: tuple[str, Flask]) -> None:
    from playwright.sync_api import expect, sync_playwright

    base, app = live
    from mindlink.services import utcnow

    seed.staff(app, "clinician", utcnow())
    cid = seed.crisis(app, utcnow())
    seed.history(app, cid, utcnow())
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.set_default_timeout(15_000)
        try:
            page.goto(base + "/console/")
            expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
            page.get_by_label("Email").fill("clinician@example.org")
            page.get_by_label("Password").fill(seed.PASSWORD)
            page.get_by_role("button", name="Sign in").click()
            expect(page.get_by_role("heading", name="Conversations")).to_be_visible()
            expect(page.get_by_text("+44 •••• ••0123")).to_be_visible()

            page.get_by_role("link", name="Crisis queue").click()
            expect(page.get_by_role("heading", name="Waiting (1), oldest first")).to_be_visible()
            page.screenshot(path=str(ARTIFACTS / "1-queue.png"), full_page=True)
            page.get_by_role("button", name=f"Take over conversation {cid}").click()

            expect(page.get_by_text("You have taken over this conversation")).to_be_visible()
            expect(page.get_by_text("crisis score 0.97")).to_be_visible()
            page.get_by_label("Reply as staff").fill(REPLY)
            page.get_by_role("button", name="Send reply").click()
            expect(page.get_by_text("Reply sent to the delivery queue.")).to_be_visible()
            staff_message = page.locator("li.msg.staff")
            expect(staff_message).to_contain_text(REPLY)
            expect(staff_message).to_contain_text("delivered")
            page.screenshot(path=str(ARTIFACTS / "2-transcript-reply.png"), full_page=True)

            outbox = page.request.get(base + "/dev/outbox?to=%2B447700900123")
            sent = [m for m in json.loads(outbox.text()) if m["kind"] == "staff"]
            assert [(m["body"], m["status"]) for m in sent] == [(REPLY, "delivered")]
            page.goto(base + "/dev/outbox?to=%2B447700900123")
            page.screenshot(path=str(ARTIFACTS / "3-dev-outbox.png"))

            page.goto(f"{base}/console/conversations/{cid}")
            page.get_by_role("button", name="Hand back to the bot").click()
            expect(page.get_by_text("Handed back to the bot.")).to_be_visible()
            expect(page.get_by_text("bot answering")).to_be_visible()
            expect(page.get_by_role("button", name="Take over from the bot")).to_be_visible()
            page.get_by_role("link", name="Mood and sleep trends").click()
            expect(page.locator("svg#mood-chart")).to_be_visible()
            expect(page.locator("svg#mood-chart circle.dot")).to_have_count(15)
            expect(page.locator("svg#sleep-chart circle.dot")).to_have_count(14)
            page.screenshot(path=str(ARTIFACTS / "4-trends.png"), full_page=True)

            page.get_by_role("link", name="Crisis queue").click()
            expect(page.get_by_text("Nobody is waiting.")).to_be_visible()
            page.get_by_role("button", name="Sign out").click()
            expect(page.get_by_text("You are signed out.")).to_be_visible()
            page.goto(base + "/console/queue")
            expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
        except Exception:
            page.screenshot(path=str(ARTIFACTS / "failure.png"), full_page=True)
            raise
        finally:
            browser.close()
