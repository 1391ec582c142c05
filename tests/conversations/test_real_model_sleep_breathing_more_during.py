"""Feelings told in the middle of a breathing exercise: tears are met with care and the
breathing waits; feeling calmer already keeps it going."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

CHECK_IN = "from 1 (really low) to 10 (great)"


@pytest.mark.parametrize("said", ["im crying", "i cant stop crying", "i feel so sad"])
def test_tears_mid_exercise_pause_it_with_care(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.mid_breathing().say(said)
    assert "paused the breathing" in replies and CHECK_IN not in replies
    assert not any("Round" in r for r in someone.tick(seconds=30))
    assert "pick up again" in someone.say("ok")


@pytest.mark.parametrize("said", ["i feel calmer already", "its helping", "feeling better"])
def test_calmer_already_keeps_the_rounds_going(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.mid_breathing().say(said)
    assert "doing its work" in replies and CHECK_IN not in replies
    assert "Here's what I can do" not in replies
    assert any("Round 2" in r for r in someone.tick(seconds=20))
