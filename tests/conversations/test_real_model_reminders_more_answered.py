"""What people text back when a reminder arrives: "tomorrow" puts a one-off off to the same
time tomorrow and lets today go for one that repeats (both were "That's lovely to hear"),
and "ok" or "ok thanks" is met briefly (was "I'm here whenever you need me...")."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def _arrived(someone: TestBot, asked: str) -> None:
    someone.onboard()
    someone.say(asked)
    assert any("Reminder:" in r for r in someone.tick(hours=2, minutes=1))


@pytest.mark.parametrize("answer", ["tomorrow", "maybe tomorrow", "ill do it tmrw"])
def test_tomorrow_to_a_one_off_brings_it_again_tomorrow(someone: TestBot, answer: str) -> None:
    _arrived(someone, "remind me to call the dentist at 2pm")
    replies = someone.say(answer)
    assert replies == "OK, I'll remind you to call the dentist again tomorrow at 2:00pm."
    assert "call the dentist once" in someone.say("what reminders do i have")


@pytest.mark.parametrize("answer", ["tomorrow", "maybe tomorrow"])
def test_tomorrow_to_a_daily_one_lets_today_go(someone: TestBot, answer: str) -> None:
    _arrived(someone, "remind me to take my meds every day at 2pm")
    replies = someone.say(answer)
    assert replies.startswith("No problem, that's OK.")
    assert "every day at 2:00pm" in replies


@pytest.mark.parametrize(
    ("answer", "reply"), [("ok", "Great 👍"), ("ok thanks", "You're welcome 👍")]
)
def test_ok_to_a_reminder_is_met_briefly(someone: TestBot, answer: str, reply: str) -> None:
    _arrived(someone, "remind me to take my meds every day at 2pm")
    assert someone.say(answer) == reply


@pytest.mark.parametrize(
    ("answer", "at"), [("tomorrow at 10", "10:00am"), ("tomorrow morning", "8:00am")]
)
def test_tomorrow_at_a_time_to_a_one_off_brings_it_then(
    someone: TestBot, answer: str, at: str
) -> None:
    _arrived(someone, "remind me to call the dentist at 2pm")
    replies = someone.say(answer)
    assert replies == f"OK, I'll remind you to call the dentist again tomorrow at {at}."
