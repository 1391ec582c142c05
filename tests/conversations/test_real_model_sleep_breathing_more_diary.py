"""The whole night told at the first diary question, as people text it: each part kept,
only what is missing asked."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

ASK_UP = "what time did you get up"
ASK_TOOK = "How long did it take you to fall asleep"
ASK_RATING = "How would you rate your sleep"


def _at_bed_question(someone: TestBot) -> TestBot:
    someone.onboard()
    someone.say("sleep diary")
    return someone


def test_bed_up_and_took_ages_asks_only_the_rating(someone: TestBot) -> None:
    replies = _at_bed_question(someone).say("bed at 12 up at 7 took ages")
    assert ASK_RATING in replies and ASK_TOOK.lower() not in replies.lower()
    assert "You were in bed 7h" in someone.say("3")


def test_the_whole_night_in_one_message_needs_no_question(someone: TestBot) -> None:
    said = "went to bed at half 11, took about an hour to drop off, woke up at 6:30, felt rubbish"
    replies = _at_bed_question(someone).say(said)
    assert "You were in bed 7h" in replies and "86%" in replies
    assert ASK_UP not in replies.lower()


@pytest.mark.parametrize(
    "said",
    [
        "fell asleep around 2 woke at 10",
        "went to bed at 11, woke at 3 but went back to sleep, woke up at 7",
        "bed 11, up 7",
    ],
)
def test_the_time_they_woke_told_with_bed_is_kept(someone: TestBot, said: str) -> None:
    replies = _at_bed_question(someone).say(said)
    assert ASK_UP not in replies.lower() and ASK_TOOK.lower() in replies.lower()


def test_a_rating_told_with_the_wake_time_is_not_asked(someone: TestBot) -> None:
    _at_bed_question(someone).say("11")
    someone.say("woke up at 7 felt awful")
    assert "didn't feel restful" in someone.say("20 mins")


def test_lying_awake_after_waking_still_asks_when_they_got_up(someone: TestBot) -> None:
    replies = _at_bed_question(someone).say("bed at 11 woke at 4 and couldnt get back")
    assert "What time did you get out of bed" in replies


def test_a_day_sleepers_bed_time_is_the_one_said_of_bed(someone: TestBot) -> None:
    replies = _at_bed_question(someone).say("got home from night shift at 8, bed at 9am, up at 3pm")
    assert "doesn't add up" not in replies and ASK_TOOK.lower() in replies.lower()
    assert "You were in bed 6h" in someone.say("20 mins") + someone.say("ok")
