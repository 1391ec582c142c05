"""A check-in met with a story instead of a number: heard, not asked a third time; and a
good day told at the feelings question is met gladly."""

from __future__ import annotations

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

NUMBER = "1 (really low) to 10 (great)"


def test_a_hard_feeling_told_twice_instead_of_a_number_is_listened_to(
    someone: TestBot,
) -> None:
    someone.onboard()
    assert NUMBER in someone.say("hey so ive been having a rough week")
    assert NUMBER in someone.say("my boss yelled at me in front of everyone")
    replies = someone.say("i dont know. i just feel stupid")
    assert NUMBER not in replies and "I'm listening" in replies
    assert "menu" not in replies
    # the breathing offered with it is taken up by a yes
    assert "Which would you like" in someone.say("yes")


def test_a_good_day_told_after_a_score_is_met_gladly(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("7")
    replies = someone.say("pretty good day actually, went for a run")
    assert "Glad to hear it" in replies and "hard" not in replies
    done = someone.say("skip")
    assert "good to hear" in done and "hasn't all been easy" not in done
