"""Round twenty-one: whole journeys mixing breathing, sleep help and reminders, with time
passing. A reminder every few hours says that the night's ones wait for the end of quiet
hours (and does not claim it will still come in them)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def at(someone: TestBot, hour: int, minute: int = 0) -> TestBot:
    """Someone onboarded, with the clock at that hour in London on a Monday (or the Tuesday
    morning for the small hours)."""
    day = 3 if hour < 7 else 2
    clock = someone.app.extensions["mindlink"].clock
    clock.now = datetime(2026, 3, day, hour, minute, tzinfo=UTC)
    return someone.onboard()


@pytest.mark.parametrize(
    "said", ["remind me every 2 hours to drink water", "remind me to stand up every 30 mins"]
)
def test_a_reminder_every_few_hours_says_the_nights_ones_wait(someone: TestBot, said: str) -> None:
    replies = at(someone, 18).say(said)
    assert "None come in your quiet hours (11pm–7am)" in replies and "at 7am" in replies


def test_a_reminder_every_few_hours_set_in_the_night_does_not_say_it_comes_then(
    someone: TestBot,
) -> None:
    replies = at(someone, 0, 7).say("remind me every 2 hours to drink water")
    assert "it will still come then" not in replies and "at 7am" in replies
    assert someone.tick(hours=6) == []
    assert "Reminder: drink water" in someone.tick(hours=1)


def test_a_reminder_at_a_time_chosen_in_the_night_still_comes_then(someone: TestBot) -> None:
    replies = at(someone, 18).say("remind me every morning at 6 to take my pills")
    assert "it will still come then" in replies and "None come" not in replies
