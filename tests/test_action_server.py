"""The actions the engine runs in-process are the ones ``python -m rasa_sdk`` serves over HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests

from bot import engine
from bot.actions import DOMAIN
from nlu.fake import FakeClassifier

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def action_server() -> Iterator[str]:
    """A real rasa-sdk action server serving bot.actions."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "rasa_sdk", "--actions", "bot.actions", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{url}/health", timeout=1).ok:
                    break
            except requests.RequestException:
                time.sleep(0.3)
        else:
            proc.kill()
            output = proc.stdout.read().decode() if proc.stdout else ""
            pytest.fail(f"action server did not start:\n{output[-2000:]}")
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:  # sanic can linger on SIGTERM
            proc.kill()
            proc.wait(timeout=10)


NOW = datetime(2026, 3, 2, 19, 30, tzinfo=UTC)
CONTEXT = {
    "now": NOW.isoformat(),
    "today": "2026-03-02",
    "timezone": "Europe/London",
    "channel": "sms",
    "country": "GB",
    "consent": True,
    "helpline": {
        "name": "Samaritans",
        "phone": "116 123",
        "text": "",
        "sentence": "Samaritans on 116 123",
    },
    "recent_moods": [
        {"mood": 7, "day": "2026-03-01"},
        {"mood": 6, "day": "2026-02-28"},
        {"mood": 8, "day": "2026-02-27"},
    ],
    "reminders": [
        {
            "id": 4,
            "kind": "checkin",
            "label": "check in",
            "local_time": "21:00",
            "description": "to check in every day",
        }
    ],
    "breathing_running": False,
    "quiet_hours": {"start": "22:00", "end": "08:00"},
}

CASES = [
    ("action_start_checkin", "feeling like a 3, so anxious", {}, None),
    ("validate_checkin_form", "5", {"requested_slot": "mood"}, "checkin_form"),
    (
        "action_submit_checkin",
        "skip",
        {"mood": 2, "feelings": {"text": "low", "emotion": "sad", "ekman": "sadness"}, "note": ""},
        "checkin_form",
    ),
    ("validate_sleep_form", "half 11", {"requested_slot": "bed_time"}, "sleep_form"),
    (
        "action_submit_sleep",
        "2",
        {"bed_time": "23:30", "wake_time": "07:00", "latency": 60, "quality": 2},
        "sleep_form",
    ),
    ("action_start_breathing", "can we do box breathing", {}, None),
    ("action_submit_breathing", "4", {"pattern": "478", "mood_before": 4}, "breathing_form"),
    ("action_set_reminder", "remind me to take my meds every day at 8am", {}, None),
    ("action_list_reminders", "what reminders do I have", {}, None),
    ("action_cancel_reminder", "cancel the check in reminder", {}, None),
    ("action_change_reminder", "move it to 8", {"last_reminder_id": 4}, None),
    ("action_fallback", "what's the capital of peru", {}, None),
    ("action_support_other", "my friend wants to die", {}, None),
    ("action_handover", "talk to a person", {}, None),
]


@pytest.mark.parametrize(("action", "text", "slots", "loop"), CASES)
def test_same_replies_and_events_over_http(
    action_server: str, action: str, text: str, slots: dict, loop: str | None
) -> None:
    parse = FakeClassifier().classify(text, tz="Europe/London", now=NOW)
    message = engine.latest_message(text, parse)
    all_slots = {**CONTEXT, **slots}
    local = engine.run(action, engine.build_tracker("42", all_slots, message, loop))
    tracker = engine.build_tracker("42", all_slots, message, loop)
    payload = {
        "next_action": action,
        "sender_id": "42",
        "tracker": tracker.current_state(),
        "domain": DOMAIN,
        "version": "3.21.1",
    }
    response = requests.post(f"{action_server}/webhook", json=payload, timeout=30)
    assert response.status_code == 200, response.text
    body = response.json()
    texts = [r["text"] for r in body["responses"] if r.get("text")]
    effects = [r["custom"] for r in body["responses"] if r.get("custom")]
    assert texts == local.texts
    assert effects == local.effects
    slot_events = {e["name"]: e["value"] for e in body["events"] if e["event"] == "slot"}
    assert slot_events == local.slots
    assert texts or effects or slot_events, "the case exercises something"
