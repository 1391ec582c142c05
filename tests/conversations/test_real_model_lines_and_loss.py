"""A helpline from another country asked for by name; a loss spoken of as they told it; a
meal they keep skipping. With the shipped model, through the whole pipeline."""

from __future__ import annotations

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


def test_a_line_from_another_country_comes_with_their_own(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("whos the number for lifeline")
    assert "13 11 14" in replies and "Australia" in replies
    assert "If you're in the UK, Samaritans on 116 123" in replies


def test_a_country_they_live_in_gets_that_line_alone(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i live in canada whats the number i should call")
    assert "988" in replies and "911" in replies
    assert "116 123" not in replies and "If you're in" not in replies


def test_their_own_line_asked_in_passing_is_given(someone: TestBot) -> None:
    someone.onboard()
    assert "116 123" in someone.say("what about samaritans")


def test_a_husband_who_died_is_him_not_them(someone: TestBot) -> None:
    someone.onboard()
    assert "tell me about him?" in someone.say("my husband died in march")
    replies = someone.say("he used to make me tea every morning")
    assert "he meant so much to you" in replies and "telling me about him" in replies
    assert "them" not in replies


def test_a_nan_who_died_is_her(someone: TestBot) -> None:
    someone.onboard()
    assert "tell me about her?" in someone.say("my nan passed away last week")


def test_a_meal_they_keep_skipping_gets_a_reminder_offered(someone: TestBot) -> None:
    someone.onboard()
    assert "Would a reminder help?" in someone.say("i keep skipping lunch")
    assert "When should I remind you to have lunch?" in someone.say("yeah go on")
    assert "every day at 1:00pm" in someone.say("1pm every day")
