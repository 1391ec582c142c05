"""Breathing and sleep, as people text them, fifth round: a pattern asked to be taught is
taught and started (not read as a reminder time), and a bedtime asked with the getting-up
time counts back from that time."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

MOOD_BEFORE = "how do you feel right now"


@pytest.mark.parametrize(
    "asked", ["teach me 4-7-8", "can you teach me 4 7 8 breathing", "how does 478 work"]
)
def test_teach_me_4_7_8_teaches_and_starts_it(someone: TestBot, asked: str) -> None:
    someone.onboard()
    replies = someone.say(asked)
    assert "reminder" not in replies.lower()
    assert "4-7-8 is in for 4, hold for 7, out for 8" in replies
    assert "nose" in replies and MOOD_BEFORE in replies
    assert "4-7-8 breathing: in through your nose for 4" in someone.say("5")


@pytest.mark.parametrize(
    ("asked", "counted"),
    [
        ("what time should i go to bed if i get up at 6", "up at 6am means in bed by about 9:30"),
        (
            "i have to be up at 5.30, when should i go to bed",
            "up at 5:30am means in bed by about 9 ",
        ),
        (
            "alarm goes off at half 6 what time should i sleep",
            "up at 6:30am means in bed by about 10 ",
        ),
    ],
)
def test_bedtime_counts_back_from_the_time_told(someone: TestBot, asked: str, counted: str) -> None:
    someone.onboard()
    replies = someone.say(asked)
    assert counted in replies
    assert "up at 7" not in replies


@pytest.mark.parametrize("fed_up", ["this is stupid", "ugh this is pointless"])
def test_fed_up_mid_exercise_stops_it_and_offers_something_else(
    someone: TestBot, fed_up: str
) -> None:
    someone.onboard()
    someone.say("lets do breathing")
    someone.say("box")
    someone.say("5")
    assert "Round 1 of 4" in " ".join(someone.tick(seconds=10))
    replies = someone.say(fed_up)
    assert "name 5 things you can see" in replies
    assert "not getting this right" not in replies
    assert not any("Round" in sent for sent in someone.tick(seconds=120))  # no more rounds


def test_hours_slept_told_for_the_wake_time_are_hours_slept(someone: TestBot) -> None:
    someone.onboard()
    someone.say("sleep diary")
    someone.say("around midnight")
    assert "noted about 4h asleep" in someone.say("maybe 4 hours")
    someone.say("got up at 6")
    assert "asleep about 4h, so your sleep efficiency was about 67%" in someone.say("awful")


@pytest.mark.parametrize(
    "asked", ["how do i get any sleep with a newborn", "im a new mum and i never sleep"]
)
def test_a_new_parent_gets_help_for_nights_with_a_baby(someone: TestBot, asked: str) -> None:
    someone.onboard()
    replies = someone.say(asked)
    assert "Broken nights with a baby" in replies
    assert "not something I can help with" not in replies


def test_how_long_the_breathing_takes_is_answered_and_offered(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("how long is the breathing thing")
    assert "About a minute or two" in replies and "Which would you like?" in replies
    assert "not something I can help with" not in replies
    assert MOOD_BEFORE in someone.say("2")


def test_how_long_a_named_pattern_takes(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("how long does the 4-7-8 take")
    assert "4 rounds of 4-7-8" in replies and MOOD_BEFORE in replies


def test_how_long_falling_asleep_takes_is_answered(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("how long does it take to fall asleep normally")
    assert "10 to 20 minutes" in replies
    assert "What time did you get into bed" not in replies


def test_shifts_in_other_words_get_the_shift_help(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i do shifts, nights this week, cant sleep during the day")
    assert "Sleeping around shifts is hard" in replies
