"""Guided flows as people text them, round fifteen: asides in the middle of a breathing
exercise or a check-in, scores said in other ways, what follows a low check-in, and the
messages that come days later."""

from __future__ import annotations

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
