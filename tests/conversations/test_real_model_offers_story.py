"""Carrying on with their story instead of answering an offer: a busy mind told after sleep
tips is met with what helps a busy mind at night, not a 1-to-10 check-in."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(
    "story", ["i just lie there for hours thinking about my ex", "my head just wont shut up"]
)
def test_a_busy_mind_after_sleep_tips_is_met_as_such(someone: TestBot, story: str) -> None:
    someone.onboard()
    assert "quick sleep diary" in someone.say("i cant sleep")
    replies = someone.say(story)
    assert "mind that won't switch off" in replies and "1 (really low) to 10" not in replies
    assert "slow breathing" in someone.say("yes")  # with sleep help, the gentlest one begins
