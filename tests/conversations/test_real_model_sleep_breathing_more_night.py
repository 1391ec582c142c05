"""Awake in the night and asking again: each time something new, never the same block."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

FIRST = "Being awake at this hour is hard"


def _at_3am(someone: TestBot) -> TestBot:
    someone.onboard()
    someone.app.extensions["mindlink"].clock.now = datetime(2026, 3, 3, 3, 0, tzinfo=UTC)
    return someone


def test_asked_again_in_the_night_gets_more_not_the_same(someone: TestBot) -> None:
    _at_3am(someone)
    assert FIRST in someone.say("i cant sleep")
    someone.say("no")
    again = someone.say("what if i still cant sleep")
    assert FIRST not in again and "A few more for tonight" in again
    assert "clock away" not in again  # (said the first time)
    third = someone.say("still cant sleep")
    assert FIRST not in third and "A few more" not in third and "Still awake" in third


def test_the_next_night_starts_afresh(someone: TestBot) -> None:
    _at_3am(someone)
    someone.say("i cant sleep")
    someone.tick(hours=24)
    assert FIRST in someone.say("cant sleep again")
