"""Guided flows as people text them, round fifteen: asides in the middle of a breathing
exercise or a check-in, scores said in other ways, what follows a low check-in, and the
messages that come days later."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

PAUSED = "I've paused the breathing"


def test_a_reminder_asked_mid_breathing_is_set_and_the_breathing_waits(someone: TestBot) -> None:
    someone.onboard()
    someone.mid_breathing()
    replies = someone.say("remind me to call mum at 6pm")
    assert "remind you to call mum" in replies and PAUSED in replies and "round 2 of 4" in replies
    assert someone.tick(seconds=40) == []  # no rounds while it waits, and no word lost
    assert "pick up again with round 2" in someone.say("go on")
    assert any("Round 2 of 4" in r for r in someone.tick(seconds=20))


def test_a_reminder_needing_a_time_mid_breathing_asks_then_the_breathing_waits(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.mid_breathing()
    asked = someone.say("can you remind me to take my tablets")
    assert "When should I remind you" in asked and PAUSED in asked
    assert "remind you to take your tablets" in someone.say("9pm")
    assert "pick up again" in someone.say("ok go on")


def test_hi_mid_breathing_is_greeted_not_answered_no_problem(someone: TestBot) -> None:
    someone.onboard()
    someone.mid_breathing()
    replies = someone.say("hi")
    assert "Hi, I'm still here" in replies and "No problem" not in replies


SCORE_ASKED = "from 1 (really low) to 10 (great)"


def test_what_is_done_with_answers_asked_mid_check_in_is_answered(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("what do you do with my answers")
    assert "check-ins and sleep diary" in replies and SCORE_ASKED in replies
    assert "Thanks for telling me" not in replies
    assert "words would you use" in someone.say("4")


def test_an_off_topic_question_run_together_mid_check_in_is_said_so(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("whats the capital of france")
    assert "not something I can help with" in replies and SCORE_ASKED in replies
    assert "Thanks for telling me" not in replies

