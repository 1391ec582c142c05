"""Breathing and sleep, as people text them, sixth round: a night shift finishing in the
morning, more shift tips, calm reached mid-exercise, a child's good night or bedtimes, how
they feel told in words, and sleeping a lot and still tired."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

MOOD_AFTER = "How do you feel now, 1 to 10?"
MENU = "Here's what I can do"


def test_finishing_a_night_shift_at_7am_sleeps_in_the_day(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("what time should i go to bed if i finish at 7am")
    assert "Finishing at 7am" in replies and "in bed by about 8am" in replies
    assert "up at 7" not in replies and "10:30" not in replies
    assert "Sleeping around shifts is hard" in replies


@pytest.mark.parametrize("asked", ["tips", "any more tips?", "more tips"])
def test_tips_after_the_shift_help_are_more_for_shifts(someone: TestBot, asked: str) -> None:
    someone.onboard()
    someone.say("what time should i go to bed if i finish at 7am")
    replies = someone.say(asked)
    assert "A few more for sleeping around shifts" in replies
    assert MENU not in replies and "daylight soon after you wake up" not in replies


@pytest.mark.parametrize(
    "said", ["ok im calmer now", "i feel better now", "much calmer now thanks"]
)
def test_calm_now_mid_exercise_ends_kindly_and_asks_how_they_feel(
    someone: TestBot, said: str
) -> None:
    someone.onboard()
    replies = someone.mid_breathing().say(said)
    assert "glad you feel calmer" in replies and MOOD_AFTER in replies
    assert "Stay with it" not in replies
    assert not any("Round" in r for r in someone.tick(seconds=60))


@pytest.mark.parametrize(
    "told", ["my baby slept through the night!!", "my son slept through for the first time"]
)
def test_a_childs_good_night_is_glad_news_for_them(someone: TestBot, told: str) -> None:
    someone.onboard()
    replies = someone.say(told)
    assert "a whole night" in replies
    assert "the time you went to bed" not in replies and "sleep diary" not in replies


def test_own_good_night_still_gets_the_diary_offer(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i slept well for once")
    assert "the time you went to bed" in replies and "sleep diary" in replies


@pytest.mark.parametrize(
    "told", ["my 6 year old wont go to sleep at night", "my daughter keeps waking up at night"]
)
def test_a_child_who_wont_sleep_gets_help_for_children(someone: TestBot, told: str) -> None:
    someone.onboard()
    replies = someone.say(told)
    assert "children" in replies and "routine" in replies
    assert "What time did you get into bed" not in replies


@pytest.mark.parametrize("feeling", ["pretty anxious tbh", "not great", "stressed out"])
def test_how_they_feel_before_in_words_starts_the_exercise(someone: TestBot, feeling: str) -> None:
    someone.onboard()
    someone.say("can we do a breathing exercise")
    someone.say("1")
    replies = someone.say(feeling)
    assert "A number from 1 to 10 is all I need" not in replies
    assert "Box breathing: in for 4" in replies
    assert any("Round 1" in r for r in someone.tick(seconds=20))


def test_sleeping_twelve_hours_and_still_tired_is_sleeping_too_much(someone: TestBot) -> None:
    someone.onboard()
    replies = someone.say("i sleep like 12 hours and still feel tired")
    assert "Sleeping a lot and still not feeling rested" in replies
    assert "put that in a sleep diary" not in replies
