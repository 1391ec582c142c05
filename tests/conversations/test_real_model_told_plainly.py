"""Told plainly, as testers texted it: a second time for the medicine just set, a reminder
picked by the part of the day, money worries (with a sum that is no mood score), and a
sober milestone."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

NUMBER = "1 (really low) to 10 (great)"


def test_and_every_night_too_repeats_the_same_task(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my antidepressants every morning at 8")
    replies = someone.say("and every night at 10 too")
    assert "take your antidepressants every day at 10:00pm" in replies


def test_each_evening_after_a_one_off_repeats_daily(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to stretch at 3pm")
    assert "stretch every day at 7:00pm" in someone.say("and each evening at 7 too")


@pytest.mark.parametrize(
    ("asked", "gone", "kept"),
    [
        ("cancel the morning one", "8:00am", "10:00pm"),
        ("delete my night reminder", "10:00pm", "8:00am"),
    ],
)
def test_a_reminder_picked_by_the_part_of_the_day(
    someone: TestBot, asked: str, gone: str, kept: str
) -> None:
    someone.onboard()
    someone.say("remind me to take my tablets every day at 8am")
    someone.say("remind me to take my tablets every day at 10pm")
    replies = someone.say(asked)
    assert "cancelled" in replies and gone in replies and kept not in replies
    assert kept in someone.say("what reminders do i have")


def test_the_part_of_the_day_moves_that_one(someone: TestBot) -> None:
    someone.onboard()
    someone.say("remind me to take my tablets every day at 8am")
    someone.say("remind me to take my tablets every day at 9pm")
    assert "every day at 9:00am" in someone.say("move the morning one to 9am")


def test_a_sum_owed_is_no_mood_score_and_the_worry_is_met(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("i owe 3 grand")
    assert "debt advice" in replies and "note" not in replies.lower()
    assert NUMBER not in someone.say("yeah it's a lot")


def test_more_about_a_money_worry_is_heard_not_answered_again(someone: TestBot) -> None:
    someone.onboard()
    first = someone.say("im so stressed about money")
    assert "debt advice" in first and NUMBER not in first
    again = someone.say("i owe like 3 grand on my credit card and i dont know what to do")
    assert "I'm listening" in again and "debt advice" not in again
    assert "Which would you like" in someone.say("yes")


def test_a_sober_milestone_is_congratulated(someone: TestBot) -> None:
    someone.onboard()
    assert "congratulations" in someone.say("i've been sober 30 days today")


@pytest.mark.parametrize(("when", "moved"), [("first thing", "8:00am"), ("lunchtime", "12:00pm")])
def test_a_part_of_the_day_after_a_guessed_time_moves_it(
    someone: TestBot, when: str, moved: str
) -> None:
    someone.onboard()
    assert "another time suits you" in someone.say("remind me to call the doctor tomorrow")
    assert f"call the doctor once, on Tue 3 Mar at {moved}" in someone.say(when)


def test_a_shrug_with_idk_is_not_met_as_hard(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    someone.say("5")
    assert "hard" not in someone.say("idk just meh")


@pytest.mark.parametrize(("sent", "read"), [("💔", "a 2"), ("🙂", "a 7")])
def test_an_emoji_alone_says_back_the_score_read_in_it(
    someone: TestBot, sent: str, read: str
) -> None:
    someone.onboard()
    assert f"note that as about {read}" in someone.say(sent)
