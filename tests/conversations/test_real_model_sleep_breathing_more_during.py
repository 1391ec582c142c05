"""Feelings told in the middle of a breathing exercise: tears are met with care and the
breathing waits."""

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
