"""Reminders in people's own words: a one-word mood to a check-in reminder, a time of day
with no am or pm, a reminder tied to a meal, and "remind me again tomorrow" with a daily
reminder already set."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def at_six_pm(someone: TestBot) -> TestBot:
    """Someone onboarded, with the clock at 6pm in London on a Monday."""
    someone.app.extensions["mindlink"].clock.now = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
    return someone.onboard()


def checkin_reminded(someone: TestBot) -> TestBot:
    """Someone whose check-in reminder has just come."""
    someone.onboard()
    someone.say("remind me to check in in 2 minutes")
    assert "Time for your check-in" in "\n".join(someone.tick(minutes=3))
    return someone


@pytest.mark.parametrize(
    ("said", "score"),
    [("meh", 5), ("bleh", 4), ("ok i guess", 6), ("so so", 5), ("could be better", 4)],
)
def test_a_one_word_mood_to_a_check_in_reminder_is_noted(
    someone: TestBot, said: str, score: int
) -> None:
    replies = checkin_reminded(someone).say(said)
    assert f"note that as about a {score}" in replies
    assert "MENU" not in replies and "reply yes" not in replies
