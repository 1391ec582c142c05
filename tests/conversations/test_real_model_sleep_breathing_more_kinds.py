"""Sleep trouble of other kinds, met as what it is: a nightmare in the night gets help for
right now, and sleeping too much gets what may lie behind it rather than a diary at once."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def _at(someone: TestBot, hour: int) -> TestBot:
    someone.onboard()
    someone.app.extensions["mindlink"].clock.now = datetime(2026, 3, 3, hour, 0, tzinfo=UTC)
    return someone


@pytest.mark.parametrize(
    "said", ["just woke up from a nightmare", "had a horrible dream and cant get back to sleep"]
)
def test_a_nightmare_at_3am_gets_help_for_right_now(someone: TestBot, said: str) -> None:
    replies = _at(someone, 3).say(said)
    assert "Waking from a nightmare" in replies and "Ground yourself" in replies
    assert "Being awake at this hour" not in replies
    assert "Let's do slow breathing" in someone.say("yes")  # (in bed: begun, no choice)


def test_nightmares_told_in_the_day_get_what_helps(someone: TestBot) -> None:
    replies = _at(someone, 15).say("i keep having nightmares")
    assert "Nightmares are horrible" in replies and "GP" in replies


@pytest.mark.parametrize(
    "said", ["i sleep too much, like 12 hours and still tired", "i keep oversleeping"]
)
def test_sleeping_too_much_is_met_as_that(someone: TestBot, said: str) -> None:
    replies = _at(someone, 14).say(said)
    assert "thyroid" in replies and "GP" in replies
    assert "What time did you get into bed" not in replies
    assert "What time did you get into bed" in someone.say("yes")


def test_a_long_night_told_is_still_the_diary(someone: TestBot) -> None:
    assert "sleep diary" in _at(someone, 14).say("i slept 10 hours last night")
