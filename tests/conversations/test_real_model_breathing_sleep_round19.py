"""Round nineteen: winding down asked for in a few words, a person offered and met with
"idk", and the team joined but not yet writing."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

SCORE_ASKED = "from 1 (really low) to 10 (great)"
FOUR_SEVEN_EIGHT = "For sleep, 4-7-8 is a good one"
ROUTINE = "A wind-down routine that helps many people"


@pytest.mark.parametrize(
    "said", ["wind down", "winddown", "wind down pls", "time to wind down", "help me wind down"]
)
def test_wind_down_on_its_own_starts_the_breathing_for_sleep(someone: TestBot, said: str) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert FOUR_SEVEN_EIGHT in replies and SCORE_ASKED not in replies


@pytest.mark.parametrize(
    "said", ["wind down routine pls", "any tips for a wind down routine", "how do i wind down"]
)
def test_a_wind_down_routine_asked_for_is_given_with_a_reminder_offered(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.say(said)
    assert ROUTINE in replies and "wind-down reminder at 10:30pm each night" in replies
    assert SCORE_ASKED not in replies and "Which would you like?" not in replies
    assert "every day at 10:30pm" in someone.say("yes")


def test_a_wind_down_reminder_asked_for_is_still_a_reminder(someone: TestBot) -> None:
    someone.onboard()
    assert "When should I remind you?" in someone.say("wind down reminder")
