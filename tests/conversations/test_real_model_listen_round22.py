"""Round twenty-two: people telling the bot how they are. Others' success set against their
own ("everyone else passed first go") is not congratulated, and being left behind is met as
such."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

ONE_TO_TEN = "from 1 (really low) to 10 (great)"


def test_everyone_else_passing_mid_vent_is_not_congratulated(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i failed my driving theory test again. third time. i feel so stupid")
    replies = someone.say("everyone else passed first go")
    assert "congratulations" not in replies.lower() and "brilliant" not in replies


@pytest.mark.parametrize(
    "said",
    [
        "all my friends got into uni and i didnt",
        "everyone else in my year has a boyfriend",
        "i feel like im falling behind everyone my age",
    ],
)
def test_being_left_behind_by_others_is_heard_as_such(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert "left behind" in replies
    assert "congratulations" not in replies.lower() and "big news" not in replies


def test_their_own_pass_is_still_congratulated(someone: TestBot) -> None:
    someone.onboard()
    assert "congratulations" in someone.say("i passed my driving test today!!!")
