"""Everyday replies to things people text in their own words, with the shipped model."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize(
    ("word", "mood"), [("low", 3), ("everything sucks", 2), ("just tired", 5), ("ok", 6)]
)
def test_a_word_for_the_mood_is_taken_as_a_number(someone: TestBot, word: str, mood: int) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say(word)
    assert f"about a {mood}" in replies and "didn't catch a number" not in replies


def test_a_mood_word_also_counts_as_how_they_feel(someone: TestBot) -> None:
    someone.onboard()
    someone.say("check in")
    replies = someone.say("pretty low tbh")
    assert "What words would you use" not in replies


@pytest.mark.parametrize(
    "question", ["how has my mood been this week", "what did i say my mood was yesterday"]
)
def test_asking_about_past_moods_reads_them_back(someone: TestBot, question: str) -> None:
    someone.onboard()
    replies = someone.say(question)
    assert "from 1 (really low) to 10" not in replies


@pytest.mark.parametrize(
    ("said", "zone"),
    [
        ("i'm on pacific time", "America/Los_Angeles"),
        ("gmt+5:30", "Asia/Kolkata"),
        ("we're on eastern time", "America/New_York"),
    ],
)
def test_a_time_zone_said_in_other_words(someone: TestBot, said: str, zone: str) -> None:
    someone.onboard()
    assert zone in someone.say(said)


def test_im_on_my_way_is_not_a_time_zone(someone: TestBot) -> None:
    someone.onboard()
    assert "time zone" not in someone.say("im on my way")


def test_a_reminder_asked_for_mid_diary_is_set_and_the_diary_goes_on(someone: TestBot) -> None:
    someone.onboard()
    someone.say("sleep diary")
    someone.say("11pm")
    aside = someone.say("remind me at 9am to call the doctor")
    assert "call the doctor" in aside and "Back to your sleep diary" in aside
    assert "what time did you get up" in aside.lower()
    answer = someone.say("6am")
    assert "Moved" not in answer and "fall asleep" in answer
    assert "9:00am" in someone.say("what reminders do i have")


def test_a_reminder_asked_for_mid_checkin_is_set_and_the_checkin_goes_on(
    someone: TestBot,
) -> None:
    someone.onboard()
    someone.say("check in")
    aside = someone.say("remind me to drink water at 3pm")
    assert "drink water" in aside and "Back to your check-in" in aside
    assert "from 1 (really low) to 10" not in someone.say("6")


def test_a_night_told_in_one_message_goes_in_the_diary(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("went to bed at 11:30, woke up at 6:45, slept like crap")
    assert "put that in a sleep diary" in replies and "fall asleep" in replies
    assert "What time did you get into bed" not in replies
    done = someone.say("took about an hour")
    assert "7h 15m" in done


def _breathing(someone: TestBot, choice: str = "1") -> None:
    someone.onboard()
    someone.say("breathe")
    someone.say(choice)
    someone.say("skip")


def test_asking_for_a_slower_pace_keeps_the_exercise_going(someone: TestBot) -> None:
    _breathing(someone)
    replies = someone.say("slower")
    assert "count more slowly" in replies and "from 1 (really low) to 10" not in replies
    assert any("Round" in text for text in someone.tick(minutes=2))


def test_having_to_go_mid_exercise_stops_it(someone: TestBot) -> None:
    _breathing(someone, "3")
    replies = someone.say("i have to go")
    assert "stop there" in replies and 'Text "breathe"' in replies
    assert not any("Round" in text for text in someone.tick(minutes=3))


def test_again_after_an_exercise_starts_the_same_one(someone: TestBot) -> None:
    _breathing(someone, "2")
    someone.tick(minutes=3)
    replies = someone.say("again")
    assert "how do you feel right now" in replies.lower()
    assert "4-7-8" in someone.say("skip")
