"""The sleep diary and breathing coach, answered "idk": asked once more, roughly, then let
go, rather than the same question again and again."""

from __future__ import annotations

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

RATING = "How would you rate your sleep"


def _diary_to(someone: TestBot, *answers: str) -> None:
    someone.onboard()
    someone.say("sleep diary")
    for answer in answers:
        someone.say(answer)


def test_idk_twice_to_how_long_it_took_moves_on(someone: TestBot) -> None:
    _diary_to(someone, "11", "7")
    assert "quick (under 15 minutes)" in someone.say("i dont remember")
    replies = someone.say("no idea honestly")
    assert "about 15 minutes" in replies and RATING in replies


def test_idk_twice_to_the_rating_leaves_it_out(someone: TestBot) -> None:
    _diary_to(someone, "11", "7", "20")
    assert "gut feeling" in someone.say("not sure")
    assert "sleep efficiency" in someone.say("idk")


def test_idk_twice_to_bed_time_leaves_the_diary_for_the_morning(someone: TestBot) -> None:
    _diary_to(someone)
    assert "No need to be exact" in someone.say("idk")
    replies = someone.say("dunno")
    assert "tomorrow morning" in replies and "bed" not in replies.split("tomorrow")[-1]
    assert "What time did you get into bed" in someone.say("sleep diary")  # afresh


def test_a_rough_answer_to_the_rough_question_is_taken(someone: TestBot) -> None:
    _diary_to(someone, "11", "7", "idk")
    assert RATING in someone.say("quick")
