"""'im done' while an exercise or a check-in is under way finishes it, as the exercise
says to reply; on its own, or soon after a crisis, it is asked about."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

ASKED = "ask you directly"


def test_im_done_mid_breathing_finishes_the_exercise(someone: TestBot) -> None:
    someone.onboard()
    someone.say("breathe")
    someone.say("box")
    someone.say("skip")
    someone.tick(seconds=20)
    replies = someone.say("ok im done now")
    assert "How do you feel now" in replies and ASKED not in replies


def test_im_done_at_a_check_in_question_leaves_it(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("im done")
    assert "leave that for now" in replies and ASKED not in replies


def test_im_done_on_its_own_is_asked_about(someone: TestBot) -> None:
    someone.onboard()
    assert ASKED in someone.say("im done")


def test_im_done_soon_after_a_crisis_is_not_taken_as_leaving(someone: TestBot) -> None:
    someone.onboard()
    someone.say("i want to die")
    someone.say("no")
    someone.say("breathe")
    someone.say("box")
    replies = someone.say("im done")
    assert "leave that for now" not in replies and "Samaritans" in replies


@pytest.mark.parametrize(
    "message",
    ["exams next week and im freaking out", "i have a job interview in an hour and im shaking"],
)
def test_worked_up_about_something_close_gets_breathing_without_a_999_line(
    someone: TestBot, message: str
) -> None:
    someone.onboard()
    replies = someone.say(message)
    assert "Slow breathing" in replies and "999" not in replies
    assert "remind" not in replies.lower()
