"""Breathing and sleep, as people text them: a pattern named in numbers, how it is done
asked before starting, a rough wake time after "no idea", and a night rated in words."""

from __future__ import annotations

import pytest
from flask import Flask
from sqlalchemy import select

from store.models import SleepEntry
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

MENU = "Here's what I can do"
MOOD_BEFORE = "how do you feel right now"
CHOICES = "Which would you like?"


def _latest_night(app: Flask) -> SleepEntry:
    with app.extensions["mindlink"].db.session() as session:
        night = session.scalars(select(SleepEntry).order_by(SleepEntry.id.desc())).first()
    assert night is not None
    return night


def test_the_4_7_8_one_named_first_starts_it(someone: TestBot) -> None:
    someone.onboard()
    asked = someone.say("can we do the 4 7 8 one")
    assert MOOD_BEFORE in asked and CHOICES not in asked
    assert "4-7-8 breathing: in through your nose for 4" in someone.say("5")


def test_minutes_asked_for_are_no_pattern(someone: TestBot) -> None:
    someone.onboard()
    assert CHOICES in someone.say("i need 2 minutes of breathing")


@pytest.mark.parametrize("how", ["how do i do it", "how do you do it?", "ok but how"])
def test_how_it_is_done_asked_before_starting_is_answered(someone: TestBot, how: str) -> None:
    someone.onboard()
    assert MOOD_BEFORE in someone.say("teach me box breathing")
    replies = someone.say(how)
    assert "Box breathing is in for 4, hold for 4" in replies and MENU not in replies
    assert "count you through it" in replies and MOOD_BEFORE in replies
    assert "Box breathing" in someone.say("6")  # the exercise itself, still box


def _to_wake_question(someone: TestBot) -> None:
    someone.onboard()
    someone.say("sleep diary")
    assert "get up" in someone.say("11pm")


def test_no_idea_then_a_guess_at_the_wake_time_is_the_wake_time(
    someone: TestBot, real_app: Flask
) -> None:
    _to_wake_question(someone)
    replies = someone.say("no idea, 7 maybe")
    assert "Got it: to bed" not in replies and "fall asleep" in replies
    someone.say("20 mins")
    someone.say("4")
    night = _latest_night(real_app)
    assert (night.bed_time, night.wake_time) == ("23:00", "07:00")


def test_nah_not_sure_to_the_wake_time_is_asked_roughly(someone: TestBot) -> None:
    _to_wake_question(someone)
    replies = someone.say("nah not sure tbh")
    assert "leave that for now" not in replies and "No need to be exact" in replies


@pytest.mark.parametrize(
    ("said", "rating"),
    [("best sleep in ages", 5), ("didnt sleep at all really", 1), ("not my best night", 2)],
)
def test_a_night_rated_in_words_is_kept(
    someone: TestBot, real_app: Flask, said: str, rating: int
) -> None:
    _to_wake_question(someone)
    someone.say("7am")
    someone.say("20 mins")
    replies = someone.say(said)
    assert "Just a number from 1 to 5" not in replies
    assert _latest_night(real_app).quality == rating
