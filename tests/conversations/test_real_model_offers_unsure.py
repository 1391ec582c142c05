"""Unsure of an offer ("idk", "not sure", "what would that involve"): what it involves is
said, the offer stays open, and the yes after it is taken."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]


@pytest.mark.parametrize("unsure", ["idk", "what would that involve", "hmm not sure"])
def test_unsure_of_the_sleep_diary_hears_what_it_is_then_yes_starts_it(
    someone: TestBot, unsure: str
) -> None:
    someone.onboard()
    assert "quick sleep diary" in someone.say("i cant sleep")
    explained = someone.say(unsure)
    assert "4 quick questions" in explained and "small wellbeing bot" not in explained
    assert "What time did you get into bed?" in someone.say("yes")


def test_asked_twice_about_breathing_is_not_told_the_same_again(someone: TestBot) -> None:
    someone.onboard()
    for said in ("check in", "3", "stressed"):
        someone.say(said)
    assert "breathing exercise help" in someone.say("no")
    first = someone.say("not sure")
    assert "slow breathing" in first
    second = someone.say("how long does it take")
    assert "About a minute" in second and second != first
    assert "Let's breathe together" in someone.say("sure why not")


def test_unsure_of_the_text_instead_of_an_alarm_keeps_it(someone: TestBot) -> None:
    someone.onboard()
    assert "Want that?" in someone.say("set an alarm for 7am")
    assert "can't make your phone ring" in someone.say("what do you mean")
    assert "7:00am" in someone.say("yes")
