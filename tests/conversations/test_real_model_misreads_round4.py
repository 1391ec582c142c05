"""Replies that heard what was said, round four: a eulogy to write is helped with as part of
the loss, a plan asked for after too much work is a plan, "wat shud i do" after anxiety in
text-speak gets ideas for anxiety, a tired new parent gets help for nights with a baby, and a
city told with how long they are there sets the time zone."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

MENU = "Here's what I can do"


def test_a_eulogy_to_write_is_helped_with_as_part_of_the_loss(someone: TestBot) -> None:
    someone.onboard()
    someone.say("my dad died last week")
    said = someone.say("i have to give the eulogy")
    assert "losing him" in said and "memories" in said and "not something" not in said
    said = someone.say("how do i even write that")
    assert "one memory of him" in said and MENU not in said


@pytest.mark.parametrize(
    ("told", "asked"),
    [
        ("i have 4 essays due and im so overwhelmed", "can you help me make a plan"),
        ("uni deadlines are killing me", "where do i even start"),
    ],
)
def test_a_plan_asked_for_after_too_much_work_is_a_plan(
    someone: TestBot, told: str, asked: str
) -> None:
    someone.onboard()
    someone.say(told)
    said = someone.say(asked)
    assert "25-minute" in said and "extension" in said and MENU not in said


def test_what_to_do_in_text_speak_after_anxiety_gets_ideas(someone: TestBot) -> None:
    someone.onboard()
    someone.say("im feelin realy anxius 2day cant stp shakin")
    said = someone.say("wat shud i do")
    assert "anxiety" in said and "breathing exercise" in said and MENU not in said


def test_a_tired_new_parent_gets_help_for_nights_with_a_baby(someone: TestBot) -> None:
    someone.onboard()
    said = someone.say("new dad here, knackered, baby up every 2 hours")
    assert "Broken nights with a baby" in said


@pytest.mark.parametrize(
    ("said", "zone"),
    [
        ("im in new york this week", "US Eastern time (New York)"),
        ("im in madrid for work", "Madrid time"),
    ],
)
def test_a_city_told_with_how_long_sets_the_time_zone(
    someone: TestBot, said: str, zone: str
) -> None:
    someone.onboard()
    assert zone in someone.say(said)


def test_how_to_stop_after_a_question_about_us_is_how_to_stop(someone: TestBot) -> None:
    someone.onboard()
    someone.say("is this free?")
    said = someone.say("how do i stop it")
    assert "reply STOP" in said and MENU not in said


def test_how_to_stop_after_anxiety_is_still_about_the_anxiety(someone: TestBot) -> None:
    someone.onboard()
    someone.say("im so anxious")
    said = someone.say("how do i stop it")
    assert "anxiety" in said and "reply STOP" not in said
